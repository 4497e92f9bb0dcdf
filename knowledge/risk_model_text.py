"""How the learnt model (`knowledge.risk_model`) reads a text: its word and character n-grams as
scikit-learn's analyzers make them, and the form (bytes or text) and encoding its terms are
looked up in."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache, partial
from typing import TYPE_CHECKING, AnyStr

from knowledge.lazy_pattern import LazyPattern

if TYPE_CHECKING:
    from typing import Protocol

    class _Analyzer(Protocol):
        def __call__(self, text: AnyStr, low: int, high: int) -> Iterator[AnyStr]: ...


__all__ = [
    "ANALYZERS",
    "SPLIT_ONLY_IN_STR",
    "SURROGATES_PASS",
    "TOKEN",
    "as_read",
    "ascii_token",
    "char_wb",
    "encoder",
    "word_grams",
]

TOKEN = LazyPattern(r"(?u)\b\w\w+\b")
"""scikit-learn's default token_pattern, compiled when the model first reads a message (a
short question, "what is an ISP?", never has it read: tidy39)."""
SPLIT_ONLY_IN_STR = ("\x1c", "\x1d", "\x1e", "\x1f")
"""The ASCII characters `str.split` splits at and `bytes.split` does not."""


@cache
def ascii_token() -> re.Pattern[bytes]:
    """`TOKEN` for ASCII bytes, where `\\w` is the ASCII letters, digits and "_", as it is for
    an ASCII character of a `str`; compiled at the first message, not at every start."""
    return re.compile(rb"\b\w\w+\b")


def word_grams(
    text: AnyStr, low: int, high: int, tokens: list[AnyStr] | None = None
) -> Iterator[AnyStr]:
    # `tokens`: the text's tokens when the caller has found them already (`RiskModel.fires`).
    space = " " if isinstance(text, str) else b" "
    if tokens is None:
        pattern = TOKEN.compiled if isinstance(text, str) else ascii_token()
        tokens = pattern.findall(text)
    for n in range(low, high + 1):
        if n == 1:
            yield from tokens  # a word joined alone is itself
            continue
        for i in range(len(tokens) - n + 1):
            yield space.join(tokens[i : i + n])


def char_wb(text: AnyStr, low: int, high: int) -> Iterator[AnyStr]:
    # As scikit-learn's _char_wb_ngrams: a word no longer than n gives itself once, and ends the
    # word's n-grams (no longer n is tried for it).
    space = " " if isinstance(text, str) else b" "
    for word in text.split():
        padded = space + word + space
        for n in range(low, high + 1):
            yield padded[:n]
            if len(padded) <= n:
                break
            for offset in range(1, len(padded) - n + 1):
                yield padded[offset : offset + n]


ANALYZERS: dict[str, _Analyzer] = {
    "word": word_grams,
    "char_wb": char_wb,
}


def encoder(text: str) -> Callable[[str], bytes]:
    """How the terms of ``text`` are encoded to be looked up: UTF-8, or for a text holding a
    lone surrogate (which UTF-8 cannot encode) UTF-8 letting it through, as bytes no stored
    term has."""
    if text.isascii():
        return str.encode
    try:
        text.encode()
    except UnicodeEncodeError:
        return SURROGATES_PASS
    return str.encode


SURROGATES_PASS: Callable[[str], bytes] = partial(
    str.encode, encoding="utf-8", errors="surrogatepass"
)


def as_read(lowered: str) -> str | bytes:
    """How the vectorizers read lower-cased text: as its bytes when it is ASCII (most messages:
    the same n-grams in the same order, each the UTF-8 of the `str` one, so no term is encoded
    one by one), unless it holds a character only `str.split` splits at."""
    if lowered.isascii() and not any(map(lowered.__contains__, SPLIT_ONLY_IN_STR)):
        return lowered.encode()
    return lowered
