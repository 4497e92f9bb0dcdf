"""Round 54 (voice203, issue 11): the reply's voice follows the age the writer gives, a young
person telling of a friend harmed at home gets the friend's reply, and a grown writer's own
forced marriage to "a man i dont love" is theirs.

1. An age in a post's short forms ("17f my dad hits me", "15 and my dad…", "im a 15 year old…",
   "… (me 19m)") was no age to the voice: the no-age reply. Now a young person's age gives a
   young person's reply and a grown writer's an adult's (`dialogs.writer_age_forms`), checked
   across ages 12..30 for every kind of harm in the risk pack that its one harmed may tell.
2. "my friend told me her dad hits her" was a practitioner's: the friend's own mum or dad (the
   typed-words pack's `friend.childhood`) tells of a young friend at home, unless a grown-up's
   life is told ("her husband", "her mum has dementia"). "a pupil told me her dad hits her" is
   a practitioner's still.
3. "i'm 21 and my parents want me to marry a man i dont love": the "a man I …" rule read the man
   as one the writer works with; one they do not love, like or want is not (the risk pack's
   `unknown-know` marker): the adult writer's reply, with the Forced Marriage Unit.
"""

from __future__ import annotations

import pytest

from knowledge.risk_words import ADULT_AGE
from tests.support.cases import cases
from tests.support.core import Chat
from tests.support.packs import builtin_knowledge, friend_voice

KNOWN = builtin_knowledge()
KINDS_LINE = "Forced Marriage Unit"

# A first-person telling of each kind of harm the one harmed may tell of themselves…
TELLINGS: dict[str, tuple[str, ...]] = {
    "physical-abuse": ("my dad hits me",),
    "sexual-abuse": ("my uncle touches me when no one is around",),
    "emotional-abuse": ("my mum calls me worthless and screams at me every day",),
    "neglect": ("there is never any food at home and my parents dont care",),
    "domestic-abuse": ("my boyfriend hits me and checks my phone",),
    "self-harm-suicide": ("i want to kill myself",),
    "threats": ("my ex said he is going to kill me",),
    "grooming-online": ("a man i met online keeps asking me for nudes",),
    "exploitation": ("some older lads make me carry drugs for them",),
    "fgm-forced-marriage-honour": (
        "my parents are forcing me to marry my cousin",
        "my family want me to be cut",
    ),
    "modern-slavery-trafficking": ("my boss took my passport and doesnt pay me",),
    "cuckooing": ("drug dealers have taken over my flat",),
    "adult-abuse-neglect": ("my carer takes money from my purse",),
    "spiking": ("i think my drink was spiked last night",),
    "weapons": ("a boy threatened me with a knife",),
    "young-carer": ("i look after my mum on my own and miss school",),
    "parental-substance": ("my mum is drunk every day and doesnt look after me",),
}
# …and the kinds no one tells of as their own harm: another's risk, a worry, a case at work.
NOT_THE_WRITERS = {
    "missing",
    "radicalisation",
    "allegation-against-staff",
    "fgm-known-case",
    "child-protection-plan",
    "infection-risk-to-a-partner",
    "consent-for-a-child-at-risk",
    "drink-drugs-emergency",
    "risk-from-a-person",
    "risk-from-someone-at-work",
    "lead-not-acting",
    "worry-or-secret",
}
# Left (docs/voices.md, round 54): at a grown age the risk check does not read these as the
# writer's own harm ("im 25 and there is never any food at home"): checked under 18 alone.
YOUNG_ONLY = {"neglect", "parental-substance"}
FORMS = (
    "im {age} and {telling}",
    "i'm {age}, {telling}",
    "i am {age} years old and {telling}",
    "{telling}. im {age}",
    "{age}f {telling}",
    "{age} and {telling}",
    "im a {age} year old and {telling}",
    "{telling} (me {age}m)",
)
AGES = range(12, 31)


def _aged() -> list[object]:
    """Every kind's telling at every age, each age in a form that turns with the kind."""
    rows: list[object] = []
    for k, (kind, tellings) in enumerate(TELLINGS.items()):
        for telling in tellings:
            for age in AGES:
                if kind in YOUNG_ONLY and age >= ADULT_AGE:
                    continue
                text = FORMS[(age + k) % len(FORMS)].format(age=age, telling=telling)
                rows.append(pytest.param(text, age, id=f"{kind}-{age}-{telling[:12]}"))
    return rows


