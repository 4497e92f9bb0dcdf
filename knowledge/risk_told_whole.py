"""Whether a whole message tells of no one in particular at risk now, read for the learnt model.

The whole-message readings of `risk_judging.judged` set the cues' signs aside when a message is
told in general or looks back on one's own past work (`risk_stance.quiet_stance`, round 48),
tells another's story as a book or a report does (`risk_whose_now.not_theirs_now`, round 49), or
is the writer's own harm survived long ago (`risk_survived.survived_long_ago`, round 51). When
the cues find no sign at all, the learnt model is asked, and it cannot read a stance: it rang
explainers and policy pages whose words the cues found nothing in ("What to Do When Your Roommate
Tells You They Self-Harm. About 17 percent of college students report…"; round 54, fa201). These
readings weigh the message as a whole, not its signs, so the model does not overrule them either.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_stance import quiet_stance
from knowledge.risk_survived import survived_long_ago
from knowledge.risk_types import Tokens
from knowledge.risk_whose_now import not_theirs_now

__all__ = ["told_of_no_one"]


def told_of_no_one(read: Tokens, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether `read`, as a whole, tells of no one in particular at risk now: told in general or
    a memory of past work (`quiet_stance`, read with no phrase of the pack, so a sentence's first
    word is never taken for one), another's story told as a book or a report tells it
    (`not_theirs_now`), or the writer's own harm survived long ago (`survived_long_ago`).

    Args:
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed.
    """
    return (
        quiet_stance([], read, markers)
        or not_theirs_now(read, markers)
        or survived_long_ago(read, markers)
    )
