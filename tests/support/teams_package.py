"""The values of a test Teams app package, and a reader for the icons it holds."""

from __future__ import annotations

import struct
import zlib

from adapters.teams.package import PackageValues

APP_ID = "00000000-1111-2222-3333-444444444444"
VALUES = PackageValues(
    app_id=APP_ID,
    website_url="https://example.org/infoshare",
    privacy_url="https://example.org/infoshare/privacy",
    terms_url="https://example.org/infoshare/terms",
    developer_name="Example Council",
    version="1.2.3",
)


def pixels(png: bytes) -> tuple[int, int, list[tuple[int, ...]]]:
    """Decode an 8-bit RGBA PNG written without row filters (as make_icons.py writes them)."""
    width, height, depth, color_type = struct.unpack(">IIBB", png[16:26])
    assert (depth, color_type) == (8, 6)
    data, position = b"", 8
    while position < len(png):
        (length,) = struct.unpack(">I", png[position : position + 4])
        kind = png[position + 4 : position + 8]
        if kind == b"IDAT":
            data += png[position + 8 : position + 8 + length]
        position += 12 + length
    raw = zlib.decompress(data)
    stride = 1 + 4 * width
    found = []
    for y in range(height):
        row = raw[y * stride : (y + 1) * stride]
        assert row[0] == 0
        found += [tuple(row[1 + 4 * x : 5 + 4 * x]) for x in range(width)]
    return width, height, found
