"""Render the application icon from ``resources/ikon/kalbar_desktop.svg`` into the PNG sizes
the window uses and the Windows ``.ico`` the installer and the .exe use.

Run after changing the SVG:  .venv/bin/python scripts/buat_ikon.py
(the outputs are committed; the test suite checks they are present and readable).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

FOLDER = Path(__file__).resolve().parents[1] / "resources" / "ikon"
UKURAN = (16, 24, 32, 48, 64, 128, 256)


def gambar(renderer: QSvgRenderer, sisi: int) -> QImage:
    """The icon drawn at ``sisi`` x ``sisi`` pixels on a transparent background."""
    img = QImage(sisi, sisi, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(p)
    p.end()
    return img


def png(img: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def tulis_ico(path: Path, gambar_png: list[tuple[int, bytes]]) -> None:
    """An ICO file whose entries are PNG images (read by Windows Vista and later)."""
    kepala = struct.pack("<HHH", 0, 1, len(gambar_png))
    entri, isi = b"", b""
    posisi = 6 + 16 * len(gambar_png)
    for sisi, data in gambar_png:
        byte_sisi = 0 if sisi >= 256 else sisi
        entri += struct.pack("<BBBBHHII", byte_sisi, byte_sisi, 0, 0, 1, 32, len(data),
                             posisi + len(isi))
        isi += data
    path.write_bytes(kepala + entri + isi)


def main() -> int:
    _app = QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(FOLDER / "kalbar_desktop.svg"))
    if not renderer.isValid():
        print("SVG ikon tidak bisa dibaca", file=sys.stderr)
        return 1
    semua = []
    for sisi in UKURAN:
        data = png(gambar(renderer, sisi))
        (FOLDER / f"kalbar_desktop_{sisi}.png").write_bytes(data)
        semua.append((sisi, data))
    tulis_ico(FOLDER / "kalbar_desktop.ico", semua)
    print(f"{len(semua)} PNG dan kalbar_desktop.ico ditulis ke {FOLDER}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
