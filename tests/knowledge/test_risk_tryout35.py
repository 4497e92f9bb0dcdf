"""Round 35 (r1f35, from tryout35 findings 3-9): disclosures a fifth trial found with no signpost.

The writer's own role opening the message ("drug worker, client is pregnant and still using crack")
names who writes, not whose drug use it is: `knowledge.risk_at_work.use_at_work` no longer reads a
work role inside the opening label (`knowledge.risk_subjects.role_label`) as the one using, so the
pregnant client's use counts as it did without the role.

Fire risk as a fire safety visitor writes it ("elderly gent, scorch marks on carpet from cigs, on
oxygen"): "gent" after "elderly", "older" or "frail" names someone (`any_person`), and cigarettes
by their everyday names, and the scorch or burn marks they leave, join smoking beside home oxygen
(a `together` item of `adult-abuse-neglect`). A note opening "lives alone" names someone
(`people`); not a grown-up (`adult_words` was tried: "16 year old lives alone…" lost its child-only
signpost).

A domestic abuse worker's shorthand: the result of a DASH risk assessment ("high risk on the DASH,
18 ticks", "scored 16 on the DASH") is a cue of domestic abuse and names someone assessed
(`people`); going back to him (or to the abuser) beside an IDVA, a refuge or the abuser named is a
`together` item; an IDVA's client is an adult (`adult_words`; not an ISVA's, who sees children
too), so with children named the signpost is to both.

Clinical shorthand: an age and sex as notes give them ("Pt 17F", "16M attended ED") is read as "17
year old female" (`knowledge.risk_words.words_of`; a lower-case "16m" may be minutes or millions,
and stays), and a "?" opening a word as "query" ("15F, ?pregnant"), not the end of a sentence.

Self-harm in clinical shorthand is a cue: cuts, lacerations or scratches to the forearms, an "OD
of" tablets or "OD 30 paracetamol" ("od" after a drug, once daily, is not), "SI with plan"
(suicidal ideation with a plan, intent or means), "active SI". "yp", as CAMHS and youth workers
write a young person, names a child (`kid`).

"CSA" is a term of sexual abuse (child sexual abuse, in notes: "pt disclosed CSA by grandfather as
a child, he still babysits her nieces"); the Child Support Agency ("the CSA is chasing him", "his
CSA payments") is a `things` entry.

A clinician's conduct with young patients is an allegation about someone at work (the LADO):
comments about their bodies, or touching them more than needed; or the door shut with no chaperone
(`together` items of `allegation-against-staff`, a young person named in each). So is a past abuser
who now works or volunteers with children ("historic abuse disclosure, the abuser is now a
teacher"), and "the abuser", "the perpetrator" name someone in particular (`people`).

Told in a second language: a hot iron, a lighter or a cigarette put or held on someone's body ("his
father put hot iron on his hand for punish") is a cue of physical abuse, the thing before "on" as
well as after it. Sleeping in a park, a street, a doorway or a stairwell is sleeping rough ("he
sleep in the park"; "slept in the park" after a picnic is not), and "a minor", "the minor" then
what they do or say names a child (`people`; "a minor injury" names no one).

A duty or the law asked of a case told after "if" ("is there a duty to report if a child says her
dad hits her", "what does the law say if…", "am I legally obliged to tell police if a pt tells me
he stabbed someone"): when someone then tells something of someone in particular ("says her…",
"tells me he…"), the question is about that case (`knowledge.risk_duty`, the pack's `duty` marker);
"…if a client tells me about sexual abuse?" stays general.
"""

from __future__ import annotations

import pytest

from knowledge.risk_words import words_of
from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

