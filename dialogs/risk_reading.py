"""The risk check as the core runs it on typed words: names read as people.

The detector (knowledge/risk.py) reads words; a capitalised word it does not know, typed
mid-sentence, is most likely someone's name ("I'm worried about Tom in year 5"), and the core
knows more words than the detector does (the matcher's too), so it finds the names and hands
them over.

When the cues find nothing, the learnt second opinion (knowledge/risk_model.py, a TF-IDF model
trained on the development sets) may still take the message for a disclosure: the cues OR the
model caught 98.3% of the held-out disclosures against the cues' 94.6%, for 2 points more false
alarms (docs/risk-learnt.md). Its finding is a general worry, the `worry-or-secret` category's
contacts and wording ("may mean a child or an adult is at risk of harm"), as it cannot say which
harm.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialogs.bank_note import BankNote
from dialogs.grief_told import GriefTold
from dialogs.grown_chores import GrownChores
from dialogs.learnt_finding import LEARNT_CUE, learnt_finding
from dialogs.lines_told import LinesTold
from dialogs.lower_case_names import LowerCaseNames
from dialogs.message_parts import WINDOW_CHARS, windows, without_tail
from dialogs.plain_chores import PlainChores
from dialogs.plain_errands import PlainErrands
from dialogs.plain_readings import PlainReadings
from dialogs.privacy import looks_identifying
from dialogs.rail_police import RailPlace
from dialogs.remark_readings import asks_of_it, short_question
from dialogs.short_remarks import ShortRemarks
from dialogs.supposed_telling import SupposedTelling
from knowledge.matching.text import WORD, words
from knowledge.person_names import Places, names_in
from knowledge.risk import RiskFinding

if TYPE_CHECKING:
    from dialogs.danger_now import DangerNow
    from dialogs.no_new_harm import NoNewHarm
    from dialogs.state import ConversationState
    from knowledge.loader import Knowledge
    from knowledge.matching import Matcher
    from knowledge.matching.phrases import PhraseSet

_CHORE_MARKERS = ("chore-helps", "helpers", "chores", "chore-not")  # `PlainChores`, in its order
_ERRAND_MARKERS = (  # `PlainErrands`, in its order
    *("grown-chore-makers", "grown-chore-made", "plain-places"),
    *("errand-takes", "errand-things", "errand-places", "errand-not"),
    *("offer-said", "offer-will", "offer-kinds", "offer-not"),
    *("want-needs", "want-till", "want-ends", "want-not", "care-asks", "care-acts", "care-not"),
)


class RiskReading:
    """Runs the risk check on a message, with the names in it. Build once; only reads."""

    def __init__(self, knowledge: Knowledge, matcher: Matcher) -> None:
        self._detector = knowledge.risk_detector
        self._model = knowledge.risk_model
        self._pack = knowledge.risk
        self._learnt = learnt_finding(knowledge.risk)
        self._question_words = frozenset(knowledge.risk.question_words)
        self._tail = frozenset(knowledge.risk.markers.get("asking-tail", ()))
        self._frames = frozenset(knowledge.risk.markers.get("frame-words", ()))
        marked = knowledge.risk.markers
        self._supposed = SupposedTelling(
            *(frozenset(marked.get(f"supposed-{n}", ())) for n in ("lead", "open", "who", "tells"))
        )
        plain = ("told", "not", "acts", "has", "capacity", "conditions")
        plain_r52 = ("helpers", "helps", "places", "events")  # round 52, fa182
        self._plain = PlainReadings(
            *(frozenset(marked.get(f"plain-{n}", ())) for n in (*plain, *plain_r52))
        )
        self._chores = PlainChores(  # round 53, fa191
            *(frozenset(marked.get(f"plain-{n}", ())) for n in _CHORE_MARKERS)
        )
        self._grown_chores = GrownChores(  # round 55, fa211
            *(
                frozenset(marked.get(f"grown-chore-{n}", ()))
                for n in ("makers", "made", "tasks", "not")
            )
        )
        self._errands = PlainErrands(  # round 56, model229
            *(frozenset(marked.get(n, ())) for n in _ERRAND_MARKERS)
        )
        self._grief = GriefTold(  # round 57, fa241
            *(
                frozenset(marked.get(f"grief-{n}", ()))
                for n in ("died", "passed", "away", "felt", "not")
            )
        )
        self._remarks = ShortRemarks(knowledge.risk)  # short remarks the cues alone read
        self._gestures = frozenset(knowledge.risk.markers.get("agreed-gesture", ()))
        self._gesture_off = frozenset(knowledge.risk.markers.get("gesture-off", ()))
        self._alone_lines = knowledge.typed_words.worries.get("alone", "")
        self._alone: PhraseSet | None = None  # made at the first message that tells of harm
        self._on_own_note = knowledge.about.on_your_own
        life = knowledge.about.on_your_own_life  # a risk to one's own life, with no lead
        self._life_notes = {
            c.note: life for c in knowledge.risk.categories if c.note and "own-life" in c.marks
        }
        weapons = knowledge.risk.sets.get("weapon", ())
        drunk = knowledge.risk.sets.get("drunk", ())
        self._now_from = (knowledge.typed_words, weapons, knowledge.about, drunk)
        sets = knowledge.risk.sets
        self._now_near = (sets.get("kid", ()), (*sets.get("them", ()), *sets.get("det", ())))
        self._now_habit = knowledge.risk.markers.get("collapse-habit", ())
        self._now: DangerNow | None = None  # made at the first message that tells of harm
        self._before_telling = knowledge.about.before_telling
        self._friend = knowledge.typed_words.friend
        self._worries = knowledge.typed_words.worries
        self._no_new_harm: NoNewHarm | None = None  # made at the first harm told again
        self._bank = BankNote(knowledge.risk)  # the bank's note only where money is told
        self._rail = RailPlace(knowledge.risk)  # British Transport Police on the railway
        self._lines_told = LinesTold(knowledge.risk, knowledge.contacts.lines)  # lines if told
        self._asks_open = frozenset(knowledge.risk.markers.get("asks-of-it", ()))
        self._asks_pointer = frozenset(knowledge.risk.markers.get("asks-pointer", ()))
        self._asks_people = (
            frozenset(
                w for name in ("he", "them", "det") for w in knowledge.risk.sets.get(name, ())
            )
            - self._asks_pointer
        )
        self.known_words = matcher.known_words | knowledge.risk_detector.known_words
        """Every word the assistant knows, in lower case: never taken for a name."""
        self.also_names = frozenset(knowledge.risk.also_names)
        """Common names among `known_words` still names beside another ("Sarah Smith")."""
        self._given_names = frozenset(knowledge.risk.given_names)
        sets = knowledge.risk.sets
        self._places = Places(
            frozenset(sets.get("place-before", ())),
            frozenset(sets.get("place-goers", ())),
            frozenset(sets.get("place-noun", ())),
        )
        self._lower_case = LowerCaseNames(self._given_names, knowledge.risk.surnames)

    def remark(self, text: str, checking: bool, after_signpost: int) -> bool:
        """Whether `text` is a remark the cues alone read (`dialogs.short_remarks`)."""
        return self._remarks.remark(text, checking, after_signpost)

    def in_case(
        self, found: RiskFinding | None, state: ConversationState, text: str
    ) -> RiskFinding | None:
        """`found`, for `text`, read as the person of the case `state` signposted when it
        names no one whose age tells ("either"; `dialogs.case_whom`, round 41): "and she told
        me one of the carers said he'd hurt her" after a resident's bruises is an adult's.
        None just after a signpost when `text` tells only a wish or a worry, no new harm
        (`dialogs.no_new_harm`, round 42: "he asked me not to say anything tho"). More told of
        a case with the LADO keeps the LADO (`dialogs.staff_case_kept`, round 43: "now another
        child says she hit him too")."""
        if found is not None and state.after_signpost > 0 and self._only_worry(found, text):
            return None
        if found is not None and state.after_signpost > 0 and self._asks_of_it(text):
            return None  # "is that grooming": the question answered, no second signpost
        case = state.case() or (state.contacts if state.concern else ())
        if found is None and case and state.after_signpost > 0:  # "did the same to him" (now48)
            from dialogs.same_again import told_the_same  # noqa: PLC0415 (only after a signpost)

            found = told_the_same(text, case, state.whom, self._pack)
        if found is None or not case:
            return found
        if "lado" in case:  # more of a staff case: its LADO kept (round 43, lado47)
            from dialogs.staff_case_kept import kept_lado  # noqa: PLC0415 (only a harm told again)

            found = kept_lado(found, case, text, self._pack)
        if found.concerns != "either":
            return found
        from dialogs.case_whom import CaseWhom  # noqa: PLC0415 (only a harm told again)
        from dialogs.staff_named import StaffNamed  # noqa: PLC0415

        carried = CaseWhom(self._pack).read(found, case, text, state.whom)
        return StaffNamed(self._pack).read(carried, text)

    def as_check_answer(
        self, found: RiskFinding | None, text: str, *, checking: bool
    ) -> RiskFinding | None:
        """`found`, for `text`; None when `text` is a remark typed while a consent check's
        question waits (`checking`) that tells only of someone agreeing by a gesture ("mum kind
        of nodded", "dad nodded yes"; tryout43 #7): read without the risk pack's
        `agreed-gesture` words (unless one of `gesture-off` follows: "mum nodded off"), the
        cues find nothing."""
        if found is None or not checking:
            return found
        told = WORD.findall(text.lower())
        kept = [
            word
            for word, after in zip(told, [*told[1:], ""], strict=True)
            if word not in self._gestures or after in self._gesture_off
        ]
        if len(kept) == len(told):
            return found
        return found if self.detect(" ".join(kept), second_opinion=False) else None

    def _asks_of_it(self, text: str) -> bool:
        """Whether `text` asks what the harm just signposted is ("is that grooming"; the risk
        pack's markers `asks-of-it` and `asks-pointer`, with none of its sets `he`, `them`,
        `det` after them; round 47, mend124)."""
        return asks_of_it(text, self._asks_open, self._asks_pointer, self._asks_people)

    def _only_worry(self, found: RiskFinding, text: str) -> bool:
        """Whether `found` comes only from the wish or worry `text` speaks of; the words left
        are read as `found` was (the learnt model too, when it was the model's)."""
        if self._no_new_harm is None:
            from dialogs.no_new_harm import NoNewHarm  # noqa: PLC0415 (only a harm told again)

            self._no_new_harm = NoNewHarm(self._worries, self._question_words)
        learnt = LEARNT_CUE in found.cues
        return self._no_new_harm.only_worry(
            found, text, lambda rest: self.detect(rest, second_opinion=learnt)
        )

    def identifying(self, text: str, *, shared: bool = False, simple: str = "") -> bool:
        """Whether `text` looks like it holds personal data (`dialogs.privacy`), read with every
        word the assistant knows and the risk pack's names; where others can read it (`shared`),
        a name typed in lower case too (`simple`: `text` as `dialogs.typed.simplify` leaves it)."""
        return looks_identifying(text, self.known_words, self.also_names, self._given_names) or (
            shared and self._lower_case.named(simple)
        )

    def says_alone(self, text: str) -> bool:
        """Whether `text` says its writer has no safeguarding lead of their own (a phrase of the
        typed-words pack's `alone`: "im self employed", "i do hair in peoples homes")."""
        if not self._alone_lines:
            return False
        if self._alone is None:
            from dialogs.on_own import alone_phrases  # noqa: PLC0415 (one import, made once)

            self._alone = alone_phrases(self._alone_lines)
        return self._alone.first_in_words(words(text)) is not None

    def detect(
        self, text: str, *, second_opinion: bool = True, alone: bool = False
    ) -> RiskFinding | None:
        """The risk of harm `text` may describe, or None: the cues' finding
        (`RiskDetector.detect`), else a general worry when the learnt model fires.

        `second_opinion` False asks the cues alone: the model learnt from first messages, and
        a reply to a consent check's question ("I think so, her mum told me") is not one.
        A message longer than `WINDOW_CHARS` is read part by part (`windows`) to its end.
        A writer with no safeguarding lead of their own (said in `text`, or before: `alone`)
        is sent to social care's front door (`dialogs.on_own`); harm told as happening now is
        marked "danger-now", for its signpost to lead with 999 (`dialogs.danger_now`)."""
        if len(text) <= WINDOW_CHARS:
            found = self._detect_part(text, second_opinion)
        else:
            parts = (self._detect_part(part, second_opinion) for part in windows(text))
            found = next((f for f in parts if f is not None), None)
        if found is not None:
            found = self._rail.marked(self._bank.kept(found, text), text)
            found = self._lines_told.marked(found, text)
        if found is None or not self._alone_lines:
            return found
        from dialogs.on_own import alone_phrases, on_own  # noqa: PLC0415 (only told harm)

        if self._alone is None:
            self._alone = alone_phrases(self._alone_lines)
        found = on_own(
            found, text, self._alone, self._on_own_note, said=alone, life=self._life_notes
        )
        from dialogs.tell_involved import before_telling  # noqa: PLC0415 (only told harm)

        found = before_telling(found, text, self._before_telling)
        from dialogs.staff_named import StaffNamed  # noqa: PLC0415 (only told harm)

        found = StaffNamed(self._pack).read(found, text)  # the night carer (round 41)
        if "own-life" in found.marks:  # whose life, and who is threatened (round 46)
            from dialogs.life_plans import LifePlans  # noqa: PLC0415 (only a risk to life)
            from knowledge.typed_words import simplify  # noqa: PLC0415

            found = LifePlans(self._friend).marked(found, simplify(text).split())
        return self._danger_now().marked(found, text)  # ring 999 first (round 42)

    def _danger_now(self) -> DangerNow:
        """The reading of harm happening now, made at the first message that tells of harm."""
        if self._now is None:
            from dialogs.danger_now import DangerNow  # noqa: PLC0415 (only told harm)

            kids, objects = self._now_near
            self._now = DangerNow(
                *self._now_from, kids=kids, objects=objects, habit=self._now_habit
            )
        return self._now

    def _detect_part(self, text: str, second_opinion: bool) -> RiskFinding | None:
        names = names_in(text, self.known_words, self._places)
        if self._supposed.read(text):  # "if a pupil ever says…, what do I do" (round 47)
            asked = text if text.rstrip().endswith("?") else f"{text.rstrip()}?"
            return self._detector.detect(asked, names)
        found, quiet = self._detector.detected(text, names)
        if (
            found is None
            and second_opinion
            and self._learnt is not None
            and not short_question(text, self._question_words)
            and self._model.fires(text)
        ):
            # The cues' readings the model does not overrule share one reading of the message.
            read = self._detector.reading(text, names)
            if (
                # An ordinary instruction or capacity named, no sign of harm at all (round 47).
                not (self._plain.ordinary(text) and not self._detector.holds_signs(read))
                and not self._plain.everyday(text)  # "her husband drives her to work" (round 52)
                and not self._chores.told(text)  # "i help my mum with the washing up" (round 53)
                and not self._grown_chores.told(text)  # "im 30 and mum made me wash the car" (r55)
                and not self._errands.told(text)  # "mum makes me take my things to school" (r56)
                and not self._grief.told(text)  # "our dog died and she cries at night" (r57)
                # "try not to wake up the baby", no sign of harm at all (round 56)
                and not (self._errands.asked_care(text) and not self._detector.holds_signs(read))
                and not self._detector.told_of_no_one(read)  # an explainer page (round 54)
                # An injury the message gives an ordinary cause for ("the bruise was from
                # netball"): the cues read the cause, which the model cannot; it does not
                # overrule them. Signs that only name ordinary things ("her bedroom is…") explain
                # the message when the model finds nothing in the words they leave ("always a
                # mess"; quiet48).
                and not self._detector.explained(
                    text, names, lambda rest: not self._model.fires(rest), quiet=quiet, read=read
                )
            ):
                # Whom the people named make it (round 36); read only when the model fires.
                from knowledge.risk_learnt_whom import learnt_for  # noqa: PLC0415

                return learnt_for(self._learnt, text, self._pack)
        # A request for help it ends with never takes a signpost away (round 37, r1p37): the
        # model weighs "do we tell anyone?" against harm, as ordinary questions end so.
        # The model cannot read a frame ("the scenario for our training day: …"), which its
        # reading of the whole may have weighed: a message naming one is read by the cues alone.
        if found is None and (body := without_tail(text, self._tail, self._question_words)):
            framed = not self._frames.isdisjoint(WORD.findall(text.lower()))
            return self._detect_part(body, second_opinion and not framed)
        return found
