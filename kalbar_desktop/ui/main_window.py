"""The main window: menu, region tree, household table, detail area and status bar.
It wires the parts together; the work itself lives in storage and exchange."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kalbar_desktop import APP_NAME, __version__
from kalbar_desktop.domain.akses import Aksi, Pengguna, boleh
from kalbar_desktop.storage import statistik
from kalbar_desktop.storage.db import BasisData
from kalbar_desktop.ui import fitur
from kalbar_desktop.ui.household_model import HouseholdModel
from kalbar_desktop.ui.region_tree import RegionTree


class MainWindow(QMainWindow):
    """The application window on one open database."""

    disegarkan = Signal()
    """Emitted at the end of :meth:`segarkan` (after imports, saves...): pages such as the
    dashboard recompute their figures."""

    def __init__(self, db: BasisData, db_path: Path, pengguna: Pengguna):
        super().__init__()
        self.db = db
        self.db_path = Path(db_path)
        self.pengguna = pengguna
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{APP_NAME} {__version__} - {self.db_path.name}")
        self.resize(1280, 780)

        self.region_tree = RegionTree()
        self.model = HouseholdModel(db, nik_penuh=boleh(pengguna, Aksi.LIHAT_NIK_PENUH),
                                    wilayah_pengguna=pengguna.wilayah)
        self.table = QTableView()
        self.table.setObjectName("householdTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for kolom, lebar in enumerate((130, 200, 140, 50, 130, 150, 150, 100, 60)):
            self.table.setColumnWidth(kolom, lebar)

        self.detail = QStackedWidget()
        self.detail.setObjectName("detailArea")
        self.pesan_kosong = QLabel()
        self.pesan_kosong.setObjectName("firstRunMessage")
        self.pesan_kosong.setWordWrap(True)
        self.pesan_kosong.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pesan_kosong.setTextFormat(Qt.TextFormat.RichText)
        self.pesan_pilih = QLabel(self.tr("Pilih keluarga di tabel untuk melihat rinciannya."))
        self.pesan_pilih.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.addWidget(self.pesan_pilih)

        tengah = QWidget()
        tata = QVBoxLayout(tengah)
        tata.setContentsMargins(0, 0, 0, 0)
        self.isi = QStackedWidget()
        self.isi.addWidget(self.table)
        self.isi.addWidget(self.pesan_kosong)
        tata.addWidget(self.isi)

        pemisah = QSplitter(Qt.Orientation.Horizontal)
        pemisah.addWidget(self.region_tree)
        pemisah.addWidget(tengah)
        pemisah.addWidget(self.detail)
        pemisah.setStretchFactor(1, 3)
        pemisah.setSizes([260, 760, 260])
        self.pemisah = pemisah
        self.tab = QTabWidget()
        self.tab.setObjectName("mainTabs")
        self.tab.setDocumentMode(True)
        self.tab.addTab(pemisah, self.tr("Data keluarga"))
        self.setCentralWidget(self.tab)

        self.label_db = QLabel()
        self.label_jumlah = QLabel()
        self.statusBar().addWidget(self.label_db, 1)
        self.statusBar().addPermanentWidget(self.label_jumlah)

        self._buat_menu()
        self.region_tree.wilayah_dipilih.connect(self._saring_wilayah)
        self.segarkan()

    def _buat_menu(self) -> None:
        """The menus; each feature adds its own actions (see :mod:`kalbar_desktop.ui.fitur`)."""
        bar = self.menuBar()
        self.menu_berkas = bar.addMenu(self.tr("&Berkas"))
        self.menu_data = bar.addMenu(self.tr("&Data"))
        self.menu_verifikasi = bar.addMenu(self.tr("&Verifikasi"))
        self.menu_laporan = bar.addMenu(self.tr("&Laporan"))
        self.menu_alat = bar.addMenu(self.tr("&Alat"))
        self.menu_bantuan = bar.addMenu(self.tr("Ba&ntuan"))
        fitur.pasang_semua(self)
        self.menu_berkas.addSeparator()
        self.aksi_keluar = QAction(self.tr("&Keluar"), self)
        self.aksi_keluar.setObjectName("aksiKeluar")
        self.aksi_keluar.setShortcut(QKeySequence.StandardKey.Quit)
        self.aksi_keluar.triggered.connect(self.close)
        self.menu_berkas.addAction(self.aksi_keluar)

    def tambah_tab(self, widget: QWidget, judul: str) -> int:
        """Add a page (e.g. the dashboard) beside the household data; returns its index."""
        return self.tab.addTab(widget, judul)

    def segarkan(self) -> None:
        """Reload the tree, the table and the counts from the database."""
        self.region_tree.muat(self.db)
        self.model.muat_ulang()
        k, a = statistik.jumlah(self.db)
        self.label_db.setText(self.tr("Basis data: {0}").format(str(self.db_path)))
        self.label_jumlah.setText(
            self.tr("{0} keluarga, {1} anggota").format(f"{k:,}".replace(",", "."),
                                                         f"{a:,}".replace(",", ".")))
        if k == 0:
            self.pesan_kosong.setText(self.tr(
                "<h2>Selamat datang di Kalbar Desktop</h2>"
                "<p>Basis data ini masih kosong.</p>"
                "<p>Untuk mulai, impor berkas P3KE dari menu <b>Data &gt; Impor P3KE...</b> "
                "(berkas Keluarga dan Individu sekaligus, .xlsx atau .csv),<br>"
                "atau dari baris perintah: <code>kalbar-desktop import BERKAS...</code></p>"))
            self.isi.setCurrentWidget(self.pesan_kosong)
        else:
            self.isi.setCurrentWidget(self.table)
        self.disegarkan.emit()

    def _saring_wilayah(self, kode: str) -> None:
        from dataclasses import replace

        self.model.set_saring(replace(self.model.saring, kode_wilayah=kode or None))

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
