"""The small text packs' values: golden rules and the about text.

The pydantic models that check these packs are in `knowledge.text_schema`, under the same names.
The contacts pack's values are in `knowledge.contacts_pack` (round 52).
"""

from typing import Literal

from knowledge.follow_up_texts import WorryReplies
from knowledge.pack_values import PackValue
from knowledge.value_class import value_class
from knowledge.writer_texts import WriterTexts


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
    current: str = ""


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
    adult_refuses: str
    """Just after an adult's signpost, when they ask that no one is told: KQ4 and KQ5."""
    another_adult: str
    """Just after a signpost, someone else in the home, 18 or over: in the referral too."""
    works_with: str
    """Just after a signpost, when the one who may be harming works or volunteers with children."""
    scam_call: str
    """In the signpost of a message naming a "safe account" scam call (`dialogs.scam_call`):
    a scam; don't move money; call the bank on the card's number or 159."""
    scam_report: str
    """After `scam_call`, to the one called telling of it themselves (`dialogs.public_door`):
    where to report it (Report Fraud, which replaced Action Fraud)."""
    own_information: str
    """To a question from the person the information is about (`dialogs.own_information`):
    what the guidance means for their own information, and whom to ask."""
    several_questions: str
    """After the reply to a message that says it asks more than one question, one answered."""
    several_one_answered: str
    """After the reply to a message asking a second question in a sentence, no harm told:
    which one the reply answers (`{answered}` of `{count}`), and to ask `{other}` on its own."""
    on_your_own: str
    """To a writer with no safeguarding lead of their own, in the signpost (`dialogs.on_own`)
    and just after one, or asking whom to tell: ring social care's front door yourself,
    anyone can, with no name at first."""
    on_your_own_life: str
    """In the signpost of a risk to someone's own life, to a writer with no safeguarding lead
    (`dialogs.on_own`), in place of the kind's line and `on_your_own`: stay with them, 999 if
    they may act now, Samaritans or NHS 111, a manager (round 45, life93)."""
    close_to_them: str
    """Just after a signpost, when the one who may be harming is close to someone senior: go to
    the LADO or social care yourself."""
    past_the_lead: str
    """Just after a signpost of a lead who has not acted (its mark "lead-not-acting"), asking
    whom to ring: anyone can refer, the front door or the LADO yourself, never the lead."""
    report_whom: str
    """Whom to tell of a worry, asked with no harm told: 999 first, the lead, anyone can ring
    social care (the reporting contacts follow)."""
    past_a_lead_saying_no: str
    """In the reply to being told not to report, by a lead who has not acted: anyone can refer,
    in place of "take it to your lead"."""
    consent_to_tell: str
    """Just after a signpost, asking whether the person's consent is needed to tell a service:
    seek it where safe; an adult with capacity who refuses (key questions 4 and 5)."""
    tell_first: str
    """Just after a signpost, asking whom to tell first: the lead and social care, today."""
    not_yours_alone: str
    """Just after a signpost, asking whether to hold, delay or stop a step (a discharge): the
    team responsible decides with the safeguarding lead; never advice on whether to."""
    no_name: str
    """Just after a signpost, after `on_your_own`'s contacts: 999, your lead if you have one; an
    honest worry is no accusation."""
    worry_replies: WorryReplies
    """Just after a signpost, the reply to a follow-up that speaks of a worry it leaves open."""
    follow_up_footer: str
    """Said last in each reply to a follow-up just after a signpost: our own words, from the 2008
    guidance; the organisation's procedures come first."""
    to_the_writer: WriterTexts
    """Said to the person at risk or their family, in their signpost and after it."""
    safety_first: str
    """The last paragraph of a practitioner's signpost: safety before consent; record it."""
    if_sharing_with_them: str
    """After `same_case`'s contacts for harm someone may be doing to the person, told in the
    check: if the one causing it is the one the check would share with, don't; stop the check."""
    same_case: str
    """For harm told again in the consent check of a case signposted already: the case's
    procedures now, before its contacts."""
    not_reporting: str
    """Just after a signpost, to someone talking themselves out of reporting: kindly, the
    line held (tell the safeguarding lead today; watching is not enough alone)."""
    before_telling: str
    """In the signpost of a message asking whether to tell one of the family: not before social
    care or the police advise, if they may be involved."""
    parent_harmed_too: str
    """Just after the signpost of harm at home (`dialogs.parent_harmed_too`), asked whether to
    tell the child's parent: not yourself, not yet, and why (after "speak to your lead")."""
    cold_home: str
    """In the signpost of an adult's neglect told with a cold home (`dialogs.told_notes`)."""
    offender_partner: str
    """In the signpost of a registered sex offender's new partner with children
    (`dialogs.told_notes`): the police, the lead and social care decide who tells."""
    grown_in_trouble: str
    """To one harmed, grown or of no age given, afraid telling brings the police on them
    (`dialogs.grown_not_in_trouble`)."""
    young_police: str
    """To a young person telling of harm, afraid telling brings the police
    (`dialogs.young_police`)."""
    cold_home_public: str
    """`cold_home` for one of the public, in their own signpost (`dialogs.public_notes`)."""
    offender_partner_public: str
    """`offender_partner` for one of the public, in their own signpost (`dialogs.public_notes`)."""
    not_english: str
    """First to a message in a language other than English (`dialogs.not_english`): it cannot
    be read."""
    not_english_signpost: str
    """After `not_english`, before the safeguarding contacts: the precautionary signpost."""
    not_english_next: str
    """After the contacts of `not_english_signpost`: how to go on, in English, with no names."""
    if_they_come: str
    """Just after a signpost, to "what if she comes to my house tonight?": 999 if violent or
    taking a child; the social worker today."""
    dont_wait: str
    """Just after a signpost, to "tonight, or wait till Monday?": today, or the out-of-hours
    duty team."""
    asker_harms: str
    """In the reply to harm told in a consent check that names the one who asked for the
    information, or who came with the person, as the one who may be causing it: don't share
    with them; stop the check, or go on for someone else, the place kept."""
    protect_now: str
    """Just after a signpost, to "can we at least move him to another block without saying
    why": protective steps are the service's own, with its safeguarding lead, now."""
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
    writer_fault: str
    """To a young person at risk after their signpost, asking if it is their fault."""
    friend_told: str
    """To a young person after their signpost about a friend, asking whether they'll be known
    as the one who told, or whom a teacher would tell."""
    friend_no_name: str
    """To a young person after their signpost about a friend, asking to tell without the
    friend's name."""
    friend_leave_it: str
    """To a young person after their signpost about a friend, talking themselves out of
    telling: please don't leave it."""
    friend_upset: str
    """To a young person after their signpost about a friend, afraid the friend will be upset
    with them, or that telling breaks a promise."""
    friend_law: str
    """To a young person about a friend asking whether it is against the law ("is that
    illegal?", with the harm or after its signpost): a plain, kind answer."""
    friend_tell_parent: str
    """To a young person after their signpost about a friend, asking whether they may tell a
    parent ("can i tell my mum"): yes, a trusted adult."""
    friend_in_trouble: str
    """To a young person after their signpost about a friend, asking whether the friend (or
    they) will be in trouble: no."""
    friend_steps: str
    """To a young person after their signpost about a friend, asking what to do or whom to
    tell: their steps, not a practitioner's."""
    friend_their_parent: str
    """To a young person after their signpost about a friend, asking whether they must tell the
    friend's parents: an adult they trust does, and never a parent who may be part of it."""
    writer_thanked: str
    """To the person at risk after their signpost, thanking."""
    friend_thanked: str
    """To a young person after their signpost about a friend, thanking (round 42)."""
    family_thanked: str
    """To family or one of the public after their signpost, thanking (round 42)."""
    with_agreement: str
    """Sharing the person agreed to, nobody at risk (`dialogs.agreed`): generally fine; check
    they understood, share only what is needed, record it. A summary, never a quote."""
    with_agreement_after_harm: str
    """The same asked after a risk of harm was told: the protection procedures come first."""
