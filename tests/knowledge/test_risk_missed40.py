"""Round 40 (r1v40): disclosures still missed across issue 11's categories, told in passing.

Each family is tested with wordings written here beside look-alikes that stay quiet (the cues
alone: the learnt second opinion is the lead's to weigh).
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()

# A parent who will not get a child the care an illness or injury needs: a parent refusing, the
# care, what it is for and a child in one sentence.
CARE_REFUSED = [
    "5 year old hasnt been to the dentist and all teeth rotten, parents wont take him, can i refer",
    "parents wont give their diabetic son his insulin because of their religion",
    "mum wont take her to the doctor even tho shes had a fever for a week, the girl is 4",
    "the 8yo has really bad toothache and an abscess but mum won't take him to the dentist",
]
CARE_REFUSED_QUIET = [
    "my son won't take his inhaler at school, he's asthmatic, can the teacher remind him",
    "parents refused the flu vaccine for their son, do we need consent for the others",
    "mum can't take the kids to the dentist on a school day, is that an authorised absence",
    "the parents won't let us share his asthma plan with the school, can we anyway",
    "my son broke his arm at football and we took him to hospital, can school see the letter",
]


@pytest.mark.parametrize("message", CARE_REFUSED)
def test_care_refused_by_a_parent(message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is not None and "neglect" in finding.categories, finding


@pytest.mark.parametrize("message", CARE_REFUSED_QUIET)
def test_care_refused_look_alikes_stay_quiet(message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None


# No one can find a person, said with how long or where searched; the person right after
# "find", so a form or a placement not found is no one lost.
NOT_FOUND = [
    "we cant find 13 yr old since school ended yesterday, mum not worried, can we ring police",
    "cant find my 15 year old anywhere, she was meant to be home at 9 and its 2am",
    "nobody can find our resident since breakfast, she has dementia",
    "police are looking everywhere, cant find the 14 yo who left the unit at 8",
]
NOT_FOUND_QUIET = [
    "i cant find the 13 year old's consent form anywhere, can i still take her on the trip",
    "we couldnt find a placement for the young person since the last one ended",
    "my son cant find a job since leaving school, can the jobcentre talk to me",
    "we couldn't find a school place for the 12 year old",
]


@pytest.mark.parametrize("message", NOT_FOUND)
def test_a_person_no_one_can_find(message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is not None and "missing" in finding.categories, finding


@pytest.mark.parametrize("message", NOT_FOUND_QUIET)
def test_not_found_look_alikes_stay_quiet(message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None


# "duty" as the team or the worker on duty is no general question about a duty owed: the case
# told in passing to the duty desk still counts.
ON_DUTY = [
    "can i tell the duty desk about the boy whose dad beats him",
    "what can i tell the children's services duty desk about the boy whose dad beats him",
    "can the duty team be told that the 9 year old's stepdad hits her",
    "i rang the duty line about the girl whose uncle touches her, can i also tell her school",
]
DUTY_OWED = [
    "what is my duty to tell the police about a crime",
    "is there a duty to share information about domestic abuse",
    "what does the duty desk do with referrals about neglect",
    "am i under a duty to tell her parents she is pregnant at 15",
    "is it our duty to tell the police about historic abuse",
    "what are the legal duties of a school",
]


@pytest.mark.parametrize("message", ON_DUTY)
def test_a_case_told_to_the_duty_desk(message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is not None


@pytest.mark.parametrize("message", DUTY_OWED)
def test_a_duty_owed_stays_general(message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None


# The writer asking whether to pass on a case, whom it goes to named at length before "who" or
# "whose" ("…the safeguarding team at the hospital about a patient whose son…"): one person
# named, so someone in particular; "every child who", "people who" and a "that" far on are not.
TOLD_AT_LENGTH = [
    "what data can i share with the youth offending team about a lad who is being forced to sell"
    " drugs by a gang",
    "can we tell the local authority designated officer about a volunteer who sent a 14 yr old"
    " pictures",
    "can i report to the safeguarding team at the hospital about a patient whose son takes her"
    " money",
    "can i let the social worker and the GP know about a mum whose partner strangled her",
]
TOLD_AT_LENGTH_QUIET = [
    "should i report to the local safeguarding team every child who self harms",
    "should i tell parents every time a child who self harms is upset",
    "can i share our records with the police about people who sell drugs",
    "can i share information with the police and the council about a man who was convicted of"
    " assault years ago",
    "volunteer mentor: should I tell my mentee at the start that I'd have to break confidence if"
    " they said they might hurt themselves?",
]


@pytest.mark.parametrize("message", TOLD_AT_LENGTH)
def test_a_case_passed_on_to_a_long_named_service(message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is not None


@pytest.mark.parametrize("message", TOLD_AT_LENGTH_QUIET)
def test_anyone_passed_on_stays_quiet(message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None


# A call or an email as the passing on ("can I ring…", "can i contact the school about…").
CALLED_ABOUT = [
    "can I ring the adult social care team about an old man whose son locks him in his room",
    "can i contact the school about a pupil whose stepdad beats him",
]
CALLED_ABOUT_QUIET = [
    "can i call the parents of a pupil who has asthma",
    "can we ring the police about people who sell drugs outside school",
    "can i contact the GP about a patient who missed an appointment",
]


@pytest.mark.parametrize("message", CALLED_ABOUT)
def test_a_case_rung_or_emailed_about(message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is not None


@pytest.mark.parametrize("message", CALLED_ABOUT_QUIET)
def test_calls_about_anyone_stay_quiet(message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None


# Someone left on the floor, the toilet or a commode for hours, the person between "left" and
# where.
LEFT_THERE = [
    "what form do I use to report that the nursing home left my mum on the floor all night after"
    " a fall",
    "staff leave the residents on the commode for ages",
    "the agency carer left her on the toilet for over an hour",
    "they left my nan on the floor for hours before calling an ambulance",
]
LEFT_THERE_QUIET = [
    "i left them on the floor overnight to dry",
    "i left my bag on the chair all day at the hospital, can security check cctv",
    "the physio leaves my mum in her chair for an hour after exercises to rest, is that ok",
    "we leave the residents in the lounge in the morning for activities",
]


@pytest.mark.parametrize("message", LEFT_THERE)
def test_someone_left_on_the_floor_for_hours(message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is not None


@pytest.mark.parametrize("message", LEFT_THERE_QUIET)
def test_things_left_there_stay_quiet(message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None


# A child told they should never have been born, or a parent wishing the child away ("never
# had|been born" read "never" then "had" or "been" then "born", so "wishes she never had her"
# was never found).
NEVER_BORN = [
    "the boy is always told by his dad he wishes he was never born",
    "mum tells her she wishes she'd never had her",
    "dad keeps telling the 9 year old he should never have been born",
    "my nan told my little sister she wishes she had aborted her",
    "can i tell school? my friend's mum says she wishes she got rid of her",
]
NEVER_BORN_QUIET = [
    "my daughter says she wishes she was never born when she's upset about exams, is that normal",
    "mum wishes she never had the operation",
    "i wish we had never had that argument with his dad",
]


@pytest.mark.parametrize("message", NEVER_BORN)
def test_a_child_wished_away(message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is not None and "emotional-abuse" in finding.categories, finding


@pytest.mark.parametrize("message", NEVER_BORN_QUIET)
def test_wishes_about_other_things_stay_quiet(message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None


# An adult giving children treats with a way to be alone with them; the children after the
# treat ("giving vapes to year 7s") or between ("giving some year 6 girls sweets").
TREATS_AND_A_WAY_IN = [
    "our caretaker has been giving some year 6 girls sweets and letting them into his office alone",
    "a man has been seen giving vapes to year 7s outside the school gate and asking them to come"
    " to his car",
]
TREATS_QUIET = [
    "the tutor gives the kids sweets as rewards for good work",
    "the teacher gave the year 6s sweets at the end of term party",
    "can we give year 11s money for their prom tickets",
    "the school gives year 7s a tour of the site and they meet their form tutor",
]


@pytest.mark.parametrize("message", TREATS_AND_A_WAY_IN)
def test_treats_with_a_way_to_be_alone(message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is not None and "grooming-online" in finding.categories, finding


@pytest.mark.parametrize("message", TREATS_QUIET)
def test_treats_alone_stay_quiet(message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None


# "mum", "dad" with no "a" or "the" are someone's own, in a question too.
OWN_MUM_ASKED = [
    "can i email the social worker about mum being drunk at the school gate every day",
    "should i ring someone about mum being drunk at the school gate every day",
    "should i tell someone about dad hitting mum",
]
ANYONES_MUM_ASKED = [
    "can i tell the school about mum being in hospital",
    "is it true that mum has to agree before school can share",
    "what should a child do if their dad drinks too much",
    "can a school tell parents about a child's dad being in prison",
]


@pytest.mark.parametrize("message", OWN_MUM_ASKED)
def test_own_mum_or_dad_asked_about(message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is not None


@pytest.mark.parametrize("message", ANYONES_MUM_ASKED)
def test_anyones_mum_or_no_harm_stays_quiet(message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None


# A young carer: the parent named before the care, as a routine, or interpreting a parent's
# care; once, for a wedding or a parents' evening, is not this.
CARER_ROUTINE = [
    "my pupil has to help her dad wash and dress every morning so she is always late",
    "the boy helps his nan walk to the toilet at night, he's 9",
]
CARER_ROUTINE_QUIET = [
    "my daughter helps her dad wash the car on sundays",
    "the pupil translates for her mum at parents evening",
    "the 10 year old helps his mum get dressed for the wedding",
    "can a 12 year old translate for her mum at the gp or should we book an interpreter",
]


@pytest.mark.parametrize("message", CARER_ROUTINE)
def test_a_young_carers_routine(message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is not None and "young-carer" in finding.categories, finding


@pytest.mark.parametrize("message", CARER_ROUTINE_QUIET)
def test_help_once_stays_quiet(message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None
