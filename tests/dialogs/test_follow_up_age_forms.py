"""An age told just after a signpost is read as the risk check reads ages (`age_in_word`, tidy37):
"16yo" and "17 y/o" are ages, as "16" is; the same case at 18 or over is an adult's."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.app import build_core
from dialogs.told_age import ages_not_spans
from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge

SENCO = (
    "hiya im a SENCo, got a yr 8 girl with ADHD, shes told her TA that her step brother (19) "
    "sends her pics and asks for hers back. mum knows and says its just banter. i need to tell "
    "the DSL but can i also tell her CAMHS worker?"
)
STILL_A_CHILD = "Under 18 is still a child"
AN_ADULT = "At 18 or over, they're an adult"


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("and if shes 16yo?", [16]),
        ("what if he's 17 y/o", [17]),
        ("what if they were 14yrs and 19 years", [14, 19]),
        ("and if she was 16?", [16]),
        ("what if she was 0 or 121", []),
        ("what if hes back in 2 weeks", []),
        ("he has done it 3 times", []),
        ("and if she is 6 weeks old", [6]),
    ],
)
def test_ages_not_spans_reads_ages_as_the_risk_check_does(text: str, ages: list[int]) -> None:
    assert ages_not_spans(text, builtin_knowledge().typed_words.spans) == ages


@pytest.mark.parametrize("follow_up", ["and if shes 16yo?", "what if he's 17 y/o"])
def test_an_age_run_into_yo_is_still_a_child(chat: Chat, follow_up: str) -> None:
    assert chat.send(SENCO)[0].risk_of_harm
    assert STILL_A_CHILD in texts(chat.send(follow_up))


def test_an_age_of_19yo_is_an_adult_s(chat: Chat) -> None:
    assert chat.send(SENCO)[0].risk_of_harm
    assert AN_ADULT in texts(chat.send("and if she was 19yo?"))


@pytest.mark.parametrize(
    "follow_up", ["what if hes back in 2 weeks", "and if she comes back in 3 days"]
)
def test_a_span_of_time_is_no_age(chat: Chat, follow_up: str) -> None:
    assert chat.send(SENCO)[0].risk_of_harm
    reply = texts(chat.send(follow_up))
    assert STILL_A_CHILD not in reply
    assert AN_ADULT not in reply


@pytest.mark.parametrize(("pack", "said"), [(["fortnights"], False), ([], True)])
def test_the_spans_are_the_typed_words_packs(tmp_path: Path, pack: list[str], said: bool) -> None:
    # tidy38: the words that make a number no age were words in code.
    (tmp_path / "ours.yaml").write_text(yaml.safe_dump({"kind": "typed-words", "spans": pack}))
    chat = Chat(build_core(tmp_path))
    assert chat.send(SENCO)[0].risk_of_harm
    assert (STILL_A_CHILD in texts(chat.send("what if hes back in 2 fortnights"))) is said
