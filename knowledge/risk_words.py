"""A message's words as the risk check reads them: contractions spelled out, clause ends kept;
the closed classes of words that mark how it is built, and where it names people.

Split from knowledge/risk.py; `knowledge.risk.words_of` is this module's function.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence

from knowledge.lazy_pattern import LazyPattern, holding, holding_any_case
from knowledge.matching.text import clean, strip_markup
from knowledge.risk_capitals import capital_stops

_TOKEN = re.compile(r"[a-z0-9]+|[.?!;\n,:()]|\s[-\u2013\u2014]+\s")
# Only a message with an apostrophe or a full stop is searched with these (compiled then).
_CONTRACTION = LazyPattern(
    r"['\u2019](?<=[A-Za-z]['\u2019])(ll|d|re|ve|m|s)\b",
    re.IGNORECASE,
    needs=holding("'", "\u2019"),
)
_EXPANSIONS = {"ll": " will", "d": " would", "re": " are", "ve": " have", "m": " am", "s": "'s"}
# As the matcher's `clean` does, for ASCII text; the apostrophe first: no look-back per character.
_POSSESSIVE = LazyPattern(r"'(?<=[a-z]')s\b", needs=holding("'"))
_APOSTROPHE = LazyPattern(r"'(?<=[a-z]')(?=[a-z])", needs=holding("'"))
_ABBREVIATION = LazyPattern(  # "e.g." and "i.e." are words
    r"\b([ei])\.\s?([ge])\b\.?", re.IGNORECASE, needs=holding(".")
)
# An aside spelled out is read as typed short, so the pack's `asides` marker reads one word.
_BY_THE_WAY = LazyPattern(r"\bby the way\b", re.IGNORECASE, needs=holding_any_case("way"))
# An age in shorthand, as the pack reads it ("14 y/o", "14y.o." -> 14yo; "18 mths", "18m/o" ->
# 18mo; "14yrs old" -> 14 yrs old): "y/o" would otherwise split into letters no cue reads.
_AGE = LazyPattern(
    r"\b([0-9]{1,2})(?: ?(?:(y)(?:/o\b|\.o\b\.?)|(m)(?:/o\b|\.o\b\.?|o\b|os\b|ths?\b))|(yrs?)\b)",
    re.IGNORECASE,
    needs=holding(*"0123456789"),
)
# Round 37 (r1o37): "14 yrs old" is an age as "14 yr old" is, the form the pack's cues read
# ("year|yr old"); "yrs" alone may be a time ("for 3 yrs"), so only before "old".
_YEARS_OLD = LazyPattern(r"\b([0-9]{1,3}) yrs old\b", re.IGNORECASE, needs=holding_any_case("yrs"))
# Clinical shorthand (round 35, tryout35 finding 4): an age and sex as notes give them ("Pt
# 17F", "16M attended ED"; a lower-case "16m" may be minutes, "£5M" money) read as "17 year old
# female"; a "?" opening a word is "query" ("15F, ?pregnant"), not the end of a sentence.
_AGE_SEX = LazyPattern(
    r"(?<![\u00a3$\u20ac])\b(1[0-9]|[1-9])(?:([Ff])|M)\b", needs=holding(*"0123456789")
)
_QUERY = LazyPattern(r"(?<![^\s,(])\?(?=[A-Za-z])", needs=holding("?"))
# A note's weeks of age as a fraction of a year ("?NAI, 6/52"; round 36, r1k36): "6 weeks".
_WEEKS = LazyPattern(r"\b([0-9]{1,2})/52\b", needs=holding("/"))
# A young person as youth work and police notes write one ("y/p disclosed…", "Y/P's mum"; round
# 51, adult172): "yp", the word the pack's `kid` set holds; split at the slash, no cue read it.
_YOUNG_PERSON = LazyPattern(r"\b([yY])/([pP]s?)\b", needs=holding("/"))


# Before one of these, "12F" names a place, not a person ("flat 12F", "bed 3F", "form 10F").
_NUMBERED = frozenset({"flat", "room", "bed", "bay", "unit", "apartment", "form", "class", "block"})


def _age_sex(match: re.Match[str]) -> str:
    before = match.string[: match.start()].split()
    if before and before[-1].lower() in _NUMBERED:
        return match.group(0)
    return f"{match.group(1)} year old {'female' if match.group(2) else 'male'}"


# A message closing on a bare age after its question or telling ("can i share that a pupil is
# pregnant with her head of year? shes 15"): the age is read in the sentence before it, whose
# words it tells of, and as an age ("… shes 15yo?"): a number that ends a message is no "15 weeks".
_AGE_AT_THE_END = LazyPattern(
    r"([?.!,]?)\s{1,3}((?:s?he)(?:['\u2019]?s|\s{1,3}is)(?:\s{1,3}only|\s{1,3}just)?\s{1,3}"
    r"[0-9]{1,2})[.! ]{0,3}$",
    re.IGNORECASE,
    needs=holding(*"0123456789"),
)


# The closed classes of words that mark how a message is built: where its sentences and clauses
# end, which sentences ask, and who tells (`knowledge.risk.RiskDetector` reads them as it folds).
SENTENCE_END = frozenset(".?!;\n")
CLAUSE_WORDS = frozenset({"but", "however", "although", "though"})  # start a new clause
WH = frozenset({"what", "whats", "which", "how", "when", "who", "whom", "whose", "where", "why"})
PREPOSITIONS = frozenset({"at", "in", "from", "by", "for", "to", "on", "under", "until", "of"})
UNSURE = frozenset({"sure", "unsur", "wonder", "check", "know", "ask"})  # "…if" (stemmed)
JOINERS = frozenset({"and", "but", "so", "or", "also", "then"})
DASHES = frozenset({"-", "--", "\u2013", "\u2014"})  # an opening before a dash, like a colon
# After a question opening and a comma, a dash or "but", a clause opening so tells on its own
# ("can you give me the MASH number, a mum just told me…", "not sure if this is anything but a
# 10 yr old in my class keeps drawing…").
TELLS = frozenset(
    {"a", "an", "my", "our", "his", "her", "their", "one", "there", "theres", "he", "she"}
)
# After an aside, "the lad" is someone new ("… btw the lad said his dad…"); "he" or "she" is
# when the question named no one it could go back to ("…about a patient since he has applied").
_ASIDE_TELLS = (TELLS - {"he", "she"}) | {"the", "this"}
_ASKED_WORDS = 3  # "who do I tell", "where do I record this"
# "is it abuse if a parent…", "do I have to report it if a pupil says…": "it" stands for the case
# told after "if", which is no supposition.
_POINTERS = frozenset({"it", "this", "that"})
_SUPPOSING = frozenset({"if", "when"})
_JUDGING_WORDS = 10  # "would it be a safeguarding concern if"
_ANY_WORDS = 3  # "a 15 year old", "a young child": "a" before the noun for people
WRITERS = frozenset({"i", "we", "im", "ive", "weve"})  # "I have a client whose… - can I…?"
PLURALS = frozenset({"children", "people", "men", "women", "folk", "folks"})


def _age(match: re.Match[str]) -> str:
    number, year, month, years = match.groups()
    return f"{number} {years}" if years else f"{number}{(year or month).lower()}o"


_MAX_AGE = 120
_AGE_DIGITS = 3
_RUN_IN = frozenset({"", "yo", "y", "yr", "yrs", "year", "years"})  # "14", "14yo", "14years"


ADULT_AGE = 18
"""The age from which the person an age names is an adult (under it, a child)."""


def age_in_word(word: str) -> int | None:
    """The age one word gives: a number up to 120, bare or run into "yo", "yrs", "years"…

    The one reader of a typed age: `dialogs.typed`, `dialogs.own_voice`, `dialogs.routes` (by
    `gives_an_age`) and the risk check's `knowledge.risk_stated_ages` read ages with it."""
    digits = word.rstrip("abcdefghijklmnopqrstuvwxyz")
    if (
        word[len(digits) :] not in _RUN_IN
        or not digits.isdecimal()
        or len(digits) > _AGE_DIGITS
        or not digits.isascii()
    ):
        return None
    age = int(digits)
    return age if age <= _MAX_AGE else None


