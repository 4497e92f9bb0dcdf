"""The readers a follow-up is read by, each built at its first use: the worries after a
signpost (`AfterSignpost`), a new subject, the staff and accused follow-ups, danger and danger
now, and a topic declined. `infoshare ask` starts without their phrases, so none is built until
a turn needs it. `dialogs.follow_ups` asks them."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dialogs.accused_consent import AccusedConsent
    from dialogs.after_signpost import AfterSignpost
    from dialogs.commands import ReplyParts
    from dialogs.danger_follow_up import DangerFollowUp
    from dialogs.danger_now import DangerNow
    from dialogs.declined import DeclinedFollowUps
    from dialogs.new_subject import NewSubject
    from dialogs.parent_harmed_too import ParentHarmedToo
    from dialogs.staff_follow_up import StaffFollowUp
    from knowledge.loader import Knowledge


class FollowUpReaders:
    """The follow-up readers of one assistant, built lazily from its knowledge. Pure."""

    def __init__(self, knowledge: Knowledge, parts: ReplyParts) -> None:
        """`parts`: the reply parts (the Q&A, texts and signpost) the readers answer with."""
        _, self._qa, self._texts, _, self._signpost = parts
        cases = knowledge.not_covered.case_questions
        consent_topics = frozenset((cases.topic, *cases.consent_topics) if cases else ())
        own = [t for t in knowledge.not_covered.topics if t.id not in consent_topics]
        self._after_from = (knowledge.typed_words, knowledge.about)
        self._weapons = knowledge.risk.sets.get("weapon", ())
        self._drunk = knowledge.risk.sets.get("drunk", ())
        self._kids = knowledge.risk.sets.get("kid", ())
        self._habit = knowledge.risk.markers.get("collapse-habit", ())
        self._objects = (*knowledge.risk.sets.get("them", ()), *knowledge.risk.sets.get("det", ()))
        self._declined_from = (knowledge.typed_words, own)
        self.one_person = frozenset(knowledge.risk.markers.get("consent-one-person", ()))
        """The pronouns of one person, for consent asked of the one told of
        (`dialogs.case_consent.of_the_one_told`)."""

    @functools.cached_property
    def after(self) -> AfterSignpost:
        """The replies to a worry just after a signpost."""
        # Built at the first turn after a signpost: `infoshare ask` starts without its phrases.
        from dialogs.after_signpost import AfterSignpost  # noqa: PLC0415

        return AfterSignpost(self._signpost, self._texts, *self._after_from)

    @functools.cached_property
    def parent_harmed(self) -> ParentHarmedToo:
        """Whether to tell a parent, after the signpost of harm at home (round 48)."""
        from dialogs.parent_harmed_too import ParentHarmedToo  # noqa: PLC0415 (after harm)

        return ParentHarmedToo(self._after_from[1])

    @functools.cached_property
    def new_subject(self) -> NewSubject:
        """The reading of a follow-up that asks something else in its first words."""
        # Built at the first turn after a signpost, as `after` is.
        from dialogs.new_subject import NewSubject  # noqa: PLC0415

        return NewSubject(self._after_from[0].worries)

    @functools.cached_property
    def staff(self) -> StaffFollowUp:
        """The follow-ups about the one accused in an allegation against staff."""
        # Built at the first turn after a signpost, as `after` is.
        from dialogs.staff_follow_up import StaffFollowUp  # noqa: PLC0415

        return StaffFollowUp(self._signpost, *self._after_from)

    @functools.cached_property
    def accused(self) -> AccusedConsent:
        """The follow-ups asking the one accused's consent."""
        # Built at the first turn after a signpost, as `after` is.
        from dialogs.accused_consent import AccusedConsent  # noqa: PLC0415

        return AccusedConsent(self._signpost, *self._after_from)

    @functools.cached_property
    def danger(self) -> DangerFollowUp:
        """The follow-ups speaking of danger to someone who can be found."""
        # Built at the first harm told or turn after a signpost, as `after` is.
        from dialogs.danger_follow_up import DangerFollowUp  # noqa: PLC0415

        return DangerFollowUp(*self._after_from)

    @functools.cached_property
    def now(self) -> DangerNow:
        """The reading of harm happening now, and its follow-ups."""
        # Built at the first turn after a signpost, as `after` is.
        from dialogs.danger_now import DangerNow  # noqa: PLC0415

        typed, about = self._after_from
        return DangerNow(
            typed,
            self._weapons,
            about,
            self._drunk,
            kids=self._kids,
            objects=self._objects,
            habit=self._habit,
        )

    @functools.cached_property
    def declined(self) -> DeclinedFollowUps:
        """The follow-ups to a topic just declined."""
        # Built at the first follow-up to a declined topic: `infoshare ask` never has one.
        from dialogs.declined import DeclinedFollowUps  # noqa: PLC0415

        return DeclinedFollowUps(*self._declined_from, self._qa)
