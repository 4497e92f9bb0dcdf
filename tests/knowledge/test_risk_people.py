"""Who a question is about: someone in particular, or anyone of a kind.

A question that names people only as a kind ("16 and 17 year olds", "the visitors") or
refers back to a kind it brought in ("a tenant … the tenant") asks about the rules, not about
someone at risk; the same words said of someone in particular still lead with the signpost.
"""

from __future__ import annotations

from knowledge.loader import qa_words
from knowledge.risk import RiskDetector
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()
DETECTOR = RiskDetector(KNOWLEDGE.risk, qa_words(KNOWLEDGE.entries))


def test_a_question_about_people_of_an_age_is_about_the_definition() -> None:
    asked = (
        "Does the official definition of domestic abuse include 16 and 17 year olds, "
        "and coercive control?"
    )
    assert DETECTOR.detect(asked) is None


def test_one_person_of_that_age_under_coercive_control_is_signposted() -> None:
    told = (
        "Does this count? A 17 year old in my group says her boyfriend uses coercive control, "
        "she can't see friends."
    )
    assert DETECTOR.detect(told) is not None


def test_a_plural_of_ones_own_is_still_someone_in_particular() -> None:
    assert (
        DETECTOR.detect("Should I tell the school my kids have been hit by their dad?") is not None
    )


def test_the_tenant_a_question_brought_in_as_a_tenant_is_anyone() -> None:
    asked = (
        "Can a housing association go for possession against a tenant whose home has been "
        "cuckooed, when it's the visitors and not the tenant causing the anti-social behaviour?"
    )
    assert DETECTOR.detect(asked) is None


def test_the_tenant_a_practitioner_knows_is_signposted() -> None:
    asked = "Can I tell the police the tenant downstairs has been cuckooed?"
    assert DETECTOR.detect(asked) is not None


def test_the_parents_of_a_child_in_a_question_are_anyones() -> None:
    asked = "do we need the parents' consent to share with the police about a missing child?"
    assert DETECTOR.detect(asked) is None
    told = "Our pupil is missing since last night and the parents haven't reported it."
    assert DETECTOR.detect(told) is not None


def test_she_in_a_question_about_a_client_of_any_service_is_anyone() -> None:
    asked = (
        "When would a domestic abuse service pass on a client's information without her consent?"
    )
    assert DETECTOR.detect(asked) is None


def test_she_in_a_question_about_someone_the_asker_knows_is_signposted() -> None:
    assert DETECTOR.detect("Can I tell the police a girl in my class said her dad hits her?")
    assert DETECTOR.detect("Can I share that a pupil said she is scared because he hits her?")


def test_a_question_after_saying_who_is_asking_is_still_a_question() -> None:
    asked = (
        "As a doctor, do I have to be sure a child is at risk of significant harm before I "
        "tell children's services?"
    )
    assert DETECTOR.detect(asked) is None


def test_saying_who_is_asking_does_not_hide_a_child_described() -> None:
    told = "As a teacher, can I tell social care that a boy in year 4 has bruises on his back?"
    assert DETECTOR.detect(told) is not None


def test_a_question_quoted_inside_a_telling_does_not_make_it_a_question() -> None:
    told = (
        "Same girl, maybe 14, gets into taxis with different men most nights, driver asks "
        "'how old are you love?' and she looks scared."
    )
    assert DETECTOR.detect(told) is not None
