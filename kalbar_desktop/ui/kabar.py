"""Messages that do not block: a message box opened with ``open()`` (window-modal, returns at
once), so that a handler finishing a background task never waits in a nested event loop."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from kalbar_desktop import APP_NAME

_TERBUKA: list[QMessageBox] = []


def kabar(induk: QWidget | None, teks: str, jenis: str = "info",
          nama: str = "kabarKeamanan") -> QMessageBox:
    """Show ``teks`` (``jenis``: info, peringatan, galat) without waiting for the person."""
    ikon = {"info": QMessageBox.Icon.Information, "peringatan": QMessageBox.Icon.Warning,
            "galat": QMessageBox.Icon.Critical}[jenis]
    kotak = QMessageBox(ikon, APP_NAME, teks, QMessageBox.StandardButton.Ok, induk)
    kotak.setObjectName(nama)
    kotak.setTextInteractionFlags(kotak.textInteractionFlags())
    _TERBUKA.append(kotak)
    kotak.finished.connect(lambda _h: _TERBUKA.remove(kotak) if kotak in _TERBUKA else None)
    kotak.open()
    return kotak
