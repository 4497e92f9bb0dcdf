"""Round 44 (threat56, issue 11): a threat to kill or hurt the writer, told by the writer of
themselves, leads with the writer's own text: 999 if in danger now, the police, the domestic
abuse helplines; not a practitioner's procedures first. Its follow-ups ("what do i do", "he's at
work now") are answered for the writer. A practitioner's report of a threat to someone else, or
a threat someone else is told to have made against "me", keeps the practitioner's signpost."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_OWN_LEAD = "**If you're in danger now, call 999.** A threat to kill or seriously hurt you"
_PRACTITIONER_HEAD = "**What you've described may mean"
_HELPLINE = "0808 2000 247"


@pytest.mark.parametrize(
    "message",
    [
        "my husband says he will kill me if i leave",
        "he said he'd kill me if i told anyone",
        "my boyfriend threatened to stab me",
        "my dad says he'll kill me if i go to the police",
        "my ex is going to kill me tonight",
    ],
)
def test_a_threat_to_the_writer_leads_with_their_own_safety(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert first.text.startswith(_OWN_LEAD), first.text
    assert _HELPLINE in first.text
    # the practitioner's procedures and contacts follow, beneath the writer's own words
    assert "If you're asking as a practitioner" in first.text


@pytest.mark.parametrize(
    "message",
    [
        "client says her husband will kill her",
        "she said he'd kill me if i told",
        "a dad on my caseload said he will kill me",
    ],
)
def test_a_threat_told_of_someone_else_keeps_the_practitioners_signpost(
    chat: Chat, message: str
) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm and first.text.startswith(_PRACTITIONER_HEAD), first.text


def test_what_do_i_do_after_the_threat_gets_the_writers_steps(chat: Chat) -> None:
    chat.send("my husband says he will kill me if i leave")
    said = texts(chat.send("what do i do"))
    assert "press 55" in said and _HELPLINE in said, said
    assert "safeguarding lead" not in said.lower()


def test_the_one_who_threatened_being_out_is_a_chance_to_get_help(chat: Chat) -> None:
    chat.send("my husband says he will kill me if i leave")
    said = texts(chat.send("hes at work now"))
    assert "While they're out" in said and _HELPLINE in said, said


def test_what_do_i_do_after_another_harm_of_ones_own_is_unchanged(chat: Chat) -> None:
    """A writer hit, not threatened with death, gets where they can get help again."""
    chat.send("my husband hits me")
    said = texts(chat.send("what do i do"))
    assert "press 55" not in said and "National Domestic Abuse Helpline" in said, said


def test_a_young_writer_threatened_keeps_the_young_persons_signpost(chat: Chat) -> None:
    first = chat.send("im 15 and my mums boyfriend hits me and says he'll kill me if i tell")[0]
    assert first.text.startswith("**If this is happening to you, you've done the right thing")
    assert "Childline" in first.text
