"""Round 54 (short199, issue 11 rule one): short disclosures as people type them in a chat.

Three readings of the chat register, and the ways of telling a harm the cues did not read:

- the subject left out ("hasnt eaten in days", "not allowed to see my friends"): the pack's
  `dropped-subject` openers take the words a chat line opens on before its harm;
- a brother or sister as chat names them ("my sis", "my bro"): the pack's `family` set;
- a short line naming no one at all with a sign of self-harm or suicide ("no point in living",
  "took a load of pills"): `risk_unnamed_own.unnamed_own`, the writer's own state; the sign
  must end the line (but for one word), so a figure of speech is not read ("no point in living
  in london with these prices");
- harm told by its effect, a rule imposed, a threat, an exchange or an act the cues did not
  name (pack cues in "round 54 short199" blocks).

See docs/risk-cues.md, "Round 54: short199". The rings are read with the learnt model off, so
the cues make them ring; the look-alikes are sent with it on, as a user meets them, but for
those the learnt model rang before this round (`QUIET_CUES`), read with it off.
"""

from __future__ import annotations

import pytest

from tests.support.cases import cases
from tests.support.core import Chat

RINGS: dict[str, list[str]] = {
    "subject-left-out": [
        "hasnt eaten in days",
        "havent eaten since friday",
        "not allowed to see my friends",
        "not allowed to have my own bank card",
        "never allowed out of my room",
        "locked in the cellar again",
        "made to sleep in the garden",
        "i'm not allowed to eat until my chores are done",
    ],
    "sis-and-bro": [
        "me and my sis got hit again",
        "my bro got hit again",
        "my lil sis is always in the same dirty nappy",
        "my sis has bruises all over her back",
    ],
    "no-one-named": [
        "no point in living",
        "honestly theres no point in living anymore",
        "better off dead",
        "nothing to live for anymore",
        "tired of living",
        "no reason to live",
        "took a load of pills",
        "cutting again",
        "wrote a goodbye note",
        "i feel like theres no point living",
        "overdosed last night",
    ],
    "by-effect": [
        "cant sit down proper after wat mum did",
        "i woke up at his with no clothes on and dont remember",
        "the baby next door cries all day and nobody goes to her",
        "my baby brother has been sick for days n mum wont ring a doctor",
        "i havent been to the doctor even tho my tooth is rotten n mum wont take me",
    ],
    "by-a-rule": [
        "i get shut in the cupboard when im bad",
        "our kid has to sleep in the dog bed",
        "my foster carer locks the fridge",
        "we havent had tea for 3 days",
        "he made me have an abortion",
        "he made me get rid of the baby",
        "he keeps the food locked up",
        "the staff tie my brother to his chair",
    ],
    "by-a-threat": [
        "hes got pics of me and says hell send them to my school",
        "he said if i dont do it he'll leave me and post the vids",
        "my ex said he'll take the kids and i'll never see them",
        "i cant tell any1 or they'll take me away",
        "mum says she wishes i was never born",
        "my bf says no one else will want me and i cant leave",
        "says theyll take my kids if i tell",
    ],
    "by-an-exchange": [
        "he lets me stay at his if i do stuff",
        "i'm 12 and a man at the shop gives me free stuff if i go in the back",
        "a man keeps asking my 10 yo to come to his house for sweets",
        "my 15yo is staying at some mans flat",
    ],
    "by-the-act": [
        "he chucked me against the wall",
        "mums bf chucked her across the room",
        "bf forced me when i said no",
        "my coach sends me pics of his bits",
        "i have to sleep in the car with mum cos of him",
    ],
}

QUIET: dict[str, list[str]] = {
    "subject-left-out": [
        "not allowed out cos im grounded for a week",
        "not allowed to see my friends till i finish my revision",
        "hasnt rained in days",
        "got a new phone today",
        "locked in the bathroom by accident lol",
        "kicked out of the pub at closing",
        "kept in after school for a detention",
        "made to wait in the car while mum did the shopping",
    ],
    "sis-and-bro": [
        "my sis got a new job",
        "my bro is coming home for christmas",
    ],
    "no-one-named": [
        "no point in living in london with these prices",
        "tired of living out of a suitcase",
        "nothing to live for but pizza",
        "cutting the grass again",
        "overdosed on chocolate last night lol",
        "took a load of tablets to the pharmacy for recycling",
        "took a load of pics at the wedding",
        "what are the signs of self harm",
        "self harm awareness week starts monday",
        "just finished my essay on suicide prevention",
    ],
    "by-effect": [
        "cant sit down proper after leg day at the gym",
        "mum wont take me to the dentist till after my exams",
    ],
    "by-a-rule": [
        "i get shut in the cupboard in hide n seek",
        "i shut the cat in the shed",
        "the dog sleeps in his crate",
        "she had an abortion last year and is doing well",
    ],
    "by-a-threat": [
        "my ex said he'll take the kids on saturday",
        "my mum says no one else would want this old sofa",
    ],
    "by-an-exchange": [
        "he lets me stay at his if i bring snacks",
        "my grandad gives the kids sweets when they visit",
    ],
    "by-the-act": [
        "my mate sent me pics of his new bike",
        "we slept in the car on the camping trip",
    ],
}

# Look-alikes the learnt model rings (as it did before this round): the cues leave them quiet.
QUIET_CUES: dict[str, list[str]] = {
    "by-effect": [
        "i woke up with no clothes on after a hot night",
        "the baby next door cries at night teething i think",
    ],
    "by-a-rule": [
        "he chucked the ball against the wall",
    ],
    "by-a-threat": [
        "he'll send the pics from the party later",
        "my daughter says she wishes she was never born",
    ],
    "by-the-act": [
        "my mum forced me to go to school even tho i said no",
    ],
}


@pytest.mark.parametrize("message", cases(RINGS))
def test_short_chat_disclosures_lead_with_the_signpost(
    chat: Chat, message: str, cues_only: None
) -> None:
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", cases(QUIET))
def test_their_twins_get_no_signpost(chat: Chat, message: str) -> None:
    assert not any(r.risk_of_harm for r in chat.send(message))


@pytest.mark.parametrize("message", cases(QUIET_CUES))
def test_the_cues_leave_these_twins_quiet(chat: Chat, message: str, cues_only: None) -> None:
    assert not any(r.risk_of_harm for r in chat.send(message))
