"""Whether to tell a child's parent, asked just after the signpost of harm at home (round 48,
lines136, trial #2).

"a girl in year 8 told me her mum's partner hits her and hits her mum too", then "should i
tell her mum what she told me?", got "speak to your safeguarding lead first. Don't tell anyone
who may be involved…": her mum is not involved, so a busy reader may ring her. Telling a
parent is normally right, but not where it could put the child, or the parent, at more risk
(key question 4): here the parent is being hurt too, or lives with the one causing harm. A
child's case of harm at home told with a parent named leaves the mark `HOME_HARM`
(`home_marked`, asked by `dialogs.assistant`); a short follow-up after it asking whether to
tell a parent ("should i tell her mum", "do we ring the parents") gets, after the reply's
"speak to your designated safeguarding lead first", the about pack's `parent_harmed_too`:
not yourself, not yet, and why; the lead with social care or the police agree who tells the
parent, when and how.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dialogs.tell_involved import asks_to_tell_family
from knowledge.matching.text import words

if TYPE_CHECKING:
    from collections.abc import Collection

    from dialogs.contract import Reply
    from dialogs.state import ConversationState
    from dialogs.worry import Worry
    from knowledge.risk_types import RiskFinding
    from knowledge.text_packs import AboutPack

HOME_HARM = "harm-at-home"
"""The mark of a child's case of harm at home told with a parent named: a parent may be harmed
too, or live with the one causing harm."""
_HOME_KINDS = frozenset(
    {"domestic-abuse", "physical-abuse", "sexual-abuse", "emotional-abuse", "neglect", "threats"}
)
_CHILDREN = "childrens-social-care"
PARENTS = frozenset(
    {
        *("mum", "mom", "mam", "mother", "dad", "father", "parent", "parents", "mums", "dads"),
        *("stepdad", "stepmum", "stepfather", "stepmother", "mummy", "daddy"),
    }
)
"""A child's parent, as named or asked about ("her mum's partner", "the parents")."""
_MOST_WORDS = 16  # a follow-up's question, not a story of its own


def home_marked(state: ConversationState, finding: RiskFinding, simple: str) -> ConversationState:
    """`state` with `HOME_HARM` among its marks when `finding`, just signposted, is a child's
    (children's social care among its contacts) harm of a kind done at home (`_HOME_KINDS`)
    and its message (`simple`, simplified) names a parent ("her mum's partner hits her", "his
    dad hits his mum"); a teenager's boyfriend names none. Else `state` as it was."""
    if (
        HOME_HARM in state.marks
        or _CHILDREN not in finding.contacts
        or _HOME_KINDS.isdisjoint(finding.categories)
        or PARENTS.isdisjoint(words(simple))
    ):
        return state
    return replace(state, marks=(*state.marks, HOME_HARM))


class ParentHarmedToo:
    """Why not to tell a parent yet, after the signpost of harm at home."""

    def __init__(self, about: AboutPack) -> None:
        """`about`: its `parent_harmed_too`."""
        self._text = about.parent_harmed_too

    def added(self, reply: Reply, worry: Worry | None, text: str, marks: Collection[str]) -> Reply:
        """`reply` (to `worry`, read in `text`, a short follow-up) with `parent_harmed_too` after
        its first paragraph ("speak to your designated safeguarding lead first") when the case's
        `marks` hold `HOME_HARM` and `text` asks whether to tell a parent; else as it was."""
        from dialogs.worry import Worry  # noqa: PLC0415 (only after a signpost: not `ask`)

        if (
            worry is not Worry.TELL
            or HOME_HARM not in marks
            or len(words(text)) > _MOST_WORDS
            or not asks_to_tell_family(text, PARENTS)
        ):
            return reply
        first, _, rest = reply.text.partition("\n\n")
        return replace(reply, text=f"{first}\n\n{self._text}" + (f"\n\n{rest}" if rest else ""))
