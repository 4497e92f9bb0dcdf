"""The lead's hand-found misses of round 13 (lead-findings.md, 21:00-21:20), each taken as a
class with its own ordinary look-alikes: cruel punishment out in the cold, a partner who will not
let her be seen alone, an ex who follows her, a man giving children vapes ("there's a man…" is
someone in particular), chemical restraint, special sweets and pictures, drawings of someone
hurting the child ("not sure if this is anything but…" then tells), a disabled adult's new
friends making him pay, sent away to be 'sorted out' for being gay, the means bought beside
"had enough", a caretaker taking girls to a store cupboard. All twelve failed before."""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "football coach, one of my u12s said his dad makes him stand in the garden in the cold"
        " when he loses",
        "GP receptionist, a patient rang saying her partner won't let her come to appointments"
        " alone",
        "my client says her ex is following her and turns up at her work",
        "there's a man hanging round the school gates giving kids vapes",
        "worried a resident is being overmedicated to keep him quiet",
        "child said mummy's friend gives her special sweets and takes pictures",
        "not sure if this is anything but a 10 yr old in my class keeps drawing pictures of a"
        " man hurting her",
        "man with learning disability at day centre said his new friends make him buy them stuff"
        " with his card",
        "a 17 year old has been told by his family he'll be sent back home to be 'sorted out'"
        " for being gay",
        "neighbour says she hears the kids next door being locked out in the cold for hours",
        "man came into the pharmacy asking for a lot of paracetamol, said he's had enough",
        "the caretaker keeps asking year 7 girls to help him in the store cupboard",
    ],
)
def test_the_leads_missed_disclosure_is_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "the PE teacher makes them stand outside in the cold for the warm up, is that allowed?",
        "my ex is following the new guidance on contact and turns up on time now",
        "the shop was fined for selling kids vapes, does that go on a record?",
        "mummy's friend gives her special sweets at christmas",
        "I've had enough of these paracetamol shortages at the pharmacy",
        "the caretaker asked the year 6 boys to help carry chairs into the hall",
        "is there a man on duty at the gate at home time?",
        "not sure if this counts but a parent asked for her son's file",
    ],
)
def test_the_same_words_in_an_ordinary_line_stay_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "my son was punched in a boxing match and needed stitches",
        "dad says he'll be late picking up because of work",
        "an elderly man asked his neighbour to collect his pension for him",
        "his parents argue about money sometimes, he told me",
        "I'm a practice manager at a GP surgery. A solicitor has written asking for a patient's"
        " full record for a personal injury claim, with a signed consent form from the patient."
        " Do we just send it?",
        "my client has been drinking less since starting the programme",
        "mum has cancer and dad is caring for the kids",
    ],
)
def test_the_leads_false_alarms_stay_quiet(message: str) -> None:
    """Things named with harm words (`things`): a sport, a late pick-up with its reason, a
    pension collected on someone's behalf, a couple's rows about money, a kind of claim,
    drinking less, a parent caring for the children."""
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "her boyfriend punched her in the face at the boxing club car park",
        "they argue about money every night and he hit her last week",
        "her son collects her pension for her and keeps most of it",
        "he's drinking less but still hits the kids when he's drunk",
        "a woman we support says her husband strangled her",
        "the boxing coach punched one of the lads in the face for answering back",
        "dad was late picking them up again because he was drunk",
        "mum forgot to pick him up again and he waited till 7",
        "mum has MS and my 12 year old is caring for the little ones and her",
        "mum has cancer and dad works away so my son is looking after his little sisters every"
        " night",
    ],
)
def test_the_same_things_beside_harm_are_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None
