"""Harm words read in another sense in practice questions (round 19, fa-practice19).

Each ordinary line was signposted on a development practice set by a slip of reading, not a
judgement: "deal with" read as drug dealing, a drug and alcohol worker's job as drugs, a school
keeping bank details as control, a bank asking for information as money taken, "owe him
confidentiality" as a debt, "got hold of" as holding for someone, what the writer calls no abuse
as abuse, a promise of confidence as a threat to keep quiet, an accident as self-harm, a threat
supposed in a rule ("if I ever threatened someone"), an older man's welfare as grooming, and
"scared" (which stems like "scar") as an injury. Each is a `things` phrase of the pack; the
disclosures of the same shape beside them are still signposted.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        # practice-dev12: dealing with a parent, not drugs.
        "teacher: a child's parents have just split up and mum has asked me to deal only with"
        " her. do I still have to keep dad informed?",
        # practice-dev9: the writer's job.
        "drug and alcohol worker: does the Data Protection Act stop us sharing information"
        " about a family we're worried about?",
        # practice-dev8: a school holding details, not someone controlling money.
        "why does my child's secondary school keep my bank details and information about court"
        " orders on file?",
        # practice-dev15: a bank asking, not money taken.
        "a bank has asked me for info about a client I support and attached a consent form he"
        " apparently signed. is that enough for me to send it?",
        # practice-dev5: a duty owed, not a debt.
        "A relative has asked our pharmacy what medicines her late father was on. Do we still"
        " owe him confidentiality after death?",
        # practice-dev15: obtaining records, not holding something for someone.
        "my ex got hold of my prescription history from the pharmacy during our divorce and gave"
        " it to the children's lawyer. were they allowed to give it out?",
        # practice-dev12: a promise of confidence with its limit, not "don't tell anyone".
        "youth centre: we tell young people we won't tell anyone unless someone is in danger. do"
        " we have to talk to them first before we pass it on?",
        # practice-dev15: an injury in an accident, not self-harm.
        "paramedic: while I was treating him a patient admitted he hurt himself breaking into a"
        " house. police on scene want to know what he said. do I have to tell them?",
        # practice-dev12: a threat supposed of the writer in a rule of confidence.
        "my new counsellor says if I ever threatened someone she'd have to tell the police and"
        " the person. is that actually the rule?",
        # practice-dev14: an older man whose welfare is the matter, not one after a child.
        "if I'm worried about an older man's welfare, can I assume his GP or social worker will"
        " already have passed it on?",
        # practice-dev6: "scared" is no scar.
        "our nursery staff didn't pass on a worry because they were scared of losing the"
        " parent's trust (and the place). How should they decide whether to share?",
    ],
)
def test_practice_questions_with_a_harm_word_in_another_sense_are_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None


def test_what_the_writer_calls_no_abuse_is_not_abuse() -> None:
    # practice-dev15: the secret asked of the writer may still count; the abuse does not.
    found = BUILT_IN.detect(
        "youth pastor - a lad told me something that isnt abuse but his parents would want to"
        " know, and asked me not to tell them. am I obliged to?"
    )
    assert found is None or not {"physical-abuse", "adult-abuse-neglect"} & set(found.categories)


@pytest.mark.parametrize(
    "message",
    [
        "he's dealing from the flat",
        "my son's mate is dealing with older lads from the estate and has loads of cash",
        "my uncle said they'll deal with me if I tell anyone",
        "drug and alcohol worker: my client's partner hits her and takes her benefits",
        "her dad is a drug dealer and leaves her alone at night",
        "he keeps her bank card",
        "my partner keeps my bank card and gives me £10 a week",
        "the school keeps my son's records but he comes in with bruises every week",
        "the bank rang because someone's been taking money out of my nan's account",
        "the bank has asked me why my dad's carer keeps withdrawing cash from his account",
        "he owes the older lads money and they said they'll hurt him",
        "she owes them for the weed and now they want her to hold stuff for them",
        "he got hold of her phone and reads all her messages",
        "a lad told me his stepdad hits him but asked me not to tell anyone",
        "he said not to tell anyone or he'd hurt my mum",
        "she hurt herself on purpose",
        "he keeps hurting himself on purpose when he's upset",
        "she's been cutting herself and says she hurt herself falling",
        "staff were scared of him, he has scars on his arms",
        "she's seeing an older man who picks her up from school",
        "the older man next door keeps giving her money and asking about her health",
        "he threatened someone with a knife at school",
        "if he ever threatens me again I don't know what I'll do, he hit me last week",
        "he said if I ever tell anyone I'll be sorry",
        "she's scared of her stepdad's temper and won't go home",
        "the drug worker says mum is using again and leaves the baby alone",
    ],
)
def test_disclosures_of_the_same_shape_are_still_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


def test_a_forearm_is_no_firearm() -> None:
    # harm-dev15: typo correction took "forearm" for "firearm"; real words of another sense are
    # the pack's `known_words` now, never corrected.
    assert (
        BUILT_IN.detect(
            "mum's been on the ward a week since her fall and they've only just x-rayed and found"
            " her forearm's broken. now she can't use her frame so discharge is delayed. can I"
            " ask why it was missed?"
        )
        is None
    )
    found = BUILT_IN.detect("one of my tutees has cuts all up her forearm, fresh ones")
    assert found is not None
    assert "weapons" not in found.categories


@pytest.mark.parametrize(
    "message",
    [
        "my son's friend found a firearm in his uncle's shed and brought it to school",
        "he pleaded with me not to tell his dad about the bruises",
        "she said he smacks her when she won't do as he says",
    ],
)
def test_cue_words_beside_the_known_words_are_still_read(message: str) -> None:
    assert BUILT_IN.detect(message) is not None
