"""The first line of a disclosure: a worry or a secret named without saying what it is.

Helpers of `knowledge.risk_finding.judge`. A practitioner often starts with the worry itself
("I'm worried about a child in my class") or with what the person asked of them ("a boy asked
me not to tell anyone"), before saying what happened. Read from the structure of the sentence
(`knowledge.risk_opener_shape`), not more words:

- it **tells** rather than asks or supposes: no clause before the phrase starts with a
  question word or a condition ("what do I say if a child asks me to keep a secret?"), and no
  "if", "whether", "when a", "suppose" comes before it, except inside what someone said or
  asked ("she asked if she could tell me a secret and if I'd promise not to tell");
- a **worry** is about someone in particular: a noun for people follows within a few words
  ("a child in my class", "one of my residents", "my neighbour's kids"), and is the thing
  worried about ("a child's progress" is about the progress); nothing says why ("who…",
  "because…", "about…", or a later sentence telling more), for then what it says decides;
- a **secret** is asked of the writer ("asked me not to tell", "made me promise") by someone
  in particular (not "someone told me a secret in confidence, am I allowed to tell anyone?",
  a practice question), and nothing says what it is about ("…not to tell her parents about her
  treatment" says; "…not to tell anyone what happened at home" does not);
- the message does not go on to ask how to decide about sharing ("How do I decide whether to
  keep it confidential?"): then the worry or the secret is the setting of that question.

A secret asked of the writer is never a threat: the signs of harm inside its words do not
count in a sentence that tells, while in one that asks or supposes its clause is a general
question, as before ("is it ever OK to promise a child I won't tell?").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.matching.text import stem
from knowledge.risk_opener_shape import (
    FUNCTION_WORDS,
    REASONS,
    OpenerShape,
    opener_shape,
    supposing,
)
from knowledge.risk_types import Hit, Kinds

if TYPE_CHECKING:
    from collections.abc import Collection

    from knowledge.risk_types import Tokens

# Words that may come between a worry and the person it is about ("a", "one of my"), as the
# tokens are stemmed ("three", "these", "those", written here until round 29, never matched:
# their stems are "thre", "thes", "thos"; reading them is a change to measure).
_DETERMINERS = frozenset(
    {"a", "an", "the", "this", "that", "my", "our", "his", "her", "their", "your", "one", "of"}
    | {"some", "two", "particular", "certain"}
)
_OTHER_WORDS = 2  # "a little girl", "an 8 year old": words that are neither
_OBJECT_WORDS = 5  # how far after the worry its person may start
_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they", "hes", "shes"})
# After the person, these place them ("in my class", "at our nursery", "I visit").
_PLACING = frozenset(
    {"in", "at", "on", "from", "of", "around", "near", "next", "across", "down", "up"}
    | {"i", "we", "and", "whom", "here", "there", "too", "again", "lately"}
)
_ABOUT_WORDS = 5  # "not to tell her mum or her dad about…"
_WHAT = frozenset({"what", "whats", "why", "how", "who", "where", "when"})  # "…what happened"
_JOINING = frozenset({"and", "but", "so", "or", "then"})  # "…a secret and now I don't know…"
_SUBJECTS = frozenset({"he", "she", "they", "hes", "shes", "i", "it", "that", "theyr"})
# Someone else whose worry it is ("she's worried about him"), and the words that may come between
# ("they are really worried", "she was getting very concerned"), as stemmed (round 34).
_OTHERS = frozenset({"he", "she", "they", "hes", "shes", "theyr"})
_BEFORE_A_WORRY = frozenset(
    stem(w)
    for w in ("is", "are", "was", "were", "been", "really", "very", "so", "quite", "getting")
)
_WORRIER_WORDS = 3
# Between the one who asks for a secret and the asking ("someone has just told me…"), as stemmed.
_BEFORE_A_SECRET = frozenset(stem(w) for w in ("has", "had", "just", "recently", "once", "also"))


def deciding(hits: list[Hit], read: Tokens) -> bool:
    """Whether the message asks how to decide about sharing ("How do I decide whether…?")."""
    asks = read.questions | read.marked
    return any(h.phrase.kind is Kinds.DECIDING and h.sentence in asks for h in hits)


def secrets_asked(
    hits: list[Hit],
    read: Tokens,
    question_words: Collection[str],
    *,
    anyone: frozenset[str],
    openers: frozenset[int] = frozenset(),
) -> tuple[list[Hit], set[int]]:
    """The hits without the signs of harm inside a secret asked of the writer in a sentence
    that tells ("she asked me not to tell anyone" is no threat), and the clauses where a secret
    is asked or supposed, which are general questions ("what if a child asks me not to tell?"),
    as are all of them in a message asking how to decide about sharing (`anyone`: the stems of
    the pack's `anyone` marker, which after "when" suppose: "when someone asks me…").

    In a message asking how to decide about sharing, the clauses of the cues of `openers` (the
    categories with worries or secrets: "an adult member has told me something worrying", "a
    child I'm worried about") are its setting too, as their worries and secrets are (round 60,
    fa271: "…do I need their consent to share it?"); a harm told beside them still counts.
    """
    secret = Kinds.SECRET  # looked up once: the hits may be thousands
    secrets = [h for h in hits if h.phrase.kind is secret]
    cues = [h for h in hits if h.phrase.kind is Kinds.CUE and h.phrase.category in openers]
    if not secrets and not cues:
        return hits, set()
    if deciding(hits, read):  # the setting of a question about the decision, as it always was
        return hits, {h.clause for h in secrets} | {h.clause for h in cues}
    if not secrets:
        return hits, set()
    shape = opener_shape(hits, read, question_words, anyone)
    general = {h.clause for h in secrets if supposing(h, shape)}
    inside = {i for h in secrets if h.clause not in general for i in range(h.position, h.end)}
    kept = [
        h
        for h in hits
        if h.phrase.kind is Kinds.SECRET
        or (h.phrase.category < 0 and h.phrase.kind is not Kinds.TELLING)  # "not to tell him"
        or h.position not in inside
    ]
    return kept, general


def opened(
    hits: list[Hit],
    read: Tokens,
    question_words: Collection[str],
    general: Collection[int],
    about: Collection[int],
    *,
    anyone: frozenset[str],
) -> dict[int, str]:
    """The categories of the worries and secrets that open a disclosure (see the module
    docstring), each with the rule that found it; empty when none does.

    Args:
        hits: every hit (a question about deciding counts wherever it is).
        read: the message as the detector read it.
        question_words: the question words, as the detector reads them.
        general: the clauses that are general questions, where nothing counts.
        about: the sentences about someone.
        anyone: the stems of the pack's `anyone` marker ("when someone asks me…" supposes).
    """
    worry, secret = Kinds.WORRY, Kinds.SECRET  # looked up once: the hits may be thousands
    openers = [
        h
        for h in hits
        if (h.phrase.kind is worry or h.phrase.kind is secret)
        and h.clause not in general
        and h.sentence in about
    ]
    if not openers or deciding(hits, read):
        return {}
    shape = opener_shape(hits, read, question_words, anyone)
    found: dict[int, str] = {}
    for hit in openers:
        if supposing(hit, shape):
            continue
        if (
            hit.phrase.kind is Kinds.WORRY
            and not _someone_elses(hit, read)
            and _unexplained_worry(hit, read, shape)
        ):
            found.setdefault(hit.phrase.category, "worry")
        elif (
            hit.phrase.kind is Kinds.SECRET
            and not _secret_named(hit, read, shape)
            and not _from_anyone(hit, read, anyone)
        ):
            found.setdefault(hit.phrase.category, "secret")
    return found


def _from_anyone(hit: Hit, read: Tokens, anyone: frozenset[str]) -> bool:
    """Whether the secret is asked by no one in particular: an `anyone` word ("someone",
    "somebody") just before it, with at most "has", "just" and the like between."""
    words, k = read.words, hit.position - 1
    while k >= 0 and words[k] in _BEFORE_A_SECRET:
        k -= 1
    return k >= 0 and read.sentence_of[k] == hit.sentence and words[k] in anyone


def _someone_elses(hit: Hit, read: Tokens) -> bool:
    """Whether the worry is said of someone else, not the writer: "he", "she" or "they" just
    before it, with at most "is", "really" and the like between ("my client's wife rang because
    she's worried about him", "a friend comes to you because they are really worried about their
    new partner"). The writer's own worry opens a disclosure; another's is what they asked."""
    words, k = read.words, hit.position - 1
    while k >= 0 and k >= hit.position - _WORRIER_WORDS and words[k] in _BEFORE_A_WORRY:
        k -= 1
    return k >= 0 and read.sentence_of[k] == hit.sentence and words[k] in _OTHERS


def _unexplained_worry(hit: Hit, read: Tokens, shape: OpenerShape) -> bool:
    """Whether a worry names someone in particular just after it and nothing says why."""
    words, sentence_of = read.words, read.sentence_of
    end = len(words)
    person = -1
    others = 0
    for k in range(hit.end, min(end, hit.end + _OBJECT_WORDS)):
        if sentence_of[k] != hit.sentence:
            break
        if k in read.persons or (words[k] in _PRONOUNS and k == hit.end):
            person = k
            break
        if words[k] == "of" and words[k - 1] == "one":
            continue  # "one of my residents"
        if words[k] in _PLACING or words[k] in REASONS:
            return False  # "worried about attendance in year 9": not a person
        if words[k] not in _DETERMINERS:
            others += 1
            if others > _OTHER_WORDS:
                return False
    if person < 0 or (words[person] in _PRONOUNS and hit.sentence > 0):
        return False  # "…I'm worried about her": what came before says why
    if person in read.plural and not {"my", "our", "one"} & set(words[hit.end : person]):
        return False  # "worried about pupils in year 9": a kind of people
    k = person + 1
    while k < end and sentence_of[k] == hit.sentence and k in read.persons:
        k += 1  # "my neighbour's kids"
    if k < end and sentence_of[k] == hit.sentence:
        if words[k] not in _PLACING and read.clause_of[k] == read.clause_of[person]:
            return False  # "a child's progress": the worry is the progress
        if shape.last_reason.get(hit.sentence, -1) >= k:
            return False  # "…who isn't making progress", "…because…"
    # A later sentence that tells says why; one that asks ("what should I do?") does not.
    return shape.last_statement <= hit.sentence


def _secret_named(hit: Hit, read: Tokens, shape: OpenerShape) -> bool:
    """Whether the clause of a secret says what it is: before it, more than who asked ("a
    patient with HIV has asked us…", "told me she's gay and asked me…"); after it, "about…"
    or what is not to be told ("…not to tell her parents she's on the pill")."""
    if shape.first_content.get(hit.clause, hit.position) < hit.position:
        return True
    words = read.words
    if any(  # "asked me to keep her new address a secret"
        words[k] not in FUNCTION_WORDS and k not in read.persons and not words[k].isdigit()
        for k in range(hit.position, hit.end)
    ):
        return True
    if shape.last_about.get(hit.sentence, -1) >= hit.end:
        return True  # "…keep a secret - it's about her mum's surprise party"
    clause_of = read.clause_of
    for k in range(hit.end, min(len(words), hit.end + _ABOUT_WORDS)):
        if clause_of[k] != hit.clause or words[k] in _WHAT or words[k] in _JOINING:
            return False  # "not to tell her new employer", then what is not told
        if words[k] in _SUBJECTS and k > hit.end:
            return True  # "…tell her parents she's…", "…tell her he called"
    return False
