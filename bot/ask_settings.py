"""The two settings `infoshare ask` reads, without pydantic-settings.

`ask` answers from the packs alone: it needs only where the data directory is (for the caches)
and an organisation's packs. Reading them here spares a one-question run the import of
pydantic-settings (and the asyncio it brings), about a third of its start-up. The names and
defaults are these constants, which `bot.settings.Settings` declares its fields with, so the two
readers cannot drift apart.

Whenever the two values are not plainly usable (a `.env` file to read, a packs directory that
is missing, a data directory that names a file), `read_ask_settings` returns None and the
caller checks every setting with `bot.settings.load_settings`, which words the problem.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from knowledge.pack_values import Value
from knowledge.value_class import value_class

ENV_PREFIX = "INFOSHARE_"
DEFAULT_DATA_DIR = "data"
MATCHER_CACHE_DIR = "cache"
DATA_DIR_NAME = ENV_PREFIX + "DATA_DIR"
PACKS_NAME = ENV_PREFIX + "PACKS"


class SettingsError(Exception):
    """The settings could not be used; the message lists every problem, in plain words."""


@value_class
class AskSettings(Value):
    """What `infoshare ask` reads from its environment."""

    data_dir: Path
    packs: Path | None

    @property
    def matcher_cache_dir(self) -> Path:
        """Where the checked packs and the matcher's index are kept between starts."""
        return self.data_dir / MATCHER_CACHE_DIR


def read_ask_settings(
    env_file: Path | None = Path(".env"), environ: Mapping[str, str] | None = None
) -> AskSettings | None:
    """The data directory and packs from the environment, as `load_settings` reads them.

    Names are matched whatever their case and an empty value counts as unset, as
    pydantic-settings does.

    Args:
        env_file: the dotenv file `load_settings` would read; when it exists, None is returned
            (only the full reader parses it).
        environ: the environment (default: `os.environ`).

    Returns:
        The settings, or None when they need the full check.
    """
    if env_file is not None and env_file.exists():
        return None
    given = [
        (name.upper(), value)
        for name, value in (os.environ if environ is None else environ).items()
        if value and name.upper() in {DATA_DIR_NAME, PACKS_NAME}
    ]
    found = dict(given)
    if len(found) != len(given):
        return None  # one name given twice in different cases: which wins is the full reader's
    data_dir = Path(found.get(DATA_DIR_NAME, DEFAULT_DATA_DIR))
    packs = Path(found[PACKS_NAME]) if PACKS_NAME in found else None
    if (data_dir.exists() and not data_dir.is_dir()) or (packs is not None and not packs.is_dir()):
        return None
    return AskSettings(data_dir=data_dir, packs=packs)
