"""Round 35 (tryout34 finding 3, after round 34's own-voice signpost): the person at risk who
writes on after their signpost keeps being answered as themselves while what they write reads
as theirs; the practitioner's words (the privacy reminder, the next steps) are not theirs, and
who they are is forgotten once the conversation moves on."""

from __future__ import annotations

import re

import pytest

from dialogs.contract import Reply
from dialogs.own_voice import Voice, voice_after
from dialogs.typed import simplify
from dialogs.writer_privacy import privacy_for_writer
from tests.support.core import Chat, texts

_FIRST = "im 14 and my dad hits me, who can i tell"


def _last_sentence(reply: Reply) -> str:
    return re.split(r"(?<=[.!?])\s+", reply.text)[-1]


def test_what_the_tool_cannot_do_is_said_in_one_wording(chat: Chat) -> None:
    closing = _last_sentence(chat.send(_FIRST)[-1])

    again = chat.send("i dont know what to do")

    assert _last_sentence(again[-1]) == closing
    assert again[-1].text.count("people above") == 1


_TOLD_MORE = "i told my teacher before but she didnt do anything and now im scared to go home"


def test_a_longer_follow_up_telling_of_harm_keeps_their_voice(chat: Chat) -> None:
    chat.send(_FIRST)

    replies = chat.send(_TOLD_MORE)

    said = texts(replies)
    assert replies[0].risk_of_harm and replies[0].text.startswith("**If this is happening to you")
    assert "0800 1111" in said
    assert "What you've described may mean" not in said and "Record what you shared" not in said
    assert not any(r.choices for r in replies)
    assert chat.state.writer == "child"


def test_a_longer_follow_up_in_the_first_person_gets_their_help_again(chat: Chat) -> None:
    chat.send("I'm 84 and my carer is rough with me, who can I tell?")

    said = texts(chat.send("i have tried to tell my son about it but he just says im imagining it"))

    assert "116 123" in said and "consent check" not in said


def test_a_follow_up_naming_a_practitioners_people_is_a_practitioners(chat: Chat) -> None:
    chat.send("I'm 84 and my carer is rough with me, who can I tell?")

    replies = chat.send("a resident told me her son hits her and she is scared to go home")

    assert replies[0].text.startswith("**What you've described may mean")
    assert "116 123" not in texts(replies)
    assert chat.state.writer is None


def test_a_check_started_after_their_signpost_forgets_the_writer(chat: Chat) -> None:
    chat.send(_FIRST)

    replies = chat.send("check")

    assert any(r.text.startswith("**Key question 1**") for r in replies), texts(replies)
    assert chat.state.writer is None


def test_a_question_about_the_guidance_after_their_signpost_forgets_the_writer(
    chat: Chat,
) -> None:
    chat.send(_FIRST)

    said = texts(chat.send("is consent needed to share with the police"))

    assert "0800 1111" not in said and "without consent" in said
    assert chat.state.writer is None
    assert "0800 1111" not in texts(chat.send("what now"))


def test_help_after_their_signpost_is_theirs_and_topics_move_on(chat: Chat) -> None:
    chat.send(_FIRST)

    assert "0800 1111" in texts(chat.send("help"))
    assert "0800 1111" not in texts(chat.send("topics"))
    assert chat.state.writer is None


@pytest.mark.parametrize(
    ("message", "told", "voice"),
    [
        (_TOLD_MORE, True, "child"),
        ("he hits me again when mum goes out", True, "child"),
        ("she has to pass on the information i gave and now im scared", True, "child"),
        ("what now", False, "child"),
        ("a pupil said her dad hits her", True, None),
        ("do i need consent to tell the school", False, None),
        ("im asking as a practitioner, the child is in my class", False, None),
    ],
)
def test_a_follow_up_reads_as_theirs_or_not(message: str, told: bool, voice: Voice | None) -> None:
    assert voice_after(simplify(message), "child", told=told) == voice


def test_their_voice_is_kept_while_they_write_on(chat: Chat) -> None:
    chat.send(_FIRST)
    follow_ups = (
        "i dont know what to do",
        "what if he finds out i told someone",
        "i cant call anyone right now",
        "ok",
        "im still really scared",
    )

    for follow_up in follow_ups:
        said = texts(chat.send(follow_up))
        assert "0800 1111" in said and "consent check" not in said, (follow_up, said)


def test_the_privacy_reminder_after_their_signpost_is_worded_for_them(chat: Chat) -> None:
    said = texts(chat.send(_FIRST))

    assert "please don't type names" not in said
    assert "You don't need to give your name" in said and "I don't keep what you type" in said


def test_a_practitioner_keeps_the_practitioners_privacy_reminder(chat: Chat) -> None:
    said = texts(chat.send("a pupil told me her dad hits her"))

    assert "please don't type names" in said and "You don't need to give" not in said


def test_their_privacy_reminder_says_truthfully_what_is_kept() -> None:
    # A message that tells of harm is never kept, even with question text turned on.
    assert "I don't keep what you type" in privacy_for_writer(questions_kept=False)
    kept = privacy_for_writer(questions_kept=True)
    assert "I don't keep what you tell me about harm" in kept and "are kept" in kept
