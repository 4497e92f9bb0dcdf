"""Round 35 (fa35): ordinary messages about people of a kind, and the disclosures beside them.

People of a kind who see a harm at home, or for whom a harm is likelier ("children who witness
domestic abuse are victims in their own right", "pupils with SEND are more vulnerable to
bullying and abuse"), are a pack `kinds` phrase like "children affected by…": no one in
particular. "my two pupils who…" and "a pupil who…" still are someone.

A sentence telling what a kind of people does or faces in general ("GPs often see multiple family
members and can detect stressors such as violence or drug abuse", "health visitors are expected
to ask every mother about domestic abuse") names no one (`knowledge.risk_generic.in_general`);
one that also names someone ("teachers often shout at my son", "…the mum drinks") still tells.

"high" as much or as good ("a high number of children on plans", "a high achiever") is no one
high on drugs: a pack `things` phrase.

What a training day, a leaflet or a webinar said of a harm in general ("the county lines training
said that dealers use children to carry drugs") is read as a kind's habit is; "the trainer said
my pupil's dad…" names someone.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

KINDS_WHO_SEE_A_HARM = [
    "children who witness domestic abuse are victims in their own right under the 2021 act. "
    "what does that mean for our referrals?",
    "pupils with SEND are more vulnerable to bullying and abuse. should their records say so?",
    "young people who have witnessed domestic violence often fall behind. what support can "
    "schools offer?",
]

SOMEONE_WHO_SEES_A_HARM = [
    "my two pupils who witness domestic abuse at home are struggling, what do I do?",
    "a pupil who witnessed domestic abuse last night is in my office now",
    "our pupil is more vulnerable to abuse since her uncle moved in with them",
]


@pytest.mark.parametrize("message", KINDS_WHO_SEE_A_HARM)
def test_people_of_a_kind_who_see_a_harm_are_quiet(message: str, chat: Chat) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", SOMEONE_WHO_SEES_A_HARM)
def test_someone_who_sees_a_harm_is_signposted(message: str, chat: Chat) -> None:
    signposted_in_both(BUILT_IN, chat, message)


KINDS_IN_GENERAL = [
    "GPs often see multiple family members and can detect violence, drug or alcohol abuse early. "
    "how should we record it?",
    "social workers often see parents who drink and hit their children. what does good recording "
    "look like?",
    "health visitors are expected to ask every mother about domestic abuse. is that realistic?",
    "school nurses often see self harm and eating disorders in year 9. what should our policy say?",
    "teachers are expected to spot neglect and abuse early. what training do they need?",
    "Nurses are often faced with patients who want to kill themselves. what does the guidance "
    "say about confidentiality?",
]

SOMEONE_AMONG_KINDS = [
    "teachers often shout at my son and call him stupid",
    "staff often leave him in a wet bed all morning",
    "children are often left alone in that house, the mum drinks",
    "kids can get drugs easily outside the school gates from the lads in the park",
    "GPs often miss it but her husband hits her",
    "carers often leave residents in wet pads all night at the home where I work",
    # a role said to do harm, a place pointed at, a cue beside other people: not in general
    "teachers can hit kids at this school and get away with it",
    "nurses often ignore the call bells at night and patients are left on the floor",
    "pupils are often sent home with bruises by that childminder",
    "older boys often make the younger ones carry drugs for them after school",
    "kids often come to school hungry and dirty on this estate and nobody does anything",
]


@pytest.mark.parametrize("message", KINDS_IN_GENERAL)
def test_what_a_kind_of_people_does_in_general_is_quiet(message: str, chat: Chat) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", SOMEONE_AMONG_KINDS)
def test_someone_told_of_beside_a_kind_is_signposted(message: str, chat: Chat) -> None:
    signposted_in_both(BUILT_IN, chat, message)


HIGH_AS_MUCH = [
    "our school has a high number of children on child protection plans. can we share the list "
    "with the PTA?",
    "my son is a high achiever but he has started getting into fights at school. can I ask his "
    "teacher to keep an eye on him?",
]

HIGH_ON_DRUGS = [
    "her dad is always high when he picks her up",
    "mum is high risk and high on drugs when the baby is with her",
    "he is high most nights and the kids are left on their own",
]


@pytest.mark.parametrize("message", HIGH_AS_MUCH)
def test_high_as_much_is_quiet(message: str, chat: Chat) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", HIGH_ON_DRUGS)
def test_high_on_drugs_is_signposted(message: str, chat: Chat) -> None:
    signposted_in_both(BUILT_IN, chat, message)


A_SOURCE_IN_GENERAL = [
    "the county lines training said that dealers use children to carry drugs. how do we spot it "
    "in a primary school?",
    "our domestic abuse training said that abusers often isolate their partners from friends. "
    "should we ask about that at the GP?",
    "the webinar said kids are groomed on roblox and fortnite. should we ban gaming at our club?",
]

A_SOURCE_ON_SOMEONE = [
    "the trainer said my pupil's dad is a known abuser and he hits her",
    "the leaflet says to call 999 but her dad is hitting her now",
    "after the training on grooming a year 8 girl told me her uncle touches her",
]


@pytest.mark.parametrize("message", A_SOURCE_IN_GENERAL)
def test_what_a_training_said_in_general_is_quiet(message: str, chat: Chat) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", A_SOURCE_ON_SOMEONE)
def test_a_source_beside_someone_is_signposted(message: str, chat: Chat) -> None:
    signposted_in_both(BUILT_IN, chat, message)


KINDS_WHO_HAVE_HAD_A_HARM = [
    "as a midwife I see a lot of women who have had FGM. do I have to report every one?",
    "we support refugee women who have undergone FGM. can we share their details with the GP "
    "without consent?",
]

SOMEONE_WHO_HAS_HAD_A_HARM = [
    "two girls in my class who have had FGM are going abroad this summer",
    "a girl who has had FGM told me her little sister is next",
    "my patient who has had FGM says her daughter will be cut in the holidays",
]


@pytest.mark.parametrize("message", KINDS_WHO_HAVE_HAD_A_HARM)
def test_people_of_a_kind_who_have_had_a_harm_are_quiet(message: str, chat: Chat) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", SOMEONE_WHO_HAS_HAD_A_HARM)
def test_someone_who_has_had_a_harm_is_signposted(message: str, chat: Chat) -> None:
    signposted_in_both(BUILT_IN, chat, message)
