"""Interface language: Qt Linguist translations loaded at start-up from the setting
``Pengaturan.bahasa``.

The source strings in the code are Indonesian (the default language). Translations live in
``resources/i18n``: ``kalbar_desktop_<bahasa>.ts`` (kept in git, edited with Qt Linguist) is
compiled to ``kalbar_desktop_<bahasa>.qm`` by ``make i18n`` (``scripts/i18n.py``; the build
and test commands run it; ``.qm`` files are not committed). ``qtbase_id.ts`` translates Qt's
own texts (standard buttons, text-field menus) into Indonesian, which Qt does not ship.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kalbar_desktop.sumber import folder_sumber

_log = logging.getLogger(__name__)

BAHASA: dict[str, str] = {"id": "Bahasa Indonesia", "en": "English"}
"""Supported interface languages (code: name shown in the language menu)."""
BAWAAN = "id"
_LOKAL = {"id": "id_ID", "en": "en_GB"}


def folder_terjemahan() -> Path:
    """Where the ``.ts`` sources and the compiled ``.qm`` files live."""
    return folder_sumber() / "i18n"


@dataclass
class Terjemahan:
    """What :func:`pasang_penerjemah` installed (to undo it with :func:`lepas_penerjemah`)."""

    bahasa: str
    penerjemah: list[QTranslator] = field(default_factory=list)
    lokal_sebelumnya: QLocale = field(default_factory=QLocale)


def pasang_penerjemah(app: QCoreApplication, bahasa: str,
                      folder: Path | None = None) -> Terjemahan:
    """Install the translators for ``bahasa`` on ``app`` and set the default locale (numbers,
    dates). Unknown codes and missing ``.qm`` files fall back to Indonesian with a log
    warning. Call before any window is built; returns what was installed (for
    :func:`lepas_penerjemah`)."""
    if bahasa not in BAHASA:
        _log.warning("Bahasa tidak dikenal di pengaturan: %r, memakai %s", bahasa, BAWAAN)
        bahasa = BAWAAN
    folder = folder or folder_terjemahan()
    hasil = Terjemahan(bahasa)

    def pasang(berkas: str, *tempat: Path) -> bool:
        for t in tempat:
            penerjemah = QTranslator(app)
            if penerjemah.load(berkas, str(t)):
                app.installTranslator(penerjemah)
                hasil.penerjemah.append(penerjemah)
                return True
        return False

    # Qt's own texts: our Indonesian file, or Qt's translation for other languages.
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not pasang(f"qtbase_{bahasa}", folder, qt_folder) and bahasa != "en":
        _log.warning("Terjemahan Qt untuk %s tidak ditemukan", bahasa)
    if bahasa != BAWAAN and not pasang(f"kalbar_desktop_{bahasa}", folder):
        _log.warning("Terjemahan kalbar_desktop_%s.qm tidak ditemukan di %s; memakai %s",
                     bahasa, folder, BAHASA[BAWAAN])
    QLocale.setDefault(QLocale(_LOKAL[bahasa]))
    return hasil


def lepas_penerjemah(app: QCoreApplication, terjemahan: Terjemahan) -> None:
    """Undo :func:`pasang_penerjemah`: remove its translators, restore the previous locale."""
    for t in terjemahan.penerjemah:
        app.removeTranslator(t)
    terjemahan.penerjemah.clear()
    QLocale.setDefault(terjemahan.lokal_sebelumnya)
