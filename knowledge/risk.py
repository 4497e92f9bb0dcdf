"""Notice when a message may describe a risk of harm to a child or an adult.

Pure and linear in the length of the message: the text is folded to words once, each word is
looked up in a table of the cues that can start there, and a cue is a short sequence of slots
(a gap spans at most four words), so the work per word is bounded by the pack, not the message.
No regular expression here runs with nested or lazy quantifiers.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING

from knowledge.risk_counted import may_count
from knowledge.risk_hits import PhraseStarts, find_hits
from knowledge.risk_pack import RiskPack
from knowledge.risk_tokens import MIN_TYPO_LENGTH, MessageReader
from knowledge.risk_types import Hit, RiskFinding, single_words, stem_word
from knowledge.risk_types import Phrase as _Phrase
from knowledge.risk_types import Tokens as _Tokens
from knowledge.risk_types import Words as _Words
from knowledge.risk_typos import MIN_TARGET, typo_targets
from knowledge.risk_words import words_of

if TYPE_CHECKING:
    from knowledge.risk_judging import SetTables, Whole

__all__ = ["RiskDetector", "RiskFinding", "stem_word", "words_of"]


class RiskDetector(MessageReader):
    """Finds the risk pack's cues in a message. Build once; `detect` only reads."""

    def __init__(self, pack: RiskPack, known_words: Iterable[str] = ()) -> None:
        """Compile every phrase of the pack.

        Args:
            pack: the merged risk pack (built-in plus an organisation's own).
            known_words: words typo correction leaves alone (the Q&A's), beside the pack's own
                and the common English words near a cue word (`knowledge.risk_real_words`).
        """
        self._pack = pack
        self._compiled: dict[tuple[str, int], _Words] = {}  # the same place in many cues
        self._sets = {
            name: _Words(frozenset(stem_word(w) for w in ws)) for name, ws in pack.sets.items()
        }
        from knowledge.risk_compile import compile_phrases  # noqa: PLC0415 (only when building)

        built = compile_phrases(pack, self._sets, self._compiled)
        targets, others, signal_words = built.targets, built.others, built.signal_words
        self._question_words = frozenset(pack.question_words)
        # The nouns for people; typed in the plural they may name a class ("16 year olds").
        self._person_nouns = single_words(self._sets, "kid", "family", "adult", "folk")
        # The nouns for someone's relatives: "the family" of "a patient" is anyone's family.
        self._kin_nouns = single_words(self._sets, "family")
        # Two tables: the signs of harm, read first, and the context (who, general or not),
        # read only when a sign was found, so an ordinary question costs half as much.
        harm: dict[str, list[_Phrase]] = {}
        context: dict[str, list[_Phrase]] = {}
        for phrase in built.phrases:
            index = harm if phrase.category >= 0 else context
            first = phrase.slots[0]
            for word in first.firsts if isinstance(first, _Words) else ():
                index.setdefault(word, []).append(phrase)
        self._harm_index = {w: tuple(ps) for w, ps in harm.items()}
        self._context_index = {w: tuple(ps) for w, ps in context.items()}
        self._known = frozenset(targets | others | signal_words | {w.lower() for w in known_words})
        self._by_start = typo_targets(targets, signal_words)
        from knowledge.risk_real_words import real_words  # noqa: PLC0415 (only when building)

        self._uncorrected = real_words(
            self._by_start, self._nearest, self._known, MIN_TYPO_LENGTH, targets & others
        )

    @property
    def known_words(self) -> frozenset[str]:
        """The words of the pack's cues and the ordinary words it was given, in lower case."""
        return self._known

    @property
    def cue_words(self) -> frozenset[str]:
        """The words of the cues typo correction reaches by any one slip (`typo_targets`)."""
        return frozenset(w for (s, _), ws in self._by_start.items() if s.isalpha() for w in ws)

    def corrected_beside_harm(self, word: str) -> str:
        """`word` (lower case, alone) as `detected` reads it again in a message already holding
        a sign of harm: the cue word it is a slip of, or itself (a known word, a short one, or no
        slip of a cue word); a common word too ("dances" was read as "dancers" so, round 55).
        For a pack check (`risk_pack_problems.slip_problems`)."""
        return self._fixed(word, [], [], (), every=True) or word

    def corrected(self, word: str) -> str:
        """`word` (lower case, alone) as `detect` first reads it: the cue word it is a slip of,
        or itself (a known or common word, a short one, or no slip of a cue word)."""
        return self._fixed(word, [], [], (), every=False) or word

    def detect(self, text: str, names: Collection[str] = ()) -> RiskFinding | None:
        """The risk of harm `text` may describe, or None.

        Args:
            text: a whole message (every sentence is read).
            names: words of it (lower case) that the caller takes for someone's name
                (`knowledge.person_names.names_in`): each is read as a person, like "a pupil",
                and never corrected as a misspelling.

        Returns:
            The categories found and whom to signpost to; None when nothing suggests harm.
        """
        return self.detected(text, names)[0]

    def detected(
        self, text: str, names: Collection[str] = ()
    ) -> tuple[RiskFinding | None, Whole | None]:
        """`detect`'s finding, and what the readings of the whole message as first read made of
        its signs (its stance, whose story it tells, practice: `risk_judging.quieted`; a harm
        asked about by name: `topic_asked`; None when no sign could count): `explained` of the
        same message is given it, so each is read once."""
        said = words_of(text)  # split once: read again below for a message judged harmless
        read = self._tokens(text, names, said=said)
        harm, _ = self._starts
        if not may_count(signs := find_hits(read, self._harm_index, harm), self._pack):
            return None, None
        found, quiet = self._judge(read, signs)
        # A real word near a cue word is read as the cue word when the message, read as typed,
        # already holds a sign of harm ("i am sacred of him, he hits me"): a slip is likelier there.
        if found is None and not self._known.issuperset(
            self._uncorrected.intersection(w for w in said if len(w) >= MIN_TARGET)
        ):
            every = self._tokens(text, names, every=True, said=said)
            return self._judge(every, find_hits(every, self._harm_index, harm))[0], quiet
        return found, quiet

    def reading(self, text: str, names: Collection[str] = ()) -> _Tokens:
        """`text` read as `detect` first reads it (`names` as for `detect`): its stemmed words,
        sentences and clauses, for `holds_signs`, `told_of_no_one` and `explained` to share."""
        return self._tokens(text, names)

    def holds_signs(self, read: _Tokens) -> bool:
        """Whether the message `read` (`reading`) holds any sign of harm that could count
        (`may_count`), however the check would judge it: False when the cues read no harm in it
        at all."""
        return may_count(find_hits(read, self._harm_index, self._starts[0]), self._pack)

    def told_of_no_one(self, read: _Tokens) -> bool:
        """Whether the whole of the message `read` (`reading`) tells of no one in particular at
        risk now, as the cues' whole-message readings weigh it (`risk_told_whole`): the model
        does not overrule."""
        from knowledge.risk_told_whole import told_of_no_one  # noqa: PLC0415 (see `_judge`)

        return told_of_no_one(read, self._tables.markers)

    def explained(
        self,
        text: str,
        names: Collection[str] = (),
        labels: Callable[[str], bool] | None = None,
        *,
        quiet: Whole | None = None,
        read: _Tokens | None = None,
    ) -> bool:
        """Whether `text` has signs of harm and gives each an ordinary cause ("the bruise was
        from netball"; `labels` as for `risk_judging.explained`): the model does not overrule.

        Args:
            text: a whole message, as for `detect`.
            names: words of it the caller takes for someone's name, as for `detect`.
            quiet: `detected`'s reading of the whole message (`Whole`; None: read here).
            read: `reading` of the same message and names (None: read here).
        """
        if read is None:
            read = self._tokens(text, names)
        harm, context = self._starts
        if not (signs := find_hits(read, self._harm_index, harm)):
            return False
        from knowledge.risk_judging import explained  # noqa: PLC0415 (see `_judge`)

        hits = signs + find_hits(read, self._context_index, context)
        from knowledge.risk_drunk_harmless import substance_category  # noqa: PLC0415

        return explained(
            hits, read, self._tables, labels, quiet, drink=substance_category(self._pack)
        )

    @functools.cached_property
    def _tables(self) -> SetTables:
        from knowledge.risk_judging import set_tables  # noqa: PLC0415 (see `_judge`)

        return set_tables(self._sets, self._pack)

    @functools.cached_property
    def _starts(self) -> tuple[PhraseStarts, PhraseStarts]:
        # The harm and context indexes' phrases filed by what they need, word by word as
        # messages meet them (never kept in the detector cache or the start-up snapshot).
        return PhraseStarts(), PhraseStarts()

    def _judge(self, read: _Tokens, signs: list[Hit]) -> tuple[RiskFinding | None, Whole]:
        # Only a message with a sign of harm is judged: its steps are imported for the first.
        from knowledge.risk_judging import judged  # noqa: PLC0415

        hits = signs + find_hits(read, self._context_index, self._starts[1])
        return judged(hits, read, self._pack, self._tables)
