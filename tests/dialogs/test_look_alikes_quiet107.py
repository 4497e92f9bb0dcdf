"""Round 46 (quiet107, issue 11): more look-alikes of a harm that nobody is at risk of.

1. A blow, throw or burn that lands on a thing (a ball, the dinner, a sticker, a baby's dummy)
   is no harm; the same verb on a person still is.
2. Property left or lost and a bill for damage or mess name no one's money taken.
3. Injuries as a kind a setting records ("log every bruise") are a question about recording.
4. The writer asking whether to keep a confidence is a confidentiality question; what was told
   in it still counts.
5. A court's matter long past, asked whether it "still" counts, tells of no one near anyone now.
6. Abuse shouted at a receptionist or librarian by the public is a matter for the workplace.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat


@pytest.mark.parametrize(
    "message",
    [
        # 1
        "our daughter hit the tennis ball right over the hedge at practice",
        "the boys were kicking a football against the hall wall all lunchtime",
        "grandad burnt the toast again and set the alarm off",
        "his little sister slapped a sticker on the reading book",
        "the childminder says mum threw the toddler's dummy in the bin to wean him off it",
        # 2
        "a patient left his wallet in the waiting room, can i phone him from his notes",
        "one of the mums dropped her purse in the playground, can i text her from our system",
        "a guest was sick in the hotel room and the manager wants to send him the cleaning bill",
        # 3
        "a boy came in with a bruise on his shin after football, do i have to log every bruise",
        "should our playworkers record all minor grazes or only the big ones",
        # 4
        "a service user told me something in confidence, do i have to keep it secret",
        "somebody at church confided in me, should i keep it to myself",
        # 5
        "the man who hurt her was jailed back in 1996, is it still something we need to share",
        "his uncle abused him as a boy and was convicted in the 80s, does that still count "
        "as a safeguarding issue",
        # 6
        "a member of the public shouted abuse at our librarian, can we bar him",
        "a dad swore at our receptionist at pick up, what should we do",
    ],
)
def test_look_alikes_with_no_one_at_risk_stay_quiet(chat: Chat, message: str) -> None:
    assert not any(r.risk_of_harm for r in chat.send(message))


@pytest.mark.parametrize(
    "message",
    [
        # 1
        "her mum threw the baby onto the sofa when he wouldnt settle",
        "his dad kicked him in the stomach after the football",
        "her stepdad burnt her arm with the iron",
        # 2
        "a patient left his wallet in the waiting room and told me his son takes all his money",
        "her carer took her purse and her bank card last week",
        # 3
        "he came in with bruises on his back again, do i need to log every bruise",
        # 4
        "a girl told me in confidence that her uncle touches her, do i have to keep it secret",
        "the coach told her to keep their messages secret",
        # 5
        "her abuser was convicted in 1998 but has been released and is living next door to her",
        "the man who abused her went to prison in the 90s, is he still a risk to her kids now "
        "he has moved in with them",
        # 6
        "a visitor shouted abuse at the patient in the next bed and pushed her",
    ],
)
def test_near_disclosures_still_ring(chat: Chat, message: str) -> None:
    assert chat.send(message)[0].risk_of_harm
