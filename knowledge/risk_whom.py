"""Whom a harm concerns, read once more from the people a message names: round 36 (r1m36).

Tryout36 findings 6, 7 and 8. After `knowledge.risk_concern.concern_of` and
`knowledge.risk_grown.grown_up`, with no child named clearly (an age under 18, a school year, a
word for a child that is no relative who may be grown: "daughter", "son", "grandson", "lad"):

- an old person named ("pt 88", "Mrs Jones, 91", "Mr X (84)", "old lady", "elderly"): their
  relatives are grown and the old person is at risk, so adult only;
- an adult's setting named (a word of the pack's `adult-settings` marker: "prison officer, a lad
  told me his cellmate…", "lad on an ACCT"): adult only;
- an adult's age given of the one told of ("young woman 19 says her landlord…"): adult only;
- no word for a child at all, or a kind of harm only adults suffer found, and a man or a woman
  telling in the sentence ("man came in, said if he doesnt get his UC sorted… he has a rope";
  "a man who was very thin and confused… he said his son takes his money"): adult only.

And the reverse: a child named clearly, or a child's age given after a word of the pack's
`age-nouns` marker ("1 of my mindees (4)", "my assistant (17)"), with no grown-up at risk named
(no woman harmed, `knowledge.risk_women.woman_harmed`, nor one of the pack's `grown-people`; a
word for a child naming a place, "a mum at baby group", names none; a grown relative's age, "her
step brother (19)", names the one who harms, as `knowledge.risk_stated_ages.aged` says of ages
beside a child's), makes an "either" the child's alone: "mum says its the radiator" tells, and
is not at risk, nor asked for consent (a grown woman's word followed by one of the pack's
`women-tell` marker; "a 4 yo who saw her dad assault her mum. Mum's sobbing" stays both). Not
where an old person is named too, nor domestic abuse unless a child's
age is given and no grown woman named ("my assistant (17) told me her boyfriend hits her"; "a 4
yo who saw her dad assault her mum" stays both).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from knowledge.risk_grown import grown_teller
from knowledge.risk_pack import Concern
from knowledge.risk_stated_ages import ages_now
from knowledge.risk_types import Hit, Kinds, Tokens
from knowledge.risk_words import ADULT_AGE, age_in_word
from knowledge.risk_workers import grown_workers

__all__ = ["whom", "young_after"]

_OLD_AGE, _OLDEST = 60, 110
_DOMESTIC = "domestic-abuse"
_DONE_TO = frozenset({"her", "him"})  # after a relative: what they do is done to a grown-up
_TITLE_REACH = 2  # "Mr X (84)", "Mrs Jones, 91": the age within two words of the title


def whom(
    concern: Concern,
    hits: list[Hit],
    read: Tokens,
    *,
    kinds: frozenset[str | None],
    found: frozenset[str] = frozenset(),
    markers: Mapping[str, frozenset[str]],
    woman: bool = False,
) -> Concern:
    """`concern`, or "adult" or "child" where a rule of the module docstring decides.

    Args:
        concern: whom the harm was taken to concern so far.
        hits: every phrase that matched, with the people whose age is given told of by it
            (`knowledge.risk_stated_ages.aged`).
        read: the message as the detector read it.
        kinds: whom the kinds of harm found concern ("child", "adult", "either").
        found: the ids of the kinds of harm found.
        markers: the stems of the words of the pack's markers, by name.
        woman: whether a grown woman is herself the one harmed.
    """
    words, grown_kin = read.words, markers["grown-kin"]
    ages = [(at, age) for _, _, at, age, _ in ages_now(read, writer=markers["age-writer"])]
    young = any(age < ADULT_AGE for _, age in ages) or young_after(words, markers["age-nouns"])
    kids = [h for h in hits if h.phrase.kind is Kinds.CHILD]
    clear = young or any(words[h.end - 1] not in grown_kin for h in kids)
    adults = [h for h in hits if h.phrase.kind is Kinds.ADULT]
    if not clear:
        if _old_person(read, ages, markers) or not markers["adult-settings"].isdisjoint(words):
            return "adult"
        if _grown_kin_doer(words, kids, adults, markers) or grown_workers(
            words, kids, found, markers
        ):
            return "adult"
        if any(age >= ADULT_AGE for _, age in ages) and any(h.phrase.text == "age" for h in adults):
            return "adult"
        unborn = not markers["unborn"].isdisjoint(words)
        if (
            (not kids or "adult" in kinds)
            and not unborn
            and grown_teller(hits, read, markers, in_sentence=True)
        ):
            return "adult"
        return concern
    relatives = grown_kin | markers["age-relatives"]
    places = markers["child-places"]
    named = young or any(
        words[h.end - 1] not in grown_kin and (h.end >= len(words) or words[h.end] not in places)
        for h in kids
    )
    # between partners the grown-up is most often the one harmed: a child's age, and no woman
    domestic = _DOMESTIC in found and not (young and markers["grown-women"].isdisjoint(words))
    women = markers["grown-women"]
    jobs = markers.get("job-before", frozenset())  # "a dinner lady": staff (round 38)
    only_tells = all(
        (i + 1 < len(words) and words[i + 1] in markers["women-tell"])
        or (i > 0 and words[i - 1] in jobs)
        or i + 1 in read.persons  # whose someone is: "his mum's boyfriend" (round 38)
        for i, w in enumerate(words)
        if w in women
    )
    if (
        concern == "either"
        and named
        and not woman
        and not domestic
        and only_tells
        and not _old_person(read, ages, markers)
        and markers["grown-people"].isdisjoint(words)
        and all(
            (h.phrase.text == "age" and h.position and words[h.position - 1] in relatives)
            # "older boys": children, not grown-ups (round 38); "an older teenager" may be grown
            or (h.end in read.plural and h.end in {k.position for k in kids})
            for h in adults
        )
    ):
        return "child"
    return concern


def young_after(words: Sequence[str], nouns: Collection[str], *, run_in: bool = False) -> bool:
    """Whether a child's age is given right after a word of `nouns` (this module's `age-nouns`:
    "my mindees (4)"; `knowledge.risk_learnt_whom`'s `kid` set: "one of the girls (16)"), or,
    with `run_in`, anywhere run into its unit ("16yo")."""
    for i, word in enumerate(words):
        age = age_in_word(word)
        if age is None or age >= ADULT_AGE:
            continue
        if word.isdecimal() and i and words[i - 1] in nouns:
            return True
        if run_in and not word.isdecimal():
            return True
    return False


def _grown_kin_doer(
    words: Sequence[str], kids: list[Hit], adults: list[Hit], markers: Mapping[str, frozenset[str]]
) -> bool:
    """Whether every word for a child is a grown relative who does something to a grown-up named
    ("the lady i visit … her grandson grips her when he wants money"; tryout44 #4): "her" or
    "him" within two words after it, and a man or a woman (`grown-nouns`) told of."""
    return (
        bool(kids)
        and any(words[h.end - 1] in markers["grown-nouns"] for h in adults)
        and all(
            words[h.end - 1] in markers["grown-kin"]
            and not _DONE_TO.isdisjoint(words[h.end : h.end + 2])
            for h in kids
        )
    )


def _old_person(
    read: Tokens, ages: list[tuple[int, int]], markers: Mapping[str, frozenset[str]]
) -> bool:
    """Whether the message names an old person: an age of 60 or over given, one within two
    words after a title or "pt" (a word of `titles`: "Mrs Jones, 91"), a word of `old-age`, or
    "old" before a word of `grown-nouns` ("old lady")."""
    words = read.words
    if any(age >= _OLD_AGE for _, age in ages) or not markers["old-age"].isdisjoint(words):
        return True
    for i, word in enumerate(words):
        if word == "old" and i + 1 < len(words) and words[i + 1] in markers["grown-nouns"]:
            return True
        if word.isdecimal() and _OLD_AGE <= int(word) <= _OLDEST:
            before = words[max(0, i - _TITLE_REACH) : i]
            if not markers["titles"].isdisjoint(before):
                return True
    return False
