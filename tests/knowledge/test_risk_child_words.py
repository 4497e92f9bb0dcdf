"""Round 13 (child words): how children, and parents repeating a child, word a disclosure.

The cues named "mum" and "willy" but not always a child's "grampy" or "wee wee". Eighty probes
(parents, teachers and nursery staff relaying a child's words, a few in a child's own voice; half
disclosures, half ordinary lines with the same words) were run BEFORE any change: 3 of 40
disclosures had no signpost and 13 of 40 ordinary lines had one. After adding the child words to
the pack (the `family` set; "wee wee" in the cues about putting and showing; one cue for photos
of a child's private parts): 0 of 40 missed, still 13 of 40 ordinary lines signposted (each kept
below as a strict expected failure naming why it fires, so that a fix shows up). Round 14's
screaming-for-joy `things` phrase fixed one ("…until she screams with laughter"), now among the
ordinary lines; 12 remain.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "my 3 year old keeps saying grampy hurts her front bottom",
        "a child at nursery said daddy puts his wee wee in her mouth",
        "my 7 year old says uncle takes photos of her front bottom",
        "my daughter said grandpa filmed her wee wee",
        "my 4 year old says her big cousin shows her his wee wee",
    ],
)
def test_a_childs_words_for_people_and_private_parts_are_signposted(message: str) -> None:
    """These had no signpost before the child words were added."""
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "my 4 year old said daddy hurts her wee wee when he baths her",
        "my daughter says grandad touches her front bottom when mummy is at work",
        "our nursery child said the man at home makes her touch his willy",
        "my 5 year old says her stepdad plays special games with her in the dark",
        "my son said his step dad makes him touch his private parts",
        "a girl in reception said her nanny's boyfriend gives her tickles under her knickers",
        "she told me mum's boyfriend gets in her bed for cuddles and she doesn't like it",
        "my 6 yo says uncle plays doctors with her and said it's their secret",
        "a little boy in my class said his big cousin makes him touch his",
        "my granddaughter said her mom's boyfriend tickles her private parts",
        "my niece said her mam's bf does special tickles in bed and she has to keep it secret",
        "the boy in year 2 said the man who lives with mummy makes him play special games",
        "my 7 year old told me her stepdad comes in for cuddles in bed with no clothes on",
        "a girl in my group said her big cousin shows her his private parts",
        "my 4 yo says nana's friend touches her foof",
        "a child in my class said her daddy whacks her with his belt",
        "my grandson says his mummy locks him in the cupboard when she goes out",
        "our nursery boy said he gets no dinner when he's naughty and is locked in his room",
        "a pupil told me her stepdad pinches her arms until they bleed",
        "my 5 year old says mum's boyfriend smacks her round the head",
        "a boy in year 3 said his mommy whacks him with a wooden spoon every day",
        "my daughter says grandad pinches her and says if she tells mummy he'll hurt the dog",
        "my 6 year old said me mam's bf locks her in her room all weekend",
        "a girl in year 1 says daddy locks her in the shed when he is angry",
        "the little one said nanny smacks her with a slipper",
        "a child told me ma dad whacks me when he's drunk",
        "my 4 year old said her step-dad makes her sleep in the garden with no dinner",
        "a boy said his big cousin punches him and locks him in the garage",
        "mummy's boyfriend hurts me and says i cant tell",
        "me mam's bf whacks me and locks me in",
        "my daddy touches my wee wee at night",
        "grandad makes me touch his private parts",
        "my stepdad plays special games with me when mum is at work",
        "i get no dinner and ma dad locks me in my room",
        "a year 4 girl said her daddy kisses her private parts",
        "my 5 yr old said the man at mummy's house made her touch his wee wee",
        "my child says grampy whacks her when nana is out",
    ],
)
def test_disclosures_in_a_childs_words_stay_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "my daughter calls her nana every night before bed",
        "we play doctors in the role play corner at nursery",
        "tickles before bed are her favourite thing",
        "my 4 year old keeps saying wee wee and laughing at everything",
        "she wants to live with mummy and her stepdad at christmas",
        "our nursery child said the man from the zoo showed them a snake",
        "my big cousin is coming to stay and my 6 year old is so excited",
        "grampy took the kids to the park and they had ice cream",
        "my mam's bf is taking us to the seaside this weekend",
        "ma dad is picking me up from school today",
        "the children played doctors and nurses with teddies",
        "we teach the pantosaurus song about private parts in reception",
        "my daughter loves tickles from her daddy",
        "my step dad makes the best pancakes",
        "my 4 year old asked why daddy has a wee wee and she has a front bottom",
        "how do I stop my toddler pinching other children at nursery?",
        "my 3 year old smacks me when he's angry, is this normal?",
        "my daughter refuses her dinner every night, what can I do?",
        "the kids had no dinner at nursery because of the fire drill, we ate at home",
        "my 6 year old said mummy's boyfriend plays football with him in the garden",
        "my granddaughter says her mom's boyfriend is really kind to her",
        "my son's big cousin taught him to ride a bike",
        "our nursery uses the words penis and vulva, some parents say wee wee, is that ok?",
        "my 4 year old locks himself in the bathroom, how do I get the lock off?",
        "me mam says I can go to the party if I finish my homework",
        "my little boy calls his step-dad daddy now",
        "we play doctors with dolls to help her get ready for the hospital",
        "granny takes her to ballet every saturday",
        "we took photos of her first day at nursery",
        "my 3 year old says grampy is poorly in hospital",
        "a girl in my class said her mommy is having a baby",
        # Round 14: screaming for joy said in the same breath is a `things` phrase
        "my 7 year old says her stepdad tickles her feet until she screams with laughter",
        # Round 40 (fa41): a shop is no one's shopping money (the money signals)
        "the boy in year 2 said the man at the shop gave him a sticker",
        # Round 46 (quiet107): a blow landing on a thing (a ball) is no one struck (risk things)
        "a child in my class said grandad whacks the ball really far",
    ],
)
def test_ordinary_lines_with_a_childs_words_are_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


def _still_signposted(message: str, why: str) -> object:
    """An ordinary line the check still signposts, for `why`: a strict expected failure."""
    return pytest.param(message, marks=pytest.mark.xfail(strict=True, reason=why))


@pytest.mark.parametrize(
    "message",
    [
        _still_signposted(
            "how do I teach my daughter the words front bottom and private parts?",
            "the bare cue 'private parts'",
        ),
        _still_signposted(
            "my son loves cuddles in bed with mummy on a sunday morning",
            "signal words 'cuddles' and 'bed'",
        ),
        _still_signposted(
            "my 5 year old plays special games with grandad on his tablet",
            "the cue 'special game|games' (kept: a grooming phrase)",
        ),
        _still_signposted(
            "my 3 year old says nanny gives the best cuddles", "a child telling beside 'cuddles'"
        ),
        _still_signposted(
            "my son whacks his sister with a toy when he's tired, how do I stop it?",
            "a blow between siblings",
        ),
        _still_signposted(
            "she locks me out of the bathroom when she's brushing her teeth", "'locks <them> out'"
        ),
        _still_signposted(
            "my 5 year old pinches her little brother's cheeks because she loves him",
            "a pinch between siblings",
        ),
        _still_signposted(
            "she told me uncle plays special games at her birthday party",
            "the cue 'special game|games' (kept: a grooming phrase)",
        ),
        _still_signposted(
            "my niece wants cuddles in bed after a bad dream", "signal words 'cuddles' and 'bed'"
        ),
        _still_signposted(
            "my daughter says nana's dog pinches her socks", "a dog's pinch after a relative's name"
        ),
    ],
)
def test_ordinary_lines_still_signposted(message: str) -> None:
    """Left as they are this round (see docs/risk-cues.md, Round 13 (child words))."""
    assert BUILT_IN.detect(message) is None
