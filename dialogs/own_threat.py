"""A threat to the writer's life, told in the first person ("my husband says he will kill me if
i leave"): harm to the writer, whose signpost is for them (`dialogs.own_voice`), not a
practitioner's. Anger at being found out is a figure of speech, not a threat ("my mum will kill
me if she finds out").

Pure and linear: one pass over the simplified words, each looking a fixed few words around.
"""

from __future__ import annotations

# Within this many words before "me", a word of killing tells of a threat to the writer.
_REACH = 2
_KILLING = frozenset(["kill", "kills", "killing", "murder", "murders", "strangle", "stab"])
# After "me", "if" or "when" then one of these within `_FOUND_REACH` words: being found out.
_CONDITIONS = frozenset(["if", "when"])
_FOUND = frozenset(["finds", "find", "found", "knows", "knew", "sees", "saw", "hears", "heard"])
_FOUND_REACH = 4


def threatens_writer(words: list[str]) -> bool:
    """Whether `words` (a message simplified as `dialogs.typed.simplify` does) tell of someone
    threatening to kill the writer ("he will kill me", "said hed kill me if i left"), not of
    someone's anger if they find something out ("my dad will kill me when he sees my report")."""
    for at, word in enumerate(words):
        if word != "me" or not any(w in _KILLING for w in words[max(0, at - _REACH) : at]):
            continue
        after = words[at + 1 : at + 2 + _FOUND_REACH]
        if not (after[:1] and after[0] in _CONDITIONS and any(w in _FOUND for w in after[1:])):
            return True
    return False
