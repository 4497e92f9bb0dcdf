"""Whether consent asked just after a signpost is the consent of the one just told of.

"do i need her consent?" quotes entry 4 with no signpost, as "do i need consent?" does (its
anchors name her, his and their consent). Just after a signpost, a person named by "she", "he",
"her", "him" or "his" (the risk pack's `consent-one-person`) is the one the signpost was for:
the case's own reply (an adult's: seek agreement where safe, key questions 4 and 5;
`dialogs.after_signpost`) is read before any quote. "their" and no one named are read as
before: "when can I share a client's information without their consent?" is a general
question, which entry 4 answers (round 49, quote148).
"""

from __future__ import annotations

from collections.abc import Collection

from dialogs.worry import Worry
from knowledge.matching.text import words


def of_the_one_told(worry: Worry | None, text: str, one_person: Collection[str]) -> bool:
    """Whether `worry`, read in a follow-up `text` just after a signpost, asks whether the
    consent of the one just told of is needed ("do i need her consent to tell the community
    team?"): its reply, not a quote, answers it.

    Args:
        worry: the worry read in `text`.
        text: the follow-up as typed.
        one_person: the pronouns of one person (the risk pack's marker `consent-one-person`:
            "she", "her", "his"; "she's" is read as "she").
    """
    return worry is Worry.CONSENT and not frozenset(one_person).isdisjoint(words(text))
