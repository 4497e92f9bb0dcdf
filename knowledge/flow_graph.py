"""The consent-check flow checked as a graph, and every path through it.

`graph_problems` is run by `infoshare knowledge check` on a flow pack; `all_paths` lets tests
walk every path, so that a change to the flow cannot go untested.
"""

from collections import Counter
from collections.abc import Hashable, Iterable

from knowledge.flow_pack import AnswerKey, FlowOutcome, FlowPack


def graph_problems(flow: FlowPack) -> list[str]:
    """Check the flow as a graph; return one plain sentence per problem (empty when sound).

    Checks: unique ids, a start that is a question, no dangling targets, every question and
    outcome reachable, no cycles (so every path ends in an outcome), question numbers that never
    go down along a path, "not sure" always leading to a seek-advice outcome, every answer that
    leads to sharing asking a clear reply (`clear_answers`), and record fields that exist.
    """
    problems: list[str] = []
    ids = [q.id for q in flow.questions] + [o.id for o in flow.outcomes]
    problems += [f"step id {i!r} is used more than once" for i in _repeated(ids)]
    field_ids = [f.id for f in flow.record_fields]
    problems += [f"record field {i!r} is defined more than once" for i in _repeated(field_ids)]
    for o in flow.outcomes:
        problems += [
            f"outcome {o.id!r}: record field {i!r} is not defined"
            for i in o.record
            if i not in field_ids
        ]
        problems += [
            f"outcome {o.id!r}: record field {i!r} is repeated" for i in _repeated(o.record)
        ]
    problems += [
        f"concern_record: record field {i!r} is not defined"
        for i in flow.concern_record
        if i not in field_ids
    ]
    questions = {q.id: q for q in flow.questions}
    known = set(ids)
    if flow.start not in questions:
        problems.append(f"start {flow.start!r} is not the id of a question")
    for q in flow.questions:
        for answer, target in q.answers.items():
            if target not in known:
                problems.append(
                    f"question {q.id!r}: answer {answer.value!r} leads to {target!r}, "
                    "which is neither a question nor an outcome"
                )
        unsure = flow.outcome(q.answers[AnswerKey.NOT_SURE])
        if unsure is not None and unsure.kind != "seek-advice":
            problems.append(f"question {q.id!r}: 'not sure' must lead to seeking advice")
    # A doubtful reply ("i guess not") never ends the check with sharing: every answer that
    # leads to sharing asks a clear one. Said beside the graph's problems, not instead of them.
    unclear = [
        f"question {q.id!r}: answer {answer.value!r} leads to sharing, so it must be one "
        "of the question's clear_answers"
        for q in flow.questions
        for answer in q.answers
        if flow.shares_on(q, answer) and answer not in q.clear_answers
    ]
    if problems:
        return problems + unclear
    reached: set[str] = set()
    on_path: list[str] = []

    def visit(step: str) -> None:
        if step in on_path:
            cycle = " -> ".join([*on_path[on_path.index(step) :], step])
            problems.append(f"the flow loops back on itself: {cycle}")
            return
        if step in reached:
            return
        reached.add(step)
        question = questions.get(step)
        if question is None:
            return
        on_path.append(step)
        for target in question.answers.values():
            following = questions.get(target)
            if following is not None and following.number < question.number:
                problems.append(
                    f"question {target!r} (key question {following.number}) follows "
                    f"{step!r} (key question {question.number}): the numbers go down"
                )
            visit(target)
        on_path.pop()

    visit(flow.start)
    problems += [f"step {i!r} cannot be reached from the start" for i in ids if i not in reached]
    return problems + unclear


def _repeated(items: Iterable[Hashable]) -> list[Hashable]:
    return [item for item, count in Counter(items).items() if count > 1]


def all_paths(flow: FlowPack) -> list[tuple[tuple[tuple[str, AnswerKey], ...], FlowOutcome]]:
    """Every path from the start to an outcome: the (question id, answer) pairs and the outcome.

    Used to generate tests, so that a change to the flow cannot go untested.
    """
    found: list[tuple[tuple[tuple[str, AnswerKey], ...], FlowOutcome]] = []

    def walk(step: str, taken: tuple[tuple[str, AnswerKey], ...]) -> None:
        outcome = flow.outcome(step)
        if outcome is not None:
            found.append((taken, outcome))
            return
        question = flow.question(step)
        if question is None:
            raise ValueError(f"step {step!r} is neither a question nor an outcome")
        for answer in question.offered:
            walk(question.answers[answer], (*taken, (step, answer)))

    walk(flow.start, ())
    return found
