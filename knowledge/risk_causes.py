"""An injury whose cause the message gives, and the cause is no harm done by someone.

"my son has a bruise from football", "a pupil cut his hand in DT", "a 2 year old stabbed another
toddler with a fork … two cuts under her eye": the writer says how the injury came about, and it
came about in a mishap (the pack's `mishap` set, after a word that gives a cause: "from", "in",
"playing"…, a fall, or another child) or in small children's play (a child's blow in a sentence
about a child under five or their nursery; not an injury word the child has: "the toddler has
cigarette burns"). The injury words of that sentence, and the child's blow,
are then not signs of harm; every other sign in the message still counts ("a bruise from football
and he's scared of his dad" is signposted). An accident to one's own body ("a child hurt her knee",
"toddler bumped her head on the table": an `accident` word between someone and their own part of the
body, "his"/"her" agreeing with who it is; "has", "had" or "would" may stand between: "mum's broken
her hip", "he'd fractured his wrist"; "they" own only "their") sets aside that word only.

A signpost costs less than a miss, so the cause is not taken when the message doubts or repeats it:
a word of the pack's `doubt` or `fear` sets in the sentence ("again", "apparently", "scared"),
"another" bruise, a cause inside someone's reported words ("he says it was football"), a word of the
`explain` family anywhere (a story, an excuse, an accident; not one naming a paper, "the accident
form", nor an accident of a named ordinary kind the writer tells, "was in a car accident", which
is a cause like a fall), a baby (a bruise on a baby is a concern whatever the cause), a blow
before a fall or an accident ("pushed her and she fell"), a relative named after the injury ("…,
his stepdad was there"; any grown-up after an accident), a child struck ("my 3 year old was hit
by…"), or a grown-up who struck or was struck ("her dad…"). A black eye is an injury too ("a
black eye from rugby"). The writer's own act is no explanation ("while I changed the bed").
Read once, word by word.
"""

from __future__ import annotations

import bisect

from knowledge.risk_accident_record import accident_record, left_by_accident
from knowledge.risk_ages import names_a_baby, young_age_at
from knowledge.risk_cause_shape import CauseShape
from knowledge.risk_cause_words import NAMING, PEER, Causes
from knowledge.risk_types import Hit, Kind, Tokens

__all__ = ["Causes", "ordinary_causes"]

_CAUSE_WINDOW = 6  # words after the injury word where its cause may be given
_GIVES_CAUSE = frozenset({"from", "in", "at", "dur", "play", "doing", "off", "on", "whil", "by"})
_PASSIVE = frozenset({"was", "were", "been", "being", "got", "get", "is", "are"})
# After a fall, where from: "falling off a ladder", "fell down the stairs", "slipped on ice".
_FROM_WHERE = (["off"], ["from"], ["down"], ["over"], ["on"], ["out"])
# A clause opening so asks ("…, can the practice nurse tell me…?"): who it names did nothing.
_ASKS = frozenset(
    {"can", "could", "should", "do", "doe", "does", "is", "are", "will", "may", "must", "who"}
)
_HAVING = frozenset({"has", "have", "had", "would"})  # between someone and what they did
# Before an injury word that also names a blow, these make it what someone has, not what they
# did: "the toddler has cigarette burns", "a 2 year old with a burn on his hand".
_BEARING = frozenset({"has", "have", "had", "got", "with"})
_BEARING_GAP = 3  # "has a burn", "has cigarette burns", "has a cigarette burn"
_INJURY_PAIRS = frozenset({("black", "eye")})  # as stemmed: "black eye(s)"
_WRITERS = frozenset({"i", "we"})  # the writer, as subject
_HAVING_BEEN = frozenset({"was", "were", "am", "are", "had", "have"})
_GOES_ON = frozenset({"and", "then"})  # "she fell off the slide and hurt her arm"
_DOER_WINDOW = 6  # words back from a blow to the one who struck it ("another boy at pre-school")


