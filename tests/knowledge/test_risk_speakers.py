"""Who states "I can't tell": a child's plight, or a rule about sharing passed on.

`risk_telling.not_a_rule` sets aside the harm named in a rule someone passed on about sharing
("my manager says we can't share anything about domestic abuse"). A child or a relative who says
what happens to them and that they cannot tell ("my 6 year old said the boy next door hits her
and I can't tell mummy") gives no rule: the nearest person named before the telling phrase says
who speaks. Staff, or no one named, still give a rule. Probes written before the change; four of
the disclosures were not signposted before it.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "my 6 year old said the boy next door hits her and I can't tell mummy",
        "my 5 yr old said grandad hurts her in the bath and i can't tell mummy",
        "my 8 year old told me daddy hits mummy and I cant tell anyone or he will be cross",
        "my daughter said her uncle touches her and I mustn't tell anyone",
        "the little boy said uncle does things to him at night and I mustn't tell mummy",
        "my son says the older boys make him carry packages and he can't tell the police",
        "a girl in my class said her stepdad hurts her and she can't tell anyone",
        "my nan told me her carer takes her money and I can't tell my dad",
        "my little sister said mum's boyfriend hits her and i cant tell social services",
        "a boy in my group said his dad beats him and I'm not allowed to tell anyone",
        "my 7 year old told me her brother touches her privates and I can't tell daddy",
        "my grandson said his mum's boyfriend locks him in his room and I cannot tell his mum",
        "the kid said his step dad hits him with a belt and I can't tell anyone at school",
        "my 9 yo says the man next door hits him and I cant tell my mum",
        "my 6 yr old told me the big boy at the park hurts him and I can't tell mummy",
        "a little girl in my class said someone at home hurts her and I mustn't tell",
        "my daughter said the lodger comes in her room at night and I can't tell daddy",
        "my 7 yo said the babysitter smacks him and I can't tell mummy",
        "my 4 year old says a man in the flats touched her and I can't tell anyone",
        "my nephew told me someone at football hurts him and I can't tell his mum",
        "my son said the lad next door beats him up and I can't tell the teacher",
        "my mum said the man next door shouts at her and threatens her"
        " and I mustn't tell my brother",
    ],
)
def test_a_child_or_relative_who_cannot_tell_is_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "my manager says we can't share anything about domestic abuse without consent",
        "a colleague said I should always report self-harm",
        "the class teacher says I can't report it, is that right?",
        "my supervisor told me we can't share the domestic abuse report with the school."
        " is that right?",
        "our team leader said we must not refer cases of neglect without the parents agreeing",
        "the coach said I shouldn't report the bullying because the boy apologised",
        "my line manager says we can't tell the police about the assault"
        " without the victim's consent",
        "a teacher told me I mustn't share the child's self-harm plan with other staff",
        "the doctor said I cannot disclose the overdose to his employer",
        "the head says I can't report the bruise without asking the parents first",
        "my manager said we cannot report the injury to social services until we have consent",
        "the school nurse said I shouldn't refer the self-harm to CAMHS yet",
        "my supervisor says I must not pass on the domestic abuse concern to the GP",
        "the senco said I can't share the details of the neglect case with the class teacher",
    ],
)
def test_a_rule_on_sharing_from_staff_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "my 8 year old says she can't tell mummy what uncle does at bedtime",
        "I can't tell mummy about the man in the park",
        "my 5 yo says her brother does things she can't tell mummy about",
    ],
)
def test_a_secret_kept_from_mummy_is_a_secret_kept_from_mum(message: str) -> None:
    # A child's word for a parent: the threat cues named "mum" and "dad" but not "mummy".
    assert BUILT_IN.detect(message) is not None
