"""Find the question in a message: long messages tell a story and ask at the end (or start).

A practitioner often says who they are and what happened before asking ("I'm a school nurse and
a parent told me something at drop-off. Do I need an ISP to tell the GP?"). The story is
background: it can settle an ambiguous question but must not outweigh it, so each part is
returned as a `Segment` of background and question, and the matcher weighs them differently.
"""

from __future__ import annotations

import re

from knowledge.lazy_pattern import LazyPattern
from knowledge.matching.question_forms import POINTERS, asks_something
from knowledge.matching.reported import LABEL_CHARS, LABEL_STOPS, joined_lines, split_reported_ask
from knowledge.matching.text import strip_markup, words
from knowledge.pack_values import Value
from knowledge.value_class import value_class

# A full stop that ends an abbreviation ends no sentence: "can consent be overridden, e.g. to
# stop a crime?" asks one question, "Dr. Khan asked for the notes" tells one thing.
_NOT_AN_END = r"(?<!\b[eE]\.[gG]\.)(?<!\b[iI]\.[eE]\.)(?<!\b[eE][gG]\.)(?<!\b[iI][eE]\.)" + "".join(
    rf"(?<!\b{title}\.)" for title in ("Dr", "Mr", "Mrs", "Ms", "dr", "mr", "mrs", "ms")
)
_SENTENCE_END = LazyPattern(
    rf"(?<=[.!?]){_NOT_AN_END}\s+|(?<=[.!?][\"\u201d])\s+|\n+|(?<=[.!?])(?=[A-Z])"
)


def _sentences(text: str) -> list[str]:
    # Every end but a line break follows a ".", "!" or "?" that something comes after, so a
    # message of one line with none before its last character is one sentence, and `infoshare
    # ask "what is an ISP?"` compiles no pattern for it (start-up).
    if "\n" not in text and not any(map(text[:-1].__contains__, ".!?")):
        return [text]
    return [s.strip() for s in _SENTENCE_END.compiled.split(text) if s and s.strip()]


# "I'm a youth worker, is it ok to ..." / "As a DSL I get asked ...": an opening that says who
# the writer is, up to the first comma, dash, "and" or "but" (or for "As a", two words or so).


def _may_open_with_role(text: str) -> bool:
    # An opening's first letter is an "i" or an "a" in either case (or, case ignored, a dotless
    # or dotted capital i): after the spaces `\s*` skips (`str.lstrip`'s), no other ASCII one.
    first = text.lstrip()[:1]
    return not first.isascii() or first in "iIaA"


_ROLE_OPENING = LazyPattern(
    r"^\s*(?:(?:i\s*['\u2019]?\s*m|i\s+am|i\s+work|i\s+volunteer|i\s+manage|i\s+run)\b[^,;:.?!]{0,60}?"
    r"(?:,|;|:|\s+-\s+|\s+\u2013\s+|\s+and\s+|\s+but\s+|\s+so\s+)"
    r"|as\s+an?\s+[^,;:.?!]{1,40}?(?:,|\s+(?=i\b|we\b|my\b|our\b|is\b|do\b|does\b|can\b|am\b|what\b|why\b|how\b|should\b|are\b)))",
    re.IGNORECASE,
    needs=_may_open_with_role,
)
# "Youth worker: do we only ever share…" / "GP receptionist here - can I…": a label of a few
# words before a colon (or "here" and a dash) says who is asking, like a role opening; it is
# kept as background, since a label may also name the subject ("ISP: do we need one?").
_LABEL_WORDS = 8
_HERE_ENDS = (" here -", " here \u2013", " here,")
# A preface before a spaced dash ("reading the 2008 report - is that why…?"): `split_preface`.
_DASHES = (" - ", " \u2013 ")
# "dpa and info sharing - what do i need to know?": a question ending on a verb of knowing with
# nothing after it knows about what came before the dash, as "it" points back to it.
_LEANING_ENDS = frozenset(("know", "about"))
_PREFACE_REST_WORDS = 5  # "do we stop sharing?" leans on its preface ("consent … withdrawn")
# A quotation in double quotes, straight or curly, within one paragraph.
_QUOTED = re.compile(r"\u201c[^\u201c\u201d\n]{1,400}\u201d|\"[^\"\n]{1,400}\"")
_HEAD = 1500
_TAIL = 2500
_SHORT_TEXT = 100
_BACKGROUND_SENTENCES = 2
_SHORT_QUESTION_WORDS = 6


