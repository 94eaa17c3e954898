"""The dashboard tab: what a head of office reads at a glance. Key figures, progress of
verification and approval per kecamatan, families by desil and by kelayakan, findings by rule and
families visited per day. Clicking a figure, a bar or a legend entry shows those families in the
household table.

The counts come from :mod:`kalbar_desktop.storage.dasbor`, computed off the UI thread with the
one background-task helper, when the tab is shown after the data changed (``MainWindow.segarkan``)
or on demand (button Segarkan).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kalbar_desktop.domain.akses import lingkup
from kalbar_desktop.domain.status import Kelayakan, Persetujuan
from kalbar_desktop.storage import dasbor as sdasbor
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage.daftar import Saring
from kalbar_desktop.storage.dasbor import Dasbor, Kelompok, Tahap
from kalbar_desktop.ui import bahasa
from kalbar_desktop.ui import label as ul
from kalbar_desktop.ui.grafik import Batang, GrafikBatang, Segmen
from kalbar_desktop.ui.lokal import angka, jam, persen, tanggal
from kalbar_desktop.ui.tasks import Konteks, Tugas
from kalbar_desktop.ui.tata_alir import TataAlir

if TYPE_CHECKING:
    from kalbar_desktop.ui.main_window import MainWindow


WARNA_TAHAP: dict[Tahap, QColor] = {
    Tahap.DISETUJUI: QColor("#1b7837"),
    Tahap.DIAJUKAN: QColor("#2166ac"),
    Tahap.DIKEMBALIKAN: QColor("#d6604d"),
    Tahap.DIVERIFIKASI: QColor("#a6dba0"),
    Tahap.BELUM: QColor("#d0d0d0"),
}
# Labels are marked for translation here (context PanelDasbor) and translated where shown.
LABEL_TAHAP: dict[Tahap, str] = {
    Tahap.DISETUJUI: QT_TRANSLATE_NOOP("PanelDasbor", "Disetujui"),
    Tahap.DIAJUKAN: QT_TRANSLATE_NOOP("PanelDasbor", "Diajukan"),
    Tahap.DIKEMBALIKAN: QT_TRANSLATE_NOOP("PanelDasbor", "Dikembalikan"),
    Tahap.DIVERIFIKASI: QT_TRANSLATE_NOOP("PanelDasbor", "Diverifikasi (draf)"),
    Tahap.BELUM: QT_TRANSLATE_NOOP("PanelDasbor", "Belum diverifikasi"),
}
WARNA_DESIL = {"1": QColor("#08519c"), "2": QColor("#3182bd"), "3": QColor("#6baed6"),
               "4": QColor("#9ecae1")}
WARNA_KELAYAKAN = {Kelayakan.LAYAK: QColor("#1b7837"),
                   Kelayakan.LAYAK_INTERVENSI: QColor("#5aae61"),
                   Kelayakan.TIDAK_LAYAK: QColor("#d6604d")}
WARNA_KOSONG = QColor("#bdbdbd")
WARNA_TEMUAN = QColor("#b35806")
WARNA_KUNJUNGAN = QColor("#2166ac")
HARI_KUNJUNGAN_MAKS = 366
"""The visits chart covers at most this many days, ending at the latest visit."""


def _ikon_warna(warna: QColor) -> QIcon:
    gambar = QPixmap(12, 12)
    gambar.fill(warna)
    return QIcon(gambar)


def _redupkan(label: QLabel) -> None:
    """Secondary text: the window text colour, lighter (works in light and dark themes)."""
    pal = label.palette()
    warna = QColor(pal.color(QPalette.ColorRole.WindowText))
    warna.setAlpha(165)
    pal.setColor(QPalette.ColorRole.WindowText, warna)
    label.setPalette(pal)


class Kartu(QFrame):
    """A key figure: a big number, what it counts and a note; a click shows those families."""

    diklik = Signal()

    def __init__(self, judul: str, nama_objek: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(nama_objek)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.angka = QLabel("-")
        huruf = self.angka.font()
        huruf.setPointSizeF(huruf.pointSizeF() * 1.7)
        huruf.setBold(True)
        self.angka.setFont(huruf)
        self.judul = QLabel(judul)
        self.catatan = QLabel("")
        _redupkan(self.catatan)
        self._tata = QGridLayout(self)
        self._tata.setContentsMargins(10, 6, 10, 6)
        self._tata.setSpacing(0)
        self._ringkas: bool | None = None
        self.set_ringkas(False)
        self.setAccessibleName(judul)

    def set_ringkas(self, ringkas: bool) -> None:
        """Compact: the figure left of what it counts and the note (two lines instead of
        three, for a short screen); else the three one under another."""
        if ringkas == self._ringkas:
            return
        self._ringkas = ringkas
        for w in (self.angka, self.judul, self.catatan):
            self._tata.removeWidget(w)
        if ringkas:
            self._tata.setContentsMargins(10, 4, 10, 4)
            self._tata.addWidget(self.angka, 0, 0, 2, 1, Qt.AlignmentFlag.AlignVCenter)
            self._tata.addWidget(self.judul, 0, 1)
            self._tata.addWidget(self.catatan, 1, 1)
            self._tata.setColumnStretch(1, 1)
            self._tata.setColumnMinimumWidth(0, 0)
            self._tata.setHorizontalSpacing(10)
        else:
            self._tata.setContentsMargins(10, 6, 10, 6)
            self._tata.addWidget(self.angka, 0, 0)
            self._tata.addWidget(self.judul, 1, 0)
            self._tata.addWidget(self.catatan, 2, 0)
            self._tata.setColumnStretch(1, 0)
            self._tata.setHorizontalSpacing(0)
        self.updateGeometry()

    def ringkas(self) -> bool:
        """Whether the card is compact."""
        return bool(self._ringkas)

    def lebar_biasa(self) -> int:
        """The width the card needs with its three lines one under another."""
        return 20 + max(w.fontMetrics().horizontalAdvance(w.text()) + 2
                        for w in (self.angka, self.judul, self.catatan))

    def set_nilai(self, nilai: int, catatan: str = "") -> None:
        self.angka.setText(angka(nilai))
        self.catatan.setText(catatan)
        self.setAccessibleDescription(f"{angka(nilai)} {catatan}")

    def kosongkan(self) -> None:
        """No figure (the database cannot be read): a dash, no note."""
        self.angka.setText("\u2013")
        self.catatan.setText("")
        self.setAccessibleDescription("")

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.diklik.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.diklik.emit()
            return
        super().keyPressEvent(event)


class _Kotak(QFrame):
    """A titled box around one chart."""

    def __init__(self, judul: str, nama_objek: str, isi: QWidget,
                 keterangan: QWidget | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(nama_objek)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # the least height is that of its content (title, note, legend and the chart's least
        # height: a few bars; longer lists scroll inside the box)
        tata = QVBoxLayout(self)
        tata.setContentsMargins(8, 6, 8, 6)
        tata.setSpacing(4)
        self.judul = QLabel(judul)
        huruf = self.judul.font()
        huruf.setBold(True)
        self.judul.setFont(huruf)
        self.sub = QLabel("")
        self.sub.setWordWrap(True)
        _redupkan(self.sub)
        self.sub.hide()
        tata.addWidget(self.judul)
        tata.addWidget(self.sub)
        if keterangan is not None:
            tata.addWidget(keterangan)
        tata.addWidget(isi, 1)

    def set_sub(self, teks: str) -> None:
        self.sub.setText(teks)
        self.sub.setVisible(bool(teks))

    def sizeHint(self) -> QSize:
        # No taller than needed: the charts share the page's height evenly (row stretch)
        # instead of by what each would like.
        minimum = self.minimumSizeHint().expandedTo(self.minimumSize())
        return QSize(super().sizeHint().width(), minimum.height())

    def hasHeightForWidth(self) -> bool:
        # A wrapped sub-title or legend would otherwise make the grid ask for the height its
        # content prefers at that width; the box's least height leaves room for two lines.
        return False


class KisiGrafik(QWidget):
    """The chart boxes in three columns when they get :meth:`lebar_tiga_kolom` pixels (two
    rows: the whole dashboard fits a 1093x552 window, 1366x768 at 125 %), in two columns
    when each gets :meth:`lebar_nyaman`, else one under the other; re-arranged whenever the
    width changes. Its least width is that of the widest box, so the dashboard scrolls
    downwards but never sideways. In two or three columns the first box (progress per
    kecamatan, the longest) spans two rows on the left."""

    JARAK = 8

    def __init__(self, kotak: Sequence[QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kisiGrafik")
        self._kotak = list(kotak)
        self._kisi = QGridLayout(self)
        self._kisi.setContentsMargins(0, 0, 0, 0)
        self._kisi.setSpacing(self.JARAK)
        self._kolom = 0
        self._susun(2)

    def kolom(self) -> int:
        """The number of columns shown (1 or 2)."""
        return self._kolom

    def kotak(self) -> list[QWidget]:
        """The chart boxes, in reading order."""
        return list(self._kotak)

    def lebar_nyaman(self) -> int:
        """The least width of a column in two columns: about 58 characters (a kecamatan name,
        its bar and "100% dari 1.234"), and never less than a box needs."""
        return max(self.fontMetrics().averageCharWidth() * 58,
                   *(k.minimumSizeHint().width() for k in self._kotak))

    def lebar_tiga_kolom(self) -> int:
        """The least width of three columns: each at least about 44 characters (a kecamatan
        name, a short bar and "100% dari 1.234"; "Layak dengan intervensi", its bar and
        "1.234 (12%)") and as wide as its widest box needs."""
        sempit = self.fontMetrics().averageCharWidth() * 44
        pertama, *lain = self._kotak
        kolom = [[pertama], lain[0:2], lain[2:4]]
        return sum(max(sempit, *(k.minimumSizeHint().width() for k in isi))
                   for isi in kolom) + 2 * self.JARAK

    def kolom_untuk(self, lebar: int) -> int:
        """How many columns fit in ``lebar`` pixels."""
        if len(self._kotak) == 5 and lebar >= self.lebar_tiga_kolom():
            return 3
        return 2 if lebar >= 2 * self.lebar_nyaman() + self.JARAK else 1

    def _susun(self, kolom: int) -> None:
        if kolom == self._kolom:
            return
        self._kolom = kolom
        kisi = self._kisi
        for kotak in self._kotak:
            kisi.removeWidget(kotak)
        for i in range(len(self._kotak)):
            kisi.setRowStretch(i, 0)
        kisi.setColumnStretch(2, 0)
        if kolom == 3:
            # progress per kecamatan on the left (the widest: names, bars and figures), then
            # desil over kelayakan, findings over visits
            pertama, *lain = self._kotak
            kisi.addWidget(pertama, 0, 0, 2, 1)
            for i, kotak in enumerate(lain):
                kisi.addWidget(kotak, i % 2, 1 + i // 2)
            for k, regang in enumerate((4, 3, 3)):
                kisi.setColumnStretch(k, regang)
            kisi.setRowStretch(0, 1)
            kisi.setRowStretch(1, 1)
        elif kolom == 2:
            pertama, *lain = self._kotak
            kisi.addWidget(pertama, 0, 0, 2, 1)
            baris = 0
            for i, kotak in enumerate(lain):
                # the right column next to the first box, then the rows below, two by two
                baris, kol = (i, 1) if i < 2 else (2 + (i - 2) // 2, (i - 2) % 2)
                kisi.addWidget(kotak, baris, kol)
            kisi.setColumnStretch(0, 1)
            kisi.setColumnStretch(1, 1)
            # only the rows in use: the grid keeps counting the rows of one column
            for i in range(max(baris, 1) + 1):
                kisi.setRowStretch(i, 1)
        else:
            for i, kotak in enumerate(self._kotak):
                kisi.addWidget(kotak, i, 0)
                kisi.setRowStretch(i, 1)
            kisi.setColumnStretch(1, 0)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        # the width of one column (the layout in two columns would ask for two)
        return QSize(max(k.minimumSizeHint().width() for k in self._kotak),
                     self._kisi.totalMinimumSize().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._susun(self.kolom_untuk(event.size().width()))


def _gulir(grafik: GrafikBatang, arah: Qt.Orientation) -> QScrollArea:
    """``grafik`` in a scroll area that scrolls in direction ``arah`` only."""
    gulir = QScrollArea()
    gulir.setWidgetResizable(True)
    gulir.setFrameShape(QFrame.Shape.NoFrame)
    gulir.setWidget(grafik)
    if arah == Qt.Orientation.Vertical:
        gulir.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    else:
        gulir.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return gulir


class PanelDasbor(QWidget):
    """The dashboard page. Emits :attr:`saring_dipilih` with the filter of the clicked group."""

    saring_dipilih = Signal(object)
    """A :class:`~kalbar_desktop.storage.daftar.Saring` selecting the clicked group."""
    diperbarui = Signal()
    """The figures on screen were replaced by freshly computed ones."""

    def __init__(self, db_path: str | Path, wilayah: Sequence[str] = (),
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.db_path = Path(db_path)
        self.wilayah = tuple(wilayah)
        self.dasar = Saring(wilayah_pengguna=self.wilayah)
        self._data: Dasbor | None = None
        self._tugas: Tugas | None = None
        self._usang = True
        self._lagi = False
        self._dibatalkan_pengguna = False
        self.db: sdb.BasisData | None = None
        """The window's connection: its file is checked before each computation (a pulled
        USB stick opens the window's dialog, not a figure-less page)."""
        self._terjangkau = True
        """False while the window's database file is gone (:meth:`set_terjangkau`)."""

        # header
        self.label_judul = QLabel(self.tr("Dasbor kemajuan verifikasi"))
        huruf = self.label_judul.font()
        huruf.setPointSizeF(huruf.pointSizeF() * 1.3)
        huruf.setBold(True)
        self.label_judul.setFont(huruf)
        self.label_status = QLabel("")
        self.label_status.setObjectName("labelStatusDasbor")
        self.label_status.setWordWrap(True)
        self.sibuk = QProgressBar()
        self.sibuk.setObjectName("progresDasbor")
        self.sibuk.setRange(0, 0)
        self.sibuk.setMaximumWidth(120)
        self.sibuk.setTextVisible(False)
        self.sibuk.hide()
        self.tombol_segarkan = QPushButton(self.tr("&Segarkan"))
        self.tombol_segarkan.setObjectName("tombolSegarkan")
        self.tombol_segarkan.setToolTip(self.tr("Hitung ulang semua angka dasbor dari basis data"))
        self.tombol_segarkan.clicked.connect(self.segarkan)
        self.tombol_batal = QPushButton(self.tr("Batal"))
        self.tombol_batal.setObjectName("tombolBatalDasbor")
        self.tombol_batal.setToolTip(self.tr("Hentikan penghitungan; angka yang tampil tetap"))
        self.tombol_batal.clicked.connect(self.batalkan_hitung)
        self.tombol_batal.hide()
        kepala = QHBoxLayout()
        kepala.addWidget(self.label_judul)
        kepala.addSpacing(12)
        kepala.addWidget(self.label_status, 1)
        kepala.addWidget(self.sibuk)
        kepala.addWidget(self.tombol_batal)
        kepala.addWidget(self.tombol_segarkan)

        # key figures
        self.kartu: dict[str, Kartu] = {}
        self.wadah_kartu = QWidget()
        self.wadah_kartu.setObjectName("wadahKartu")
        # one row when it fits, else rows as even as possible (4 + 3 at 1093 pixels)
        baris_kartu = TataAlir(self.wadah_kartu, jarak=8, seragam=True)
        baris_kartu.setContentsMargins(0, 0, 0, 0)
        for nama, judul, saring in (
            ("kartuKeluarga", self.tr("Keluarga"), self.dasar),
            ("kartuTerverifikasi", self.tr("Sudah diverifikasi"),
             replace(self.dasar, sudah_diverifikasi=True)),
            ("kartuBelum", self.tr("Belum diverifikasi"),
             replace(self.dasar, sudah_diverifikasi=False)),
            ("kartuDiajukan", self.tr("Diajukan"),
             replace(self.dasar, persetujuan=Persetujuan.DIAJUKAN)),
            ("kartuDisetujui", self.tr("Disetujui"),
             replace(self.dasar, persetujuan=Persetujuan.DISETUJUI)),
            ("kartuDikembalikan", self.tr("Dikembalikan"),
             replace(self.dasar, persetujuan=Persetujuan.DIKEMBALIKAN)),
            ("kartuTemuan", self.tr("Keluarga dengan temuan"),
             replace(self.dasar, hanya_dengan_temuan=True)),
        ):
            kartu = Kartu(judul, nama)
            kartu.saring = saring
            kartu.setToolTip(self.tr("Klik untuk menampilkan keluarga ini di tabel"))
            kartu.diklik.connect(lambda s=saring: self.saring_dipilih.emit(s))
            self.kartu[nama] = kartu
            baris_kartu.addWidget(kartu)

        # charts
        self.chart_kecamatan = self._grafik("chartKecamatan", Qt.Orientation.Horizontal,
                                            self.tr("Kemajuan per kecamatan"))
        self.chart_kecamatan.penuh = True
        self.chart_kecamatan.tinggi_maks = 44
        self.chart_desil = self._grafik("chartDesil", Qt.Orientation.Vertical,
                                        self.tr("Keluarga menurut desil"))
        self.chart_kelayakan = self._grafik("chartKelayakan", Qt.Orientation.Horizontal,
                                            self.tr("Keluarga menurut kelayakan"))
        self.chart_temuan = self._grafik("chartTemuan", Qt.Orientation.Horizontal,
                                         self.tr("Temuan menurut aturan"))
        self.chart_kunjungan = self._grafik("chartKunjungan", Qt.Orientation.Vertical,
                                            self.tr("Keluarga dikunjungi per hari"))
        self.chart_kunjungan.lebar_min_kolom = 12

        legenda = QWidget()
        legenda.setObjectName("legendaKecamatan")
        # wraps onto a second row in a narrow box (every label stays whole)
        tata_legenda = TataAlir(legenda, jarak=2)
        tata_legenda.setContentsMargins(0, 0, 0, 0)
        self.legenda: dict[Tahap, QToolButton] = {}
        for t in Tahap:
            tombol = QToolButton()
            tombol.setObjectName(f"legenda{t.value.title()}")
            tombol.setAutoRaise(True)
            tombol.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            tombol.setIcon(_ikon_warna(WARNA_TAHAP[t]))
            tombol.setText(self.tr(LABEL_TAHAP[t]))
            tombol.setToolTip(self.tr("Tampilkan semua keluarga berstatus ini"))
            tombol.clicked.connect(
                lambda _c=False, t=t: self.saring_dipilih.emit(sdasbor.saring_tahap(t, self.dasar)))
            self.legenda[t] = tombol
            tata_legenda.addWidget(tombol)

        self.gulir_kecamatan = _gulir(self.chart_kecamatan, Qt.Orientation.Vertical)
        self.gulir_kunjungan = _gulir(self.chart_kunjungan, Qt.Orientation.Horizontal)
        self.gulir_temuan = _gulir(self.chart_temuan, Qt.Orientation.Vertical)
        self.gulir_kecamatan.setObjectName("gulirKecamatan")
        self.gulir_kunjungan.setObjectName("gulirKunjungan")
        self.gulir_temuan.setObjectName("gulirTemuan")
        # at least three bars show; more scroll inside the box
        for gulir in (self.gulir_kecamatan, self.gulir_temuan):
            gulir.setMinimumHeight(3 * 26 + 2 * GrafikBatang.MARGIN)
        # the value labels follow the visible left edge
        self.gulir_kunjungan.horizontalScrollBar().valueChanged.connect(
            self.chart_kunjungan.update)
        self.kotak_kecamatan = _Kotak(self.tr("Kemajuan verifikasi dan persetujuan per kecamatan"),
                                      "kotakKecamatan", self.gulir_kecamatan, legenda)
        self.kotak_desil = _Kotak(self.tr("Keluarga menurut desil"), "kotakDesil",
                                  self.chart_desil)
        self.kotak_kelayakan = _Kotak(self.tr("Keluarga menurut kelayakan"), "kotakKelayakan",
                                      self.chart_kelayakan)
        self.kotak_temuan = _Kotak(self.tr("Temuan menurut aturan (jumlah keluarga)"),
                                   "kotakTemuan", self.gulir_temuan)
        self.kotak_kunjungan = _Kotak(self.tr("Keluarga dikunjungi per hari"), "kotakKunjungan",
                                      self.gulir_kunjungan)
        self.kisi_grafik = KisiGrafik([self.kotak_kecamatan, self.kotak_desil,
                                       self.kotak_kelayakan, self.kotak_temuan,
                                       self.kotak_kunjungan])

        isi = QWidget()
        isi.setObjectName("isiDasbor")
        tata_isi = QVBoxLayout(isi)
        tata_isi.setContentsMargins(0, 0, 0, 0)
        tata_isi.setSpacing(8)
        tata_isi.addWidget(self.wadah_kartu)
        tata_isi.addWidget(self.kisi_grafik, 1)
        self.gulir = gulir = QScrollArea()
        gulir.setObjectName("gulirDasbor")
        gulir.setWidgetResizable(True)
        gulir.setFrameShape(QFrame.Shape.NoFrame)
        gulir.setWidget(isi)
        gulir.viewport().installEventFilter(self)

        self.catatan_terputus = QLabel(self.tr(
            "Basis data tidak terjangkau: angka dasbor tidak ditampilkan sampai berkasnya bisa "
            "dibaca lagi."))
        self.catatan_terputus.setObjectName("dasborTerputusLabel")
        self.catatan_terputus.setWordWrap(True)
        self.catatan_terputus.setStyleSheet("color: #b2182b; font-weight: bold;")
        self.catatan_terputus.hide()

        tata = QVBoxLayout(self)
        tata.setContentsMargins(10, 8, 10, 8)
        tata.addLayout(kepala)
        tata.addWidget(self.catatan_terputus)
        tata.addWidget(gulir, 1)
        self._tampilkan(Dasbor())
        self.label_status.setText("")

    def _atur_kartu(self) -> None:
        """Compact cards when the seven do not fit one row with their three lines (they wrap
        into rows then, and two lines a card leave the charts the room)."""
        lebar = self.gulir.viewport().width()
        biasa = max(k.lebar_biasa() for k in self.kartu.values())
        ringkas = len(self.kartu) * biasa + (len(self.kartu) - 1) * 8 > lebar
        for k in self.kartu.values():
            k.set_ringkas(ringkas)

    def eventFilter(self, obj, event) -> bool:
        # the page's own width, known once the scroll area has laid out its viewport
        if obj is self.gulir.viewport() and event.type() == QEvent.Type.Resize:
            self._atur_kartu()
        return super().eventFilter(obj, event)

    def _grafik(self, nama: str, arah: Qt.Orientation, judul: str) -> GrafikBatang:
        grafik = GrafikBatang(arah)
        grafik.setObjectName(nama)
        grafik.setAccessibleName(judul)
        grafik.dipilih.connect(self._dipilih)
        return grafik

    def _dipilih(self, data: object) -> None:
        if isinstance(data, Saring) and self._terjangkau:
            self.saring_dipilih.emit(data)

    # -- computing -----------------------------------------------------------------------------
    def data(self) -> Dasbor | None:
        """The figures shown (``None`` before the first computation)."""
        return self._data

    def sedang_menghitung(self) -> bool:
        return self._tugas is not None

    def tandai_usang(self) -> None:
        """The data changed: recompute now if the page is visible, else when it is shown."""
        self._usang = True
        if self.isVisible():
            QTimer.singleShot(0, self._segarkan_bila_usang)

    def _segarkan_bila_usang(self) -> None:
        if self._usang and self.isVisible():
            self.segarkan()

    def showEvent(self, event) -> None:
        # Every time the page comes to the front: a save that did not go through
        # MainWindow.segarkan must not leave old figures (the old ones stay until the new come).
        super().showEvent(event)
        self._usang = True
        QTimer.singleShot(0, self._segarkan_bila_usang)

    def segarkan(self) -> None:
        """Compute every figure again (off the UI thread); :attr:`diperbarui` follows."""
        if not self._terjangkau:  # computed again when the file is back
            self._berkas_ada()
            return
        self._usang = False
        if self._tugas is not None:
            self._lagi = True
            return
        path, wilayah = self.db_path, self.wilayah
        if not self._berkas_ada():
            return

        def kerja(k: Konteks) -> Dasbor:
            # read-only: the dashboard never writes, and a window may be a read-only session
            with sdb.terbuka(path, baca_saja=True, migrasi=False) as db:
                return sdasbor.hitung(db, wilayah, dibatalkan=k.dibatalkan)

        self._tugas = Tugas(kerja, self)
        self._tugas.selesai.connect(self._selesai)
        self._tugas.gagal.connect(self._gagal)
        self._dibatalkan_pengguna = False
        self.sibuk.show()
        self.tombol_batal.show()
        self.label_status.setStyleSheet("")
        self.label_status.setText(self.tr("Menghitung..."))
        self._tugas.mulai()

    def batalkan(self) -> None:
        """Stop a running computation (e.g. when the window closes)."""
        if self._tugas is not None:
            self._lagi = False
            self._tugas.batalkan()

    def batalkan_hitung(self) -> None:
        """Batal (``tombolBatalDasbor``): stop the running computation; the status line then
        says that nothing new was counted and which figures stay on the page."""
        if self._tugas is not None:
            self._dibatalkan_pengguna = True
            self.batalkan()

    def _akhiri_tugas(self) -> bool:
        """Forget the finished task; True when another computation was asked for meanwhile."""
        if self._tugas is not None:
            self._tugas.deleteLater()
        self._tugas = None
        self.sibuk.hide()
        self.tombol_batal.hide()
        lagi, self._lagi = self._lagi, False
        if lagi:
            self.segarkan()
        return lagi

    def _selesai(self, hasil: Dasbor) -> None:
        if self._akhiri_tugas():
            return
        if not self._terjangkau:  # read just before the file went: not shown
            self._usang = True
            return
        self._tampilkan(hasil)
        self.diperbarui.emit()

    def _gagal(self, galat: object, _jejak: str) -> None:
        if self._akhiri_tugas():
            return
        if isinstance(galat, sdasbor.DasborDibatalkan):
            if self._dibatalkan_pengguna and self._terjangkau:
                self._tampilkan_batal()
            return
        if isinstance(galat, sdb.KesalahanPenyimpanan) and not self._berkas_ada():
            return
        self._tampilkan_galat(bahasa.teks(galat))

    def _tampilkan_galat(self, teks: str) -> None:
        self.label_status.setStyleSheet("color: #b2182b;")
        self.label_status.setText(self.tr("Dasbor tidak bisa dihitung: {0}").format(teks))
        # Nothing computed yet: no chart may say there are no families (import P3KE...).
        if self._terjangkau and (self._data is None or not self._data.dihitung_pada):
            for grafik in self._semua_grafik():
                grafik.pesan_kosong = self.tr("Angka belum bisa dihitung.")
                grafik.update()

    def _tampilkan_batal(self) -> None:
        """The cancel line: nothing was counted; the figures on the page are the earlier ones
        (named by when they were counted), or there are none yet."""
        self._usang = True  # counted again when the page is shown again or on Segarkan
        self.label_status.setStyleSheet("")
        if self._data is not None and self._data.dihitung_pada:
            waktu = dt.datetime.fromisoformat(self._data.dihitung_pada)
            self.label_status.setText(self.tr(
                "Penghitungan dibatalkan; angka yang tampil dihitung {0} pukul {1}.").format(
                tanggal(waktu), jam(waktu)))
            return
        self.label_status.setText(self.tr(
            "Penghitungan dibatalkan; belum ada angka. Klik Segarkan untuk menghitung."))
        for kartu in self.kartu.values():  # no "0 families": nothing was counted
            kartu.kosongkan()
        for grafik in self._semua_grafik():
            grafik.pesan_kosong = self.tr("Angka belum dihitung.")
            grafik.update()

    def _berkas_ada(self) -> bool:
        """False (the figures shown stay, the status says why) when the window's database
        file cannot be read any more; the window's dialog then offers what to do."""
        if self.db is None:
            return True
        try:
            self.db.periksa_berkas(isi=True)
        except sdb.BasisDataTerputus as e:
            self._tampilkan_galat(bahasa.teks(e))
            return False
        return True

    def set_terjangkau(self, ada: bool) -> None:
        """The window's database file went away (``False``: the figures are taken off the page,
        cards and charts are greyed and deaf to clicks, a note says why) or is back (``True``:
        everything is computed again from the file that is there now)."""
        if ada == self._terjangkau:
            return
        self._terjangkau = ada
        self.gulir.widget().setEnabled(ada)
        self.tombol_segarkan.setEnabled(ada)
        self.catatan_terputus.setVisible(not ada)
        if ada:
            self.label_status.setStyleSheet("")
            self.label_status.setText("")  # "Menghitung..." once it computes (when shown)
            self.tandai_usang()
            return
        self.batalkan()
        self._data = None
        for kartu in self.kartu.values():
            kartu.kosongkan()
        for grafik in self._semua_grafik():
            grafik.pesan_kosong = self.tr("Basis data tidak terjangkau.")
            grafik.set_batang([])
        for kotak in (self.kotak_kecamatan, self.kotak_temuan, self.kotak_kunjungan):
            kotak.set_sub("")
        self._berkas_ada()  # the status line says why

    def terjangkau(self) -> bool:
        """False while the figures are hidden because the database file is gone."""
        return self._terjangkau

    def _semua_grafik(self) -> tuple[GrafikBatang, ...]:
        return (self.chart_kecamatan, self.chart_desil, self.chart_kelayakan,
                self.chart_temuan, self.chart_kunjungan)

    # -- showing -------------------------------------------------------------------------------
    def _tampilkan(self, d: Dasbor) -> None:
        self._data = d
        if d.dihitung_pada:
            waktu = dt.datetime.fromisoformat(d.dihitung_pada)
            self.label_status.setText(self.tr("{0}; dihitung {1} pukul {2}").format(
                self.tr("Semua wilayah") if not self.wilayah else
                self.tr("Wilayah Anda: {0}").format(", ".join(d.wilayah or self.wilayah)),
                tanggal(waktu), jam(waktu)))
        k = d.keluarga

        def bagian(n: int) -> str:
            return self.tr("{0} dari semua keluarga").format(persen(n, k)) if k else ""

        self.kartu["kartuKeluarga"].set_nilai(k, self.tr("{0} anggota").format(angka(d.anggota)))
        self.kartu["kartuTerverifikasi"].set_nilai(d.terverifikasi, bagian(d.terverifikasi))
        self.kartu["kartuBelum"].set_nilai(k - d.terverifikasi, self.tr("belum dikunjungi"))
        self.kartu["kartuDiajukan"].set_nilai(d.diajukan, self.tr("menunggu persetujuan"))
        self.kartu["kartuDisetujui"].set_nilai(d.disetujui, bagian(d.disetujui))
        self.kartu["kartuDikembalikan"].set_nilai(d.dikembalikan, self.tr("perlu diperbaiki"))
        self.kartu["kartuTemuan"].set_nilai(d.keluarga_dengan_temuan, self.tr("perlu diperiksa"))
        self._atur_kartu()

        kosong = self.tr("Belum ada data.")
        self.chart_kecamatan.pesan_kosong = self.tr(
            "Belum ada data keluarga. Impor berkas P3KE dari menu Data > Impor P3KE.")
        for grafik in (self.chart_desil, self.chart_kelayakan):
            grafik.pesan_kosong = kosong
        self.chart_temuan.pesan_kosong = (self.tr("Tidak ada temuan.") if k else kosong)
        self.chart_kunjungan.pesan_kosong = (
            self.tr("Belum ada tanggal kunjungan yang dicatat.") if k else kosong)
        self._isi_kecamatan(d)
        self._isi_desil(d)
        self._isi_kelayakan(d)
        self._isi_temuan(d)
        self._isi_kunjungan(d)

    def _tip(self, judul: str, n: int, total: int) -> str:
        return self.tr("{0}: {1} keluarga ({2})\nKlik untuk menampilkan keluarga ini.").format(
            judul, angka(n), persen(n, total))

    def _isi_kecamatan(self, d: Dasbor) -> None:
        beberapa_kabupaten = len({k.kode[:4] for k in d.kecamatan}) > 1
        batang = []
        for kec in d.kecamatan:
            kabupaten = kec.kabupaten
            if kabupaten.startswith("Kabupaten "):
                kabupaten = self.tr("Kab. {0}").format(kabupaten[10:])
            elif kabupaten.startswith("Kota "):
                kabupaten = self.tr("Kota {0}").format(kabupaten[5:])
            nama = f"{kec.nama} ({kabupaten})" if beberapa_kabupaten else kec.nama
            segmen = [Segmen(g.keluarga, WARNA_TAHAP[Tahap(g.kunci)], g.saring,
                             self._tip(f"{nama} - {self.tr(LABEL_TAHAP[Tahap(g.kunci)])}",
                                       g.keluarga, kec.keluarga))
                      for g in kec.tahap]
            rincian = "\n".join(
                f"  {self.tr(LABEL_TAHAP[Tahap(g.kunci)])}: {angka(g.keluarga)}"
                for g in kec.tahap)
            batang.append(Batang(
                label=nama, segmen=segmen, data=kec.saring,
                teks_nilai=self.tr("{0} dari {1}").format(
                    persen(kec.terverifikasi, kec.keluarga), angka(kec.keluarga)),
                tooltip=self.tr("{0} ({1})\n{2} keluarga, {3} sudah diverifikasi\n{4}\n"
                                "Klik nama kecamatan untuk menampilkan semua keluarganya.").format(
                    nama, kec.kode, angka(kec.keluarga), angka(kec.terverifikasi), rincian)))
        self.chart_kecamatan.set_batang(batang)
        self.kotak_kecamatan.set_sub(
            self.tr("Persen: bagian keluarga yang sudah diverifikasi. "
                    "{0} keluarga tanpa kode kecamatan yang sah tidak tampil di sini.").format(
                angka(d.tanpa_kecamatan)) if d.tanpa_kecamatan else
            self.tr("Persen: bagian keluarga yang sudah diverifikasi.") if d.kecamatan else "")

    def _isi_desil(self, d: Dasbor) -> None:
        batang = []
        for g in d.desil:
            if g.kunci is None:
                label, kecil, warna = self.tr("Tanpa desil"), "", WARNA_KOSONG
            else:
                label = self.tr("Desil {0}").format(g.kunci)
                kecil = ul.label_desil(g.kunci).lower()
                warna = WARNA_DESIL.get(g.kunci, WARNA_KOSONG)
            batang.append(Batang(label, [Segmen(g.keluarga, warna, g.saring)], g.saring,
                                 teks_nilai=angka(g.keluarga), label_kecil=kecil,
                                 tooltip=self._tip(label, g.keluarga, d.keluarga)))
        self.chart_desil.set_batang(batang)

    def _isi_kelayakan(self, d: Dasbor) -> None:
        batang = []
        for g in d.kelayakan:
            if g.kunci is None:
                label, warna = self.tr("Belum ditentukan"), WARNA_KOSONG
            else:
                label = ul.label(g.kunci, Kelayakan)
                warna = WARNA_KELAYAKAN.get(g.kunci, WARNA_KOSONG)
            nilai = f"{angka(g.keluarga)} ({persen(g.keluarga, d.keluarga)})"
            batang.append(Batang(label, [Segmen(g.keluarga, warna, g.saring)], g.saring,
                                 teks_nilai=nilai,
                                 tooltip=self._tip(label, g.keluarga, d.keluarga)))
        self.chart_kelayakan.set_batang(batang)

    def _isi_temuan(self, d: Dasbor) -> None:
        batang = []
        for g in d.temuan:
            label = ul.nama_aturan(g.kunci)
            arti = ul.penjelasan_aturan(g.kunci)
            tip = self.tr("{0}: {1} temuan pada {2} keluarga\n{3}\n"
                          "Klik untuk menampilkan keluarga ini.").format(
                label, angka(g.tambahan), angka(g.keluarga), arti)
            batang.append(Batang(label, [Segmen(g.keluarga, WARNA_TEMUAN, g.saring)], g.saring,
                                 teks_nilai=angka(g.keluarga), tooltip=tip))
        self.chart_temuan.set_batang(batang)
        self.kotak_temuan.set_sub(
            self.tr("{0} keluarga punya setidaknya satu temuan.").format(
                angka(d.keluarga_dengan_temuan)) if d.temuan else "")

    def _isi_kunjungan(self, d: Dasbor) -> None:
        batang: list[Batang] = []
        sub = ""
        if d.kunjungan:
            per_hari: dict[str, Kelompok] = {g.kunci: g for g in d.kunjungan if g.kunci}
            akhir = dt.date.fromisoformat(d.kunjungan[-1].kunci or "")
            awal = max(dt.date.fromisoformat(d.kunjungan[0].kunci or ""),
                       akhir - dt.timedelta(days=HARI_KUNJUNGAN_MAKS - 1))
            hari = awal
            while hari <= akhir:
                iso = hari.isoformat()
                g = per_hari.get(iso)
                n = g.keluarga if g else 0
                panjang = tanggal(iso, "dddd, d MMMM yyyy")
                batang.append(Batang(
                    tanggal(iso, "d MMM"),
                    [Segmen(n, WARNA_KUNJUNGAN, g.saring if g else None)],
                    g.saring if g else None, teks_nilai=angka(n) if n else "",
                    tooltip=self._tip(panjang, n, d.keluarga) if n else
                    self.tr("{0}: tidak ada kunjungan").format(panjang)))
                hari += dt.timedelta(days=1)
            total = sum(g.keluarga for g in d.kunjungan)
            sebelum = sum(g.keluarga for g in d.kunjungan if (g.kunci or "") < awal.isoformat())
            sub = self.tr("{0} keluarga dikunjungi dalam {1} hari; terakhir {2}.").format(
                angka(total), angka(len(d.kunjungan)), tanggal(akhir.isoformat()))
            if sebelum:
                sub += " " + self.tr("{0} kunjungan sebelum {1} tidak digambar.").format(
                    angka(sebelum), tanggal(awal.isoformat()))
        self.chart_kunjungan.set_batang(batang)
        self.kotak_kunjungan.set_sub(sub)
        batang_gulir = self.gulir_kunjungan.horizontalScrollBar()
        # with the scroll bar as context the call is dropped when a closing window deleted it
        # (was: 'Internal C++ object already deleted' in a test that closes the window at once)
        QTimer.singleShot(0, batang_gulir, lambda: batang_gulir.setValue(batang_gulir.maximum()))


