"""A Q&A pack's values: published questions and answers, with our own search aids.

The pydantic models that check a pack read from YAML are in `knowledge.qa_schema`, under the
same names; what each field means is described there.
"""

from typing import Literal

from knowledge.pack_values import PackValue
from knowledge.value_class import value_class


@value_class(kw_only=True)
class QASource(PackValue):
    """Where a pack's answers were published."""

    title: str
    publisher: str
    published: str
    file: str | None = None
    note: str | None = None

    def citation(self, number: int) -> str:
        """The source line shown under every quoted answer."""
        return f"{self.title}, {self.publisher}, {self.published}, question {number}"


@value_class(kw_only=True)
class QAEntry(PackValue):
    """One published question and answer, quoted exactly, plus search aids we write."""

    number: int
    question: str
    answer: str
    source_line: int | None = None
    alternates: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    anchors: tuple[str, ...] = ()
    anchors_also: tuple[str, ...] = ()
    answers_case_questions: bool = False
    speaks_of_parties: bool = False
    answers_definitions: bool = False
    subject: str | None = None
    holds_for_any_party: bool = False
    about: tuple[str, ...] = ()
    about_too: tuple[str, ...] = ()
    answers_asks: tuple[str, ...] = ()
    necessity_of: tuple[tuple[str, ...], ...] = ()
    necessity_not: tuple[str, ...] = ()
    narrower_matters: tuple[str, ...] = ()
    requests_told: tuple[str, ...] = ()
    answers_of_requests: tuple[str, ...] = ()
    now_called: tuple[str, ...] = ()
    now_called_note: str | None = None
    note_always: bool = False


@value_class(kw_only=True)
class QAPack(PackValue):
    """A file of kind `qa`."""

    kind: Literal["qa"]
    source: QASource
    entries: tuple[QAEntry, ...]


@value_class(kw_only=True)
class Phrasings(PackValue):
    """More ways of asking one existing entry."""

    number: int
    alternates: tuple[str, ...]


@value_class(kw_only=True)
class PhrasingsPack(PackValue):
    """A file of kind `phrasings`: alternate phrasings an organisation adds to existing entries,
    for example those a person approved from `infoshare report`'s review file."""

    kind: Literal["phrasings"]
    entries: tuple[Phrasings, ...] = ()
