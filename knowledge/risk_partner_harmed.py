"""A woman harmed by her partner is an adult at risk beside any child: round 39 (whom39).

tryout38 #10: "vet - owner brought in a cat with burns, said her partner did it to punish her.
she has a baby in the pram" named only the child; the woman, whom the harm was done "to punish",
was dropped, because she was named only as "owner" (no word of the pack's `grown-women`
marker). One who has a partner or a husband is grown: a harm of a kind an adult may suffer whose
object is "her", with "her" (or a noun for people: "a client's partner") then a word of the
pack's `partner-doers` marker ("her partner", "her husband") before it in its clause, is the
woman's (`knowledge.risk_women.woman_harmed` reads the same when she is named as a mum or a
woman). Not when the harm's "her" says whose
someone is ("her partner hit her son"), nor when a child's age under 18 or a word for a child
comes before it (a teenager's partner: "she's 16 and her partner hits her", "student says her
ex is stalking her"; not "her partner hit her, they have a 2 year old").

So too one whose children are named as hers in the sentence of the harm (a word of the pack's
`offspring` marker up to three words after another "her": "her two kids were in the room when
he hit her", "he hit her in front of her kids"): a mother harmed, her children beside her
(so the children widen her case rather than make one of their own: round 38's
separate-concern rule, `dialogs.signpost`).

A helper of `knowledge.risk_finding.judge`, read only when a message shows harm.
"""

from __future__ import annotations

from knowledge.risk_stated_ages import ages_now
from knowledge.risk_types import Hit, Kind, Tokens
from knowledge.risk_words import ADULT_AGE

__all__ = ["partner_harmed"]

_HARM = frozenset({Kind.CUE, Kind.TERM})
_OFFSPRING_REACH = 3  # "her 3 little kids"


def partner_harmed(
    hits: list[Hit],
    read: Tokens,
    kinds: frozenset[int],
    partners: frozenset[str],
    offspring: frozenset[str] = frozenset(),
    *,
    writer: frozenset[str],
) -> bool:
    """Whether a harm among `hits` is done by her partner to a woman (module docstring).

    Args:
        hits: the phrases that counted, with the nouns for children.
        read: the message as read.
        kinds: the categories found (their places in the pack) that an adult may suffer.
        partners: the stems of the pack's `partner-doers` marker.
        offspring: the stems of the pack's `offspring` marker.
        writer: the stems of the pack's `age-writer` marker ("im 14": the writer's age).
    """
    young = [s for s, _, _, age, _ in ages_now(read, writer=writer) if age < ADULT_AGE]
    young += [h.position for h in hits if h.phrase.kind is Kind.CHILD]
    words = read.words
    for h in hits:
        if h.phrase.kind not in _HARM or h.phrase.category not in kinds:
            continue
        last = h.end if h.end < len(words) and read.clause_of[h.end] == h.clause else h.end - 1
        objects = [p for p in range(h.position, last + 1) if words[p] == "her"]
        for her in objects:
            if her + 1 < len(words) and her + 1 in read.persons:
                continue  # "her son": whose
            if any(
                (words[p] == "her" or p in read.persons)
                and words[p + 1] in partners
                and read.clause_of[p] == h.clause
                and not any(s < p for s in young)
                for p in range(her - 1)
            ):
                return True
            if _mother(read, her, young, offspring):
                return True
    return False


def _mother(read: Tokens, her: int, young: list[int], offspring: frozenset[str]) -> bool:
    """Whether another "her" in the sentence of the harm's "her" at `her` names her children
    ("her two kids were in the room when he hit her", "he hit her in front of her kids"), with
    no child named before it."""
    words, sentence = read.words, read.sentence_of[her]
    return any(
        words[p] == "her"
        and read.sentence_of[p] == sentence
        and any(w in offspring for w in words[p + 1 : p + 1 + _OFFSPRING_REACH])
        and not any(s < p for s in young)
        for p in range(len(words))
        if p != her
    )
