"""The ages a message gives, and whom they tell of: an age decides child or adult.

Read once the harm is found, for `knowledge.risk_concern.concern_of`: an age under 18 names a
child and one of 18 or over an adult, whatever word names the person ("my patient is 9",
"student (18)", "my client, 14, says…"). A word a role names people by (the pack's `age-roles`
marker: patient, client, resident, student…) says nothing of age once an age is given.
"""

from __future__ import annotations

from knowledge.risk_types import Hit, Kind, Phrase, Tokens
from knowledge.risk_words import ADULT_AGE, age_in_word
from knowledge.risk_writer_age import writers_own

__all__ = ["NOBODY", "OLD_AGE", "PAST", "aged", "ages_now", "stated_ages"]

_DECADE_CHARS = 3  # "80s"
OLD_AGE = 60  # whose sons and daughters are grown ("84 year old man, daughter has his card")
_YEARS, _OLD, _YO = frozenset({"year", "yr", "yrs"}), "old", "yo"  # "14 yrs old", "14 yo"
# Before a number, these make it the age of whoever comes before them ("my patient is 9", "a
# student aged 19", "the kids are 3 and 7", "he has just turned 16"); after "was" it is an age
# gone by ("since she was 8", `PAST`). An age guessed from a look is one too ("a girl who looked
# about 14", "he seems maybe 15": round 41, tryout40 #8).
_SAYS_AGE = frozenset({"is", "are", "aged", "age", "turn", "look", "seem"})
_SAID_ALONE = frozenset({"aged", "age"})  # "aged 19" is an age, whoever comes before
# Just before "is" or "looks", these leave the one whose age it is unnamed but certain: "who"
# after a word the pack does not know for a person ("a first year who is 17"), "but" after an
# age claimed ("says hes 18 but looks about 15"): round 44 (rule57, tryout46 #3).
_SOMEONE = frozenset({"who", "but"})
_ADVERBS = frozenset(  # "mayb": "maybe" as stemmed
    {"only", "just", "nearly", "almost", "now", "about", "around", "mayb", "roughly", "probably"}
)
_PRONOUNS = frozenset({"she", "he", "shes", "hes", "they"})  # "she's 15" is read "she 15"
_ANOTHERS = frozenset({"her", "his", "their"})  # "her 30 year old uncle": another's relative
# After a number, these make it no age ("3 times", "20 minutes", "is 4 months pregnant").
_UNITS = frozenset(
    {"time", "hour", "hr", "hrs", "min", "minut", "second", "day", "week", "wk", "wks", "month",
     "mth", "mths", "mo", "percent", "x", "am", "pm", "of", "mile", "pound", "quid", "stone",
     "kg", "mg", "ml", "st", "nd", "rd", "th", "point", "out", "or", "to", "oclock", "ago"}
)  # fmt: skip
# Before a number, these make it a bound, not someone's age ("a girl under 18 years old", "15 to
# 18 year old students").
_BOUNDS = frozenset({"under", "over", "below", "above", "to", "than", "between", "from", "till"})
NOBODY = -1  # an age told of no noun: a pronoun's, the writer's or a bare "a 19yo"'s
PAST = -2  # an age gone by ("since she was eight"): a child then, a child or an adult now
_WAS = frozenset({"was", "were"})
# An age given just after the day someone came ("lad came in today (19) says…": round 41, tryout40
# #9): the age of the one who came, named within `_CAME_REACH` words before the day.
_TODAY = frozenset({"today", "yesterday", "tonight", "earlier"})
_CAME_REACH = 3
_ERA = frozenset({"the", "those", "these"})  # "in the 80s": a time, not an age
_PARTS = frozenset({"early", "mid", "late"})
# An age in words, as stemmed, after "she is", "was" or "aged" or before "year old" ("she is
# fifteen", "since she was eight"); "one" is too often no number.
_NUMBER_WORDS = dict(
    zip(
        ("two", "thre", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelv",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"),
        range(2, 20),
        strict=True,
    )
)  # fmt: skip

# Where the words of an age start and end (the noun for the person included), where the number
# is, the age, and the noun's index (`NOBODY` for none, `PAST` for an age gone by).
Age = tuple[int, int, int, int, int]


