"""The office's output in the window (menu Laporan): the provincial workbook, the re-import of a
corrected workbook, and the printed documents of one desa.

Each dialog runs its work off the UI thread with the one background-task helper
(:mod:`kalbar_desktop.ui.tasks`), with its own database connection, a progress bar and Cancel.
The dialogs are opened with ``open()`` (never a blocking ``exec()``), so tests drive them.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QStandardPaths,
    Qt,
    QUrl,
)
from PySide6.QtGui import QAction, QColor, QDesktopServices, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kalbar_desktop import settings
from kalbar_desktop.domain.akses import (
    Aksi,
    Pengguna,
    bersinggungan,
    boleh,
    lingkup_ekspor,
    wilayah_sendiri,
)
from kalbar_desktop.domain.pesan import Pesan, pesan_dari
from kalbar_desktop.domain.status import FIELD_TANGGAL
from kalbar_desktop.exchange import tujuan as xtujuan
from kalbar_desktop.settings import Pengaturan
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import wilayah as swilayah
from kalbar_desktop.ui import bahasa
from kalbar_desktop.ui.label_kode import nilai_isian
from kalbar_desktop.ui.layar import atur_ukuran
from kalbar_desktop.ui.lokal import angka, tanggal_pendek
from kalbar_desktop.ui.tasks import Konteks, Tugas
from kalbar_desktop.ui.tip import pasang_tip

if TYPE_CHECKING:
    from kalbar_desktop.exchange import dokumen as xdokumen
    from kalbar_desktop.exchange import ekspor as xekspor
    from kalbar_desktop.exchange import impor_koreksi
    from kalbar_desktop.ui.main_window import MainWindow


def _muat_modul_laporan() -> None:
    """Load the exporter, the re-import and the documents (xlsxwriter, openpyxl, PDF) when a
    dialog of this menu is first opened, not while the window starts."""
    global xdokumen, xekspor, impor_koreksi, cetak
    from kalbar_desktop.exchange import dokumen as xdokumen
    from kalbar_desktop.exchange import ekspor as xekspor
    from kalbar_desktop.exchange import impor_koreksi
    from kalbar_desktop.ui import cetak

_MERAH = "color: #a4262c;"
_log = logging.getLogger(__name__)


def _tr(teks: str) -> str:
    """Translate a text of this module's context ``Laporan`` (marked with QT_TRANSLATE_NOOP
    where it is written, so that lupdate finds it)."""
    return QCoreApplication.translate("Laporan", teks)


def _folder_dokumen() -> Path:
    """The folder of the last export or document, else the user's Documents folder."""
    terakhir = Pengaturan.muat().folder_ekspor
    if terakhir and Path(terakhir).is_dir():
        return Path(terakhir)
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def _ingat(folder: Path | None = None, kantor: str | None = None) -> None:
    """Remember the folder and the office name for the next time (user settings)."""
    pengaturan = Pengaturan.muat()
    if folder is not None:
        pengaturan.folder_ekspor = str(folder)
    if kantor is not None:
        pengaturan.nama_kantor = kantor
    pengaturan.simpan()


def _daftar_wilayah(db: sdb.BasisData, pengguna: Pengguna,
                    tingkat: Sequence[str] = ("kecamatan", "desa_kelurahan")
                    ) -> list[tuple[str, str, bool]]:
    """(label, code, may be chosen) of the regions holding families that the user works in: a
    kabupaten/kota, each kecamatan and its desa indented below. Who may choose which is the
    export's one rule (:func:`kalbar_desktop.domain.akses.lingkup_ekspor`, the console's too):
    a kabupaten/kota is listed only where the user's regions hold the whole of it; a kecamatan
    of which the user has only some desa is listed as a heading that cannot be chosen."""
    hasil = []
    for s in swilayah.pohon(db):
        if s.tingkat not in tingkat or not bersinggungan(pengguna, s.kode):
            continue
        dapat = lingkup_ekspor(pengguna, s.kode) is not None
        if s.tingkat == "kabupaten_kota":
            # the province's workbook is one per kabupaten/kota: a verifikator of the whole
            # kabupaten makes it here; an operator of one kecamatan is not offered it
            if not dapat:
                continue
            label = (f"{s.nama} ({s.kode})" if s.nama != s.kode else _tr(QT_TRANSLATE_NOOP(
                "Laporan", "Kabupaten/Kota {0}")).format(s.kode))
        elif s.tingkat == "kecamatan":
            label = (_tr(QT_TRANSLATE_NOOP("Laporan", "Kecamatan {0} ({1})")).format(
                s.nama, s.kode) if s.nama != s.kode
                else _tr(QT_TRANSLATE_NOOP("Laporan", "Kecamatan {0}")).format(s.kode))
        else:
            kelurahan = s.kode[6:7] == "1"
            if s.nama != s.kode:
                nama = _tr(QT_TRANSLATE_NOOP("Laporan", "Kelurahan {0}") if kelurahan
                           else QT_TRANSLATE_NOOP("Laporan", "Desa {0}")).format(s.nama)
            else:
                nama = _tr(QT_TRANSLATE_NOOP("Laporan", "Kelurahan") if kelurahan
                           else QT_TRANSLATE_NOOP("Laporan", "Desa"))
            label = (f"    {nama} ({s.kode})" if "kecamatan" in tingkat
                     else f"{nama} ({s.kode})")
        hasil.append((label, s.kode, dapat))
    return hasil


def _isi_wilayah(pilihan: QComboBox, jendela: MainWindow) -> None:
    """Fill ``pilihan`` with the scopes the export offers (the export's one rule,
    :func:`kalbar_desktop.domain.akses.lingkup_ekspor`): first everything the user sees (the
    whole database, or all the regions of an account with several), then each kabupaten/kota,
    kecamatan and desa; a kecamatan only partly within the user's regions is a greyed heading.
    The item data is the region code (``None``: everything)."""
    pengguna = jendela.pengguna
    sendiri = wilayah_sendiri(pengguna)
    if not sendiri:
        pilihan.addItem(_tr(QT_TRANSLATE_NOOP("Laporan", "Seluruh basis data")), None)
    elif len(sendiri) > 1:  # one file of all of them (one region: listed below)
        semua = _tr(QT_TRANSLATE_NOOP("Laporan", "Seluruh wilayah saya"))
        pilihan.addItem(f"{semua} ({', '.join(sendiri)})", None)
    for label, kode, dapat in _daftar_wilayah(
            jendela.db, pengguna, ("kabupaten_kota", "kecamatan", "desa_kelurahan")):
        pilihan.addItem(label, kode)
        if not dapat:
            item = pilihan.model().item(pilihan.count() - 1)
            item.setEnabled(False)
            item.setToolTip(_tr(QT_TRANSLATE_NOOP(
                "Laporan", "Hanya sebagian kecamatan ini yang termasuk wilayah kerja Anda; "
                "pilih desanya.")))