def ordinary_causes(hits: list[Hit], read: Tokens, words: Causes) -> list[Hit]:
    """The hits without the injury words of a sentence giving an ordinary cause for them.

    Args:
        hits: every phrase of the pack that matched, harm and context alike.
        read: the message as the detector read it.
        words: the words the rule reads.

    Returns:
        The hits that still count, in their order.
    """
    tokens = read.words
    hurt = _injured(tokens, words)
    if (
        not hurt and words.blows.isdisjoint(tokens) and words.accidents.isdisjoint(tokens)
    ) or names_a_baby(tokens, words.babies):
        return hits
    told: dict[int, int] = {}  # sentence -> where its first telling phrase starts
    for h in hits:
        if h.phrase.kind is Kind.TELLING:
            told[h.sentence] = min(h.position, told.get(h.sentence, h.position))
    shape = CauseShape.of(read, words)
    named = {  # sentence -> its accident of an ordinary kind, told by the writer, undoubted
        s: at for s, at in shape.crashes.items() if told.get(s, at) >= at and s not in shape.doubted
    }
    recorded = accident_record(read, words)  # "…, we did an accident form" (round 42)
    # the accident written up is no one's story of it ("a minor accident (bumped head)")
    written = {i for i, w in enumerate(tokens) if w in words.recorded} if recorded else set()
    if _explains(tokens, words, frozenset(named.values()) | written):
        return hits
    caused: set[int] = set()  # sentences that give an injury an ordinary cause
    dropped: set[int] = set()  # the blows of small children's play, and what they left
    played: dict[int, int] = {}  # sentence -> where its first play blow is
    # "a child hurt her knee", not "says she bumped…"; other injuries count
    own = [i for i in _own_accidents(read, words, shape) if told.get(read.sentence_of[i], i) >= i]
    dropped.update(own)
    for i, word in enumerate(tokens):
        sentence = read.sentence_of[i]
        if word in words.blows and _play(read, i, words, shape, sentence in played):
            played.setdefault(sentence, i)
            dropped.add(i)
        if i in hurt and shape.left_after(sentence, played.get(sentence, i)) < i:
            dropped.add(i)  # "stabbed another toddler … and left two cuts"
            continue
        if i not in hurt or sentence in caused or sentence in shape.doubted:
            continue
        if shape.seen.get(sentence, i) < i or (hurt[i] and tokens[hurt[i] - 1] in PEER):
            continue  # "another bruise"; and "saw welts on her legs in PE": where it was seen
        if shape.kin_last.get(sentence, i) > i:
            continue  # "…from falling down the stairs, his stepdad was there"
        if left_by_accident(read, i, own):  # "hit his finger … and bruised it" (round 42)
            dropped.add(i)
            continue
        cause = _cause_after(read, i, words, sentence not in shape.blow)
        if cause < 0 and shape.fall.get(sentence, i) < i and shape.blow.get(sentence, i) >= i:
            cause = shape.fall[sentence]  # "slipped off the slide … her wrist is broken"
        fell = shape.fall.get(sentence - 1, -1)  # "mum fell reaching into a cupboard. broken hip"
        if (
            cause < 0
            and 0 <= fell < told.get(sentence - 1, fell + 1)  # not "she says she fell."
            and not {sentence, sentence - 1} & (shape.blow.keys() | shape.doubted)
        ):
            cause = fell
        crash = named.get(sentence, named.get(sentence - 1, -1))  # "in a car accident and …"
        if cause < 0 and crash >= 0 and not {sentence, sentence - 1} & shape.blow.keys():
            cause = crash
        if cause < 0 and sentence not in shape.blow:
            cause = recorded.get(sentence, -1)  # written up as an accident, undoubted
        if cause >= 0 and told.get(sentence, cause) >= cause:
            caused.add(sentence)  # a cause inside someone's reported words may be a story
    if not caused and not dropped:
        return hits
    dropped.update(i for i in hurt if read.sentence_of[i] in caused)
    places = sorted(dropped)
    return [h for h in hits if h.phrase.category < 0 or not _spans(places, h.position, h.end)]


