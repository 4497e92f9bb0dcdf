"""`LazyPattern`: the same matches as `re.compile`, compiled only when first used."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from knowledge.lazy_pattern import LazyPattern
from tests.support.environment import CHECKOUT

PATTERNS = (
    (r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE),
    (r"(\d+)-(\d+)", 0),
    (r"^a|b$", re.MULTILINE),
)


@given(st.sampled_from(PATTERNS), st.text(alphabet="aAbB12 -\nsw1a2aa", max_size=30))
def test_it_matches_as_the_compiled_pattern(pattern: tuple[str, int], text: str) -> None:
    lazy, compiled = LazyPattern(*pattern), re.compile(*pattern)

    def same(found: re.Match[str] | None, expected: re.Match[str] | None) -> bool:
        return (found and (found.span(), found.groups())) == (
            expected and (expected.span(), expected.groups())
        )

    assert same(lazy.search(text), compiled.search(text))
    assert same(lazy.search(text, 2, 9), compiled.search(text, 2, 9))
    assert same(lazy.match(text), compiled.match(text))
    assert same(lazy.fullmatch(text), compiled.fullmatch(text))
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub("<>", text) == compiled.sub("<>", text)
    assert lazy.sub(lambda m: m[0].upper(), text, 1) == compiled.sub(
        lambda m: m[0].upper(), text, 1
    )
    assert lazy.pattern == compiled.pattern
    assert lazy.compiled is lazy.compiled


_PROBE = """
import json, sys
from bot.cli import main
from dialogs import choices, privacy, share_asks, typed
from knowledge import risk_phrases
from knowledge.lazy_pattern import LazyPattern
from knowledge.matching import text

def waiting():
    found = []
    for module in (choices, privacy, typed, share_asks, risk_phrases, text):
        for name, value in vars(module).items():
            for n, v in enumerate(value if isinstance(value, tuple) else (value,)):
                if isinstance(v, LazyPattern) and v._compiled is None:
                    found.append(f"{module.__name__}.{name}[{n}]")
    return found

imported = waiting()
privacy.looks_identifying(sys.argv[1])
print(json.dumps([imported, waiting()]))
"""


def test_a_question_compiles_only_the_patterns_it_needs() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, "what is an ISP?"],
        capture_output=True,
        text=True,
        cwd=CHECKOUT,
        timeout=120,
        check=True,
    )
    imported, after = json.loads(done.stdout)

    # Importing the command line compiles none of them; a question without a digit or an "@"
    # none of the privacy check's shapes either.
    assert len(imported) >= 18
    assert "dialogs.privacy._PATTERNS[0]" in after
    assert "dialogs.privacy._PATTERNS[8]" in after
    assert "dialogs.share_asks._REQUEST[0]" in after
    assert "knowledge.matching.text._SLACK_LINK[0]" in after
