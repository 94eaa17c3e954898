"""Rendering the printed documents (:mod:`kalbar_desktop.exchange.dokumen`) to PDF with Qt's own
printing: a :class:`QTextDocument` laid out on A4 pages of a :class:`QPdfWriter` (page numbers
at the foot of each page, table headers repeated). The PDF is written to a temporary file beside
the target and moved into place when complete."""

from __future__ import annotations

import contextlib
import os
import sys
import uuid
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from kalbar_desktop import APP_NAME
from kalbar_desktop.exchange.dokumen import Dokumen, Orientasi


def pastikan_aplikasi() -> None:
    """Qt needs an application object for fonts; the command line has none. Without a display
    (a server, a test) the offscreen platform is used."""
    if QGuiApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    global _APLIKASI
    # A QApplication (not only a QGuiApplication), so that widgets may still be made later in
    # the same process (tests).
    _APLIKASI = QApplication([sys.argv[0] if sys.argv else APP_NAME])


_APLIKASI: QApplication | None = None


def tulis_pdf(dokumen: Dokumen, tujuan: str | Path) -> Path:
    """Render ``dokumen`` into the PDF file ``tujuan``; returns its path."""
    pastikan_aplikasi()
    tujuan = Path(tujuan)
    sementara = tujuan.parent / f".{tujuan.name}.{uuid.uuid4().hex[:8]}.sementara"
    try:
        penulis = QPdfWriter(str(sementara))
        penulis.setTitle(dokumen.judul)
        penulis.setCreator(APP_NAME)
        penulis.setResolution(300)
        orientasi = (QPageLayout.Orientation.Landscape if dokumen.orientasi == Orientasi.LANSKAP
                     else QPageLayout.Orientation.Portrait)
        # QTextDocument.print_ adds its own 2 cm margin (and the page numbers in it).
        penulis.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientasi,
                                          QMarginsF(0, 0, 0, 0),
                                          QPageLayout.Unit.Millimeter))
        doc = QTextDocument()
        huruf = QFont("DejaVu Sans")
        huruf.setStyleHint(QFont.StyleHint.SansSerif)
        huruf.setPointSizeF(9)
        doc.setDefaultFont(huruf)
        doc.setHtml(dokumen.html)
        doc.print_(penulis)
        del penulis  # closes the file
        if not sementara.is_file() or sementara.stat().st_size == 0:
            raise OSError(f"PDF tidak tertulis: {tujuan}")
        os.replace(sementara, tujuan)
    finally:
        with contextlib.suppress(OSError):
            sementara.unlink()
    return tujuan
