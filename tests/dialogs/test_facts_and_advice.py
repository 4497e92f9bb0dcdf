"""The facts of each turn (ids and numbers, never text), local advice, and "my last record"."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import Core
from dialogs.assistant import Assistant
from dialogs.contract import Outcome, Turn
from dialogs.facts import KeptRecord, TurnContext, TurnFacts, TurnKind
from dialogs.state import ConversationState
from knowledge.flow_graph import all_paths
from knowledge.loader import KnowledgeError, load_knowledge
from knowledge.matching import Matcher
from tests.support.core import FIXED_CLOCK
from tests.support.packs import builtin_knowledge

REF = "0123456789abcdef" * 2


class Talk:
    """Drives `Assistant.decide` with a context, keeping state and the last facts."""

    def __init__(self, assistant: Assistant, context: TurnContext | None = None) -> None:
        self.assistant = assistant
        self.context = context or TurnContext()
        self.state = ConversationState()
        self.facts: TurnFacts | None = None

    def _turn(self, turn: Turn):
        self.state, replies, self.facts = self.assistant.decide(
            self.state, turn, FIXED_CLOCK, self.context
        )
        assert ConversationState.from_json(self.state.to_json()) == self.state
        return replies

    def send(self, text: str):
        return self._turn(Turn("test", "c", "u", text=text))

    def press(self, value: str):
        return self._turn(Turn("test", "c", "u", action=value))


def test_respond_is_decide_without_the_facts(core: Core) -> None:
    state = ConversationState()
    for text in ("hello", "what is an ISP", "check", "yes", "purple monkey dishwasher"):
        turn = Turn("test", "c", "u", text=text)
        by_respond = core.assistant.respond(state, turn, FIXED_CLOCK)
        by_decide = core.assistant.decide(state, turn, FIXED_CLOCK)
        assert by_respond == by_decide[:2]
        state = by_respond[0]


@pytest.mark.parametrize(
    ("text", "kind", "entry"),
    [
        ("what is an ISP", TurnKind.ANSWERED, 12),
        ("info for the school nurse", TurnKind.SUGGESTED, None),
        ("how long should we keep case files", TurnKind.NOT_COVERED, None),
        ("purple monkey dishwasher", TurnKind.DECLINED, None),
        ("how do I book annual leave", TurnKind.OFF_TOPIC, None),
        ("can I share this with the police?", TurnKind.OFFER_CHECK, None),
        ("rules", TurnKind.COMMAND, None),
        ("check", TurnKind.CHECK, None),
        ("thanks", TurnKind.SMALL_TALK, None),
        ("my last record", TurnKind.RECORD, None),
    ],
)
def test_each_turn_says_what_happened(core: Core, text, kind, entry) -> None:
    talk = Talk(core.assistant)
    talk.send(text)
    assert talk.facts is not None
    assert talk.facts.kind is kind
    assert talk.facts.entry == entry
    fields = talk.facts.log_fields()
    assert fields["kind"] == kind.value
    assert all(isinstance(v, str | int | float | list) for v in fields.values())
    if " " in text:  # a question, not a one-word command: its text is not in the facts
        assert text not in repr(talk.facts)


def test_suggestions_and_scores_are_in_the_facts(core: Core) -> None:
    talk = Talk(core.assistant)
    talk.send("info for the school nurse")
    assert talk.facts is not None
    assert talk.facts.suggestions == (4, 5, 9)
    assert talk.facts.score is not None and 40 <= talk.facts.score < 100


def test_a_question_is_remembered_by_its_id_for_one_turn_only(core: Core) -> None:
    talk = Talk(core.assistant, TurnContext(question_ref=REF))
    talk.send("info for the school nurse")
    assert talk.state.asked == REF
    assert talk.facts is not None and talk.facts.question_ref == REF
    assert "nurse" not in repr(talk.state.to_json())
    talk.press("topic:5")
    assert talk.facts.kind is TurnKind.TOPIC and talk.facts.entry == 5
    assert talk.facts.picked_ref == REF
    assert talk.state.asked is None
    talk.press("topic:6")  # a second pick is not linked to the question
    assert talk.facts.picked_ref is None


def test_without_a_question_id_nothing_is_remembered(core: Core) -> None:
    talk = Talk(core.assistant)
    talk.send("purple monkey dishwasher")
    assert talk.state.asked is None
    talk.press("topic:5")
    assert talk.facts is not None and talk.facts.picked_ref is None


def test_answered_questions_are_not_remembered(core: Core) -> None:
    talk = Talk(core.assistant, TurnContext(question_ref=REF))
    talk.send("what is an ISP")
    assert talk.state.asked is None


@pytest.mark.parametrize("value", ["x" * 32, "ABCDEF" * 6, 7, None])
def test_a_forged_question_id_in_the_store_is_dropped(value) -> None:
    data = ConversationState().to_json() | {"asked": value}
    assert ConversationState.from_json(data).asked is None


@pytest.mark.parametrize("concern", [False, True])
def test_a_finished_check_gives_its_record_as_ids(core: Core, concern: bool) -> None:
    talk = Talk(core.assistant)
    if concern:  # a risk of harm signposted first: the record has a place for what was done
        talk.send("she told me her stepdad hits her")
    talk.send("check")
    for _ in range(4):
        replies = talk.send("yes")
    assert talk.facts is not None
    assert talk.facts.outcome is Outcome.SHARE
    kept = talk.facts.record
    assert kept is not None
    assert kept.answers == talk.state.check.answers  # type: ignore[union-attr]
    assert KeptRecord.from_json(kept.to_json()) == kept
    assert kept.concern is concern
    record = next(r.record for r in replies if r.record)
    assert any(e.id == "protection-steps" for e in record.entries) is concern
    shown = Talk(core.assistant, TurnContext(records_kept=True, record_days=7, last_record=kept))
    again = shown.send("record")
    assert again[-1].record == record
    assert "kept for 7 days" in again[-1].text


@pytest.mark.parametrize("bad", [None, {}, {"format": 2}, {"format": 1, "run": "1"}, []])
def test_a_malformed_kept_record_is_ignored(bad) -> None:
    assert KeptRecord.from_json(bad) is None


@pytest.mark.parametrize(
    ("turn", "wanted"),
    [
        (Turn("t", "c", "u", text="my last record"), True),
        (Turn("t", "c", "u", text="Show my record, please"), True),
        (Turn("t", "c", "u", action="cmd:record"), True),
        (Turn("t", "c", "u", text="how do I record my decision?"), False),
        (Turn("t", "c", "u", action="topic:1"), False),
    ],
)
def test_a_turn_asking_for_the_last_record_says_so_in_its_facts(
    core: Core, turn: Turn, wanted: bool
) -> None:
    # The house fetches the kept record only for a turn whose facts say it was asked for.
    context = TurnContext(records_kept=True, record_days=7)
    _, _, facts = core.assistant.decide(ConversationState(), turn, FIXED_CLOCK, context)
    assert (facts.kind is TurnKind.RECORD) is wanted


# --- local advice -------------------------------------------------------------------------

LOCAL_CONTACTS = """\
kind: contacts
contacts:
  - name: Priya Shah
    role: information-governance-lead
    email: ig@example.org.uk
    phone: "01632 960 111"
  - name: Dr Amara Okafor
    role: caldicott-guardian
    how: via the switchboard, ask for the Caldicott office
  - name: The safeguarding hub
    role: safeguarding-lead
    url: https://intranet.example.org.uk/safeguarding
  - name: Tom Reed
    role: data-protection-officer
    email: dpo@example.org.uk
