"""The audit log window (``auditLogDialog``, Alat > Jejak audit...): filter by user, date,
family and action; export the matching rows to xlsx (recorded in the audit trail itself).

The table shows the newest :data:`BATAS_TAMPIL` matching rows; the export writes all of them.
NIKs in the values are masked for users who may not see them in full.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kalbar_desktop.domain import jejak, keterangan_jejak
from kalbar_desktop.domain.akses import Aksi, Pengguna, boleh
from kalbar_desktop.exchange import ekspor_audit
from kalbar_desktop.storage import audit as saudit
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import bahasa
from kalbar_desktop.ui import label as ul
from kalbar_desktop.ui.kabar import kabar
from kalbar_desktop.ui.label_kode import nilai_tampil
from kalbar_desktop.ui.layar import atur_ukuran
from kalbar_desktop.ui.lokal import angka, waktu
from kalbar_desktop.ui.tasks import Konteks, Tugas

BATAS_TAMPIL = 5000
LEBAR_PENGGUNA = (ekspor_audit.LEBAR[2] * 7, 340)
"""Narrowest and widest the Pengguna column is made for its names (pixels)."""


_K_WAKTU, _K_PENGGUNA, _K_TINDAKAN, _K_KODE, _K_TABEL, _K_ID_REKAMAN, _K_KOLOM = \
    1, 2, 3, 4, 5, 6, 8
_K_ALASAN, _K_KETERANGAN = 11, 12
_K_NILAI = (9, 10)
"""Columns of :func:`ekspor_audit.baris_tampilan` shown in the window's language."""


