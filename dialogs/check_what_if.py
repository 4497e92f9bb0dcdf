"""A question about the waiting key question's answers, asked in a consent check ("what if she
says no?", "can i share without asking her?" at key question 4): the check's own help for what
follows each answer (the flow pack's `what_if_text`), then the same question again, nothing
recorded. Never a quote: entry 4 of the Q&A speaks of consent in general, not of this step."""

from __future__ import annotations

from dialogs.consent_check import ConsentCheck
from dialogs.contract import Reply
from dialogs.state import CheckProgress
from knowledge.flow_pack import FlowPack
from knowledge.matching.phrases import PhraseSet


class CheckWhatIf:
    """Finds a key question's `what_if` phrases in a message asked while it waits. Build once;
    only reads."""

    def __init__(self, flow: FlowPack, check: ConsentCheck) -> None:
        """The flow pack's questions with `what_if` phrases; `check` asks the question again."""
        self._check = check
        self._phrases = {q.id: PhraseSet(q.what_if) for q in flow.questions if q.what_if}
        self._texts = {q.id: q.what_if_text for q in flow.questions if q.what_if_text}

    def reply(self, progress: CheckProgress, text: str) -> Reply | None:
        """The help for what follows the waiting question's answers, then that question again,
        when `text` (a question, as typed) holds one of its `what_if` phrases; else None."""
        if progress.finished:
            return None
        phrases, said = self._phrases.get(progress.step), self._texts.get(progress.step)
        if phrases is None or said is None or phrases.first_in(text) is None:
            return None
        return self._check.ask(progress, lead=f"{said}\n\n", guide_again=False)
