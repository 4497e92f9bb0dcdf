"""The index's shortcuts for ranking documents pick exactly what sorting or counting them all
would."""

from __future__ import annotations

from array import array
from collections import Counter
from itertools import chain
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from knowledge.matching import Matcher, load_matcher_packs, phrase_scoring
from knowledge.matching.bitsets import DocBits, highest
from knowledge.matching.index import Index
from knowledge.matching.normalise import Normaliser
from knowledge.matching.phrase_scoring import SCORERS, WORDING_SCORERS, sort_tokens
from tests.support.packs import builtin_knowledge, builtin_matcher_packs

PACKS = Path(__file__).resolve().parents[3] / "knowledge" / "packs"
_WORDING = WORDING_SCORERS

# Few distinct scores, so that ties at the cut are common.
scores = st.dictionaries(st.integers(0, 300), st.sampled_from([-0.0, 0.0, 0.5, 1.0, 2.5, 7.0]))
DOCUMENTS = 40
postings = st.dictionaries(
    st.text("abcdefgh", min_size=1, max_size=3),
    st.lists(st.integers(0, DOCUMENTS - 1), max_size=60),
    max_size=8,
)


@settings(deadline=None)  # a loaded machine must not fail it
@given(scores, st.integers(1, 60))
def test_the_best_documents_are_those_a_full_sort_puts_first(
    found: dict[int, float], count: int
) -> None:
    by_sorting = sorted(found, key=lambda d: (-found[d], d))[:count]
    assert highest(found, count) == by_sorting


@settings(deadline=None)
@given(postings, st.integers(1, 30))
def test_the_documents_using_most_words_are_the_counters_own_choice(
    found: dict[str, list[int]], count: int
) -> None:
    words = [*found, "typed by a person"]  # a word no document uses counts for none
    runs = {w: array("i", sorted(set(ids))) for w, ids in found.items()}
    bits = DocBits(DOCUMENTS, lambda w: runs.get(w, array("i")))
    counts = Counter(chain.from_iterable(runs.get(w, ()) for w in words))
    chosen = bits.most_common(words, count)
    assert sorted(chosen) == sorted(d for d, _ in counts.most_common(count))
    assert bits.most_common(words, count) == chosen  # and again, from the kept bitsets


@pytest.fixture(scope="module")
def index() -> Index:
    knowledge = builtin_knowledge()
    not_covered, lexicon = load_matcher_packs(PACKS)
    return Matcher(knowledge.entries, not_covered, lexicon)._index


@pytest.mark.parametrize(
    "asked",
    [
        "what is an isp",
        "do i need consent to shar",
        "who is it for",
        "retention period record",
        "why information shar important",
        "shar shar consent consent who",  # repeated words: a token set holds each once
    ],
)
def test_each_documents_wording_score_is_its_best_phrase_scored_one_by_one(
    index: Index, asked: str
) -> None:
    # The definitions: the token-set ratio of the wordings as they are, the plain ratio of their
    # token-sorted forms. The index gives both scorers the sorted forms.
    def one_by_one(scorer: object, query: str, phrase: str) -> float:
        if scorer is fuzz.token_set_ratio:
            return fuzz.token_set_ratio(query, phrase)
        return fuzz.ratio(sort_tokens(query), sort_tokens(phrase))

    everything = range(len(index._all_phrases))
    some = everything[::3]
    for phrase_ids, scorers in ((everything, SCORERS), (some, SCORERS), (some, _WORDING)):
        expected: dict[int, float] = {}
        for i in phrase_ids:
            phrase = index._all_phrases[i]
            value = 0.0
            for scorer, weight in scorers:
                value += weight * one_by_one(scorer, asked, phrase)
            owner = index._owners[i]
            expected[owner] = max(expected.get(owner, 0.0), value)

        assert index._fuzzy(asked, list(phrase_ids), scorers) == expected


def test_a_documents_cue_bonus_counts_the_cues_all_of_whose_words_are_there(
    index: Index,
) -> None:
    # Cues are looked up by one of their words; the bonus must be what counting every cue gives.
    settings_ = index._settings
    cue_words = sorted({w for d in index.docs for cue in d.cues for w in cue})
    for doc, d in enumerate(index.docs):
        for cue in d.cues[:20]:
            for present in (frozenset(cue), frozenset(cue) | {"typed"}, frozenset(cue_words)):
                hits = sum(1 for c in d.cues if c <= present)
                expected = min(settings_.keyword_bonus_cap, hits * settings_.keyword_bonus)
                assert index._cues.of(doc, present) == expected
        assert index._cues.of(doc, frozenset({"typed"})) == 0.0


@pytest.mark.parametrize(
    ("asked", "some_share_a_word"),
    [
        ("what is an isp", True),
        ("do i need consent to shar", True),
        ("retention period record", True),
        ("why information shar important", True),
        ("xyzzy plugh", False),
    ],
)
def test_the_phrases_compared_are_the_shortlisted_documents_phrases_sharing_a_word(
    index: Index, asked: str, some_share_a_word: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No table of phrases by word is built with the index: a shortlisted document's phrases are
    # filed when it is first shortlisted (and kept for at most a few documents, here 5). They
    # must be exactly those using one of the message's content words, filed or kept.
    monkeypatch.setattr(phrase_scoring, "_PHRASE_WORDS_KEPT", 5)
    _, lexicon = builtin_matcher_packs()
    content = Normaliser(lexicon).normalise(asked, correct=False).content
    every = list(range(len(index.docs)))
    for shortlist in (every, every[::-1][::4], every[5:9], every[5:9], []):
        expected = [
            phrase_id
            for d in sorted(shortlist)
            for phrase_id in range(index._starts[d], index._starts[d + 1])
            if set(index._all_phrases[phrase_id].split()) & set(content)
        ]
        assert index._candidates(content, shortlist) == expected
        assert len(index._phrase_words) <= 5
    assert bool(index._candidates(content, every)) is some_share_a_word
