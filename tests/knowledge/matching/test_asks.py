"""What a question wants to know: the kind of its first ask, from the not-covered pack's `asks`."""

from __future__ import annotations

import pickle
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from knowledge.loader import KnowledgeError, builtin_packs_dir, load_knowledge
from knowledge.matching import NotCoveredPack, load_matcher_packs
from knowledge.matching.asks import Asks
from knowledge.matching.normalise import Normaliser
from knowledge.matching.phrases import phrase_problem
from knowledge.matching.reading import Reading
from knowledge.matching.text import words
from tests.support.packs import builtin_knowledge

ASKS = Asks(
    {
        "definition": ["what is", "what are"],
        "purpose": ["what is the point", "purpose"],
        "reason": ["why"],
        "necessity": ["do we need", "required"],
    }
)
_NORMALISER = Normaliser(load_matcher_packs(builtin_packs_dir())[1], ["school"])


@pytest.mark.parametrize(
    ("question", "ask"),
    [
        ("What is a data sharing agreement and why is it required?", "definition"),
        ("Why is a data sharing agreement required?", "reason"),
        ("Do we need a data sharing agreement, and what is one?", "necessity"),
        # the longer of two phrases starting at the same word
        ("What is the point of a data sharing agreement?", "purpose"),
        ("Tell me the purpose of the guidance", "purpose"),
        ("Data sharing agreements, please", None),
    ],
)
def test_a_question_asks_what_its_first_ask_phrase_says(question: str, ask: str | None) -> None:
    assert ASKS.of(words(question)) == ask


def test_of_two_phrases_as_long_at_the_same_word_the_kind_listed_first_wins() -> None:
    asks = Asks({"reason": ["why"], "purpose": ["why"]})
    assert asks.of(words("why have guidance?")) == "reason"


@pytest.mark.parametrize(
    ("asks", "problem"),
    [
        ({"Not A Name": ["why"]}, "not a usable name"),
        ({"reason": []}, "lists no phrase"),
        ({"reason": ["?!"]}, "has no words"),
    ],
)
def test_unusable_asks_are_refused_when_the_pack_is_read(asks: object, problem: str) -> None:
    with pytest.raises(ValidationError, match=problem):
        NotCoveredPack.model_validate({"kind": "not-covered", "asks": asks})


def test_an_entry_answering_an_ask_the_packs_do_not_list_is_named(tmp_path: Path) -> None:
    qa = yaml.safe_load((builtin_packs_dir() / "qa.yaml").read_text())
    own = {**qa["entries"][11], "number": 15, "answers_asks": ["definition", "recipe"]}
    qa["entries"] = [own]
    (tmp_path / "qa.yaml").write_text(yaml.safe_dump(qa, sort_keys=False))
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(tmp_path)
    assert list(caught.value.problems) == [
        "entry 15 answers_asks 'recipe', which the not-covered pack's asks do not list"
    ]


def test_every_published_entry_answers_asks_the_packs_list() -> None:
    knowledge = builtin_knowledge()
    listed = set(knowledge.not_covered.asks)
    for entry in knowledge.entries:
        assert set(entry.answers_asks) <= listed, entry.number


@pytest.mark.parametrize(
    ("question", "ask"),
    [
        ("What do families think about information sharing?", "opinion"),
        ("How do young people feel about us sharing?", "opinion"),
        ("Do kids mind us passing their information on?", "opinion"),
        # the asker's own hedge or feeling is no question about what others think
        ("If I think a child is at risk, can I share without consent?", None),
        ("I feel the family won't agree. Can I share?", None),
        # nor is a child one minds
        ("Do I need consent to share about a child I mind?", "necessity"),
        # whether something stops sharing, not sharing to stop something
        ("Does the Data Protection Act stop us sharing?", "barrier"),
        ("Can I share to stop a child coming to harm?", None),
    ],
)
def test_the_published_packs_read_the_ask_not_a_hedge(question: str, ask: str | None) -> None:
    asks = Asks(builtin_knowledge().not_covered.asks)
    assert asks.of(words(question)) == ask


