"""The contract between the core and the doors: what a door hands the core, and what it gets back.

A door turns what a person did into a `Turn`, calls the core through `Turns`, renders the
`Reply` values it gets back. Of the rest it imports only the flow's `Outcome` and `Value`.

Text uses a small Markdown subset that every door can render: ``**bold**``, ``*italic*``, lines
starting ``- `` for bullets, and ``[label](https://…)`` links.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from enum import StrEnum
from typing import Any, Protocol

from dialogs.record_contract import DecisionRecord, RecordedAnswer, RecordEntry, RecordForm
from knowledge.flow_pack import Outcome
from knowledge.pack_values import Value
from knowledge.value_class import value_class

__all__ = [
    "Answer",
    "Card",
    "Choice",
    "ConversationKey",
    "DecisionRecord",
    "Lookup",
    "Lookups",
    "Outcome",
    "Pick",
    "Press",
    "Private",
    "RecordEntry",
    "RecordForm",
    "RecordedAnswer",
    "Reply",
    "Turn",
    "Turns",
]


@value_class
class ConversationKey(Value):
    """Whose dialog a turn belongs to: two people in one channel never share a dialog."""

    channel: str
    conversation_id: str
    user_id: str

    def as_str(self) -> str:
        """A stable string form, used as the store key."""
        return f"{self.channel}|{self.conversation_id}|{self.user_id}"


@value_class
class Turn(Value):
    """One message or one button press, stripped of every platform detail.

    Attributes:
        channel: which door it came through: ``"console"``, ``"slack"`` or ``"teams"``.
        conversation_id: the platform's conversation (DM, channel, thread) id.
        user_id: the platform's user id.
        text: what the person typed, already stripped of mention syntax by the door.
        action: the value of a choice the person pressed, if they pressed one.
        event_id: the platform's id for this event, used to ignore re-deliveries.
        private: True in a direct message or personal chat, False in a shared channel.
        form: the (field id, text) pairs of a submitted decision-record form, sent with the
            form's `action`. Personal data: used once to write the record, never stored or
            logged.
        place: the conversation the person wrote in, when their dialog (`conversation_id`)
            spans several (in Teams one dialog follows a person into every channel); None
            when `conversation_id` is that place. What was said in one place never shapes a
            reply given in another (see `ConversationState.signposted_in`).
        edited: `text` is the new text of a message the person edited after sending it. The
            core reads it only for a risk of harm: the signpost if it tells of one (and the
            earlier text did not), else nothing; the dialog's place is never moved by it.
        earlier_text: the text before that edit, when the platform sends it (Slack). Personal
            data, like `text`: read once, never stored or logged.
        command: `text` was typed after a slash command (``/infoshare …``): input nothing
            answers then also gets the command's usage help (platform guidelines S-27).
        form_in_modal: a record form this press asks for opens in a window of its own (Slack's
            modal), which the person may close leaving nothing in the conversation: the form's
            button pressed again then always opens it again. False where a form is posted
            in the conversation (a Teams card, the terminal's prompts).
        room: the shared place a dialog of its own is in, where each is short-lived (a Slack
            channel, each of whose threads is a dialog): the privacy reminder is given there
            once a day per person (`TurnContext.reminded_here`), not in every thread. None:
            once per dialog.
    """

    channel: str
    conversation_id: str
    user_id: str
    text: str | None = None
    action: str | None = None
    event_id: str | None = None
    private: bool = True
    form: tuple[tuple[str, str], ...] = ()
    place: str | None = None
    edited: bool = False
    earlier_text: str | None = None
    command: bool = False
    form_in_modal: bool = False
    room: str | None = None

    @property
    def key(self) -> ConversationKey:
        """The dialog this turn belongs to."""
        return ConversationKey(self.channel, self.conversation_id, self.user_id)


@value_class
class Choice(Value):
    """A button. Its value names the step it answers, so a late press is recognised."""

    label: str
    value: str
    description: str | None = None


@value_class
class Card(Value):
    """A quoted answer or summary: optional facts (notes read before it), title, body, source."""

    title: str
    body: str
    facts: tuple[tuple[str, str], ...] = ()
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form used by `infoshare chat --json`."""
        return {
            "title": self.title,
            "body": self.body,
            "facts": [{"name": n, "value": v} for n, v in self.facts],
            "source": self.source,
        }


class Private(StrEnum):
    """Why a reply to a turn in a shared conversation must be given in private instead."""

    CONSENT_CHECK = "consent-check"  # a question, outcome or step of the person's consent check
    DECISION_RECORD = "decision-record"  # a decision record, shown again
    RISK_OF_HARM = "risk-of-harm"  # a reply to a message that told of a risk of harm
    PERSONAL_DETAILS = "personal-details"  # a reply to a message that looked identifying
    # a reply to a word that the writer's last message was posted there by mistake
    POSTED_BY_MISTAKE = "posted-by-mistake"

    @property
    def to_writer_alone(self) -> bool:
        """Whether the replies go to their writer alone, where they wrote (Slack: ephemeral in
        the thread), rather than moving the conversation to the private chat."""
        return self in (Private.RISK_OF_HARM, Private.PERSONAL_DETAILS, Private.POSTED_BY_MISTAKE)


class Press(StrEnum):
    """What a button press did, for a door that marks the pressed message (Slack)."""

    TAKEN = "taken"  # an answer (or a pick from a list) was taken: the door may show it chosen
    EXPLAINED = "explained"  # "why am I asked this?": the question is asked again below
    RAN = "ran"  # a command ran ("Show how it ended", "Start another check"): no choice to show
    REFUSED = "refused"  # a stale or unknown button: nothing was taken, nothing is shown chosen


@value_class
class Reply(Value):
    """One message from the assistant, with the core's decisions about where it goes.

    Attributes:
        risk_of_harm: the signpost to protection procedures, given because the message may
            describe a risk of harm; doors show it prominently.
        private: set (with the reason) when the turn came from a shared conversation and this
            reply must go to the person's private chat instead; None when it may go where the
            person asked. Set only on turns that are not `Turn.private` (a reply may carry a
            reason of its own before it is placed: the core's `placement.placed` keeps it).
        replaces_pressed: this reply takes the place of the message whose button was pressed
            (the next step of a check); a door that can update a message in place does so.
        form: asks the door to let the person fill in a decision record's fields (a modal, a
            card with inputs, prompts).
        press: on every reply to a button press, what the press did; None for typed turns.
    """

    text: str
    choices: tuple[Choice, ...] = ()
    card: Card | None = None
    outcome: Outcome | None = None
    record: DecisionRecord | None = None
    risk_of_harm: bool = False
    form: RecordForm | None = None
    private: Private | None = None
    replaces_pressed: bool = False
    press: Press | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON object `infoshare chat --json` prints for this reply."""
        return {
            "text": self.text,
            "choices": [{"label": c.label, "value": c.value} for c in self.choices],
            "card": self.card.to_dict() if self.card else None,
            "outcome": self.outcome.value if self.outcome else None,
            "record": self.record.to_dict() if self.record else None,
            "risk_of_harm": self.risk_of_harm,
            "form": self.form.to_dict() if self.form else None,
        }


@value_class
class Answer(Value):
    """The replies to a turn, and whether they are a replay of a turn saved earlier.

    A replay follows a crash or a refusal between saving a turn and delivering its replies,
    so some of them may already have reached the person: a door that can look (Slack's
    history) sends only what is missing; one that cannot skips `delivered` parts.
    """

    replies: list[Reply]
    replayed: bool = False
    apology: bool = False
    """True when the turn could not be answered (the store was away, or too busy): the
    replies are an apology, not the answer, and the event stays open for a later re-delivery."""
    claim: str | None = None
    """The core's token for the claim on the turn's event that these replies are delivered
    under (None: there is none to keep). The door hands the Answer back to `Turns.may_deliver`
    before each part, and to `finish` or `release`, so that each acts on this delivery only."""
    delivered: int = 0  # parts that arrived before the platform refused one (`Turns.release`)


class Turns(Protocol):
    """What a door needs of the core: answer a turn, then say it was delivered."""

    async def handle(self, turn: Turn) -> list[Reply]:
        """Answer a turn (no replies for a repeat of an answered event)."""
        ...

    async def answer(self, turn: Turn) -> Answer:
        """Like `handle`, saying also whether the replies are a replay or an apology."""
        ...

    async def may_deliver(self, answer: Answer) -> bool:
        """Ask before sending each part of `answer`: False means stand down. The turn's event
        has passed to another process, which answers it; send nothing more of this answer,
        and neither apologise nor count it as delivered."""
        ...

    async def finish(self, turn: Turn, answer: Answer | None = None) -> None:
        """Call after delivering `answer` (the replies of `answer(turn)`, or of `handle(turn)`
        when None): the event is answered."""
        ...

    async def release(
        self,
        turn: Turn,
        answer: Answer | None = None,
        *,
        undelivered: bool = False,
        delivered: int = 0,
    ) -> None:
        """Call after giving up on delivering them (or standing down): the event stays open
        for a re-delivery. `undelivered`: the platform refused the answer (known not to have
        arrived, not merely slow), so the event is open again at once, not when its lease
        ends; `delivered` parts arrived before (the replay's `Answer.delivered`)."""
        ...

    async def goes_private(self, turn: Turn) -> Private | None:
        """Whether the answer to a turn from a shared conversation belongs in private, and why.

        For a door whose private chat is a dialog of its own (Slack's DM): it asks before
        answering, and if so answers the turn from the private chat instead. Nothing is saved.
        """
        ...

    async def forget(self, channel: str, conversation_id: str, *, nested: bool = False) -> int:
        """Delete everything kept for one conversation when the app is removed from it; with
        `nested`, also every conversation under it (ids ``conversation_id/…``: a workspace)."""
        ...

    async def once(self, channel: str, event_id: str) -> bool:
        """Whether a door's own one-off event (a person confirming that an answer be shared)
        is seen for the first time: True once across every process sharing the store, for the
        de-duplication span; False for a repeat, or when the store cannot say."""
        ...


class Parking(Protocol):
    """Keeps a request recoverable when a door acknowledges it before its answer is delivered
    (the platform will not send it again): if this process dies, another one answers it."""

    async def park(self, channel: str, payload: str) -> str | None:
        """Keep `payload` (the request, as the door will need it again) until `unpark`; its
        token, or None if it could not be kept."""
        ...

    async def unpark(self, token: str) -> None:
        """The answer under `token` has ended, one way or another: forget the request."""
        ...

    async def sweep(self, channel: str, resume: Callable[[str], Awaitable[None]]) -> None:
        """Run until cancelled: hand each request of door `channel` whose process died back to
        `resume`, which answers it as a re-delivery."""
        ...


@value_class
class Pick(Value):
    """One published question offered by a search."""

    number: int  # entry number in the Q&A
    question: str  # the published question, exactly
    preview: str  # a short start of the published answer (<= ~120 chars, cut at a word, with "…")


@value_class
class Lookup(Value):
    """What a search of the published questions found.

    A door offers the picks to the searcher (a compose-box search, a share shortcut); picking
    one shares `Lookups.shared_answer` into the conversation. The query itself is never kept.

    Attributes:
        picks: best first; when nothing matched (or the query was empty or junk) the topic
            list's questions, with `matched` False; none beside a `notice`: after a signpost
            nothing is offered for sharing.
        matched: the matcher really answered the query with the first pick; False for related
            questions and for the topic list.
        risk_of_harm: the query described a risk of harm.
        notice: for the searcher only, never for the shared chat: the risk-of-harm signpost
            (with the organisation's safeguarding contacts), or None.
        topics: the picks are the topic list (nothing matched), not questions near the query.
    """

    picks: tuple[Pick, ...]
    matched: bool
    risk_of_harm: bool
    notice: Reply | None
    topics: bool = False


class Lookups(Protocol):
    """What a door needs to let a person search the published questions and share an answer."""

    async def lookup(self, query: str, *, limit: int = 8) -> Lookup:
        """Search the published questions for `query` (any text at all; never raises on it)."""
        ...

    async def shared_answer(self, number: int) -> Reply | None:
        """The quoted answer card for entry `number` as shared into a conversation: exact text,
        source line, the 'replaced since 2008' note; None for an unknown number."""
        ...