def test_every_kind_of_the_pack_is_placed() -> None:
    kinds = {kind.id for kind in KNOWN.risk.categories}
    assert kinds == set(TELLINGS) | NOT_THE_WRITERS
    assert not set(TELLINGS) & NOT_THE_WRITERS


@pytest.mark.parametrize(("message", "age"), _aged())
def test_the_age_given_picks_the_reply(chat: Chat, message: str, age: int) -> None:
    reply = chat.first(message)
    assert reply.risk_of_harm
    assert chat.state.writer == ("child" if age < ADULT_AGE else "adult"), reply.text


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("17f my dad hits me", 17),
        ("f17 my dad hits me", 17),
        ("my dad hits me me 25m", 25),
        ("im 16f and scared", 16),
        ("15 and my dad hits me", 15),
        ("15 f my dad hits me", 15),
        ("15 yo here my dad hits me", 15),
        ("15yo here my dad hits me", 15),
        ("15 year old here and scared", 15),
        # someone else's tag, or an age opening a note about someone
        ("my bf 19m hits me", None),
        ("15 year old girl disclosed her dad hits her", None),
        ("15yo pupil told me", None),
        ("14 and 15 year olds were fighting", None),
        ("15 year old and her dad", None),
        ("f2f meeting with mum", None),
        ("m6 was closed", None),
        ("2 and a half hours", None),
    ],
)
def test_the_short_forms_of_an_age(words: str, age: int | None) -> None:
    assert friend_voice().age_forms.tagged_age(words.split()) == age


FRIENDS = {
    "told": [
        "my friend told me her dad hits her",
        "my friend told me his mum hits him with a belt",
        "my best mate said her dad punches her when hes drunk",
        "my friend said her dad threatened to kill her",
        "my mate told me his dad beats him",
        "my friend told me her dad touches her at night",
        "my friend said her mother locks her in her room",
        "my best friend told me her mum calls her fat and useless every day",
    ],
    "seen": [
        "my friends dad hits her",
        "my mates mum locks him out of the house",
        "my friend is scared to go home because her dad hits her",
        "my friend has marks on her arms and says her mum did it",
    ],
}
NOT_FRIENDS = {
    "practitioner": [
        "a pupil told me her dad hits her",
        "a pupil said his mum hits him",
        "a student told me her dad hits her",
        "one of my clients told me her dad hits her",
        "my friend is a teacher and a pupil told her that her dad hits her",
    ],
    "grown": [
        "my friend told me her husband hits her",
        "my friend told me her dad takes her pension",
        "my friend told me her mum has dementia and her carer hits her",
        "my friend told me her dad hits her, she is 30 and lives with her kids",
    ],
}


@pytest.mark.parametrize("message", cases(FRIENDS))
def test_a_friend_harmed_at_home_gets_the_friends_reply(chat: Chat, message: str) -> None:
    assert chat.first(message).risk_of_harm
    assert chat.state.writer == "friend"


@pytest.mark.parametrize("message", cases(NOT_FRIENDS))
def test_a_worker_or_a_grown_friends_telling_is_not_a_young_friends(
    chat: Chat, message: str
) -> None:
    assert chat.first(message).risk_of_harm
    assert chat.state.writer != "friend"


@pytest.mark.parametrize(
    "message",
    [
        "i'm 21 and my parents want me to marry a man i dont love",
        "i am 25 and my family are making me marry a man i don't want to marry",
        "im 23 and my parents want me to marry a man i dont even like",
    ],
)
def test_a_grown_writers_marriage_to_one_they_dont_love(chat: Chat, message: str) -> None:
    reply = chat.first(message)
    assert chat.state.writer == "adult"
    assert KINDS_LINE in reply.text


@pytest.mark.parametrize(
    "message",
    [
        "a client i dont like told me her family want her to marry a man",
        "a pupil i dont teach said her parents want her to marry a man she doesnt love",
    ],
)
def test_a_worker_who_dislikes_a_client_is_a_worker(chat: Chat, message: str) -> None:
    assert chat.first(message).risk_of_harm
    assert chat.state.writer is None