def tampilkan_keluarga(jendela: MainWindow, saring: Saring) -> None:
    """Show the families of ``saring`` in the household table: the region tree, the search
    box and the filters say so (nothing set before stays hidden in force), the table gets the
    filter and its tab comes to the front."""
    saring = jendela.panel_saring.tampilkan(saring)
    jendela.kotak_cari.setel(saring.cari)
    jendela.region_tree.pilih(saring.kode_wilayah or "")
    jendela.model.set_saring(saring)
    for i in range(jendela.tab.count()):
        halaman = jendela.tab.widget(i)
        if halaman is jendela.table or halaman.isAncestorOf(jendela.table):
            jendela.tab.setCurrentIndex(i)
            break


def pasang(jendela: MainWindow) -> None:
    """Add the dashboard tab and its menu entry to the main window."""
    panel = PanelDasbor(jendela.db_path, lingkup(jendela.pengguna))
    panel.db = jendela.db
    jendela.dasbor = panel
    jendela.tambah_tab(panel, QCoreApplication.translate("PanelDasbor", "Dasbor"))
    panel.saring_dipilih.connect(lambda saring: tampilkan_keluarga(jendela, saring))
    jendela.disegarkan.connect(panel.tandai_usang)
    # the file gone: the figures go, the status line says why; back: computed again
    jendela.basis_data_terjangkau.connect(panel.set_terjangkau)

    aksi = QAction(QCoreApplication.translate("PanelDasbor", "&Dasbor"), jendela)
    aksi.setObjectName("aksiDasbor")
    aksi.setShortcut(QKeySequence("Ctrl+Shift+D"))
    aksi.setStatusTip(QCoreApplication.translate("PanelDasbor",
                                                 "Buka dasbor kemajuan verifikasi"))
    aksi.triggered.connect(lambda: (jendela.tab.setCurrentWidget(panel), panel.segarkan()))
    jendela.menu_laporan.addAction(aksi)
