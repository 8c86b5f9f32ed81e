"""Make ``packaging/macos/cmt-desktop.icns`` from resources/icons/cmt-desktop.svg.

The app bundle's icon (packaging/cmt-desktop.spec takes the .icns in this folder). An .icns is
a list of (type, PNG) entries, one per size and pixel density, as ``iconutil`` writes them;
written here so that no Mac is needed. Run it after changing the SVG, then commit the .icns:
``.venv/bin/python packaging/macos/make_icns.py``.
"""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice

HERE = Path(__file__).resolve().parent
ICNS = HERE / "cmt-desktop.icns"
# Entry type -> pixels: 16, 32, 128, 256 and 512 points, at 1x and 2x.
ENTRIES = (
    ("icp4", 16), ("ic11", 32), ("icp5", 32), ("ic12", 64), ("ic07", 128),
    ("ic13", 256), ("ic08", 256), ("ic14", 512), ("ic09", 512), ("ic10", 1024),
)  # fmt: skip


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


def build() -> bytes:
    """The .icns file: the "icns" header, then each entry's type, length and PNG."""
    render = _renderer()
    pngs = {size: _png(render(size)) for size in {size for _, size in ENTRIES}}
    body = b"".join(
        kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ENTRIES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> None:
    """Write the .icns beside this script."""
    ICNS.write_bytes(build())
    print(f"{ICNS.relative_to(HERE.parents[1])}: {len(ENTRIES)} entries")


if __name__ == "__main__":
    main()