def _kinds_trying_every_phrase(kinds: dict[str, list[str]], question: list[str]) -> list[str]:
    """At each word, of every usable phrase starting there, the longest one's kind (the kind
    listed first where two are as long); a one-word phrase's "*" needs the word itself."""
    found: list[str] = []
    for start in range(len(question)):
        best: tuple[int, int, str] | None = None
        for rank, (kind, phrases) in enumerate(kinds.items()):
            for phrase in phrases:
                if phrase_problem(phrase) is not None:
                    continue
                wanted = words(phrase.removesuffix("*"))
                here = question[start : start + len(wanted)]
                if len(here) < len(wanted) or here[:-1] != wanted[:-1]:
                    continue
                stem = phrase.endswith("*") and len(wanted) > 1
                if not (here[-1].startswith(wanted[-1]) if stem else here[-1] == wanted[-1]):
                    continue
                if best is None or (len(wanted), -rank) > best[:2]:
                    best = (len(wanted), -rank, kind)
        if best is not None:
            found.append(best[2])
    return found


# A small vocabulary, so that phrases share their first words and questions repeat them.
_WORD = st.sampled_from(["how", "do", "i", "share", "sharing", "shared", "what", "is"])
_PHRASE = st.builds(
    lambda said, stem: " ".join(said) + ("*" if stem else ""),
    st.lists(_WORD, min_size=1, max_size=4),
    st.booleans(),
)


@settings(deadline=None)  # a loaded machine must not fail it
@given(
    st.dictionaries(
        st.sampled_from(["reason", "steps", "definition"]),
        st.lists(_PHRASE, min_size=1, max_size=6),
        min_size=1,
    ),
    st.lists(_WORD, max_size=12),
)
def test_the_kinds_found_are_those_trying_every_phrase_at_every_word_finds(
    kinds: dict[str, list[str]], question: list[str]
) -> None:
    asks = Asks(kinds)
    every = _kinds_trying_every_phrase(kinds, question)
    assert asks.of(question) == (every[0] if every else None)
    assert asks.all_of(question) == frozenset(every)


def test_a_phrase_ending_in_a_stem_needs_the_start_of_its_last_word() -> None:
    asks = Asks({"steps": ["how do i shar*", "how do i"], "reason": ["how do i share"]})
    assert asks.of(["how", "do", "i", "sharing"]) == "steps"
    assert asks.of(["how", "do", "i", "share"]) == "steps"  # listed first, as long
    assert asks.of(["how", "do", "i", "tell"]) == "steps"
    assert (
        Asks({"reason": ["how do i share"], "steps": ["how do i shar*"]}).of(
            ["how", "do", "i", "share"]
        )
        == "reason"
    )


def test_the_same_words_asked_again_within_a_message_are_not_read_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The quote gate, its rules and the matcher ask the kind of one question three or four
    # times a message (docs/benchmarks.md, "Tail, round 29"): the message's reading keeps it.
    finder = Asks({"definition": ["what is"], "reason": ["why"]})
    read: list[tuple[str, ...]] = []
    kinds = finder._kinds

    def counted(question: Sequence[str]) -> Iterator[str]:
        read.append(tuple(question))
        return kinds(question)

    monkeypatch.setattr(finder, "_kinds", counted)
    message = Reading(_NORMALISER)
    asked = words("Why do we need a sharing agreement at all?")
    assert finder.of(asked, message) == "reason"
    assert finder.of(list(asked), message) == "reason"
    assert len(read) == 1
    assert finder.of(words("What is a sharing agreement, then?"), message) == "definition"
    assert finder.of(asked, message) == "reason"
    assert finder.of([], message) is None
    assert len(read) == 3
    assert finder.of(asked, Reading(_NORMALISER)) == "reason"  # another message: read afresh
    assert finder.of(asked) == "reason"  # no message's reading: read, and kept nowhere
    assert len(read) == 5


def test_no_question_read_is_kept_by_the_finder() -> None:
    # The finder is shared by every message and kept in the start-up snapshot: a message's
    # words live only on its own reading, and never reach the disk.
    finder = Asks({"definition": ["what is"], "reason": ["why"]})
    message = Reading(_NORMALISER)
    assert finder.of(words("why does my neighbour's boy keep missing school"), message) == "reason"

    kept = pickle.dumps(finder)

    assert b"neighbour" not in kept
    assert "neighbour" in " ".join(next(iter(message.asks)))
    again = pickle.loads(kept)
    assert again.of(words("what is an ISP")) == "definition"
