"""Data > "Impor P3KE..." (Ctrl+I): pick the P3KE files, see what the import will make of
them (layout per sheet, header mapping, first rows) before anything is written, import off the
UI thread with a progress bar and a working Cancel, read the summary, save the findings report.
Also Data > "Impor referensi wilayah...".

Stable objectNames (tests and automation drive them): ``importDialog``, ``importFileList``,
``importAddFiles``, ``importRemoveFile``, ``importSheetCombo``, ``importSheetInfo``,
``importMappingTable``, ``importPreviewTable``, ``importErrorLabel``, ``importProgress``,
``importStatus``, ``importStartButton``, ``importCancelButton``, ``importReportButton``,
``importSummary``; menu actions ``aksiImporP3KE`` and ``aksiImporWilayah``.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kalbar_desktop.domain.akses import Aksi, boleh
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage.db import BasisData
from kalbar_desktop.ui.bahasa import teks as teks_pesan
from kalbar_desktop.ui.bahasa import teks_angka
from kalbar_desktop.ui.layar import atur_ukuran
from kalbar_desktop.ui.lokal import angka
from kalbar_desktop.ui.tasks import Konteks, Tugas
from kalbar_desktop.ui.tip import pasang_tip

if TYPE_CHECKING:
    from kalbar_desktop.exchange import impor_p3ke
    from kalbar_desktop.ui.main_window import MainWindow

_log = logging.getLogger(__name__)


def _muat_modul_impor() -> None:
    """Load the importer (python-calamine, openpyxl, xlsxwriter for the report) when the dialog
    is first used, not while the window starts (~0.15 s of CPU)."""
    global impor_p3ke, laporan_temuan, rilis_pratinjau, wilayah_csv, huruf_kolom
    from kalbar_desktop.exchange import impor_p3ke, laporan_temuan, rilis_pratinjau, wilayah_csv
    from kalbar_desktop.exchange.reader import huruf_kolom

N_CONTOH = 10


class DialogImpor(QDialog):
    """The import dialog on the database file ``db_path`` (the work opens its own connection).

    ``sebelum_menulis`` is passed to :func:`kalbar_desktop.exchange.impor_p3ke.impor`: the
    backup feature sets it to make a backup before every import.
    """

    pratinjau_siap = Signal()
    """The preview of the current file list is shown."""
    impor_selesai = Signal(object)
    """A :class:`~kalbar_desktop.exchange.impor_p3ke.HasilImpor` (also for 'already imported')."""
    impor_berakhir = Signal()
    """The import ended, whatever the outcome (done, failed, cancelled)."""

    def __init__(self, db_path: str | Path, pengguna: str | None = None,
                 parent: QWidget | None = None):
        _muat_modul_impor()
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Impor P3KE"))
        atur_ukuran(self, 1100, 680)
        self.db_path = Path(db_path)
        self.pengguna = pengguna
        self.sebelum_menulis: Callable[[BasisData], None] | None = None
        self.berkas: list[Path] = []
        self.pratinjau: list[impor_p3ke.PratinjauBerkas] = []
        self.hasil: impor_p3ke.HasilImpor | None = None
        self._tugas: Tugas | None = None
        self._tugas_pratinjau: Tugas | None = None
        self._versi_pratinjau = 0

        # -- files -------------------------------------------------------------------------
        self.daftar_berkas = QListWidget()
        self.daftar_berkas.setObjectName("importFileList")
        self.daftar_berkas.setMaximumHeight(72)
        self.tombol_tambah = QPushButton(self.tr("&Tambah berkas..."))
        self.tombol_tambah.setObjectName("importAddFiles")
        self.tombol_tambah.clicked.connect(self._pilih_berkas)
        self.tombol_tambah.setShortcut(QKeySequence.StandardKey.Open)
        self.tombol_tambah.setToolTip(self.tr("Tambah berkas (Ctrl+O)"))
        self.tombol_hapus = QPushButton(self.tr("&Hapus dari daftar"))
        self.tombol_hapus.setObjectName("importRemoveFile")
        self.tombol_hapus.clicked.connect(self._hapus_terpilih)
        self.tombol_hapus.setShortcut(QKeySequence.StandardKey.Delete)
        self.tombol_hapus.setToolTip(self.tr("Hapus berkas terpilih dari daftar (Delete)"))
        petunjuk = QLabel(self.tr(
            "Pilih berkas Keluarga dan Individu sekaligus (.xlsx atau .csv). Tidak ada yang "
            "ditulis ke basis data sebelum Anda menekan <b>Impor</b>."))
        petunjuk.setWordWrap(True)
        kanan = QVBoxLayout()
        kanan.addWidget(self.tombol_tambah)
        kanan.addWidget(self.tombol_hapus)
        kanan.addStretch(1)
        baris_berkas = QHBoxLayout()
        baris_berkas.addWidget(self.daftar_berkas, 1)
        baris_berkas.addLayout(kanan)
        kotak_berkas = QGroupBox(self.tr("Berkas"))
        tata_berkas = QVBoxLayout(kotak_berkas)
        tata_berkas.addWidget(petunjuk)
        tata_berkas.addLayout(baris_berkas)

        # -- preview -----------------------------------------------------------------------
        self.pilih_lembar = QComboBox()
        self.pilih_lembar.setObjectName("importSheetCombo")
        self.pilih_lembar.currentIndexChanged.connect(self._tampilkan_lembar)
        self.info_lembar = QLabel()
        self.info_lembar.setObjectName("importSheetInfo")
        self.info_lembar.setWordWrap(True)
        self.label_galat = QLabel()
        self.label_galat.setObjectName("importErrorLabel")
        self.label_galat.setWordWrap(True)
        self.label_galat.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label_galat.setStyleSheet("color: #B00020;")
        self.label_galat.hide()

        self.tabel_pemetaan = QTableWidget(0, 3)
        self.tabel_pemetaan.setObjectName("importMappingTable")
        self.tabel_pemetaan.setHorizontalHeaderLabels(
            [self.tr("Kolom"), self.tr("Judul di berkas"), self.tr("Kolom P3KE")])
        self._siapkan_tabel(self.tabel_pemetaan)
        # A long header ("Memiliki Simpanan Uang/Perhiasan/Ternak/Lainnya") wraps onto a
        # second line of its row instead of being cut; what still does not fit (a header with
        # no place to break) loses its middle, so that its start and its end stay readable,
        # and its tooltip holds it whole.
        self.tabel_pemetaan.setWordWrap(True)
        self.tabel_pemetaan.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tabel_pemetaan.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.tabel_pemetaan.verticalHeader().hide()
        # the rows' heights follow the columns' widths (the splitter, the window's size)
        self.tabel_pemetaan.horizontalHeader().sectionResized.connect(
            lambda *_: self.tabel_pemetaan.resizeRowsToContents())
        self.tabel_pemetaan.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.tabel_pemetaan.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.tabel_pemetaan.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.tabel_contoh = QTableWidget(0, 0)
        self.tabel_contoh.setObjectName("importPreviewTable")
        self._siapkan_tabel(self.tabel_contoh)
        self.tabel_contoh.horizontalHeader().setDefaultSectionSize(130)

        kiri = QWidget()
        tata_kiri = QVBoxLayout(kiri)
        tata_kiri.setContentsMargins(0, 0, 0, 0)
        tata_kiri.addWidget(QLabel(self.tr("Pemetaan judul kolom")))
        tata_kiri.addWidget(self.tabel_pemetaan)
        kanan_w = QWidget()
        tata_kanan = QVBoxLayout(kanan_w)
        tata_kanan.setContentsMargins(0, 0, 0, 0)
        tata_kanan.addWidget(QLabel(self.tr("Baris pertama (apa adanya di berkas)")))
        tata_kanan.addWidget(self.tabel_contoh)
        pemisah = QSplitter(Qt.Orientation.Horizontal)
        pemisah.addWidget(kiri)
        pemisah.addWidget(kanan_w)
        pemisah.setSizes([500, 580])  # the mapping is what the operator checks first
        kotak_pratinjau = QGroupBox(self.tr("Pratinjau (belum ada yang ditulis)"))
        tata_pratinjau = QVBoxLayout(kotak_pratinjau)
        baris_lembar = QHBoxLayout()
        label_lembar = QLabel(self.tr("Le&mbar:"))
        label_lembar.setBuddy(self.pilih_lembar)
        baris_lembar.addWidget(label_lembar)
        baris_lembar.addWidget(self.pilih_lembar, 1)
        tata_pratinjau.addLayout(baris_lembar)
        tata_pratinjau.addWidget(self.info_lembar)
        tata_pratinjau.addWidget(self.label_galat)
        tata_pratinjau.addWidget(pemisah, 1)

        # -- progress, summary, buttons ----------------------------------------------------
        self.kemajuan = QProgressBar()
        self.kemajuan.setObjectName("importProgress")
        self.kemajuan.setRange(0, 100)
        self.kemajuan.setValue(0)
        self.status = QLabel(self.tr("Belum ada berkas."))
        self.status.setObjectName("importStatus")
        self.ringkasan = QLabel()
        self.ringkasan.setObjectName("importSummary")
        self.ringkasan.setWordWrap(True)
        self.ringkasan.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ringkasan.setStyleSheet(
            "QLabel { background: #E8F5E9; border: 1px solid #81C784; padding: 6px; }")
        self.ringkasan.hide()

        self.tombol_impor = QPushButton(self.tr("&Impor"))
        self.tombol_impor.setObjectName("importStartButton")
        self.tombol_impor.setEnabled(False)
        self.tombol_impor.setDefault(True)
        self.tombol_impor.clicked.connect(self.mulai_impor)
        self.tombol_laporan = QPushButton(self.tr("Simpan &laporan temuan..."))
        self.tombol_laporan.setObjectName("importReportButton")
        self.tombol_laporan.setEnabled(False)
        self.tombol_laporan.clicked.connect(self._pilih_laporan)
        self.tombol_batal = QPushButton(self.tr("Tutup"))
        self.tombol_batal.setObjectName("importCancelButton")
        self.tombol_batal.clicked.connect(self.reject)
        tombol = QHBoxLayout()
        tombol.addWidget(self.tombol_laporan)
        tombol.addStretch(1)
        tombol.addWidget(self.tombol_impor)
        tombol.addWidget(self.tombol_batal)

        tata = QVBoxLayout(self)
        tata.addWidget(kotak_berkas)
        tata.addWidget(kotak_pratinjau, 1)
        tata.addWidget(self.ringkasan)
        tata.addWidget(self.status)
        tata.addWidget(self.kemajuan)
        tata.addLayout(tombol)

    @staticmethod
    def _siapkan_tabel(tabel: QTableWidget) -> None:
        tabel.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tabel.setAlternatingRowColors(True)
        tabel.verticalHeader().setDefaultSectionSize(22)
        pasang_tip(tabel)  # long headers and values cut with "..." show whole

    # -- files --------------------------------------------------------------------------------
    def _pilih_berkas(self) -> None:
        nama, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Pilih berkas P3KE"), str(self.berkas[-1].parent if self.berkas
                                                     else Path.home()),
            self.tr("Berkas P3KE (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.tsv);;Semua berkas (*)"))
        if nama:
            self.tambah_berkas([Path(n) for n in nama])

    def tambah_berkas(self, berkas: Sequence[str | Path]) -> None:
        """Add files to the list (each once) and preview them."""
        for b in berkas:
            p = Path(b)
            if p not in self.berkas:
                self.berkas.append(p)
                self.daftar_berkas.addItem(p.name)
                self.daftar_berkas.item(self.daftar_berkas.count() - 1).setToolTip(str(p))
        self._perbarui_pratinjau()

    def _hapus_terpilih(self) -> None:
        baris = self.daftar_berkas.currentRow()
        if 0 <= baris < len(self.berkas):
            del self.berkas[baris]
            self.daftar_berkas.takeItem(baris)
            self._perbarui_pratinjau()

    # -- preview ------------------------------------------------------------------------------
    def _perbarui_pratinjau(self) -> None:
        """Read the top of every listed file off the UI thread, then show it."""
        self.tombol_impor.setEnabled(False)
        self.ringkasan.hide()
        self._versi_pratinjau += 1
        versi, berkas, db_path = self._versi_pratinjau, list(self.berkas), self.db_path
        if not berkas:
            self.pratinjau = []
            self._tampilkan_pratinjau()
            return
        self.status.setText(self.tr("Membaca pratinjau..."))
        self.kemajuan.setRange(0, 0)  # busy

        def kerja(_k: Konteks) -> list[impor_p3ke.PratinjauBerkas]:
            hasil = impor_p3ke.pratinjau(berkas, N_CONTOH)
            try:
                with sdb.terbuka(db_path, baca_saja=True) as db:
                    rilis_pratinjau.periksa(db, hasil)
            except sdb.KesalahanPenyimpanan as e:  # the import will say it if it matters
                _log.info("Pratinjau impor: rilis tidak dibandingkan (%s)", type(e).__name__)
            return hasil

        tugas = Tugas(kerja, self,
                      apa=f"Pratinjau impor ({', '.join(b.name for b in berkas)})")
        tugas.selesai.connect(lambda hasil: self._pratinjau_selesai(versi, hasil))
        tugas.gagal.connect(lambda e, _j: self._pratinjau_selesai(versi, [
            impor_p3ke.PratinjauBerkas(b, galat=teks_pesan(e)) for b in berkas]))
        self._tugas_pratinjau = tugas
        tugas.mulai()

    def _pratinjau_selesai(self, versi: int, hasil: list) -> None:
        if versi != self._versi_pratinjau:
            return  # the list changed meanwhile; a newer preview is on its way
        self._tugas_pratinjau = None
        self.kemajuan.setRange(0, 100)
        self.kemajuan.setValue(0)
        self.pratinjau = hasil
        self._tampilkan_pratinjau()
        self.pratinjau_siap.emit()

    def _tampilkan_pratinjau(self) -> None:
        self.pilih_lembar.blockSignals(True)
        self.pilih_lembar.clear()
        for pb in self.pratinjau:
            for i, pl in enumerate(pb.lembar):
                self.pilih_lembar.addItem(
                    f"{pb.berkas.name} / {pl.lembar}  ({self.keterangan_lembar(pl)})", (pb, i))
        self.pilih_lembar.blockSignals(False)
        galat = [pb.galat for pb in self.pratinjau if pb.galat]
        diabaikan = [f"{pb.berkas.name}: {', '.join(pb.diabaikan)}"
                     for pb in self.pratinjau if pb.diabaikan]
        if galat:
            self.label_galat.setText("\n".join(map(teks_pesan, galat)))
            self.label_galat.show()
            _tinggi_pas(self.label_galat)
        else:
            self.label_galat.hide()
        self._tampilkan_lembar()
        ada_lembar = self.pilih_lembar.count() > 0
        self.tombol_impor.setEnabled(ada_lembar and not galat and self._tugas is None)
        if not self.berkas:
            self.status.setText(self.tr("Belum ada berkas."))
        elif galat:
            self.status.setText(self.tr(
                "Perbaiki atau hapus berkas yang bermasalah dari daftar sebelum mengimpor."))
        else:
            teks = self.tr("{0} lembar data P3KE dikenali. Periksa pemetaan, lalu tekan Impor."
                           ).format(angka(self.pilih_lembar.count()))
            if diabaikan:
                teks += " " + self.tr("Lembar lain diabaikan: {0}.").format("; ".join(diabaikan))
            self.status.setText(teks)

    def keterangan_lembar(self, pl: impor_p3ke.PratinjauLembar) -> str:
        """What a sheet was recognised as: kind, layout, header row (in the window's
        language)."""
        jenis = {"keluarga": self.tr("Keluarga"),
                 "individu": self.tr("Individu (anggota keluarga)")}.get(pl.jenis, pl.jenis)
        tata = {"2022": "P3KE 2022", "2023": "P3KE 2023",
                "bnba": self.tr("By-name-by-address (judul kolom di bawah kop)"),
                "lain": self.tr("Kolom P3KE (tata letak lain)")}.get(pl.tata_letak,
                                                                     pl.tata_letak)
        return self.tr("{0}, {1}, judul kolom di baris {2}").format(jenis, tata, pl.baris_header)

    def teks_ringkasan(self, hasil: impor_p3ke.HasilImpor) -> str:
        """The summary of an import (what :meth:`HasilImpor.pesan` says, as the console and
        the audit note do) in the window's language, with the locale's numbers."""
        return teks_angka(hasil.pesan())

    def _tampilkan_lembar(self) -> None:
        data = self.pilih_lembar.currentData()
        self.tabel_pemetaan.setRowCount(0)
        self.tabel_contoh.setRowCount(0)
        self.tabel_contoh.setColumnCount(0)
        if not data:
            self.info_lembar.setText("")
            return
        pb, i = data
        pl: impor_p3ke.PratinjauLembar = pb.lembar[i]
        tak_dikenal = sum(1 for k in pl.kolom if k.field is None)
        teks = self.tr(
            "Terdeteksi: <b>{0}</b>. {1} kolom P3KE dikenali, {2} kolom lain disimpan apa adanya."
        ).format(self.keterangan_lembar(pl), len(pl.kolom) - tak_dikenal, tak_dikenal)
        for p in pl.peringatan:
            teks += "<br><span style='color:#8A5300'>&#9888; " + html.escape(teks_pesan(p)) + \
                "</span>"
        self.info_lembar.setText(teks)
        _tinggi_pas(self.info_lembar)
        miring = QFont()
        miring.setItalic(True)
        abu = QBrush(QColor("#666666"))
        self.tabel_pemetaan.setRowCount(len(pl.kolom))
        for r, k in enumerate(pl.kolom):
            sel = [QTableWidgetItem(k.huruf), QTableWidgetItem(k.header),
                   QTableWidgetItem(k.tujuan if k.field else self.tr("disimpan apa adanya"))]
            sel[1].setToolTip(self.tr("Kolom {0} di berkas: {1}").format(k.huruf, k.header))
            if k.field is None:
                for s in sel:
                    s.setForeground(abu)
                sel[2].setFont(miring)
            for c, s in enumerate(sel):
                self.tabel_pemetaan.setItem(r, c, s)
        lebar = max((len(v) for _, v in pl.contoh), default=0)
        judul = [k.header for k in pl.kolom]
        huruf = {k.huruf: k.header for k in pl.kolom}
        self.tabel_contoh.setColumnCount(max(lebar, len(judul)))
        self.tabel_contoh.setHorizontalHeaderLabels(
            [huruf.get(huruf_kolom(c), huruf_kolom(c))
             for c in range(self.tabel_contoh.columnCount())])
        self.tabel_contoh.setRowCount(len(pl.contoh))
        self.tabel_contoh.setVerticalHeaderLabels([str(n) for n, _ in pl.contoh])
        for r, (_n, nilai) in enumerate(pl.contoh):
            for c, v in enumerate(nilai):
                self.tabel_contoh.setItem(r, c, QTableWidgetItem(v))
        # each column as wide as its header and first values (a long one: cut, tooltip)
        self.tabel_contoh.resizeColumnsToContents()
        for c in range(self.tabel_contoh.columnCount()):
            self.tabel_contoh.setColumnWidth(c, min(self.tabel_contoh.columnWidth(c), 260))

    # -- import -------------------------------------------------------------------------------
    def mulai_impor(self) -> None:
        """Start the import of the listed files off the UI thread."""
        if self._tugas is not None or not self.berkas:
            return
        berkas, path, pengguna = list(self.berkas), self.db_path, self.pengguna
        sebelum = self.sebelum_menulis

        def kerja(k: Konteks) -> impor_p3ke.HasilImpor:
            with sdb.terbuka(path, jaga_berkas=True) as db:
                return impor_p3ke.impor(db, berkas, pengguna=pengguna, kemajuan=k.lapor,
                                        batal=k.dibatalkan, sebelum_menulis=sebelum)

        self.hasil = None
        self.ringkasan.hide()
        self.label_galat.hide()
        self._atur_sibuk(True)
        self.status.setText(self.tr("Mengimpor..."))
        self.kemajuan.setValue(0)
        tugas = Tugas(kerja, self, apa=f"Impor P3KE ({', '.join(b.name for b in berkas)})")
        tugas.kemajuan.connect(self._kemajuan)
        tugas.selesai.connect(self._impor_selesai)
        tugas.gagal.connect(self._impor_gagal)
        self._tugas = tugas
        tugas.mulai()

    def batalkan(self) -> None:
        """Ask a running import to stop; nothing is written."""
        if self._tugas is not None:
            self.status.setText(self.tr("Membatalkan... (tidak ada yang ditulis)"))
            self.tombol_batal.setEnabled(False)
            self._tugas.batalkan()

    @property
    def berjalan(self) -> bool:
        """True while an import runs."""
        return self._tugas is not None

    def _atur_sibuk(self, sibuk: bool) -> None:
        self.tombol_impor.setEnabled(not sibuk and self.pilih_lembar.count() > 0
                                     and self.label_galat.isHidden())
        self.tombol_tambah.setEnabled(not sibuk)
        self.tombol_hapus.setEnabled(not sibuk)
        self.tombol_laporan.setEnabled(not sibuk and self.hasil is not None)
        self.tombol_batal.setEnabled(True)
        self.tombol_batal.setText(self.tr("&Batal") if sibuk else self.tr("Tutup"))

    def _kemajuan(self, pesan: str, fraksi: float) -> None:
        self.status.setText(pesan)
        self.kemajuan.setValue(int(fraksi * 100))

    def _akhiri(self) -> None:
        if self._tugas is not None:
            self._tugas.deleteLater()
        self._tugas = None

    def _impor_selesai(self, hasil: impor_p3ke.HasilImpor) -> None:
        self._akhiri()
        self.hasil = hasil
        self._atur_sibuk(False)
        self.kemajuan.setValue(100)
        teks = self.teks_ringkasan(hasil)
        for tempat, kolom in hasil.kolom_tak_dikenal.items():
            teks += "\n" + self.tr("Kolom tambahan disimpan apa adanya ({0}): {1}").format(
                tempat, ", ".join(kolom))
        if not hasil.sudah_pernah and hasil.jumlah_temuan:
            teks += "\n" + self.tr(
                "Simpan laporan temuan untuk diperbaiki bersama Dukcapil.")
        self.ringkasan.setText(teks)
        self.ringkasan.show()
        self.status.setText(self.tr("Selesai."))
        self.tombol_impor.setEnabled(False)  # the same files again would change nothing
        self.impor_selesai.emit(hasil)
        self.impor_berakhir.emit()

    def _impor_gagal(self, e: object, jejak: str) -> None:
        self._akhiri()
        self._atur_sibuk(False)
        self.kemajuan.setValue(0)
        if isinstance(e, sdb.BasisDataTerputus):
            # The window's "Basis data bermasalah" says the rest and offers Coba lagi.
            self.status.setText(self.tr(
                "Impor dihentikan: berkas basis data tidak bisa dibaca lagi. Tidak ada yang "
                "ditulis."))
            self.label_galat.setText(self.tr(
                "Berkas basis data {0} hilang saat impor berjalan (flashdisk dilepas, atau "
                "foldernya dipindah atau diganti namanya). Impor dihentikan dan dibatalkan "
                "seluruhnya; basis data tidak berubah. Daftar berkas di atas tetap: pasang lagi "
                "flashdisk-nya, pilih Coba lagi, lalu tekan Impor sekali lagi.").format(
                str(self.db_path)))
            self.label_galat.show()
            _tinggi_pas(self.label_galat)
        elif isinstance(e, impor_p3ke.Dibatalkan):
            self.status.setText(self.tr("Impor dibatalkan. Tidak ada yang ditulis."))
        elif isinstance(e, impor_p3ke.KesalahanImpor | sdb.KesalahanPenyimpanan):
            self.status.setText(self.tr("Impor gagal. Basis data tidak berubah."))
            self.label_galat.setText(teks_pesan(e))
            self.label_galat.show()
            _tinggi_pas(self.label_galat)
        else:
            _log.error("Impor gagal karena kesalahan program:\n%s", jejak)
            self.status.setText(self.tr("Impor gagal. Basis data tidak berubah."))
            self.label_galat.setText(self.tr(
                "Terjadi kesalahan program saat impor ({0}). Rinciannya ada di log "
                "(Bantuan > Buka folder log).").format(type(e).__name__))
            self.label_galat.show()
        self.impor_berakhir.emit()

    # -- report -------------------------------------------------------------------------------
    def _pilih_laporan(self) -> None:
        awal = (self.berkas[0].parent if self.berkas else Path.home()) / "laporan_temuan.xlsx"
        nama, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan laporan temuan"), str(awal),
            self.tr("Workbook Excel (*.xlsx)"))
        if nama:
            self.simpan_laporan(Path(nama))

    def simpan_laporan(self, tujuan: Path) -> int | None:
        """Write the findings report to ``tujuan``; returns the number of findings written
        (``None`` when it failed; the reason is shown)."""
        try:
            with sdb.terbuka(self.db_path) as db:
                r = self.hasil.ringkasan if self.hasil else None
                n = laporan_temuan.tulis(
                    db, tujuan, pengguna=self.pengguna,
                    keluarga_tetap=r.id_keluarga_tetap if r else (),
                    kepala_baru=r.kepala_baru if r else (), terjemah=teks_pesan,
                    kolom_berubah=r.kolom_berubah if r else (),
                    rilis_saja=r.keluarga_rilis_saja if r else 0,
                    anggota_berubah=r.anggota_berubah if r else 0,
                    usia_saja=r.anggota_usia_saja if r else 0)
        except (laporan_temuan.KesalahanLaporan, sdb.KesalahanPenyimpanan) as e:
            self.label_galat.setText(teks_pesan(e))
            self.label_galat.show()
            _tinggi_pas(self.label_galat)
            return None
        self.status.setText(self.tr("Laporan temuan ({0} temuan) disimpan: {1}").format(
            angka(n), str(tujuan)))
        return n

    # -- closing ------------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc / Batal: cancel a running import (and stay open to show it); otherwise close."""
        if self._tugas is not None:
            self.batalkan()
            return
        super().reject()

    def closeEvent(self, event) -> None:
        if self._tugas is not None:
            self.batalkan()
            event.ignore()
            return
        super().closeEvent(event)


