"""Whether the writer tells of harm done to themselves ("he hits me", "my ex is going to kill
me"), and the age they give of themselves ("im 14").

Read by `dialogs.own_voice` to tell who wrote a message that tells of harm, and by
`dialogs.writer_turn` and `dialogs.writer_said`. Pure and linear: one pass over the simplified
words, set lookups only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialogs.threat_voice import threatens_writer
from knowledge.matching.phrases import PhraseSet
from knowledge.risk_words import age_in_word

if TYPE_CHECKING:
    from dialogs.writer_age_forms import AgeForms

# Within this many words before "me", a word of harm tells of harm done to the writer.
_HARM_REACH = 3
# Words of harm done to someone: read before "me" here, and by `dialogs.own_voice` with the
# writer's own doing and their body harmed.
HARMS = frozenset(
    {
        *("hit", "hits", "hitting", "hurt", "hurts", "hurting", "punch", "punches", "punched"),
        *("punching", "kick", "kicks", "kicked", "kicking", "slap", "slaps", "slapped"),
        *("slapping", "beat", "beats", "beating", "touch", "touches", "touched", "touching"),
        *("abuse", "abuses", "abused", "abusing", "threaten", "threatens", "threatened"),
        *("threatening", "rough", "shout", "shouts", "shouting", "scream", "screams", "screaming"),
        *("scare", "scares", "scared", "force", "forces", "forced", "lock", "locks", "locked"),
        *("rape", "raped", "bully", "bullies", "bullying", "bullied", "grab", "grabs", "grabbed"),
        *("choke", "chokes", "choked", "strangle", "strangled", "strangles", "blackmail"),
        *("blackmails", "blackmailing", "grope", "gropes", "groped", "starve", "starves"),
        *("starving", "hate", "hates", "batter", "batters", "battered", "push", "pushes"),
        *("pushed", "shove", "shoves", "shoved", "burn", "burns", "burned", "burnt", "throw"),
        *("throws", "threw", "throwing", "bite", "bites", "biting", "spit", "spits", "spat"),
    }
)
_OWN_HARM = (
    "kill myself",
    "hurt myself",
    "harm myself",
    "cut myself",
    "cutting myself",
    # one's own self-harm told as a verb ("i self harm every night"; round 47, mend124)
    "i self harm",
    "i selfharm",
    "i still self harm",
    "i keep self harming",
    "been self harming",
    "im self harming",
    "i am self harming",
    "started self harming",
    "end my life",
    # "bit" alone is too often "a bit" (tryout45 #6: "she bit me last week")
    "bit me",
    # an attempt on the writer's life: harm done, not a threat
    "tried to kill me",
    "trying to kill me",
)
# A plan to kill the writer, read as every threat against the writer is (`threatens_writer`),
# but of these few phrases, not all the pack's `threat`: "she'll kill me if she knows i told",
# "my mum will kill me if she finds out" are said of anger, and stay a young person's about a
# friend (round 44). Any of the pack's threats reaches `voice_of` as `threatened`, the finding's
# mark, read with who said it (`own_threat_told`).
_PLANS_TO_KILL = ("going to kill", "gonna kill", "wants to kill")
_I_AM = (("im",), ("i", "am"), ("i", "m"))
# A school year and the age its oldest pupils reach in it (year 9: 14), the last year (13).
_YEAR_WORDS = frozenset(["year", "yr"])
_YEAR_AGE = 5
_LAST_YEAR = 13
# A year of something other than school just after it ("im in year 2 of my social work course",
# "year 1 at uni"): no child's age.
_NOT_SCHOOL = frozenset(
    (
        *("of", "uni", "university", "college", "course", "degree", "training", "nursing"),
        *("apprenticeship", "placement", "phd", "medicine", "medical", "foundation", "masters"),
    )
)
# Between "im" and an age ("im only 14": tryout42 #3).
_ONLY = frozenset(["only", "just"])


def own_age(words: list[str], forms: AgeForms | None) -> int | None:
    """The age the writer gives ("im 14", "i am 84", "im 15yo", "im only 14"), or their school
    year's oldest ("im in year 9": 14; round 47, mend124), or, read by `forms` (None: not read),
    in "im a 15 year old" or a post's short forms ("17f", "15 and …": `dialogs.writer_age_forms`),
    if any."""
    for at in range(len(words)):
        for lead in _I_AM:
            end = at + len(lead)
            if tuple(words[at:end]) != lead:
                continue
            if end + 1 < len(words) and words[end] in _ONLY:
                end += 1
            year = _school_year(words[end : end + 3])
            if year is not None and _NOT_SCHOOL.isdisjoint(words[end + 2 : end + 8]):
                return year + _YEAR_AGE
            age = age_in_word(words[end]) if end < len(words) else None
            if age is not None:
                return age or None
            if forms is not None and (age := forms.a_years_old(words[end : end + 4])):
                return age  # "im a 15 year old" (round 54)
    # "17f my dad hits me", "15 and …" (round 54, voice203)
    return None if forms is None else forms.tagged_age(words)


def _school_year(after: list[str]) -> int | None:
    """The school year `after` "im" names ("in year 9", "in yr 10", "in y9"), if any."""
    if len(after) < 2 or after[0] != "in":
        return None
    said = after[1]
    if said in _YEAR_WORDS and len(after) > 2:
        said = after[2]
    elif said.startswith("y") and said[1:].isdigit():
        said = said[1:]
    year = int(said) if said.isdigit() and len(said) <= 2 else None
    return year if year is not None and 1 <= year <= _LAST_YEAR else None


def tells_of_own_harm(words: list[str]) -> bool:
    """Whether `words` (a message simplified) tell of harm to the writer ("he hits me"), or of a
    plan to kill them ("my ex is going to kill me")."""
    last_harm = -_HARM_REACH - 1
    for at, word in enumerate(words):
        if word in HARMS:
            last_harm = at
        elif word == "me" and at - last_harm <= _HARM_REACH:
            return True
    return PhraseSet(_OWN_HARM).first_in_words(words) is not None or threatens_writer(
        PhraseSet(_PLANS_TO_KILL), words
    )
