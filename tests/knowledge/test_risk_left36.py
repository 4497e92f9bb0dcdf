"""Round 36 (r1k36): quiet disclosures and wrong contacts left at round 35's end.

Each signposted message names its person at risk and the contacts that must be shown; the
look-alikes beside them tell of nobody in particular and stay quiet.
"""

from __future__ import annotations

import pytest

from knowledge.risk import stem_word
from knowledge.risk_ages import young_age_at
from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

# (message, whom the harm concerns or None for any, contacts that must be named)
SIGNPOSTED = [
    # "means" as the word of a cue of harm, not a question of meaning (was quiet)
    ("pt has SI with plan and means", None, {"safeguarding-lead"}),
    ("pt has SI with means", None, {"safeguarding-lead"}),
    ("yp disclosed SI with plan and means", "child", {"childrens-social-care"}),
    ("the night staff are mean to him and leave him wet", None, {"adult-social-care"}),
    # a trip abroad a girl told the writer of is a particular journey (was quiet)
    (
        "what should i do if a girl tells me she is going abroad for FGM",
        "child",
        {"childrens-social-care"},
    ),
    ("what should I do if a pupil told me she's being taken abroad for cutting", None, set()),
    # a case told inside a frame, what it counts as after it (was quiet)
    (
        "on the training day they said my student's boyfriend hitting her counts as domestic abuse",
        None,
        {"safeguarding-lead"},
    ),
    # a rule on sharing said of someone in particular decides about her (was quiet)
    (
        "the guidance says this girl should be referred as her brother sexually abuses her",
        None,
        {"childrens-social-care"},
    ),
    # a small child left alone, the age typed as one word (was adult contacts only)
    ("my neighbour leaves her 3yo alone", "child", {"childrens-social-care"}),
    ("my neighbour leaves her 3 y/o alone", "child", {"childrens-social-care"}),
    ("my neighbour leaves her 18mo alone", "child", {"childrens-social-care"}),
    # a grown-up left alone, or a woman harmed beside the child, stays as it was
    ("my neighbour leaves her mum alone", "adult", {"adult-social-care"}),
    ("mum leaves the 3yo alone and her partner hits her", "either", {"adult-social-care"}),
    ("mum says she leaves the 3yo alone at night", "child", {"childrens-social-care"}),
    ("my neighbour leaves her 3 yo alone", None, {"childrens-social-care"}),
    ("my neighbour leaves her 3yr old alone", None, {"childrens-social-care"}),
    # a baby's age just after a note's query of NAI (was either: adult contacts too)
    ("?NAI, 6 weeks, bruise to ear", "child", {"childrens-social-care"}),
    ("query NAI, 3 months, torn frenulum", "child", {"childrens-social-care"}),
    # a note's weeks as a fraction of a year
    ("?NAI, 6/52, bruise to ear", "child", {"childrens-social-care"}),
    # a grown son who keeps his mother's money: financial abuse of an adult (was read as a
    # child paid to look after things, child contacts only)
    (
        "the PCSO says her son looks after his money and she hasnt seen any of it",
        "adult",
        {"adult-social-care"},
    ),
    (
        "my daughter looks after my pension and I haven't had a penny",
        "adult",
        {"adult-social-care"},
    ),
    # a child paid to mind things still is
    ("they pay him to look after stuff for them", "child", {"childrens-social-care"}),
    # adult social care's people and places (were "either": children's social care and LADO)
    ("a colleague hit a service user", "adult", {"adult-social-care"}),
    ("a volunteer at our day centre pushed a man over", "adult", {"adult-social-care"}),
    ("A service user has threatened to jump off the bridge.", "adult", {"adult-social-care"}),
    # an older man pushed is an adult harmed, no sign of grooming (was grooming too: either)
    ("a volunteer at our day centre pushed an older man over", "adult", {"adult-social-care"}),
    ("a carer slapped an older woman at the home", "adult", {"adult-social-care"}),
    # an older man who harms a girl is still a sign of grooming
    ("she's seeing an older man and he hit her", "either", {"childrens-social-care"}),
    ("my 14yo's older boyfriend hit her", None, {"childrens-social-care"}),
    # a child named there is still a child's concern
    (
        "a volunteer at the day centre slapped a 12 year old",
        None,
        {"childrens-social-care", "lado"},
    ),
]

