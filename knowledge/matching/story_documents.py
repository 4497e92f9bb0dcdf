"""A short question pointing back to a document its story names, which is not the guidance.

"I'm writing our new privacy notice. What is its purpose?", "Our local authority produced a
toolkit. Who developed it?", "Our safeguarding policy was rewritten last month. Why did they
change it?": the question's "it", "its" or "they" stands for the notice, the toolkit or the
policy the story names, not for the guidance, whose purpose (entry 7), making (entry 8) and update
(entry 6) the published answers give. Such a question is not quoted an entry about the guidance
when it names nothing the entry is about but its pointers, and its story names one of the
`documents` (case_questions) and, apart from that document and any pointer, nothing the entry is
about either. A document one of the entry's anchors names whole (entry 11's "polic*",
"procedure*": its answer is of one's own policies) is no other document for it; entry 8's "pack"
does not name an "induction pack" whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from knowledge.matching.phrases import PhraseSet


class StoryDocuments:
    """Reads whether a question's pointer stands for another document its story names."""

    def __init__(
        self,
        about: Mapping[int, PhraseSet],
        anchors: Mapping[int, Iterable[str]],
        documents: Iterable[str],
        pointers: Iterable[str],
    ) -> None:
        """Keep the phrases.

        Args:
            about: each entry's `about` phrases, by number; an entry without them is not read.
            anchors: each entry's anchors, by number: a document one names is the entry's own.
            documents: the phrases naming a document someone writes or keeps
                (`case_questions.documents`).
            pointers: the words that point back to something named before
                (`case_questions.pointers`).
        """
        self._about = about
        self._anchors = {number: PhraseSet(phrases) for number, phrases in anchors.items()}
        self._documents = PhraseSet(documents)
        self._pointers = frozenset(pointers)

    def points_to_another(self, number: int, asked: Sequence[str], story: Sequence[str]) -> bool:
        """Whether the question's words `asked` point back (and name nothing else entry
        `number` is about) to a document the `story` before it names, which none of the
        entry's anchors names, in a story naming nothing else the entry is about."""
        about = self._about.get(number)
        if about is None or self._pointers.isdisjoint(asked) or not story:
            return False
        if about.first_in_words(self._blanked(asked, set())) is not None:
            return False
        spans = self._documents.all_ends(story)
        anchors = self._anchors.get(number)
        inside: set[int] = set()
        other = False
        for start, ends in spans.items():
            end = max(ends)
            if anchors is not None and end - start in anchors.ends_at(story[start:end], 0):
                continue  # the whole document named by an anchor ("policy": "polic*")
            other = True
            inside.update(range(start, end))
        return other and about.first_in_words(self._blanked(story, inside)) is None

    def _blanked(self, found: Sequence[str], inside: set[int]) -> list[str]:
        """`found` with its pointers, and the words at the indexes `inside`, left blank."""
        return ["" if i in inside or w in self._pointers else w for i, w in enumerate(found)]