class _TabelDaftar(QAbstractTableModel):
    """A read-only table over a list of row tuples."""

    def __init__(self, kepala: Sequence[str], parent=None):
        super().__init__(parent)
        self.kepala = list(kepala)
        self.baris: list[tuple] = []
        self.tip: list[dict[int, str]] = []

    def isi(self, baris: Sequence[tuple], tip: Sequence[dict[int, str]] | None = None) -> None:
        """Show ``baris``; ``tip`` (one dict a row, column -> text) gives a cell a tooltip
        other than its text."""
        self.beginResetModel()
        self.baris = list(baris)
        self.tip = list(tip) if tip is not None else []
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.baris)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.kepala)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.row() < len(self.tip) \
                and index.column() in self.tip[index.row()]:
            return self.tip[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            v = self.baris[index.row()][index.column()]
            return "" if v is None else str(v)
        return None

    def headerData(self, bagian, orientasi, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientasi == Qt.Orientation.Horizontal:
            return self.kepala[bagian]
        return None


def _tabel(nama: str, model: QAbstractTableModel) -> QTableView:
    t = QTableView()
    t.setObjectName(nama)
    t.setModel(model)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setAlternatingRowColors(True)
    t.verticalHeader().hide()
    t.verticalHeader().setDefaultSectionSize(22)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    t.horizontalHeader().setStretchLastSection(True)
    pasang_tip(t)
    return t


class _DialogTugas(QDialog):
    """A dialog that runs one background task at a time, with a progress bar and Cancel
    (Esc cancels the running task instead of closing the dialog)."""

    def __init__(self, jendela: MainWindow, nama: str, judul: str):
        _muat_modul_laporan()
        super().__init__(jendela)
        self.jendela = jendela
        self.setObjectName(nama)
        self.setWindowTitle(judul)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.tugas: Tugas | None = None
        self.saat_kemajuan: Callable[[str, float], None] | None = None
        """Called on the worker thread with each progress report of the work, before the
        dialog shows it (automation and tests: a USB stick pulled at a known moment)."""
        self.kemajuan = QProgressBar()
        self.kemajuan.setRange(0, 1000)
        self.kemajuan.setValue(0)
        self.kemajuan.setTextVisible(False)
        self.kemajuan.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tombol_batal = QPushButton(self.tr("Tutup"))
        self.tombol_batal.clicked.connect(self.reject)

    def _pilih_berkas_simpan(self, isian: QLineEdit, judul: str, saring: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, judul, isian.text(), saring)
        if path:
            isian.setText(path)

    def _pilih_berkas_buka(self, isian: QLineEdit, judul: str, saring: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, judul, isian.text() or str(_folder_dokumen()),
                                              saring)
        if path:
            isian.setText(path)

    def berjalan(self) -> bool:
        return self.tugas is not None and self.tugas.berjalan

    def jalankan(self, kerja: Callable[[Konteks], Any], selesai: Callable[[Any], None],
                 pesan: str) -> None:
        """Start ``kerja`` off the UI thread; ``selesai`` gets its result on the UI thread."""
        self.set_sibuk(True)
        self.tampil_status(pesan)
        self.kemajuan.setValue(0)
        self.kemajuan.show()
        pengamat = self.saat_kemajuan
        if pengamat is not None:
            kerja_asli = kerja

            def kerja(k: Konteks) -> Any:
                lapor = k.lapor

                def lapor_diamati(pesan: str, fraksi: float) -> None:
                    pengamat(pesan, fraksi)
                    lapor(pesan, fraksi)

                k.lapor = lapor_diamati  # type: ignore[method-assign]
                return kerja_asli(k)
        tugas = Tugas(kerja, self)
        tugas.kemajuan.connect(self._maju)
        tugas.selesai.connect(lambda hasil: self._akhir(tugas, selesai, hasil))
        tugas.gagal.connect(lambda e, _jejak: self._gagal(tugas, e))
        self.tugas = tugas
        tugas.mulai()

    def _maju(self, pesan: str, fraksi: float) -> None:
        self.kemajuan.setValue(int(max(0.0, min(1.0, fraksi)) * 1000))
        self.status.setStyleSheet("")
        self.status.setText(pesan)

    def _akhir(self, tugas: Tugas, selesai: Callable[[Any], None], hasil: Any) -> None:
        self.kemajuan.hide()
        self.set_sibuk(False)
        tugas.deleteLater()
        if self.tugas is tugas:
            self.tugas = None
        selesai(hasil)

    def _gagal(self, tugas: Tugas, e: object) -> None:
        self.kemajuan.hide()
        self.set_sibuk(False)
        tugas.deleteLater()
        if self.tugas is tugas:
            self.tugas = None
        if isinstance(e, xekspor.Dibatalkan | impor_koreksi.Dibatalkan | cetak.Dibatalkan):
            self.tampil_status(self.tr("Dibatalkan. Tidak ada berkas atau data yang berubah."))
        elif isinstance(e, sdb.BasisDataTerputus):
            # The window's "Basis data bermasalah" says the rest and offers Coba lagi.
            self.tampil_status(self.tr(
                "Dihentikan: berkas basis data {0} tidak bisa dibaca lagi (flashdisk dilepas, "
                "atau foldernya dipindah). Tidak ada berkas yang ditulis dan basis data tidak "
                "berubah. Pasang lagi flashdisk-nya, pilih Coba lagi, lalu ulangi; isian di "
                "sini tetap.").format(str(self.jendela.db_path)), galat=True)
        else:
            self.tampil_status(bahasa.teks(e), galat=True)

    def tampil_status(self, teks: str, galat: bool = False) -> None:
        self.status.setStyleSheet(_MERAH if galat else "")
        self.status.setText(teks)

    def set_sibuk(self, sibuk: bool) -> None:
        self.tombol_batal.setText(self.tr("Batal") if sibuk else self.tr("Tutup"))

    def reject(self) -> None:
        if self.berjalan():
            self.tugas.batalkan()
            self.tampil_status(self.tr("Membatalkan..."))
            return
        super().reject()


# ---------------------------------------------------------------------------------------------
# The provincial workbook.
# ---------------------------------------------------------------------------------------------
class DialogEkspor(_DialogTugas):
    """Laporan > Ekspor workbook provinsi (objectName ``exportDialog``)."""

    def __init__(self, jendela: MainWindow):
        super().__init__(jendela, "exportDialog", self.tr("Ekspor workbook provinsi"))
        pengguna = jendela.pengguna
        atur_ukuran(self, 620, 560)
        tata = QVBoxLayout(self)

        kotak_wilayah = QGroupBox(self.tr("Wilayah dan saringan"))
        f = QFormLayout(kotak_wilayah)
        self.wilayah = QComboBox()
        self.wilayah.setObjectName("exportWilayah")
        _isi_wilayah(self.wilayah, jendela)
        self.wilayah.setCurrentIndex(next(
            (i for i in range(self.wilayah.count())
             if self.wilayah.model().item(i).isEnabled()), 0))
        f.addRow(self.tr("&Wilayah:"), self.wilayah)
        self.hanya_disetujui = QCheckBox(self.tr("Hanya keluarga yang sudah &disetujui"))
        self.hanya_disetujui.setObjectName("exportHanyaDisetujui")
        f.addRow("", self.hanya_disetujui)
        self.kantor = QLineEdit(Pengaturan.muat().nama_kantor)
        self.kantor.setObjectName("exportKantor")
        self.kantor.setPlaceholderText(self.tr("Dinas Sosial (nama kabupaten/kota)"))
        f.addRow(self.tr("Nama &kantor:"), self.kantor)
        tata.addWidget(kotak_wilayah)

        kotak_isi = QGroupBox(self.tr("Isi workbook"))
        v = QVBoxLayout(kotak_isi)
        self.rekap_saja = QRadioButton(self.tr(
            "&Rekap saja, tanpa nama dan NIK (untuk dibagikan)"))
        self.rekap_saja.setObjectName("exportRekapSaja")
        self.dengan_nama = QRadioButton(self.tr(
            "Rekap dengan daftar &nama (Data Keluarga dan Data Anggota)"))
        self.dengan_nama.setObjectName("exportDenganNama")
        kelompok = QButtonGroup(self)
        kelompok.addButton(self.rekap_saja)
        kelompok.addButton(self.dengan_nama)
        self.rekap_saja.setChecked(True)
        v.addWidget(self.rekap_saja)
        v.addWidget(self.dengan_nama)
        self.boleh_nama = boleh(pengguna, Aksi.EKSPOR_NAMA)
        if not self.boleh_nama:
            self.dengan_nama.setEnabled(False)
            self.dengan_nama.setToolTip(self.tr(
                "Hanya verifikator yang boleh mengekspor daftar nama."))
        f2 = QFormLayout()
        self.nik_penuh = QCheckBox(self.tr("NIK dan No KK &lengkap (bawaan: disamarkan)"))
        self.nik_penuh.setObjectName("exportNikPenuh")
        self.boleh_nik = boleh(pengguna, Aksi.LIHAT_NIK_PENUH)
        f2.addRow("", self.nik_penuh)
        self.alasan = QLineEdit()
        self.alasan.setObjectName("exportAlasan")
        self.alasan.setPlaceholderText(self.tr("mis. permintaan Dinas Sosial Provinsi untuk SK"))
        f2.addRow(self.tr("&Alasan ekspor nama:"), self.alasan)
        self.sandi = QLineEdit()
        self.sandi.setObjectName("exportSandi")
        self.sandi.setEchoMode(QLineEdit.EchoMode.Password)
        self.sandi.setPlaceholderText(self.tr("kosongkan bila tanpa kata sandi"))
        f2.addRow(self.tr("Kata sandi &berkas:"), self.sandi)
        self.sandi_ulang = QLineEdit()
        self.sandi_ulang.setObjectName("exportSandiUlang")
        self.sandi_ulang.setEchoMode(QLineEdit.EchoMode.Password)
        f2.addRow(self.tr("&Ulangi kata sandi:"), self.sandi_ulang)
        v.addLayout(f2)
        catatan = QLabel(self.tr(
            "Setiap ekspor daftar nama dicatat di jejak audit beserta alasannya. Beri kata "
            "sandi pada workbook berisi nama dan NIK, dan kirim kata sandinya lewat jalur lain."))
        catatan.setWordWrap(True)
        catatan.setStyleSheet("color: #555555;")
        v.addWidget(catatan)
        tata.addWidget(kotak_isi)

        baris = QHBoxLayout()
        self.tujuan = QLineEdit()
        self.tujuan.setObjectName("exportTujuan")
        tanggal = dt.date.today().strftime("%Y%m%d")
        self.tujuan.setText(str(_folder_dokumen() / f"Workbook_P3KE_{tanggal}.xlsx"))
        pilih = QPushButton(self.tr("&Pilih..."))
        pilih.setObjectName("exportPilihBerkas")
        pilih.clicked.connect(lambda: self._pilih_berkas_simpan(
            self.tujuan, self.tr("Simpan workbook provinsi"), self.tr("Workbook Excel (*.xlsx)")))
        baris.addWidget(QLabel(self.tr("&Simpan ke:")))
        baris.itemAt(0).widget().setBuddy(self.tujuan)
        baris.addWidget(self.tujuan, 1)
        baris.addWidget(pilih)
        tata.addLayout(baris)

        self.kemajuan.setObjectName("exportProgress")
        self.status.setObjectName("exportStatus")
        tata.addWidget(self.kemajuan)
        tata.addWidget(self.status)
        tata.addStretch(1)
        tombol = QHBoxLayout()
        self.buka_folder = QPushButton(self.tr("Buka &folder"))
        self.buka_folder.setObjectName("exportBukaFolder")
        self.buka_folder.setEnabled(False)
        self.buka_folder.clicked.connect(self._buka_folder)
        self.mulai = QPushButton(self.tr("&Ekspor"))
        self.mulai.setObjectName("exportMulai")
        self.mulai.setDefault(True)
        self.mulai.clicked.connect(self.ekspor)
        self.tombol_batal.setObjectName("exportBatal")
        tombol.addWidget(self.buka_folder)
        tombol.addStretch(1)
        tombol.addWidget(self.mulai)
        tombol.addWidget(self.tombol_batal)
        tata.addLayout(tombol)

        self.dengan_nama.toggled.connect(self._perbarui)
        self._perbarui()
        self.hasil: xekspor.HasilEkspor | None = None

    def _perbarui(self) -> None:
        nama = self.dengan_nama.isChecked()
        self.nik_penuh.setEnabled(nama and self.boleh_nik)
        if not nama:
            self.nik_penuh.setChecked(False)
        self.alasan.setEnabled(nama)

    def opsi(self) -> xekspor.OpsiEkspor:
        """The options as the dialog shows them."""
        nama = self.dengan_nama.isChecked()
        return xekspor.OpsiEkspor(
            Path(self.tujuan.text().strip()), kode_wilayah=self.wilayah.currentData(),
            hanya_disetujui=self.hanya_disetujui.isChecked(), dengan_nama=nama,
            nik_penuh=nama and self.nik_penuh.isChecked(),
            alasan=self.alasan.text().strip() or None if nama else None,
            kata_sandi=self.sandi.text() or None, kantor=self.kantor.text().strip() or None)

    def ekspor(self) -> None:
        if self.berjalan():
            return
        if self.sandi.text() != self.sandi_ulang.text():
            self.tampil_status(self.tr("Kata sandi dan ulangannya tidak sama."), galat=True)
            self.sandi_ulang.setFocus()
            return
        if not self.tujuan.text().strip():
            self.tampil_status(self.tr("Pilih berkas tujuan."), galat=True)
            return
        opsi = self.opsi()
        db_path, pengguna = self.jendela.db_path, self.jendela.pengguna

        def kerja(k: Konteks) -> xekspor.HasilEkspor:
            with sdb.terbuka(db_path, jaga_berkas=True) as db:
                return xekspor.ekspor(db, opsi, pengguna, kemajuan=k.lapor,
                                      dibatalkan=k.dibatalkan)

        self.buka_folder.setEnabled(False)
        self.jalankan(kerja, self._selesai, self.tr("Menyiapkan ekspor..."))

    def set_sibuk(self, sibuk: bool) -> None:
        super().set_sibuk(sibuk)
        self.mulai.setEnabled(not sibuk)

    def teks_hasil(self, hasil: xekspor.HasilEkspor) -> str:
        """What was written (the sheet names are the workbook's own)."""
        isi = ", ".join(self.tr("{0} {1} baris").format(nama, angka(n))
                        for nama, n in hasil.jumlah_baris.items())
        if hasil.terenkripsi:
            return self.tr("Workbook ditulis ke {0} (terenkripsi dengan kata sandi): {1}."
                           ).format(str(hasil.berkas), isi)
        return self.tr("Workbook ditulis ke {0}: {1}.").format(str(hasil.berkas), isi)

    def _selesai(self, hasil: xekspor.HasilEkspor) -> None:
        self.hasil = hasil
        self.tampil_status(self.teks_hasil(hasil))
        self.buka_folder.setEnabled(True)
        _ingat(hasil.berkas.parent, self.kantor.text().strip())

    def _buka_folder(self) -> None:
        if self.hasil:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.hasil.berkas.parent)))


# ---------------------------------------------------------------------------------------------
# Re-import of a corrected workbook.
# ---------------------------------------------------------------------------------------------
def _nilai(u: impor_koreksi.Perubahan, nilai: str | None) -> str:
    """A value of the re-import preview as the rest of the application shows it (dates as
    ``22-11-2026``, like the form and the tables; a code's label in the window's language)."""
    if nilai and u.field in FIELD_TANGGAL and tanggal_pendek(nilai) != nilai:
        return tanggal_pendek(nilai)
    teks = u.teks(nilai)
    if teks == nilai:  # not a status code: a code-list value (a new member's) is translated
        return nilai_isian(u.field, nilai)
    return bahasa.teks(teks)


def _tempat(baris: int | None, anggota: object) -> str:
    """Row label in the preview: ``12`` for Data Keluarga, ``A 12`` for Data Anggota."""
    if baris is None:
        return ""
    return f"A {baris}" if anggota else str(baris)


