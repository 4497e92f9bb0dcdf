"""The first line of a disclosure: a worry, or a secret, before the writer says what happened.

"I'm worried about a child in my class" and "a child told me a secret and asked me not to tell"
name no harm, yet they are how a worried practitioner starts; "I'm worried about attendance",
"a child asked me to keep a secret about a surprise party" and "what do I say if a child asks me
to keep a secret?" are not. A secret asked of the writer is no threat, and no longer hides the
rest of its sentence ("has marks on his back and asked me not to tell anyone"). Shown on a small
pack, then in the words practitioners type.
"""

from __future__ import annotations

from typing import Any

import pytest

from knowledge.risk import RiskDetector
from knowledge.risk_pack import RiskPack
from tests.support.linear import grows_in_step
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()
BUILT_IN = KNOWLEDGE.risk_detector


def _pack(**extra: Any) -> dict[str, Any]:
    """A small pack: marks near a body part are harm, "not to tell anyone" is a threat, and the
    openers of the `worry-or-secret` category."""
    return {
        "kind": "risk",
        "also_names": ("sarah",),  # a built-in pack's, required (tidy39)
        "children_still_note": "Children too.",
        "sets": {
            "kid": ("child", "boy", "girl", "pupil", "pupils"),
            "adult": ("client", "resident", "residents"),
            "family": ("mum", "son"),
            "not": ("not", "never"),
        },
        "people": ("he|she|his|her", "my|our client|mum|son|class"),
        "any_person": ("<kid>|<adult>",),
        "telling": ("told|said",),
        "question_words": ("what", "who", "how", "can", "do", "is"),
        "categories": (
            {
                "id": "physical",
                "name": "Physical",
                "concerns": "either",
                "contacts": ("safeguarding-lead",),
                "near": ((("marks",), ("back|neck",)),),
            },
            {
                "id": "threats",
                "name": "Threats",
                "concerns": "either",
                "contacts": ("safeguarding-lead",),
                "cues": ("<not> to tell anyone",),
            },
            {
                "id": "worry-or-secret",
                "name": "A worry or a secret",
                "concerns": "either",
                "contacts": ("safeguarding-lead",),
                "worries": ("worried about",),
                "secrets": ("asked me * <not> to tell", "told me a secret"),
            },
        ),
        **extra,
    }


def _detector(**extra: Any) -> RiskDetector:
    return RiskDetector(RiskPack.model_validate(_pack(**extra)))


def _found(detector: RiskDetector, text: str) -> tuple[str, ...]:
    finding = detector.detect(text)
    return () if finding is None else finding.categories


def test_a_worry_about_someone_in_particular_that_says_nothing_of_why_is_enough() -> None:
    small = _detector()
    assert _found(small, "I'm worried about a child in my class") == ("worry-or-secret",)
    assert _found(small, "really worried about one of my residents") == ("worry-or-secret",)
    assert _found(small, "worried about my client's son") == ("worry-or-secret",)
    # A question in a later clause or sentence asks what to do; it says nothing of why.
    assert _found(small, "worried about a pupil, what should I do?") == ("worry-or-secret",)
    assert _found(small, "I'm worried about a boy. Who do I tell?") == ("worry-or-secret",)


def test_a_worry_about_a_thing_or_with_its_reason_is_not_enough_on_its_own() -> None:
    small = _detector()
    assert small.detect("I'm worried about attendance in year 9") is None
    assert small.detect("I'm worried about a child's progress in maths") is None
    assert small.detect("I'm worried about pupils in year 9") is None  # a kind of pupils
    # Said why: what it says decides (here nothing of harm).
    assert small.detect("I'm worried about a child in my class who is behind in reading") is None
    assert small.detect("I'm worried about a boy in my class. He is behind in reading.") is None


