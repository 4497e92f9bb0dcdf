"""Cues that generalise: word families near each other, signal families, and asking sentences.

Each mechanic is tried on a small pack of its own, so a test shows that mechanic and nothing
else of the built-in pack; the last tests try the built-in pack on the wording the tuning brief
gave as examples of what practitioners actually type.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from knowledge.loader import KnowledgeError, load_knowledge, qa_words
from knowledge.risk import RiskDetector
from knowledge.risk_pack import RiskCategory, RiskPack, RiskSignals, SignalFamily
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()


_CATEGORY_FIELDS = {f.name for f in dataclasses.fields(RiskCategory)}


def _detector(**fields: object) -> RiskDetector:
    """A detector over one category, `physical-abuse`, with the pack fields given."""
    category: dict[str, object] = {
        "id": "physical-abuse",
        "name": "Physical abuse",
        "concerns": "either",
        "contacts": ("safeguarding-lead",),
    }
    category |= {k: v for k, v in fields.items() if k in _CATEGORY_FIELDS}
    pack = {k: v for k, v in fields.items() if k not in _CATEGORY_FIELDS}
    return RiskDetector(
        RiskPack.model_validate(
            {"kind": "risk", "people": ("he|she|his|her|him",), **pack, "categories": (category,)}
        )
    )


def test_two_families_near_each_other_are_found_in_either_order() -> None:
    detector = _detector(near=((("<injury>",), ("neck|throat",)),), sets={"injury": ("marks",)})
    assert detector.detect("there are marks on his neck") is not None
    assert detector.detect("his neck has marks all over it") is not None
    # Too far apart, or in different sentences, they are not one idea.
    assert detector.detect("marks for the essay she wrote were low and her neck hurt") is None
    assert detector.detect("She got good marks. Her neck is fine.") is None


def test_words_of_two_signal_families_in_a_sentence_about_someone_are_a_sign_of_harm() -> None:
    signals = RiskSignals(
        families={
            "distress": SignalFamily(
                category="physical-abuse", words=("scared|terrified|sobbing|trembling",)
            ),
            "injury": SignalFamily(category="physical-abuse", words=("bruise|bruises|scar",)),
        }
    )
    detector = _detector(signals=signals)
    found = detector.detect("she is terrified of going home and has a bruise")
    assert found is not None and found.categories == ("physical-abuse",)
    assert detector.detect("she is terrified of spiders") is None
    # The two words must be in one sentence, or in two sentences one after the other.
    assert (
        detector.detect("She has a bruise. We went to the zoo. She is terrified of spiders.")
        is None
    )
    # "scared" stems to "scar": one word is never two ideas.
    assert detector.detect("she is scared") is None
    # Two words of one family are one idea; three are enough.
    assert detector.detect("she is terrified and sobbing") is None
    assert detector.detect("she is terrified, sobbing and trembling") is not None


def test_a_story_told_over_two_sentences_counts_its_signal_words_together() -> None:
    signals = RiskSignals(
        families={
            "anger": SignalFamily(category="physical-abuse", words=("cross|angry",)),
            "injury": SignalFamily(category="physical-abuse", words=("limping|bruise",)),
        }
    )
    detector = _detector(signals=signals)
    # The first sentence names nobody the pack knows ("Jayden"); the second says "he".
    told = "Jayden came in limping. When I asked he said daddy was cross last night."
    assert detector.detect(told) is not None
    assert detector.detect("Jayden came in limping. The weather was nice. He was cross.") is None
    # A question is not part of the story: "…on her own. Is she as angry as an adult?"
    assert detector.detect("She came in limping. Is she as cross as an adult would be?") is None


def test_after_she_said_or_im_worried_one_word_of_a_telling_family_is_enough() -> None:
    signals = RiskSignals(
        families={
            "sexual": SignalFamily(category="physical-abuse", words=("groped",), telling=True),
            "online": SignalFamily(category="physical-abuse", words=("snapchat",)),
        }
    )
    detector = _detector(signals=signals, telling=("told|said", "worried about"))
    assert detector.detect("student told me she was groped at a party") is not None
    assert detector.detect("I'm worried about him, he was groped on the bus") is not None
    # Not before the telling, not without it, and not a family that is not marked `telling`.
    assert detector.detect("she was groped at a party and told me") is None
    assert detector.detect("she was groped at a party") is None
    assert detector.detect("she told me she is on snapchat") is None


def test_framing_inside_what_someone_said_does_not_frame_the_message() -> None:
    signals = RiskSignals(
        families={"death": SignalFamily(category="physical-abuse", words=("pills",), telling=True)}
    )
    detector = _detector(signals=signals, telling=("says",), framing=("how many",))
    assert detector.detect("he says he looked up how many pills it takes") is not None
    assert detector.detect("how many pills does he take, he says") is None


def test_signal_words_are_not_where_typos_are_corrected_to() -> None:
    signals = RiskSignals(
        families={
            "death": SignalFamily(category="physical-abuse", words=("hopeless",)),
            "distress": SignalFamily(category="physical-abuse", words=("scared",)),
        }
    )
    detector = _detector(signals=signals)
    assert detector.detect("he feels hopeless and scared") is not None
    assert detector.detect("he was homeless and scared of the winter") is None


def test_if_a_and_where_a_make_a_general_question_only_in_a_sentence_that_asks() -> None:
    detector = _detector(
        cues=("strangers ... flat",),
        conditional=("where a|an",),
        any_person=("man|child",),
        question_words=("what", "who"),
    )
    assert detector.detect("strangers are in a flat where a man lives alone") is not None
    assert detector.detect("strangers in a flat where a man lives alone: who do I tell?") is None
    assert detector.detect("what do I do where a man has strangers in his flat") is None


def test_but_starts_a_new_clause_so_a_general_clause_does_not_hide_the_next() -> None:
    detector = _detector(
        cues=("<he> hits",), general=("asked me not to tell",), sets={"he": ("he",)}
    )
    assert detector.detect("she asked me not to tell but he hits her") is not None
    assert detector.detect("she asked me not to tell he hits her") is None


def test_a_near_item_needs_two_groups_and_a_signal_family_a_known_category(
    tmp_path: Path,
) -> None:
    with pytest.raises(ValueError, match="two non-empty groups"):
        RiskCategory.model_validate({"id": "neglect", "near": (((), ("cold",)),)})
    (tmp_path / "risk.yaml").write_text(
        "kind: risk\n"
        "signals:\n"
        "  families:\n"
        "    gambling:\n"
        "      category: gambling-harm\n"
        "      words: [betting]\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(tmp_path)
    assert "'gambling' points to category 'gambling-harm', which no pack has" in "\n".join(
        caught.value.problems
    )


def test_an_organisations_pack_adds_words_to_a_built_in_family(tmp_path: Path) -> None:
    (tmp_path / "risk.yaml").write_text(
        "kind: risk\n"
        "signals:\n"
        "  families:\n"
        "    weapon:\n"
        "      category: weapons\n"
        "      words: [nunchucks]\n",
        encoding="utf-8",
    )
    knowledge = load_knowledge(tmp_path)
    words = knowledge.risk.signals.families["weapon"].words
    assert "nunchucks" in words and len(words) > 1
    detector = RiskDetector(knowledge.risk, qa_words(knowledge.entries))
    found = detector.detect("my neighbour's lad is terrified and keeps nunchucks under his bed")
    assert found is not None and "weapons" in found.categories


@pytest.fixture(scope="module")
def detector() -> RiskDetector:
    return RiskDetector(KNOWLEDGE.risk, qa_words(KNOWLEDGE.entries))


@pytest.mark.parametrize(
    "message",
    [
        "she says her uncle keeps touching her",
        "he comes into her room at night",
        "there are marks on his neck",
        "she doesn't feel safe going home",
        "he has not been seen for days",
        "her older boyfriend picks her up from school",
        "he gives them money to hold stuff",
        "her dad sorted a husband for her",
        "her son takes her pension",
        "Teacher. Jayden came in limping and said daddy was cross last night.",
        "her friend says someone was following her this morning and she never arrived at school",
        "She's called back and says she has to go today. Can I send her details to the refuge?",
    ],
)
def test_the_wording_practitioners_type_is_caught(detector: RiskDetector, message: str) -> None:
    assert detector.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "what is the definition of neglect?",
        "is there any training on FGM?",
        "how do I refer to MASH?",
        "can I share with the police if a child goes missing?",
        "my tenant was previously homeless and in a hostel, can I share that with the council?",
        "Can staff act on a safeguarding concern without the adult's consent?",
        "How do refuges decide what to share with the police?",
        "the letter never arrived, can I send the referral again by email?",
    ],
)
def test_ordinary_questions_that_mention_harm_are_not_signposted(
    detector: RiskDetector, message: str
) -> None:
    assert detector.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        # A disclosure in reported speech rarely names the harm twice.
        "student told me she was groped at a party by a teacher from another school",
        "boy in yr 11 says he's got nothing to live for and has looked up how many pills it takes",
        "I'm worried about the lad on the top floor, his arm is in a sling again",
        "My mentee texted me last night saying she can't stop thinking about dying",
        # A story over two sentences, the first naming the child only by name.
        "Year 2 teacher. Jayden came in limping. When I asked he said daddy was cross last night.",
        "Kayla was in tears at drop-off. She said mummy's new friend shouts at her all the time.",
        # The ways a disclosure is brought to someone.
        "a mum pulled me aside at pick up, her son keeps touching his sister in the bath",
        "One of the Y8 girls came to me at lunch, her stepdad is making her watch porn",
    ],
)
def test_what_someone_said_or_a_worry_about_them_is_caught(
    detector: RiskDetector, message: str
) -> None:
    assert detector.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "School nurse. A 15 year old wants the pill and doesn't want her parents told.",
        "we had a fire drill and a child wandered off for two minutes, must we tell the parents?",
        "She told me she has joined a gym. Her knee is fine now.",
        "My client said she wants her housing officer told about her new address.",
        # Words that share a stem with slang for drunk or high: MASH, a school trip.
        "our partners in the MASH have all signed an information sharing agreement",
        "A dad says he is entitled to his son's exam results and trip letters. Is he?",
    ],
)
def test_what_someone_said_without_a_sign_of_harm_is_not_signposted(
    detector: RiskDetector, message: str
) -> None:
    assert detector.detect(message) is None