def _injured(tokens: list[str], words: Causes) -> dict[int, int]:
    """Where the message names an injury, each with where it starts: a word of the `injury`
    set, or the last word of a two-word injury (`_INJURY_PAIRS`: "a black eye", which the cues
    name as a phrase; "he got a black eye playing rugby" gives it an ordinary cause as "a bruise
    from rugby" does, and "another black eye" repeats it as "another bruise" does)."""
    return {
        i: i - 1 if i and (tokens[i - 1], word) in _INJURY_PAIRS else i
        for i, word in enumerate(tokens)
        if word in words.injuries or (i and (tokens[i - 1], word) in _INJURY_PAIRS)
    }


def _explains(tokens: list[str], words: Causes, named: frozenset[int]) -> bool:
    """Whether the message speaks of an explanation: an `explain` word that does not name a
    paper ("the accident form", "accident book"), is not one of the `named` accidents of an
    ordinary kind the writer tells ("he was in a car accident"), and is not the writer's own act
    (`_writers_act`: "while I changed her nappy", "we explained")."""
    return any(
        word in words.explaining
        and i not in named
        and (i + 1 == len(tokens) or tokens[i + 1] not in words.paperwork)
        and not _writers_act(tokens, i)
        for i, word in enumerate(tokens)
    )


def _writers_act(tokens: list[str], at: int) -> bool:
    """Whether the word at `at` is the writer's own act, "I"/"we" just before it or before a
    `_HAVING_BEEN` word ("I was changing the bed"): no account of an injury, unlike someone
    else's changing story ("mum keeps changing her story")."""
    return (at > 0 and tokens[at - 1] in _WRITERS) or (
        at > 1 and tokens[at - 2] in _WRITERS and tokens[at - 1] in _HAVING_BEEN
    )


def _own_accidents(read: Tokens, words: Causes, shape: CauseShape) -> list[int]:
    """Where someone did something to their own body by accident: "a child hurt her knee",
    "I twisted my ankle", "grazed both knees" after "she fell over and", "she fell off the
    slide and hurt her arm" (no grown-up between). Not after a blow in the
    sentence, nor where it doubts, fears or notices first, nor before a grown-up is named in it
    ("…and staff didn't call anyone", "…and his stepdad refused to take him"), unless in a later
    clause that asks ("mum's broken her hip - is she better off with carers coming in?")."""
    tokens = read.words
    grown_last: dict[int, int] = {}  # sentence -> its last grown-up ("…and staff didn't call")
    grown_at: list[int] = []  # where each grown-up is, in order
    opens: dict[int, str] = {}  # clause -> its first word
    asked_last: dict[int, int] = {}  # clause that asks -> its last grown-up
    for i, word in enumerate(tokens):
        clause = read.clause_of[i]
        opens.setdefault(clause, word)
        if word in words.grown and word not in words.kids and word not in words.bodies:
            grown_at.append(i)
            if opens[clause] in _ASKS:  # "mum's broken her hip - is she better off with carers?"
                asked_last[clause] = i
            else:
                grown_last[read.sentence_of[i]] = i
    found: list[int] = []
    for i, word in enumerate(tokens[:-2]):
        sentence = read.sentence_of[i]
        if (
            word not in words.accidents
            or sentence in shape.doubted
            or shape.blow.get(sentence, i) < i
            or shape.seen.get(sentence, i) < i
            or grown_last.get(sentence, i) > i
            or asked_last.get(read.clause_of[i], i) > i
            or tokens[i + 2] not in words.bodies
            or read.sentence_of[i + 2] != sentence
        ):
            continue
        fall = shape.fall.get(sentence, i)
        if (
            _own(tokens, i, words)
            or (tokens[i + 1] == "both" and fall < i)  # "fell … grazed both"
            or (  # "my daughter fell off the trampoline in PE and hurt her back": who fell
                fall < i
                and tokens[i - 1] in _GOES_ON
                and _owns(tokens[fall - 1], tokens[i + 1], words)
                and not _spans(grown_at, fall, i)
            )
        ):
            found.append(i)
    return found