# (message, whom the harm concerns or None for any, contacts that must be named)
SIGNPOSTED = [
    # finding 7: a drug worker's pregnant client still using
    (
        "drug worker, client is pregnant and still using crack, doesnt want midwife to know",
        "child",
        {"childrens-social-care"},
    ),
    ("substance misuse worker, client is pregnant and still using crack", "child", set()),
    ("drug worker, client is pregnant and using heroin", "child", set()),
    # written here
    ("support worker - my client is pregnant and drinking every day", "child", set()),
    # finding 9: fire risk as a fire safety visitor writes it
    (
        "fire safety visit - elderly gent, scorch marks on carpet from cigs, on oxygen, lives "
        "alone, refused referral",
        "adult",
        {"adult-social-care"},
    ),
    # written here
    ("fire service: older lady on oxygen, smokes roll ups in bed", "adult", {"adult-social-care"}),
    ("elderly gent on home oxygen, burn marks on his chair", "adult", set()),
    ("lives alone, on oxygen and smokes, burn marks on the chair", None, {"adult-social-care"}),
    # written here
    ("lives on her own, very confused, found wandering at night", None, {"adult-social-care"}),
    # a child's age still says whom it concerns
    ("16 year old lives alone, mum left, no food in the flat", "child", set()),
    # finding 6: a domestic abuse worker's own shorthand
    (
        "IDVA, client wants to go back to him, kids are 3 and 7, she doesnt want children's "
        "services told",
        "either",
        {"childrens-social-care", "adult-social-care"},
    ),
    (
        "im an idva. high risk on the DASH, 18 ticks. can i share with police without consent",
        None,
        {"adult-social-care"},
    ),
    # written here
    ("client scored 16 on the DASH, can i share with her GP", None, {"adult-social-care"}),
    ("she left the refuge last night and has gone back to him", None, set()),
    ("isva here - a 14 year old told me she was raped at a party", "child", set()),
    # finding 4: an age and sex in clinical shorthand, and "?" for query
    ("pt 15F, ?pregnant, partner 22", "child", {"childrens-social-care"}),
    ("16M attended ED, OD of 20 paracetamol, wants to go home", "child", set()),
    # written here
    ("14F, ?NAI, bruises to both arms", "child", set()),
    # finding 4: self-harm in clinical shorthand
    (
        "Pasted from my notes: Pt 17F attended walk-in clinic c/o abdo pain. On exam multiple "
        "superficial cuts to forearms, some fresh. Pt reports living with 'friend' age 31. "
        "Declined parental contact. Discharged. My question is whether the school nurse can be "
        "informed.",
        "child",
        {"childrens-social-care"},
    ),
    ("Pt 17F multiple superficial cuts to forearms, some fresh", "child", set()),
    ("camhs - yp disclosed SI with plan, parents away, staying w 19yo bf", "child", set()),
    # written here
    ("patient disclosed SI with a plan", None, {"adult-social-care"}),
    ("pt took an OD of paracetamol last night", None, set()),
    ("Pt 16F, OD 30 paracetamol, discharged", "child", set()),
    ("lacerations across both forearms, says she did it herself", None, set()),
    # "yp" (a young person) names a child
    ("CAMHS: YP (14) reports her stepdad hits her", "child", set()),
    ("youth worker - yp told me her mums boyfriend hits her", "child", set()),
    # finding 5: child sexual abuse as notes write it
    (
        "pt disclosed CSA by grandfather as a child, he still babysits her nieces",
        None,
        {"childrens-social-care"},
    ),
    # written here
    ("client disclosed CSA by her uncle, he lives with her sister's kids now", "child", set()),
    # finding 5: a clinician's conduct with young patients (the LADO)
    (
        "dental nurse, the dentist I work with makes comments about the teenage patients bodies "
        "and shuts the door for check ups without a chaperone",
        "child",
        {"lado", "childrens-social-care"},
    ),
    ("the dentist shuts the door with teenage girls and wont have a chaperone", "child", {"lado"}),
    ("hygienist keeps touching the young patients more than needed", None, {"lado"}),
    # written here
    ("the GP examines teenage girls without a chaperone and shuts the door", "child", {"lado"}),
    ("the physio keeps making comments about the girls bodies", "child", {"lado"}),
    # finding 5: a past abuser who now works with children (the LADO)
    ("historic abuse disclosure, the abuser is now a teacher", None, {"lado"}),
    # written here
    (
        "she was abused by her uncle in the 90s and he is now a scout leader",
        None,
        {"lado", "childrens-social-care"},
    ),
    ("client says the man who abused her as a child now works with children", None, {"lado"}),
    # finding 8: English as a second language
    (
        "the boy tell me his father put hot iron on his hand for punish",
        "child",
        {"childrens-social-care"},
    ),
    # written here
    ("the boy tell me his father put a hot iron on his hand to punish him", "child", set()),
    ("she held a lit cigarette against her arm", None, set()),
    # finding 8: sleeping rough, a minor
    (
        "please my client is minor, he sleep in the park, nobody know him",
        None,
        {"childrens-social-care"},
    ),
    ("a minor is sleeping in the park", "child", {"childrens-social-care"}),
    # written here
    ("the homeless man sleeps in the doorway of the library", None, {"adult-social-care"}),
    # finding 3: a duty or the law asked of a case told after "if"
    (
        "is there a legal duty to report if a teacher tells me theyve had sex with a 15 yo student",
        "child",
        {"lado", "childrens-social-care"},
    ),
    ("is there a duty to report if a child says her dad hits her", "child", set()),
    (
        "is there a legal duty to report if a 15 year old tells me her dad hits her",
        "child",
        {"childrens-social-care"},
    ),
    ("what does the law say if a child says her dad hits her", "child", set()),
    ("am i legally obliged to tell police if a pt tells me he stabbed someone", None, set()),
    # written here
    ("am i legally obliged to report if a child says her dad hits her", "child", set()),
    ("is there a duty to tell police if a patient tells me he stabbed someone", None, set()),
    ("what does the law say if a pupil told us that his stepdad burns him", "child", set()),
    # an adult harmed by a carer: adult social care, no LADO (r1h35, merged beside)
    (
        "is there a duty to report if a resident tells me the carer slapped her",
        "adult",
        {"adult-social-care"},
    ),
]

