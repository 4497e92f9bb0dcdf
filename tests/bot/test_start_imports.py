"""`dataclasses` imported with `inspect` deferred, and `pathlib` with `urllib.parse`: nothing
of them changes, and the deferred module comes in at its first use. Each case runs in a fresh
interpreter, where none is imported yet."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.support.environment import CHECKOUT

_PROBE = """
import json, sys
from bot.start_imports import import_deferring
import_deferring()
import dataclasses
before = "inspect" in sys.modules
stand_in = type(dataclasses.inspect).__name__

@dataclasses.dataclass(frozen=True)
class Documented:
    '''Has a docstring.'''
    a: int

still = "inspect" in sys.modules

@dataclasses.dataclass
class Undocumented:
    a: int
    b: str = "x"

import inspect
print(json.dumps({
    "before": before, "stand_in": stand_in, "still": still,
    "doc": Undocumented.__doc__, "real": dataclasses.inspect is inspect,
    "signature": str(inspect.signature(Undocumented)),
    "value": repr(Documented(1)),
}))
"""


def _run(code: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=CHECKOUT,
        timeout=60,
    )
    seen: dict[str, object] = json.loads(done.stdout)
    return seen


def test_inspect_is_imported_at_its_first_use_and_dataclasses_answers_as_before() -> None:
    seen = _run(_PROBE)

    assert seen["before"] is False
    assert seen["stand_in"] == "DeferredModule"
    assert seen["still"] is False  # a documented class needs no signature
    assert seen["doc"] == "Undocumented(a: int, b: str = 'x')"
    assert seen["real"] is True  # the stand-in handed over to the module
    assert seen["signature"] == "(a: int, b: str = 'x') -> None"
    assert seen["value"] == "Documented(a=1)"


def test_nothing_is_deferred_once_inspect_is_imported() -> None:
    seen = _run(
        "import inspect, json, dataclasses\n"
        "from bot.start_imports import import_deferring\n"
        "import_deferring()\n"
        "print(json.dumps({'real': dataclasses.inspect is inspect}))"
    )

    assert seen == {"real": True}


def test_an_import_of_inspect_after_dataclasses_gets_the_real_module() -> None:
    seen = _run(
        "import json, sys\n"
        "from bot.start_imports import import_deferring\n"
        "import_deferring()\n"
        "import inspect\n"
        "print(json.dumps({'real': type(inspect).__name__, 'has': hasattr(inspect, 'stack')}))"
    )

    assert seen == {"real": "module", "has": True}


def test_pathlib_makes_uris_as_before_with_urllib_parse_imported_at_the_first() -> None:
    seen = _run(
        "import json, sys\n"
        "from bot.start_imports import import_deferring\n"
        "import_deferring()\n"
        "import pathlib\n"
        "before = 'urllib.parse' in sys.modules or 'ipaddress' in sys.modules\n"
        "path = pathlib.PurePosixPath('/a b/\\u00e9/%')\n"
        "still = 'urllib.parse' in sys.modules\n"
        "uris = [path.as_uri(), pathlib.PureWindowsPath('c:/a b').as_uri(),\n"
        "        pathlib.PureWindowsPath('//host/share/x y').as_uri()]\n"
        "from urllib.parse import urlsplit\n"
        "print(json.dumps({'before': before, 'still': still, 'uris': uris,\n"
        "                  'after': 'urllib.parse' in sys.modules,\n"
        "                  'real': type(sys.modules['urllib.parse']).__name__,\n"
        "                  'v6': urlsplit('http://[::1]:80/').hostname}))"
    )

    assert seen == {
        "before": False,
        "still": False,
        "uris": ["file:///a%20b/%C3%A9/%25", "file:///c:/a%20b", "file://host/share/x%20y"],
        "after": True,
        "real": "module",
        "v6": "::1",
    }


def test_a_from_import_of_a_deferred_module_asks_no_attribute_of_the_real_one() -> None:
    seen = _run(
        "import json, sys\n"
        "from bot.start_imports import import_deferring_one\n"
        "import_deferring_one('pathlib', 'urllib.parse', ('quote_from_bytes',))\n"
        "import pathlib\n"
        "stand_in = sys.modules['pathlib'].urlquote_from_bytes\n"
        "print(json.dumps({'name': stand_in.__name__, 'loaded': 'urllib.parse' in sys.modules,\n"
        "                  'quoted': stand_in(b'a b'), 'now': 'urllib.parse' in sys.modules}))"
    )

    assert seen == {"name": "quote_from_bytes", "loaded": False, "quoted": "a%20b", "now": True}
