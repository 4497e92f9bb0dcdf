"""Schemas of the small text packs: golden rules and the about text.

The pydantic models that check them when read from YAML; what the conversation reads are the
values of the same names in `knowledge.text_packs`. The contacts pack's models are in
`knowledge.contacts_schema` (its values in `knowledge.contacts_pack`; round 52).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, field_validator

from knowledge.follow_up_schema import WorryReplies
from knowledge.strict_model import StrictPack as _Strict
from knowledge.writer_schema import WriterTexts

__all__ = ["AboutPack", "GoldenRule", "RulesPack"]


def _text(description: str) -> Any:
    """A text of the pack: at least three characters, with what it says (`description`)."""
    return Field(min_length=3, description=description)


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
    key_questions: str = Field(
        default="",
        description="said after the rules: how they differ from the seven key questions (the "
        "consent check), for 'what is the difference between the golden rules and the key "
        "questions?'",
    )
    current: str = Field(
        default="",
        description="said after the rules: that the current (May 2024) advice has seven golden "
        "rules of its own, in substance, for 'what are the 7 golden rules in the new guidance'",
    )


class AboutPack(_Strict):
    """A file of kind `about`: what the assistant is, and how current its source is."""

    kind: Literal["about"]
    name: str
    summary: str
    status: str
    precedence: str
    short_status: str
    support: str = ""
    still_a_child: str = _text(
        "said just after a signpost when the same case is asked of someone under 18 "
        "('what if she was 16?'): still a child, the same procedures"
    )
    an_adult: str = _text(
        "said just after a signpost when the same case is asked of someone 18 or over, "
        "before the adult safeguarding contacts"
    )
    adult_refuses: str = _text(
        "said just after an adult's signpost when they ask that no one is told or have "
        "capacity: their wish matters, but serious harm or a crime may still justify "
        "sharing; before the adult safeguarding contacts"
    )
    another_adult: str = _text(
        "said just after a signpost when someone else in the same home, 18 or over, is "
        "asked of: an adult at risk in their own right, in the referral"
    )
    works_with: str = _text(
        "said just after a signpost when the one who may be harming works or volunteers "
        "with children, before the safeguarding lead and LADO contacts"
    )
    scam_call: str = _text(
        "said in the signpost of a message naming a 'safe account' or bank-impersonation "
        "scam call, after its first paragraph: a scam; don't move money; call the bank"
    )
    scam_report: str = _text(
        "said after the scam line to the one called telling of it themselves: where to "
        "report it (Report Fraud, which replaced Action Fraud)"
    )
    own_information: str = _text(
        "said to a question from the person the information is about ('will the school "
        "nurse tell my parents?'): what the guidance means for their own information, and "
        "whom to ask, in their own terms"
    )
    several_questions: str = _text(
        "said after the reply to a message that says it asks more than one question ('2 "
        "questions: ...') when only one was answered"
    )
    several_one_answered: str = _text(
        "said after the reply to a message asking a second question in a sentence, no harm "
        "told, when the reply answers one of them: which ({answered}, a number), of how many "
        "({count}), and to ask the other ({other}) on its own"
    )
    on_your_own: str = _text(
        "said to a writer with no safeguarding lead of their own ('I'm self employed'): "
        "in the signpost after its contacts, and just after a signpost (or to one asking "
        "whom to tell) before social care's front door; anyone can ring, with no name"
    )
    on_your_own_life: str = _text(
        "in the signpost of a risk to someone's own life, to a writer with no safeguarding "
        "lead: stay with them, 999 if they may act now, Samaritans or NHS 111, a manager"
    )
    close_to_them: str = _text(
        "said just after a signpost when the one who may be harming is close to someone "
        "senior ('the head is her sister'), before the LADO's or social care's contacts"
    )
    past_the_lead: str = _text(
        "said just after a signpost of a safeguarding lead who has not acted, to a "
        "follow-up asking whom to ring: anyone can refer; never the lead again"
    )
    report_whom: str = _text(
        "whom to tell of a worry, asked with no harm told ('who do I ring if I think a "
        "child is being hurt?'): 999 first, the lead; the reporting contacts follow"
    )
    past_a_lead_saying_no: str = _text(
        "in the reply to being told not to report, by a safeguarding lead who has not "
        "acted: anyone can refer, in place of 'take it to your lead'"
    )
    consent_to_tell: str = _text(
        "said just after a signpost to a follow-up asking whether the person's consent is "
        "needed to tell a service: key questions 4 and 5"
    )
    tell_first: str = _text(
        "said just after a signpost to 'who do I tell first?', before the case's "
        "contacts: the safeguarding lead and social care, today"
    )
    not_yours_alone: str = _text(
        "said just after a signpost to a question whether to hold, delay or stop a step "
        "('can we hold the discharge?'), before the case's contacts: who decides"
    )
    no_name: str = _text(
        "said just after a signpost after `on_your_own` and those contacts: 999, your "
        "lead if you have one; an honest worry is not an accusation"
    )
    worry_replies: WorryReplies = Field(
        description="said just after a signpost to a short follow-up that speaks of a worry it "
        "leaves open (the typed-words pack's `worries` tell which): one reply for each",
    )
    follow_up_footer: str = _text(
        "said last in each reply to a follow-up just after a signpost: in our own words, "
        "from the 2008 guidance; your organisation's procedures come first"
    )
    to_the_writer: WriterTexts = Field(
        description="said to the person at risk or their family when a message telling of harm "
        "reads as theirs: where they can get help, before a practitioner's steps, and after",
    )
    safety_first: str = _text(
        "the last paragraph of a practitioner's signpost: safety comes before consent; "
        "record what you shared"
    )
    if_sharing_with_them: str = _text(
        "said after same_case's contacts for harm someone may be doing to the person: not "
        "to share with the one causing it, with a button to stop the check"
    )
    same_case: str = _text(
        "said for harm told again inside the consent check of a case signposted already, "
        "before that case's contacts, in place of a second signpost"
    )
    not_reporting: str = _text(
        "said just after a signpost to someone talking themselves out of reporting ('can "
        "I just keep an eye on her?'): kindly, tell the safeguarding lead today"
    )
    before_telling: str = _text(
        "said in the signpost of a message that asks whether to tell one of the family "
        "('do we ring her mum?'): not before social care or the police advise"
    )
    parent_harmed_too: str = _text(
        "said just after the signpost of harm at home to a question whether to tell the "
        "child's parent, after 'speak to your lead first': not yourself, not yet, and why"
    )
    cold_home: str = _text(
        "said in the signpost of an adult's neglect told with a cold home: 999 or 111 now if "
        "unwell; adult social care today as self-neglect; consent and capacity"
    )
    offender_partner: str = _text(
        "said in the signpost of a registered sex offender's new partner with children: not "
        "the practitioner's to tell; the lead, social care and the police (MAPPA, Sarah's Law)"
    )
    grown_in_trouble: str = _text(
        "said to one harmed or threatened, of no age or grown, afraid telling brings the "
        "police on them: not in trouble; the police only if someone is in danger; safety first"
    )
    young_police: str = _text(
        "said to a young person telling of harm, afraid telling brings the police: what "
        "usually happens; the police only if someone is in danger or a crime; Childline"
    )
    cold_home_public: str = _text("`cold_home` worded for one of the public, in their signpost")
    offender_partner_public: str = _text(
        "`offender_partner` worded for one of the public: the police first (101, Sarah's Law)"
    )
    not_english: str = _text(
        "said first to a message in a language other than English: it cannot be read"
    )
    not_english_signpost: str = _text(
        "said after not_english, before the safeguarding contacts: if it may tell of "
        "someone at risk of harm, the protection procedures now; 999 in an emergency"
    )
    not_english_next: str = _text(
        "said after the contacts of not_english_signpost: how to go on (in English, no names)"
    )
    if_they_come: str = _text(
        "said just after a signpost to 'what if she comes to my house tonight?': 999 if "
        "violent or taking a child; the social worker today"
    )
    dont_wait: str = _text(
        "said just after a signpost to 'tonight, or wait till Monday?': don't wait; "
        "today, or the council's out-of-hours duty team"
    )
    asker_harms: str = _text(
        "said of harm told in a consent check that names the one who asked for the "
        "information as the one who may be causing it: don't share with them; stop the "
        "check"
    )
    protect_now: str = _text(
        "said just after a signpost to 'can we at least move him to another block': "
        "protective steps are the service's own, with its safeguarding lead, now"
    )
    children_too: str = _text(
        "said just after a signpost to a follow-up adding children (or a pregnancy) "
        "living with the one causing harm, before the children's contacts"
    )
    images_too: str = _text(
        "said just after a signpost to a follow-up telling of viewing sexual images of "
        "children: the police too, before the children's contacts"
    )
    separate_concern: str = _text(
        "said first when a harm told during the check of a signposted case is about "
        "someone else, before 'about a child' (or an adult) and its procedures"
    )
    cared_for_at_risk: str = _text(
        "said to a writer at risk who cares for someone with thoughts of ending their "
        "life: one line for that person's danger (999 if pills taken; GP, 111, Samaritans)"
    )
    writer_into_care: str = _text(
        "said to a young person at risk after their signpost, asking about being taken into care"
    )
    writer_angry: str = _text(
        "said to a young person at risk after their signpost, asking about the person "
        "getting angry that they told"
    )
    writer_who_told: str = _text(
        "said to a young person at risk after their signpost, asking about whom the "
        "school would tell"
    )
    writer_fault: str = _text(
        "said to a young person at risk after their signpost, asking whether the harm is "
        "their fault"
    )
    friend_told: str = _text(
        "said to a young person after their signpost about a friend, asking whether "
        "they'll be known as the one who told, or whom a teacher would tell"
    )
    friend_no_name: str = _text(
        "said to a young person after their signpost about a friend, asking to tell "
        "without the friend's name"
    )
    friend_leave_it: str = _text(
        "said to a young person after their signpost about a friend, talking themselves "
        "out of telling ('i'll just leave it', 'she says its fine')"
    )
    friend_upset: str = _text(
        "said to a young person after their signpost about a friend, afraid the friend "
        "will be upset with them or that they break a promise"
    )
    friend_law: str = _text(
        "said to a young person after their signpost about a friend, asking whether what "
        "is happening to the friend is against the law ('is that illegal?')"
    )
    friend_tell_parent: str = _text(
        "said to a young person after their signpost about a friend, asking whether they "
        "may tell a parent ('can i tell my mum'): yes, a trusted adult"
    )
    friend_in_trouble: str = _text(
        "said to a young person after their signpost about a friend, asking whether the "
        "friend will be in trouble ('will she get in trouble'): no"
    )
    friend_steps: str = _text(
        "said to a young person after their signpost about a friend, asking what to do or "
        "whom to tell ('what should i do', 'who do i tell'): their steps"
    )
    friend_their_parent: str = _text(
        "said to a young person after their signpost about a friend, asking whether they "
        "must tell the friend's parents ('do i have to tell her parents'): an adult they "
        "trust tells, and not a parent who may be part of what is happening"
    )
    writer_thanked: str = _text("said to the person at risk after their signpost, to thanks")
    friend_thanked: str = _text(
        "said to a young person after their signpost about a friend, to thanks: their "
        "steps and 999 for the friend in danger"
    )
    family_thanked: str = _text(
        "said to family or one of the public after their signpost, to thanks: 999 if "
        "anyone is in danger, the contacts above"
    )
    with_agreement: str = _text(
        "the plain answer, in summary from the guidance, to sharing the person agreed to "
        "with nobody at risk ('she said yes'): generally fine; check, share only what is "
        "needed, record it"
    )
    with_agreement_after_harm: str = _text(
        "the same, asked after a risk of harm was told: the protection procedures come "
        "first, whether or not the person agreed"
    )

    @field_validator("several_one_answered")
    @classmethod
    def _names_the_numbers(cls, value: str) -> str:
        try:
            value.format(answered=1, other=2, count=2)
        except (KeyError, IndexError, ValueError) as problem:
            said = f"names only {{answered}}, {{other}} and {{count}}: {problem}"
            raise ValueError(said) from None
        if "{answered}" not in value or "{other}" not in value:
            raise ValueError("names the question answered ({answered}) and the other ({other})")
        return value
