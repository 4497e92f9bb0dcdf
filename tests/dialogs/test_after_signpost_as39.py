"""Round 39 (tryout39 C, D, F, I): what comes after a first signpost.

- F: a graver risk told in a short follow-up ("she also said sometimes she thinks it would be
  easier not to be here") was read by the cues alone, which did not know it, and got "Did you
  mean one of these?". It is signposted now, with the urgent routes a risk to life has; the
  same words about a day off stay quiet.
- C: a grandmother raising her grandchildren got the practitioner's "tell your DSL", and then
  "Did you mean" for "what i do if she come to my house tonight": she is read as family now,
  and each follow-up gets where family can get help (999, children's social care). A
  practitioner's "what if she comes to my house tonight" (a foster carer's) gets 999 if violent
  or taking a child, and social care today.
- D: "ok i rang the on call, they said just log it. is that enough?" got "Did you mean": being
  told only to log it, or to do nothing, gets the line held, as being told not to report does;
  "do I tell his social worker tonight or wait till monday" got "professional judgement": now
  or later gets don't wait (today, or the out-of-hours duty team).
- I: "do we ring her mum?" under a signpost was never answered (her mum lives with the one
  causing harm): with the harm, the signpost says not to tell the family before social care
  or the police advise if they may be involved; just after it, the tell worry's "don't tell
  anyone who may be involved".
Every conversation runs through the core the terminal door runs (`bot.app.build_core`).
"""

from __future__ import annotations

import pytest

from bot.app import Core
from dialogs.contract import Private
from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge

DID_YOU_MEAN = "Did you mean"
# Homesick tears alone are quiet since round 40 (fa40); with a mark on her arm, the first
# message is still a signpost.
HOMESICK = (
    "host family - our japanese student (17) is very homesick, cries every night and has cuts "
    "on her arms, can i tell her parents without asking her"
)
LADS_HOME = (
    "residential childrens home - on shift tonight, one of our lads (13) came back at 2am "
    "smelling of cannabis with £200 and two phones and a cut on his hand, wont say where hes "
    "been. manager not answering"
)


@pytest.mark.parametrize(
    "graver",
    [
        "she also said sometimes she thinks it would be easier not to be here",
        "she said it would be easier if she wasnt here",
        "he also said he thinks about not being here",
        "and he said it would be better for everyone if he wasn't around",
        "she also mentioned she doesnt want to live anymore",
        "he told me he doesnt want to exist",
        "she has been googling how many pills it takes",
        "and he searched how many paracetamol is a lethal dose",
    ],
)
@pytest.mark.parametrize("first", [HOMESICK, LADS_HOME])
def test_a_wish_not_to_be_here_after_a_signpost_is_signposted(
    chat: Chat, first: str, graver: str
) -> None:
    assert chat.send(first)[0].risk_of_harm
    replies = chat.send(graver)
    assert replies[0].risk_of_harm, texts(replies)
    assert DID_YOU_MEAN not in texts(replies)


URGENT = "If they may act on it now, call 999"


@pytest.mark.parametrize("first", [HOMESICK, LADS_HOME])
def test_a_risk_to_life_told_after_a_signpost_gets_the_urgent_routes(
    chat: Chat, first: str
) -> None:
    chat.send(first)
    said = chat.send("she also said sometimes she thinks it would be easier not to be here")
    assert URGENT in said[0].text
    assert "NHS 111" in said[0].text


def test_a_first_signpost_of_another_harm_has_no_urgent_routes(chat: Chat) -> None:
    assert URGENT not in chat.send(LADS_HOME)[0].text


@pytest.mark.parametrize(
    "quiet",
    [
        "it would be easier not to be here on monday, i have a dentist appointment",
        "it'd be easier if he wasnt here, he disrupts the class",
        "i think about not being here for the training next week",
        "the mum said it would be easier if the dog wasnt here",
    ],
)
def test_the_same_words_about_a_day_off_or_a_dog_stay_quiet(chat: Chat, quiet: str) -> None:
    assert not any(r.risk_of_harm for r in chat.send(quiet))


@pytest.mark.parametrize(
    "quiet",
    [
        "she doesnt want to live with her dad anymore",
        "they dont want to live in that flat anymore",
        "he doesnt want to carry on anymore with the course",
    ],
)
def test_not_wanting_to_live_somewhere_is_no_cue_of_suicide(quiet: str) -> None:
    # The cues alone read a short follow-up after a signpost (the learnt model may read these
    # alone as a worry, which is its own matter).
    found = builtin_knowledge().risk_detector.detect(quiet)
    assert found is None or "self-harm-suicide" not in found.categories


