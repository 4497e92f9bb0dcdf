"""The about pack's texts said after a signpost: the replies to a worry typed just after one
(`WorryReplies`), and what is said to the person at risk or their family (`WriterTexts`).
Moved from `knowledge.text_packs` (round 43), whose `AboutPack` holds them; the pydantic models
that check them are in `knowledge.text_schema`, under the same names.
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
    now_overdose: str
    """The first words of the signpost of an overdose taken now or just taken ("she's
    swallowed a whole packet of pills"): ring 999 for an ambulance now, before the procedures."""
    now_overdose_steps: str
    """After that signpost, "what do I do?" or "should I call 999?": an ambulance now."""
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
    """Whether it's the writer's place to tell ("im only the driver"): it's anyone's."""
    parents_consent: str
    """The parents' consent to pass on a child's concern: not needed; don't ask if unsafe."""
    says_fine: str
    """An adult at risk saying it's fine: wishes, capacity, pressure; sharing may be needed."""
    turned_away: str
    """The writer said no, or they left ("i said no, they left"): still pass on what was seen."""


@value_class(kw_only=True)
class WriterTexts(PackValue):
    """Said to the person at risk or their family when a message telling of harm reads as theirs
    (`dialogs.own_voice.Voice`): where they can get help, before a practitioner's steps."""

    child: str
    """To a young person telling of harm to themselves."""
    adult: str
    """To an adult telling of harm to themselves."""
    domestic_abuse: str
    """After `adult`'s, when the harm is domestic abuse: the national helplines, men's too."""
    no_age: str
    """To the person at risk, no age given (the voice `self`)."""
    family: str
    """To a parent or relative worried about someone they know."""
    friend: str
    """To a young person telling of harm to a friend: tell an adult now; no promise broken."""
    if_suicidal: str
    """After `family`'s, when the harm is thoughts of ending one's life: the urgent routes."""
    if_threat: str
    """To family or a member of the public told of a threat to kill or seriously hurt someone
    ("outside her flat with a knife"): the police now, on 999, before what this tool is."""
    not_in_trouble: str
    """To family or a member of the public after their signpost, afraid of getting someone into
    trouble, of a child being taken away, or of interfering: the aim is safety, and social care
    works with families."""
    asked_not_to_tell: str
    """To family or a member of the public after their signpost, asked not to tell, or told the
    person can decide for themselves: their wishes matter, and social care can still act."""
    own_in_trouble: str
    """To the person at risk after their signpost, afraid of being in trouble or arrested."""
    own_secret: str
    """To the person at risk after their signpost, asking that no one is told."""
    own_steps: str
    """To the person at risk after their signpost, asking whom else they can talk to."""
    age_alone: str
    """To a young person whose age is typed on its own ("im 15"): where to get help."""
    only_them: str
    """All a practitioners' tool can do for them: said after their signpost and follow-ups."""
