"""The small text packs' values: golden rules, advice contacts, and the about text.

The pydantic models that check these packs are in `knowledge.text_schema`, under the same names.
"""

from typing import Literal

from knowledge.pack_values import PackValue
from knowledge.value_class import value_class


@value_class(kw_only=True)
class GoldenRule(PackValue):
    """One of the seven golden rules, in our own words."""

    number: int
    title: str
    text: str


@value_class(kw_only=True)
class RulesPack(PackValue):
    """A file of kind `rules`."""

    kind: Literal["rules"]
    guidance: str
    rules: tuple[GoldenRule, ...]
    key_questions: str = ""


ContactRole = Literal[
    "information-governance-lead",
    "safeguarding-lead",
    "caldicott-guardian",
    "data-protection-officer",
    "manager",
    "childrens-social-care",
    "adult-social-care",
    "lado",
    "other",
]

ROLE_LABELS: dict[str, str] = {
    "information-governance-lead": "Information-governance lead",
    "safeguarding-lead": "Safeguarding lead",
    "caldicott-guardian": "Caldicott guardian",
    "data-protection-officer": "Data protection officer",
    "manager": "Manager",
    "childrens-social-care": "Children's social care (front door or MASH)",
    "adult-social-care": "Adult social care",
    "lado": "LADO (allegations about staff or volunteers)",
    "other": "Also",
}


@value_class(kw_only=True)
class Contact(PackValue):
    """Someone to ask when the answer is "seek advice", and how to reach them.

    `role` names which kind of adviser this is; `how` is any route in words ("ext. 1234, or
    the IG channel"), and `email`, `phone` and `url` are routes of their own.
    """

    name: str
    role: ContactRole | None = None
    how: str | None = None
    email: str | None = None
    phone: str | None = None
    url: str | None = None

    def routes(self) -> tuple[str, ...]:
        """The ways to reach this contact, in the order given."""
        return tuple(r for r in (self.email, self.phone, self.url, self.how) if r)

    def as_line(self) -> str:
        """One bullet line: role, name and routes."""
        label = ROLE_LABELS[self.role] if self.role else ""
        # "Your designated safeguarding lead" needs no "Safeguarding lead:" before it.
        named = label.split(" (")[0].casefold() in self.name.casefold()
        who = f"**{label}**: {self.name}" if label and not named else self.name
        routes = self.routes()
        return f"- {who}" + (f" ({', '.join(routes)})" if routes else "")


# Routes for reporting a risk of harm: shown in the signpost, not in every "seek advice" list.
PROTECTION_ROLES = frozenset({"childrens-social-care", "adult-social-care", "lado"})


@value_class(kw_only=True)
class ContactsPack(PackValue):
    """A file of kind `contacts`; an organisation's own replaces the built-in one."""

    kind: Literal["contacts"]
    contacts: tuple[Contact, ...]

    def for_advice(self) -> tuple[Contact, ...]:
        """The people to ask for advice: everyone but the routes for reporting harm."""
        return tuple(c for c in self.contacts if c.role not in PROTECTION_ROLES)

    def with_roles(self, roles: tuple[str, ...]) -> tuple[Contact, ...]:
        """The contacts having any of `roles`, in the order of `roles`."""
        return tuple(c for role in roles for c in self.contacts if c.role == role)


@value_class(kw_only=True)
class AboutPack(PackValue):
    """A file of kind `about`: what the assistant is, and how current its source is."""

    kind: Literal["about"]
    name: str
    summary: str
    status: str
    precedence: str
    short_status: str
    support: str = ""
    """Who to contact about the assistant itself (not working, a question about it); shown in
    `help`, `about` and a platform's home page. Empty: not shown."""
    still_a_child: str
    """Just after a signpost, the same case asked of someone under 18: still a child."""
    an_adult: str
    """Just after a signpost, the same case asked of someone 18 or over: an adult's procedures."""
    works_with: str
    """Just after a signpost, when the one who may be harming works or volunteers with children."""
    several_questions: str
    """After the reply to a message that says it asks more than one question, one answered."""
    on_your_own: str
    """Just after a signpost, to a writer with no safeguarding lead of their own, or asking whom
    to tell: ring social care's front door yourself."""
    no_name: str
    """After `on_your_own`'s contacts: advice may be asked first with no name."""
    not_reporting: str
    """Just after a signpost, to someone talking themselves out of reporting: kindly, the
    line held (tell the safeguarding lead today; watching is not enough alone)."""
    children_too: str
    """Just after a signpost, to a follow-up adding children (or a pregnancy) living with the
    one causing harm: the children's contacts too."""
    images_too: str
    """Just after a signpost, to a follow-up telling of viewing sexual images of children: the
    police too."""
    separate_concern: str
    """First words when a harm told during the check of a signposted case is about someone
    else ("This sounds like a separate concern"), before whom it is about."""
    cared_for_at_risk: str
    """To a writer at risk who cares for someone with thoughts of ending their life: one line
    for that person's danger."""
    writer_into_care: str
    """To the person at risk after their signpost, asking if they'll be taken into care."""
    writer_angry: str
    """To the person at risk after their signpost, afraid the one they told of will be angry."""
    writer_who_told: str
    """To the person at risk after their signpost, asking whom the school would tell."""
    writer_thanked: str
    """To the person at risk after their signpost, thanking."""
