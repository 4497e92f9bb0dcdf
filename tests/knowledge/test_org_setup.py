"""An organisation's packs built from its answers to `infoshare init`."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.contacts_schema import Contact
from knowledge.org_setup import (
    OrgAnswers,
    build_contacts,
    contact_from,
    fill_privacy,
    unfilled,
)
from tests.support.packs import builtin_knowledge

BUILTIN = builtin_knowledge().contacts


@pytest.mark.parametrize(
    ("route", "field"),
    [
        ("ig@westshire.example", "email"),
        ("+44 1632 960 111", "phone"),
        ("https://westshire.example/safeguarding", "url"),
        ("ext. 1234, or the #safeguarding channel", "how"),
    ],
)
def test_a_typed_route_becomes_the_field_it_looks_like(route: str, field: str) -> None:
    contact = contact_from("lado", "The LADO team", route)
    assert getattr(contact, field) == route
    assert {f for f in ("email", "phone", "url", "how") if getattr(contact, f)} == {field}


def test_answered_roles_come_first_and_skipped_ones_keep_the_built_in_wording() -> None:
    answers = OrgAnswers(
        contacts={
            "information-governance-lead": Contact(name="Priya Shah", email="ig@w.example"),
            "safeguarding-lead": Contact(name="Sam Okafor", phone="01632 960 333"),
        }
    )
    contacts = build_contacts(answers, BUILTIN).contacts
    assert [c.name for c in contacts[:2]] == ["Sam Okafor", "Priya Shah"]
    assert [c.role for c in contacts[:2]] == ["safeguarding-lead", "information-governance-lead"]
    names = [c.name for c in contacts]
    assert "Your designated safeguarding lead" not in names
    assert "Your organisation's information-governance lead" not in names
    assert "Your local children's social care front door (MASH)" in names


def test_the_privacy_notice_keeps_what_was_not_answered_bracketed() -> None:
    text = (
        "Run by [your organisation's name]. [Your organisation] decides; [your\n"
        "organisation]'s server. Ask [the team that runs infoshare] or the DPO at "
        "**[DPO e-mail address]**. Logs: [say how long]. [See the docs](https://x.example). "
        "*Last updated: [date].*"
    )
    answers = OrgAnswers(organisation="Westshire Health", log_retention="90 days")
    filled = fill_privacy(text, answers, date(2026, 11, 30))
    assert filled.count("Westshire Health") == 3
    assert "Logs: 90 days." in filled
    assert "Last updated: 30 November 2026" in filled
    assert unfilled(filled) == ["[the team that runs infoshare]", "[DPO e-mail address]"]
