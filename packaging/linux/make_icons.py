"""Render resources/icons/cmt-desktop.svg into the freedesktop hicolor icon theme layout.

Writes ``packaging/linux/icons/hicolor/<size>x<size>/apps/fr.cmt.Desktop.png`` for each size in
``SIZES`` and copies the SVG to ``hicolor/scalable/apps/fr.cmt.Desktop.svg``. Run it after
changing the SVG, then commit the PNGs: ``.venv/bin/python packaging/linux/make_icons.py``.

``render`` is also used by ``packaging/windows/make_ico.py``. Qt only (QtSvg), on the offscreen
platform, so it runs without a screen.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402 - the platform must be chosen before Qt loads
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SVG = ROOT / "resources" / "icons" / "cmt-desktop.svg"
APP_ID = "fr.cmt.Desktop"  # The desktop file, metainfo and icon name share this id.
THEME_DIR = Path(__file__).resolve().parent / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int, svg: Path = SVG) -> QImage:
    """The SVG drawn on a transparent ``size`` x ``size`` square, antialiased."""
    if QGuiApplication.instance() is None:
        render.app = QGuiApplication(sys.argv[:1])  # type: ignore[attr-defined]  # kept alive
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def main() -> None:
    """Write every PNG size and the scalable SVG."""
    for size in SIZES:
        target = THEME_DIR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(target), "PNG"):
            raise SystemExit(f"cannot write {target}")
        print(target.relative_to(ROOT))
    scalable = THEME_DIR / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    print(scalable.relative_to(ROOT))


if __name__ == "__main__":
    main()
