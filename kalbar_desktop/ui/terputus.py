"""The database file goes away while the window works on it (a USB stick or a network share
pulled, the folder renamed or removed, the file replaced): one clear message, the same choices
as at start-up (``dialogBasisDataBermasalah``), and nothing typed in the open form lost.

The window's connection checks, before each statement, that its file is still the one it
opened (:attr:`kalbar_desktop.storage.db.BasisData.jaga_berkas`); whichever reader meets the
problem first (the household table while scrolling or searching, the dashboard, a save in the
form) raises :class:`~kalbar_desktop.storage.db.BasisDataTerputus`, and this guard shows the
dialog once. The form keeps its values (a refused save never clears them); "Coba lagi" checks
the file again, connects to it anew when it came back as another file (a stick plugged in
again), reloads the table and the counts, and the person saves again.

While the file is gone a timer looks at the path every :data:`SELANG_AWAS_MS`: when the same
database is back (:mod:`kalbar_desktop.storage.sidik`: same schema, same audit trail, the
latest audit row known still in it) the window reconnects on its own and says so in the status
bar. When another database stands there (another office's, an older copy) it never goes on
silently: the dialog says so and offers "Pakai berkas ini" beside the usual choices.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kalbar_desktop import APP_NAME, paths
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import sidik as ssidik
from kalbar_desktop.ui import bahasa

if TYPE_CHECKING:
    from kalbar_desktop.ui.main_window import MainWindow

_log = logging.getLogger(__name__)

SELANG_AWAS_MS = 2000
"""While the file is gone, the path is looked at this often (a ``stat``; once a database file
stands there again, a read-only look at who it is)."""


def _kunci_berkas(path: Path) -> tuple[int, int, int, int] | None:
    """Device, inode, size and modification time of ``path`` (``None`` when unreadable): the
    file asked about once is not asked about again until it changes."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


