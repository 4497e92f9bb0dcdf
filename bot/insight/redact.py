"""Redaction: replace anything that looks like personal data with a placeholder.

Everything with a shape is replaced: e-mail addresses, phone numbers, NHS numbers, National
Insurance numbers, postcodes, dates (of birth or otherwise), long runs of digits, URLs and
@mentions. Names have no shape, so the last pass is a best effort: a capitalised word in the
sentence that is not in the assistant's own vocabulary (the packs' words, plus common
proper words like days of the week) becomes "[name]". A name typed in lower case, or one that is
also an ordinary word, gets through; that is why question text is not kept unless an
organisation turns it on. Redaction errs towards removing too much: a question the Q&A owners
read as "[date]" or "[name]" loses nothing they need.

The passes run in an order that lets the most specific shape claim its text first (a URL can
hold an e-mail address; an NHS number is a run of ten digits; a date is digits and slashes), and
each pass only sees what earlier passes left.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from enum import StrEnum

MAX_REDACTED_CHARS = 500


class Kind(StrEnum):
    """What a placeholder stands for."""

    URL = "url"
    EMAIL = "email"
    MENTION = "mention"
    NI_NUMBER = "ni-number"
    POSTCODE = "postcode"
    DATE = "date"
    NHS_NUMBER = "nhs-number"
    PHONE = "phone"
    NUMBER = "number"
    NAME = "name"


def placeholder(kind: Kind) -> str:
    """The text that replaces an identifier of this kind, e.g. ``[postcode]``."""
    return f"[{kind.value}]"


_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:\d{4}|'?\d{2})"

# Each pattern that can start inside a run of the characters it repeats starts only at the run's
# beginning (the look-behinds), so that text with no match is scanned once, not once per start.
_URL = re.compile(
    r"<https?://[^<>\s]*>|\b(?:https?://|www\.)[^\s<>\"']+"
    r"|(?<![a-z0-9-])(?<![a-z0-9-]\.)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:uk|com|org|net|gov|nhs|io)/"
    r"[^\s<>\"']*",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_MENTION = re.compile(
    r"<@[^>]{1,80}>|<at>[^<]{0,80}</at>|<!(?:subteam|channel|here|everyone)[^>]{0,80}>"
    r"|(?<![\w@.])@[\w][\w.'-]{0,60}",
    re.IGNORECASE,
)
# Two letters and six digits, in pairs or not, then a letter A-D. This full form goes before
# dates (its digit pairs can look like one); without the final letter, only a prefix that can
# be issued (D, F, I, Q, U and V never are, nor O second) counts, after dates, so that
# "on 2019-04-05" is not taken for one.
_NI_FULL = re.compile(r"\b[a-z]{2}(?:[\s-]?\d{2}){3}[\s-]?[a-d]\b", re.IGNORECASE)
_NI_SHORT = re.compile(r"\b[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z](?:[\s-]?\d{2}){3}\b", re.IGNORECASE)
# Full UK postcodes (outward code, space optional, inward code), plus the GIR 0AA oddity.
_POSTCODE = re.compile(r"\b(?:[a-z]{1,2}\d[a-z\d]?[\s-]*\d[a-z]{2}|gir\s*0aa)\b", re.IGNORECASE)
_DATE = re.compile(
    "|".join(
        [
            r"\b\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\b",  # 2019-03-12
            r"\b\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{2,4}\b",  # 12/03/2019, 12.3.19
            rf"\b{_DAY}(?:\s+of)?[\s/.-]*{_MONTHS}(?:,?[\s/.-]*{_YEAR})?\b",  # 12 March 2019
            rf"\b{_MONTHS}[\s.-]*{_DAY}(?:,?\s*{_YEAR})?\b(?!\s*(?:am|pm)\b)",  # March 12, 2019
            rf"\b{_MONTHS}[\s,/.-]*\d{{4}}\b",  # March 2019
            r"\b\d{1,2}[/.-]\d{4}\b",  # 03/2019
        ]
    ),
    re.IGNORECASE,
)
# Ten digits, in 3-3-4 groups or none; an NHS number if its check digit is right.
_TEN_DIGITS = re.compile(r"(?<![\d])\d{3}[\s-]?\d{3}[\s-]?\d{4}(?![\d])")
# UK numbers phonenumbers may miss because of odd spacing: +44 or 0, then 9 or 10 more digits.
_UK_PHONE = re.compile(
    r"(?<![\w+])(?:\+\s?44\s?(?:\(0\)\s?)?|\(0(?=\d{2,4}\))|0)(?:\d[\s().-]{0,2}){8,10}\d"
)
# Numbers written in international form (+44, +1…) are phone numbers, whatever their length.
_INTL_PHONE = re.compile(r"(?<![\w+])\+\s?\d{1,3}\s?(?:\(0\)\s?)?(?:\d[\s().-]{0,2}){5,12}\d")
# Anything still holding six or more digits, however spaced or dashed.
_DIGITS = re.compile(r"\d(?:[\s./-]{0,2}\d){5,}")
_SPACES = re.compile(r"\s+")
# Digits (single separators allowed between them) glued to a placeholder, matched one character
# at a time from the start of a run only: ``(?:\d+[\s.-]?)*`` would try every split of a long run.
_GLUED = re.compile(
    r"(?<!\d)(?<!\d[\s.-])(?:\d|(?<=\d)[\s.-])*(\[(?:phone|number|nhs-number)\])"
    r"(?:\d|[\s.-](?=\d))*"
    r"|(?<!\d)\d*(\[[a-z-]+\])\d*"
)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]*[a-z][\w'\u2019-]*")
_APOSTROPHE = re.compile(r"['\u2019]")
# Capitalised words that are not names, beyond the packs' own words. Shorter than the warning's
# list in dialogs/privacy.py on purpose: a word listed here is kept, so no surname may be listed.
_COMMON_PROPER_WORD_LIST = """i im ive id ill monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november
    december english british uk
    england wales scotland scottish welsh irish ireland northern britain london government hm
    act acts children childrens data protection human rights crime disorder education health
    social care police school schools council trust nhs gp gps hospital court family services
    ofsted caldicott guardian dpo ig isp gdpr echr article section q&a qa faq dear hi hello
    thanks please ok okay yes no mr mrs ms miss dr so also but and then just quick question
    sorry regarding re mum dad her his she he they we our my a an the lots apart excel word
    teams slack"""
COMMON_PROPER_WORDS = frozenset(_COMMON_PROPER_WORD_LIST.split())


def _nhs_valid(digits: str) -> bool:
    """The NHS number check digit (modulus 11)."""
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def _ten_digits(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match[0])
    if _nhs_valid(digits):
        return placeholder(Kind.NHS_NUMBER)
    return placeholder(Kind.PHONE if digits.startswith("0") else Kind.NUMBER)


def _phones(text: str) -> str:
    """Phone numbers in any format phonenumbers knows, read as UK numbers unless marked."""
    import phonenumbers  # noqa: PLC0415 (loaded on first use, so start-up stays quick)

    spans = [
        (m.start, m.end)
        for m in phonenumbers.PhoneNumberMatcher(
            text, "GB", leniency=phonenumbers.Leniency.VALID, max_tries=200
        )
    ]
    for start, end in reversed(spans):
        text = text[:start] + placeholder(Kind.PHONE) + text[end:]
    return _UK_PHONE.sub(placeholder(Kind.PHONE), text)


def _sub(pattern: re.Pattern[str], kind: Kind) -> Callable[[str], str]:
    def apply(text: str) -> str:
        return pattern.sub(placeholder(kind), text)

    return apply


_PASSES: tuple[Callable[[str], str], ...] = (
    _sub(_URL, Kind.URL),
    _sub(_EMAIL, Kind.EMAIL),
    _sub(_MENTION, Kind.MENTION),
    _sub(_NI_FULL, Kind.NI_NUMBER),
    _sub(_DATE, Kind.DATE),
    _sub(_NI_SHORT, Kind.NI_NUMBER),
    _sub(_POSTCODE, Kind.POSTCODE),
    _sub(_INTL_PHONE, Kind.PHONE),
    lambda text: _TEN_DIGITS.sub(_ten_digits, text),
    _phones,
    _sub(_DIGITS, Kind.NUMBER),
    # Digits left touching a placeholder are the rest of what it replaced.
    lambda text: _GLUED.sub(lambda m: m[1] or m[2], text),
)


def _names(text: str, known: frozenset[str]) -> str:
    def replace(match: re.Match[str]) -> str:
        word = match[0]
        base = _APOSTROPHE.split(word.casefold(), maxsplit=1)[0]
        forms = {base, base.removesuffix("s")}
        if forms & known or forms & COMMON_PROPER_WORDS:
            return word
        return placeholder(Kind.NAME)

    return _CAPITALISED.sub(replace, text)


def vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """The words of `texts`, folded: the words the name pass leaves alone."""
    return frozenset(w for t in texts for w in re.findall(r"[a-z][a-z'\u2019-]*", t.casefold()))


def redact(text: str, known_words: frozenset[str] = frozenset()) -> str:
    """The text with every identifier it recognises replaced by a placeholder.

    Whitespace is collapsed and the result is cut at `MAX_REDACTED_CHARS`: a question for the
    Q&A owners never needs more, and a pasted case note should not be kept whole.

    Args:
        text: what someone typed.
        known_words: words never taken for names (see `vocabulary`), folded to lower case.
    """
    text = _SPACES.sub(" ", text[: MAX_REDACTED_CHARS * 4]).strip()
    for apply in _PASSES:
        text = apply(text)
    text = _names(text, known_words)
    if len(text) > MAX_REDACTED_CHARS:
        # Cut on a space so a half identifier is never left at the end.
        text = text[:MAX_REDACTED_CHARS].rsplit(" ", 1)[0] + " …"
    return text


def has_placeholder(text: str) -> bool:
    """Whether redaction replaced anything in `text` (a redacted question, not a clean one)."""
    return any(placeholder(k) in text for k in Kind)
