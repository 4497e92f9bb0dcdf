"""A risk to someone's own life planned for now (round 45, life93; issue 11).

"im a hairdresser, a client said she was going to end it all tonight" got the signpost with 999
only in its self-harm line, though "tonights the night, he's alone" led with it. A finding of a
risk to one's own life (the mark "own-life") whose message tells a plan followed within a few
words by a time of now ("kill himself tonight", "jump off the bridge later tonight", "wont be
alive by tomorrow"), or a goodbye just sent, is danger now: its signpost leads with ring 999
(the about pack's `now_life`, `dialogs.danger_lead`). Not when told as past ("tried to end it
all years ago, doing well now"), nor a question of what to do in general or a story ("what do we
do if a client says…", "in the film the main character plans to kill himself tonight"). The words
are the typed-words pack's worries `life-plan`, `life-when`, `life-sent` and `life-not-now`, with
`now-past` and the times of just now of `overdose-now`. Imported only with a harm told.
"""

from __future__ import annotations

from knowledge.matching.phrases import PhraseSet
from knowledge.risk_pack import CaseMark
from knowledge.risk_types import RiskFinding
from knowledge.typed_word_names import WorryName
from knowledge.typed_words import TypedWordsPack, phrases_of

OWN_LIFE: CaseMark = "own-life"
"""The mark of a finding of a risk to someone's own life (the risk pack's self-harm kind)."""
LIFE_NOW: CaseMark = "life-now"
"""The mark a finding gets, beside "danger-now", when only a plan for now makes it danger now
(`dialogs.danger_now.DangerNow.marked`): a young person's own words come first for it
(`dialogs.danger_lead.own_words_first`)."""
# Not beside a threat to the writer or a partner's abuse ("said he was going to kill himself
# tonight and kill me too"), the writer's own plan, or a threat to end a life used to control the
# writer (`dialogs.life_plans`): "stay with them" is no word for one he may hurt.
_NOT_BESIDE = frozenset(("threat-to-you", "domestic-abuse", "life-mine", "life-control"))
_GAP = 4  # the most words between a plan and its time ("take all his pills tonight")


class LifeNow:
    """Reads a risk to someone's own life planned for now. Pure; built with
    `dialogs.danger_now`."""

    def __init__(self, typed: TypedWordsPack) -> None:
        """`typed`: the typed-words pack, whose worries `life-plan`, `life-when`, `life-sent`,
        `life-not-now`, `now-here`, `now-past` and `overdose-now` tell it."""
        worries = typed.worries

        def phrases(*names: WorryName) -> PhraseSet:
            return PhraseSet([p for n in names for p in phrases_of(worries.get(n, ""))])

        # A phrase tells one worry only: "right now" of `now-here` is read here as well.
        self._plan, self._when = phrases("life-plan"), phrases("life-when", "now-here")
        self._sent, self._not_now = phrases("life-sent"), phrases("life-not-now")
        self._past, self._just = phrases("now-past"), phrases("overdose-now")

    def tells(self, finding: RiskFinding, found: list[str]) -> bool:
        """Whether `found`, the words of a message whose finding is `finding`, tells of a risk
        to someone's own life planned for now or a goodbye just sent ("said she was going to
        end it all tonight"), not as past, a general question, a story or the writer's own
        plan, nor beside a threat to the writer or a partner's abuse."""
        if OWN_LIFE not in finding.marks or not _NOT_BESIDE.isdisjoint(
            (*finding.marks, *finding.categories)
        ):
            return False
        if self._not_now.first_in_words(found) is not None:
            return False
        when = self._when.all_ends(found)
        planned = any(
            start in when
            for ends in self._plan.all_ends(found).values()
            for end in ends
            for start in range(end, end + _GAP + 1)
        )
        sent = self._sent.all_ends(found)
        if not planned and not sent:
            return False
        # A word of the past inside a time of now ("an hour ago", "later tonight") is no past.
        spans = {
            i
            for start, ends in {**when, **sent, **self._just.all_ends(found)}.items()
            for i in range(start, max(ends))
        }
        outside = [w for i, w in enumerate(found) if i not in spans]
        return self._past.first_in_words(outside) is None
