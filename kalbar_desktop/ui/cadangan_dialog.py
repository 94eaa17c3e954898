"""The restore dialog (``restoreDialog``): the backups of the rotating set, newest first, or a
backup file chosen elsewhere (a USB stick). Emits :attr:`PulihkanDialog.dipilih` with the file
after the person confirms; the restore itself is done by the caller."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kalbar_desktop.storage import cadangan as scadangan
from kalbar_desktop.ui.label import label_alasan_cadangan
from kalbar_desktop.ui.layar import atur_ukuran
from kalbar_desktop.ui.lokal import ukuran_berkas, waktu

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class PulihkanDialog(QDialog):
    """Choose a backup to restore."""

    dipilih = Signal(object)
    """The chosen backup file (``Path``), after confirmation."""

    def __init__(self, db_path: Path, parent: QWidget | None = None, pilih: Path | None = None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Pulihkan dari cadangan"))
        self.db_path = Path(db_path)
        self.berkas_lain: Path | None = None

        keterangan = QLabel(self.tr(
            "Pemulihan mengganti <b>seluruh isi</b> basis data {0} dengan isi cadangan yang "
            "dipilih. Cadangan diperiksa lebih dulu, dan basis data sekarang disalin ke folder "
            "cadangan sebelum diganti, jadi tidak ada yang hilang.").format(self.db_path.name))
        keterangan.setWordWrap(True)
        keterangan.setTextFormat(Qt.TextFormat.RichText)

        self.tabel = QTableWidget(0, 3)
        self.tabel.setObjectName("daftarCadangan")
        self.tabel.setHorizontalHeaderLabels(
            [self.tr("Waktu"), self.tr("Jenis"), self.tr("Ukuran")])
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabel.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabel.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabel.verticalHeader().hide()
        self.tabel.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.tabel.doubleClicked.connect(lambda _i: self.konfirmasi())
        self.kosong = QLabel(self.tr("Belum ada cadangan di {0}.").format(
            scadangan.folder_cadangan(self.db_path)))
        self.kosong.setObjectName("cadanganKosong")
        self.kosong.setWordWrap(True)

        lain = QPushButton(self.tr("Pilih &berkas lain..."))
        lain.setObjectName("pilihBerkasCadangan")
        lain.clicked.connect(self._pilih_berkas)
        tombol = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.tombol_pulihkan = tombol.button(QDialogButtonBox.StandardButton.Ok)
        self.tombol_pulihkan.setText(self.tr("&Pulihkan..."))
        self.tombol_pulihkan.setObjectName("tombolPulihkan")
        tombol.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Tutup"))
        tombol.addButton(lain, QDialogButtonBox.ButtonRole.ActionRole)
        tombol.accepted.connect(self.konfirmasi)
        tombol.rejected.connect(self.reject)

        tata = QVBoxLayout(self)
        tata.addWidget(keterangan)
        tata.addWidget(self.tabel)
        tata.addWidget(self.kosong)
        tata.addWidget(tombol)
        atur_ukuran(self, 640, 400)
        self.muat(pilih)

    def muat(self, pilih: Path | None = None) -> None:
        """List the rotating set (and select ``pilih`` when given)."""
        daftar = scadangan.daftar(self.db_path)
        self.tabel.setRowCount(len(daftar))
        for i, c in enumerate(daftar):
            sel = [QTableWidgetItem(waktu(c.waktu, detik=True)),
                   QTableWidgetItem(label_alasan_cadangan(c.alasan)),
                   QTableWidgetItem(ukuran_berkas(c.ukuran))]
            for k, item in enumerate(sel):
                item.setData(PATH_ROLE, str(c.path))
                self.tabel.setItem(i, k, item)
            if pilih is not None and c.path == Path(pilih):
                self.tabel.selectRow(i)
        if daftar and not self.tabel.selectedItems():
            self.tabel.selectRow(0)
        self.tabel.resizeColumnToContents(0)
        self.kosong.setVisible(not daftar)
        self.tabel.setVisible(bool(daftar))

    def terpilih(self) -> Path | None:
        """The file that would be restored."""
        if self.berkas_lain is not None:
            return self.berkas_lain
        item = self.tabel.currentItem() or next(iter(self.tabel.selectedItems()), None)
        return Path(item.data(PATH_ROLE)) if item is not None else None

    def _pilih_berkas(self) -> None:
        nama, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas cadangan"), str(scadangan.folder_cadangan(self.db_path)),
            self.tr("Basis data Kalbar Desktop (*.db);;Semua berkas (*)"))
        if nama:
            self.berkas_lain = Path(nama)
            self.konfirmasi()

    def konfirmasi(self) -> None:
        """Ask once more, then emit :attr:`dipilih`."""
        path = self.terpilih()
        if path is None:
            return
        tanya = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), self.tr(
            "Ganti seluruh isi basis data {0} dengan cadangan {1}?").format(
            self.db_path.name, path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        tanya.setObjectName("konfirmasiPulihkan")
        tanya.button(QMessageBox.StandardButton.Yes).setText(self.tr("Ya, pulihkan"))
        tanya.button(QMessageBox.StandardButton.No).setText(self.tr("Batal"))
        tanya.setDefaultButton(QMessageBox.StandardButton.No)

        def jawab(tombol) -> None:
            if tanya.standardButton(tombol) == QMessageBox.StandardButton.Yes:
                self.accept()
                self.dipilih.emit(path)
            else:
                self.berkas_lain = None

        tanya.buttonClicked.connect(jawab)
        self.tanya = tanya
        tanya.open()
