"""An organisation's own packs, built from its answers to `infoshare init`.

Pure: the answers go in, the text of each file comes out; the command writes them. The contacts
pack keeps the built-in entry of every role left unanswered, so a skipped question never leaves
a signpost without anyone to tell.
"""

from __future__ import annotations

import re
from datetime import date
from typing import get_args

from pydantic import BaseModel, ConfigDict, Field

from knowledge import contacts_pack, text_packs
from knowledge.contacts_pack import ROLE_LABELS, ContactRole
from knowledge.contacts_schema import Contact, ContactsPack
from knowledge.pack_values import dump
from knowledge.qa_schema import QAEntry, QAPack, QASource
from knowledge.text_schema import AboutPack

NATIONAL_GUIDANCE_TITLE = (
    "Information sharing: advice for practitioners providing safeguarding services "
    "(HM Government, 2024)"
)
NATIONAL_GUIDANCE_URL = "https://www.gov.uk/government/publications/safeguarding-practitioners-information-sharing-advice"

SETUP_ROLES: tuple[ContactRole, ...] = (
    "safeguarding-lead",
    "childrens-social-care",
    "adult-social-care",
    "lado",
    "information-governance-lead",
    "caldicott-guardian",
    "data-protection-officer",
)
"""The roles `infoshare init` asks about, in the order it asks."""

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"[+\d][\d ()-]{4,24}")
_URL = re.compile(r"https?://\S+")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class OrgAnswers(_Strict):
    """The answers to `infoshare init`, every one optional (the `--from` file has these fields).

    `contacts` maps a role (safeguarding-lead, childrens-social-care, ...) to a contact: a
    `name` and any of `email`, `phone`, `url` and `how`.
    """

    organisation: str | None = Field(default=None, min_length=2)
    procedures_name: str | None = Field(default=None, min_length=2)
    procedures_url: str | None = Field(default=None, pattern=r"^https?://\S+$")
    contacts: dict[ContactRole, Contact] = Field(default_factory=dict)
    privacy_team: str | None = Field(default=None, min_length=2)
    privacy_contact: str | None = Field(default=None, min_length=3)
    dpo_contact: str | None = Field(default=None, min_length=3)
    log_retention: str | None = Field(default=None, min_length=2)
    support: str | None = Field(default=None, min_length=3)


def contact_from(role: ContactRole, name: str, route: str) -> Contact:
    """A contact from two typed answers: the route becomes an e-mail, phone, web address or
    words, whichever it looks like.

    Raises:
        pydantic.ValidationError: the name is too short.
    """
    route = route.strip()
    field = (
        "email"
        if _EMAIL.fullmatch(route)
        else "phone"
        if _PHONE.fullmatch(route)
        else "url"
        if _URL.fullmatch(route)
        else "how"
    )
    routes = {field: route} if route else {}
    return Contact.model_validate({"name": name.strip(), "role": role} | routes)


def build_contacts(answers: OrgAnswers, builtin: contacts_pack.ContactsPack) -> ContactsPack:
    """The organisation's contacts: its answers first, then the built-in entries for what it
    did not answer (a built-in entry without a role is dropped when its name is of a role
    answered, e.g. "Your organisation's information-governance lead")."""
    given = [c.model_copy(update={"role": role}) for role, c in _in_role_order(answers.contacts)]
    answered = {c.role for c in given}
    answered_labels = [ROLE_LABELS[r].split(" (")[0].casefold() for r in answered if r]
    kept = [
        Contact.model_validate(dump(c))
        for c in builtin.contacts
        if (c.role not in answered if c.role else not _names_any(c.name, answered_labels))
    ]
    if answers.procedures_url:
        name = answers.procedures_name or "Local safeguarding partnership procedures"
        kept.append(Contact(name=name, role="other", url=answers.procedures_url))
    return ContactsPack(kind="contacts", contacts=(*given, *kept))


