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
from dialogs.threat_voice import threat_phrases, threatens_writer
from dialogs.unnamed_substance import UnnamedSubstance
from knowledge.matching.phrases import PhraseSet
from knowledge.matching.text import words
from knowledge.risk import RiskFinding
from knowledge.risk_pack import CaseMark
from knowledge.text_packs import AboutPack
from knowledge.typed_word_names import WorryName
from knowledge.typed_words import TypedWordsPack, phrases_of

DANGER_NOW: CaseMark = "danger-now"
"""The mark a finding, and the case signposted, gets for harm happening now."""
OVERDOSE_NOW: CaseMark = "overdose-now"
"""The mark a finding gets, beside "danger-now", for an overdose taken now or just taken."""
THREAT_TO_YOU: CaseMark = "threat-to-you"
"""The mark a finding gets for a threat to kill or seriously hurt made against the writer ("my
husband says he will kill me if i leave"; round 44): whether its writer tells of themselves is
read after (`dialogs.own_voice`), and their signpost then leads with their own safety."""
_PUT_REACH = 6
"""Words from one being put to the vehicle ("putting a 13 year old into the back of a car"),
and before it to a word making it a habit."""
HERE_NOW: CaseMark = "here-now"
CHILD_LOST: CaseMark = "child-lost"
"""A small child alone or lost now, with danger now: kept with staff, and 999 (round 47)."""
"""The mark a finding gets for a harm told with the person at risk where the writer is now."""


_WHOM = frozenset(("him", "her", "them", "me", "us", "you"))  # "cant wake her up when…"
_AT_TIMES = frozenset(("in", "at"))  # before a time of day that makes a collapse a habit
_SAID_SHORT = {"he is": ("hes", "he"), "she is": ("shes", "she"), "they are": ("theyre",)}
"""How "he is" is typed: "hes", or "he's", read as "he" (its "'s" may be "has")."""


def untyped(phrase: str) -> tuple[str, ...]:
    """`phrase` and the forms a person types of it without the apostrophe or with it read
    away ("he is still here" as "hes still here" and "he's still here"; round 47, mend124:
    "hes still here" after a blow was not danger now)."""
    forms = [phrase]
    for full, shorts in _SAID_SHORT.items():
        head = f"{full} "
        for form in list(forms):
            if form.startswith(head) or f" {head}" in f" {form}":
                forms += [f" {form}".replace(f" {head}", f" {s} ", 1).strip() for s in shorts]
    return tuple(dict.fromkeys(forms))


