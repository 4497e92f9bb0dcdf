"""Which worries are read, and answered, for each voice of a writer at risk after their
signpost (`dialogs.writer_again`): the person at risk themselves, young or grown, a young
person writing about a friend, family or one of the public, a parent or carer who did or fears
doing harm, and a grown-up threatened. In each tuple, the order is the precedence.
"""

from __future__ import annotations

from dialogs.worry import Worry
from knowledge.typed_word_names import WorryName

WRITERS_ONLY: frozenset[WorryName] = frozenset(
    (
        *("into-care", "angry", "who-told", "thanked", "no-name", "leave-it", "law", "fault"),
        *("tell-parent", "their-parent", "in-trouble", "what-to-do", "away-now", "let-be"),
        "no-services",
        "men-too",
        "will-you-tell",  # round 45 (follow83, tryout75 #4)
        "is-abuse",  # round 45 (follow96, tryout88 #5)
        "not-believed",  # round 46 (follow106, tryout100 #5)
        "not-leave",  # round 46 (doors110)
        "bank",  # round 46 (doors110)
    )
)
"""The worries only the person at risk, or their family, is answered for: a practitioner's
follow-up is never read for them."""
# A young person's about a friend, in order of precedence ("if i tell will she know it was me"
# is being known as the one who told, before her being upset).
FRIENDS: tuple[WorryName, ...] = (
    "law",
    "no-name",
    "identity",
    "who-told",
    "leave-it",
    "not-report",
    "angry",
    "secret",
    "tell-parent",
    "their-parent",
    "in-trouble",
    "police",  # "can i tell the police" (round 45, follow96): yes, or a trusted adult first
    "what-to-do",
    "staff",  # "who do i tell", "who do i ring": asked by a young person, what they can do
    "whom",
    "thanked",
)
# Family or one of the public (tryout42 #6: "i dont want to get my daughter in trouble", "will
# they take him away", "i dont want to get involved"): the aim is safety, social care works with
# families (the about pack's `to_the_writer.not_in_trouble`); asked not to tell ("he asked me
# please do not tell"): social care can still act (`asked_not_to_tell`); where the one at risk
# is now ("they're with him now"): 999 if in danger (`family_now`); whom to tell, or whether they
# may ring the police ("who do i talk to", "im 16 what do i do"): anyone can (`family_steps`;
# tryout45 #6); going to the police themselves, with no one's agreement (`family_police`), or
# afraid of overreacting (`family_doubts`), and whether a man harmed is taken seriously
# (`family_men`; round 45, tryout48 #6); thanks as anyone's.
FAMILY: tuple[WorryName, ...] = (
    "lose-child",  # "im scared theyll take my baby off me" (round 45, follow83)
    "bank",  # "can i ring her bank", of an adult's card (round 46, doors110)
    "men-too",  # "hes a grown man tho, would anyone even take it seriously": before `let-be`
    "let-be",  # "she says its fine and not to interfere": an adult's choice (tryout47 #6)
    "into-care",
    "not-report",
    "refuses",
    "capacity",
    "secret",
    "leave-it",
    "where-now",
    "police",
    "duty",  # "can i report it myself" (round 45)
    "what-to-do",
    "staff",  # "who do i tell", as for a friend
    "whom",
    "thanked",
    "my-business",  # "am i being nosy"
)


# An adult's own choice told ("he's a grown man") beside what to do asked ("what do i do"): the
# steps, with their say first (round 47, mend124), not their choice alone.
GROWN_CHOICE = (Worry.LET_BE, Worry.MEN_TOO)
ASKED_STEPS = (Worry.WHAT_TO_DO, Worry.STAFF, Worry.WHOM)


# The person at risk themselves, a young person or of no age given (tryout44 #6: "will i get in
# trouble", "i cant go to police theyll arrest me", "dont tell my mum", "who can i talk to").
# Not wanting someone else in trouble ("i dont want him arrested") is an adult's, or of no age
# given (tryout45 #6): a young person's is read as being in trouble, as before.
OWN: tuple[WorryName, ...] = (
    "will-you-tell",  # round 45 (follow83): "will u tell my mum": I can't, I keep nothing
    "no-services",  # round 44 (follow69): "i dont want social services involved"
    "into-care",
    "angry",
    "who-told",
    "fault",
    "not-report",
    "in-trouble",
    "refuses",
    "secret",
    "law",  # "is that even illegal", of pictures held over them (tryout48 #3)
    "is-abuse",  # "is that even abuse" (round 45, follow96, tryout88 #5)
    "not-believed",  # "what if my mum doesnt believe me" (round 46, follow106)
    "what-to-do",
    "staff",  # "who do i tell" (tryout45 #6)
    "thanked",
)
# One telling of harm they did, or fear doing, to their child (`parent`) or to someone else in
# the family they care for (`carer`; round 45, carer91): "can i get help without getting in
# trouble", "will they take my kids off me": asking for help protects the one in their care.
DOERS: tuple[WorryName, ...] = ("lose-child", "into-care", "no-services", "in-trouble", "thanked")
DOER_VOICES = ("parent", "carer")
# A grown-up threatened with being killed or hurt, after their own signpost of it (round 44:
# "what do i do", "he's at work now"): the about pack's `to_the_writer.threatened_*`.
THREATENED: tuple[WorryName, ...] = ("away-now", "what-to-do")
# A grown-up harmed, or one of no age given (round 46, doors110, tryout100 #4: a woman whose
# partner grabbed her neck): asking this assistant to tell the police for them, or wanting the
# abuse to stop without leaving; read when no worry of `OWN` is. Whether it is their fault is
# `OWN`'s, answered for them in words of their own (`_GROWN_REPLIES`).
GROWN: tuple[WorryName, ...] = ("police", "not-leave")
GROWN_VOICES = ("adult", "self")
# Answered for a young person only: the school, care and a teacher's lead are theirs.
YOUNG_ONLY = frozenset(
    {Worry.INTO_CARE, Worry.ANGRY, Worry.WHO_TOLD, Worry.FAULT, Worry.NO_SERVICES}
)


# A young person's worry answered even when the same message is signposted again (round 45).
# Round 56: not being believed too ("if i tell my mum will she believe me" tells of harm again).
SAID_FIRST = frozenset({Worry.IN_TROUBLE, Worry.WILL_YOU_TELL, Worry.IS_ABUSE, Worry.NOT_BELIEVED})
