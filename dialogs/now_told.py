"""The words that tell harm as happening now, and their readers over a message's words.

Split from `dialogs.danger_now` (round 48, shape133), whose `DangerNow` marks a finding by them
and answers the follow-ups of its case; its docstring tells each reading's round and example.
Imported only with a harm told or after a signpost.
"""

from __future__ import annotations

from collections.abc import Iterable

from dialogs.threat_voice import threat_phrases
from dialogs.unnamed_substance import UnnamedSubstance
from knowledge.matching.phrases import PhraseSet
from knowledge.matching.text import words
from knowledge.typed_word_names import WorryName
from knowledge.typed_words import TypedWordsPack, phrases_of

_PUT_REACH = 6
"""Words from one being put to the vehicle ("putting a 13 year old into the back of a car"),
and before it to a word making it a habit."""


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


class NowTold:
    """The words that tell harm as happening now (the typed-words pack's worries, the risk
    pack's sets and markers named below), and whether a message's words tell it. Pure."""

    def __init__(
        self,
        typed: TypedWordsPack,
        weapons: Iterable[str],
        drunk: Iterable[str] = (),
        *,
        kids: Iterable[str] = (),
        objects: Iterable[str] = (),
        habit: Iterable[str] = (),
    ) -> None:
        """`typed`: the typed-words pack, whose worries `danger-now`, `threat`, `go-in`,
        `now-here`, `attack-now`, `drive-off`, `drink-smelt`, `peril-now`, `taken-doing`,
        `taken-into`, `weapon-held`, `seen-now`, `attack-doing`, `attack-not-now`, `now-past`,
        `now-asked`, the four `overdose-` ones and the two `substance-` ones tell it;
        `weapons`: the words naming a weapon (the risk pack's set `weapon`); `drunk`: the words
        for drunk or high (the risk pack's set `drunk`); `kids`: the words for a child (the risk
        pack's set `kid`), near whom someone who stays (`stays-near`) is danger now; `objects`:
        the words after "wont leave" that make it no staying put ("wont leave her alone", "wont
        leave the house": the risk pack's sets `them` and `det`); `habit`: the words after a
        collapse that tell it as a habit (the risk pack's marker `collapse-habit`)."""
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
        return [
            t for t in self._threat.phrases.all_in_words(found) if not t.split()[0].endswith("ed")
        ]

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
