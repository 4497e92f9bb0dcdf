"""The writer asking whether to pass on what they know of someone is telling it.

"Can I tell the police that a girl in my youth club has gone missing again?" asks about sharing,
but what follows "that" is told of someone the writer knows, so it leads with the signpost;
"can a school tell parents that a pupil…?" asks about anyone. Shown on a small pack, then in the
words practitioners type.
"""

from __future__ import annotations

from typing import Any

from knowledge.risk import RiskDetector
from knowledge.risk_pack import RiskPack
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()
BUILT_IN = KNOWLEDGE.risk_detector


def _detector() -> RiskDetector:
    """A small pack: "missing" needs someone in particular; "a girl" may be anyone."""
    pack: dict[str, Any] = {
        "kind": "risk",
        "people": ("my pupil",),
        "any_person": ("girl|colleague",),
        "question_words": ("can", "should"),
        "categories": (
            {
                "id": "missing",
                "name": "Missing",
                "concerns": "either",
                "contacts": ("safeguarding-lead",),
                "terms": ("missing", "slapped"),
            },
        ),
        "markers": KNOWLEDGE.risk.markers,  # the closed classes of words the rules read
    }
    return RiskDetector(RiskPack.model_validate(pack))


def test_the_writer_asking_to_pass_on_that_someone_is_harmed_is_telling_it() -> None:
    small = _detector()
    assert small.detect("can I tell the police that a girl has gone missing?") is not None
    assert small.detect("should we let the school know that a girl is missing?") is not None
    assert small.detect("can I report a colleague who slapped a girl?") is not None


def test_asking_whether_anyone_may_pass_it_on_stays_a_general_question() -> None:
    small = _detector()
    assert small.detect("can a school tell the police that a girl has gone missing?") is None
    assert small.detect("can I tell the police when a girl goes missing?") is None


def test_practitioners_asking_whether_to_pass_on_what_they_know_are_signposted() -> None:
    for asked in (
        "Can I tell the police that a girl in my youth club has gone missing again?",
        "Can I report that a resident has unexplained bruises?",
        "Should I let the school know that the kids' dad is drinking heavily again?",
        "Can I report a colleague who slapped a resident?",
    ):
        assert BUILT_IN.detect(asked) is not None, asked


def test_asking_about_passing_on_in_general_stays_quiet() -> None:
    for asked in (
        "Can a school tell parents that a pupil in their child's class has been abused?",
        "Do I have to report anyone who discloses abuse to me?",
    ):
        assert BUILT_IN.detect(asked) is None, asked
