"""Support: Help > "Tentang Kalbar Desktop" (version, components, database and log paths,
licences), Help > "Buka folder log", and the guard that turns an exception escaping a Qt slot
or event handler into a log entry and a friendly Indonesian message instead of nothing."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QObject, Qt, QtMsgType, QUrl, Signal, qInstallMessageHandler, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kalbar_desktop import APP_NAME, __version__, log, paths
from kalbar_desktop.storage.db import BasisDataTerputus, versi_sqlite
from kalbar_desktop.ui.ikon import ikon_aplikasi

if TYPE_CHECKING:
    from kalbar_desktop.ui.main_window import MainWindow

_log = logging.getLogger(__name__)

BATAS_TAMPIL_SAMA = 3
"""The same error (same type, same place) is shown at most this many times per session;
later repeats (e.g. an error in a paint handler) are only logged."""


def buka_folder_log(induk: QWidget) -> bool:
    """Open the log folder in the file manager. When the system cannot open it, a message
    (a child of ``induk``) gives the folder's path so the user can find it by hand. Returns
    whether it opened."""
    folder = paths.folder_log()
    folder.mkdir(parents=True, exist_ok=True)
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    _log.warning("Folder log tidak bisa dibuka oleh sistem")
    kotak = QMessageBox(QMessageBox.Icon.Information, APP_NAME,
                        QApplication.translate("dukungan",
                                               "Folder log tidak bisa dibuka otomatis."),
                        QMessageBox.StandardButton.Close, induk)
    kotak.setObjectName("pesanFolderLog")
    kotak.setInformativeText(QApplication.translate(
        "dukungan", "Buka folder ini dengan pengelola berkas:\n{0}").format(str(folder)))
    kotak.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    kotak.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    kotak.open()
    return False


class PenjagaGalat(QObject):
    """Catches exceptions that escape Qt slots and virtual methods (PySide6 hands them to
    ``sys.excepthook`` and carries on, so without this the user would see nothing).

    Each one is written to the log with its masked traceback and shown in a non-blocking
    message (objectName ``dialogGalat``). Errors raised on another thread are shown on the UI
    thread through a queued signal.
    """

    _galat = Signal(str, str, str)
    """(exception type, place, masked traceback)"""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._asli = None
        self._dialog: QMessageBox | None = None
        self._terbuka = False
        self._hitungan: dict[tuple[str, str], int] = {}
        self._galat.connect(self._tampilkan, Qt.ConnectionType.QueuedConnection)
        self.terakhir: tuple[str, str] | None = None
        """(type, place) of the last error seen, for tests and support."""

    def pasang(self) -> None:
        """Install as ``sys.excepthook`` (the previous hook is restored by :meth:`lepas`)."""
        if self._asli is None:
            self._asli = sys.excepthook
            sys.excepthook = self._hook

    def lepas(self) -> None:
        """Restore the previous ``sys.excepthook``."""
        if self._asli is not None:
            sys.excepthook = self._asli
            self._asli = None

    def _hook(self, jenis, nilai, jejak) -> None:
        if issubclass(jenis, KeyboardInterrupt) or QApplication.instance() is None:
            (self._asli or sys.__excepthook__)(jenis, nilai, jejak)
            return
        tempat = _tempat(jejak)
        if isinstance(nilai, BasisDataTerputus):
            # The database file went away (USB stick pulled): the window's own dialog
            # (ui/terputus.py) says so and offers what to do; no "unexpected error" on top.
            _log.warning("Basis data terputus di %s: %s", tempat, nilai)
            self.terakhir = (jenis.__name__, tempat)
            return
        log.catat_galat((jenis, nilai, jejak), tempat)
        self.terakhir = (jenis.__name__, tempat)
        self._galat.emit(jenis.__name__, tempat, log.teks_jejak((jenis, nilai, jejak)))

    def _tampilkan(self, jenis: str, tempat: str, jejak: str) -> None:
        kunci = (jenis, tempat)
        if self._terbuka or self._hitungan.get(kunci, 0) >= BATAS_TAMPIL_SAMA:
            return  # already logged; one message at a time
        self._hitungan[kunci] = self._hitungan.get(kunci, 0) + 1
        # No parent: the window that was active may be the one closing because of the error.
        # Python owns the box and keeps it until the next one replaces it (dropping the last
        # reference while the box is still emitting `finished` would delete it mid-signal).
        kotak = QMessageBox()
        kotak.setObjectName("dialogGalat")
        kotak.setIcon(QMessageBox.Icon.Critical)
        kotak.setWindowIcon(ikon_aplikasi())
        kotak.setWindowTitle(self.tr("{0} - kesalahan").format(APP_NAME))
        kotak.setText(self.tr("Maaf, terjadi kesalahan yang tidak terduga."))
        kotak.setInformativeText(self.tr(
            "Pekerjaan yang sedang dijalankan mungkin tidak selesai, tetapi data yang sudah "
            "tersimpan tetap aman dan Anda dapat melanjutkan bekerja.\n\n"
            "Jika kesalahan ini berulang, hubungi petugas dukungan dan kirimkan berkas log "
            "dari folder log (menu Bantuan > Buka folder log):\n{0}\n\n"
            "Keterangan teknis: {1} di {2}.").format(str(log.berkas_log()), jenis, tempat))
        kotak.setDetailedText(jejak)
        tombol_log = kotak.addButton(self.tr("Buka folder log"),
                                     QMessageBox.ButtonRole.ActionRole)
        tombol_log.setObjectName("tombolBukaFolderLog")
        tutup = kotak.addButton(self.tr("Tutup"), QMessageBox.ButtonRole.RejectRole)
        tutup.setObjectName("tombolTutup")
        kotak.setDefaultButton(tutup)
        kotak.setWindowModality(Qt.WindowModality.ApplicationModal)
        tombol_log.clicked.connect(lambda: buka_folder_log(kotak))
        kotak.finished.connect(self._dialog_ditutup)
        self._dialog = kotak
        self._terbuka = True
        kotak.show()

    def _dialog_ditutup(self) -> None:
        self._terbuka = False


def _tempat(jejak) -> str:
    """``file.py:line`` of the innermost frame (no data, only the code's place)."""
    bingkai = traceback.extract_tb(jejak)
    if not bingkai:
        return "?"
    b = bingkai[-1]
    return f"{Path(b.filename).name}:{b.lineno}"


def info_sistem(db_path: Path | None) -> list[tuple[str, str, str]]:
    """The facts shown in the About dialog (and copied for support calls), as
    (key, label, value); the keys are stable, the labels translated."""
    return [
        ("versi", QApplication.translate("dukungan", "Versi"), __version__),
        ("python", "Python", platform.python_version()),
        ("qt", "Qt", qVersion()),
        ("pyside6", "PySide6", PySide6.__version__),
        ("sqlite", "SQLite", versi_sqlite()),
        ("sistem", QApplication.translate("dukungan", "Sistem"), platform.platform()),
        ("db", QApplication.translate("dukungan", "Basis data"), str(db_path) if db_path else "-"),
        ("log", QApplication.translate("dukungan", "Folder log"), str(paths.folder_log())),
        ("data", QApplication.translate("dukungan", "Folder data"), str(paths.folder_data())),
    ]


class TentangDialog(QDialog):
    """Help > "Tentang Kalbar Desktop": version, components, paths and licences."""

    def __init__(self, db_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Tentang {0}").format(APP_NAME))
        self.setWindowIcon(ikon_aplikasi())
        self._info = info_sistem(db_path)

        gambar = QLabel()
        gambar.setObjectName("aboutIcon")
        gambar.setPixmap(ikon_aplikasi().pixmap(96, 96))
        gambar.setAlignment(Qt.AlignmentFlag.AlignTop)

        judul = QLabel(f"<h2>{APP_NAME}</h2>")
        self.label_versi = QLabel(self.tr("Versi {0}").format(__version__))
        self.label_versi.setObjectName("aboutVersion")
        uraian = QLabel(self.tr(
            "Verifikasi data P3KE secara luring untuk Dinas Sosial kabupaten/kota "
            "di Kalimantan Barat."))
        uraian.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.label_info: dict[str, QLineEdit] = {}
        for kunci, nama, nilai in self._info:
            if kunci == "versi":
                continue  # shown under the title
            # A read-only line: paths have no spaces to wrap at, so it shows all of it by
            # scrolling; it selects and copies like text.
            label = QLineEdit(nilai)
            label.setObjectName(f"aboutInfo_{kunci}")
            label.setReadOnly(True)
            label.setFrame(False)
            label.setCursorPosition(0)
            label.setToolTip(nilai)
            label.setMinimumWidth(320)
            warna = label.palette()
            warna.setColor(QPalette.ColorRole.Base, warna.color(QPalette.ColorRole.Window))
            label.setPalette(warna)
            form.addRow(nama + ":", label)
            self.label_info[kunci] = label
        self.label_info["db"].setObjectName("aboutDbPath")

        self.label_lisensi = QLabel(self.tr(
            "<p>Kalbar Desktop: lisensi MIT.</p>"
            "<p>Kode wilayah Kemendagri Kalimantan Barat (referensi wilayah): data dari "
            "proyek <i>cahyadsn/wilayah</i>, lisensi MIT, Hak Cipta &copy; 2017 Cahya DSN; "
            "berdasarkan Kepmendagri No. 300.2.2-2430 Tahun 2025. Catatan hak cipta ini "
            "disertakan bila data tersebut dibagikan ulang.</p>"
            "<p>Qt dan Qt for Python (PySide6): LGPL versi 3. Komponen lain dan lisensinya "
            "tercantum dalam berkas LISENSI-PIHAK-KETIGA.txt di folder program.</p>"))
        self.label_lisensi.setObjectName("aboutLicense")
        self.label_lisensi.setWordWrap(True)
        self.label_lisensi.setTextFormat(Qt.TextFormat.RichText)

        tombol = QDialogButtonBox()
        self.tombol_salin = QPushButton(self.tr("&Salin informasi"))
        self.tombol_salin.setObjectName("tombolSalinInfo")
        self.tombol_salin.setToolTip(self.tr(
            "Salin versi dan lokasi berkas, untuk disampaikan kepada petugas dukungan"))
        self.tombol_log = QPushButton(self.tr("Buka folder &log"))
        self.tombol_log.setObjectName("tombolBukaFolderLog")
        self.tombol_tutup = QPushButton(self.tr("&Tutup"))
        self.tombol_tutup.setObjectName("tombolTutup")
        self.tombol_tutup.setDefault(True)
        tombol.addButton(self.tombol_salin, QDialogButtonBox.ButtonRole.ActionRole)
        tombol.addButton(self.tombol_log, QDialogButtonBox.ButtonRole.ActionRole)
        tombol.addButton(self.tombol_tutup, QDialogButtonBox.ButtonRole.RejectRole)
        self.tombol_salin.clicked.connect(self.salin_info)
        self.tombol_log.clicked.connect(lambda: buka_folder_log(self))
        tombol.rejected.connect(self.reject)

        kanan = QVBoxLayout()
        kanan.addWidget(judul)
        kanan.addWidget(self.label_versi)
        kanan.addWidget(uraian)
        kanan.addSpacing(8)
        kanan.addLayout(form)
        kanan.addSpacing(8)
        kanan.addWidget(self.label_lisensi)
        atas = QHBoxLayout()
        atas.addWidget(gambar)
        atas.addSpacing(12)
        atas.addLayout(kanan, 1)
        tata = QVBoxLayout(self)
        tata.addLayout(atas)
        tata.addWidget(tombol)
        self.setMinimumWidth(680)

    def teks_info(self) -> str:
        """The facts as plain text (what "Salin informasi" copies)."""
        return "\n".join([APP_NAME, *(f"{nama}: {nilai}" for _k, nama, nilai in self._info)])

    def salin_info(self) -> None:
        """Copy :meth:`teks_info` to the clipboard."""
        QGuiApplication.clipboard().setText(self.teks_info())
        self.tombol_salin.setText(self.tr("Tersalin"))


def tampilkan_tentang(jendela: MainWindow) -> TentangDialog:
    """Open the About dialog over the main window (non-blocking; returns it)."""
    dialog = TentangDialog(jendela.db_path, jendela)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def pasang(jendela: MainWindow) -> None:
    """Help menu entries and the window icon (see :mod:`kalbar_desktop.ui.fitur`)."""
    jendela.setWindowIcon(ikon_aplikasi())
    menu = jendela.menu_bantuan
    aksi_log = QAction(QApplication.translate("dukungan", "Buka folder &log"), jendela)
    aksi_log.setObjectName("aksiBukaFolderLog")
    aksi_log.setStatusTip(QApplication.translate(
        "dukungan", "Buka folder berkas log aplikasi, untuk dikirim kepada petugas dukungan"))
    aksi_log.triggered.connect(lambda: buka_folder_log(jendela))
    aksi_tentang = QAction(QApplication.translate("dukungan", "&Tentang {0}").format(APP_NAME),
                           jendela)
    aksi_tentang.setObjectName("aksiTentang")
    aksi_tentang.setMenuRole(QAction.MenuRole.AboutRole)
    aksi_tentang.triggered.connect(lambda: tampilkan_tentang(jendela))
    menu.addSeparator()
    menu.addAction(aksi_log)
    menu.addAction(aksi_tentang)
    jendela.aksi_tentang = aksi_tentang
    jendela.aksi_buka_folder_log = aksi_log


_LEVEL_QT = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_DERAU_QT = ("propagateSizeHints",)
"""Qt messages that are harmless noise (the offscreen platform's)."""


def _pesan_qt(jenis: QtMsgType, _konteks, pesan: str) -> None:
    if any(d in pesan for d in _DERAU_QT):
        return
    logging.getLogger("kalbar_desktop.qt").log(_LEVEL_QT.get(jenis, logging.WARNING), "%s", pesan)
    if sys.stderr is not None:  # None in the windowed Windows program
        print(pesan, file=sys.stderr)


def pasang_pesan_qt() -> None:
    """Send Qt's own warnings to the log as well (start-up of the window only: tests keep
    pytest-qt's handler)."""
    qInstallMessageHandler(_pesan_qt)
