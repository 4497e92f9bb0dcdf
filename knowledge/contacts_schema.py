"""The schema of a contacts pack: an adviser to ask, and the lines beside an organisation's own
contacts with when each fits the case. What the conversation reads are the values of the same
names in `knowledge.contacts_pack`. (Round 52: the pack's own model, `ContactsPack`, moved here
from `knowledge.text_schema`.)
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from knowledge.contacts_pack import ContactRole
from knowledge.strict_model import StrictPack


class Contact(StrictPack):
    """Someone to ask when the answer is "seek advice", and how to reach them.

    `role` names which kind of adviser this is; `how` is any route in words ("ext. 1234, or
    the IG channel"), and `email`, `phone` and `url` are routes of their own.
    """

    name: str = Field(min_length=2)
    role: ContactRole | None = None
    how: str | None = None
    email: str | None = Field(default=None, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    phone: str | None = Field(default=None, pattern=r"^[+\d][\d ()-]{4,24}$")
    url: str | None = Field(default=None, pattern=r"^https?://\S+$")


_NAME = r"^[a-z][a-z0-9-]{0,40}$"
_TELLING = r"^[a-z][a-z0-9-]{0,40}( [a-z][a-z0-9-]{0,40})?$"


class ToldCondition(StrictPack):
    """When a line fits the case (`knowledge.contacts_pack.ToldCondition`): risk pack markers told,
    one name or two joined by a space; where, when not everywhere (kinds of harm or markers)."""

    told: tuple[Annotated[str, Field(pattern=_TELLING)], ...] = Field(min_length=1)
    beside: tuple[Annotated[str, Field(pattern=_NAME)], ...] = ()


class HarmedCondition(StrictPack):
    """Whom a line is for, of the harmed (`knowledge.contacts_pack.HarmedCondition`): whom the risk
    check reads as at risk, or risk pack markers told of a grown one harmed."""

    concerns: tuple[Literal["child", "adult", "either"], ...] = Field(min_length=1)
    told: tuple[Annotated[str, Field(pattern=_TELLING)], ...] = ()
    unless: tuple[Literal["woman-struck", "man-struck"], ...] = ()


class Line(StrictPack):
    """A line beside an organisation's own contacts (the police, a national helpline), named by
    the risk pack's categories by its `id` (`knowledge.contacts_pack.Line`)."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]{0,40}$")
    name: str = Field(min_length=2)
    how: str | None = None
    phone: str | None = Field(default=None, pattern=r"^[+\d][\d ()-]{2,24}$")
    url: str | None = Field(default=None, pattern=r"^https?://\S+$")
    only_when_harmed: HarmedCondition | None = None
    only_when_told: ToldCondition | None = None

    @model_validator(mode="before")
    @classmethod
    def _adults_only(cls, data: Any) -> Any:
        """Round 47's `adults_only`, still read in an organisation's pack: `true` is a line for
        grown people harmed, named only where an adult may be at risk (`only_when_harmed`)."""
        if not isinstance(data, dict) or not isinstance(data.get("adults_only"), bool):
            return data  # none, or not true or false: refused as an unknown key
        kept = {k: v for k, v in data.items() if k != "adults_only"}
        if data["adults_only"] is True and "only_when_harmed" not in kept:
            kept["only_when_harmed"] = {"concerns": ["adult", "either"]}
        return kept


class ContactsPack(StrictPack):
    """A file of kind `contacts`; an organisation's own replaces the built-in one."""

    kind: Literal["contacts"]
    contacts: tuple[Contact, ...] = Field(min_length=1)
    lines: tuple[Line, ...] = ()
