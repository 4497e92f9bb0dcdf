"""Phrases found as whole words, the routes pack, and the quote gate's two checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from knowledge.loader import KnowledgeError, load_knowledge
from knowledge.matching.phrases import PhraseSet, phrase_problem
from knowledge.matching.text import words
from knowledge.routes_pack import Destination
from knowledge.routes_schema import Route


def test_phrases_match_whole_words_only() -> None:
    phrases = PhraseSet(["golden rule", "isp"])
    assert phrases.first_in("Which GOLDEN rule covers this?") == "golden rule"
    assert phrases.first_in("crisp golden rules") is None  # "crisp" is not "isp", "rules" ≠ "rule"
    assert phrases.first_in("do we need an ISP?") == "isp"


def test_a_star_ends_a_prefix_and_the_earliest_phrase_wins() -> None:
    phrases = PhraseSet(["photo*", "social media", "share secure*"])
    assert phrases.first_in("Can we post photographs on social media?") == "photo*"
    assert phrases.first_in("social media photos") == "social media"
    assert phrases.first_in("how do I share securely") == "share secure*"
    assert phrases.all_in_words(["social", "media", "photos"]) == {"photo*", "social media"}


def test_a_set_made_at_once_finds_what_a_set_made_at_its_first_search_finds() -> None:
    listed = ["photo*", "social media", "share secure*", "isp"]
    made, lazy = PhraseSet(listed).made(), PhraseSet(listed)
    assert made._ready and not lazy._ready
    texts = ("Can we post photographs on social media?", "do we need an isp", "share securely")
    for text in texts:
        assert made.first_in(text) == lazy.first_in(text)
    # The tables only `all_in_words` reads wait for its first call.
    assert not made._pairs_ready and not lazy._pairs_ready
    for text in texts:
        assert made.all_in_words(words(text)) == lazy.all_in_words(words(text))
    assert made._pairs_ready
    assert vars(made) == vars(lazy)


def test_all_in_words_finds_each_kind_of_phrase_first_searched_or_not() -> None:
    listed = ["isp", "photo*", "social media", "share secure*", "share with", "golden rule*"]
    text = words("can I share with social media photos securely as a golden rules isp")
    expected = {"isp", "photo*", "social media", "share with", "golden rule*"}
    searched = PhraseSet(listed)
    assert searched.first_in_words(text) == "share with"
    assert searched.all_in_words(text) == expected
    assert PhraseSet(listed).all_in_words(text) == expected


@pytest.mark.parametrize(
    ("phrase", "problem"),
    [
        ("", "has no words"),
        ("!!!", "has no words"),
        ("one two three four five six seven eight nine", "more than 8 words"),
        ("sha*re", "'*' may only end a phrase"),
        ("ab*", "at least three letters"),
    ],
)
def test_unusable_phrases_are_named(phrase: str, problem: str) -> None:
    found = phrase_problem(phrase)
    assert found is not None and problem in found


def test_where_the_first_phrase_ends_is_found() -> None:
    frames = PhraseSet(["guidance say about", "does it say*"])
    assert frames.end_of_first(words("what does the guidance say about fathers")) == 6
    assert frames.end_of_first(words("what does it saying about")) == 4
    assert frames.end_of_first(words("what is an isp")) is None


def test_long_messages_are_searched_in_one_pass() -> None:
    # A message of repeated first words must not cost phrases x length: the set only looks at
    # phrases beginning with each word, and each check is bounded by the phrase's length.
    phrases = PhraseSet(["a b c d e f g h"])
    message = ["a"] * 100_000
    assert phrases.first_in_words(message) is None


def write_pack(folder: Path, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "routes.yaml").write_text(text, encoding="utf-8")
    return folder


def test_an_organisation_can_replace_the_routes(tmp_path: Path) -> None:
    folder = write_pack(
        tmp_path / "org",
        "kind: routes\nroutes:\n  - to: contacts\n    phrases: [who is our ig lead]\n",
    )
    knowledge = load_knowledge(folder)
    assert [r.to.value for r in knowledge.routes.routes] == ["contacts"]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "kind: routes\nroutes:\n  - to: summary\n    question: nowhere\n    phrases: [x y]\n",
            "flow question 'nowhere'",
        ),
        ("kind: routes\nroutes:\n  - to: summary\n    phrases: [x y]\n", "names its flow question"),
        ("kind: routes\nroutes:\n  - to: rules\n    phrases: ['sha*re']\n", "may only end"),
        ("kind: routes\nroutes:\n  - to: nowhere\n    phrases: [x]\n", "to"),
    ],
)
def test_a_broken_routes_pack_is_named_plainly(tmp_path: Path, text: str, problem: str) -> None:
    folder = write_pack(tmp_path / "org", text)
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    assert problem in str(caught.value)
    assert "routes.yaml" in str(caught.value)


def test_only_a_without_consent_route_asks_if_consent_is_needed_and_has_unless_phrases() -> None:
    Route(
        to=Destination.WITHOUT_CONSENT,
        phrases=("need consent",),
        asks_if_needed=True,
        unless=("mash",),
    )
    with pytest.raises(ValidationError):
        Route(to=Destination.RULES, phrases=("need consent",), asks_if_needed=True)
    with pytest.raises(ValidationError):
        Route(to=Destination.WITHOUT_CONSENT, phrases=("need consent",), unless=("mash",))
