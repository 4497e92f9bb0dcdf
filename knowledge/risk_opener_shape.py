"""How a message that may open a disclosure is built (`knowledge.risk_openers`): where each
sentence starts to ask or suppose, the last that tells, where it says why or what about, and
where each clause first says more than who. Read in one pass so that every check is linear.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.matching.text import stem
from knowledge.pack_values import Value
from knowledge.risk_types import CONDITION_WORDS, Hit, Kinds
from knowledge.value_class import value_class

if TYPE_CHECKING:
    from collections.abc import Collection

    from knowledge.risk_types import Tokens

__all__ = ["FUNCTION_WORDS", "REASONS", "OpenerShape", "opener_shape", "supposing"]

# Before the phrase in its sentence, these make it a supposition, not a telling.
_SUPPOSING = frozenset(stem(w) for w in ("if", "whether", "suppose", "imagine")) | {
    "hypothetically"
}
# So do these, when someone of no one kind follows ("when a child asks me…"), not "when
# changing for PE": an indefinite (these, or a word of the pack's `anyone` marker: "when
# someone asks me…").
_WHEN = frozenset({"when", "whenever", "once"})
_ASKED = frozenset(stem(w) for w in ("asked", "asks", "wondered", "wonders"))
_INDEFINITES = frozenset(stem(w) for w in ("a", "an", "any", "you", "they", "people"))
# The condition words, stemmed as the tokens are.
_CONDITIONS = frozenset(stem(w) for w in CONDITION_WORDS)
# After the person, these start saying why ("who has…", "because…"; "whose" stems to "whos").
REASONS = frozenset(
    {"who", "that", "which", "whos", "becaus", "as", "sinc", "cos", "coz", "cause"}
    | {"after", "over", "regarding", "re", "about"}
)
# After a secret, "about" followed by one of these still says nothing of what it is.
_VAGUE = frozenset({"it", "this", "that", "what", "someth", "something", "anyth", "anything"})
# Who asked for a secret: the people and the telling phrases before it say nothing of what it is.
_WHO_KINDS = frozenset({Kinds.PEOPLE, Kinds.ANY_PERSON, Kinds.CHILD, Kinds.ADULT, Kinds.TELLING})
_PLACES_AFTER = frozenset({"in", "at", "from", "on", "i", "we"})  # "the boy I mentor"
_PLACE_WORDS = 3
# Words that say nothing of what a secret is: who, to whom, that there is one ("told me a secret
# and asked me…", "wants to tell me something but…").
FUNCTION_WORDS = frozenset(
    stem(w)
    for w in (
        *("a", "an", "the", "this", "that", "these", "my", "our", "his", "her", "their", "your"),
        *("its", "me", "us", "him", "them", "you", "i", "we", "he", "she", "they", "it", "hes"),
        *("shes", "and", "but", "so", "then", "also", "just", "now", "today", "earlier", "one"),
        *("of", "some", "to", "in", "at", "on", "from", "for", "with", "by", "has", "have"),
        *("had", "is", "was", "are", "were", "be", "been", "do", "does", "did", "got", "get"),
        *("want", "wants", "wanted", "came", "come", "went", "keeps", "kept", "secret"),
        *("secrets", "something", "anything", "what", "happened", "tell", "told", "said"),
        *("says", "say", "keep", "promise", "there", "here", "really", "ask", "asked", "beg"),
        *("begged", "plead", "pleaded", "made", "make", "swear", "swore", "not", "never"),
        *("dont", "mention", "repeat", "let", "quiet", "between", "private", "confidential"),
        *("confidence", "anyone", "anybody", "all", "would", "will", "could", "can", "only"),
        *("even", "ever", "still", "if", "unless", "first", "mustnt", "musnt", "shouldnt"),
        *("must", "should", "am", "allowed", "arent", "nobody", "noone", "no", "soul"),
    )
)


@value_class
class OpenerShape(Value):
    """What the openers need of a message, read in one pass (so every check is linear)."""

    supposed_from: dict[int, int]  # sentence -> where it starts to ask or suppose
    last_statement: int  # the last sentence that tells (-1 when none does)
    last_reason: dict[int, int]  # sentence -> its last word saying why ("who", "because")
    last_about: dict[int, int]  # sentence -> its last "about" with a word that says what
    first_content: dict[int, int]  # clause -> its first word saying more than who


def opener_shape(
    hits: list[Hit], read: Tokens, question_words: Collection[str], anyone: frozenset[str]
) -> OpenerShape:
    """The message's `OpenerShape`, in one pass over its words and one over its hits (`anyone`: the
    stems of the pack's `anyone` marker)."""
    words, sentence_of, clause_of = read.words, read.sentence_of, read.clause_of
    asks = read.questions | read.marked
    who = {
        i
        for h in hits
        if h.phrase.kind in _WHO_KINDS
        for i in range(h.position, max(h.end, h.position + 1))
    }
    telling: dict[int, int] = {}  # sentence -> where it starts to report what was said
    for h in hits:
        if h.phrase.kind is Kinds.TELLING:
            telling[h.sentence] = min(h.position, telling.get(h.sentence, h.position))
    supposed_from: dict[int, int] = {}
    last_reason: dict[int, int] = {}
    last_about: dict[int, int] = {}
    first_content: dict[int, int] = {}
    last_statement = -1
    placing = -1  # "in my class", "at youth club": up to three words after a person
    for k, word in enumerate(words):
        sentence, clause = sentence_of[k], clause_of[k]
        opens = k == 0 or clause_of[k - 1] != clause
        if sentence not in asks:
            last_statement = sentence
        if word in _SUPPOSING and k > 0 and words[k - 1] in _ASKED:
            # "she asked if she could tell me…": what follows is reported
            telling[sentence] = min(k - 1, telling.get(sentence, k - 1))
        reported = telling.get(sentence, k) < k  # "she said she'd tell me if I promised…"
        if sentence not in supposed_from and (
            (word in _SUPPOSING and not reported)
            or (
                word in _WHEN
                and k + 1 < len(words)
                and (words[k + 1] in _INDEFINITES or words[k + 1] in anyone)
            )
            or (opens and (word in _CONDITIONS or word in question_words))
        ):
            supposed_from[sentence] = k
        if word in REASONS:
            last_reason[sentence] = k
        if word == "about" and k + 1 < len(words) and words[k + 1] not in _VAGUE:
            last_about[sentence] = k
        if opens:
            placing = -1
        if k in read.persons:
            placing = k
        elif word in _PLACES_AFTER and placing >= 0 and k == placing + 1:
            placing = k + _PLACE_WORDS
        elif not (k in who or k <= placing or word in FUNCTION_WORDS or word.isdigit()):
            first_content.setdefault(clause, k)
    return OpenerShape(supposed_from, last_statement, last_reason, last_about, first_content)


def supposing(hit: Hit, shape: OpenerShape) -> bool:
    """Whether the phrase at `hit` is asked or supposed rather than told: a clause before it in
    its sentence starts with a question word or a condition ("Youth leader: is it ever OK to
    promise…"), or "if", "whether", "when a"… comes before it. A question in a later clause
    ("worried about a pupil, what should I do?") tells first."""
    return shape.supposed_from.get(hit.sentence, hit.position + 1) <= hit.position
