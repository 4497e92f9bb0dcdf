"""tryout38 #14: "Sarah Smith" and "Olivia Brown" typed in a channel were not read as full names,
because "sarah" ("Sarah's law") and "brown" (drug slang) are words the packs know. Two
capitalised words mid-sentence still name someone when one is such a common name, while a law,
a body or a title made of known words does not."""

from __future__ import annotations

import pytest

from dialogs.privacy import looks_identifying
from knowledge.person_names import full_name_in
from tests.support.packs import builtin_knowledge

# As the packs know them: each is a word the assistant reads, some also a common name.
KNOWN = frozenset({"sarah", "brown", "law", "data", "protection", "child", "tell", "gp", "can"})
# The risk pack's common names that are also words (tidy39: were words in the code).
ALSO = frozenset(builtin_knowledge().risk.also_names)


@pytest.mark.parametrize(
    "text",
    [
        "can I tell Sarah Smith's GP she fainted on the spin bike today?",
        "can I tell the GP of Sarah Okafor that she fainted today",
        "can I tell the GP that Olivia Brown fainted today",
        "is it ok to ring Sarah Brown\u2019s mum",
    ],
)
def test_a_common_name_that_is_also_a_word_still_makes_a_full_name(text: str) -> None:
    assert full_name_in(text, KNOWN, ALSO)
    assert looks_identifying(text, KNOWN, ALSO)


@pytest.mark.parametrize(
    "text",
    [
        "what is Sarah's Law and can I use it?",
        "does Sarah\u2019s Law cover this",
        "is this a Data Protection breach",
        "should I ring Child Protection now",
        "I read Sarah's law leaflet",
        "Sarah Smith is fine",  # a sentence's first word may be capitalised for any reason
    ],
)
def test_a_law_a_body_or_a_sentence_opening_is_not_a_full_name(text: str) -> None:
    assert not full_name_in(text, KNOWN, ALSO)


def test_a_word_the_packs_know_that_is_no_name_still_vetoes() -> None:
    assert not full_name_in("can I tell Child Smith", KNOWN, ALSO)
    assert full_name_in("can I tell Jane Smith", KNOWN, ALSO)