def gives_an_age(
    words: Sequence[str], before: Collection[str], after: Collection[str], most: int = _MAX_AGE
) -> bool:
    """Whether a number among `words` (up to `most`) is an age: after a word of `before` ("is
    14", "she's 15" read "she 15"), before a word of `after` ("14 years", "15 yo"), or run into
    one ("14yo")."""
    for i, word in enumerate(words):
        age = age_in_word(word)
        if age is None or age > most:
            continue
        if (
            word.lstrip("0123456789") in after
            or (i > 0 and words[i - 1] in before)
            or (i + 1 < len(words) and words[i + 1] in after)
        ):
            return True
    return False


def words_of(text: str) -> list[str]:
    """The words and clause ends of a message, some contractions spelled out ("he'll" -> he
    will); a negation keeps the form people type without the apostrophe ("don't" -> dont); "%"
    is the word "percent"; a sentence's stop left out before a capital is put back
    (`risk_capitals`)."""
    text = _CONTRACTION.sub(lambda m: _EXPANSIONS[m.group(1).lower()], capital_stops(text))
    text = _ABBREVIATION.sub(r"\1\2", text)
    text = _BY_THE_WAY.sub("btw", text)
    text = _AGE_AT_THE_END.sub(r" \2yo\1", text)
    text = _AGE.sub(_age, text)
    text = _YEARS_OLD.sub(r"\1 yr old", text)
    text = _QUERY.sub("query ", _AGE_SEX.sub(_age_sex, text))
    text = _WEEKS.sub(r"\1 weeks", text)
    text = _YOUNG_PERSON.sub(r"\1\2", text)
    if "%" in text:  # "40% of children": a figure, read as the word the pack's phrases name
        text = text.replace("%", " percent ")
    if text.isascii():  # most messages: no accents to fold, so skip the slower Unicode pass
        folded = _APOSTROPHE.sub("", _POSSESSIVE.sub("", strip_markup(text).lower()))
        return _TOKEN.findall(folded)
    return _TOKEN.findall(clean(text))


