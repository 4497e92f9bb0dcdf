"""The schema of the lexicon pack: the words the matcher rewrites before comparing.

Its values are `knowledge.matching.models.LexiconPack`; `knowledge.matching.schema` offers it
with the not-covered pack's models (`__all__`), where `knowledge.pack_values.SCHEMA_MODULES`
looks for it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from knowledge.matching.schema_checks import StrictModel, no_blanks


class LexiconPack(StrictModel):
    """A file of kind `lexicon`: the words the matcher rewrites before comparing.

    Keys and values are words or short phrases; matching is case-insensitive. `fillers` are
    greetings and politeness (a message of nothing else is chatter), `ignored` words are dropped
    before comparing (articles, pronouns, auxiliaries), and `stopwords` are kept for the fuzzy
    comparison but carry no weight of their own. `real_words` are words no message uses as a
    typo of a known one, though one edit away ("contract" is not "contact").
    """

    kind: Literal["lexicon"]
    abbreviations: dict[str, str] = Field(default_factory=dict)
    spellings: dict[str, str] = Field(default_factory=dict)
    synonyms: dict[str, str] = Field(default_factory=dict)
    fillers: tuple[str, ...] = ()
    ignored: tuple[str, ...] = ()
    stopwords: tuple[str, ...] = ()
    real_words: tuple[str, ...] = ()

    @field_validator("abbreviations", "spellings", "synonyms")
    @classmethod
    def _no_blank_pairs(cls, mapping: dict[str, str]) -> dict[str, str]:
        for key, value in mapping.items():
            if not key.strip() or not value.strip():
                raise ValueError(f"blank word in pair {key!r}: {value!r}")
        return mapping

    @field_validator("fillers", "ignored", "stopwords", "real_words")
    @classmethod
    def _check_words(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return no_blanks(values)
