"""The routes pack: messages answered by a built-in reply, never by a quote.

Some questions look like a published entry's words but are really about the assistant or the
guidance's own tools: "what are the golden rules?" shares its words with entry 4, which only
mentions them. Quoting entry 4 there would be a wrong quote, so such messages are routed, by
phrase, to the reply that answers them. Summaries of what the guidance says (the consent ages of
key question 4, what counts as confidential) are shown as summaries, never as quoted answers.

The pydantic models that check the pack are in `knowledge.routes_schema`, under the same names.
"""

from enum import StrEnum
from typing import Literal

from knowledge.contacts_pack import ContactRole
from knowledge.pack_values import PackValue
from knowledge.value_class import value_class


class Destination(StrEnum):
    """The built-in replies a message can be routed to."""

    RULES = "rules"  # the seven golden rules
    CHECK = "check"  # the consent check (the seven key questions)
    # the seven key questions listed, for one who asks what they are ("for my NVQ, what are the
    # seven key questions?"), where "key questions" alone starts a check
    QUESTIONS = "questions"
    CONTACTS = "contacts"  # who to ask, from the contacts pack
    PRIVACY = "privacy"  # what happens to what people type
    ABOUT = "about"  # what the assistant is, its source and how current it is
    HELP = "help"  # what the assistant can do, for a message that speaks to it ("I've added you")
    SUMMARY = "summary"  # a key question's explanation, as a summary of the guidance
    RECORDING = "recording"  # how to record a decision (key question 7), as a summary
    SHARING_STEPS = "sharing-steps"  # sharing the right information the right way (question 6)
    # what to do now about a concern; only when the phrase is the whole message (`Routes.find`)
    NEXT_STEPS = "next-steps"
    # the writer's own panic ("I'm panicking"), anywhere in a message: the next steps, calmly
    CALM = "calm"
    # sharing without consent, as a summary of the public interest (key question 5); only when
    # no published answer is quoted, its words in order with a few between (`Routes.find_loose`)
    WITHOUT_CONSENT = "without-consent"
    # told by someone at work not to report or refer a concern: the protection procedures still
    # apply, and who else to take it to (the contacts pack's reporting routes); never legal advice
    TOLD_NOT_TO_REPORT = "told-not-to-report"
    # a word on the writer's own last message, posted by mistake ("sorry, meant to DM this",
    # "wrong channel", "ignore that"): that they can delete it, and that no copy is kept; only
    # when the phrase is the whole message
    POSTED_BY_MISTAKE = "posted-by-mistake"
    # whom to tell of a worry that someone is being harmed, asked with no harm told ("who do i
    # ring if i think a child is being hurt at home?"): 999 if in danger now, the lead, and the
    # contacts pack's reporting routes; only a question that asks whom (`Route.asked_whom`)
    REPORT = "report"
    # a few lines in our own words, the route's `lead`, with the contacts of its `contacts`
    # roles after it: what a term practitioners meet means ("what does LADO stand for", "what is
    # cuckooing"), or whose decision a step is ("should I suspend him"); never a quoted answer
    OWN_WORDS = "own-words"


@value_class(kw_only=True)
class Route(PackValue):
    """Phrases that send a message to one built-in reply (and, for a summary, the flow question
    whose explanation it shows)."""

    to: Destination
    question: str | None = None
    phrases: tuple[str, ...]
    # words that send here a question naming the assistant or the asker's own messages (the
    # pack's `self_words`): "who can see what I write here?", "can I trust your answers?"
    with_self: tuple[str, ...] = ()
    # its phrases name an act of sharing themselves ("break confidentiality"): a loose route
    # needs no other sharing word in the question
    names_sharing: bool = False
    # a without-consent route whose phrases ask whether consent is needed at all ("do I need
    # consent to refer a claimant to the food bank?"): an everyday share, usually made with the
    # person's agreement, whose reply is asking first, not the threshold for sharing without it
    # (when no harm is told, and no other without-consent phrase is in the question)
    asks_if_needed: bool = False
    # for a route that `asks_if_needed`: what names a safeguarding recipient or matter ("social
    # care", "the police", "missing") or a refusal; a question holding one is no everyday share
    unless: tuple[str, ...] = ()
    # its phrases send a question here only when it also gives someone's age (the pack's
    # `age_before` / `age_after` around a number): "what if he's 14 and says don't tell his mum?"
    with_age: bool = False
    # its phrases (a worry: "being hurt", "abuse") send a question here only when it also asks
    # whom to ring or tell (the typed-words pack's `whom_asked`): "who do i ring if a child is
    # being hurt?", never "can I share a child's abuse history?"
    asked_whom: bool = False
    # a formal request's own caution ("don't release anything yet") wins over this route
    formal_first: bool = False
    # for a summary: a line before it that speaks to how the question was asked ("what counts
    # as significant harm?": the 2008 guidance does not define it), from the guidance's facts
    lead: str | None = None
    # for a reply in our own words: the roles whose contacts (the contacts pack's) follow it
    contacts: tuple[ContactRole, ...] = ()


@value_class(kw_only=True)
class RoutesPack(PackValue):
    """Every route; the first whose phrase comes earliest in a message wins."""

    kind: Literal["routes"]
    routes: tuple[Route, ...]
    self_words: tuple[str, ...] = ()  # what names the assistant or the asker's own messages
    age_before: tuple[str, ...] = ()  # a word that makes the number after it an age ("is 14")
    age_after: tuple[str, ...] = ()  # a word that makes the number before it an age ("14 yrs")
    own_words_footer: str = ""  # the last line of a reply in our own words (`OWN_WORDS`)
