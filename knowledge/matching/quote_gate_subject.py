"""The quote gate's last checks: does the question name what the entry speaks of?

After the checks of where the asker is, of the case a question tells of and of the kind of ask
(`quote_gate.py`), an outright answer must still name its entry's subject: a view, a quality, a
kind of thing or another topic the entry never speaks of withholds it ("What do practitioners
think about information sharing?", "Why is data security important?"); so does a subject the
entry never names, after the sharer's words or in a label or a story; and the question must hold
one of the entry's `anchors`. `QuoteGate.check` owns one `SubjectChecks` and asks it last.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from knowledge.matching.anchors import BareNo
from knowledge.matching.asked_of import AboutToo, why_is_order
from knowledge.matching.question_forms import ELLIPTIC, hedge_end
from knowledge.matching.quote_gate_checks import foreign_in_label, names_what_it_is_about
from knowledge.matching.quote_gate_tables import GateTables
from knowledge.matching.reading import Reading
from knowledge.matching.segment import Segment

if TYPE_CHECKING:
    from knowledge.matching.conditions import MainClause


class SubjectChecks:
    """The quote gate's checks that a question names what its entry speaks of."""

    def __init__(self, tables: GateTables, bare_no: BareNo, about_too: AboutToo) -> None:
        """Check with the gate's tables, its reading of a bare no and of what else an entry
        is about."""
        self._t = tables
        self._bare_no = bare_no
        self._about_too = about_too

    def passes(
        self,
        number: int,
        segment: Segment,
        read: Reading,
        *,
        asked: list[str],
        own: str,
        question: list[str],
        kinds: frozenset[str],
    ) -> bool:
        """Whether entry `number`'s answer may be quoted for the question in `segment`, as far
        as what it names goes.

        Args:
            number: the entry whose answer is to be quoted.
            segment: the part of the message the decision was made on.
            read: the message's reading through the gate's normaliser.
            asked: the question's words, without a role label.
            own: the question's text, without a role label.
            question: the words the question asks with (a short one's, the whole segment's).
            kinds: every kind of ask in the question.
        """
        fixed_text = read.corrected_words(segment.text)
        fixed = read.corrected_words(own)  # the same text when there is no story: fixed once
        if self._t.holders.asks_anothers_view(number, asked, fixed):
            # "What do practitioners think about information sharing?", "what do teachers
            # think…?": entry 5 reports what children, young people and families think.
            return False
        if self._t.why_it_is.asks_another_quality(
            number, why_is_order(asked), why_is_order(fixed)
        ) or self._t.shared.shares_another_thing(number, asked, fixed):
            # "Why is information sharing so difficult?", "Why is data security important?":
            # entry 1 answers why sharing is important, not why it is hard, nor why security
            # is (nor "Explain why data security is important", in reported order); "What do
            # families think about sharing a room?" shares no information.
            return False
        if (
            self._t.another_topic.named(asked, fixed)
            or self._t.support_for.another_matter(number, asked, fixed)
            or self._t.kinds.another_kind(number, asked)
            or self._t.barrier_to.to_another_act(asked, fixed)
        ):
            # "Who is the guidance on restraint for?" asks about another guidance; "How should
            # my organisation support me when I'm off sick?", support with another matter.
            return False
        sharer = self._t.rules.sharer_end(number, asked, read)
        if self._foreign(number, asked, fixed, sharer):
            return False
        if own != segment.question and foreign_in_label(
            self._t, number, segment.question[: len(segment.question) - len(own)], read
        ):
            # "Nurse in NI - …": a role label taken off the question says where, too.
            return False
        if (
            segment.background
            and self._t.cases.refers_back(asked)
            and self._t.subjects.foreign_held(
                number,
                read.words(segment.background),
                read.corrected_words(segment.background),
            )
        ):
            # "We have CCTV of the car park. Does data protection stop us sharing it?": what
            # is shared is named in the story, and the entry never speaks of it.
            return False
        if segment.background and self._t.documents.points_to_another(
            number, asked, read.words(segment.background)
        ):
            # "I'm writing our new privacy notice. What is its purpose?": "its" is the notice's.
            return False
        if segment.background and self._t.subjects.later_year(read.words(segment.text)):
            # "The advice was updated in April 2024. What did it replace?" asks of a later one.
            return False
        if not names_what_it_is_about(
            self._t, number, asked, fixed, segment=segment, read=read
        ) or self._about_too.names_nothing_else(number, read.words(segment.text), kinds):
            # "What do families think about early help?" asks about something else; "how does
            # the DPA affect restaurants?" names the entry's subject, but not what it says of it.
            return False
        wanted = self._t.anchors.get(number)
        also = self._t.also.get(number)
        hedged = None if segment.background or len(fixed) != len(asked) else hedge_end(asked)
        if hedged is None:
            found = self._t.anchor_search.found(read.words(segment.text), fixed_text)
        else:
            # "I'm unsure what I'm allowed to share at the meeting": the hedge ("unsure", an
            # anchor of the entry on why practitioners need guidance) tells the writer's
            # state; the entry must be named in what is asked after it.
            found = self._t.anchor_search.found(asked[hedged:], fixed[hedged:])
        end = self._t.frames.end_of_first(asked)
        if end is not None:
            # "What does the guidance say about fathers?" names its subject after the frame: the
            # "about" of the frame is not the purpose entry's "what is it about?".
            subject = " ".join(asked[end:])
            found = (found & self._t.also_phrases) | self._t.anchor_search.found(
                asked[end:], read.corrected_words(subject)
            )
        terse = len(question) <= ELLIPTIC  # "ISP?" asks what it is
        if self._t.rules.asks_what_another_defines(number, asked, found):
            return False
        if wanted is not None and "," in own and self._main_clause.names_nothing(own, wanted, read):
            # "If the family say no, what happens to me?" asks past its condition.
            return False
        # "… mum says no. do i give it him?": a no in the story, but to what?
        return bool(
            (wanted is None or wanted & found or self._t.rules.asks_its_need(number, asked, read))
            and (also is None or terse or also & found)
            and not self._bare_no.unsaid(
                number,
                found,
                lambda: self._t.anchor_search.found(asked, fixed),
                segment,
                read,
            )
        )

    def _foreign(self, number: int, asked: list[str], fixed: list[str], sharer: int) -> str | None:
        # The subject check after the sharer's words. "What do kids in care think about teachers
        # knowing their business?": whose view is asked is the entry's own people, and it
        # reports their view of sharing with anyone, anywhere; a subject it never names still
        # holds it back.
        holders = self._t.holders.own_holders_asked(number, asked, fixed)
        if holders is not None and len(fixed) == len(asked):
            start, end = holders
            return self._t.subjects.foreign(
                number,
                [*asked[:start], *asked[end:]],
                [*fixed[:start], *fixed[end:]],
                parties_ok=True,
                settings_ok=True,
            )
        # Before the sharing verb of "when can…" the words name who shares; a law or an age
        # there is still the question's ("under the Care Act, when can I share…?"). An entry
        # whose answer holds whoever is told holds wherever the sharing is, too: "does the DPA
        # stop a college sharing…?" is the Act's answer, as "…sharing with the police?" is
        # (round 61); a subject named with the setting still holds it back ("…keeping records"),
        # and so does a setting in a question with no sharing in it ("which clinics have signed
        # our ISP?" asks a local fact).
        ok = number in self._t.party_ok
        sharing = ok and self._t.sharing_acts.first_in_words(asked) is not None
        return self._t.subjects.foreign(
            number, asked[sharer:], fixed[sharer:], parties_ok=ok, settings_ok=sharing
        ) or (
            self._t.subjects.foreign_subject(number, asked[:sharer], fixed[:sharer])
            if sharer
            else None
        )

    @functools.cached_property
    def _main_clause(self) -> MainClause:
        from knowledge.matching.conditions import MainClause  # noqa: PLC0415 (not for ask)

        return MainClause(self._t.anchor_search, self._t.cases.verbs)