def ages_now(read: Tokens, *, writer: frozenset[str]) -> list[Age]:
    """`stated_ages` but the ages gone by (`PAST`: "since she was 8"): the ages people are."""
    return [a for a in stated_ages(read, writer=writer) if a[4] != PAST]


def stated_ages(read: Tokens, *, writer: frozenset[str]) -> list[Age]:
    """The ages `read` gives ("my patient is 9", "my client, 14, says", "student (18)", "shes
    15", "a uni student aged 19", "19yo", "an 80 yr old client", "she is fifteen"; "since she
    was 8", `PAST`), in order; an age just after one of `writer` (the risk pack's `age-writer`
    marker: "im 14", "i am 84"; a set in the code until round 56) is the writer's."""
    words, found = read.words, list[Age]()
    for k, word in enumerate(words):
        if k and words[k - 1] in _ANOTHERS and _decade(word):  # "a man in his 80s"
            found.append((k - 1, k + 1, k, int(word[:-1]), NOBODY))
            continue
        if _decade(word) and not _era(words, k):  # "rough sleeper (40s)" (round 39)
            found.append((k, k + 1, k, int(word[:-1]), NOBODY))
            continue
        age = age_in_word(word) or _NUMBER_WORDS.get(word)
        if (
            age
            and (k + 1 == len(words) or words[k + 1] not in _UNITS)
            and not (k and words[k - 1] in _BOUNDS)
            and not (k + 1 < len(words) and words[k + 1].isdecimal())  # a height: 6'5"
        ):
            run_in = not word.isdecimal() and word not in _NUMBER_WORDS
            told = _told(read, k, run_in, found, writer=writer)
            if told is not None:
                found.append((told[0], told[1], k, age, told[2]))
    return found


def _decade(word: str) -> bool:
    """Whether `word` is a decade of life ("20s" to "90s")."""
    return len(word) == _DECADE_CHARS and word[0] in "23456789" and word.endswith("0s")


def _era(words: list[str], k: int) -> bool:
    """Whether the decade at `k` is an era, not an age: after "the" ("back in the 80s", "the
    late 90s")."""
    before = words[max(0, k - 2) : k]
    return bool(before) and (before[-1] in _ERA or (before[-1] in _PARTS and before[:1] == ["the"]))


def _told(
    read: Tokens, k: int, run_in: bool, found: list[Age], *, writer: frozenset[str]
) -> tuple[int, int, int] | None:
    """Where the age at `k` and the noun it tells of start and end, and that noun's index (after
    one of `writer`, none: the writer's own); None when the number is no age."""
    words, persons, sentence = read.words, read.persons, read.sentence_of[k]
    after = words[k + 1 : k + 3]
    if (
        run_in
        or after[:1] == [_YO]
        or (len(after) == 2 and after[0] in _YEARS and after[1] == _OLD)
    ):
        end = k + 1 if run_in else k + 2 if after[0] == _YO else k + 3
        if end in persons and read.sentence_of[end] == sentence:  # "an 80 yr old client"
            return k, end + 1, end
        return k, end, NOBODY  # "a 19yo says…"
    b = k - 1
    while b >= 0 and words[b] in _ADVERBS:
        b -= 1
    if b < 0 or read.sentence_of[b] != sentence:
        return None
    if words[b] in writer and writers_own(read, age_in_word(words[k]) or 0):
        return None  # "im 70 and worried about my granddaughter": the writer's alone
    if words[b] in _PRONOUNS or words[b] in writer:
        return k, k + 1, NOBODY
    if after[:1] and after[0] in _YEARS:
        return None  # "for 14 years", "my client 3 years ago"
    if (b in persons or _one_of(words, b, k)) and words[k].isdecimal():  # "my client, 14, says"
        return b, k + 1, b
    if words[b] == "of" and b < k - 1 and b - 1 in persons:  # "a boy of about 15"
        return b - 1, k + 1, b - 1
    if (held := _with_condition(read, b, k)) is not None:  # "a tenant with autism (22)"
        return held, k + 1, held
    if words[b] in _TODAY and (held := _came_in(read, b)) is not None:  # "lad came in today (19)"
        return held, k + 1, held
    if words[b] == "and" and found and found[-1][2] == b - 1:  # "the kids are 3 and 7"
        return found[-1][0], k + 1, found[-1][4]
    if words[b] not in _SAYS_AGE and words[b] not in _WAS:
        return None
    a = b - 1 if b and read.sentence_of[b - 1] == sentence else -1
    if words[b] in _WAS:
        return (k, k + 1, PAST) if a in persons or (a >= 0 and words[a] in _PRONOUNS) else None
    if a > 0 and words[a] == "who" and a - 1 in persons:  # "my patient who is 9"
        a -= 1
    elif a >= 0 and words[a] in _SOMEONE:  # "a first year who is 17", "but looks about 15"
        return k, k + 1, NOBODY
    if a not in persons and (held := _placed(read, a)) is not None:  # "lad on my caseload is 15"
        a = held
    if a in persons or _one_of(words, a, k):  # "one of my guides is 13"
        return a, k + 1, a
    if (a >= 0 and words[a] in _PRONOUNS) or words[b] in _SAID_ALONE:
        return k, k + 1, NOBODY
    return None  # "there is 1 thing", "is 18 the age of consent?"


