"""Round 41 (tidy41): the agreement reader (`dialogs.agreed`).

Its words are the typed-words pack's `agreed` lists, which an organisation's pack adds to: they
were regular expressions in the code (round 39, q43).

Each agreement found was checked for a supposing word before it ("if she agrees") by splitting
the whole message up to it: over 100 kB of "can i tell her gp if she said yes", a second and
more of CPU, and minutes over 1 MB. The words before it are now counted as it goes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogs.agreed import AgreedSharing
from knowledge.loader import load_knowledge
from knowledge.matching.text import words
from tests.support.core import Chat, texts
from tests.support.linear import cpu_seconds, repeated
from tests.support.packs import builtin_knowledge

HOSTILE = 100 * 1024
BUDGET_SECONDS = 0.25  # CPU: a linear pass takes a few hundredths; the quadratic one took 1.3


def _reader(folder: Path | None = None) -> AgreedSharing:
    """The reader on the built-in words, or with an organisation's pack in `folder` added."""
    knowledge = builtin_knowledge() if folder is None else load_knowledge(folder)
    return AgreedSharing((), ("", ""), "", knowledge.typed_words.agreed)


@pytest.mark.parametrize(
    "unit",
    [
        "can i tell her gp if she said yes ",  # every agreement supposed: all are read
        "can i share it once they have given consent ",
        "can i pass it on unless he agreed to it ",
        "whether my client said its fine can i tell ",
        "she said yes to ",
    ],
)
def test_reading_100_kb_of_supposed_agreements_is_linear(unit: str) -> None:
    typed, reader = words(repeated(unit, HOSTILE)), _reader()
    assert not reader.tells(typed)
    took = cpu_seconds(lambda _: reader.tells(typed), "")
    assert took < BUDGET_SECONDS, f"{took:.2f} s for 100 kB"


@pytest.mark.parametrize(
    ("message", "agreed"),
    [
        # the supposing word is one of the three words before the agreement, or further back
        ("can i tell her gp if my client said yes", False),
        ("can i tell her gp, i asked her if it was ok and my client said yes", True),
        ("if she said yes can i tell her gp? she said yes", True),
        ("if she said yes can i tell her gp", False),
    ],
)
def test_an_agreement_is_supposed_by_a_word_just_before_it(message: str, agreed: bool) -> None:
    assert _reader().tells(words(message)) is agreed


ORGANISATIONS = """kind: typed-words
agreed:
  persons: [carer, service users]
  sharing: [fax, faxing]
  consent: [say so]
  clouding: [unsure, hesitan*]
  supposing: [assuming]
"""


@pytest.mark.parametrize(
    ("message", "builtin", "added"),
    [
        # words of its own: the person, the act and the consent as an organisation words them
        ("can i fax her notes to the gp? she said yes", False, True),
        ("she is happy for me to fax it, is that ok", False, True),
        ("can i tell the gp with her say so", False, True),
        ("can i tell the day centre, the service users said its fine", False, True),
        # what clouds the agreement, or makes it only supposed, in its words
        ("she said yes but seemed unsure, can i tell her gp", True, False),
        ("he said ok but was hesitant, can i share it", True, False),
        ("can i tell her gp assuming she agreed to it", True, False),
        # the built-in words are kept
        ("can i tell her gp, she said yes", True, True),
        ("my manager said yes, can i fax it", False, False),
        ("can i fax her notes to the gp", False, False),
    ],
)
def test_an_organisations_agreement_words_are_read(
    tmp_path: Path, message: str, builtin: bool, added: bool
) -> None:
    (tmp_path / "words.yaml").write_text(ORGANISATIONS, encoding="utf-8")
    assert _reader().tells(words(message)) is builtin
    assert _reader(tmp_path).tells(words(message)) is added


def test_with_no_words_nothing_is_agreed() -> None:
    assert not AgreedSharing((), ("", ""), "", {}).tells(words("can i tell her gp, she said yes"))


@pytest.mark.parametrize(
    ("message", "agreed"),
    [
        # "agreed" with more after it, not only at the end: "(?:$| (?!with |…)" took the space
        # that the pattern's last "(?!\S)" then failed, so these were never read
        ("she agreed, can i tell her gp", True),
        ("she has agreed so can i tell her gp", True),
        ("the patient consented verbally, can i share with the physio", True),
        ("she agreed when we spoke, can i tell her gp", True),
        ("she agreed, is it ok to let her employer know", True),
        ("the client consented this morning, can i email her support worker", True),
        # agreeing with something, that something is so, or to something else
        ("he agreed the plan, can i share it with the school", False),
        ("she agreed a date for the review, can i tell her mum", False),
        ("they agreed on a plan, can i tell the school", False),
        ("mum agreed his new meds, can i tell the school", False),
        ("she agreed that he was right, can i tell", False),
        ("he agrees with them, can i tell his mum", False),
        ("he agreed she can stay, can i tell the council", False),
        ("she agreed to make him a signatory, can i tell the bank", False),
        # supposed or clouded as before
        ("if she agreed, can i tell her gp", False),
        ("she agreed, my manager says no, can i share", False),
    ],
)
def test_an_agreement_followed_by_more_words_is_read(message: str, agreed: bool) -> None:
    assert _reader().tells(words(message)) is agreed


def test_an_agreement_followed_by_more_words_gets_the_plain_answer(chat: Chat) -> None:
    said = texts(chat.send("she agreed, can i tell her gp"))
    assert "(sharing with agreement)" in said
    assert "record their agreement" in said