class DangerNow:
    """Reads harm happening now, and answers the follow-ups of its case. Pure; built at the
    first message that tells a harm, or the first turn after a signpost."""

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
        """`typed`: the typed-words pack, whose worries `danger-now`, `threat`, `go-in`,
        `now-here`, `attack-now`, `drive-off`, `drink-smelt`, `peril-now`, `taken-doing`,
        `taken-into`, `weapon-held`, `seen-now`, `attack-doing`, `attack-not-now`, `now-past`,
        `now-asked`, the four `overdose-` ones and the two `substance-` ones tell it (and
        `dialogs.baby_hurt`'s, a baby hurt); `weapons`: the words naming a weapon (the risk
        pack's set `weapon`); `about`: the about pack, whose texts the replies are; `drunk`:
        the words for drunk or high (the risk pack's set `drunk`); `kids`: the words for a child
        (the risk pack's set `kid`), near whom someone who stays (`stays-near`) is danger now;
        `objects`: the words after "wont leave" that make it no staying put ("wont leave her
        alone", "wont leave the house": the risk pack's sets `them` and `det`); `habit`: the
        words after a collapse that tell it as a habit (the risk pack's marker
        `collapse-habit`)."""
        worries = typed.worries

        def phrases(*names: WorryName) -> PhraseSet:
            return PhraseSet(
                [v for n in names for p in phrases_of(worries.get(n, "")) for v in untyped(p)]
            )

        self._now, self._threat = phrases("danger-now"), threat_phrases(typed)
        self._lost = phrases("child-lost")  # peril now too (in `_in_peril`), read as past
        self._go_in, self._here = phrases("go-in"), phrases("now-here")
        self._with_us, self._harmer = phrases("here-now"), phrases("harmer-here")
        self._attack, self._drive = phrases("attack-now"), phrases("drive-off")
        self._smelt = phrases("drink-smelt")
        self._peril, self._held = phrases("peril-now", "child-lost"), phrases("weapon-held")
        self._putting, self._into = phrases("taken-doing"), phrases("taken-into")
        # The recent past ("last night") is past for any harm but an overdose taken in an amount
        self._past, self._asked = phrases("now-past", "recent-past"), phrases("now-asked")
        self._long_past, self._recent = phrases("now-past"), phrases("recent-past")
        self._amount = phrases("overdose-amount")
        self._pills, self._taken = phrases("overdose-things"), phrases("overdose-now")
        self._found, self._cared_for = phrases("overdose-found"), phrases("overdose-safe")
        self._seen, self._doing = phrases("seen-now"), phrases("attack-doing")
        self._not_now = frozenset(phrases_of(worries.get("attack-not-now", "")))
        self._substance = phrases("substance-taken")
        self._collapse = phrases("substance-collapse", "collapse-grave")
        self._grave = phrases("collapse-grave")  # an emergency with nothing taken named
        self._habit = frozenset(habit)
        self._story = phrases("story-frame")
        self._stays, self._kids = phrases("stays-near"), frozenset(kids)
        self._objects = frozenset(objects)
        self._woken = self._objects.intersection(_WHOM) | {"up"}
        self._unnamed = UnnamedSubstance(typed)  # nothing named: a party, or two signs
        self._weapons, self._drunk = frozenset(weapons), frozenset(drunk)
        self._baby = BabyHurt(typed, not_now=self._habit_or_own)
        self._life = LifeNow(typed)
        said = about.worry_replies
        self._steps, self._police = said.now_steps, said.now_police
        self._overdose_steps, self._life_steps = said.now_overdose_steps, said.now_life_steps
        self._footer = about.follow_up_footer

    def tells(self, text: str) -> bool:
        """Whether `text` tells of harm happening now: the writer there, hearing or seeing it,
        or a child in physical danger now ("i just heard a smash", "im still parked outside",
        "leaning over the railing"), an overdose taken now ("shes just taken a load of
        paracetamol"), or a threat to kill or hurt with a weapon named, not told as past
        ("outside her flat with a knife screaming hes going to kill her")."""
        return self._tells(words(text))

    def _tells(self, found: list[str]) -> bool:
        if self._now.first_in_words(found) is not None or self._here_now(found):
            return True
        if self._overdosed(found) or self._in_peril(found):
            return True
        if self._weapons.isdisjoint(found) or self._told_past(found):
            return False
        # A weapon only in the threat's own words ("has a gun") is no weapon at hand beside it.
        threats = self._threats(found)
        said = {w for t in threats for w in t.split()}
        return any(w in self._weapons and w not in said for w in found) and bool(threats)

    def _in_peril(self, found: list[str]) -> bool:
        """Whether `found` tells of someone in peril now with no place of now needed ("a
        toddler strapped in a car", "being pushed into a car"), or of a weapon held now ("he's
        got a knife"), not told as past."""
        held = any(
            end < len(found) and found[end] in self._weapons
            for ends in self._held.all_ends(found).values()
            for end in ends
        )
        peril = held or self._put_in(found) or self._peril.first_in_words(found) is not None
        if not peril and not self._stays_near(found):
            return False
        return not self._told_past(found)

    def _stays_near(self, found: list[str]) -> bool:
        """Whether `found` tells of someone who stays near children and won't go ("staring at
        the kids in the park and wont leave"; round 47, mend124): a `stays-near` phrase not
        followed by whom or what is not left ("wont leave her alone", "wont leave the house"),
        with a word for a child in the message."""
        if self._kids.isdisjoint(found):
            return False
        return any(
            end >= len(found) or found[end] not in self._objects
            for ends in self._stays.all_ends(found).values()
            for end in ends
        )

    def _put_in(self, found: list[str]) -> bool:
        """Whether `found` tells of someone being put or pushed into a vehicle now ("theyre
        putting her in their car"): a `taken-doing` word, with no word making it a habit or
        past in the few before it ("keeps picking her up and putting", "was dragging":
        `attack-not-now`), and a vehicle of `taken-into` a word or more after it and within
        `_PUT_REACH` ("getting the car" is none)."""
        starts = self._into.all_ends(found)
        return bool(starts) and any(
            self._not_now.isdisjoint(found[max(0, start - _PUT_REACH) : start])
            and any(end < s <= end + _PUT_REACH for s in starts for end in ends)
            for start, ends in self._putting.all_ends(found).items()
        )

    def _threats(self, found: list[str]) -> list[str]:
        """The threats to kill or hurt in `found` not told in the past tense ("threatened to
        stab them" is a past matter)."""
        return [t for t in self._threat.all_in_words(found) if not t.split()[0].endswith("ed")]

    def overdose(self, text: str) -> bool:
        """Whether `text` tells of an overdose taken now or just taken ("shes taken a load of
        paracetamol"), not told as past or cared for ("is in hospital and safe")."""
        return self._overdosed(words(text))

    def _overdosed(self, found: list[str]) -> bool:
        if self._cared_for.first_in_words(found) is not None:
            return False
        pills = self._pills.first_in_words(found) is not None
        taken = self._taken.all_ends(found) if pills else {}
        drugs = pills or self._substance.first_in_words(found) is not None
        collapsed = {} if taken else self._collapsed(found)
        # drink or drugs, and collapsed now; a time of now ("an hour ago") is no past
        grave = self._grave.first_in_words(found) is not None  # "mummy wont wake up"
        if collapsed and (drugs or grave or self._unnamed.tells(found, collapsed)):
            taken = {**self._taken.all_ends(found), **collapsed}
        # A word of the past inside a time of now ("20 minutes ago", "just found") is no past
        # matter.
        if taken and not self._told_past(found, taken):
            return True
        # An amount of pills taken in the last day ("last night she took 20 paracetamol")
        # needs A&E now however well they seem; only a longer past sets it aside.
        if not pills or self._amount.first_in_words(found) is None:
            return False
        recent = {
            i for s, ends in self._recent.all_ends(found).items() for i in range(s, max(ends))
        }
        return (
            self._long_past.first_in_words([w for i, w in enumerate(found) if i not in recent])
            is None
        )

    def _collapsed(self, found: list[str]) -> dict[int, list[int]]:
        """The spans of `found` that tell of a collapse now (`substance-collapse`,
        `collapse-grave`), as `PhraseSet.all_ends` gives them, without those told as a habit
        ("cant wake up when the baby cries": a word of `collapse-habit` after it, past an "up")
        or of the writer themselves ("i cant wake up": one typing is awake; not "i cant wake
        her"; round 47, mend124)."""
        kept: dict[int, list[int]] = {}
        for start, ends in self._collapse.all_ends(found).items():
            now = [end for end in ends if not self._habit_or_own(found, start, end)]
            if now:
                kept[start] = now
        return kept

    def _habit_or_own(self, found: list[str], start: int, end: int) -> bool:
        """Whether the collapse told at `found[start:end]` is a habit or the writer's own."""
        after = end
        while after < min(end + 2, len(found)) and found[after] in self._woken:
            after += 1  # "cant wake her up in the morning"
        if after < len(found) and found[after] in _AT_TIMES:  # "in the morning", "at night"
            after = next(
                (
                    i
                    for i in range(after + 1, after + 3)
                    if found[i : i + 1] and found[i] in self._habit
                ),
                after,
            )
        if after < len(found) and found[after] in self._habit:
            return True
        # "i cant wake up": the writer's own; "i cant wake her" is someone else's collapse
        return start > 0 and found[start - 1] == "i" and found[end:after] in ([], ["up"])

    def _told_past(self, found: list[str], now: dict[int, list[int]] | None = None) -> bool:
        """Whether `found` tells its matter as past (the worry `now-past`), outside the words
        of a finding just now ("has found the refuge": the worry `overdose-found`) and of `now`
        (the spans of a time of now, as `PhraseSet.all_ends` gives them)."""
        spans = {
            i
            for start, ends in {**(now or {}), **self._found.all_ends(found)}.items()
            for i in range(start, max(ends))
        }
        outside = [w for i, w in enumerate(found) if i not in spans]
        return self._past.first_in_words(outside) is not None

    def _here_now(self, found: list[str]) -> bool:
        """Whether words tell of danger now in the street, at work or to a stranger: a time or
        place of now ("right now", "in our waiting room") with a weapon, an attack going on or
        a threat to kill ("outside the office now … shouting hes going to kill her"), or a drunk
        parent about to drive a child ("car keys in hand"), and not told as past."""
        drunk = not self._drunk.isdisjoint(found) or self._smelt.first_in_words(found) is not None
        if not drunk or self._drive.first_in_words(found) is None:
            attack = self._attack.first_in_words(found) is not None or self._doing_now(found)
            if self._weapons.isdisjoint(found) and not attack and not self._threats(found):
                return False
            # A "now" only in the question asked ("what do i do right now") is no time of it.
            asked = self._asked.all_ends(found)
            spans = {i for start, ends in asked.items() for i in range(start, max(ends))}
            outside = [w for i, w in enumerate(found) if i not in spans]
            # Seeing or hearing it now is a place of now for an attack ("just saw … a bloke
            # pinning a woman"), not for a weapon ("just saw a knife in his bag").
            seen = attack and self._seen.first_in_words(outside) is not None
            if self._here.first_in_words(outside) is None and not seen:
                return False
        return not self._told_past(found)

    def _doing_now(self, found: list[str]) -> bool:
        """Whether `found` tells of an attack as it is done ("a bloke pinning a woman", "by her
        throat"), with no word just before it that makes it a past matter or a habit ("has
        been hitting her", "keeps grabbing": the worry `attack-not-now`)."""
        return any(
            start == 0 or found[start - 1] not in self._not_now
            for start in self._doing.all_ends(found)
        )

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
