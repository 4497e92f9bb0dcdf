"""Harm happening now, where the writer is (round 42, tryout42 #4).

A delivery driver who "heard a man screaming at a kid and a thud and the kid crying, im still
parked outside", someone knocking at a flat where a toddler is "leaning over the railing" of a
balcony, a neighbour who "just heard a smash and the baby crying" got the general signpost, 999
its second sentence; "should i call 999 or is that overreacting" got "if someone is in immediate
danger…"; a knife threat got "Call the police now, on 999" only beneath its signpost, and "what
do i do" after it the general steps.

Now a message telling a harm as happening now, the writer there hearing or seeing it (the
typed-words pack's worry `danger-now`: present-tense words, which a past matter or a general
question does not use), or a threat to kill or hurt with a weapon named (its worry `threat` and
the risk pack's set `weapon`), leaves the mark "danger-now" on its finding: its signpost leads
with ring 999 now (the about pack's `now_first`), and the follow-ups of that case keep it:
asking about 999 or the police gets `now_police` ("Yes: ring 999 now"); "what do I do", "should
I go in" (the worry `go-in`) or danger now told again get `now_steps`. Imported only with a harm
told or after a signpost.

Round 42 (tryout43 #1): a knife or a beating "right now" outside the flats, a threat to kill in a
GP waiting room, a drunk dad with his car keys collecting a child are danger now too: a time or
place of now (the worry `now-here`) with a weapon or an attack going on (`attack-now`), or a
drunk parent (the risk pack's set `drunk`) about to drive (`drive-off`), not told as past
(`now-past`); a "right now" only in the question asked (`now-asked`: "what do i do right now")
is no time of the harm, and asked after this signpost gets `now_steps`.

Round 43 (now47, tryout44 #1): an overdose being taken or just taken ("she's swallowed a whole
packet of pills and is in her room on her own right now": the worries `overdose-things` and
`overdose-now`; not told as past, `now-past`, but for a finding just now, `overdose-found`; nor
cared for, `overdose-safe`) is danger now too, marked "overdose-now" as well: its signpost leads
with ring 999 for an ambulance (`now_overdose`), and "what do i do" or "should i call 999" after
it get `now_overdose_steps`. A threat to kill told
with a time or place of now ("her partner is outside the office now … shouting hes going to kill
her"), and a weapon at hand with a threat ("had a knife in his waistband … shouting he'd stab
the teacher"), are danger now unless told as past ("he said last year he'd kill her").

Round 44 (danger58, tryout46 #7): a threat at the front door, kicking it, is danger now; "has
found the refuge" tells no past. A harm told with the person at risk where the writer is now
("theyre in the waiting room now": the worry `here-now`) is marked "here-now": its signpost
leads with keeping them safe now, 999 if they may be hurt or taken (the about pack's
`here_first`).

Round 44 (now70, tryout48 #1): peril now told with no place of now beside it (the worry
`peril-now`: "a toddler strapped in a car ... in this heat", "being pushed into a car") and a
weapon held now (a `weapon-held` phrase just before a weapon: "he's got a knife", told mid-check
too) are danger now, unless told as past ("a toddler was left in a car last summer").

Round 45 (danger81, tryout75 #2): an assault seen or heard now ("just saw through the window a
bloke pinning a woman against the wall by her throat": the worries `seen-now` and
`attack-doing`, not after a word of `attack-not-now`), drink or drugs seen on a parent about
to drive ("slurring and staggering and is putting her 2 kids in the car": `drink-smelt`,
`drive-off`) are danger now; a baby shaken or hurt not long ago is marked "baby-hurt"
(`dialogs.baby_hurt`), its signpost led by getting the baby checked now.

Round 45 (drugs86, issue 11): drink or drugs taken (the worry `substance-taken`) and someone
collapsed, unconscious or fitting now (`substance-collapse`: "shes passed out drunk at the party
and we cant wake her") is marked as an overdose now: an ambulance leads.

Round 46 (miss109, tryout100 #2): pills taken in an amount in the last day (`overdose-amount`,
the last day `recent-past`: "last night she took 20 paracetamol") lead with an ambulance however
well they seem; a collapse that is an emergency with nothing named as taken (`collapse-grave`:
"the little girl said mummy wont wake up") does too; a film's plot (`story-frame`) gets no lead;
the one who harms where the writer is now (`harmer-here`: "he is in the waiting room") is
"here-now", whenever the harm was.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from dialogs.baby_hurt import BABY_HURT, BabyHurt
from dialogs.contract import Private, Reply
from dialogs.life_now import LIFE_NOW, LifeNow
from dialogs.now_told import NowTold
from dialogs.threat_voice import threatens_writer
from knowledge.matching.text import words
from knowledge.risk import RiskFinding
from knowledge.risk_pack import CaseMark
from knowledge.text_packs import AboutPack
from knowledge.typed_words import TypedWordsPack

DANGER_NOW: CaseMark = "danger-now"
"""The mark a finding, and the case signposted, gets for harm happening now."""
OVERDOSE_NOW: CaseMark = "overdose-now"
"""The mark a finding gets, beside "danger-now", for an overdose taken now or just taken."""
THREAT_TO_YOU: CaseMark = "threat-to-you"
"""The mark a finding gets for a threat to kill or seriously hurt made against the writer ("my
husband says he will kill me if i leave"; round 44): whether its writer tells of themselves is
read after (`dialogs.own_voice`), and their signpost then leads with their own safety."""
HERE_NOW: CaseMark = "here-now"
"""The mark a finding gets for a harm told with the person at risk where the writer is now."""
CHILD_LOST: CaseMark = "child-lost"
"""A small child alone or lost now, with danger now: kept with staff, and 999 (round 47)."""


class DangerNow(NowTold):
    """Reads harm happening now (`NowTold`), marks a finding by it, and answers the follow-ups
    of its case. Pure; built at the first message that tells a harm, or the first turn after a
    signpost."""

    def __init__(
        self,
        typed: TypedWordsPack,
        weapons: Iterable[str],
        about: AboutPack,
        drunk: Iterable[str] = (),
        *,
        kids: Iterable[str] = (),
        objects: Iterable[str] = (),
        habit: Iterable[str] = (),
    ) -> None:
        """`about`: the about pack, whose texts the replies are; the typed-words pack `typed`
        (with `dialogs.baby_hurt`'s worries, a baby hurt) and the rest as `NowTold`."""
        super().__init__(typed, weapons, drunk, kids=kids, objects=objects, habit=habit)
        self._baby = BabyHurt(typed, not_now=self._habit_or_own)
        self._life = LifeNow(typed)
        said = about.worry_replies
        self._steps, self._police = said.now_steps, said.now_police
        self._overdose_steps, self._life_steps = said.now_overdose_steps, said.now_life_steps
        self._footer = about.follow_up_footer

    def marked(self, finding: RiskFinding, text: str) -> RiskFinding:
        """`finding`, for `text`, with the mark "danger-now" when `text` tells of harm
        happening now or a risk to one's own life planned for now (`dialogs.life_now`;
        "life-now" beside it when that plan alone tells it), and "overdose-now" beside it for an
        overdose taken now; "here-now" for a harm told with the one at risk where the writer is
        now; and "threat-to-you" when it tells of a threat made against the writer
        (`dialogs.threat_voice.threatens_writer`)."""
        found = words(text)
        if THREAT_TO_YOU not in finding.marks and threatens_writer(self._threat, found):
            finding = replace(finding, marks=(*finding.marks, THREAT_TO_YOU))
        if DANGER_NOW in finding.marks or HERE_NOW in finding.marks:
            return finding
        if self._story.first_in_words(found) is not None:  # a film's plot happens to no one now
            return finding
        now = self._tells(found)
        if not now and not self._life.tells(finding, found):
            if BABY_HURT not in finding.marks and self._baby.tells(found):
                return replace(finding, marks=(*finding.marks, BABY_HURT))
            return self._here_marked(finding, found)
        overdose = (OVERDOSE_NOW,) if self._overdosed(found) else ()
        life = () if now else (LIFE_NOW,)  # danger now only for a plan told for now
        lost = self._child_lost(finding, found) if now else ()
        return replace(finding, marks=(*finding.marks, DANGER_NOW, *overdose, *life, *lost))

    def _child_lost(self, finding: RiskFinding, found: list[str]) -> tuple[CaseMark, ...]:
        """The mark "child-lost" when `found`, danger now, tells of a child alone or lost (the
        worry `child-lost`: "on his own for an hour", "we close in"), not of an adult."""
        alone = finding.concerns != "adult" and self._lost.first_in_words(found) is not None
        return (CHILD_LOST,) if alone else ()

    def _here_marked(self, finding: RiskFinding, found: list[str]) -> RiskFinding:
        """`finding` with the mark "here-now" when its words tell of the person at risk where
        the writer is now ("theyre in the waiting room now"), not as past."""
        # The one who harms here now ("hes in the waiting room") is now, whenever the harm was.
        if self._harmer.first_in_words(found) is None and (
            self._with_us.first_in_words(found) is None or self._told_past(found)
        ):
            return finding
        return replace(finding, marks=(*finding.marks, HERE_NOW))

    def asks_to_go_in(self, text: str) -> bool:
        """Whether `text` asks whether to go in, knock, step in or leave ("should i go in")."""
        return self._go_in.first_in_words(words(text)) is not None

    def asks_what_now(self, text: str) -> bool:
        """Whether `text` asks what to do right now ("what do i do right now")."""
        return self._asked.first_in_words(words(text)) is not None

    def steps(self, *, overdose: bool = False, life: bool = False) -> Reply:
        """What to do now, after a signpost of harm happening now: 999 now, don't go in; after
        an overdose's (`overdose`), an ambulance now; after a risk to one's own life's
        (`life`), 999 now and stay with them."""
        said = self._overdose_steps if overdose else self._life_steps if life else self._steps
        return Reply(text=f"{said}\n\n{self._footer}", private=Private.RISK_OF_HARM)

    def police(self, *, overdose: bool = False, life: bool = False) -> Reply:
        """Whether to call 999, after a signpost of harm happening now: yes, now; after an
        overdose's (`overdose`), an ambulance now; after a risk to one's own life's (`life`),
        yes, now, and stay with them."""
        said = self._overdose_steps if overdose else self._life_steps if life else self._police
        return Reply(text=f"{said}\n\n{self._footer}", private=Private.RISK_OF_HARM)
