"""Round 52 (voice181, issue 11): the reply to the one harmed carries their kind's own lines.

Since round 51 a harm read as the writer's own is answered in their voice ("If this is
happening to you…"). That reply named none of the lines and notes the practitioner's names:
"i think my drink was spiked" lost the police and the venue's staff (round 51 patched it with a
mark that took the writer's voice away from spiking). Now the reply to the person harmed
carries their kinds of harm's own lines (those that fit them: the Men's Advice Line is no young
person's) and each kind's note in their own words (`RiskCategory.own_note`).

The table is generated from the risk pack: every kind with lines or a note of its own words,
in each voice of the person harmed, against the practitioner's reply to the same finding.
"""

from __future__ import annotations

import pytest

from dialogs.public_notes import PublicNotes
from dialogs.signpost import Signpost
from dialogs.to_the_writer import HARMED_VOICES
from knowledge.risk_pack import RiskCategory
from knowledge.risk_types import RiskFinding
from tests.support.core import Chat
from tests.support.lines_said import line_named
from tests.support.packs import builtin_knowledge

KNOWN = builtin_knowledge()
OWN = "If this is happening to you"
PRACTITIONER = "asking as a practitioner"
# every telling a line may ask for (`Line.only_when_told`): each kind's lines all in play
TOLD = tuple(
    dict.fromkeys(
        t for line in KNOWN.contacts.lines if line.only_when_told for t in line.only_when_told.told
    )
)
KINDS = [kind for kind in KNOWN.risk.categories if kind.lines or kind.own_note]
OWN_CONCERN = {"child": "child", "adult": "adult"}


def _finding(kind: RiskCategory) -> RiskFinding:
    return RiskFinding(
        categories=(kind.id,),
        concerns=kind.concerns or "either",
        contacts=kind.contacts or (),
        notes=(kind.note,) if kind.note else (),
        told=TOLD,
    )


def test_the_table_has_kinds_with_lines_and_own_notes() -> None:
    assert any(kind.lines for kind in KINDS)
    assert any(kind.own_note for kind in KINDS)


@pytest.mark.parametrize("voice", HARMED_VOICES)
@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.id)
def test_the_one_harmed_gets_their_kinds_own_lines_and_notes(
    kind: RiskCategory, voice: str
) -> None:
    signpost = Signpost(KNOWN)
    finding = _finding(kind)
    practitioners = signpost.reply(finding).text
    notes = PublicNotes(KNOWN.about, KNOWN.risk).worded(finding, voice)
    own = signpost.reply(finding, voice, notes=notes).text  # type: ignore[arg-type]
    concern = OWN_CONCERN.get(voice, finding.concerns)
    lines = KNOWN.contacts.lines_named(signpost.line_ids(finding))
    for line in lines:
        assert line.as_line() in practitioners
        if line.fits(TOLD, concern):  # not the Men's Advice Line to a young person
            assert line_named(line, own), (kind.id, voice, line.id)
    if kind.own_note:
        assert kind.note is not None
        assert kind.note in practitioners
        assert kind.own_note in own
        assert kind.own_note not in practitioners


@pytest.mark.parametrize(
    ("message", "said"),
    [
        # the police named once, in the words above the lines (round 53, voice193)
        (
            "i think my drink was spiked",
            ("the police on 101", "the venue's staff", "look after you"),
        ),
        (
            "i think someone spiked my drink at the club last night",
            ("the police on 101", "the venue's staff"),
        ),
        ("im 82 and my carer takes money from my bank card", ("your bank can act",)),
        (
            "im 30 and my boss took my passport and doesnt pay me",
            ("the police on 101", "08000 121 700"),
        ),
        (
            "im 15 and my family are taking me abroad to get married",
            ("The police (999", "020 7008 0151"),
        ),
    ],
)
def test_the_writer_harmed_is_told_of_their_lines_through_the_assistant(
    chat: Chat, message: str, said: tuple[str, ...]
) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert OWN in first.text
    for words in said:
        assert words in first.text, words


def test_a_practitioner_keeps_the_venue_in_the_practitioners_words(chat: Chat) -> None:
    first = chat.send("bar staff here, a customer says someone spiked her drink")[0]
    assert OWN not in first.text
    assert "look after the person" in first.text
    assert "look after you" not in first.text


@pytest.mark.parametrize(
    "message",
    [
        "mum says im a mistake and she wishes i was dead",  # the one harming said it
        "he said if I tell anyone he'll kill my mum",
        "he said if I tell anyone he'll hurt my mum",  # once a practitioner's (test_risk_of_harm)
        "my dad said he would hurt me if i told",
        "my parents are taking me abroad to marry a man I've never met",  # no one they support
        "im being forced to marry a man i dont know",
    ],
)
def test_the_writer_harmed_by_what_was_said_to_them_is_spoken_to(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert OWN in first.text


@pytest.mark.parametrize(
    "message",
    [
        "she said he hits me",  # what someone else told the writer
        "a mum told me she's being hit",
        "a year 10 boy I support keeps going missing",
        "we found a knife in my 14 year old's school bag",  # the parent's reply
    ],
)
def test_a_telling_of_someone_elses_harm_keeps_its_reply(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert OWN not in first.text
