"""What someone is reported to have said, and what the writer passes on.

Helpers of the risk check: where a sentence starts to report what someone said or a worry
(`told_at`), whether a phrase lies inside it (`reported`), a telling phrase used as a noun ("pass
on a worry"), someone quoted in their own words ("messaged 'i just want to end all of this'"),
and a rule about sharing someone passed on ("my manager says we can't share anything about
domestic abuse"), which tells of no harm, unless the one passing it on is a child, a relative or
someone in care: "my 6 year old said the boy next door hits her and I can't tell mummy" is what
happens to them and that they cannot tell, not a rule for the writer.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_types import Hit, Kinds, Tokens

# A rule about sharing: a modal, then within three words a word for sharing ("can't share"; the
# pack's `rule-sharing` marker).
_RULE_WORDS = frozenset(
    {"can", "cant", "cannot", "must", "mustnt", "should", "shouldnt", "wont", "need", "allow"}
)
# What a permission question may ask to do with a fact: pass it on (a word of the pack's
# `pass-on` marker: "is it ok to tell the GP…", "…to warn her…"), or "let" someone "know" within
# a few words ("…to let the school know…"; "in trouble for letting our 12 year old walk home"
# lets no one know anything).
_LET, _KNOW, _LET_WORDS = "let", "know", 4
_THAT_WORDS = 4  # "a duty to tell the social worker that…"
# Between a permission phrase and its act: "ok for me to tell", "allowed to just tell".
_BEFORE_ACT = frozenset({"for", "me", "us", "to", "just", "also", "still", "then"})
_BEFORE_ACT_WORDS = 4  # bounded, so a long run of such words costs no more per phrase
_ASKERS = frozenset({"i", "we", "you"})
# A modal before its subject asks, it gives no rule: "…, can the school tell social services?",
# "should a nurse share…?", as "can I tell…?" does ("need", "allow" are not put first so).
_FIRST_MODALS = _RULE_WORDS - {"need", "allow"}
_SUBJECTS = frozenset(
    {"the", "a", "an", "my", "our", "his", "her", "their", "your", "this", "he", "she", "they"}
)
# A clause opening on one of these asks ("…, would the school need consent to tell CAMHS?",
# "…, is the school allowed to share?"): a rule word later in it is asked about, not given.
_ASKING = _FIRST_MODALS | frozenset(
    {"would", "could", "might", "may", "will", "do", "doe", "did", "is", "are", "was", "were"}
)
_REPORTED = frozenset({"he", "she", "hes", "shes"})
_PASSIVE_BE = "be"
# The writer, or the one quoted, in the first person (also read by `risk_finding.judge`).
WRITER_WORDS = frozenset({"i", "me", "myself"})
_ARTICLES = frozenset({"a", "an", "the", "any", "no"})
_NOT = frozenset({"not", "never"})  # "…asked me not to tell": an instruction, not a report
_AGES = frozenset({"year", "yr", "years", "yrs"})  # "my 6 year old said": a child speaking
_AGED = frozenset({"yo"})
_OWN_TOLD_WORDS = 5  # "my client has told", "my year 9 pupil says"
_OWN_REACH = 12  # words after a general phrase where "my client…" may start: bounded work
# "who", "whose" ("whose" stems to "whos"): also read by `risk_passing_on.passing_on`.
WHO = frozenset({"who", "whos"})
# "told me,": a telling phrase's clause ending on whom it told ("who tells gets hurt," does not)
_REPORT_END = 1
_SPEAKER_WINDOW = 6  # words back from a telling phrase to who said it ("a girl in my class said")


def told_at(hits: list[Hit], about: set[int] | None = None) -> dict[int, int]:
    """Where each sentence (about someone, if `about` is given) starts to report what someone
    said or a worry about someone: the position of its first `telling` phrase."""
    told: dict[int, int] = {}
    for hit in hits:
        if hit.phrase.kind is Kinds.TELLING and (about is None or hit.sentence in about):
            told[hit.sentence] = min(hit.position, told.get(hit.sentence, hit.position))
    return told


def not_a_rule(
    hits: list[Hit],
    read: Tokens,
    speakers: frozenset[str] = frozenset(),
    *,
    sharing: frozenset[str],
    pointers: frozenset[str] = frozenset(),
) -> list[Hit]:
    """The hits without the harm named in a rule someone is reported to have given about
    sharing ("my manager says we can't share anything about domestic abuse without consent",
    "a colleague said I should always report self-harm"): what was said is how to share, not
    what happened. Cues naming people ("he hits her") still count. The rule is a modal, then
    within three words a word of `sharing` (the stems of the pack's `rule-sharing` marker); a
    modal before its subject, or in a clause opening on one, asks ("a parent says another child
    is being hit at home, can the school tell social services?"): no rule.

    Who states it decides: when the nearest person named before the telling phrase is one of
    `speakers` (the stems of nouns for children, relatives and people in care, not staff) or a
    child's age ("my 6 year old said"), "I can't tell mummy" is the speaker's plight, no rule
    ("a parent told me the school can't report neglect" still passes on one: not "I").

    Nor is it a rule when what is to be done is done to someone in particular (the modal, then
    "be"), one of `speakers` after a word of `pointers` (the pack's `case-pointers`), not a
    class ("our students"): "the guidance says this girl should be referred as her brother
    sexually abuses her" decides about her (round 36, r1k36).
    """
    told = told_at(hits)
    words = read.words
    if not told or _RULE_WORDS.isdisjoint(words):
        return hits
    rules: set[int] = set()
    # Where each sentence's last "that" is: a rule followed by one passes on a fact ("…needs
    # to tell someone that her uncle abused her").
    last_that = {read.sentence_of[k]: k for k, w in enumerate(words) if w == "that"}
    opens: dict[int, int] = {}  # clause -> where it starts
    for i in range(len(words) - 1):
        sentence = read.sentence_of[i]
        start = opens.setdefault(read.clause_of[i], i)
        if (
            words[i] in _RULE_WORDS
            and not (start < i and words[start] in _ASKING)  # "…, would the school need…"
            and words[i + 1] not in _ASKERS  # "can I tell…?" asks, it gives no rule
            and not (words[i] in _FIRST_MODALS and words[i + 1] in _SUBJECTS)  # nor "can the…"
            and (i == 0 or words[i - 1] not in _REPORTED)  # "she can't tell": her plight
            and told.get(sentence, i) < i
            and _in_report(read, told[sentence], i)
            and any(
                w in sharing and read.sentence_of[k] == sentence
                for k, w in enumerate(words[i + 1 : i + 4], start=i + 1)
            )
            and last_that.get(sentence, i) <= i
            and not ("i" in words[max(0, i - 3) : i] and _said_by(read, told[sentence], speakers))
            and not (
                words[i + 1] == _PASSIVE_BE  # "this girl should be referred": done to her
                and any(
                    j in read.persons
                    and j not in read.plural
                    and words[j] in speakers
                    and words[j - 1] in pointers
                    for j in range(told.get(sentence, i) + 1, i)
                )
            )
        ):
            rules.add(sentence)
    if not rules:
        return hits
    return [
        h
        for h in hits
        if not (
            h.sentence in rules
            and h.phrase.category >= 0
            and (h.phrase.kind is Kinds.SIGNAL or "<" not in h.phrase.text)
        )
    ]


def _in_report(read: Tokens, at: int, i: int) -> bool:
    """Whether the word at `i` lies in what the telling phrase at `at` reports: in its clause,
    in the next when the telling phrase's clause ends within `_REPORT_END` words of it ("my
    manager told me, you must report it"), or anywhere after it when "that" follows it so
    ("the DSL told us that if a pupil mentions abuse, we must tell her").

    Round 58 (quiet254): "anyone who tells on my stepdad gets hurt, I should tell but I'm
    scared" passes on no one's rule: "I should tell" is the writer's plight, said after the
    telling phrase's own clause went on past whom it told."""
    clause = read.clause_of[at]
    if read.clause_of[i] == clause:
        return True
    if any(
        read.words[k] == "that" and read.clause_of[k] == clause
        for k in range(at + 1, min(i, at + 2 + _REPORT_END))
    ):
        return True  # "said that if a child discloses, we must…": all that follows is said
    # Clauses run in order, so the telling phrase's has ended if it has by this one word.
    end = at + 1 + _REPORT_END
    return read.clause_of[i] == clause + 1 and (end >= i or read.clause_of[end] != clause)


def _said_by(read: Tokens, at: int, speakers: frozenset[str]) -> bool:
    """Whether the nearest person named before the telling phrase at `at`, in its sentence, is
    one of `speakers` or a child's age ("my 6 year old", "my 9 yo"): staff, or no one named,
    is not."""
    words, sentence = read.words, read.sentence_of[at]
    for j in range(at - 1, max(-1, at - 1 - _SPEAKER_WINDOW), -1):
        if read.sentence_of[j] != sentence:
            return False
        if words[j] in _AGED or (words[j] == "old" and j and words[j - 1] in _AGES):
            return True
        if j in read.persons:
            return words[j] in speakers
    return False


def quoted_writers(hits: list[Hit], read: Tokens, told: dict[int, int]) -> set[int]:
    """The sentences quoting someone in their own words ("messaged 'i just want to end all of
    this'"): "I" or "me" after a `telling` phrase is the one reported, someone in
    particular."""
    if not told or WRITER_WORDS.isdisjoint(read.words):
        return set()
    return {
        read.sentence_of[i]
        for i, word in enumerate(read.words)
        if word in WRITER_WORDS and told.get(read.sentence_of[i], i) < i
    }


def reported(hit: Hit, told: dict[int, int]) -> bool:
    """Whether a phrase comes after a `telling` phrase of its sentence (`told`, from `_told`)."""
    return hit.sentence in told and told[hit.sentence] < hit.position


def telling_verbs(hits: list[Hit], read: Tokens) -> list[Hit]:
    """The hits without `telling` phrases used as a noun ("didn't pass on a worry because…"):
    an article just before one makes it a thing, not someone telling or worrying; nor one
    asked not to happen ("asked us not to tell her employer"), which reports nothing."""
    words = read.words
    return [
        h
        for h in hits
        if h.phrase.kind is not Kinds.TELLING
        or h.position == 0
        or (
            words[h.position - 1] not in _ARTICLES
            and not (
                h.position > 1 and words[h.position - 1] == "to" and words[h.position - 2] in _NOT
            )
        )
    ]


def passing_on_asked(hits: list[Hit], read: Tokens, acts: frozenset[str]) -> set[int]:
    """The clauses of a question asking whether the writer may pass something on ("is it ok to
    tell the GP my neighbour's son hits him?", "am I allowed to let the school know…"): what
    follows the act (a word of `acts`, the pack's `pass-on` marker) is a fact passed on, with
    or without "that", not an act asked about, so a `permission` phrase does not make them
    general (`knowledge.risk_clauses.permitted`)."""
    return {
        h.clause for h in hits if h.phrase.kind is Kinds.PERMISSION and passes_on(h, read, acts)
    }


def passes_on(hit: Hit, read: Tokens, acts: frozenset[str], *, that: bool = False) -> bool:
    """Whether the act just after the phrase `hit` ("ok to", "a duty to") is passing something
    on: a word of `acts` (the pack's `pass-on` marker: tell, share, report…) or "let" someone
    "know" within a few words; with `that`, only a fact it opens with "that" a few words on ("a
    duty to tell anyone that…": "my duty to report FGM to the police" asks about a duty, not a
    fact)."""
    words, k = read.words, hit.end
    stop = min(len(words), k + _BEFORE_ACT_WORDS)
    while k < stop and read.clause_of[k] == hit.clause and words[k] in _BEFORE_ACT:
        k += 1
    if k >= len(words) or read.clause_of[k] != hit.clause:
        return False
    act = words[k] in acts or (words[k] == _LET and _KNOW in words[k + 1 : k + 1 + _LET_WORDS])
    return act and (
        not that
        or any(
            w == "that" and read.clause_of[j] == hit.clause
            for j, w in enumerate(words[k + 1 : k + 2 + _THAT_WORDS], start=k + 1)
        )
    )


def own_told(
    hit: Hit,
    read: Tokens,
    people: frozenset[int],
    tellings: frozenset[int],
    markers: Mapping[str, frozenset[str]],
) -> bool:
    """Whether someone of the writer's own tells something after the `general` phrase `hit`,
    in its clause ("what are my obligations now my client has told me her husband hits her?",
    "what is the best way to respond when my pupil tells me…"): a word of the pack's
    `writers-own` marker ("my", "our"; `markers`: the stems of the markers' words by name)
    starting a phrase naming a person (`people`: where such phrases start), then a `telling`
    phrase (`tellings`: where they start) or "who"/"whose" within a few words ("what's the
    process for referring my pupil whose dad hits him?"); or the writer passing something on
    (a word of its `pass-on` marker: "what if I tell the school her dad hits her…?"). The
    question is about what that person told or what the writer would pass on, not a general
    one; "when a pupil tells me…" stays general."""
    words, clause = read.words, hit.clause
    own, acts = markers["writers-own"], markers["pass-on"]
    for k in range(hit.end, min(len(words), hit.end + _OWN_REACH)):
        if read.clause_of[k] != clause:
            return False
        if words[k] in own and k in people:
            return any(
                t in tellings or words[t] in WHO
                for t in range(k + 1, min(len(words), k + 1 + _OWN_TOLD_WORDS))
            )
        if words[k] in _ASKERS and words[k + 1 : k + 2] and words[k + 1] in acts:
            return True
    return False


def asked_by_writer(read: Tokens, at: int) -> bool:
    """Whether the telling word at `at` is the writer's own, asked ("…, do we tell the
    parents?"), not what someone said."""
    return at > 0 and read.words[at - 1] in _ASKERS
