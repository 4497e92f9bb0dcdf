"""The schema of the routes pack: the pydantic models that check it when read from YAML.

What the conversation reads are the values of the same names in `knowledge.routes_pack`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from knowledge.contacts_pack import ContactRole
from knowledge.matching.phrases import phrase_problem
from knowledge.routes_pack import Destination


def _usable_phrases(values: tuple[str, ...]) -> tuple[str, ...]:
    problems = [p for p in (phrase_problem(v) for v in values) if p]
    if problems:
        raise ValueError("; ".join(problems))
    return values


# The routes whose reply may open with a route's own `lead`.
_LED = frozenset({Destination.SUMMARY, Destination.SHARING_STEPS, Destination.OWN_WORDS})


class Route(BaseModel):
    """Phrases that send a message to one built-in reply."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    to: Destination
    question: str | None = Field(
        default=None, description="for a summary: the flow question whose explanation it shows"
    )
    phrases: tuple[str, ...] = Field(min_length=1)
    with_self: tuple[str, ...] = Field(
        default=(),
        description="words that send here a question naming the assistant or the asker's own "
        "messages (the pack's `self_words`): 'who can see what I write here?' -> privacy",
    )
    names_sharing: bool = Field(
        default=False,
        description="each phrase names an act of sharing itself ('break confidentiality'), so "
        "a question holding one needs no other sharing word for a loose route",
    )
    asks_if_needed: bool = Field(
        default=False,
        description="a without-consent route whose phrases ask whether consent is needed at "
        "all ('do I need consent to refer a claimant to the food bank?'): with no harm told, "
        "the reply is asking first (an everyday share), not the threshold for sharing without it",
    )
    unless: tuple[str, ...] = Field(
        default=(),
        description="for a route that asks_if_needed: phrases naming a safeguarding recipient "
        "or matter ('social care', 'police', 'missing') or a refusal; a question holding one "
        "is no everyday share, and hears the threshold as for the other without-consent routes",
    )
    with_age: bool = Field(
        default=False,
        description="its phrases route a question only when it also gives someone's age (a "
        "number after one of the pack's `age_before` words or before an `age_after` word): "
        "'what if he is 14 and says don't tell his mum?'",
    )

    asked_whom: bool = Field(
        default=False,
        description="its phrases (a worry: 'being hurt', 'abuse') route a question only when "
        "it also asks whom to ring or tell (the typed-words pack's `whom_asked`): 'who do I "
        "ring if I think a child is being hurt?'",
    )

    formal_first: bool = Field(
        default=False,
        description="a formal request's own caution (the not-covered pack's formal topic: "
        "the police, a court, a solicitor) wins over this route: 'a solicitor asked over the "
        "phone for my client's records' is not released yet",
    )

    lead: str | None = Field(
        default=None,
        description="for a summary or the sharing steps: a line shown before it that speaks "
        "to how the question was asked (what the 2008 guidance does not define, what today's "
        "advice says), from the guidance's facts; never a quoted answer. A reply in our own "
        "words (own-words) is its lead alone, with its contacts",
    )
    contacts: tuple[ContactRole, ...] = Field(
        default=(),
        description="for a reply in our own words: the roles whose contacts (the contacts "
        "pack's) follow its lead ('lado' after what a LADO is)",
    )

    @field_validator("phrases", "with_self", "unless")
    @classmethod
    def _usable(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return _usable_phrases(values)

    @model_validator(mode="after")
    def _summary_names_a_question(self) -> Route:
        if (self.to is Destination.SUMMARY) != (self.question is not None):
            raise ValueError("a summary route names its flow question, and only a summary does")
        if self.lead is not None and self.to not in _LED:
            raise ValueError("only a summary, sharing-steps or own-words route has a lead")
        if self.to is Destination.OWN_WORDS and self.lead is None:
            raise ValueError("a reply in our own words (own-words) is its lead: it must have one")
        if self.contacts and self.to is not Destination.OWN_WORDS:
            raise ValueError("only a reply in our own words (own-words) names contacts")
        if self.asks_if_needed and self.to is not Destination.WITHOUT_CONSENT:
            raise ValueError("only a without-consent route asks if consent is needed")
        if self.unless and not self.asks_if_needed:
            raise ValueError("only a route that asks if consent is needed has `unless` phrases")
        return self


class RoutesPack(BaseModel):
    """Every route; the first whose phrase comes earliest in a message wins."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    kind: Literal["routes"]
    routes: tuple[Route, ...] = Field(min_length=1)
    self_words: tuple[str, ...] = Field(
        default=(),
        description="what names the assistant or the asker's own messages ('this chat', 'what "
        "I type', 'my questions', 'your answers'); a question naming one is sent to the first "
        "route whose `with_self` words it also holds",
    )

    age_before: tuple[str, ...] = Field(
        default=(),
        description="single words that make the number after them an age ('is', 'aged')",
    )
    age_after: tuple[str, ...] = Field(
        default=(),
        description="single words that make the number before them an age ('year', 'yo')",
    )
    own_words_footer: str = Field(
        default="",
        description="the last line of a reply in our own words (own-words): that it is ours, "
        "not a quoted published answer",
    )

    @field_validator("self_words")
    @classmethod
    def _usable(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return _usable_phrases(values)

    @field_validator("age_before", "age_after")
    @classmethod
    def _single_words(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        wrong = [v for v in values if not (v.isascii() and v.isalpha() and v.islower())]
        if wrong:
            raise ValueError(f"not a single lower-case word: {', '.join(wrong)}")
        return values

    @model_validator(mode="after")
    def _ages_read(self) -> RoutesPack:
        if any(r.with_age for r in self.routes) and not (self.age_before or self.age_after):
            raise ValueError("a route `with_age` needs the pack's `age_before` or `age_after`")
        return self
