"""The family form (objectName ``householdForm``): what the field visit found, corrections of
P3KE values, members, approval, and the family's data-quality findings updating as fields
change. Also used to enter a new family that is not in P3KE (usulan baru).

It follows the load / save / check contract: :meth:`buka` loads a family, :meth:`periksa`
returns the problems of the current values (fields are highlighted as the user types),
:meth:`simpan` saves through :mod:`kalbar_desktop.storage.verifikasi` (the one way to change
verification data) and never loses what was typed when the save is refused.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QKeyCombination,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kalbar_desktop.domain import codes
from kalbar_desktop.domain import status as ds
from kalbar_desktop.domain.akses import Aksi, Pengguna, boleh
from kalbar_desktop.domain.kolom import KOLOM_KELUARGA, Jenis
from kalbar_desktop.domain.nik import (
    pulihkan_catatan,
    samarkan_catatan,
    samarkan_nik,
    samarkan_pesan,
)
from kalbar_desktop.domain.status import (
    AksiPersetujuan,
    AlasanTidakLayak,
    Kelayakan,
    MasalahIsian,
    Persetujuan,
    StatusVerifikasi,
    Verifikasi,
)
from kalbar_desktop.settings import Pengaturan
from kalbar_desktop.storage import temuan as stemuan
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.storage import wilayah as swilayah
from kalbar_desktop.storage.db import BasisData, KesalahanPenyimpanan
from kalbar_desktop.ui import bahasa
from kalbar_desktop.ui import label as ul
from kalbar_desktop.ui.anggota_model import AnggotaModel, DelegasiAnggota
from kalbar_desktop.ui.dialog_verifikasi import (
    DialogAnggotaBaru,
    DialogCatatan,
    DialogRiwayat,
)
from kalbar_desktop.ui.isian import (
    GAYA_FORM,
    IsianNik,
    IsianPindah,
    IsianTanggal,
    KotakPilihan,
)
from kalbar_desktop.ui.label_kode import pilihan_kode
from kalbar_desktop.ui.lokal import jam, waktu
from kalbar_desktop.ui.ringkas import TombolRingkas, muatkan_sebaris
from kalbar_desktop.ui.tata_alir import TataAlir
from kalbar_desktop.ui.tip import pasang_tip

IDENTITAS = ("nama_kepala", "nik_kepala", "no_kk", "jenis_kelamin", "tanggal_lahir",
             "status_kawin", "pekerjaan", "status_pekerjaan", "pendidikan", "alamat")
RUMAH = ("kepemilikan_rumah", "memiliki_simpanan", "jenis_atap", "kualitas_atap",
         "jenis_dinding", "kualitas_dinding", "jenis_lantai", "kualitas_lantai",
         "sumber_penerangan", "daya_listrik", "bahan_bakar_memasak", "sumber_air_minum",
         "fasilitas_bab")
BANTUAN = ("penerima_bpnt", "penerima_bpum", "penerima_bst", "penerima_pkh", "penerima_sembako",
           "penerima_prakerja", "penerima_kur", "resiko_stunting", "pensasaran")
"""P3KE fields per form section; edits are stored as local corrections, the source is kept."""

_LABEL_VERIFIKASI = {
    # not Alt+S: that is Simpan's (the two shared it, and Alt+S only moved the focus between them)
    "status_verifikasi": QT_TRANSLATE_NOOP("FormKeluarga", "Status veri&fikasi"),
    "kelayakan": QT_TRANSLATE_NOOP("FormKeluarga", "Kela&yakan"),
    "alasan": QT_TRANSLATE_NOOP("FormKeluarga", "Alasan &tidak layak"),
    "alasan_lainnya": QT_TRANSLATE_NOOP("FormKeluarga", "Alasan lainnya"),
    "pindah_ke": QT_TRANSLATE_NOOP("FormKeluarga", "Pindah ke"),
    "id_keluarga_ganda": QT_TRANSLATE_NOOP("FormKeluarga", "ID keluarga ganda"),
    "tanggal_kunjungan": QT_TRANSLATE_NOOP("FormKeluarga", "Tan&ggal kunjungan"),
    "nama_verifikator": QT_TRANSLATE_NOOP("FormKeluarga", "Nama ve&rifikator"),
    "no_musdes": QT_TRANSLATE_NOOP("FormKeluarga", "N&o. BA musdes"),
    "tanggal_musdes": QT_TRANSLATE_NOOP("FormKeluarga", "Tanggal musdes"),
    "catatan": QT_TRANSLATE_NOOP("FormKeluarga", "&Catatan"),
}
"""Labels of the verification fields (with their keyboard accelerators)."""
_BARIS_SENDIRI = ("status_verifikasi", "kelayakan", "alasan")
"""Choices on a row of their own, as wide as their longest label (not the form's width)."""
MARGIN_GRUP = (8, 2, 8, 4)
"""Margins inside the form's groups (left, top, right, bottom): the style's 9 pixels all round
left the verification's visit date out of view at 1093x580 with an 11 pt font."""
PINTASAN_LOMPAT = {"anggota": "Ctrl+M", "temuan": "Ctrl+T", "status": "Ctrl+K",
                   "pertama": "Alt+Home"}
"""Keys that jump across the form's ~45 fields: to the members' table, to the findings list,
to the status and back to the first field (none of them taken by a field, a menu or a
mnemonic of the window; Ctrl+Home is the text fields' own)."""


class FormKeluarga(QWidget):
    """Form of one family. Signals: :attr:`disimpan` after any stored change (ID Keluarga,
    old status, new status), :attr:`minta_pindah` (-1/+1) for PgUp/PgDn, :attr:`minta_tutup`
    for Esc, :attr:`minta_berikutnya` after Save & next."""

    disimpan = Signal(str, str, str)
    minta_pindah = Signal(int)
    minta_tutup = Signal()
    minta_berikutnya = Signal()
    minta_setujui_semua = Signal()
    """The "approve all" button (setujuiSemuaButton); the feature in
    :mod:`kalbar_desktop.ui.setujui_semua` does it for the region chosen in the tree."""

    def __init__(self, db: BasisData, pengguna: Pengguna, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("householdForm")
        self.setStyleSheet(GAYA_FORM)
        self.db = db
        self.pengguna = pengguna
        self.data: sv.DataKeluarga | None = None
        self.usulan = False
        self._wilayah_dikenal = stemuan.pemeriksa_wilayah(db)
        self._memuat = False
        self._kepala_otomatis: dict[str, str | None] = {}
        """Head fields last filled by "Jadikan kepala keluarga" (not typed by hand)."""
        self._id_kepala_awal: str | None = None
        """The member who was head when the family was loaded."""
        self._isian_fokus: set[QWidget] = set()
        self._daftar_pilihan: set[QWidget] = set()
        self._nama_desa: swilayah.NamaDesaTujuan | None = None
        """Reads old free-text 'Pindah ke' as a desa (built on first need, again after an
        import: :meth:`segarkan_wilayah`)."""
        self._pindah_ditafsirkan = False
        """The family's old free-text 'Pindah ke' is shown as the desa it names: a save stores
        the desa's code even when nothing else changed."""
        self._tinggi_temuan = self.TINGGI_TEMUAN

        self.judul = QLabel()
        self.judul.setObjectName("judulForm")
        self.judul.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.judul.setWordWrap(True)
        self.info = QLabel()
        self.info.setObjectName("infoForm")
        self.info.setWordWrap(True)
        self.spanduk = QLabel()
        self.spanduk.setObjectName("bannerForm")
        self.spanduk.setWordWrap(True)
        self.spanduk.setVisible(False)

        isi = QWidget()
        self._tata_isi = QVBoxLayout(isi)
        self._tata_isi.setContentsMargins(4, 4, 4, 4)
        # a new family's place comes first: it is the first thing asked (and the first stop of
        # Tab), and the list of desa fills the household's region fields
        self._bangun_usulan()
        self._catatan_asli: dict[str, tuple[str, tuple]] = {}
        """Notes shown masked (field -> stored note, IDs kept): see :meth:`_catatan_tampil`."""
        self._bangun_verifikasi()
        self._bangun_anggota()
        self._isian: dict[str, QWidget] = {}
        self._label_isian: dict[str, QLabel] = {}
        # Alt+letter of a section's title: to its first field (see _fokus_berubah)
        self._bangun_bagian(self.tr("&Identitas dan alamat"), IDENTITAS, "grupIdentitas")
        self._bangun_bagian(self.tr("Ruma&h dan aset"), RUMAH, "grupRumah")
        self._bangun_bagian(self.tr("Bantuan yang dit&erima"), BANTUAN, "grupBantuan")
        self._tata_isi.addStretch(1)
        self.gulir = QScrollArea()
        self.gulir.setObjectName("formScroll")
        self.gulir.setWidgetResizable(True)
        self.gulir.setFrameShape(QFrame.Shape.NoFrame)
        self.gulir.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.gulir.setWidget(isi)
        self.gulir.installEventFilter(self)
        self.gulir.viewport().installEventFilter(self)
        # the fields never hide behind the right edge: the form is at least as wide as its
        # content (the main window shares the rest; the form scrolls only vertically)
        self.gulir.setMinimumWidth(isi.minimumSizeHint().width()
                                   + self.gulir.verticalScrollBar().sizeHint().width())

        self.temuan = QListWidget()
        self.temuan.setObjectName("findingsList")
        self.temuan.setWordWrap(True)
        self.temuan.setMaximumHeight(self.TINGGI_TEMUAN)
        self.temuan.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.label_temuan = QLabel(self.tr("Temuan kualitas data"))
        self.label_temuan.setStyleSheet("font-weight: bold;")
        self.label_temuan.setToolTip(self.tr("{0}: ke daftar temuan").format(
            PINTASAN_LOMPAT["temuan"]))
        # a short form folds the list to this one line (see _atur_tinggi_temuan)
        self.tombol_temuan = QToolButton()
        self.tombol_temuan.setObjectName("findingsToggle")
        self.tombol_temuan.setAutoRaise(True)
        self.tombol_temuan.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.tombol_temuan.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+T from the keyboard
        # no taller than the heading's text: the folded line is what gives the fields room
        self.tombol_temuan.setStyleSheet("QToolButton { padding: 0px 2px; }")
        self.tombol_temuan.setMaximumHeight(self.label_temuan.sizeHint().height() + 2)
        self.tombol_temuan.setVisible(False)
        self.tombol_temuan.clicked.connect(lambda: self._lipat_temuan(not self._temuan_dilipat()))
        dilipat = Pengaturan.muat().temuan_dilipat
        self._temuan_dibuka: bool | None = None if dilipat is None else not dilipat
        """The user's choice of the findings list (shown/folded), remembered on this computer
        (:attr:`Pengaturan.temuan_dilipat`); ``None``: folded only when the form is too short
        for it and the first fields."""
        self._lipat_otomatis = False
        self._baris_temuan = QHBoxLayout()
        self._baris_temuan.setSpacing(8)
        self._baris_temuan.addWidget(self.label_temuan)
        self._baris_temuan.addWidget(self.tombol_temuan)
        self._baris_temuan.addStretch(1)

        self.pesan = QLabel()
        self.pesan.setObjectName("pesanForm")
        self.pesan.setWordWrap(True)
        self.pesan.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pesan.setVisible(False)

        self._bangun_tombol()
        tata = QVBoxLayout(self)
        tata.setContentsMargins(6, 4, 6, 4)
        tata.setSpacing(4)
        tata.addWidget(self.judul)
        tata.addWidget(self.info)
        tata.addWidget(self.spanduk)
        tata.addWidget(self.gulir, 1)
        tata.addWidget(self.grup_anggota)
        tata.addLayout(self._baris_temuan)
        tata.addWidget(self.temuan)
        tata.addWidget(self.pesan)
        tata.addLayout(self._baris_tombol_1)
        tata.addLayout(self._baris_tombol_2)
        self._urutan_tab()

        self._waktu_temuan = QTimer(self)
        self._waktu_temuan.setSingleShot(True)
        self._waktu_temuan.setInterval(300)
        self._waktu_temuan.timeout.connect(self.perbarui_temuan)
        self._pintasan()
        # a field that uses PgUp/PgDn or Ctrl+Enter itself (a combo box, the notes, the members
        # table) hands them to the form as in the active window (see _tombol_dari_isian)
        self._isian_fokus = {w for w in self.findChildren(QWidget)
                             if w.focusPolicy() != Qt.FocusPolicy.NoFocus
                             and w not in (self.gulir, self.gulir.viewport())}
        for w in self._isian_fokus:
            w.installEventFilter(self)
        # an open combo box list keeps PgUp/PgDn (to move in it) and Esc (to close it): Qt
        # would give them to the form's shortcuts even over the open list
        self._daftar_pilihan = {k.view() for k in self.findChildren(QComboBox)}
        for v in self._daftar_pilihan:
            v.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._fokus_berubah)

    # -- building -----------------------------------------------------------------------------
    def _label(self, teks: str, teman: QWidget) -> QLabel:
        label = QLabel(teks)
        label.setBuddy(teman)
        return label

    def _bangun_verifikasi(self) -> None:
        grup = QGroupBox(self.tr("Hasil verifikasi"))
        grup.setObjectName("grupVerifikasi")
        g = QGridLayout(grup)
        g.setContentsMargins(*MARGIN_GRUP)
        g.setHorizontalSpacing(8)
        g.setVerticalSpacing(4)
        self.status_combo = KotakPilihan(
            ul.pilihan(StatusVerifikasi, kecuali=(StatusVerifikasi.USULAN_BARU,)), kosong=False)
        self.status_combo.setObjectName("statusVerifikasiCombo")
        self.kelayakan_combo = KotakPilihan(ul.pilihan(Kelayakan))
        self.kelayakan_combo.setObjectName("kelayakanCombo")
        self.alasan_combo = KotakPilihan(ul.pilihan(AlasanTidakLayak))
        self.alasan_combo.setObjectName("alasanCombo")
        for kotak in (self.status_combo, self.kelayakan_combo, self.alasan_combo):
            kotak.tampil_utuh()  # short labels: shown whole in both languages
        self.alasan_lainnya = QLineEdit()
        self.alasan_lainnya.setObjectName("alasanLainnyaEdit")
        self.pindah_ke = IsianPindah()
        self.pindah_ke.setObjectName("pindahKe")
        self.id_ganda = QLineEdit()
        self.id_ganda.setObjectName("idKeluargaGandaEdit")
        self.id_ganda.setPlaceholderText(self.tr("ID Keluarga yang dipertahankan"))
        self.tanggal_kunjungan = IsianTanggal()
        self.tanggal_kunjungan.setObjectName("tanggalKunjunganEdit")
        self.nama_verifikator = QLineEdit()
        self.nama_verifikator.setObjectName("namaVerifikatorEdit")
        self.no_musdes = QLineEdit()
        self.no_musdes.setObjectName("noMusdesEdit")
        self.tanggal_musdes = IsianTanggal()
        self.tanggal_musdes.setObjectName("tanggalMusdesEdit")
        self.catatan = QPlainTextEdit()
        self.catatan.setObjectName("catatanEdit")
        self.catatan.setTabChangesFocus(True)
        self.catatan.setFixedHeight(54)
        self._v: dict[str, QWidget] = {
            "status_verifikasi": self.status_combo, "kelayakan": self.kelayakan_combo,
            "alasan": self.alasan_combo, "alasan_lainnya": self.alasan_lainnya,
            "pindah_ke": self.pindah_ke, "id_keluarga_ganda": self.id_ganda,
            "tanggal_kunjungan": self.tanggal_kunjungan,
            "nama_verifikator": self.nama_verifikator, "no_musdes": self.no_musdes,
            "tanggal_musdes": self.tanggal_musdes, "catatan": self.catatan,
        }
        self._label_v = {f: self._label(self.tr(t), self._v[f])
                         for f, t in _LABEL_VERIFIKASI.items()}
        self._label_v["status_verifikasi"].setToolTip(self.tr(
            "{0}: ke Status verifikasi · {1}: ke isian pertama").format(
            PINTASAN_LOMPAT["status"], PINTASAN_LOMPAT["pertama"]))
        for label in self._label_v.values():  # room for the " *" of a required field
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance(
                label.text().replace("&", "") + " *") + 6)
        # 'Pindah ke' (a choice and a desa or a text) gets a whole row; so do the status, the
        # kelayakan and the alasan, whose longer labels ("Meninggal (seluruh anggota)",
        # "Eligible with intervention", "Civil servant/army/police") a half row of a
        # 1366-pixel screen's form cut, and the other reason that belongs under the alasan
        tata: tuple[tuple[str, ...], ...] = (
            ("status_verifikasi",), ("kelayakan",), ("alasan",), ("alasan_lainnya",),
            ("tanggal_kunjungan", "nama_verifikator"), ("pindah_ke",),
            ("id_keluarga_ganda", "no_musdes"), ("tanggal_musdes",))
        # how an old free-text 'Pindah ke' was read (a desa of ours, or why it stays text)
        self.catatan_pindah = QLabel()
        self.catatan_pindah.setObjectName("pindahCatatanLabel")
        self.catatan_pindah.setWordWrap(True)
        self.catatan_pindah.setStyleSheet("color: #0d47a1;")
        self.catatan_pindah.setVisible(False)
        baris = 0
        for pasangan in tata:
            for kolom, f in enumerate(pasangan):
                g.addWidget(self._label_v[f], baris, kolom * 2)
                if f == "pindah_ke":
                    g.addWidget(self._v[f], baris, 1, 1, 3)
                    baris += 1
                    g.addWidget(self.catatan_pindah, baris, 1, 1, 3)
                elif f in _BARIS_SENDIRI:
                    g.addWidget(self._v[f], baris, 1, 1, 3, Qt.AlignmentFlag.AlignLeft)
                elif f == "alasan_lainnya":
                    g.addWidget(self._v[f], baris, 1, 1, 3)
                else:
                    g.addWidget(self._v[f], baris, kolom * 2 + 1)
            baris += 1
        g.addWidget(self._label_v["catatan"], baris, 0, Qt.AlignmentFlag.AlignTop)
        g.addWidget(self.catatan, baris, 1, 1, 3)
        # Tab follows the rows as they are seen (left, right, next row), not creation order
        p = self.pindah_ke
        urutan = [w for pasangan in tata for f in pasangan
                  for w in ((p.jenis, p.desa, p.teks_edit) if f == "pindah_ke" else (self._v[f],))
                  ] + [self.catatan]
        for dari, ke in pairwise(urutan):
            QWidget.setTabOrder(dari, ke)
        g.setColumnStretch(1, 1)
        g.setColumnStretch(3, 1)
        self._tata_isi.addWidget(grup)
        self.grup_verifikasi = grup
        for w in self._v.values():
            self._hubungkan(w)
        self.kelayakan_combo.currentIndexChanged.connect(self._atur_alasan)
        self.alasan_combo.currentIndexChanged.connect(self._atur_alasan)
        self.status_combo.currentIndexChanged.connect(self._status_berubah)

    def _bangun_anggota(self) -> None:
        grup = QGroupBox(self.tr("Anggota keluarga"))
        grup.setObjectName("grupAnggota")
        grup.setToolTip(self.tr("{0}: ke tabel anggota").format(PINTASAN_LOMPAT["anggota"]))
        tata = QVBoxLayout(grup)
        tata.setContentsMargins(*MARGIN_GRUP)
        tata.setSpacing(4)
        self.anggota_model = AnggotaModel(self)
        self.anggota = QTableView()
        self.anggota.setObjectName("membersTable")
        self.anggota.setModel(self.anggota_model)
        self.anggota.setItemDelegate(DelegasiAnggota(self.anggota))
        self.anggota.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.anggota.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.anggota.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                     | QAbstractItemView.EditTrigger.EditKeyPressed
                                     | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.anggota.verticalHeader().hide()
        self.anggota.verticalHeader().setDefaultSectionSize(22)
        self.anggota.setTabKeyNavigation(False)
        kepala = self.anggota.horizontalHeader()
        kepala.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # names are what the verifier reads: whole, the table scrolls sideways when needed
        kepala.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        kepala.setStretchLastSection(True)
        self.anggota.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.anggota.setMinimumHeight(120)
        pasang_tip(self.anggota)
        self.petunjuk_anggota = QLabel(self.tr(
            "Belum ada anggota. Tekan <b>Tambah anggota...</b> untuk mengisi kepala keluarga "
            "dan anggotanya."))
        self.petunjuk_anggota.setObjectName("petunjukAnggota")
        self.petunjuk_anggota.setWordWrap(True)
        self.petunjuk_anggota.setVisible(False)
        # one row above the table, like a toolbar. Labels as wide as their text (the whole
        # meaning in the tooltip); when a larger font or a narrower form has no room for them,
        # three take a shorter label that still says what the button does ("Ubah NIK", not
        # "NIK"; muatkan_sebaris); the row wraps onto a second one only as a last resort
        baris = TataAlir(jarak=4)
        self.tombol_anggota: dict[str, TombolRingkas] = {}
        for kode, teks, lengkap, pendek in (
                (None, self.tr("Ta&mbah anggota..."), "", self.tr("Ta&mbah...")),
                ("MENINGGAL", self.tr("Meninggal"), self.tr("Meninggal"), ""),
                ("PINDAH_KELUAR", self.tr("Pindah"), self.tr("Pindah/keluar"), ""),
                ("MENIKAH_KELUAR", self.tr("Menikah"), self.tr("Menikah keluar"), ""),
                ("ADA", self.tr("Ada"), self.tr("Ada"), ""),
                ("NIK", self.tr("Perbaiki NIK"), "", self.tr("Ubah NIK")),
                ("KEPALA", self.tr("Jadikan kepala"), "", self.tr("Jadi kepala"))):
            t = TombolRingkas(teks, pendek)
            t.setAutoDefault(False)
            if kode is None:
                t.setObjectName("addMemberButton")
                t.setToolTip(self.tr("Tambah anggota yang belum tercatat (disimpan bersama "
                                     "keluarganya)."))
                t.clicked.connect(self.tambah_anggota)
            elif kode == "NIK":
                t.setObjectName("fixNikButton")
                t.setToolTip(self.tr("Ketik NIK yang benar untuk anggota terpilih (NIK P3KE "
                                     "tetap tersimpan)."))
                t.clicked.connect(self._perbaiki_nik)
            elif kode == "KEPALA":
                t.setObjectName("anggotaJadikanKepalaButton")
                t.setToolTip(self.tr("Jadikan kepala keluarga: anggota terpilih menjadi kepala "
                                     "keluarga (misalnya istri bila kepala keluarga meninggal). "
                                     "Hubungan asal P3KE tetap tersimpan."))
                t.clicked.connect(self.jadikan_kepala)
            else:
                t.setObjectName(f"anggota{kode.title().replace('_', '')}Button")
                t.setToolTip(self.tr("Tandai anggota terpilih: {0}").format(lengkap))
                t.clicked.connect(lambda _=False, k=kode: self.tandai_anggota(k))
            self.tombol_anggota[kode or "TAMBAH"] = t
            baris.addWidget(t)
        tata.addLayout(baris)
        tata.addWidget(self.anggota)
        tata.addWidget(self.petunjuk_anggota)
        # under the scrolling fields, not among them (see _muatkan_tombol_anggota)
        self.grup_anggota = grup
        self._tata_anggota, self._baris_tombol_anggota = tata, baris
        self.anggota_model.berubah.connect(self._berubah)
        self.anggota_model.modelReset.connect(self._tinggi_anggota)
        self.anggota_model.rowsInserted.connect(self._tinggi_anggota)

    def _bangun_usulan(self) -> None:
        """Where a new family lives (only for usulan baru)."""
        self.grup_usulan = QGroupBox(self.tr("Lokasi usulan baru"))
        self.grup_usulan.setObjectName("grupUsulan")
        g = QGridLayout(self.grup_usulan)
        self.desa_combo = KotakPilihan()
        self.desa_combo.setObjectName("desaCombo")
        self.desil_combo = KotakPilihan([(v, f"{v} ({ul.label_desil(v)})")
                                         for v in codes.DESIL.nilai])
        self.desil_combo.setObjectName("desilCombo")
        self._label_desa = self._label(self.tr("Desa/kelurahan *"), self.desa_combo)
        g.addWidget(self._label_desa, 0, 0)
        g.addWidget(self.desa_combo, 0, 1)
        g.addWidget(self._label(self.tr("Desil (perkiraan)"), self.desil_combo), 0, 2)
        g.addWidget(self.desil_combo, 0, 3)
        g.setColumnStretch(1, 2)
        g.setColumnStretch(3, 1)
        self._hubungkan(self.desa_combo)
        self._hubungkan(self.desil_combo)
        self.grup_usulan.setVisible(False)
        self._tata_isi.addWidget(self.grup_usulan)

    def _bangun_bagian(self, judul: str, field: tuple[str, ...], nama: str) -> None:
        grup = QGroupBox(judul)
        grup.setObjectName(nama)
        g = QGridLayout(grup)
        g.setContentsMargins(*MARGIN_GRUP)
        g.setHorizontalSpacing(8)
        g.setVerticalSpacing(3)
        posisi = 0
        for f in field:
            k = KOLOM_KELUARGA[f]
            if f in ("nik_kepala", "no_kk"):
                w: QWidget = IsianNik("nik" if f == "nik_kepala" else "kk")
                w.edit.setObjectName(f"isian_{f}")
                w.berubah.connect(self._berubah)
            elif k.jenis == Jenis.KODE and k.kode:
                w = KotakPilihan(pilihan_kode(k.kode))
                self._hubungkan(w)
            elif k.jenis == Jenis.TANGGAL:
                w = IsianTanggal()
                self._hubungkan(w)
            else:
                w = QLineEdit()
                self._hubungkan(w)
            w.setObjectName(f"isian_{f}")
            label = self._label(ul.label_field(f), w.edit if isinstance(w, IsianNik) else w)
            label.setToolTip(self._tip_kolom(f))
            # top-aligned (a NIK field has a second line under it), as tall as one field so the
            # text stands level with the field's first line
            label.setMinimumHeight((w.edit if isinstance(w, IsianNik) else w).sizeHint().height())
            lebar = f in ("alamat", "nama_kepala", "nik_kepala", "no_kk", "pensasaran")
            if lebar and posisi % 2:
                posisi += 1
            baris, kolom = divmod(posisi, 2)
            g.addWidget(label, baris, kolom * 2, Qt.AlignmentFlag.AlignTop)
            if lebar:
                g.addWidget(w, baris, 1, 1, 3)
                posisi += 2
            else:
                g.addWidget(w, baris, kolom * 2 + 1)
                posisi += 1
            self._isian[f] = w
            self._label_isian[f] = label
        g.setColumnStretch(1, 1)
        g.setColumnStretch(3, 1)
        self._tata_isi.addWidget(grup)

    def _tip_kolom(self, field: str, sumber: str | None = None) -> str:
        """Tooltip of a P3KE field's label: its column in the P3KE files and, when corrected,
        the value from P3KE."""
        tip = self.tr("Kolom P3KE: {0}").format(KOLOM_KELUARGA[field].header)
        if sumber is not None:
            tip += "\n" + self.tr("Dikoreksi; nilai P3KE: {0}").format(sumber or "—")
        return tip

    def _bangun_tombol(self) -> None:
        def tombol(teks: str, nama: str, aksi, tip: str = "") -> QPushButton:
            t = QPushButton(teks)
            t.setObjectName(nama)
            t.setAutoDefault(False)
            t.setToolTip(tip)
            t.clicked.connect(aksi)
            return t

        self.tombol_simpan = tombol(self.tr("&Simpan"), "saveButton", self.simpan,
                                    self.tr("Simpan (Ctrl+S)"))
        self.tombol_simpan_berikut = tombol(
            self.tr("Simpan && berikutnya"), "saveNextButton", self.simpan_dan_berikutnya,
            self.tr("Simpan lalu buka keluarga berikutnya di daftar (Ctrl+Enter)"))
        self._tip_simpan = self.tombol_simpan.toolTip()
        self._tip_simpan_berikut = self.tombol_simpan_berikut.toolTip()
        self.tombol_sebelum = tombol("◀", "previousButton", lambda: self.minta_pindah.emit(-1),
                                     self.tr("Keluarga sebelumnya (PgUp)"))
        self.tombol_sesudah = tombol("▶", "nextButton", lambda: self.minta_pindah.emit(1),
                                     self.tr("Keluarga berikutnya (PgDn)"))
        self.tombol_tutup = tombol(self.tr("Tutup"), "closeFormButton", self.minta_tutup.emit,
                                   self.tr("Kembali ke daftar (Esc)"))
        self.tombol_muat_ulang = tombol(self.tr("Muat ulang"), "reloadButton", self.muat_ulang,
                                        self.tr("Buang perubahan dan muat data tersimpan"))
        self.tombol_ajukan = tombol(self.tr("A&jukan"), "submitButton", self.ajukan,
                                    self.tr("Ajukan ke verifikator untuk disetujui"))
        self.tombol_setujui = tombol(self.tr("Set&ujui"), "approveButton", self.setujui)
        self.tombol_setujui_semua = tombol(
            self.tr("Setujui semua..."), "setujuiSemuaButton", self.minta_setujui_semua.emit,
            self.tr("Setujui sekaligus semua keluarga berstatus Diajukan di wilayah yang dipilih "
                    "di pohon wilayah (Ctrl+Shift+T)"))
        self.tombol_kembalikan = tombol(self.tr("&Kembalikan..."), "returnButton",
                                        self.kembalikan,
                                        self.tr("Kembalikan ke operator dengan catatan"))
        self.tombol_buka = tombol(self.tr("Buka kembali..."), "reopenButton", self.buka_kembali,
                                  self.tr("Buka kembali keluarga yang sudah disetujui"))
        self.tombol_riwayat = tombol(self.tr("Riwayat..."), "historyButton", self.riwayat,
                                     self.tr("Semua perubahan keluarga ini (jejak audit)"))
        self._baris_tombol_1 = QHBoxLayout()
        for t in (self.tombol_simpan, self.tombol_simpan_berikut):
            self._baris_tombol_1.addWidget(t)
        self._baris_tombol_1.addStretch(1)
        for t in (self.tombol_sebelum, self.tombol_sesudah, self.tombol_muat_ulang,
                  self.tombol_tutup):
            self._baris_tombol_1.addWidget(t)
        self.tombol_sebelum.setFixedWidth(36)
        self.tombol_sesudah.setFixedWidth(36)
        self._baris_tombol_2 = QHBoxLayout()
        for t in (self.tombol_ajukan, self.tombol_setujui, self.tombol_setujui_semua,
                  self.tombol_kembalikan, self.tombol_buka):
            self._baris_tombol_2.addWidget(t)
        self._baris_tombol_2.addStretch(1)
        self._baris_tombol_2.addWidget(self.tombol_riwayat)

    def _pintasan(self) -> None:
        konteks = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self._tombol_pintas: list[tuple[QKeySequence, Callable[[], object]]] = []
        for kunci, aksi in ((QKeySequence.StandardKey.Save, self.simpan),
                            ("Ctrl+Return", self.simpan_dan_berikutnya),
                            ("Ctrl+Enter", self.simpan_dan_berikutnya),
                            ("PgUp", lambda: self.minta_pindah.emit(-1)),
                            ("PgDown", lambda: self.minta_pindah.emit(1)),
                            ("Esc", self.minta_tutup.emit),
                            (PINTASAN_LOMPAT["anggota"], self.ke_anggota),
                            (PINTASAN_LOMPAT["temuan"], self.ke_temuan),
                            (PINTASAN_LOMPAT["status"], self.ke_status),
                            (PINTASAN_LOMPAT["pertama"], self.ke_isian_pertama)):
            p = QShortcut(QKeySequence(kunci), self)
            p.setContext(konteks)
            p.activated.connect(aksi)
            self._tombol_pintas.append((QKeySequence(kunci), aksi))

    # -- jumping by keyboard --------------------------------------------------------------------
    def ke_anggota(self) -> None:
        """Ctrl+M: the cursor to the members' table (its first member when none is chosen)."""
        if self.anggota_model.rowCount() and not self.anggota.currentIndex().isValid():
            self.anggota.setCurrentIndex(self.anggota_model.index(0, 0))
        self.anggota.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def ke_temuan(self) -> None:
        """Ctrl+T: the cursor to the findings list (unfolded when a short form folded it)."""
        if not self.temuan_aturan():
            self.tampilkan_pesan(self.tr("Tidak ada temuan kualitas data."), salah=False)
            return
        self._lipat_temuan(False)
        if self.temuan.currentRow() < 0:
            self.temuan.setCurrentRow(0)
        self.temuan.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def ke_status(self) -> None:
        """Ctrl+K: the cursor to the status (the first field when it is locked or fixed)."""
        if self.status_combo.isEnabled():
            self.gulir.verticalScrollBar().setValue(0)
            self.status_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.ke_isian_pertama()

    def ke_isian_pertama(self) -> None:
        """Alt+Home: back to the form's first field the cursor can go to (the desa of a new
        family, else the status; a read-only field when the family is locked)."""
        self.gulir.verticalScrollBar().setValue(0)
        for w in (self.desa_combo, self.status_combo, self.kelayakan_combo, self.alasan_combo,
                  self.alasan_lainnya, self.tanggal_kunjungan):
            if w.isVisible() and w.isEnabled():
                w.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return

    def _fokus_berubah(self, _lama: QWidget | None, baru: QWidget | None) -> None:
        """A field reached otherwise than by Tab (a section's Alt+letter, a label's mnemonic)
        is scrolled into view as Tab's are."""
        if baru is not None and self.gulir.widget().isAncestorOf(baru):
            self.gulir.ensureWidgetVisible(baru)

    def _tombol_form(self, event) -> bool:
        """Run the form's action of a key event that reached the form (or its scroll area) as
        a plain key event; True when it was one. Qt applies shortcuts only in the active window,
        while automation (pytest-qt, scripts) may send keys to a field of a window that is not:
        a key the field did not use then comes up here."""
        kombinasi = event.keyCombination()
        tanpa_keypad = kombinasi.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier
        tekan = QKeySequence(QKeyCombination(tanpa_keypad, kombinasi.key()))
        for urutan, aksi in self._tombol_pintas:
            if tekan.matches(urutan) == QKeySequence.SequenceMatch.ExactMatch:
                event.accept()
                aksi()
                return True
        return False

    def hideEvent(self, event) -> None:
        # the findings refresh is for the form on screen; a closed form (Esc, another
        # database opened, the window closing) must not read a database closed meanwhile
        self._waktu_temuan.stop()
        super().hideEvent(event)

    def keyPressEvent(self, event) -> None:
        if not self._tombol_form(event):
            super().keyPressEvent(event)

    def _tombol_dari_isian(self, isian: QWidget, event) -> bool:
        """Run the form's action of a key pressed in one of its fields, unless the field claims
        the key the way Qt asks it in the active window (a ShortcutOverride event: a text field
        keeps Return, Home, Ctrl+C...). In the active window Qt runs the form's shortcut before
        the field sees the key; in a window that is not active the key reaches the field first,
        and a combo box (PgUp/PgDn: another choice), the notes (PgUp/PgDn, Ctrl+Enter: a new
        line) or the members table (PgUp/PgDn: another row) kept it. Now both are alike."""
        if isian.window() is not self.window():
            return False  # an open combo box list (a popup): its keys, as in the active window
        kombinasi = event.keyCombination()
        tanpa_keypad = kombinasi.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier
        tekan = QKeySequence(QKeyCombination(tanpa_keypad, kombinasi.key()))
        if not any(tekan.matches(u) == QKeySequence.SequenceMatch.ExactMatch
                   for u, _aksi in self._tombol_pintas):
            return False
        tanya = QKeyEvent(QEvent.Type.ShortcutOverride, event.key(), event.modifiers(),
                          event.text(), event.isAutoRepeat(), event.count())
        tanya.setAccepted(False)
        QCoreApplication.sendEvent(isian, tanya)
        return not tanya.isAccepted() and self._tombol_form(event)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize and obj is self.gulir.viewport():
            QTimer.singleShot(0, self._muatkan_tombol_anggota)
        if event.type() == QEvent.Type.ShortcutOverride and obj in self._daftar_pilihan \
                and event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Escape):
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress:
            # The scroll area would take PgUp/PgDn for scrolling before they reach the form.
            if obj in (self.gulir, self.gulir.viewport()):
                return self._tombol_form(event)
            if obj in self._isian_fokus and isinstance(obj, QWidget):
                return self._tombol_dari_isian(obj, event)
        return super().eventFilter(obj, event)

    def _hubungkan(self, w: QWidget) -> None:
        if isinstance(w, IsianPindah):
            w.berubah.connect(self._berubah)
        elif isinstance(w, KotakPilihan):
            w.currentIndexChanged.connect(self._berubah)
        elif isinstance(w, QPlainTextEdit | QLineEdit):
            w.textChanged.connect(self._berubah)

    LEBAR_NAMA = (140, 230)
    """Least and most width of the members' name column (longer names: tooltip)."""

    def _tinggi_anggota(self, *_args) -> None:
        """Fit the members table to its rows (room for the sideways scroll bar) and the name
        column to the longest name."""
        jumlah = self.anggota_model.rowCount()
        self.petunjuk_anggota.setVisible(jumlah == 0)
        fm = self.anggota.fontMetrics()
        nama = max((fm.horizontalAdvance(self.anggota_model.anggota(i).get("nama") or "")
                    for i in range(jumlah)), default=0)
        paling_kecil, paling_besar = self.LEBAR_NAMA
        self.anggota.setColumnWidth(0, max(paling_kecil, min(paling_besar, nama + 14)))
        self._baris_tabel_anggota = min(max(jumlah, 3), 9)
        self._muatkan_tombol_anggota()

    BARIS_ANGGOTA_MIN = 4
    """Member rows the table shows when the form is short (a usual family whole), unless the
    verification's first rows would not fit above it."""
    BARIS_ANGGOTA_PALING_SEDIKIT = 2
    """Member rows the table shows at least: on a form too short for four beside the
    verification's first rows (a banner, a findings list the user keeps shown)."""

    def _muatkan_tombol_anggota(self) -> None:
        """Share the form's height between the scrolling fields, the members' group under
        them and the findings list. The group is never scrolled away (on a 1366x768 screen
        at 125 %, 1093x580, the form scrolled as a whole and showed one member until
        scrolled, the table's scroll bar inside the form's): its buttons in one row (short
        labels when the whole ones do not fit). What a verifier does on every family comes
        first: the verification's first rows (status to the visit date and the verifier's
        name) are seen whole; then the table four members high (or the whole family; fewer,
        two at least, where a banner or a findings list the user keeps shown leaves no room:
        it scrolls); more (up to nine) when the verification fields above still fit whole;
        the findings list gives up lines (:meth:`_atur_tinggi_temuan`). Computed from the
        height the three share (:meth:`_ruang_bersama`), not from their present heights,
        which are stale until the layout runs."""
        baris = getattr(self, "_baris_tabel_anggota", 3)
        dasar = (self.anggota.horizontalHeader().height() + 4
                 + self.anggota.horizontalScrollBar().sizeHint().height())
        # more than four rows only into room measured: the table's height is the form's least
        # height, and a top-level window grows to that and does not shrink back (a form first
        # shown with nine rows left the 1093x580 window 644 pixels high)
        sedikit = min(baris, self.BARIS_ANGGOTA_MIN)
        if not (self.isVisible() and self.gulir.height() > 0):
            baris = sedikit
        else:
            deret = self._baris_tombol_anggota
            lebar = max(deret.geometry().width(), self.anggota.width())
            muatkan_sebaris(list(self.tombol_anggota.values()), lebar, deret.jarak)
            bebas = (self._ruang_bersama() - dasar
                     - (self._tinggi_grup_anggota() - self.anggota.minimumHeight()))
            penuh, satu = self._tinggi_temuan_nanti()
            # rows beside the whole verification group and the whole list; beside the first
            # rows and the list at one line (a list that may fold counts nothing)
            lebih = (bebas - penuh - self._bawah_isian(self.grup_verifikasi)) // 22
            cukup = (bebas - satu - self._bawah_isian(self.nama_verifikator)) // 22
            baris = max(min(baris, self.BARIS_ANGGOTA_PALING_SEDIKIT), min(sedikit, cukup),
                        min(baris, lebih))
        self.anggota.setFixedHeight(dasar + 22 * baris)
        self._atur_tinggi_temuan()

    def _tinggi_temuan_nanti(self) -> tuple[int, int]:
        """Height the findings list will take under the members (with its spacing when
        :meth:`_ruang_bersama` did not count it): whole, and at the least it keeps. Nothing
        when there is none or the user folded it; folded by the form itself where it does not
        fit whole (:meth:`_atur_tinggi_temuan`), it keeps nothing; a line when the user keeps
        it shown."""
        if not self.temuan_aturan() or self._temuan_dibuka is False:
            return 0, 0
        jarak = self.layout().spacing() if self.temuan.isHidden() else 0  # else counted
        penuh = self._tinggi_temuan + jarak
        return penuh, (self._tinggi_baris_utuh(0) + jarak if self._temuan_dibuka else 0)

    def _ruang_bersama(self) -> int:
        """Height the scroll area, the members' group and the findings list share: the form's
        less its other rows (title, information, banner, the findings' heading, message,
        buttons) as they ask, so that no height measured before the layout ran counts."""
        tata = self.layout()
        m = tata.contentsMargins()
        lebar = self.width() - m.left() - m.right()
        tinggi = self.height() - m.top() - m.bottom()
        baris = 0
        for i in range(tata.count()):
            item = tata.itemAt(i)
            w = item.widget()
            if item.isEmpty() or (w is not None and w.isHidden()):
                continue
            baris += 1
            if w not in (self.gulir, self.grup_anggota, self.temuan):
                tinggi -= (item.heightForWidth(lebar) if item.hasHeightForWidth()
                           else item.sizeHint().height())
        return tinggi - tata.spacing() * max(0, baris - 1)

    def _tinggi_grup_anggota(self) -> int:
        """Height the members' group asks with its table as high as it is set now."""
        return self.grup_anggota.heightForWidth(self.grup_anggota.width())

    def _bawah_isian(self, w: QWidget) -> int:
        """How high the scroll area must be to show the fields down to ``w`` whole."""
        return (w.mapTo(self.gulir.widget(), QPoint(0, w.height())).y()
                + self._tata_isi.contentsMargins().bottom())

    def _urutan_tab(self) -> None:
        """Tab follows the work done on every family: the verification's fields (a new
        family's place before them), the member buttons and the members' table, Save and the
        approval buttons (row by row), and only then the P3KE fields, which are rarely
        corrected (identity, housing, aid: before, ~35 of them came before the members)."""
        urutan = [self.catatan, *self.tombol_anggota.values(), self.anggota,
                  self.tombol_simpan, self.tombol_simpan_berikut, self.tombol_sebelum,
                  self.tombol_sesudah, self.tombol_muat_ulang, self.tombol_tutup,
                  self.tombol_ajukan, self.tombol_setujui, self.tombol_setujui_semua,
                  self.tombol_kembalikan, self.tombol_buka, self.tombol_riwayat]
        for dari, ke in pairwise(urutan):
            QWidget.setTabOrder(dari, ke)

    # -- loading ------------------------------------------------------------------------------
    def buka(self, id_keluarga: str) -> None:
        """Load a family (what is stored; unsaved changes of the previous one are dropped:
        ask first with :meth:`boleh_ditinggalkan`)."""
        self.usulan = False
        self.data = sv.muat(self.db, id_keluarga)
        self._isi_dari(self.data)

    def muat_ulang(self) -> None:
        """Throw away the changes and show the stored family again."""
        if self.usulan:
            self.buka_usulan_baru()
        elif self.data is not None:
            self.buka(self.data.id_keluarga)

    def buka_usulan_baru(self) -> None:
        """An empty form for a family that is not in P3KE."""
        self.usulan = True
        self.data = None
        # Only where this user may add a family: an operator is offered the assigned desa.
        self.desa_combo.isi([(kode, nama) for kode, nama in swilayah.daftar_desa(self.db)
                             if boleh(self.pengguna, Aksi.TAMBAH_USULAN, kode)])
        kosong = sv.DataKeluarga(
            id_keluarga="", asal="usulan_baru", ada_di_sumber=False, nilai={}, sumber={},
            koreksi={}, verifikasi=Verifikasi(status_verifikasi=StatusVerifikasi.USULAN_BARU),
            versi=0)
        self._isi_dari(kosong)

    def _isi_dari(self, data: sv.DataKeluarga) -> None:
        self._memuat = True
        try:
            v = data.verifikasi
            if self.usulan:
                self.status_combo.isi([(StatusVerifikasi.USULAN_BARU.value,
                                        ul.label(StatusVerifikasi.USULAN_BARU,
                                                 StatusVerifikasi))])
            elif self.status_combo.findData(StatusVerifikasi.BELUM.value) < 0 or (
                    self.status_combo.findData(StatusVerifikasi.USULAN_BARU.value) >= 0
                    and data.asal != "usulan_baru"):
                self.status_combo.isi(ul.pilihan(StatusVerifikasi,
                                                 kecuali=(StatusVerifikasi.USULAN_BARU,)))
            if data.asal == "usulan_baru" and not self.usulan:
                self.status_combo.isi(ul.pilihan(StatusVerifikasi))
            self.status_combo.atur_kode(v.status_verifikasi)
            self.kelayakan_combo.atur_kode(v.kelayakan)
            self.alasan_combo.atur_kode(v.alasan)
            penuh = self._nik_penuh(data)
            self._catatan_asli = {}
            for f in ("alasan_lainnya", "id_keluarga_ganda", "nama_verifikator", "no_musdes"):
                self._v[f].setText(self._catatan_tampil(f, getattr(v, f), penuh, data))
            if not self.pindah_ke.terisi:
                self.pindah_ke.isi_desa(swilayah.daftar_desa_tujuan(self.db))
            self.pindah_ke.atur(v.pindah_ke_kode, v.pindah_ke)
            self._tafsirkan_pindah(v)
            self.tanggal_kunjungan.atur(v.tanggal_kunjungan)
            self.tanggal_musdes.atur(v.tanggal_musdes)
            self.catatan.setPlainText(self._catatan_tampil("catatan", v.catatan, penuh, data))
            for f, w in self._isian.items():
                # as the table and the members show it; a masked No KK may be typed over
                samar = f in ("nik_kepala", "no_kk") and not penuh
                self._atur_isian(w, data.nilai.get(f), samarkan=samar)
                terkoreksi = f in data.koreksi
                label = self._label_isian[f]
                label.setText(label.text().rstrip(" ✎") + (" ✎" if terkoreksi else ""))
                sumber = (data.sumber.get(f) or "") if terkoreksi else None
                label.setToolTip(self._tip_kolom(
                    f, samarkan_nik(sumber) if samar and sumber else sumber))
            self.grup_usulan.setVisible(self.usulan)
            if self.usulan:
                self.desa_combo.atur_kode(None)
                self.desil_combo.atur_kode(None)
            self.anggota_model.muat(data.anggota, self._nik_penuh(data))
            self._kepala_otomatis = {}
            self._id_kepala_awal = self._cari_kepala(data)
            self._awal = self._potret()
            self.pesan.setVisible(False)
        finally:
            self._memuat = False
        self._atur_alasan()
        self._atur_kepala(data)
        self._tandai_masalah([])  # a refusal's marks belong to what was shown before
        self._atur_tombol()
        self._berubah()
        self.perbarui_temuan()
        self.gulir.verticalScrollBar().setValue(0)

    def _tafsirkan_pindah(self, v: Verifikasi) -> None:
        """Old free-text 'Pindah ke' that is the name of exactly one desa of this kabupaten is
        shown as that desa (stored as its code when the user saves); a name that several desa
        carry stays text, and the note under the field says why; a text a typing slip away from
        exactly one desa stays text, the note asks "Mungkin maksudnya Desa X?" and the desa
        picker holds X, chosen only when the user picks "Desa di kabupaten ini" and saves."""
        self._pindah_ditafsirkan = False
        catatan = ""
        teks = (v.pindah_ke or "").strip()
        if teks and not v.pindah_ke_kode:
            if self._nama_desa is None:
                self._nama_desa = swilayah.NamaDesaTujuan(self.db)
            tafsir = self._nama_desa.tafsir(teks)
            desa = self.pindah_ke.desa

            def nama(kode: str) -> str:
                i = desa.findData(kode)
                return desa.itemText(i) if i >= 0 else kode

            if tafsir.kode and desa.findData(tafsir.kode) >= 0:
                self.pindah_ke.atur(tafsir.kode, None)
                self._pindah_ditafsirkan = True
                catatan = self.tr(
                    "Isian lama \"{0}\" dibaca sebagai desa {1}. Disimpan sebagai desa itu saat "
                    "Anda menyimpan.").format(teks, nama(tafsir.kode))
            elif tafsir.mirip and desa.findData(tafsir.mirip) >= 0:
                # a typing slip ("Sungai Ambwang"): offered, not applied - the picker holds the
                # desa, but the text stays until the user chooses it and saves
                desa.atur_kode(tafsir.mirip)
                nama_desa, _koma, kecamatan = nama(tafsir.mirip).partition(", ")
                saran = (self.tr("Desa {0} (Kecamatan {1})").format(nama_desa, kecamatan)
                         if kecamatan else self.tr("Desa {0}").format(nama_desa))
                catatan = self.tr(
                    "Isian lama \"{0}\" tidak sama persis dengan nama desa mana pun di kabupaten "
                    "ini. Mungkin maksudnya {1}? Bila ya, pilih \"Desa di kabupaten ini\" (desa "
                    "itu sudah disiapkan di daftar) lalu simpan. Sebelum disimpan, keluarga ini "
                    "tetap dihitung pindah keluar kabupaten.").format(teks, saran)
            elif len(tafsir.kandidat) > 1:
                catatan = self.tr(
                    "Isian lama \"{0}\" tetap sebagai teks: ada {1} desa bernama itu di "
                    "kabupaten ini ({2}). Bila keluarga pindah ke salah satunya, pilih \"Desa di "
                    "kabupaten ini\" lalu desanya.").format(
                    teks, len(tafsir.kandidat), "; ".join(nama(k) for k in tafsir.kandidat))
        self.catatan_pindah.setText(catatan)
        self.catatan_pindah.setVisible(bool(catatan))
        if catatan:  # the scroll area sizes the form by hints: keep every wrapped line shown
            lebar = max(self.pindah_ke.width(), self.catatan_pindah.width(), 240)
            self.catatan_pindah.setMinimumHeight(self.catatan_pindah.heightForWidth(lebar))

    def segarkan_wilayah(self) -> None:
        """The desa known to the database changed (a region reference or P3KE files were
        imported): read the 'Pindah ke' desa list, and the names old text is read by, again."""
        self._nama_desa = None
        if self.pindah_ke.terisi:
            self._memuat = True
            try:
                self.pindah_ke.isi_desa(swilayah.daftar_desa_tujuan(self.db))
            finally:
                self._memuat = False

    @staticmethod
    def _cari_kepala(data: sv.DataKeluarga) -> str | None:
        """The member the family's head fields describe when it is loaded: a present member
        with the relationship Kepala Keluarga, the one named as head first."""
        kepala = [a for a in data.anggota if a.get("hubungan") == ds.HUBUNGAN_KEPALA
                  and a.get("status_anggota") in (None, "ADA", "ANGGOTA_BARU")]
        kepala.sort(key=lambda a: a.get("nama") != data.nilai.get("nama_kepala"))
        return kepala[0]["id_individu"] if kepala else None

    def _atur_isian(self, w: QWidget, nilai, samarkan: bool = False) -> None:
        if isinstance(w, KotakPilihan):
            w.atur_kode(nilai)
        elif isinstance(w, IsianNik):
            w.atur(nilai, samarkan)
        elif isinstance(w, IsianTanggal):
            w.atur(nilai)
        elif isinstance(w, QLineEdit):
            w.setText(nilai or "")

    def _nilai_isian(self, w: QWidget) -> str | None:
        if isinstance(w, KotakPilihan):
            return w.kode()
        if isinstance(w, IsianTanggal | IsianNik):
            return w.nilai()
        if isinstance(w, QLineEdit):
            return w.text().strip() or None
        return None

    def _catatan_tampil(self, f: str, teks: str | None, penuh: bool,
                        data: sv.DataKeluarga) -> str:
        """A note as the form shows it: NIK-like numbers masked for who may not see them
        (:func:`samarkan_catatan`; the family's own IDs stay), the stored note kept so that
        :meth:`verifikasi_form` writes them back in full around what the user edits."""
        teks = teks or ""
        if penuh or f not in ("catatan", "alasan_lainnya"):
            return teks
        kecuali = (data.id_keluarga, *(a.get("id_individu") for a in data.anggota))
        samar = samarkan_catatan(teks, kecuali)
        if samar != teks:
            self._catatan_asli[f] = (teks, kecuali)
        return samar

    def _nik_penuh(self, data: sv.DataKeluarga | None = None) -> bool:
        kode = data.kode_wilayah if data else None
        return boleh(self.pengguna, Aksi.LIHAT_NIK_PENUH, kode)

    def _atur_kepala(self, data: sv.DataKeluarga) -> None:
        if self.usulan:
            self.judul.setText(self.tr("Usulan keluarga baru (belum ada di P3KE)"))
            self.info.setText(self.tr("Pilih desa, isi nama kepala keluarga, anggota, dan hasil "
                                      "verifikasi, lalu Simpan."))
            self.spanduk.setVisible(False)
            return
        nama = data.nilai.get("nama_kepala") or self.tr("(tanpa nama)")
        self.judul.setText(f"{nama} — {data.id_keluarga}")
        kode = data.kode_wilayah or "-"
        desa = swilayah.nama(self.db, kode) or data.nilai.get("desa") or kode
        bagian = [self.tr("Desa: {0}").format(desa) + (f" ({kode})" if desa != kode else "")]
        if data.nilai.get("desil"):
            bagian.append(self.tr("Desil {0}").format(data.nilai["desil"]))
        bagian.append(self.tr("Persetujuan: {0}").format(
            ul.label(data.verifikasi.persetujuan, Persetujuan)))
        if data.asal == "usulan_baru":
            bagian.append(self.tr("Usulan baru"))
        elif not data.ada_di_sumber:
            bagian.append(self.tr("tidak ada lagi di berkas P3KE terakhir"))
        if data.diubah_oleh:
            bagian.append(self.tr("diubah {0} oleh {1}").format(
                waktu(data.diubah_pada), data.diubah_oleh))
        self.info.setText(" · ".join(bagian))
        p = data.verifikasi.persetujuan
        if p == Persetujuan.DIKEMBALIKAN:
            catatan = data.verifikasi.catatan_pengembalian or "-"
            if not self._nik_penuh(data):
                catatan = samarkan_catatan(catatan, (data.id_keluarga,))
            self._spanduk(self.tr("Dikembalikan oleh verifikator: {0}").format(catatan),
                          "#fff3e0", "#e65100")
        elif p == Persetujuan.DISETUJUI:
            self._spanduk(self.tr("Sudah disetujui; data terkunci. Verifikator dapat membukanya "
                                  "kembali dengan alasan."), "#e8f5e9", "#1b5e20")
        elif p == Persetujuan.DIAJUKAN:
            self._spanduk(self.tr("Sudah diajukan; menunggu persetujuan verifikator."),
                          "#e3f2fd", "#0d47a1")
        else:
            self.spanduk.setVisible(False)

    def _spanduk(self, teks: str, latar: str, warna: str) -> None:
        self.spanduk.setText(teks)
        self.spanduk.setStyleSheet(f"background: {latar}; color: {warna}; padding: 4px; "
                                   f"border: 1px solid {warna}; border-radius: 3px;")
        self.spanduk.setVisible(True)

    # -- state --------------------------------------------------------------------------------
    def bisa_diubah(self) -> bool:
        """May the current user edit this family now (role, region, approval state)?"""
        if self.usulan:
            return boleh(self.pengguna, Aksi.TAMBAH_USULAN)
        if self.data is None:
            return False
        return (boleh(self.pengguna, Aksi.UBAH_VERIFIKASI, self.data.kode_wilayah)
                and Persetujuan(self.data.verifikasi.persetujuan) in ds.BISA_DIUBAH)

    def alasan_terkunci(self) -> str | None:
        """Why the current user cannot change this family now (``None``: they can)."""
        if self.bisa_diubah():
            return None
        if self.usulan:
            return self.tr("peran Anda tidak boleh menambah usulan keluarga baru")
        if self.data is None:
            return self.tr("belum ada keluarga yang dibuka")
        if self.pengguna.baca_saja:
            return self.tr("basis data dibuka hanya baca")
        if not boleh(self.pengguna, Aksi.UBAH_VERIFIKASI):
            return self.tr("peran {0} tidak mengubah hasil verifikasi").format(
                ul.label_peran(self.pengguna.peran))
        if not boleh(self.pengguna, Aksi.UBAH_VERIFIKASI, self.data.kode_wilayah):
            return self.tr("keluarga ini di luar wilayah kerja Anda")
        if self.data.verifikasi.persetujuan == Persetujuan.DISETUJUI:
            return self.tr("sudah disetujui (terkunci); verifikator dapat membukanya kembali")
        return self.tr("sudah diajukan dan menunggu persetujuan verifikator")

    def _boleh(self, aksi: Aksi) -> bool:
        return self.data is not None and boleh(self.pengguna, aksi, self.data.kode_wilayah)

    def _atur_tombol(self) -> None:
        ubah = self.bisa_diubah()
        p = self.data.verifikasi.persetujuan if self.data else None
        for w in [*self._v.values(), *self._isian.values(), self.desa_combo, self.desil_combo]:
            if isinstance(w, QLineEdit | QPlainTextEdit | IsianNik):
                w.setReadOnly(not ubah)
            else:
                w.setEnabled(ubah)
        self.status_combo.setEnabled(ubah and not self.usulan)
        self.anggota_model.baca_saja = not ubah
        for t in self.tombol_anggota.values():
            t.setEnabled(ubah)
        # Save and Save & next follow the same rule; a locked family is left with PgDn / ▶
        alasan = self.alasan_terkunci()
        for t, tip in ((self.tombol_simpan, self._tip_simpan),
                       (self.tombol_simpan_berikut, self._tip_simpan_berikut)):
            t.setEnabled(ubah)
            t.setToolTip(tip if ubah else self.tr(
                "Tidak bisa disimpan: {0}. PgDn membuka keluarga berikutnya.").format(alasan))
        self.tombol_ajukan.setEnabled(
            p in (Persetujuan.DRAF, Persetujuan.DIKEMBALIKAN) and self._boleh(Aksi.AJUKAN))
        self.tombol_setujui.setEnabled(p == Persetujuan.DIAJUKAN and self._boleh(Aksi.SETUJUI))
        self.tombol_setujui_semua.setEnabled(boleh(self.pengguna, Aksi.SETUJUI))
        self.tombol_kembalikan.setEnabled(
            p == Persetujuan.DIAJUKAN and self._boleh(Aksi.KEMBALIKAN))
        self.tombol_buka.setEnabled(p == Persetujuan.DISETUJUI
                                    and self._boleh(Aksi.BUKA_KEMBALI))
        self.tombol_riwayat.setEnabled(self.data is not None)
        for t in (self.tombol_sebelum, self.tombol_sesudah):
            t.setEnabled(not self.usulan)
        self._atur_alasan()

    def _status_berubah(self) -> None:
        """Back to "Belum diverifikasi": the kelayakan goes too (it would count in the recap as
        a judged family; the domain refuses it), as the alasan goes with "Layak"."""
        if self._memuat:
            return
        belum = (self.status_combo.kode() or StatusVerifikasi.BELUM) == StatusVerifikasi.BELUM
        if belum and self.kelayakan_combo.kode():
            self.kelayakan_combo.atur_kode(None)

    def _atur_alasan(self) -> None:
        if self._memuat:
            return
        tidak_layak = self.kelayakan_combo.kode() == Kelayakan.TIDAK_LAYAK
        if not tidak_layak and self.alasan_combo.kode():
            self.alasan_combo.atur_kode(None)
        lainnya = tidak_layak and self.alasan_combo.kode() == AlasanTidakLayak.LAINNYA
        if not lainnya and self.alasan_lainnya.text():
            self.alasan_lainnya.clear()
        ubah = self.bisa_diubah()
        self.alasan_combo.setEnabled(ubah and tidak_layak)
        self.alasan_lainnya.setReadOnly(not (ubah and lainnya))
        self.alasan_lainnya.setEnabled(lainnya)
        # its row only for the reason "Lainnya" (or an old note): the form is a row shorter
        tampil = lainnya or bool(self.alasan_lainnya.text())
        self.alasan_lainnya.setHidden(not tampil)
        self._label_v["alasan_lainnya"].setHidden(not tampil)

    def verifikasi_form(self) -> Verifikasi:
        """The verification as the form shows it."""
        def teks(f: str, w: QWidget) -> str | None:
            if isinstance(w, QPlainTextEdit):
                nilai = w.toPlainText().strip() or None
            else:
                nilai = self._nilai_isian(w)
            if nilai and f in self._catatan_asli:
                nilai = pulihkan_catatan(nilai, *self._catatan_asli[f])
            return nilai

        v = Verifikasi(**{f: teks(f, w) for f, w in self._v.items()})
        v.pindah_ke, v.pindah_ke_kode = self.pindah_ke.teks(), self.pindah_ke.kode()
        v.status_verifikasi = v.status_verifikasi or StatusVerifikasi.BELUM
        if self.data is not None:
            v.persetujuan = self.data.verifikasi.persetujuan
            v.catatan_pengembalian = self.data.verifikasi.catatan_pengembalian
        return v

    def koreksi_form(self) -> dict:
        """P3KE fields the user changed (field -> new value)."""
        nilai = self.data.nilai if self.data else {}
        hasil = {}
        for f, w in self._isian.items():
            baru = self._nilai_isian(w)
            if (baru or None) != (nilai.get(f) or None):
                hasil[f] = baru
        return hasil

    def _potret(self) -> tuple:
        return (self.verifikasi_form().sebagai_dict(), self.koreksi_form(),
                self.desa_combo.kode() if self.usulan else None,
                self.desil_combo.kode() if self.usulan else None)

    def ada_perubahan(self) -> bool:
        """True when something was typed that is not saved yet."""
        if self.data is None and not self.usulan:
            return False
        return self._potret() != self._awal or self.anggota_model.ada_perubahan()

    def periksa(self) -> list[MasalahIsian]:
        """Problems of the current values (empty: the form may be saved)."""
        v = self.verifikasi_form()
        masalah = ds.periksa_verifikasi(
            v, self.data.id_keluarga if self.data else None,
            tahun=ds.tahun_data(self.data.nilai.get("dimutakhirkan_tahun")) if self.data
            else None)
        for f, w in self._isian.items():
            if isinstance(w, IsianNik) and f in self.koreksi_form():
                masalah += [MasalahIsian(f, m) for m in w.masalah()]
            if isinstance(w, IsianTanggal) and not w.sah():
                masalah.append(MasalahIsian(f, self.tr("{0}: tanggal tidak bisa dibaca").format(
                    ul.label_field(f))))
        for i in range(self.anggota_model.rowCount()):
            for m in self.anggota_model.masalah_nik(i):
                nama = self.anggota_model.anggota(i).get("nama") or "-"
                masalah.append(MasalahIsian("nik_perbaikan", f"{nama}: {m}"))
        if self.usulan:
            if not self.desa_combo.kode():
                masalah.append(MasalahIsian("kode_kemdagri",
                                            self.tr("Desa/kelurahan wajib dipilih")))
            if not self._nilai_isian(self._isian["nama_kepala"]):
                masalah.append(MasalahIsian("nama_kepala",
                                            self.tr("Nama kepala keluarga wajib diisi")))
        return masalah

    def _berubah(self, *_args) -> None:
        if self._memuat:
            return
        v = self.verifikasi_form()
        wajib = set(ds.field_wajib(v))
        for f, w in self._v.items():
            kosong = not (getattr(v, f) or "").strip() if isinstance(getattr(v, f), str) \
                else getattr(v, f) is None
            if isinstance(w, IsianPindah):
                kosong = not (v.pindah_ke or v.pindah_ke_kode)
                for bagian in (w.jenis, w.desa, w.teks_edit):
                    self._tandai(bagian, "wajib", False)
                w = w.isian_terlihat()
            self._tandai(w, "wajib", f in wajib and kosong)
            label = self._label_v[f]
            label.setProperty("wajib", f in wajib)
            teks = self.tr(_LABEL_VERIFIKASI[f])
            label.setText(teks + (" *" if f in wajib else ""))
            label.style().unpolish(label)
            label.style().polish(label)
        if self.usulan:
            self._tandai(self.desa_combo, "wajib", not self.desa_combo.kode())
            self._tandai(self._isian["nama_kepala"], "wajib",
                         not self._nilai_isian(self._isian["nama_kepala"]))
        if self.data is not None or self.usulan:
            belum = self.ada_perubahan()
            judul = self.judul.text().removesuffix(" ●")
            self.judul.setText(judul + (" ●" if belum else ""))
            self.judul.setToolTip(self.tr("Ada perubahan yang belum disimpan") if belum else "")
        self._waktu_temuan.start()

    @staticmethod
    def _tandai(w: QWidget, sifat: str, nyala: bool) -> None:
        if bool(w.property(sifat)) == nyala:
            return
        w.setProperty(sifat, nyala)
        w.style().unpolish(w)
        w.style().polish(w)

    def perbarui_temuan(self) -> None:
        """Show the findings of the values in the form (unsaved ones included)."""
        if self.data is None and not self.usulan:
            self.temuan.clear()
            return
        nilai = dict(self.data.nilai) if self.data else {}
        nilai.update(self.koreksi_form())
        if self.usulan:
            nilai["kode_kemdagri"] = self.desa_combo.kode()
        nilai["id_keluarga"] = self.data.id_keluarga if self.data else ""
        if self.data:  # a family gone from the source is judged as it last was
            nilai["asal"], nilai["ada_di_sumber"] = self.data.asal, self.data.ada_di_sumber
        anggota = self.anggota_model.untuk_pemeriksaan()
        try:
            daftar = stemuan.periksa_keluarga_sementara(self.db, nilai, anggota,
                                                        self._wilayah_dikenal)
        except KesalahanPenyimpanan as e:  # the file went away: the window's dialog says so
            logging.getLogger(__name__).info("Temuan formulir tidak diperbarui: %s",
                                             type(e).__name__)
            return  # the findings shown stay; the entries are untouched
        penuh = self._nik_penuh(self.data)
        self.temuan.clear()
        for t in daftar:
            siapa = f"{self.anggota_model.sebutan(t.id_individu)}: " if t.id_individu else ""
            # the rule's message in the interface language, the NIKs masked once translated
            rincian = bahasa.teks(t.pesan)
            if not penuh:
                rincian = samarkan_pesan(rincian, t.kolom, t.nilai, t.id_keluarga,
                                         t.id_individu)
            nama_aturan = ul.nama_aturan(t.aturan)
            sama = rincian.strip(" .").casefold() == nama_aturan.casefold()
            item = QListWidgetItem(f"⚠ {siapa}{nama_aturan}" + ("" if sama else f": {rincian}"))
            item.setToolTip(ul.penjelasan_aturan(t.aturan))
            item.setData(Qt.ItemDataRole.UserRole, t.aturan)
            self.temuan.addItem(item)
        kosong = self.tr("✓ Tidak ada temuan kualitas data.")
        if not daftar:
            item = QListWidgetItem(kosong)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.temuan.addItem(item)
        judul = self.tr("Temuan kualitas data ({0})").format(len(daftar))
        # nothing to show: said on the heading's line, the list folds away and the form above
        # gets the room (the members' table whole on a 1366x768 screen)
        self.label_temuan.setText(f"{judul}   {kosong}" if not daftar else judul)
        tinggi = self.temuan.fontMetrics().height() + 2 * self.temuan.frameWidth() + 8
        if daftar:  # as high as its lines, up to about three (then it scrolls)
            self.temuan.doItemsLayout()
            isi = sum(self.temuan.sizeHintForRow(i) for i in range(self.temuan.count()))
            tinggi = max(tinggi, isi + 2 * self.temuan.frameWidth() + 4)
            if tinggi > self.TINGGI_TEMUAN:
                tinggi = self._tinggi_baris_utuh(self.TINGGI_TEMUAN)
        self._tinggi_temuan = tinggi
        self._atur_tinggi_temuan()

    def _atur_tinggi_temuan(self) -> None:
        """The findings list as high as its lines (:meth:`perbarui_temuan`). When the fields
        above would then show less than the verification's first rows (status to visit date)
        beside the members' group (a short screen: 1366x768 at 125 %, 11 pt), the list folds
        into its heading's line, with a button to show it (and Ctrl+T); shown by the user on
        such a form, it is lower (whole lines, one at least; it scrolls)."""
        ada = bool(self.temuan_aturan())
        tinggi = self._tinggi_temuan
        pendek = False
        if ada and self.isVisible() and self.gulir.height() > 0:
            ruang = (self._ruang_bersama() - self._tinggi_grup_anggota()
                     - self._bawah_isian(self.tanggal_kunjungan))
            if self.temuan.isHidden():  # measured as if shown: no folding back and forth
                ruang -= self.layout().spacing()
            if ruang < tinggi:
                pendek = True
                tinggi = self._tinggi_baris_utuh(ruang)
        self._lipat_otomatis = pendek
        dilipat = ada and self._temuan_dilipat()
        self.temuan.setHidden(not ada or dilipat)
        self.tombol_temuan.setVisible(ada and (pendek or self._temuan_dibuka is not None))
        self.tombol_temuan.setArrowType(Qt.ArrowType.RightArrow if dilipat
                                        else Qt.ArrowType.DownArrow)
        self.tombol_temuan.setText(self.tr("Tampilkan") if dilipat else self.tr("Sembunyikan"))
        self.tombol_temuan.setToolTip(self.tr(
            "Tampilkan atau sembunyikan daftar temuan ({0})").format(PINTASAN_LOMPAT["temuan"]))
        self.temuan.setMaximumHeight(tinggi)

    def _temuan_dilipat(self) -> bool:
        """The findings list is folded now: as the user chose, else when the form is short."""
        if self._temuan_dibuka is not None:
            return not self._temuan_dibuka
        return self._lipat_otomatis

    def _lipat_temuan(self, lipat: bool) -> None:
        """Fold or show the findings list: the user's choice, for every family and the next
        sessions on this computer."""
        if self._temuan_dibuka != (not lipat):
            self._temuan_dibuka = not lipat
            pengaturan = Pengaturan.muat()  # other preferences may have changed meanwhile
            pengaturan.temuan_dilipat = lipat
            try:
                pengaturan.simpan()
            except OSError as e:  # a read-only profile: the choice holds for this session
                logging.getLogger(__name__).warning("Lipatan temuan tidak tersimpan: %s", e)
        self._muatkan_tombol_anggota()

    def _tinggi_baris_utuh(self, batas: int) -> int:
        """Height of the findings list showing as many whole lines as fit in ``batas`` pixels,
        one at least: a line half in view (its lower half cut by the list's edge) reads as a
        cut text, not as a list that scrolls."""
        tinggi = 2 * self.temuan.frameWidth()
        for i in range(self.temuan.count()):
            baris = self.temuan.sizeHintForRow(i)
            if i and tinggi + baris > batas:
                break
            tinggi += baris
        return tinggi

    TINGGI_TEMUAN = 74
    """Height of the findings list when it has findings (about three lines)."""

    def temuan_aturan(self) -> list[str]:
        """Rule codes of the findings shown (for tests and automation)."""
        return [self.temuan.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.temuan.count())
                if self.temuan.item(i).data(Qt.ItemDataRole.UserRole)]

    def tampilkan_pesan(self, teks: str, salah: bool = True) -> None:
        self.pesan.setText(teks)
        self.pesan.setStyleSheet("color: #b00020; font-weight: bold;" if salah
                                 else "color: #1b5e20;")
        self.pesan.setVisible(bool(teks))

    def _tandai_masalah(self, masalah: list[MasalahIsian]) -> None:
        bidang = {m.field for m in masalah}
        for f, w in {**self._v, **self._isian}.items():
            if isinstance(w, IsianPindah):
                for bagian in (w.jenis, w.desa, w.teks_edit):
                    self._tandai(bagian, "salah", False)
                w = w.isian_terlihat()
            self._tandai(w.edit if isinstance(w, IsianNik) else w, "salah", f in bidang)
        pertama = next((self._v.get(m.field) or self._isian.get(m.field) for m in masalah
                        if m.field in self._v or m.field in self._isian), None)
        if pertama is not None:
            self.gulir.ensureWidgetVisible(pertama)

    # -- actions ------------------------------------------------------------------------------
    def simpan(self) -> bool:
        """Save what the form shows. Returns False (and keeps every typed value) when the save
        is refused; the reason is shown under the form."""
        if not self.bisa_diubah():
            self.tampilkan_pesan(self.tr("Tidak disimpan: {0}.").format(self.alasan_terkunci()))
            return False
        masalah = self.periksa()
        if masalah:
            self._tolak(masalah)
            return False
        v = self.verifikasi_form()
        try:
            if self.usulan:
                keluarga = {f: self._nilai_isian(w) for f, w in self._isian.items()}
                keluarga["kode_kemdagri"] = self.desa_combo.kode()
                keluarga["desil"] = self.desil_combo.kode()
                anggota = [p.data_baru for p in self.anggota_model.perubahan() if p.data_baru]
                idk = sv.tambah_usulan_baru(self.db, self.pengguna, keluarga, anggota, v)
                self.buka(idk)
                self.disimpan.emit(idk, "", v.status_verifikasi)
                self.tampilkan_pesan(self.tr("Usulan baru tersimpan dengan ID {0}.").format(idk),
                                     salah=False)
                return True
            assert self.data is not None
            lama = self.data.verifikasi.status_verifikasi
            if not self.ada_perubahan() and not self._pindah_ditafsirkan:
                self.tampilkan_pesan(self.tr("Tidak ada perubahan."), salah=False)
                return True
            sv.simpan(self.db, self.data.id_keluarga, self.pengguna, v, self.data.versi,
                      koreksi=self.koreksi_form(), anggota=self.anggota_model.perubahan())
        except sv.PerubahanDitolak as e:
            self._tolak(e.masalah)
            return False
        except (sv.KonflikVersi, sv.TidakBerwenang, sv.KeluargaTidakAda) as e:
            self.tampilkan_pesan(bahasa.teks(e))
            return False
        except KesalahanPenyimpanan as e:  # disk full, file read-only, USB stick pulled
            self._gagal_menulis(e)
            return False
        idk = self.data.id_keluarga
        self.buka(idk)
        self.disimpan.emit(idk, lama, self.data.verifikasi.status_verifikasi)
        self.tampilkan_pesan(self.tr("Tersimpan {0}.").format(
            jam(dt.datetime.now(), detik=True)), salah=False)
        return True

    def _gagal_menulis(self, e: KesalahanPenyimpanan) -> None:
        """The database refused the write (the environment's fault): say why; the entries stay
        in the form to be saved again once it is fixed."""
        self.tampilkan_pesan(bahasa.teks(e) + "\n" + self.tr(
            "Belum tersimpan: isian Anda masih ada di formulir. Simpan lagi setelah masalahnya "
            "diatasi."))

    def _tolak(self, masalah: list[MasalahIsian], judul: str | None = None) -> None:
        self._tandai_masalah(masalah)
        self.tampilkan_pesan((judul or self.tr("Belum bisa disimpan:")) + "\n• " + "\n• ".join(
            bahasa.teks(m.pesan) for m in masalah))

    def simpan_dan_berikutnya(self) -> None:
        """Save (when there is something to save) and ask for the next family."""
        if self.usulan:
            self.simpan()
            return
        if not self.bisa_diubah():
            # nothing to save here: say so (no "Tersimpan"), and stay; PgDn moves on
            self.tampilkan_pesan(self.tr(
                "Tidak disimpan: {0}. Tekan PgDn (atau ▶) untuk membuka keluarga berikutnya."
            ).format(self.alasan_terkunci()))
            return
        if (self.ada_perubahan() or self._pindah_ditafsirkan) and not self.simpan():
            return
        self.minta_berikutnya.emit()

    def _ubah_persetujuan(self, aksi: AksiPersetujuan, catatan: str | None = None) -> bool:
        assert self.data is not None
        try:
            sv.ubah_persetujuan(self.db, self.data.id_keluarga, self.pengguna, aksi,
                                self.data.versi, catatan)
        except sv.PerubahanDitolak as e:
            self._tolak(e.masalah, self.tr("Belum bisa dilakukan:"))
            return False
        except (sv.KonflikVersi, sv.TidakBerwenang) as e:
            self.tampilkan_pesan(bahasa.teks(e))
            return False
        except KesalahanPenyimpanan as e:
            self._gagal_menulis(e)
            return False
        status = self.data.verifikasi.status_verifikasi
        self.buka(self.data.id_keluarga)
        self.disimpan.emit(self.data.id_keluarga, status, status)
        self.tampilkan_pesan(self.tr("Persetujuan: {0}.").format(
            ul.label(self.data.verifikasi.persetujuan, Persetujuan)), salah=False)
        return True

    def ajukan(self) -> bool:
        """Submit the family to the verifikator (saving unsaved changes first)."""
        if self.data is None:
            return False
        if self.bisa_diubah() and self.ada_perubahan() and not self.simpan():
            return False
        return self._ubah_persetujuan(AksiPersetujuan.AJUKAN)

    def setujui(self) -> bool:
        """Approve a submitted family (verifikator); it becomes read-only."""
        return self.data is not None and self._ubah_persetujuan(AksiPersetujuan.SETUJUI)

    def kembalikan(self) -> bool:
        """Send a submitted family back to the operator with a required note."""
        if self.data is None:
            return False
        catatan = DialogCatatan.minta(
            self, self.tr("Kembalikan ke operator"),
            self.tr("Apa yang harus diperbaiki operator? (wajib diisi)"))
        if catatan is None:
            return False
        return self._ubah_persetujuan(AksiPersetujuan.KEMBALIKAN, catatan)

    def buka_kembali(self) -> bool:
        """Reopen an approved family for editing, with a required reason."""
        if self.data is None:
            return False
        alasan = DialogCatatan.minta(
            self, self.tr("Buka kembali"),
            self.tr("Mengapa keluarga yang sudah disetujui ini dibuka kembali? (wajib diisi)"))
        if alasan is None:
            return False
        return self._ubah_persetujuan(AksiPersetujuan.BUKA_KEMBALI, alasan)

    def riwayat(self) -> DialogRiwayat | None:
        """Show the family's history (audit rows) in a window."""
        if self.data is None:
            return None
        from kalbar_desktop.storage import audit

        d = DialogRiwayat(self.data.id_keluarga,
                          audit.riwayat_keluarga(self.db, self.data.id_keluarga),
                          self._nik_penuh(self.data), self)
        d.show()
        return d

    def tambah_anggota(self) -> None:
        """Ask for a new member and add it to the table (saved with the family)."""
        data = DialogAnggotaBaru.minta(self)
        if data:
            self.anggota_model.tambah(data)

    def _baris_anggota(self) -> int:
        i = self.anggota.currentIndex()
        return i.row() if i.isValid() else -1

    def tandai_anggota(self, kode: str) -> None:
        """Mark the selected member (``MENINGGAL``, ``PINDAH_KELUAR``, ``MENIKAH_KELUAR``,
        ``ADA``)."""
        baris = self._baris_anggota()
        if baris < 0:
            self.tampilkan_pesan(self.tr("Pilih dulu anggota di tabel anggota."))
            return
        if self.anggota_model.anggota(baris).get("baru"):
            self.tampilkan_pesan(self.tr("Anggota baru belum disimpan; hapus dengan Muat ulang."))
            return
        self.anggota_model.atur_status(baris, kode)

    def jadikan_kepala(self) -> None:
        """The selected member becomes the head of the family (saved with the family).

        The family's head fields (name, NIK, sex, birth date: :data:`ds.IDENTITAS_KEPALA`)
        follow as corrections, except a field the operator typed by hand in this form (theirs
        is kept, and the message says so). A member made head earlier in this form goes back to
        its relationship; making the head the family was opened with head again restores
        everything as it was loaded (an undo before saving)."""
        baris = self._baris_anggota()
        if baris < 0 or not self.bisa_diubah():
            return
        self.anggota_model.kembalikan_kepala_lain(baris)
        self.anggota_model.atur_hubungan(baris, ds.HUBUNGAN_KEPALA)
        a = self.anggota_model.anggota(baris)
        awal = self.data.nilai if self.data else {}
        if not a.get("baru") and a.get("id_individu") == self._id_kepala_awal:
            target = {f: awal.get(f) for f in ds.IDENTITAS_KEPALA}
        else:
            target = ds.identitas_kepala(a)
        penuh = self._nik_penuh(self.data)
        dipertahankan = []
        self._memuat = True
        try:
            for f, nilai in target.items():
                w = self._isian[f]
                sekarang_ = self._nilai_isian(w)
                otomatis = self._kepala_otomatis.get(f, awal.get(f))
                if (sekarang_ or None) != (otomatis or None) and \
                        (sekarang_ or None) != (awal.get(f) or None):
                    dipertahankan.append(ul.label_field(f))
                    continue
                self._atur_isian(w, nilai, samarkan=f == "nik_kepala" and not penuh)
                self._kepala_otomatis[f] = nilai
        finally:
            self._memuat = False
        self._berubah()
        pesan = self.tr("{0} menjadi kepala keluarga: nama, NIK, jenis kelamin dan tanggal lahir "
                        "kepala keluarga di Identitas ikut diganti (koreksi; nilai P3KE tetap "
                        "tersimpan).").format(a.get("nama") or "-")
        if dipertahankan:
            pesan += " " + self.tr("Isian yang Anda ketik sendiri tetap: {0}.").format(
                ", ".join(dipertahankan))
        self.tampilkan_pesan(pesan, salah=False)

    def _perbaiki_nik(self) -> None:
        baris = self._baris_anggota()
        if baris < 0:
            self.tampilkan_pesan(self.tr("Pilih dulu anggota yang NIK-nya diperbaiki."))
            return
        indeks = self.anggota_model.index(baris, AnggotaModel.K_NIK_PERBAIKAN)
        self.anggota.setCurrentIndex(indeks)
        self.anggota.edit(indeks)

    def boleh_ditinggalkan(self, pertanyaan: str | None = None) -> bool:
        """Ask what to do with unsaved changes (save, discard, cancel); True when the form may
        show something else now."""
        if not self.ada_perubahan():
            return True
        kotak = QMessageBox(self)
        kotak.setObjectName("konfirmasiPerubahan")
        kotak.setIcon(QMessageBox.Icon.Question)
        kotak.setWindowTitle(self.tr("Perubahan belum disimpan"))
        kotak.setText(pertanyaan or self.tr("Perubahan pada keluarga ini belum disimpan. "
                                            "Simpan sekarang?"))
        simpan = kotak.addButton(self.tr("&Simpan"), QMessageBox.ButtonRole.AcceptRole)
        simpan.setObjectName("konfirmasiSimpan")
        buang = kotak.addButton(self.tr("&Buang perubahan"),
                                QMessageBox.ButtonRole.DestructiveRole)
        buang.setObjectName("konfirmasiBuang")
        batal = kotak.addButton(self.tr("Bata&l"), QMessageBox.ButtonRole.RejectRole)
        batal.setObjectName("konfirmasiBatal")
        kotak.setDefaultButton(simpan)
        kotak.setEscapeButton(batal)
        kotak.exec()
        dipilih = kotak.clickedButton()
        kotak.deleteLater()
        if dipilih is simpan:
            return self.simpan()
        if dipilih is buang:
            self.muat_ulang()
            return True
        return False

