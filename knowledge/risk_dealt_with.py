"""A case a court or a coroner has dealt with, told in the third person: news and court reports.

"A stepfather has been jailed for life after murdering a baby…", "The judge ordered that the
mother's new partner be restrained from communicating with the child": the report of a case the
courts have closed tells of harm already dealt with, not of anyone at risk now (round 43, fa47,
issue 11).

Every clause of a message counts as general when all of these hold:

- a word of the pack's `dealt-with` marker stands in it (a court's or a coroner's last word on
  a case: "jailed", "sentenced", "judge", "inquest"; not "charged" or "arrested", which leave
  the case open, nor "convicted" alone: "her mum's boyfriend was convicted of abusing a child"
  tells of a child near him now);
- nothing in it asks (a report asks nothing);
- no word of `writer-words` or `advice-reader` ("I", "our", "you"): the writer's own case or
  the reader's is not a report;
- no occasion ("last week", "has just told") and no word of `own-now` or `dealt-not` ("still",
  "yesterday", "bail", "released", "next door", "contact", "living", "new", "terrified", "is"):
  "he's out on bail and living next door to her again", "he was released last week and has
  been messaging her", "the court let him have contact and she's terrified" tell of someone at
  risk now, and so still ring;
- every clause holding a sign of harm and a person (a noun for people or a word of
  `dealt-people`: "he", "her") tells the past, with a word of `dealt-past` ("was", "had",
  "been") or of `dealt-with`: "y9 girl's dad was sentenced for assault, he hits her and her mum"
  tells harm now in its second clause.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_types import Hit, Kind, Tokens

__all__ = ["dealt_with"]

# The markers whose words say the message tells of the writer, the reader or a risk now.
_SIGNS = frozenset({Kind.CUE, Kind.TERM, Kind.SIGNAL})
_PERSON = ""  # stands for a person in a clause's words (no word is empty)
_NOT_A_REPORT = ("writer-words", "advice-reader", "own-now", "dealt-not")


def dealt_with(hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]) -> set[int]:
    """Every clause of a message that reports, in the third person, a case a court or a coroner
    has dealt with, with no one at risk now (see the module docstring); no clause otherwise.

    Args:
        hits: every phrase of the pack that matched, harm and context alike.
        read: the message as the detector read it.
        markers: the stems of the pack's markers by name: `dealt-with`, `dealt-not`,
            `writer-words`, `advice-reader` and `own-now`.
    """
    words = read.words
    if markers["dealt-with"].isdisjoint(words) or read.questions or read.marked:
        return set()
    if any(not markers[name].isdisjoint(words) for name in _NOT_A_REPORT):
        return set()
    if any(h.phrase.kind is Kind.OCCASION for h in hits):
        return set()
    people, past = markers["dealt-people"], markers["dealt-past"] | markers["dealt-with"]
    clauses: dict[int, set[str]] = {}
    for at, word in enumerate(words):
        said = clauses.setdefault(read.clause_of[at], set())
        said.add(_PERSON if at in read.persons or word in people else word)
    if any(
        _PERSON in clauses[h.clause] and past.isdisjoint(clauses[h.clause])
        for h in hits
        if h.phrase.kind in _SIGNS
    ):
        return set()
    return set(clauses)
