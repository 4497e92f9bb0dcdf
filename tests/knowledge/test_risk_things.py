"""An ordinary thing named with a harm word: a diagnosis, a drink, a care need, a distance.

"she has breast cancer", "he drinks too much coffee", "her care package was cut to twice a
day", "mum's in neuro rehab", "he can now sit on his own": a sign of harm whose last word lies
inside a pack `things` phrase names the thing, not a harm. Every other sign of the message still
counts ("he drinks too much coffee and then hits her"), and a harm word next to the same body
part or drink is still a harm ("he touched her breast", "mum drinks vodka in her coffee").
Lines written before the rule (Round 12), in the words practitioners type.
"""

from __future__ import annotations

import pytest

from knowledge.risk import RiskDetector
from knowledge.risk_pack import RiskPack
from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        # a drink that is not alcohol
        "he drinks too much coffee",
        "my dad drinks a lot of tea",
        "she drinks loads of water after PE",
        "mum drinks too much diet coke",
        "he drinks energy drinks every morning before school",
        "my son drinks too many fizzy drinks, is that ok for his teeth?",
        # a diagnosis or a care need
        "she has breast cancer",
        "mum is having a breast lump checked next week",
        "she's just had breast surgery and can't lift her arm",
        "she's in neuro rehab after a stroke",
        "mum's in a neuro rehab hospital, in a wheelchair with the use of one arm, due home in a"
        " month. dad lives alone in a house full of stairs and they've promised him a carer's"
        " assessment",
        "hairdresser. a client burst into tears after her highlights - she's got breast cancer"
        " and two months to live and says she's made peace with it. what do I say when she"
        " comes back?",
        # a service reduced
        "her care package has been cut to twice a day",
        "his visits were cut to once a week",
        "mum came home after ten days with a care package three times a day for six weeks. it's"
        " already been cut to twice a day because my sister and I are here",
        # an illness, a benefit, shopping, a fear of an ordinary thing, one's own bills
        "dad had a heart attack and is in intensive care",
        "she's been having panic attacks before exams",
        "the resident with dementia is on end of life care",
        "her PIP was cut after reassessment",
        "mum is housebound and gets her shopping delivered",
        "my tenant is always late with the rent but is lovely",
        "he lost his job and is struggling to pay the bills",
        "she's scared of needles and won't have her jabs",
        "he's terrified of the dentist",
        "my son is petrified of fireworks",
        "he's addicted to his xbox",
        "she's been hit hard by the cost of living",
        "my son trapped his finger in the door at nursery",
        # an ability of one's own body
        "nursery key worker. a boy who turns 4 soon was born very premature and has quadriplegic"
        " cerebral palsy. he can now sit on his own and stands in a frame, has an EHCP, and his"
        " parents are choosing between mainstream and special school",
    ],
)
def test_an_ordinary_thing_named_with_a_harm_word_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "he drinks too much and then hits her",
        "he drinks too much coffee and then hits her",
        "dad drinks every night and then shouts at us",
        "mum drinks vodka in her coffee before the school run",
        "he drinks a lot and passes out on the sofa while the baby cries",
        "my stepdad drinks loads and gets violent",
        "she drinks too much, every night she is drunk when I get home",
        "he touched her breast at the bus stop",
        "her uncle grabbed her breasts and told her not to tell",
        "he keeps touching my breast when mum is out",
        "the teacher touched her breast in the changing room",
        "he cut her to the bone with a knife",
        "she cut herself to make the pain stop",
        "she cuts herself twice a day",
        "her care package was cut to twice a day and she has bruises on her arms nobody can"
        " explain",
        "dad is in rehab again and mum is drinking, the kids are alone every night",
        "she has breast cancer and her husband hits her when she can't cook",
        "he can sit on his own but his mum leaves him alone in the cot all day",
        "he fingered her at the party and she was too drunk to say no",
        "her uncle fingered her when she was 8",
        "he put his finger inside her knickers",
        "he's addicted to heroin and the kids are alone",
        "he's addicted to his phone and his dad hits him when he won't put it down",
        "she was hit hard by her boyfriend last night",
        "he hit her hard across the face",
        "he attacked her in the car park",
        "she had a panic attack after her boyfriend hit her",
        "she says she wants to end her life",
        "he keeps saying he'll end his life",
        "the resident on end of life care has bruises on her wrists nobody can explain",
        "her son does her shopping and keeps the change and her bank card",
        "her carer takes her shopping money every week",
        "his PIP was cut and his brother takes what's left of his money",
        "she's scared of her dad and won't go home",
        "he's terrified of water since his stepdad held him under in the bath",
        "she is struggling to pay the bills because her son takes her pension",
        "she's scared of the dark because someone comes into her room at night",
    ],
)
def test_a_harm_beside_the_same_words_is_still_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


def _pack(things: tuple[str, ...]) -> RiskPack:
    return RiskPack.model_validate(
        {
            "kind": "risk",
            "people": ["he|she"],
            "things": list(things),
            "categories": [
                {
                    "id": "substance",
                    "name": "Substance misuse",
                    "concerns": "either",
                    "contacts": ["safeguarding-lead"],
                    "cues": ["drinks"],
                }
            ],
        }
    )


def test_a_things_phrase_of_an_organisations_pack_sets_its_sign_aside() -> None:
    plain = RiskDetector(_pack(()))
    with_things = RiskDetector(_pack(("drinks tea|coffee",)))
    assert plain.detect("he drinks tea") is not None
    assert with_things.detect("he drinks tea") is None
    assert with_things.detect("he drinks vodka") is not None


@pytest.mark.parametrize(
    "message",
    [
        "my wife is caring for her mother full time and is exhausted, what support is there?",
        "my mum has dementia and lives alone, what support is available for her?",
        "my son has autism and the support is not enough, who can I talk to?",
        "her support is through the council, can I ring them for her?",
        "I think the support is good but my dad wants to move home",
    ],
)
def test_support_as_a_noun_is_not_backing_islamic_state(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "my son supports isis and watches beheading videos",
        "my 15 year old says he supports IS and wants to go to Syria",
        "my nephew is backing hamas online and posting about killing jews",
        "my brother is supporting IS and has a flag in his room",
    ],
)
def test_backing_islamic_state_is_still_signposted(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert "radicalisation" in finding.categories
