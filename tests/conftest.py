"""Fixtures every test may use; they are defined in `tests.support`."""

from tests.support.core import chat, core
from tests.support.cues_only import cues_only
from tests.support.kept_cache import kept_cache, warm_tmp_data, warm_tmp_path

__all__ = ["chat", "core", "cues_only", "kept_cache", "warm_tmp_data", "warm_tmp_path"]
