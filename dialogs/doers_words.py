"""Whether a telling word in a message reports what someone told the writer, or gives the words
of the one harming the writer (round 43, adults48).

"She said he hits me" is a practitioner's report: the "me" is the speaker's. "My boyfriend hits
me and says no one will believe me" is the writer's own: the harm to them is told first, and
"says" gives what the one harming them says (tryout44 #4). So is "my husband says he will kill
me": the one speaking is the writer's own person ("my" just before, or a few words before "he"
or "and": "my boyfriend is 24 and he says"; tryout48 #3), not someone who told them.
The writer's own words ("he kicked the door in when i said no") report nobody (tryout45 #6).

Pure and linear, set lookups only.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

_OWN = "my"
# "my boyfriend is 24 and he says": a pronoun speaking, with the writer's own person named just
# before it (tryout48 #3), within this many words.
_PRONOUNS = frozenset(["he", "she", "and"])  # "my bf is 23 and says": the subject left out
_PRONOUN_REACH = 6


def reports_telling(
    words: Sequence[str],
    telling: Collection[str],
    harmed: Callable[[list[str]], bool],
    writer: Collection[str],
) -> bool:
    """Whether `words` (a message simplified) report what someone told the writer.

    Args:
        words: the message's words.
        telling: the words that tell what someone said ("said", "told", "says").
        harmed: whether some words tell of harm to the writer ("he hits me").
        writer: the writer's words that make a telling word just after them theirs ("i said
            no", "ive told him": the typed-words pack's `friend` list `said_writer`).

    Returns:
        True at the first telling word not the writer's own ("i said no"), unless the writer's
        own harm is told before it or the one speaking is the writer's own ("my boyfriend
        says", "my online friend says"); False with no such telling word.
    """
    for at, word in enumerate(words):
        if word in telling and not (at >= 1 and words[at - 1] in writer):
            # "my boyfriend says", "my online friend says" (tryout47 #8)
            reach = _PRONOUN_REACH if at >= 1 and words[at - 1] in _PRONOUNS else 3
            own_speaker = _OWN in words[max(at - reach, 0) : at - 1]
            return not (own_speaker or harmed(list(words[:at])))
    return False
