"""A threat to kill or seriously hurt the writer, told by the writer of themselves (round 44,
issue 11): "my husband says he will kill me if i leave", "he said he'd kill me if i told anyone",
"my boyfriend threatened to stab me" got a practitioner's adult signpost first.

The danger follow-up's threat-to-you reading marks the finding ("threat-to-you",
`dialogs.danger_now`); `dialogs.own_voice` reads the writer as telling of themselves by it
unless the threat is one someone else told of ("she said he'd kill me"), and their signpost
leads with their own safety (the about pack's `to_the_writer.threatened`). A practitioner's
"client says her husband will kill her" is no threat to the writer, and keeps its signpost.
Round 43 read such a threat as harm to the writer by its own few words (scam49's own_threat,
taken out) and gave "my ex is going to kill me tonight" the general text in place of the
threat's own; this reads the threat as the danger follow-up does, and says the threat's words.

`threatens_writer` is the one reading of a threat made against the writer: the danger
follow-up's reply, the danger-now mark "threat-to-you" and the reading of who wrote a message
(`dialogs.own_voice`) all ask it; `threat_phrases` is the one list of threats that danger now
and the danger follow-up read.

Pure: set lookups over a few words. Imported only when a message tells of harm or says who
wrote it (with `dialogs.own_voice`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from knowledge.matching.phrases import PhraseSet
from knowledge.typed_words import phrases_of

if TYPE_CHECKING:
    from knowledge.typed_words import TypedWordsPack
    from knowledge.writer_texts import WriterTexts

# A speaker's pronoun, and the forms it takes in what they said of themselves ("he said hed").
_SAME_SPEAKER = {
    "he": frozenset(("he", "hed", "hell", "hes")),
    "she": frozenset(("she", "shed", "shell", "shes")),
    "they": frozenset(("they", "theyd", "theyll", "theyre")),
}
# How far after the telling word the speaker names themselves ("he told me he would").
_SPEAKER_REACH = 2
_DOMESTIC = "domestic-abuse"


@dataclass(frozen=True)
class Threats:
    """Threats to kill or seriously hurt someone, and the words after one that make it a
    threat against the writer ("he'll kill me", "threatened to stab us": the typed-words pack's
    `friend` list `threat_writer`; a set in the code until round 55, words216)."""

    phrases: PhraseSet
    writer: frozenset[str]


def threat_phrases(typed: TypedWordsPack) -> Threats:
    """The threats to kill or seriously hurt someone: the typed-words pack's worry `threat`, as
    danger now and the danger follow-up both read it, with its `threat_writer`."""
    return Threats(
        PhraseSet(phrases_of(typed.worries.get("threat", ""))),
        frozenset(typed.friend.get("threat_writer", ())),
    )


def threatens_writer(threats: Threats, found: list[str]) -> bool:
    """Whether a threat of `threats` in `found`, a message's words, is made against the writer:
    a phrase of them with one of its writer's words just after it ("he'll kill me", "threatened
    to stab us"). `threats` are the typed-words pack's worry `threat`, or a narrower list of its
    phrases."""
    return any(after in threats.writer for after in words_after_threats(threats, found))


def words_after_threats(threats: Threats, found: list[str]) -> list[str | None]:
    """The word just after each phrase of `threats` in `found` (None at the end): whom each
    threat is made against."""
    ends = threats.phrases.all_ends(found)
    return [found[end] if end < len(found) else None for e in ends.values() for end in e]


def own_threat_told(
    words: Sequence[str],
    telling: Collection[str],
    reach: int = _SPEAKER_REACH,
    parents: Mapping[str, str] | None = None,
) -> bool:
    """Whether the first telling word of `words` (a message simplified; `telling`, the words
    that tell what someone said) gives a threat its speaker made of themselves ("he said hed
    kill me", "she told me she would stab me"): a pronoun before it, and the same one just
    after (within `reach` words). Then "me" is the writer, not someone quoted ("she said he'd
    kill me"). A writer harmed (round 52, voice181) reads further, and a parent by name ("he
    said if i tell anyone hell kill my mum", "mum says im a mistake and she wishes i was
    dead"): the one who said it is the one who harms them, not one they tell of. `parents`:
    the words for the writer's own parent, each with its pronoun ("mum": "she"; the
    typed-words pack's friend lists `mothers` and `fathers`, `FriendVoice.speaking_parents`)."""
    parents = parents or {}
    for at, word in enumerate(words):
        if word in telling:
            before = words[at - 1] if at else ""
            named = before in parents and (at < 2 or words[at - 2] == "my")
            forms = _SAME_SPEAKER.get(parents[before] if named else before)
            after = words[at + 1 : at + 1 + reach]
            return forms is not None and any(w in forms for w in after)
    return False


def threatened_first(said: WriterTexts, categories: Sequence[str]) -> str:
    """The first words of the signpost to a writer threatened with being killed or hurt: their
    safety, 999, the police (`said.threatened`), then the domestic abuse helplines: the pack's
    `domestic_abuse` text when the harm is read as domestic abuse (`categories`), else its
    `threatened_helpline`, for a partner, an ex or family."""
    helplines = said.domestic_abuse if _DOMESTIC in categories else said.threatened_helpline
    return f"{said.threatened}\n\n{helplines}"
