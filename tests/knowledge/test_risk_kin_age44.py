"""Round 44 (threat56, tryout45 #8): whom a harm concerns, from the one who harms named as the
harmed one's relative. A man whose daughter-in-law or grandson harms him is grown (adult only); a
player whose dad harms him, told of by his coach, is a child (child only). Near messages that
name nothing more keep "either", and an age given keeps its own reading."""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    ("message", "concerns"),
    [
        ("i volunteer at the gurdwara, his daughter in law locks him in his room", "adult"),
        ("his son in law hits him and takes his money", "adult"),
        ("her granddaughter shouts at her and hits her", "adult"),
        (
            "rugby coach here, his dad makes him train till hes sick and hits him if he drops "
            "a catch",
            "child",
        ),
        ("football coach - her mum slaps her when she loses a match", "child"),
    ],
)
def test_the_relative_who_harms_says_whom_it_concerns(message: str, concerns: str) -> None:
    found = BUILT_IN.detect(message)
    assert found is not None and found.concerns == concerns, found


@pytest.mark.parametrize(
    ("message", "concerns"),
    [
        ("his dad hits him", "either"),  # no sport or youth group named
        ("his son hits him", "either"),
        ("rugby coach here, one of my players (19) says his dad hits him", "either"),
        ("football coach here, one of my players (14) says his dad hits him", "child"),
        ("his daughter hits him", "either"),  # a daughter may be a child or grown
    ],
)
def test_near_messages_keep_their_reading(message: str, concerns: str) -> None:
    found = BUILT_IN.detect(message)
    assert found is not None and found.concerns == concerns, found
