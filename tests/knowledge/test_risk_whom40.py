"""Round 39 (whom40): the right contacts (tryout39 #3, #6, #7, #11).

1. A child named or aged keeps children's social care in the contacts
   (`knowledge.risk_child_door`): a money or personal-care cue, an adult's kind of harm, may add
   adult social care, never replace the children's front door.
2. "a young girl", "a little lad" name a child beside an adult's kind of harm
   (`knowledge.risk_young_named`): a child or an adult, with children's social care.
3. A decade of life said alone ("rough sleeper (40s)", "client, late 30s") is an adult's age
   (`knowledge.risk_stated_ages`), as "in his 40s" was; "in the 80s" is an era.
4. "a head wound", "hit his head": the body's head, not the head teacher
   (`knowledge.risk_head_hurt`): no allegation against staff, no LADO.
5. "her husband smashed her glasses": a verb done to something, not a parent drunk
   (`knowledge.risk_drunk_verbs`), and a partner breaking what she needs to see or get about is
   domestic abuse: an adult's procedures, not a child's.
6. Children named only as a grown-up's reason not to act ("hes got kids so wouldnt do
   anything") are not the ones at risk (`knowledge.risk_kids_reason`): the adult's procedures;
   "the kids r better off w/o me" names the parent at risk beside them: a child or an adult.
7. A clinician giving teenage patients a personal number, texting or kissing them works with
   children: a child's signpost with the LADO (the risk pack's allegation items).
8. A drink word with no parent and no child named ("she's saying she was drunk and it's her
   fault", of a 19-year-old) is no parent's substance misuse (`knowledge.risk_no_parent`): a
   child or an adult, with adult social care too.
9. When only the learnt model finds harm, "teenage patients" names a child, not an adult by
   their role (`knowledge.risk_learnt_whom`).
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

KNOWLEDGE = builtin_knowledge()
BUILT_IN = KNOWLEDGE.risk_detector
DOOR = "childrens-social-care"


@pytest.mark.parametrize(
    "message",
    [
        "optician - a 14 yr old came for an eye test with a man who said he was her uncle, she "
        "called him by his first name and he paid cash",
        "a 14 yr old came in with a man who paid cash",
        "a 12 yr old girl said a man gives her cash to meet him after school",
        "swimming teacher - a 10 yr old always has her swimsuit on under her clothes and won't "
        "get changed, cries if anyone comes near",
        "a 10 yr old won't get changed and cries if anyone comes near",
        "a 13 year old boy says a man at the park gives him cash to meet him alone",
    ],
)
def test_a_child_aged_keeps_the_childrens_front_door(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, contacts={"safeguarding-lead", DOOR})


@pytest.mark.parametrize(
    "message",
    [
        "my elderly neighbour's son takes her pension and leaves her alone",
        "a resident at the care home has unexplained bruises",
        "a woman in her 80s says her son takes her pension",
    ],
)
def test_an_adult_alone_gets_no_childrens_front_door(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert finding.concerns == "adult" and DOOR not in finding.contacts, finding


@pytest.mark.parametrize(
    "message",
    [
        "estate agent - on a viewing there was a locked room with a bed and cameras and a young "
        "girl there who didnt speak",
        "estate agent - there was a young girl in a locked room who didnt speak",
        "a young girl was crying in the locked room at the viewing",
        "there was a little lad locked in a room with no food",
    ],
)
def test_a_young_girl_or_a_little_lad_is_a_child(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "either", {"safeguarding-lead", DOOR})


@pytest.mark.parametrize(
    "message",
    [
        "a young woman is locked in her room by her husband",
        "a young lad (19) was locked in his room by his dad",
        "the carer keeps a little old lady locked in her room",
    ],
)
def test_a_young_woman_or_an_aged_lad_stays_an_adult(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert finding.concerns == "adult" and DOOR not in finding.contacts, finding


@pytest.mark.parametrize(
    ("message", "concern"),
    [
        ("rough sleeper (40s) says people at the hostel beat him up", "adult"),
        ("client, late 30s, says her partner hits her", "adult"),
        ("a man (50s) says his son hits him", "adult"),
        # an era, not an age; a child's age beside the doer's decade
        ("back in the late 80s her dad hit her and she is still scared of him", "either"),
        ("a 14 yr old told me a man (40s) touched her", "child"),
    ],
)
def test_a_decade_of_life_alone_is_an_adults_age(chat: Chat, message: str, concern: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, concern)


@pytest.mark.parametrize(
    "message",
    [
        "outreach worker - rough sleeper (40s) with a head wound, confused, says people at the "
        "hostel beat him up for his phone, doesnt want an ambulance",
        "rough sleeper with a head wound, says people at the hostel beat him up",
        "she has a head injury, says her neighbour beat her up",
    ],
)
def test_a_head_wound_is_no_head_teacher(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)
    finding = BUILT_IN.detect(message)
    assert finding is not None and "lado" not in finding.contacts, finding
    assert "allegation-against-staff" not in finding.categories


@pytest.mark.parametrize(
    "message",
    [
        "the head hit a pupil",
        "a pupil said the head hit him",
        "he has a head injury and says the head teacher hit him",
    ],
)
def test_the_head_who_hits_is_still_staff(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, contacts={"lado"})


@pytest.mark.parametrize(
    "message",
    [
        "optician - a patient told me her husband smashed her glasses and wont let her get new "
        "ones so she cant drive or leave",
        "a patient said her husband smashed her glasses",
        "her partner hides her walking stick so she cant go out, she is 78",
    ],
)
def test_a_partner_breaking_her_glasses_is_an_adults_domestic_abuse(
    chat: Chat, message: str
) -> None:
    signposted_in_both(BUILT_IN, chat, message, "adult", {"adult-social-care"})
    finding = BUILT_IN.detect(message)
    assert finding is not None and "parental-substance" not in finding.categories


@pytest.mark.parametrize(
    "message",
    ["dad came home smashed again last night", "my client's dad is always hammered"],
)
def test_a_parent_smashed_is_still_drunk(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None and "parental-substance" in finding.categories, finding


def test_a_sons_own_glasses_are_no_harm(chat: Chat) -> None:
    quiet_in_both(BUILT_IN, chat, "can i tell the school my son broke his glasses")


@pytest.mark.parametrize(
    "message",
    [
        "gambling support - client said he's lost everything and he goes to the bridge at night "
        "to think. he says dont worry hes fine and hes got kids so wouldnt do anything",
        "my client says she wants to end it all but she has two kids so she would never do it",
        "he says he wants to die but hes got kids so hed never do it",
    ],
)
def test_children_as_a_reason_to_live_leave_the_adult_at_risk(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "adult", {"adult-social-care"})


@pytest.mark.parametrize(
    ("message", "concern"),
    [
        ("dad has kids so he wont stop drinking and hits them", "child"),
        ("mum has got 3 kids and they are not fed, she hits them", "either"),
        (
            "a 15 year old says she wants to die, she has got kids at school so she wont tell "
            "anyone",
            "child",
        ),
    ],
)
def test_children_at_risk_stay_named(message: str, concern: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None and finding.concerns == concern, finding


@pytest.mark.parametrize(
    "message",
    [
        "ok different thing, one of our GPs, Dr Patel, has been seen hugging teenage patients and "
        "giving them his personal mobile number. a mum complained. what do i do",
        "our physio keeps texting the teenage girls he treats",
        "the practice nurse gives young patients her personal mobile number",
        "GP practice manager - a GP was seen examining a teen girl without a chaperone with the "
        "door locked",
        "the doctor examined my 15 year old daughter with the door closed and no chaperone",
    ],
)
def test_a_clinician_with_teenage_patients_is_for_the_lado(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, contacts={"lado", DOOR})


@pytest.mark.parametrize(
    "message",
    [
        "a nurse hugged the young patient when she cried after her jab",
        "the dentist gave the kids stickers and his practice phone number",
        "the GP examined me with the door closed without a chaperone, is that allowed",
    ],
)
def test_a_clinicians_comfort_or_practice_number_is_no_allegation(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    ["she's saying she was drunk and it's her fault", "she was drunk and said it was her fault"],
)
def test_a_drink_word_with_no_parent_is_a_child_or_an_adult(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "either", {"adult-social-care", DOOR})


@pytest.mark.parametrize(
    "message",
    [
        "dad came home smashed again last night",
        "he was off his face again at pick up",
        "mum is always drunk when she picks up",
    ],
)
def test_a_parent_drunk_is_still_a_childs(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None and finding.concerns == "child", finding
    assert "adult-social-care" not in finding.contacts


@pytest.mark.parametrize(
    ("message", "heading"),
    [
        ("one of our GPs has been hugging teenage patients", "a child is at risk"),
        (
            "one of our GPs has been hugging teenage patients, a mum complained",
            "a child or an adult is at risk",
        ),
    ],
)
def test_the_learnt_finding_reads_teenage_patients_as_children(
    chat: Chat, message: str, heading: str
) -> None:
    assert BUILT_IN.detect(message) is None
    reply = chat.send(message)[0]
    assert reply.risk_of_harm and heading in reply.text
    assert "children's social care" in reply.text


def test_kids_better_off_without_mum_name_her_at_risk_too(chat: Chat) -> None:
    message = (
        'fsw - mum txtd me at 11pm "i cant do this anymore, the kids r better off w/o me" and now '
        "her phone is off. kids r 2 n 4"
    )
    signposted_in_both(BUILT_IN, chat, message, "either", {DOOR, "adult-social-care"})


def test_kids_better_off_in_care_are_still_the_ones_at_risk() -> None:
    finding = BUILT_IN.detect("dad hits the kids, they would be better off in care")
    assert finding is not None and finding.concerns == "child", finding
