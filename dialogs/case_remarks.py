"""Lines that tell rather than ask: who the writer is ("hospice healthcare assistant here"), or,
just after a signpost, what the writer or someone in the case did ("i said no, they left").
Neither is a question for the Q&A (rule two: a wrong quote is worse than no answer; tryout46
#2, #14). The words are the packs': the role words the risk pack's markers, the writer's own
words the typed-words pack's `hedged`."""

from __future__ import annotations

from dialogs.hedged import HedgedReader
from dialogs.remark_readings import role_line
from dialogs.state import FOLLOW_UP_WORDS
from knowledge.loader import Knowledge
from knowledge.matching.text import WORD

_MODIFIERS = 2  # "hospice healthcare assistant": unknown words standing before a role
_ROLE_WORDS = 12  # longer, and a line says more than who the writer is
_DETERMINERS = frozenset({"a", "an", "the", "our", "my", "this"})
_ASK_WITHIN = 3  # "i just really need to know": the asking words soon after the writer


class CaseRemarks:
    """Reads lines that tell of the writer or the case. Pure; built once by the `TextTurns`."""

    def __init__(self, knowledge: Knowledge, hedged: HedgedReader) -> None:
        markers, words = knowledge.risk.markers, knowledge.typed_words.hedged
        self._role_words = frozenset(markers.get("role-line", ()))
        self._role_heads = frozenset(markers.get("role-head", ()))
        self._writers = frozenset(words.writers)
        self._asks = tuple(phrase.split() for phrase in words.writer_asks)
        self._joining = frozenset(words.joining_words)
        self._hedged = hedged

    def says_role(self, text: str, quiet: bool) -> bool:
        """Whether `text` says only who the writer is: a `role_line` ("night manager at a care
        home here"), or, when `quiet` (no harm told), one naming a role in words it may not all
        know (`names_role`: "hospice healthcare assistant here"). Greeted, never a question."""
        words, heads = self._role_words, self._role_heads
        return role_line(text, words) or (quiet and names_role(text, words, heads))

    def tells_of_case(self, simple: str, after_signpost: bool) -> bool:
        """Whether a message (simplified) typed just `after_signpost` begins with someone in the
        case ("they left", "mum said no") or with the writer telling what they did ("i said
        no", "we rang them"), not asking ("i need to know…", "i was wondering…"): the case told
        on. False at any other time, or for a longer message (a new matter, asked at length:
        "the family i nanny for want copies of the footage, ok to send")."""
        found = simple.split()
        if not after_signpost or len(found) > FOLLOW_UP_WORDS:
            return False
        if self._hedged.tells_of_person(simple):
            return True
        start = next((i for i, w in enumerate(found) if w not in self._joining), len(found))
        if start == len(found) or found[start] not in self._writers:
            return False
        soon = found[start + 1 : start + 1 + _ASK_WITHIN + 1]
        return not any(
            soon[i : i + len(ask)] == ask for ask in self._asks for i in range(len(soon))
        )


def names_role(text: str, role_words: frozenset[str], heads: frozenset[str]) -> bool:
    """Whether `text` says only who the writer is, in words `role_line` may not know: a short
    line with no "?" naming a role or a place of work (one of `heads`),
    each other word one of `role_words` or one of a run of at most two words standing straight
    before one of `heads` ("activities coordinator", "hospice healthcare assistant", "a childrens
    home") or ending the line after "a", "the", "our" ("a nurse at the hospice"). Read only for
    the greeting, after the risk check: the risk check reads `role_line` alone."""
    told = WORD.findall(text.lower())
    if "?" in text or not told or len(told) > _ROLE_WORDS or heads.isdisjoint(told):
        return False
    run = 0
    for word in told:
        if word in role_words or word in heads:
            if run and word not in heads:
                return False  # "sharing records for the team": the unknown words stand alone
            run = 0
            continue
        run += 1
        if run > _MODIFIERS:
            return False
    start = len(told) - run
    return not run or (start > 0 and told[start - 1] in _DETERMINERS)
