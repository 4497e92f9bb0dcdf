"""Round 37 (fa37): ordinary messages that mention harm words, and the disclosures beside them.

Advice told to no one in particular ("Try not to panic. If you cannot find the person, tell the
police.", "Don't confront the abuser") is a leaflet's or a web page's, not a case
(`knowledge.risk_advice.advice_to_anyone`); a message that names its writer, tells something as
past or names an occasion still tells, and so does a writer's shorthand with "I" left out ("don't
know what to do"), or one whose first word's stem is an instruction's ("Tried to get her to
talk. She says her stepdad hits her." opens on "try").

A novel retold ("The novel follows a teenage girl who is groomed online…", "the novel tells the
story of a teenage girl who is groomed by her football coach") is read as a drama's plot
(`knowledge.risk_fiction.outside_fiction`: "novel" joined the pack's `fiction` set,
"story" its `plot` set, and the work telling its own story is no one telling); a work put beside
real life, or someone who says what happens to them, still tells; a film may be a recording,
not a story ("he showed her a film where a man has sex with a girl, she is 9"), so films and
movies are no dramas.

The law stated ("The Serious Crime Act 2015 came into force…", "Under the Children Act 1989 a
child suffering significant harm… must be referred") is what the law is about
(`knowledge.risk_law.law_stated`); a statute cited beside a case (someone's words, an occasion,
a question, an age, "a boy whose stepdad hits him", the writer) still tells.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

ADVICE_TO_ANYONE = [
    "If your friend is in an abusive relationship, listen without judging. Don't confront the "
    "abuser yourself, it can make things more dangerous for your friend.",
    "If a child tells you they are being abused: stay calm. Don't ask leading questions. "
    "Tell your designated safeguarding lead the same day.",
    "Keep screenshots of any messages if your child is being groomed online. Report the account, "
    "and don't delete anything.",
    "Try to stay calm if your child tells you someone has touched them. Don't ask leading "
    "questions.",
]

ADVICE_BESIDE_A_CASE = [
    "Don't know what to do. A pupil says her dad hits her when he's drunk.",
    "Keep thinking about the lad in year 8, he says his stepdad beats him.",
    "Listen without judging, they said. My friend's husband hits her and she won't leave.",
    "Stay calm, the leaflet says. Yesterday a girl said her uncle touches her.",
    "A couple of weeks ago your daughter was messaging a 28 year old man who asks her for "
    "pictures. Don't punish her. What do you do?",
    "Tried to get her to talk. She says her stepdad hits her.",
    "Keeps saying her mum's boyfriend hurts her.",
    "Stayed behind with a pupil who says his dad beats him.",
    "Tried to get the girl to talk, you know how it is. Says the man who lives with them "
    "touches her.",
    "Try the neighbours, you might get an answer. The kids there are left alone all week and "
    "never fed.",
    "Tell the school please, you are their teacher. The boy keeps coming in with burns on his "
    "arms.",
]


@pytest.mark.parametrize("message", ADVICE_TO_ANYONE)
def test_advice_to_anyone_is_quiet(message: str, chat: Chat) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", ADVICE_BESIDE_A_CASE)
def test_advice_beside_a_case_is_signposted(message: str, chat: Chat) -> None:
    signposted_in_both(BUILT_IN, chat, message)


FILMS_AND_NOVELS = [
    "The novel follows a teenage girl who is groomed online by an older man and sexually "
    "exploited.",
    "Her debut novel tells the story of a teenage girl who is groomed by her football coach.",
    "A new novel about a boy who is stabbed by a gang comes out this week.",
]

FILMS_BESIDE_REAL_LIFE = [
    "my daughter watched a movie about a girl who self harms and now she has cuts on her arms",
    "a pupil said the film about the boy who was beaten by his dad is what happens at his house",
    "The film was about a girl being abused. Since then she has been wetting the bed and says "
    "her stepdad comes into her room.",
    "he keeps filming her where she gets changed and touching her",
    "He showed her a film where a man has sex with a girl, she is 9",
    "The 12 year old girl next door is in a film where men abuse her, her mum sells it online",
    "the novel tells the story of a girl whose uncle abuses her, and my niece says that's what "
    "he does to her",
]


@pytest.mark.parametrize("message", FILMS_AND_NOVELS)
def test_a_film_or_novel_retold_is_quiet(message: str, chat: Chat) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", FILMS_BESIDE_REAL_LIFE)
def test_a_film_beside_real_life_is_signposted(message: str, chat: Chat) -> None:
    signposted_in_both(BUILT_IN, chat, message)


LAW_STATED = [
    "Under the Children Act 1989 a child suffering significant harm from abuse or neglect must "
    "be referred to children's social care.",
    "The Sexual Offences Act 2003 makes it an offence for an adult to meet a child after "
    "grooming them.",
    "The Female Genital Mutilation Act 2003 makes it an offence to take a girl abroad to be cut.",
]

LAW_BESIDE_A_CASE = [
    "Section 47 under the Children Act 1989 has been opened for a boy whose stepdad hits him.",
    "Children Act 1989 says we must refer. Yesterday a girl told me her dad hits her.",
    "A 14 year old says a man gives him drugs to sell. Is that exploitation under the Modern "
    "Slavery Act 2015?",
    "15 yo girl in care being picked up by older men in cars, given alcohol. Section 47 started "
    "under the Children Act 1989.",
    "Girl in care picked up by older men in cars. Is this CSE under the Sexual Offences Act 2003?",
    "The Children Act 1989 applies here. The kids next door are left alone for days and never fed.",
    "Under the Care Act 2014 this is neglect: the old man next door is left in soiled sheets for "
    "days.",
]


@pytest.mark.parametrize("message", LAW_STATED)
def test_the_law_stated_is_quiet(message: str, chat: Chat) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", LAW_BESIDE_A_CASE)
def test_a_statute_beside_a_case_is_signposted(message: str, chat: Chat) -> None:
    signposted_in_both(BUILT_IN, chat, message)
