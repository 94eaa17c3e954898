"""Interface language: Qt Linguist translations loaded at start-up from the setting
``Pengaturan.bahasa``, and the menu Alat > Bahasa that changes it.

The source strings in the code are Indonesian (the default language). Translations live in
``resources/i18n``: ``kalbar_desktop_<bahasa>.ts`` (kept in git, edited with Qt Linguist) is
compiled to ``kalbar_desktop_<bahasa>.qm`` by ``make i18n`` (``scripts/i18n.py``; the build
and test commands run it; ``.qm`` files are not committed). ``qtbase_id.ts`` translates Qt's
own texts (standard buttons, text-field menus) into Indonesian, which Qt does not ship.

The language is chosen when the application starts: the windows write their texts once, when
they are built. Choosing another language saves the setting and offers to restart the
application now (``mulai_ulang``: the window closes as usual - unsaved changes are asked
about, the closing backup is made - and :func:`kalbar_desktop.ui.app.jalankan` starts the
program again once the database is closed).
"""

from __future__ import annotations

import logging
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMessageBox

from kalbar_desktop import APP_NAME
from kalbar_desktop.domain.pesan import KONTEKS, Angka, Label, Pesan, Tanggal, pesan_dari
from kalbar_desktop.settings import Pengaturan
from kalbar_desktop.sumber import folder_sumber
from kalbar_desktop.ui import lokal

if TYPE_CHECKING:
    from kalbar_desktop.ui.main_window import MainWindow

_log = logging.getLogger(__name__)

BAHASA: dict[str, str] = {"id": "Bahasa Indonesia", "en": "English"}
"""Supported interface languages (code: name shown in the language menu)."""
BAWAAN = "id"
_LOKAL = {"id": "id_ID", "en": "en_GB"}
_aktif: list[str] = []
"""The languages installed by :func:`pasang_penerjemah`, the current one last."""
PROPERTI_MULAI_ULANG = "kalbarMulaiUlang"
"""Property set on the application when the person asked to restart it (new language)."""


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
    _aktif.append(bahasa)
    return hasil


def lepas_penerjemah(app: QCoreApplication, terjemahan: Terjemahan) -> None:
    """Undo :func:`pasang_penerjemah`: remove its translators, restore the previous locale."""
    for t in terjemahan.penerjemah:
        app.removeTranslator(t)
    terjemahan.penerjemah.clear()
    QLocale.setDefault(terjemahan.lokal_sebelumnya)
    if terjemahan.bahasa in _aktif:
        del _aktif[len(_aktif) - 1 - _aktif[::-1].index(terjemahan.bahasa)]


def bahasa_aktif() -> str:
    """The interface language in use (Indonesian when none was installed)."""
    return _aktif[-1] if _aktif else BAWAAN


def terjemahkan_ke(bahasa: str, konteks: str, teks: str, folder: Path | None = None) -> str:
    """``teks`` (Indonesian source) in ``bahasa``, whatever language is installed now: for
    the message that announces a change of language in the new language."""
    if bahasa == BAWAAN or bahasa not in BAHASA:
        return teks
    penerjemah = QTranslator()
    if not penerjemah.load(f"kalbar_desktop_{bahasa}", str(folder or folder_terjemahan())):
        return teks
    return penerjemah.translate(konteks, teks) or teks


def teks(pesan: object) -> str:
    """``pesan`` as the window shows it, in the interface language: the one way a message of
    the lower layers reaches the screen. A :class:`~kalbar_desktop.domain.pesan.Pesan` (or an
    exception raised with one) is its template translated in the context ``pesan`` and
    formatted with its arguments, themselves translated when they are messages or labels
    (:class:`~kalbar_desktop.domain.pesan.Label`), dates written in its locale
    (:class:`~kalbar_desktop.domain.pesan.Tanggal`); plain text is shown as it is; ``None`` as
    ''. In Indonesian (or when a translation cannot be used) the Indonesian text itself."""
    if pesan is None:
        return ""
    if isinstance(pesan, BaseException):
        pesan = pesan_dari(pesan)
    if not isinstance(pesan, Pesan | Label | Tanggal) or bahasa_aktif() == BAWAAN:
        return str(pesan)
    return _terjemahkan(pesan)


def teks_angka(pesan: object) -> str:
    """:func:`teks` with the counts among the arguments of ``pesan`` written in the interface
    language's way (``15.000``, ``15,000``): numbers, and the counts of a stored note read back
    (:class:`~kalbar_desktop.domain.pesan.Angka`); row numbers (``baris``) as they are."""
    return teks(_angka_lokal(pesan))


def _angka_lokal(pesan: object, nama: str = "") -> object:
    if isinstance(pesan, Pesan) and pesan.bagian is not None:
        return Pesan.gabung(pesan.pemisah, [_angka_lokal(b) for b in pesan.bagian])
    if isinstance(pesan, Pesan) and pesan.argumen:
        return Pesan(pesan.templat, **{k: _angka_lokal(v, k) for k, v in pesan.argumen.items()})
    if type(pesan) is int and nama != "baris":
        return lokal.angka(pesan)
    if isinstance(pesan, Angka):  # a count read back from a stored note
        return lokal.angka(pesan.nilai)
    return pesan