def people_at(
    tokens: list[str], typed: list[str], nouns: frozenset[str], names: Collection[str]
) -> frozenset[int]:
    """Where a noun for people (`nouns`, stemmed, as `tokens` are) or a name is among a message's
    words (`typed`: each word as typed)."""
    return frozenset(
        i
        for i, (stemmed, word) in enumerate(zip(tokens, typed, strict=True))
        if stemmed in nouns or word in names
    )


# Marks and words after which an enquiry's reach may end ("asked for her address because her dad…").
_BREAKS = frozenset({",", ";", *DASHES, "because", "cos", "coz", "cuz"})


def telling_breaks(raws: list[str], typed: list[str]) -> frozenset[int]:
    """Where a clause that tells on its own starts after a comma, semicolon, dash or "because"
    ("police asked for her address, her dad hits her"): the index of its first word among
    `typed`, the words the reader kept (one for each word of `raws`, in order)."""
    found: set[int] = set()
    kept = 0
    for at, raw in enumerate(raws):
        if kept == len(typed):
            break
        if not raw.isalnum():
            continue
        if at and raws[at - 1].strip().lower() in _BREAKS and typed[kept] in TELLS:
            found.add(kept)
        kept += 1
    return frozenset(found)


_LIST_ITEM_WORDS = 2  # "suspicions of abuse, neglect, exploitation, but…": one or two words


def list_items(raws: list[str], sentence_of: list[int], clause_of: list[int]) -> list[int]:
    """`clause_of` with each item of a list joined to the clause it goes on: a clause of at most
    `_LIST_ITEM_WORDS` words between two commas of one sentence ("I must report suspicions of
    abuse, neglect, exploitation, but…": "neglect" is of the clause naming the duty, not a
    clause of its own). `raws` are the message's words and marks (`words_of`), one word for each
    entry of `sentence_of` and `clause_of`, in order; clauses are numbered again from 0."""
    before: list[str] = []  # the mark just before each word, or ""
    mark = ""
    for raw in raws:
        if len(before) == len(clause_of):
            break
        if raw.isalnum():
            before.append(mark)
            mark = ""
        else:
            mark = raw.strip()
    count = len(clause_of)
    if not count:  # marks alone (",")
        return []
    starts = [k for k in range(count) if k == 0 or clause_of[k] != clause_of[k - 1]]
    joined: list[int] = []
    clause = -1
    for s, e in zip(starts, [*starts[1:], count], strict=True):
        item = (
            s > 0
            and e < count
            and before[s] == before[e] == ","
            and sentence_of[s - 1] == sentence_of[s] == sentence_of[e]
            and e - s <= _LIST_ITEM_WORDS
        )
        clause += not item
        joined.extend([clause] * (e - s))
    return joined


