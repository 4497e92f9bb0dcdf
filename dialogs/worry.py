"""The kinds of worry people type straight after the signpost, each with a reply of its own
(`dialogs.after_signpost`); the phrases that tell each are the typed-words
pack's `worries` (knowledge/packs/typed-words.yaml), read by `dialogs.worries`."""

from __future__ import annotations

from enum import StrEnum


class Worry(StrEnum):
    """A kind of follow-up to a signpost that the replies after it answer."""

    # Round 43 (nolead47, tryout44 #6): practical questions and doubts after a signpost
    KNOWN = "known"  # the police or a social worker know already: tell the lead and social care
    NO_NAMES = "no-names"  # not knowing anyone's name: none needed
    NUMBER = "number"  # what number to ring: 999, 101, the council's front door
    MY_BUSINESS = "my-business"  # whether it's the writer's place to tell: it's anyone's
    PARENTS_CONSENT = "parents-consent"  # the parents' consent to pass on a child's: not needed
    OTHERS = "others"  # the risk the one causing harm poses to other people (key question 5)
    NOT_LATER = "now-or-later"  # tonight, or wait till Monday
    ONLY_LOGGED = "only-logged"  # told only to log it, or to do nothing
    TURNS_UP = "turns-up"  # what if the one who harms comes to the house tonight
    PROTECT = "protect"  # a step to keep people safe: move him to another block, keep them apart
    POLICE = "police"  # the police or 999
    # Round 45 (follow80, tryout48 #6): the police asked of with a doubt beside it
    # (dialogs/police_doubts.py); read by no phrase of its own
    POLICE_DOUBTED = "police-doubted"  # "should i call the police or is that overreacting"
    ALONE = "alone"  # no safeguarding lead of one's own: self-employed, not at work
    WHOM = "whom"  # who to tell then, ringing social care, with no name given
    RING = "ring"  # whom to ring or tell, in any words (dialogs/whom_asked.py): the case's own
    # Round 43 (voice45, tryout43 #9): telling the people round the case, not the family
    CARE_TEAM = "care-team"  # a foster child's social worker or the fostering service: both
    IN_CHARGE = "in-charge"  # the nurse in charge, the person running the shift: yes, and the lead
    NOT_STAFF = "not-staff"  # the one who may be harming isn't staff: no LADO, the front door
    STILL_RAISE = "still-raise"  # whether to still raise it now they're safe (in hospital)
    NO_LEAD = "no-lead"  # not knowing the lead, the lead away, out of hours
    # Round 44 (quote58, tryout46 #2): what the writer did, told: "i said no, they left"
    TURNED_AWAY = "turned-away"  # refused them, they left: still pass on what was seen
    # Round 42 (disch42): a ward's or a service's next steps after a signpost ("do I need her
    # consent to tell the community team?", "who do I tell first?", "can we hold the discharge?")
    CONSENT = "consent-to-tell"  # whether the person's consent is needed to tell a service
    FIRST = "tell-first"  # whom to tell first: the safeguarding lead and social care, today
    HOLD = "hold"  # holding, delaying or stopping a step (a discharge): the team's decision
    CAPACITY = "capacity"  # an adult with capacity refusing: key questions 4 and 5
    REFUSES = "refuses"  # the person at risk refusing: an adult's, KQ4 and KQ5 (tryout40 #11)
    CONSENTS = "consents"  # the child says it's consensual, she loves him (tryout42 #12)
    SECRECY = "secret"  # asked not to tell, a promise of secrecy
    CONFESSION = "confession"  # told as a priest or in confession: may I break it (round 45)
    IDENTITY = "identity"  # will they find out it was me
    QUESTIONING = "questioning"  # should I ask more, find out more first
    RECORD = "record"  # what to write down now
    TELL = "tell"  # telling someone close to the person (key question 4)
    FEELINGS = "feelings"  # I'm scared, I feel sick
    UNSURE = "unsure"  # not sure, no proof, might be wrong
    AGE = "age"  # the same case at another age ("and if shes 16?")
    ANOTHER = "another"  # someone else in the home, with an age ("what about the son, hes 40")
    WORKS_WITH = "works-with"  # the one who harms works or volunteers with children
    CLOSE = "close"  # the one who harms is close to someone senior ("the head is her sister")
    NOT_REPORT = "not-report"  # talking oneself out of reporting: keep an eye, they're nice
    CHILDREN_TOO = "children-too"  # children, or a pregnancy, living with the one who harms
    IMAGES = "images"  # the one who harms views sexual images of children
    DUTY = "duty"  # whether the report is mine: said only after a harm with a duty of one's own
    # Said by the person at risk, or their family, after their signpost: their replies only
    # (dialogs/writer_again.py)
    INTO_CARE = "into-care"  # will I be taken into care, taken away
    ANGRY = "angry"  # what if she gets angry that I told
    WHO_TOLD = "who-told"  # who would the school tell, will they tell everyone
    THANKED = "thanked"  # thanks
    FAULT = "fault"  # is it my fault, for what I wore
    # Said by a young person after their signpost about a friend (tryout39 #5)
    NO_NAME = "no-name"  # can I tell without saying her name
    LEAVE_IT = "leave-it"  # I'll just leave it, she says it's fine
    LAW = "law"  # is that illegal, is it against the law
    IS_ABUSE = "is-abuse"  # is that even abuse (round 45, follow96, tryout88 #5)
    NOT_BELIEVED = "not-believed"  # what if my mum doesnt believe me (round 46, follow106)
    # Round 46 (follow106, issue 11): a practitioner's next line of doubt about the case itself
    IS_SAFEGUARDING = "is-safeguarding"  # does that count as safeguarding: yes, and why
    IS_NORMAL = "is-normal"  # is that normal: not to judge alone, tell your lead
    NOT_LEAVE = "not-leave"  # I don't want to leave him, I just want it to stop (round 46)
    THREAT_PARTNER = "threat-partner"  # a partner or ex named beside a threat (round 46)
    BANK = "bank"  # can I ring her bank (family, of an adult's money; round 46)
    LET_BE = "let-be"  # the one at risk says not to interfere (family; tryout47 #6)
    MEN_TOO = "men-too"  # will a man harmed be taken seriously (family; tryout48 #6)
    # Round 45 (follow83, tryout75 #4, #5): a next line that fits no other reply
    WILL_YOU_TELL = "will-you-tell"  # the writer asks whether this assistant tells anyone
    LOSE_CHILD = "lose-child"  # a parent afraid social care will take their child away
    GIVE_POLICE = "give-police"  # whether to give the police what they have: CCTV, bookings
    NEW_SUBJECT = "new-subject"  # "diff question, …": a question of its own, not a follow-up
    TELL_PARENT = "tell-parent"  # can I tell my mum (tryout42 #3)
    THEIR_PARENT = "their-parent"  # do I have to tell her parents (young43)
    IN_TROUBLE = "in-trouble"  # will she get in trouble
    WHAT_TO_DO = "what-to-do"  # what should I do, who do I tell
    AWAY = "away-now"  # the one who threatened the writer is out now: "he's at work now"
    # What to do about the one accused, after a signpost of an allegation against staff
    # (dialogs/staff_follow_up.py; tryout39 #6, #9)
    STAFF = "staff"  # whom to ring, the LADO or a regulator, whether to tell the one accused
    STAFF_STEPS = "staff-steps"  # steps taken only about staff: suspend him, disciplinary
    STAFF_SET_ASIDE = "staff-set-aside"  # told to only minute it, or it's custom: still the LADO
    # Danger to a findable person (dialogs/danger_follow_up.py; tryout40 #1, #2, #5)
    WHEREABOUTS = "whereabouts"  # telling the one feared, or anyone asking, where she is
    THREAT = "threat"  # a threat to kill or seriously hurt someone, soon
    WHERE_NOW = "where-now"  # where the person at risk is now
    ASKED_WHERE = "asked-where"  # the asking or telling that makes a place said whereabouts
    # Danger happening now, where the writer is, and asked of after its signpost
    # (dialogs/danger_now.py; tryout42 #4)
    DANGER_NOW = "danger-now"  # hearing or seeing harm now, a child in physical danger now
    GO_IN = "go-in"  # whether to go in, knock or leave, after a signpost of danger now
    # Danger now in the street, at work or to a stranger (dialogs/danger_now.py; tryout43 #1)
    NOW_HERE = "now-here"  # a time or place of now: right now, outside, in the waiting room
    HERE_NOW = "here-now"  # the person at risk where the writer is now, told with a harm
    ATTACK_NOW = "attack-now"  # an attack or threat going on: is beating, shouting he will kill
    DRIVE_OFF = "drive-off"  # a drunk parent about to drive a child: car keys, drive off
    DRINK_SMELT = "drink-smelt"  # drink smelt on a driver: reeks of alcohol (round 44, miss67)
    # Round 45 (danger81, tryout75 #2): an assault seen now, a baby shaken or hurt lately
    SEEN_NOW = "seen-now"  # seeing or hearing it now: just saw, through the window
    ATTACK_DOING = "attack-doing"  # an attack told as it is done: pinning, by her throat
    ATTACK_NOT_NOW = "attack-not-now"  # the word before that makes it no attack now: been, was
    BABY_WORDS = "baby-words"  # a baby: baby, months old
    BABY_HURT = "baby-hurt"  # a baby shaken or hurt: shook him, floppy
    BABY_PAST = "baby-past"  # long past or seen to already: years ago, in hospital
    # Round 45 (life93, issue 11): a risk to one's own life planned for now (dialogs/life_now.py)
    LIFE_PLAN = "life-plan"  # a plan: end it all, kill himself, jump off
    LIFE_WHEN = "life-when"  # a time of now after it: tonight, after work, by tomorrow
    LIFE_SENT = "life-sent"  # a goodbye just sent: just sent me a goodbye
    LIFE_NOT_NOW = "life-not-now"  # a general question or a story: what do we do if, film
    LEFT_NOW = "left-now"  # someone at risk to their own life has just left: hes left the shop
    PERIL_NOW = "peril-now"  # in peril with no place needed: strapped in a car, being dragged
    WEAPON_HELD = "weapon-held"  # the words before a weapon held now: got a, is carrying
    NOW_PAST = "now-past"  # told as past: last year, used to
    NOW_ASKED = "now-asked"  # a "now" only in a question: what do i do right now
    # An overdose taken now or just taken (dialogs/danger_now.py; tryout44 #1)
    OVERDOSE_THINGS = "overdose-things"  # pills, paracetamol, a whole packet
    OVERDOSE_NOW = "overdose-now"  # taken told as just done: has taken, just swallowed, right now
    OVERDOSE_FOUND = "overdose-found"  # found just now: no past matter
    OVERDOSE_SAFE = "overdose-safe"  # told as past or cared for: last year, in hospital
    SUBSTANCE_TAKEN = "substance-taken"  # drink or drugs taken: drank, took some pills, ketamine
    SUBSTANCE_COLLAPSE = "substance-collapse"  # collapsed, cant wake her, fitting: now
    SUBSTANCE_WHERE = "substance-where"  # nothing named: after the party (unnamed_substance)
    # Round 46 (miss109, tryout100 #2): danger now told without its usual words
    COLLAPSE_GRAVE = "collapse-grave"  # cant wake her, not responding: an ambulance alone
    RECENT_PAST = "recent-past"  # last night, yesterday: past, but not for an overdose's amount
    OVERDOSE_AMOUNT = "overdose-amount"  # took 20, took a packet: A&E now within the day
    STORY_FRAME = "story-frame"  # the film is about: no 999 lead
    CHILD_LOST = "child-lost"  # on his own for an hour, we close in: keep them, 999 (round 47)
    JOKING = "joking"  # lol, only joking: a threat said in jest gets no police now (round 47)
    HARMER_HERE = "harmer-here"  # he is in the waiting room: keep them safe now
    STAYS_NEAR = "stays-near"  # won't leave, near children: 999 leads (round 47, mend124)
    # Round 46 (lead120, tryout114 #2): someone being put into a vehicle now
    TAKEN_DOING = "taken-doing"  # putting, pushing, forcing: with a vehicle after it, 999 leads
    TAKEN_INTO = "taken-into"  # car, van, taxi: the vehicle of `taken-doing`
    # Round 43 (ask48): "is it too late if they fly next week", after a forced-marriage signpost
    BEFORE_TRAVEL = "before-travel"  # the person is to be taken abroad soon: act today
    # Round 44 (follow54, tryout45 #8, #9): after a signpost, a busy practitioner's next line
    JOB = "job"  # afraid of losing one's job for reporting: no reason to stay quiet
    STILL_HERE = "still-here"  # they're still here, in the waiting room: keep them safe now
    # Round 44 (danger58, tryout46 #6): where things stand now, told after a signpost
    NOW_TOLD = "now-told"  # hes crying, in his room now, on her own with the kids: 999 if
    NOW_CHILDREN = "now-children"  # children named with it: their social care too
    CONFRONT = "confront"  # speak to the one who may be harming first: no, the lead first
    APPROACH = "approach"  # speak to, talk to: confronting only with a word of `approach-first`
    APPROACH_FIRST = "approach-first"  # first, beforehand
    APPROACH_OURS = "approach-ours"  # the lead, a manager: whom one's procedures go to
    CHILD_CONSENT = "child-consent"  # a child's own consent, after a child's signpost: not needed
    BABY = "baby"  # a baby's age in days, weeks or months ("baby is 7 weeks"): a child's case
    # Round 44 (follow61, tryout46 #9): a busy, anxious person's next line after a signpost
    FIRST_STEP = "first-step"  # what do i do first: make sure they're safe now, then the lead
    TOLD_TO_HIDE = "told-to-hide"  # told by the head to delete the emails: no; go past them
    NOTE_ONLY = "note-only"  # only writing it in the case notes: not enough
    PLAYED_DOWN = "played-down"  # she laughed it off: it still counts
    WONT_SHARE = "wont-share"  # a service won't talk to the family: it can still listen
    HELPLINE = "helpline"  # is there a helpline: the lines the signpost gave (state's `lines`)
    TELL_HEALTH = "tell-health"  # tell his GP, after a risk to his own life: yes
    TELL_ONLINE = "tell-online"  # tell his parents, after an adult's contact online: usually yes
    # Round 44 (follow69, tryout47 #6, #7): the GP after any other harm; a worker's job
    TELL_GP = "tell-gp"  # tell her GP, after bruises or money taken (the GP not involved): yes
    THEIR_JOB = "their-job"  # "i dont want to get her sacked": pass it on; not yours to decide
    NO_SERVICES = "no-services"  # a young person's "i dont want social services involved"
    AGENCY_TOLD = "agency-told"  # a service named as the one told (the council, the police)
    TELL_HELPER = "tell-helper"  # tell the health visitor (quote71): usually yes, with the lead
    # The one accused's consent to tell whoever employs them (dialogs/accused_consent.py)
    ACCUSED_CONSENT = "accused-consent"  # "do i need his consent to tell the agency"

    @property
    def reads_long(self) -> bool:
        """Whether a follow-up of up to twice the usual words is read for this worry: "I have
        no safeguarding lead, I'm only one person", "my colleague knows the family and says
        the step mum is lovely and its nothing" say it at length."""
        return self in (
            Worry.ALONE,
            Worry.WHOM,
            Worry.RING,
            Worry.TELL,
            Worry.STILL_RAISE,
            Worry.OTHERS,
            Worry.NOT_REPORT,
            Worry.CHILDREN_TOO,
            Worry.IMAGES,
            Worry.NOT_LATER,
            Worry.ONLY_LOGGED,
            Worry.TURNS_UP,
            Worry.PROTECT,
            Worry.HOLD,
            Worry.CONSENT,
            Worry.CAPACITY,
            Worry.RECORD,  # "do i write exactly what she said or put it in my own words"
            Worry.KNOWN,  # "police already know she was missing, do i still need to tell anyone"
            Worry.NO_NAMES,
            Worry.MY_BUSINESS,
            Worry.JOB,
            Worry.CONFRONT,
            Worry.WONT_SHARE,  # "his care coordinator wont talk to me because of confidentiality…"
            Worry.TOLD_TO_HIDE,
            Worry.NOTE_ONLY,
            Worry.AGENCY_TOLD,  # "the police have asked for a tenants details, can i give them…"
            Worry.GIVE_POLICE,  # "can i give the police the booking details without the guests…"
            Worry.NO_LEAD,  # "the DSL isnt on the trip and its 11pm who do i call" (tryout75 #4)
            Worry.LOSE_CHILD,
            Worry.CONFESSION,  # "it was said to me as a priest, am i allowed to break that"
            # Round 46 (follow106, tryout100 #5): "shes 17 so nearly an adult, does that still
            # count as a child"; "his mum said at pick up not to tell anyone because dad will go
            # mad" (an age still needs a number in it; a secret, the pack's phrases).
            Worry.AGE,
            Worry.SECRECY,
        )

    @property
    def before_routes(self) -> bool:
        """Whether this worry's reply wins over a route the whole message names: "who do I
        tell then?" after the signpost, from someone with no safeguarding lead, wants the front
        door they can ring themselves, not the steps again."""
        return self in (
            Worry.ALONE,
            Worry.WHOM,
            Worry.OTHERS,
            Worry.CONSENT,
            Worry.FIRST,
            Worry.HOLD,
            Worry.FIRST_STEP,  # "what do i do first" is no request for the steps again
            Worry.NO_LEAD,  # "the DSL isnt on the trip and its 11pm who do i call" (tryout75 #4)
        )

    @property
    def quote_may_answer(self) -> bool:
        """Whether a published answer quoted for the message wins over this worry's reply.
        Feelings are said of oneself, never asked: entry 2's "practitioners feel constrained"
        does not answer "I'm scared"; nor does an entry answer being told to take a concern
        no further ("they said no further action" was quoted the key factors; tryout39 D); nor
        a child's own consent after a child's signpost, or the parents' consent to pass on a
        child's concern, whose answer is a clear no where entry 4's "best practice" is not,
        nor the fear of losing one's job (tryout45 #9), nor the writer's own act told ("i said
        no, they left" was quoted the key factors; tryout46 #2)."""
        return self not in _OWN_REPLY


