"""A telling that points back at the scene's topic: "after a lesson on domestic abuse my
daughter told her teacher it happens at home".

Helper of `knowledge.risk_scene.scene_of` (Round 36, r1n36). After a lesson or an assembly, what
someone told is usually the matter and the lesson's topic only its setting; but when what was
told names the topic only by "it", "this" or "that" and says it happens to someone or at home,
the topic is the harm told, and its words are a sign.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    from knowledge.risk_types import Tokens


_NEAR = 3  # "it is happening", "happens at home", "happened to her too"


def told_back(read: Tokens, start: int, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether the sentence that tells from `start` says the topic before it happens to someone
    or somewhere: a word of the pack's `happening` marker ("happens", "happened") with one of
    `told-back` ("it", "this") up to three words before it ("it is happening", "this has
    happened") and one of `happens-where` ("home", "her", "me") up to three words after it.

    Args:
        read: the message as read.
        start: where the telling phrase starts.
        markers: the stems of the pack's markers by name.
    """
    words, sentence = read.words, read.sentence_of[start]
    back, happening, where = markers["told-back"], markers["happening"], markers["happens-where"]
    told = [i for i in range(start + 1, len(words)) if read.sentence_of[i] == sentence]
    return any(
        words[j] in happening
        and not back.isdisjoint(words[max(j - _NEAR, start + 1) : j])
        and not where.isdisjoint(words[j + 1 : j + 1 + _NEAR])
        for j in told
    )


def told_back_by_one(read: Tokens, start: int, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether one person told of only as "she" or "he" (a word of the pack's `told-back-tellers`
    marker before the telling at `start`, in its sentence) told the topic back as happening
    (`told_back`): "she had a lesson on domestic abuse and told her teacher it happens at home"
    (Round 37, r1o37). Not when the rest of the sentence speaks of many or of what may be (a
    word of `told-back-general`: "…she said it happens at home for lots of kids", "…told the
    class it can happen at home"): a presenter's general line.

    Args:
        read: the message as read.
        start: where the telling phrase starts.
        markers: the stems of the pack's markers by name.
    """
    words, sentence = read.words, read.sentence_of[start]
    before = [words[i] for i in range(start) if read.sentence_of[i] == sentence]
    after = [words[i] for i in range(start + 1, len(words)) if read.sentence_of[i] == sentence]
    return (
        not markers["told-back-tellers"].isdisjoint(before)
        and markers["told-back-general"].isdisjoint(after)
        and told_back(read, start, markers)
    )