JENIS_MASALAH: dict[str, str] = {
    "ID_KOSONG": QT_TRANSLATE_NOOP("MasalahImporUlang", "ID Keluarga kosong"),
    "ID_GANDA": QT_TRANSLATE_NOOP("MasalahImporUlang", "ID muncul lebih dari sekali"),
    "ID_TIDAK_ADA": QT_TRANSLATE_NOOP("MasalahImporUlang", "ID tidak ada di basis data"),
    "NILAI_TIDAK_SAH": QT_TRANSLATE_NOOP("MasalahImporUlang", "Nilai tidak sah"),
    "TIDAK_LEWAT_IMPOR": QT_TRANSLATE_NOOP("MasalahImporUlang",
                                           "Tidak bisa diubah lewat impor ulang"),
    "TIDAK_BERWENANG": QT_TRANSLATE_NOOP("MasalahImporUlang", "Tidak berwenang"),
    "TERKUNCI": QT_TRANSLATE_NOOP("MasalahImporUlang",
                                  "Keluarga sudah diajukan atau disetujui"),
    "ISIAN_TIDAK_LENGKAP": QT_TRANSLATE_NOOP("MasalahImporUlang",
                                             "Isian verifikasi tidak lengkap atau tidak cocok"),
    "DIUBAH_DI_APLIKASI": QT_TRANSLATE_NOOP("MasalahImporUlang",
                                            "Diubah di aplikasi setelah workbook diekspor"),
    "KONFLIK_WORKBOOK": QT_TRANSLATE_NOOP(
        "MasalahImporUlang", "Diisi dari workbook lain setelah workbook ini diekspor"),
    "ANGGOTA_BERMASALAH": QT_TRANSLATE_NOOP("MasalahImporUlang", "Anggota bermasalah"),
    "ANGGOTA_LAIN": QT_TRANSLATE_NOOP("MasalahImporUlang",
                                      "ID Individu milik orang lain di basis data ini"),
    "KELUARGA_LAIN": QT_TRANSLATE_NOOP("MasalahImporUlang",
                                       "ID Keluarga milik keluarga lain di basis data ini"),
    "KELUARGA_BERMASALAH": QT_TRANSLATE_NOOP("MasalahImporUlang", "Keluarganya bermasalah"),
    "GAGAL_SIMPAN": QT_TRANSLATE_NOOP("MasalahImporUlang", "Tidak tersimpan"),
    "RUMUS_TANPA_NILAI": QT_TRANSLATE_NOOP("MasalahImporUlang", "Rumus tanpa nilai tersimpan"),
    "CATATAN_DITAHAN": QT_TRANSLATE_NOOP("MasalahImporUlang",
                                         "Catatan tidak diterapkan (nomor tersamar)"),
    "RT_RW_TIDAK_DITERAPKAN": QT_TRANSLATE_NOOP("MasalahImporUlang",
                                                "RT/RW tidak diterapkan (alamat)"),
    "BARIS_DIHAPUS": QT_TRANSLATE_NOOP("MasalahImporUlang", "Baris dihapus dari workbook"),
}
"""Mirror of :data:`kalbar_desktop.exchange.impor_koreksi.JENIS_MASALAH` (translated)."""


def _baris_masalah(daftar: Sequence[impor_koreksi.MasalahBaris]
                   ) -> tuple[list[tuple], list[dict[int, str]]]:
    """The rows of the problems table and their tooltips. In Indonesian a problem is its
    message; in another language the kind of problem, translated, with the message in the
    tooltip (translated too: ``bahasa.teks``; a message still written only in Indonesian says
    so)."""
    indonesia = bahasa.bahasa_aktif() == bahasa.BAWAAN
    baris, tip = [], []
    for m in daftar:
        if indonesia or m.jenis not in JENIS_MASALAH:
            teks, tip_ = bahasa.teks(m.pesan), {}
        else:
            teks = QCoreApplication.translate("MasalahImporUlang", JENIS_MASALAH[m.jenis])
            pesan = bahasa.teks(m.pesan)
            if not isinstance(m.pesan, Pesan):
                pesan = QCoreApplication.translate(
                    "MasalahImporUlang", "Pesan (bahasa Indonesia): {0}").format(pesan)
            tip_ = {3: teks + "\n" + pesan}
        baris.append((_tempat(m.baris, m.lembar != xekspor.LEMBAR_KELUARGA), m.id_keluarga,
                      bahasa.teks(m.kolom), teks))
        tip.append(tip_)
    return baris, tip