"""


@pytest.fixture(scope="module")
def local(tmp_path_factory) -> Assistant:
    folder: Path = tmp_path_factory.mktemp("packs")
    (folder / "contacts.yaml").write_text(LOCAL_CONTACTS, encoding="utf-8")
    knowledge = load_knowledge(folder)
    return Assistant(
        knowledge, Matcher(knowledge.entries, knowledge.not_covered, knowledge.lexicon)
    )


EXPECTED_LINES = [
    "- **Information-governance lead**: Priya Shah (ig@example.org.uk, 01632 960 111)",
    "- **Caldicott guardian**: Dr Amara Okafor (via the switchboard, ask for the Caldicott office)",
    "- **Safeguarding lead**: The safeguarding hub (https://intranet.example.org.uk/safeguarding)",
    "- **Data protection officer**: Tom Reed (dpo@example.org.uk)",
]


def test_seek_advice_outcomes_name_the_organisations_contacts(local: Assistant) -> None:
    flow = builtin_knowledge().flow
    steps, _ = next(p for p in all_paths(flow) if p[1].kind == "seek-advice")
    talk = Talk(local)
    talk.send("check")
    for step, answer in steps:
        replies = talk.press(f"check:1:{step}:{answer.value}")
    outcome = next(r for r in replies if r.outcome is Outcome.SEEK_ADVICE)
    for line in EXPECTED_LINES:
        assert line in outcome.text
    assert "Your professional body" not in outcome.text


@pytest.mark.parametrize(
    "question", ["purple monkey dishwasher", "how long should we keep case files"]
)
def test_no_answer_replies_name_the_organisations_contacts(local: Assistant, question) -> None:
    replies = Talk(local).send(question)
    for line in EXPECTED_LINES:
        assert line in replies[-1].text


def test_the_default_contacts_still_appear_without_a_local_pack(core: Core) -> None:
    replies = Talk(core.assistant).send("purple monkey dishwasher")
    assert "- Your organisation's information-governance lead" in replies[-1].text
    assert "- Your designated safeguarding lead" in replies[-1].text


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ("  - name: X Y\n    role: boss\n", "role"),
        ("  - name: X Y\n    email: not-an-address\n", "email"),
        ("  - name: X Y\n    url: ftp://x\n", "url"),
    ],
)
def test_a_bad_contact_is_refused_by_name(tmp_path: Path, entry: str, problem: str) -> None:
    (tmp_path / "contacts.yaml").write_text("kind: contacts\ncontacts:\n" + entry, "utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(tmp_path)
    assert any("contacts.yaml" in p and problem in p for p in caught.value.problems)
