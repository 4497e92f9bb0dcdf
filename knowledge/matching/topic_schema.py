"""The schema of a not-covered pack's topics: a subject near the Q&A that it does not answer.

Its values are `knowledge.matching.models.NotCoveredTopic`; the pack's own model
(`knowledge.matching.schema.NotCoveredPack`) holds them.
"""

from __future__ import annotations

from pydantic import Field, field_validator

from knowledge.matching.schema_checks import StrictModel, no_blanks, phrases_checked


class NotCoveredTopic(StrictModel):
    """A subject near the Q&A that it does not answer, with what we say instead."""

    id: str = Field(min_length=1, pattern=r"^[a-z0-9][a-z0-9-]*$")
    cues: tuple[str, ...] = Field(min_length=1)
    reply: str = Field(min_length=1)
    anchors: tuple[str, ...] = Field(
        default=(),
        description="words or phrases of which one must be in a message for this reply to be "
        "given (a last word ending in * is a prefix); none listed: no such condition",
    )
    after_concern: str = Field(
        default="",
        description="said before the reply when a risk of harm was described earlier in the "
        "conversation (or in the same message): what that changes for this subject",
    )
    with_concern: str = Field(
        default="",
        description="said instead of the reply when a risk of harm was described in the "
        "conversation (or in the same message): for a reply that says to hold back ('don't "
        "release anything yet'), which must never follow the signpost",
    )
    scope_entry: int | None = Field(
        default=None,
        ge=1,
        description="the entry saying what the guidance covers, quoted instead of the reply for "
        "a message asking whether the guidance covers the subject (one of `scope_asks`) that "
        "tells of no request ('does the guidance cover sharing between the court and probation?')",
    )
    scope_asks: tuple[str, ...] = Field(
        default=(),
        description="words asking whether the guidance covers something ('does the guidance "
        "cover'), matched as phrases in the simplified message",
    )
    gives_way_to: int | None = Field(
        default=None,
        ge=1,
        description="an entry whose answer says what this topic's reply does not (whether "
        "consent is needed, for a referral): quoted instead of the reply for a message asking one "
        "of `gives_way_asks` and naming one of `gives_way_naming`, when the quote gate passes it",
    )
    gives_way_asks: tuple[str, ...] = Field(
        default=(),
        description="the kinds of ask (under `asks`) for which the topic gives way "
        "('necessity': 'do I need…?')",
    )
    gives_way_naming: tuple[str, ...] = Field(
        default=(),
        description="words of which one must be in the message for the topic to give way "
        "('consent*'), matched as phrases in the simplified message",
    )

    @field_validator("cues")
    @classmethod
    def _check_cues(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return no_blanks(values)

    @field_validator("anchors", "scope_asks", "gives_way_naming")
    @classmethod
    def _check_anchors(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return phrases_checked(values)
