"""Input widgets of the forms: a choice from a code list, a date field and a NIK/No KK field
with live feedback from the domain rules. Each reads and writes the stored value (code, ISO
date, identifier text), never the text shown."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from kalbar_desktop.domain import nik
from kalbar_desktop.domain.tanggal import urai_tanggal
from kalbar_desktop.ui.bahasa import teks as teks_pesan
from kalbar_desktop.ui.label_kode import nilai_kode
from kalbar_desktop.ui.lokal import tanggal_pendek
from kalbar_desktop.ui.tip import combo_terpotong

KOSONG_LABEL = "—"
LEBAR_DAFTAR_MAKS = 560
"""Widest a choice's drop-down list is made for its longest item (pixels)."""
RUANG_DAFTAR = 32
"""A drop-down list item's frame and margins around its text (both sides, pixels)."""


def lebar_kotak(kotak: QComboBox, teks: str) -> int:
    """The width ``kotak`` needs to show ``teks`` whole while closed (frame and arrow too)."""
    opsi = QStyleOptionComboBox()
    kotak.initStyleOption(opsi)
    fm = kotak.fontMetrics()
    isi = QSize(fm.horizontalAdvance(teks), fm.height())
    return kotak.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, opsi, isi,
                                          kotak).width()


class KotakPilihan(QComboBox):
    """A choice from a code list: items show labels, :meth:`kode` returns the stored code.

    The wheel only turns it when it has the focus, so scrolling a long form never changes a
    value by accident. A stored value that is not in the list is shown as it is, marked."""

    def __init__(self, pilihan: Iterable[tuple[str, str]] = (), kosong: bool = True,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self._kosong = kosong
        self._utuh: int | None = None
        self._lebar_utuh = 0
        self.isi(pilihan)

    def isi(self, pilihan: Iterable[tuple[str, str]]) -> None:
        """Replace the items with (code, label) pairs (an empty choice first when allowed)."""
        self.blockSignals(True)
        self.clear()
        if self._kosong:
            self.addItem(KOSONG_LABEL, None)
        for kode, label in pilihan:
            self.addItem(label, kode)
        self.blockSignals(False)
        self._atur_lebar()

    def tampil_utuh(self, batas: int = 240) -> None:
        """Ask the layout for the width of the longest choice in the window's language (up to
        ``batas`` pixels), so a chosen English label is not cut where there is room. Its least
        width stays that of :meth:`minimumContentsLength` characters: a form or panel is never
        made wider for it. Kept when the items change."""
        self._utuh = batas
        self._atur_lebar()

    def sizeHint(self) -> QSize:
        ukuran = super().sizeHint()
        if self._utuh is not None and self._lebar_utuh > ukuran.width():
            ukuran.setWidth(self._lebar_utuh)
        return ukuran

    def _atur_lebar(self) -> None:
        # The list that drops down is as wide as its longest item: Windows' own style keeps it
        # as narrow as the closed box and cut the longer English labels ("Civil servant/...").
        teks = [self.itemText(i) for i in range(self.count())]
        daftar = self.view()
        lebar = max(map(daftar.fontMetrics().horizontalAdvance, teks), default=0) + RUANG_DAFTAR
        if self.count() > self.maxVisibleItems():
            lebar += daftar.verticalScrollBar().sizeHint().width()
        daftar.setMinimumWidth(min(lebar, LEBAR_DAFTAR_MAKS))
        if self._utuh is not None and teks:
            terpanjang = max(teks, key=self.fontMetrics().horizontalAdvance)
            self._lebar_utuh = min(lebar_kotak(self, terpanjang), self._utuh)
            self.updateGeometry()

    def kode(self) -> str | None:
        """The stored value of the current choice (``None`` for the empty choice)."""
        nilai = self.currentData()
        return None if nilai in (None, "") else str(nilai)

    def atur_kode(self, kode: str | None) -> None:
        """Select ``kode``; an unknown non-empty value is added, marked as not in the list."""
        if kode in (None, ""):
            self.setCurrentIndex(0 if self._kosong else -1)
            return
        i = self.findData(kode)
        if i < 0:
            self.addItem(self.tr("{0} (tidak ada di daftar kode)").format(kode), kode)
            i = self.count() - 1
            self._atur_lebar()
        self.setCurrentIndex(i)

    def event(self, event) -> bool:
        # a choice cut with "..." (a narrow form column, a disabled field of an approved
        # family) shows its whole text when the mouse rests on it
        if (event.type() == QEvent.Type.ToolTip and not self.toolTip()
                and combo_terpotong(self)):
            QToolTip.showText(event.globalPos(), self.currentText(), self)
            return True
        return super().event(event)

    def wheelEvent(self, event) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


def teks_tanggal(iso: str | None) -> str:
    """An ISO date as the fields show it (``20-11-2026``); other text unchanged."""
    return tanggal_pendek(iso)


class IsianTanggal(QLineEdit):
    """A date typed as ``20-11-2026``, ``20/11/2026`` or ``2026-11-20``; :meth:`nilai` gives the
    ISO date, or the text as typed when it is not a date (the check reports it)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("hh-bb-tttt"))
        self.setMaxLength(20)
        self.textChanged.connect(self._periksa)

    def atur(self, iso: str | None) -> None:
        self.setText(teks_tanggal(iso))

    def nilai(self) -> str | None:
        teks = self.text().strip()
        if not teks:
            return None
        tanggal = urai_tanggal(teks)
        return tanggal.isoformat() if tanggal else teks

    def sah(self) -> bool:
        teks = self.text().strip()
        return not teks or urai_tanggal(teks) is not None

    def _periksa(self) -> None:
        self.setProperty("salah", not self.sah())
        self.setToolTip("" if self.sah() else self.tr(
            "Tanggal tidak bisa dibaca; tulis hh-bb-tttt, misalnya 20-11-2026"))
        self.style().unpolish(self)
        self.style().polish(self)


class IsianNik(QWidget):
    """A NIK or No KK field (digits only, at most 16) with a line of live feedback from
    :func:`kalbar_desktop.domain.nik.urai_nik` / ``urai_no_kk`` underneath.

    Masked (:meth:`atur` with ``samarkan``), a NIK is read-only; a No KK may be replaced: the
    field empties when it gets the focus so the number on the KK card can be typed, and shows
    the masked value again when it is left empty. The stored number is never shown. A masked
    No KK may also be removed (a wrong one, another family's): "Kosongkan" beside it
    (objectName ``kosongkanNoKkButton``) empties it for the save, "Urungkan" brings it back.
    Who sees the No KK whole empties it by deleting its digits."""

    berubah = Signal()

    def __init__(self, jenis: str = "nik", parent: QWidget | None = None):
        super().__init__(parent)
        self.jenis = jenis
        self.edit = QLineEdit()
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,16}")))
        self.edit.setPlaceholderText(self.tr("16 digit"))
        self.umpan = QLabel()
        self.umpan.setWordWrap(True)
        self.umpan.setObjectName("umpanNik")
        baris = QHBoxLayout()
        baris.setContentsMargins(0, 0, 0, 0)
        baris.setSpacing(4)
        baris.addWidget(self.edit, 1)
        self.tombol_kosongkan: QToolButton | None = None
        if jenis == "kk":
            self.tombol_kosongkan = QToolButton()
            self.tombol_kosongkan.setObjectName("kosongkanNoKkButton")
            self.tombol_kosongkan.clicked.connect(self._kosongkan)
            self.tombol_kosongkan.setVisible(False)
            baris.addWidget(self.tombol_kosongkan)
        tata = QVBoxLayout(self)
        tata.setContentsMargins(0, 0, 0, 0)
        tata.setSpacing(1)
        tata.addLayout(baris)
        tata.addWidget(self.umpan)
        self._asli: str | None = None
        """The value behind a masked NIK (shown as ``617201******0001``, not editable)."""
        self._baca_saja = False
        self.boleh_ganti = jenis == "kk"
        """A masked value may be replaced by typing a new one (the No KK from the card)."""
        self.dikosongkan = False
        """The masked No KK was emptied with "Kosongkan": saved empty unless one is typed."""
        self.edit.textChanged.connect(self._periksa)
        self.edit.installEventFilter(self)
        self._periksa()

    def atur(self, nilai: str | None, samarkan: bool = False) -> None:
        """Show ``nilai``; ``samarkan``: masked, for a user who may not see full NIKs (the value
        is kept, :meth:`nilai` gives it until another is typed; the feedback line shows no birth
        date or sex, which the masked digits hide): read-only for a NIK, replaceable for a No
        KK (see the class)."""
        self._asli = nilai if samarkan and nilai else None
        self.dikosongkan = False
        self._atur_baca_saja()
        if self._asli is None:
            tip = ""
        elif self.boleh_ganti:
            tip = self.tr("No KK disamarkan: No KK lengkap hanya terlihat oleh verifikator. Untuk "
                          "menggantinya, klik isian ini lalu ketik No KK dari kartu KK.")
        else:
            tip = self.tr("NIK disamarkan: NIK lengkap hanya terlihat oleh verifikator.")
        self.edit.setToolTip(tip)
        self.edit.setPlaceholderText(self.tr("16 digit") if self._asli is None else
                                     nik.samarkan_nik(nilai))
        self.edit.setText(self._samaran() if self._asli is not None else (nilai or ""))

    def _samaran(self) -> str:
        return nik.samarkan_nik(self._asli) if self._asli is not None else ""

    def _atur_baca_saja(self) -> None:
        self.edit.setReadOnly(self._baca_saja or (self._asli is not None
                                                  and not self.boleh_ganti))
        self._atur_tombol()

    def _atur_tombol(self) -> None:
        """"Kosongkan" beside a masked No KK that may be changed; "Urungkan" once emptied."""
        if self.tombol_kosongkan is None:
            return
        self.tombol_kosongkan.setVisible(self._asli is not None and self.boleh_ganti
                                         and not self._baca_saja)
        if self.dikosongkan:
            self.tombol_kosongkan.setText(self.tr("Urungkan"))
            self.tombol_kosongkan.setToolTip(self.tr(
                "No KK lama kembali (yang tersimpan tidak diubah)."))
        else:
            self.tombol_kosongkan.setText(self.tr("Kosongkan"))
            self.tombol_kosongkan.setToolTip(self.tr(
                "Hapus No KK keluarga ini, misalnya No KK keluarga lain yang tercatat keliru "
                "atau keluarga yang belum punya kartu KK. Dikosongkan saat disimpan dan "
                "tercatat di jejak audit; nilai P3KE asalnya tetap tersimpan."))

    def _kosongkan(self) -> None:
        self.dikosongkan = not self.dikosongkan
        self._atur_tombol()
        self.edit.setPlaceholderText(self.tr("tanpa No KK") if self.dikosongkan
                                     else self._samaran())
        self.edit.setText("" if self.dikosongkan else self._samaran())
        if self.dikosongkan:
            self.edit.setFocus()
        self._periksa()

    def eventFilter(self, obj, event) -> bool:
        """A masked, replaceable No KK: emptied on focus for typing, masked again when left
        empty, so the stored number is never in the field."""
        if obj is self.edit and self._asli is not None and self.boleh_ganti \
                and not self.edit.isReadOnly():
            if event.type() == QEvent.Type.FocusIn and self.edit.text() == self._samaran():
                self.edit.clear()
            elif event.type() == QEvent.Type.FocusOut and not self.edit.text().strip() \
                    and not self.dikosongkan:
                self.edit.setText(self._samaran())
        return super().eventFilter(obj, event)

    def nilai(self) -> str | None:
        teks = self.edit.text().strip()
        if self._asli is not None and not self.boleh_ganti:
            return self._asli
        if self._asli is not None and teks in ("", self._samaran()):
            return None if self.dikosongkan and not teks else self._asli
        return teks or None

    def masalah(self) -> list[str]:
        """Problems of the value typed (empty when it is empty or valid)."""
        teks = self.nilai() or ""
        if not teks:
            return []
        info = nik.urai_nik(teks) if self.jenis == "nik" else nik.urai_no_kk(teks)
        if teks == self._asli:  # a stored value one may not see: not quoted in full either
            return [nik.samarkan_teks(teks_pesan(m.pesan), nomor=(teks,)) for m in info.masalah]
        return [teks_pesan(m.pesan) for m in info.masalah]

    def setReadOnly(self, baca_saja: bool) -> None:
        self._baca_saja = baca_saja
        self._atur_baca_saja()

    def _periksa(self) -> None:
        teks = self.nilai() or ""
        masalah = self.masalah()
        if not teks and self.dikosongkan:
            self.umpan.setText(self.tr("No KK dikosongkan saat disimpan (tercatat di jejak "
                                       "audit)."))
            self.umpan.setStyleSheet("color: #8a4b00;")
            self.umpan.setVisible(True)
        elif not teks:
            self.umpan.setText("")
            self.umpan.setVisible(False)
        elif masalah:
            self.umpan.setText("⚠ " + "; ".join(masalah))
            self.umpan.setStyleSheet("color: #b00020;")
            self.umpan.setVisible(True)
        else:
            info = nik.urai_nik(teks) if self.jenis == "nik" else nik.urai_no_kk(teks)
            rincian = ""
            if info.tanggal and (self._asli is None or teks != self._asli):
                rincian = (self.tr("lahir {0}") if self.jenis == "nik"
                           else self.tr("terbit {0}")).format(tanggal_pendek(info.tanggal))
                if info.jenis_kelamin:
                    rincian = f"{nilai_kode('jenis_kelamin', info.jenis_kelamin)}, {rincian}"
                rincian = f" ({rincian})"
            self.umpan.setText(self.tr("✓ format sah") + rincian)
            self.umpan.setStyleSheet("color: #1b5e20;")
            self.umpan.setVisible(True)
        self.edit.setProperty("salah", bool(masalah))
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)
        self.berubah.emit()


GAYA_FORM = """
QLineEdit[salah="true"], QPlainTextEdit[salah="true"], QComboBox[salah="true"] {
    border: 2px solid #c62828; background: #fff3f3;
}
QLineEdit[wajib="true"], QPlainTextEdit[wajib="true"], QComboBox[wajib="true"] {
    border: 2px solid #ef6c00; background: #fff8e1;
}
QLabel[wajib="true"] { color: #bf360c; }
"""
"""Style sheet of the forms: fields with a problem are red, required empty fields orange."""


class IsianPindah(QWidget):
    """'Pindah ke' (objectName ``pindahKe``): a choice (``pindahJenisCombo``) between a desa of
    this database's kabupaten, picked from a list (``pindahDesaCombo``, stored as its code,
    shown by name), and 'Luar kabupaten' with free text (``pindahKeEdit``: kabupaten/kota,
    provinsi). Old free text shows as 'Luar kabupaten' with its text, readable and kept."""

    berubah = Signal()
    DALAM, LUAR = "DALAM_KABUPATEN", "LUAR_KABUPATEN"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.jenis = KotakPilihan([(self.DALAM, self.tr("Desa di kabupaten ini")),
                                   (self.LUAR, self.tr("Luar kabupaten"))])
        self.jenis.setObjectName("pindahJenisCombo")
        self.jenis.setMinimumContentsLength(16)
        self.desa = KotakPilihan()
        self.desa.setObjectName("pindahDesaCombo")
        self.desa.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.desa.setToolTip(self.tr("Desa/kelurahan tujuan (ketik huruf awal nama desa untuk "
                                     "melompat)"))
        self.teks_edit = QLineEdit()
        self.teks_edit.setObjectName("pindahKeEdit")
        self.teks_edit.setPlaceholderText(self.tr("kabupaten/kota, provinsi tujuan"))
        self.terisi = False
        tata = QHBoxLayout(self)
        tata.setContentsMargins(0, 0, 0, 0)
        tata.setSpacing(4)
        tata.addWidget(self.jenis)
        tata.addWidget(self.desa, 1)
        tata.addWidget(self.teks_edit, 1)
        self.setFocusProxy(self.jenis)
        self.jenis.currentIndexChanged.connect(self._atur_tampil)
        for sinyal in (self.jenis.currentIndexChanged, self.desa.currentIndexChanged,
                       self.teks_edit.textChanged):
            sinyal.connect(self.berubah)
        self._atur_tampil()

    def isi_desa(self, pilihan: Iterable[tuple[str, str]]) -> None:
        """The desa to choose from (code, "Desa, Kecamatan")."""
        kode = self.desa.kode()
        self.desa.isi(pilihan)
        self.desa.atur_kode(kode)
        self.terisi = True

    def atur(self, kode: str | None, teks: str | None) -> None:
        """Show a stored value: a desa code, or free text (or nothing)."""
        self.jenis.atur_kode(self.DALAM if kode else self.LUAR if teks else None)
        self.desa.atur_kode(kode)
        self.teks_edit.setText("" if kode else (teks or ""))
        self._atur_tampil()

    def kode(self) -> str | None:
        """The chosen desa's code (a move within the kabupaten), else ``None``."""
        return self.desa.kode() if self.jenis.kode() == self.DALAM else None

    def teks(self) -> str | None:
        """The free text of a move out of the kabupaten, else ``None``."""
        if self.jenis.kode() != self.LUAR:
            return None
        return self.teks_edit.text().strip() or None

    def isian_terlihat(self) -> QWidget:
        """The field to mark (required, wrong): the one the person fills next."""
        if self.jenis.kode() == self.DALAM:
            return self.desa
        if self.jenis.kode() == self.LUAR:
            return self.teks_edit
        return self.jenis

    def setReadOnly(self, baca_saja: bool) -> None:
        self.jenis.setEnabled(not baca_saja)
        self.desa.setEnabled(not baca_saja)
        self.teks_edit.setReadOnly(baca_saja)

    def _atur_tampil(self) -> None:
        jenis = self.jenis.kode()
        self.desa.setVisible(jenis == self.DALAM)
        self.teks_edit.setVisible(jenis != self.DALAM)
        self.teks_edit.setEnabled(jenis == self.LUAR)
        if jenis != self.LUAR:
            self.teks_edit.setPlaceholderText(self.tr("pilih dulu: desa di kabupaten ini atau "
                                                      "luar kabupaten"))
        else:
            self.teks_edit.setPlaceholderText(self.tr("kabupaten/kota, provinsi tujuan"))
