"""Round 41 (yp40, tryout40 #4): a 16- or 17-year-old at work telling of harm to themselves ("im
a 16 yr old apprentice at a garage… keeps putting his hand on my leg", "im 16 and doing a level 2
apprenticeship in a care home. a resident keeps grabbing my bum") got a practitioner's "child or
adult… tell your DSL… start a consent check". Now they get the young person's reply (Childline,
999, "it is not your fault"), and so do their follow-ups ("is it my fault for wearing tight
trousers" got "I couldn't find that"). A practitioner writing about an apprentice, or of a
resident's harm, is still a practitioner."""

from __future__ import annotations

import pytest

from dialogs.own_voice import voice_of
from dialogs.typed import simplify
from tests.support.core import Chat, texts
from tests.support.packs import friend_voice

_YOUNG = "If this is happening to you, you've done the right thing telling someone"


def _voice(message: str) -> str | None:
    return voice_of(simplify(message), friend_voice())


@pytest.mark.parametrize(
    "message",
    [
        "im a 16 yr old apprentice at a garage. one of the older mechanics keeps putting his hand"
        " on my leg and sending me snapchats, my manager said its just banter",
        "hi im 16 and doing a level 2 apprenticeship in a care home. a resident keeps grabbing my"
        " bum and the staff laugh",
        "I'm a 17 year old trainee at a hair salon and the owner's husband keeps touching my waist",
        "im 17, on placement at a care home, a resident keeps touching me and the staff laugh",
        "im a 16yo apprentice electrician and the site foreman keeps slapping my bum",
    ],
)
def test_a_young_person_at_work_harmed_there_is_a_young_person_writing(message: str) -> None:
    assert _voice(message) == "child"


@pytest.mark.parametrize(
    "message",
    [
        # of a resident's harm, not the writer's
        "im a 17 year old apprentice, a resident hit another resident and my manager said leave it",
        # a practitioner (an assessor) writing about an apprentice
        "apprenticeship assessor - my apprentice is 16 and says a resident grabs her bum",
        "my apprentice (17) said the nursery manager shakes the babies",
        # the age of someone else, and an adult at work
        "im a 16 year old's mum, her manager at work keeps touching her leg",
        "im a 45 year old manager, a resident keeps grabbing my bum",
    ],
)
def test_look_alikes_are_not_a_young_person_writing(message: str) -> None:
    assert _voice(message) != "child"


def test_a_young_person_at_work_writing_for_a_friend_is_still_about_a_friend() -> None:
    assert _voice("im 16 and my mate at work says the manager touches her") == "friend"


@pytest.mark.parametrize(
    "message",
    [
        "im a 16 yr old apprentice at a garage. one of the older mechanics keeps putting his hand"
        " on my leg and sending me snapchats, my manager said its just banter. i dont want to lose"
        " my apprenticeship",
        "hi im 16 and doing a level 2 apprenticeship in a care home. a resident keeps grabbing my"
        " bum and the staff laugh. my manager said its part of the job cos he has dementia",
    ],
)
def test_the_young_worker_and_their_follow_up_get_the_young_persons_reply(
    chat: Chat, message: str
) -> None:
    first = chat.send(message)
    assert first[0].risk_of_harm and first[0].text.startswith(f"**{_YOUNG}"), texts(first)
    assert "consent check" not in texts(first)
    after = texts(chat.send("is it my fault for wearing tight trousers"))
    assert "your fault" in after and "I couldn't find that" not in after


def test_the_young_persons_reply_names_a_training_providers_safeguarding_lead(chat: Chat) -> None:
    first = chat.send(
        "im a 16 yr old apprentice at a garage. one of the older mechanics keeps putting his hand"
        " on my leg"
    )
    assert "your training provider's safeguarding lead or your assessor" in first[0].text
    again = texts(chat.send("who else can i tell, my training provider?"))
    assert "training provider's safeguarding lead" in again
