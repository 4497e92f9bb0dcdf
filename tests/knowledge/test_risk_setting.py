"""Harm words used as a label are not a disclosure; the same words said of someone now are.

A service or a job named by a harm ("the domestic abuse coordinator"), someone's record
("arrested for hitting"), a kind of people ("victims of abuse"), a matter that is closed ("the
court case … finished") and another person's enquiry about an incident ("a mum wants to know
which child hit her son") hold harm words that say nothing about a risk now. Each rule is shown
on a small pack, with the same message signposted when the pack lacks the rule, and then on the
built-in pack in the words practitioners type.
"""

from __future__ import annotations

from typing import Any

import pytest

from knowledge import risk_schema, risk_schema_merge
from knowledge.risk import RiskDetector
from knowledge.risk_pack import RiskPack
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()
BUILT_IN = KNOWLEDGE.risk_detector


def _detector(**settings: tuple[str, ...]) -> RiskDetector:
    """A small pack: one category whose cues are "abuse" and "hit", the built-in pack's markers
    (the closed classes of words the settings read), plus the settings given."""
    pack: dict[str, Any] = {
        "kind": "risk",
        "people": ("he|she|his|her|him|they",),
        "telling": ("says|told",),
        "categories": (
            {
                "id": "abuse",
                "name": "Abuse",
                "concerns": "either",
                "contacts": ("safeguarding-lead",),
                "cues": ("abuse|abused|abusing", "hit|hits|hitting"),
            },
        ),
        "markers": KNOWLEDGE.risk.markers,
        **settings,
    }
    return RiskDetector(RiskPack.model_validate(pack))


def _signposted(detector: RiskDetector, text: str) -> bool:
    return detector.detect(text) is not None


def test_harm_words_naming_a_service_or_a_job_are_a_name() -> None:
    named = _detector(names=("coordinator|team",))
    asked = "she is our abuse coordinator and wants the minutes"
    assert not _signposted(named, asked)
    assert _signposted(_detector(), asked)  # the rule is what keeps it quiet
    # The harm itself is still heard beside the name, and "my team" is no name.
    assert _signposted(named, "she is our abuse coordinator and her partner hits her")
    assert _signposted(named, "he says his dad hit my team mate")


def test_an_offence_on_someones_record_is_not_a_harm_now() -> None:
    recorded = _detector(records=("arrested|convicted for|of",))
    asked = "he was arrested for hitting his neighbour, can we share his records?"
    assert not _signposted(recorded, asked)
    assert _signposted(_detector(), asked)
    # Someone within his reach again, or someone's own words, keep the sign.
    assert _signposted(recorded, "he was arrested for hitting her and has moved back in")
    assert _signposted(recorded, "she says he was arrested for hitting her")
    # Only a few words after the record count as the offence.
    assert _signposted(recorded, "he was arrested for theft last year and today he hits her")


def test_people_named_as_a_kind_by_a_harm_are_not_someone_at_risk() -> None:
    kinds = _detector(kinds=("victims|families of|affected",))
    told = "we run a group for victims of abuse and they want a newsletter"
    assert not _signposted(kinds, told)
    assert _signposted(_detector(), told)
    # A possessive or a number before them makes them someone in particular.
    assert _signposted(kinds, "my two families affected by abuse say he hits them")
    assert _signposted(kinds, "the victims of abuse at the home are still there with him")


def test_a_closed_matter_holds_no_sign_in_its_clause() -> None:
    closed = _detector(closed=("case ... * ... finished|closed",))
    asked = "the court case about the abuse at the home finished, they want the records"
    assert not _signposted(closed, asked)
    assert _signposted(_detector(), asked)
    # It goes on ("again"), or another clause tells of harm now.
    assert _signposted(closed, "the case was closed but he is abusing her again")
    assert _signposted(closed, "the case about him finished, and now he hits her")


def test_harm_long_ago_is_closed_unless_the_one_it_happened_to_tells_it() -> None:
    closed = _detector(closed=("in the 1980s|1990s",))
    asked = "a man who was abused at the home in the 1990s wants his file"
    assert not _signposted(closed, asked)
    assert _signposted(_detector(), asked)
    assert _signposted(closed, "he abused me at the home in the 1990s and I never told")
    assert _signposted(closed, "I was abused at the home in the 1990s, he still works there")


def test_what_someone_said_keeps_only_its_own_sentence() -> None:
    recorded = _detector(records=("arrested for",))
    # The telling is in another sentence: the record still holds its offence.
    assert not _signposted(recorded, "he was arrested for hitting his neighbour. She says so.")
    assert _signposted(recorded, "She says he was arrested for hitting her.")


def test_another_persons_enquiry_about_an_incident_is_not_a_disclosure() -> None:
    enquiring = _detector(enquiries=("wants to know which|who",))
    asked = "a mum wants to know which child hit her son at nursery, can I tell her?"
    assert not _signposted(enquiring, asked)
    assert _signposted(_detector(), asked)
    assert _signposted(enquiring, "she wants to know if it is normal that he hits her")
    # Asking over and over is still an enquiry, not what someone told.
    asking = _detector(enquiries=("asking * which",), telling=("keeps asking|saying",))
    assert not _signposted(asking, "her mum keeps asking me which boy hit him")
    assert _signposted(asking, "her mum keeps saying he hit him")


def test_a_general_question_about_parents_and_their_child_names_no_one() -> None:
    asked = "Can a school tell parents that a pupil in their child's class has been self-harming?"
    assert BUILT_IN.detect(asked) is None
    # The same words told about someone are a disclosure.
    assert BUILT_IN.detect("a pupil in my class has been self-harming, I saw the cuts") is not None


