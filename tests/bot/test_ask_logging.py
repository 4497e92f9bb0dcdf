"""`infoshare ask` configures its logs when first needed: a warning is logged as every
command logs it (a JSON line, its type and place, never its text), and `logging` is not
imported until then."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.support.environment import CHECKOUT

_PROBE = """
import sys, warnings
from bot.ask_logging import configure_if_imported, log_warnings_when_they_come
log_warnings_when_they_come("WARNING")
configure_if_imported("WARNING")
print("logging" in sys.modules)
warnings.warn("Jo Bloggs, NHS 943 476 5919", UserWarning, stacklevel=1)
print("logging" in sys.modules)
"""


def _run(probe: str, *flags: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(CHECKOUT)}
    return subprocess.run(
        [sys.executable, *flags, "-c", probe],
        capture_output=True,
        text=True,
        env=env,
        cwd=CHECKOUT,
        timeout=60,
        check=True,
    )


def test_the_first_warning_configures_the_logs_and_is_logged_without_its_text() -> None:
    done = _run(_PROBE, "-W", "always")

    assert done.stdout.split() == ["False", "True"]
    lines = [json.loads(line) for line in done.stderr.splitlines()]
    assert len(lines) == 1
    assert lines[0]["logger"] == "py.warnings"
    assert lines[0]["level"] == "WARNING"
    assert lines[0]["error"] == "UserWarning"
    assert "Bloggs" not in done.stderr


def test_logs_are_configured_at_once_when_logging_is_already_imported() -> None:
    # Unconfigured, logging's last resort would print the bare event, not a JSON line.
    logged = 'logging.getLogger("infoshare.test").warning("answered")\n'
    done = _run("import logging\n" + _PROBE.split("warnings.warn(", maxsplit=1)[0] + logged)

    line = json.loads(done.stderr)
    assert line["logger"] == "infoshare.test"
    assert line["level"] == "WARNING"