@pytest.mark.parametrize(
    "quiet",
    [
        "i googled how many tablets a child can take",
        "she's been looking up how many pills to take",
        "the pharmacist asked how many tablets she takes a day",
    ],
)
def test_looking_up_a_dose_is_no_cue_of_suicide(quiet: str) -> None:
    found = builtin_knowledge().risk_detector.detect(quiet)
    assert found is None or "self-harm-suicide" not in found.categories


GRANDMA = (
    "hello i am grandma of two childs, 6 and 9. my daughter is there mum and she use drugs. the "
    "social worker give me the kids last year. now my daughter come to school and try to take "
    "them and last week she hit the big one on the face in the playground. the school they say "
    "they cannot tell me nothing because i am not the parent. is this right?"
)
FAMILY_HELP = "If you're worried about someone you know"


@pytest.mark.parametrize(
    "told",
    [
        GRANDMA,
        "gran here, i have my grandkids (6 and 9), their mum my daughter is on drugs and hit the "
        "9 yr old",
        "I am the grandmother and I have an SGO for my grandson, his dad keeps turning up drunk "
        "and shouting at him",
        "i look after my grandchildren and their dad hit the little one when he came round",
    ],
)
def test_a_grandparent_raising_the_children_gets_the_family_reply_first(
    chat: Chat, told: str
) -> None:
    replies = chat.send(told)
    assert replies[0].risk_of_harm
    assert replies[0].text.startswith(f"**{FAMILY_HELP}")


@pytest.mark.parametrize(
    "told",
    [
        "family support worker - the gran here told me the dad hits the kids",
        "nursery - grandma here for pick up said dad hit him",
        "school - a pupil's gran said her mum hits her",
    ],
)
def test_a_practitioner_telling_what_a_grandparent_said_stays_a_practitioner(
    chat: Chat, told: str
) -> None:
    replies = chat.send(told)
    assert replies[0].risk_of_harm
    assert FAMILY_HELP not in texts(replies)


@pytest.mark.parametrize(
    "tonight",
    [
        "what i do if she come to my house tonight",
        "and if she turns up at my door tonight?",
        "can i tell the school not to let her take them",
    ],
)
def test_the_grandmothers_follow_ups_get_where_family_can_get_help(
    chat: Chat, tonight: str
) -> None:
    chat.send(GRANDMA)
    said = texts(chat.send(tonight))
    assert DID_YOU_MEAN not in said
    assert "call 999" in said
    assert "children's social care" in said


# D: told only to log it; now or later.
TOLD_NOT_TO = "If you've been told not to report a concern"
DONT_WAIT = "Don't wait until Monday or the morning"
CARE_HOME = "care home - a resident has a bruise on her arm and says the night carer grabbed her"


@pytest.mark.parametrize(
    "only_log",
    [
        "ok i rang the on call, they said just log it. is that enough?",
        "my manager said just record it on the body map, is that ok",
        "the duty worker told me to do nothing and see",
        "my dsl said to just log it on cpoms",
        "the mash said it doesnt meet threshold, is that it?",
        "on call said its not a safeguarding issue",
        "they said no further action",
    ],
)
@pytest.mark.parametrize("first", [LADS_HOME, CARE_HOME])
def test_told_only_to_log_it_holds_the_line(chat: Chat, first: str, only_log: str) -> None:
    chat.send(first)
    replies = chat.send(only_log)
    said = texts(replies)
    assert TOLD_NOT_TO in said
    assert DID_YOU_MEAN not in said


@pytest.mark.parametrize(
    "later",
    [
        "and do I tell his social worker tonight or wait till monday",
        "can it wait till the morning?",
        "should i ring adult social care now or wait until tomorrow",
        "is it ok to leave it till after the weekend",
        "shall i ring them first thing tomorrow",
        "can i just email the social worker in the morning",
        "is tomorrow ok?",
        "should i do it now or after my shift",
    ],
)
@pytest.mark.parametrize("first", [LADS_HOME, CARE_HOME])
def test_now_or_later_after_a_signpost_is_dont_wait(chat: Chat, first: str, later: str) -> None:
    chat.send(first)
    said = texts(chat.send(later))
    assert DONT_WAIT in said
    assert "emergency duty team" in said
    assert "professional judgement" not in said