class _ModelLog(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.baris: list[list] = []

    def isi(self, baris: list[list]) -> None:
        self.beginResetModel()
        self.baris = baris
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.baris)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(ekspor_audit.JUDUL)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ul.judul_audit(section)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        baris = self.baris[index.row()]
        nilai = baris[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == _K_TINDAKAN:
                return ul.label_aksi_audit(baris[_K_KODE])
            if index.column() == _K_PENGGUNA:
                return ul.pelaku_audit(nilai, baris[_K_KETERANGAN])
            if index.column() in (_K_ALASAN, _K_KETERANGAN) and nilai:
                # the program's own reasons and notes in the window's language, a JSON note as
                # its words, counts as the locale writes them (100.000); the stored text (as
                # the export writes it, and as the audit chain hashes it) in the tip
                teks = bahasa.teks_angka(keterangan_jejak.urai_alasan(str(nilai))
                                         if index.column() == _K_ALASAN
                                         else keterangan_jejak.tampilan(str(nilai)))
                if role == Qt.ItemDataRole.ToolTipRole and teks != nilai:
                    return f"{teks}\n\n{nilai}"
                return teks
            if index.column() == _K_WAKTU and nilai:
                return waktu(nilai, detik=True)
            if index.column() == _K_TABEL and nilai:
                label = ul.label_tabel_audit(str(nilai))
                if role == Qt.ItemDataRole.ToolTipRole and label != nilai:
                    return f"{label} ({nilai})"
                return label
            if index.column() in _K_NILAI and nilai:
                # a status code, a role, a code-list value: in the window's language, the
                # stored value (as the export writes it) beside it in the tip
                label = (bahasa.teks(keterangan_jejak.urai(str(nilai)))
                         if baris[_K_KODE] == jejak.AKUN_DIBUAT and not baris[_K_KOLOM]
                         else nilai_tampil(baris[_K_KOLOM], str(nilai)))  # "peran operator"
                if role == Qt.ItemDataRole.ToolTipRole and label != nilai:
                    return f"{label} ({nilai})"
                return label
            if index.column() in (_K_KOLOM, _K_ID_REKAMAN) and nilai:
                # the words of the exported log ("Nama kepala keluarga", a setting's label),
                # translated; the stored name beside it in the tip
                label = (ul.label_field(str(nilai)) if index.column() == _K_KOLOM
                         else ul.label_id_rekaman(baris[_K_TABEL], str(nilai)))
                if role == Qt.ItemDataRole.ToolTipRole and label != nilai:
                    return f"{label} ({nilai})"
                return label
            return "" if nilai is None else str(nilai)
        return None


class AuditLogDialog(QDialog):
    """The audit log window."""

    def __init__(self, db: sdb.BasisData, db_path: Path, pengguna: Pengguna,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("auditLogDialog")
        self.setWindowTitle(self.tr("Jejak audit - {0}").format(Path(db_path).name))
        self.db = db
        self.db_path = Path(db_path)
        self.pengguna = pengguna
        self.nik_penuh = boleh(pengguna, Aksi.LIHAT_NIK_PENUH)
        self.tugas: Tugas | None = None

        self.pilih_pengguna = QComboBox()
        self.pilih_pengguna.setObjectName("auditPengguna")
        self.pilih_aksi = QComboBox()
        self.pilih_aksi.setObjectName("auditAksi")
        self.keluarga = QLineEdit()
        self.keluarga.setObjectName("auditKeluarga")
        self.keluarga.setPlaceholderText(self.tr("ID Keluarga"))
        self.keluarga.setClearButtonEnabled(True)
        hari_ini = QDate.currentDate()
        self.pakai_dari = QCheckBox(self.tr("&Dari"))
        self.pakai_dari.setObjectName("auditPakaiDari")
        self.dari = QDateEdit(hari_ini.addDays(-30))
        self.dari.setObjectName("auditDari")
        self.pakai_sampai = QCheckBox(self.tr("&Sampai"))
        self.pakai_sampai.setObjectName("auditPakaiSampai")
        self.sampai = QDateEdit(hari_ini)
        self.sampai.setObjectName("auditSampai")
        for d in (self.dari, self.sampai):
            d.setCalendarPopup(True)
            d.setDisplayFormat("dd-MM-yyyy")
            d.setEnabled(False)
        self.pakai_dari.toggled.connect(self.dari.setEnabled)
        self.pakai_sampai.toggled.connect(self.sampai.setEnabled)

        self.model = _ModelLog(self)
        self.tabel = QTableView()
        self.tabel.setObjectName("auditTabel")
        self.tabel.setModel(self.model)
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabel.setAlternatingRowColors(True)
        self.tabel.verticalHeader().hide()
        self.tabel.verticalHeader().setDefaultSectionSize(22)
        self.tabel.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for k, lebar in enumerate(ekspor_audit.LEBAR):
            self.tabel.setColumnWidth(k, lebar * 7)
        self.tabel.setColumnWidth(_K_WAKTU, self.tabel.fontMetrics().horizontalAdvance(
            waktu(datetime(2026, 12, 28, 23, 59, 59), detik=True)) + 16)
        self.tabel.setColumnHidden(4, True)
        self.jumlah = QLabel()
        self.jumlah.setObjectName("auditJumlah")

        terapkan = QPushButton(self.tr("&Tampilkan"))
        terapkan.setObjectName("auditTerapkan")
        terapkan.setDefault(True)
        terapkan.clicked.connect(self.muat)
        self.tombol_ekspor = QPushButton(self.tr("&Ekspor ke Excel..."))
        self.tombol_ekspor.setObjectName("auditEkspor")
        self.tombol_ekspor.clicked.connect(self._pilih_tujuan)
        self.tombol_ekspor.setEnabled(not getattr(db, "baca_saja", False))
        tutup = QPushButton(self.tr("T&utup"))
        tutup.clicked.connect(self.close)
        for kotak in (self.pilih_pengguna, self.pilih_aksi):
            kotak.currentIndexChanged.connect(lambda _i: self.muat())
        self.keluarga.returnPressed.connect(self.muat)

        saring = QGridLayout()
        for kolom, (teks, isian) in enumerate(((self.tr("&Pengguna:"), self.pilih_pengguna),
                                               (self.tr("T&indakan:"), self.pilih_aksi),
                                               (self.tr("&Keluarga:"), self.keluarga))):
            label = QLabel(teks)
            label.setBuddy(isian)
            saring.addWidget(label, 0, kolom * 2)
            saring.addWidget(isian, 0, kolom * 2 + 1)
        saring.addWidget(self.pakai_dari, 1, 0)
        saring.addWidget(self.dari, 1, 1)
        saring.addWidget(self.pakai_sampai, 1, 2)
        saring.addWidget(self.sampai, 1, 3)
        saring.addWidget(terapkan, 1, 5, Qt.AlignmentFlag.AlignLeft)
        saring.setColumnStretch(5, 1)
        bawah = QHBoxLayout()
        bawah.addWidget(self.jumlah, 1)
        bawah.addWidget(self.tombol_ekspor)
        bawah.addWidget(tutup)
        tata = QVBoxLayout(self)
        tata.addLayout(saring)
        tata.addWidget(self.tabel)
        tata.addLayout(bawah)
        atur_ukuran(self, 1100, 600)
        self._isi_pilihan()
        self.muat()

    def _isi_pilihan(self) -> None:
        for kotak in (self.pilih_pengguna, self.pilih_aksi):
            kotak.blockSignals(True)
            kotak.clear()
        self.pilih_pengguna.addItem(self.tr("Semua pengguna"), None)
        for nama in saudit.nilai_berbeda(self.db, "pengguna"):
            self.pilih_pengguna.addItem(nama, nama)
        self.pilih_aksi.addItem(self.tr("Semua tindakan"), None)
        for kode in saudit.nilai_berbeda(self.db, "aksi"):
            self.pilih_aksi.addItem(ul.label_aksi_audit(kode), kode)
        for kotak in (self.pilih_pengguna, self.pilih_aksi):
            kotak.blockSignals(False)

    def saring(self) -> saudit.SaringAudit:
        """The filter as set in the window."""
        return saudit.SaringAudit(
            pengguna=self.pilih_pengguna.currentData(),
            aksi=self.pilih_aksi.currentData(),
            id_keluarga=self.keluarga.text().strip() or None,
            dari=self.dari.date().toString("yyyy-MM-dd") if self.pakai_dari.isChecked() else None,
            sampai=(self.sampai.date().toString("yyyy-MM-dd")
                    if self.pakai_sampai.isChecked() else None))

    def muat(self) -> None:
        """Show the newest matching rows."""
        s = self.saring()
        baris = saudit.cari(self.db, s, BATAS_TAMPIL)
        self.model.isi([ekspor_audit.baris_tampilan(b, self.nik_penuh) for b in baris])
        self._lebarkan_pengguna()
        total = saudit.hitung(self.db, s)
        teks = self.tr("{0} baris cocok").format(angka(total))
        if total > len(baris):
            teks += self.tr("; yang terbaru {0} ditampilkan, ekspor untuk semuanya").format(
                angka(len(baris)))
        if not self.nik_penuh:
            teks += self.tr(". NIK disamarkan.")
        self.jumlah.setText(teks)

    def _lebarkan_pengguna(self) -> None:
        """The Pengguna column as wide as its longest name shown ("Pembaruan program (0012
        kelayakan_tanpa_status)" of a migration's rows), within :data:`LEBAR_PENGGUNA`; the
        full text stays in the tooltip. Widened only: a width the person dragged is kept."""
        ukur = self.tabel.fontMetrics().horizontalAdvance
        pelaku = {(b[_K_PENGGUNA], None if b[_K_PENGGUNA] else b[_K_KETERANGAN])
                  for b in self.model.baris}  # a migration's rows: no user, its note
        teks = {ul.pelaku_audit(p, k) for p, k in pelaku}
        teks.add(self.model.headerData(_K_PENGGUNA, Qt.Orientation.Horizontal))
        terlebar = max(ukur(t) for t in teks if t) + 16
        lebar = min(max(terlebar, LEBAR_PENGGUNA[0]), LEBAR_PENGGUNA[1])
        if lebar > self.tabel.columnWidth(_K_PENGGUNA):
            self.tabel.setColumnWidth(_K_PENGGUNA, lebar)

    def _pilih_tujuan(self) -> None:
        nama, _ = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor jejak audit"),
            str(Path.home() / f"jejak-audit-{self.db_path.stem}.xlsx"),
            self.tr("Workbook Excel (*.xlsx)"))
        if nama:
            if not nama.lower().endswith(".xlsx"):
                nama += ".xlsx"
            self.ekspor(Path(nama))

    def ekspor(self, tujuan: Path) -> Tugas:
        """Export the matching rows to ``tujuan`` off the UI thread."""
        from PySide6.QtWidgets import QProgressDialog

        s, path, pengguna = self.saring(), self.db_path, self.pengguna
        sudah_ada = tujuan.exists()
        dialog = QProgressDialog(self.tr("Mengekspor jejak audit..."), self.tr("Batal"), 0, 100,
                                 self)
        dialog.setObjectName("auditEksporKemajuan")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)

        def kerja(k: Konteks) -> int:
            with sdb.terbuka(path, jaga_berkas=True) as db:
                return ekspor_audit.ekspor(db, s, tujuan, pengguna, k.lapor, k.dibatalkan)

        tugas = Tugas(kerja, self)
        dialog.canceled.connect(tugas.batalkan)
        tugas.kemajuan.connect(lambda _p, f: dialog.setValue(int(f * 100)))

        def selesai(n: int) -> None:
            dialog.close()
            self.hasil_ekspor = (tujuan, n)
            self._isi_pilihan()
            self.muat()
            kabar(self, self.tr(
                "{0} baris jejak audit diekspor ke {1}.").format(angka(n), tujuan))

        def gagal(e: object, _jejak: str) -> None:
            dialog.close()
            self.hasil_ekspor = (None, e)
            if isinstance(e, ekspor_audit.EksporDibatalkan):
                kabar(self, self._teks_batal(tujuan, sudah_ada), nama="auditEksporDibatalkan")
            else:
                kabar(self, bahasa.teks(e), "peringatan")

        tugas.selesai.connect(selesai)
        tugas.gagal.connect(gagal)
        self.tugas = tugas
        tugas.mulai()
        return tugas

    def _teks_batal(self, tujuan: Path, sudah_ada: bool) -> str:
        """The cancel line of an export: nothing written, an earlier file of that name kept."""
        if sudah_ada:
            return self.tr("Ekspor jejak audit dibatalkan; berkas {0} tidak diubah.").format(
                tujuan)
        return self.tr("Ekspor jejak audit dibatalkan; berkas {0} tidak dibuat.").format(tujuan)
