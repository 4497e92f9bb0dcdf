"""The schema of the routes pack: messages answered by a built-in reply, never by a quote.

Some questions look like a published entry's words but are really about the assistant or the
guidance's own tools: "what are the golden rules?" shares its words with entry 4, which only
mentions them. Quoting entry 4 there would be a wrong quote, so such messages are routed, by
phrase, to the reply that answers them. Summaries of what the guidance says (the consent ages of
key question 4, what counts as confidential) are shown as summaries, never as quoted answers.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from knowledge.matching.phrases import phrase_problem


class Destination(StrEnum):
    """The built-in replies a message can be routed to."""

    RULES = "rules"  # the seven golden rules
    CHECK = "check"  # the consent check (the seven key questions)
    CONTACTS = "contacts"  # who to ask, from the contacts pack
    PRIVACY = "privacy"  # what happens to what people type
    ABOUT = "about"  # what the assistant is, its source and how current it is
    SUMMARY = "summary"  # a key question's explanation, as a summary of the guidance
    RECORDING = "recording"  # how to record a decision (key question 7), as a summary
    SHARING_STEPS = "sharing-steps"  # sharing the right information the right way (question 6)
    # what to do now about a concern; only when the phrase is the whole message (`Routes.find`)
    NEXT_STEPS = "next-steps"


class Route(BaseModel):
    """Phrases that send a message to one built-in reply."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    to: Destination
    question: str | None = Field(
        default=None, description="for a summary: the flow question whose explanation it shows"
    )
    phrases: tuple[str, ...] = Field(min_length=1)

    @field_validator("phrases")
    @classmethod
    def _usable(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        problems = [p for p in (phrase_problem(v) for v in values) if p]
        if problems:
            raise ValueError("; ".join(problems))
        return values

    @model_validator(mode="after")
    def _summary_names_a_question(self) -> Route:
        if (self.to is Destination.SUMMARY) != (self.question is not None):
            raise ValueError("a summary route names its flow question, and only a summary does")
        return self


class RoutesPack(BaseModel):
    """Every route; the first whose phrase comes earliest in a message wins."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    kind: Literal["routes"]
    routes: tuple[Route, ...] = Field(min_length=1)
