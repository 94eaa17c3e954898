"""Security in the main window: the read-only/damaged/demo banner, the idle lock, backups
("Cadangkan sekarang", "Pulihkan dari cadangan..."), the audit log, accounts and settings
(admin), the health check, and the backup when the window closes after a change.

Plugged in through :mod:`kalbar_desktop.ui.fitur`; everything is reachable as
``jendela.keamanan`` (a :class:`PenjagaKeamanan`).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kalbar_desktop import APP_NAME
from kalbar_desktop.domain import jejak
from kalbar_desktop.domain.akses import Aksi, boleh, lingkup
from kalbar_desktop.settings import Pengaturan
from kalbar_desktop.storage import audit as saudit
from kalbar_desktop.storage import cadangan as scadangan
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import kunci as skunci
from kalbar_desktop.storage import pengaturan as spengaturan
from kalbar_desktop.storage import pengguna as spengguna
from kalbar_desktop.storage import periksa as speriksa
from kalbar_desktop.ui.bahasa import teks as teks_pesan
from kalbar_desktop.ui.kabar import kabar
from kalbar_desktop.ui.label import label_peran
from kalbar_desktop.ui.tasks import Konteks, Tugas, dialog_kemajuan

if TYPE_CHECKING:
    from kalbar_desktop.ui.main_window import MainWindow

_PERISTIWA_AKTIVITAS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.Shortcut,
})


_log = logging.getLogger(__name__)


class Dibatalkan(Exception):
    """The person cancelled a backup."""


class PenjagaKeamanan(QObject):
    """The security parts of one main window."""

    def __init__(self, jendela: MainWindow):
        super().__init__(jendela)
        self.setObjectName("penjagaKeamanan")
        self.jendela = jendela
        self.db: sdb.BasisData = jendela.db
        self.db_path = Path(jendela.db_path)
        self.pengguna = jendela.pengguna
        self.baca_saja = bool(getattr(self.db, "baca_saja", False))
        self.hasil_periksa: speriksa.HasilPeriksa | None = getattr(self.db, "hasil_periksa", None)
        self.rusak = self.hasil_periksa is not None and not self.hasil_periksa.sehat
        try:
            self.berakun = spengguna.ada_akun_apa_pun(self.db)
            self.punya_akun = self.berakun and spengguna.cari(self.db, self.pengguna.nama) \
                is not None
            self.penanda_awal = saudit.penanda(self.db)
        except Exception:  # a damaged database: the window still opens, read-only
            self.berakun = self.punya_akun = False
            self.penanda_awal = None
        self.demo = not self.berakun and _adalah_demo(self.db_path)
        self.terkunci = False
        self.dialog_kunci = None
        self.dialog_terbuka: QWidget | None = None
        self._ditutup = False
        self._diganti = False
        self._sesi_rusak = False

        self._buat_banner()
        self._buat_aksi()
        self.label_pengguna = QLabel(
            f"{self.pengguna.nama} ({label_peran(self.pengguna.peran)}"
            + (", " + self.tr("wilayah {0}").format(", ".join(self.pengguna.wilayah))
               if self.pengguna.wilayah else "")
            + (", " + self.tr("hanya baca") if self.baca_saja else "") + ")")
        self.label_pengguna.setObjectName("labelPengguna")
        self.label_pengguna.setContentsMargins(12, 0, 4, 0)
        jendela.statusBar().addPermanentWidget(self.label_pengguna)
        self._timer_diam = QTimer(self)
        self._timer_diam.setSingleShot(True)
        self._timer_diam.timeout.connect(self.kunci)
        self.menit_kunci = spengaturan.baca(self.db, spengaturan.KUNCI_LAYAR_MENIT)
        if self.punya_akun and self.menit_kunci > 0:
            self.atur_kunci_ms(self.menit_kunci * 60_000)
        QApplication.instance().installEventFilter(self)
        jendela.installEventFilter(self)
        if self.pengguna.wilayah and hasattr(jendela, "disegarkan"):
            jendela.disegarkan.connect(self.saring_pohon)
        if self.demo:
            jendela.setWindowTitle(jendela.windowTitle() + " - DEMO")
        self.pemeriksaan = self.db.pemeriksaan_tertunda
        """The quick check still to run on a big database (``None``: done before the window)."""
        self.tugas_periksa: Tugas | None = None
        if self.pemeriksaan is not None:
            # After the first paint: the window shows its data before the file is read through.
            QTimer.singleShot(0, self, self._mulai_periksa)

    # -- the quick check of a big database, after the first paint ----------------------------
    def _mulai_periksa(self) -> None:
        pemeriksaan = self.pemeriksaan
        if pemeriksaan.selesai:
            self._periksa_selesai(pemeriksaan.hasil)
            return
        # Shown once the window is (a status message set before would overlap the labels).
        self.jendela.statusBar().showMessage(QCoreApplication.translate(
            "keamanan", "Memeriksa kesehatan basis data... Perubahan disimpan setelah "
            "pemeriksaan selesai (beberapa detik)."))
        from kalbar_desktop.ui.app import tugas_periksa_latar

        tugas = tugas_periksa_latar(self.db)
        if tugas is None:  # a write has just run it on this thread
            if pemeriksaan.selesai:
                self._periksa_selesai(pemeriksaan.hasil)
            return
        self.tugas_periksa = tugas
        tugas.selesai.connect(self._periksa_selesai)
        tugas.gagal.connect(lambda _e, _j: self._periksa_selesai(pemeriksaan.hasil))

    def _periksa_selesai(self, hasil: speriksa.HasilPeriksa | None) -> None:
        if hasil is None or self._ditutup or self._diganti:
            return
        if hasil.sehat:
            self.hasil_periksa = hasil
            self.jendela.statusBar().showMessage(
                QCoreApplication.translate(
                    "keamanan", "Pemeriksaan kesehatan basis data selesai: sehat."), 5000)
            return
        self._ke_sesi_rusak(hasil)

    def _ke_sesi_rusak(self, hasil: speriksa.HasilPeriksa) -> None:
        """The check found damage: nothing has been written since the window opened (writes
        waited for the check). The window is replaced by the read-only one with the banner
        that offers the latest good backup, as when the check runs before the window."""
        from dataclasses import replace

        from kalbar_desktop.ui.app import buka_sesi_rusak
        from kalbar_desktop.ui.main_window import MainWindow

        self._diganti = self._sesi_rusak = True
        self._timer_diam.stop()
        QApplication.instance().removeEventFilter(self)
        lama = self.jendela
        terlihat = lama.isVisible()
        db = buka_sesi_rusak(self.db_path, lama.db, hasil)
        self.jendela_baru = MainWindow(db, self.db_path, replace(self.pengguna, baca_saja=True))
        if terlihat:
            self.jendela_baru.setGeometry(lama.geometry())
            if lama.isMaximized():
                self.jendela_baru.showMaximized()
            else:
                self.jendela_baru.show()
        lama.close()

    # -- banner ------------------------------------------------------------------------------
    def _buat_banner(self) -> None:
        # The banner sits above the window's content (a toolbar cannot wrap long text well).
        self.banner = QFrame()
        self.banner.setObjectName("bannerKeamanan")
        self.banner_label = QLabel()
        self.banner_label.setObjectName("bannerBacaSaja")
        self.banner_label.setWordWrap(True)
        self.banner_label.setTextFormat(Qt.TextFormat.RichText)
        self.tombol_pulih_banner = QPushButton(self.tr("Pulihkan dari cadangan terbaru..."))
        self.tombol_pulih_banner.setObjectName("bannerPulihkan")
        self.tombol_pulih_banner.clicked.connect(self.tawarkan_cadangan_terbaru)
        baris = QHBoxLayout(self.banner)
        baris.setContentsMargins(10, 6, 10, 6)
        baris.addWidget(self.banner_label, 1)
        baris.addWidget(self.tombol_pulih_banner, 0, Qt.AlignmentFlag.AlignVCenter)
        isi = self.jendela.takeCentralWidget()
        wadah = QWidget()
        wadah.setObjectName("wadahKeamanan")
        tata = QVBoxLayout(wadah)
        tata.setContentsMargins(0, 0, 0, 0)
        tata.setSpacing(0)
        tata.addWidget(self.banner)
        tata.addWidget(isi, 1)
        self.jendela.setCentralWidget(wadah)
        teks, warna = "", ""
        if self.rusak:
            teks = self.tr("<b>Basis data rusak - hanya baca.</b> ") + self.tr(
                "Pemeriksaan saat membuka menemukan: {0}. Aplikasi tidak akan menulis ke basis "
                "data ini. Pulihkan dari cadangan yang sehat.").format(
                "; ".join(teks_pesan(m.pesan) for m in self.hasil_periksa.masalah
                          if m.serius)[:400])
            warna = "#ffd6d6"
        elif self.baca_saja:
            teks = self.tr("<b>Hanya baca.</b> ") + (getattr(self.db, "alasan_baca_saja", "") or "")
            warna = "#fff3c4"
        elif self.demo:
            teks = self.tr("<b>DEMO</b> - data palsu untuk mencoba aplikasi, tanpa akun dan kata "
                       "sandi. Jangan masukkan data asli ke basis data demo.")
            warna = "#d9ecff"
        self.banner_label.setText(teks)
        self.banner.setStyleSheet(
            f"QFrame#bannerKeamanan {{ background: {warna or 'transparent'}; "
            "border-bottom: 1px solid #b0b0b0; }")
        self.banner.setVisible(bool(teks))
        self.tombol_pulih_banner.setVisible(self.rusak and boleh(self.pengguna, Aksi.PULIHKAN))

    # -- menus -------------------------------------------------------------------------------
    def _aksi(self, menu, teks: str, nama: str, slot, pintasan=None, izin: bool = True) -> QAction:
        aksi = QAction(teks, self.jendela)
        aksi.setObjectName(nama)
        if pintasan is not None:
            aksi.setShortcut(pintasan)
        # triggered(bool) would hand 'checked' to a slot with an optional first parameter
        # (cadangkan_sekarang(tujuan=False) failed: "expected str ... not bool")
        aksi.triggered.connect(lambda _dicentang=False, s=slot: s())
        aksi.setEnabled(izin)
        menu.addAction(aksi)
        return aksi

    def _buat_aksi(self) -> None:
        j, p = self.jendela, self.pengguna
        menu = j.menu_berkas
        menu.addSeparator()
        self.aksi_cadangkan = self._aksi(
            menu, self.tr("&Cadangkan sekarang"), "aksiCadangkan", self.cadangkan_sekarang,
            QKeySequence("Ctrl+Shift+B"), boleh(p, Aksi.CADANGKAN))
        self.aksi_cadangkan_ke = self._aksi(
            menu, self.tr("Simpan &salinan basis data ke..."), "aksiCadangkanKe",
            self._pilih_tujuan_cadangan, None, boleh(p, Aksi.CADANGKAN))
        self.aksi_pulihkan = self._aksi(
            menu, self.tr("&Pulihkan dari cadangan..."), "aksiPulihkan", self.buka_dialog_pulih,
            None, boleh(p, Aksi.PULIHKAN) and not (self.baca_saja and not self.rusak))
        menu.addSeparator()
        self.aksi_ganti_sandi = self._aksi(
            menu, self.tr("&Ganti kata sandi..."), "aksiGantiSandi", self.ganti_sandi, None,
            self.punya_akun and not self.baca_saja)
        self.aksi_kunci = self._aksi(
            menu, self.tr("Kunci &layar"), "aksiKunciLayar", self.kunci, QKeySequence("Ctrl+L"),
            self.punya_akun)
        alat = j.menu_alat
        self.aksi_audit = self._aksi(
            alat, self.tr("&Jejak audit..."), "aksiJejakAudit", self.buka_jejak_audit,
            QKeySequence("Ctrl+Shift+J"), boleh(p, Aksi.LIHAT_AUDIT))
        self.aksi_pengguna = self._aksi(
            alat, self.tr("Kelola &pengguna..."), "aksiKelolaPengguna", self.buka_kelola_pengguna,
            None, boleh(p, Aksi.KELOLA_PENGGUNA))
        self.aksi_pengaturan = self._aksi(
            alat, self.tr("Pengaturan &keamanan..."), "aksiPengaturanKeamanan",
            self.buka_pengaturan, None, boleh(p, Aksi.KELOLA_PENGATURAN))
        self.aksi_periksa = self._aksi(
            alat, self.tr("Periksa ke&sehatan basis data"), "aksiPeriksaDb", self.periksa_lengkap)

    def saring_pohon(self) -> None:
        """Show a region-scoped user only the branches of the region tree that lead to or lie
        inside their regions (the table is filtered by the model itself). The tree keeps the
        scope for the desa nodes it creates later (when a kecamatan is opened)."""
        self.jendela.region_tree.atur_lingkup(lingkup(self.pengguna))

    # -- idle lock ---------------------------------------------------------------------------
    def atur_kunci_ms(self, ms: int) -> None:
        """Lock after ``ms`` milliseconds without keyboard or mouse activity (0: never)."""
        self._timer_diam.stop()
        if ms > 0 and self.punya_akun:
            self._timer_diam.setInterval(ms)
            self._timer_diam.start()

    def eventFilter(self, obj, event) -> bool:
        jenis = event.type()
        if jenis in _PERISTIWA_AKTIVITAS:
            if not self.terkunci and self._timer_diam.interval() > 0 \
                    and self._timer_diam.isActive():
                self._timer_diam.start()
            return False
        if obj is self.jendela and jenis == QEvent.Type.Close:
            if self._sesi_rusak:  # its connection is closed: nothing to ask or to save
                event.accept()
                return True
            return self._saat_tutup(event)
        return False

    def kunci(self) -> None:
        """Lock the window: its content is hidden until the user's password is typed again."""
        if self.terkunci or not self.punya_akun or self._ditutup:
            return
        from kalbar_desktop.ui.akun_dialog import KunciLayarDialog

        self.terkunci = True
        self._timer_diam.stop()
        self.jendela.centralWidget().setVisible(False)
        self.jendela.menuBar().setEnabled(False)
        if not self.baca_saja:
            saudit.tulis(self.db, [saudit.Catatan(aksi="KUNCI_LAYAR",
                                                  pengguna=self.pengguna.nama)])
        menit = self._timer_diam.interval() // 60_000
        self.dialog_kunci = KunciLayarDialog(self.db, self.pengguna, menit, self.jendela)
        self.dialog_kunci.finished.connect(self._dibuka)
        self.dialog_kunci.setWindowState(Qt.WindowState.WindowMaximized)
        self.dialog_kunci.open()

    def _dibuka(self, _hasil: int) -> None:
        dialog, self.dialog_kunci = self.dialog_kunci, None
        self.terkunci = False
        self.jendela.centralWidget().setVisible(True)
        self.jendela.menuBar().setEnabled(True)
        if dialog is not None:
            dialog.deleteLater()
            if dialog.ingin_keluar:
                self.jendela.close()
                return
        if self._timer_diam.interval() > 0 and self.menit_kunci > 0:
            self._timer_diam.start()

    # -- closing -----------------------------------------------------------------------------
    def perlu_cadangan_keluar(self) -> bool:
        """Something was recorded since the window opened (every change writes the audit),
        besides the session's own sign-ins and screen locks."""
        if self.baca_saja or self._diganti:
            return False
        try:
            if saudit.penanda(self.db) == self.penanda_awal:
                return False
            return self.penanda_awal is None or saudit.ada_catatan_sejak(
                self.db, self.penanda_awal[0], kecuali=jejak.SESI)
        except Exception:  # the connection is already closed: nothing to compare
            return False

    def tanpa_cadangan_keluar(self) -> None:
        """The window closes without its closing backup and sign-out record (its database file
        is gone: nothing can be copied or written)."""
        self._diganti = True
        self._timer_diam.stop()

    def _saat_tutup(self, event) -> bool:
        if self._ditutup or self._diganti:
            return False
        # A locked window closes only from the lock screen's own button.
        if self.terkunci and (self.dialog_kunci is None or not self.dialog_kunci.ingin_keluar):
            event.ignore()
            return True
        self._ditutup = True
        self._timer_diam.stop()
        QApplication.instance().removeEventFilter(self)
        berubah = self.perlu_cadangan_keluar()
        if self.punya_akun and not self.baca_saja:
            try:
                spengguna.catat_keluar(self.db, self.pengguna)
            except sdb.BasisDataRusak:  # the check found damage as the window closed
                return False
            except sdb.KesalahanLingkungan as e:  # disk full: only the sign-out goes unrecorded
                _log.warning("Keluar tidak tercatat di jejak audit: %s", e)
        if berubah:
            self._cadangan_keluar()
        return False

    def _cadangan_keluar(self) -> None:
        """The backup when the window closes after a change. It runs here, on the way out,
        with a progress window; a failure is reported and does not stop the closing."""
        dialog = QProgressDialog(self.tr("Membuat cadangan sebelum keluar..."), "", 0, 100,
                                 self.jendela)
        dialog.setObjectName("cadanganKeluarDialog")
        dialog.setWindowTitle(APP_NAME)
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(500)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)

        def lapor(_pesan: str, fraksi: float) -> None:
            dialog.setValue(int(fraksi * 100))
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

        try:
            self.berkas_cadangan_keluar = scadangan.cadangkan_otomatis(
                self.db, scadangan.SAAT_KELUAR, kemajuan=lapor)
        except scadangan.KesalahanCadangan as e:
            kabar(self.jendela, teks_pesan(e), "peringatan")
        finally:
            dialog.close()
            dialog.deleteLater()

    # -- backups -----------------------------------------------------------------------------
    def _jalankan(self, judul: str, kerja, selesai, nama: str = "tugasKeamananDialog") -> Tugas:
        """Run ``kerja`` off the UI thread with a progress dialog (Cancel asks it to stop)."""
        tugas = Tugas(kerja, self)
        dialog = dialog_kemajuan(tugas, judul, self.tr("Batal"), self.jendela, nama)

        def akhir(hasil=None, galat=None) -> None:
            dialog.close()
            dialog.deleteLater()
            selesai(hasil, galat)

        tugas.selesai.connect(lambda h: akhir(h, None))
        tugas.gagal.connect(lambda e, _j: akhir(None, e))
        self.tugas_terakhir = tugas
        tugas.mulai()
        return tugas

    def cadangkan_sekarang(self, tujuan: str | Path | None = None) -> Tugas | None:
        """Back up now: into the rotating set beside the database, or to ``tujuan``."""
        if not boleh(self.pengguna, Aksi.CADANGKAN):
            return None
        path, baca_saja, nama = self.db_path, self.baca_saja, self.pengguna.nama
        dihapus: list[Path] = []
        if tujuan is not None:
            # remembered before the copy: a killed backup's leftover is found at next start
            folder = Path(tujuan) if Path(tujuan).is_dir() else Path(tujuan).parent
            dihapus, diingat = scadangan.ingat_tujuan(folder)
            if not diingat:
                _log.warning("Folder cadangan tidak tersimpan di pengaturan: %s", folder)

        def kerja(k: Konteks) -> tuple[Path, bool]:
            def lapor(pesan: str, fraksi: float) -> None:
                if k.dibatalkan():
                    raise Dibatalkan()
                k.lapor(pesan, fraksi)

            with sdb.terbuka(path, baca_saja=baca_saja, migrasi=False) as db:
                if tujuan is None:
                    hasil = scadangan.cadangkan_otomatis(db, scadangan.MANUAL, kemajuan=lapor)
                else:
                    hasil = scadangan.cadangkan(db, tujuan, kemajuan=lapor, dihapus=dihapus)
                if not baca_saja:
                    scadangan.catat_cadangan(db, hasil, nama, scadangan.MANUAL)
            return hasil, not baca_saja

        def selesai(hasil, galat) -> None:
            if isinstance(galat, Dibatalkan):
                self.jendela.statusBar().showMessage(self.tr(
                    "Pencadangan dibatalkan; tidak ada cadangan yang ditulis."), 15000)
                return
            if galat is not None:
                kabar(self.jendela, teks_pesan(galat), "peringatan")
                return
            berkas, dicatat = hasil
            self.berkas_cadangan_terakhir = berkas
            self.jendela.statusBar().showMessage(
                self.tr("Cadangan disimpan: {0}").format(berkas)
                + ("" if dicatat else self.tr(" (tidak dicatat di jejak audit: hanya baca)"))
                + ("" if not dihapus else self.tr(
                    ". Sisa cadangan yang dulu terhenti dihapus: {0}").format(
                    ", ".join(p.name for p in dihapus))),
                15000)

        return self._jalankan(self.tr("Membuat cadangan..."), kerja, selesai)

    def _pilih_tujuan_cadangan(self) -> None:
        folder = Path(Pengaturan.muat().folder_cadangan or Path.home())
        if not folder.is_dir():
            folder = Path.home()
        tujuan, _ = QFileDialog.getSaveFileName(
            self.jendela, self.tr("Simpan salinan basis data"),
            str(folder / f"{self.db_path.stem}-salinan.db"),
            self.tr("Basis data Kalbar Desktop (*.db)"))
        if tujuan:
            self.cadangkan_sekarang(tujuan)

    def buka_dialog_pulih(self, pilih: Path | None = None):
        """Show the restore dialog (``restoreDialog``)."""
        from kalbar_desktop.ui.cadangan_dialog import PulihkanDialog

        dialog = PulihkanDialog(self.db_path, self.jendela, pilih=pilih)
        dialog.dipilih.connect(self.pulihkan_dari)
        self.dialog_terbuka = dialog
        dialog.open()
        return dialog

    def tawarkan_cadangan_terbaru(self) -> None:
        terbaru = scadangan.cadangan_sehat_terbaru(self.db_path)
        if terbaru is None:
            kabar(self.jendela, self.tr(
                "Tidak ada cadangan yang sehat di {0}. Pilih berkas cadangan lain."
            ).format(scadangan.folder_cadangan(self.db_path)), "peringatan")
        self.buka_dialog_pulih(terbaru.path if terbaru else None)

    def pulihkan_dari(self, sumber: str | Path) -> Tugas | None:
        """Restore the database from ``sumber``: this window closes its connection, the work
        runs off the UI thread, then a new window opens on the restored database (the same
        user signs in again when accounts exist)."""
        if not boleh(self.pengguna, Aksi.PULIHKAN):
            return None
        sumber = Path(sumber)
        path, nama = self.db_path, self.pengguna.nama
        try:
            kunci = skunci.ambil(path)  # hold the lock while the window's connection closes
        except skunci.BasisDataDipakai as e:
            kabar(self.jendela, teks_pesan(e), "peringatan")
            return None
        hasil_periksa = speriksa.periksa_berkas(sumber)
        if not hasil_periksa.sehat:
            skunci.lepas(kunci)
            kabar(self.jendela, self.tr(
                "Berkas {0} tidak bisa dipakai untuk pemulihan; basis data tidak diubah.\n\n{1}"
            ).format(sumber.name, teks_pesan(hasil_periksa.ringkasan(cadangan=True))),
                "peringatan")
            return None
        self._diganti = True
        self._timer_diam.stop()
        self.jendela.hide()
        self.jendela.db.close()

        def kerja(k: Konteks) -> Path:
            return scadangan.pulihkan(path, sumber, pengguna=nama, kemajuan=k.lapor,
                                      batal=k.dibatalkan)

        def selesai(hasil, galat) -> None:
            try:
                if isinstance(galat, scadangan.PemulihanDibatalkan):
                    kabar(None, teks_pesan(galat), "info")
                elif galat is not None:
                    kabar(None, teks_pesan(galat), "galat")
                else:
                    self.salinan_sebelum_pulih = hasil
                self.jendela_baru = _buka_ulang(path, self.pengguna)
                if self.jendela_baru is not None:
                    self.jendela_baru.tampilkan()
                    if galat is None:
                        self.jendela_baru.statusBar().showMessage(self.tr(
                            "Basis data dipulihkan dari {0}. Salinan basis data sebelumnya: "
                            "{1}").format(sumber.name, hasil), 30000)
            finally:
                skunci.lepas(kunci)
                self.jendela.close()

        return self._jalankan(self.tr("Memulihkan basis data..."), kerja, selesai)

    # -- other dialogs -----------------------------------------------------------------------
    def ganti_sandi(self) -> None:
        from kalbar_desktop.ui.akun_dialog import GantiSandiDialog

        dialog = GantiSandiDialog(self.db, self.pengguna.nama, self.pengguna, self.jendela)
        dialog.accepted.connect(lambda: self.jendela.statusBar().showMessage(
            self.tr("Kata sandi diganti."), 10000))
        self.dialog_terbuka = dialog
        dialog.open()

    def buka_jejak_audit(self):
        from kalbar_desktop.ui.audit_dialog import AuditLogDialog

        if not boleh(self.pengguna, Aksi.LIHAT_AUDIT):
            return None
        dialog = AuditLogDialog(self.db, self.db_path, self.pengguna, self.jendela)
        self.dialog_terbuka = dialog
        dialog.show()
        return dialog

    def buka_kelola_pengguna(self):
        from kalbar_desktop.ui.pengguna_dialog import KelolaPenggunaDialog

        if not boleh(self.pengguna, Aksi.KELOLA_PENGGUNA):
            return None
        dialog = KelolaPenggunaDialog(self.db, self.pengguna, self.jendela)
        self.dialog_terbuka = dialog
        dialog.open()
        return dialog

    def buka_pengaturan(self):
        from kalbar_desktop.ui.pengguna_dialog import PengaturanDialog

        if not boleh(self.pengguna, Aksi.KELOLA_PENGATURAN):
            return None
        dialog = PengaturanDialog(self.db, self.pengguna, self.jendela)
        dialog.accepted.connect(self._pengaturan_berubah)
        self.dialog_terbuka = dialog
        dialog.open()
        return dialog

    def _pengaturan_berubah(self) -> None:
        self.menit_kunci = spengaturan.baca(self.db, spengaturan.KUNCI_LAYAR_MENIT)
        self.atur_kunci_ms(self.menit_kunci * 60_000)

    def periksa_lengkap(self) -> Tugas:
        """The full health check, off the UI thread; the verdict in a message box."""
        path = self.db_path

        def kerja(k: Konteks) -> speriksa.HasilPeriksa:
            k.lapor(self.tr("Memeriksa basis data (bisa beberapa menit untuk data besar)..."), 0.1)
            return speriksa.periksa_berkas(path)

        def selesai(hasil, galat) -> None:
            self.hasil_periksa_lengkap = hasil
            if galat is not None:
                kabar(self.jendela, teks_pesan(galat), "peringatan")
            elif hasil.sehat:
                kabar(self.jendela, teks_pesan(hasil.ringkasan()))
            else:
                kabar(self.jendela, teks_pesan(hasil.ringkasan()), "galat")

        return self._jalankan(self.tr("Memeriksa basis data..."), kerja, selesai,
                              "periksaDbDialog")


def _adalah_demo(path: Path) -> bool:
    from kalbar_desktop.ui.app import adalah_demo

    return adalah_demo(path)


def _buka_ulang(path: Path, pengguna):
    """A new window on the restored database for the same person (asked to sign in again when
    the restored database has accounts)."""
    from dataclasses import replace

    from kalbar_desktop.ui.app import buka_jendela, buka_sesi
    from kalbar_desktop.ui.main_window import MainWindow

    db = buka_sesi(path)
    if not spengguna.ada_akun_apa_pun(db):
        return MainWindow(db, path, replace(pengguna, baca_saja=db.baca_saja))
    db.close()
    return buka_jendela(path, Pengaturan.muat(), pengguna.nama)


def pasang(jendela: MainWindow) -> None:
    """Install the security parts on the main window (see :mod:`kalbar_desktop.ui.fitur`)."""
    jendela.keamanan = PenjagaKeamanan(jendela)