def _terjemahkan(pesan: object) -> object:
    if isinstance(pesan, BaseException):  # an argument such as {sebab}: the error's message
        pesan = pesan_dari(pesan)
    if isinstance(pesan, Label):
        return QCoreApplication.translate(pesan.konteks, str(pesan))
    if isinstance(pesan, Tanggal):
        return lokal.tanggal(pesan.nilai)
    if not isinstance(pesan, Pesan):
        return pesan
    if pesan.bagian is not None:
        return str(_terjemahkan(pesan.pemisah)).join(str(_terjemahkan(b)) for b in pesan.bagian)
    templat = QCoreApplication.translate(KONTEKS, pesan.templat)
    if not pesan.argumen:
        return templat
    argumen = {k: _terjemahkan(v) for k, v in pesan.argumen.items()}
    for nama in _BENTUK_JAMAK.findall(templat):  # "{jumlah:row|rows}": the count picks
        argumen[nama] = _jumlah(argumen.get(nama))
    try:
        return templat.format(**argumen)
    except (KeyError, IndexError, ValueError) as e:  # a broken translation: say it in Indonesian
        _log.warning("Terjemahan pesan %r tidak bisa dipakai: %s", pesan.templat, e)
        return str(pesan)


_BENTUK_JAMAK = re.compile(r"\{(\w+):[^{}|]*\|[^{}]*\}")
"""A placeholder of a translation that picks a noun's form by its count (``{n:row|rows}``)."""


def _jumlah(nilai: object) -> object:
    """An argument as a :class:`lokal.Jumlah` when it is a count (a number, or the digits of
    one read back from a stored text); anything else as it is."""
    if isinstance(nilai, int) and not isinstance(nilai, bool):
        return lokal.Jumlah(str(nilai), nilai)
    angka = str(nilai).replace(".", "").replace(",", "")  # "1.234" as the window wrote it
    if angka.isdigit():
        return lokal.Jumlah(str(nilai), int(angka))
    return nilai


def perintah_mulai_ulang() -> tuple[str, list[str]]:
    """(program, arguments) that start this application again with the same arguments: the
    frozen program itself, or this Python with ``-m kalbar_desktop``."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, ["-m", "kalbar_desktop", *sys.argv[1:]]


def minta_mulai_ulang(jendela: MainWindow) -> bool:
    """Close the window and have the application started again (see
    :func:`kalbar_desktop.ui.app.jalankan`); False when the person kept the window open
    (unsaved changes)."""
    app = QApplication.instance()
    app.setProperty(PROPERTI_MULAI_ULANG, True)
    if jendela.close():
        return True
    app.setProperty(PROPERTI_MULAI_ULANG, False)
    return False


def ganti_bahasa(jendela: MainWindow, bahasa: str) -> QMessageBox | None:
    """Save ``bahasa`` as the interface language and say, in the new language and the current
    one, that it applies after a restart; the message (objectName ``pesanBahasa``) offers to
    restart now (``tombolMulaiUlang``) or later (``tombolNanti``). ``None`` when ``bahasa``
    is already the setting."""
    pengaturan = Pengaturan.muat()
    if bahasa not in BAHASA or pengaturan.bahasa == bahasa:
        return None
    pengaturan.bahasa = bahasa
    pengaturan.simpan()
    _log.info("Bahasa antarmuka diganti menjadi %s (berlaku setelah mulai ulang)", bahasa)

    def dua_bahasa(teks: str, pemisah: str = "\n\n") -> str:
        baru = terjemahkan_ke(bahasa, "Bahasa", teks)
        kini = QCoreApplication.translate("Bahasa", teks)
        # one mnemonic per button: the new language's
        return baru if baru == kini else f"{baru}{pemisah}{kini.replace('&', '')}"

    teks = dua_bahasa(QT_TRANSLATE_NOOP(
        "Bahasa", "Bahasa antarmuka akan berganti setelah {0} dibuka kembali.")).format(APP_NAME)
    kotak = QMessageBox(QMessageBox.Icon.Information, APP_NAME, teks,
                        QMessageBox.StandardButton.NoButton, jendela)
    kotak.setObjectName("pesanBahasa")
    ulang = kotak.addButton(dua_bahasa(QT_TRANSLATE_NOOP("Bahasa", "&Mulai ulang sekarang"),
                                       " / "), QMessageBox.ButtonRole.AcceptRole)
    ulang.setObjectName("tombolMulaiUlang")
    nanti = kotak.addButton(dua_bahasa(QT_TRANSLATE_NOOP("Bahasa", "&Nanti"), " / "),
                            QMessageBox.ButtonRole.RejectRole)
    nanti.setObjectName("tombolNanti")
    kotak.setDefaultButton(ulang)
    kotak.setEscapeButton(nanti)
    kotak.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    ulang.clicked.connect(lambda: minta_mulai_ulang(jendela))
    kotak.open()
    jendela.pesan_bahasa = kotak
    return kotak


def pasang(jendela: MainWindow) -> None:
    """Alat > Bahasa (Language): one entry per language, written in that language, the one of
    the setting checked."""
    menu = jendela.menu_alat.addMenu(QCoreApplication.translate("Bahasa", "&Bahasa (Language)"))
    menu.setObjectName("menuBahasa")
    kelompok = QActionGroup(menu)
    kelompok.setExclusive(True)
    dipilih = Pengaturan.muat().bahasa
    jendela.aksi_bahasa = {}
    for kode, nama in BAHASA.items():
        aksi = QAction(nama, jendela)
        aksi.setObjectName(f"aksiBahasa_{kode}")
        aksi.setCheckable(True)
        aksi.setChecked(kode == dipilih)
        aksi.triggered.connect(lambda _c=False, k=kode: ganti_bahasa(jendela, k))
        kelompok.addAction(aksi)
        menu.addAction(aksi)
        jendela.aksi_bahasa[kode] = aksi
    jendela.menu_bahasa = menu
