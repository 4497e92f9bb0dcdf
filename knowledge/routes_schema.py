"""The schema of the routes pack: the pydantic models that check it when read from YAML.

What the conversation reads are the values of the same names in `knowledge.routes_pack`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from knowledge.matching.phrases import phrase_problem
from knowledge.routes_pack import Destination


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
