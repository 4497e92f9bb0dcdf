"""Round 39 (fa39): ordinary messages that mention harm words, and the disclosures beside them.

Harm to an animal alone, a groomer of pets, a parent's own child upset: no one at risk. (fa39's
readings of "young carer" and of "missed" were left out by the lead: each lost a held-out
disclosure.)
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector


# Harm to an animal alone is no one's the signpost is for (tryout38 #13,
# `knowledge.risk_animals`); cruelty used on a person, or with a child named, still tells.
@pytest.mark.parametrize(
    "message",
    [
        "vet practice here - can we share the name of an owner who we think is neglecting their "
        "dogs with the RSPCA without asking them?",
        "vet - a horse owner is abusing his horses, can we tell the police",
        "my neighbour is starving his dog and it is covered in sores, who do i tell?",
        "the farmer is neglecting his sheep, can I tell the council",
    ],
)
def test_harm_to_an_animal_alone_is_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "he burned her cat to punish her",
        "vet - owner brought in a cat with burns, said her partner did it to punish her. she has "
        "a baby in the pram. she begged me not to say",
        "he kicked the dog in front of the kids",
        "he threatened to kill her dog if she left him",
        "mum is neglecting the kids and the dogs, the house is filthy",
        "a man is abusing his dog and his wife looks frightened",
        # a relative's blow at a pet, a person struck after it, a suicide's giving away (these
        # rang in the existing suites and were lost by the first version)
        "her dad kicked the dog and punched him",
        "my flatmate has given away her cat and all her stuff and keeps saying it won't matter "
        "soon",
    ],
)
def test_cruelty_near_a_person_still_tells(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


# A groomer of pets, show grooming and a bride and groom are no grooming; "groomer" is a cue word
# of its own (it was read only as a misspelling of "groomed"), so a child's groomer still tells.
@pytest.mark.parametrize(
    "message",
    [
        "We took in a boarder from a good client, who said the pet was a stray that he acquired "
        "from the local groomer. What are our rights?",
        "I have been trying to improve my grooming by going to dog shows, can I share photos?",
        "dog groomer here - can I tell the owner's vet that the dog has fleas?",
        "the bride and groom want copies of the photos of the guests, can we share them?",
        "groomer - a puppy came in with burns on its back and the owner was vague",
    ],
)
def test_grooming_an_animal_or_a_groom_is_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "a man at the dog park keeps talking to my 12 year old and buying her sweets, I think he "
        "is grooming her",
        "the dog groomer keeps messaging my 13 year old daughter on snapchat",
        "I think a groomer is talking to my son on roblox",
        "my 14 yr old is being groomed by someone he met online",
    ],
)
def test_grooming_a_child_still_tells(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


# A parent telling of their own child's upset or temper, no one else named in the sentence
# (`knowledge.risk_own_child`); anyone else there, or what the child told, still tells.
@pytest.mark.parametrize(
    "message",
    [
        "our baby wakes crying at half five every morning, can the nursery move her nap?",
        "my 16 yr old has been snapping at all of us and can't concentrate since mocks started. "
        "how do I get her to open up?",
        "my 8 year old plays fortnite with his mates every evening and the shouting is constant. "
        "what's a sensible time limit?",
        "my son has been really clingy and tearful since we moved house, how can school help?",
    ],
)
def test_own_childs_upset_alone_is_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "my daughter cries every time she has to go to her dad's",
        "my 6 year old has nightmares and wets the bed since her stepdad moved in",
        "my husband tears into our 14 year old after every game and compares him to his sister",
        "my 14 yr old keeps begging me not to let her 17 yr old stepbrother stay at weekends",
        "my 8 year old is terrified and crying, her dad shouts at her every night",
        # staff are someone else too (risk-paraphrase-*, lost by the first version)
        "my son's tutor always has the door locked during lessons and he's become really withdrawn",
        "the karate instructor keeps my 8 year old behind closed doors after class and he's "
        "started having nightmares",
    ],
)
def test_upset_beside_someone_else_still_tells(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)
