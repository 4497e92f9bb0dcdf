"""Whom the learnt model's finding names: round 36 (r1m36, tryout36 findings 7 and 8).

The learnt second opinion (`dialogs.risk_reading`) cannot say which harm, and its finding was
always "a child or an adult". The words for people in the message can still say whom:

- a child's age given after a word for a child ("one of the girls (16)…", "16yo"), with no grown
  woman named (the pack's `grown-women` marker: she may be at risk beside the child) and no old
  person (`old-age`): the child's alone; so too a child's age the cues read
  (`knowledge.risk_stated_ages.stated_ages`: "a 15 year old", "a lad about 15", "she's only
  12"; a grown-up's age beside it is most often the one who harms, as the cues read it), with
  no grown woman named but as whose someone is ("his mum's boyfriend") (round 38, whom38); so
  too a word of the pack's `teen` set ("teenage patients": round 39, whom40);
- no child named at all (no word of the pack's `kid` set, its `child_words`' "school" and
  "nursery", a number under 18, nor one of `unborn`) and a grown-up named by a role or a noun
  (`age-roles`, `grown-nouns`: "CPN, client … said he'll 'sort out' his neighbour"), an
  age of 18 or over the cues read of no relative ("my 90 year old neighbour"), or an old person
  (`old-age`, an age of 60 or over: "in his 80s", whose son or daughter is grown): the adult's
  alone.

Imported only when the model fires: no part of a start that answers a question.
"""

from __future__ import annotations

from knowledge.risk_aged_child import woman_named
from knowledge.risk_concern import contacts_for
from knowledge.risk_life_named import adult_life
from knowledge.risk_pack import ADULT_MARKS, Concern, RiskPack
from knowledge.risk_stated_ages import NOBODY, OLD_AGE, ages_now
from knowledge.risk_types import RiskFinding, Tokens, stem_word
from knowledge.risk_whom import young_after
from knowledge.risk_words import ADULT_AGE, age_in_word, words_of

__all__ = ["learnt_for"]

_CHILD_PLACES = frozenset({"school", "nursery", "playground", "classroom"})
_SETS = frozenset({"kid", "family", "adult", "folk", "teen"})  # the pack's sets, not markers
_ENDS = frozenset(".!?;")  # where `_read` starts a new sentence


def learnt_for(finding: RiskFinding, text: str, pack: RiskPack) -> RiskFinding:
    """The learnt model's `finding` for `text`, naming only a child or only an adult where the
    module docstring's rules decide whom, with the contacts for them (`pack`'s category)."""
    concern = whom_learnt(text, pack)
    category = next(filter(None, map(pack.category, finding.categories)), None)
    if concern == finding.concerns or category is None:
        return finding
    contacts = contacts_for([category], concern)
    return RiskFinding(
        categories=finding.categories,
        concerns=concern,
        contacts=contacts,
        notes=finding.notes,
        cues=finding.cues,
        marks=tuple(m for m in finding.marks if concern != "adult" or m in ADULT_MARKS),
    )


def whom_learnt(text: str, pack: RiskPack) -> Concern:
    """Whom the people named in `text` make a harm the model found concern (module docstring)."""
    words = [stem_word(w) for w in words_of(text) if w.isalnum()]  # "girls (16)": no brackets

    def stems(*names: str) -> frozenset[str]:
        found = (pack.sets.get(n, ()) if n in _SETS else pack.markers.get(n, ()) for n in names)
        return frozenset(stem_word(w) for group in found for w in group)

    kid = stems("kid")
    ages = [a for w in words if (a := age_in_word(w)) is not None]
    # the nouns for people and for relatives, as the cues read them (`knowledge.risk`)
    kin = stems("family")
    read = _read(text, kid | kin | stems("adult", "folk"), kin)
    told = [(age, holder) for *_, age, holder in ages_now(read, writer=stems("age-writer"))]
    grown_aged = any(
        age >= ADULT_AGE and (holder == NOBODY or holder not in read.kin) for age, holder in told
    )
    old = any(age >= OLD_AGE for age, _ in told) or not stems("old-age").isdisjoint(words)
    # as the cues' reading does of a child named by age (`knowledge.risk_whom`), "16yo" too
    young = young_after(words, kid, run_in=True) or any(age < ADULT_AGE for age, _ in told)
    # "teenage patients" (round 39, whom40): a role's word names no adult beside a teen's
    teen = not stems("teen").isdisjoint(words)
    young = young or teen
    if young and not old and not woman_named(read, stems("grown-women")):
        return "child"
    # an old person's sons and daughters are grown, as the cues read them
    grown = stems("grown-kin") if old else frozenset()
    named_child = (
        any((w in kid and w not in grown) or w in _CHILD_PLACES for w in words)
        or any(age < ADULT_AGE for age in ages)
        or not stems("unborn").isdisjoint(words)
        or teen
    )
    life = {n: stems(n) for n in ("adult-life", "adult-service-heads", "adult-service-tails")}
    life["door-places"] = stems("door-places")  # "a claimant" (round 42, adult42)
    if not named_child and (
        old
        or grown_aged
        or not stems("age-roles", "grown-nouns").isdisjoint(words)
        or adult_life(words, life)
    ):
        return "adult"
    return "either"


def _read(text: str, people: frozenset[str], kin: frozenset[str]) -> Tokens:
    """`text` read as the cues read it for its ages (`stated_ages`): stemmed words, a sentence
    at each full stop, with the words for people (`people`) and relatives (`kin`) marked."""
    words: list[str] = []
    sentence_of: list[int] = []
    sentence = 0
    for word in words_of(text):
        if not word.isalnum():
            sentence += bool(_ENDS.intersection(word)) and bool(words)
            continue
        words.append(stem_word(word))
        sentence_of.append(sentence)
    persons = frozenset(i for i, w in enumerate(words) if w in people)
    return Tokens(
        words=words,
        sentence_of=sentence_of,
        clause_of=sentence_of,
        questions=frozenset(),
        persons=persons,
        kin=frozenset(i for i in persons if words[i] in kin),
    )
