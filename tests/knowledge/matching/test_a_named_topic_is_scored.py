"""A topic the message names is scored while one it does not name holds a place in the index's
shortlist (round 46, ask108; closing45).

The shortlist is made by word weight before anchors are read. Round 45's cue for trustees
reading "client notes" shared "client" with a journalist's question, took the place of the media
topic the question names ("journalist"), and was then set aside for its missing anchors: the
question got no topic at all. The cue was reworded then; any topic with common cue words can do
it again, so the pack here puts that cue back.
"""

from __future__ import annotations

import dataclasses

import pytest
import yaml

from knowledge.loader import builtin_packs_dir
from knowledge.matching import Matcher
from knowledge.qa_pack import QAPack
from tests.support.packs import builtin_matcher_packs

_JOURNALIST = (
    "a journalist rang asking me to confirm that one of our clients was in hospital, what do i say"
)
_COMMON_CUE = "can a trustee read client notes"


@pytest.fixture(scope="module")
def with_a_common_cue() -> Matcher:
    text = (builtin_packs_dir() / "qa.yaml").read_text(encoding="utf-8")
    entries = QAPack.model_validate(yaml.safe_load(text)).entries
    not_covered, lexicon = builtin_matcher_packs()
    topics = tuple(
        dataclasses.replace(t, cues=(*t.cues, _COMMON_CUE)) if t.id == "oversight-access" else t
        for t in not_covered.topics
    )
    return Matcher(entries, dataclasses.replace(not_covered, topics=topics), lexicon)


@pytest.mark.parametrize(
    "message",
    [
        _JOURNALIST,
        "a journalist wants to know if a client of ours was involved, can i confirm it",
    ],
)
def test_the_topic_named_wins_over_one_not_named(with_a_common_cue: Matcher, message: str) -> None:
    result = with_a_common_cue.match(message)
    assert result.not_covered is not None and result.not_covered.topic == "media-social"


def test_a_topic_named_by_its_own_words_keeps_its_place(with_a_common_cue: Matcher) -> None:
    result = with_a_common_cue.match("can a trustee read client notes")
    assert result.not_covered is not None and result.not_covered.topic == "oversight-access"
