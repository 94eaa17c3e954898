"""The main window: menu, region tree and filters, search box, household table, the family form
in the detail area, and the status bar. It wires the parts together; the work itself lives in
storage (and the form talks to :mod:`kalbar_desktop.storage.verifikasi`)."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kalbar_desktop import APP_NAME, __version__
from kalbar_desktop.domain.akses import Aksi, Pengguna, boleh, lingkup
from kalbar_desktop.domain.status import Kelayakan, Persetujuan, StatusVerifikasi
from kalbar_desktop.settings import Pengaturan
from kalbar_desktop.storage import statistik
from kalbar_desktop.storage.db import BasisData, BasisDataTerputus, KesalahanPenyimpanan
from kalbar_desktop.ui import fitur
from kalbar_desktop.ui import label as ul
from kalbar_desktop.ui.household_model import HouseholdModel
from kalbar_desktop.ui.kolom_tabel import lebar_judul, lebar_pas
from kalbar_desktop.ui.layar import BINGKAI, atur_ukuran, ruang_kerja, ukuran_pas
from kalbar_desktop.ui.lokal import angka
from kalbar_desktop.ui.region_tree import RegionTree
from kalbar_desktop.ui.ringkas import LabelPilihan, LabelRingkas
from kalbar_desktop.ui.saring import KotakCari, PanelSaring
from kalbar_desktop.ui.tip import pasang_tip

if TYPE_CHECKING:
    from kalbar_desktop.ui.form_keluarga import FormKeluarga

_log = logging.getLogger(__name__)


_STATUS_UMUM = (StatusVerifikasi.BELUM, StatusVerifikasi.DITEMUKAN,
                StatusVerifikasi.TIDAK_DITEMUKAN, StatusVerifikasi.PINDAH, StatusVerifikasi.GANDA)
"""The statuses the status column fits whole (a rare longer one is cut, whole as tooltip)."""

KOLOM_FORM = ("id_keluarga", "nama_kepala", "status_verifikasi", "jumlah_temuan")
"""Household-table columns kept beside an open form (those an operator moves to the next
family by), however narrow the screen."""
KOLOM_FORM_TAMBAHAN = ("persetujuan", "desa", "nik_kepala", "desil", "kelayakan")
"""Further columns shown beside an open form, in this order, as far as the room allows."""
KOLOM_FORM_DASAR = ("id_keluarga", "nama_kepala")
"""The least a table beside an open form must show (the ID and the head's name at its usual
width, about 18 characters): where even these do not fit beside the form (an 800-pixel
screen), the form takes the whole width instead, with a button back to the list."""
KOLOM_MENGALAH = ("kelayakan",)
"""Chosen columns that give way first, in this order, when the chosen ones do not all fit
beside the region tree with no family open (a 1366-pixel screen at 125 %: 1093 logical
pixels); the Kelayakan filter still finds them by it."""
KOLOM_LENTUR = ("nama_kepala", "desa")
"""Columns of long texts (cut with "...", whole in their tooltip) that give up width next, down
to about eight characters, when the chosen columns still do not fit (a larger font at 125 %).
Then Desil's title shortens to "D" and the region tree narrows to its least width."""
KOLOM_MENGALAH_SEMPIT = ("nik_kepala", "desa", "persetujuan", "desil")
"""Chosen columns that give way last, in this order, when the table is still too wide (an
800-pixel screen, 11 pt at 1024 pixels): the search box finds a NIK, the region tree and the
filters choose a desa and an approval state, and the form shows them. Desil, what the
province targets (desil 1-4), stays as long as anything gives way before it."""


class _Pemisah(QSplitter):
    """The main splitter; tells when its size changed (window maximized, restored...)."""

    diubah_ukuran = Signal()
    bisa_lipat = False
    """True while the parts before the last may fold away (a family's form open): the least
    width is then the form's alone (see :meth:`MainWindow._kolom_dengan_form`)."""

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.diubah_ukuran.emit()

    def minimumSizeHint(self) -> QSize:
        """Qt's least size, less a folded part: Qt counts the least width of the region tree
        and filters folded away beside an open form, so at 11 pt the window's least width
        (1095 pixels) outgrew a 1366x768 screen at 125 % (1093) and a 1024-pixel one."""
        hasil = super().minimumSizeHint()
        ukuran = self.sizes()
        for i in range(self.count()):
            w = self.widget(i)
            if ukuran[i] == 0 and self.isCollapsible(i) and not w.isHidden():
                lebar = w.minimumSize().width() or w.minimumSizeHint().width()
                hasil.setWidth(hasil.width() - lebar)
        if self.bisa_lipat:  # a window narrower than the parts dragged apart: the form alone
            hasil.setWidth(min(hasil.width(), self._lebar_min(self.count() - 1)))
        return hasil

    def _lebar_min(self, i: int) -> int:
        w = self.widget(i)
        return max(w.minimumSize().width(), w.minimumSizeHint().width())

    def sesak(self) -> bool:
        """True when the parts shown need more than the splitter's width (a window made
        narrower than the shares a user dragged: Qt pushes the last part past the edge or
        folds it)."""
        perlu = sum(self._lebar_min(i) + self.handleWidth()
                    for i, u in enumerate(self.sizes())
                    if u > 0 and not self.widget(i).isHidden())
        terakhir = self.count() - 1
        terlipat = self.sizes()[terakhir] == 0 and not self.widget(terakhir).isHidden()
        return perlu - self.handleWidth() > self.width() or terlipat