def _tinggi_pas(label: QLabel) -> None:
    """Keep a wrapped label as tall as its text needs: in a crowded dialog the layout would
    otherwise squeeze it to one line and hide the rest (a warning, an error)."""
    induk = label.parentWidget()
    lebar = max(label.width(), (induk.width() - 40) if induk else 0, 600)
    label.setMinimumHeight(label.heightForWidth(lebar))


# ---------------------------------------------------------------------------------------------
# Region reference
# ---------------------------------------------------------------------------------------------

def impor_wilayah(jendela: MainWindow, path: Path) -> Tugas:
    """Load a region reference CSV off the UI thread; the result is shown in a message box
    (objectName ``pesanImporWilayah``) and the window refreshed."""
    _muat_modul_impor()
    db_path, pengguna = jendela.db_path, jendela.pengguna.nama

    def kerja(_k: Konteks) -> int:
        with sdb.terbuka(db_path, jaga_berkas=True) as db:
            return wilayah_csv.impor(db, path, pengguna=pengguna)

    tugas = Tugas(kerja, jendela, apa=f"Impor referensi wilayah ({path.name})")

    def pesan(ikon: QMessageBox.Icon, teks: str) -> None:
        kotak = QMessageBox(ikon, QCoreApplication.translate("MenuData", "Referensi wilayah"),
                            teks, QMessageBox.StandardButton.Ok, jendela)
        kotak.setObjectName("pesanImporWilayah")
        kotak.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        kotak.open()

    def selesai(n: int) -> None:
        tugas.deleteLater()
        jendela.segarkan()
        pesan(QMessageBox.Icon.Information, QCoreApplication.translate(
            "MenuData", "{0} wilayah dimuat dari {1}. Aturan WILAYAH_TIDAK_DIKENAL kini berlaku "
            "dan temuan sudah dihitung ulang.").format(angka(n), path.name))

    def gagal(e: object, jejak: str) -> None:
        tugas.deleteLater()
        if isinstance(e, sdb.BasisDataTerputus):
            return  # the window's "Basis data bermasalah" says it (nothing was written)
        if not isinstance(e, impor_p3ke.KesalahanImpor):
            _log.error("Impor referensi wilayah gagal:\n%s", jejak)
        pesan(QMessageBox.Icon.Warning, teks_pesan(e))

    tugas.selesai.connect(selesai)
    tugas.gagal.connect(gagal)
    tugas.mulai()
    return tugas


