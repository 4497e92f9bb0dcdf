"""Does an entry speak of every particular subject a question names?

The matcher finds the nearest entry by the words a question shares with it; the words it does
not share weigh little. But "from what age can a child consent?" is not answered by the entry on
deciding whether to share, however close the rest of its wording: that entry never speaks of
ages. The not-covered pack's `case_questions` lists the particular things practitioners name
(`parties`: police, a GP, parents…; `people`: patients, pupils…; `subjects`: ages, capacity,
other laws, e-mail, records, a death…). A question naming one is quoted an entry only when
that entry's own wording (its question, answer, alternates, keywords and anchors, and approved
phrasings) names it too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import pairwise

from knowledge.matching.models import NotCoveredPack
from knowledge.matching.owner_groups import OwnerGroups
from knowledge.matching.phrases import PhraseSet
from knowledge.matching.text import words
from knowledge.qa_pack import QAEntry


class ConsentGivers:
    """Finds the parties a question names as the ones whose consent is asked about.

    "Should I get the parents' consent before I contact another agency?" names the parents as
    the people asked, not as where the information would go: a question about consent in
    general, which the entry on deciding whether to share answers. "Can I tell the parents?"
    names them as the recipients: a question about one case.
    """

    def __init__(self, parties: Iterable[str], after: Iterable[str], before: Iterable[str]) -> None:
        """Split every phrase once.

        Args:
            parties: the parties and people that may be named either way.
            after: words that, right after a party, make it the one asked ("s consent").
            before: words that, right before a party, do the same ("consent from the").
        """
        self._parties = PhraseSet(parties)
        self._after = PhraseSet(after)
        self._before = PhraseSet(before)

    def others(self, found: Sequence[str]) -> list[str]:
        """The words of a question without the parties it names as the ones asked."""
        ends_before = {end for ends in self._before.all_ends(found).values() for end in ends}
        parties = self._parties.all_ends(found)
        kept: list[str] = []
        i = 0
        while i < len(found):
            end = max(parties.get(i, ()), default=None)
            if end is not None and (i in ends_before or self._after.ends_at(found, end)):
                i = end
                continue
            kept.append(found[i])
            i += 1
        return kept


class SubjectCheck:
    """Finds the particular subjects of a question that its matched entry does not speak of."""

    def __init__(
        self,
        entries: Sequence[QAEntry],
        not_covered: NotCoveredPack,
        *,
        own_wording: Mapping[int, Sequence[str]] | None = None,
    ) -> None:
        """Find, once, which of the listed subjects each entry's own wording names.

        Args:
            entries: the Q&A entries.
            not_covered: the pack whose `case_questions` lists parties and subjects.
            own_wording: more phrasings per entry (approved alternates), as plain text, by
                entry number; read only for the entries asked about.
        """
        cases = not_covered.case_questions
        self._parties = PhraseSet((*cases.every_party, *cases.people) if cases else ()).made_whole()
        self._subjects = PhraseSet(cases.subjects if cases else ()).made_whole()
        self._settings = PhraseSet(cases.settings if cases else ()).made_whole()
        self._held = PhraseSet(cases.held_things if cases else ()).made_whole()
        # Listed both as a party and as a subject ("mash", "marac"): for an entry whose answer
        # holds whoever the sharing is with, a partner named is no reason to hold it back. Not
        # a body whose requests have gateways of their own (`requesters`: "the home office").
        self._party_subjects = (
            frozenset(cases.subjects)
            & frozenset((*cases.every_party, *cases.people)) - frozenset(cases.requesters)
            if cases
            else frozenset()
        )
        # Only parties: naming the person by their relation to a service ("patient consent")
        # sets the question in that service's own rules of confidentiality.
        self.consent_givers = ConsentGivers(
            cases.every_party if cases else (),
            cases.consent_after if cases else (),
            cases.consent_before if cases else (),
        )
        # Parties and people alike: "a patient's information" is whose it is, wherever it goes.
        self._owners = ConsentGivers(
            (*cases.every_party, *cases.people) if cases else (),
            cases.owner_after if cases else (),
            cases.owner_before if cases else (),
        )
        # Whoever's confidence it is, listed or not: "a young person's confidence".
        self._owner_groups = OwnerGroups(
            cases.owner_group_after if cases else (),
            cases.owner_group_openers if cases else (),
            cases.owner_group_breaks if cases else (),
        )
        self._provisions = frozenset(cases.provisions if cases else ())
        # A year no later than any the entries name ("the October 2008 guidance") is of their
        # time; a later one names a later edition or law ("the 2018 guidance").
        self._latest = max(
            (
                y
                for e in entries
                for t in (e.answer, *e.anchors)
                if may_name_a_year(t)
                for y in _years(words(t))
            ),
            default="",
        )
        self._entries = {e.number: e for e in entries}
        # Entries whose answer holds whichever service a question names (whom the guidance is
        # for, why sharing matters): a setting named is no reason to hold them back.
        self._any_service = frozenset(e.number for e in entries if e.speaks_of_parties)
        self._own: Mapping[int, Sequence[str]] = own_wording or {}
        self._named: dict[int, set[str]] = {}
        # Every entry's found now, not at its first question: a start reads them back from its
        # snapshot (entry 13's took about 2.5 ms of a start's first question).
        for number in self._entries:
            self._named_by(number)

    def others(self, found: Sequence[str]) -> list[str]:
        """The words of a question without the parties it names as the ones whose consent is
        asked, nor those it names as the ones the information is about. The latter only when
        the question names no one to share "with": in "can I share a patient's details with
        their family?" the patient stays, since the family is no party the pack lists."""
        kept = self.consent_givers.others(found)
        return kept if "with" in kept else self._owner_groups.others(self._owners.others(kept))

    def _named_by(self, number: int) -> set[str]:
        named = self._named.get(number)
        if named is None:
            named = set()
            e = self._entries.get(number)
            texts = (
                []
                if e is None
                else [
                    e.question,
                    e.answer,
                    *e.alternates,
                    *e.keywords,
                    *(a.removesuffix("*") for a in (*e.anchors, *e.anchors_also)),
                ]
            )
            for text in (*texts, *self._own.get(number, ())):
                found = words(text)
                named.update(
                    self._parties.all_in_words(found),
                    self._subjects.all_in_words(found),
                    self._settings.all_in_words(found),
                    self._held.all_in_words(found),
                )
                named.update(self._numbered_in(found))
            self._named[number] = named
        return named

    def _numbered_in(self, found: Sequence[str]) -> set[str]:
        """The years ("2018") and numbered provisions ("section 42", "schedule 2") named."""
        named = {y for y in _years(found) if y > self._latest}
        named.update(
            f"{w} {n}" for w, n in pairwise(found) if w in self._provisions and n.isdigit()
        )
        return named

    def later_year(self, found: Sequence[str]) -> bool:
        """Whether the words name a year later than any the entries name ("updated in April
        2024"): a later edition or law, whether in the question or the story before it."""
        return any(y > self._latest for y in _years(found))

    def foreign(
        self,
        number: int,
        typed: Sequence[str],
        fixed: Sequence[str],
        *,
        parties_ok: bool,
        settings_ok: bool = False,
    ) -> str | None:
        """The first particular subject a question names that entry `number` never speaks of.

        Args:
            number: the entry matched.
            typed: the question's words as typed (`words`).
            fixed: the same with typos fixed (`Normaliser.corrected_words`).
            parties_ok: the entry answers questions about sharing with a named party (an ISP
                is needed whoever the other party is), so naming a party or a person is no
                reason, even one also listed as a subject when shared with ("a protocol with
                the MASH").
            settings_ok: a setting named is no reason either (the entry's answer holds
                wherever the sharing is, as for entries that speak of any service).

        Returns:
            The subject or party as listed, or None when the entry names all the question does.
        """
        named = self._named_by(number)
        found = self._subjects.all_in_either(typed, fixed)
        found |= self._numbered_in(typed)
        if number not in self._any_service and not settings_ok:
            # A setting is a service in another guise ("is the guidance for nurseries?"): no
            # reason to hold back an entry whose answer holds whichever service is named.
            found |= self._settings.all_in_either(typed, fixed)
        if parties_ok:
            found -= self._partners_shared_with(typed)
        else:
            found |= self._parties.all_in_words(self.others(typed))
        return min(found - named, default=None)

    def _partners_shared_with(self, typed: Sequence[str]) -> set[str]:
        """The partners listed as subjects too that the words name as the one shared with
        ("a protocol with the MASH"), not as what something is for ("an ISP for a MASH", a
        standing arrangement that no entry speaks of)."""
        named: set[str] = set()
        if not self._party_subjects:
            return named
        for start, ends in self._subjects.all_ends(typed).items():
            before = typed[max(0, start - 2) : start]
            if before[-1:] == ["with"] or (before[:1] == ["with"] and before[1] in _DETERMINERS):
                named |= self._subjects.all_in_words(typed[start : max(ends)])
        return named & self._party_subjects

    def foreign_subject(
        self, number: int, typed: Sequence[str], fixed: Sequence[str]
    ) -> str | None:
        """The first subject (not a party, person nor setting) the words name that entry
        `number` never speaks of, or None: `foreign` for words naming who shares, where a
        party or a setting is no reason but a law or an age still is ("under the Care Act,
        when can I share…?")."""
        found = self._subjects.all_in_either(typed, fixed)
        return min(found - self._named_by(number), default=None)

    def foreign_in_label(
        self, number: int, typed: Sequence[str], fixed: Sequence[str] | None
    ) -> str | None:
        """The first subject (not a party, person nor setting) a label before the question names
        as where the asker is ("in …") that entry `number` never speaks of, or None.

        A label says who asks ("health visitor:"), which is no reason to hold an entry back, and
        also where ("health visitor in Scotland:", "trust social worker in NI:"): under another
        nation's law and guidance, which the 2008 Q&A does not speak for. Only where: "social
        work student essay:" names an essay, and asks what the entry answers; nor a subject
        opening the label ("drug and alcohol worker:" says what the asker works with). A story
        before the question is read the same way ("I'm a nurse in Ontario.").

        `fixed` is the label with its typos fixed, None when it has none
        (`Reading.has_fixes`): most have none, and a story is the longest text the gate reads.
        """
        found: set[str] = set()
        for said in (typed,) if fixed is None else (typed, fixed):
            for start, ends in self._subjects.all_ends(said).items():
                # where the asker is: "in Scotland", "based in Wales" ("in NI" holds its "in")
                if said[start] == "in" or (start > 0 and said[start - 1] == "in"):
                    found |= self._subjects.all_in_words(said[start : max(ends)])
        return min(found - self._named_by(number), default=None)

    def foreign_held(self, number: int, typed: Sequence[str], fixed: Sequence[str]) -> str | None:
        """The first record or medium held (`held_things`) the words name that entry `number`
        never speaks of ("we have CCTV of the car park"), or None."""
        found = self._held.all_in_either(typed, fixed)
        return min(found - self._named_by(number), default=None)


# Grammar, not cues: the words between "with" and the partner shared with ("with the MASH").
_DETERMINERS = frozenset(("the", "a", "an", "our", "their", "your", "my", "its"))


def may_name_a_year(text: str) -> bool:
    """False only when `words(text)` holds no year: a quick look, since splitting every
    answer of a big pack was a twentieth of building the matcher.

    Its `clean` only removes characters or folds their case, except an HTML entity (`&`) or
    a character outside ASCII (a full-width digit), so two digits it leaves side by side were
    side by side in `text` already.
    """
    return "19" in text or "20" in text or "&" in text or not text.isascii()


def _years(found: Iterable[str]) -> Iterator[str]:
    return (w for w in found if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20"))
