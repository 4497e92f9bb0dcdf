"""Which clauses of a question are general, beyond those a `general` phrase marks.

Helpers of `knowledge.risk_finding.judge`: a sentence listing examples that names nobody in
particular is general throughout ("what counts as coercive control - e.g. tracking someone's
phone?"), and a clause opening with "or" after a general clause is the other half of the same
question ("does that count as emotional abuse, or is that neglect?"); a clause asking whether
an act would be allowed ("is it legal to pay a 14 year old to babysit our toddler?") asks about
the act, not one that happened; a general phrase after "in" tells when, not what about; and a
supposition followed by someone of the writer's own ("what should I do if I think my friend is
being abused?") is the writer's worry about that person, not a general question; and which
clauses a `general` phrase makes general at all (`general_phrases`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.risk_one_case import one_case_asked
from knowledge.risk_telling import own_told, passes_on
from knowledge.risk_types import Kinds

if TYPE_CHECKING:
    from collections.abc import Mapping

    from knowledge.risk_types import Hit, Tokens

# After a `permission` phrase, these say the act was done to the writer or is a fact: object
# pronouns and "that", grammar no pack need extend.
_NOT_ASKED = frozenset({"me", "us", "myself", "that"})
# "talking in lessons about her mum's boyfriend": a time, not a topic ("in our training" is one).
_FROM, _WHOSE = "from", frozenset({"his", "her", "their"})  # "girls from his lessons"
_DURING = frozenset({"in"})
# Before a person in a frame's clause, these bring in anyone or suppose ("a girl…", "if her dad…").
_SUPPOSED = frozenset({"a", "an", "any", "every", "each", "if"})
_OWN_WORDS = 3  # "my friend's dad", "our elderly neighbour"


def general_phrases(
    hits: list[Hit],
    read: Tokens,
    scene: tuple[int, int],
    asks: frozenset[int],
    *,
    openers: frozenset[str],
    negations: frozenset[str],
    markers: Mapping[str, frozenset[str]],
) -> set[int]:
    """The clauses a `general` phrase after the scene (`knowledge.risk_scene`) makes general.

    A general phrase opening with a question word ("what a", "how do") inside a sentence that
    tells, not asks, is not a question: "texts about what a terrible daughter she is". Nor is one
    just after a negation in a sentence that tells ("he says he didn't mean it" plays harm down),
    nor one after "in" ("talking in lessons about…": when, not a topic), nor a supposition about
    someone of the writer's own ("…if I think my friend is…", `own_supposed`), nor one whose
    clause goes on to tell of someone in particular, asked or told ("the guidance says she should
    be referred because her dad hits her - is that right?", `case_in_frame`).
    """
    starts = frozenset(h.position for h in hits if h.phrase.kind is Kinds.PEOPLE)
    tellings = frozenset(h.position for h in hits if h.phrase.kind is Kinds.TELLING)
    return {
        h.clause
        for h in hits
        if h.phrase.kind is Kinds.GENERAL
        and (h.sentence, h.position) > scene
        and not own_supposed(h, read, starts, markers)
        and not own_told(h, read, starts, tellings, markers)
        and not one_case_asked(h, read, markers)  # "…about a client whose husband beats her"
        and not case_in_frame(h, hits, read, markers)
        and not _within_a_cue(h, hits)
        and not _case_told_before(h, hits, read, markers)
        and not (h.sentence in asks and passes_on(h, read, markers["pass-on"], that=True))
        and (
            h.sentence in asks
            or (
                read.words[h.position] not in openers
                and not not_a_topic(read, h.position, negations, markers["pointing"])
            )
        )
    }


def _within_a_cue(general: Hit, hits: list[Hit]) -> bool:
    """Whether the `general` phrase is words of a cue of harm in the same sentence, which the cue
    was written with, so they ask nothing: a one-word phrase that is a later word of the cue ("pt
    has SI with plan and means": "means" is the cue's, no question of meaning; round 36, r1k36),
    or a phrase the cue opens with ("if they see me in town theyll do me in": a threat's
    condition, not "if you see signs…"; round 56, quiet225)."""
    one_word = general.end - general.position == 1
    return any(
        x.phrase.kind is Kinds.CUE
        and x.phrase.category >= 0
        and x.sentence == general.sentence
        and (
            (one_word and x.position < general.position < x.end)
            or (x.position == general.position and general.end <= x.end)
        )
        for x in hits
    )


def _case_told_before(
    general: Hit, hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> bool:
    """Whether an earlier frame in the clause of `general` tells of someone in particular, the
    person and the harm before `general` (`case_in_frame`): "on the training day they said my
    student's boyfriend hitting her counts as domestic abuse" says what that case counts as; it
    asks no definition (round 36, r1k36)."""
    before = [x for x in hits if x.position < general.position]
    return any(
        f.phrase.kind in (Kinds.GENERAL, Kinds.FRAMING)
        and f.clause == general.clause
        and f.end <= general.position
        and case_in_frame(f, before, read, markers)
        for f in before
    )


def case_in_frame(
    hit: Hit, hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> bool:
    """Whether the clause of the `general` or `framing` phrase `hit` tells of someone in
    particular: a phrase naming a person that opens with a word of the pack's `case-pointers`
    marker (`markers`: "my pupil's dad", "her stepdad", "this boy") or with "one of" and
    the writer's own ("one of our residents"), then a cue or a term of harm in that clause.
    A frame cannot hide a case told inside it ("the training said my pupil's dad hits her",
    "the guidance says she should be referred because her dad hits her"); one that speaks of
    anyone ("dads who drink are more likely to hit their children") stays general, as does one
    whose person comes after a word of the `anyone` marker or "a", "if"… (anyone brought in or
    supposed: "a girl should be referred if her dad hits her", "if someone hits his child"), and
    one that itself supposes (ends in a word of the `supposing` marker: "what if I escalate to
    the school her dad hits her?" is left to `own_told` and the pack's `pass-on` words)."""
    words, pointers, anyone = read.words, markers["case-pointers"], markers["anyone"] | _SUPPOSED
    if words[hit.end - 1] in markers["supposing"]:  # "what if I tell the school her dad…"
        return False
    starts = [
        x.position
        for x in hits
        if x.phrase.kind is Kinds.PEOPLE
        and x.clause == hit.clause
        and x.position > hit.position
        and x.end - 1 in read.persons
        and x.end - 1 not in read.plural
        and (words[x.position] in pointers or words[x.position : x.position + 2] == ["one", "of"])
        and anyone.isdisjoint(words[hit.end : x.position])  # "a girl … if her dad hits her"
    ]
    return bool(starts) and any(
        x.phrase.kind in (Kinds.CUE, Kinds.TERM)
        and x.phrase.category >= 0
        and x.clause == hit.clause
        and x.end > min(starts)
        for x in hits
    )


def not_a_topic(
    read: Tokens, at: int, negations: frozenset[str], determiners: frozenset[str]
) -> bool:
    """Whether a `general` phrase at `at`, in a sentence that tells, asks nothing: just after a
    word of `negations` (the stems of the pack's `not` set: "he says he didn't mean it" plays
    harm down), or just after "in" with no word of `determiners` (the stems of its `pointing`
    marker: "offloading in lessons about her mum's boyfriend": when it was said), or after
    "from" and someone's ("girls from his lessons on instagram": whose they are; round 38)."""
    if at == 0:
        return False
    before = read.words[at - 1]
    if before in _WHOSE and at > 1 and read.words[at - 2] == _FROM:
        return True
    return before in negations or (before in _DURING and read.words[at] not in determiners)


def listing(
    read: Tokens, general: set[int], specific: set[int], examples: frozenset[str]
) -> set[int]:
    """The clauses of a sentence that lists examples (a word of `examples`, the stems of the
    pack's `examples` marker: "what counts as coercive control - e.g. tracking someone's
    phone?") and names nobody in particular: all general when one is."""
    lists = {s for w, s in zip(read.words, read.sentence_of, strict=True) if w in examples}
    lists -= specific
    if not lists:
        return set()
    places = list(zip(read.clause_of, read.sentence_of, strict=True))
    broad = {s for c, s in places if s in lists and c in general}
    return {c for c, s in places if s in broad}


def alternatives(read: Tokens, general: set[int], asks: frozenset[int]) -> set[int]:
    """The clauses of a question that open with "or" after a general clause: the other half
    of the same question ("does that count as emotional abuse, or is that neglect?")."""
    found: set[int] = set()
    if not general or "or" not in read.words:
        return found
    for i, word in enumerate(read.words):
        clause = read.clause_of[i]
        if (
            word == "or"
            and i > 0
            and read.clause_of[i - 1] == clause - 1
            and read.sentence_of[i] in asks
            and read.sentence_of[i - 1] == read.sentence_of[i]
            and (clause - 1 in general or clause - 1 in found)
        ):
            found.add(clause)
    return found


def permitted(
    hits: list[Hit],
    read: Tokens,
    asks: frozenset[int],
    openers: frozenset[str],
    negations: frozenset[str],
) -> set[int]:
    """The clauses of a question asking whether an act would be allowed ("is it legal to pay a
    14 year old to babysit our toddler?", "would I get in trouble for leaving…?"): general
    when the clause opens with a question word and the phrase is not negated (a word of
    `negations`, the stems of the pack's `not` set, just before: "she said I'm not allowed to
    tell"), unless a relative comes before the act ("is it legal for my dad to
    hit me?", "is my stepdad allowed to…") or, after the phrase, the writer ("…to hit me") or
    "that" (a fact: "in trouble for not reporting that my pupil is self-harming")."""
    words, clause_of = read.words, read.clause_of
    firsts: dict[int, Hit] = {}
    for h in hits:
        if (
            h.phrase.kind is Kinds.PERMISSION
            and h.sentence in asks
            and not (h.position and words[h.position - 1] in negations)
        ):
            firsts.setdefault(h.clause, h)
    if not firsts:
        return set()
    kin_before: dict[int, int] = {}  # clause -> its first relative
    for i in sorted(read.kin):
        kin_before.setdefault(clause_of[i], i)
    asking: set[int] = set()  # clauses opening with a question word
    vetoed: set[int] = set()
    act: dict[int, int] = {}  # clause -> where the act asked about starts
    for clause, first in firsts.items():
        act[clause] = first.end if words[first.end - 1] != "for" else len(words)
    for i, word in enumerate(words):
        clause = clause_of[i]
        found = firsts.get(clause)
        if found is None:
            continue
        if (i == 0 or clause_of[i - 1] != clause) and word in openers:
            asking.add(clause)
        if i < found.end:
            continue
        if word in _NOT_ASKED:
            vetoed.add(clause)
        elif word == "to" and act[clause] > i:
            act[clause] = i  # "legal for my dad to hit": the act starts at "to"
    return {c for c in asking if c not in vetoed and kin_before.get(c, act[c]) >= act[c]}


def own_supposed(
    hit: Hit, read: Tokens, people: frozenset[int], markers: Mapping[str, frozenset[str]]
) -> bool:
    """Whether the `general` phrase `hit` supposes something of someone the writer names as
    their own: it ends in a supposition (a word of the pack's `supposing` marker: "if I think",
    "what if") and, after it (and a "that"), a word of its `writers-own` marker ("my", "our")
    starts a phrase naming a person (`people`: where such phrases start) or comes up to
    `_OWN_WORDS` words before a noun for people, as in "what do I do if I suspect my neighbour
    is hitting her kids?", "what if my friend's dad…". "if I suspect a colleague…" and "what if
    the parents refuse?" stay general."""
    at = hit.end
    words = read.words
    if at <= 0 or words[at - 1] not in markers["supposing"]:
        return False
    if at < len(words) and words[at] == "that":
        at += 1
    if at >= len(words) or words[at] not in markers["writers-own"]:
        return False
    return at in people or any(
        i in read.persons and read.clause_of[i] == read.clause_of[at]
        for i in range(at + 1, min(at + 1 + _OWN_WORDS, len(words)))
    )