def _in_role_order(contacts: dict[ContactRole, Contact]) -> list[tuple[ContactRole, Contact]]:
    order = [*SETUP_ROLES, *(r for r in get_args(ContactRole) if r not in SETUP_ROLES)]
    return sorted(contacts.items(), key=lambda item: order.index(item[0]))


def _names_any(name: str, labels: list[str]) -> bool:
    folded = name.casefold()
    return any(label in folded for label in labels)


def build_about(answers: OrgAnswers, builtin: text_packs.AboutPack) -> AboutPack:
    """The built-in about text, with where the current national and local rules are and, when
    given, who to contact about the assistant itself (`support`: Slack's Home tab, help, about)."""
    local = ""
    if answers.procedures_url:
        name = answers.procedures_name or "your local safeguarding partnership's procedures"
        local = f" Local procedures: {name}, {answers.procedures_url}."
    precedence = (
        f"{builtin.precedence} The current national guidance is {NATIONAL_GUIDANCE_TITLE}: "
        f"{NATIONAL_GUIDANCE_URL}.{local}"
    )
    update = {"precedence": precedence}
    if answers.support:
        update["support"] = (
            f"Something not working, or a question about this assistant itself? Contact "
            f"{answers.support}. For advice on sharing information about a person, ask me who "
            "to ask."
        )
    return AboutPack.model_validate(dump(builtin)).model_copy(update=update)


def pack_yaml(pack: BaseModel, heading: str) -> str:
    """A pack as YAML under a comment heading, without the fields left unset or at their default."""
    import yaml  # noqa: PLC0415 (`infoshare ask` imports this module and reads no YAML)

    comment = "".join(f"# {line}".rstrip() + "\n" for line in heading.splitlines())
    body = yaml.safe_dump(
        pack.model_dump(mode="json", exclude_none=True, exclude_defaults=True),
        sort_keys=False,
        allow_unicode=True,
        width=100,
    )
    return comment + body


def example_qa() -> QAPack:
    """A worked example of an organisation's own Q&A pack (built when asked for: a pack
    model validates on first use, and `infoshare ask` imports this module without using it)."""
    return QAPack(
        kind="qa",
        source=QASource(
            title="Our information-sharing procedures",
            publisher="our organisation",
            published="2026",
        ),
        entries=(
            QAEntry(
                number=101,
                question="Who signs off sharing a case file with another agency?",
                answer="Your team manager signs off any sharing of a whole case file. Ask them "
                "first, and record their decision on the case.",
                alternates=("who approves sending a case file to another agency?",),
                keywords=("case file", "sign off"),
            ),
        ),
    )


EXAMPLE_QA_HEADING = """\
Your own questions and answers, added to the published ones. This file is an EXAMPLE and is not
read while its name ends in .example: replace the worked example below with your own entries
(numbers from 101, so they never clash with the published 1-14), rename the file to
local-qa.yaml, and run `infoshare knowledge check` on this folder."""

_ORGANISATION = re.compile(r"\[your(?:\s+organisation's name|\s+organisation)\]", re.IGNORECASE)


def fill_privacy(text: str, answers: OrgAnswers, today: date) -> str:
    """PRIVACY.md with the bracketed parts filled from the answers; the rest left bracketed."""
    if answers.organisation:
        organisation = answers.organisation
        text = _ORGANISATION.sub(lambda _: organisation, text)
    filled = {
        "[the team that runs infoshare]": answers.privacy_team,
        "[e-mail address or web form]": answers.privacy_contact,
        "[DPO e-mail address]": answers.dpo_contact,
        "[say how long]": answers.log_retention,
        "[date]": today.strftime("%-d %B %Y"),
    }
    for bracketed, value in filled.items():
        if value:
            text = text.replace(bracketed, value)
    return text


def unfilled(text: str) -> list[str]:
    """The bracketed parts still to fill in (not markdown links), each once."""
    return list(dict.fromkeys(re.findall(r"\[[^\[\]\n]{1,80}\](?!\()", text.replace("\n", " "))))
