"""What the pydantic models of the matcher's packs share: their strict base and their checks of
listed words and phrases."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class StrictModel(BaseModel):
    """A frozen model that refuses fields it does not name, built when first used."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


def no_blanks(values: tuple[str, ...]) -> tuple[str, ...]:
    """`values`, checked to hold no blank string.

    Raises:
        ValueError: one is blank.
    """
    if any(not v.strip() for v in values):
        raise ValueError("must not contain blank strings")
    return values


def phrases_checked(values: tuple[str, ...]) -> tuple[str, ...]:
    """`values`, checked to be usable phrases (`knowledge.matching.phrases.phrase_problem`).

    Raises:
        ValueError: naming every phrase that is not.
    """
    from knowledge.matching.phrases import phrase_problem  # noqa: PLC0415 (a cycle)

    problems = [p for p in (phrase_problem(v) for v in values) if p]
    if problems:
        raise ValueError("; ".join(problems))
    return values
