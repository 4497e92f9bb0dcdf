"""Round 42 (fa43, issue 11): look-alikes that named a harm with no one at risk now, and the
disclosures beside them that must still ring.

(a) An accident a setting has written up ("she bumped her head on the table, we did an accident
form and rang dad"), or an injury an accident to one's own body left ("hit his finger with a
stick and bruised it"), is no harm done by someone; an injury someone just has ("came in with a
bruise"), one a doubt, a blow or an explanation sits beside, or one a child tells of, still rings.
(b) A harm a record mentions, or that is written into one, is the record's subject; a record that
tells of harm going on now, or a telling beside it, still rings. And the trial's look-alikes
(tryout42 #7): books on a harm, first-aid choking, the writer interpreting, "not in danger".
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "a boy in reception bumped his head on the table, we did an accident form and rang dad",
        "one of my year 2s tripped in the playground and has a bump on his forehead. first aid "
        "done, accident slip sent home. do i need to ring mum?",
        "a girl in year 1 banged her knee on a chair and it is swollen, we filled in the accident "
        "book and told mum at pick up",
        "i teach drums, a student hit his finger with a stick and bruised it, do i need to fill "
        "in an incident form",
    ],
)
def test_an_accident_written_up_is_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        # an injury someone has, told with no accident: the form explains nothing
        "a boy came in with a bruise on his cheek, we filled in an accident form",
        "she has fingertip bruises on her arms, we filled in an accident form",
        # an accident that does not fit the story told
        "she came in with a bruise on her cheek, mum said she fell but the story keeps changing, "
        "we filled in an accident form",
        "he has a black eye, dad says he walked into a door, we filled in an accident form",
        # a blow beside the accident, or told while it was written up
        "her stepdad pushed her and she has a bruise on her back, we did an accident form",
        "she fell in the playground and hurt her arm, when we filled in the accident form she "
        "said her dad hit her there yesterday",
        "a 5 month old baby has a bruise on her cheek, staff did an accident form",
        # someone else's blow that left the bruise
        "her dad hit her arm with a stick and bruised it",
    ],
)
def test_an_injury_the_form_does_not_explain_still_rings(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "can I share a record that mentions domestic abuse from 2015?",
        "our file on him mentions sexual abuse from his childhood, can the new provider see it?",
        "a client's notes refer to domestic violence in a previous relationship, can i share "
        "them with her solicitor?",
        "GP: now patients can read their notes online, should I still write domestic abuse into "
        "family members' records?",
    ],
)
def test_harm_a_record_mentions_is_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        # the record tells of harm going on now
        "the referral mentions domestic abuse that is still going on, can I share it?",
        "her notes mention ongoing domestic abuse, can i share them with housing?",
        "a letter on file says her partner is abusing her now, can i share it?",
        # a telling beside the record
        "the record mentions domestic abuse and she told me today he hit her again last night",
        "we wrote domestic abuse in her notes because her partner hit her last week",
    ],
)
def test_a_record_of_harm_going_on_still_rings(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "were running a book club on domestic abuse novels for survivors, can we share the sign "
        "up list with the womens aid worker who cofacilitates",
        "we're doing a first aid badge and a cub asked what to do if someone is choking, not a "
        "safeguarding thing just curious how to word it",
        "I interpreted for a man giving a statement about a burglary, the solicitor now wants my "
        "notes, can I give them",
        "erm possibly? hes vulnerable but not in danger",
    ],
)
def test_the_trials_look_alikes_are_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "my mum's partner was choking her last night",
        "i interpreted for a woman at the GP and she said her husband beats her",
        "her husband always interprets for her at appointments and wont let her speak",
        "she is not in danger now but her husband still hits her",
        "he's not in danger but his brother is being beaten by their dad",
    ],
)
def test_beside_the_look_alikes_harm_still_rings(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)