_ONE_OF = (
    frozenset({"one", "1"}),
    frozenset({"of"}),
    frozenset({"my", "our", "the", "his", "her", "their", "your"}),
)


def _one_of(words: list[str], at: int, k: int) -> bool:
    """Whether the word at `at` names one of a group of people by "one of my|our|the…" before
    it, though the pack knows no noun for a person there, and the number at `k` is a child's age
    ("one of my guides is 13", "one of my yr13s (17)"): round 44 (miss63, tryout47 #2), the age
    is theirs, not the man's beside it. A grown age there keeps its reading ("one of my players
    (19)": either)."""
    before = words[max(at - 3, 0) : at]
    return (
        (age_in_word(words[k]) or ADULT_AGE) < ADULT_AGE
        and len(before) == len(_ONE_OF)
        and all(w in ws for w, ws in zip(before, _ONE_OF, strict=True))
    )


_PLACED = frozenset({"on", "in", "at", "from"})  # "a lad on my caseload", "a girl in year 10"
_PLACED_REACH = 4


def _placed(read: Tokens, a: int) -> int | None:
    """The person just before a few words that place them, ending at `a` ("lad on my caseload
    is 15", "a girl from my class is 14"): round 43 (fix51, tryout45 #3), in `a`'s sentence."""
    if a < 1:
        return None
    sentence = read.sentence_of[a]
    for w in range(a, max(a - _PLACED_REACH, 0), -1):
        if read.sentence_of[w - 1] != sentence:
            return None
        if read.words[w] in _PLACED and w - 1 in read.persons:
            return w - 1
    return None


def _came_in(read: Tokens, b: int) -> int | None:
    """The person named within `_CAME_REACH` words before the day at `b`, in its sentence."""
    sentence = read.sentence_of[b]
    for a in range(b - 1, max(-1, b - 1 - _CAME_REACH), -1):
        if read.sentence_of[a] != sentence:
            return None
        if a in read.persons:
            return a
    return None


