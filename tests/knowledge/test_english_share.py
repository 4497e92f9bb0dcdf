"""Round 46 (lang117): telling a message written in a language other than English from English
typed any way (`knowledge.english_share`), with the words the assistant knows."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.app import Core
from dialogs.not_english import ENGLISH_ALSO
from knowledge import english_share
from knowledge.english_share import not_english

OTHER_LANGUAGES = {
    "welsh": "Mae fy nghymydog yn gweiddi ar ei phlant bob nos ac rwy'n poeni amdanyn nhw",
    "polish": "Moja sąsiadka bije swoje dzieci prawie codziennie, co mam zrobić?",
    "french": "Ma voisine frappe ses enfants tous les soirs, que dois-je faire ?",
    "spanish": "Mi vecina golpea a sus hijos todas las noches, ¿qué debo hacer?",
    "urdu in latin letters": "meri padosan apne bachon ko roz maarti hai, mujhe kya karna chahiye",
    "german": "Ich mache mir Sorgen um das Kind meiner Nachbarin, sie schreit die ganze Zeit",
    "swedish": "Jag är orolig för min grannes barn, hon skriker på dem hela tiden",
    "chinese": "我的邻居每天晚上都打她的孩子 我该怎么办",
}
ENGLISH = {
    "plain": "can i share info about a kid with the school nurse without asking his parents",
    "typos": "is this guidence for manegers aswell or just for frontline staf",
    "text-speak": "omg wtf my mate's bf battered her again lol idk wot 2 do",
    "scots": "the wee lassie dinnae want tae go hame, her maw's boyfriend skelps her",
    "broad scots": "aye the wean's greetin, his maw skelps him an i dinnae ken whit tae dae",
    "more text-speak": "omg ngl idk whit tae dae, wyd if ur m8 sed her bf skelps her rn tbh",
    "foreign name": "My client Agnieszka Wiśniewska from Szczecin says her husband takes her money",
    "place names": "Siobhan Ni Bhriain from Dun Laoghaire moved here with her two boys",
    "quoted phrase": "Mrs Nguyen said 'c'est la vie' when I asked about the bruises on her son",
    "quoted sentence": (
        "my client keeps saying 'nie wiem co robić' when I ask about her husband, "
        "and she has a black eye again, what should I do"
    ),
    "pidgin": "Afta court hear dia case dem wey di lawyers for the women state say make dem wait",
    "shouting": "MY NEIGHBOUR IS HITTING HER KIDS EVERY NIGHT WHAT DO I DO",
}
NOT_WORDS = {
    "short": "hola",
    "a greeting": "bonjour, merci",
    "a name": "Jan Kowalski",
    "code": "def foo(x): return x**2 if x else None; print(foo(3)) # fixme",
    "keyboard": "xqzv kjhg wprt zzkq bbnm lkjh fdsd ghjk",
    "symbols": "ÿþýü ¤¤¤ ‰‰‰ ððð ÿÿÿ þþþ ¤¤¤ ‰‰‰ ððð",
}


@pytest.fixture(scope="module")
def read(core: Core) -> tuple[frozenset[str], frozenset[str]]:
    known = core.matcher.known_words | core.knowledge.risk_detector.known_words
    return known, frozenset(core.knowledge.risk.markers[ENGLISH_ALSO])


@pytest.mark.parametrize("text", OTHER_LANGUAGES.values(), ids=OTHER_LANGUAGES)
def test_a_message_in_another_language_reads_as_one(
    read: tuple[frozenset[str], frozenset[str]], text: str
) -> None:
    assert not_english(text, *read)


@pytest.mark.parametrize("text", ENGLISH.values(), ids=ENGLISH)
def test_english_typed_any_way_reads_as_english(
    read: tuple[frozenset[str], frozenset[str]], text: str
) -> None:
    assert not not_english(text, *read)


@pytest.mark.parametrize("text", NOT_WORDS.values(), ids=NOT_WORDS)
def test_a_few_words_or_no_words_are_not_judged(
    read: tuple[frozenset[str], frozenset[str]], text: str
) -> None:
    assert not not_english(text, *read)


@pytest.mark.parametrize("said", ["broad scots", "more text-speak"])
def test_scots_and_text_speak_are_english_by_the_packs_list(
    read: tuple[frozenset[str], frozenset[str]], said: str
) -> None:
    known, _ = read
    # Without the risk pack's list "english-also", these read as another language.
    assert not_english(ENGLISH[said], known)


def test_the_first_words_decide(read: tuple[frozenset[str], frozenset[str]]) -> None:
    # A long English message with a text in another language pasted after it is read as
    # English (its cues read all of it); a short question before such a text is not enough:
    # what the text says can't be read, and the signpost is given as a precaution.
    told = (
        "our family support worker went round this morning and mum was very low, the flat was "
        "cold and there was not much food in, the baby was in the same nappy as yesterday and "
        "the older boy had not been at school all week, she says the dad comes round at night "
        "and shouts, she showed me this message from her sister and asked me what it means: "
    )
    french = OTHER_LANGUAGES["french"] * 10
    assert not not_english(told + french, *read)
    assert not_english("do i need to pass this on to anyone? " + french, *read)


@pytest.mark.parametrize(
    "text",
    [
        "should I dial nine nine nine",
        "lorem " * 340,
        "lorem ipsum " * 170,
        "hola hola hola hola hola",
    ],
)
def test_too_few_different_words_are_not_judged(
    read: tuple[frozenset[str], frozenset[str]], text: str
) -> None:
    # Round 46's merged suite: an organisation's "should I dial nine nine nine" (words the packs
    # lack) and the platform reviews' "lorem ipsum" typed over and over read as another language.
    assert not not_english(text, *read)


# Letters, digits, marks and spaces below U+3040, and the CJK range's edges and letters.
_BELOW_CJK = st.characters(max_codepoint=0x303F, exclude_categories=["Cs"])


@given(st.text(_BELOW_CJK, max_size=80))
def test_a_text_with_no_cjk_reads_the_same_words_without_the_cjk_ranges(text: str) -> None:
    # Round 47 (perf126): the pattern with the CJK ranges is compiled only for a text that may
    # hold them (25 million instructions at every start); below U+3040 they match nothing.
    whole = english_share._WORD.compiled
    assert english_share._LETTERS.findall(text) == whole.findall(text)


@pytest.mark.parametrize(
    "text", ["\u3040 a \u9fff bb \ua000 ccc", "abc\u4e00de f\u30fbgh \u3099\u309b"]
)
def test_a_text_with_a_character_from_u3040_up_is_read_with_the_cjk_ranges(text: str) -> None:
    # Where the two patterns differ, and so why such a text needs the whole one (the Chinese
    # message above reads as one long word without it, too few to judge).
    expected = english_share._WORD.compiled.findall(text)
    assert english_share._LETTERS.findall(text) != expected