@value_class
class Segment(Value):
    """A part of a message worth matching: the question, and the story told just before it."""

    question: str
    background: str = ""
    part: bool = False  # one of several sentences of the message, not the whole of it
    questions: int = 1  # how many of the message's sentences hold a question mark
    # Who asks, said before the question ("health visitor in Scotland:", "I'm a GP in Wales,"):
    # part of the background when a label, dropped from the text when a role opening.
    label: str = ""
    # The sentences told before a very short question's one sentence of background ("The police
    # came asking about a resident. She said no. What now?"): read only for a request told there.
    earlier: str = ""
    # What follows the message's last question ("Do I need consent? Asking because she's 17."):
    # not matched, but it may narrow what the question asks (`QuoteGate.check`).
    after: str = ""

    @property
    def text(self) -> str:
        """Background and question as one string."""
        return f"{self.background} {self.question}".strip()


def split_role_opening(sentence: str) -> tuple[str, str]:
    """Split "I'm a youth worker, is it ok to ..." into its role opening and the rest.

    Returns:
        (opening, rest); the opening is empty when the sentence does not start by saying who the
        writer is, or when nothing much would be left after it.
    """
    found = _ROLE_OPENING.match(sentence)
    if found is None:
        return "", sentence
    rest = sentence[found.end() :].strip()
    if len(rest.split()) < 3 or asks_something("", words(found.group(0))):
        # "I'm not sure what to consider before sharing, can you help?": the opening asks,
        # it does not say who the writer is.
        return "", sentence
    return found.group(0).strip(" ,;:-\u2013"), rest


def question_parts(text: str, *, max_segments: int = 3) -> list[Segment]:
    """The parts of a message worth matching, best guesses first.

    A message of one sentence, or a short one asking nothing, is one segment. Otherwise each
    sentence that asks something (contains a question mark) is a question, the last ones first,
    with up to two sentences before it as background (one for a very short question such as
    "Is that true?"). With no question mark the last sentence is the question (the two before it
    background), then the first sentence. A role opening ("I'm a school nurse, ...") is dropped
    from the question. Very long messages are cut to their head and tail first, so the work is
    bounded whatever the length.

    Args:
        text: the message as received.
        max_segments: at most this many segments are returned.

    Returns:
        Between zero and `max_segments` segments with non-empty questions.
    """
    if len(text) > _HEAD + _TAIL:
        text = text[:_HEAD] + "\n" + text[-_TAIL:]
    cleaned = without_quoted_asks(strip_markup(text).strip())
    if not cleaned:
        return []
    sentences = _sentences(joined_lines(cleaned))
    asks = [i for i, s in enumerate(sentences) if "?" in s]
    if len(sentences) <= 1 or (not asks and len(cleaned) <= _SHORT_TEXT):
        return [_segment(cleaned, [], questions=len(asks))]
    chosen: list[Segment] = []
    for i in reversed(asks):
        # A question too short to stand alone ("Is that true?") leans on the sentence before it.
        short = len(sentences[i].split()) < _SHORT_QUESTION_WORDS
        before = sentences[max(0, i - (1 if short else _BACKGROUND_SENTENCES)) : i]
        earlier = sentences[max(0, i - _BACKGROUND_SENTENCES) : i - 1] if short and i > 1 else []
        after = sentences[i + 1 : i + 1 + _BACKGROUND_SENTENCES] if i == asks[-1] else []
        chosen.append(
            _segment(sentences[i], before, questions=len(asks), earlier=earlier, after=after)
        )
    if not asks:
        chosen.append(
            _segment(sentences[-1], sentences[-1 - _BACKGROUND_SENTENCES : -1], questions=0)
        )
        chosen.append(_segment(sentences[0], [], part=True, questions=0))
    return list(dict.fromkeys(chosen))[:max_segments]


def without_quoted_asks(text: str) -> str:
    """`text` without the question marks of the questions it quotes: "She asked me, "Can you
    keep a secret?"" reports someone else's question, not the writer's ask. Kept: a quotation
    inside a sentence that opens as a question ("Can I write "refused?""), and a message that
    is all one quotation (it may be pasted in quotes)."""
    if "?" not in text:
        return text
    spans = [
        m.span()
        for m in _QUOTED.finditer(text)
        if "?" in m.group(0) and not _asks_the_quotation(text[: m.start()])
    ]
    if not spans or (len(spans) == 1 and spans[0] == (0, len(text))):
        return text
    kept: list[str] = []
    start = 0
    for begin, end in spans:
        kept.append(text[start:begin])
        kept.append(text[begin:end].replace("?", "."))
        start = end
    kept.append(text[start:])
    return "".join(kept)


