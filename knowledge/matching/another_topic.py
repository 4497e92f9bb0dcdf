"""Whether a question names another topic than information sharing: another guidance or act,
or support with another matter.

The entries' "guidance" is the information sharing guidance. "Who is the guidance on restraint
for?" asks about another: a topic frame ("guidance on", "instances of") names what a document or
act is about, and when the few words after it name no sharing and point back to nothing
("guidance on this"), it is another (round 28, quote28). A guidance named by the words before it
("the attendance guidance") was read in round 29 and withdrawn: it lost a held-out right answer
(docs/matcher.md, "Round 29 (quote29)").

The entry on support (its `about` names staff, "me" and "us" among them) answers how staff are
supported to share. "How should my organisation support me when I'm off sick?" names the one
supported, but says what the support is for: a clause after it ("when", "with", "after"…)
whose first word of substance (past articles, pronouns, forms of "be") is no word of the
entry's own texts nor a stem of its anchors, and which names no sharing, asks for support with
another matter (round 30, quote30).

A protocol or agreement of another kind than an ISP ("a referral protocol") is read by
`KindsOfAgreement` (round 41, q44).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from knowledge.matching.phrases import PhraseSet
from knowledge.matching.question_forms import POINTERS
from knowledge.matching.text import words
from knowledge.qa_pack import QAEntry

_TOPIC_WORDS = 4  # words after a topic frame that name the topic ("on sharing personal data")


class AnotherTopic:
    """Reads the topic a question's guidance or act is about, after a topic frame."""

    def __init__(self, *, topic_frames: Iterable[str], sharing: PhraseSet) -> None:
        """Gather the phrases once.

        Args:
            topic_frames: `topic_frames` of the not-covered pack ("guidance on").
            sharing: the phrases naming sharing (`objects.sharing`).
        """
        self._frames = PhraseSet(topic_frames)
        self._sharing = sharing

    def named(self, asked: Sequence[str], fixed: Sequence[str]) -> bool:
        """Whether the question (as typed, and typos fixed, word for word) names, after a topic
        frame, a topic other than sharing: within the few words after the frame no sharing is
        named, as typed or typos fixed, and nothing is pointed back to ("guidance on this")."""
        for ends in self._frames.all_ends(asked).values():
            for end in ends:
                topic = asked[end : end + _TOPIC_WORDS]
                if (
                    topic
                    and POINTERS.isdisjoint(topic)
                    and self._sharing.first_in_words(topic) is None
                    and self._sharing.first_in_words(fixed[end : end + _TOPIC_WORDS]) is None
                ):
                    return True
        return False


# Grammar of "support me <clause>": the words of support (the entry's own "supported", "help"),
# the words opening what the support is for, and those passed over to reach its first word of
# substance ("when I'm off sick": "off"; "if a family complains": "family").
_SUPPORT_STEMS = ("support", "help")
_CLAUSE_OPENERS = frozenset(
    (
        *("with", "when", "whenever", "while", "if", "after", "through", "during", "over"),
        *("around", "for", "because", "following", "since"),
        # "support me to do a degree": what the support is for, as "support me to share" is
        # sharing (round 53)
        "to",
    )
)
_PASSED_OVER = frozenset(
    (
        *("a", "an", "the", "my", "our", "your", "their", "his", "her", "its", "some", "any"),
        *("i", "we", "you", "they", "he", "she", "it", "me", "us", "them", "m", "im", "re"),
        *("s", "ve", "am", "is", "are", "was", "were", "be", "been", "being", "all", "this"),
        # light verbs: "if I get a parking fine" is support with a fine (round 41, q44)
        *("get", "gets", "got", "getting", "have", "has", "had", "having", "take", "takes"),
        *("took", "taking", "make", "makes", "made", "making", "do", "does", "did", "doing"),
    )
)


