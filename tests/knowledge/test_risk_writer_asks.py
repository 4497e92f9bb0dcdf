"""The writer asking how or whether to tell someone ("how do I tell a mum at the gate that her
daughter has nits?") reports nothing anyone said: a `telling` phrase just after "I", "we" or
"you" in a sentence that asks is set aside (harm-dev12's false alarm, after its untouched
measurement; two of these lines failed before). What the writer would pass on still counts
through its own cues."""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "teacher: how do I tell a mum at the gate that her daughter has nits without embarrassing"
        " her?",
        "how do I tell a parent their child has head lice?",
        "how do I tell a child their mum has died?",
        "can we tell the family that their dad is dying?",
    ],
)
def test_the_writer_asking_how_to_tell_stays_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "how do I tell social care that my pupil's dad hits him?",
        "should I tell the police that a girl told me she was raped?",
        "do I tell her mum that she's been self-harming?",
        "how do I tell my manager that a parent said her partner strangled her?",
        "can I tell the school that her mum's boyfriend is always drunk and the kids are hungry?",
    ],
)
def test_harm_the_writer_would_pass_on_is_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None
