"""A harm asked about as a topic: a bare name of a harm after "about" in a question.

Parents, students and practitioners ask about a harm by its name, telling of no one harmed:
"how do I talk to my child about abuse?", "how do I share concerns about neglect with a health
visitor?", "do I need to inform the adult before raising a safeguarding concern about financial
abuse?", "my son's friend's mum asked me what grooming looks like". Round 49's reading of
sentences about practice (`knowledge.risk_practice_asked`) keeps every sentence with an "i" or a
"my" in it, and most such questions have one (docs/risk-cues.md, round 50).

A term of harm (a `TERM` phrase of the pack: "abuse", "neglect", "financial abuse", "fgm"), or
since round 60 a cue ("private parts": "how do I talk to my 10 year old about private parts?")
that holds no word of `own-home` ("about violence at home" asks for the writer's own help), is
asked about as a topic when:

- it stands just after a word of the pack's `topic-about` ("about", "on", "what"): bare, with no
  "the", "my" or "his" between (`about the abuse`, `about my dad's abuse` tell of one harm);
- it ends its clause or is followed by a word of `topic-after` ("with", "without", "is",
  "looks") that no "my", "her", "his" or "our" follows: "about abuse at home", "about abuse from
  my dad", "about the abuse i suffered", "about domestic abuse with my partner" tie the harm to a
  place or to someone and keep it;
- its sentence asks (starts with a question word or ends with a question mark) and holds a word
  of `practice-terms` or `topic-verbs` ("talk", "explain", "learn": speaking of the subject).

Its signs, a word of a pair near another inside it ("about sexual abuse"), and a worry named
just before it ("concerns about neglect"), are set aside only when
every sign of the message but a signal word is such a topic and the message has no word of
`practice-told`, `stance-others`, `own-now`, `story-recent` or `topic-told` ("happening",
"suffering") anywhere: "who can i talk to about abuse? he does it every night" keeps its
signs, as does any message telling of a harm beside the question.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_types import SIGNS_ALONE, Hit, Kind, Tokens

__all__ = ["topic_asked"]

_NAMED = SIGNS_ALONE - {Kind.SIGNAL}
"""The signs that every one must be a topic: a signal word elsewhere ("the adult") is left to
be judged as it would be alone."""
_SET_ASIDE = SIGNS_ALONE | {Kind.NEAR}
"""The hits a topic sets aside: its signs, and a word of a pair near another inside it (round 60,
fa271: "Should I talk to my child about sexual abuse?" still rang a pair, "sexual" near
"child"); a `together` item's words still count."""
_NONE: frozenset[str] = frozenset()
_TOLD = ("practice-told", "stance-others", "own-now", "story-recent", "topic-told")
"""The markers whose words tell of someone in particular, or of now, anywhere in a message."""


def topic_asked(hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]) -> list[Hit]:
    """`hits` without their signs of harm when every one names a harm asked about as a topic
    (module docstring); else `hits` as they are.

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`topic-about`, `topic-after`,
            `topic-verbs`, `topic-told`, `practice-terms`, `practice-told`, `stance-others`,
            `own-now`, `story-recent`).
    """
    signs = [h for h in hits if h.phrase.kind in SIGNS_ALONE]
    if not signs or any(not markers.get(m, _NONE).isdisjoint(read.words) for m in _TOLD):
        return hits
    spans = [(h.position, h.end) for h in signs if _topical(h, read, markers)]
    if not spans:
        return hits
    topical = [any(_within(h, span) for span in spans) for h in hits]
    if not all(t for h, t in zip(hits, topical, strict=True) if h.phrase.kind in _NAMED):
        return hits
    return [
        h for h, t in zip(hits, topical, strict=True) if not t or h.phrase.kind not in _SET_ASIDE
    ]


def _topical(hit: Hit, read: Tokens, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether `hit` is a term of harm asked about as a topic (module docstring)."""
    words, start, end = read.words, hit.position, hit.end
    if hit.phrase.kind not in (Kind.TERM, Kind.CUE) or start == 0 or end <= start:
        return False
    if words[start - 1] not in markers.get("topic-about", _NONE):
        return False
    if hit.phrase.kind is Kind.CUE and not markers.get("own-home", _NONE).isdisjoint(
        words[start:end]
    ):
        return False  # a cue that holds its home ("about violence at home") is the writer's own
    if read.sentence_of[start - 1] != hit.sentence:
        return False
    ends_clause = end >= len(words) or read.clause_of[end] != read.clause_of[end - 1]
    if not ends_clause and (
        words[end] not in markers.get("topic-after", _NONE) or _owned(words, end + 1, markers)
    ):
        return False  # "about abuse at home"; "about domestic abuse with my partner"
    if hit.sentence not in read.questions | read.marked:
        return False
    said = {w for w, s in zip(words, read.sentence_of, strict=True) if s == hit.sentence}
    speaking = markers.get("practice-terms", _NONE) | markers.get("topic-verbs", _NONE)
    return not speaking.isdisjoint(said)


def _owned(words: list[str], at: int, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether the word at `at`, after a term's `topic-after` word, is someone's ("with my
    partner", "without her husband"): the harm tied to someone."""
    own = ("stance-writer", "stance-others", "practice-ours")
    return at < len(words) and any(words[at] in markers.get(m, _NONE) for m in own)


def _within(hit: Hit, span: tuple[int, int]) -> bool:
    """Whether `hit` lies inside the topic `span`, or is a worry named just before it
    ("concerns about neglect")."""
    start, end = span
    inside = start <= hit.position and hit.end <= end
    return inside or (hit.phrase.kind is Kind.WORRY and hit.end == start)
