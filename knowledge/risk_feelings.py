"""A feeling told with a thing for its cause: "the kids are angry about it", "cries about it".

Round 36 (fa36). The `anger` and `distress` signal families ("angry", "crying", "nightmares")
count on their own in a sentence about someone, as a child's fear or a carer's temper is how
much emotional harm is first told. A feeling whose cause the same clause names just after it,
as a thing ("angry about it", "crying over the game", "upset about the move"), is the ordinary
upset of family life, and the signal word is set aside. The cause is read as a thing when the
few words after "about" or "over" (the `feeling-causes` marker) hold no word of the
`feeling-guards` marker (a pronoun for someone, "home", "what") and no other sign of harm, and
the rest of the sentence names no one (no noun for people, no relative): "scared about going
home", "crying over him", "upset about what happened", "cries about it every night since her
stepdad moved in" still count. Every other sign of the
message counts as before ("angry about it and he hit her").
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_types import Hit, Kinds, Tokens

__all__ = ["caused_feelings", "condition_moods", "feared_deaths"]

_REACH = 3  # words from the feeling to "about": "crying herself to sleep about it"
_CAUSE = 4  # words of the cause read after "about"
_SIGNS = frozenset({Kinds.CUE, Kinds.TERM, Kinds.SIGNAL})
_FELT = frozenset({Kinds.SIGNAL, Kinds.NEAR})  # a signal word, or a `near` item's fear word
_OBJECTS = frozenset({"him", "them", "me", "us"})  # whom a temper is at, as a person named


def caused_feelings(
    hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> list[Hit]:
    """The hits without the feeling words whose cause is named as a thing (module docstring).

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`feelings`, `feeling-causes`,
            `feeling-guards`).
    """
    feelings = markers.get("feelings", frozenset())
    if not feelings:
        return hits
    causes = markers.get("feeling-causes", frozenset())
    guards = markers.get("feeling-guards", frozenset())
    signs_at = {k for h in hits if h.phrase.kind in _SIGNS for k in range(h.position, h.end)}
    words = read.words

    def thing_caused(h: Hit) -> bool:
        if h.phrase.kind is not Kinds.SIGNAL or words[h.position] not in feelings:
            return False
        clause = read.clause_of[h.position]
        for k in range(h.end, min(h.end + _REACH, len(words))):
            if read.clause_of[k] != clause:
                return False
            if words[k] in causes:
                span = [
                    j
                    for j in range(k + 1, min(k + 1 + _CAUSE, len(words)))
                    if read.clause_of[j] == clause
                ]
                rest = range(k + 1, len(words))
                return (
                    bool(span)
                    and not any(j in signs_at or words[j] in guards for j in span)
                    and not any(
                        j in read.persons or j in read.kin
                        for j in rest
                        if read.sentence_of[j] == read.sentence_of[k]
                    )
                )
        return False

    return [h for h in hits if not thing_caused(h)]


def condition_moods(
    hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> list[Hit]:
    """The hits without a temper told of someone with a condition ("my dad has dementia and
    gets angry in the evenings", "my daughter with ADHD kicks off at bedtime"): a word of the
    `condition-moods` marker, in a sentence that (or the one before it) names a condition (the
    `conditions` marker: dementia, autism, ADHD, depression), names at most one person (a noun
    for people or a relative; "him", "them", "me", "us"; "her" just after the word), and holds
    no other sign of harm. The signal word alone is set aside: a second person ("…and his dad
    gets angry with him", "…he threw a cup at me"), another sign ("…gets angry and hits mum")
    or an item the word is part of ("his teacher shouts at him") still counts.

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`condition-moods`, `conditions`).
    """
    moods = markers.get("condition-moods", frozenset())
    conditions = markers.get("conditions", frozenset())
    if not moods or conditions.isdisjoint(read.words):
        return hits
    words = read.words
    told = {read.sentence_of[i] for i, w in enumerate(words) if w in conditions}
    people: dict[int, int] = {}  # sentence -> how many people it names (runs of person words)
    for i in sorted(read.persons | read.kin):
        if i - 1 not in read.persons and i - 1 not in read.kin:
            people[read.sentence_of[i]] = people.get(read.sentence_of[i], 0) + 1

    for i, w in enumerate(words):
        if w in _OBJECTS:  # "…he threw a cup at me": the one the temper is at
            people[read.sentence_of[i]] = people.get(read.sentence_of[i], 0) + 1

    def of_condition(h: Hit) -> bool:
        after = words[h.end : h.end + _REACH]
        return (
            h.phrase.kind is Kinds.SIGNAL
            and words[h.position] in moods
            and (h.sentence in told or h.sentence - 1 in told)
            and people.get(h.sentence, 0) <= 1
            and "her" not in after  # "gets angry with her"
        )

    moody = {id(h): h for h in hits if of_condition(h)}
    if not moody:
        return hits
    at = {h.position for h in moody.values()}
    others = {h.sentence for h in hits if h.phrase.kind in _SIGNS and h.position not in at}
    return [h for h in hits if not (id(h) in moody and h.sentence not in others)]


def feared_deaths(
    hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> list[Hit]:
    """The hits without a death word that is what someone fears ("a resident told me she's
    scared of dying", "mum is worried about dying alone"): a word of the `deaths` marker just
    after "of" or "about" (`feeling-causes`), with a word of `fears` one or two words before
    that. Fear of death is no wish for it; an unafraid one is ("he isn't scared of dying any
    more": a word of `unafraid` in the three words before the fear or the two after the death
    keeps it), and every other sign still counts ("…scared of dying and wants to end it all").

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`deaths`, `fears`, `unafraid`,
            `fear-links`).
    """
    deaths = markers.get("deaths", frozenset())
    if deaths.isdisjoint(read.words):
        return hits
    fears = markers.get("fears", frozenset())
    causes = markers.get("fear-links", frozenset())
    unafraid = markers.get("unafraid", frozenset())
    words = read.words

    def feared(at: int) -> int:
        """Where the fear of the death at `at` is, or -1."""
        if at < 2 or words[at] not in deaths or words[at - 1] not in causes:
            return -1
        fear = next((k for k in (at - 2, at - 3) if k >= 0 and words[k] in fears), -1)
        near = words[max(0, fear - 3) : fear] + words[at + 1 : at + 3]
        return fear if fear >= 0 and unafraid.isdisjoint(near) else -1

    dropped: set[int] = set()
    for at in range(len(words)):  # the death and its fear (a `near` item's fear word)
        if (fear := feared(at)) >= 0:
            dropped |= {at, fear}
    return [h for h in hits if not (h.phrase.kind in _FELT and h.position in dropped)]
