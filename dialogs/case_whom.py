"""A harm told again in a conversation whose case is signposted already is read for the same
person: round 41 (staff40, tryout39 #10, #11).

"a resident has unexplained bruising on her arms" got the adult signpost; "and she told me one
of the carers said he'd hurt her if she tells" next, read on its own, names no one whose age
tells, and got "a child or an adult", the children's front door (MASH) and the LADO. So did
"she's saying she was drunk and it's her fault" after a 19-year-old's case. The conversation
knows whom its case concerns by the contacts it keeps (`ConversationState.contacts`: adult
social care alone, or children's social care alone; no text): a finding of "either" is read as
that case's (`whom_of`), its contacts, notes and marks as `knowledge.risk_finding.judge` gives
them for that person, unless the message names a child (`names_child`: an age, "pupil", "her
son (6)") or a pregnancy, or, for a child's case, a grown-up too ("his mum's carer hit him":
both stay). Imported only when a message tells of harm after a signpost.

Round 42 (whom42): the case is the LAST one signposted (`ConversationState.whom`), not every
case told since the last check began (whose contacts, joined, named both once a child's and an
adult's case were told, and the follow-up of either was "a child or an adult"); and a new case
told with an age of 18 or over after a child's case ("she's 19 and…") starts afresh, as one
with an age under 18 after an adult's does. Ages are read by `knowledge.risk_words.age_in_word`.
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.matching.text import words
from knowledge.risk_pack import ADULT_MARKS, Concern, RiskPack
from knowledge.risk_types import RiskFinding
from knowledge.risk_words import ADULT_AGE, age_in_word, gives_an_age

__all__ = ["CaseWhom", "whom_of"]

_CHILDREN = "childrens-social-care"
_ADULTS = "adult-social-care"
_LADO = "lado"
_GROWN_KIDS = frozenset(
    {
        *("son", "daughter", "sons", "daughters", "brother", "sister", "sibling", "siblings"),
        *("stepson", "stepdaughter", "grandson", "granddaughter", "nephew", "niece", "student"),
        *("students", "eldest", "oldest", "youngest", "twin", "twins"),
    }
)
"""Words of the risk pack's `kid` set that may name a grown-up ("her son hits her"): no child
named by them alone."""
_MONTHS = "mo"  # "6mo": a baby's age
# An age of 18 or over is told after these ("she's 19" is read "she 19", "aged 19") or before
# these ("a 19 year old"), or run into one ("19yo"): not "he hit her 20 times".
_AGE_BEFORE = frozenset({"she", "he", "shes", "hes", "is", "aged", "age", "turned"})
_AGE_AFTER = frozenset({"year", "years", "yr", "yrs", "yo"})
_SCHOOL_YEAR = frozenset({"year", "yr", "y"})


def whom_of(contacts: tuple[str, ...], last: Concern | None = None) -> Concern | None:
    """Whom a case signposted concerns: the last case's person (`last`, the state's `whom`:
    "child" or "adult", None for "either"), or, kept before round 42, by the case's contacts:
    "adult" with adult social care and no children's social care, "child" the other way
    round, None for both or neither."""
    if last is not None:
        return None if last == "either" else last
    children, adults = _CHILDREN in contacts, _ADULTS in contacts
    if children == adults:
        return None
    return "child" if children else "adult"


class CaseWhom:
    """Reads a harm told after a signpost as its case's. Pure; built from the risk pack."""

    def __init__(self, pack: RiskPack) -> None:
        """`pack`: the risk pack, whose word sets, `unborn` and `child-work` markers and
        categories' adult notes are read."""
        sets, markers = pack.sets, pack.markers
        self._child = (
            frozenset((*sets.get("kid", ()), *sets.get("teen", ()), *sets.get("small", ())))
            - _GROWN_KIDS
        )
        self._grown = frozenset((*sets.get("adult", ()), *sets.get("family", ())))
        self._unborn = frozenset(markers.get("unborn", ()))
        self._child_work = frozenset(markers.get("child-work", ()))
        self._adult_notes = {c.note: c.adult_note for c in pack.categories if c.adult_note}

    def names_child(self, said: list[str]) -> bool:
        """Whether the words `said` name a child (a `kid`, `teen` or `small` word that cannot
        be a grown-up's, an age under 18, a school year) or a pregnancy."""
        for at, word in enumerate(said):
            if word in self._child or word in self._unborn or _aged(word, below=True):
                return True
            if word in _SCHOOL_YEAR and at + 1 < len(said) and said[at + 1].isdigit():
                return True
        return False

    def read(
        self, finding: RiskFinding, case: tuple[str, ...], text: str, last: Concern | None = None
    ) -> RiskFinding:
        """`finding`, for `text` told after a case with the contacts `case` (the last of them
        concerning `last`, the state's `whom`), read as that case's person when it is "either"
        (the module docstring)."""
        whom = whom_of(case, last)
        if finding.concerns != "either" or whom is None:
            return finding
        said = words(text)
        if self.names_child(said):
            return finding
        if whom == "child":  # a grown-up named, or an age of 18 or over: someone else too
            if not self._grown.isdisjoint(said) or _grown_age(said):
                return finding
            kept = tuple(c for c in finding.contacts if c != _ADULTS)
            return replace(finding, concerns="child", contacts=kept)
        child_work = not self._child_work.isdisjoint(said)
        dropped = {_CHILDREN} if child_work else {_CHILDREN, _LADO}
        contacts = tuple(c for c in finding.contacts if c not in dropped)
        notes = finding.notes
        if not child_work:  # as `judge` gives them for an adult harmed by other staff
            notes = tuple(self._adult_notes.get(n, n) for n in notes)
        marks = tuple(m for m in finding.marks if m in ADULT_MARKS)
        return replace(finding, concerns="adult", contacts=contacts, notes=notes, marks=marks)


def _aged(word: str, *, below: bool) -> bool:
    """Whether `word` gives an age (`knowledge.risk_words.age_in_word`, or months run in:
    "6mo") under 18 (`below`), or of 18 or over."""
    age = age_in_word(word.removesuffix(_MONTHS) if word[:1].isdigit() else word)
    return age is not None and (age < ADULT_AGE) == below


def _grown_age(said: list[str]) -> bool:
    """Whether the words `said` give someone's age of 18 or over ("she's 19", "a 22 year old",
    "19yo"): someone else than a child's case's child."""
    return gives_an_age([w if _aged(w, below=False) else "" for w in said], _AGE_BEFORE, _AGE_AFTER)
