"""The base of the text packs' pydantic models (`knowledge.text_schema`,
`knowledge.contacts_schema`, `knowledge.writer_schema`): no unknown keys, frozen, built at first
use. Its own module (round 52) so that each schema module defines only the models of its values
(`tests/knowledge/test_pack_values.py`).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class StrictPack(BaseModel):
    """A text pack's model: no unknown keys, frozen, built at its first use."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
