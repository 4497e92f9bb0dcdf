"""An answer to a later key question, typed while an earlier one waits.

At key question 3 ("Is the information confidential?"), "the mum said no" tells of consent, which
is key question 4; at key question 1, "it's not confidential" answers key question 3. Neither is
a question for the Q&A, nor an answer to the question waiting. The reply says which key question
it belongs to and asks the waiting one again. Nothing is kept: the later question is asked with
its own buttons if the check comes to it (docs/consent-check-replies.md says why).

A remark that someone is at risk ("there's a risk to the child"), typed before the check asks
about the public interest, gets the urgent note instead: follow protection procedures now.
"""

from __future__ import annotations

from dialogs.hedged import HedgedReader
from dialogs.state import CheckProgress
from knowledge.flow_pack import AnswerKey, FlowPack, FlowQuestion
from knowledge.lazy_pattern import LazyPattern
from knowledge.typed_words import simplify

# Simplified words that say someone is at risk, and words that say they are not.
_AT_RISK = LazyPattern(r"\b(?:at risk|a risk|risk of (?:harm|abuse)|in danger|being harmed)\b")
_DENIED = frozenset(
    [
        "no",
        "not",
        "isnt",
        "arent",
        "wasnt",
        "werent",
        "never",
        "any",
        "little",
        "low",
        "without",
        "dont",
        "doesnt",
        "cant",
    ]
)
_PUBLIC_INTEREST = "public-interest"


class EarlyAnswers:
    """Finds the later key question a typed remark answers. Build once; only reads."""

    def __init__(self, flow: FlowPack, hedged: HedgedReader) -> None:
        self._flow = flow
        self._hedged = hedged

    def read_again_lead(self, text: str, simple: str, *, quiet: bool, two: bool) -> str | None:
        """The lead of the waiting question asked again, to be sure, after a reply that begins
        with an answer and was not read as one ("yes she said no"; only when `quiet`: no harm
        told with it), or whose words say another (`two`: "yes it's already public" at key
        question 3); None when it is to be asked nothing again."""
        said = self._flow.read_again_text
        opens = two or (quiet and self._hedged.opens_with_answer(text, simple))
        if not (opens and (said or two)):
            return None
        return f"{said}\n\n" if said else ""

    def later_question(
        self, check: CheckProgress, text: str, simple: str, read: AnswerKey | None
    ) -> FlowQuestion | None:
        """The first key question after the one `check` waits on that `text` answers, when it
        does not answer the waiting one (`read`: how it was read for the waiting one, if at
        all). Questions are never answers."""
        waiting = self._flow.question(check.step)
        if waiting is None or check.finished or self._hedged.is_asked(text, simple):
            return None
        if read is AnswerKey.NO or read in waiting.answers:
            return None  # a plain no is meant for the waiting question, as a kind of no it offers
        if self._hedged.tells_of_consent(simple, simplify(waiting.text).split()):
            return next(  # "no, she not agree": whatever it begins with, it is about consent
                (q for q in self._flow.questions if q.number > waiting.number and _asks_consent(q)),
                None,
            )
        other = self._told_subject(waiting, text, simple)
        if other is not None:
            return other  # "yes it identifies her" at key question 3: that of key question 2
        for question in self._flow.questions:
            if question.number <= waiting.number:
                continue
            words = frozenset(simplify(question.text).split())
            found = self._hedged.as_hedged_answer(text, simple, words, question.answers.keys())
            if found is not None and found is not AnswerKey.NOT_SURE and found in question.answers:
                return question
        return None

    def _told_subject(self, waiting: FlowQuestion, text: str, simple: str) -> FlowQuestion | None:
        # An answer ("yes", "no, …") whose reason tells of another question's subject and not
        # the waiting one's answers that other question, asked before this one or after.
        if self._hedged.as_hedged_answer(text, simple) is None:
            return None
        step = self._hedged.other_subject(simple, waiting.id)
        return self._flow.question(step) if step is not None else None

    def lead(self, question: FlowQuestion, check: CheckProgress) -> str:
        """The lead of the question `check` waits on, asked again after a remark answering
        `question` instead: one to come (`answered_later`) or one asked already."""
        waiting = self._flow.question(check.step)
        if waiting is None or question.number > waiting.number:
            return answered_later(question)
        return (
            f"That sounds like an answer to key question {question.number} (*{question.text}*), "
            "which you've answered already. I haven't taken it as your answer to this one:\n\n"
        )

    def public_interest_ahead(self, check: CheckProgress, simple: str) -> FlowQuestion | None:
        """The public-interest question still to come when `simple` says someone is at risk
        ("there's a risk to the child"), or None: not said, said not ("there's no risk"), or
        that question already asked."""
        if not _AT_RISK.search(simple) or any(word in _DENIED for word in simple.split()):
            return None
        return self.public_interest_later(check)

    def public_interest_later(self, check: CheckProgress) -> FlowQuestion | None:
        """The public-interest question, when it comes after the one `check` waits on; None
        when that question has been asked, or the check has ended."""
        waiting = self._flow.question(check.step)
        if waiting is None or check.finished:
            return None
        return next(
            (
                q
                for q in self._flow.questions
                if q.id.startswith(_PUBLIC_INTEREST) and q.number > waiting.number
            ),
            None,
        )


def _asks_consent(question: FlowQuestion) -> bool:
    return AnswerKey.REFUSED in question.answers


# Said before the waiting question when a longer answer also told of a risk of harm.
NOT_TAKEN_WITH_RISK = "I haven't taken an answer from that message, as it also told of harm."


def answered_later(question: FlowQuestion) -> str:
    """The lead of the waiting question asked again, after a remark answering `question`."""
    return (
        f"That answers key question {question.number} (*{question.text}*), which comes "
        "later if your case gets that far. It isn't recorded yet: you'll be asked it there. "
        "First, this one:\n\n"
    )


def risk_told(question: FlowQuestion, *, signposted: bool) -> str:
    """The lead of the waiting question asked again, after a remark that someone is at risk
    (`signposted`: the risk check has just said what to do)."""
    now = (
        ""
        if signposted
        else "If you think someone is at risk of harm, follow your protection procedures now: "
        "don't wait for this check. "
    )
    return (
        f"{now}A risk of harm weighs at key question {question.number}, on the public interest, "
        "if your case gets that far. First, this one:\n\n"
    )
