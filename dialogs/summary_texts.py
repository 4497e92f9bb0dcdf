"""The assistant's summaries of the 2008 guidance, written from the knowledge packs: a key
question's subject (for an age, too), recording a decision, sharing the right information, and
sharing without consent. Each is marked as a summary, with the guidance's status below it."""

from __future__ import annotations

from dialogs.choices import Command, command_value
from dialogs.contract import Choice, Reply
from dialogs.summary_footer import summary_footer
from knowledge.loader import Knowledge

CHECK = Choice("Start a consent check", command_value(Command.CHECK))
"""The choice that starts a consent check."""
TOPICS = Choice("Browse topics", command_value(Command.TOPICS))
"""The choice that lists the topics."""
RULES = Choice("Golden rules", command_value(Command.RULES))
"""The choice that shows the golden rules."""


class SummaryTexts:
    """Builds the guidance's summaries from the packs (`dialogs.texts.Texts` adds the rest)."""

    def __init__(self, knowledge: Knowledge) -> None:
        """`knowledge`: the packs the words come from."""
        self._knowledge = knowledge

    def summary(self, question_id: str, *, lead: str | None = None) -> Reply | None:
        """A key question's subject, marked as a summary (`lead`: a route's line before it)."""
        flow = self._knowledge.flow
        question, first = flow.question(question_id), f"{lead}\n\n" if lead else ""
        if question is None:
            return None
        return Reply(
            text=f"{first}**In summary, from the 2008 guidance** (key question {question.number}: "
            f"{question.text})\n\n{question.help}\n\n{self._summary_footer(flow.guidance)}",
            choices=(CHECK, TOPICS),
        )

    def summary_for_age(self, question_id: str, age: int | None) -> Reply | None:
        """What a key question's summary says for a person aged `age` (a bare age typed just
        after it) or for adults (`age` None: "what about adults?"), clearly marked as a summary;
        None when the question says nothing for them."""
        flow = self._knowledge.flow
        question = flow.question(question_id)
        if question is None or (said := question.for_age(age)) is None:
            return None
        whom = "adults" if age is None else f"someone aged {age}"
        return Reply(
            text=f"**In summary, from the 2008 guidance** (key question {question.number}, "
            f"for {whom})\n\n{said}\n\n{self._summary_footer(flow.guidance)}",
            choices=(CHECK, TOPICS),
        )

    def recording(self) -> Reply:
        """How to record a decision (key question 7 and golden rule 7), as a summary."""
        flow = self._knowledge.flow
        rule = next((r for r in self._knowledge.rules.rules if r.number == 7), None)
        lines = [f"**In summary, from the 2008 guidance** ({flow.record_step.title})"]
        lines.append(flow.record_step.text)
        if rule is not None:
            lines.append(f"Golden rule {rule.number}, *{rule.title}*: {rule.text}")
        lines.append(
            "The consent check ends with a decision record you can paste into your case notes."
        )
        lines.append(self._summary_footer(flow.guidance))
        return Reply(text="\n\n".join(lines), choices=(CHECK, RULES))

    def sharing_steps(self, *, lead: str | None = None) -> Reply:
        """Sharing the right information in the right way (key question 6), as a summary."""
        flow = self._knowledge.flow
        steps = "\n".join(f"- {step}" for step in flow.share_steps.for_outcome())
        first, title = f"{lead}\n\n" if lead else "", flow.share_steps.title
        return Reply(
            text=f"{first}**In summary, from the 2008 guidance** ({title})\n{steps}"
            f"\n\n{self._summary_footer(flow.guidance)}",
            choices=(CHECK, RULES),
        )

    def without_consent(self, *, ask_first: bool = False, if_needed: bool = False) -> Reply:
        """Sharing without consent in a case no published answer decides: the public interest
        (key question 5) in summary, then the offer of the consent check. Never legal advice.

        `ask_first`: no risk of harm was told of, so the summary opens with the guidance's
        starting point, asking first; and if the question asks only whether consent is needed
        (`if_needed`: "do I need consent to refer a claimant to the food bank?", an everyday
        share), the threshold for sharing without it gives way to asking for it."""
        flow = self._knowledge.flow
        title, middle = "sharing without consent", _WITHOUT_CONSENT
        asking = flow.question("ask-first") if ask_first and if_needed else None
        if asking is not None:
            title, middle = "asking for consent", f"{asking.help}\n\n{_AGREED}"
        return Reply(
            text=f"**In summary, from the 2008 guidance** ({title})\n\n"
            f"{_ASK_FIRST if ask_first else ''}{middle}\n\n"
            "The consent check takes you through the seven key questions for your case and ends "
            "with a record for your case notes. If you think someone is at risk of harm, follow "
            "your protection procedures now.\n\n"
            f"{self._summary_footer(flow.guidance)}",
            choices=(CHECK, TOPICS),
        )

    def _summary_footer(self, guidance: str) -> str:
        return summary_footer(guidance, self._knowledge.about.short_status)


_ASK_FIRST = (
    "The starting point is to be open with the person (and their family where appropriate) "
    "about what you want to share, with whom and why, and to seek their agreement, unless that "
    "would be unsafe or inappropriate. For everyday sharing that helps them, asking first is the "
    "usual way.\n\n"
)
_AGREED = (
    "With their agreement, share only what is needed, with those who need to know it, securely, "
    "and record what you shared and why. For a child who can't yet decide for themselves, ask "
    "someone with parental responsibility. If the person says no, or you can't ask, whether you "
    "may share without consent is your professional judgement on the facts of the case."
)
_WITHOUT_CONSENT = (
    "Whether you may share without consent is your professional judgement on the facts of the "
    "case. Where the person can decide for themselves and says no, respect their wishes where "
    "you can (golden rule 4); the guidance says you may still share without consent where the "
    "public interest outweighs the lack of it: for example where there is reasonable cause to "
    "believe a child is suffering, or at risk of, significant harm, or to prevent significant "
    "harm to a child or serious harm to an adult, including by preventing, detecting or "
    "prosecuting serious crime. "
    "Share no more, and with no more people, than needed. If in doubt, seek advice (without "
    "naming the person where you can), and record your decision and your reasons, whether or "
    "not you share."
)