class PenjagaTerputus(QObject):
    """Shows ``dialogBasisDataBermasalah`` over the window when its database file is gone and
    carries out the choice: try again (``cobaLagiButton``), open another database
    (``bukaLainButton``), the default database (``bawaanButton``) or quit (``keluarButton``)."""

    def __init__(self, jendela: MainWindow):
        super().__init__(jendela)
        self.jendela = jendela
        self.dialog: QMessageBox | None = None
        self.terputus: sdb.BasisDataTerputus | None = None
        """The last problem found (``None`` once the file is back)."""
        self.jendela_baru: MainWindow | None = None
        """The window opened on another database (for tests)."""
        self._tertunda = False
        self._terjangkau = True
        """What :attr:`MainWindow.basis_data_terjangkau` last said."""
        self.berkas_lain: str | None = None
        """How the database now at the path differs from the one opened (``None``: it does
        not, or nothing is there)."""
        self._ditanya: tuple[int, int, int, int] | None = None
        jendela.db.jaga_berkas = True
        jendela.db.saat_terputus = self.laporkan
        jendela.db.ingat_sidik()
        self.pengawas = QTimer(self)
        self.pengawas.setObjectName("pengawasBerkasBasisData")
        self.pengawas.setInterval(SELANG_AWAS_MS)
        self.pengawas.timeout.connect(self._awasi)
        # Shown in the table's place while the file is gone (an empty table says nothing).
        self.halaman = QWidget()
        self.halaman.setObjectName("halamanTerputus")
        self.label = QLabel()
        self.label.setObjectName("basisDataTerputusPesan")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tombol = QPushButton(self.tr("&Coba lagi"))
        self.tombol.setObjectName("cobaLagiTabelButton")
        self.tombol.clicked.connect(self._coba_dari_tabel)
        tata = QVBoxLayout(self.halaman)
        tata.setContentsMargins(32, 24, 32, 24)
        tata.addStretch(1)
        tata.addWidget(self.label)
        tata.addWidget(self.tombol, 0, Qt.AlignmentFlag.AlignHCenter)
        tata.addStretch(2)
        jendela.isi.addWidget(self.halaman)
        jendela.disegarkan.connect(self._tampilkan_halaman)

    def laporkan(self, e: sdb.BasisDataTerputus) -> None:
        """Called by the connection when it finds its file gone (maybe inside a paint or a
        model call): the dialog opens on the next turn of the event loop, once."""
        self.terputus = e
        _log.warning("Basis data tidak bisa dibaca lagi: %s", self.jendela.db_path)
        QTimer.singleShot(0, self._tampilkan_halaman)  # not inside the table's paint
        if self.dialog is not None or self._tertunda:
            return
        self._tertunda = True
        QTimer.singleShot(0, self.tampilkan)

    def tampilkan(self) -> QMessageBox | None:
        """Open the dialog (non-blocking; returns it)."""
        self._tertunda = False
        if self.dialog is not None or self.terputus is None or not self.jendela.isVisible():
            return self.dialog
        form = self.jendela._form_terbuka() and self.jendela.form.ada_perubahan()
        # Over the window's dialog in use (the import, an export), else over the window.
        induk: QWidget = self.jendela
        aktif = QApplication.activeModalWidget()
        w = aktif
        while w is not None and w is not self.jendela:
            w = w.parentWidget()
        if aktif is not None and w is self.jendela:
            induk = aktif
        kotak = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, bahasa.teks(self.terputus),
                            QMessageBox.StandardButton.NoButton, induk)
        kotak.setObjectName("dialogBasisDataBermasalah")
        teks = self.tr(
            "Pilih Coba lagi setelah flashdisk dipasang kembali (atau berkasnya dikembalikan), "
            "buka basis data lain, atau keluar.")
        if form:
            teks = self.tr(
                "Isian di formulir yang terbuka tidak hilang: biarkan jendela ini terbuka, "
                "pasang lagi flashdisk-nya, pilih Coba lagi, lalu simpan sekali lagi. Membuka "
                "basis data lain atau keluar membuang isian yang belum tersimpan.")
        teks += " " + self.tr("Begitu basis data yang sama kembali, aplikasi menyambung sendiri "
                              "dalam beberapa detik.")
        if self.berkas_lain is not None:
            teks = self.tr(
                "Aplikasi tidak melanjutkan ke berkas itu tanpa bertanya. Pasang flashdisk yang "
                "benar (aplikasi menyambung sendiri begitu basis data yang tadi kembali), buka "
                "basis data lain, atau pilih Pakai berkas ini bila memang berkas itu yang mau "
                "dipakai (misalnya cadangan yang sengaja dipulihkan): isian formulir yang belum "
                "tersimpan lalu disimpan ke sana.")
        if self.berkas_lain is not None and self.jendela.db.baca_saja:
            teks = self.tr(
                "Jendela ini hanya membaca basis data, jadi tidak ada yang hilang di sini. Pilih "
                "Pakai berkas ini untuk membaca berkas yang ada sekarang, buka basis data lain, "
                "atau keluar. Program yang menulis ke basis data ini mengenali penggantian itu "
                "sendiri saat menulis lagi.")
        kotak.setInformativeText(teks)
        coba = kotak.addButton(self.tr("&Coba lagi"), QMessageBox.ButtonRole.AcceptRole)
        coba.setObjectName("cobaLagiButton")
        if self.berkas_lain is not None:
            pakai = kotak.addButton(self.tr("&Pakai berkas ini"),
                                    QMessageBox.ButtonRole.ActionRole)
            pakai.setObjectName("pakaiBerkasIniButton")
            pakai.clicked.connect(lambda: self.coba_lagi(paksa=True))
        lain = kotak.addButton(self.tr("&Buka basis data lain..."),
                               QMessageBox.ButtonRole.ActionRole)
        lain.setObjectName("bukaLainButton")
        if self.jendela.db_path.absolute() != paths.db_bawaan().absolute():
            bawaan = kotak.addButton(self.tr("Basis data ba&waan"),
                                     QMessageBox.ButtonRole.ActionRole)
            bawaan.setObjectName("bawaanButton")
            bawaan.clicked.connect(lambda: self.buka_lain(paths.db_bawaan()))
        keluar = kotak.addButton(self.tr("&Keluar"), QMessageBox.ButtonRole.RejectRole)
        keluar.setObjectName("keluarButton")
        kotak.setDefaultButton(coba)
        kotak.setEscapeButton(coba)  # Esc must not throw the form's entries away
        coba.clicked.connect(self.coba_lagi)
        lain.clicked.connect(self._pilih_lain)
        keluar.clicked.connect(self.keluar)
        kotak.setWindowModality(Qt.WindowModality.WindowModal)
        kotak.finished.connect(self._ditutup)
        self.dialog = kotak
        kotak.open()
        return kotak

    def _tampilkan_halaman(self) -> None:
        """While the file is gone: the table area says why and how to get it back; the window
        is told once when the file went away and once when it is back
        (:attr:`MainWindow.basis_data_terjangkau`: the tree and the status bar follow)."""
        if self.terputus is None:
            if self.jendela.isi.currentWidget() is self.halaman:
                self.jendela.isi.setCurrentWidget(self.jendela.table)
            self._beri_tahu(True)
            return
        self.label.setText(
            "<h3>" + self.tr("Daftar keluarga tidak bisa ditampilkan") + "</h3><p>"
            + html.escape(bahasa.teks(self.terputus)) + "</p><p>" + self.tr(
                "Daftar keluarga kembali setelah berkas basis data bisa dibaca lagi: pasang "
                "flashdisk-nya (atau kembalikan berkasnya), lalu pilih <b>Coba lagi</b> di kotak "
                "pesan atau dengan tombol di bawah ini.") + " " + self.tr(
                "Begitu basis data yang sama kembali, aplikasi menyambung sendiri dalam "
                "beberapa detik.") + "</p>")
        self.jendela.isi.setCurrentWidget(self.halaman)
        self._beri_tahu(False)

    def _beri_tahu(self, terjangkau: bool) -> None:
        if terjangkau:
            self.pengawas.stop()
        elif not self.pengawas.isActive():
            self.pengawas.start()
        if terjangkau != self._terjangkau:
            self._terjangkau = terjangkau
            self.jendela.basis_data_terjangkau.emit(terjangkau)

    def _coba_dari_tabel(self) -> None:
        if self.dialog is not None:  # the dialog's own button: the same, and it closes
            tombol = self.dialog.findChild(QPushButton, "cobaLagiButton")
            if tombol is not None:
                tombol.click()
                return
        self.coba_lagi()

    def _ditutup(self, _hasil: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    # -- watching for the file to come back ------------------------------------------------------
    def _awasi(self) -> None:
        """One look at the path while the file is gone: the same database back, reconnect;
        another database there, say so (once for that file) and leave the choice."""
        if self.terputus is None:
            self.pengawas.stop()
            return
        if isinstance(QApplication.activeModalWidget(), QFileDialog):
            return  # "Buka basis data lain...": not under the chooser's feet
        path = self.jendela.db_path
        dikenal = self.jendela.db.sidik
        if dikenal is None:  # who the database was is unknown: only "Coba lagi"
            return
        try:
            beda = self._beda(dikenal)
        except sdb.KesalahanPenyimpanan:
            return  # no readable database there (yet)
        if beda is None:
            self.coba_lagi(paksa=True, otomatis=True)  # just found to be the same database
        elif _kunci_berkas(path) != self._ditanya:
            self._laporkan_berkas_lain(beda)

    def _beda(self, dikenal: ssidik.Sidik) -> str | None:
        """How the database now at the path differs from the one opened (``None``: it is the
        same); raises while no readable database is there. The old file's journal is let go
        first when another file took the name (it must not be read into the new one)."""
        self.jendela.db.lepas_berkas_diganti()
        return ssidik.periksa(self.jendela.db_path, dikenal)

    def berkas_diganti(self, beda: str) -> None:
        """Another database was found in the file itself (its bytes replaced in place, seen by
        a read-only window: :mod:`kalbar_desktop.ui.penimpaan`): say what stands there, with
        the choice to use it, as for another file at the path."""
        self._laporkan_berkas_lain(beda)

    def _laporkan_berkas_lain(self, beda: str) -> None:
        self._ditanya = _kunci_berkas(self.jendela.db_path)
        self.berkas_lain = beda
        _log.warning("Basis data lain ada di %s: %s", self.jendela.db_path, beda)
        if self.dialog is not None:  # its text and buttons change
            self.dialog.finished.disconnect(self._ditutup)
            self.dialog.done(0)
            self.dialog.deleteLater()
            self.dialog = None
        self.laporkan(sdb.BasisDataTerputus.berkas_lain(self.jendela.db_path, beda))

    # -- the choices -----------------------------------------------------------------------------
    def coba_lagi(self, paksa: bool = False, otomatis: bool = False) -> bool:
        """Check the file again; when it is back, reload the window's data (the form keeps its
        values). Returns True when the database can be read again (else the dialog opens
        again with what was found now). Another database at the path (not the one opened) is
        not taken unless ``paksa`` ("Pakai berkas ini", or the watch that has just checked
        it); ``otomatis``: the watch found the same database back (the dialog closes, the
        status bar says so)."""
        db = self.jendela.db
        path = self.jendela.db_path
        if not paksa and db.sidik is not None:
            try:
                beda = self._beda(db.sidik)
            except sdb.KesalahanPenyimpanan:
                beda = None  # not there: said below
            if beda is not None:
                self._laporkan_berkas_lain(beda)
                return False
        self.terputus = None
        try:
            db.sambung_lagi()
        except sdb.KesalahanPenyimpanan as e:
            if not isinstance(e, sdb.BasisDataTerputus):
                e = sdb.BasisDataTerputus.untuk(path, e)
            self.laporkan(e)
            return False
        _log.info("Basis data bisa dibaca lagi%s: %s", " (otomatis)" if otomatis else "", path)
        self.berkas_lain = None
        self._ditanya = None
        db.ingat_sidik()
        if self.dialog is not None:
            self.dialog.done(0)  # not close(): that would "press" its escape button
        self.jendela.segarkan()
        if self.terputus is not None:  # reloading met it again
            return False
        if otomatis:
            teks = self.tr("Basis data bisa dibaca lagi dan tersambung otomatis.")
        else:
            teks = self.tr("Basis data bisa dibaca lagi.")
        if self.jendela._form_terbuka() and self.jendela.form.ada_perubahan():
            teks += " " + self.tr("Isian formulir yang belum tersimpan masih ada: simpan "
                                  "sekarang (Ctrl+S).")
        self.jendela.statusBar().showMessage(teks, 15000)
        return True

    def _pilih_lain(self) -> None:
        folder = next((p for p in (self.jendela.db_path.parent, paths.folder_data())
                       if p.is_dir()), Path.home())
        nama, _ = QFileDialog.getOpenFileName(
            self.jendela, self.tr("Buka basis data"), str(folder),
            self.tr("Basis data Kalbar Desktop (*.db);;Semua berkas (*)"))
        if nama:
            self.buka_lain(Path(nama))
        elif self.terputus is not None:  # nothing chosen: the same question again
            self.laporkan(self.terputus)

    def buka_lain(self, path: Path):
        """Open a window on ``path`` (signing in as at start) and close this one."""
        from kalbar_desktop.settings import Pengaturan
        from kalbar_desktop.ui.app import buka_jendela

        terputus = self.terputus
        self._lepas()
        self.jendela_baru = buka_jendela(Path(path), Pengaturan.muat(),
                                         self.jendela.pengguna.nama)
        if self.jendela_baru is None:  # cancelled: this window stays, still without its file
            self.jendela.db.saat_terputus = self.laporkan
            if terputus is not None:
                self.laporkan(terputus)
            return None
        self.jendela_baru.tampilkan()
        self._tutup_jendela()
        return self.jendela_baru

    def keluar(self) -> None:
        """Close the window without the closing backup (there is no file to copy) and without
        asking about the form's entries (the dialog said they go)."""
        self._lepas()
        self._tutup_jendela()

    def _lepas(self) -> None:
        self.jendela.db.saat_terputus = None
        self.terputus = None
        self.pengawas.stop()

    def _tutup_jendela(self) -> None:
        jendela = self.jendela
        jendela.tutup_tanpa_tanya = True
        keamanan = getattr(jendela, "keamanan", None)
        if keamanan is not None:
            keamanan.tanpa_cadangan_keluar()
        # The connection stays open (the form's pending timers may still read through it;
        # they meet the same error, now without a dialog); the process's end releases it.
        jendela.close()


def pasang(jendela: MainWindow) -> None:
    """Guard the window's database connection (see :mod:`kalbar_desktop.ui.fitur`)."""
    jendela.penjaga_terputus = PenjagaTerputus(jendela)
