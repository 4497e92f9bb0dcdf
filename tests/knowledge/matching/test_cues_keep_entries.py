"""A not-covered topic must not move the answers to questions it has nothing to do with.

Round 35 dropped a cue for asking the GP for someone's new address (specific-case): with it,
"why does it matter that GPs and schools share information?" lost entry 1, though the topic
scored well below the entry (66 to 74). How: the index shortlists the six documents sharing
the most word weight with a message (`Index._shortlist`) before it compares their wording, and
entries and topics compete for those six places. A topic whose cues share more of the
message's rarer words than an entry takes the entry's place, and the entry that would have
won on its wording is never scored. Adding a topic also moves every word's rarity (the number
of documents), but on the dev sets that alone changed no answer.

Round 36 tried shortlisting entries among entries as well (a topic then never pushes an entry
out): it kept entry 1 here and on the pooled dev sets gained one answer and two right first
with no wrong quote, but moved 91 of the matcher's verdicts on the dev and practice sets (18
more unanswerable questions got suggestions, five not-covered replies became suggestions).
Scoring the pushed-out entries only when an entry leads anyway still moved 50: the matcher's
thresholds were tuned with the shortlist as it is. Round 37 keeps a pushed-out entry only when
it would answer on its own (`knowledge/matching/pushed_out.py`): two verdicts moved, one right
answer gained, no wrong quote.

Each test builds the matcher twice from pack data: the built-in packs, and the same with a
topic added, a cue added to one, or one of its topics taken out. A question is unrelated to a
topic when it holds none of the topic's anchors (words one of which a message must hold for the
topic's reply; a topic without anchors is unrelated to every question an entry answers).
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import pytest
import yaml

from knowledge.loader import builtin_packs_dir
from knowledge.matching import Matcher, MatcherSettings, NotCoveredPack
from knowledge.matching.index import DocKind, Scored
from knowledge.matching.pushed_out import kept_if_clear, with_pushed_out
from knowledge.matching.text import words
from knowledge.qa_pack import QAPack
from tests.support.packs import builtin_matcher_packs

DATA = Path(__file__).resolve().parents[2] / "data"
Pack = dict[str, Any]


def _gp_address_cue(pack: Pack) -> None:
    """Round 35's cue for a case (dropped then for the question below)."""
    case = next(t for t in pack["topics"] if t["id"] == "specific-case")
    case["cues"].append("ask the gp for her new address")


def _parking(pack: Pack) -> None:
    """A topic of the workplace, far from sharing anything, sharing a few common words."""
    pack["topics"].append(
        {
            "id": "car-parking",
            "anchors": ["parking", "car park", "park my car"],
            "cues": [
                "where can I park my car at the office",
                "car park permit for staff",
                "parking space for visitors to the school",
            ],
            "reply": "Parking isn't in the Q&A: ask your facilities team.",
        }
    )


CHANGES: dict[str, Callable[[Pack], None]] = {
    "gp-address-cue": _gp_address_cue,
    "car-parking": _parking,
}


def _pack() -> Pack:
    return copy.deepcopy(_loaded())


@functools.cache
def _loaded() -> Pack:
    loaded: Pack = yaml.safe_load((builtin_packs_dir() / "not-covered.yaml").read_text())
    return loaded


# Topics another part of the pack names (its case questions and formal requests): kept.
NAMED = {"police-court", "safeguarding-referral", "specific-case"}
TOPICS = [t["id"] for t in _pack()["topics"] if t["id"] not in NAMED]


def _without(topic: str) -> Callable[[Pack], None]:
    def change(pack: Pack) -> None:
        pack["topics"] = [t for t in pack["topics"] if t["id"] != topic]
        # The reply for a person's own request, and the topics it is given over, name topics
        # too: one taken out is named there no more.
        cases = pack["case_questions"]
        cases["own_request_over"] = [t for t in cases.get("own_request_over", ()) if t != topic]
        if cases.get("own_request_topic") == topic:
            del cases["own_request_topic"]

    return change


def _matcher(change: str | None) -> Matcher:
    packs = builtin_packs_dir()
    entries = QAPack.model_validate(yaml.safe_load((packs / "qa.yaml").read_text())).entries
    pack = _pack()
    if change is not None:
        (CHANGES.get(change) or _without(change))(pack)
    return Matcher(entries, NotCoveredPack.model_validate(pack), builtin_matcher_packs()[1])


