"""The contacts pack's values: whom to ask for advice, the routes for reporting harm, and the
lines (police, national helplines) beside an organisation's own contacts, with when each fits.

Moved from `knowledge.text_packs` (round 52, tidy184), whose rules and about packs read none of
this. The pydantic models that check these values are in `knowledge.contacts_schema`, under the
same names.
"""

from typing import Literal

from knowledge.pack_values import PackValue
from knowledge.value_class import value_class

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
class ToldCondition(PackValue):
    """When a line fits the case: only where the message tells one of `told` (round 48,
    shape133; read by `dialogs.lines_told`, where the signpost chooses its lines).

    Attributes:
        told: the tellings, one of which the message must hold: each the name of a risk pack
            marker, told by any of its words (compared after light stemming, as the cues
            are), or two names joined by a space, told by a word of the first just before a
            word of the second ("unpaid-not unpaid-pay": "for no pay").
        beside: where the condition holds, when not everywhere: beside a kind of harm found of
            these ids, or a risk pack marker of these names told ("domestic-abuse": a partner's
            control is no slavery unless slavery is told; "carers-named": nor a foster child
            "made to sleep in the garage"). None: everywhere.
    """

    told: tuple[str, ...]
    beside: tuple[str, ...] = ()


@value_class(kw_only=True)
class HarmedCondition(PackValue):
    """Whom a line is for, of the harmed (round 49, shape147; read where the signpost chooses
    its lines, `Signpost.line_ids`): a line for grown people harmed (the domestic abuse lines)
    is not one for a child harmed at home ("the mums boyfriend next door hits the kids").

    Attributes:
        concerns: whom the risk check reads as at risk (`RiskFinding.concerns`) where the line
            fits: "adult" and "either" for a line for grown people.
        told: or where the message tells one of these (risk pack markers, as
            `ToldCondition.told`): a grown one harmed beside a child ("punches mum").
        unless: not where the message tells one of these, whatever it concerns: whom the
            blows struck, "woman-struck" or "man-struck" (`knowledge.risk_struck_sex`; round
            51): the Men's Advice Line not for "my neighbours boyfriend hits her".
    """

    concerns: tuple[Literal["child", "adult", "either"], ...]
    told: tuple[str, ...] = ()
    unless: tuple[Literal["woman-struck", "man-struck"], ...] = ()


@value_class(kw_only=True)
class Line(PackValue):
    """A line beside an organisation's own contacts, the same for everyone: the police, a
    national helpline. A kind of harm names the lines its signpost shows (the risk pack's
    category `lines`, by `id`): "the police (999 now, 101 otherwise)" for exploitation, the
    Modern Slavery & Exploitation Helpline for modern slavery (round 42, whom42)."""

    id: str
    name: str
    how: str | None = None
    phone: str | None = None
    url: str | None = None
    only_when_harmed: HarmedCondition | None = None
    """Named only for whom this asks (None: whoever is harmed): the domestic abuse lines not
    where children alone are harmed (round 49; round 47's `adults_only`, tryout123 #5)."""
    only_when_told: ToldCondition | None = None
    """Named only where the message tells what this asks (None: wherever its kind is found):
    the Forced Marriage Unit where a marriage is told, the Modern Slavery Helpline where slavery
    is, beside domestic abuse or carers (round 48, shape133)."""

    def fits(self, told: tuple[str, ...], concerns: str = "either") -> bool:
        """Whether the line fits a case whose message holds `told` (the tellings and the
        `beside` names: kinds of harm found, markers told) and whose harm `concerns` a child,
        an adult or either: what `only_when_harmed` and `only_when_told` ask of them."""
        harmed = self.only_when_harmed
        if harmed and concerns not in harmed.concerns and not set(harmed.told) & set(told):
            return False
        if harmed and set(harmed.unless) & set(told):
            return False
        condition = self.only_when_told
        if condition is None or (condition.beside and not set(condition.beside) & set(told)):
            return True
        return any(t in told for t in condition.told)

    def as_line(self) -> str:
        """One bullet line: name and routes."""
        routes = [r for r in (self.phone, self.url, self.how) if r]
        return f"- {self.name}" + (f" ({', '.join(routes)})" if routes else "")


@value_class(kw_only=True)
class ContactsPack(PackValue):
    """A file of kind `contacts`; an organisation's own replaces the built-in one. Its `lines`
    are the police and national helplines the risk pack's categories may name (an
    organisation's, when it has any, given the built-in lines of ids it lacks:
    `knowledge.pack_check`)."""

    kind: Literal["contacts"]
    contacts: tuple[Contact, ...]
    lines: tuple[Line, ...] = ()

    def for_advice(self) -> tuple[Contact, ...]:
        """The people to ask for advice: everyone but the routes for reporting harm."""
        return tuple(c for c in self.contacts if c.role not in PROTECTION_ROLES)

    def with_roles(self, roles: tuple[str, ...]) -> tuple[Contact, ...]:
        """The contacts having any of `roles`, in the order of `roles`."""
        return tuple(c for role in roles for c in self.contacts if c.role == role)

    def lines_named(self, ids: tuple[str, ...]) -> tuple[Line, ...]:
        """The lines whose ids are among `ids`, in the order of `ids`, each once."""
        return tuple(line for i in dict.fromkeys(ids) for line in self.lines if line.id == i)
