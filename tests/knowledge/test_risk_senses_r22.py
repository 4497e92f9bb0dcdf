"""Look-alike ordinary messages made quiet by structure, disclosures beside them kept (round 22).

Four readings (docs/risk-cues.md, "Round 22"), each tested on wordings no development set or
probe file holds:

- a word the light stem folds into another word of another meaning keeps a stem of its own
  ("in plaster" is not "plastered", "kidney stones" not "stoned", "ended it with her
  girlfriend" not "end it", "scared" not "scar"), in the pack and in messages alike;
- a fall, then "and hurt her wrist" by the one who fell, is an accident to one's own body; a
  word of the `violent` set after "the" or "a" ("at the end of term") is no blow before a fall;
- someone in care who went missing once and is told found safe is an event that is over: the
  missing family's signs before it are set aside, every other sign counts;
- a complaint upheld is a closed matter; a log of injuries is a record, not an injury; "says
  nothing is broken" calls no one "nothing".

The four disclosures caught before only through a stem collision keep their signpost through a
cue of their own sense.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.linear import grows_in_step
from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector

QUIET = [
    # word forms
    "my son's wrist is still in plaster so he can't write in his exams, can school give him a"
    " scribe?",
    "dad's had kidney stones and the hospital wants him back for a scan, can I ring them for him?",
    "my 5 yr old got scared at the cinema and cried all the way home, was the film too old for"
    " her?",
    # a fall, then the one who fell hurt their own body
    "my daughter slipped on the stairs at swimming and hurt her wrist, the leisure centre won't"
    " give me the incident report",
    "my son fell off the climbing wall at a party and twisted his ankle, can the venue share"
    " their CCTV?",
    # "the end" of term is no blow before the fall
    "at the end of term a child fell off the climbing frame and needed stitches in her chin,"
    " should I have told ofsted?",
    # someone in care found safe
    "nursing home nurse: a patient with dementia walked out of the ward overnight and was located"
    " safe and well in the car park. who needs to know?",
    # a record kept of injuries
    "must a childminder keep a log of injuries to the children she minds, even if they didn't"
    " tell her at the time?",
    # a complaint upheld; saying nothing
    "the council upheld my complaint about mum's carers missing visits and the new agency is"
    " great. should I still tell CQC?",
    "mum tripped over the cat and bruised her hip, the GP says nothing is broken. can she still"
    " drive?",
]

SIGNPOSTED = [
    "mum's boyfriend gets plastered every night and hits her",
    "my friend says she wants to end it, she's been stockpiling pills",
    "dad comes home stoned and leaves my little brother on his own",
    "year 9 boy has scars all over his arms and says he cuts himself",
    "my 8 yr old is scared of her stepdad and has a scar on her cheek she won't explain",
    "she fell and hurt her arm when her stepdad pushed her down the stairs",
    "my daughter fell off the sofa and her dad twisted her arm to get her up",
    "a 6 yr old told me he fell in the bath and his mum's boyfriend hurt his back",
    "her stepdad picked up the knife and she fell and cut her hand running away from him",
    "at the end of the day he slapped her and she fell and cut her head on the table",
    "a resident with dementia keeps walking out at night, police found her on the main road again",
    "a resident with dementia went missing from the home and was found safe but with bruises all"
    " over her arms",
    "a resident walked out of the home last night and police found her in a stranger's flat,"
    " she's not safe there",
    "the nursery's record of injuries shows my son came in with bruises on his face four times"
    " this term",
    "mum's carers keep missing visits and she's been left in a soiled bed for two days",
    "my 14 yr old went missing last night and police found her safe at 4am in a car with two"
    " older men",
]

# Caught before only because "scared"/"scar", "stone cold"/"stoned", "scars"/"scares" shared a
# stem; each now through a cue of its own sense, worded afresh.
OWN_SENSE = [
    (
        "my 13 yr old pupil is terrified that if we tell anyone she'll be taken into care",
        "young-carer",
    ),
    (
        "I'm worried my neighbour isn't managing to look after himself any more",
        "adult-abuse-neglect",
    ),
    (
        "every time I visit dad at the nursing home his dinner is left untouched on the tray",
        "adult-abuse-neglect",
    ),
    ("a year 8 girl was showing her friends her scars in the changing room", "self-harm-suicide"),
    ("a 12 yr old in my class goes home at lunch to check on his dad who has MS", "young-carer"),
]


@pytest.mark.parametrize("message", QUIET)
def test_the_look_alike_is_quiet(chat: Chat, message: str) -> None:
    assert BUILT_IN.detect(message) is None
    assert not chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", SIGNPOSTED + [m for m, _ in OWN_SENSE])
def test_the_disclosure_is_still_signposted(chat: Chat, message: str) -> None:
    assert BUILT_IN.detect(message) is not None
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize(("message", "category"), OWN_SENSE)
def test_the_sense_is_read_by_its_own_cue(message: str, category: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None and category in finding.categories, finding


@pytest.mark.parametrize(
    "unit",
    [
        "a resident with dementia walked out, found him safe and ",
        "she fell off the slide and hurt her arm and ",
    ],
)
def test_the_new_readings_grow_in_step_with_the_message(unit: str) -> None:
    linear, small, large = grows_in_step(BUILT_IN.detect, unit)
    assert linear, (small, large)
