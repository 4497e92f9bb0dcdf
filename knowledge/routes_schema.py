"""The schema of the routes pack: the pydantic models that check it when read from YAML.

What the conversation reads are the values of the same names in `knowledge.routes_pack`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from knowledge.matching.phrases import phrase_problem
from knowledge.routes_pack import Destination


def _usable_phrases(values: tuple[str, ...]) -> tuple[str, ...]:
    problems = [p for p in (phrase_problem(v) for v in values) if p]
    if problems:
        raise ValueError("; ".join(problems))
    return values


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

    @field_validator("phrases", "with_self")
    @classmethod
    def _usable(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return _usable_phrases(values)

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
    self_words: tuple[str, ...] = Field(
        default=(),
        description="what names the assistant or the asker's own messages ('this chat', 'what "
        "I type', 'my questions', 'your answers'); a question naming one is sent to the first "
        "route whose `with_self` words it also holds",
    )

    @field_validator("self_words")
    @classmethod
    def _usable(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return _usable_phrases(values)