def test_a_worry_that_is_asked_or_supposed_is_not_a_telling() -> None:
    small = _detector()
    assert small.detect("who do I tell if I'm worried about a child?") is None
    assert small.detect("what should I do if I'm worried about a child") is None
    assert small.detect("If I'm worried about a pupil, who do I tell?") is None


def test_a_secret_asked_of_the_writer_that_says_nothing_of_what_is_enough() -> None:
    small = _detector()
    found = _found(small, "a child told me a secret and asked me not to tell")
    assert found == ("worry-or-secret",)  # not a threat: the child asked it
    assert _found(small, "a boy asked me not to tell anyone what happened at home") == (
        "worry-or-secret",
    )


def test_a_secret_said_as_what_the_writer_must_not_do_is_a_secret_asked() -> None:
    small = _detector(
        categories=(
            {
                "id": "worry-or-secret",
                "name": "A worry or a secret",
                "concerns": "either",
                "contacts": ("safeguarding-lead",),
                "secrets": ("said i mustnt|shouldnt tell anyone",),
            },
        )
    )
    found = _found(small, "a child told me something and said I mustn't tell anyone")
    assert found == ("worry-or-secret",)
    assert small.detect("my manager said I mustn't tell anyone about the restructure") is None
    assert small.detect("what if a child said I mustn't tell anyone?") is None


def test_a_secret_that_says_what_it_is_is_not_a_sign_of_harm() -> None:
    small = _detector()
    assert small.detect("a child asked me to keep a secret about a surprise party") is None
    assert small.detect("a girl told me she's gay and asked me not to tell anyone") is None
    assert small.detect("my client asked me not to tell her mum she's moving out") is None
    assert small.detect("a client with diabetes asked me not to tell anyone") is None


def test_a_secret_asked_or_supposed_is_a_general_question() -> None:
    small = _detector()
    assert small.detect("what do I say if a child asked me not to tell anyone?") is None
    assert small.detect("Youth worker: is it OK if she asked me not to tell anyone?") is None


def test_a_secret_no_longer_hides_the_rest_of_a_sentence_that_tells() -> None:
    small = _detector()
    found = _found(small, "a boy has marks on his back and asked me not to tell anyone")
    assert found == ("physical",)


def test_a_message_asking_how_to_decide_keeps_the_secret_as_its_setting() -> None:
    small = _detector(deciding=("decide",))
    for text in (
        "a boy asked me not to tell anyone. How do I decide whether to share it?",
        "I'm worried about my client's son. How do I decide?",
    ):
        assert _detector().detect(text) is not None
        assert small.detect(text) is None


def test_an_organisations_pack_adds_worries_and_secrets_to_the_category() -> None:
    # merged as the loader merges them: as checked models
    from knowledge.risk_schema import RiskPack as Model  # noqa: PLC0415
    from knowledge.risk_schema_merge import merge_risk_packs  # noqa: PLC0415

    own = Model.model_validate(
        {
            "kind": "risk",
            "categories": ({"id": "worry-or-secret", "worries": ("uneasy about",)},),
        }
    )
    merged, problems = merge_risk_packs(
        [("built-in", Model.model_validate(_pack())), ("ours", own)]
    )
    assert problems == []
    detector = RiskDetector(RiskPack.model_validate(merged.model_dump(mode="json")))
    assert _found(detector, "uneasy about a boy in my class") == ("worry-or-secret",)
    assert _found(detector, "worried about a boy in my class") == ("worry-or-secret",)


