"""Read the matcher's two packs from a directory (for tests and benches; the app has a loader)."""

from __future__ import annotations

from pathlib import Path

from knowledge.matching.models import LexiconPack, NotCoveredPack


def load_matcher_packs(packs_dir: Path) -> tuple[NotCoveredPack, LexiconPack]:
    """Load and validate ``not-covered.yaml`` and ``lexicon.yaml`` from `packs_dir`.

    Args:
        packs_dir: a directory holding both files.

    Returns:
        The not-covered pack and the lexicon pack.

    Raises:
        OSError: a file cannot be read.
        yaml.YAMLError: a file is not valid YAML.
        pydantic.ValidationError: a file does not fit its model.
    """
    import yaml  # noqa: PLC0415 (the package is imported by `infoshare ask`, which reads no YAML)

    not_covered = yaml.safe_load((packs_dir / "not-covered.yaml").read_text(encoding="utf-8"))
    lexicon = yaml.safe_load((packs_dir / "lexicon.yaml").read_text(encoding="utf-8"))
    return NotCoveredPack.model_validate(not_covered), LexiconPack.model_validate(lexicon)
