"""The schema of a Q&A pack: published questions and answers, with our own search aids."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class QASource(_Strict):
    """Where a pack's answers were published."""

    title: str = Field(min_length=1)
    publisher: str = Field(min_length=1)
    published: str = Field(min_length=1)
    file: str | None = None
    note: str | None = None

    def citation(self, number: int) -> str:
        """The source line shown under every quoted answer."""
        return f"{self.title}, {self.publisher}, {self.published}, question {number}"


class QAEntry(_Strict):
    """One published question and answer, quoted exactly, plus search aids we write."""

    number: int = Field(ge=1)
    question: str = Field(min_length=3)
    answer: str = Field(min_length=1)
    source_line: int | None = Field(default=None, ge=1)
    alternates: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()

    @field_validator("alternates", "keywords")
    @classmethod
    def _no_blank(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        if any(not v.strip() for v in values):
            raise ValueError("must not contain blank strings")
        return values


class QAPack(_Strict):
    """A file of kind `qa`."""

    kind: Literal["qa"]
    source: QASource
    entries: tuple[QAEntry, ...] = Field(min_length=1)


class Phrasings(_Strict):
    """More ways of asking one existing entry."""

    number: int = Field(ge=1)
    alternates: tuple[str, ...] = Field(min_length=1)

    @field_validator("alternates")
    @classmethod
    def _no_blank(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        if any(not v.strip() for v in values):
            raise ValueError("must not contain blank strings")
        return values


class PhrasingsPack(_Strict):
    """A file of kind `phrasings`: alternate phrasings an organisation adds to existing entries,
    for example those a person approved from `infoshare report`'s review file."""

    kind: Literal["phrasings"]
    entries: tuple[Phrasings, ...] = ()
