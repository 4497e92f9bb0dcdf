"""The about pack's replies to a worry typed just after a signpost (`WorryReplies`).

Moved from `knowledge.text_packs` (round 43), whose `AboutPack` holds them; what is said to the
person at risk or their family is in `knowledge.writer_texts`. The pydantic model that checks
them is in `knowledge.follow_up_schema`, under the same name.
"""

from knowledge.pack_values import PackValue
from knowledge.value_class import value_class


@value_class(kw_only=True)
class WorryReplies(PackValue):
    """The replies to a short follow-up just after a signpost that speaks of a worry it leaves
    open, each named as the worry is (`dialogs.worry.Worry`), in our own words."""

    unsure: str
    """Not being sure, no proof: a concern is enough."""
    others: str
    """The risk the one causing harm poses to other people: the public interest (key question
    5), his details often shared without hers."""
    police: str
    """Calling the police: 999 if in danger now; else the protection procedures first."""
    police_doubted: str
    """Calling the police, asked with a doubt beside it ("should i call the police or is that
    overreacting"; tryout48 #6): not overreacting; 999 for a fear of harm now (a welfare check);
    else the protection procedures first."""
    secret: str
    """Asked to keep it secret: a promise of secrecy can't be kept when someone is at risk."""
    secret_adult: str
    """Asked by an adult at risk to keep it secret (tryout43 #9): their wishes and capacity,
    and sharing without consent where others are at risk or there is a serious crime."""
    consents: str
    """A child saying it's consensual, or that she loves him: it doesn't change the concern."""
    identity: str
    """Worried they'll know who told: tell the safeguarding lead so, and don't wait."""
    questioning: str
    """Whether to find out more first: no, the protection procedures now."""
    record: str
    """What to write down now, after telling the safeguarding contacts."""
    feelings: str
    """Feeling shaken: normal; the procedures, then support."""
    duty: str
    """Whether the report is the writer's own, after a signpost of a harm whose duty to report
    is theirs (the risk pack's `marks: [duty]`, FGM known in a girl under 18): it is, to the
    police, and the safeguarding lead is told too."""
    staff: str
    """After an allegation against someone who works with children, what to do about them:
    the LADO within one working day; suspending is for the organisation's procedures; don't
    tell them before the LADO advises; a regulator is a separate duty."""
    staff_adult: str
    """After an allegation against someone who works with adults at risk, what to do about
    them: adult safeguarding today, the police (preserve evidence), kept away from residents
    under the organisation's procedures, the CQC notified."""
    staff_set_aside: str
    """After an allegation against someone who works with children, told by someone in charge
    to only minute it, log it or leave it, or that it's their custom ("the chair said just minute
    it and leave it", "the imam says its how its always been done"): no; the LADO still, within
    one working day, by them or by the writer directly (round 45, lado77)."""
    ring: str
    """Whom to ring or tell, asked in any words ("who do i ring", "who do we even report to"):
    the safeguarding lead today, the front door if they can't be reached or there is none, 999
    if in danger now; the case's contacts follow (round 42, ring42)."""
    not_staff: str
    """The one who may be harming isn't staff ("hes not staff just a member of the public"): not
    for the LADO; the safeguarding lead and the front door, the police for a crime."""
    still_raise: str
    """Whether to still raise it now the person is safe for now ("do I still need to raise a
    safeguarding if shes in hospital now"): yes, today."""
    care_team: str
    """Whether to tell a foster child's social worker or the fostering service ("do i tell the
    social worker or the fostering agency"; tryout43 #9): both, today; the duty team out of
    hours."""
    in_charge: str
    """Whether to tell the person in charge of the shift ("who do i tell, the nurse in
    charge?"; tryout43 #9): yes, now, and the safeguarding lead or adult safeguarding today."""
    whereabouts: str
    """Whether to tell the one feared, or anyone asking, where the person at risk is: no, not
    even whether they are here; 999 if they turn up."""
    threat: str
    """A threat to kill or seriously hurt someone who can be found: the police now, sharing
    without consent (key question 5); for a partner, the domestic abuse helpline."""
    threat_partner: str
    """After `threat`, when the message names a partner or an ex (round 46, doors110): a weapon
    or her leaving makes the risk highest; the National Domestic Abuse Helpline. Not for a boy
    whose dad threatens to kill him."""
    threat_to_you: str
    """The same threat made against the writer ("he said he'll kill me tonight"): their own
    safety first, 999 if in danger now; the police whoever was threatened."""
    where_now: str
    """Where the person at risk is now, told after the signpost: 999 now, no name needed."""
    now_first: str
    """The first words of the signpost of harm happening now, where the writer is ("i just
    heard a smash and the baby crying"): ring 999 now, before the procedures."""
    now_steps: str
    """After that signpost, "what do I do?" or "should I go in?": 999 now, don't go in; the
    safeguarding lead or social care when everyone is safe."""
    now_police: str
    """After that signpost, "should I call 999 or is that overreacting?": yes, now."""
    control_steps: str
    """What to do next, after a threat to end a life used to control someone ("her husband
    threatens to kill himself if she leaves"; round 47, mend124): domestic abuse, her safety and
    the helpline, his risk too."""
    here_first: str
    """The first words of the signpost of a harm told with the person at risk where the writer
    is now ("theyre in the waiting room now"): keep them safe now, 999 if they may be hurt or
    taken (round 44, danger58)."""
    now_overdose: str
    """The first words of the signpost of an overdose taken now or just taken ("she's
    swallowed a whole packet of pills"): ring 999 for an ambulance now, before the procedures."""
    now_overdose_steps: str
    """After that signpost, "what do I do?" or "should I call 999?": an ambulance now."""
    now_life: str
    """The first words of the signpost of a risk to someone's own life planned for now ("a
    client said she was going to end it all tonight"): ring 999, stay with them if it is safe
    (round 45, life93)."""
    now_life_steps: str
    """After that signpost, "what do I do?" or "should I call 999?": 999 now, stay with them,
    nothing of going in or confronting anyone (round 45, life93)."""
    now_baby: str
    """The first words of the signpost of a baby shaken or hurt not long ago ("last night he
    shook him. hes 8 months"): get the baby checked now, 999 or A&E (round 45, danger81)."""
    now_lost: str
    """The first words of the signpost of a small child alone or lost now ("little boy about 4
    wandering round the library on his own for an hour, we close in 10 min"): keep them with
    you and a member of staff, and ring 999 (round 47, fix129)."""
    left_now: str
    """After the signpost of a risk to someone's own life, "hes left now, should i ring
    someone": yes; 999 if they may act on it now, else someone close or NHS 111 (danger81)."""
    before_travel: str
    """Too late, the person to be taken abroad soon? No: act today (round 43, ask48)."""
    accused_consent: str
    """The one accused's consent to tell their employer: not asked (round 43, ask48)."""
    known: str
    """Someone knows already ("police already know"): still tell the lead and social care."""
    no_names: str
    """Not knowing anyone's name: none needed; where, when, what was seen (tryout44 #6)."""
    number: str
    """What number to ring: 999 in danger now, 101, the council's front door."""
    my_business: str
    """Whether it's the writer's place to tell ("im only the driver", "were a private company do
    we even have a duty to report"): it's anyone's."""
    lose_child: str
    """A parent afraid social care will take their child ("i dont want social services to take
    him off me"; tryout75 #4): their first aim is the child's safety, with a safe parent where
    possible; telling protects the child and the parent; get a hurt child seen now."""
    give_police: str
    """Whether to give the police what one holds ("can we give the cctv to the police", "the
    booking details without the guests consent"; tryout75 #5): yes, what is needed, no names
    or consent needed; record it. Said before the case's contacts."""
    is_safeguarding: str
    """Whether what was told counts as safeguarding ("is that even a safeguarding thing", "is
    this prevent or safeguarding"; round 46, follow106): yes, and why; the lead decides any
    referral. Said before the case's contacts."""
    is_normal: str
    """Whether a worrying behaviour is normal ("is that normal for coaches"; round 46,
    follow106): not something to judge alone; tell the lead. Said before the case's contacts."""
    confession: str
    """Told as a priest, a chaplain or in confession ("it was said to me as a priest, am i
    allowed to break that"): confidentiality, a priest's included, gives way where a child may
    be at risk of significant harm; follow the procedures; no legal advice on the seal of
    confession: the safeguarding lead or the church's safeguarding adviser (round 45, lado90).
    Said before the case's contacts."""
    parents_consent: str
    """The parents' consent to pass on a child's concern: not needed; don't ask if unsafe."""
    says_fine: str
    """An adult at risk saying it's fine: wishes, capacity, pressure; sharing may be needed."""
    job: str
    """Afraid of losing one's job for reporting (round 44, follow54): the front door or the
    police rung oneself, asked to protect the teller's identity."""
    now_told: str
    """Where things stand now, told just after a signpost ("hes crying", "he is in his room
    now", "shes on her own with the kids"): 999 if anyone may be hurt before help comes; a
    child alone kept with; children there at risk too (round 44, danger58)."""
    still_here: str
    """The person at risk, or the one who may be harming, still where the writer is ("theyre
    still in the waiting room"): keep them safe now, the person in charge now, 999."""
    confront: str
    """Whether to speak to the one who may be harming first ("should i have a word with the dad
    first"): no; the safeguarding lead first, the LADO for staff or volunteers."""
    child_consent: str
    """A child's own consent asked after a child's signpost ("do i need her consent"): not
    needed; their views heard and recorded, told where safe."""
    baby: str
    """A baby's age told after a signpost ("baby is 7 weeks"): a child's case, today."""
    first_step: str
    """What to do first, asked after a signpost ("what do i do first", a client unvisited for
    days): make sure they're safe now (someone to them, or 999 for a welfare check), then the
    lead and social care (round 44, follow61)."""
    told_to_hide: str
    """Told by someone senior to delete or hide what was said ("do i have to do what the head
    says"): no; keep it; go past them (the LADO, the front door)."""
    note_only: str
    """Only writing it in the notes ("what if i just write it in the case notes"): a note is
    not enough; the safeguarding lead today."""
    played_down: str
    """The person at risk laughed it off, played it down or took it back: it still counts."""
    wont_share: str
    """A service won't talk to the family because of confidentiality: it may not share the
    person's information without consent, but it can listen to what the family tells it."""
    helplines: str
    """Whether there is a helpline for this: the lines the case's signpost gave, again."""
    no_helpline: str
    """Whether there is a helpline for this, the case's signpost naming none: the front door."""
    tell_health: str
    """Whether to tell the GP of someone at risk to their own life ("can i tell his gp"): yes."""
    tell_online: str
    """Whether to tell a child's parents of an adult's contact online ("do i tell his
    parents"): usually yes, unless they may be involved; never the one who made contact."""
    tell_gp: str
    """Whether to tell the GP of someone at risk of any other harm ("can i tell her gp", after
    bruises or money taken), the GP not involved: yes, as well as the procedures, not instead."""
    agency_told: str
    """A service named as the one to be told, after a signpost ("the police have asked for a
    tenants details", "can i give the council his new address"): no one involved, so the
    judgement, with key question 6's checks first."""
    their_job: str
    """Not wanting to get the one who may be harming sacked ("i dont want to get her sacked"):
    pass it on still; the people who look into it decide, not the writer."""
    tell_helper: str
    """Whether to tell another professional who helps the person ("can we share the missed
    appointments with the health visitor"), not one who may be involved: yes, with the lead."""
    turned_away: str
    """The writer said no, or they left ("i said no, they left"): still pass on what was seen."""
