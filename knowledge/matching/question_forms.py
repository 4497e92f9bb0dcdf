"""The forms a typed question takes, read from its words alone: does a sentence ask anything,
does it open asking who, does it only check a claim ("Is that right?"), does it ask whether to
act ("Can I?"), does it open "what is"? Pure functions the quote gate reads."""

from __future__ import annotations

from knowledge.matching.text import words

ELLIPTIC = 4  # words: a question this short leans on the sentence before it
MEANS = frozenset({"mean", "means"})  # "what does proportionate mean?"
# Words that point back to what was said before ("is that true?", "does it apply to us?").
POINTERS = frozenset({"it", "that", "this", "these", "those", "them", "they"})
# A message with this many sentences asking ("Is there a good reason to prevent sharing? Or is
# the law an obstacle? Are there other reasons…?") is a list of questions: a consultation, a
# quiz, a forum post. No one published answer answers it (docs/matcher.md, round 19).
MANY_QUESTIONS = 3
# A short question opening with one of these asks whether to do something ("Can I?", "Should
# we tell them?"); ending with one of the others it asks whether a claim holds ("Is that true?").
_MODALS = frozenset(
    words("can could should shall must may might do does did will would is am are have has")
)
_CHECKS = frozenset(words("true right correct so accurate case ok okay"))
# "Who" after one of these is what is asked ("does the guidance say who decides?"), as "who"
# opening a question is; elsewhere it is often a relative ("staff who share").
_SAYING = frozenset(words("say says said tell tells explain explains specify specifies know"))
# A sentence opening with one of these asks or requests, even without a question mark.
_OPENERS = frozenset(
    words(
        "what whats how why when where which who whom whose if whether tell explain help please "
        "need want wondering wondered any advice guidance looking"
    )
)
# A sentence opening "I" or "we" asks only when it says so within its first few words ("I was
# wondering whether…", "we'd like to know…", "I'm not sure if…"); otherwise it tells the story
# ("I do not give my consent for their details to be added.", "I asked her and she said no").
_HEDGES = ("not sure", "unsure", "dont know", "do not know")
# "I'm not sure when I'm allowed to share without consent." asks when, as "…whether…" asks.
_HEDGED_ASKS = ("if", "whether", "what", "how", "when", "who", "where", "which", "why")
_HEDGE_WORDS = tuple(tuple(words(hedge)) for hedge in _HEDGES)
_SAYS_IT_ASKS = tuple(
    tuple(words(phrase))
    for phrase in (
        "wonder",
        "wondering",
        "wondered",
        "want to know",
        "need to know",
        "like to know",
        "need advice",
        "need some advice",
        "would like advice",
        "need help",
        "need some help",
        "need guidance",
        "need clarification",
        "looking for",
        "would appreciate",
        "have a question",
        "am asking",
        "are asking",
        *(f"{hedge} {wh}" for hedge in _HEDGES for wh in _HEDGED_ASKS),
    )
)
# A sentence opening with one of these and then laying down a rule ("When you are asked for
# information, you should ask the person first.") states a condition, not a question; a modal
# with its subject after it ("if she refuses should I still share") still asks.
_CONDITIONS = frozenset(words("when whenever where if once before after unless"))
_SUBJECTS = frozenset(words("i we you they he she it there this that"))
_DETERMINERS = frozenset(words("the a an our my your their his her its these those"))
_WHOM_FOR_WITHIN = 8  # words: "who is this guidance actually for"
_JOINED = frozenset(("and", "or", "but"))  # "who is it for, and does it cover volunteers?"
_SAYS_IT_ASKS_WITHIN = 5  # words after the "I" or "we"
# The writer alone, as typed with or without the apostrophe ("I'm" reads "i am"; "Im", "Ive");
# and the writer's team telling of themselves ("We're worried about…"; not "we" alone: "we can't
# share without consent" is a claim, which the answer may put right).
WRITER = frozenset(words("i im ive id"))
_TEAM_TELLING = ("we", "are")
_SELF = WRITER | {"we"}


def asks_something(sentence: str, typed: list[str]) -> bool:
    """Whether a sentence asks something: a question mark, a question word or request first,
    or "I" or "we" saying within a few words that they ask ("I was wondering if…")."""
    if "?" in sentence:
        return True
    if not typed:
        return False
    if typed[0] in _OPENERS or typed[0] in _MODALS:
        return True
    return typed[0] in _SELF and _says_it_asks(typed[1 : 1 + _SAYS_IT_ASKS_WITHIN])


