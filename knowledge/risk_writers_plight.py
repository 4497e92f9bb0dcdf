"""The sentences where the writer tells of, or asks about, a harm of their own (split from
`knowledge.risk_finding.judge` in round 56; it reads them as about someone in particular).

- `states`: the writer telling a harm of their own ("i want to die", "im scared to go home"), in
  a sentence that tells: with the "I" left out ("feel like ending it all"), no one named ("home
  isnt safe"), in a short chain after "I" ("i get hit with a belt"), or a short line naming no
  one at all ("no point in living"; round 54). `mine` are those said with the writer named,
  `told` those the writer tells as their own (`risk_own_told`), `dropped` those naming no one.
- `asked`: the writer's own plight inside a "when" or "if" of a question ("who do I tell when I
  am being abused?"), asking whom to talk to about it ("who can I talk to about abuse at
  home?"), or "is it normal that my dad…?" (round 50).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import NamedTuple

from knowledge.risk_normal_asked import normal_asked
from knowledge.risk_own_home import own_home, talk_asked
from knowledge.risk_own_together import own_together
from knowledge.risk_own_told import OwnToldTables, own_told
from knowledge.risk_own_when import own_harm_asked
from knowledge.risk_pack import RiskPack
from knowledge.risk_subjects import dropped_writer, writer_states
from knowledge.risk_types import Hit, Tokens
from knowledge.risk_unnamed_own import unnamed_own
from knowledge.risk_writers_things import writers_things

__all__ = ["WritersPlight", "writers_plight"]


class WritersPlight(NamedTuple):
    """The sentences of the writer's own harm (module docstring), by how they say it."""

    mine: frozenset[int]
    told: frozenset[int]
    dropped: frozenset[int]
    asked: frozenset[int]

    @property
    def states(self) -> frozenset[int]:
        """Every sentence telling a harm of the writer's own: `mine` and `dropped`."""
        return self.mine | self.dropped


def writers_plight(
    hits: list[Hit],
    read: Tokens,
    asks: Collection[int],
    rhetoric: frozenset[int],
    *,
    pack: RiskPack,
    markers: Mapping[str, frozenset[str]],
    own_tables: OwnToldTables,
) -> WritersPlight:
    """The sentences where the writer tells of or asks about a harm of their own (module
    docstring), `rhetoric` (the harm's own words asked: "whats the point anymore") among them.

    Args:
        hits: every phrase of the pack that matched, as `judge` has them so far.
        read: the message as the detector read it.
        asks: the sentences that ask (a question word or a question mark).
        rhetoric: the sentences whose question is the harm's own words.
        pack: the pack the phrases came from (`unnamed_own` reads its `together` items).
        markers: the stems of the words of the pack's markers, by name.
        own_tables: what `own_told` reads of the pack (`risk_own_told.own_told_tables`).
    """
    told = frozenset(own_told(hits, read, asks, markers, own_tables))
    mine = frozenset(
        writer_states(hits, read, markers["state-thinking"], markers["own-state-aux"])
        | rhetoric
        | told
        | own_home(hits, read, markers)
        | writers_things(hits, read, markers)  # "the boss keeps my wages"
        | own_together(hits, read, pack, own_tables[0], markers)  # "I've had enough, … tablets"
    )
    dropped = frozenset(
        dropped_writer(hits, read, markers["dropped-subject"])
        | unnamed_own(hits, read, pack, own_tables[0], markers)
    )
    asked = frozenset(
        own_harm_asked(hits, read, asks, markers)
        | normal_asked(hits, read, asks, markers)
        | talk_asked(hits, read, asks, markers)
    )
    return WritersPlight(mine, told, dropped, asked)
