"""Redaction: every kind of identifier, in several formats, is gone; ordinary questions are not."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.app import Core
from bot.insight.journal import knowledge_words
from bot.insight.redact import MAX_REDACTED_CHARS, Kind, has_placeholder, placeholder, redact

CORPUS = yaml.safe_load(
    (Path(__file__).parents[2] / "data" / "redaction-corpus.yaml").read_text(encoding="utf-8")
)


@pytest.fixture(scope="module")
def words(core: Core) -> frozenset[str]:
    return knowledge_words(core.knowledge)


def test_the_corpus_covers_every_kind_in_several_messages() -> None:
    kinds = [k for m in CORPUS["messages"] for k in m["kinds"]]
    for kind in Kind:
        assert kinds.count(kind.value) >= 2, kind
    assert len(CORPUS["messages"]) >= 50


@pytest.mark.parametrize("message", CORPUS["messages"], ids=lambda m: m["text"][:40])
def test_corpus_message_is_redacted(message, words) -> None:
    redacted = redact(message["text"], words)
    for secret in message["gone"]:
        assert secret.casefold() not in redacted.casefold(), (secret, redacted)
    for kind in message["kinds"]:
        assert f"[{kind}]" in redacted, (kind, redacted)


@pytest.mark.parametrize("question", CORPUS["clean"])
def test_ordinary_guidance_questions_keep_every_word(question, words) -> None:
    assert redact(question, words) == question
    assert not has_placeholder(redact(question, words))


def test_dev_set_questions_are_almost_never_touched(words) -> None:
    """Over-redaction costs the owners words; measure it on 500+ ordinary questions."""
    data = Path(__file__).parents[2] / "data"
    questions = [
        item["q"]
        for name in ("dev-questions.yaml", "holdout-questions.yaml")
        for item in yaml.safe_load((data / name).read_text(encoding="utf-8"))
    ]
    changed = [q for q in questions if redact(q, words) != " ".join(q.split())]
    assert len(questions) > 500
    assert len(changed) / len(questions) < 0.04, changed


def test_long_text_is_cut_on_a_space_and_marked() -> None:
    redacted = redact("word " * 400)
    assert len(redacted) <= MAX_REDACTED_CHARS + 2
    assert redacted.endswith(" …")


def test_nhs_check_digit_decides_the_label() -> None:
    assert redact("943 476 5919") == placeholder(Kind.NHS_NUMBER)
    assert redact("943 476 5918") == placeholder(Kind.NUMBER)  # wrong check digit: still gone


# --- property tests: generated identifiers inside random text never survive ---------------

FILLER_WORDS = st.sampled_from(
    [
        "can",
        "i",
        "share",
        "with",
        "the",
        "school",
        "nurse",
        "about",
        "a",
        "pupil",
        "who",
        "is",
        "at",
        "risk",
        "and",
        "her",
        "mum",
        "said",
        "no",
        "consent",
        "please",
        "advise",
        "on",
        "what",
        "we",
        "do",
        "next",
        "for",
        "this",
        "family",
    ]
)
FILLER = st.lists(FILLER_WORDS, min_size=0, max_size=8).map(" ".join)
PUNCTUATION = st.sampled_from(["", ",", ".", "?", ")", ":", ";", "!"])
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _case(draw, text: str) -> str:
    return draw(st.sampled_from([text, text.upper(), text.lower()]))


def _digits(n: int):
    return st.text("0123456789", min_size=n, max_size=n)


@st.composite
def emails(draw) -> str:
    local = draw(
        st.text(LETTERS + "0123456789._+-", min_size=1, max_size=12).filter(
            lambda s: s[0] not in "._+-" and s[-1] not in "._+-"
        )
    )
    domain = draw(st.text(LETTERS, min_size=2, max_size=10))
    tld = draw(st.sampled_from(["com", "org.uk", "nhs.uk", "gov.uk", "net", "sch.uk"]))
    return _case(draw, f"{local}@{domain}.{tld}")


@st.composite
def phones(draw) -> str:
    kind = draw(st.sampled_from(["mobile", "london", "city"]))
    if kind == "mobile":
        national = "07700" + draw(_digits(6))
        groups = [national[:5], national[5:]]
    elif kind == "london":
        national = "020" + draw(st.sampled_from("3578")) + draw(_digits(7))
        groups = [national[:3], national[3:7], national[7:]]
    else:
        national = (
            "01" + draw(st.sampled_from(["13", "14", "16", "17", "21"])) + "496" + draw(_digits(4))
        )
        groups = [national[:4], national[4:7], national[7:]]
    form = draw(st.sampled_from(["spaced", "solid", "dashed", "intl", "intl-spaced", "brackets"]))
    if form == "spaced":
        return " ".join(groups)
    if form == "solid":
        return national
    if form == "dashed":
        return "-".join(groups)
    if form == "intl":
        return "+44" + national[1:]
    if form == "intl-spaced":
        return "+44 " + " ".join([groups[0][1:], *groups[1:]])
    return f"({groups[0]}) " + " ".join(groups[1:])


def _nhs_check(nine: str) -> int | None:
    total = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return None if check == 10 else check


@st.composite
def nhs_numbers(draw) -> str:
    nine = draw(_digits(9).filter(lambda s: _nhs_check(s) is not None))
    number = nine + str(_nhs_check(nine))
    sep = draw(st.sampled_from([" ", "", "-"]))
    return sep.join([number[:3], number[3:6], number[6:]])


@st.composite
def ni_numbers(draw) -> str:
    first = draw(st.sampled_from("ABCEGHJKLMNOPRSTWXYZ"))
    second = draw(st.sampled_from("ABCEGHJKLMNPRSTWXYZ"))
    pairs = [draw(_digits(2)) for _ in range(3)]
    suffix = draw(st.sampled_from(["A", "B", "C", "D", ""]))
    sep = draw(st.sampled_from([" ", "", "-"]))
    text = sep.join([first + second, *pairs]) + (sep + suffix if suffix else "")
    return _case(draw, text)


@st.composite
def postcodes(draw) -> str:
    letter = st.sampled_from("ABCDEFGHJKLMNOPRSTUWYZ")
    shape = draw(st.sampled_from(["A9", "A99", "AA9", "AA99", "A9A", "AA9A"]))
    outward = "".join(
        draw(letter) if c == "A" else draw(st.sampled_from("0123456789")) for c in shape
    )
    inward = draw(st.sampled_from("0123456789")) + draw(letter) + draw(letter)
    sep = draw(st.sampled_from([" ", "", "  "]))
    return _case(draw, outward + sep + inward)


MONTHS = ["January", "Feb", "March", "apr", "May", "June", "Jul", "August", "Sept", "Oct", "Dec"]


@st.composite
def dates(draw) -> str:
    day = draw(st.integers(1, 28))
    month = draw(st.integers(1, 12))
    year = draw(st.integers(1990, 2026))
    form = draw(st.integers(0, 7))
    name = draw(st.sampled_from(MONTHS))
    suffix = draw(st.sampled_from(["", "st", "th"]))
    forms = [
        f"{day:02d}/{month:02d}/{year}",
        f"{day}/{month}/{year % 100:02d}",
        f"{day}.{month}.{year}",
        f"{year}-{month:02d}-{day:02d}",
        f"{day}{suffix} {name} {year}",
        f"{name} {day}, {year}",
        f"{day} {name}",
        f"{day}-{month}-{year}",
    ]
    return _case(draw, forms[form])


@st.composite
def digit_runs(draw) -> str:
    run = draw(st.text("0123456789", min_size=6, max_size=16))
    if draw(st.booleans()) and len(run) >= 8:
        return f"{run[:4]} {run[4:]}"
    return run


@st.composite
def urls(draw) -> str:
    host = draw(st.text(LETTERS, min_size=3, max_size=10))
    path = draw(st.text(LETTERS + "0123456789/_-", max_size=15))
    form = draw(st.sampled_from(["https://", "http://", "www.", "https://www."]))
    return _case(draw, f"{form}{host}.example.org/{path}")


@st.composite
def mentions(draw) -> str:
    handle = draw(
        st.text(LETTERS + "0123456789._", min_size=2, max_size=12).filter(lambda s: s[0].isalnum())
    )
    form = draw(st.integers(0, 2))
    if form == 0:
        return "@" + handle
    if form == 1:
        return f"<@U{handle.upper().replace('.', '').replace('_', '')}X>"
    return f"<at>{handle.title()} {handle.title()}</at>"


GENERATORS = {
    "email": emails(),
    "phone": phones(),
    "nhs-number": nhs_numbers(),
    "ni-number": ni_numbers(),
    "postcode": postcodes(),
    "date": dates(),
    "number": digit_runs(),
    "url": urls(),
    "mention": mentions(),
}


def _core_of(identifier: str) -> list[str]:
    """The parts of an identifier that must not survive: its digits run, and its text."""
    parts = [identifier]
    digits = re.sub(r"\D", "", identifier)
    if len(digits) >= 4:
        parts.append(digits)
    return parts


@pytest.mark.parametrize("kind", sorted(GENERATORS))
def test_no_generated_identifier_survives(kind: str) -> None:
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(GENERATORS[kind], FILLER, FILLER, PUNCTUATION)
    def check(identifier: str, before: str, after: str, punct: str) -> None:
        message = f"{before} {identifier}{punct} {after}".strip()
        redacted = redact(message)
        squashed = re.sub(r"\D", "", redacted)
        for part in _core_of(identifier):
            assert part not in redacted, (message, redacted)
        # The filler holds no digits, so any digit left came from the identifier.
        assert squashed == "", (message, redacted)
        if not any(ch.isdigit() for ch in identifier):
            assert identifier not in redacted

    check()
