"""The assistant's fixed messages, written from the knowledge packs."""

from __future__ import annotations

from dialogs.check_offer import offer_check
from dialogs.choices import Command, command_value
from dialogs.contract import Choice, Private, Reply
from dialogs.summary_texts import CHECK as _CHECK
from dialogs.summary_texts import RULES as _RULES
from dialogs.summary_texts import TOPICS as _TOPICS
from dialogs.summary_texts import SummaryTexts

_ABOUT = Choice("About this guidance", command_value(Command.ABOUT))


class Texts(SummaryTexts):
    """Builds help, greetings, rules and about from the packs, so an organisation can edit them
    (the guidance's summaries: `dialogs.summary_texts`)."""

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

    def long_message_note(self, read_chars: int | None = None) -> str:
        """Shown when a message is longer than a question needs: what was read, and how.

        `read_chars`: how much of it the risk check read, when not all of it."""
        read = "all of it" if read_chars is None else f"its first {read_chars:,} characters"
        return (
            f"Your message is long, so I've answered from its first part only. I did read {read} "
            "for any sign that someone is at risk of harm. A short question works best, without "
            "the case's details."
        )

    def identifying_warning(self, questions_kept: bool = False, *, shared: bool = False) -> Reply:
        """Shown when a message looks like it contains personal data; in a shared place
        (`shared`), to its writer alone, with a word on the message others can still read."""
        kept = (
            "Anything I keep has such details removed first"
            if questions_kept
            else "I haven't kept it"
        )
        text = (
            "Your message looks like it may contain personal details (such as a name, an "
            f"address, a phone number or a date of birth). {kept}, but please leave such details "
            "out: I can help without them."
        )
        if not shared:
            return Reply(text=text)
        seen = " Others where you wrote it can still read it: you may want to delete it, or edit "
        return Reply(text=f"{text}{seen}those details out.", private=Private.PERSONAL_DETAILS)

    def greeting(self) -> Reply:
        """A short hello with what the assistant does."""
        about = self._knowledge.about
        return Reply(
            text=f"Hello! {about.summary}\n\nAsk me a question in your own words, or pick one "
            "(type **help** at any time to see every word I understand):",
            choices=(_CHECK, _TOPICS, _RULES, _ABOUT),
        )

    def thanks(self, *, in_check: bool = False) -> str:
        """The reply to thanks; in a check, one that does not sound like goodbye (the question
        waiting is shown after it)."""
        if in_check:
            return "You're welcome."
        return "You're welcome. Ask me anything else about sharing information, any time."

    def acknowledged(self, *, in_check: bool) -> str:
        """The reply to a message that only takes in what was said ("ok", "got it")."""
        if in_check:
            return "OK. Answer the question below whenever you're ready."
        return "OK. Whenever you're ready, ask me a question in your own words or type **check**."

    def help(self) -> Reply:
        """What the assistant can do, and the words it understands."""
        return Reply(
            text="\n".join(
                [
                    "**What I can do**",
                    "- Answer questions from the published *Information Sharing: Q&A* "
                    "(HM Government, 2008): just ask in your own words.",
                    "- Walk you through the seven key questions to decide whether to share, "
                    "ending with a record for your case notes that you can fill in here: "
                    "type **check**.",
                    "",
                    "**Words I understand**",
                    "- **topics**: every question the Q&A answers",
                    "- **check**: start a consent check; **back**, **restart** and **cancel** "
                    "work during it, and **I've had the advice** picks it up again after "
                    '"seek advice"',
                    "- **rules**: the seven golden rules",
                    "- **about**: where my answers come from and how current they are",
                    "- **record**: the record of the check you just finished again (or your "
                    "last one, if your organisation keeps them); **fill in the record** to "
                    "complete it here",
                    "",
                    "If you think someone is at risk of harm, follow your protection procedures "
                    "now. I don't give legal advice.",
                    *[part for line in self._support() for part in ("", line)],
                ]
            ),
            choices=(_CHECK, _TOPICS, _RULES, _ABOUT),
        )

    def command_usage(self) -> Reply:
        """The reply to input after the slash command that nothing answers (platform guidelines
        S-27): what the command can do, first and once, then that nothing was found."""
        return Reply(
            text="\n".join(
                [
                    "**What I can do**: answer a question about sharing information, asked in "
                    "your own words, or one of these words:",
                    "- **check**: decide whether to share, one key question at a time",
                    "- **topics**: every question the published Q&A answers",
                    "- **rules**: the seven golden rules",
                    "- **about**: where my answers come from",
                    "- **help**: everything I understand",
                    "",
                    "I couldn't find what you typed in the published Q&A. If you need an answer "
                    "now, type **who can I ask**.",
                ]
            ),
            choices=(_TOPICS, _CHECK, _RULES),
        )

    def rules(self) -> Reply:
        """The seven golden rules."""
        pack = self._knowledge.rules
        listed = "\n".join(f"{r.number}. **{r.title}.** {r.text}" for r in pack.rules)
        differ = f"{pack.key_questions}\n\n" if pack.key_questions else ""
        differ += f"{pack.current}\n\n" if pack.current else ""
        return Reply(
            text=f"**The seven golden rules for information sharing**\n{listed}\n\n{differ}"
            f"*From {pack.guidance}, in summary. {self._knowledge.about.short_status}.*",
            choices=(_CHECK, _TOPICS),
        )

    def contacts(self) -> Reply:
        """Who to ask, from the contacts pack (the organisation's own, when it has one)."""
        people = "\n".join(c.as_line() for c in self._knowledge.contacts.contacts)
        return Reply(
            text="**Who to ask**\nFor advice on sharing information, you could talk to:\n"
            f"{people}\n\nAsk without naming the person where you can. If you think someone is "
            "at risk of harm, follow your protection procedures now.",
            choices=(_CHECK, _TOPICS),
        )

    def privacy(
        self, questions_kept: bool = False, records_kept: bool = False, *, shared: bool = False
    ) -> Reply:
        """What happens to what people type, truthfully for this organisation's settings; asked
        in a shared place (`shared`), first that everyone there can read it."""
        kept = [
            "I don't keep what you type. I remember only where you are in a consent check "
            "(your answers as yes, no or not sure), for a day at most: type **cancel** to clear "
            "it now.",
        ]
        if shared:
            kept.insert(
                0,
                "Everyone in this conversation can read what you write here, whatever I keep. "
                "For a case, message me in our private chat.",
            )
        if questions_kept:
            kept.append(
                "Questions I can't answer well are kept for a while, with identifying details "
                "removed, so that the guidance can be improved."
            )
        if records_kept:
            kept.append(
                "Your organisation keeps decision records (the key questions, your answers and "
                "the outcome; no names) so that you can see them again."
            )
        kept.append(
            "The logs hold which answer I gave, never your words. Please don't type names or "
            "other details that could identify anyone: I never need them. Your organisation's "
            "privacy notice has the details. Whoever added me for your organisation chooses "
            "whether decision records are kept, and can remove me."
        )
        return Reply(text="**What happens to what you type**\n" + "\n\n".join(kept))

    def nothing_to_answer(self, *, shared: bool = False) -> Reply:
        """For a bare yes, no or maybe when no consent check is waiting for an answer; in a
        shared place (`shared`), where a check is never asked, it says where a check's
        questions are answered (a check begun here moved to the private chat)."""
        if shared:
            return Reply(
                text="There's no question waiting for an answer here. A consent check's "
                "questions are asked in our private chat, so answer them there. Otherwise, ask "
                "me something in your own words.",
                choices=(_TOPICS, _RULES),
            )
        return Reply(
            text="There's no question waiting for an answer just now. Ask me something in your "
            "own words, or start a consent check.",
            choices=(_CHECK, _TOPICS, _RULES),
        )

    def about(self) -> Reply:
        """Source, date, status, and what takes precedence."""
        about = self._knowledge.about
        return Reply(
            text="\n\n".join(
                (
                    f"**{about.name}**\n{about.summary}",
                    f"**How current is this?**\n{about.status}",
                    about.precedence,
                    *self._support(),
                )
            ),
            choices=(_TOPICS, _CHECK),
        )

    def home(self) -> Reply:
        """A platform's home page for the assistant (Slack's App Home): what it is, how to start,
        and who to contact about it. Nothing is typed there, so it says where to ask."""
        about = self._knowledge.about
        return Reply(
            text="\n\n".join(
                (
                    f"**{about.name}**\n{about.summary}",
                    "Send me a message to ask a question in your own words, or start here.",
                    *self._support(),
                )
            ),
            choices=(_CHECK, _TOPICS, _RULES, _ABOUT),
        )

    def _support(self) -> tuple[str, ...]:
        support = self._knowledge.about.support
        return (f"**Help with this assistant**\n{support}",) if support else ()

    def offer_check(
        self,
        *,
        concern: bool = False,
        earlier: bool = False,
        alone: bool = False,
        professional: bool = False,
    ) -> Reply:
        """For "can I share this?": the decision is the practitioner's; the check helps make it
        (`dialogs.check_offer.offer_check`, which says what `concern`, `earlier` and `alone`
        change, and `professional`)."""
        return offer_check(
            _CHECK,
            _TOPICS,
            concern=concern,
            earlier=earlier,
            alone=alone,
            professional=professional,
        )

    def decided_in_check(self) -> Reply:
        """For "can I share this?" typed in a check under way (tryout123 #7: it was told to
        start the check it was in): the check is how to decide; answer its question."""
        return Reply(
            text="That's a decision for your professional judgement, and the check you're in is "
            "how to make it: answer the question below, and at the end I'll say what the "
            "guidance suggests and give you a record for your case notes. If you think someone "
            "is at risk of harm, follow your protection procedures now.",
        )

    def empty_message(self) -> str:
        """The reply to an empty or unreadable message."""
        return "I didn't catch a question there. Type **help** to see what I can do."

    def not_an_answer(self, *, skipped: bool = False) -> Reply:
        """During a check, for a message that is neither an answer nor a question; `skipped`
        when it asked to skip the question ("skip", "next"), which the check cannot do."""
        if skipped:
            return Reply(
                text="A key question can't be skipped: each answer changes what the check "
                "concludes. If you don't know, **Not sure** is an answer too, and the check will "
                "say what to do next. Type **cancel** to stop the check.",
            )
        return Reply(
            text="I'm keeping your place in the check. I don't need the details of the case "
            "(and please don't type anything that could identify anyone): answer the question "
            "below with the buttons, or with yes, no or not sure. Type **cancel** to stop the "
            "check.",
        )
