"""Where each sentence of a message doubts, notices, falls or strikes: the shape the
ordinary-cause rule (`knowledge.risk_causes`) reads, made in one pass so that its checks are linear.
"""

from __future__ import annotations

from knowledge.pack_values import Value
from knowledge.risk_cause_words import NAMING, PEER, WELL, Causes, unwell
from knowledge.risk_types import Tokens
from knowledge.value_class import value_class

__all__ = ["CauseShape"]

_SOMEONES = frozenset({"his", "her", "their"})  # "his stepdad": someone's relative
_OWNERS = _SOMEONES | {"my", "your", "our"}  # "his knee": a part of the body, not a blow
# After "but", these say all is well rather than doubt: "but she seems fine now".
_WELL_REACH = 3  # "but ok", "but she's fine", "but she seems fine"


@value_class
class CauseShape(Value):
    """Where each sentence first doubts (or fears), notices, falls or strikes, and which name
    an early years setting, read in one pass (so every check is linear)."""

    doubted: frozenset[int]
    seen: dict[int, int]
    fall: dict[int, int]
    blow: dict[int, int]
    little: frozenset[int]  # sentences naming an early years setting
    results: dict[int, list[int]]  # sentence -> where it says a blow left something ("left")
    kin_last: dict[int, int]  # sentence -> its last relative of someone's ("his stepdad")
    crashes: dict[int, int]  # sentence -> its first `explain` word after an `accident-kind` word

    def left_after(self, sentence: int, blow: int) -> int:
        """Where the sentence first says a blow left something after `blow`, or past it."""
        for at in self.results.get(sentence, ()):
            if at > blow:
                return at
        return 1 << 30

    @classmethod
    def of(cls, read: Tokens, words: Causes) -> CauseShape:
        """The shape of the message `read`, as the words of the rule mark it."""
        doubted: set[int] = set()
        seen: dict[int, int] = {}
        fall: dict[int, int] = {}
        blow: dict[int, int] = {}
        little: set[int] = set()
        results: dict[int, list[int]] = {}
        kin_last: dict[int, int] = {}
        crashes: dict[int, int] = {}
        tokens = read.words
        for i, word in enumerate(tokens):
            sentence = read.sentence_of[i]
            if (word in words.doubts and not _reassures(tokens, i)) or unwell(
                tokens, i, words.negations
            ):
                doubted.add(sentence)
            if word in words.noticed:
                seen.setdefault(sentence, i)
            if word in words.falls and i and tokens[i - 1] in words.fallers:
                fall.setdefault(sentence, i)  # "she slipped", not "when it slipped"
            named = i and (
                (word in words.violence and tokens[i - 1] in NAMING)  # "the end"
                or (  # "his knee", "a swollen knee": a part of the body
                    word in words.bodies
                    and (tokens[i - 1] in _OWNERS or tokens[i - 1] in words.injuries)
                )
            )
            if word in words.blows and not named:
                blow.setdefault(sentence, i)
            if word in words.little:
                little.add(sentence)
            if word in words.results:
                results.setdefault(sentence, []).append(i)
            told_kin = tokens[max(0, i - 2)] in words.kin_told  # "tell her daughter"
            if word in words.relatives and i and tokens[i - 1] in _SOMEONES and not told_kin:
                kin_last[sentence] = i  # "his stepdad", not "my son" nor "tell parents"
            if (
                i
                and word in words.explaining
                and tokens[i - 1] in words.kinds
                and (i < 2 or tokens[i - 2] not in PEER)  # not "another car accident"
            ):
                crashes.setdefault(sentence, i)
        return cls(
            frozenset(doubted), seen, fall, blow, frozenset(little), results, kin_last, crashes
        )


def _reassures(tokens: list[str], at: int) -> bool:
    """Whether the word at `at` is a "but" that goes on to say all is well ("…and a lump but
    she seems fine now", "cut up but ok"), not one that doubts a cause."""
    return tokens[at] == "but" and not WELL.isdisjoint(tokens[at + 1 : at + 1 + _WELL_REACH])
