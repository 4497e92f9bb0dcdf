"""Who wrote a message that tells of harm: the person at risk, their family, or a practitioner.

The assistant is made for practitioners, but a young person ("im 14 and my dad hits me, who can
i tell"), an older person ("I'm 84 and my carer is rough with me") or a parent may type into it
too. Their signpost is for them first: 999, someone they trust, a free helpline; not a
practitioner's procedures, contacts and case record (tryout34). The reading is cautious: a
message that names the people a practitioner works with (a pupil, a client) is a
practitioner's, and so is "me" in what someone is told to have said ("she said he hits me").

Pure and linear: one pass over the simplified words, set lookups only. Imported only when a
message is found to tell of harm, so a start that answers a question never reads it.
"""

from __future__ import annotations

from typing import Literal

from dialogs.doers_words import reports_telling
from dialogs.friend_voice import FriendVoice
from dialogs.practice_words import PRACTICE
from dialogs.state import FOLLOW_UP_WORDS
from dialogs.threat_voice import own_threat_told
from dialogs.writer_harmed import OwnHarm
from knowledge.matching.phrases import PhraseSet
from knowledge.risk_words import ADULT_AGE

_FEARS = frozenset(["scared", "frightened", "afraid", "terrified"])
# How far after "said" the risk check's writer harmed may hear its speaker name themselves
_HARMER_REACH = 6
# Telling what someone said: "me" may then be the speaker's, not the writer's.
# 'dad whispered "he takes all my pension"' gives his words, not the writer's (round 43)
_TELLING = frozenset(
    {
        *("said", "says", "told", "tells", "disclosed", "disclose", "discloses", "disclosure"),
        *("reported", "reports", "mentioned", "wrote", "writes", "quote", "quoted", "alleged"),
        *("alleges", "allegation", "whispered", "confided", "admitted"),
    }
)
FAMILY = (
    "im a parent",
    "i am a parent",
    "as a parent",
    "im not a professional",
    "i am not a professional",
    "im a mum",
    "im a dad",
    "im his mum",
    "im her mum",
    "im his dad",
    "im her dad",
    "im a grandparent",
    "im her daughter",
    "im his daughter",
    "im her son",
    "im his son",
    # a volunteer with no safeguarding lead of their own to turn to (tryout35b finding 10)
    "im just a volunteer",
    "im only a volunteer",
    "i am just a volunteer",
    "i am only a volunteer",
    # a grandparent or kinship carer raising a child (tryout35b finding 5)
    "im a nan",
    "im a gran",
    "im a grandma",
    "im a grandad",
    "im his nan",
    "im her nan",
    "im his gran",
    "im her gran",
    "im a kinship carer",
    "im his special guardian",
    "im her special guardian",
    "bringing up my grandson",
    "bringing up my granddaughter",
    "bringing up my grandchildren",
    "raising my grandson",
    "raising my granddaughter",
    "raising my grandchildren",
    # one who says so in other words, or in English learnt later (tryout39 C: "hello i am
    # grandma of two childs", "gran here, i have my grandkids (6 and 9)", "i have the SGO")
    "i am grandma",
    "i am the grandma",
    "im grandma",
    "im the grandma",
    "i am a grandma",
    "i am a nan",
    "i am a gran",
    "i am a grandparent",
    "i am the grandparent",
    "i am the grandmother",
    "i am the grandfather",
    "i am a kinship carer",
    "i have my grandkids",
    "i have my grandchildren",
    "i look after my grandkids",
    "i look after my grandchildren",
    "my grandkids live with me",
    "my grandchildren live with me",
    "i have the sgo",
    "i have an sgo",
    "i have special guardianship",
)
# The writer speaking of themselves: a follow-up with one of these reads as theirs.
_FIRST_PERSON = frozenset(["i", "im", "ive", "id", "ill", "me", "my", "mine", "myself"])
# Words of a question about the guidance, or of a practitioner: a follow-up telling of no harm
# with one of these moves the conversation on ("is consent needed", "im asking as a practitioner").
_GUIDANCE = frozenset(
    [
        "consent",
        "consented",
        "information",
        "info",
        "confidential",
        "confidentiality",
        "gdpr",
        "guidance",
        "protocol",
        "isp",
        "data",
        "golden",
        "caldicott",
        "practitioner",
        "practitioners",
        "colleague",
        "colleagues",
    ]
)


Voice = Literal[
    "child", "adult", "self", "family", "friend", "parent", "carer", "own_child", "partner"
]
"""Who seems to have written a message that tells of harm, when not a practitioner: a young
person or an adult telling of harm to themselves, someone telling of it with no age given, a
parent or relative (`family`), a young person telling of harm to a friend (`friend`), or one
telling of harm they did or fear doing to their child (`parent`) or to someone else in their
family they care for (`carer`; `dialogs.own_doing`)."""


