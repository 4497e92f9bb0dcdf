"""Round 49 (quote148): a "what" right after a verb of passing something on heads the thing passed
on and opens no ask (the not-covered pack's `what_passed_after`): "do we share what a young person
tells us…?" asks no definition, while "what is an ISP?" and "can you explain what an ISP is?"
still do."""

from __future__ import annotations

import pytest

from knowledge.matching.asks import Asks
from knowledge.matching.text import words
from tests.support.packs import builtin_knowledge

_KINDS = {"definition": ["what is", "what a", "what an"], "necessity": ["do we need"]}
_PACK = builtin_knowledge().not_covered
_BUILT = Asks(_PACK.asks, emphasis=_PACK.emphasis, passed_after=_PACK.what_passed_after)


@pytest.mark.parametrize(
    ("question", "plain", "passed"),
    [
        ("do we share what a young person tells us", "definition", None),
        ("can i report what a pupil said to me", "definition", None),
        ("what is an ISP", "definition", "definition"),
        ("can you explain what an ISP is", "definition", "definition"),
        ("do we need to record what is shared", "necessity", "necessity"),
    ],
)
def test_a_what_after_a_verb_of_passing_on_opens_no_ask(
    question: str, plain: str | None, passed: str | None
) -> None:
    said = words(question)
    assert Asks(_KINDS).of(said) == plain
    assert Asks(_KINDS, passed_after=["share", "report"]).of(said) == passed


@pytest.mark.parametrize(
    ("question", "ask"),
    [
        ("do we only ever share what a young person tells us with other agencies", None),
        ("what is an information sharing protocol", "definition"),
        ("tell me what a data sharing agreement is", "definition"),
    ],
)
def test_the_built_in_pack_reads_the_thing_shared(question: str, ask: str | None) -> None:
    assert _BUILT.of(words(question)) == ask


def test_every_verb_is_one_word_as_typed() -> None:
    assert _PACK.what_passed_after
    assert all(words(v) == [v] for v in _PACK.what_passed_after)
