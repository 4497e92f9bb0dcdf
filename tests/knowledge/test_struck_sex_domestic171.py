"""Round 51 (domestic171): whether the one a blow struck is a woman or a man
(knowledge/risk_struck_sex.py), and a line's `unless` (`HarmedCondition.unless`).

Read over a message's words, stemmed as the cues compare them, with the built-in pack's
markers; a line's `unless` is validated with the contacts pack.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.loader import KnowledgeError, load_knowledge
from knowledge.matching.text import stem, words
from knowledge.risk_struck_sex import sex_struck, struck_telling
from tests.support.packs import builtin_knowledge

SEXES = [
    ("my neighbours boyfriend hits her", "woman"),
    ("he beats his wife", "woman"),
    ("my dad batters my mum", "woman"),
    ("my stepdad slaps my mum around", "woman"),
    ("she was beaten by her husband", "woman"),
    ("he hits her and the kids", "woman"),
    ("her ex strangled her", "woman"),
    ("my husband's girlfriend hit him", "man"),
    ("he was beaten up by his wife", "man"),
    ("my mum hits my dad", "man"),
    ("my wife hits me", None),  # whom is not told: every line stays
    ("my neighbours boyfriend hits her kids", None),  # children struck
    ("he hits his wife and his son hits him", None),  # a woman and a man
    ("my sister's husband takes all her money", None),  # no blow
    ("he hits", None),  # no one named
]


@pytest.mark.parametrize(("message", "sex"), SEXES)
def test_the_sex_of_the_one_struck(message: str, sex: str | None) -> None:
    markers = builtin_knowledge().risk.markers
    stemmed = {n: frozenset(map(stem, ws)) for n, ws in markers.items()}
    said = [stem(w) for w in words(message)]
    assert sex_struck(said, stemmed) == sex
    telling = struck_telling(said, stemmed)
    assert telling == (None if sex is None else f"{sex}-struck")


_PACK = (
    "kind: contacts\n"
    "contacts:\n"
    "  - name: Our lead\n"
    "    role: safeguarding-lead\n"
    "lines:\n"
    "  - id: mens-advice-line\n"
    "    name: Our men's line\n"
    "    only_when_harmed: {concerns: [adult, either], unless: [%s]}\n"
)


@pytest.mark.parametrize(("unless", "ok"), [("woman-struck", True), ("a-woman", False)])
def test_a_lines_unless_is_checked_and_read(tmp_path: Path, unless: str, ok: bool) -> None:
    (tmp_path / "contacts.yaml").write_text(_PACK % unless, encoding="utf-8")
    if not ok:
        with pytest.raises(KnowledgeError) as caught:
            load_knowledge(tmp_path)
        assert "unless" in str(caught.value)
        return
    (line,) = load_knowledge(tmp_path).contacts.lines_named(("mens-advice-line",))
    assert line.fits((), "adult") and line.fits(("man-struck",), "either")
    assert not line.fits(("woman-struck",), "adult") and not line.fits((), "child")