class DialogImporKoreksi(_DialogTugas):
    """Laporan > Impor ulang workbook hasil koreksi (objectName ``reimportDialog``)."""

    def __init__(self, jendela: MainWindow):
        super().__init__(jendela, "reimportDialog", self.tr("Impor ulang workbook hasil koreksi"))
        atur_ukuran(self, 900, 640)
        tata = QVBoxLayout(self)
        penjelasan = QLabel(self.tr(
            "Pilih workbook provinsi yang sudah dikoreksi. Hanya kolom verifikasi yang dibaca: "
            "di lembar Data Keluarga Status verifikasi, Kelayakan, Alasan, tanggal, verifikator, "
            "catatan dan musdes; di lembar Data Anggota Status anggota, NIK perbaikan dan "
            "catatan (baris 'A 12' = lembar Data Anggota), dan baris 'Anggota baru' yang belum "
            "ada di sini (ditambahkan dengan ID baru). Periksa pratinjau, lalu terapkan."))
        penjelasan.setWordWrap(True)
        tata.addWidget(penjelasan)
        f = QFormLayout()
        baris = QHBoxLayout()
        self.berkas = QLineEdit()
        self.berkas.setObjectName("reimportBerkas")
        pilih = QPushButton(self.tr("&Pilih..."))
        pilih.setObjectName("reimportPilihBerkas")
        pilih.clicked.connect(lambda: self._pilih_berkas_buka(
            self.berkas, self.tr("Pilih workbook hasil koreksi"),
            self.tr("Workbook Excel (*.xlsx)")))
        baris.addWidget(self.berkas, 1)
        baris.addWidget(pilih)
        label = QLabel(self.tr("&Workbook:"))
        label.setBuddy(self.berkas)
        f.addRow(label, baris)
        self.sandi = QLineEdit()
        self.sandi.setObjectName("reimportSandi")
        self.sandi.setEchoMode(QLineEdit.EchoMode.Password)
        self.sandi.setPlaceholderText(self.tr("bila workbook diberi kata sandi"))
        f.addRow(self.tr("&Kata sandi:"), self.sandi)
        tata.addLayout(f)
        self.baca_tombol = QPushButton(self.tr("&Baca dan bandingkan"))
        self.baca_tombol.setObjectName("reimportBaca")
        self.baca_tombol.setDefault(True)
        self.baca_tombol.clicked.connect(self.baca)
        tata.addWidget(self.baca_tombol, 0, Qt.AlignmentFlag.AlignLeft)

        self.ringkasan = QLabel()
        self.ringkasan.setObjectName("reimportRingkasan")
        self.ringkasan.setWordWrap(True)
        tata.addWidget(self.ringkasan)
        self.model_ubah = _TabelDaftar([self.tr("Baris"), self.tr("ID Keluarga"),
                                        self.tr("Kepala keluarga"), self.tr("Kolom"),
                                        self.tr("Lama"), self.tr("Baru")], self)
        self.tabel_ubah = _tabel("reimportPreview", self.model_ubah)
        for c, w in enumerate((60, 130, 180, 150, 140)):
            self.tabel_ubah.setColumnWidth(c, w)
        self.judul_ubah = QLabel(self.tr("Perubahan yang akan diterapkan:"))
        tata.addWidget(self.judul_ubah)
        tata.addWidget(self.tabel_ubah, 3)
        self.model_masalah = _TabelDaftar([self.tr("Baris"), self.tr("ID Keluarga"),
                                           self.tr("Kolom"), self.tr("Masalah")], self)
        self.tabel_masalah = _tabel("reimportProblems", self.model_masalah)
        for c, w in enumerate((60, 130, 200)):
            self.tabel_masalah.setColumnWidth(c, w)
        self.judul_konflik = QLabel(self.tr(
            "Konflik: diubah di basis data ini dan di workbook dengan nilai berbeda. Pilih "
            "baris (Ctrl+A: semua), lalu tekan tombol nilai yang dipakai, atau klik ganda nilai "
            "yang benar. Keluarga diterapkan setelah semua isiannya dipilih."))
        self.judul_konflik.setWordWrap(True)
        tata.addWidget(self.judul_konflik)
        self.model_konflik = _TabelDaftar([self.tr("Baris"), self.tr("ID Keluarga"),
                                           self.tr("Kepala keluarga"), self.tr("Kolom"),
                                           self.tr("Nilai basis data"),
                                           self.tr("Nilai workbook"), self.tr("Dipakai")], self)
        self.tabel_konflik = _tabel("reimportConflicts", self.model_konflik)
        for c, w in enumerate((45, 95, 110, 110, 140, 140)):
            self.tabel_konflik.setColumnWidth(c, w)
        self.tabel_konflik.doubleClicked.connect(self._klik_ganda_konflik)
        tata.addWidget(self.tabel_konflik, 3)
        pilih = QHBoxLayout()
        self.pakai_basis = QPushButton(self.tr("Pakai nilai b&asis data"))
        self.pakai_basis.setObjectName("reimportPakaiBasis")
        self.pakai_basis.clicked.connect(lambda: self.pilih_konflik(impor_koreksi.PAKAI_BASIS))
        self.pakai_workbook = QPushButton(self.tr("Pakai nilai w&orkbook"))
        self.pakai_workbook.setObjectName("reimportPakaiWorkbook")
        self.pakai_workbook.clicked.connect(
            lambda: self.pilih_konflik(impor_koreksi.PAKAI_WORKBOOK))
        pilih.addWidget(self.pakai_basis)
        pilih.addWidget(self.pakai_workbook)
        pilih.addStretch(1)
        tata.addLayout(pilih)
        self._bagian_konflik = (self.judul_konflik, self.tabel_konflik, self.pakai_basis,
                                self.pakai_workbook)
        for w in self._bagian_konflik:
            w.setVisible(False)
        self.judul_masalah = QLabel(self.tr("Baris atau isian yang tidak diterapkan:"))
        self.judul_masalah.setWordWrap(True)
        tata.addWidget(self.judul_masalah)
        tata.addWidget(self.tabel_masalah, 2)
        # the list goes to whoever edited the workbook: as a workbook, or on paper
        baris_masalah = QHBoxLayout()
        self.simpan_masalah_tombol = QPushButton(self.tr("Simpan daftar &masalah..."))
        self.simpan_masalah_tombol.setObjectName("koreksiSimpanMasalah")
        self.simpan_masalah_tombol.setToolTip(self.tr(
            "Simpan daftar ini, dengan konflik dan nilai yang dipilih, sebagai workbook Excel "
            "untuk yang mengoreksi workbook (Ctrl+S). NIK disamarkan."))
        self.simpan_masalah_tombol.clicked.connect(lambda: self.simpan_masalah())
        self.cetak_masalah_tombol = QPushButton(self.tr("C&etak daftar masalah..."))
        self.cetak_masalah_tombol.setObjectName("koreksiCetakMasalah")
        self.cetak_masalah_tombol.setToolTip(self.tr(
            "Buat PDF daftar ini, dengan konflik dan nilai yang dipilih, untuk dicetak, dengan "
            "kepala halaman dan nomor baris (Ctrl+P). NIK disamarkan."))
        self.cetak_masalah_tombol.clicked.connect(lambda: self.cetak_masalah())
        self.buka_pdf_masalah = QPushButton(self.tr("B&uka PDF"))
        self.buka_pdf_masalah.setObjectName("koreksiBukaPdfMasalah")
        self.buka_pdf_masalah.setEnabled(False)
        self.buka_pdf_masalah.clicked.connect(self._buka_pdf_masalah)
        for w in (self.simpan_masalah_tombol, self.cetak_masalah_tombol, self.buka_pdf_masalah):
            baris_masalah.addWidget(w)
        baris_masalah.addStretch(1)
        tata.addLayout(baris_masalah)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self,
                  activated=lambda: self.simpan_masalah())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self,
                  activated=lambda: self.cetak_masalah())
        self._daftar_masalah = None
        """The problems listed (``exchange.daftar_masalah_koreksi.DaftarMasalah``), or None."""
        self._sumber_masalah: tuple = (None, None, [], None)
        """What :attr:`_daftar_masalah` is made of: workbook, SHA-256, problems, preview."""
        self._pdf_masalah: Path | None = None
        self._tombol_masalah()

        self.kemajuan.setObjectName("reimportProgress")
        self.status.setObjectName("reimportStatus")
        tata.addWidget(self.kemajuan)
        tata.addWidget(self.status)
        tombol = QHBoxLayout()
        self.terapkan_tombol = QPushButton(self.tr("&Terapkan perubahan"))
        self.terapkan_tombol.setObjectName("reimportTerapkan")
        self.terapkan_tombol.setEnabled(False)
        self.terapkan_tombol.clicked.connect(self.terapkan)
        self.tombol_batal.setObjectName("reimportBatal")
        tombol.addStretch(1)
        tombol.addWidget(self.terapkan_tombol)
        tombol.addWidget(self.tombol_batal)
        tata.addLayout(tombol)
        self.pratinjau: impor_koreksi.Pratinjau | None = None
        self.hasil: impor_koreksi.HasilTerap | None = None
        self._dibaca: tuple[Path, str | None] | None = None
        """The workbook and password of the last preview (read again after Apply)."""
        self._setelah_terap: impor_koreksi.HasilTerap | None = None
        """Set while the preview is read again after Apply (its result stays in view)."""

    def set_sibuk(self, sibuk: bool) -> None:
        super().set_sibuk(sibuk)
        self.baca_tombol.setEnabled(not sibuk)
        self.terapkan_tombol.setEnabled(not sibuk and self._ada_yang_diterapkan())
        for w in (self.pakai_basis, self.pakai_workbook):
            w.setEnabled(not sibuk)
        self._tombol_masalah()

    def _isi_masalah(self, daftar: Sequence[impor_koreksi.MasalahBaris],
                     pratinjau: impor_koreksi.Pratinjau | None = None) -> None:
        """Show ``daftar`` in the problems table, and keep it (with the problems of the whole
        workbook ``pratinjau`` knows, and its conflicts) for Save and Print. The rows deleted
        from the workbook that ``pratinjau`` names are shown too."""
        self.model_masalah.isi(*_baris_masalah(
            [*daftar, *(pratinjau.masalah_hilang if pratinjau else [])]))
        self.judul_masalah.setText(self.tr("Baris atau isian yang tidak diterapkan:"))
        sumber = (pratinjau.berkas, pratinjau.sha256) if pratinjau else (
            (self._dibaca[0], self._daftar_masalah.sha256 if self._daftar_masalah else None)
            if self._dibaca else (None, None))
        self._sumber_masalah = (*sumber, list(daftar), pratinjau)
        self._susun_daftar_masalah()

    def _susun_daftar_masalah(self) -> None:
        """The list Save and Print write: the problems shown, and the conflicts with the
        choices made so far (made again after each choice)."""
        from kalbar_desktop.exchange import daftar_masalah_koreksi as xmasalah

        berkas, sha256, daftar, pratinjau = self._sumber_masalah
        self._daftar_masalah = xmasalah.dari_masalah(
            berkas, sha256, self.jendela.pengguna.nama, daftar, pratinjau) \
            if berkas is not None else None
        self._tombol_masalah()

    def _tolak(self, path: Path, e: impor_koreksi.KesalahanImporKoreksi) -> None:
        """A workbook refused whole: its one reason (and where) in the problems table and in
        the list Save and Print write."""
        from kalbar_desktop.exchange import daftar_masalah_koreksi as xmasalah

        m = impor_koreksi.MasalahBaris(e.baris, None, e.kolom, pesan_dari(e),
                                       lembar=e.lembar or "", jenis="DITOLAK")
        self.model_masalah.isi(*_baris_masalah([m]))
        self.judul_masalah.setText(self.tr(
            "Workbook ditolak seluruhnya: tidak ada yang dibaca atau diubah. Simpan (Ctrl+S) "
            "atau cetak (Ctrl+P) alasannya untuk yang mengoreksi workbook:"))
        self._sumber_masalah = (None, None, [], None)
        self._daftar_masalah = xmasalah.dari_penolakan(path, e, self.jendela.pengguna.nama)
        self._tombol_masalah()

    def _tombol_masalah(self) -> None:
        ada = bool(self._daftar_masalah and self._daftar_masalah.butir) and not self.berjalan()
        self.simpan_masalah_tombol.setEnabled(ada)
        self.cetak_masalah_tombol.setEnabled(ada)

    def _tujuan_masalah(self, tujuan: Path | None, akhiran: str) -> Path | None:
        """The file to write the list to (``tujuan``, or asked), or None: nothing to write, a
        task running, the question cancelled, or the place cannot be written (said in the
        status line)."""
        if self.berjalan() or not (self._daftar_masalah and self._daftar_masalah.butir):
            return None
        if tujuan is None:
            tujuan = self._tanya_tujuan_masalah(akhiran)
        if tujuan is None:
            return None
        alasan = xtujuan.alasan_tidak_bisa_ditulis(tujuan)
        if alasan is not None:
            self.tampil_status(bahasa.teks(alasan), galat=True)
            return None
        return tujuan

    def _tanya_tujuan_masalah(self, akhiran: str) -> Path | None:
        """Ask where to write the list (a save dialog), None when cancelled."""
        assert self._daftar_masalah is not None
        nama = Path(self._daftar_masalah.berkas).stem
        if akhiran == ".pdf":
            judul, saring = self.tr("Cetak daftar masalah ke PDF"), self.tr("PDF (*.pdf)")
        else:
            judul, saring = (self.tr("Simpan daftar masalah"),
                             self.tr("Workbook Excel (*.xlsx)"))
        awal = _folder_dokumen() / f"masalah-impor-ulang-{nama}{akhiran}"
        path, _ = QFileDialog.getSaveFileName(self, judul, str(awal), saring)
        if not path:
            return None
        path = Path(path)
        return path if path.suffix.lower() == akhiran else path.with_suffix(akhiran)

    def simpan_masalah(self, tujuan: Path | None = None) -> None:
        """Save the problems list as an xlsx workbook (``tujuan``, or asked)."""
        tujuan = self._tujuan_masalah(tujuan, ".xlsx")
        if tujuan is None:
            return
        from kalbar_desktop.exchange import daftar_masalah_koreksi as xmasalah

        daftar, db_path = self._daftar_masalah, self.jendela.db_path

        def kerja(_k: Konteks) -> Path:
            with sdb.terbuka(db_path, jaga_berkas=True) as db:
                return xmasalah.tulis(daftar, tujuan, terjemah=bahasa.teks,
                                      sebelum_dipasang=lambda: xmasalah.catat(db, daftar,
                                                                              tujuan))

        def selesai(path: Path) -> None:
            _ingat(path.parent)
            self.tampil_status(self.tr("Daftar masalah ({0} baris) disimpan ke {1}.").format(
                angka(len(daftar.butir)), str(path)))

        self.jalankan(kerja, selesai, self.tr("Menyimpan daftar masalah..."))

    def cetak_masalah(self, tujuan: Path | None = None) -> None:
        """Make a PDF of the problems list to print (``tujuan``, or asked): a page header on
        every page, the rows numbered."""
        tujuan = self._tujuan_masalah(tujuan, ".pdf")
        if tujuan is None:
            return
        from kalbar_desktop.exchange import daftar_masalah_koreksi as xmasalah

        daftar, db_path = self._daftar_masalah, self.jendela.db_path

        def kerja(k: Konteks) -> Path:
            with sdb.terbuka(db_path, jaga_berkas=True) as db:
                return cetak.tulis_pdf(
                    xmasalah.dokumen(daftar, bahasa.teks), tujuan, kemajuan=k.lapor,
                    dibatalkan=k.dibatalkan, kepala=xmasalah.kepala_halaman(daftar, bahasa.teks),
                    sebelum_dipasang=lambda: xmasalah.catat(db, daftar, tujuan))

        def selesai(path: Path) -> None:
            _ingat(path.parent)
            self._pdf_masalah = path
            self.buka_pdf_masalah.setEnabled(True)
            self.tampil_status(self.tr(
                "PDF daftar masalah ({0} baris) disimpan ke {1}. Tekan Buka PDF, lalu cetak "
                "dari penampil PDF (Ctrl+P).").format(angka(len(daftar.butir)), str(path)))

        self.jalankan(kerja, selesai, self.tr("Menyiapkan PDF daftar masalah..."))

    def _buka_pdf_masalah(self) -> None:
        if self._pdf_masalah:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._pdf_masalah)))

    def _ada_yang_diterapkan(self) -> bool:
        """Whether Apply would save or record something (a change, or a settled conflict)."""
        p = self.pratinjau
        return bool(p and (p.siap_diterapkan or any(
            not k.menunggu and any(x.jenis == "KONFLIK" for x in k.konflik)
            for k in p.konflik)))

    def _isi_konflik(self) -> None:
        p = self.pratinjau
        daftar = p.konflik_tampil if p else []
        bisa_dipilih = len(p.semua_konflik) if p else 0
        label = {impor_koreksi.PAKAI_BASIS: self.tr("Basis data"),
                 impor_koreksi.PAKAI_WORKBOOK: self.tr("Workbook"), None: self.tr("Belum dipilih")}
        baris, tip = [], []
        kosong = self.tr("(kosong)")
        for i, (k, x) in enumerate(daftar):
            u = x.perubahan
            bermasalah = i >= bisa_dipilih
            baris.append((_tempat(u.baris if u.id_individu else k.baris, u.id_individu),
                          k.id_keluarga, k.nama_kepala, bahasa.teks(u.kolom),
                          _nilai(u, u.lama) or kosong,
                          _nilai(u, u.baru) or kosong,
                          self.tr("Baris bermasalah") if bermasalah
                          else label[x.pilihan]))
            asal = self.tr("Nilai basis data: {0}").format(bahasa.teks(x.asal))
            if x.jenis == "NILAI_LAMA":
                asal += "\n" + self.tr(
                    "Nilai workbook pernah dipegang basis data ini: salinan lama dari laptop, "
                    "diabaikan kecuali Anda memilihnya.")
            tip_baris = {4: asal}
            if bermasalah:
                assert p is not None
                lain = [bahasa.teks(m.pesan) for m in p.masalah if m.id_keluarga == k.id_keluarga
                        and m.jenis not in impor_koreksi.JENIS_KONFLIK]
                tip_baris[6] = self.tr(
                    "Baris keluarga ini punya masalah lain, jadi tidak diterapkan apa pun "
                    "pilihannya. Betulkan dulu di workbook, lalu baca lagi:") + "\n" + "\n".join(
                    lain)
            tip.append(tip_baris)
        self.model_konflik.isi(baris, tip)
        for w in self._bagian_konflik:
            w.setVisible(bool(daftar))
        # with conflicts to settle, an empty list gives them its room
        for judul, tabel in ((self.judul_ubah, self.tabel_ubah),
                             (self.judul_masalah, self.tabel_masalah)):
            tampak = not daftar or tabel.model().rowCount() > 0
            judul.setVisible(tampak)
            tabel.setVisible(tampak)
        if p is not None:
            siap = p.siap_diterapkan
            self.terapkan_tombol.setText(self.tr(
                "&Terapkan {0} perubahan ({1} keluarga)").format(
                angka(sum(k.jumlah_diterapkan for k in siap)),
                angka(len(siap))))
        self.terapkan_tombol.setEnabled(not self.berjalan() and self._ada_yang_diterapkan())

    def pilih_konflik(self, pilihan: str, baris: Sequence[int] | None = None) -> None:
        """Use this database's or the workbook's value for the selected conflict rows (or
        ``baris``)."""
        if not self.pratinjau or self.berjalan():
            return
        if baris is None:
            baris = sorted({i.row() for i in self.tabel_konflik.selectionModel().selectedRows()})
        if not baris:
            self.tampil_status(self.tr("Pilih baris konflik dulu (Ctrl+A: semua)."), galat=True)
            return
        daftar = self.pratinjau.semua_konflik
        if not any(r < len(daftar) for r in baris):
            self.tampil_status(self.tr(
                "Konflik keluarga yang barisnya bermasalah tidak bisa dipilih: betulkan dulu "
                "barisnya di workbook, lalu baca lagi."), galat=True)
            return
        for r in baris:
            if r < len(daftar):  # the rows after them belong to rows with another problem
                daftar[r][1].pilihan = pilihan
        pilih = self.tabel_konflik.selectionModel().selection()
        self._isi_konflik()
        self._susun_daftar_masalah()
        self.tabel_konflik.selectionModel().select(
            pilih, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        menunggu = sum(k.menunggu for k in self.pratinjau.konflik)
        self.tampil_status(self.tr("{0} keluarga berkonflik belum dipilih nilainya.").format(
            angka(menunggu)) if menunggu else self.tr("Semua konflik sudah dipilih. Belum ada "
                                                      "yang diubah; tekan Terapkan."))

    def _klik_ganda_konflik(self, indeks: QModelIndex) -> None:
        if indeks.column() in (4, 5):
            self.pilih_konflik(impor_koreksi.PAKAI_BASIS if indeks.column() == 4
                               else impor_koreksi.PAKAI_WORKBOOK, [indeks.row()])

    def baca(self) -> None:
        if self.berjalan():
            return
        path = Path(self.berkas.text().strip())
        if not self.berkas.text().strip():
            self.tampil_status(self.tr("Pilih workbook dulu."), galat=True)
            return
        self._setelah_terap = None
        self._baca(path, self.sandi.text() or None)

    def _baca(self, path: Path, sandi: str | None) -> None:
        self._dibaca = (path, sandi)
        db_path, pengguna = self.jendela.db_path, self.jendela.pengguna
        self.pratinjau = None
        self.model_ubah.isi([])
        self._isi_masalah([])
        self._isi_konflik()
        self.ringkasan.clear()

        def kerja(k: Konteks) -> impor_koreksi.Pratinjau:
            with sdb.terbuka(db_path, jaga_berkas=True) as db:
                return impor_koreksi.baca(db, path, pengguna, sandi, kemajuan=k.lapor,
                                          dibatalkan=k.dibatalkan)

        self.jalankan(kerja, self._terbaca, self.tr("Membaca workbook..."))

    def _terbaca(self, p: impor_koreksi.Pratinjau) -> None:
        self.pratinjau = p
        self.judul_ubah.setText(self.tr("Perubahan yang akan diterapkan:"))
        self.model_ubah.isi(
            [(_tempat(u.baris if u.id_individu else k.baris, u.id_individu), k.id_keluarga,
              k.nama_kepala, bahasa.teks(u.kolom), _nilai(u, u.lama), _nilai(u, u.baru))
             for k in p.keluarga for u in k.perubahan]
            + [(_tempat(b.baris, True), k.id_keluarga, k.nama_kepala, bahasa.teks(b.kolom), "",
                bahasa.teks(b.uraian)) for k, b in p.anggota_baru])
        # a conflict is shown (and settled) in its own table
        setelah = self._setelah_terap
        self._setelah_terap = None
        self._isi_masalah(
            (setelah.gagal if setelah else [])
            + [m for m in p.masalah if m.jenis not in impor_koreksi.JENIS_KONFLIK], p)
        self.ringkasan.setText(self.teks_pratinjau(p))
        self._isi_konflik()
        self.layout().activate()
        if setelah is not None:
            # read again after Apply: what was done, and what still waits for a choice
            menunggu = sum(k.menunggu for k in p.konflik)
            self.tampil_status(self.teks_hasil(setelah) + " " + self.tr(
                "Pratinjau dibaca ulang dari {0}: {1} keluarga berkonflik masih menunggu "
                "pilihan nilai.").format(p.berkas.name, angka(menunggu)),
                galat=bool(setelah.gagal))
        elif any(k.menunggu for k in p.konflik):
            self.tampil_status(self.tr("Pratinjau siap. Belum ada yang diubah. Pilih nilai "
                                       "untuk setiap konflik."))
        else:
            self.tampil_status(self.tr("Pratinjau siap. Belum ada yang diubah.") if p.keluarga
                               else self.tr("Tidak ada perubahan yang bisa diterapkan."))

    def teks_pratinjau(self, p: impor_koreksi.Pratinjau) -> str:
        """The summary of a preview (nothing applied yet)."""
        teks = self.tr("{0}: {1} baris dibaca; {2} keluarga berubah ({3} isian), {4} tanpa "
                       "perubahan, {5} baris bermasalah (tidak diterapkan).").format(
            p.berkas.name, angka(p.baris_dibaca), angka(len(p.keluarga)),
            angka(p.jumlah_perubahan), angka(p.tanpa_perubahan), angka(p.baris_bermasalah))
        if p.kolom_tidak_ada:
            teks += " " + self.tr("Kolom tidak ada (tidak dibandingkan): {0}.").format(
                ", ".join(p.kolom_tidak_ada))
        if p.jumlah_anggota_baru:
            teks += " " + self.tr(
                "{0} anggota baru akan ditambahkan (ID dibuat di basis data ini).").format(
                angka(p.jumlah_anggota_baru))
        if p.id_dipulihkan:
            baris, angka_id, idk = p.id_dipulihkan[0]
            teks += " " + self.tr(
                "{0} ID Keluarga yang tersimpan sebagai angka di workbook (nol di depan hilang) "
                "dicocokkan kembali dengan keluarganya, misalnya baris {1}: {2} -> {3}.").format(
                angka(len(p.id_dipulihkan)), baris, angka_id, idk)
        if p.anggota_baru_ditahan:
            teks += " " + self.tr(
                "{0} anggota baru bermasalah tidak ditambahkan (baris lain keluarganya tetap "
                "diterapkan); betulkan barisnya lalu impor lagi.").format(
                angka(len(p.anggota_baru_ditahan)))
        if ditahan := p.catatan_ditahan:
            teks += " " + self.tr(
                "{0} catatan berisi nomor tersamar yang tidak ada lagi di catatan basis data, "
                "jadi tidak diterapkan (misalnya lembar {1} baris {2}); catatan di basis data "
                "tetap, isian lain barisnya diterapkan.").format(
                angka(len(ditahan)), ditahan[0].lembar, ditahan[0].baris)
        if p.anggota_baru_sudah_ada:
            teks += " " + self.tr("{0} anggota baru sudah ada, tidak ditambahkan lagi.").format(
                angka(len(p.anggota_baru_sudah_ada)))
        if p.rumus_tanpa_nilai:
            lembar, sel = p.rumus_tanpa_nilai[0]
            teks += " " + self.tr(
                "{0} sel berisi rumus tanpa nilai tersimpan atau galat Excel seperti #NAME? "
                "(misalnya lembar {1} sel {2}): keluarganya tidak diterapkan; lihat masalah "
                "tiap sel untuk cara membetulkannya, lalu baca lagi.").format(
                angka(len(p.rumus_tanpa_nilai)), lembar, sel)
        daftar = {True: [], False: []}
        for k in p.kolom_tidak_dibaca:
            daftar[impor_koreksi.kolom_rt_rw(k[2])].append(k)
        uraian = {rt_rw: ", ".join(self.tr("lembar {0} kolom {1} '{2}' ({3} baris berisi)").format(
            lembar, huruf, judul, angka(n)) for lembar, huruf, judul, n in k)
            for rt_rw, k in daftar.items()}
        if daftar[True]:
            teks += " " + self.tr(
                "Kolom RT/RW yang ditambahkan sendiri tidak diterapkan: {0}. RT/RW adalah bagian "
                "alamat, data P3KE yang tidak diubah lewat impor ulang (yang diterapkan hanya "
                "kolom verifikasi), jadi alamat di basis data tetap. Bila RT/RW suatu keluarga "
                "memang salah, betulkan alamatnya di formulir keluarga, bagian Identitas dan "
                "alamat.").format(uraian[True])
        if beda := p.rt_rw_beda:
            teks += " " + self.tr(
                "{0} keluarga yang RT/RW-nya di workbook tidak sama dengan alamatnya di basis "
                "data disebut satu per satu di daftar masalah, dengan alamat yang berlaku, untuk "
                "dibetulkan di formulirnya bila memang berubah.").format(angka(len(beda)))
        if daftar[False]:
            teks += " " + self.tr(
                "Kolom tambahan yang tidak dibaca impor ulang: {0}. Isinya tidak diterapkan: "
                "betulkan alamat (termasuk RT/RW) di formulir keluarga, bagian Identitas dan "
                "alamat, atau tulis di kolom Catatan (Catatan anggota) agar ikut "
                "diimpor.").format(uraian[False])
        for idk, n in p.usulan_sama.items():
            teks += " " + self.tr(
                "Usulan keluarga baru {0} kembali dari workbook ini: {1} anggotanya memang "
                "anggota usulan itu di basis data ini, tidak ada yang perlu ditambahkan.").format(
                idk, angka(n))
        if p.baris_hilang:
            teks += " " + self.tr(
                "Lembar Data Keluarga kini memuat {0} baris berisi ID, saat diekspor {1}: "
                "keluarga yang barisnya dihapus tidak diubah (baris yang dihapus tidak menghapus "
                "apa pun).").format(angka(p.baris_dibaca), angka(p.baris_saat_ekspor or 0))
        if p.keluarga_hilang or p.anggota_hilang:
            teks += " " + self.tr(
                "{0} keluarga dan {1} anggota yang ada di workbook saat diekspor tidak punya "
                "baris lagi (dihapus, atau ID-nya diketik ulang); masing-masing disebut di "
                "daftar masalah dengan ID-nya.").format(angka(len(p.keluarga_hilang)),
                                                        angka(len(p.anggota_hilang)))
        if p.verifikasi_dipertahankan:
            teks += " " + self.tr(
                "{0} keluarga masih 'Belum diverifikasi' di workbook tetapi sudah diverifikasi "
                "di basis data (misalnya {1}): hasil verifikasi di basis data dipertahankan, "
                "tidak ditimpa.").format(angka(len(p.verifikasi_dipertahankan)),
                                         p.verifikasi_dipertahankan[0])
        if p.tanpa_waktu_ekspor:
            teks += " " + self.tr(
                "Workbook ini tidak memuat waktu ekspor (lembar Keterangan tidak ada): isian "
                "yang diubah di aplikasi sesudah ekspor tidak bisa dikenali dan akan ditimpa. "
                "Periksa setiap perubahan, atau minta workbook yang utuh.")
        if p.dari_basis_data_lain:
            teks += " " + self.tr(
                "Workbook ini diekspor dari basis data lain (laptop lain, atau salinan yang "
                "sudah diubah sendiri): isian yang diubah di basis data ini tanpa sepengetahuan "
                "workbook dipertahankan; bila workbook juga mengubahnya ke nilai lain, keluarga "
                "itu menunggu Anda memilih nilai yang dipakai (konflik).")
        nyata = [(k, x) for k, x in p.semua_konflik if x.jenis == "KONFLIK"]
        if nyata:
            k, x = nyata[0]
            teks += " " + self.tr(
                "{0} keluarga berkonflik ({1} isian diubah di basis data ini dan di workbook "
                "dengan nilai berbeda, misalnya {2}): tidak diterapkan sampai dipilih nilai mana "
                "yang dipakai.").format(angka(len({k.id_keluarga for k, _x in nyata})),
                                        angka(len(nyata)), bahasa.teks(x.uraian(k)))
        lama = [(k, x) for k, x in p.semua_konflik if x.jenis == "NILAI_LAMA"]
        if lama:
            k, x = lama[0]
            teks += " " + self.tr(
                "Nilai lama dari laptop diabaikan: {0} isian di workbook sama dengan nilai yang "
                "dulu pernah dipegang basis data ini (misalnya {1}); nilai basis data dipakai. "
                "Bila laptop memang mengembalikannya, pilih 'Pakai nilai workbook'.").format(
                angka(len(lama)), bahasa.teks(x.uraian(k)))
        if p.konflik_bermasalah:
            teks += " " + self.tr(
                "{0} keluarga berkonflik juga punya masalah lain (misalnya ID Keluarga {1}): "
                "tidak diterapkan apa pun pilihannya; betulkan dulu barisnya di workbook, lalu "
                "baca lagi.").format(angka(len(p.konflik_bermasalah)),
                                     p.konflik_bermasalah[0].id_keluarga)
        if p.sudah_diputuskan:
            teks += " " + self.tr(
                "{0} isian sudah diputuskan pada impor sebelumnya (nilai basis data dipakai), "
                "tidak ditanyakan lagi.").format(angka(p.sudah_diputuskan))
        return teks

    def teks_hasil(self, hasil: impor_koreksi.HasilTerap) -> str:
        """What applying the workbook did."""
        teks = self.tr("{0} keluarga diperbarui dari workbook").format(
            angka(len(hasil.diterapkan)))
        if hasil.anggota_baru:
            teks += " " + self.tr("({0} anggota baru ditambahkan)").format(
                angka(hasil.anggota_baru))
        if hasil.gagal:
            teks += self.tr("; {0} tidak diterapkan").format(angka(len(hasil.gagal)))
        if hasil.diputuskan:
            teks += self.tr("; {0} konflik diputuskan").format(angka(hasil.diputuskan))
        if hasil.menunggu:
            teks += self.tr("; {0} keluarga berkonflik belum dipilih nilainya, tidak "
                            "diterapkan").format(angka(len(hasil.menunggu)))
        if hasil.cadangan:
            teks += self.tr(". Cadangan sebelum impor: {0}").format(str(hasil.cadangan))
        return teks + "."

    def terapkan(self) -> None:
        if self.berjalan() or not self._ada_yang_diterapkan():
            return
        pratinjau, db_path, pengguna = self.pratinjau, self.jendela.db_path, self.jendela.pengguna

        def kerja(k: Konteks) -> impor_koreksi.HasilTerap:
            with sdb.terbuka(db_path, jaga_berkas=True) as db:
                return impor_koreksi.terapkan(
                    db, pratinjau, pengguna,
                    sebelum_menulis=impor_koreksi.cadangan_sebelum_impor,
                    kemajuan=k.lapor, dibatalkan=k.dibatalkan)

        self.jalankan(kerja, self._diterapkan, self.tr("Menerapkan perubahan..."))

    def _gagal(self, tugas: Tugas, e: object) -> None:
        setelah = self._setelah_terap
        self._setelah_terap = None
        super()._gagal(tugas, e)
        if setelah is not None:  # what Apply did stays in view
            self._isi_masalah(setelah.gagal)
            self.tampil_status(self.teks_hasil(setelah) + " " + self.tr(
                "Pratinjau tidak bisa dibaca ulang: {0}").format(self.status.text()),
                galat=True)
        elif isinstance(e, impor_koreksi.KesalahanImporKoreksi) and self._dibaca is not None:
            self._tolak(self._dibaca[0], e)

    def _diterapkan(self, hasil: impor_koreksi.HasilTerap) -> None:
        self.hasil = hasil
        # what the preview held back (a row's problem, a note with a masked number) was not
        # applied either: it stays listed beside what failed while applying
        ditahan = [m for m in self.pratinjau.masalah if m.jenis not in
                   impor_koreksi.JENIS_KONFLIK] if self.pratinjau else []
        self._isi_masalah(hasil.gagal + ditahan, self.pratinjau)
        self.pratinjau = None
        self.terapkan_tombol.setEnabled(False)
        self.judul_ubah.setText(self.tr("Perubahan pratinjau (sudah diterapkan, kecuali "
                                        "keluarga yang disebut di bawah):"))
        self._isi_konflik()
        teks = self.teks_hasil(hasil)
        if ditahan:
            teks += " " + self.tr("{0} baris atau isian dari pratinjau tidak diterapkan: "
                                  "lihat daftar di bawah.").format(angka(len(ditahan)))
        self.tampil_status(teks, galat=bool(hasil.gagal))
        self.jendela.segarkan()
        if hasil.menunggu and self._dibaca is not None:
            # families still waiting for a choice: the same workbook read again, so the table
            # shows what still waits (no second "Baca dan bandingkan")
            self._setelah_terap = hasil
            self._baca(*self._dibaca)


# ---------------------------------------------------------------------------------------------
# Printed documents.
# ---------------------------------------------------------------------------------------------
BERITA_ACARA, DAFTAR_KUNJUNGAN = 0, 1


def _label_selebar(*tata: QFormLayout | QLabel) -> None:
    """The labels of several form layouts (and labels of rows of their own) made as wide as
    the widest, so every field of a dialog starts at one line: a form above a stacked page and
    each page's form would otherwise each size their own label column."""
    label: list[QWidget] = []
    for t in tata:
        if isinstance(t, QLabel):
            label.append(t)
            continue
        for i in range(t.rowCount()):
            item = t.itemAt(i, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                label.append(item.widget())
    lebar = max((w.sizeHint().width() for w in label), default=0)
    for w in label:
        w.setMinimumWidth(lebar)


def _satu_desa(kode: str | None) -> bool:
    """True for a desa/kelurahan code: its document alone, as before the region scopes."""
    return bool(kode) and len(kode) == 10


def _kecamatan(kode: str | None) -> bool:
    """True for a kecamatan code: its desa may have held one meeting together."""
    return bool(kode) and len(kode) == 6


def _kabupaten(kode: str | None) -> bool:
    """True for a kabupaten/kota code: its desa may have held one meeting together too."""
    return bool(kode) and len(kode) == 4


def _tampak_nonaktif(*isian: QWidget) -> None:
    """Disabled fields drawn grey (a shade darker than the window, grey text): the style's
    own disabled field is as white as an open one, so an operator types into it in vain.
    Darker than the window, not the window's own grey: the guide's pictures turn that grey
    white."""
    for w in isian:
        palet = w.palette()
        jendela = palet.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
        teks = palet.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
        abu = QColor((jendela.red() + teks.red()) // 2, (jendela.green() + teks.green()) // 2,
                     (jendela.blue() + teks.blue()) // 2)  # readable on the grey
        palet.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base,
                       jendela.darker(106))
        for peran in (QPalette.ColorRole.Text, QPalette.ColorRole.PlaceholderText):
            palet.setColor(QPalette.ColorGroup.Disabled, peran, abu)
        w.setPalette(palet)


class DialogDokumen(_DialogTugas):
    """Laporan > Cetak Berita Acara / Daftar Kunjungan (objectName ``documentDialog``)."""

    def __init__(self, jendela: MainWindow, jenis: int = BERITA_ACARA):
        super().__init__(jendela, "documentDialog", self.tr("Cetak dokumen desa"))
        atur_ukuran(self, 560, 520)
        tata = QVBoxLayout(self)
        f = QFormLayout()
        self.jenis = QComboBox()
        self.jenis.setObjectName("dokumenJenis")
        self.jenis.addItem(self.tr("Berita Acara Hasil Verifikasi"))
        self.jenis.addItem(self.tr("Daftar Kunjungan"))
        f.addRow(self.tr("&Dokumen:"), self.jenis)
        # The export's scopes: a kecamatan or more prints each of its desa in one PDF. The
        # tree's region is chosen, else the first desa (a whole district is never the default).
        self.desa = QComboBox()
        self.desa.setObjectName("dokumenDesa")
        _isi_wilayah(self.desa, jendela)
        model = self.desa.model()
        dapat = [i for i in range(self.desa.count()) if model.item(i).isEnabled()]
        kode_pilih = jendela.region_tree.kode_terpilih()
        i = self.desa.findData(kode_pilih) if kode_pilih else -1
        if i not in dapat:
            i = next((i for i in dapat if _satu_desa(self.desa.itemData(i))),
                     dapat[0] if dapat else -1)
        self.desa.setCurrentIndex(i)
        f.addRow(self.tr("&Wilayah:"), self.desa)
        self.catatan_wilayah = QLabel(self.tr(
            "Satu PDF, setiap desa mulai di halaman baru dengan nomor halaman dan kolom tanda "
            "tangannya sendiri."))
        self.catatan_musdes = self.tr(
            "Berita acara: tempat musyawarah tiap desa adalah desa itu; tanggal dan nomor BA "
            "diambil dari Tanggal musdes dan No. BA musdes yang tercatat di keluarganya bila "
            "sama untuk semua keluarganya yang sudah diverifikasi atau bermusdes, selebihnya "
            "diisi tangan. Tanggal dan tempat yang diisi di sini dipakai untuk semua desa. "
            "Kecamatan atau kabupaten/kota dengan tanggal dan tempat (atau nomor, nama "
            "pejabat) diisi adalah satu musyawarah: satu Nomor BA, tanda tangan camat atau "
            "kepala dinas.")
        self.catatan_wilayah.setObjectName("dokumenCatatanWilayah")
        self.catatan_wilayah.setWordWrap(True)
        self.catatan_wilayah.setStyleSheet("color: #555555;")
        f.addRow("", self.catatan_wilayah)
        tata.addLayout(f)

        self.halaman = QStackedWidget()
        ba = QWidget()
        fb = QFormLayout(ba)
        fb.setContentsMargins(0, 0, 0, 0)
        self.nomor = QLineEdit()
        self.nomor.setObjectName("dokumenNomor")
        self.nomor.setPlaceholderText(self.tr(
            "kosong: No. BA musdes keluarganya, atau diisi tangan"))
        fb.addRow(self.tr("&Nomor BA:"), self.nomor)
        baris_tgl = QHBoxLayout()
        self.isi_tanggal = QCheckBox(self.tr("Isi"))
        self.isi_tanggal.setObjectName("dokumenIsiTanggal")
        self.tanggal = QDateEdit(QDate.currentDate())
        self.tanggal.setObjectName("dokumenTanggal")
        self.tanggal.setDisplayFormat("dd/MM/yyyy")
        self.tanggal.setCalendarPopup(True)
        self.tanggal.setEnabled(False)
        self.isi_tanggal.toggled.connect(self.tanggal.setEnabled)
        self.isi_tanggal.setToolTip(self.tr(
            "Tidak dicentang: Tanggal musdes yang tercatat di keluarga desa itu bila sama untuk "
            "semua keluarganya yang sudah diverifikasi atau bermusdes, selain itu diisi tangan."))
        baris_tgl.addWidget(self.isi_tanggal)
        baris_tgl.addWidget(self.tanggal, 1)
        label = QLabel(self.tr("&Tanggal musyawarah:"))
        label.setBuddy(self.isi_tanggal)
        fb.addRow(label, baris_tgl)
        self.tempat = QLineEdit()
        self.tempat.setObjectName("dokumenTempat")
        self.tempat.setPlaceholderText(self.tr("kosong: desa itu"))
        fb.addRow(self.tr("T&empat:"), self.tempat)
        self.nama_operator = QLineEdit()
        self.nama_operator.setObjectName("dokumenOperator")
        fb.addRow(self.tr("Nama &operator:"), self.nama_operator)
        self.nama_verifikator = QLineEdit()
        self.nama_verifikator.setObjectName("dokumenVerifikator")
        fb.addRow(self.tr("Nama &verifikator:"), self.nama_verifikator)
        self.nama_kepala = QLineEdit()
        self.nama_kepala.setObjectName("dokumenKepalaDesa")
        fb.addRow(self.tr("Nama kep&ala desa/lurah:"), self.nama_kepala)
        # the official who signs one kecamatan or kabupaten/kota meeting: title and name
        self.jabatan = QComboBox()
        self.jabatan.setObjectName("dokumenJabatan")
        self.jabatan.setEditable(True)
        self.jabatan.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        fb.addRow(self.tr("&Jabatan penandatangan:"), self.jabatan)
        self.nama_camat = QLineEdit()
        self.nama_camat.setObjectName("dokumenCamat")
        self.label_camat = QLabel(self.tr("Nama ca&mat:"))
        self.label_camat.setBuddy(self.nama_camat)
        fb.addRow(self.label_camat, self.nama_camat)
        self.nip = QLineEdit()
        self.nip.setObjectName("dokumenNip")
        fb.addRow(self.tr("N&IP:"), self.nip)
        _tampak_nonaktif(self.nomor, self.tempat, self.nama_kepala, self.jabatan,
                         self.jabatan.lineEdit(), self.nama_camat, self.nip, self.tanggal)
        self.halaman.addWidget(ba)
        dk = QWidget()
        fd = QFormLayout(dk)
        fd.setContentsMargins(0, 0, 0, 0)
        self.semua = QCheckBox(self.tr("Semua keluarga (bawaan: yang belum diverifikasi atau "
                                       "dikembalikan)"))
        self.semua.setObjectName("dokumenSemua")
        fd.addRow("", self.semua)
        self.petugas = QLineEdit()
        self.petugas.setObjectName("dokumenPetugas")
        fd.addRow(self.tr("Nama &petugas:"), self.petugas)
        self.halaman.addWidget(dk)
        tata.addWidget(self.halaman)
        self.jenis.currentIndexChanged.connect(self._ganti_jenis)

        baris = QHBoxLayout()
        self.tujuan = QLineEdit()
        self.tujuan.setObjectName("dokumenTujuan")
        pilih = QPushButton(self.tr("Pi&lih..."))
        pilih.setObjectName("dokumenPilihBerkas")
        pilih.clicked.connect(lambda: self._pilih_berkas_simpan(
            self.tujuan, self.tr("Simpan PDF"), self.tr("PDF (*.pdf)")))
        label = QLabel(self.tr("Simpan &ke:"))
        label.setBuddy(self.tujuan)
        baris.addWidget(label)
        baris.addWidget(self.tujuan, 1)
        baris.addWidget(pilih)
        tata.addLayout(baris)
        _label_selebar(f, fb, fd, label)
        self.kemajuan.setObjectName("dokumenProgress")
        self.status.setObjectName("dokumenStatus")
        tata.addWidget(self.kemajuan)
        tata.addWidget(self.status)
        tata.addStretch(1)
        tombol = QHBoxLayout()
        self.buka = QPushButton(self.tr("B&uka PDF"))
        self.buka.setObjectName("dokumenBuka")
        self.buka.setEnabled(False)
        self.buka.clicked.connect(self._buka)
        self.buat = QPushButton(self.tr("&Buat PDF"))
        self.buat.setObjectName("dokumenBuat")
        self.buat.setDefault(True)
        self.buat.clicked.connect(self.buat_pdf)
        self.tombol_batal.setObjectName("dokumenBatal")
        tombol.addWidget(self.buka)
        tombol.addStretch(1)
        tombol.addWidget(self.buat)
        tombol.addWidget(self.tombol_batal)
        tata.addLayout(tombol)
        self.desa.currentIndexChanged.connect(self._ganti_wilayah)
        self._satu: bool | None = None
        self._tingkat: int | None = None
        self._kode_rapat: str | None = None
        self._diingat: tuple[str, str, str] | None = None  # the signer filled in from memory
        self.jenis.setCurrentIndex(jenis)
        self._ganti_jenis(jenis)
        self._ganti_wilayah()
        self.hasil: Path | None = None

    def _ganti_jenis(self, i: int) -> None:
        self.halaman.setCurrentIndex(i)
        for j in range(self.halaman.count()):  # the page shown sets the height, not the tallest
            self.halaman.widget(j).setSizePolicy(
                QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred if j == i
                else QSizePolicy.Policy.Ignored)
        self.halaman.adjustSize()
        self._catatan_wilayah()
        self._nama_bawaan()

    def _catatan_wilayah(self) -> None:
        teks = self.tr("Satu PDF, setiap desa mulai di halaman baru dengan nomor halaman dan "
                       "kolom tanda tangannya sendiri.")
        if self.jenis.currentIndex() == BERITA_ACARA:
            teks += " " + self.catatan_musdes
        self.catatan_wilayah.setText(teks)

    def _ganti_wilayah(self) -> None:
        """A region of several desa: one PDF of all of them. The BA number and the kepala
        desa's name belong to one desa: each section takes its desa's recorded number, the
        rest is filled in by hand. The place and date of the musyawarah, when given, are every
        section's; with the date and a place, number or official, a kecamatan or kabupaten/kota
        is one meeting, signed by the camat or the head of the Dinas Sosial (title and name
        here). Moving between one desa and several empties the place, date and number, so
        that one desa's place never lands on the others unseen; moving between a kecamatan and
        a kabupaten/kota empties the number and the official (another meeting's)."""
        kode = self.desa.currentData()
        satu, kecamatan, kabupaten = _satu_desa(kode), _kecamatan(kode), _kabupaten(kode)
        rapat = kecamatan or kabupaten
        self.catatan_wilayah.setVisible(not satu)
        if self._satu is not None and satu != self._satu:
            self.isi_tanggal.setChecked(False)
            self.tempat.clear()
            self.nomor.clear()  # one desa's BA number is not a kecamatan meeting's
        self._satu = satu
        tingkat = len(kode or "")
        if tingkat != self._tingkat:
            if self._tingkat is not None:
                self.nomor.clear()
                self.nama_camat.clear()
                self.nip.clear()
            self.jabatan.clear()
            if rapat:
                self.jabatan.addItems(xdokumen.JABATAN_KECAMATAN if kecamatan
                                      else xdokumen.JABATAN_KABUPATEN)
                self.jabatan.setCurrentIndex(0)
        self._tingkat = tingkat
        if rapat and kode != self._kode_rapat:
            self._isi_penandatangan(kode)
        self._kode_rapat = kode if rapat else None
        for isian, boleh_isi in ((self.nomor, satu or rapat), (self.nama_kepala, satu),
                                 (self.nama_camat, rapat), (self.jabatan, rapat),
                                 (self.nip, rapat)):
            if not boleh_isi and isian is not self.jabatan:
                isian.clear()
            isian.setEnabled(boleh_isi)
        self.label_camat.setText(self.tr("Nama kepala dina&s:") if kabupaten
                                 else self.tr("Nama ca&mat:"))
        hanya_rapat = self.tr("hanya untuk satu musyawarah kecamatan atau kabupaten/kota")
        self.nama_camat.setPlaceholderText("" if rapat else hanya_rapat)
        self.nip.setPlaceholderText(self.tr("kosong: tanpa baris NIP; mis. 19700101 199003 1 001")
                                    if rapat else hanya_rapat)
        self.nip.setToolTip(self.tr(
            "NIP penandatangan, dicetak di bawah namanya sebagai NIP. <nip>: angka, boleh "
            "dengan spasi atau titik seperti ditulis.") if rapat else self.tr(
            "Hanya untuk satu musyawarah kecamatan atau kabupaten/kota: pilih wilayahnya."))
        self.jabatan.lineEdit().setPlaceholderText("" if rapat else hanya_rapat)
        self.nama_kepala.setPlaceholderText("" if satu else self.tr(
            "berbeda untuk setiap desa: diisi tangan di PDF"))
        tip_kecamatan = self.tr(
            "Satu musyawarah untuk seluruh kecamatan: isi juga Tanggal musyawarah dan Tempat "
            "(kosong: Kantor Camat); nomor ini lalu dicetak di bagian setiap desa. Tanpa "
            "tanggal: tiap desa bermusyawarah sendiri, kosongkan.")
        tip_kabupaten = self.tr(
            "Satu musyawarah untuk seluruh kabupaten/kota: isi juga Tanggal musyawarah dan "
            "Tempat (kosong: diisi tangan); nomor ini lalu dicetak di bagian setiap desa. Tanpa "
            "tanggal: tiap desa bermusyawarah sendiri, kosongkan.")
        self.nomor.setToolTip("" if satu else tip_kecamatan if kecamatan else tip_kabupaten
                              if kabupaten else self.tr(
            "Berbeda untuk setiap desa: diisi tangan di PDF. Pilih satu desa, atau kecamatan "
            "yang mengadakan satu musyawarah, untuk mengisinya di sini."))
        self.nama_kepala.setToolTip("" if satu else self.tr(
            "Berbeda untuk setiap desa: diisi tangan di PDF. Pilih satu desa untuk "
            "mengisinya di sini."))
        self.nama_camat.setToolTip(self.tr(
            "Satu musyawarah untuk seluruh kecamatan: isi juga Tanggal musyawarah dan Tempat; "
            "camat ini lalu menandatangani bagian setiap desa.") if kecamatan else self.tr(
            "Satu musyawarah untuk seluruh kabupaten/kota: isi juga Tanggal musyawarah dan "
            "Tempat; kepala dinas ini lalu menandatangani bagian setiap desa.") if kabupaten
            else self.tr("Hanya untuk satu musyawarah kecamatan atau kabupaten/kota: pilih "
                         "wilayahnya."))
        self.jabatan.setToolTip(self.tr(
            "Dicetak seperti ditulis, lalu nama wilayahnya bila belum disebut (Plt. Camat "
            "Singkawang Timur). Pilih atau ketik, misalnya Sekretaris Camat atau a.n. Camat.")
            if rapat else self.tr("Hanya untuk satu musyawarah kecamatan atau kabupaten/kota: "
                                  "pilih wilayahnya."))
        self.nomor.setPlaceholderText(
            self.tr("kosong: No. BA musdes keluarganya, atau diisi tangan") if satu
            else self.tr("satu musyawarah kecamatan: nomornya; kosong: dari tiap desa")
            if kecamatan else self.tr("satu musyawarah kabupaten/kota: nomornya; kosong: dari "
                                      "tiap desa") if kabupaten else self.tr("dari tiap desa"))
        self.tempat.setPlaceholderText(
            self.tr("kosong: desa itu") if satu
            else self.tr("kosong: tiap desa di desanya; satu musyawarah: Kantor Camat")
            if kecamatan else self.tr("kosong: tiap desa di desanya; satu musyawarah: diisi "
                                      "tangan") if kabupaten
            else self.tr("kosong: tiap desa di desanya sendiri"))
        tip = "" if satu else self.tr(
            "Diisi: dipakai untuk semua desa (satu musyawarah untuk seluruh wilayah). Kosong: "
            "tiap desa mendapat tempat desanya sendiri dan Tanggal musdes yang tercatat di "
            "keluarganya.")
        self.tempat.setToolTip(tip)
        self.isi_tanggal.setToolTip(tip or self.tr(
            "Tidak dicentang: Tanggal musdes yang tercatat di keluarga desa itu bila sama untuk "
            "semua keluarganya yang sudah diverifikasi atau bermusdes, selain itu diisi tangan."))
        self._nama_bawaan()

    def _penandatangan(self) -> tuple[str, str, str]:
        return (" ".join(self.jabatan.currentText().split()), self.nama_camat.text().strip(),
                " ".join(self.nip.text().split()))

    def _isi_penandatangan(self, kode: str) -> None:
        """The title, name and NIP last printed for one meeting of ``kode``; none remembered,
        what was filled in from another region's memory goes (what the user typed stays)."""
        ingat = settings.penandatangan(kode)
        if not ingat and self._diingat is not None and self._penandatangan() == self._diingat:
            ingat = {"jabatan": "", "nama": "", "nip": ""}
        if not ingat:
            return
        if ingat.get("jabatan"):
            self.jabatan.setCurrentText(ingat["jabatan"])
        else:
            self.jabatan.setCurrentIndex(0 if self.jabatan.count() else -1)
        self.nama_camat.setText(ingat.get("nama", ""))
        self.nip.setText(ingat.get("nip", ""))
        self._diingat = self._penandatangan()

    def _nama_bawaan(self) -> None:
        kode = self.desa.currentData() or "semua"
        nama = ("Berita_Acara" if self.jenis.currentIndex() == BERITA_ACARA
                else "Daftar_Kunjungan")
        self.tujuan.setText(str(_folder_dokumen() / f"{nama}_{kode}.pdf"))

    def set_sibuk(self, sibuk: bool) -> None:
        super().set_sibuk(sibuk)
        self.buat.setEnabled(not sibuk)

    def buat_pdf(self) -> None:
        if self.berjalan():
            return
        kode = self.desa.currentData()
        if self.desa.currentIndex() < 0:
            self.tampil_status(self.tr("Pilih desa/kelurahan."), galat=True)
            return
        tujuan = Path(self.tujuan.text().strip()).absolute()
        if tujuan.suffix.lower() != ".pdf":
            self.tampil_status(self.tr("Pilih berkas tujuan .pdf di folder yang ada."),
                               galat=True)
            return
        alasan = xtujuan.alasan_tidak_bisa_ditulis(tujuan)  # a pulled stick: say which folder
        if alasan is not None:
            self.tampil_status(bahasa.teks(alasan), galat=True)
            return
        db_path, pengguna = self.jendela.db_path, self.jendela.pengguna
        pejabat = self.nama_camat.text().strip() or None
        # the title as the list first offers it is the default: not a sign of one meeting
        jabatan = " ".join(self.jabatan.currentText().split()) or None
        if not self.jabatan.isEnabled() or (
                self.jabatan.count() and jabatan == self.jabatan.itemText(0)):
            jabatan = None
        nip = self.nip.text().strip() or None
        # A signer filled in from memory does not by itself make one meeting: with only a date,
        # each desa met apart (as before the memory); a place or a BA number says it was one.
        dari_ingatan = (self.jenis.currentIndex() == BERITA_ACARA and pejabat is not None
                        and self._diingat is not None
                        and self._penandatangan() == self._diingat
                        and not self.tempat.text().strip() and not self.nomor.text().strip())
        if dari_ingatan:
            pejabat = jabatan = nip = None
        if self.jenis.currentIndex() == BERITA_ACARA:
            opsi: xdokumen.OpsiBeritaAcara | xdokumen.OpsiDaftarKunjungan = \
                xdokumen.OpsiBeritaAcara(
                    kode or "", nomor=self.nomor.text().strip() or None,
                    tanggal=(self.tanggal.date().toPython() if self.isi_tanggal.isChecked()
                             else None),
                    tempat=self.tempat.text().strip() or None,
                    nama_operator=self.nama_operator.text().strip() or None,
                    nama_verifikator=self.nama_verifikator.text().strip() or None,
                    nama_kepala_desa=self.nama_kepala.text().strip() or None,
                    kantor=Pengaturan.muat().nama_kantor or None,
                    nama_camat=None if _kabupaten(kode) else pejabat,
                    nama_kepala_dinas=pejabat if _kabupaten(kode) else None,
                    jabatan=jabatan, nip=nip)
        else:
            opsi = xdokumen.OpsiDaftarKunjungan(
                kode or "", semua=self.semua.isChecked(),
                nama_petugas=self.petugas.text().strip() or None)

        def buat(db: sdb.BasisData) -> xdokumen.Dokumen | xdokumen.DokumenWilayah:
            if not _satu_desa(kode):  # each desa of the region in one PDF
                return xdokumen.dokumen_wilayah(db, opsi, pengguna, kode)
            if isinstance(opsi, xdokumen.OpsiBeritaAcara):
                return xdokumen.berita_acara(db, opsi, pengguna, catat=False)
            return xdokumen.daftar_kunjungan(db, opsi, pengguna, catat=False)

        def kerja(k: Konteks) -> xdokumen.Dokumen | xdokumen.DokumenWilayah:
            with sdb.terbuka(db_path, jaga_berkas=True) as db:
                dokumen = buat(db)
                # QPainter on a QPdfWriter works off the UI thread: a desa of 6,000 families is
                # several hundred pages. A missing folder, a full disk or quota:
                # TujuanTidakBisaDitulis says which, and the printing is recorded only once the
                # PDF is complete (nothing recorded for a PDF that is nowhere).
                cetak.tulis_pdf(dokumen, tujuan, kemajuan=k.lapor, dibatalkan=k.dibatalkan,
                                sebelum_dipasang=lambda: xdokumen.catat_cetak(db, dokumen,
                                                                              pengguna))
            return dokumen

        self.buka.setEnabled(False)
        diisi = isinstance(opsi, xdokumen.OpsiBeritaAcara) and opsi.tanggal is not None
        penandatangan = (kode or "", *self._penandatangan())
        self.jalankan(kerja, lambda d: self._selesai(d, tujuan, diisi, penandatangan,
                                                    dari_ingatan),
                      self.tr("Menyiapkan dokumen..."))

    def _selesai(self, dokumen: xdokumen.Dokumen | xdokumen.DokumenWilayah,
                 tujuan: Path, tanggal_diisi: bool = False,
                 penandatangan: tuple[str, str, str, str] | None = None,
                 ingatan_diabaikan: bool = False) -> None:
        self.hasil = tujuan
        _ingat(tujuan.parent)
        self.buka.setEnabled(True)
        if isinstance(dokumen, xdokumen.DokumenWilayah):
            rapat = dokumen.musdes and (dokumen.musdes[0].musyawarah_kecamatan
                                        or dokumen.musdes[0].musyawarah_kabupaten)
            if rapat and penandatangan is not None:
                # the official who signed this meeting, offered again for this region
                settings.ingat_penandatangan(*penandatangan)
                if penandatangan[0] == self._kode_rapat:
                    self._diingat = penandatangan[1:]
            teks = self.tr("{0}: {1} desa/kelurahan, {2} keluarga, disimpan ke {3}").format(
                bahasa.teks(dokumen.judul), angka(len(dokumen.desa)),
                angka(dokumen.jumlah_keluarga), str(tujuan))
            if dokumen.musdes and dokumen.musdes[0].musyawarah_kecamatan:
                nomor = dokumen.musdes[0].nomor
                teks += ". " + (self.tr(
                    "Satu musyawarah kecamatan: {0} desa sebagai bagian berita acara nomor {1}, "
                    "ditandatangani camat.").format(angka(len(dokumen.musdes)), nomor) if nomor
                    else self.tr("Satu musyawarah kecamatan: {0} desa sebagai bagiannya, "
                                 "ditandatangani camat; nomor BA diisi tangan.").format(
                        angka(len(dokumen.musdes))))
            elif dokumen.musdes and dokumen.musdes[0].musyawarah_kabupaten:
                nomor = dokumen.musdes[0].nomor
                teks += ". " + (self.tr(
                    "Satu musyawarah kabupaten/kota: {0} desa sebagai bagian berita acara nomor "
                    "{1}, ditandatangani kepala dinas.").format(angka(len(dokumen.musdes)),
                                                               nomor) if nomor
                    else self.tr("Satu musyawarah kabupaten/kota: {0} desa sebagai bagiannya, "
                                 "ditandatangani kepala dinas; nomor BA diisi tangan.").format(
                        angka(len(dokumen.musdes))))
            elif dokumen.musdes and tanggal_diisi:
                lain = sum(m.tanggal_lain for m in dokumen.musdes)
                teks += ". " + self.tr(
                    "Tanggal musyawarah yang diisi dipakai di semua {0} desa, nomor BA tercatat "
                    "untuk {1}; selebihnya diisi tangan.").format(
                    angka(len(dokumen.musdes)),
                    angka(sum(m.nomor is not None for m in dokumen.musdes)))
                if lain:
                    teks += " " + self.tr(
                        "{0} desa mencatat tanggal musdes lain di data keluarganya.").format(
                        angka(lain))
                if ingatan_diabaikan:
                    teks += " " + self.tr(
                        "Penandatangan yang diingat tidak dipakai: tanpa Tempat atau Nomor BA, "
                        "tiap desa dianggap bermusyawarah sendiri. Untuk satu musyawarah, isi "
                        "juga Tempat atau Nomor BA.")
            elif dokumen.musdes:
                teks += ". " + self.tr(
                    "Tanggal musdes tercatat untuk {0} dari {1} desa, nomor BA untuk {2}; "
                    "selebihnya diisi tangan.").format(
                    angka(sum(m.tanggal is not None for m in dokumen.musdes)),
                    angka(len(dokumen.musdes)),
                    angka(sum(m.nomor is not None for m in dokumen.musdes)))
            self.tampil_status(teks)
            return
        teks = self.tr("{0}: {1} keluarga, disimpan ke {2}").format(
            bahasa.teks(dokumen.judul), angka(dokumen.jumlah_keluarga), str(tujuan))
        m = dokumen.musdes
        if m is not None and (m.nomor is None or m.tanggal is None):
            teks += ". " + bahasa.teks(m.uraian())  # what is left for the pen, and why
        self.tampil_status(teks)

    def _buka(self) -> None:
        if self.hasil:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.hasil)))


