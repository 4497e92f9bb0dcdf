"""Harm long ago told by the one it happened to, and a question about anyone of an age.

Harm that is over still needs the signpost when the writer tells it happened to them ("he did
it to me when I was 10", "I was abused in the 1980s") or when the one who did it is still
within reach ("years ago, but he still has contact with children"): the abuser may still be a
risk. A question about "a 10 year old" asks about anyone of that age, not someone at risk.
Each rule is shown on a small pack, then in the words practitioners type.
"""

from __future__ import annotations

from typing import Any

from knowledge.risk import RiskDetector
from knowledge.risk_pack import RiskPack
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()
BUILT_IN = KNOWLEDGE.risk_detector


def _detector(**more: tuple[str, ...]) -> RiskDetector:
    """A small pack: "abused" and "neglect" are harm words that need someone in particular; the
    built-in pack's markers (the closed classes of words the rules read)."""
    pack: dict[str, Any] = {
        "kind": "risk",
        "people": ("he|she|his|her|him", "year old"),
        "categories": (
            {
                "id": "abuse",
                "name": "Abuse",
                "concerns": "either",
                "contacts": ("safeguarding-lead",),
                "terms": ("abused", "neglect"),
            },
        ),
        # not the teaching-scenario reading (round 50, frame167): these test what frames
        # hide, so a small pack reads no frame as a teaching one
        "markers": {k: v for k, v in KNOWLEDGE.risk.markers.items() if k != "scenario-frames"},
        **more,
    }
    return RiskDetector(RiskPack.model_validate(pack))


def _signposted(detector: RiskDetector, text: str) -> bool:
    return detector.detect(text) is not None


def test_the_writer_telling_what_happened_to_them_is_someone_in_particular() -> None:
    small = _detector()
    assert _signposted(small, "I was abused as a teenager")
    assert _signposted(small, "a priest abused me")
    # Asking, or "I was asked", is not telling what happened to the writer.
    assert not _signposted(small, "can you tell me if being abused counts?")
    assert not _signposted(small, "I was asked whether abused children get counselling")


def test_a_sentence_opening_with_when_tells_unless_it_ends_with_a_question_mark() -> None:
    small = _detector(question_words=("when", "who"))
    assert _signposted(small, "when I was a boy a priest abused me.")
    assert not _signposted(small, "when a child is abused who do we call?")


def test_the_writers_own_story_is_never_a_frame_but_a_quoted_child_is() -> None:
    framed = _detector(framing=("news reports", "training scenario"))
    told = "a priest abused me. the news reports brought it all back"
    assert _signposted(framed, told)
    assert not _signposted(
        _detector(framing=("news reports", "priest")), "he abused a boy. news reports"
    )
    # "me" inside what someone is reported to have said is their word, not the writer's.
    quoted = "training scenario: a girl says he abused me. what do you do?"
    assert not _signposted(_detector(framing=("training scenario",), telling=("says",)), quoted)


def test_someone_quoted_in_their_own_words_is_someone_in_particular() -> None:
    small = _detector(telling=("messaged",))
    assert _signposted(small, "a student messaged 'i was abused'")
    assert not _signposted(small, "i run a group on abused children")


def test_harm_years_ago_yields_to_the_one_it_happened_to_and_to_still() -> None:
    small = _detector(closed=("years ago",))
    assert not _signposted(small, "he abused a boy years ago")
    assert _signposted(small, "he abused me years ago")
    assert _signposted(small, "he abused a boy years ago and still coaches him")


def test_a_question_about_anyone_of_an_age_is_general() -> None:
    small = _detector()
    assert not _signposted(small, "is leaving a 10 year old home alone neglect?")
    assert _signposted(small, "is leaving my 10 year old home alone neglect?")
    assert _signposted(small, "the 10 year old next door is left home alone, is that neglect?")


def test_a_survivor_telling_harm_from_long_ago_is_signposted() -> None:
    for told in (
        "He did it to me when I was 10 and I never told anyone.",
        "I was abused in the 1980s by a priest and I've never told anyone until now.",
        "Years ago my foster carer locked me in a cupboard for days.",
        "my uncle did stuff to me when I was little",
        "personal tutor. one of my 2nd years messaged at midnight 'i just want to end all of "
        "this, theres no other way out', now not answering.",
        "I'm a youth worker and this is about me. When I was a boy a priest in my parish abused "
        "me. It was about 30 years ago and I blocked it out for years, but the news reports have "
        "brought it all back and I can't concentrate at work.",
    ):
        assert BUILT_IN.detect(told) is not None, told


def test_harm_years_ago_about_a_client_is_signposted_when_the_abuser_is_within_reach() -> None:
    told = (
        "A man at our drop-in says his uncle abused him years ago, but the uncle still has "
        "contact with children."
    )
    assert BUILT_IN.detect(told) is not None


def test_questions_about_anyone_or_about_the_writer_asking_stay_quiet() -> None:
    for asked in (
        "Is leaving a 10 year old home alone for an hour neglect?",
        "I was asked whether we should report neglect to the council. Is that right?",
        "If someone did that to me I'd report it. What counts as assault?",
        "Can you tell me what counts as abuse?",
        "When I was training we were told neglect cases must go to the MASH. Is that still right?",
    ):
        assert BUILT_IN.detect(asked) is None, asked


def test_a_school_record_or_a_history_is_over_unless_it_goes_on() -> None:
    asked = (
        "A boy in year 11 was excluded for bringing a knife last year. His new college want to "
        "know why. Can we tell them?"
    )
    assert BUILT_IN.detect(asked) is None
    for told in (
        "My pupil was excluded for bringing a knife and says he still carries one.",
        "Her new boyfriend has a history of domestic abuse and he's staying over most nights.",
    ):
        assert BUILT_IN.detect(told) is not None, told