class SupportFor:
    """Reads what the support asked about is for, against what the entries on support speak of."""

    def __init__(self, entries: Iterable[QAEntry], sharing: PhraseSet) -> None:
        """Gather each entry's own words and anchor stems once.

        Args:
            entries: the entries on staff's support (whose `about` names staff).
            sharing: the phrases naming sharing (`objects.sharing`).
        """
        self._sharing = sharing
        self._own: dict[int, tuple[frozenset[str], tuple[str, ...]]] = {}
        for entry in entries:
            texts = (entry.question, entry.answer, *entry.alternates, *entry.keywords)
            stems = tuple(a.removesuffix("*") for a in entry.anchors if " " not in a)
            self._own[entry.number] = (frozenset(w for t in texts for w in words(t)), stems)

    def another_matter(self, number: int, asked: Sequence[str], fixed: Sequence[str]) -> bool:
        """Whether the question (as typed, and typos fixed, word for word) asks entry `number`'s
        support for a matter it never speaks of: after the first word of support, a clause whose
        first word of substance is none of the entry's own words or anchor stems, as typed or
        typos fixed, and which names no sharing ("support me when I'm off sick")."""
        own = self._own.get(number)
        if own is None or len(asked) != len(fixed):
            return False
        start = next((i for i, w in enumerate(asked) if w.startswith(_SUPPORT_STEMS)), None)
        if start is None:
            return False
        opener = next(
            (i for i in range(start + 1, len(asked)) if asked[i] in _CLAUSE_OPENERS), None
        )
        if opener is None:
            return False
        head = next(
            (i for i in range(opener + 1, len(asked)) if asked[i] not in _PASSED_OVER), None
        )
        if head is None or _names(own, asked[head]) or _names(own, fixed[head]):
            return False
        clause = opener + 1
        return (
            self._sharing.first_in_words(asked[clause:]) is None
            and self._sharing.first_in_words(fixed[clause:]) is None
        )


def _names(own: tuple[frozenset[str], tuple[str, ...]], word: str) -> bool:
    known, stems = own
    return word in known or any(word.startswith(s) for s in stems if s)


# The heads the ISP entries name by a stem among their anchors, and the words that may stand
# just before one without naming its kind ("an agreement", "our protocol", "no protocol").
_HEADS = ("protocol", "agreement")
_DETERMINERS = frozenset(
    (
        *("a", "an", "the", "this", "that", "these", "those", "my", "our", "your", "their"),
        *("its", "his", "her", "any", "no", "some", "such", "one", "each", "every", "new"),
        *("existing", "current", "proper", "official", "s", "what", "which", "whose"),
    )
)


class KindsOfAgreement:
    """Reads the word before "protocol" or "agreement" against the ISP entries' own words.

    The two entries on information sharing protocols are named by "protocol*" and "agreement*"
    among their anchors, so "what is a referral protocol?" or "what is a communication protocol
    in nursing?" passed as questions about an ISP and were quoted what one is. A protocol or
    agreement is an ISP when the word just before it is a determiner, or a word of those
    entries' own texts (question, answer, alternates, keywords, anchors) or one the lexicon
    reads as one of them ("information sharing protocol", "a signed agreement", "a data
    exchange agreement"). Any other word before it names another kind (a referral, a nursing
    procedure, a person's consent), which those entries never speak of.
    """

    def __init__(
        self, entries: Iterable[QAEntry], synonyms: Mapping[str, str] | None = None
    ) -> None:
        """Gather, once, the entries naming a protocol or an agreement by a stem among their
        anchors, and the words of all their texts together, with the words the lexicon rewrites
        one for one into one of them (`synonyms`, `Normaliser.one_for_one`: "exchange" is
        "share", so "a data exchange agreement" is an ISP)."""
        numbers: set[int] = set()
        own: set[str] = set()
        for entry in entries:
            if any(a.removesuffix("*") in _HEADS and a.endswith("*") for a in entry.anchors):
                numbers.add(entry.number)
                texts = (entry.question, entry.answer, *entry.alternates, *entry.keywords)
                own.update(w for t in (*texts, *entry.anchors) for w in words(t.replace("*", " ")))
        own.update(w for w, meant in (synonyms or {}).items() if meant in own)
        self._numbers = frozenset(numbers)
        self._own = frozenset(own)

    def another_kind(self, number: int, asked: Sequence[str]) -> bool:
        """Whether the question names a protocol or agreement of another kind than entry
        `number`'s (one of the ISP entries): the word just before it is neither a determiner
        nor one of those entries' own words ("a referral protocol", "parents agreement")."""
        if number not in self._numbers:
            return False
        for at in range(1, len(asked)):
            if asked[at].startswith(_HEADS):
                before = asked[at - 1]
                if before not in _DETERMINERS and before not in self._own:
                    return True
        return False


