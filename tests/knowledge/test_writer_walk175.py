"""Round 51 (walker175): one walker of the writer's own harm (`knowledge.risk_writer_walk`),
used by `risk_subjects.writer_states` ("i want to die", "I am thinking about suicide") and
`risk_own_told.own_told` ("i get hit with a belt", "i hate my life and want to disappear"), with
one list of others named. Where the two had differed (writer_states walked past "they", "you",
"it"), the sign told of someone else is no longer the writer's own state; a harm done to the
writer there is still read as such ("I think they are stalking me": "me"), and every message
of the dev sets and the risk tests is signposted as before (docs/architecture.md, round 51)."""

from __future__ import annotations

import pytest

from knowledge.risk_hits import find_hits
from knowledge.risk_own_told import own_told
from knowledge.risk_subjects import writer_states
from tests.support.core import Chat
from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector

WRITER_STATES = [  # message, the sentences told as the writer's own state
    ("i want to die", {0}),
    ("i sometimes think about taking all my tablets", {0}),
    ("I am scared to go home tonight", {0}),
    ("they said they know where I live and they're coming for me", {0}),
    ("i'd just stop my tablets if it wasnt for my family", {0}),
    # someone else's harm: "they", "them" between the writer and the sign (round 51)
    ("he looks scared when I call. I think they've taken over his flat", set()),
    ("last week I found them hiding in the bathroom because he was out of control", set()),
    ("I have been thinking about neglect referrals", set()),
]
OWN_TOLD = [  # message, the sentences told in a short first-person chain
    ("i get hit with a belt", {0}),
    ("i keep thinking about jumping off the bridge", {0}),
    ("i hate my life and want to disappear", {0}),
    ("i have a question about neglect", set()),
    ("we said goodbye to everyone at the leaving party", set()),
    ("i get kicked by the same few children", set()),
]
STILL_RING = [  # writer_states no longer reads these sentences; other readings do
    "my husband drinks himself into a state in front of our three little ones. last week I "
    "found them hiding in the bathroom because he was out of control",
    "my tenant has a learning disability and lives alone. now there are young lads in and out "
    "all night and he looks scared when I call. I think they've taken over his flat",
    "My ex partner keeps ringing me and waiting for me outside work. I think they are stalking me",
]


@pytest.mark.parametrize(("message", "own"), WRITER_STATES)
def test_the_writers_own_state_is_read_by_the_walk(message: str, own: set[int]) -> None:
    read = BUILT_IN._tokens(message)
    markers = BUILT_IN._tables.markers
    hits = find_hits(read, BUILT_IN._harm_index)
    assert writer_states(hits, read, markers["state-thinking"], markers["own-state-aux"]) == own


@pytest.mark.parametrize(("message", "own"), OWN_TOLD)
def test_a_short_first_person_chain_is_read_by_the_walk(message: str, own: set[int]) -> None:
    read = BUILT_IN._tokens(message)
    hits = find_hits(read, BUILT_IN._harm_index) + find_hits(read, BUILT_IN._context_index)
    assert own_told(hits, read, frozenset(), BUILT_IN._tables.markers, BUILT_IN._tables.own) == own


@pytest.mark.parametrize("message", STILL_RING)
def test_a_harm_told_beside_the_writer_still_leads_with_the_signpost(
    chat: Chat, message: str
) -> None:
    assert chat.send(message)[0].risk_of_harm
