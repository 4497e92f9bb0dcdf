"""Draw the Teams app icons (no image library needed): `python adapters/teams/app/make_icons.py`.

- color.png: 192 x 192, a solid teal square with a white "i" in a speech bubble.
- outline.png: 32 x 32, the same shape in white on a fully transparent background.

The PNGs are committed; run this again only to change the design.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).parent
TEAL = (31, 111, 120, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)
Pixel = tuple[int, int, int, int]


def png(width: int, height: int, pixel: Callable[[float, float], Pixel]) -> bytes:
    """An RGBA PNG; `pixel` gets coordinates scaled to 0..1 (sampled 4x4 for smooth edges)."""
    rows = []
    for y in range(height):
        row = bytearray(b"\x00")  # filter type 0 for each scanline
        for x in range(width):
            samples = [
                pixel((x + (i + 0.5) / 4) / width, (y + (j + 0.5) / 4) / height)
                for i in range(4)
                for j in range(4)
            ]
            alpha = sum(s[3] for s in samples)
            # Colour is averaged over the covered samples only, so an edge stays white (not
            # grey) and only its alpha fades: white on transparent, as Teams asks.
            color = [
                round(sum(s[c] * s[3] for s in samples) / alpha) if alpha else 0 for c in range(3)
            ]
            row += bytes([*color, round(alpha / 16)])
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


def bubble(x: float, y: float) -> bool:
    """A round speech bubble with a tail at the lower left, in a unit square."""
    in_circle = (x - 0.5) ** 2 + (y - 0.46) ** 2 <= 0.36**2
    in_tail = 0.2 <= x <= 0.42 and 0.68 <= y <= 0.9 and (x - 0.2) >= (y - 0.68) * 0.9
    return in_circle or in_tail


def letter_i(x: float, y: float) -> bool:
    dot = (x - 0.5) ** 2 + (y - 0.3) ** 2 <= 0.055**2
    stem = 0.455 <= x <= 0.545 and 0.4 <= y <= 0.66
    return dot or stem


def color_pixel(x: float, y: float) -> Pixel:
    """The shape drawn within the middle 70% of a solid square."""
    shape_x, shape_y = (x - 0.15) / 0.7, (y - 0.15) / 0.7
    return WHITE if _ring(shape_x, shape_y) or letter_i(shape_x, shape_y) else TEAL


def _ring(x: float, y: float) -> bool:
    """The bubble's outline: the bubble less a slightly smaller copy of itself."""
    return bubble(x, y) and not bubble((x - 0.5) / 0.86 + 0.5, (y - 0.46) / 0.86 + 0.46)


def outline_pixel(x: float, y: float) -> Pixel:
    return WHITE if _ring(x, y) or letter_i(x, y) else CLEAR


def main() -> None:
    (HERE / "color.png").write_bytes(png(192, 192, color_pixel))
    (HERE / "outline.png").write_bytes(png(32, 32, outline_pixel))


if __name__ == "__main__":
    main()