def _own(tokens: list[str], at: int, words: Causes) -> bool:
    """Whether the one just before the accident word at `at` owns the part of the body after it:
    "she hurt her knee", "a boy twisted his ankle", "I bumped my head"; not "he hurt her arm",
    nor a relative whose sex the word does not say ("her partner hurt her arm")."""
    who = at - 1
    if who > 0 and tokens[who] in _HAVING:
        who -= 1  # "she has hurt her knee", "he'd broken his arm"
    if who < 0 or tokens[who] not in words.someone:
        return False
    doer = tokens[who]
    if doer in words.relatives and doer not in words.male and doer not in words.female:
        return False
    return _owns(doer, tokens[at + 1], words)


def _owns(doer: str, owner: str, words: Causes) -> bool:
    """Whether `owner` ("his", "her", "their", "my") is the word for the body of `doer`;
    "they" own only "their" ("they twisted her arm" is a blow)."""
    if doer == "they":
        return owner == "their"
    if owner == "his":
        return doer not in words.female and doer != "i"
    if owner == "her":
        return doer not in words.male and doer != "i"
    if owner == "their":
        return doer != "i"
    return owner == "my" and doer == "i"


def _spans(places: list[int], start: int, end: int) -> bool:
    """Whether one of `places` (sorted) lies in [start, end)."""
    at = bisect.bisect_left(places, start)
    return at < len(places) and places[at] < max(end, start + 1)


def _cause_after(read: Tokens, at: int, words: Causes, unstruck: bool = False) -> int:
    """Where an ordinary cause of the injury at `at` is given after it in its clause (a
    mishap after a word giving a cause, or another child), or -1. In a sentence with no blow
    (`unstruck`), a fall said with where from is one too: "dislocated his shoulder falling off
    a ladder"."""
    tokens, clause = read.words, read.clause_of[at]
    for j in range(at + 1, min(len(tokens), at + 1 + _CAUSE_WINDOW)):
        if read.clause_of[j] != clause:
            return -1
        if unstruck and tokens[j] in words.falls and tokens[j + 1 : j + 2] in _FROM_WHERE:
            return j
        # "from football", "in a tackle", "during the match" (round 43, tryout44 #3)
        before = tokens[j - 2] if tokens[j - 1] in NAMING and j - 2 > at else tokens[j - 1]
        if tokens[j] in words.mishaps and (before in _GIVES_CAUSE or before in words.mishaps):
            return j
        if (
            tokens[j] in PEER
            and j + 1 < len(tokens)
            and tokens[j + 1] in words.kids
            and tokens[j + 1] not in words.relatives
        ):
            return j  # "fractured her wrist when another child knelt on it"
    return -1


def _play(read: Tokens, at: int, words: Causes, shape: CauseShape, playing: bool) -> bool:
    """Whether the blow at `at` is small children's play: struck by a child under five ("a 2
    year old stabbed another toddler"), or by a child in a sentence about an early years setting
    ("another boy at pre-school keeps hitting him") or about small children's play already
    (`playing`: "my toddler bit back at the child who keeps biting him"). The nearest person
    before the blow is the child, and no grown-up is struck."""
    tokens, clause = read.words, read.clause_of[at]
    if at and tokens[at - 1] in _PASSIVE:
        return False  # "my 3 year old was hit by…": the one before the blow was struck
    if tokens[at] in words.injuries and _BEARING.intersection(
        tokens[k] for k in range(max(0, at - _BEARING_GAP), at) if read.clause_of[k] == clause
    ):
        return False  # "the 2 year old has cigarette burns": an injury the child has
    young = playing or read.sentence_of[at] in shape.little
    for j in range(at - 1, max(-1, at - 1 - _DOER_WINDOW), -1):
        if read.clause_of[j] != clause:
            return False
        if young_age_at(tokens, j - 2, at) or tokens[j] in words.small:
            young = True
            break
        if tokens[j] in words.grown:
            return False  # "the nursery worker hit him", "her brother kicked her"
        if tokens[j] in words.kids:
            break
    else:
        return False
    struck = range(at + 1, min(len(tokens), at + 5))
    return young and not any(
        tokens[k] in words.grown and read.clause_of[k] == clause for k in struck
    )