@functools.cache
def _builtin() -> Matcher:
    return _matcher(None)


def _answer(matcher: Matcher, question: str) -> int | None:
    answer = matcher.match(question).answer
    return None if answer is None else answer.number


def _anchors(change: str) -> set[str]:
    """The words of the anchors of the topic `change` adds or changes (none for a topic
    without anchors): a question naming one is that topic's, not unrelated to it."""
    before = _pack()
    after = copy.deepcopy(before)
    CHANGES[change](after)
    changed = [t for t in after["topics"] if t not in before["topics"]]
    return _words(changed)


def _words(topics: list[Pack]) -> set[str]:
    return {w for t in topics for a in t.get("anchors", ()) for w in words(a.rstrip("*"))}


@functools.cache
def _answerable() -> list[tuple[str, int]]:
    found = []
    for path in sorted(DATA.glob("dev-questions*.yaml")):
        found += [(q["q"], q["expect"]) for q in yaml.safe_load(path.read_text()) if q["expect"]]
    return found


@pytest.mark.parametrize(
    "question",
    [
        "why does it matter that GPs and schools share information?",
        "why is it important for GPs and schools to share information?",
        "why does it matter that doctors and teachers share information?",
    ],
)
def test_a_cue_for_a_case_leaves_entry_1_to_a_question_naming_gps(question: str) -> None:
    """The entry a cue's words push out of the shortlist is still scored (round 37)."""
    assert _answer(_builtin(), question) == 1
    assert _answer(_matcher("gp-address-cue"), question) == 1


@pytest.mark.parametrize("change", list(CHANGES))
def test_no_dev_question_an_entry_answers_changes_answer_when_an_unrelated_topic_changes(
    change: str,
) -> None:
    anchors = _anchors(change)
    unrelated = [q for q, _ in _answerable() if anchors.isdisjoint(words(q))]
    assert len(unrelated) > 200  # the dev sets' answerable questions, nearly all

    changed_pack = _matcher(change)
    changed = [q for q in unrelated if _answer(changed_pack, q) != _answer(_builtin(), q)]

    assert changed == []


@pytest.mark.parametrize("topic", TOPICS)
def test_no_topic_of_the_pack_moves_a_dev_answer_to_a_question_without_its_anchors(
    topic: str,
) -> None:
    """Each topic taken out of the pack: what it adds is what it may move."""
    anchors = _words([t for t in _pack()["topics"] if t["id"] == topic])
    unrelated = [q for q, _ in _answerable() if anchors.isdisjoint(words(q))]
    assert len(unrelated) > 50

    without = _matcher(topic)
    changed = [q for q in unrelated if _answer(without, q) != _answer(_builtin(), q)]

    assert changed == []


class _Doc(NamedTuple):
    kind: DocKind


def test_only_the_entries_a_topic_pushed_out_are_added_to_the_shortlist() -> None:
    docs = [_Doc(DocKind.ENTRY), _Doc(DocKind.TOPIC), _Doc(DocKind.ENTRY), _Doc(DocKind.ENTRY)]
    matched = {0: 5.0, 1: 4.0, 2: 3.0, 3: 1.0}

    assert with_pushed_out([0, 1], matched, docs, 2) == ([0, 1, 2], [2])
    assert with_pushed_out([0, 2], matched, docs, 2) == ([0, 2], [])


@pytest.mark.parametrize(
    ("leader", "pushed_score", "kept"),
    [(70.0, 75.0, True), (70.0, 72.0, False), (50.0, 59.0, False)],
)
def test_a_pushed_out_entry_stays_only_clearly_ahead_of_the_shortlist(
    leader: float, pushed_score: float, kept: bool
) -> None:
    """Ahead of the shortlist's best by the minimum lead (3), and at the minimum score (60)."""
    pushed = Scored(5, pushed_score, 0.0, 0.0, 0.0)
    shortlisted = Scored(0, leader, 0.0, 0.0, 0.0)

    results = kept_if_clear([shortlisted, pushed], [5], MatcherSettings())

    assert results == ([shortlisted, pushed] if kept else [shortlisted])
