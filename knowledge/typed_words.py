"""The typed-words pack: the words a short typed message is read by.

Commands ("help", "start a check"), the many spellings of yes, no and not sure, "why", greetings
and thanks are matched whole; the hedged leads ("i think so", "not that i know") are matched at
the start of a longer reply. Every word is written as `simplify` leaves a message (lower case,
no accents or punctuation, single spaces), since a word in any other form could never match.
The worries' phrases ("ring the police", "not sure if it") are found anywhere in a short message
typed just after a signpost, as the matcher reads words.

An organisation's pack adds words to the built-in ones (`knowledge.typed_words_merge`); no word
may have two meanings. The pydantic models that check a typed-words pack read from YAML are in
`knowledge.typed_words_schema`, under the same names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import field
from typing import Literal

from knowledge.flow_pack import AnswerKey
from knowledge.pack_values import PackValue
from knowledge.typed_word_names import (
    AskerList,
    CommandName,
    FriendList,
    LeadAnswer,
    WhomList,
    WorryName,
)
from knowledge.value_class import value_class

_SPACES = re.compile(r"\s+")


# `simplify` for plain ASCII, where there is nothing to fold but case: a letter or digit is kept
# in lower case, as is white space, an apostrophe goes, and anything else becomes a space.
_PLAIN = str.maketrans(
    {
        ch: ch.lower() if ch.isalnum() or ch.isspace() else ("" if ch == "'" else " ")
        for ch in map(chr, range(128))
    }
)


def simplify(text: str) -> str:
    """Lower case, no accents, no punctuation or emoji, single spaces."""
    plain = text.replace("\u2019", "'") if "\u2019" in text else text  # a phone's apostrophe
    if plain.isascii():
        return _SPACES.sub(" ", plain.translate(_PLAIN)).strip()
    return simplify_unicode(text)


def simplify_unicode(text: str) -> str:
    """`simplify` for any text: the long way, which plain ASCII text need not take."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(
        ch if ch.isalnum() or ch.isspace() else ("" if ch in "'\u2019" else " ")
        for ch in folded
        if not unicodedata.combining(ch)
    )
    return _SPACES.sub(" ", kept).strip()


@value_class(kw_only=True)
class HedgedWords(PackValue):
    """Words for reading a longer reply in a consent check ("yes, she told me in confidence").

    `leads` are how a yes, no (or a kind of no) or not-sure reply may begin; a reply whose next
    word (after any `joining_words`) is one of `question_words` asks something and is not an
    answer. `echoes` are yes or no leads that repeat the question's verb ("we have", "it
    isn't"): with more words after one, the next must be a word of the question asked. A yes
    lead followed by one of `negations` ("we have no consent") or by a lead of another answer
    ("yes and no") is no answer. A reply beginning with one of `not_answers`, or going on with
    one after its lead, is no answer either ("no doubt", "yes I asked her"). An echo is an
    answer only when its verb is the question's in one of the forms of `verb_forms` ("she has"
    answers "Do you have …?", "she did" does not answer "Is there …?"). `agreements` are yes
    leads too, that tell of consent given ("she agreed"): they answer only a question that asks
    for consent (one that offers "refused"). A reply beginning with one of `persons` is read as if
    it began with the pronoun it is listed under ("mum's agreed" as "she's agreed").
    `asked_first` tell of asking the person ("we asked her this morning and she agreed"): what
    the person said is read from a later clause that begins with them ("she agreed").
    `doubts` are words or phrases that make a yes or no doubtful ("probably", "I guess not",
    "not really"): where a question asks for a clear answer (one that ends the check with
    sharing), it is asked again.
    `denials`, with `negations`, turn a word of a key question's `meanings` said just after
    them to the other answer ("it isn't public" is a yes to "Is the information confidential?").
    `degrees` are words that may stand inside a not-sure lead without changing it ("not really
    sure" is "not sure", "I don't honestly know" is "I don't know").
    `second_thoughts` change the mind between two answers: the second stands ("no actually
    yes"). `corrections`, said before an answer, change the last answer given ("I meant no").
    `cannot_consent`, found anywhere in a reply, tell that the person can't consent ("he lacks
    capacity"): a question that asks for consent is asked again after its `unable_text`.
    `consent_words` tell of consent ("she not agree"): a reply holding one answers a question
    whose own words hold one, and no other, whatever yes or no it begins with.
    `subject_words` are, for a key question (by its id), words telling of its subject ("it
    identifies her" of whether a person can be identified): a reply holding some, to another
    question holding none of its own, is confirmed, never taken as that question's answer.
    `writers` are the words a message by the writer about themselves opens with ("i", "we"),
    and `writer_asks` those that, soon after one, make it ask rather than tell ("i need to
    know…"): just after a signpost, one that tells is the case told on, never quoted on.
    """

    leads: dict[LeadAnswer, tuple[str, ...]] = field(default_factory=dict)
    echoes: tuple[str, ...] = ()
    question_words: tuple[str, ...] = ()
    joining_words: tuple[str, ...] = ()
    negations: tuple[str, ...] = ()
    denials: tuple[str, ...] = ()
    not_answers: tuple[str, ...] = ()
    verb_forms: tuple[tuple[str, ...], ...] = ()
    agreements: tuple[str, ...] = ()
    persons: dict[str, tuple[str, ...]] = field(default_factory=dict)
    asked_first: tuple[str, ...] = ()
    degrees: tuple[str, ...] = ()
    doubts: tuple[str, ...] = ()
    second_thoughts: tuple[str, ...] = ()
    corrections: tuple[str, ...] = ()
    cannot_consent: tuple[str, ...] = ()
    consent_words: tuple[str, ...] = ()
    subject_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    writers: tuple[str, ...] = ()
    writer_asks: tuple[str, ...] = ()


