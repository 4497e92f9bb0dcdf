"""Reading a longer or hedged reply during a consent check as yes, no or not sure.

"I think so", "yes, she told me in confidence" and "we haven't asked yet" are answers, not
questions for the Q&A. They are read by how they begin (the leads of the typed-words pack), and
the assistant says how it read them so that a wrong reading is one **back** away. Anything that
looks like a question is left alone. The tables the words are read with, and how a reply begins
(its lead, the person it names), are `LeadReader`'s (`dialogs/answer_leads.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from itertools import dropwhile

from dialogs.answer_leads import LeadReader, holds_any
from knowledge.flow_pack import NO_LIKE, AnswerKey
from knowledge.typed_words import after_lead, simplify

MAX_WORDS = 16  # longer than this and it is a story or a question, not an answer
_HEDGE_ASKED_WORDS = 4  # "i think so?", "probably not?": a hedge, though it ends with "?"
_SHORT = 3
_CLAUSE_ENDS = ",;:.!"


class HedgedReader(LeadReader):
    """Reads a longer reply by how it begins, with the typed-words pack's hedged words
    (the tables and leads of `LeadReader`)."""

    def as_hedged_answer(
        self,
        text: str,
        simple: str,
        asked: Collection[str] = (),
        offered: Collection[AnswerKey] | None = None,
    ) -> AnswerKey | None:
        """Yes, no or not sure for a reply that begins like one and is not a question.

        Args:
            text: the message as cleaned (its question mark still there).
            simple: the same message simplified (lower case, no punctuation).
            asked: the words of the question it answers; a yes that repeats the question's verb
                ("we have …") must go on with one of them ("we have consent").
            offered: the answers that question offers; a yes that tells of consent given ("mum
                agreed") answers only a question offering "refused" (one that asks for consent).

        Returns:
            The answer it begins with, or None.
        """
        found = self._as_pronoun(self._without_fillers(simple.split()))
        if not found or len(found) > MAX_WORDS or ("?" in text and not self._hedge_asked(text)):
            return None
        if after_lead(found, self._asked_first) is not None:
            return self._said_when_asked(text, found, asked, offered)
        if after_lead(found, self._not_answers) is not None:
            return None  # "no doubt, she's at risk": it begins like a no, and is not one
        key, rest = self._lead(found, asked)
        rethought = self._rethought(rest) if key is not None else None
        if rethought is not None:  # "no actually yes": the second answer stands
            said = " ".join(rethought)
            return self.as_hedged_answer(said, said, asked, offered)
        if key is None or key is AnswerKey.NOT_SURE:
            return key  # "not sure, she didn't say": whatever follows a not sure, it is not sure
        # Only the joining words it opens with: "no, but he has capacity and refused".
        then = self._as_pronoun(list(dropwhile(self._joining_words.__contains__, rest)))
        if after_lead(then, self._not_answers) is not None:
            return None  # "yes I asked her": the yes is to something other than the question
        said_next, after_next = self._lead(then) if then else (None, ())
        if key is AnswerKey.NO and said_next in NO_LIKE:
            # "no, she refused": the kind of no that follows says more than the "no".
            return said_next
        if self._says_two_things(key, said_next, then):
            return None
        lead = found[: len(found) - len(rest)]
        if tuple(lead) in self._agreements and not (
            offered is None or AnswerKey.REFUSED in offered
        ):
            return None  # "she has agreed" is no yes to "Is there a clear … purpose …?"
        if not self._keeps_to_question(lead, rest, asked, alone=_stands_alone(lead, text)):
            return None
        # "yes, it's a safeguarding concern": an echo after the lead must keep to the question too.
        next_lead = then[: len(then) - len(after_next)] if said_next is not None else ()
        if not self._keeps_to_question(next_lead, after_next, asked):
            return None
        return key

    def _said_when_asked(
        self,
        text: str,
        found: Sequence[str],
        asked: Collection[str],
        offered: Collection[AnswerKey] | None,
    ) -> AnswerKey | None:
        """What the person said, in a reply that first tells of asking them: "we asked her this
        morning and she agreed" is "she agreed". Read from the first later clause (after a joining
        word or a comma) that begins with a person and reads as an answer; None if none does."""
        clauses = [found[i:] for i in range(1, len(found)) if found[i - 1] in self._joining_words]
        clauses += [simplify(part).split() for part in _clauses(text)[1:]]
        for clause in clauses:
            person = self._as_pronoun(self._without_fillers(list(clause)))
            if person and person[0] in self._pronouns:
                said = " ".join(clause)
                key = self.as_hedged_answer(said, said, asked, offered)
                if key is not None:
                    return key
        return None

    def correction(self, text: str, simple: str) -> AnswerKey | None:
        """The answer a reply gives in place of the last one given ("wait, I meant no" is no);
        None for a reply that is no such correction, or asks something."""
        found = self._without_fillers(simple.split())
        rest = after_lead(found, self._corrections)
        if not rest or "?" in text:
            return None
        said = " ".join(rest)
        return self.as_hedged_answer(said, said)

    def past_a_remark(self, simple: str, remark: Callable[[str], bool]) -> str | None:
        """What a reply says after a remark on the person that it begins with ("she's 15 and
        said no": "she said no"), as said by them; None for a reply that begins with no such
        remark (`remark` tells one: a bare age) and a joining word after it."""
        words = simple.split()
        for cut in range(2, min(len(words), MAX_WORDS)):
            if words[cut] not in self._joining_words or not remark(" ".join(words[:cut])):
                continue
            person = self._pronoun_of.get(self._as_pronoun(words[:cut])[0])
            rest = self._as_pronoun(self._without_fillers(words[cut + 1 :]))
            if person is None or not rest:
                return None
            return " ".join(rest if rest[0] in self._pronouns else [person, *rest])
        return None

    def tells_cannot_consent(self, simple: str) -> bool:
        """Whether a reply of a few words tells that the person can't consent ("he's got
        dementia so can't consent", "no, she lacks capacity")."""
        words = simple.split()
        return len(words) <= MAX_WORDS and holds_any(words, self._cannot_consent)

    def tells_of_consent(self, simple: str, asked: Collection[str]) -> bool:
        """Whether a reply tells of consent ("no, she not agree") to a question whose words
        (`asked`) don't: then it answers the consent question, not this one."""
        words = self._consent_words
        return not words.isdisjoint(simple.split()) and words.isdisjoint(asked)

    def other_subject(self, simple: str, step: str) -> str | None:
        """The key question (its id) whose subject a reply tells of ("yes it identifies her"
        of whether a person can be identified), when typed at `step`, a question whose subject
        words it holds none of; None when it tells of no other, or `step` has no subject words."""
        own = self._subjects.get(step)
        said = frozenset(simple.split())
        if not own or not said.isdisjoint(own):
            return None
        return next(
            (other for other, found in self._subjects.items() if not said.isdisjoint(found)), None
        )

    def _rethought(self, rest: Sequence[str]) -> list[str] | None:
        """The words of a second answer after a change of mind that follows a lead ("no,
        actually yes", "yes sorry I meant no"); None when no answer follows one."""
        words = list(rest)
        while words:
            after = after_lead(words, self._second_thoughts)
            if after is not None:
                then = self._as_pronoun(self._without_fillers(list(after)))
                if then and self._lead(then)[0] is not None:
                    return then
            if words[0] not in self._joining_words:
                return None
            words = words[1:]
        return None

    def _hedge_asked(self, text: str) -> bool:
        """Whether `text` opens with a short hedge ended by its only question mark ("i think so?",
        "probably?"; tryout45 #11), then at most a remark that asks nothing ("probably not? its
        just a number"; tryout75 #7): the same hedge as without it, not a question."""
        hedge, _, remark = text.strip().partition("?")
        remark = remark.lstrip("?")
        said = simplify(hedge)
        return (
            "?" not in remark
            and 0 < len(said.split()) <= _HEDGE_ASKED_WORDS
            and (self.doubts(said) or self._lead(said.split())[0] is AnswerKey.NOT_SURE)
            and not self._asks(simplify(remark).split())
        )

    def doubts(self, simple: str) -> bool:
        """Whether a reply holds a word or phrase of doubt ("probably", "yes I think so", "nah
        not really")."""
        return holds_any(simple.split(), self._doubts)

    def tells_of_person(self, simple: str) -> bool:
        """Whether a message begins with a person ("she's agreeed", "mum's fine", "the young
        person …"), after any joining words: said in a check, a remark on the case."""
        found = self._as_pronoun(self._without_fillers(simple.split()))
        return bool(found) and found[0] in self._pronouns

    def _says_two_things(
        self, key: AnswerKey, said_next: AnswerKey | None, then: Sequence[str]
    ) -> bool:
        """Whether what follows a lead answers otherwise: "yes and no", "we have no consent",
        "yes she refused", "no, she agreed". Asked again, never recorded as either."""
        if key is AnswerKey.YES and then and then[0] in self._negations:
            return True
        agrees = said_next in (None, key) or (key in NO_LIKE and said_next is AnswerKey.NO)
        return not agrees

    def _keeps_to_question(
        self,
        lead: Sequence[str],
        rest: Sequence[str],
        asked: Collection[str],
        *,
        alone: bool = False,
    ) -> bool:
        """False when `lead` is an echo ("we have", "they didn't") and the reply goes on about
        something other than the question ("we have a safeguarding concern", "they didn't want
        anyone to know"): its first word of more than three letters is not the question's."""
        if tuple(lead) not in self._echoes:
            return True
        if not self._same_verb(lead, asked):
            return False  # "she did" to "Is there a sufficient public interest …?"
        if alone:
            return True  # "it isn't, it was on facebook": the echo is its own clause
        # "a", "the" and "you" are in most questions: the first longer word says what it is about.
        words = [w for w in rest if w not in self._joining_words and len(w) > _SHORT]
        return not words or words[0] in asked

    def _same_verb(self, lead: Sequence[str], asked: Collection[str]) -> bool:
        """Whether the echo's verb is the question's in some form ("she has" to "Do you have
        …?"), or is none the pack knows."""
        verbs = {self._verb_of[w] for w in lead if w in self._verb_of}
        return not verbs or any(self._verb_of.get(w) in verbs for w in asked)

    def words_after_lead(self, simple: str) -> list[str]:
        """The words of a reply after the answer it begins with ("its not public" of "no its
        not public"); all of them when it begins with none, or with an echo of the question's
        verb, whose "not" is said of the words after it ("its not confidential")."""
        found = self._as_pronoun(self._without_fillers(simple.split()))
        key, rest = self._lead(found)
        if key is None or tuple(found[: len(found) - len(rest)]) in self._echoes:
            return found
        return list(rest)

    def opens_with_echo(self, text: str, simple: str) -> bool:
        """Whether a reply begins with an echo of a question's verb said of the words after it
        in its clause ("it is public", "it isn't private"), not as a clause of its own ("it is,
        everyone knows")."""
        found = self._as_pronoun(self._without_fillers(simple.split()))
        key, rest = self._lead(found)
        lead = found[: len(found) - len(rest)]
        return key is not None and tuple(lead) in self._echoes and not _stands_alone(lead, text)

    def opens_with_answer(self, text: str, simple: str) -> bool:
        """Whether a reply of a few words, no question, begins with an answer of its own ("yes
        she said no"), not with an echo of the question's verb ("we have a concern") nor with
        words that only look like one ("no problem")."""
        found = self._as_pronoun(self._without_fillers(simple.split()))
        if not found or len(found) > MAX_WORDS or self.is_asked(text, simple):
            return False
        if after_lead(found, self._not_answers) is not None:
            return False
        key, rest = self._lead(found)
        return key is not None and tuple(found[: len(found) - len(rest)]) not in self._echoes

    def says_question_back(self, simple: str, asked: Collection[str]) -> bool:
        """Whether a reply is a yes only as it says the question `asked` back ("yes is clear
        purpose"): read without the question, it would ask something."""
        found = self._as_pronoun(self._without_fillers(simple.split()))
        return self._lead(found)[0] is None and self._lead(found, asked)[0] is AnswerKey.YES

    def is_bare_reply(self, text: str, simple: str) -> bool:
        """Whether a short message is only a yes, no or not sure ("I think so", "no idea")."""
        return len(simple.split()) <= 3 and self.as_hedged_answer(text, simple) is not None


def _clauses(text: str) -> list[str]:
    """`text` cut at each comma, semicolon, colon, full stop or exclamation mark."""
    for end in _CLAUSE_ENDS[1:]:
        text = text.replace(end, _CLAUSE_ENDS[0])
    return text.split(_CLAUSE_ENDS[0])


def _stands_alone(lead: Sequence[str], text: str) -> bool:
    """Whether `lead` is the whole of the reply's first clause: "it isn't, it was on facebook"."""
    ends = [i for i in map(text.find, _CLAUSE_ENDS) if i >= 0]
    return simplify(text[: min(ends)] if ends else text).split() == list(lead)