# Grammar of "a barrier to <act>", "stop me <act>": the words passed over to reach the act's
# words of substance ("to", "from", "us", "a"), light verbs among them ("getting a mortgage":
# "mortgage") and words pointing back, and how many words after the barrier are read.
_PAST_THE_BARRIER = frozenset(
    (
        *("to", "for", "of", "from", "on", "in", "with", "a", "an", "the", "my", "our", "your"),
        *("their", "his", "her", "its", "any", "some", "me", "us", "them", "him", "staff"),
        *("getting", "get", "gets", "taking", "take", "having", "have", "making", "make"),
        *("doing", "do", "being", "be", "going", "go", "using", "use", "and", "or", "it"),
        # words pointing back to the story ("is data protection really a barrier here?")
        *("here", "there", "now", "then", "really", "actually", "at", "all", "so", "too"),
        *POINTERS,
    )
)
_ACT_WORDS = 3  # "getting a mortgage", "applying for a loan"


class BarrierTo:
    """Reads what a barrier is a barrier to, against the words of every entry.

    Entry 3 answers that the Data Protection Act is no barrier to sharing; "is data protection
    a barrier to getting a mortgage?" or "does data protection stop me getting a loan?" asked
    the same of another act and were quoted it (round 41, q44). After one of the `barrier`
    asks ("barrier to", "stop me", "get in the way"), the first few words of substance name
    the act: when none of them names sharing nor is a word of any entry's own texts
    (question, answer, alternates, keywords, anchors), the question asks of another act.
    "…a barrier to safeguarding?", "…to early intervention?", "…stop us sharing?" read as
    before: those are the entries' own words.
    """

    def __init__(
        self, entries: Iterable[QAEntry], barrier: Iterable[str], sharing: PhraseSet
    ) -> None:
        """Gather the barrier phrases (the not-covered pack's `barrier` asks), the phrases
        naming sharing (`objects.sharing`) and every entry's own words once."""
        self._barrier = PhraseSet(barrier)
        self._sharing = sharing
        own: set[str] = set()
        for entry in entries:
            texts = (entry.question, entry.answer, *entry.alternates, *entry.keywords)
            own.update(w for t in (*texts, *entry.anchors) for w in words(t.replace("*", " ")))
        self._own = frozenset(own)

    def to_another_act(self, asked: Sequence[str], fixed: Sequence[str]) -> bool:
        """Whether the question (as typed, and typos fixed, word for word) names, after a
        barrier, an act whose words of substance are none of the entries' own words and name
        no sharing ("a barrier to getting a mortgage")."""
        for ends in self._barrier.all_ends(asked).values():
            for end in ends:
                after = asked[end : end + _ACT_WORDS + 2]
                if self._sharing.first_in_words(after) is not None:
                    continue
                if self._sharing.first_in_words(fixed[end : end + _ACT_WORDS + 2]) is not None:
                    continue
                act = [w for w in after if w not in _PAST_THE_BARRIER][:_ACT_WORDS]
                if act and not any(w in self._own for w in act):
                    return True
        return False


# The words that stand for the guidance in the `guidance` objects, and are also determiners.
_DETERMINING = frozenset(("this", "these"))


class AboutWithPointers(PhraseSet):
    """An entry's `about` phrases, where "this" or "these" names the guidance only when it does
    not qualify what is shared.

    "This" stands for the guidance among the `guidance` objects ("does this apply to
    volunteers?", "do I follow this or my trust's policy?"). Just before a word naming sharing
    it is a determiner of that ("all this info sharing stuff", "the purpose of this information
    sharing"): such questions were quoted the guidance's purpose (entry 7) or audience (entry
    9), when they ask about sharing itself (round 41, q44). Read only by `first_in_words`, the
    `about` check's search.
    """

    def __init__(self, phrases: Iterable[str], sharing: PhraseSet) -> None:
        """Keep the phrases (as `PhraseSet`) and the phrases naming sharing
        (`objects.sharing`)."""
        super().__init__(phrases)
        self._sharing = sharing

    def first_in_words(self, found: Sequence[str]) -> str | None:
        """The first phrase found (as `PhraseSet.first_in_words`), not counting a "this" or
        "these" just before a word naming sharing."""
        if not _DETERMINING.isdisjoint(found):
            found = [
                "" if w in _DETERMINING and self._sharing.ends_at(found, i + 1) else w
                for i, w in enumerate(found)
            ]
        return super().first_in_words(found)
