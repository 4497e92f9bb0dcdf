"""Round 49 (shape147): one condition says when a line fits the case, and it reads whom the
harm is to.

The Men's Advice Line was dropped from a child's signpost apart from the condition the other
lines were chosen by, so the line ids kept in conversation state (read again when a helpline is
asked for) named a line the signpost never showed. Now the contacts pack's `only_when_harmed`
names it only where an adult may be at risk, in the one computation of the lines shown and kept
(`Signpost.line_ids`). The National Domestic Abuse Helpline follows the kind of harm, for anyone
16 or over and anyone worried about them (the lead's fresh-clone run: naming it only for an adult
took it from a 17-year-old hit by her boyfriend). Children's lines and the procedures signpost
stay.

Through the core the terminal door runs; the lines' texts come from the contacts pack.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from knowledge.loader import KnowledgeError, load_knowledge
from tests.support.core import Chat

_DA = "domestic-abuse-helpline"
_MEN = "mens-advice-line"
_PRACTITIONER = "Follow your child protection procedures now"
_ALSO = "**You can also call:**"
_NSPCC = "0808 800 5000"


def _shown(text: str, ids: Iterable[str] | None = None) -> tuple[str, ...]:
    """The ids of the contacts pack's lines whose bullet line `text` shows, in its order."""
    lines = load_knowledge().contacts.lines
    shown = [line for line in lines if line.as_line() in text and (ids is None or line.id in ids)]
    return tuple(line.id for line in sorted(shown, key=lambda line: text.index(line.as_line())))


@pytest.mark.parametrize(
    ("message", "adults"),
    [
        ("kid on bus sed his mums boyfrend burnt him with a lighter", (_DA,)),
        ("a pupil said her mums boyfriend hits her", (_DA,)),
        ("the mums boyfriend next door hits the kids", (_DA,)),
        # a grown woman told harmed beside the child: her line, not the men's
        (
            "year 4 girl said her mums boyfriend punches mum and pushed her down the stairs",
            (_DA,),
        ),
        # round 51 (domestic171): every blow struck a woman, so no men's line (a case of
        # either: the adult's procedures too, below)
        ("a pupil told me her mums boyfriend hits her mum", (_DA,)),
        ("my client told me his wife hits him and he has bruises", (_MEN,)),  # round 51: a man
    ],
)
def test_a_practitioners_signpost_names_the_mens_line_only_for_an_adult_harmed(
    chat: Chat, message: str, adults: tuple[str, ...]
) -> None:
    first = chat.first(message)
    assert first.risk_of_harm, first.text
    assert _shown(first.text, (_DA, _MEN)) == adults, first.text
    assert chat.state.lines == _shown(first.text), first.text  # kept is what was shown
    assert (_ALSO in first.text) is bool(chat.state.lines), first.text
    if _MEN not in adults and chat.state.whom == "child":  # the child's procedures stay
        assert _PRACTITIONER in first.text, first.text


@pytest.mark.parametrize(
    ("message", "adults"),
    [
        ("my sisters boyfriend hits her kids", (_DA,)),
        ("my neighbours husband hits her and the kids", (_DA,)),  # her: round 51, domestic171
        ("my neighbours wife hits him and the kids", (_MEN,)),  # him: round 51, the lead
    ],
)
def test_the_publics_signpost_names_the_mens_line_only_for_an_adult_harmed(
    chat: Chat, message: str, adults: tuple[str, ...]
) -> None:
    first = chat.first(message)
    assert first.risk_of_harm and _NSPCC in first.text, first.text  # the children's line stays
    assert _shown(first.text) == adults, first.text
    assert tuple(i for i in chat.state.lines if i in (_DA, _MEN)) == adults, chat.state.lines


@pytest.mark.parametrize(
    "message",
    [
        "kid on bus sed his mums boyfrend burnt him with a lighter",
        "the mums boyfriend next door hits the kids",
    ],
)
def test_a_helpline_asked_for_after_a_childs_signpost_names_no_mens_line(
    chat: Chat, message: str
) -> None:
    chat.first(message)
    said = chat.first("is there a helpline?")
    assert not _shown(said.text, (_MEN,)), said.text


_PACK = (
    "kind: contacts\n"
    "contacts:\n"
    "  - name: Our lead\n"
    "    role: safeguarding-lead\n"
    "lines:\n"
    "  - id: mens-advice-line\n"
    "    name: Our men's line\n"
)


@pytest.mark.parametrize(
    ("condition", "concerns", "problem"),
    [
        ("only_when_harmed: {concerns: [adult, either]}", ("adult", "either"), None),
        ("only_when_harmed: {concerns: [adult], told: [kin-harms grown-women]}", ("adult",), None),
        ("adults_only: true", ("adult", "either"), None),  # round 47's key, still read
        ("adults_only: false", None, None),
        ("only_when_harmed: {concerns: [grown]}", None, "concerns"),
        ("only_when_harmed: {concerns: []}", None, "concerns"),
        ("only_when_harmed: {concerns: [adult], told: [no-such-marker]}", None, "no marker"),
        ("adults_only: yes please", None, "adults_only"),
    ],
)
def test_whom_a_line_is_for_is_checked_at_load(
    tmp_path: Path, condition: str, concerns: tuple[str, ...] | None, problem: str | None
) -> None:
    (tmp_path / "contacts.yaml").write_text(f"{_PACK}    {condition}\n", encoding="utf-8")
    if problem is not None:
        with pytest.raises(KnowledgeError) as caught:
            load_knowledge(tmp_path)
        assert problem in str(caught.value) and "mens-advice-line" in str(caught.value)
        return
    (line,) = load_knowledge(tmp_path).contacts.lines_named((_MEN,))
    assert line.name == "Our men's line"  # the organisation's own line, with its condition
    harmed = line.only_when_harmed
    assert (None if harmed is None else harmed.concerns) == concerns
    assert line.fits((), "adult") and line.fits((), "child") is (concerns is None)
