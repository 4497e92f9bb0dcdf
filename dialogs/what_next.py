"""What to do next and whom to tell: the replies beside the signpost, and the contacts' lines.

Split from `dialogs.signpost` (round 48, shape133), whose `Signpost` builds on it: the steps
after a signpost ("what do I do now?"), where a concern can go when someone said not to report
it, whom to ring with no harm told, the reminder the consent check's outcomes carry, and the
bullet lines of the organisation's contacts and of the national lines. Never legal advice.
"""

from __future__ import annotations

from dialogs.choices import Command, command_value
from dialogs.contract import Choice, Reply
from knowledge.loader import Knowledge

_FALLBACK_CONTACT = "- Your designated safeguarding lead"
_EVERY_ROUTE = ("safeguarding-lead", "childrens-social-care", "adult-social-care")
_REPORTING_ROUTES = (*_EVERY_ROUTE, "lado")
_AFTER = (
    Choice("Start a consent check", command_value(Command.CHECK)),
    Choice("Browse topics", command_value(Command.TOPICS)),
)


class WhatNext:
    """Builds the replies that say what to do next and whom to tell, and the contacts' lines."""

    def __init__(self, knowledge: Knowledge) -> None:
        self._contacts = knowledge.contacts
        # Its texts: `safety_first` ends a practitioner's signpost; `same_case` comes before the
        # contacts of a harm told again in the check of a case signposted already (tryout37
        # finding 5), not a second signpost; `to_the_writer` for the person at risk or family.
        self._about = knowledge.about

    def follow_up(self) -> Reply:
        """After a signpost, when the message asked nothing else: what the assistant can do next."""
        return Reply(
            text="When you're ready, I can help you decide what to share and record it: start "
            "a consent check, or ask me a question.",
            choices=_AFTER,
        )

    def next_steps(
        self,
        *,
        signposted: bool = False,
        calm: bool = False,
        case: tuple[str, ...] = (),
        controlled: bool = False,
    ) -> Reply:
        """For "what do I do now?": safety and contacts first, then sharing well and recording.

        Written from the 2008 golden rules; not marked `risk_of_harm`, since the question itself
        describes no harm.

        Args:
            signposted: the signpost came just before, in this turn: point to it rather than
                list the procedures and contacts twice.
            calm: the writer said they are panicking: a calm word comes first.
            case: the contact roles of the case signposted earlier, if any: only they are
                listed (a child's case names no adult social care; tryout43 #5).
            controlled: the case is a threat to end a life made to control someone ("her
                husband threatens to kill himself if she leaves"; round 47): domestic abuse's
                steps (the about pack's `worry_replies.control_steps`) after the procedures.
        """
        first = (
            "**First, the steps above: your protection procedures and your safeguarding contacts.**"
            if signposted
            else self.reminder(case)
        )
        steps = (
            *(["Take a breath: here is what to do, one step at a time."] if calm else []),
            "**What to do next**",
            first,
            *([self._about.worry_replies.control_steps] if controlled else []),
            "**Then, when you decide what to share:** be open with the person (and their family "
            "where appropriate) about what you will share, with whom and why, unless that would "
            "be unsafe; share only what the purpose needs, only with those who need it, securely "
            "and in good time; and record your decision and your reasons, whether or not you "
            "share.",
            "The consent check walks you through the guidance's seven key questions and ends "
            "with a record for your case notes.",
            "*In our own words, from the 2008 guidance's golden rules. Your organisation's "
            "procedures come first.*",
        )
        return Reply(text="\n\n".join(steps), choices=_AFTER)

    def told_not_to_report(self, *, by_the_lead: bool = False) -> Reply:
        """For "my manager told me not to report it": the protection procedures still apply,
        and where else a concern can go (the contacts pack's reporting routes). Not marked
        `risk_of_harm`: the message itself describes no harm. Never legal advice.
        `by_the_lead`: told with a signpost of a lead who has not acted ("our DSL said I
        shouldn't report it"): never "take it to your lead", nor the lead among the routes."""
        routes = _REPORTING_ROUTES[1:] if by_the_lead else _REPORTING_ROUTES
        steps = (
            "**If you've been told not to report a concern**",
            "If you think a child may be at risk of significant harm, or an adult at risk of "
            "serious harm, your protection procedures still apply, whoever has told you not to "
            "act. If someone is in immediate danger, call 999.",
            self._about.past_a_lead_saying_no
            if by_the_lead
            else "Take it to your designated safeguarding lead. If they are the one saying no, or "
            "you are still worried, your procedures say who to go to next, and your "
            "organisation's whistleblowing procedure is there for a concern you have been told "
            "not to raise.",
            "**Anyone can raise a concern directly with:**\n" + self.contact_lines(routes),
            "Write down what you were told, by whom and when, and what you did. I don't give "
            "legal advice; your organisation's procedures come first.",
        )
        return Reply(text="\n\n".join(steps), choices=_AFTER)

    def report_whom(self) -> Reply:
        """For "who do I ring if I think a child is being hurt?" asked with no harm told: 999
        for danger now, the lead, and where anyone can report (the contacts pack's reporting
        routes and the police line), in the about pack's `report_whom` words. Not marked
        `risk_of_harm`: the question describes no one's harm."""
        police = "\n".join(line.as_line() for line in self._contacts.lines_named(("police",)))
        contacts = "\n".join(filter(None, (self.contact_lines(_REPORTING_ROUTES), police)))
        return Reply(text=f"{self._about.report_whom}\n{contacts}", choices=_AFTER)

    def reminder(self, case: tuple[str, ...] = ()) -> str:
        """The reminder that outcomes of the consent check carry (sharing without consent,
        seeking advice), naming the contacts of the case signposted (`case`, roles) if any."""
        return (
            "**If you think a child may be at risk of significant harm, or an adult at risk of "
            "serious harm, follow your child or adult protection procedures now.** If someone is "
            "in immediate danger, call 999. Your safeguarding contacts:\n"
            + self.contact_lines(case or _EVERY_ROUTE)
        )

    def helpline_lines(self, ids: tuple[str, ...]) -> str:
        """The lines (the police, a national helpline) having `ids`, one bullet line each."""
        return "\n".join(line.as_line() for line in self._contacts.lines_named(ids))

    def contact_lines(self, roles: tuple[str, ...] = _EVERY_ROUTE) -> str:
        """The contacts having `roles`, one bullet line each (the safeguarding lead when none
        has them)."""
        contacts = self._contacts.with_roles(roles)
        if not contacts:
            contacts = self._contacts.with_roles(("safeguarding-lead",))
        return "\n".join(c.as_line() for c in contacts) or _FALLBACK_CONTACT