class MainWindow(QMainWindow):
    """The application window on one open database."""

    disegarkan = Signal()
    """Emitted at the end of :meth:`segarkan` (after imports, saves...): pages such as the
    dashboard recompute their figures."""
    minta_setujui_semua = Signal()
    """The form's "approve all" button was pressed (the feature that does it listens)."""
    basis_data_terjangkau = Signal(bool)
    """The one notice that the database file became unreachable (``False``: a USB stick
    pulled, the folder renamed) or reachable again (``True``, after :meth:`segarkan` read it
    anew); emitted by the guard of :mod:`kalbar_desktop.ui.terputus` when the table's area
    changes, so the tree, the status bar and the table change together."""

    def __init__(self, db: BasisData, db_path: Path, pengguna: Pengguna):
        super().__init__()
        self.db = db
        self.db_path = Path(db_path)
        self.pengguna = pengguna
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{APP_NAME} {__version__} - {self.db_path.name}")
        atur_ukuran(self, self.UKURAN.width(), self.UKURAN.height())
        self.pengaturan = Pengaturan.muat()

        self.region_tree = RegionTree()
        self.panel_saring = PanelSaring()
        kiri = QWidget()
        tata_kiri = QVBoxLayout(kiri)
        tata_kiri.setContentsMargins(0, 0, 0, 0)
        self.catatan_pohon = QLabel(self.tr(
            "Basis data tidak terjangkau: jumlah keluarga tidak ditampilkan."))
        self.catatan_pohon.setObjectName("pohonTerputusLabel")
        self.catatan_pohon.setWordWrap(True)
        self.catatan_pohon.setStyleSheet("color: #a4262c;")
        self.catatan_pohon.hide()
        tata_kiri.addWidget(self.catatan_pohon)
        tata_kiri.addWidget(self.region_tree, 1)
        tata_kiri.addWidget(self.panel_saring)
        self.kiri = kiri

        self.lingkup = lingkup(pengguna)
        """The regions this user sees (``akses.lingkup``; empty: everything): the table, the
        tree, the status bar and the dashboard count only their families."""
        self.region_tree.atur_lingkup(self.lingkup)
        self.model = HouseholdModel(db, nik_penuh=boleh(pengguna, Aksi.LIHAT_NIK_PENUH),
                                    wilayah_pengguna=self.lingkup, muat=False)
        self.table = QTableView()
        self.table.setObjectName("householdTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several rows (Ctrl/Shift+click) for the verifikator's send-back of a selection
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # a chosen row is selected in every column: the header would draw every title in bold,
        # wider than the columns are sized for ("Verification status" was cut beside the form)
        self.table.horizontalHeader().setHighlightSections(False)
        # a title wider than its narrowed column ends in "..." (whole in its tooltip), not cut
        # at both sides ("pala Keluar")
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self._atur_lebar_kolom()
        pasang_tip(self.table)
        self.table.activated.connect(lambda i: self.buka_baris(i.row()))
        # A double click opens the family under the pointer (see eventFilter).
        self.table.viewport().installEventFilter(self)

        self._form: FormKeluarga | None = None  # built when a family is first opened
        self.detail = QStackedWidget()
        self.detail.setObjectName("detailArea")
        self.pesan_kosong = QLabel()
        self.pesan_kosong.setObjectName("firstRunMessage")
        self.pesan_kosong.setWordWrap(True)
        self.pesan_kosong.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pesan_kosong.setTextFormat(Qt.TextFormat.RichText)
        self._teks_petunjuk = self.tr(
            "Pilih keluarga di tabel lalu tekan Enter (atau klik dua kali) untuk membuka "
            "formulir verifikasinya.\n\nCtrl+F: cari · PgUp/PgDn: keluarga sebelumnya/"
            "berikutnya · Ctrl+S: simpan · Ctrl+Enter: simpan dan buka berikutnya · "
            "Esc: kembali ke daftar")
        self.pesan_pilih = QLabel(self._teks_petunjuk)
        self.pesan_pilih.setObjectName("detailPlaceholder")
        self.pesan_pilih.setWordWrap(True)
        self.pesan_pilih.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pesan_pilih.setMargin(24)
        self.detail.addWidget(self.pesan_pilih)

        self.kotak_cari = KotakCari()
        self.label_tampil = QLabel()
        self.label_tampil.setObjectName("shownCountLabel")
        # shown when the hint beside the table has no room (a narrow screen); narrower still
        # it leaves out its last parts whole rather than widen the table's column (its tail
        # ran into the count beside it at 800 px) or end in "..." ("PgUp/PgDn: previ...")
        masuk = self.tr("Enter: buka formulir")
        cari = self.tr("Ctrl+F: cari")
        self.petunjuk_singkat = LabelPilihan([
            f"{masuk} · {cari} · " + self.tr("PgUp/PgDn: keluarga sebelumnya/berikutnya"),
            f"{masuk} · {cari} · " + self.tr("PgUp/PgDn: sebelumnya/berikutnya"),
            f"{masuk} · {cari}", masuk])
        self.petunjuk_singkat.setObjectName("shortHintLabel")
        self.petunjuk_singkat.setToolTip(self._teks_petunjuk)
        self.petunjuk_singkat.setContentsMargins(16, 0, 0, 0)  # apart from the count
        self.petunjuk_singkat.setAlignment(Qt.AlignmentFlag.AlignRight
                                           | Qt.AlignmentFlag.AlignVCenter)
        self.petunjuk_singkat.setVisible(False)
        tengah = QWidget()
        tata = QVBoxLayout(tengah)
        tata.setContentsMargins(0, 0, 0, 0)
        tata.setSpacing(2)
        tata.addWidget(self.kotak_cari)
        self.isi = QStackedWidget()
        self.isi.addWidget(self.table)
        self.isi.addWidget(self.pesan_kosong)
        tata.addWidget(self.isi, 1)
        bawah = QHBoxLayout()
        bawah.addWidget(self.label_tampil)
        bawah.addWidget(self.petunjuk_singkat, 1)
        tata.addLayout(bawah)
        self.tengah = tengah

        pemisah = _Pemisah(Qt.Orientation.Horizontal)
        pemisah.setObjectName("mainSplitter")
        pemisah.addWidget(kiri)
        pemisah.addWidget(tengah)
        pemisah.addWidget(self.detail)
        pemisah.setStretchFactor(1, 3)
        pemisah.setStretchFactor(2, 4)
        pemisah.setCollapsible(1, False)
        self._lebar_kiri = max(self.LEBAR_KIRI, self.panel_saring.sizeHint().width())
        """Width of the region tree and filters while they are shown (the user may drag it)."""
        self._diatur_pengguna = False
        """True once the user dragged a splitter handle: a resize keeps the shares then."""
        pemisah.setSizes([self._lebar_kiri, 1366 - self._lebar_kiri - self.LEBAR_PETUNJUK,
                          self.LEBAR_PETUNJUK])
        pemisah.splitterMoved.connect(self._pemisah_digeser)
        pemisah.diubah_ukuran.connect(self._pemisah_diubah)
        self.pemisah = pemisah
        self.tab = QTabWidget()
        self.tab.setObjectName("mainTabs")
        self.tab.setDocumentMode(True)
        self.tab.addTab(pemisah, self.tr("Data keluarga"))
        self.setCentralWidget(self.tab)
        # where the form takes the whole width (a narrow screen) the way back is in sight, on
        # the tabs' row (no height taken from the form)
        self.tombol_kembali = QToolButton()
        self.tombol_kembali.setObjectName("backToListButton")
        self.tombol_kembali.setText(self.tr("Kembali ke daftar (Esc)"))
        self.tombol_kembali.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.tombol_kembali.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.tombol_kembali.setAutoRaise(False)
        self.tombol_kembali.clicked.connect(self.tutup_form)
        self.tab.setCornerWidget(self.tombol_kembali, Qt.Corner.TopRightCorner)
        self.tombol_kembali.hide()
        self.tab.currentChanged.connect(lambda _i: self._atur_tombol_kembali())

        # a long path gives way to the counts and the user (800 px): shortened in the middle,
        # the drive and the file name kept, whole as tooltip
        self.label_db = LabelRingkas()
        self.label_db.setObjectName("databaseStatusLabel")
        self.label_jumlah = QLabel()
        self.label_jumlah.setObjectName("jumlahStatusLabel")
        self._jumlah = (0, 0)
        """Families and members last counted (shown while the file can be read)."""
        self.terjangkau = True
        """False while the database file cannot be read (see :attr:`basis_data_terjangkau`)."""
        self.basis_data_terjangkau.connect(self._atur_terjangkau)
        self.statusBar().addWidget(self.label_db, 1)
        self.statusBar().addPermanentWidget(self.label_jumlah)

        self._buat_menu()
        self.region_tree.wilayah_dipilih.connect(self._saring_wilayah)
        self.panel_saring.berubah.connect(self._saring_berubah)
        self.kotak_cari.cari.connect(self._cari)
        self.kotak_cari.turun.connect(self._ke_tabel)
        self.model.modelReset.connect(self._perbarui_tampil)
        self._id_form: str | None = None
        self.segarkan()

    UKURAN = QSize(1366, 740)
    """The window's usual size (clamped to the screen; maximized on a smaller one)."""
    LEBAR_KIRI = 250
    """Least width of the region tree and filter panel (more when a filter's longest choice
    needs it, e.g. in another language)."""
    LEBAR_FORM = 670
    """Width a family's form gets when the screen has room for it beside the columns of
    :data:`KOLOM_FORM`; on a narrower screen it gets less, down to its least width (then the
    region tree and filters fold away until the form is closed)."""
    LEBAR_PETUNJUK = 220
    """Width of the detail area while it shows only the hint: the table gets the rest."""
    LEBAR_PETUNJUK_MIN = 150
    """Narrower than this the hint is not shown beside the table (one line under it
    instead)."""

    def tampilkan(self) -> None:
        """Show the window; maximized when the screen's free area (without the taskbar) is
        smaller than the usual size :data:`UKURAN` and its frame, as on a 1366x768 laptop (at
        100 % or 125 %), so no part of it hides under the taskbar. Restored, it keeps the size
        clamped to the screen."""
        if not self.isVisible() and self.size() != ukuran_pas(self, self.UKURAN.width(),
                                                              self.UKURAN.height()):
            self.show()  # the user chose a size: keep it
            return
        ruang = ruang_kerja(self)
        if (ruang.width() < self.UKURAN.width() + BINGKAI.width()
                or ruang.height() < self.UKURAN.height() + BINGKAI.height()):
            self.showMaximized()
        else:
            self.show()

    # -- layout -------------------------------------------------------------------------------
    @property
    def kolom_tersembunyi(self) -> frozenset[str]:
        """Household-table columns the user hid (the column menu; none by default)."""
        return frozenset(self.pengaturan.kolom_tersembunyi) - {"id_keluarga"}

    def atur_kolom(self, kolom: str, tampil: bool) -> None:
        """Show or hide a household-table column (remembered for the next start)."""
        tersembunyi = set(self.kolom_tersembunyi)
        if tampil:
            tersembunyi.discard(kolom)
        elif kolom != "id_keluarga":
            tersembunyi.add(kolom)
        urut = [k for k in HouseholdModel.KOLOM if k in tersembunyi]
        if urut != self.pengaturan.kolom_tersembunyi:
            pengaturan = Pengaturan.muat()  # other preferences may have changed meanwhile
            pengaturan.kolom_tersembunyi = urut
            pengaturan.kolom_dipilih = self.pengaturan.kolom_dipilih = True
            try:
                pengaturan.simpan()
            except OSError as e:  # a read-only profile: the choice holds for this session
                _log.warning("Pilihan kolom tidak tersimpan: %s", e)
            self.pengaturan.kolom_tersembunyi = urut
        self.atur_tata_letak()

    def _lebar_tabel(self, kolom: list[str], lebar: dict[str, int] | None = None) -> int:
        """Width the table needs to show ``kolom`` whole (scroll bar and frame included), at
        their usual widths or at ``lebar``."""
        t = self.table
        lebar = lebar or self._lebar_kolom
        return (sum(lebar[k] for k in kolom) + 2 * t.frameWidth()
                + t.verticalScrollBar().sizeHint().width())

    def atur_tata_letak(self) -> None:
        """Share the width between the region tree, the table and the detail area, and choose
        the table's columns. No family open: the columns the user chose, what does not fit
        giving way (:meth:`_kolom_tanpa_form`), the hint beside them when it has room. A family
        open: the form gets its width, the table at least the columns of :data:`KOLOM_FORM`
        (the region tree folds away when they would not fit otherwise) and more of the chosen
        ones when the screen is wide enough."""
        self.pemisah.refresh()  # the least width of a page just shown in the detail area
        total = sum(self.pemisah.sizes())
        if total <= 0:
            return  # not laid out yet: the first resize comes back here
        pilihan = [k for k in HouseholdModel.KOLOM if k not in self.kolom_tersembunyi]
        kiri = self._lebar_kiri
        form = self._form_terbuka()
        lebar = self._lebar_kolom
        pendek: set[str] = set()
        if form:
            tampil, kiri, kanan, lebar = self._kolom_dengan_form(pilihan, total, kiri)
        else:
            tampil, kiri, lebar, pendek = self._kolom_tanpa_form(pilihan, total, kiri)
            kanan = total - kiri - self._lebar_tabel(tampil, lebar)
            if kanan >= self.LEBAR_PETUNJUK:
                kanan = self.LEBAR_PETUNJUK
            elif kanan < self.LEBAR_PETUNJUK_MIN:
                kanan = 0
        penuh = form and not tampil
        self.pemisah.bisa_lipat = form
        self.kiri.setVisible(not penuh)
        self.tengah.setVisible(not penuh)
        self._atur_tombol_kembali()
        self.model.atur_judul_pendek(pendek if not form else set())
        for i, k in enumerate(HouseholdModel.KOLOM):
            if penuh:
                break  # the table is folded away: its columns stay as they were
            self.table.setColumnHidden(i, k not in tampil)
            if k in tampil:
                self.table.setColumnWidth(i, lebar[k])
        self.petunjuk_singkat.setVisible(not form and kanan == 0
                                         and bool(self.pesan_pilih.text()))
        self.pemisah.setSizes([kiri, max(0, total - kiri - kanan), kanan])
        self.pemisah.updateGeometry()  # a folded region tree no longer counts (minimumSizeHint)

    @property
    def formulir_penuh(self) -> bool:
        """True while a family's form takes the whole width (the region tree, the search box
        and the table folded away: a narrow screen, see :meth:`_kolom_dengan_form`)."""
        return self._form_terbuka() and self.tengah.isHidden()

    def _atur_tombol_kembali(self) -> None:
        self.tombol_kembali.setVisible(self.formulir_penuh and self.tab.currentIndex() == 0)

    def _kolom_dengan_form(self, pilihan: list[str], total: int, kiri: int
                           ) -> tuple[list[str], int, int, dict[str, int]]:
        """With a family open, for ``total`` pixels: the table's columns, the region tree's
        width, the form's width and the columns' widths. The form gets its width (at least its
        least); the region tree folds away when the columns of :data:`KOLOM_FORM` would not fit
        otherwise. The table shows the ID and the name, then Status and Temuan as far as they
        fit whole (the name giving up width down to about eight characters), then more of the
        chosen columns (:data:`KOLOM_FORM_TAMBAHAN`) at their usual width; it never scrolls
        sideways. Where not even :data:`KOLOM_FORM_DASAR` fits beside the form, no columns:
        the form takes the whole width (the operator reads one family at a time, as on a
        phone, and Esc or the button on the tabs' row goes back to the list at that row)."""
        tabel = self._lebar_tabel([k for k in HouseholdModel.KOLOM if k in KOLOM_FORM])
        form_min = self.form.minimumSizeHint().width()
        if total - kiri - tabel < form_min:
            kiri = 0
        kanan = max(form_min, min(self.LEBAR_FORM, total - kiri - tabel))
        ruang = total - kiri - kanan
        if ruang < self._lebar_tabel(list(KOLOM_FORM_DASAR)):
            return [], 0, total, self._lebar_kolom
        tampil = list(KOLOM_FORM_DASAR)
        ringkas = self._lebar_kolom_ringkas(set(), sempit=True)
        for k in KOLOM_FORM:
            if k not in tampil and self._lebar_tabel([*tampil, k], ringkas) <= ruang:
                tampil.append(k)
        for k in KOLOM_FORM_TAMBAHAN:
            if k in pilihan and self._lebar_tabel([*tampil, k]) <= ruang:
                tampil.append(k)
        ukuran = {k: self._lebar_kolom[k] for k in tampil}
        lebar = lebar_pas(ukuran, self._lebar_lentur, self._lebar_tabel(tampil, ukuran) - ruang)
        return tampil, kiri, kanan, lebar

    def _kolom_tanpa_form(self, pilihan: list[str], total: int, kiri: int
                          ) -> tuple[list[str], int, dict[str, int], set[str]]:
        """The columns shown with no family open, the region tree's width and the columns'
        widths, for ``total`` pixels: what does not fit gives way in this order: Kelayakan
        (:data:`KOLOM_MENGALAH`), the names' and villages' width (:data:`KOLOM_LENTUR`),
        Desil's long title, the region tree's width beyond its least, then the columns of
        :data:`KOLOM_MENGALAH_SEMPIT`. The table never scrolls sideways while anything can
        give way. Last: the columns showing their short title."""
        tampil = list(pilihan)
        for k in KOLOM_MENGALAH:
            if k in tampil and self._lebar_tabel(tampil) > total - kiri:
                tampil.remove(k)
        pendek: set[str] = set()
        kiri_min = self.pemisah.widget(0).minimumSizeHint().width()

        def butuh() -> int:  # the table's width with the names and villages at their least
            return self._lebar_tabel(tampil, self._lebar_kolom_ringkas(pendek, sempit=True))

        if "desil" in tampil and butuh() > total - kiri:
            pendek.add("desil")
        if butuh() > total - kiri:
            kiri = min(kiri, max(kiri_min, total - butuh()))
        for k in KOLOM_MENGALAH_SEMPIT:
            if k in tampil and butuh() > total - kiri:
                tampil.remove(k)
        # what a column giving way freed goes back: Desil's title, the names' and villages'
        # width, then the tree's
        if pendek and self._lebar_tabel(tampil, self._lebar_kolom_ringkas(
                set(), sempit=True)) <= total - kiri:
            pendek = set()
        kiri = min(self._lebar_kiri, max(
            kiri, total - self._lebar_tabel(tampil, self._lebar_kolom_ringkas(pendek))))
        ukuran = {k: w for k, w in self._lebar_kolom_ringkas(pendek).items() if k in tampil}
        lebar = lebar_pas(ukuran, self._lebar_lentur,
                          self._lebar_tabel(tampil, ukuran) - (total - kiri))
        return tampil, kiri, lebar, pendek

    def _lebar_kolom_ringkas(self, pendek: set[str], sempit: bool = False) -> dict[str, int]:
        """The columns' usual widths, Desil's under its short title when ``pendek`` holds it,
        the names and villages at their least when ``sempit``."""
        lebar = {**self._lebar_kolom, **(self._lebar_lentur if sempit else {})}
        if "desil" in pendek:
            lebar["desil"] = self._lebar_desil_pendek
        return lebar

    def _pemisah_digeser(self, _pos: int, _indeks: int) -> None:
        self._diatur_pengguna = True
        kiri = self.pemisah.sizes()[0]
        if kiri > 0:
            self._lebar_kiri = kiri

    def _pemisah_diubah(self) -> None:
        if self._diatur_pengguna and self._form_terbuka() and self.pemisah.sesak():
            self._diatur_pengguna = False  # the dragged shares no longer fit: laid out anew
        if not self._diatur_pengguna:
            self.atur_tata_letak()

    def _atur_lebar_kolom(self) -> None:
        """Column widths from the font in use (Segoe UI on Windows is narrower than the fonts
        of Linux): the identifiers and the status labels fit whole; longer texts (names,
        villages, a send-back note) are cut with "..." and shown whole in their tooltip."""
        fm = self.table.fontMetrics()
        ruang = 14  # cell padding

        def muat(*teks: str, paling: int = 1000) -> int:
            return min(paling, max(fm.horizontalAdvance(t) for t in teks) + ruang)

        def label(jenis) -> list[str]:
            return [t for _k, t in ul.pilihan(jenis)]

        judul = [lebar_judul(self.table.horizontalHeader(), k, ruang)
                 for k in range(self.model.columnCount())]
        lebar = (muat("6172000000000"), 135, muat("6172000000000000"), judul[3], 100,
                 muat(*(ul.label(s, StatusVerifikasi) for s in _STATUS_UMUM)),
                 muat(*label(Kelayakan)), muat(*label(Persetujuan)), judul[8])
        self._lebar_kolom: dict[str, int] = {}
        # the width of each column (the last one shown stretches to the table's edge); its
        # header whole, in every language and font size (Kelayakan gives way if need be)
        for kolom, w in enumerate(lebar):
            nama = HouseholdModel.KOLOM[kolom]
            self._lebar_kolom[nama] = max(w, judul[kolom])
            self.table.setColumnWidth(kolom, self._lebar_kolom[nama])
        self._lebar_lentur = {k: min(self._lebar_kolom[k], 8 * fm.averageCharWidth() + ruang)
                              for k in KOLOM_LENTUR}
        """Least widths of the columns that give up width on a narrow screen."""
        i = HouseholdModel.KOLOM.index("desil")
        self._lebar_desil_pendek = max(
            muat("10"), lebar_judul(self.table.horizontalHeader(), i, ruang,
                                    self.model.tr(HouseholdModel.JUDUL_PENDEK["desil"])))
        """Width of the Desil column under its short title "D" (a narrow table)."""

    def _tampilkan_detail(self, widget: QWidget) -> None:
        """Show ``widget`` in the detail area: the form gets room to be read, while no family
        is open the table does (its chosen columns whole on a 1366-pixel laptop screen and on
        a 1093-pixel one at 125 %); see :meth:`atur_tata_letak`."""
        if self.detail.currentWidget() is widget:
            return  # moving between families keeps the widths the user chose
        if self._form is not None:  # a hidden form must not hold the detail area wide
            kebijakan = self._form.sizePolicy()
            kebijakan.setHorizontalPolicy(QSizePolicy.Policy.Preferred if widget is self._form
                                          else QSizePolicy.Policy.Ignored)
            self._form.setSizePolicy(kebijakan)
        self.detail.setCurrentWidget(widget)
        self._diatur_pengguna = False
        self.atur_tata_letak()

    @property
    def form(self) -> FormKeluarga:
        """The family form in the detail area (built on first use: it is hidden until a family
        is opened, and building its ~100 widgets would delay the first rows)."""
        if self._form is None:
            from kalbar_desktop.ui.form_keluarga import FormKeluarga

            form = FormKeluarga(self.db, self.pengguna)
            kebijakan = form.sizePolicy()  # hidden until shown: holds the detail area narrow
            kebijakan.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
            form.setSizePolicy(kebijakan)
            self.detail.addWidget(form)
            form.disimpan.connect(self._setelah_simpan)
            form.minta_pindah.connect(self.pindah)
            form.minta_berikutnya.connect(lambda: self.pindah(1))
            form.minta_tutup.connect(self.tutup_form)
            form.minta_setujui_semua.connect(self.minta_setujui_semua)
            self._form = form
        return self._form

    def _form_terbuka(self) -> bool:
        return self._form is not None and self.detail.currentWidget() is self._form

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
        # Qt's standard Quit key is empty on Windows (and offscreen): the guide promises
        # Ctrl+Q everywhere; Alt+F4 stays the window system's own
        self.aksi_keluar.setShortcut(QKeySequence("Ctrl+Q"))
        self.aksi_keluar.triggered.connect(self.close)
        self.menu_berkas.addAction(self.aksi_keluar)

    def tambah_tab(self, widget: QWidget, judul: str) -> int:
        """Add a page (e.g. the dashboard) beside the household data; returns its index."""
        return self.tab.addTab(widget, judul)

    def segarkan(self) -> None:
        """Reload the tree, the table and the counts from the database."""
        try:
            self.region_tree.muat(self.db)
            k, a = statistik.jumlah(self.db, self.lingkup)
            # families elsewhere only: the (empty) table, not the welcome message
            kosong = k == 0 and not (self.lingkup and statistik.jumlah(self.db)[0] > 0)
            k_semua = 0 if kosong else max(k, 1)
        except KesalahanPenyimpanan as e:  # a damaged file: the window still opens (banner)
            _log.warning("Pohon wilayah/jumlah tidak bisa dibaca: %s", e)
            k = a = k_semua = 0
            if isinstance(e, BasisDataTerputus):  # no "0 keluarga": nothing could be counted
                self.terjangkau = False
            else:
                self._jumlah = (0, 0)
        else:
            self._jumlah = (k, a)
        self.model.muat_ulang()
        if self._form is not None:  # an import may have brought desa (a region reference)
            try:
                self._form.segarkan_wilayah()
            except KesalahanPenyimpanan as e:
                _log.warning("Daftar desa tidak bisa dibaca: %s", e)
        self.label_db.setText(self.tr("Basis data: {0}").format(str(self.db_path)))
        self._atur_terjangkau(self.terjangkau)
        if k_semua == 0 and not boleh(self.pengguna, Aksi.IMPOR):
            self.pesan_kosong.setText(self.tr(
                "<h2>Selamat datang di Kalbar Desktop</h2>"
                "<p>Basis data ini masih kosong.</p>"
                "<p>Berkas P3KE diimpor oleh verifikator atau admin. Minta mereka mengimpornya "
                "ke basis data ini, lalu buka aplikasi kembali.</p>"))
            self.isi.setCurrentWidget(self.pesan_kosong)
        elif k_semua == 0:
            self.pesan_kosong.setText(self.tr(
                "<h2>Selamat datang di Kalbar Desktop</h2>"
                "<p>Basis data ini masih kosong.</p>"
                "<p>Untuk mulai, impor berkas P3KE dari menu <b>Data &gt; Impor P3KE...</b> "
                "(berkas Keluarga dan Individu sekaligus, .xlsx atau .csv),<br>"
                "atau dari baris perintah: <code>kalbar-desktop import BERKAS...</code></p>"))
            self.isi.setCurrentWidget(self.pesan_kosong)
        else:
            self.isi.setCurrentWidget(self.table)
        # no table to choose from: the welcome message alone says what to do
        self.pesan_pilih.setText(self._teks_petunjuk if k else "")
        if not k:
            self.petunjuk_singkat.setVisible(False)
        self.disegarkan.emit()

    def _atur_terjangkau(self, terjangkau: bool) -> None:
        """The database file went away (or came back, after :meth:`segarkan` wrote the new
        counts): the region tree and the filters are greyed, the tree's counts hidden with a
        one-line note, and the status bar says the data cannot be reached instead of counts
        from before."""
        self.terjangkau = terjangkau
        self.region_tree.setEnabled(terjangkau)
        self.region_tree.setColumnHidden(1, not terjangkau)
        self.region_tree.setColumnHidden(2, not terjangkau)
        self.panel_saring.setEnabled(terjangkau)
        self.catatan_pohon.setVisible(not terjangkau)
        if terjangkau:
            k, a = self._jumlah
            self.label_jumlah.setStyleSheet("")
            self.label_jumlah.setText((
                self.tr("{0} keluarga, {1} anggota di wilayah kerja Anda") if self.lingkup
                else self.tr("{0} keluarga, {1} anggota")).format(angka(k), angka(a)))
            self.label_tampil.setText(
                self.tr("{0} keluarga ditampilkan").format(angka(self.model.rowCount())))
        else:
            self.label_jumlah.setStyleSheet("color: #a4262c; font-weight: bold;")
            self.label_jumlah.setText(self.tr("Basis data tidak terjangkau"))
            self.label_tampil.clear()  # not "0 keluarga ditampilkan": none could be read

    # -- list ---------------------------------------------------------------------------------
    def _saring_wilayah(self, kode: str) -> None:
        self.model.set_saring(replace(self.model.saring, kode_wilayah=kode or None))

    def _saring_berubah(self) -> None:
        self.model.set_saring(self.panel_saring.saring(self.model.saring))

    def _cari(self, teks: str) -> None:
        self.model.set_saring(replace(self.model.saring, cari=teks))

    def _perbarui_tampil(self) -> None:
        n = self.model.rowCount()
        if not self.terjangkau:
            self.label_tampil.clear()
            return
        self.label_tampil.setText(self.tr("{0} keluarga ditampilkan").format(angka(n)))
        if self._id_form:
            self._pilih_baris(self.model.baris_dari_id(self._id_form), fokus=False)

    def fokus_cari(self) -> None:
        """Ctrl+F: put the cursor in the search box, its text selected (back to the list first
        where the form took the whole width, asking about unsaved changes)."""
        if self.formulir_penuh and not self.tutup_form():
            return
        self.kotak_cari.setFocus()
        self.kotak_cari.selectAll()

    def _ke_tabel(self) -> None:
        if self.model.rowCount():
            if not self.table.currentIndex().isValid():
                self._pilih_baris(0)
            self.table.setFocus()

    def _pilih_baris(self, baris: int, fokus: bool = True) -> None:
        if baris < 0:
            self.table.clearSelection()
            return
        indeks = self.model.index(baris, 0)
        self.table.selectionModel().setCurrentIndex(
            indeks, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(indeks)
        if fokus:
            self.table.setFocus()

    # -- form ---------------------------------------------------------------------------------
    def buka_baris(self, baris: int) -> bool:
        """Open the family on ``baris`` of the table in the form (asking first what to do with
        unsaved changes of the family shown)."""
        idk = self.model.id_keluarga(baris)
        if idk is None:
            return False
        return self.buka_keluarga(idk, baris)

    def buka_keluarga(self, id_keluarga: str, baris: int | None = None) -> bool:
        """Open a family by its ID; False when the user kept the unsaved changes."""
        if self._form_terbuka() and not self.form.boleh_ditinggalkan():
            return False
        self.form.buka(id_keluarga)
        self._id_form = id_keluarga
        self._tampilkan_detail(self.form)
        self._pilih_baris(self.model.baris_dari_id(id_keluarga) if baris is None else baris,
                          fokus=False)
        if self.form.status_combo.isEnabled():
            self.form.status_combo.setFocus()
        else:
            # a family this account cannot change (submitted, approved): the status is locked,
            # and the focus left in the table would page the table on PgUp/PgDn, away from the
            # family shown, and Esc would not close the form
            self.form.setFocus()
        return True

    def usulan_baru(self) -> bool:
        """Open an empty form for a family that is not in P3KE."""
        if self._form_terbuka() and not self.form.boleh_ditinggalkan():
            return False
        self.form.buka_usulan_baru()
        self._id_form = None
        self._tampilkan_detail(self.form)
        self.form.desa_combo.setFocus()
        return True

    def pindah(self, selisih: int) -> bool:
        """Open the previous (-1) or next (+1) family of the current list."""
        if self._id_form is None:
            return False
        baris = self.model.baris_dari_id(self._id_form)
        tujuan = baris + selisih if baris >= 0 else 0
        if not 0 <= tujuan < self.model.rowCount():
            self.statusBar().showMessage(
                self.tr("Sudah keluarga terakhir di daftar.") if selisih > 0
                else self.tr("Sudah keluarga pertama di daftar."), 4000)
            return False
        return self.buka_baris(tujuan)

    def tutup_form(self) -> bool:
        """Esc: back to the list (asking first when there are unsaved changes)."""
        if not self._form_terbuka():
            return True
        if not self.form.boleh_ditinggalkan():
            return False
        self._tampilkan_detail(self.pesan_pilih)
        self._id_form = None
        self.table.scrollTo(self.table.currentIndex())  # the table was folded away meanwhile
        self.table.setFocus()
        return True

    def _setelah_simpan(self, id_keluarga: str, status_lama: str, status_baru: str) -> None:
        belum = StatusVerifikasi.BELUM.value
        if status_lama == "":  # a new family (usulan baru): counts and tree change
            self._id_form = id_keluarga
            self.segarkan()
            return
        selisih = (status_lama == belum) - (status_baru == belum)
        self.region_tree.ubah_terverifikasi(self.form.data.kode_wilayah if self.form.data
                                            else None, selisih)
        self.model.segarkan_baris()
        self.table.viewport().update()

    def eventFilter(self, obj, event) -> bool:
        """A double click on a row of the table opens that family. Handled here rather than
        through ``doubleClicked``, which Qt emits only when the same row was pressed first: a
        double click delivered alone (automation, ``QTest.mouseDClick``, some touchpads) must
        open the form too."""
        if (event.type() == QEvent.Type.MouseButtonDblClick
                and obj is self.table.viewport()
                and event.button() == Qt.MouseButton.LeftButton):
            indeks = self.table.indexAt(event.position().toPoint())
            if indeks.isValid():
                self.buka_baris(indeks.row())
                return True
        return super().eventFilter(obj, event)

    tutup_tanpa_tanya = False
    """Set when the database file is gone and the person chose to leave (the dialog said the
    form's unsaved entries go): closing asks nothing more."""

    def closeEvent(self, event) -> None:
        if self.tutup_tanpa_tanya:
            super().closeEvent(event)
            return
        if self._form_terbuka() and not self.form.boleh_ditinggalkan(
                self.tr("Perubahan pada keluarga yang terbuka belum disimpan. Simpan sebelum "
                        "menutup aplikasi?")):
            event.ignore()
            return
        super().closeEvent(event)
