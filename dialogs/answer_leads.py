"""What a reply in a consent check begins with: the answer its lead gives, the person it names.

`LeadReader` holds the typed-words pack's hedged words as the tables `dialogs.hedged`'s
`HedgedReader` reads a reply with: the leads of each answer ("yes", "i think so", "no"), echoes
of a question's verb, question and joining words, and the persons a reply may begin with ("mum
has refused" as "she has refused"). `HedgedReader` builds on it to read a reply as a whole.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from knowledge.flow_pack import AnswerKey
from knowledge.typed_word_names import LEAD_ORDER
from knowledge.typed_words import HedgedWords, after_lead


class LeadReader:
    """Reads how a reply begins, with the typed-words pack's hedged words."""

    def __init__(self, words: HedgedWords) -> None:
        """Read the typed-words pack's hedged words into the tables a reply is read with."""
        # Longest first within a kind: "she has agreed" is a yes of its own, not the echo "she has".
        leads = {**words.leads, "yes": (*words.leads.get("yes", ()), *words.agreements)}
        self._leads = tuple(
            (
                AnswerKey(key),
                tuple(sorted((lead.split() for lead in leads[key]), key=len, reverse=True)),
            )
            for key in LEAD_ORDER
            if leads.get(key)
        )
        self._echoes = frozenset(tuple(lead.split()) for lead in words.echoes)
        self._question_words = frozenset(words.question_words)
        self._joining_words = frozenset(words.joining_words)
        self._negations = frozenset(words.negations)
        self._degrees = frozenset(words.degrees)
        self._doubts = tuple(phrase.split() for phrase in words.doubts)
        self._asked_first = tuple(phrase.split() for phrase in words.asked_first)
        self._second_thoughts = _longest_first(words.second_thoughts)
        self._corrections = _longest_first(words.corrections)
        self._cannot_consent = tuple(phrase.split() for phrase in words.cannot_consent)
        self._consent_words = frozenset(words.consent_words)
        self._subjects = {step: frozenset(found) for step, found in words.subject_words.items()}
        self._not_answers = (
            *(phrase.split() for phrase in words.not_answers),
            *self._asked_first,
        )
        self._verb_of = {form: i for i, forms in enumerate(words.verb_forms) for form in forms}
        self._agreements = frozenset(tuple(lead.split()) for lead in words.agreements)
        self._pronoun_of = {
            pronoun + end: pronoun for pronoun in words.persons for end in ("", "s", "ve", "re")
        }
        self._pronouns = frozenset(self._pronoun_of)
        self._persons = sorted(
            (
                (person.split(), pronoun)
                for pronoun, found in words.persons.items()
                for person in found
            ),
            key=lambda pair: len(pair[0]),
            reverse=True,
        )

    def _lead(
        self, found: Sequence[str], asked: Collection[str] = ()
    ) -> tuple[AnswerKey | None, Sequence[str]]:
        """The answer `found` begins with (None if it begins with none, or goes on to ask
        something) and the words after its lead. A yes that goes on with a question word and
        then only the words of the question `asked` says it back ("yes is clear purpose")."""
        for key, leads in self._leads:
            rest = after_lead(found, leads)
            if rest is None and key is AnswerKey.NOT_SURE:
                # "not really sure": a degree word inside it leaves a not sure a not sure.
                rest = after_lead([w for w in found if w not in self._degrees], leads)
            if rest is not None:
                says_back = key is AnswerKey.YES and self._says_back(rest, asked)
                return (None if self._asks(rest) and not says_back else key), rest
        return None, found

    def _asks(self, rest: Sequence[str]) -> bool:
        # "yes but can I share it with the school" and "not sure what an ISP is" ask something.
        words = [w for w in rest if w not in self._joining_words]
        return bool(words) and words[0] in self._question_words

    def _says_back(self, rest: Sequence[str], asked: Collection[str]) -> bool:
        words = [w for w in rest if w not in self._joining_words][1:]
        return bool(words) and all(w in asked for w in words)

    def is_asked(self, text: str, simple: str) -> bool:
        """Whether a message reads as a question: a question mark, or a question word first."""
        return "?" in text or self._asks(simple.split())

    def _without_fillers(self, found: list[str]) -> list[str]:
        """`found` without the joining words it begins with ("actually she refused")."""
        start = next((i for i, w in enumerate(found) if w not in self._joining_words), len(found))
        return found[start:]

    def _as_pronoun(self, found: list[str]) -> list[str]:
        """`found` with a person it begins with put as the pronoun they are listed under: "mum
        has refused" as "she has refused", "mum's agreed" ("mums agreed") as "she's agreed"."""
        for person, pronoun in self._persons:
            n = len(person)
            if found[:n] == person:
                return [pronoun, *found[n:]]
            if found[: n - 1] == person[:-1] and found[n - 1 : n] == [person[-1] + "s"]:
                return [pronoun + "s", *found[n:]]
        return found


def holds_any(words: Sequence[str], phrases: Sequence[Sequence[str]]) -> bool:
    """Whether `words` hold any of `phrases` (each a list of words) as a run of words."""
    return any(
        list(words[i : i + len(phrase)]) == list(phrase)
        for phrase in phrases
        for i in range(len(words) - len(phrase) + 1)
    )


def _longest_first(phrases: Sequence[str]) -> tuple[list[str], ...]:
    return tuple(sorted((phrase.split() for phrase in phrases), key=len, reverse=True))
