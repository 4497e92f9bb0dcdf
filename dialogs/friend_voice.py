"""A young person writing about a friend at risk (tryout39 #5): "15 and my mate (14) is cutting
herself … says shes gonna take all her mums pills tonight", "me and my friend are both 14, she
said shes going to kill herself tonight". They got a practitioner's procedures and contacts, or
the reply for a young person at risk themselves ("If this is happening to you"); their reply is
for a friend: tell an adult now, it keeps her safe and breaks no promise (`dialogs.own_voice`'s
voice `friend`).

Pure: set lookups over the simplified words, the typed-words pack's `friend` (knowledge/packs/
typed-words.yaml). Imported only when a message tells of harm.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from dialogs.life_plans import LifePlans
from dialogs.own_doing import OwnDoing
from dialogs.writer_age_forms import AgeForms
from dialogs.writer_harmed import OwnHarm
from dialogs.young_self import YoungSelf
from dialogs.young_worker import YoungWorker
from knowledge.matching.phrases import PhraseSet
from knowledge.own_role import OwnRole
from knowledge.risk_words import ADULT_AGE, age_in_word
from knowledge.typed_word_names import FriendList

# School years a young person is in ("im in year 9"): 5 to 13.
_FIRST_YEAR, _LAST_YEAR = 5, 13
# An older parent's age: none of a child's parents told of at work is this old.
_OLDER_AGE = 60
# How far after a friend named their harm is read (the pack's `friend_writer` end it first).
_FRIEND_CLAUSE = 10


class FriendVoice:
    """Reads a message telling of harm as a young person's about a friend, by the typed-words
    pack's `friend` words."""

    def __init__(
        self, words: Mapping[FriendList, tuple[str, ...]], own_role: OwnRole | None = None
    ) -> None:
        """`words`: the typed-words pack's `friend` (with an organisation's own added);
        `own_role`: reads a role the writer names of their own (`knowledge.own_role`; without
        it, only acting in one is read as at work)."""
        self._own_role = own_role
        self._friends = PhraseSet(words.get("friends", ()))
        self._at_school = PhraseSet(words.get("at_school", ()))
        self._not_harm = frozenset(words.get("not_harm", ()))
        self._us = frozenset(words.get("us", ()))
        self._years = frozenset(words.get("years", ()))
        self._openings = frozenset(words.get("openings", ()))
        self._in_year = frozenset(words.get("in_year", ()))
        self._friend_is = frozenset(words.get("friend_is", ()))
        self._someone_else = frozenset(words.get("someone_else", ()))
        self._childhood = PhraseSet(words.get("childhood", ()))
        self._young_words = frozenset(words.get("young_words", ()))
        self._own_parent = PhraseSet(words.get("own_parent", ()))
        self._grown = PhraseSet(words.get("grown", ()))
        self._relations = frozenset(words.get("relations", ()))
        self._to_me = frozenset(words.get("to_me", ()))
        self._friend_harmed = frozenset(words.get("friend_harmed", ()))
        self._friend_worry = PhraseSet(words.get("friend_worry", ()))
        self._friend_telling = [[w] for w in words.get("friend_telling", ())]
        self._friend_writer = frozenset(words.get("friend_writer", ()))
        self.worker = YoungWorker(words)
        """Reads a message as a young person's at work, by the same words (`at_work`)."""
        self.young_self = YoungSelf(words)
        """Reads a writer harmed, of no age given, as young (`young_self`, `older`…)."""
        self.own_doing = OwnDoing(words)
        """Reads the writer's own harm to someone in their care (`own_doing`, `cared_for`…)."""
        self.life_plans = LifePlans(words)
        """Reads the writer's own plan to end their life (`own_life`, `life_control`)."""
        self.own_harm = OwnHarm(words)
        """Reads harm done to the writer and the age they give (`own_harms`, `age_only`…), and
        in a post's short forms ("17f", "15 and…": `age_sexes`…)."""
        self._strangers = PhraseSet(words.get("strangers", ()))
        self._stranger_not = frozenset(words.get("stranger_not", ()))
        self._off_work = PhraseSet(words.get("off_work", ()))
        self._role_acts = PhraseSet(words.get("role_acts", ()))
        self._known = PhraseSet(words.get("known", ()))
        self._own_family = PhraseSet(words.get("own_family", ()))
        self._nearby = PhraseSet(words.get("nearby", ()))
        self._grown_self = PhraseSet(words.get("grown_self", ()))
        self._own_things = PhraseSet(words.get("own_things", ()))
        self._asked_of_me = PhraseSet(words.get("asked_of_me", ()))
        self._done_to_us = PhraseSet(words.get("done_to_us", ()))
        self._own_scam = PhraseSet(words.get("own_scam", ()))
        self._kept_from_mine = PhraseSet(words.get("kept_from_mine", ()))
        self._online_at = frozenset(words.get("online_at", ()))
        self._parent_named = frozenset(words.get("parent_named", ()))
        self._elses = frozenset(words.get("elses", ()))
        self._aged = frozenset(words.get("aged", ()))
        self.speaking_parents: dict[str, str] = {
            **dict.fromkeys(words.get("mothers", ()), "she"),
            **dict.fromkeys(words.get("fathers", ()), "he"),
        }
        """The words for the writer's own parent named as a speaker ("mum says"), each with
        the pronoun they use of themselves in what they said (`dialogs.threat_voice`)."""

    def met_by_chance(self, words: list[str]) -> bool:
        """Whether `words` (what a message says before someone is told to have said something,
        simplified) tell of someone the writer met by chance in a public place ("a woman at the
        bus stop", "a stranger on the train": the pack's `strangers`), with no word of the
        writer at work there (`stranger_not`: "i drive the school bus"): the writer is one of
        the public (round 46, voice103). Not a place where someone is to go ("wants to meet
        him at the station"), which comes with no one telling. Nor when the writer is at work:
        naming a role of their own or acting in one (`at_work`: round 46, voicefix112)."""
        return (
            self._strangers.first_in_words(words) is not None
            and self._stranger_not.isdisjoint(words)
            and not self.at_work(words)
        )

    def at_work(self, words: list[str]) -> bool:
        """Whether `words` (a message simplified) name a role of the writer's own (the risk
        pack's `own-roles`, read by `knowledge.own_role.OwnRole`: "police officer arrested…",
        "btp officer here", "im a pcso") or tell of acting in one (`role_acts`: "arrested a 15
        year old", "on patrol", "called out to")."""
        if self._role_acts.first_in_words(words) is not None:
            return True
        return self._own_role is not None and self._own_role.names_own(words)

    def off_work(self, words: list[str]) -> bool:
        """Whether `words` (a message simplified) say it isn't through the writer's work ("this
        is my neighbour not a case": the pack's `off_work`; round 47)."""
        return self._off_work.first_in_words(words) is not None

    def grown_writer(self, words: list[str]) -> bool:
        """Whether `words` (a message simplified) tell that the writer is an adult, with no age
        given ("my wife hits me", "im a bloke", "my pension": the pack's `grown_self`)."""
        return self._grown_self.first_in_words(words) is not None

    def own_things_taken(self, words: list[str]) -> bool:
        """Whether `words` (a message telling of harm, simplified) name what is the writer's
        own and may be taken ("takes my bank card", "money out of my pension": `own_things`)."""
        return self._own_things.first_in_words(words) is not None

    def asked_of_writer(self, words: list[str]) -> bool:
        """Whether `words` (a message telling of harm, simplified) tell what is asked of the
        writer ("keeps asking me for pics": `asked_of_me`), harm to the writer themselves."""
        return self._asked_of_me.first_in_words(words) is not None

    def scam_on_writer(self, words: list[str]) -> bool:
        """Whether `words` (a message telling of harm, simplified) tell of a scam call asking
        the writer to move their own money ("says hes from my bank and i need to move my
        savings": `own_scam`), whatever the caller is told to have said (round 48)."""
        return self._own_scam.first_in_words(words) is not None

    def done_to_us(self, words: list[str]) -> bool:
        """Whether `words` (a message telling of harm, simplified) tell of harm done to the
        writer with their friends ("gives us vodka and films us": `done_to_us`), harm to the
        writer themselves, not only a friend's (tryout123 #6)."""
        return self._done_to_us.first_in_words(words) is not None

    def kept_from_mine_online(self, words: list[str], telling: Collection[str]) -> bool:
        """Whether `words` (a message telling of harm, simplified) tell of someone online asking
        the writer to keep them from the writer's own family or to go private ("someone on
        fortnite said dont tell my mum": `kept_from_mine`), the online place named before the
        first of `telling` ("said"): the writer is the one asked, not a practitioner quoting a
        child ("the boy said dont tell my mum")."""
        if self._kept_from_mine.first_in_words(words) is None:
            return False
        said_at = next((at for at, w in enumerate(words) if w in telling), len(words))
        return not self._online_at.isdisjoint(words[:said_at])

    def names_older_parent(self, words: list[str]) -> bool:
        """Whether `words` (a message simplified) name a parent bare, as the writer names their
        own ("since mum married him": `parent_named`, not after one of `elses`), and give an age
        of an older person after one of `aged` ("shes 72"; tryout47 #8)."""
        bare = any(
            w in self._parent_named and (i == 0 or words[i - 1] not in self._elses)
            for i, w in enumerate(words)
        )
        return bare and any(
            w in self._aged and (age_in_word(words[i + 1]) or 0) >= _OLDER_AGE
            for i, w in enumerate(words[:-1])
        )

    def of_someone_known(self, words: list[str], *, told: bool) -> bool:
        """Whether `words` (a message telling of harm, simplified) name someone the writer, a
        member of the public, knows (a grandchild, a neighbour: the pack's `known`) or a
        household near them (`nearby`, only when nobody is `told` to have said it: "a child
        said the man next door…" is a practitioner's)."""
        if self._known.first_in_words(words) is not None:
            return True
        return not told and self._nearby.first_in_words(words) is not None

    def names_own_family(self, words: list[str]) -> bool:
        """Whether `words` (a message simplified, or its words before anyone is told to have
        said something) name the writer's own family ("my little brother", "my ex", "my
        daughter": the pack's `own_family`), as one of the public does (tryout45 #6)."""
        return self._own_family.first_in_words(words) is not None

    def of_a_friend(self, words: list[str], age: int | None) -> bool:
        """Whether `words` (a message telling of harm, simplified) read as a young person's
        about a friend: naming a friend of theirs, and young by the age they give (`age`, under
        18), by an age they open with ("15 and my mate (14)…"), one they share ("we are both
        14"), their school year ("im in year 9") or school ("my friend in my class", "my form
        tutor"); or, giving none, by their friend's ("my friend is 14"), a friend who is a child
        ("when he babysits") or how they write ("omg"), unless they tell of a grown-up's life
        ("her husband")."""
        ends = self._friends.all_ends(words)
        if not ends:
            return False
        if age is not None:
            return age < ADULT_AGE and not self._harmed_by_a_friends_own(words, ends)
        friend_age = self._friend_age(words, ends)
        if friend_age is not None:
            return 0 < friend_age < ADULT_AGE
        return (
            self._opens_young(words)
            or self._both_young(words)
            or self._in_a_school_year(words)
            or self._at_school.first_in_words(words) is not None
            or (
                (
                    self._childhood.first_in_words(words) is not None
                    or not self._young_words.isdisjoint(words)
                )
                and self._grown.first_in_words(words) is None
            )
        )

    def friend_harmed(self, words: list[str]) -> bool:
        """Whether `words` (a message telling of harm, simplified) tell of a friend named as
        the one harmed: a friend's own relation ("my friends dad", `relations`) or, within a
        few words after the friend and before the writer (`friend_writer`: "i", "my"; "warning
        me" but not "told me"), one of `friend_harmed` not telling ("hits her", "is self
        harming", "she wants to die", not "she said": `friend_telling`), or after a worry that
        is theirs ("happening to my friend": `friend_worry`; round 54, voice207)."""
        if self._friend_worry.first_in_words(words) is not None:
            return True
        for end in {end for found in self._friends.all_ends(words).values() for end in found}:
            at = end + 1 if words[end : end + 1] == ["s"] else end
            if at < len(words) and words[at] in self._relations:
                return True
            clause = words[end : end + _FRIEND_CLAUSE]
            for i, w in enumerate(clause):
                if w in self._friend_writer or (
                    w == "me" and (i == 0 or clause[i - 1] not in self._to_me)
                ):
                    break  # the writer's own ("warning me"), not "told me"
                if w in self._friend_harmed and clause[i + 1 : i + 2] not in self._friend_telling:
                    return True  # not "she said"
        return False

    def names_a_friend(self, words: list[str]) -> bool:
        """Whether `words` (a message simplified) name a friend of the writer's ("my mate")."""
        return self._friends.first_in_words(words) is not None

    def young_again(self, words: list[str], age: int | None) -> bool:
        """Whether `words`, a message after a signpost to one naming a friend, tell the writer
        is young: by the age they give (`age`, under 18), one they open with ("14 and idk"),
        or their school year ("im in year 9"); or who asks to tell their own parent ("can i
        tell my mum": a practitioner asks no leave of theirs; tryout43 #2)."""
        if age is not None:
            return age < ADULT_AGE
        return (
            self._opens_young(words)
            or self._in_a_school_year(words)
            or self._own_parent.first_in_words(words) is not None
        )

    @property
    def age_forms(self) -> AgeForms:
        """Reads the age a writer gives in a post's short forms ("17f", "15 and…": `age_sexes`…)."""
        return self.own_harm.forms

    def of_themselves(self, words: list[str]) -> list[str]:
        """`words` read for harm told to the writer themselves: without the words of a worry
        about the friend ("will he hate me")."""
        return [w for w in words if w not in self._not_harm]

    def _friend_age(self, words: list[str], ends: dict[int, list[int]]) -> int | None:
        """The age given just after a friend named ("my friend is 14", "my mate (13)"), when it
        is the friend's: not one of someone else's after it ("my friends 15 year old son"); 0
        for the friend's child ("my friends 4 year old"), told of by a grown-up."""
        for end in sorted({end for found in ends.values() for end in found}):
            at = end
            while at < len(words) and words[at] in self._friend_is:
                at += 1
            age = age_in_word(words[at]) if at < len(words) else None
            if not age:
                continue
            after = words[at + 1 : at + 4]
            if at == end and (
                not words[at].isdecimal() or (after[:1] and after[0] in self.age_forms.years_old)
            ):
                return 0  # "my friends 4 year old", "my friends 4yo": the friend's child
            after = [w for w in after if w not in self.age_forms.years_old]
            if not after or after[0] not in self._someone_else:
                return age
        return None

    def _harmed_by_a_friends_own(self, words: list[str], ends: dict[int, list[int]]) -> bool:
        """Whether `words` name the friend only as someone's relation ("my friend's cousin",
        round 42, young43) and the writer as the one something is done to ("he keeps messaging
        me"): not told it or helped ("told me", "help me")."""
        for end in {end for found in ends.values() for end in found}:
            at = end + 1 if words[end : end + 1] == ["s"] else end
            if at >= len(words) or words[at] not in self._relations:
                return False
        return any(
            w == "me"
            and i > 0
            and words[i - 1] not in self._to_me
            and words[i + 1 : i + 2] != ["and"]
            for i, w in enumerate(words)
        )

    def _opens_young(self, words: list[str]) -> bool:
        return len(words) > 1 and _young(words[0]) and words[1] in self._openings

    def _both_young(self, words: list[str]) -> bool:
        return any(
            w == "both" and _young(words[i + 1]) and not self._us.isdisjoint(words[:i])
            for i, w in enumerate(words[:-1])
        )

    def _in_a_school_year(self, words: list[str]) -> bool:
        return any(
            w in self._years
            and i >= 2
            and words[i - 1] == "in"
            and words[i - 2] in self._in_year
            and words[i + 1].isdecimal()
            and _FIRST_YEAR <= int(words[i + 1]) <= _LAST_YEAR
            for i, w in enumerate(words[:-1])
        )


def _young(word: str) -> bool:
    age = age_in_word(word)
    return age is not None and 0 < age < ADULT_AGE
