"""Schemas of the small text packs: golden rules, advice contacts, and the about text."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GoldenRule(_Strict):
    """One of the seven golden rules, in our own words."""

    number: int = Field(ge=1)
    title: str = Field(min_length=3)
    text: str = Field(min_length=3)


class RulesPack(_Strict):
    """A file of kind `rules`."""

    kind: Literal["rules"]
    guidance: str
    rules: tuple[GoldenRule, ...] = Field(min_length=1)


class Contact(_Strict):
    """Someone to ask when the answer is "seek advice"."""

    name: str = Field(min_length=2)
    how: str | None = None


class ContactsPack(_Strict):
    """A file of kind `contacts`; an organisation's own replaces the built-in one."""

    kind: Literal["contacts"]
    contacts: tuple[Contact, ...] = Field(min_length=1)


class AboutPack(_Strict):
    """A file of kind `about`: what the assistant is, and how current its source is."""

    kind: Literal["about"]
    name: str
    summary: str
    status: str
    precedence: str
    short_status: str
