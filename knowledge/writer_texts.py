"""The about pack's texts said to the person at risk or their family after a signpost
(`WriterTexts`), when a message telling of harm reads as theirs.

Moved from `knowledge.follow_up_texts` (round 50), beside the replies to a worry; the
`AboutPack` of `knowledge.text_packs` holds both. The pydantic model that checks them is in
`knowledge.writer_schema`, under the same name.
"""

from knowledge.pack_values import PackValue
from knowledge.value_class import value_class


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
    parent_using: str
    """In place of `parent`'s, for a parent's own drinking or drug use beside their children:
    don't drive, a sober adult; the GP, a local service, Drinkline, FRANK; support, 999."""
    young_online: str
    """After `child`'s, for harm online: secrets from family, going private and gifts aren't OK;
    don't go private or meet, keep the messages, tell an adult, CEOP; 999 if they want to meet."""
    young_images: str
    """After `child`'s, for harm online (pictures asked for, held or shared): a crime, and
    Childline's Report Remove to get them taken down."""
    threatened: str
    """To the writer threatened with being killed or seriously hurt, told of themselves ("my
    husband says he will kill me if i leave"; round 44): their safety first, 999, the police."""
    threatened_helpline: str
    """After `threatened`, when the harm is not read as domestic abuse: the national domestic
    abuse helplines, if it is a partner, an ex or family."""
    threatened_steps: str
    """The writer threatened, asking what to do: 999 (55 on a mobile), then the police, the
    helpline, a record kept safe, someone trusted."""
    threatened_away: str
    """The writer threatened, telling the one who threatened is out now ("he's at work now"):
    use the time, the helpline or 101, 999 if they come back."""
    no_age: str
    """To the person at risk, no age given (the voice `self`)."""
    family: str
    """To a parent or relative worried about someone they know."""
    family_adult: str
    """`family`'s words when the case is an adult's alone: adult social care, the police for a
    crime, a care agency's or home's manager too."""
    family_adult_bank: str
    """After `family_adult`, where the message tells of money (`dialogs.bank_note`): the
    person's bank can stop a misused card."""
    family_staff: str
    """After `family`, when someone who works or volunteers with children may have done it: the
    school's or organisation's head or safeguarding lead, or the LADO."""
    friend: str
    """To a young person telling of harm to a friend: tell an adult now; no promise broken."""
    parent: str
    """To a parent telling of harm they did, or fear doing, to their own child: the child safe
    first, their GP or health visitor, social care as support (`dialogs.own_doing`)."""
    carer: str
    """To one telling of harm they did to someone else in the family they care for: their
    safety first, the GP, adult social care (a carer's assessment), a carers' charity."""
    own_child: str
    """To a parent telling of harm to their own child by someone else ("my new partner … shook
    him"): the child safe first, social care or the police, the domestic abuse helpline."""
    partner: str
    """To one telling of harm they did to their partner or ex ("i hit my wife"; round 46,
    voice103): anyone in danger now first, then help to stop (the Respect Phone Line, a line of
    the contacts pack), the GP."""
    own_life: str
    """To the person at risk telling of their own plan to end their life ("im going to end it
    all tonight"; round 46): 999 if they may act on it now, someone with them, NHS 111 option
    2, Samaritans (`dialogs.life_plans`)."""
    life_control: str
    """To one threatened with a partner's or relative's suicide if they leave or do something
    ("my husband says hell kill himself tonight if i leave him"; round 46): a threat used to
    control is domestic abuse; 999 if it may be acted on now; the domestic abuse lines."""
    life_control_other: str
    """To family told of a threat to end a life made to control someone else ("my sisters
    husband says hell kill himself if she leaves him"; round 47): domestic abuse, the lines for
    her or for them, 999 if it may be acted on now, Samaritans."""
    own_harm_help: str
    """To a `parent` or `carer` after their signpost, afraid of trouble or of losing their
    child: asking for help is what protects the one in their care; services aim to support."""
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
    family_says_fine: str
    """To family or a member of the public after their signpost, told by the one at risk that
    it's fine or not to interfere: an adult with capacity chooses; helplines; 999."""
    family_steps: str
    """To family or a member of the public after their signpost, asking whom to tell or whether
    they may ring the police: anyone can; a young person has a teacher and Childline too."""
    family_adult_steps: str
    """`family_steps`'s words when the case is an adult's alone (round 45, doors95)."""
    family_grown_steps: str
    """To family or the public asking what to do with the one at risk told as grown ("what do i
    do, he's a grown man"; round 47, mend124): talk to them and ask what they want, adult social
    care with their agreement, and without it when they or others are at risk of serious harm,
    a crime is happening or they can't decide."""
    family_police: str
    """To family or a member of the public after their signpost, asking whether they may go to
    the police themselves ("his mum wont do anything, can i go to the police myself"; tryout48
    #6): yes, with no one's agreement; 999 when someone is missing or in danger now."""
    family_doubts: str
    """To family or a member of the public after their signpost, afraid of overreacting or of
    being nosy ("should i call the police or is that overreacting"): they're not; 999 for a
    welfare check when they fear someone is hurt or collapsed."""
    family_men: str
    """To family or a member of the public after their signpost, asking whether a man harmed
    will be taken seriously ("hes a grown man tho"; tryout48 #6): yes; the men's helplines."""
    family_now: str
    """To family or a member of the public after their signpost, telling where the one at risk
    is now ("they're with him now"): 999 if anyone is in danger, in their words."""
    own_not_report: str
    """To an adult at risk after their signpost, not wanting anyone in trouble or arrested: they
    can ask for advice first, and what they want matters."""
    adult_steps: str
    """To an adult at risk after their signpost, asking whom they can talk to."""
    own_in_trouble: str
    """To the person at risk after their signpost, afraid of being in trouble or arrested."""
    own_secret: str
    """To the person at risk after their signpost, asking that no one is told."""
    own_law: str
    """To the person at risk (a young person, or of no age given) after their signpost, asking
    whether what is done to them is against the law ("is that even illegal")."""
    own_abuse: str
    """To the person at risk after their signpost, asking whether what is done to them is
    abuse at all ("is that even abuse"; tryout88 #5): yes, with the domestic abuse lines."""
    own_not_believed: str
    """To a young person after their own signpost, afraid their parent won't believe them
    ("what if my mum doesnt believe me"; round 46, follow106): tell another adult you trust;
    Childline."""
    family_bank: str
    """To family or one of the public after an adult's signpost, asking whether they may ring
    the bank of one whose card or money is misused ("can i ring her bank"; round 46, doors110):
    yes, its fraud or vulnerable-customer team; adult social care; the police on 101."""
    young_hurt: str
    """After `child`'s, for a young person telling of hurting themselves ("im 15 i cut myself
    and theres this group chat … dare each other to go deeper"; round 46, doors110): urgent
    help if it's deep or they may act now, the lines, and reporting a group that dares it."""
    grown_fault: str
    """To a grown-up harmed, or one of no age given, after their own signpost, asking whether
    it is their fault ("is it my fault"; round 46, doors110): no, and the lines."""
    grown_police: str
    """…asking this assistant to tell the police for them ("can you tell the police for me"):
    it can't; they can, on 999 or 101, and a helpline can help them do it."""
    grown_stay: str
    """…wanting the abuse to stop, not to leave ("i dont want to leave him i just want it to
    stop"): they don't have to leave to get help; a helpline can help them be safer."""
    friend_police: str
    """To a young person after their signpost about a friend, asking whether they may tell the
    police ("can i tell the police"; tryout88 #5): yes; 999 in danger; a trusted adult too."""
    own_steps: str
    """To the person at risk after their signpost, asking whom else they can talk to."""
    own_no_services: str
    """To a young person after their signpost, not wanting social services involved: what
    happens when they tell someone, and Childline to talk it through first."""
    own_ok: str
    """To the person at risk or their family, a bare "ok" after their signpost: a short close."""
    age_alone: str
    """To a young person whose age is typed on its own ("im 15"): where to get help."""
    only_them: str
    """All a practitioners' tool can do for them: said after their signpost and follow-ups."""
