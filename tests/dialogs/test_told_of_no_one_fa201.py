"""Round 54 (fa201, issue 11): explainer and policy pages told of no one in particular.

The cues' whole-message readings (told in general, another's story, a harm survived long ago)
set a page's signs aside, but the learnt model, asked when the cues find nothing, cannot read a
stance and rang such pages; now it does not overrule them (knowledge/risk_told_whole.py). A
page's "you" is its reader, anyone: a word of `stance-general` (knowledge/packs/risk.yaml,
"round 54 fa201"). Their twins tell of one person, the writer's own or another in particular,
and still ring; so does a page written as "you" that tells of a harm seen.

Through the core the terminal door runs, the learnt model on, as a user meets them.
"""

from __future__ import annotations

import pytest

from tests.support.cases import cases
from tests.support.core import Chat
from tests.support.packs import builtin_knowledge

QUIET: dict[str, list[str]] = {
    "explainer": [
        (
            "It can be hard to know what to do if you're worried someone close is expressing "
            "extreme views or hatred, which could lead to them harming themselves or others. Many "
            "things can make someone vulnerable to radicalisation, at any age."
        ),
        (
            "It can be hard to know what to do if you're worried someone close is sharing hateful "
            "views that could lead to them harming themselves or others. There are many factors "
            "that can make someone vulnerable to radicalisation."
        ),
        (
            "Why should you worry about bed sores in a care home? You might joke about your "
            "teenager getting bed sores if they stay in bed until midday. Yet if your parent has "
            "bed sores in a care home, you need to worry."
        ),
    ],
    "duty": [
        (
            "If you have reason to believe a child has been abused or neglected, you are legally "
            "obliged to report your concern to your local child protection agency or the police. "
            "As health professionals, dentists and their staff are mandated reporters and must "
            "know the law."
        ),
        (
            "Unfortunately, abuse, either physical or emotional, by one of the parents during "
            "their parenting time is a common concern. If there is evidence that physical abuse "
            "has occurred, you could make a report to social services and ask the court to change "
            "the arrangements."
        ),
    ],
}

RINGS: dict[str, list[str]] = {
    "one-told": [
        (
            "It can be hard to know what to do if you're worried someone close is expressing "
            "extreme views. My brother has started sharing hateful videos and says he wants to "
            "hurt people at the mosque on Friday."
        ),
        (
            "Why should you worry about bed sores in a care home? My mum has had bed sores for "
            "weeks in her care home and the staff leave her in a wet pad all day."
        ),
        (
            "If you have reason to believe a child has been abused or neglected, you are legally "
            "obliged to report it. My neighbour's little boy has bruises on his face again and his "
            "dad screams at him every night."
        ),
        (
            "Unfortunately, abuse by one of the parents during their parenting time is a common "
            "concern. My ex hits our son when he has him at weekends and he came back with a black "
            "eye on Sunday."
        ),
        (
            "You owe a duty of confidentiality to the young people you work with. One of my pupils "
            "told me today that her stepdad touches her at night and she is scared to go home."
        ),
    ],
    "you-seen": [
        (
            "You notice that in the evenings a group of students often meet in a quiet corner of "
            "the college. When you walk past you smell cannabis and see older men handing them "
            "bags and phones, and one girl gets into their car."
        ),
    ],
}


@pytest.mark.parametrize("message", cases(QUIET))
def test_a_page_told_of_no_one_is_not_signposted(chat: Chat, message: str) -> None:
    assert not any(r.risk_of_harm for r in chat.send(message))


@pytest.mark.parametrize("message", cases(RINGS))
def test_its_twin_telling_of_one_person_leads_with_the_signpost(chat: Chat, message: str) -> None:
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize(
    ("message", "no_one"),
    [
        *((m, True) for ms in QUIET.values() for m in ms),
        *((m, False) for m in RINGS["one-told"]),
    ],
)
def test_the_whole_reading_finds_no_one_only_in_the_page(message: str, no_one: bool) -> None:
    detector = builtin_knowledge().risk_detector
    assert detector.told_of_no_one(detector.reading(message)) is no_one