# ---------------------------------------------------------------------------------------------
def _buka_dialog(jendela: MainWindow, atribut: str, buat: Callable[[], QDialog]) -> QDialog:
    dialog = getattr(jendela, atribut, None)
    if dialog is None or not dialog.isVisible():
        if dialog is not None:  # a fresh dialog each time; the old one goes
            dialog.setObjectName("")
            dialog.deleteLater()
        dialog = buat()
        setattr(jendela, atribut, dialog)
    dialog.open()
    dialog.raise_()
    return dialog


def buka_ekspor(jendela: MainWindow) -> DialogEkspor:
    """Open (or raise) the export dialog."""
    return _buka_dialog(jendela, "dialog_ekspor", lambda: DialogEkspor(jendela))


def buka_impor_koreksi(jendela: MainWindow) -> DialogImporKoreksi:
    """Open (or raise) the re-import dialog."""
    return _buka_dialog(jendela, "dialog_impor_koreksi", lambda: DialogImporKoreksi(jendela))


def buka_dokumen(jendela: MainWindow, jenis: int) -> DialogDokumen:
    """Open (or raise) the document dialog on the given document type."""
    dialog = _buka_dialog(jendela, "dialog_dokumen", lambda: DialogDokumen(jendela, jenis))
    if not dialog.berjalan():
        dialog.jenis.setCurrentIndex(jenis)
    return dialog


