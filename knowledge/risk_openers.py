"""The first line of a disclosure: a worry or a secret named without saying what it is.

Helpers of `knowledge.risk_finding.judge`. A practitioner often starts with the worry itself
("I'm worried about a child in my class") or with what the person asked of them ("a boy asked
me not to tell anyone"), before saying what happened. Read from the structure of the sentence,
not more words:

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
from knowledge.pack_values import Value
from knowledge.risk_types import CONDITION_WORDS, Hit, Kinds
from knowledge.value_class import value_class

if TYPE_CHECKING:
    from collections.abc import Collection

    from knowledge.risk_types import Tokens

# Before the phrase in its sentence, these make it a supposition, not a telling.
_SUPPOSING = frozenset(stem(w) for w in ("if", "whether", "suppose", "imagine")) | {
    "hypothetically"
}
# So do these, when someone of no one kind follows ("when a child asks me…"), not "when
# changing for PE": an indefinite (these, or a word of the pack's `anyone` marker: "when
# someone asks me…").
_WHEN = frozenset({"when", "whenever", "once"})
_ASKED = frozenset(stem(w) for w in ("asked", "asks", "wondered", "wonders"))
_INDEFINITES = frozenset(stem(w) for w in ("a", "an", "any", "you", "they", "people"))
# The condition words, stemmed as the tokens are.
_CONDITIONS = frozenset(stem(w) for w in CONDITION_WORDS)
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
# After the person, these start saying why ("who has…", "because…"; "whose" stems to "whos").
_REASONS = frozenset(
    {"who", "that", "which", "whos", "becaus", "as", "sinc", "cos", "coz", "cause"}
    | {"after", "over", "regarding", "re", "about"}
)
# After a secret, "about" followed by one of these still says nothing of what it is.
_VAGUE = frozenset({"it", "this", "that", "what", "someth", "something", "anyth", "anything"})
_ABOUT_WORDS = 5  # "not to tell her mum or her dad about…"
# Who asked for a secret: the people and the telling phrases before it say nothing of what it is.
_WHO_KINDS = frozenset({Kinds.PEOPLE, Kinds.ANY_PERSON, Kinds.CHILD, Kinds.ADULT, Kinds.TELLING})
_PLACES_AFTER = frozenset({"in", "at", "from", "on", "i", "we"})  # "the boy I mentor"
_PLACE_WORDS = 3
# Words that say nothing of what a secret is: who, to whom, that there is one ("told me a secret
# and asked me…", "wants to tell me something but…").
_FUNCTION = frozenset(
    stem(w)
    for w in (
        *("a", "an", "the", "this", "that", "these", "my", "our", "his", "her", "their", "your"),
        *("its", "me", "us", "him", "them", "you", "i", "we", "he", "she", "they", "it", "hes"),
        *("shes", "and", "but", "so", "then", "also", "just", "now", "today", "earlier", "one"),
        *("of", "some", "to", "in", "at", "on", "from", "for", "with", "by", "has", "have"),
        *("had", "is", "was", "are", "were", "be", "been", "do", "does", "did", "got", "get"),
        *("want", "wants", "wanted", "came", "come", "went", "keeps", "kept", "secret"),
        *("secrets", "something", "anything", "what", "happened", "tell", "told", "said"),
        *("says", "say", "keep", "promise", "there", "here", "really", "ask", "asked", "beg"),
        *("begged", "plead", "pleaded", "made", "make", "swear", "swore", "not", "never"),
        *("dont", "mention", "repeat", "let", "quiet", "between", "private", "confidential"),
        *("confidence", "anyone", "anybody", "all", "would", "will", "could", "can", "only"),
        *("even", "ever", "still", "if", "unless", "first", "mustnt", "musnt", "shouldnt"),
        *("must", "should", "am", "allowed", "arent", "nobody", "noone", "no", "soul"),
    )
)
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


@value_class
class _Shape(Value):
    """What the openers need of a message, read in one pass (so every check is linear)."""

    supposed_from: dict[int, int]  # sentence -> where it starts to ask or suppose
    last_statement: int  # the last sentence that tells (-1 when none does)
    last_reason: dict[int, int]  # sentence -> its last word saying why ("who", "because")
    last_about: dict[int, int]  # sentence -> its last "about" with a word that says what
    first_content: dict[int, int]  # clause -> its first word saying more than who


def _shape(
    hits: list[Hit], read: Tokens, question_words: Collection[str], anyone: frozenset[str]
) -> _Shape:
    """The message's `_Shape`, in one pass over its words and one over its hits (`anyone`: the
    stems of the pack's `anyone` marker)."""
    words, sentence_of, clause_of = read.words, read.sentence_of, read.clause_of
    asks = read.questions | read.marked
    who = {
        i
        for h in hits
        if h.phrase.kind in _WHO_KINDS
        for i in range(h.position, max(h.end, h.position + 1))
    }
    telling: dict[int, int] = {}  # sentence -> where it starts to report what was said
    for h in hits:
        if h.phrase.kind is Kinds.TELLING:
            telling[h.sentence] = min(h.position, telling.get(h.sentence, h.position))
    supposed_from: dict[int, int] = {}
    last_reason: dict[int, int] = {}
    last_about: dict[int, int] = {}
    first_content: dict[int, int] = {}
    last_statement = -1
    placing = -1  # "in my class", "at youth club": up to three words after a person
    for k, word in enumerate(words):
        sentence, clause = sentence_of[k], clause_of[k]
        opens = k == 0 or clause_of[k - 1] != clause
        if sentence not in asks:
            last_statement = sentence
        if word in _SUPPOSING and k > 0 and words[k - 1] in _ASKED:
            # "she asked if she could tell me…": what follows is reported
            telling[sentence] = min(k - 1, telling.get(sentence, k - 1))
        reported = telling.get(sentence, k) < k  # "she said she'd tell me if I promised…"
        if sentence not in supposed_from and (
            (word in _SUPPOSING and not reported)
            or (
                word in _WHEN
                and k + 1 < len(words)
                and (words[k + 1] in _INDEFINITES or words[k + 1] in anyone)
            )
            or (opens and (word in _CONDITIONS or word in question_words))
        ):
            supposed_from[sentence] = k
        if word in _REASONS:
            last_reason[sentence] = k
        if word == "about" and k + 1 < len(words) and words[k + 1] not in _VAGUE:
            last_about[sentence] = k
        if opens:
            placing = -1
        if k in read.persons:
            placing = k
        elif word in _PLACES_AFTER and placing >= 0 and k == placing + 1:
            placing = k + _PLACE_WORDS
        elif not (k in who or k <= placing or word in _FUNCTION or word.isdigit()):
            first_content.setdefault(clause, k)
    return _Shape(supposed_from, last_statement, last_reason, last_about, first_content)


