"""Sharing the person has agreed to ("can I tell the jobcentre my client has depression? she
said yes"): no published answer decides it, and the plain answer is the guidance's own starting
point, in summary, never a quote.

It is read after matching, only when no entry answered and no topic of its own took the
question (`AgreedSharing.over`), so the matcher's shortlist never changes for it: round 38's
try, a topic on the shortlist, took the records-transfer reply from "the new school has asked
for the child's safeguarding file".

Its words are the typed-words pack's `agreed` lists (knowledge/packs/typed-words.yaml, with an
organisation's own added); the grammar that joins them is the pattern's here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from dialogs.contract import Choice, Private, Reply
from knowledge.lazy_pattern import LazyPattern, holding

AGREED_TOPIC = "with-agreement"
"""The id its reply is noted under, as a not-covered topic's would be (no topic of the pack)."""

_SUPPOSED_REACH = 3  # "whether the patient agreed": the words before the person and the verb


def _either(phrases: Iterable[str]) -> str:
    """A pattern for any of `phrases`, tried in their order (a last word ending in * matches any
    word it starts); one that matches nothing when there are none."""
    each = [re.escape(p.removesuffix("*")) + (r"\w*" if p.endswith("*") else "") for p in phrases]
    return f"(?:{'|'.join(each)})" if each else "(?!)"


def _tells(lists: Mapping[str, tuple[str, ...]]) -> LazyPattern:
    """The pattern of the words telling, in a message's words (`knowledge.matching.text.words`:
    lower case, "she's" as "she"), that the person agreed: "she said yes", "he has agreed",
    "they gave consent", "with her consent", "she is happy for me to pass it on", "i have his
    permission". Agreeing with something ("he agrees with them"), or to something else ("she
    agreed to make him a signatory", "he agreed she can stay") is not agreeing to the sharing.
    The lists' words are the typed-words pack's; the grammar between them is this pattern's."""
    person, sharing, consent, said, yes, fine, agreeing, not_minding, giving, happy, wanting = (
        _either(lists.get(name, ()))
        for name in (
            *("persons", "sharing", "consent", "said", "said_yes", "fine", "agreeing"),
            *("not_minding", "giving", "happy", "wanting"),
        )
    )
    has = r"(?:(?:has|have|had|is|are|was|were) )?"
    their = rf"(?:{_either(lists.get('consent_kinds', ()))} ){{0,2}}"
    pattern = (
        r"(?<!\S)(?:"
        rf"{person} {has}{said} (?:{yes}|(?:is )?{fine}"
        # "she said it's fine" to the sharing: not "she says it's fine but she looks shattered"
        rf"|(?:it|that|thats|its) (?:is )?{fine}"
        rf"(?:$| (?:if|for) (?:i|me|we|us)(?!\S)| to {sharing}(?!\S)))"
        rf"|{person} {not_minding}"
        rf"|{person} {has}{agreeing}"
        # at the end, or before a word (looked at, not taken: the last `(?!\S)` failed on a
        # space taken) that is not what was agreed with or to ("agreed the plan")
        r"(?:$|(?= (?!(?:with|that|she|he|they|to|on|the|a|an|his|her|their|my|our|your) ))"
        rf"| to (?:me |us )?(?:it|this|that|{sharing})(?!\S))"
        rf"|{person} {has}{giving} (?:me |us )?{their}{consent}"
        rf"|{person} {has}{happy} (?:for|with) (?:me|us)(?: to)?(?: {sharing}|$)"
        rf"|{person} {wanting} (?:me|us) to {sharing}"
        rf"|with {their}{consent}"
        rf"|(?:i|we) (?:have|had|got|ve got|have got) {their}{consent}"
        rf"|{consent} (?:was|has been|is) given"
        r")(?!\S)"
    )
    return LazyPattern(pattern, needs=holding(*_needed(lists)))


def _needed(lists: Mapping[str, tuple[str, ...]]) -> Iterable[str]:
    """Words one of which every agreement `_tells` finds holds (a word of these lists)."""
    for name in ("said", "not_minding", "agreeing", "consent", "happy", "wanting"):
        yield from (p.removesuffix("*") for p in lists.get(name, ()))


def _words(phrases: Iterable[str]) -> LazyPattern:
    """A pattern finding any of `phrases` as whole words."""
    return LazyPattern(rf"(?<!\S){_either(phrases)}(?!\S)")


class AgreedSharing:
    """Reads a question telling that the person agreed to the sharing asked about, and gives
    the plain answer. Pure; built at the first question no entry answers."""

    topic = AGREED_TOPIC

    def __init__(
        self,
        over: Iterable[str],
        texts: tuple[str, str],
        footer: str,
        words: Mapping[str, tuple[str, ...]],
    ) -> None:
        """Args:
        over: the not-covered topics its reply is given in place of (a case question, one
            about relatives or other recipients): topics of their own keep their replies.
        texts: the about pack's `with_agreement` and `with_agreement_after_harm`.
        footer: the summary's last line (`dialogs.summary_footer`).
        words: the typed-words pack's `agreed` (with an organisation's own added).
        """
        self._over = frozenset(over)
        self._plain, self._after_harm = texts
        self._footer = footer
        self._tells = _tells(words)
        # A question asking whether one may share: a sharing act named and a question asked.
        self._act = _words(words.get("sharing", ()))
        self._asks = frozenset(words.get("asks", ()))
        # What undoes or clouds the agreement anywhere in the message, but "she doesn't mind",
        # whose "doesnt" is no refusal; and the words before it that make it only supposed.
        self._clouded = _words(words.get("clouding", ()))
        self._not_minded = _words(words.get("not_minding", ()))
        self._supposed = frozenset(words.get("supposing", ()))

    def over(self, topic: str | None) -> bool:
        """Whether the reply may be given in place of `topic` (None: no topic took it)."""
        return topic is None or topic in self._over

    def tells(self, typed: Sequence[str]) -> bool:
        """Whether a message (its `words`) asks whether one may share, and tells plainly that
        the person agreed, with nothing that undoes or clouds it ("she said yes but then
        changed her mind", "my manager said it's ok", "if she agrees")."""
        said = " ".join(typed)
        if self._asks.isdisjoint(typed) or self._act.search(said) is None:
            return False  # no question of sharing
        if self._clouded.search(self._not_minded.sub("", said)) is not None:
            return False
        # The words before each agreement, by counting the spaces since the last: slicing the
        # message before each was quadratic ("can i tell if she said yes" 4,000 times).
        before, counted = 0, 0
        for found in self._tells.finditer(said):
            before += said.count(" ", counted, found.start())
            counted = found.start()
            if self._supposed.isdisjoint(typed[max(0, before - _SUPPOSED_REACH) : before]):
                return True
        return False

    def reply(self, *, concern: bool, choices: tuple[Choice, ...]) -> Reply:
        """The plain answer, with `choices`: with the person's agreement, share what they
        agreed to and record it; after a risk of harm (`concern`), the protection procedures
        come first, in private."""
        if concern:
            # What was described is never spoken of where others can read it.
            return Reply(text=self._after_harm, choices=choices, private=Private.RISK_OF_HARM)
        return Reply(
            text=(
                "**In summary, from the 2008 guidance** (sharing with agreement)\n\n"
                f"{self._plain}\n\n{self._footer}"
            ),
            choices=choices,
        )