QUIET = [
    "HR manager: an employee is using drugs at work",
    "drug worker, client is pregnant and doing really well, clean for 3 months",
    "drug worker here, can i share a client's methadone dose with the pharmacy?",
    "the fire safety visit is booked",
    "elderly gent on oxygen, doing well",
    "can fire service share info about people on home oxygen?",
    "what support is there for older people living alone?",
    "lives alone, doing well, family visit daily",
    "what does DASH stand for",
    "what does high risk on the DASH mean?",
    "what score on the DASH counts as high risk?",
    "can an idva share a high risk DASH with marac without consent?",
    "idva here, client has moved into her own flat and is doing well",
    "the boy wants to go back to his dad",
    "our budget is 16M this year and the nursery was rated outstanding",
    "pt 17F, sprained ankle, can i tell her school",
    "OD means overdose in our notes",
    "what does SI with plan mean in a referral?",
    "the SI and the regulations say we must share",
    "sertraline 50mg od, paracetamol 1g prn, can i share the med list with the care home",
    "yp is doing well at college",
    "what does CSA stand for?",
    "is CSA the same as CSE?",
    "the CSA is chasing him for child support",
    "his csa payments stopped and mum is struggling",
    "do dentists need a chaperone for teenage patients?",
    "the dentist shuts the door for check ups to keep the noise out, the children dont mind",
    "our practice has no chaperone policy for young patients, should we write one?",
    "the nurse made comments about the young patients waiting too long",
    "what if an abuser is now a teacher?",
    "the perpetrator is now in prison",
    "put the hot iron on the ironing board",
    "mum put the iron on the side",
    "we had a picnic and the kids slept in the park",
    "a minor injury from football, mum says he fell",
    "can a minor consent to sharing?",
    "what is the legal duty to report FGM?",
    "is there a duty to report if a child tells me something?",
    "what does the law say if a pupil tells me she is happy at home?",
    "is there a duty to report if a child tells me the name of a website?",
    # the development sets' general duty questions
    "psychotherapist in private practice: do I actually have a legal duty to report if a client "
    "tells me about sexual abuse?",
    "Do teachers and youth workers have a legal duty to tell parents if a young person is "
    "self-harming?",
    "head teacher question: does the FGM mandatory reporting duty still apply if a young woman "
    "tells us after her 18th birthday that it was done when she was younger?",
]


@pytest.mark.parametrize(("message", "concerns", "contacts"), SIGNPOSTED)
def test_signposted_with_the_right_concerns_and_contacts(
    chat: Chat, message: str, concerns: str | None, contacts: set[str]
) -> None:
    signposted_in_both(BUILT_IN, chat, message, concerns or None, contacts)


@pytest.mark.parametrize("message", QUIET)
def test_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


def test_an_age_and_sex_in_clinical_shorthand_read_as_words() -> None:
    assert words_of("Pt 17F, ?pregnant; 16M") == [
        *("pt", "17", "year", "old", "female", ",", "query", "pregnant", ";"),
        *("16", "year", "old", "male"),
    ]
    assert words_of("waited 16m, costs £5M") == ["waited", "16m", ",", "costs", "5m"]
    assert words_of("flat 12F, bed 3M") == ["flat", "12f", ",", "bed", "3m"]