def _supposing(hit: Hit, shape: _Shape) -> bool:
    """Whether the phrase at `hit` is asked or supposed rather than told: a clause before it in
    its sentence starts with a question word or a condition ("Youth leader: is it ever OK to
    promise…"), or "if", "whether", "when a"… comes before it. A question in a later clause
    ("worried about a pupil, what should I do?") tells first."""
    return shape.supposed_from.get(hit.sentence, hit.position + 1) <= hit.position


def deciding(hits: list[Hit], read: Tokens) -> bool:
    """Whether the message asks how to decide about sharing ("How do I decide whether…?")."""
    asks = read.questions | read.marked
    return any(h.phrase.kind is Kinds.DECIDING and h.sentence in asks for h in hits)


def secrets_asked(
    hits: list[Hit], read: Tokens, question_words: Collection[str], *, anyone: frozenset[str]
) -> tuple[list[Hit], set[int]]:
    """The hits without the signs of harm inside a secret asked of the writer in a sentence
    that tells ("she asked me not to tell anyone" is no threat), and the clauses where a secret
    is asked or supposed, which are general questions ("what if a child asks me not to tell?"),
    as are all of them in a message asking how to decide about sharing (`anyone`: the stems of
    the pack's `anyone` marker, which after "when" suppose: "when someone asks me…").
    """
    secret = Kinds.SECRET  # looked up once: the hits may be thousands
    secrets = [h for h in hits if h.phrase.kind is secret]
    if not secrets:
        return hits, set()
    if deciding(hits, read):  # the setting of a question about the decision, as it always was
        return hits, {h.clause for h in secrets}
    shape = _shape(hits, read, question_words, anyone)
    general = {h.clause for h in secrets if _supposing(h, shape)}
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
    shape = _shape(hits, read, question_words, anyone)
    found: dict[int, str] = {}
    for hit in openers:
        if _supposing(hit, shape):
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


def _unexplained_worry(hit: Hit, read: Tokens, shape: _Shape) -> bool:
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
        if words[k] in _PLACING or words[k] in _REASONS:
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


def _secret_named(hit: Hit, read: Tokens, shape: _Shape) -> bool:
    """Whether the clause of a secret says what it is: before it, more than who asked ("a
    patient with HIV has asked us…", "told me she's gay and asked me…"); after it, "about…"
    or what is not to be told ("…not to tell her parents she's on the pill")."""
    if shape.first_content.get(hit.clause, hit.position) < hit.position:
        return True
    words = read.words
    if any(  # "asked me to keep her new address a secret"
        words[k] not in _FUNCTION and k not in read.persons and not words[k].isdigit()
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
