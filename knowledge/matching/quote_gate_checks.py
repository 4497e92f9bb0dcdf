"""The quote gate's checks of what a question names beside its words' kind of ask.

Each reads the gate's tables (`quote_gate_tables.py`) for one entry and one question: whether a
label or a story says the asker is somewhere the entry never speaks of, whether the question asks
a kind of thing the entry does not answer, and whether it names what the entry is about.
`QuoteGate.check` calls them in its order of checks.
"""

from __future__ import annotations

from knowledge.matching.asked_of import SCOPE, IncludedReaders
from knowledge.matching.question_forms import ELLIPTIC
from knowledge.matching.quote_gate_tables import GateTables
from knowledge.matching.reading import Reading
from knowledge.matching.segment import Segment


def foreign_in_label(t: GateTables, number: int, label: str, read: Reading) -> bool:
    """Whether a label saying who asks, or a story, names where the asker is as a subject
    entry `number` never speaks of (`SubjectCheck.foreign_in_label`)."""
    if not label.strip():
        return False
    fixed = read.corrected_words(label) if read.has_fixes(label) else None
    return t.subjects.foreign_in_label(number, read.words(label), fixed) is not None


def asks_unanswered(
    t: GateTables,
    readers: IncludedReaders,
    number: int,
    asked: list[str],
    *,
    kinds: frozenset[str],
    claim_story: list[str] | None,
    read: Reading,
) -> bool:
    """`AskRules.unanswered`, but "does it include volunteers?" asks of scope, not content."""
    if readers.asked(asked):
        return not t.rules.answers(number, SCOPE)
    return t.rules.unanswered(number, asked, kinds, claim_story, read)


def names_what_it_is_about(
    t: GateTables,
    number: int,
    asked: list[str],
    fixed: list[str],
    *,
    segment: Segment,
    read: Reading,
) -> bool:
    """Whether the question names what entry `number` is about (its `about`), or is too
    short to name anything (and names no other subject of "why is"), or follows a story
    that does ("Why is it considered so important?" after a story about sharing with
    partner agencies)."""
    about = t.about.get(number)
    if about is None:
        return True
    if len(asked) <= ELLIPTIC:
        # Too short to name anything, unless it names its subject: "why is safeguarding
        # important?" asks why something else matters.
        return not t.why_it_is.names_another_subject(number, asked, fixed)
    if t.documents.points_to_another(number, asked, asked):
        # "is this covered by the policy": "this" stands for the document the question names,
        # not the guidance, as a story's may (`StoryDocuments`).
        return False
    # The typos-fixed words only when they differ: the same words give the same answer.
    texts = [asked, fixed] if read.has_fixes(t.label.without(segment.question)) else [asked]
    if segment.background:
        texts.append(read.words(segment.text))
    return any(about.first_in_words(found) is not None for found in texts)


# What follows the message's last question (`Segment.after`), read by `narrowed_after`.
_OWN = frozenset(("our", "my"))  # grammar: the writer's own ("our audit")
_OWN_REACH = 3  # words of the writer's own noun group ("our team's induction session")


def narrowed_after(t: GateTables, number: int, segment: Segment, read: Reading) -> str | None:
    """How what follows the message's last question narrows it to what entry `number`'s
    answer does not speak of, or None when it does not: "held" for a narrower matter of the
    entry ("Do I need consent? Asking because she's 17."); "case" for one told or asking
    named ("When can I share without consent? I mean with his employer.", "…? It's the
    police who want it."). "…? I'm new to the role." narrows nothing. (A subject the entry
    never names there was read too, and taken out in round 61: held out it cost a right
    answer, a short comment after the question, and took off no wrong quote.)"""
    if not segment.after:
        return None
    typed = read.words(segment.after)
    narrower = t.narrower.get(number)
    if narrower is not None and narrower.first_in_words(typed) is not None:
        return "held"
    # "…? Asking for our team's induction session.": the writer's own ("our team", "my
    # manager") is no party told. Typed words: "youth forum" is no "form".
    after = _past_own(typed)
    if number not in t.party_ok and t.cases.names_a_party(after):
        return "case"
    return None


def _past_own(found: list[str]) -> list[str]:
    return [
        w
        for i, w in enumerate(found)
        if w not in _OWN and not _OWN.intersection(found[max(0, i - _OWN_REACH) : i])
    ]
