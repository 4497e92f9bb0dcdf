"""Danger to someone who can be found, told with a harm or just after its signpost (tryout40 #1,
#2, #5): "can i tell a caller which room his wife is in, she checked in crying with bruises" got
only the signpost and "professional judgement"; "he's going to hurt his ex tonight, he knows where
she lives. can we tell police" got the safeguarding lead, never the police; "she just said shes at
the bus station now" (a runaway 15-year-old on a crisis line) got "I couldn't find that".

Now, beneath the signpost: don't tell anyone where the person at risk is (`whereabouts`, when
`asked-where` says someone asks or is to be told); a threat to kill or seriously hurt someone is
for the police now, the clearest case for sharing without consent (`threat`); and, after the
signpost only, where the person at risk is now is for 999 now (`where-now`). The phrases are the
typed-words pack's worries of those names, read only here; the replies the about pack's
`worry_replies`. Imported only with a harm told or after a signpost.
"""

from __future__ import annotations

from dialogs.contract import Private, Reply
from dialogs.state import FOLLOW_UP_WORDS
from dialogs.threat_voice import threat_phrases, threatens_writer, words_after_threats
from dialogs.worries import WorryReader
from dialogs.worry import Worry
from knowledge.matching.text import words
from knowledge.text_packs import AboutPack
from knowledge.typed_word_names import WorryName
from knowledge.typed_words import TypedWordsPack

DANGER_ONLY: frozenset[WorryName] = frozenset(
    (
        "whereabouts",
        "threat",
        "where-now",
        "asked-where",
        "danger-now",
        "go-in",
        *("now-here", "here-now", "attack-now", "drive-off", "drink-smelt"),
        *("seen-now", "attack-doing", "attack-not-now", "baby-words", "baby-hurt", "baby-past"),
        *("peril-now", "weapon-held", "threat-partner", "taken-doing", "taken-into"),
        *("now-past", "now-asked"),
        *("overdose-things", "overdose-now", "overdose-found", "overdose-safe"),
        *("substance-taken", "substance-collapse", "substance-where"),
        *("collapse-grave", "recent-past", "overdose-amount", "story-frame"),
        "joking",
        "child-lost",
        "harmer-here",
        "stays-near",  # dialogs.danger_now (round 47)
        *("life-plan", "life-when", "life-sent", "life-not-now"),  # dialogs.life_now
    )
)
"""The worries read only here: any other follow-up reader leaves them out."""
# "going to kill herself" is no threat to another: a word after the threat's verb that turns it
# on its speaker.
_SELF = frozenset(("herself", "himself", "themselves", "themself", "myself", "yourself"))


class DangerFollowUp:
    """The reply to a message or follow-up that speaks of danger to someone who can be found.
    Pure; built at the first turn that tells a harm or follows a signpost."""

    def __init__(self, typed: TypedWordsPack, about: AboutPack) -> None:
        """`typed`: the typed-words pack, whose worries `threat`, `where-now` and `whereabouts`
        tell such a message; `about`: the about pack, whose texts the replies are."""
        worries = typed.worries
        self._threat = threat_phrases(typed)
        self._now = WorryReader({"where-now": worries.get("where-now", "")})
        self._where = WorryReader({"whereabouts": worries.get("whereabouts", "")})
        self._asked = WorryReader({"asked-where": worries.get("asked-where", "")})
        self._agency = WorryReader({"agency-told": worries.get("agency-told", "")})
        self._partner = WorryReader({"threat-partner": worries.get("threat-partner", "")})
        self._joking = WorryReader({"joking": worries.get("joking", "")})
        self._threat_partner = about.worry_replies.threat_partner
        said = about.worry_replies
        self._replies = {
            Worry.THREAT: said.threat,
            Worry.WHERE_NOW: said.where_now,
            Worry.WHEREABOUTS: said.whereabouts,
        }
        self._threat_to_you = said.threat_to_you
        self._footer = about.follow_up_footer

    def worry(self, text: str, *, told: bool, after: bool) -> Worry | None:
        """The danger `text` speaks of, or None. `told`: it tells a harm itself (read at any
        length); `after`: it follows a signpost, and only a follow-up of up to twice the usual
        words is read as where the person at risk is now ("she ran off" in a story may be long
        past)."""
        short = len(words(text)) <= FOLLOW_UP_WORDS * 2
        if not (told or short):
            return None
        if self._threatens(text) and not self._in_jest(text):
            return Worry.THREAT
        if self._now.worry(text) is not None:  # "we don't know where she is" asks no one's
            return Worry.WHERE_NOW if after and short else None
        # "which ward she's on" is whereabouts when someone asks it, or is to be told it; not
        # when a service is to be told ("can i give the council his new address": tryout47 #6).
        if self._agency.worry(text) or not self._asked.worry(text):
            return None
        return self._where.worry(text)

    def reply(self, worry: Worry, text: str = "") -> Reply:
        """The reply to `worry` (`text`, the message, for whom a threat is made against: the
        writer's own safety first when it is them). It speaks of the case signposted, so in a
        shared place it is its writer's alone, as the signpost was."""
        said = self._replies[worry]
        if worry is Worry.THREAT and self.writer_threatened(text):
            said = self._threat_to_you
        elif worry is Worry.THREAT and self._partner.worry(text):  # "hurt his ex tonight"
            said = f"{said}\n\n{self._threat_partner}"
        return Reply(text=f"{said}\n\n{self._footer}", private=Private.RISK_OF_HARM)

    def _in_jest(self, text: str) -> bool:
        """Whether a threat in `text` is told with a laugh ("lol … hed kill his wife if she made
        him go to ikea again"; round 47, tryout123 #1): no police now for a joke. A threat
        against the writer keeps its reply, laugh or not ("he said hell kill me lol")."""
        return self._joking.worry(text) is not None and not self.writer_threatened(text)

    def _threatens(self, text: str) -> bool:
        return any(
            after is None or after not in _SELF
            for after in words_after_threats(self._threat, words(text))
        )

    def writer_threatened(self, text: str) -> bool:
        """Whether a threat in `text` is made against the writer ("he'll kill me")."""
        return threatens_writer(self._threat, words(text))