def test_an_organisations_pack_adds_settings() -> None:
    built_in = risk_schema.RiskPack.model_validate({"kind": "risk", "names": ("coordinator",)})
    own = risk_schema.RiskPack.model_validate(
        {"kind": "risk", "names": ("navigator",), "closed": ("nfa",)}
    )
    merged, _ = risk_schema_merge.merge_risk_packs([("built-in", built_in), ("ours", own)])
    assert merged.names == ("coordinator", "navigator")
    assert merged.closed == ("nfa",)


@pytest.mark.parametrize(
    "text",
    [
        # a service or a job
        "Our self-harm support group volunteers ask what they can tell the youth workers.",
        "The sexual assault referral centre has asked for the GP records. Can we send them?",
        "I'm a missing persons coordinator for the police. What can schools tell me?",
        "As the child exploitation lead, can I ask schools for attendance data on every pupil?",
        # someone's record
        "The police asked for the records of a patient arrested for assaulting his neighbour. "
        "Do I need his consent?",
        "A tenant was charged with stabbing someone in the town centre. Can the housing officer "
        "tell the neighbours?",
        # a kind of people
        "Our service works with families affected by parental substance misuse. Do we need "
        "consent to share with schools?",
        "We run a group for young carers. Can we tell their teachers they attend?",
        "We're setting up a support group for non-abusing mums whose children were sexually "
        "abused by someone they knew. What should the group agreement say?",
        "An adult who was abused in our care in the 1990s has asked for his records. What do we "
        "have to give him?",
        # a closed matter
        "The court case about the abuse at the children's home finished last year. How long "
        "should we keep the records?",
        "The man who assaulted one of our residents was convicted and jailed last month. Do we "
        "still need to keep the safeguarding file open?",
        # another person's enquiry
        "A dad wants to know why another child who hit his son was not excluded. What can I "
        "tell him?",
        "A mum asked me whether the boy who punched her son will be excluded. What am I allowed "
        "to say?",
        "Another mum keeps asking me which boy hurt her son at football. Can I say?",
        "Police want to know about a sex offender living in one of our flats. What can we give "
        "them?",
        "The abuse happened in 2004 and the man has since died. Do we keep the records?",
    ],
)
def test_the_built_in_pack_hears_a_label_as_a_label(text: str) -> None:
    assert BUILT_IN.detect(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "our domestic abuse coordinator says one of our nurses is being beaten by her husband",
        "the police told us her ex who was jailed for stabbing her has been released and is "
        "outside the school",
        "a man convicted of sexual offences has moved in with my client and her two little girls",
        "my stepdad abused me when I was 10 and he still lives with my little sister",
        "one of the residents is being hit by a carer, the case was closed but it's happening "
        "again",
        "a child in care has gone missing again and was seen with older men",
        "in our group for children affected by domestic abuse a boy said his dad choked his mum "
        "yesterday",
        "one of the young carers I support says her mum hits her when she's drunk",
        "I was abused by a priest in the 1980s and he is still working with children",
        "a known sex offender keeps hanging around the school gates talking to the year 7s",
        "Another pupil hurt her son at football and now he's scared to go and has bruises on his "
        "legs",
        "a mum rang asking if we could help because her partner strangled her last night",
    ],
)
def test_the_built_in_pack_still_hears_harm_now_beside_those_words(text: str) -> None:
    assert BUILT_IN.detect(text) is not None


def test_examples_listed_after_a_general_question_are_part_of_it() -> None:
    # "e.g." no longer ends a sentence, and a list after "what counts as…?" goes on asking.
    general = RiskDetector(
        RiskPack.model_validate(
            {
                "kind": "risk",
                "people": ("he|she|his|her|him",),
                "any_person": ("someone|someones",),
                "general": ("count|counts as",),
                "question_words": ("what",),
                # after a "?" too (round 30: the code's own "eg", "ie" before)
                "markers": {"examples": ("eg", "ie", "etc")},
                "categories": (
                    {
                        "id": "control",
                        "name": "Coercive control",
                        "concerns": "either",
                        "contacts": ("safeguarding-lead",),
                        "cues": ("tracking * phone",),
                    },
                ),
            }
        )
    )
    assert general.detect("What counts as control - e.g. tracking someone's phone?") is None
    assert general.detect("What counts as control? E.g. tracking someone's phone?") is None
    assert general.detect("What counts as control - etc, tracking someone's phone?") is None
    # Named someone in particular, the example is a telling.
    assert general.detect("What counts as control? e.g. he is tracking her phone") is not None


@pytest.mark.parametrize(
    "text",
    [
        "Running a parenting course - at what point does physical punishment count as physical "
        "abuse? e.g. using an object, hitting the face, leaving a bruise?",
        "In the Seabank care home case, the worker who dragged a resident by the ankles was "
        "struck off - why were no criminal charges brought?",
        "Working in a sexual health clinic - do I have to get the young person's agreement "
        "before I refer to social care?",
        "For a council scrutiny paper: why are drug gangs targeting council tenants with dementia "
        "for cuckooing?",
    ],
)
def test_the_built_in_pack_reads_examples_and_outcomes_as_ordinary(text: str) -> None:
    assert BUILT_IN.detect(text) is None


def test_the_built_in_pack_still_hears_a_threat_and_an_example_about_someone() -> None:
    assert BUILT_IN.detect("he said he has to get rid of her before she talks") is not None
    assert BUILT_IN.detect("is this abuse? e.g. he hits her when he is drunk") is not None
