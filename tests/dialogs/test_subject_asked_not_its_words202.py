"""Round 54 (quote202): the thing asked being the entry's subject, not just its words.

- Entry 1's need: "do we really need to share information with other agencies?" asks whether
  sharing is needed, which entry 1's answer speaks of (`necessity_of`: sharing, and a doubt
  that it is needed), though it names none of entry 1's anchors and entry 13 (whether an ISP
  is needed) scores nearer. One person told of ("about a child who is only 17") makes it a
  case (`necessity_not`); a recipient or a thing shared without the doubt keeps its reply.
- Confidence placed in a person ("does my manager have confidence in me?") is not the
  sharer's confidence to share, which entry 14 speaks of (`case_questions.subjects`).
- Entry 14's need asked as a requirement ("is my organisation required to back staff who
  share information?") is quoted where entry 13, nearer, is held.
- The force of law asked by the last words of an "is" question (`asks_at_end`): "is the
  guidance for SEN statutory guidance?" asks whether another guidance is statutory, which no
  answer says; entry 10's own questions on statutory sharing are still its.
Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted


@pytest.mark.parametrize(
    ("asked", "entry"),
    [
        # entry 1's need, asked with a doubt
        ("do we really need to share information with other agencies?", 1),
        ("do we have to share information at all?", 1),
        ("do I really have to share information with other services?", 1),
        ("must we share information with partner agencies at all?", 1),
        ("do we actually need to share info between services", 1),
        ("is information sharing actually needed?", 1),
        ("do we even need to share information between services?", 1),
        ("is sharing information between agencies really needed?", 1),
        ("do i really need to bother sharing information with other agencies?", 1),
        # near misses in the same words: a case, a thing shared, another need
        (
            "do we really need to share information with other agencies about a child who is"
            " only 17?",
            None,
        ),
        ("do we really need to share information about this child with the police?", None),
        ("do I really have to share information about her with social care?", None),
        ("do we even need to share information about a pupil who has left?", None),
        ("do I actually have to share information with the police at all?", None),
        ("do we really need to share information with the DWP at all?", None),
        ("is sharing information with the police really needed?", None),
        ("do we really need to share passwords at all?", None),
        ("do I really need to share my own medical information with my employer?", None),
        ("do we really need to share the staff rota with parents?", None),
        ("do we really need to share information about a 17 year old?", None),
        ("do we really need to share CCTV with the police at all?", None),
        ("do i really need to share what the child told me?", None),
        ("do we really need to share information by email at all?", None),
        # entry 14: support to share
        ("will my manager back me if I share information in good faith?", 14),
        ("will my organisation back me if I decide to share?", 14),
        # round 55 (quote212): entry 14 is about sharing only, and the question part read
        # ("how should my organisation be supporting me?") leaves the preface naming sharing
        # behind: held, the entry one press away (left: reading a dash preface as a story)
        ("I'm nervous about sharing - how should my organisation be supporting me?", None),
        ("is my organisation required to back staff who share information?", 14),
        # confidence placed in a person, not the sharer's confidence to share
        ("does my manager have confidence in me?", None),
        ("does my manager need confidence in me?", None),
        ("how can I build my manager's confidence in me?", None),
        ("my manager has no confidence in me, what should I do?", None),
        ("how can my organisation give me confidence to share information?", 14),
        ("what should my manager do to give me confidence in sharing?", 14),
        ("how can my organisation give staff confidence in their decisions to share?", 14),
        # the force of law asked at the end, in more than one word
        ("is the guidance for SEN statutory guidance?", None),
        ("is SEN guidance covered by statute?", None),
        ("is the guidance for SENCOs statutory guidance?", None),
        ("is the SEN code of practice statutory?", None),
        ("does the guidance cover statutory information sharing?", 10),
        ("is statutory sharing covered by the guidance?", 10),
        ("is the guidance for staff whose sharing is governed by statute?", 10),
        ("does the information sharing guidance apply to statutory sharing too?", 10),
    ],
)
def test_the_subject_asked_not_only_its_words(chat: Chat, asked: str, entry: int | None) -> None:
    expected = [] if entry is None else [published_question(entry)]
    assert quoted(chat.send(asked)) == expected