@pytest.mark.parametrize(
    "other",
    [
        "i've logged it and told my dsl already",
        "where do i log it",
        "she told me on monday",
        "he came back at 6 in the morning",
    ],
)
def test_other_follow_ups_about_logging_or_days_get_neither(chat: Chat, other: str) -> None:
    chat.send(LADS_HOME)
    said = texts(chat.send(other))
    assert TOLD_NOT_TO not in said
    assert DONT_WAIT not in said


@pytest.mark.parametrize(
    "words",
    [
        "they said just log it. is that enough?",
        "my manager said just record it",
        "can it wait till the morning?",
    ],
)
def test_with_no_signpost_before_the_same_words_get_neither(chat: Chat, words: str) -> None:
    said = texts(chat.send(words))
    assert TOLD_NOT_TO not in said
    assert DONT_WAIT not in said


# I: asking whether to tell one of the family, under a signpost.
BEFORE_TELLING = "Before you tell anyone in the family"
INVOLVED = "Don't tell anyone who may be involved"
CAMP = "camp leader - a 12 yr old told me her mums boyfriend makes her sleep in his bed"
CLINIC = "a woman at our clinic says her husband hits her and takes her money"


@pytest.mark.parametrize(
    "ask",
    [
        "do we ring her mum?",
        "should I tell his wife",
        "do we need to let her parents know",
        "can we speak to her dad about it",
        "do i call her son",
    ],
)
@pytest.mark.parametrize("told", [CAMP, CLINIC])
def test_asking_to_tell_the_family_with_the_harm_gets_the_line_in_the_signpost(
    chat: Chat, told: str, ask: str
) -> None:
    replies = chat.send(f"{told}. {ask}")
    assert replies[0].risk_of_harm
    assert BEFORE_TELLING in replies[0].text


@pytest.mark.parametrize(
    "ask",
    [
        "should i tell the police",
        "do we tell our manager",
        "what do i do",
        "her mum rang me, what now",
    ],
)
def test_other_questions_with_the_harm_get_no_such_line(chat: Chat, ask: str) -> None:
    replies = chat.send(f"{CAMP}. {ask}")
    assert replies[0].risk_of_harm
    assert BEFORE_TELLING not in texts(replies)


@pytest.mark.parametrize(
    "ask", ["do we ring her mum?", "can we let his wife know", "do i phone the parents"]
)
@pytest.mark.parametrize("told", [CAMP, CLINIC])
def test_asking_to_tell_the_family_just_after_a_signpost_gets_dont_tell_the_involved(
    chat: Chat, told: str, ask: str
) -> None:
    chat.send(told)
    said = texts(chat.send(ask))
    assert INVOLVED in said
    assert DID_YOU_MEAN not in said


# C, a practitioner's case: the one who may be harming coming to the house or the school.
IF_THEY_COME = "If they come and anyone is in danger"
FOSTER = (
    "foster carer - the birth mum of the boy (7) we look after turned up at school drunk and "
    "tried to take him, she slapped him"
)


@pytest.mark.parametrize(
    "coming",
    [
        "what do i do if she comes to my house tonight",
        "and if she turns up at school tomorrow and tries to take him?",
        "what if he comes to visit again",
        "what if he shows up at the door",
        "what if the men come back for him",
    ],
)
@pytest.mark.parametrize("first", [FOSTER, CARE_HOME, CAMP])
def test_if_they_come_after_a_signpost_is_999_and_social_care(
    chat: Chat, first: str, coming: str
) -> None:
    chat.send(first)
    said = texts(chat.send(coming))
    assert IF_THEY_COME in said
    assert "call 999" in said
    assert "emergency duty team" in said
    assert DID_YOU_MEAN not in said


@pytest.mark.parametrize(
    "other", ["what if the police come", "what if her mum asks me", "she came to see me today"]
)
def test_other_follow_ups_get_no_if_they_come(chat: Chat, other: str) -> None:
    chat.send(FOSTER)
    assert IF_THEY_COME not in texts(chat.send(other))


def test_with_no_signpost_what_if_she_comes_round_gets_no_such_reply(chat: Chat) -> None:
    assert IF_THEY_COME not in texts(chat.send("what if she comes round to my house tonight"))


def test_told_only_to_log_it_is_answered_to_its_writer_alone(core: Core) -> None:
    # As the line held against not reporting (held_line): it speaks of the signposted case, so
    # in a shared place the door gives it to its writer alone, as it gave the signpost.
    chat = Chat(core, private=False)
    chat.send(LADS_HOME)
    held = chat.send("ok i rang the on call, they said just log it. is that enough?")
    told = [r for r in held if TOLD_NOT_TO in r.text]
    assert told and all(r.private is Private.RISK_OF_HARM for r in told)
