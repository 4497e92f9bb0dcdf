"""Round 53 (voice193, issue 11): each line said once, and the one who tells gets their lines.

Round 52 gave the person harmed their kinds of harm's own lines; the police's line then stood
under first words that already say "call 999 … or the police on 101": the same thing twice in
one reply. A line whose every number the words above it give is now left out. Family, a parent
of their child harmed by someone else and a young person telling of a friend got none of their
kinds' lines (the Forced Marriage Unit for "my sister is being forced to marry"): they now get
those that fit the one harmed, and a kind's note in their words (`RiskCategory.told_note`).

The tables are generated from the packs: every kind with lines or a `told_note`, in every voice
(a line said once), of the one harmed and of one who tells (their lines and notes).
"""

from __future__ import annotations

from typing import get_args

import pytest

from dialogs.own_voice import Voice
from dialogs.public_notes import PublicNotes
from dialogs.signpost import Signpost
from dialogs.to_the_writer import HARMED_VOICES, TELLING_VOICES
from knowledge.risk_pack import RiskCategory
from knowledge.risk_types import RiskFinding
from tests.support.core import Chat
from tests.support.lines_said import given, line_named, numbers
from tests.support.packs import builtin_knowledge

KNOWN = builtin_knowledge()
PRACTITIONER = "*If you're asking as a practitioner:*"
# every telling a line may ask for (`Line.only_when_told`): each kind's lines all in play
TOLD = tuple(
    dict.fromkeys(
        t for line in KNOWN.contacts.lines if line.only_when_told for t in line.only_when_told.told
    )
)
KINDS = [kind for kind in KNOWN.risk.categories if kind.lines or kind.told_note]
VOICES = (*HARMED_VOICES, *TELLING_VOICES)
EVERY_VOICE = get_args(Voice)  # with one's own doing: a parent, a carer, a partner
OWN_CONCERN = {"child": "child", "adult": "adult"}
# a threat to the writer's life leads with its own words (`dialogs.threat_voice`)
MARKS = ((), ("threat-to-you",))


def _finding(kind: RiskCategory, marks: tuple[str, ...] = ()) -> RiskFinding:
    return RiskFinding(
        categories=(kind.id,),
        concerns=kind.concerns or "either",
        contacts=kind.contacts or (),
        notes=(kind.note,) if kind.note else (),
        told=TOLD,
        marks=marks,  # type: ignore[arg-type]
    )


def _reply(finding: RiskFinding, voice: str) -> str:
    notes = PublicNotes(KNOWN.about, KNOWN.risk).worded(finding, voice)
    text = Signpost(KNOWN).reply(finding, voice, notes=notes).text  # type: ignore[arg-type]
    return text.split(PRACTITIONER)[0]  # the words to them, before a practitioner's


def test_the_tables_have_kinds_with_lines_and_told_notes() -> None:
    assert any(kind.lines for kind in KINDS)
    assert any(kind.told_note for kind in KINDS)
    assert any(given(line) for line in KNOWN.contacts.lines)


@pytest.mark.parametrize("marks", MARKS, ids=("told", "threatened"))
@pytest.mark.parametrize("voice", EVERY_VOICE)
@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.id)
def test_no_line_says_again_what_the_words_above_it_say(
    kind: RiskCategory, voice: str, marks: tuple[str, ...]
) -> None:
    own = _reply(_finding(kind, marks), voice)
    for line in KNOWN.contacts.lines:
        if line.as_line() in own:
            above = own[: own.index(line.as_line())]
            assert not given(line) <= numbers(above), (kind.id, voice, line.id)
            assert own.count(line.as_line()) == 1


@pytest.mark.parametrize("voice", VOICES)
@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.id)
def test_the_one_who_tells_gets_the_kinds_lines_that_fit(kind: RiskCategory, voice: str) -> None:
    finding = _finding(kind)
    signpost = Signpost(KNOWN)
    practitioners = signpost.reply(finding).text
    own = _reply(finding, voice)
    concern = OWN_CONCERN.get(voice, finding.concerns)
    for line in KNOWN.contacts.lines_named(signpost.line_ids(finding)):
        assert line.as_line() in practitioners
        if line.fits(TOLD, concern):
            assert line_named(line, own), (kind.id, voice, line.id)


@pytest.mark.parametrize("voice", TELLING_VOICES)
@pytest.mark.parametrize("kind", [k for k in KINDS if k.told_note], ids=lambda kind: kind.id)
def test_the_one_who_tells_gets_the_note_in_their_words(kind: RiskCategory, voice: str) -> None:
    finding = _finding(kind)
    assert kind.told_note is not None and kind.note is not None
    assert kind.note in Signpost(KNOWN).reply(finding).text
    assert kind.told_note in _reply(finding, voice)
    for harmed in HARMED_VOICES:
        assert kind.told_note not in _reply(finding, harmed) or kind.told_note == kind.own_note


@pytest.mark.parametrize(
    ("message", "said", "unsaid"),
    [
        # the writer harmed: the police in their first words, not again as a line
        (
            "im 22 and my family are forcing me to marry a man i've never met",
            ("the police on 101", "020 7008 0151"),
            ("- The police",),
        ),
        ("my husband says he will kill me if i leave", ("the police on 101",), ("- The police",)),
        ("i think my drink was spiked", ("the police on 101", "look after you"), ("- The police",)),
        # family: their kinds' lines, the police once
        (
            "my sister is being forced to marry a man she has never met",
            ("020 7008 0151", "the police on 101"),
            ("- The police",),
        ),
        (
            "my brother works for a man who keeps his passport and doesnt pay him",
            ("08000 121 700",),
            ("- The police",),
        ),
        (
            "my sisters drink was spiked at a club last night",
            ("look after them", "the venue's staff"),
            ("look after you",),
        ),
        # a young person about a friend: their words name 999, not the police's 101
        (
            "im 15 and my mate says her boyfriend is 25 and makes her sell drugs",
            ("- The police (999 if someone is in danger now, 101 otherwise)",),
            (),
        ),
    ],
)
def test_through_the_assistant(
    chat: Chat, message: str, said: tuple[str, ...], unsaid: tuple[str, ...]
) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    own = first.text.split(PRACTITIONER)[0]
    assert "Follow your" not in own  # spoken to them, not a practitioner's lead
    for words in said:
        assert words in own, words
    for words in unsaid:
        assert words not in own, words
