"""The search box and the filters above and beside the household table.

The search box waits until the user pauses typing (:data:`JEDA_CARI_MS`), or searches at once on
Enter; every filter applies as soon as it changes. :meth:`PanelSaring.saring` gives the
:class:`kalbar_desktop.storage.daftar.Saring` they describe. A group clicked on the dashboard is
shown in them (:meth:`PanelSaring.tampilkan`, :meth:`KotakCari.setel`), so what the controls say
is what the table shows, and "Tampilkan semua" clears it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kalbar_desktop.domain import codes
from kalbar_desktop.domain import status as ds
from kalbar_desktop.storage.daftar import KOSONG, Saring
from kalbar_desktop.ui import label as ul
from kalbar_desktop.ui.isian import KotakPilihan, lebar_kotak
from kalbar_desktop.ui.lokal import tanggal

JEDA_CARI_MS = 250
"""How long the search waits after the last key press."""


class KotakCari(QLineEdit):
    """Search box (objectName ``searchBox``); emits :attr:`cari` with the text when the user
    pauses or presses Enter, and :attr:`turun` on Down/Enter to move into the table."""

    cari = Signal(str)
    turun = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("searchBox")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr(
            "Cari nama, NIK (boleh sebagian), No KK, atau ID keluarga...   (Ctrl+F)"))
        self._waktu = QTimer(self)
        self._waktu.setSingleShot(True)
        self._waktu.setInterval(JEDA_CARI_MS)
        self._waktu.timeout.connect(self._kirim)
        self.textChanged.connect(lambda _t: self._waktu.start())
        self.returnPressed.connect(self._enter)
        self._terakhir = ""

    def _kirim(self) -> None:
        self._waktu.stop()
        teks = self.text().strip()
        if teks != self._terakhir:
            self._terakhir = teks
            self.cari.emit(teks)

    def setel(self, teks: str) -> None:
        """Show ``teks`` as the search in force without searching again (the table already
        has it)."""
        self._terakhir = teks.strip()
        self.setText(teks)
        self._waktu.stop()

    def _enter(self) -> None:
        self._kirim()
        self.turun.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Down:
            self._kirim()
            self.turun.emit()
            return
        super().keyPressEvent(event)


class KotakSaring(KotakPilihan):
    """One filter's choice, its first entry "Semua ..." (which names the filter). Closed on a
    chosen value it shows the filter's name in front ("Kelayakan: Belum ditentukan") when both
    fit its width, else the value alone; the tooltip always says both. So a glance at the
    panel tells which filter holds what. The list that drops down shows the values alone."""

    def __init__(self, nama: str, semua: str, pilihan: list[tuple[str, str]],
                 parent: QWidget | None = None):
        super().__init__([("", semua), *pilihan], kosong=False, parent=parent)
        self.nama = nama
        self.setAccessibleName(nama)
        self.currentIndexChanged.connect(self.atur_tip)
        self.atur_tip()

    def teks_tampil(self) -> str:
        """What the closed box shows."""
        teks = self.currentText()
        if self.currentIndex() <= 0 or self.nama.casefold() in teks.casefold():
            return teks  # it names its filter itself ("Semua desil", "Desil 4 (...)")
        gabung = self.tr("{0}: {1}").format(self.nama, teks)
        return gabung if lebar_kotak(self, gabung) <= self.width() else teks

    def atur_tip(self) -> None:
        """Tooltip of the current choice (call after a change made with signals blocked)."""
        self.setToolTip(self.tr("{0}: {1}").format(self.nama, self.currentText())
                        if self.currentIndex() > 0 else self.nama)

    def paintEvent(self, event) -> None:
        pelukis = QStylePainter(self)
        opsi = QStyleOptionComboBox()
        self.initStyleOption(opsi)
        opsi.currentText = self.teks_tampil()
        pelukis.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opsi)
        pelukis.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opsi)


class PanelSaring(QGroupBox):
    """Filters: status verifikasi, kelayakan, approval state, desil, only with findings, and
    the dashboard's groups that have no control of their own (visit day, finding rule,
    verified), named under them with a button that removes them.
    Emits :attr:`berubah` when any of them changes."""

    berubah = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Saring"), parent)
        self.setObjectName("filterPanel")

        def kotak(objek: str, nama: str, semua: str,
                  pilihan: list[tuple[str, str]]) -> KotakSaring:
            k = KotakSaring(nama, semua, pilihan)
            k.setObjectName(objek)
            # wide enough for its "Semua ..." choice (the panel stays narrow: the table and
            # an open form share the rest of a 1366-pixel screen); the list that drops down
            # shows every choice whole (KotakPilihan), a chosen one cut with "..." shows
            # whole as tooltip
            k.setMinimumWidth(lebar_kotak(k, semua))
            k.currentIndexChanged.connect(lambda _i: self.berubah.emit())
            return k

        self.status = kotak("statusFilter", self.tr("Status"), self.tr("Semua status"),
                            ul.pilihan(ds.StatusVerifikasi))
        self.kelayakan = kotak("kelayakanFilter", self.tr("Kelayakan"),
                               self.tr("Semua kelayakan"),
                               [(KOSONG, self.tr("Belum ditentukan")),
                                *ul.pilihan(ds.Kelayakan)])
        self.persetujuan = kotak("persetujuanFilter", self.tr("Persetujuan"),
                                 self.tr("Semua persetujuan"), ul.pilihan(ds.Persetujuan))
        self.desil = kotak("desilFilter", self.tr("Desil"), self.tr("Semua desil"),
                           [*((v, self.tr("Desil {0} ({1})").format(v, ul.label_desil(v)))
                              for v in codes.DESIL.nilai),
                            (KOSONG, self.tr("Tanpa desil"))])
        self.temuan = QCheckBox(self.tr("Hanya yang ada temuan"))
        self.temuan.setObjectName("findingsOnlyCheck")
        self.temuan.toggled.connect(lambda _b: self.berubah.emit())
        self._lain = Saring()
        """The dashboard's conditions without a control: aturan_temuan, tanggal_kunjungan,
        sudah_diverifikasi."""
        self.label_lain = QLabel()
        self.label_lain.setObjectName("saringDasborLabel")
        self.label_lain.setWordWrap(True)
        self.tombol_lain = QToolButton()
        self.tombol_lain.setObjectName("hapusSaringDasborButton")
        self.tombol_lain.setText("\u2715")
        self.tombol_lain.setAutoRaise(True)
        self.tombol_lain.setToolTip(self.tr("Hapus saringan dari dasbor ini"))
        self.tombol_lain.setAccessibleName(self.tombol_lain.toolTip())
        self.tombol_lain.clicked.connect(self._hapus_lain)
        baris_lain = QHBoxLayout()
        baris_lain.setContentsMargins(0, 0, 0, 0)
        baris_lain.addWidget(self.label_lain, 1)
        baris_lain.addWidget(self.tombol_lain, 0, Qt.AlignmentFlag.AlignTop)
        self._atur_lain(Saring())
        tata = QVBoxLayout(self)
        tata.setContentsMargins(6, 4, 6, 4)
        tata.setSpacing(4)
        # each choice gets the panel's whole width, enough for "Desil 4 (Vulnerable to
        # poverty)" and "Meninggal (seluruh anggota)" on a 1366-pixel screen (beside their names
        # they were cut); no row of its own for the name either (four rows the region tree
        # lost): the "Semua ..." choice names the filter, a chosen value has the name in front
        # when it fits (KotakSaring), the name is in the tooltip and what a screen reader says
        for kotak_ in (self.status, self.kelayakan, self.persetujuan, self.desil):
            tata.addWidget(kotak_)
        tata.addWidget(self.temuan)
        tata.addLayout(baris_lain)

    def saring(self, dasar: Saring) -> Saring:
        """``dasar`` with the filters of this panel."""
        return replace(dasar, status_verifikasi=self.status.kode(),
                       kelayakan=self.kelayakan.kode(), persetujuan=self.persetujuan.kode(),
                       desil=self.desil.kode(), hanya_dengan_temuan=self.temuan.isChecked(),
                       aturan_temuan=self._lain.aturan_temuan,
                       tanggal_kunjungan=self._lain.tanggal_kunjungan,
                       sudah_diverifikasi=self._lain.sudah_diverifikasi)

    def tampilkan(self, saring: Saring) -> Saring:
        """Set the controls to ``saring`` (a group clicked on the dashboard) without emitting
        :attr:`berubah`; returns the same families' filter as the controls describe it
        ('not verified' becomes the status 'Belum diverifikasi')."""
        if saring.sudah_diverifikasi is False and saring.status_verifikasi is None:
            saring = replace(saring, status_verifikasi=ds.StatusVerifikasi.BELUM.value,
                             sudah_diverifikasi=None)
        for kotak, kode in ((self.status, saring.status_verifikasi),
                            (self.kelayakan, saring.kelayakan),
                            (self.persetujuan, saring.persetujuan),
                            (self.desil, saring.desil)):
            kotak.blockSignals(True)
            if kode:
                kotak.atur_kode(kode)
            else:
                kotak.setCurrentIndex(0)
            kotak.blockSignals(False)
            kotak.atur_tip()
        self.temuan.blockSignals(True)
        self.temuan.setChecked(saring.hanya_dengan_temuan)
        self.temuan.blockSignals(False)
        self._atur_lain(saring)
        return saring

    def _atur_lain(self, saring: Saring) -> None:
        self._lain = Saring(aturan_temuan=saring.aturan_temuan,
                            tanggal_kunjungan=saring.tanggal_kunjungan,
                            sudah_diverifikasi=saring.sudah_diverifikasi)
        bagian = []
        if saring.sudah_diverifikasi is not None:
            bagian.append(self.tr("sudah diverifikasi") if saring.sudah_diverifikasi
                          else self.tr("belum diverifikasi"))
        if saring.aturan_temuan:
            bagian.append(self.tr("temuan {0}").format(ul.nama_aturan(saring.aturan_temuan)))
        if saring.tanggal_kunjungan:
            bagian.append(self.tr("dikunjungi {0}").format(tanggal(saring.tanggal_kunjungan)))
        self.label_lain.setText(self.tr("Dari dasbor: {0}").format("; ".join(bagian))
                                if bagian else "")
        self.label_lain.setVisible(bool(bagian))
        self.tombol_lain.setVisible(bool(bagian))

    def _hapus_lain(self) -> None:
        self._atur_lain(Saring())
        self.berubah.emit()

    def kosongkan(self) -> None:
        """Show everything again."""
        for k in (self.status, self.kelayakan, self.persetujuan, self.desil):
            k.blockSignals(True)
            k.setCurrentIndex(0)
            k.blockSignals(False)
            k.atur_tip()
        self.temuan.blockSignals(True)
        self.temuan.setChecked(False)
        self.temuan.blockSignals(False)
        self._atur_lain(Saring())
        self.berubah.emit()
