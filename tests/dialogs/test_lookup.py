"""Searching the published questions from a search box, and the answer a person shares.

Generated from the knowledge where it can be: every entry, every not-covered topic and every
risk example in the packs is a case.
"""

from __future__ import annotations

import pytest

from bot.app import Core
from dialogs.contract import Lookup
from dialogs.lookup import PREVIEW_CHARS, QuestionSearch, preview
from dialogs.signpost import Signpost
from tests.support.packs import builtin_knowledge

_KNOWLEDGE = builtin_knowledge()
NUMBERS = [e.number for e in _KNOWLEDGE.entries]
NOT_COVERED = [(t.id, t.cues[0]) for t in _KNOWLEDGE.not_covered.topics]
DISCLOSURES = list(_KNOWLEDGE.risk.examples.disclosures)
ORDINARY = list(_KNOWLEDGE.risk.examples.ordinary)
JUNK = [
    "",
    "   ",
    "\n\t",
    "asdkjh qwpoeiru",
    "\x00\x01\x02",
    "\ufeff\u200b",
    "!!!???",
    "🙂🙂🙂",
    "<script>alert(1)</script>",
    "hello",
]


@pytest.fixture(scope="module")
def search(core: Core) -> QuestionSearch:
    return core.search


def topic_numbers(found: Lookup) -> list[int]:
    return [p.number for p in found.picks]


@pytest.mark.parametrize("number", NUMBERS)
def test_every_published_question_finds_its_own_entry_first(
    search: QuestionSearch, number: int
) -> None:
    entry = _KNOWLEDGE.entry(number)
    assert entry is not None
    found = search.lookup(entry.question)
    assert found.matched and not found.topics
    assert found.picks[0].number == number
    assert found.picks[0].question == entry.question
    assert not found.risk_of_harm and found.notice is None


def test_isp_finds_the_protocol_entries(search: QuestionSearch) -> None:
    assert search.lookup("ISP").picks[0].number in {12, 13}
    found = search.lookup("do we need an ISP before I ring the school?")
    assert found.matched and found.picks[0].number in {12, 13}


@pytest.mark.parametrize("query", JUNK)
def test_empty_and_junk_queries_get_the_topic_list_never_a_match(
    search: QuestionSearch, query: str
) -> None:
    found = search.lookup(query)
    assert not found.matched and found.topics
    assert topic_numbers(found) == NUMBERS[:8]


@pytest.mark.parametrize(("topic", "cue"), NOT_COVERED, ids=[t for t, _ in NOT_COVERED])
def test_a_topic_the_qa_does_not_cover_is_never_offered_as_a_match(
    search: QuestionSearch, topic: str, cue: str
) -> None:
    found = search.lookup(cue)
    assert not found.matched, topic
    assert found.picks  # related questions or the topics: never an empty list


def test_related_questions_are_offered_without_claiming_a_match(search: QuestionSearch) -> None:
    found = search.lookup("protocol")
    assert not found.matched and not found.topics
    assert {12, 13} <= set(topic_numbers(found))


def test_the_limit_caps_every_kind_of_list(search: QuestionSearch) -> None:
    assert len(search.lookup("", limit=25).picks) == len(NUMBERS)
    assert len(search.lookup("", limit=3).picks) == 3
    assert len(search.lookup("do I need an ISP", limit=1).picks) == 1
    assert len(search.lookup("", limit=0).picks) == 1  # at least one, never an error


@pytest.mark.parametrize("message", DISCLOSURES)
def test_a_disclosure_gets_the_signpost_for_the_searcher(
    search: QuestionSearch, message: str
) -> None:
    found = search.lookup(message)
    assert found.risk_of_harm
    assert found.notice is not None and found.notice.risk_of_harm
    assert not found.picks  # nothing to share beside a signpost


def test_the_notice_is_the_signpost_with_the_safeguarding_contacts(core: Core) -> None:
    found = core.search.lookup("I think her dad is hitting her")
    finding = core.knowledge.risk_detector.detect("I think her dad is hitting her")
    assert finding is not None and found.notice is not None
    assert found.notice == Signpost(core.knowledge).reply(finding)
    assert "999" in found.notice.text
    lead = core.knowledge.contacts.with_roles(("safeguarding-lead",))[0]
    assert lead.as_line() in found.notice.text


@pytest.mark.parametrize("message", ORDINARY)
def test_an_ordinary_question_gets_no_signpost(search: QuestionSearch, message: str) -> None:
    found = search.lookup(message)
    assert not found.risk_of_harm and found.notice is None


def test_nothing_of_the_query_is_kept_in_what_is_found(search: QuestionSearch) -> None:
    found = search.lookup("my ISP question about Zebedee Quartermaine at 07700 900123")
    assert "zebedee" not in repr(found).lower() and "07700" not in repr(found)


def test_a_huge_or_binary_query_is_answered(search: QuestionSearch) -> None:
    assert search.lookup("ISP " * 250_000).picks
    assert search.lookup(bytes(range(256)).decode("latin-1") * 100).picks


@pytest.mark.parametrize("number", NUMBERS)
def test_the_shared_answer_quotes_the_entry_exactly_with_its_source(
    core: Core, number: int
) -> None:
    entry = core.knowledge.entry(number)
    shared = core.search.shared_answer(number)
    assert entry is not None and shared is not None and shared.card is not None
    assert shared.card.title == entry.question
    assert shared.card.body == entry.answer
    assert shared.card.source is not None
    assert core.knowledge.citation(number) in shared.card.source
    assert core.knowledge.about.short_status in shared.card.source
    # Read by colleagues who may have no assistant to ask: no "type about".
    assert "type about" not in shared.card.source
    assert entry.answer in shared.text and shared.card.source in shared.text
    assert not shared.risk_of_harm and not shared.choices
    # What its 2008 names are called now stands on the card too, whatever was searched for.
    facts = dict(shared.card.facts)
    assert facts.get("Since 2008") == entry.now_called_note
    if entry.now_called_note is not None:
        assert shared.text.startswith(entry.now_called_note)


@pytest.mark.parametrize("number", [0, -3, 15, 10**9])  # -1, -2: the rules, key questions
def test_an_unknown_entry_has_no_shared_answer(search: QuestionSearch, number: int) -> None:
    assert search.shared_answer(number) is None


@pytest.mark.parametrize("number", NUMBERS)
def test_each_preview_is_the_start_of_its_answer_cut_at_a_word(core: Core, number: int) -> None:
    entry = core.knowledge.entry(number)
    assert entry is not None
    shown = core.search.lookup(entry.question).picks[0].preview
    flat = " ".join(entry.answer.replace("*", "").split())
    assert len(shown) <= PREVIEW_CHARS
    assert shown.endswith("\u2026")
    head = shown.removesuffix("\u2026")
    assert flat.startswith(head)
    assert flat[len(head)] in " ,;:.-"  # the cut fell between words


def test_a_short_answer_is_shown_whole() -> None:
    assert preview("Yes.\n\nIt is.") == "Yes. It is."
    assert preview("x" * 300) == "x" * (PREVIEW_CHARS - 1) + "\u2026"


def test_the_core_builds_the_risk_reading_once_for_the_assistant_and_the_search(
    core: Core,
) -> None:
    shared = core.assistant._risk

    assert core.search._risk is shared
    # A search built alone reads as the shared one does.
    alone = QuestionSearch(core.knowledge, core.matcher)
    assert alone._risk is not shared
    assert alone._risk.known_words == shared.known_words
