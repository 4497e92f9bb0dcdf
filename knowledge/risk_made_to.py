"""The sentences where the writer is the one someone else wills or makes the harm on: "me" just
after a word of the pack's `made-to` marker ("want", "making", "taking", "forcing") and a phrase
of harm a few words on in the same clause, no one named between ("my family want me to marry
someone back home", "my parents are taking me to pakistan to get married", "my family want me to
be cut before my wedding"). Round 53, young196: read for the writer-harmed mark alone
(`risk_writer_harmed`), so the reply speaks to the writer; it changes no verdict. "my parents want
me to tell my sister's school she is being forced to marry" names someone between: not these.
"""

from __future__ import annotations

from knowledge.risk_types import Hit, Kinds, Tokens

_ME = "me"
_HARM = frozenset({Kinds.CUE, Kinds.TERM, Kinds.NEAR, Kinds.SIGNAL})  # not a group word
_REACH = 6  # "taking me to pakistan to get married": "me", then the harm within six words


def made_to(counted: list[Hit], read: Tokens, made: frozenset[str]) -> set[int]:
    """The sentences of `counted`'s phrases (of a category) that stand at most `_REACH` words
    after a "me" that follows one of `made` (stemmed `made-to` words), in the same clause, with
    no one named from the "me" up to the phrase."""
    if not made or _ME not in read.words:
        return set()
    words, clause_of, persons = read.words, read.clause_of, read.persons
    found: set[int] = set()
    for hit in counted:
        if hit.phrase.category < 0 or hit.phrase.kind not in _HARM:
            continue
        for k in range(max(1, hit.position - _REACH), hit.position):
            if (
                words[k] == _ME
                and words[k - 1] in made
                and clause_of[k] == clause_of[hit.position]
                and persons.isdisjoint(range(k, hit.position))
            ):
                found.add(hit.sentence)
                break
    return found