def tells_of_the_writer(sentence: str, typed: list[str]) -> bool:
    """Whether a sentence tells of the writer rather than asking: it opens "I" ("I'm nervous
    about breaking her trust.", "I keep going back and forth about sharing.") or "we are"
    ("We're worried about sharing without consent.") and asks nothing
    (`asks_something`: "I'm not sure whether I need consent" says it asks)."""
    opens_on_writer = typed[:1] != [] and typed[0] in WRITER
    if not opens_on_writer and tuple(typed[:2]) != _TEAM_TELLING:
        return False
    return not asks_something(sentence, typed)


def hedge_end(typed: list[str]) -> int | None:
    """Where the hedge of a hedged ask ends ("I'm unsure what…", "not sure if…": the index of
    its question word), or None when the sentence opens on none. The hedge tells the writer's
    state; what they ask follows it ("I'm unsure what I'm allowed to share at the meeting"
    asks what to share, not why practitioners are unsure)."""
    start = 0
    if typed[:1] and typed[0] in _SELF:
        start = 1
    head = typed[start : start + _SAYS_IT_ASKS_WITHIN + 1]
    for hedge in _HEDGE_WORDS:
        for i in range(len(head) - len(hedge)):
            if tuple(head[i : i + len(hedge)]) == hedge and head[i + len(hedge)] in _HEDGED_ASKS:
                return start + i + len(hedge)
    return None


def states_a_rule(sentence: str, typed: list[str], rule_end: int | None) -> bool:
    """Whether a sentence states a rule rather than asking: it holds no question mark, says a
    word of a rule laid down (ending at `rule_end`, the index after it, or None: none said), and
    has no subject after that word ("what should we do", "what should the charity do" ask), and
    either asks nothing at all or opens on a condition and says the rule later ("When you are
    asked, you should ask them first.")."""
    if "?" in sentence or rule_end is None or typed[rule_end : rule_end + 1] == []:
        return False
    if typed[rule_end] in _SUBJECTS or typed[rule_end] in _DETERMINERS:
        # "…, what should we do", "what support should the charity give us": the modal before
        # its subject asks, wherever it stands.
        return False
    return not asks_something(sentence, typed) or (typed[0] in _CONDITIONS and rule_end > 2)


def _says_it_asks(head: list[str]) -> bool:
    return any(
        head[i : i + len(phrase)] == list(phrase)
        for phrase in _SAYS_IT_ASKS
        for i in range(len(head) - len(phrase) + 1)
    )


def asks_who(question: list[str]) -> bool:
    """Whether the question asks for a person: opening with "who", or "who" after a verb of
    saying."""
    # "Who enforces it?", or asked of a text: "does the guidance say who should decide?"
    return question[:1] == ["who"] or any(
        question[i] == "who" and question[i - 1] in _SAYING for i in range(1, len(question))
    )


def asks_whom_for(question: list[str]) -> bool:
    """Whether the question asks whom something is for: "who is the pocket guide for?", "who
    is it aimed at?" (its readers, not who made it)."""
    return question[:1] in (["who"], ["whom"], ["whos"]) and (
        question[-1:] == ["for"] or question[-2:] == ["aimed", "at"]
    )


def whom_for_end(question: list[str]) -> int | None:
    """Where a question opening "who is … for" ends asking whom something is for: the index of
    its "for", when that ends the question or another question follows it ("who is this
    guidance actually for, does it cover volunteers like me"); None otherwise ("who is
    responsible for deciding?" asks who acts)."""
    if question[:1] not in (["who"], ["whom"], ["whos"]):
        return None
    end = next((i for i, w in enumerate(question[:_WHOM_FOR_WITHIN]) if w == "for"), None)
    if end is None:
        return None
    after = question[end + 1 : end + 2]
    return end if not after or after[0] in _MODALS | _OPENERS | _JOINED else None


def checks_a_claim(question: list[str]) -> bool:
    """Whether a short question only asks if what was said before it holds ("Is that right?")."""
    return 0 < len(question) <= ELLIPTIC and question[0] in _MODALS and question[-1] in _CHECKS


def asks_to_act(question: list[str]) -> bool:
    """Whether a short question asks whether to do something."""
    # "Can I?", "Should we tell them?"; and "What do I do?", "What should we do?" ("What
    # now?" after a story asks the story's question: tests/dialogs/test_next_steps.py)
    if question[:1] == ["what"] and question[2:3] in (["i"], ["we"]) and question[3:4] == ["do"]:
        return True
    return bool(question) and question[0] in _MODALS and question[-1] not in _CHECKS


def opens_what_is(question: list[str]) -> bool:
    """Whether the question opens "what is", "what are" or "what's"."""
    return question[:2] in (["what", "is"], ["what", "are"], ["what", "s"]) or question[:1] == [
        "whats"
    ]
