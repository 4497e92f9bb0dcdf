"""Schema of the about pack's replies to a worry typed just after a signpost. Moved from
`knowledge.text_schema` (round 43), whose `AboutPack` holds them (and what is said to the person
at risk or their family, `knowledge.writer_schema`); what the conversation reads is the value of
the same name in `knowledge.follow_up_texts`.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


def _text(description: str) -> Any:
    """A text of the pack: at least three characters, with what it says (`description`)."""
    return Field(min_length=3, description=description)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class WorryReplies(_Strict):
    """The replies to a short follow-up just after a signpost that speaks of a worry it leaves
    open, each named as the worry is; what each says is on the value of the same name."""

    unsure: str = _text("not being sure, no proof")
    others: str = _text("the risk the one causing harm poses to other people")
    police: str = _text("calling the police")
    police_doubted: str = _text("calling the police, asked with a doubt: not overreacting")
    secret: str = _text("asked to keep it secret")
    secret_adult: str = _text("asked by an adult at risk to keep it secret: wishes, capacity")
    consents: str = _text("a child saying it's consensual, or that she loves him")
    identity: str = _text("worried they'll know who told")
    questioning: str = _text("whether to find out more first")
    record: str = _text("what to write down now")
    feelings: str = _text("feeling shaken")
    duty: str = _text("whether the report is the writer's own, after a harm with a personal duty")
    staff: str = _text(
        "what to do about the one accused, after an allegation against someone who works "
        "with children: the LADO"
    )
    staff_adult: str = _text(
        "what to do about the one accused, after an allegation against someone who works "
        "with adults at risk: adult safeguarding, the police, the CQC"
    )
    staff_set_aside: str = _text(
        "told by someone in charge to only minute it or leave it, or that it's custom, after an "
        "allegation against someone who works with children: no, still the LADO"
    )
    ring: str = _text("whom to ring or tell, asked in any words")
    not_staff: str = _text("the one who may be harming isn't staff: not the LADO")
    still_raise: str = _text("whether to still raise it now the person is safe for now")
    care_team: str = _text("a foster child's social worker or the fostering service: both")
    in_charge: str = _text("whether to tell the person in charge of the shift: yes, and the lead")
    whereabouts: str = _text("whether to say where the person is")
    threat: str = _text("a threat to kill or hurt someone findable")
    threat_partner: str = _text("after `threat`, when a partner or ex is named: her leaving")
    threat_to_you: str = _text("the same threat made against the writer")
    where_now: str = _text("where the person at risk is now")
    now_first: str = _text("the first words of a signpost of harm happening now: 999 now")
    now_steps: str = _text("what to do, or whether to go in, after harm happening now")
    now_police: str = _text("whether to call 999 (or social care), after harm happening now")
    control_steps: str = _text("what to do, after a threat to end a life used to control")
    here_first: str = _text("the first words of a signpost, the one at risk here now: keep safe")
    now_overdose: str = _text("the first words of a signpost of an overdose now: an ambulance")
    now_overdose_steps: str = _text("what to do, or whether to call 999, after an overdose now")
    now_life: str = _text("the first words of a signpost of a risk to one's own life now")
    now_life_steps: str = _text("what to do, or whether to call 999, after a risk to life now")
    now_baby: str = _text("the first words of a signpost of a baby shaken or hurt: checked now")
    now_lost: str = _text("the first words of a signpost of a small child alone now: keep, 999")
    left_now: str = _text("someone at risk to their own life has just left: yes, 999 or 111")
    before_travel: str = _text("whether it is too late, the person to be taken abroad soon")
    accused_consent: str = _text("whether the one accused must agree to their employer being told")
    known: str = _text("the police or a social worker know already: tell the lead, social care")
    no_names: str = _text("not knowing anyone's name: none needed")
    number: str = _text("what number to ring: 999, 101, the council's front door")
    my_business: str = _text("whether it's the writer's place to tell: it's anyone's")
    lose_child: str = _text("a parent afraid social care will take their child: safety first")
    give_police: str = _text("giving the police CCTV or records: yes, what is needed")
    is_safeguarding: str = _text("whether what was told counts as safeguarding: yes, and why")
    is_normal: str = _text("whether a worrying behaviour is normal: not to judge alone")
    confession: str = _text(
        "told as a priest or in confession, may it be broken: it gives way to a child's safety"
    )
    parents_consent: str = _text("the parents' consent to pass on a child's: not needed")
    says_fine: str = _text("an adult at risk saying it's fine: wishes, capacity, pressure")
    job: str = _text("afraid of losing one's job for reporting: no reason to stay quiet")
    now_told: str = _text("where things stand now, told after a signpost: 999 if in danger")
    still_here: str = _text("they're still here: keep them safe now, the person in charge")
    confront: str = _text("whether to speak to the one who may be harming first: no")
    child_consent: str = _text("a child's own consent, after a child's signpost: not needed")
    baby: str = _text("a baby's age told after a signpost: a child's case, today")
    first_step: str = _text("what to do first: make sure they're safe now, then the lead")
    told_to_hide: str = _text("told by someone senior to delete or hide it: no; go past them")
    note_only: str = _text("only writing it in the notes: not enough; the lead today")
    played_down: str = _text("the person laughed it off or played it down: it still counts")
    wont_share: str = _text("a service won't talk to family: it can still listen")
    helplines: str = _text("the helplines the case's signpost gave, asked for again")
    no_helpline: str = _text("a helpline asked for, the case's signpost naming none")
    tell_health: str = _text("telling the GP of one at risk to their own life: yes")
    tell_online: str = _text("telling a child's parents of contact online: usually yes")
    tell_gp: str = _text("telling the GP of an adult at risk of any other harm: yes, with the lead")
    agency_told: str = _text("a service asking for, or to be told, a person's details: KQ6")
    their_job: str = _text("afraid of getting the one who harms sacked: still pass it on")
    tell_helper: str = _text("telling another professional who helps (a health visitor): yes")
    turned_away: str = _text("the writer refused them, or they left: still pass on what was seen")