@value_class(kw_only=True)
class TypedWordsPack(PackValue):
    """A file of kind `typed-words`; an organisation's own adds to the built-in one."""

    kind: Literal["typed-words"]
    commands: dict[CommandName, tuple[str, ...]] = field(default_factory=dict)
    answers: dict[AnswerKey, tuple[str, ...]] = field(default_factory=dict)
    why: tuple[str, ...] = ()
    greetings: tuple[str, ...] = ()
    greeting_to: tuple[str, ...] = ()
    thanks: tuple[str, ...] = ()
    praise: tuple[str, ...] = ()
    """Single words that may come with thanks ("that's really helpful, thank you"): a short
    message of these and at least one word of `thanks` is thanks."""
    age_words: tuple[str, ...] = ()
    """Single words that may come with a number in a bare age ("she's 14", "he is 15 years
    old"): a short message of these and one age is a bare age."""
    adult_words: tuple[str, ...] = ()
    """Words for adults ("adults", "grown ups"): a short message of these and `age_words`
    ("what about adults?") just after a summary by age asks what it says for adults."""
    adult_asides: tuple[str, ...] = ()
    """Words that may stand beside `adult_words` and `age_words` in such a message ("is it the
    same for adults too?")."""
    spans: tuple[str, ...] = ()
    """Words after a number in a follow-up just after a signpost that make it a span or a count,
    not an age ("back in 2 weeks", "3 times"), unless "old" follows ("6 weeks old")."""
    acknowledgements: tuple[str, ...] = ()
    """A message that only takes in what was said ("ok", "got it"): nothing to answer."""
    skips: tuple[str, ...] = ()
    """Typed whole at a field of a record form asked for one field at a time ("skip"): the field
    is left blank and the next asked for."""
    confused: tuple[str, ...] = ()
    """Confused by what was just said ("huh", "i dont understand"): explained where it can be."""
    professionals_told: tuple[str, ...] = ()
    """Asked after a risk of harm, telling a colleague or another professional ("tell her
    teacher"): the offer says sharing what they need is normally right, through the lead."""
    cold_told: tuple[str, ...] = ()
    """In a message telling of an adult's neglect, a home told as cold ("no heating", "it's
    freezing"): its signpost says what to do now (`dialogs.told_notes`)."""
    offender_told: tuple[str, ...] = ()
    """Someone named as on the sex offenders register: with one of `new_partner_told`, in a
    message telling of a risk to a child, its signpost says who tells the partner
    (`dialogs.told_notes`)."""
    new_partner_told: tuple[str, ...] = ()
    """A partner, or a partner's children ("new girlfriend", "her kids"): see `offender_told`."""
    scam_told: tuple[str, ...] = ()
    """In a message telling of harm, name a "safe account" or bank-impersonation scam call
    ("move my savings to a safe account"): its signpost says it is a scam (`dialogs.scam_call`)."""
    police_called_told: tuple[str, ...] = ()
    """A young person's fear that telling brings the police ("will they call the police on
    me"): after their own first words, what usually happens (`dialogs.young_police`)."""
    own_holders: tuple[str, ...] = ()
    """Who holds what a member of the public told them or their records ("my doctor", "the
    school nurse"): with one of `own_matters`, a question about the writer's own information."""
    own_matters: tuple[str, ...] = ()
    """The writer's own family, health, records or words ("my parents", "my medical*", "what i
    said"): with one of `own_holders`, a question about the writer's own information."""
    several_questions: tuple[str, ...] = ()
    """Found anywhere in a message, say it asks more than one question ("2 questions"): the
    reply says one is answered, and to ask the next on its own."""
    second_questions: tuple[str, ...] = ()
    """Found in a message telling of harm, begin a second question ("and what is"): the reply
    says one is answered, and to ask the other on its own."""
    follow_ups: tuple[str, ...] = ()
    """How a short follow-up leaning on the last reply begins ("what if", "and if", "what
    about"): just after a topic the Q&A does not cover, it is about that topic."""
    follow_up_ends: tuple[str, ...] = ()
    """How a short follow-up leaning on the last reply ends ("do parents have to give consent
    for that"): just after a topic the Q&A does not cover, it is about that topic."""
    follow_up_parties: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Who a short follow-up may ask about ("what about the police?", "and schools?"): a name to
    say, and the words or phrases naming them. Just after a topic the Q&A does not cover, the
    topic's own lines on them are given, or what the assistant can offer for them."""
    follow_up_asides: tuple[str, ...] = ()
    """Words such a follow-up may hold beside the party's ("it's the GP asking"): one with any
    other word ("what if the parents say no") is a follow-up of another kind."""
    follow_up_pronouns: tuple[str, ...] = ()
    """Words standing for what the last quoted answer is about ("and what actually is one?"):
    just after the quote, read as its `subject` (`dialogs.quoted_follow_up`)."""
    meaning_frames: tuple[str, ...] = ()
    """How asking what a term means is worded, * standing for the term: "what does * mean"."""
    whether_frames: tuple[str, ...] = ()
    """How asking whether the case is a term is worded ("is this *"): in a consent check, a term
    of the question waiting ("is this confidential?" at key question 3) gets its explanation."""
    command_leads: tuple[str, ...] = ()
    wrong_presses: tuple[str, ...] = ()
    """How a message may open (after any `command_leads`) to say a wrong button was pressed ("i
    pressed the wrong one, she did not refuse"): it is the `back` command, however long."""
    """Words a command may follow ("ok", "lets", "show me"): "ok start the check" is `check`."""
    askers: dict[AskerList, tuple[str, ...]] = field(default_factory=dict)
    """Found in harm told in a consent check, name the one who asked for the information (`asking`:
    "the one asking") or who came with the person (`with`: "the mum just came in with her and
    whispered 'she takes my money'"): they may be the one causing harm, and are not to be shared
    with (`dialogs.shared_with_them`); unless one of `telling` follows an `asking` phrase closely
    ("the mum asking for the records says her ex hits her": the one asking tells of it)."""
    whom_asked: dict[WhomList, tuple[str, ...]] = field(default_factory=dict)
    """How whom to ring or tell is asked just after a signpost ("who do we even report to"): an
    `asking` word, only `between` words, then a `contacting` one, or a choice opened by a
    `between` and a `writer` word (`dialogs.whom_asked`)."""
    hedged: HedgedWords = field(default_factory=HedgedWords)
    friend: dict[FriendList, tuple[str, ...]] = field(default_factory=dict)
    """Words for reading a message telling of harm as a young person's about a friend
    (`dialogs.friend_voice`). `friends` name a friend of the writer's ("my mate"); `at_school`
    tell of a school the writer is at ("my form tutor"), young with no age given. `openings`
    follow an age the writer opens with ("15 and my mate…"), `us` the writer and a friend before
    "both" and an age ("we are both 14"), `in_year` come before "in" and one of `years` and a
    school year ("im in year 9"). `not_harm` tell of a worry about the friend ("will she hate
    me"), not harm to the writer. `at_work` and `own_body` tell of a young writer at work
    harmed there (`dialogs.young_worker`). With no age of the writer's, `friend_is` come between
    a friend and their age ("my friend is 14"), `someone_else` after an age that is another's
    ("my friends 15 year old daughter"); `childhood` tell of a friend who is a child ("when he
    babysits"), `young_words` of a young writer ("omg"), and `grown` of a grown-up's life ("her
    husband"), which outweighs both; `relations` and `to_me` a young writer harmed by a friend's
    relation, `friend_harmed` (just after a friend) the friend as the one harmed ("hits her",
    not before one of `friend_telling`: "she said"; nor after one of `friend_writer`: "i"),
    as `friend_worry` do before one ("happening to my friend"). `known` name someone a member
    of the public knows ("my grandson", "my neighbour"), and `nearby` a household near them
    ("next door are"), told of by someone not at work
    (`dialogs.own_voice`'s `family`). `grown_self` tell that a writer harmed is an adult ("my
    wife", "im a bloke"), `own_things` of harm to the writer as what is taken ("my pension"),
    `asked_of_me` as what is asked of them ("keeps asking me for pics"), `kept_from_mine` as
    what someone online (one of `online_at`, before the telling word) asks of them ("said dont
    tell my mum": `dialogs.friend_voice`), `own_life` of a risk to
    their own life ("i have my tablets saved up": `dialogs.life_plans`). `parent_named` are a
    parent named bare ("since mum married him"), not after one of `elses` ("her mum"), and
    `aged` come before an age ("shes 72"): an older parent so named is the writer's own.
    `young_self` tell that a writer harmed, of no age given, is young ("my mum says"), as
    `older` and one of `siblings` do before an age under 18 ("my big brother is 17"), and one of
    `partners` before an adult's age with one of `secret_us` ("about us": `dialogs.young_self`),
    none beside one of `grown_life` ("leave him"). `own_doing` tell of the writer's own harm,
    done or feared, beside one in their care (`cared_for`, `shared_child` beside `own_partner`,
    `cared_adult`), or their own drinking or drug use beside their child (`own_using`), none
    after one of `other_doers`, nor a grandparent's (`grand_kin`:
    `dialogs.own_doing`).
    `friends`, `at_school`, `at_work`, `own_body`, `childhood`, `grown`, `known`, `nearby`,
    `grown_self`, `own_things`, `asked_of_me`, `young_self`, `secret_us`, `grown_life`,
    `own_life` tell the writer's own plan to end their life, `life_control` a condition of
    theirs a threat to end a life is made on ("if i leave"; `dialogs.life_plans`), `strangers`
    someone met by chance in a public place, never beside one of `stranger_not` (the writer at
    work there). `own_harmed` tell of harm done to the writer ("tried to kill me") or by them to
    themselves ("i self harm"), `plans_to_kill` a plan to kill them, `also_harms` harm after
    someone else beside `own_harms` (`dialogs.writer_harmed`, `dialogs.own_doing`). `own_doing`,
    `cared_for`, `cared_adult`, `shared_child`, `own_partner`, `own_life`, `life_control`,
    `strangers`, `own_harmed` and `plans_to_kill` are phrases, the rest single words."""
    agreed: dict[str, tuple[str, ...]] = field(default_factory=dict)  # `dialogs.agreed`
    worries: dict[WorryName, str] = field(default_factory=dict)
    """The phrases that tell each worry in a short message typed just after a signpost, found
    anywhere in it as the matcher reads words (a last word ending in * matches any word it
    starts); the worries in order of precedence, the first with a phrase in a message winning.
    A worry's phrases are listed in the pack and kept one a line in one string (`phrases_of`),
    split only when the reader is built, at the first turn after a signpost: every start reads
    the knowledge, and read one by one the 600 phrases cost it about 0.3 million instructions."""

    def whole_messages(self) -> Iterator[tuple[str, str]]:
        """(where, word) for every word matched as a whole message, e.g. ("answers.yes", "ie")."""
        for command, words in self.commands.items():
            yield from ((f"commands.{command}", w) for w in words)
        for answer, words in self.answers.items():
            yield from ((f"answers.{answer.value}", w) for w in words)
        for name in ("why", "confused", "greetings", "thanks", "acknowledgements", "skips"):
            words = getattr(self, name)
            yield from ((name, w) for w in words)

    def reply_starts(self) -> Iterator[tuple[str, str]]:
        """(where, word) for every hedged lead, not-answer, question word and joining word."""
        for answer, words in self.hedged.leads.items():
            yield from ((f"hedged.leads.{answer}", w) for w in words)
        yield from (("hedged.question_words", w) for w in self.hedged.question_words)
        yield from (("hedged.joining_words", w) for w in self.hedged.joining_words)
        yield from (("hedged.not_answers", w) for w in self.hedged.not_answers)
        yield from (("hedged.agreements", w) for w in self.hedged.agreements)
        yield from (("hedged.asked_first", w) for w in self.hedged.asked_first)

    def worry_phrases(self) -> Iterator[tuple[str, str]]:
        """(where, phrase) for every phrase of a worry, e.g. ("worries.police", "999")."""
        for worry, lines in self.worries.items():
            yield from ((f"worries.{worry}", p) for p in phrases_of(lines))


def phrases_of(lines: str) -> tuple[str, ...]:
    """A worry's phrases as `TypedWordsPack.worries` keeps them (one a line), in order."""
    return tuple(lines.split("\n")) if lines else ()


def after_lead(words: Sequence[str], leads: Iterable[Sequence[str]]) -> Sequence[str] | None:
    """The words after the first of `leads` (each a list of words) that `words` begins with;
    None if it begins with none of them."""
    for lead in leads:
        if words[: len(lead)] == lead:
            return words[len(lead) :]
    return None