@pytest.mark.parametrize(
    "message",
    [
        # The lead's probes, as a teacher types them.
        "a boy in year 5 has marks on his back and asked me not to tell anyone",
        "TA here, a year 5 boy had marks in lines across his back when changing for PE and asked"
        " me not to tell anyone. what do I do?",
        "I'm worried about a child in my class",
        "a child told me a secret and asked me not to tell",
        # The same classes, worded otherwise.
        "girl in my tutor group made me promise not to tell her mum what she told me",
        "he asked me to keep it a secret and now I don't know what to do",
        "really worried about one of my residents",
        "I have a concern about a little girl in reception",
        "I'm worried about an elderly man I visit",
        "I'm concerned about a boy in year 4, something isn't right at home",
        "the boy I mentor begged me not to tell his foster carers",
        "a resident asked me to keep something between us",
        "a year 8 girl said she would only tell me if I promised not to tell",
        "Teacher. A girl in year 4 asked if she could tell me a secret and if I'd promise not"
        " to tell",
        "care assistant here, mrs k has a skin tear and bruises on both wrists this morning",
        "one of the kids at youth club told me something and said I mustn't tell anyone",
        "a girl in my class said I'm not allowed to tell anybody, what should I do?",
        "my mentee says I shouldn't tell anyone. She was really upset.",
    ],
)
def test_the_first_line_of_a_disclosure_is_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "what are the signs of neglect?",
        "what marks should I look for on a child?",
        "A girl in my class asked me to keep a secret - it's about her mum's surprise birthday"
        " party on Saturday. That's fine to keep, isn't it?",
        "what do I say if a child asks me to keep a secret?",
        "Can I promise a learner I won't tell anyone what they've shared with me?",
        "in training they said never promise a child to keep a secret, why is that?",
        "I'm worried about attendance in year 9",
        "I'm worried about a child's progress in maths",
        "I'm worried about a child in my class who isn't making progress in reading",
        "who do I tell if I'm worried about a child?",
        "I'm worried I'll get into trouble for sharing without consent",
        "A year 10 girl told me she's gay and asked me not to tell anyone. Do I have to tell her"
        " parents?",
        "Youth worker: a lad texted me in crisis and begged me not to tell anyone. How do I"
        " decide whether to keep it confidential or share it?",
        "I'm worried about the person I care for. Can I share these concerns with the"
        " professionals involved in their care?",
        "a student asked me to keep her exam results private",
        "my client asked me to keep her new address a secret from her sister",
        "My manager said I mustn't tell anyone about the restructure until Friday",
        "the police said we shouldn't tell anyone until they have spoken to him",
        "What do I do if a child says I mustn't tell anyone?",
    ],
)
def test_signs_in_general_a_named_secret_or_a_routine_worry_is_not(message: str) -> None:
    assert BUILT_IN.detect(message) is None


def test_a_question_word_second_asks_when_the_sentence_ends_with_a_question_mark() -> None:
    asked = (
        "roughly how much teaching time does a school lose dealing with pupils who come in hungry?"
    )
    assert BUILT_IN.detect(asked) is None


def test_a_note_style_sentence_counts_for_the_weaker_families() -> None:
    # "boy in my year 5 class": one person without "a" or "the", as notes are typed.
    told = "boy in my year 5 class smells really bad every day and the others won't sit next to him"
    assert BUILT_IN.detect(told) is not None


@pytest.mark.parametrize(
    "message",
    [
        # Someone else asking the writer whether something is allowed: an enquiry.
        "a dad at our centre wants to know if it's legal to leave his 12 year old home alone"
        " after school",
        # A matter closed before the message was written.
        "Closed case: a carer was reported for hitting a resident but the investigation found"
        " no evidence. How long do we keep the file?",
        # "sexual health" names a service.
        "should I tell anyone that a 15 year old I mentor goes to the sexual health clinic?",
    ],
)
def test_an_enquiry_a_closed_case_or_a_service_is_not_a_disclosure(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "unit",
    [
        "worried about a child in my class. ",
        "worried about mum mum mum ",
        "a boy asked me not to tell anyone and ",
        "if a child asked me not to tell ",
        "my client asked us to keep it a secret about ",
    ],
)
def test_reading_worries_and_secrets_grows_in_step_with_the_message(unit: str) -> None:
    linear, small, large = grows_in_step(BUILT_IN.detect, unit)
    assert linear, (small, large)
