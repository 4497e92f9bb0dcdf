"""The hedged reader's `persons` and `agreements`, as an organisation's pack may add them: a
person is read as the pronoun listed, and a consent-given lead answers only where "refused" is
offered."""

from __future__ import annotations

from dialogs.hedged import HedgedReader
from knowledge.flow_pack import AnswerKey
from knowledge.typed_words import HedgedWords

WORDS = HedgedWords(
    leads={"refused": ("she refused",), "yes": ("yes",)},
    agreements=("she agreed",),
    persons={"she": ("the resident", "nan")},
)
CONSENT = (AnswerKey.YES, AnswerKey.REFUSED)
PURPOSE = (AnswerKey.YES, AnswerKey.NO)


def test_a_person_is_read_as_the_pronoun_listed() -> None:
    reader = HedgedReader(WORDS)
    assert reader.as_hedged_answer("the resident refused", "the resident refused") is (
        AnswerKey.REFUSED
    )
    assert reader.as_hedged_answer("nan's agreed", "nans agreed") is None  # no "shes agreed" lead
    assert reader.tells_of_person("nans agreed")
    assert not reader.tells_of_person("data protection")


def test_consent_given_answers_only_where_refused_is_offered() -> None:
    reader = HedgedReader(WORDS)
    said = ("nan agreed", "nan agreed")
    assert reader.as_hedged_answer(*said, offered=CONSENT) is AnswerKey.YES
    assert reader.as_hedged_answer(*said, offered=PURPOSE) is None
    assert reader.as_hedged_answer("yes", "yes", offered=PURPOSE) is AnswerKey.YES