def aged(
    hits: list[Hit],
    read: Tokens,
    roles: frozenset[str],
    grown_kin: frozenset[str],
    *,
    writer: frozenset[str],
) -> list[Hit]:
    """`hits` with the people whose age `read` gives told of by their age.

    The words for a child or an adult among an age's words are left out ("a 14 year old
    client", "my son is 30") and a word for a child (under 18) or an adult put at the age. A
    role's word (one of `roles`, stemmed) for the other kind is left out: everywhere when the
    age is of that role ("my patient is 9", "student (18)"); when the age is of someone
    unnamed and under 18 ("shes 11"), unless a child is named otherwise. The age of a relative
    is no word for an adult ("her boyfriend is 22"), nor is a grown-up's age beside a child's:
    a grown-up told of beside a child is most often the one who harms. With only grown-ups'
    ages and one of 60 or over, a son or a daughter (a word of `grown_kin`) is no child.
    """
    ages = stated_ages(read, writer=writer)  # `writer`: the words before the writer's own age
    if not ages:
        return hits
    young = any(age < ADULT_AGE and holder != PAST for *_, age, holder in ages)
    # Where a word for a child or an adult is, and where an age's words are: each hit and each
    # age is a few words long, so this is linear in the message.
    persons = {i for h in hits if _person(h) for i in range(h.position, h.end)}
    spans = {i for s, e, _, _, holder in ages if holder != PAST for i in range(s, e)}
    kept = [h for h in hits if not (_person(h) and spans.intersection(range(h.position, h.end)))]
    added, unroled, unnamed = list[Hit](), set[Kind](), False
    child_named = any(h.phrase.kind is Kind.CHILD for h in kept)  # beside the ages
    for start, end, at, age, holder in ages:
        if holder == PAST:
            continue
        on = not persons.isdisjoint(range(start, end))
        role = holder != NOBODY and read.words[holder] in roles
        if age < ADULT_AGE:
            added.append(_at(read, at, Kind.CHILD))
            unroled.update({Kind.ADULT} if role else ())
            unnamed |= holder == NOBODY
        elif not young and (
            (on and not (child_named and _anothers_kin(read, start, holder)))
            or holder == NOBODY
            or holder not in read.kin
        ):
            added.append(_at(read, at, Kind.ADULT))
            unroled.update({Kind.CHILD} if role else ())
    if not young and any(age >= OLD_AGE and holder != PAST for *_, age, holder in ages):
        kept = [
            h
            for h in kept
            if h.phrase.kind is not Kind.CHILD
            or h.end - h.position > 1
            or read.words[h.position] not in grown_kin
        ]
    if unnamed and not any(
        h.phrase.kind is Kind.CHILD and read.words[h.end - 1] not in roles for h in kept
    ):
        unroled.add(Kind.ADULT)
    told = [
        h for h in kept if h.phrase.kind not in unroled or read.words[h.end - 1] not in roles
    ] + added
    # A child then, of any age now ("my patient says her uncle has touched her since she was 8"):
    # beside a word for an adult, a child's; alone, no word ("a teacher… since she was 11").
    then = [at for _, _, at, age, holder in ages if holder == PAST and age < ADULT_AGE]
    if then and any(h.phrase.kind is Kind.ADULT for h in told):
        told.append(_at(read, then[0], Kind.CHILD))
    return told


def _anothers_kin(read: Tokens, start: int, holder: int) -> bool:
    """Whether the age from `start` is of someone else's relative ("her 30 year old uncle",
    "his uncle, 30"): beside a child named, most often the one who harms, so no adult at risk
    (round 37, r1o37: "my daughter told me her 30 year old uncle touched her" had the adult's
    contacts alone); the writer's own ("my 30 year old son") may be the one harmed."""
    return holder in read.kin and start > 0 and read.words[start - 1] in _ANOTHERS


def _person(hit: Hit) -> bool:
    return hit.phrase.kind is Kind.CHILD or hit.phrase.kind is Kind.ADULT


def _at(read: Tokens, at: int, kind: Kind) -> Hit:
    """A word for a child or an adult at `at` (an age)."""
    return Hit(Phrase("age", (), kind), read.sentence_of[at], read.clause_of[at], at, at + 1)


_WITH_WORDS = 3  # "a tenant with autism (22)", "a man with learning disabilities, 30"
_WITH_AGE = 10  # below, a grade or type ("a patient with type 1 diabetes")


def _with_condition(read: Tokens, b: int, k: int) -> int | None:
    """The person whose age the number at `k` gives after a few words starting "with" just
    after them ("one of our tenants with autism (22)"): round 39 (whom39, tryout38 #10)."""
    words = read.words
    if not words[k].isdecimal() or int(words[k]) < _WITH_AGE:
        return None
    for w in range(b, max(b - _WITH_WORDS, 0), -1):
        if words[w] == "with" and w - 1 in read.persons:
            same = read.sentence_of[w - 1] == read.sentence_of[k]
            return w - 1 if same and w < k - 1 else None
    return None
