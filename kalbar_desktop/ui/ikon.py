"""The application icon (``resources/ikon``), for the application and its windows."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from kalbar_desktop.sumber import berkas_sumber

UKURAN = (16, 24, 32, 48, 64, 128, 256)


def ikon_aplikasi() -> QIcon:
    """The Kalbar Desktop icon in every rendered size (an empty icon when the files are
    missing: the application still runs, only without its icon)."""
    ikon = QIcon()
    for sisi in UKURAN:
        path = berkas_sumber("ikon", f"kalbar_desktop_{sisi}.png", wajib=False)
        if path.is_file():
            ikon.addFile(str(path))
    return ikon
