"""Round 49 (fa145): whose harm, and now (knowledge/risk_whose_now.py, and the stance of
knowledge/risk_stance.py read wider).

A message that tells another's story as a book, a film or a script tells it, or as a news or law
report does, and names no one of the writer's own, tells of nobody at risk now: it is not
signposted; nor is a page told in general that names one person only in a conditional or a
general rule ("if a child may be at risk…") or as a kind ("patient abuse"). Beside each, a
near-miss that names the work or the report but tells of someone of the writer's ("my", "we",
"you"), of one child told of beside general words, or of a film a child was made to watch, still
rings.
"""

from __future__ import annotations

import pytest

from knowledge.risk_types import Tokens, stem_word
from knowledge.risk_whose_now import told_as_press, told_as_work
from tests.support.core import Chat

QUIET = [
    # told as a book, a film or a script (30 words or more, no time of now)
    "In her debut novel a girl of twelve is sexually abused by her stepfather, runs away from home "
    "to live on the streets of Glasgow, and is taken in by an old woman who keeps pigeons.",
    "The memoir tells how the author was beaten and starved by her mother throughout her "
    "childhood in a small mining town, and how a teacher who noticed the bruises changed the "
    "course of her life.",
    "Narrator: the social worker arrives at the flat and finds the toddler alone, covered in "
    "bruises, with no food in the fridge. Social worker: where is his mother? Neighbour: she went "
    "out hours ago.",
    # told as a news or law report
    "The sheriff's office arrested a 30-year-old man on Friday for trying to stab his brother "
    "with a knife at their home. The victim was taken to hospital with cuts to his arms and is "
    "expected to recover.",
    "The father, who had beaten the children, was refused contact. The boy is referred to in the "
    "judgement as 'B'. The court found that the risk of further harm to the children outweighed "
    "any benefit of contact.",
    # told in general (round 48's stance): one person in a conditional or a general rule, or a
    # noun for one person naming a kind of harm or service
    "Information is usually shared with consent. But if there is a concern that a child may be at "
    "risk of significant harm, staff must share it with children's services without delay, and "
    "the guidance says many practitioners should also record why they decided to share.",
    "Dental professionals are well placed to notice potential patient abuse or neglect. Every "
    "practice needs a safeguarding policy, and most guidance says training should include the "
    "signs of neglect and the local procedures for sharing information with social care.",
]
RINGS = [
    # the writer, or someone of theirs
    "my daughter is reading a novel where a girl is sexually abused and now she says her uncle "
    "does that to her",
    "I'm writing a memoir about the abuse, and my stepdad still lives with my little sister",
    "the sheriff came round last night after our neighbour stabbed his brother, and we can hear "
    "him hitting his kids again",
    "a police spokesman said the man who attacked you is out on bail, are you safe at home?",
    # general words beside one child told of, with no conditional in the clause that names her
    "Signs of neglect may include hunger and poor hygiene, and many families need help. A girl "
    "arrived at nursery with bruises on both arms and no coat, and the guidance says staff should "
    "read the procedures before they decide.",
    # a line, not a page, and a time of now beside a blurb
    "since the novel came out she has been cutting herself",
    "In her debut novel a girl of twelve is sexually abused by her stepfather. Last night my "
    "niece read it and said that is what happens at her house, and she is scared to go home.",
    "In her debut novel a girl of twelve is sexually abused by her stepfather. The girl next door "
    "said last night that is what happens at her house, and that she is scared to go home to him.",
    # a film a child was made to watch: "film" is not a work told to readers
    "boy's drawings show adults doing sexual things. he says the lad next door who babysits made "
    "him watch a film",
]


@pytest.mark.parametrize("message", QUIET)
def test_another_story_told_as_a_work_or_a_report_is_not_signposted(
    chat: Chat, message: str
) -> None:
    assert not chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", RINGS)
def test_a_story_told_of_the_writers_own_is_signposted(chat: Chat, message: str) -> None:
    assert chat.send(message)[0].risk_of_harm


_MARKERS = {
    "stance-writer": frozenset(map(stem_word, ("i", "my"))),
    "whose-work": frozenset(map(stem_word, ("novel",))),
    "whose-press": frozenset(map(stem_word, ("sheriff",))),
    "whose-near": frozenset(map(stem_word, ("we",))),
}


def _read(text: str) -> Tokens:
    words = [stem_word(w) for w in text.split()]
    n = len(words)
    return Tokens(words=words, sentence_of=[0] * n, clause_of=[0] * n, questions=frozenset())


@pytest.mark.parametrize(
    ("text", "work", "press"),
    [
        ("the novel tells of a beaten girl", True, False),
        ("my novel tells of a beaten girl", False, False),
        ("the sheriff arrested the man", False, True),
        ("we saw the sheriff arrest him", False, False),
        ("i saw the sheriff arrest him", False, False),
        ("the story tells of a beaten girl", False, False),
    ],
)
def test_the_readings_take_their_words_from_the_markers_given(
    text: str, work: bool, press: bool
) -> None:
    read = _read(text)
    assert (told_as_work(read, _MARKERS), told_as_press(read, _MARKERS)) == (work, press)
