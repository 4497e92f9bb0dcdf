"""Reading a longer or hedged reply during a consent check as yes, no or not sure.

"I think so", "yes, she told me in confidence" and "we haven't asked yet" are answers, not
questions for the Q&A. They are read by how they begin, and the assistant says how it read them
so that a wrong reading is one **back** away. Anything that looks like a question is left alone.
"""

from __future__ import annotations

from knowledge.flow_pack import AnswerKey

MAX_WORDS = 16  # longer than this and it is a story or a question, not an answer

# Checked in this order: "not sure" before "no", "i dont think so" before "i think so".
_LEADS: tuple[tuple[AnswerKey, tuple[str, ...]], ...] = (
    (
        AnswerKey.NOT_SURE,
        (
            "not sure",
            "im not sure",
            "i am not sure",
            "unsure",
            "i dont know",
            "dont know",
            "do not know",
            "dunno",
            "no idea",
            "not certain",
            "im not certain",
            "maybe",
            "possibly",
            "perhaps",
            "hard to say",
            "it depends",
            "depends",
            "unclear",
            "cant say",
            "cant tell",
            "difficult to say",
        ),
    ),
    (
        AnswerKey.NO,
        (
            "no",
            "nope",
            "nah",
            "not really",
            "not yet",
            "not at all",
            "i dont think so",
            "dont think so",
            "i do not think so",
            "i dont believe so",
            "not that i know",
            "not as far as i know",
            "we havent",
            "we have not",
            "i havent",
            "i have not",
            "they havent",
            "she hasnt",
            "he hasnt",
            "they have not",
            "we didnt",
            "they didnt",
            "she didnt",
            "he didnt",
            "they refused",
            "she refused",
            "he refused",
            "refused",
            "it isnt",
            "it is not",
            "there isnt",
            "there is not",
            "we dont",
            "we do not",
            "definitely not",
            "absolutely not",
        ),
    ),
    (
        AnswerKey.YES,
        (
            "yes",
            "yeah",
            "yep",
            "yup",
            "yea",
            "aye",
            "i think so",
            "think so",
            "i believe so",
            "probably",
            "pretty sure",
            "im pretty sure",
            "i reckon so",
            "i guess so",
            "definitely",
            "absolutely",
            "of course",
            "certainly",
            "correct",
            "it is",
            "there is",
            "we do",
            "we have",
            "they have",
            "she has",
            "he has",
            "they did",
            "she did",
            "he did",
            "they agreed",
            "she agreed",
            "he agreed",
            "they said yes",
            "she said yes",
            "he said yes",
        ),
    ),
)
_QUESTION_WORDS = frozenset(
    {
        "what",
        "why",
        "how",
        "who",
        "when",
        "where",
        "which",
        "can",
        "could",
        "should",
        "would",
        "do",
        "does",
        "is",
        "are",
        "may",
        "must",
        "shall",
        "will",
        "am",
    }
)


def as_hedged_answer(text: str, simple: str) -> AnswerKey | None:
    """Yes, no or not sure for a reply that begins like one and is not a question.

    Args:
        text: the message as cleaned (its question mark still there).
        simple: the same message simplified (lower case, no punctuation).

    Returns:
        The answer it begins with, or None.
    """
    found = simple.split()
    if not found or len(found) > MAX_WORDS or "?" in text:
        return None
    for key, leads in _LEADS:
        for lead in leads:
            size = lead.count(" ") + 1
            if found[:size] == lead.split() and not _asks(found[size:]):
                return key
    return None


def is_bare_reply(text: str, simple: str) -> bool:
    """Whether a short message is only a yes, no or not sure ("I think so", "no idea")."""
    return len(simple.split()) <= 3 and as_hedged_answer(text, simple) is not None


def _asks(rest: list[str]) -> bool:
    # "yes but can I share it with the school" and "not sure what an ISP is" ask something.
    words = [w for w in rest if w not in {"but", "and", "so", "then", "ok", "okay"}]
    return bool(words) and words[0] in _QUESTION_WORDS
