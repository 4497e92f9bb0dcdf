"""Round 38 (tryout38 #7): a follow-up just after a signpost that adds who is at risk ("oh and
she has 2 little kids at home with him", "sorry one more thing, she's 6 months pregnant", "and if
he said he looks at images online?") got "I couldn't find that": the children never got the
children's contacts. Now one short line widens them: the children's front door; for viewing
sexual images of children, the police too."""

from __future__ import annotations

import pytest

from dialogs.contract import Private
from tests.support.core import Chat, quoted, texts

ADVISER = (
    "employment adviser - my client (28) came in with a black eye, says her partner did it and "
    "he checks her phone"
)
PSYCHOLOGIST = (
    "hi, im a clinical psychologist, general question for the team: in therapy a client (adult) "
    "told me he has sexual thoughts about children but has never acted and has no contact with "
    "kids. do we have to report?"
)
CHILDREN = (
    "oh and she has 2 little kids at home with him",
    "sorry one more thing, she's 6 months pregnant",
    "and he told her if she leaves he'll take the kids",
    "forgot to say they have three children together",
    "she's got a newborn too",
)
IMAGES = (
    "and if he said he looks at images online?",
    "what if he's been downloading indecent images",
    "he admitted looking at pictures of children on his laptop",
)
MASH = "children's social care front door (MASH)"


@pytest.mark.parametrize("text", CHILDREN)
def test_children_added_after_an_adults_signpost_widen_the_contacts(chat: Chat, text: str) -> None:
    signpost = chat.send(ADVISER)[0]
    assert signpost.risk_of_harm and MASH not in signpost.text
    replies = chat.send(text)
    said = texts(replies)
    assert said.startswith("**That adds children at risk"), said
    assert MASH in said and "couldn't find" not in said and quoted(replies) == []


@pytest.mark.parametrize("text", IMAGES)
def test_images_of_children_add_the_police(chat: Chat, text: str) -> None:
    assert chat.send(PSYCHOLOGIST)[0].risk_of_harm
    said = texts(chat.send(text))
    assert "tell the police too" in said and MASH in said, said
    assert "couldn't find" not in said


def test_with_no_signpost_before_the_same_words_keep_their_reply(chat: Chat) -> None:
    assert "That adds children" not in texts(chat.send("oh and she has 2 little kids at home"))


def test_in_a_shared_place_it_goes_to_its_writer_alone(chat: Chat) -> None:
    shared = Chat(chat.core, private=False)
    assert shared.send(PSYCHOLOGIST)[0].risk_of_harm
    (widened,) = [r for r in shared.send(IMAGES[0]) if "tell the police too" in r.text]
    assert widened.private is Private.RISK_OF_HARM
