"""Round 43 (voice45; tryout43 #2). Once the writer reads as a young person, about themselves or
a friend, their signpost is theirs alone: no practitioner's tail beneath it ("follow your adult
protection procedures … Adult social care" under a 14-year-old's friend, "speak to your DSL").
And just after a practitioner's signpost to a message naming a friend, asking to tell one's own
mum is a young person's: a practitioner asks no leave of theirs."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_TAIL = "If you're asking as a practitioner"
_TELL_PARENT = "Yes: telling your mum, dad or another adult you trust"


@pytest.mark.parametrize(
    "lines",
    [
        ["my mate is 13 and a man off tiktok keeps sending her money and asking for pics"],
        ["im 15", "my mums boyfriend hits me when shes at work and says he'll kill me if i tell"],
        ["im 13 and my uncle touches me when he babysits"],
    ],
)
def test_a_young_persons_signpost_has_no_practitioners_tail(chat: Chat, lines: list[str]) -> None:
    for line in lines[:-1]:
        chat.send(line)
    replies = chat.send(lines[-1])
    assert replies[0].risk_of_harm
    first = replies[0].text
    assert "Childline" in first and "999" in first
    assert _TAIL not in first and "Adult social care" not in first, first
    assert "designated safeguarding lead" not in first.lower()


def test_family_keep_the_practitioners_tail(chat: Chat) -> None:
    chat.send("im worried about my grandson, hes 6")
    first = chat.send("his dad leaves him alone all night and there is no food in the house")[0]
    assert first.risk_of_harm and _TAIL in first.text


@pytest.mark.parametrize("asked", ["can i tell my mum", "should i talk to my dad about it"])
def test_asking_to_tell_ones_own_parent_after_a_friend_named_is_a_young_persons(
    chat: Chat, asked: str
) -> None:
    assert chat.send("my best mate says her stepdad comes in her room at night")[0].risk_of_harm
    after = texts(chat.send(asked))
    assert after.startswith(f"**{_TELL_PARENT}"), after
    assert "speak to your designated safeguarding lead first" not in after
    assert chat.send("will she get in trouble if i tell")[0].text.startswith("**No: your friend")
