"""The question matcher: published titles, the development set, junk, chatter and speed."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import FrozenInstanceError
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import process

from bench.bench_matcher import LONG_ACCOUNT
from bench.matcher_growth import generated_entries
from knowledge.evaluation import evaluate, load_cases
from knowledge.matching import (
    LexiconPack,
    Match,
    Matcher,
    MatcherSettings,
    MatchResult,
    NotCoveredPack,
    load_matcher_packs,
)
from knowledge.matching.normalise import Normaliser
from knowledge.qa_pack import QAEntry, QAPack

ROOT = Path(__file__).resolve().parents[2]
PACKS = ROOT / "knowledge" / "packs"
DEV_SET = ROOT / "tests" / "data" / "dev-questions.yaml"
OWN_SET = Path(__file__).parent / "data" / "matcher-questions.yaml"
CONTEXT_SET = Path(__file__).parent / "data" / "context-colloquial-questions.yaml"
CONTEXT_ROUND_2 = Path(__file__).parent / "data" / "context-colloquial-round2.yaml"


@pytest.fixture(scope="module")
def entries() -> tuple[QAEntry, ...]:
    pack = QAPack.model_validate(yaml.safe_load((PACKS / "qa.yaml").read_text(encoding="utf-8")))
    return pack.entries


@pytest.fixture(scope="module")
def matcher(entries: tuple[QAEntry, ...]) -> Matcher:
    not_covered, lexicon = load_matcher_packs(PACKS)
    return Matcher(entries, not_covered, lexicon)


def answer_of(result: MatchResult) -> int | None:
    return result.answer.number if result.answer else None


def test_every_published_title_answers_its_own_entry(
    matcher: Matcher, entries: tuple[QAEntry, ...]
) -> None:
    for entry in entries:
        assert answer_of(matcher.match(entry.question)) == entry.number, entry.question


def test_every_entry_has_many_alternates_and_some_keywords(entries: tuple[QAEntry, ...]) -> None:
    for entry in entries:
        assert len(entry.alternates) >= 20, entry.number
        assert entry.keywords, entry.number


@pytest.mark.skipif(not DEV_SET.exists(), reason="no development set")
def test_development_set_meets_the_targets(matcher: Matcher) -> None:
    report = evaluate(matcher, load_cases(DEV_SET))
    # Targets are 0.90 on unseen questions; the development set was tuned on, so hold it higher
    # (reached 0.976 and 0.991 when this was written; the margin allows for the set growing).
    assert report.answered_right_rate >= 0.93
    assert report.declined_rate >= 0.95
    assert report.wrong_answer_rate <= 0.03


def test_matcher_engineers_own_questions_meet_the_targets(matcher: Matcher) -> None:
    report = evaluate(matcher, load_cases(OWN_SET))
    assert report.answered_right_rate >= 0.92
    assert report.declined_rate >= 0.95


def test_context_and_colloquial_questions_meet_the_targets(matcher: Matcher) -> None:
    cases = load_cases(CONTEXT_SET)
    # Written before the matcher was changed for them: first measured 0.840 answered right and
    # 1.000 declined. Odd positions were tuned on (0.983 when this was written), even positions
    # only checked (0.915); both declined everything. Margins allow for small pack edits.
    tuned, checked = evaluate(matcher, cases[0::2]), evaluate(matcher, cases[1::2])
    assert tuned.answered_right_rate >= 0.95
    assert checked.answered_right_rate >= 0.88
    assert tuned.declined_rate >= 0.95
    assert checked.declined_rate >= 0.95
    assert evaluate(matcher, cases).wrong_answer_rate <= 0.03


def test_second_round_of_context_questions_meets_the_targets(matcher: Matcher) -> None:
    # First measured 0.857 right and 0.917 declined; then tuned on (1.000 and 1.000).
    report = evaluate(matcher, load_cases(CONTEXT_ROUND_2))
    assert report.answered_right_rate >= 0.92
    assert report.declined_rate >= 0.9


@pytest.mark.parametrize(
    "text",
    [
        "I'm a housing officer and I think dad is drinking again. Can I tell the school?",
        "I'm a health visitor. Can I tell the housing officer about mum's mental health?",
        "can I share the dad's criminal record with the nursery?",
    ],
)
def test_a_decision_about_one_case_is_not_answered(matcher: Matcher, text: str) -> None:
    assert matcher.match(text).answer is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("I'm a school nurse. Lots of things happen at drop-off. What is an ISP?", 12),
        ("As a youth worker, why do we even need a rulebook for sharing?", 2),
        ("I'm a teaching assistant and I get confused. Do I honestly need a signed ISP?", 13),
    ],
)
def test_the_story_before_a_question_does_not_drown_it(
    matcher: Matcher, text: str, number: int
) -> None:
    assert answer_of(matcher.match(text)) == number


def test_a_one_word_topic_gets_its_entry_first(matcher: Matcher) -> None:
    for text, number in (("consent", 4), ("ISP", 12), ("DPA", 3), ("golden rules", 4)):
        result = matcher.match(text)
        first = result.answer or result.suggestions[0]
        assert first.number == number, text


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("do I need an ISP before sharing?", 13),
        ("whats an info sharing protocol", 12),
        ("does the DPA stop me sharing?", 3),
        ("who's the guidance aimed at", 9),
        ("why was the 2006 guidance revised", 6),
        ("what do kids think about us sharing their info", 5),
    ],
)
def test_typical_questions_are_answered(matcher: Matcher, text: str, number: int) -> None:
    assert answer_of(matcher.match(text)) == number


@pytest.mark.parametrize("text", ["ok", "thanks", "hi", "Thank you!", "ok 👍", "hello team"])
def test_pleasantries_are_chatter_not_answers(matcher: Matcher, text: str) -> None:
    result = matcher.match(text)
    assert result.answer is None
    assert result.suggestions == ()
    assert result.off_topic


@pytest.mark.parametrize(
    "text", ["can you share the slides from this morning?", "what's the fire protocol?"]
)
def test_workplace_chatter_sharing_our_words_is_off_topic(matcher: Matcher, text: str) -> None:
    result = matcher.match(text)
    assert result.answer is None
    assert result.off_topic


@pytest.mark.parametrize(
    "text",
    [
        "we're doing safeguarding training next week, what should we cover on information sharing",
        "what should we cover in our data sharing training?",
    ],
)
def test_a_message_naming_our_subject_is_never_chatter(matcher: Matcher, text: str) -> None:
    # The words "training" and "next week" are chatter's ("training room booking", "rota for
    # next week"), but the message asks about information sharing itself.
    result = matcher.match(text)
    assert not result.off_topic
    assert result.answer is None


def test_a_known_uncovered_topic_gets_its_reply(matcher: Matcher) -> None:
    result = matcher.match("How long should we keep case records before destroying them?")
    assert result.answer is None
    assert result.not_covered is not None
    assert result.not_covered.topic == "retention"
    assert "retention" in result.not_covered.reply


def test_slack_mentions_are_ignored(matcher: Matcher) -> None:
    assert matcher.match("<!channel>") == MatchResult()
    assert answer_of(matcher.match("<!channel> <@U0123> what is an ISP?")) == 12


def test_vague_question_gets_suggestions_not_an_answer(matcher: Matcher) -> None:
    result = matcher.match("information sharing guidance")
    assert result.answer is None
    assert 2 <= len(result.suggestions) <= 3
    assert all(isinstance(s, Match) and 0 <= s.score <= 100 for s in result.suggestions)


def test_suggestions_beside_a_topic_we_do_not_cover_are_published_entries_only(
    matcher: Matcher, entries: tuple[QAEntry, ...]
) -> None:
    # Nearer an unanchored topic than any entry: the entries are offered, never the topic.
    result = matcher.match(
        "Who can consent for under-18s on a trip, the young person or the parents?"
    )
    assert result.answer is None
    assert result.suggestions
    published = {e.number for e in entries}
    assert {s.number for s in result.suggestions} <= published


def test_question_at_the_end_of_a_long_story_is_found(matcher: Matcher) -> None:
    story = "We have been working with this family for months and things are complicated. " * 50
    result = matcher.match(story + "Do we need an information sharing protocol to share?")
    assert answer_of(result) == 13


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00\x01\xff",
        "🙂" * 500,
        "情報共有とは何ですか",
        "<script>alert(1)</script>",
        "<b>What is an ISP?</b>",
        "?" * 10_000,
        "a" * 50_000,
        "share " * 10_000,
        "\ud800",
    ],
)
def test_junk_never_raises(matcher: Matcher, text: str) -> None:
    result = matcher.match(text)
    assert isinstance(result, MatchResult)


_CACHE: dict[str, Matcher] = {}


def _shared_matcher() -> Matcher:
    # Hypothesis does not mix with function-scoped fixtures; build once per test session.
    if "m" not in _CACHE:
        pack = QAPack.model_validate(yaml.safe_load((PACKS / "qa.yaml").read_text("utf-8")))
        not_covered, lexicon = load_matcher_packs(PACKS)
        _CACHE["m"] = Matcher(pack.entries, not_covered, lexicon)
    return _CACHE["m"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_well_formed_result(text: str) -> None:
    result = _shared_matcher().match(text)
    assert len(result.suggestions) <= 3
    if result.off_topic or result.not_covered is not None:
        assert result.answer is None
        assert not (result.off_topic and result.not_covered)


def test_a_question_at_the_end_of_fifty_thousand_characters_is_still_found(
    matcher: Matcher,
) -> None:
    text = LONG_ACCOUNT + "What is an ISP?"
    assert len(text) > 50_000
    assert answer_of(matcher.match(text)) == 12


def test_results_are_deterministic_and_thread_safe(matcher: Matcher) -> None:
    texts = ["what is an ISP", "do I need consent", "why was it updated", "share the slides"] * 25
    expected = [matcher.match(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(matcher.match, texts)) == expected
    assert [matcher.match(t) for t in texts] == expected


def test_results_are_immutable(matcher: Matcher) -> None:
    result = matcher.match("what is an ISP")
    with pytest.raises(FrozenInstanceError):
        result.off_topic = True  # type: ignore[misc]


def test_packs_validate_and_forbid_unknown_fields() -> None:
    not_covered, lexicon = load_matcher_packs(PACKS)
    assert not_covered.topics
    assert not_covered.off_topic
    assert lexicon.abbreviations["isp"] == "information sharing protocol"
    with pytest.raises(ValueError, match="extra"):
        LexiconPack.model_validate({"kind": "lexicon", "surprise": 1})
    with pytest.raises(ValueError, match="twice"):
        NotCoveredPack.model_validate(
            {
                "kind": "not-covered",
                "topics": [
                    {"id": "a", "cues": ["x"], "reply": "r"},
                    {"id": "a", "cues": ["y"], "reply": "r"},
                ],
            }
        )


def test_every_keyword_and_cue_keeps_a_word_after_normalising(
    entries: tuple[QAEntry, ...],
) -> None:
    not_covered, lexicon = load_matcher_packs(PACKS)
    normaliser = Normaliser(lexicon)
    # A keyword made only of words nearly every entry uses would favour its entry everywhere.
    common = set.intersection(
        *(
            {t for p in (e.question, *e.alternates) for t in normaliser.normalise(p).tokens}
            for e in entries
        )
    )
    for keyword in (k for e in entries for k in e.keywords):
        tokens = set(normaliser.normalise(keyword, correct=False).tokens)
        assert tokens, keyword
        assert not tokens <= common, keyword
    cues = [c for t in not_covered.topics for c in t.cues] + list(not_covered.off_topic)
    for cue in cues:
        assert normaliser.normalise(cue, correct=False).content, cue


def test_a_big_pack_still_finds_the_published_entries(entries: tuple[QAEntry, ...]) -> None:
    not_covered, lexicon = load_matcher_packs(PACKS)
    big = Matcher([*entries, *generated_entries(1_000)], not_covered, lexicon)
    for entry in entries:
        assert answer_of(big.match(entry.question)) == entry.number, entry.question


def test_a_question_of_common_words_is_compared_with_a_bounded_set_of_phrases(
    entries: tuple[QAEntry, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    # An organisation's pack full of phrasings made of common words only: thousands of them.
    common = ("who", "is", "it", "for", "what", "can", "we", "do", "how", "should", "they", "be")
    padding = [
        QAEntry(
            number=2000 + i,
            question=f"{common[i % 12]} {common[(i + 1) % 12]} about item{i}?",
            answer="An answer.",
            alternates=tuple(
                " ".join(common[(i + j + k) % 12] for k in range(2 + j % 4)) for j in range(20)
            ),
        )
        for i in range(300)
    ]
    not_covered, lexicon = load_matcher_packs(PACKS)
    big = Matcher([*entries, *padding], not_covered, lexicon)
    compared: list[int] = []
    extract_iter = process.extract_iter

    def counting(query: str, choices: Sequence[str], **kwargs: Any) -> Any:
        compared.append(len(choices))
        return extract_iter(query, choices, **kwargs)

    monkeypatch.setattr(process, "extract_iter", counting)
    big.match("who is it for")
    assert compared

    assert max(compared) <= 2_500  # not the 3,700 and more it would take to scan them all


def test_a_close_call_is_settled_only_when_the_gate_would_quote_just_one_of_the_two(
    entries: tuple[QAEntry, ...],
) -> None:
    not_covered, lexicon = load_matcher_packs(PACKS)
    settled = Matcher(entries, not_covered, lexicon)
    unsettled = Matcher(
        entries, not_covered, lexicon, settings=MatcherSettings(close_call_min=101.0)
    )
    # Why sharing matters (1) and why there is guidance (2) score within a point of each
    # other, but the question names no guidance: only entry 1 could be quoted.
    question = "Why do we need to share information at all?"
    close = unsettled.match(question)
    assert answer_of(close) is None
    assert [m.number for m in close.suggestions][:2] == [1, 2]
    assert answer_of(settled.match(question)) == 1
    # Both entries' subjects named: still a choice for the person asking.
    both = settled.match("reason for the guidance")
    assert answer_of(both) is None
    assert len(both.suggestions) >= 2


def test_each_typo_of_a_message_is_looked_up_once_however_often_it_is_read(
    matcher: Matcher, typo_lookups: list[str]
) -> None:
    # The matcher and the quote gate each normalise the message; a long story with a question
    # reads it as a whole, as story and as question.
    looked_up = typo_lookups
    text = (
        "I work in a scool and a parnet told me something. Do I need an informtion sharing protcol?"
    )
    matcher.match(text)
    assert looked_up and len(looked_up) == len(set(looked_up))
    matcher.match(text)
    assert len(looked_up) == 2 * len(set(looked_up))  # nothing carried over to the next message


def test_each_text_of_a_message_is_split_into_words_once(
    matcher: Matcher, texts_split: list[str]
) -> None:
    split = texts_split
    matcher.match(
        "I'm a school nurse and a parent told me something. Do I need an ISP to tell the GP?"
    )
    assert split and len(split) == len(set(split))