def pasang(jendela: MainWindow) -> None:
    """Data > "Impor P3KE..." (Ctrl+I) and Data > "Impor referensi wilayah..."."""
    aksi = QAction(QCoreApplication.translate("MenuData", "&Impor P3KE..."), jendela)
    aksi.setObjectName("aksiImporP3KE")
    aksi.setShortcut(QKeySequence("Ctrl+I"))
    aksi.setStatusTip(QCoreApplication.translate(
        "MenuData", "Impor berkas P3KE (Keluarga dan Individu) apa adanya"))

    def buka() -> DialogImpor:
        lama = jendela.findChild(DialogImpor, "importDialog")
        if lama is not None and lama.isVisible():
            lama.raise_()
            lama.activateWindow()
            return lama
        dialog = DialogImpor(jendela.db_path, jendela.pengguna.nama, jendela)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.impor_selesai.connect(lambda _h: jendela.segarkan())
        dialog.open()
        return dialog

    aksi.triggered.connect(buka)
    jendela.menu_data.addAction(aksi)
    jendela.buka_impor = buka
    # as the command line: a whole-database action of verifikator and admin (not an operator,
    # not an account limited to some regions, not a read-only session)
    boleh_impor = boleh(jendela.pengguna, Aksi.IMPOR)
    aksi.setEnabled(boleh_impor)

    aksi_w = QAction(QCoreApplication.translate("MenuData", "Impor referensi &wilayah..."), jendela)
    aksi_w.setObjectName("aksiImporWilayah")
    aksi_w.setStatusTip(QCoreApplication.translate(
        "MenuData", "Muat referensi kode wilayah Kemendagri (CSV code,name,parent_code,level)"))

    def pilih_wilayah() -> None:
        nama, _ = QFileDialog.getOpenFileName(
            jendela, QCoreApplication.translate("MenuData", "Pilih referensi wilayah"),
            str(Path.home()),
            QCoreApplication.translate(
                "MenuData", "CSV atau workbook (*.csv *.xlsx *.ods);;Semua berkas (*)"))
        if nama:
            impor_wilayah(jendela, Path(nama))

    aksi_w.triggered.connect(pilih_wilayah)
    jendela.menu_data.addAction(aksi_w)
    aksi_w.setEnabled(boleh_impor)
    if not boleh_impor:
        tip = QCoreApplication.translate(
            "MenuData", "Impor hanya untuk verifikator atau admin dengan wilayah seluruh basis "
            "data")
        aksi.setStatusTip(tip)
        aksi_w.setStatusTip(tip)
