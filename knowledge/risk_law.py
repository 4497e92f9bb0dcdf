"""The law stated: a statute cited by name and year, told of no one in particular.

"The Serious Crime Act 2015 came into force on 1 October 2015, introducing a duty on all
professionals… to notify police if they discover that Female Genital Mutilation (FGM) has been
carried out on a girl under 18", "Significant harm. When local authority social services receive a
report about a child at risk of harm, abuse or neglect… S47 enquiries of the Children Act 1989
should be initiated": the harm words are what the law is about.

The reading holds for the whole message, and only when all of these do:

- it cites a statute: a word of the pack's `statutes` marker ("act") just before a year
  ("Children Act 1989");
- it never names its writer (no word of the `writer-words` marker: "I", "my", "we", "our"),
  names no occasion (the pack's `occasion` phrases: "yesterday", "has just told") and reports
  no one's words (no `telling` phrase: "A 14 year old says a man gives him drugs to sell. Is
  that exploitation under the Modern Slavery Act 2015?" tells a case);
- every cue or term of harm stands in the law's own words: in the clause citing the statute,
  or after a word of the `advice-if` marker in its sentence ("…to notify police if they
  discover that FGM has been carried out"); "The Children Act 1989 applies here. The kids next
  door are left alone for days and never fed." tells a case;
- it states and asks nothing (no sentence opening on a question word or ending in "?"): "Girl in
  care picked up by older men in cars. Is this CSE under the Sexual Offences Act 2003?" asks of
  a case;
- it names no one by an age ("15 yo girl", "a boy aged 12"; not a bound: "a girl under 18
  years old", `knowledge.risk_stated_ages`) nor by whose they are (no noun for people just after
  "his", "her" or "whose": "a boy whose stepdad hits him" is someone in particular, whatever
  law is cited beside).

Then no sign of harm in it counts. Round 37 (fa37); the marker words are data in the pack.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_stated_ages import stated_ages
from knowledge.risk_types import Hit, Kind, Tokens, stem_word

__all__ = ["law_stated"]

# Before a noun for people, someone in particular (stemmed as read: "whose" is "whos").
_WHOSE = frozenset(map(stem_word, ("his", "her", "whose")))
_CASES = frozenset({Kind.OCCASION, Kind.TELLING})  # "yesterday", "a boy says…": a case told
_SIGNS = frozenset({Kind.CUE, Kind.TERM})  # the strong signs: cues and terms
_CENTURIES = ("19", "20")  # a statute's year: "1989", "2015"


def law_stated(hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]) -> list[Hit]:
    """The hits, or none when the message states the law: it cites a statute by name and year
    (`statutes`, then a year), names neither its writer (`writer-words`) nor an occasion,
    reports no one's words (a `telling` phrase), asks nothing, and names no one by an age or by
    whose they are.

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`statutes`, `writer-words`, `advice-if`).
    """
    statutes = markers.get("statutes", frozenset())
    words = read.words
    if statutes.isdisjoint(words) or not markers.get("writer-words", frozenset()).isdisjoint(words):
        return hits
    cited = {
        read.clause_of[i] for i, w in enumerate(words[:-1]) if w in statutes and _year(words[i + 1])
    }
    if not cited or any(h.phrase.kind in _CASES for h in hits):
        return hits
    # Every cue or term stands in the law's own words: in the clause citing the statute, or after
    # a supposition in its sentence ("…to notify police if they discover that FGM has been
    # carried out", "The duty arises when a teacher is informed by a girl that FGM…"); "The
    # Children Act 1989 applies here. The kids next door are left alone for days…" tells a case.
    supposing = markers.get("advice-if", frozenset())

    def in_law(h: Hit) -> bool:
        if h.clause in cited:
            return True
        start = read.sentence_of.index(h.sentence)
        return not supposing.isdisjoint(words[start : h.position])

    if any(h.phrase.kind in _SIGNS and not in_law(h) for h in hits):
        return hits
    if read.questions or read.marked or stated_ages(read, writer=markers["age-writer"]):
        return hits
    if any(k > 0 and words[k - 1] in _WHOSE for k in read.persons | read.kin):
        return hits
    return []


def _year(word: str) -> bool:
    """Whether a word is a year of the last two centuries ("1989", "2015")."""
    return len(word) == 4 and word.isdigit() and word.startswith(_CENTURIES)