_VOICES: dict[str, Voice] = {
    "child": "child",
    "adult": "adult",
    "self": "self",
    "family": "family",
    "friend": "friend",
    "parent": "parent",
    "carer": "carer",
    "own_child": "own_child",
    "partner": "partner",
}


def voice_of(
    simple: str,
    friend: FriendVoice | None = None,
    *,
    said: str | None = None,
    threatened: bool = False,
    writer_harmed: bool = False,
) -> Voice | None:
    """Who wrote `simple` (a message simplified as `dialogs.typed.simplify` does), when it reads
    as the person at risk or their family; None for a practitioner, or when unclear. `friend`
    reads it as a young person's about a friend (without it, none is). `said` is who the
    writer said they are on an earlier line (`dialogs.writer_said`): a young person's age then, or a
    relative's, holds for a message that gives none (tryout43 #2, #3). `threatened`: it tells
    of a threat to kill or hurt made against "me" (the finding's mark "threat-to-you"), harm to
    the writer unless someone else is told to have said it (`dialogs.threat_voice`).
    `writer_harmed`: the risk check read the harm as the writer's own (the finding's mark
    "writer-harmed": `knowledge.risk_writer_harmed`; round 51, voice169)."""
    words = simple.split()
    # without the pack's lists (no `friend`), no words of harm nor short forms are read
    harm = OwnHarm({}) if friend is None else friend.own_harm
    tells_of_own_harm = harm.tells
    age = harm.own_age(words)
    if age is None and said == "child":
        age = ADULT_AGE - 1  # "im 16" a line before: under 18, whatever the age
    # A young person at work ("im a 16 yr old apprentice"), harmed by a resident (tryout40 #4).
    worker = None if friend is None else friend.worker
    young = None if worker is None else worker.age(words, age)
    harmed = young and worker and (worker.harmed(words) or tells_of_own_harm(words))
    if any(w in PRACTICE for w in words) and not harmed:
        return None
    grown_or_unaged = age is None or age >= ADULT_AGE
    if friend is not None and grown_or_unaged and not tells_of_own_harm(words):
        doer = friend.own_doing.voice(words, harm.harms, _TELLING)  # "i smacked my 4 year old"
        if doer is not None:
            return doer
    if PhraseSet(FAMILY).first_in_words(words) is not None:
        return _family(words, friend)
    age = age if young is None else young
    if (
        friend is not None
        and friend.of_a_friend(words, age)
        and not tells_of_own_harm(friend.of_themselves(words))
        and not friend.asked_of_writer(words)
        and not friend.done_to_us(words)  # "my mates dad films us": the writer too (round 47)
        # a young writer who names a friend told or there, not harmed: theirs (round 54, voice207)
        and (age is None or friend.friend_harmed(words))
    ):
        return "friend"
    if age is not None and age < ADULT_AGE:
        return "child"

    def to_writer(said: list[str]) -> bool:  # "my carer takes my purse, she says…" (tryout45 #6)
        return tells_of_own_harm(said) or (
            friend is not None
            and (
                friend.own_things_taken(said)
                or friend.asked_of_writer(said)
                or friend.done_to_us(said)  # "films us when were drunk" (round 47)
                or friend.life_plans.own(said)  # "i have my tablets saved up"
                or friend.worker.body_harmed(said, harm.harms)  # "he grabbed my neck" (round 46)
            )
        )

    told = reports_telling(words, _TELLING, to_writer, harm.said_by_writer)
    # "he said hed kill me": the threat's own speaker, of the writer; a writer harmed reads
    # further ("mum says … she wishes i was dead": the one harming, said)
    parents = friend.speaking_parents if friend is not None else None  # "mum says"
    if writer_harmed and told:
        told = not own_threat_told(words, _TELLING, reach=_HARMER_REACH, parents=parents)
    elif threatened and told:
        told = not own_threat_told(words, _TELLING, parents=parents)
    # "someone on fortnite said dont tell my mum": asked of the writer (round 46, young115)
    online = friend is not None and friend.kept_from_mine_online(words, _TELLING)
    # "a man on the phone says hes from my bank and i need to move my savings" (round 48)
    called = friend is not None and friend.scam_on_writer(words)
    told = told and not online and not called
    # The risk check read the harm as the writer's own, told by no one else ("i'm being abused",
    # "i feel like ending it"), and not a parent's of their own child ("someone has been
    # hurting my daughter", "we found a knife in my 14 year old's school bag"; round 51).
    parent = writer_harmed and friend is not None and friend.own_doing.names_own_child(words)
    mine = writer_harmed and not parent and not told
    own = to_writer(words) or threatened or online or called or mine
    afraid = own or any(w in _FEARS and words[i - 1 : i] == ["im"] for i, w in enumerate(words))
    # An adult harmed by someone they know ("im 79, my grandson takes my bank card, im scared
    # of him", "my wife hits me, im a bloke"): their own signpost, not family's (tryout44 #4).
    grown = age is not None or (friend is not None and friend.grown_writer(words))
    if afraid and grown and not told:
        return "adult"
    # …but not one who says they work in a role ("im a chaplain at a day centre, i babysit my
    # neighbours kids": one door, the practitioner's; round 47, mend124)
    at_work = friend is not None and friend.at_work(words) and not friend.off_work(words)
    if friend is not None and not own and not at_work and knows_them(words, friend, told=told):
        return _family(words, friend)  # a grandparent, a neighbour, a brother: the public
    if said == "family" and age is None:
        return _family(words, friend)  # "im worried about my niece, shes 9", then what she told
    if parent and not own and not told:
        return "own_child"
    if told:
        return None
    if not (own or (age is not None and _tells_of_own_fear(words))):
        return None
    if age is not None:
        return "adult"
    # "my big brother is 17 and he keeps coming in my room": a young person's own (round 45);
    # a threat to the writer's life keeps its own lead ("my dad says he'll kill me")
    young = friend is not None and not threatened and friend.young_self.young(words)
    return "child" if young else "self"