def pasang(jendela: MainWindow) -> None:
    """Add the export, re-import and document entries to the Laporan menu."""
    menu = jendela.menu_laporan
    menu.addSeparator()
    entri = (
        ("aksiEksporProvinsi", QT_TRANSLATE_NOOP("Laporan", "&Ekspor workbook provinsi..."),
         "Ctrl+E", lambda: buka_ekspor(jendela)),
        ("aksiImporKoreksi",
         QT_TRANSLATE_NOOP("Laporan", "&Impor ulang workbook hasil koreksi..."),
         "Ctrl+Shift+I", lambda: buka_impor_koreksi(jendela)),
        ("aksiCetakBeritaAcara",
         QT_TRANSLATE_NOOP("Laporan", "Cetak &Berita Acara Hasil Verifikasi..."),
         "Ctrl+Shift+A", lambda: buka_dokumen(jendela, BERITA_ACARA)),
        ("aksiCetakDaftarKunjungan", QT_TRANSLATE_NOOP("Laporan", "Cetak Daftar &Kunjungan..."),
         "Ctrl+Shift+K", lambda: buka_dokumen(jendela, DAFTAR_KUNJUNGAN)),
    )
    for nama, teks, pintasan, buka in entri:
        aksi = QAction(_tr(teks), jendela)
        aksi.setObjectName(nama)
        aksi.setShortcut(QKeySequence(pintasan))
        aksi.triggered.connect(lambda _c=False, b=buka: b())
        menu.addAction(aksi)
        if nama == "aksiImporKoreksi":
            menu.addSeparator()
    aksi = QAction(_tr(QT_TRANSLATE_NOOP("Laporan", "Simpan laporan &temuan...")), jendela)
    aksi.setObjectName("aksiLaporanTemuan")
    aksi.setStatusTip(_tr(QT_TRANSLATE_NOOP(
        "Laporan", "Semua temuan kualitas data ke workbook Excel, untuk diperbaiki bersama "
        "Dukcapil")))
    # the report holds names and NIKs of the whole database and is audited: the roles that
    # import (the import dialog offers the same report)
    aksi.setEnabled(boleh(jendela.pengguna, Aksi.IMPOR) and not jendela.pengguna.baca_saja)
    aksi.triggered.connect(lambda _c=False: _pilih_laporan_temuan(jendela))
    menu.addSeparator()
    menu.addAction(aksi)


