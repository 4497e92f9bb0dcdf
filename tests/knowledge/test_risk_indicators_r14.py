"""Indicators with no cue before Round 14, found by probing in practitioners' voices (a
childminder, a ward visitor, a volunteer driver, a pharmacist): smothering told with "on",
sedation given to keep someone quiet, a person in care left in a chair all night or told to soil
themselves, medication kept from someone at home, money sent to someone never met. Seven of
the first ten, five of the second seven and three of the last four disclosures failed before
their cues (a misspelt
"doesnt" joined the `not` set); the ordinary lines use the same words."""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "childminder - a mindee (3) said daddy put a pillow on her face when she was naughty",
        "my 5 year old says mummy's boyfriend held a cushion on his face",
        "a nurse on the ward keeps giving a patient extra sedation to keep her quiet at night",
        "the night staff leave mr jones in his chair all night because it's easier",
        "the carers left dad in his wheelchair overnight",
        "residents at the home are being told to wet themselves because there aren't enough staff",
        "my patient's husband won't let her take her insulin",
        "her son doesn't let her have her tablets unless she signs the cheques",
        "her son hides her painkillers from her and says she's addicted",
        "he has a 'girlfriend' online who he's never met and he's sent her hundreds of pounds",
        # a child's and an older person's own words (second batch)
        "my step mum dosnt feed me when dad is at work",
        "my stepdad doesnt feed us when mum is on nights",
        "i think my care home is stealing my things",
        "the carers keep nicking my mum's jewellery",
        "they keep me in my room all day at the home",
        "her parents keep her in her bedroom all weekend as punishment",
        "youth worker - lad keeps turning up with new designer clothes and a 'cousin' picks him up"
        " in a BMW",
        # a young child out late or shut outside (third batch)
        "my neighbours little girl (about 6) is always out on the street till gone 10 at night"
        " with no coat",
        "the woman next door has a different man coming every night and the kids are left on the"
        " doorstep",
        "the 5 year old from number 8 is out wandering till after dark most nights",
        "the children are locked outside on the landing when he has friends round",
        "he makes me hold stuff for him in my school bag",
        # disclosures inside practical questions (fourth batch)
        "GP practice nurse: patient's teenage daughter interprets for her and the patient never"
        " speaks. is that something to flag?",
        "is it ok to call 101? there's a car outside the school every day with two men handing"
        " things to kids through the window",
        "can you tell me if I should report this - a year 3 child said her mummy's boyfriend"
        " sleeps in her bed",
        "the man in the flat next door has a lot of different young girls visiting, some look"
        " about 13",
        "a boy in my class has been sleeping in his uniform and says his mum goes out every night",
    ],
)
def test_the_indicator_is_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "the patient needs sedation for the scan, can I tell her daughter?",
        "the dentist used sedation for my son's extraction",
        "we left the wheelchair in the hall overnight",
        "can I leave the resident in her chair while I fetch her tea?",
        "my patient won't let us tell her husband about her medication",
        "we told the kids to wet their hair before swimming",
        "I've never met her mum but I sent her the form",
        "the GP won't let my husband have his medication early",
        "mum doesnt feed him after 7 because of his reflux, should the nursery know?",
        "the care home staff are taking residents to the seaside",
        "the carers took her clothes to be washed",
        "he got new trainers for his birthday and his dad picks him up in the car",
        "my dad picks me up in his car after football",
        "my 6 year old was out at the fireworks with us till 9, is that too late for school?",
        "the kids left their bikes on the doorstep",
        "the little ones played outside in the garden after tea",
        "we left the baby's pram at the doorstep while we went in",
        "she made me hold things for her at the jumble sale",
        "the teacher made him hold the door for the class",
        "our interpreter translates for him at appointments because he doesn't speak english",
        "lots of young girls visiting the stables at the weekend, do we need a register?",
        "the teacher was handing things to the children at the school gate for the fair",
        "he was so tired he fell asleep in his uniform after the trip",
        "mum goes out every friday for yoga and dad puts the kids to bed",
    ],
)
def test_the_same_words_in_an_ordinary_line_stay_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None
