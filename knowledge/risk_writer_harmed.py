"""The finding's mark that the writer is the one harmed ("i'm being abused", "i feel like ending
it", "i get hit with a belt"): the risk check's own readings of the writer's harm decide it
(`risk_subjects.writer_states`, `risk_own_told`, `risk_own_home`, `risk_writers_things`, harm
done to "me"), and the reply is spoken to the writer (`dialogs.own_voice.voice_of`; round 51,
voice169). The mark changes no verdict: `RiskFinding.marks` is no part of a finding's equality.

A message with any harm found outside those sentences, or in one that also names a woman or a
group by "her" or "their" ("i think he pushed her again", "she had a black eye and mouthed help
me"), or someone just before the writer's "I" ("a year 10 boy I support"), tells of someone
else's harm too: no mark, and the reply is read as before.

Round 53 (quoted189): a phrase found wholly inside quotation marks that names the one harmed in
the first person ("my mum said "he punches me when he drinks"", "Ms [name] said: "He hit me"")
tells of the quoted speaker's harm, not the writer's, unless the writer is the one quoted ("I
told him 'stop hitting me'": an "I" just outside the quotation). A threat quoted to the writer
("he said 'if you tell anyone i'll kill you'") names them "you" and is read as before.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import replace

from knowledge.risk_made_to import made_to
from knowledge.risk_pack import CaseMark
from knowledge.risk_subjects import role_label
from knowledge.risk_types import Hit, RiskFinding, Tokens

WRITER_HARMED: CaseMark = "writer-harmed"
_I = "i"
_SOMEONE_ELSES = frozenset({"her", "hers", "herself", "their", "theirs", "themselves"})
_NONE: frozenset[str] = frozenset()
_FIRST_PERSON = frozenset({"i", "me", "my", "myself", "im"})
_SPEAKER_REACH = 3  # "I told him 'stop'", "'stop,' I said": the writer speaking


def writer_harmed(
    finding: RiskFinding,
    counted: list[Hit],
    read: Tokens,
    own: Collection[int],
    dropped: Collection[int] = (),
    *,
    markers: Mapping[str, frozenset[str]] | None = None,
) -> RiskFinding:
    """`finding`, marked `WRITER_HARMED` when every phrase of a kind of harm found (`counted`)
    is in one of the sentences `own` (those the risk check read as telling of the writer's own
    harm: not "i deliver parcels. … i heard a man screaming at a kid") that names no one else's
    by "her" or "their", nor by the writer's "I" ("a boy I support"), in a message no role
    label opens ("TA here.": `risk_subjects.role_label`). A sentence of `dropped` (told with the
    "I" left out: `risk_subjects.dropped_writer`, "thinking of ending it") is one of `own` when
    it names no one at all (not "lads not being paid properly", "someone has been hurting my
    daughter"). A sentence where someone wills or makes the harm on "me" is one of `own` too
    ("my family want me to marry someone back home": `risk_made_to.made_to`, round 53).
    `markers`: the pack's markers by name, stemmed ("unknown-not", "unknown-know" for
    `_unknown`, "made-to"; None: none)."""
    if WRITER_HARMED in finding.marks:
        return finding
    sentences = read.sentence_of
    others = {s for w, s in zip(read.words, sentences, strict=True) if w in _SOMEONE_ELSES}
    # "a year 10 boy I support keeps vanishing", "a 16 year old i supervise": theirs
    others |= {
        sentences[k]
        for k, w in enumerate(read.words)
        if w == _I
        and k - 1 in read.persons
        and not _unknown(read.words[k + 1 : k + 4], markers or {})
    }
    own = {*own, *(set(dropped) - {sentences[at] for at in read.persons})}
    own |= made_to(counted, read, (markers or {}).get("made-to", _NONE))  # "want me to marry"
    mine = [
        h.sentence in own and h.sentence not in others and not _speakers_own(h, read)
        for h in counted
    ]
    if role_label(read) or not mine or not all(mine):
        return finding
    return replace(finding, marks=(*finding.marks, WRITER_HARMED))


def _unknown(after: list[str], markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether the words `after` an "I" just after someone say the writer does not know them
    ("a man I've never met", "a man i dont know": no one the writer works with; round 52)."""
    not_words, know = markers.get("unknown-not", _NONE), markers.get("unknown-know", _NONE)
    return bool(not_words.intersection(after[:2]) and know.intersection(after))


def _speakers_own(hit: Hit, read: Tokens) -> bool:
    """Whether `hit` stands wholly inside quotation marks and names someone in the first person
    there, with no "I" of the writer's within `_SPEAKER_REACH` words outside the quotation: the
    quoted speaker's own harm (module docstring)."""
    end = max(hit.end, hit.position + 1)
    quoted = read.quoted
    if not quoted.issuperset(range(hit.position, end)) or _FIRST_PERSON.isdisjoint(
        read.words[hit.position : end]
    ):
        return False
    start = hit.position
    while start - 1 in quoted:
        start -= 1
    while end in quoted:
        end += 1
    outside = (
        read.words[max(0, start - _SPEAKER_REACH) : start] + read.words[end : end + _SPEAKER_REACH]
    )
    return _I not in outside
