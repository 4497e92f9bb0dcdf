"""A no in the story that does not say what it refuses does not make entry 4 the answer.

Tried in tryout36 (#12): "SENCo: … dad (no PR?) asking for copy of EHCP and annual review notes.
mum says no. do i give it him?" quoted entry 4 ("What are the key factors to consider when
deciding whether to share or not to share information?"): its anchors "says no" and "said no"
name a refusal but not of what, so a no in the story found it for a question ("do i give it
him?") that names nothing of it. A parent's request for a copy of a child's records is for the
information-governance lead. Where the question asks about the no ("what if he says no?"), or
the story says what it is to ("mum says no to sharing"), entry 4 is still quoted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.core import Chat, published_question, quoted
from tests.support.environment import command_env, run_command
from tests.support.packs import builtin_knowledge

KEY_FACTORS = published_question(4)
EHCP = (
    "SENCo: child with EHCP, 12, parents separated, dad (no PR?) asking for copy of EHCP and "
    "annual review notes. mum says no. do i give it him?"
)


def test_a_no_in_the_story_of_a_copy_asked_for_quotes_nothing(chat: Chat) -> None:
    assert KEY_FACTORS not in quoted(chat.send(EHCP))


@pytest.mark.parametrize(
    "words",
    [
        "mum said no to sharing, now what",
        "what if the young person says no?",
        "teacher: I want to pass a worry about a pupil on, and I've asked him if that's ok. "
        "what if he says no?",
    ],
)
def test_a_no_said_to_sharing_still_quotes_entry_4(chat: Chat, words: str) -> None:
    assert quoted(chat.send(words)) == [KEY_FACTORS]


@pytest.mark.usefixtures("warm_tmp_path")
def test_the_terminal_door_does_not_quote_entry_4_for_a_parents_copy(tmp_path: Path) -> None:
    done = run_command(["ask", EHCP], command_env(tmp_path), tmp_path)
    assert done.returncode == 0, done.stderr
    entry = builtin_knowledge().entry(4)
    assert entry is not None
    assert entry.answer[:60] not in done.stdout, "entry 4 is not quoted"
    assert "Source: Information Sharing: Q&A" not in done.stdout
