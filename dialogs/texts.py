"""The assistant's fixed messages, written from the knowledge packs."""

from __future__ import annotations

from bot.reply import Choice, Reply
from dialogs.choices import Command, command_value
from knowledge.loader import Knowledge

_CHECK = Choice("Start a consent check", command_value(Command.CHECK))
_TOPICS = Choice("Browse topics", command_value(Command.TOPICS))
_RULES = Choice("Golden rules", command_value(Command.RULES))
_ABOUT = Choice("About this guidance", command_value(Command.ABOUT))


class Texts:
    """Builds help, greetings, rules and about from the packs, so an organisation can edit them."""

    def __init__(self, knowledge: Knowledge) -> None:
        self._knowledge = knowledge

    def privacy_reminder(self, questions_kept: bool = False) -> str:
        """Shown once per conversation; says truthfully whether any question text is kept."""
        if questions_kept:
            return (
                "A quick reminder: please don't type names or other details that could identify "
                "anyone. I don't need them. Questions I can't answer well are kept for a while, "
                "with identifying details removed, so that the guidance can be improved."
            )
        return (
            "A quick reminder: please don't type names or other details that could identify "
            "anyone. I don't need them, and I don't keep what you type."
        )

    def identifying_warning(self, questions_kept: bool = False) -> str:
        """Shown when a message looks like it contains personal data."""
        kept = (
            "Anything I keep has such details removed first"
            if questions_kept
            else "I haven't kept it"
        )
        return (
            "Your message looks like it may contain personal details (such as a phone number, "
            f"e-mail address, postcode or date). {kept}, but please leave such details "
            "out: I can help without them."
        )

    def greeting(self) -> Reply:
        """A short hello with what the assistant does."""
        about = self._knowledge.about
        return Reply(
            text=f"Hello! {about.summary}\n\nAsk me a question in your own words, or pick one "
            "(type **help** at any time to see every word I understand):",
            choices=(_CHECK, _TOPICS, _RULES, _ABOUT),
        )

    def thanks(self) -> str:
        """The reply to thanks."""
        return "You're welcome. Ask me anything else about sharing information, any time."

    def help(self) -> Reply:
        """What the assistant can do, and the words it understands."""
        return Reply(
            text="\n".join(
                [
                    "**What I can do**",
                    "- Answer questions from the published *Information Sharing: Q&A* "
                    "(HM Government, 2008): just ask in your own words.",
                    "- Walk you through the seven key questions to decide whether to share, "
                    "ending with a record for your case notes: type **check**.",
                    "",
                    "**Words I understand**",
                    "- **topics**: every question the Q&A answers",
                    "- **check**: start a consent check; **back**, **restart** and **cancel** "
                    "work during it",
                    "- **rules**: the seven golden rules",
                    "- **about**: where my answers come from and how current they are",
                    "- **record**: your last decision record again, if your organisation "
                    "keeps them",
                    "",
                    "If you think someone is at risk of harm, follow your protection procedures "
                    "now. I don't give legal advice.",
                ]
            ),
            choices=(_CHECK, _TOPICS, _RULES, _ABOUT),
        )

    def rules(self) -> Reply:
        """The seven golden rules."""
        pack = self._knowledge.rules
        listed = "\n".join(f"{r.number}. **{r.title}.** {r.text}" for r in pack.rules)
        return Reply(
            text=f"**The seven golden rules for information sharing**\n{listed}\n\n"
            f"*From {pack.guidance}, in summary. {self._knowledge.about.short_status}.*",
            choices=(_CHECK, _TOPICS),
        )

    def about(self) -> Reply:
        """Source, date, status, and what takes precedence."""
        about = self._knowledge.about
        return Reply(
            text=f"**{about.name}**\n{about.summary}\n\n**How current is this?**\n{about.status}"
            f"\n\n{about.precedence}",
            choices=(_TOPICS, _CHECK),
        )

    def offer_check(self) -> Reply:
        """For "can I share this?": the decision is the practitioner's; the check helps make it."""
        return Reply(
            text="That's a decision for your professional judgement, and I can help you make it. "
            "The consent check takes you through the seven key questions of the guidance and "
            "ends with a record for your case notes. If you think someone is at risk of harm, "
            "follow your protection procedures now.",
            choices=(_CHECK, _TOPICS),
        )

    def empty_message(self) -> str:
        """The reply to an empty or unreadable message."""
        return "I didn't catch a question there. Type **help** to see what I can do."

    def not_an_answer(self) -> Reply:
        """During a check, for a message that is neither an answer nor a question."""
        return Reply(
            text="I didn't understand that as an answer. Please answer yes, no or not sure, "
            "or type **cancel** to stop the check.",
        )