def told_apart(
    word: str,
    after: str,
    typed: list[str],
    asked: int,
    *,
    names: Collection[str],
    markers: Mapping[str, tuple[str, ...]],
    named: bool,
    named_any: bool = False,
    plural: Callable[[], bool] = lambda: False,
) -> int:
    """Whether a question's word starts a clause that tells on its own ("can you give me the MASH
    number, a mum just told me…", "what's the guidance on X btw a pupil said…"): 0 it does not;
    1 after a comma, a dash or "but"; 2 after an aside, which no mark ends (a new clause too);
    3 after an example ("…, e.g. a child keeps coming in hungry"), which asks if it ends in "?";
    4 after the "if" of a short question judging the case it tells (`judged_case`: "is it abuse
    if a parent smacks…"), which tells even where the question ends in "?".

    Args:
        word: the word, as typed.
        after: the mark just before it ("" for none).
        typed: the words before it, as typed.
        asked: how many words of a question came before it (0 outside a question).
        names: words the caller takes for someone's name.
        markers: the pack's markers, as typed: "asides" ("btw", "since"; a joiner may follow
            one: "oh and", "also and"), "examples" ("eg", "example") and "judging" (see
            `judged_case`).
        named: whether the question named someone before the word.
        named_any: whether the last person it named came in as anyone of a kind ("a child",
            "any pupil": a word of the `aside-any` marker just before): after an aside, a word
            of `aside-back` ("their") points back at that one, and tells of no one new ("can a
            child be taken into care because their parents use cannabis?"; round 58, fa252),
            when the question holds no writer ("can I refer a family since their dad hits the
            kids?" asks about the writer's own case).
        plural: whether the word opens people in the plural told (`risk_judged_plural`),
            asked only after the "if" of a judging question.
    """
    if asked < _ASKED_WORDS:
        return 0
    if (
        not after
        and typed[-1] in _SUPPOSING
        and asked <= _JUDGING_WORDS
        and (word in _ASIDE_TELLS or word in names or (word in TELLS and not named) or plural())
        and judged_case(typed[-asked:-1], markers.get("judging", ()))
    ):
        return 4
    asides, examples = markers.get("asides", ()), markers.get("examples", ())
    aside = typed[-1]
    if aside not in asides and aside in JOINERS and len(typed) > 1:  # "oh and", "btw and"
        aside = typed[-2]
    if not after and (aside in asides or aside in examples):
        if (
            named_any
            and word in markers.get("aside-back", ())
            and not _writer_in(typed[-asked:], markers)
        ):
            return 0  # "can a child be taken into care because their parents…?": that child's
        if word in _ASIDE_TELLS or word in names or (word in TELLS and not named):
            return 3 if aside in examples else 2
        return 0
    return int((after in {",", *DASHES} or (typed[-1] == "but" and not after)) and word in TELLS)


def _writer_in(question: list[str], markers: Mapping[str, Sequence[str]]) -> bool:
    """Whether the writer stands in `question` (a word of the pack's `writer-words` or
    `stance-writer`: "can I refer a family since their dad…" asks about the writer's case)."""
    writer = {*markers.get("writer-words", ()), *markers.get("stance-writer", ())}
    return not writer.isdisjoint(question)


def brought_in_as_any(typed: list[str], named: int, markers: Mapping[str, Sequence[str]]) -> bool:
    """Whether the noun for people at `named` among `typed` (the words as typed) came in as
    anyone of a kind: a word of the pack's `aside-any` marker ("a", "any") at most `_ANY_WORDS`
    words before it ("a child", "a 15 year old"), for `told_apart`."""
    anyone = markers.get("aside-any", ())
    return any(w in anyone for w in typed[max(0, named - _ANY_WORDS) : named])


def judged_case(question: list[str], judging: Collection[str]) -> bool:
    """Whether the words of a question before an "if" or "when" ask how to judge the case it then
    tells ("is it a safeguarding issue if…", "do I have to report it if…"): "it", "this" or
    "that" standing for the case, and a word of the pack's `judging` marker (`judging`, as typed:
    safeguarding, abuse, report…). Such an "if" supposes nothing: it brings in what happened."""
    return not _POINTERS.isdisjoint(question) and not frozenset(judging).isdisjoint(question)


def past_mark(
    mark: str, sentence_of: list[int], clause_of: list[int], clause: int, sentence: int
) -> tuple[int, int]:
    """The clause and the sentence the words after `mark` are in: every mark after a word ends
    its clause, and a `SENTENCE_END` its sentence (`sentence_of`, `clause_of`: of the words read
    so far)."""
    if clause_of and clause_of[-1] == clause:
        clause += 1
    if mark in SENTENCE_END and sentence_of and sentence_of[-1] == sentence:
        sentence += 1
    return clause, sentence
