"""Round 15's paraphrase probes as a guard (never accuracy): each probe whose `kind` does not
end in `-left` gets what its label says. A probe labelled with an entry is quoted that entry; one
labelled null, near an entry's topic, is quoted nothing (docs/matcher.md, "Round 15:
rewordings")."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.support.core import Chat, published_question, quoted

PROBES = yaml.safe_load(
    (Path(__file__).parents[1] / "knowledge" / "data" / "probes-round15.yaml").read_text("utf-8")
)
GUARDS = [p for p in PROBES if not str(p["kind"]).endswith("-left")]


def test_the_probes_hold_both_kinds() -> None:
    labelled = [p for p in PROBES if p["expect"] is not None]
    assert len(labelled) == 210
    assert len(PROBES) - len(labelled) == 100
    assert len(GUARDS) >= len(PROBES) - 20


@pytest.mark.parametrize("probe", GUARDS, ids=lambda p: str(p["q"])[:60])
def test_a_probe_gets_what_its_label_says(chat: Chat, probe: dict[str, object]) -> None:
    number = probe["expect"]
    want = [] if number is None else [published_question(int(str(number)))]
    assert quoted(chat.send(str(probe["q"]))) == want
