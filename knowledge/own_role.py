"""The writer naming a role of their own: "im a tutor", "btp officer here", "as a youth worker".

One reading for the risk check and the dialogs both (round 48, voice134). Before, three
readings disagreed at the edges: the risk check's own (`risk_staff_acts.writer_staff`: a staff
word after "im a", or in a short clause ending "here", is the writer's label, not the one an
allegation is about), the dialogs' (`FriendVoice.at_work`: a writer who names a role of their
own is at work, not one of the public), and the typed-words pack's own roles (`own_roles`,
`role_leads`, `role_others`, `role_tails`), a second copy of the risk pack's `label-opens` and
`label-not`. Now the words are the risk pack's markers alone (`label-opens`, `label-articles`,
`label-not`, `label-tails`, `own-roles`) and this reader says where a role is the writer's own:

- just before one of `label-tails`, with none of `label-not` just before it ("college tutor
  here", "btp officer here"; not "the tutor here");
- a few words after one of `label-opens` followed by one of `label-articles` or by the role
  itself ("im a tutor", "i work as a medic", "im pcso"; not "as the tutor said", nor "i" alone,
  "i think the tutor has…");
- where the message opens on it (read only where the caller says the words are the message's
  opening: the dialogs' reading of a whole message, "nurse on a&e, a woman came in…"), with
  none of `label-not` before it ("a nurse on the bus told me" is a stranger who is one).

Pure: set lookups over a few words around the role.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

__all__ = ["OwnRole"]

_REACH = 4  # "im a tutor", "i am the head tutor", "as a youth worker": the words read before
_OPENING = 3  # "police officer arrested…", "staff nurse on a&e": a role this near the start


class OwnRole:
    """Reads where a message names a role of the writer's own, by the risk pack's markers."""

    def __init__(
        self,
        markers: Mapping[str, Collection[str]],
        word: Callable[[str], str] = str,
    ) -> None:
        """`markers`: the risk pack's markers by name; `word`: how a marker's word is read to
        compare with a message's (the risk check's stems; the dialogs' simplified words as
        written)."""
        self._leads = frozenset(map(word, markers.get("label-opens", ())))
        self._articles = frozenset(map(word, markers.get("label-articles", ())))
        self._others = frozenset(map(word, markers.get("label-not", ())))
        self._tails = frozenset(map(word, markers.get("label-tails", ())))
        self.roles = frozenset(map(word, markers.get("own-roles", ())))
        """The roles a writer names of themselves (`own-roles`: "nurse", "pcso", "tutor")."""

    def labels(
        self,
        words: list[str],
        role: range,
        span: range | None = None,
        *,
        opening: bool = False,
    ) -> bool:
        """Whether the role at `role` (where its words stand in `words`) is the writer's own
        label (see the module docstring), read within `span` (a clause; by default the whole of
        `words`); `opening`: `span` opens the message, and a role near its start names the
        writer."""
        start, end = (0, len(words)) if span is None else (span.start, span.stop)
        at, after = role.start, role.stop
        before = words[max(start, at - _REACH) : at]
        if after < end and words[after] in self._tails and self._others.isdisjoint(before):
            return True
        for k in range(max(start, at - _REACH), at):
            if words[k] in self._leads and (k + 1 == at or words[k + 1] in self._articles):
                return True
        return opening and at - start < _OPENING and self._others.isdisjoint(words[start:at])

    def names_own(self, words: list[str]) -> bool:
        """Whether `words` (a whole message, simplified) name a role of the writer's own: one of
        `own-roles` that `labels` reads as theirs, the message's start its opening."""
        return any(
            w in self.roles and self.labels(words, range(at, at + 1), opening=True)
            for at, w in enumerate(words)
        )
