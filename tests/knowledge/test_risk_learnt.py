"""The learnt second opinion on risk of harm: how it scores, is kept, and joins the cues."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

import knowledge.risk_learnt_cache as cache_module
from bench.risk_cv import train as sklearn_scorer
from knowledge.loader import Knowledge, builtin_packs_dir, load_knowledge
from knowledge.risk import LEARNT_FINDING
from knowledge.risk_learnt import (
    LearntOpinion,
    RiskExample,
    RiskExamplesPack,
    merge_examples,
    train,
)
from knowledge.risk_learnt_cache import (
    SHIPPED_DIR,
    build_opinion,
    read_weights,
    weights_key,
    write_weights,
)

TOLD = [
    "she said her dad hits her with a belt when he is drunk",
    "the boy told me his mum's boyfriend locks him in the shed at night",
    "my client says her son takes her pension and leaves her without food",
    "a pupil said an older man gives her vodka and money to meet him",
    "he told me his uncle touches him and says it is their secret",
    "the girl said her stepdad punches her mum and throws things at her",
]
ASKED = [
    "what is the purpose of the guidance on information sharing",
    "when can I share information without consent",
    "what does the guidance say about recording a decision to share",
    "who should I ask for advice about sharing information",
    "what are the seven golden rules for information sharing",
    "do I need consent to share information with another practitioner",
]
EXAMPLES = tuple(RiskExample(q=q, risk=True, source="test") for q in TOLD) + tuple(
    RiskExample(q=q, risk=False, source="test") for q in ASKED
)


@pytest.fixture(scope="module")
def cached_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("learnt")


@pytest.fixture(scope="module")
def with_learnt(cached_dir: Path) -> Knowledge:
    return load_knowledge(second_opinion=True, cache_dir=cached_dir)


def test_the_pure_score_is_scikit_learns_decision_value() -> None:
    weights = train(EXAMPLES)
    reference = sklearn_scorer([e.q for e in EXAMPLES], [e.risk for e in EXAMPLES], "logreg", 11)
    unseen = [
        "her dad hit her again",
        "What does the guidance say?",
        "",
        "a  b\tc é ÉCOLE xyzzy",
        "I",
        "ab cd efg hijk",
    ]
    opinion = LearntOpinion(weights, 0.0)
    for text, expected in zip(unseen, reference(unseen), strict=True):
        assert opinion.score(text) == pytest.approx(expected, abs=1e-9)


def test_training_twice_gives_the_same_weights() -> None:
    assert train(EXAMPLES) == train(EXAMPLES)


def test_a_message_like_the_told_ones_fires_and_one_like_the_asked_ones_does_not() -> None:
    opinion = LearntOpinion(train(EXAMPLES), 0.0)
    assert opinion.fires("my neighbour said her dad hits her with a belt")
    assert not opinion.fires("what does the guidance say about consent")


def test_examples_of_one_label_cannot_train_a_model() -> None:
    with pytest.raises(ValueError, match="both"):
        train(EXAMPLES[:3])


def test_an_organisations_examples_are_added_and_its_threshold_kept() -> None:
    built_in = RiskExamplesPack(kind="risk-examples", threshold=0.5, examples=EXAMPLES[:2])
    own = RiskExamplesPack(kind="risk-examples", threshold=1.5, examples=EXAMPLES[2:4])
    none = RiskExamplesPack(kind="risk-examples", examples=EXAMPLES[4:5])
    assert merge_examples([built_in, own, none]) == (EXAMPLES[:5], 1.5)


def test_weights_read_back_from_the_cache_are_the_weights_written(tmp_path: Path) -> None:
    weights = train(EXAMPLES)
    key = weights_key(EXAMPLES)
    assert write_weights(tmp_path, key, weights)
    assert read_weights(tmp_path, key) == weights
    assert read_weights(tmp_path, weights_key(EXAMPLES[1:])) is None


def test_a_damaged_cache_file_is_not_trusted(tmp_path: Path) -> None:
    key = weights_key(EXAMPLES)
    write_weights(tmp_path, key, train(EXAMPLES))
    path = next(tmp_path.iterdir())
    body = json.loads(path.read_text("utf-8"))
    body["words"]["hits"] = ["lots", 1.0]
    path.write_text(json.dumps(body), "utf-8")
    assert read_weights(tmp_path, key) is None
    path.write_text(path.read_text("utf-8")[:100], "utf-8")
    assert read_weights(tmp_path, key) is None


def test_a_cached_model_is_not_trained_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = build_opinion(EXAMPLES, 0.0, tmp_path)

    def no_training(examples: tuple[RiskExample, ...]) -> object:
        raise AssertionError("trained again")

    monkeypatch.setattr(cache_module, "train", no_training)
    again = build_opinion(EXAMPLES, 0.0, tmp_path)
    assert again.score(TOLD[0]) == first.score(TOLD[0])


def test_a_disclosure_without_any_cue_word_is_caught_by_the_second_opinion(
    with_learnt: Knowledge,
) -> None:
    told = "one of my girls says her step dad does things to her when mum is on nights"
    assert load_knowledge().risk_detector.detect(told) is None  # the cues alone miss it
    assert with_learnt.risk_learnt
    assert with_learnt.risk_detector.detect(told) == LEARNT_FINDING


@pytest.mark.parametrize(
    "question",
    [
        "What is the purpose of the guidance?",
        "What does consent mean?",
        "What is a safeguarding lead?",
        "What does significant harm mean?",
        "What is neglect?",
        "How do I record a decision not to share?",
        "When can I share information without consent?",
    ],
)
def test_ordinary_definitional_questions_are_not_signposted(
    with_learnt: Knowledge, question: str
) -> None:
    assert with_learnt.risk_detector.detect(question) is None


def test_cue_findings_are_unchanged_by_the_second_opinion(with_learnt: Knowledge) -> None:
    told = "she has bruises up her arms and flinches when her dad comes to collect her"
    cues_only = load_knowledge().risk_detector.detect(told)
    assert cues_only is not None
    assert with_learnt.risk_detector.detect(told) == cues_only


def test_the_shipped_weights_are_those_of_the_built_in_examples_and_code() -> None:
    pack = RiskExamplesPack.model_validate(
        yaml.safe_load((builtin_packs_dir() / "risk-examples.yaml").read_text("utf-8"))
    )
    shipped = read_weights(SHIPPED_DIR, weights_key(pack.examples))
    assert shipped is not None, "run: python -m bench.risk_cv --write-pack PACK"
    assert shipped == train(pack.examples)


def _own_examples(tmp_path: Path) -> Path:
    own = {
        "kind": "risk-examples",
        "examples": [{"q": "our own wording of a worry", "risk": True, "source": "our team"}],
    }
    (tmp_path / "risk-examples.yaml").write_text(yaml.safe_dump(own), "utf-8")
    return tmp_path


def test_an_organisations_own_examples_train_a_new_model_kept_in_the_cache(
    tmp_path: Path,
) -> None:
    cache = tmp_path / "cache"
    knowledge = load_knowledge(_own_examples(tmp_path), second_opinion=True, cache_dir=cache)
    assert knowledge.risk_learnt
    assert [p.name.startswith("risk-learnt-") for p in cache.iterdir()] == [True]


def test_without_scikit_learn_the_cues_alone_still_signpost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(examples: tuple[RiskExample, ...]) -> object:
        raise ImportError("No module named 'sklearn'")

    monkeypatch.setattr(cache_module, "train", missing)
    knowledge = load_knowledge(_own_examples(tmp_path), second_opinion=True, cache_dir=None)
    assert not knowledge.risk_learnt
    told = "she has bruises up her arms and flinches when her dad comes to collect her"
    assert knowledge.risk_detector.detect(told) is not None
    assert knowledge.risk_detector.detect("What is neglect?") is None
