"""Every path of the consent check, generated from the flow data, by buttons and by typing."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from dialogs.contract import Outcome, Reply
from knowledge.flow_graph import all_paths
from knowledge.flow_pack import AnswerKey, FlowOutcome
from tests.support.core import Chat, labels, texts
from tests.support.packs import builtin_knowledge

FLOW = builtin_knowledge().flow
PATHS = all_paths(FLOW)
Path = tuple[tuple[tuple[str, AnswerKey], ...], FlowOutcome]
TYPED = {
    AnswerKey.YES: "yep",
    AnswerKey.NO: "No.",
    AnswerKey.REFUSED: "They refused",
    AnswerKey.UNSAFE_TO_ASK: "not safe to ask",
    AnswerKey.NOT_ASKED: "I haven't asked yet",
    AnswerKey.NOT_SURE: "I'm not sure",
}
# Where a bare answer typed whole is asked again (`typed_asks`), the words that say it.
TYPED_IN_FULL = {AnswerKey.YES: "she agreed"}
SHARE_ONLY = {"what", "recipient", "purpose", "date-shared", "method", "told", "q6-steps"}


def _path_id(path: Path) -> str:
    steps, outcome = path
    return "-".join(f"{s}={a.value}" for s, a in steps) + f"->{outcome.id}"


def _walk(chat: Chat, path: Path, how: str = "buttons") -> list[Reply]:
    steps, _ = path
    replies = chat.send("check")
    for step, answer in steps:
        question = FLOW.question(step)
        assert question is not None
        assert question.text in replies[-1].text, "the pending question is the one on screen"
        if how == "buttons":
            replies = chat.press(question.label(answer))
        else:
            full = answer in question.typed_asks
            replies = chat.send(TYPED_IN_FULL[answer] if full else TYPED[answer])
    return replies


def test_the_flow_has_a_path_to_every_outcome_and_through_every_answer() -> None:
    assert {o.kind for _, o in PATHS} == {"share", "do-not-share", "seek-advice"}
    assert {o.id for _, o in PATHS} == {o.id for o in FLOW.outcomes}
    taken = {(s, a) for steps, _ in PATHS for s, a in steps}
    assert taken == {(q.id, a) for q in FLOW.questions for a in q.answers}


@pytest.mark.parametrize("path", PATHS, ids=[_path_id(p) for p in PATHS])
@pytest.mark.parametrize("how", ["buttons", "typed"])
def test_every_path_reaches_its_outcome_with_a_record_that_fits_it(
    chat: Chat, path: Path, how: str
) -> None:
    steps, outcome = path
    replies = _walk(chat, path, how)
    final = [r for r in replies if r.outcome is not None]
    assert [r.outcome for r in final] == [Outcome(outcome.kind)]
    assert outcome.title in final[0].text
    record = next(r.record for r in replies if r.record is not None)
    assert record.outcome is Outcome(outcome.kind)
    assert [(a.question, a.answer) for a in record.answers] == [
        (q.text, q.label(a)) for s, a in steps if (q := FLOW.question(s)) is not None
    ]
    assert len(record.answers) == len(steps)
    text = record.as_text()
    for a in record.answers:
        assert a.question in text and a.answer in text
    assert outcome.title in text and "If shared" not in text
    fields = {e.id for e in record.entries}
    assert "decided-by" in fields and "Decided by (your role, not your name):" in text
    if outcome.kind == "share":
        assert SHARE_ONLY - {"told"} <= fields, "what, with whom, why and how, separately"
        assert ("told" in fields) is outcome.tell_person
        assert FLOW.share_steps.title in final[0].text
        assert (FLOW.share_steps.tell in final[0].text) is outcome.tell_person
    else:
        assert not fields & SHARE_ONLY, "share-only places appear only on a share record"
        assert FLOW.share_steps.title not in final[0].text
    if outcome.kind == "seek-advice":
        assert "information-governance" in final[0].text
        assert {"advice-from", "advice-given", "decision-after"} <= fields
        assert "I've had the advice" in labels(replies[-1])
    assert FLOW.record_step.title in final[0].text
    assert "Fill in the record here" in labels(replies[-1])
    assert chat.state.check is not None and chat.state.check.finished


@pytest.mark.parametrize("path", PATHS, ids=[_path_id(p) for p in PATHS])
def test_outcome_texts_fit_the_answers_that_led_there(chat: Chat, path: Path) -> None:
    steps, outcome = path
    final = next(r for r in _walk(chat, path) if r.outcome is not None)
    answers = dict(steps)
    without_consent = outcome.kind == "share" and bool(
        {"public-interest", "public-interest-unsought"} & set(answers)
    )
    if without_consent:
        assert "child or adult protection procedures" in final.text
    if "respect the person's wishes" in final.text.lower():
        assert AnswerKey.REFUSED in answers.values(), "only a refusal is respected as a wish"
    if outcome.id == "share-not-personal":
        assert "tell the person" not in final.text.lower()
    record = next(r.record for r in _walk(chat, path) if r.record is not None)
    fields = {e.id for e in record.entries}
    if AnswerKey.UNSAFE_TO_ASK in answers.values():
        assert any("safe to ask" in a.answer.lower() for a in record.answers)
    if AnswerKey.UNSAFE_TO_ASK in answers.values() and outcome.kind != "seek-advice":
        assert "unsought-reason" in fields, "the reason consent was not sought has a place"
    if outcome.id == "share-public-interest":
        assert {"harm-feared", "override-reason"} <= fields


def test_a_plain_no_at_key_question_4_asks_which_kind_of_no(chat: Chat) -> None:
    chat.send("check")
    for _ in range(3):
        chat.send("yes")
    replies = chat.send("no")
    assert "more than one kind of no" in replies[-1].text
    assert labels(replies[-1])[:5] == [
        "Yes",
        "No: they refused",
        "Not sought: unsafe to ask",
        "Not asked yet",
        "Not sure",
    ]
    assert chat.state.check is not None and chat.state.check.step == "consent"


def test_not_asked_yet_says_what_to_tell_them_and_leads_back_into_the_check(chat: Chat) -> None:
    chat.send("check")
    for _ in range(3):
        chat.send("yes")
    replies = chat.press("Not asked yet")
    said = replies[-1].text
    assert "Ask for consent first, if it is safe to" in said
    assert "with whom" in said and "they can say no" in said
    assert "respect" not in said.lower()
    chat.send("what is the weather like")  # they go off to ask; the check keeps its place
    replies = chat.press("Yes, they agreed")
    assert [r.outcome for r in replies if r.outcome] == [Outcome.SHARE]
    record = next(r.record for r in replies if r.record is not None)
    assert [a.answer for a in record.answers][-2:] == ["Not asked yet", "Yes, they agreed"]


@pytest.mark.parametrize(
    "path",
    [p for p in PATHS if p[1].resumable],
    ids=[_path_id(p) for p in PATHS if p[1].resumable],
)
@pytest.mark.parametrize("how", ["button", "typed"])
def test_after_seeking_advice_the_check_resumes_at_that_question(
    chat: Chat, path: Path, how: str
) -> None:
    steps, _ = path
    _walk(chat, path)
    *earlier, (asked_about, _) = steps
    replies = (
        chat.press("I've had the advice") if how == "button" else chat.send("I've had the advice")
    )
    question = FLOW.question(asked_about)
    assert question is not None and question.text in replies[-1].text
    assert "earlier answers are kept" in replies[-1].text
    assert chat.state.check is not None
    assert chat.state.check.answers == tuple(earlier) and not chat.state.check.finished
    # Answering now goes on from there, as if the advice had settled it.
    replies = chat.press(question.label(AnswerKey.YES))
    assert chat.state.check.answers[: len(earlier)] == tuple(earlier)


def test_resume_typed_again_once_picked_up_shows_the_question_waiting(chat: Chat) -> None:
    # Round 32 (tryout32): a second "I've had the advice" said no check was waiting.
    path = next(p for p in PATHS if p[1].resumable)
    _walk(chat, path)
    chat.send("I've had the advice")
    waiting = chat.state.check
    assert waiting is not None and not waiting.finished
    question = FLOW.question(waiting.step)
    assert question is not None

    said = texts(chat.send("I've had the advice"))

    assert "no check waiting on advice" not in said
    assert "Your check is under way" in said and question.text in said
    assert chat.state.check == waiting


def test_resume_with_nothing_waiting_on_advice_says_so(chat: Chat) -> None:
    assert "no check waiting on advice" in texts(chat.send("I've had the advice"))
    path = next(p for p in PATHS if p[1].kind == "share")
    _walk(chat, path)
    assert "no check waiting on advice" in texts(chat.send("resume"))


@pytest.mark.parametrize("path", PATHS, ids=[_path_id(p) for p in PATHS])
def test_the_record_is_filled_in_within_the_chat_and_its_text_is_not_kept(
    chat: Chat, path: Path
) -> None:
    _, outcome = path
    _walk(chat, path)
    before = chat.state
    replies = chat.press("Fill in the record here")
    form = replies[-1].form
    assert form is not None
    assert [f.id for f in form.fields] == list(outcome.record)
    assert "don't type details that could identify anyone" in form.intro
    assert "not kept" in form.intro
    written = {
        f.id: (next(iter(dict(f.options))) if f.options else f"typed-{f.id}-xq7")
        for f in form.fields
    }
    replies = chat.submit(form.submit_value, written)
    record = next(r.record for r in replies if r.record is not None)
    text = record.as_text()
    for field in form.fields:
        shown = dict(field.options)[written[field.id]] if field.options else written[field.id]
        assert f"{field.label}:\n  {shown}" in text
    assert "haven't kept what you typed" in replies[-1].text
    # Nothing typed is kept; only "the last turn ended a check" and "it wrote a record" move on.
    assert chat.state == replace(before, ended=False, written=True)
    assert "xq7" not in json.dumps(chat.state.to_json())


def test_a_form_sent_with_blanks_unknown_fields_and_markup_writes_only_what_fits(
    chat: Chat,
) -> None:
    path = next(p for p in PATHS if p[1].id == "share-with-consent")
    _walk(chat, path)
    form = chat.press("Fill in the record here")[-1].form
    assert form is not None
    replies = chat.submit(
        form.submit_value,
        {
            "what": "  the plan <b>summary</b>\x00 ",
            "q6-steps": "maybe-later",
            "shoe-size": "nine",
            "purpose": "x" * 5000,
        },
    )
    record = next(r.record for r in replies if r.record is not None)
    values = {e.id: e.value for e in record.entries}
    assert values["what"] == "the plan  summary"
    assert values["q6-steps"] == "" and "shoe-size" not in values
    assert len(values["purpose"]) == 1000
    assert values["recipient"] == "" and "______" in record.as_text()


def test_a_form_for_an_old_check_is_refused_without_writing_anything(chat: Chat) -> None:
    path = next(p for p in PATHS if p[1].kind == "do-not-share")
    _walk(chat, path)
    form = chat.press("Fill in the record here")[-1].form
    assert form is not None
    chat.send("restart")
    replies = chat.submit(form.submit_value, {"reasons": "typed-words-zz9"})
    assert "ended or expired" in replies[0].text
    assert "typed-words-zz9" not in texts(replies)


def test_what_is_typed_into_the_form_is_checked_for_risk_of_harm(chat: Chat) -> None:
    path = next(p for p in PATHS if p[1].kind == "do-not-share")
    _walk(chat, path)
    form = chat.press("Fill in the record here")[-1].form
    assert form is not None
    replies = chat.submit(form.submit_value, {"reasons": "the child said he is being hit at home"})
    assert replies[0].risk_of_harm


@pytest.mark.parametrize("path", PATHS, ids=[_path_id(p) for p in PATHS])
def test_why_right_after_an_outcome_names_the_answer_that_decided_it(
    chat: Chat, path: Path
) -> None:
    steps, _ = path
    _walk(chat, path)
    decided_at, given = steps[-1]
    question = FLOW.question(decided_at)
    assert question is not None
    said = texts(chat.send("why?"))
    assert "Why this outcome?" in said
    assert (
        f"key question {question.number} (*{question.text}*): **{question.label(given)}**" in said
    )
    assert question.help in said
    assert "Why this outcome?" not in texts(chat.send("why?")), "only the turn right after"


def test_record_asked_while_a_check_is_under_way_says_it_comes_at_the_end(chat: Chat) -> None:
    # Round 32 (tryout32): after "Change my last answer", "record" said "I don't keep decision
    # records… copy the record from my last message", while the last message was a question.
    chat.send("check")
    chat.send("yes")

    said = texts(chat.send("record"))

    assert "under way, so there's no record of it yet" in said
    assert "I don't keep decision records" not in said
