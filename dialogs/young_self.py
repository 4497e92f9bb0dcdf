"""A young person telling of harm to themselves who gives no age of their own (round 45, issue
11): "my big brother is 17 and he keeps coming in my room at night", "my boyfriend is 24 and he
says if i tell anyone about us hell post the pics i sent him", "my mum says im lying about what
my teacher did". They got the text for a writer of no age and a practitioner's procedures; their
reply is a young person's own (`dialogs.own_voice`'s voice `child`).

Read only of a message already read as the writer's own harm with no age given (voice `self`),
never of one told by someone at work: what a young person says of their own life (their school,
what their mum says), an older brother or sister who is still a child, or a partner whose age is
told beside a relationship kept secret. A sign of a grown-up's life ("my husband", "my pension")
outweighs them all.

Pure and linear: set lookups over the simplified words, the typed-words pack's `friend` lists.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.matching.phrases import PhraseSet
from knowledge.risk_words import ADULT_AGE, age_in_word
from knowledge.typed_word_names import FriendList

# The most words (of the pack's `friend_is`: "is", "hes", "aged") between a relation and an age.
_AGE_REACH = 2


class YoungSelf:
    """Reads a writer harmed, with no age of their own, as a young person, by the typed-words
    pack's `friend` words."""

    def __init__(self, words: Mapping[FriendList, tuple[str, ...]]) -> None:
        self._life = PhraseSet(
            (
                *words.get("young_self", ()),
                *words.get("at_school", ()),
                *words.get("kept_from_mine", ()),  # "dont tell my mum", asked of the writer
            )
        )
        self._grown = PhraseSet(
            (*words.get("grown_self", ()), *words.get("grown", ()), *words.get("grown_life", ()))
        )
        self._older = frozenset(words.get("older", ()))
        self._siblings = frozenset(words.get("siblings", ()))
        self._partners = frozenset(words.get("partners", ()))
        self._secret = PhraseSet(words.get("secret_us", ()))
        self._is = frozenset(words.get("friend_is", ()))

    def young(self, words: list[str]) -> bool:
        """Whether `words` (a message telling of harm to the writer, simplified) tell that the
        writer is a young person: a young person's life ("my form tutor", "my mum says"), an
        older brother or sister of theirs under 18 ("my big brother is 17"), a partner under 18,
        or a partner's adult age told of a relationship kept secret ("my boyfriend is 24 … if i
        tell anyone about us"); never beside a grown-up's life ("my husband")."""
        if self._grown.first_in_words(words) is not None:
            return False
        if self._life.first_in_words(words) is not None:
            return True
        secret: bool | None = None  # looked for once, only when a partner's adult age is told
        for at, word in enumerate(words):
            if word in self._siblings and at >= 2 and words[at - 2 : at - 1] == ["my"]:
                age = self._age_after(words, at + 1)  # "my big brother is 17": the writer younger
                if words[at - 1] in self._older and age is not None and age < ADULT_AGE:
                    return True
            if word in self._partners and at >= 1 and words[at - 1] == "my":
                age = self._age_after(words, at + 1)
                if age is None:
                    continue
                if age < ADULT_AGE:
                    return True
                if secret is None:
                    secret = self._secret.first_in_words(words) is not None
                if secret:
                    return True
        return False

    def _age_after(self, words: list[str], start: int) -> int | None:
        """The age told just after a relation named at `start - 1` ("is 17", "hes 24", "(16)")."""
        at = start
        while at < len(words) and at - start < _AGE_REACH and words[at] in self._is:
            at += 1
        return (age_in_word(words[at]) or None) if at < len(words) else None