_OWN_REPLY = frozenset(
    (
        *(Worry.FEELINGS, Worry.ONLY_LOGGED, Worry.CHILD_CONSENT, Worry.JOB),
        # Round 46 (ask108, tryout100 #3): nor the parents' consent to pass on a child's
        # concern; "do i need the girls parents consent before i tell anyone" was quoted entry
        # 4, whose "explicit consent is best practice" reads as "ask the parents first".
        Worry.PARENTS_CONSENT,
        # Round 44 (follow61): a published answer on confidentiality or records does not answer
        # a service that won't listen, a note kept instead of telling, or the head's instruction.
        *(Worry.WONT_SHARE, Worry.NOTE_ONLY, Worry.TOLD_TO_HIDE, Worry.TELL_HEALTH),
        *(Worry.TELL_GP, Worry.THEIR_JOB),  # round 44 (follow69)
        Worry.TURNED_AWAY,  # round 44 (quote58)
        Worry.TELL_HELPER,  # round 44 (quote71)
        Worry.LOSE_CHILD,  # round 45 (follow83): no published entry speaks to a parent's fear
        Worry.CONFESSION,  # round 45 (lado90): nor to a priest's or a confession's confidence
        # Round 46 (follow106): nor to whether this case is safeguarding, or a behaviour normal
        *(Worry.IS_SAFEGUARDING, Worry.IS_NORMAL),
    )
)
