"""The quote gate's own rules, on a small pack of two entries written for the purpose.

Each rule is data in the packs; these tests show what each piece of data does, apart from the
published Q&A's tuning (tests/dialogs/test_no_wrong_quotes.py holds the conversations).
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from knowledge.matching import LexiconPack, Match, Matcher, MatchResult, NotCoveredPack
from knowledge.matching.normalise import Normaliser
from knowledge.matching.quote_gate import QuoteGate
from knowledge.matching.segment import Segment, question_parts
from knowledge.qa_pack import QAEntry

CONSENT = QAEntry(
    number=1,
    question="When do I need consent to share information?",
    answer="Seek consent to share information unless doing so would be unsafe. A parent or "
    "carer who refuses consent does not end the matter.",
    alternates=(
        "Do I need consent before I share information?",
        "What if consent to share information is refused?",
        "When should I get consent to share information?",
        "Can I share information without consent?",
    ),
    anchors=("consent",),
)
PROTOCOL = QAEntry(
    number=2,
    question="What is an information sharing protocol?",
    answer="An information sharing protocol sets out how agencies share information.",
    alternates=(
        "What is an ISP?",
        "What does an information sharing protocol set out?",
        "Do we need an information sharing protocol to share information with the police?",
    ),
    anchors=("protocol", "isp"),
    answers_case_questions=True,
    answers_definitions=True,
)


def pack(**case_questions: tuple[str, ...]) -> NotCoveredPack:
    return NotCoveredPack.model_validate(
        {
            "kind": "not-covered",
            "topics": [{"id": "one-case", "cues": ["my case"], "reply": "Try the consent check."}],
            "case_questions": {
                "topic": "one-case",
                "verbs": ["tell"],
                "parties": ["police", "school"],
                **case_questions,
            },
            "definitions": ["what does it mean", "meant by"],
            "subject_frames": ["guidance say about"],
        }
    )


def matcher(**case_questions: tuple[str, ...]) -> Matcher:
    lexicon = LexiconPack(kind="lexicon", stopwords=("what", "when", "do", "i", "to", "is"))
    return Matcher((CONSENT, PROTOCOL), pack(**case_questions), lexicon)


def quoted(result: MatchResult) -> int | None:
    return result.answer.number if result.answer else None


def test_an_entry_answers_a_question_on_its_own_subject() -> None:
    assert quoted(matcher().match("When should I get consent to share information?")) == 1


def test_a_subject_the_entry_never_names_stops_the_quote_but_keeps_it_as_a_suggestion() -> None:
    message = "From what age can a child give consent to share information?"
    assert quoted(matcher().match(message)) == 1  # nothing listed: the gate cannot tell
    result = matcher(subjects=("age",)).match(message)
    assert quoted(result) is None
    assert [m.number for m in result.suggestions][:1] == [1]


def test_a_subject_the_entry_names_itself_is_no_reason() -> None:
    message = "What if a carer refuses consent to share information?"
    assert quoted(matcher(subjects=("carer*",)).match(message)) == 1


def test_a_subject_is_found_by_its_prefix() -> None:
    gate = matcher(subjects=("photo*",))
    assert quoted(gate.match("Do I need consent to share photographs?")) is None
    assert quoted(gate.match("Do I need consent to share information?")) == 1


def test_a_named_person_or_party_is_no_reason_for_an_entry_that_answers_case_questions() -> None:
    gate = matcher(people=("patient*",))
    assert quoted(gate.match("Do I need patient consent to share information?")) is None
    assert quoted(gate.match("Do we need an ISP to share a patient's records with police?")) == 2


def test_naming_a_party_holds_back_only_entries_that_do_not_speak_of_parties() -> None:
    audience = QAEntry(
        number=4,
        question="Who is the guidance for?",
        answer="Everyone who works with children, young people, adults and families.",
        speaks_of_parties=True,
    )
    gate = QuoteGate((CONSENT, audience), pack(), Normaliser(LexiconPack(kind="lexicon")))
    consent = MatchResult(answer=Match(1, 90.0))
    assert gate.check(consent, Segment("Do I need consent from the school?")).withheld
    assert gate.check(consent, Segment("Do I need consent first?")) == consent
    who = MatchResult(answer=Match(4, 90.0))
    assert gate.check(who, Segment("Is the guidance for school staff?")) == who


def test_a_party_named_as_the_one_asked_for_consent_is_no_reason_to_hold_back() -> None:
    refused = "What if the school refuses consent to share information?"
    # Without the pack's consent words the school is a party either way.
    assert quoted(matcher().match(refused)) is None
    gate = matcher(consent_after=("refus*", "consent"), consent_before=("consent from the",))
    assert quoted(gate.match(refused)) == 1
    assert quoted(gate.match("Do I need consent from the school to share information?")) == 1
    assert quoted(gate.match("Do I need the school's consent to share information?")) == 1
    # The party the information would go to still makes it a question about one case.
    assert quoted(gate.match("Do I need consent to tell the school?")) is None
    assert quoted(gate.match("The school refused consent. Can I tell the police?")) is None


def test_a_question_asking_what_a_word_means_gets_only_the_entry_that_defines() -> None:
    gate = matcher()
    assert quoted(gate.match("What does it mean for consent to share to be informed?")) is None
    assert quoted(gate.match("What does informed consent to share information mean?")) is None
    assert quoted(gate.match("What is meant by an information sharing protocol?")) == 2


def test_a_short_question_after_a_story_asks_about_that_case() -> None:
    story = "Her dad refused consent and says he will complain if I share information. "
    assert quoted(matcher().match(story + "Can I?")) is None


@pytest.mark.parametrize(
    ("question", "kept"),
    [("Can I?", False), ("Should we tell them?", False), ("Is that right?", True)],
)
def test_a_short_question_after_a_story_is_quoted_only_when_it_checks_a_claim(
    question: str, kept: bool
) -> None:
    lexicon = LexiconPack(kind="lexicon")
    gate = QuoteGate((CONSENT, PROTOCOL), pack(), Normaliser(lexicon))
    answer = MatchResult(answer=Match(1, 90.0))
    story = "A colleague says I can never share information without consent."
    result = gate.check(answer, Segment(question, story))
    assert (result == answer) is kept
    assert quoted(result) == (1 if kept else None)


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("What is a protocol, and do I need consent to share information?", False),
        ("Do I need consent to share information under our protocol?", True),
    ],
)
def test_asking_what_a_defined_thing_is_belongs_to_the_entry_that_defines_it(
    question: str, kept: bool
) -> None:
    gate = QuoteGate((CONSENT, PROTOCOL), pack(), Normaliser(LexiconPack(kind="lexicon")))
    answer = MatchResult(answer=Match(1, 90.0))
    result = gate.check(answer, Segment(question))
    assert (result == answer) is kept
    assert result.withheld is not kept


def test_after_a_subject_frame_only_the_subject_can_name_an_entry() -> None:
    about = QAEntry(
        number=3,
        question="What is the guidance about?",
        answer="The guidance is about sharing information.",
        anchors=("about",),
    )
    gate = QuoteGate((CONSENT, about), pack(), Normaliser(LexiconPack(kind="lexicon")))
    answer = MatchResult(answer=Match(3, 90.0))
    assert gate.check(answer, Segment("What is the guidance about?")) == answer
    held = gate.check(answer, Segment("What does the guidance say about fathers?"))
    assert held.withheld
    consent = MatchResult(answer=Match(1, 90.0))
    asked = Segment("What does the guidance say about consent?")
    assert gate.check(consent, asked) == consent


def test_the_opening_sentence_of_a_story_is_not_a_question() -> None:
    message = (
        "Consent support worker. Long story, but the family and I talked for an hour today "
        "and they told me a lot about the week they have had"
    )
    parts = question_parts(message)
    assert parts[-1] == Segment("Consent support worker.", part=True, questions=0)
    gate = QuoteGate((CONSENT, PROTOCOL), pack(), Normaliser(LexiconPack(kind="lexicon")))
    answer = MatchResult(answer=Match(1, 90.0))
    assert quoted(gate.check(answer, parts[-1])) is None
    assert gate.check(answer, Segment("Consent support worker?")) == answer


@pytest.mark.parametrize("field", ["people", "subjects"])
def test_unusable_subjects_are_refused_when_the_pack_is_read(field: str) -> None:
    with pytest.raises(ValidationError, match="prefix needs at least three letters"):
        pack(**{field: ("ab*",)})


def test_unusable_definition_phrases_are_refused_when_the_pack_is_read() -> None:
    with pytest.raises(ValidationError, match="has no words"):
        NotCoveredPack.model_validate({"kind": "not-covered", "definitions": ["?!"]})