def _pilih_laporan_temuan(jendela: MainWindow) -> Tugas | None:
    nama, _ = QFileDialog.getSaveFileName(
        jendela, _tr(QT_TRANSLATE_NOOP("Laporan", "Simpan laporan temuan")),
        str(_folder_dokumen() / f"Laporan_temuan_{dt.date.today():%Y%m%d}.xlsx"),
        _tr(QT_TRANSLATE_NOOP("Laporan", "Workbook Excel (*.xlsx)")))
    return simpan_laporan_temuan(jendela, Path(nama)) if nama else None


def simpan_laporan_temuan(jendela: MainWindow, tujuan: Path) -> Tugas:
    """Laporan > "Simpan laporan temuan...": every finding of the database written to
    ``tujuan`` off the UI thread (the same report as the import dialog's and
    ``report-temuan``); a message box (objectName ``pesanLaporanTemuan``) says where, or why
    not."""
    from kalbar_desktop.exchange import laporan_temuan
    from kalbar_desktop.ui.kabar import kabar

    db_path, pengguna = jendela.db_path, jendela.pengguna.nama

    def kerja(_k: Konteks) -> int:
        with sdb.terbuka(db_path, jaga_berkas=True) as db:
            return laporan_temuan.tulis(db, tujuan, pengguna=pengguna)

    tugas = Tugas(kerja, jendela)

    def selesai(n: int) -> None:
        tugas.deleteLater()
        _ingat(tujuan.parent)
        kabar(jendela, _tr(QT_TRANSLATE_NOOP(
            "Laporan", "Laporan temuan ({0} temuan) disimpan: {1}")).format(
            angka(n), str(tujuan)), nama="pesanLaporanTemuan")

    def gagal(e: object, jejak: str) -> None:
        tugas.deleteLater()
        if isinstance(e, (laporan_temuan.KesalahanLaporan, sdb.KesalahanPenyimpanan)):
            teks = bahasa.teks(e)
        else:
            _log.error("Laporan temuan gagal:\n%s", jejak)
            teks = _tr(QT_TRANSLATE_NOOP(
                "Laporan", "Laporan temuan tidak bisa disimpan karena kesalahan program. "
                "Rinciannya ada di log (Bantuan > Buka folder log)."))
        kabar(jendela, teks, "peringatan", nama="pesanLaporanTemuan")

    tugas.selesai.connect(selesai)
    tugas.gagal.connect(gagal)
    tugas.mulai()
    return tugas
