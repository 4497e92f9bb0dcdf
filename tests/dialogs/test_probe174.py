"""Round 51 (quote174): a probe of practitioners' questions, many that no entry answers, and
what each is quoted through the assistant (an entry, or none).

The wrong quotes the probe found, grouped by why, and mended as data in the packs:

- An organisation named as where information goes is not the writer's own, which entry 14's
  "organisation*" names ("can I share information with another organisation?"): the not-covered
  pack's `bodies_told`. Support another body gives, told in a relative clause ("a charity that
  supports the family"), is not the writer's support: more `writer_support` phrases.
- Which bodies to share with ("which organisations can I share information with?"): more
  phrases of `asks.recipient`, a kind of ask no entry answers.
- Trouble for refusing to share, and what befalls one who breaches the Act: `asks.consequence`.
- Another refusing to tell the asker ("what if the police refuse to tell us anything?"), a
  manager's leave or no ("do I need my manager's permission to share?"), staff's wellbeing, and
  a document of the writer's own pointed to ("the purpose of this leaflet is…"): subjects no
  entry names (`case_questions.subjects`); entry 11 names "this policy" among its anchors.

The nearby questions each entry does answer are in the table too, so a mend that holds back
too much fails here. Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted


@pytest.mark.parametrize(
    ("asked", "entry"),
    [
        # an organisation told, and support another body gives
        ("can I share information with another organisation?", None),
        ("can I share information with an organisation?", None),
        ("is it ok to give information to an organisation we work with?", None),
        ("can I share information with a charity that supports the family?", None),
        (
            "youth worker: can I share information with an organisation that supports young "
            "carers?",
            None,
        ),
        ("Will I be supported by my organisation if I share information?", 14),
        ("how should my organisation support me to share information?", 14),
        ("the charity that supports me says I should share, will my organisation back me?", 14),
        ("how can i support my staff to share confidently", 14),
        ("which organisations can I share information with?", None),
        ("what agencies can we share information with?", None),
        # trouble for not sharing, and breaching the Act
        ("can I be disciplined for refusing to share?", None),
        ("what are the implications of breaching the data protection act for me personally?", None),
        ("does the data protection act stop us sharing information with the police?", 3),
        # another refusing to tell us; a manager's leave or no
        ("what if the police refuse to tell us anything?", None),
        ("what if the parent refuses to let us share?", 4),
        (
            "a young person won't tell me what's wrong but I'm worried. can I share my worries "
            "without their consent?",
            4,
        ),
        ("do I need my manager's permission to share?", None),
        ("what if my manager says no?", None),
        ("what should I do if my manager says no to sharing?", None),
        ("do I need consent to share information with partners?", 4),
        ("how should my manager support me to share?", 14),
        # staff's wellbeing
        ("how should managers support staff wellbeing?", None),
        ("what support should my manager give me with information sharing?", 14),
        # a document of the writer's own
        ("This policy applies to all staff, volunteers and contractors.", None),
        ("The purpose of this policy is to set out how we handle personal data.", None),
        ("The purpose of this leaflet is to explain how we use your information.", None),
        ("how does this policy relate to the government guidance?", 11),
        ("what is the purpose of this guidance?", 7),
        ("Who is this advice for?", 9),
        ("The guidance is for practitioners working with children, young people and families.", 9),
    ],
)
def test_a_probe_question_is_quoted_its_entry_or_none(
    chat: Chat, asked: str, entry: int | None
) -> None:
    expected = [] if entry is None else [published_question(entry)]
    assert quoted(chat.send(asked)) == expected
