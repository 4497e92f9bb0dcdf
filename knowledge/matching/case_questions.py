"""Questions about one case: a sharing verb and a party named, or a request someone made.

"Why is sharing important?" asks what the guidance says; "should I tell her parents?" asks about
one case, which no published answer decides. The not-covered pack's `case_questions` lists the
sharing verbs, the parties, who is outside the services, who makes requests (and who makes formal
ones), the acts other than sharing and the things shared; this module reads a question's words
against them. What follows a hit (a decline, the case topic's reply) is the quote gate's call.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from knowledge.matching.models import NotCoveredHit, NotCoveredPack
from knowledge.matching.phrases import PhraseSet
from knowledge.matching.subjects import SubjectCheck

# Grammar, not cues: the words between "to" and the party it names ("to her GP").
_DETERMINERS = frozenset(("the", "a", "an", "her", "his", "their", "our", "my", "your"))
_WINDOW = 3  # words: "to" and its determiners before a party; twice that for what goes there
_KEPT = 5  # words: what is kept between "keep" and "from" ("keep her test results from")
_TO_WHOM = frozenset(("to", "with"))  # grammar: the words naming whom something goes to
_REQUEST_REACH = 3  # words: a request at most two words after its party ("the police have asked")


class CaseQuestions:
    """Reads a question for the marks of one case: a recipient, an outsider, a request."""

    def __init__(self, not_covered: NotCoveredPack, subjects: SubjectCheck) -> None:
        """Index the pack's case-question phrases once.

        Args:
            not_covered: the pack holding `case_questions` and its topics.
            subjects: tells the person a question is about from the others it names.
        """
        self._subjects = subjects
        cases = not_covered.case_questions
        self.verbs = PhraseSet(cases.verbs if cases else ())
        self._parties = PhraseSet(cases.every_party if cases else ())
        self.roles = (*cases.every_party, *cases.roles) if cases else ()
        self._outside = PhraseSet((*cases.outside_parties, *cases.colleagues) if cases else ())
        self._asking = PhraseSet((*cases.outside_parties, *cases.requesters) if cases else ())
        self._requests = PhraseSet(cases.requests if cases else ())
        self._own_wishes = PhraseSet(cases.own_wishes if cases else ())
        self._other_acts = PhraseSet(cases.other_acts if cases else ())
        self._shared_things = PhraseSet(cases.shared_things if cases else ())
        topic = next((t for t in not_covered.topics if cases and t.id == cases.topic), None)
        self.reply = NotCoveredHit(topic.id, topic.reply) if topic else None
        self._refers_back = PhraseSet(cases.refers_back if cases else ())
        self._formal = PhraseSet(cases.formal_requesters if cases else ())
        formal = next((t for t in not_covered.topics if cases and t.id == cases.formal_topic), None)
        self.formal_reply = NotCoveredHit(formal.id, formal.reply) if formal else None
        # One set of acts for each second phrase ("from"): a set's tables are made at its
        # first search, and each made at a start costs it.
        acts: dict[str, list[str]] = {}
        for act, after in (w.split("…") for w in (cases.withholding if cases else ())):
            acts.setdefault(after.strip(), []).append(act.strip())
        self._withholding = tuple(
            (PhraseSet(kept), PhraseSet((after,))) for after, kept in acts.items()
        )
        self._addressing = PhraseSet(cases.addressing if cases else ())

    def names_a_recipient(self, question: list[str], sharer_end: int) -> bool:
        """Whether the question is about one case: a sharing verb and a party named after
        `sharer_end` (the words before it name the one sharing)."""
        if self.verbs.first_in_words(question) is None:
            return False
        return self.names_a_party(question[sharer_end:])

    def names_a_party(self, found: list[str]) -> bool:
        """Whether the words name a party, other than as the one the information is about or
        whose consent is asked ("I mean with his employer.", "It's the police who want it.")."""
        return self._parties.first_in_words(self._subjects.others(found)) is not None

    def names_a_service_by_initials(
        self, question: list[str], text: str, known: frozenset[str]
    ) -> bool:
        """Whether the question tells someone named in capitals in `text` (the question as
        typed) by initials not among the `known` words: right after an act whose next word is
        who is told, or "to" or "with" a few words after a sharing verb, past a determiner
        ("before we contact CADS about a child", "refer a family to the EHH"). A local
        service goes by initials no list holds; written so, it names a party all the same.
        Known initials are left to the other checks: a party listed
        ("the MASH") is read there, and "refer to the DPA" names a law, not a service."""
        initials = _initials(text) - known
        if not initials:
            return False
        slots = [end for ends in self._addressing.all_ends(question).values() for end in ends]
        # "refer a family to the EHH", "send the form to CADS": "to" or "with" a few words
        # after a sharing verb opens the slot too.
        slots.extend(
            at + 1
            for at, word in enumerate(question)
            if word in _TO_WHOM
            and self.verbs.first_in_words(question[max(0, at - 2 * _WINDOW) : at]) is not None
        )
        for slot in slots:
            told = [w for w in question[slot : slot + _WINDOW] if w not in _DETERMINERS]
            if told[:1] and told[0] in initials:
                return True
        return False

    def keeps_from_a_party(self, question: list[str]) -> bool:
        """Whether the question is about keeping something from a party it names ("is it right
        to keep vital information from parents?"): the one not told, as a sharing verb's
        recipient is the one told, so the question is about one case.

        Where: a withholding act, its second phrase ("from") within a few words, then a party
        within a few more ("withhold the report from her GP", "from a child's school").
        """
        return any(
            self._party_at(question, end)
            for act, after in self._withholding
            for end in _ends_after(act, after, question, _KEPT + 1)
        )

    def _party_at(self, question: list[str], start: int) -> bool:
        """Whether a party is named within a few words of word `start` ("from a child's
        school"), and not as the one the information is about or whose consent is asked."""
        told = self._subjects.others(question[start:])
        return any(self._parties.ends_at(told, at) for at in range(_WINDOW))

    def acts_on_a_story_party(self, question: list[str], story: list[str]) -> bool:
        """Whether the question asks to share, naming no one, after a story telling where the
        information would go ("…her booking info going to the health visitor. Do I still send
        the form?"): the recipient is the story's, and the question is about that one case.

        Where: a party right after "to" (past a determiner), with something shared or a
        sharing verb in the few words before ("details to the school", "notes going to her
        GP"); "I spoke to the parents" tells whom the asker spoke to, not where anything goes.
        """
        if self.verbs.first_in_words(question) is None:
            return False
        if self._parties.first_in_words(self._subjects.others(question)) is not None:
            return False
        told = self._subjects.others(story)
        for start in self._parties.all_ends(told):
            before = [w for w in told[max(0, start - _WINDOW) : start] if w not in _DETERMINERS]
            if before[-1:] != ["to"]:
                continue
            lead = told[max(0, start - 2 * _WINDOW) : start]
            if self._shared_things.first_in_words(lead) or self.verbs.first_in_words(lead):
                return True
        return False

    def tells_someone_outside(self, question: list[str]) -> bool:
        """Whether the question names someone outside the services after its sharing verb."""
        end = self.verbs.end_of_first(question)
        if end is None:
            return False
        after = self._subjects.others(question[end:])
        return self._outside.first_in_words(after) is not None

    def requested(self, found: list[str]) -> bool:
        """Whether a text's words tell of a request from someone outside or a requester
        ("an insurer has asked for…")."""
        return self._requested_by(self._asking, found)

    def requested_formally(self, found: list[str]) -> bool:
        """Whether a text's words tell of a formal request ("the police want a statement")."""
        return self._requested_by(self._formal, found)

    def names_formal(self, found: list[str]) -> bool:
        """Whether a text's words name a formal requester anywhere ("a detective", "a court")."""
        return self._formal.first_in_words(found) is not None

    def refers_back(self, question: list[str]) -> bool:
        """Whether the question points back to something its story named ("sharing it")."""
        return self._refers_back.first_in_words(question) is not None

    def asks_leave_for_another_act(self, question: list[str]) -> bool:
        """Whether the question asks leave for an act ("allowed to…") and names no sharing."""
        end = self._other_acts.end_of_first(question)
        return (
            end is not None
            and end < len(question)
            and self.verbs.first_in_words(question) is None
            and self._shared_things.first_in_words(question) is None
        )

    def _requested_by(self, parties: PhraseSet, found: list[str]) -> bool:
        """Whether a text's words tell of a request from one of `parties`: a party, then a
        request within two words ("the police have asked", "the court wants"), not followed by
        the party's own wish to share ("the bank wants to share…")."""
        return any(
            not self._own_wishes.ends_at(found, end)
            for end in _ends_after(parties, self._requests, found, _REQUEST_REACH)
        )


def _initials(text: str) -> frozenset[str]:
    """The words written in capitals in `text` (two to eight letters or digits, opening with a
    letter: "CADS", "EHH", "SPA"), lower-cased as `words` gives them; none in a text shouting in
    capitals throughout, where every word is written so."""
    if not any(c.islower() for c in text):
        return frozenset()
    runs = "".join(c if c.isascii() and c.isalnum() else " " for c in text).split()
    return frozenset(w.lower() for w in runs if 2 <= len(w) <= 8 and w[0].isalpha() and w.isupper())


def _ends_after(first: PhraseSet, then: PhraseSet, words: list[str], reach: int) -> Iterator[int]:
    """Where each phrase of `then` ends that starts within `reach` words of the end of a phrase
    of `first` (at its end or up to `reach` - 1 words after), in reading order of `first`."""
    for ends in first.all_ends(words).values():
        for end in ends:
            for at in range(end, min(end + reach, len(words))):
                yield from then.ends_at(words, at)


# Whether a question about the guidance's reach names someone to be told: "Does the guidance
# cover sharing info with a client's cleaner?" asks whether the cleaner may be told, not whom the
# guidance is for, nor which kinds of sharing it covers. The one told is named after the sharing
# act ("with a client's cleaner", "telling a tenant's landlord", "passing notes to the camp
# cook"), whoever they are, a listed party or not. The entries answering the `scope` ask speak of
# the guidance's readers and its kinds of sharing, never of whether one person may be told; the
# general entry answering the `necessity` ask (entry 4: consent is best practice) never says
# whether consent is needed to tell the camp cook, as no entry says it of the school (a party).

# Grammar, not cues: the words between "with" or "to" and the one told ("with her GP").
_TOLD_DETERMINERS = frozenset(("the", "a", "an", "her", "his", "their", "our", "my", "your", "its"))
# Grammar: words that make the one told a kind, not a person ("with other agencies", "with
# partner services"), and the agencies and services themselves ("to the agency that referred
# them"): what the guidance speaks of throughout.
_TOLD_GENERAL = frozenset(
    ("other", "others", "another", "partner", "partners", "any", "all", "each", "different")
) | {
    *("agency", "agencies", "service", "services", "organisation", "organisations"),
    *("professional", "professionals", "practitioner", "practitioners"),
}
# Pronouns, pointers and anyone: "sharing it with them", "share with anyone" name no one.
_TOLD_POINTERS = frozenset(("them", "him", "her", "me", "us", "you", "it", "this", "that")) | {
    *("whom", "anyone", "someone", "anybody", "somebody", "everyone", "everybody", "people")
}
# Grammar: words that begin another phrase after an act with no one told ("if the person can't
# be contacted to ask, can I still share?": no one is named after "contacted" or "ask").
_TOLD_NEXT_CLAUSE = frozenset(("to", "if", "can", "could", "so", "because", "when", "before"))
# Grammar: words ending the act's phrase before any "to" or "with": the act was a noun ("the
# information sharing guidance apply to pharmacists" names whom it applies to; "the sharing we
# do with the DVLA" is a kind of sharing, routine between bodies).
_TOLD_ACT_ENDS = frozenset(
    ("guidance", "apply", "applies", "relevant", "cover", "covers", "meant", "aimed", "is", "are")
) | {"we", "do"}
_TOLD_REACH = 4  # words from the end of the act to "with" ("sharing a pupil's notes with")


class OneTold:
    """Reads a question for the one told after its sharing act."""

    def __init__(
        self,
        scope_entries: Iterable[int],
        acts: Sequence[str],
        addressing: Sequence[str],
        parties: Sequence[str],
    ) -> None:
        """Index the phrases once.

        Args:
            scope_entries: the entries answering the `scope` ask (whom the guidance is for,
                what sharing it covers), and those answering `necessity` for no one case.
            acts: the words of sharing and what is shared (the pack's `sharing` objects): an
                act before "with", and never the one told ("with consent", "with the data").
            addressing: acts whose next words name the one told ("telling", "contact").
            parties: the listed parties: after "to" with no determiner ("to social services").
        """
        self._scope = frozenset(scope_entries)
        self._acts = PhraseSet(acts)
        self._addressing = PhraseSet(addressing)
        self._parties = PhraseSet(parties)

    def names_one_told(self, number: int, question: list[str]) -> bool:
        """Whether entry `number` is one of the scope entries and the question names someone told
        after a sharing act: right after an addressing act, after "with" a few words on from
        an act, or after "to" and a determiner or a listed party."""
        if number not in self._scope:
            return False
        slots = [e for ends in self._addressing.all_ends(question).values() for e in ends]
        for start, ends in self._acts.all_ends(question).items():
            if "who" in question[max(0, start - _TOLD_REACH) : start]:
                continue  # "people who share information with schools": the readers
            for end in ends:
                if question[end - 1] == "with":
                    slots.append(end)
                    continue
                for at in range(end, min(end + _TOLD_REACH, len(question))):
                    if question[at] in _TOLD_ACT_ENDS:
                        break  # "the information sharing guidance apply to pharmacists"
                    if question[at] == "with":
                        slots.append(at + 1)
                        break
                    if question[at] == "to" and self._to_someone(question, at + 1):
                        slots.append(at + 1)
                        break
        return any(self._someone_at(question, slot) for slot in slots)

    def _to_someone(self, question: list[str], at: int) -> bool:
        """Whether the words from `at` name someone after "to": a determiner, or a party
        ("to protect a child" names an act)."""
        if at >= len(question):
            return False
        return question[at] in _TOLD_DETERMINERS or bool(self._parties.ends_at(question, at))

    def _someone_at(self, question: list[str], at: int) -> bool:
        told = [w for w in question[at : at + 3] if w not in _TOLD_DETERMINERS]
        if not told:
            return False
        first = told[0]
        if first in _TOLD_GENERAL or first in _TOLD_POINTERS or first in _TOLD_NEXT_CLAUSE:
            return False
        return not self._acts.ends_at(told, 0)