def voice_after(
    simple: str, writer: str, *, told: bool, friend: FriendVoice | None = None
) -> Voice | None:
    """Who wrote `simple`, a message just after a signpost given to the person at risk or their
    family (`writer`, one of `dialogs.state.WRITERS`), when it still reads as theirs: naming
    none of the people a practitioner works with, and in the first person ("i told my teacher
    but she didnt do anything and now im scared to go home") or a short follow-up telling of
    no harm ("what now", "thanks"). None when it reads as a practitioner's, or as a question
    about the guidance ("do i need consent to share with the school").

    Args:
        simple: the message, simplified as `dialogs.typed.simplify` does.
        writer: who wrote the message the signpost answered.
        told: the message tells of a risk of harm itself: its own reading comes first, unless
            it only says the writer speaks of themselves (`self`), which `writer` says better;
            after a friend's signpost it is the friend's still, unless it tells of harm to the
            writer ("and my dad hits me too": a young person's own, `child`).
        friend: as for `voice_of`.
    """
    own = voice_of(simple, friend) if told else None
    if writer == "child" and own == "family":  # "am i going to be in trouble if i tell my mum"
        return "child"
    if own not in (None, "self"):
        return own
    words = simple.split()
    if told and writer == "friend" and friend is not None:  # "and my dad hits me too"
        own_harm = friend.own_harm.tells(friend.of_themselves(words))
        return "child" if own_harm else "friend"
    if not told and any(w in _GUIDANCE for w in words):
        return None
    # A grown-up harmed: a short line is theirs still ("men dont get help for this do they");
    # a young person's too ("is that even abuse", signposted again: tryout88 #5).
    short = len(words) <= FOLLOW_UP_WORDS and (not told or writer in ("adult", "self", "child"))
    mine = short or any(w in _FIRST_PERSON for w in words)
    theirs = mine and not any(w in PRACTICE for w in words)
    return _VOICES.get(writer, own) if theirs else own


def _family(words: list[str], friend: FriendVoice | None) -> Voice:
    """Family or one of the public (`family`), or a parent of their own child harmed by someone
    else ("my new partner gets so angry when the baby cries … he shook him": `own_child`)."""
    own = friend is not None and friend.own_doing.names_own_child(words)
    return "own_child" if own else "family"


def knows_them(words: list[str], friend: FriendVoice, *, told: bool) -> bool:
    """Whether `words` (a message simplified) name someone the writer, one of the public,
    knows (`FriendVoice.of_someone_known`: tryout42 #6), or the writer's own family before
    anyone is told to have said something ("my little brother", "my ex": tryout45 #6; not "he
    said he'll hurt my mum", a child's words)."""
    said_at = next((at for at, w in enumerate(words) if w in _TELLING), len(words))
    return (
        friend.of_someone_known(words, told=told)
        or friend.names_own_family(words[:said_at])
        or friend.names_older_parent(words)
        or (said_at < len(words) and friend.met_by_chance(words[:said_at]))
    )


def _tells_of_own_fear(words: list[str]) -> bool:
    """Whether the writer, who gave their own age, says they are afraid ("i am 19 and scared":
    an au pair whose employer comes into her room at night; tryout38 #8), not afraid for or
    about someone else ("im 45 and scared for my daughter")."""
    return any(
        w in _FEARS and words[i + 1 : i + 2] not in (["for"], ["about"])
        for i, w in enumerate(words)
    )