def _asks_the_quotation(before: str) -> bool:
    # "Can I just write, "Information protected by HIPAA?"" asks, in the writer's own words, with
    # the quotation inside the question: the sentence so far opens as a question does.
    cut = max(before.rfind(end) for end in ".!?\n")
    typed = words(before[cut + 1 :])
    return bool(typed) and asks_something("", typed)


def question_segments(text: str, *, max_segments: int = 3) -> list[str]:
    """`question_parts` as plain strings, background and question together."""
    return [s.text for s in question_parts(text, max_segments=max_segments)]


def _segment(
    sentence: str,
    before: list[str],
    *,
    part: bool = False,
    questions: int = 1,
    earlier: list[str] | None = None,
    after: list[str] | None = None,
) -> Segment:
    # Who the writer is ("I'm a youth worker, ...") says nothing about which entry is wanted.
    opening, question = split_role_opening(sentence)
    report, question = split_reported_ask(question)
    opening = f"{opening} {report}".strip()
    label, question = split_label(question)
    background = " ".join([*before, label]).strip()
    told = " ".join(earlier or ())
    return Segment(
        question,
        background,
        part,
        questions,
        f"{opening} {label}".strip(),
        told,
        " ".join(after or ()),
    )


def prefaced(segment: Segment) -> Segment:
    """`segment` with the preface of its question (`split_preface`) read as the story told
    nearest the question, or `segment` itself when its question has none.

    The matcher scores a part of a message as it was typed, and checks the answer it finds
    against the question after the dash: what prompted the question is its context, and its
    subjects ("the toolkit", "ICO fines") are not the question's.
    """
    preface, question = split_preface(segment.question)
    if not preface:
        return segment
    background = f"{segment.background} {preface}".strip()
    return Segment(
        question,
        background,
        segment.part,
        segment.questions,
        segment.label,
        segment.earlier,
        segment.after,
    )


def split_preface(sentence: str) -> tuple[str, str]:
    """Split "the toolkit says work within your policies - how does the guidance fit?" into
    the preface before the dash and the question after it.

    What comes before a spaced dash says what prompted the question: read as part of it, its
    subjects ("the toolkit", "the 2008 report") held back the entry the question asks for.

    Returns:
        (preface, rest); the preface is empty when the sentence has no spaced dash, when what
        comes before the dash asks something itself, or when what comes after it does not
        stand alone as a question: three words or more, opening as a question does ("how
        does…"), none pointing back to the preface ("national data opt-out - does it apply to
        us?" asks about the opt-out), not ending on what it would know about ("dpa and info
        sharing - what do i need to know?").
    """
    for dash in _DASHES:
        head, found, rest = sentence.partition(dash)
        if not found:
            continue
        typed = words(rest)
        if (
            len(typed) >= _PREFACE_REST_WORDS
            and asks_something("", typed)
            and POINTERS.isdisjoint(typed)
            and typed[-1] not in _LEANING_ENDS
            and not asks_something("", words(head))
        ):
            return head.strip(), rest.strip()
    return "", sentence


def split_label(sentence: str) -> tuple[str, str]:
    """Split "Youth worker: do we only ever share…" into its label and the rest.

    Returns:
        (label, rest); the label is empty when the sentence has none of two to eight words (one
        word may be the subject: "factors: share or not?"), or when fewer than three words
        would be left after it.
    """
    if sentence.startswith("("):
        return _split_bracket(sentence)
    head = sentence[: LABEL_CHARS + 8]
    colon = head.find(":")
    ends = [(colon, colon + 1)] if colon > 0 else []
    for end in _HERE_ENDS:
        at = head.find(end)
        if at > 0:
            ends.append((at + len(" here"), at + len(end)))
    if not ends:
        return "", sentence
    stop, after = min(ends)
    label = sentence[:stop].strip()
    if stop > LABEL_CHARS or LABEL_STOPS.intersection(label):
        return "", sentence
    if not 2 <= len(label.split()) <= _LABEL_WORDS:
        return "", sentence
    rest = sentence[after:].strip()
    if len(rest.split()) < 3:
        return "", sentence
    return label, rest


def _split_bracket(sentence: str) -> tuple[str, str]:
    # "(for a staff briefing) why is sharing important?": what the question is for, said in
    # brackets before it, is a label as "For a staff briefing: …" is.
    close = sentence.find(")", 1, LABEL_CHARS + 2)
    label = sentence[1:close].strip() if close > 0 else ""
    rest = sentence[close + 1 :].strip(" :,-\u2013")
    if (
        not label
        or LABEL_STOPS.intersection(label)
        or len(label.split()) > _LABEL_WORDS
        or len(rest.split()) < 3
    ):
        return "", sentence
    return label, rest
