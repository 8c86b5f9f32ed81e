"""Make ``packaging/windows/cmt-desktop.ico`` from resources/icons/cmt-desktop.svg.

One .ico holding the sizes Windows asks for at 100-200 % scaling: each a 32-bit BMP with alpha
(what every Windows version and Inno Setup read), the 256 px one PNG-compressed, as Windows
Vista and later expect for that size. The images are written here rather than by Qt's ICO
plugin, which stores one size per file and leaves the mask's padding bytes uninitialised (the
file would change at every run). Pillow is not needed.

Run it after changing the SVG, then commit the .ico:
``.venv/bin/python packaging/windows/make_ico.py``.
"""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

HERE = Path(__file__).resolve().parent
ICO = HERE / "cmt-desktop.ico"
SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
PNG_FROM = 256  # Entries this large are stored as PNG.


def _renderer():
    """``render(size) -> QImage`` from packaging/linux/make_icons.py (one drawing code)."""
    script = HERE.parent / "linux" / "make_icons.py"
    spec = importlib.util.spec_from_file_location("make_icons", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.render


def _png(image) -> bytes:  # noqa: ANN001 - a QImage
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("Qt cannot write PNG")
    return bytes(data)


def _bmp(image) -> bytes:  # noqa: ANN001 - a QImage
    """A BITMAPINFOHEADER, the BGRA rows bottom-up, then the 1-bit mask (set where transparent)."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)  # B, G, R, A bytes in memory
    width, height = image.width(), image.height()
    if sys.byteorder != "little":
        raise SystemExit("ARGB32 is B, G, R, A in memory on little-endian machines only")
    pixels = bytes(image.constBits())
    line = image.bytesPerLine()
    rows = [pixels[y * line : y * line + 4 * width] for y in reversed(range(height))]
    mask_line = (width + 31) // 32 * 4
    mask = b""
    for row in rows:
        bits = 0
        for x in range(width):
            bits = bits << 1 | (row[4 * x + 3] == 0)
        bits <<= mask_line * 8 - width
        mask += bits.to_bytes(mask_line, "big")
    data = b"".join(rows) + mask
    header = struct.pack("<IiiHHIIiiII", 40, width, 2 * height, 1, 32, 0, len(data), 0, 0, 0, 0)
    return header + data


def build(sizes: tuple[int, ...] = SIZES) -> bytes:
    """The .ico file: an ICONDIR, one ICONDIRENTRY per size, then the images."""
    render = _renderer()
    images = [_png(render(size)) if size >= PNG_FROM else _bmp(render(size)) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    for size, data in zip(sizes, images, strict=True):
        side = size % 256  # 0 means 256.
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def main() -> None:
    """Write the .ico beside this script."""
    ICO.write_bytes(build())
    print(f"{ICO.relative_to(HERE.parents[1])}: sizes {', '.join(map(str, SIZES))}")


if __name__ == "__main__":
    main()
