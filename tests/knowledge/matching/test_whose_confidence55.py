"""Round 55 (quote217): readings under the quote gate.

- Whose confidence a question names, whoever they are (`owner_groups.py`, the not-covered
  pack's `owner_group_*`): "break a young person's confidence" names the young person as the
  one whose confidence it is, as "a client's" did (a party or person listed), never as someone
  told; a party told stays ("tell the GP in confidence", "tell the police a pupil's
  confidence").
- The lexicon's `real_words` are never corrected to a known word one edit away: "contract"
  is not "contact".
"""

from __future__ import annotations

import pytest

from knowledge.matching import LexiconPack
from knowledge.matching.normalise import Normaliser
from knowledge.matching.owner_groups import OwnerGroups
from knowledge.matching.subjects import SubjectCheck
from knowledge.matching.text import words
from tests.support.packs import builtin_knowledge, builtin_matcher_packs


@pytest.fixture(scope="module")
def subjects() -> SubjectCheck:
    not_covered, _ = builtin_matcher_packs()
    return SubjectCheck(builtin_knowledge().entries, not_covered)


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        (
            "when am I allowed to break a young person's confidence?",
            "when am i allowed to break confidence",
        ),
        ("when can I break a child's confidentiality?", "when can i break confidentiality"),
        ("when can I break a care home resident's confidence?", "when can i break confidence"),
        # the GP is part of whose confidence it is, not one told
        ("when can I break a GP patient's confidence?", "when can i break confidence"),
        # a person listed: dropped by the owners' reading first, as before (its article kept)
        (
            "when am I allowed to break a client's confidence?",
            "when am i allowed to break a confidence",
        ),
    ],
)
def test_whose_confidence_it_is_is_no_party(subjects: SubjectCheck, asked: str, read: str) -> None:
    assert " ".join(subjects.others(words(asked))) == read


@pytest.mark.parametrize(
    ("asked", "party"),
    [
        ("can I tell the GP in confidence?", "gp"),
        ("can I tell the police a pupil's confidence?", "police"),
        ("can I tell the police my client's confidence?", "police"),
        ("is it breaking the trust and confidence of the school?", "school"),
    ],
)
def test_a_party_told_stays(subjects: SubjectCheck, asked: str, party: str) -> None:
    assert party in subjects.others(words(asked))


def test_a_bare_confidence_names_no_one() -> None:
    groups = OwnerGroups(["confidence"], ["a", "the"], ["in"])
    assert groups.others(words("break a confidence")) == ["break", "a", "confidence"]
    assert groups.others(words("keep the school in confidence")) == words(
        "keep the school in confidence"
    )
    assert groups.others(words("break the school nurse confidence")) == ["break", "confidence"]


def test_a_real_word_is_not_corrected_to_its_neighbour() -> None:
    _, lexicon = builtin_matcher_packs()
    assert isinstance(lexicon, LexiconPack)
    assert "contract" in lexicon.real_words
    normaliser = Normaliser(lexicon, ["contact", "sharing"])
    assert normaliser.corrected_words("before we start the contract") == words(
        "before we start the contract"
    )
    bare = Normaliser(LexiconPack(kind="lexicon"), ["contact", "sharing"])
    assert bare.corrected_words("before we start the contract")[-1] == "contact"