QUIET = [
    "what does SI mean",
    "what if a pupil has SI",
    "what does SI with plan and means mean?",
    "what does Prevent mean",
    "can you tell me what Prevent means",
    "what should I do if I suspect FGM",
    "what should I do if I suspect a girl is going abroad for FGM",
    "what should I do if a girl tells me about FGM",
    "what should I do if a parent tells me they are going abroad for the summer and I'm worried "
    "about FGM?",
    "what should I do if a student tells me they're at risk of honour-based violence",
    "if a girl tells me she is going abroad this summer, is that a sign of FGM?",
    "on the training day they said a boyfriend hitting her counts as domestic abuse",
    "the training said a girl's boyfriend hitting her counts as domestic abuse",
    "does a boyfriend hitting his girlfriend count as domestic abuse?",
    "the guidance says a girl should be referred if her brother sexually abuses her",
    "my manager says we can't share anything about domestic abuse without consent",
    "a colleague said I should always report self-harm",
    "the DSL says my manager should be told about the sexual abuse policy",
    "the DSL says our students must report sexual harassment to her",
    "the GP said my mum can share her records about the abuse she suffered years ago",
    "i have lived alone for 18 months",
    "what does 6/52 mean in a discharge letter?",
    "my son looks after my money, what is an LPA?",
    "can a 3yo be left alone for a minute while I answer the door?",
]


@pytest.mark.parametrize(("message", "concerns", "contacts"), SIGNPOSTED)
def test_signposted_with_the_right_concerns_and_contacts(
    chat: Chat, message: str, concerns: str | None, contacts: set[str]
) -> None:
    signposted_in_both(BUILT_IN, chat, message, concerns, contacts)


# an adult harmed by staff: no LADO, no children's social care (r1h35's adult contacts)
NOT_FOR_CHILDREN = [
    "a colleague hit a service user",
    "a volunteer at our day centre pushed a man over",
    "a volunteer at our day centre pushed an older man over",
]


@pytest.mark.parametrize("message", NOT_FOR_CHILDREN)
def test_no_childrens_contacts_for_an_adult(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert not {"lado", "childrens-social-care"} & set(finding.contacts), finding


@pytest.mark.parametrize("message", QUIET)
def test_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


# One reader of a typed age (`knowledge.risk_words.age_in_word`) in the ordinary-cause and
# young-carer rules too: "2yo", "2 yo" as "2 year old"; "25yo" as an adult's age.
@pytest.mark.parametrize(
    ("typed", "young"),
    [
        ("a 2 year old hit", True),
        ("a 2yo hit", True),
        ("a 2 yo hit", True),
        ("a two year old hit", True),
        ("the two hit", False),
        ("a 7yo hit", False),
        ("a 7 year old hit", False),
    ],
)
def test_a_young_age_however_typed(typed: str, young: bool) -> None:
    words = [stem_word(w) for w in typed.split()]
    at = len(words) - 1
    assert any(young_age_at(words, j - 2, at) for j in range(at)) is young


def test_a_grown_carer_age_typed_as_one_word() -> None:
    finding = BUILT_IN.detect(
        "my brother, 25yo, looks after our mum and does all her personal care"
    )
    assert finding is None or "young-carer" not in finding.categories, finding


# A duration between commas in an adult's note is no baby's age (the child's contacts alone
# would be wrong): a first try at "?NAI, 6 weeks" split such lists and read them so.
@pytest.mark.parametrize(
    ("message", "concerns"),
    [
        ("client says her partner hit her, 2 weeks, still bruised", "either"),
        ("elderly lady, 3 months, no carer has been, bruises on her arms", "adult"),
    ],
)
def test_a_duration_in_an_adults_note(message: str, concerns: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert finding.concerns == concerns, finding
