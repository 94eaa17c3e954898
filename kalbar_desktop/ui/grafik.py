"""A small bar chart widget drawn with QPainter: horizontal or vertical bars, each bar made of
one or more stacked segments; hover shows a tooltip, a click (or Enter on the keyboard-selected
bar) emits the data of the bar or segment under it.

Why not QtCharts: it lives in the PySide6-Addons wheel (+157 MB in the virtual environment), it
is deprecated since Qt 6.10 in favour of Qt Graphs, whose 2D charts need Qt Quick. The dashboard
needs only bars with Indonesian number formatting and click-to-filter (see docs/benchmarks.md,
section Dasbor).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea, QSizePolicy, QToolTip, QWidget

# The numbers and dates of the charts (kept importable from here for the dashboard's callers).
from kalbar_desktop.ui.lokal import angka, lokal, persen, tanggal

__all__ = ["Batang", "GrafikBatang", "Segmen", "angka", "lokal", "persen", "tanggal"]


@dataclass
class Segmen:
    """A part of a bar."""

    nilai: int
    warna: QColor
    data: object = None
    """Emitted by :attr:`GrafikBatang.dipilih` when the segment is clicked."""
    tooltip: str = ""


@dataclass
class Batang:
    """One bar (one category)."""

    label: str
    segmen: list[Segmen]
    data: object = None
    """Emitted when the label, the value text or a segment without data is clicked."""
    teks_nilai: str = ""
    """Written at the end of the bar (horizontal) or above it (vertical)."""
    tooltip: str = ""
    label_kecil: str = ""
    """A second, smaller line under the label (vertical charts)."""

    @property
    def total(self) -> int:
        return sum(s.nilai for s in self.segmen)


@dataclass
class _Tata:
    baris: QRectF
    segmen: list[QRectF] = field(default_factory=list)
    label: QRectF = field(default_factory=QRectF)
    nilai: QRectF = field(default_factory=QRectF)
    tampil_label: bool = True
    tampil_nilai: bool = True


class GrafikBatang(QWidget):
    """Bars over categories. ``Qt.Horizontal``: one row per category, bars grow to the right
    (long labels, many categories); ``Qt.Vertical``: one column per category."""

    dipilih = Signal(object)
    """The data of the clicked segment or bar."""

    MARGIN = 6

    def __init__(self, orientasi: Qt.Orientation = Qt.Orientation.Horizontal,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.orientasi = orientasi
        self._batang: list[Batang] = []
        self._maks = 0
        self._sorot: tuple[int, int] | None = None
        self._kini = -1
        self.pesan_kosong = ""
        self.tinggi_baris = 26
        self.tinggi_maks = 32
        """Horizontal bars: rows grow up to this height when there is room."""
        self.penuh = False
        """Horizontal bars: every bar spans the full width (its segments show shares)."""
        self.lebar_min_kolom = 10
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # -- data ----------------------------------------------------------------------------------
    def set_batang(self, batang: Sequence[Batang], maks: int | None = None) -> None:
        """Show ``batang``; the longest bar is ``maks`` (default: the largest total)."""
        self._batang = list(batang)
        self._maks = max([maks or 0, *(b.total for b in self._batang)], default=0)
        self._sorot = None
        self._kini = min(self._kini, len(self._batang) - 1)
        fm = self.fontMetrics()
        if self.orientasi == Qt.Orientation.Horizontal:
            self.setMinimumHeight(max(2 * self.MARGIN + len(self._batang) * self.tinggi_baris,
                                      fm.height() * 3))
            self.setMinimumWidth(0)
        else:
            self.setMinimumWidth(self._lebar_sumbu(fm) + self.MARGIN
                                 + len(self._batang) * self.lebar_min_kolom)
            self.setMinimumHeight(fm.height() * 7)
        self.setAccessibleDescription("; ".join(
            f"{b.label.replace(chr(10), ' ')}: {b.teks_nilai or angka(b.total)}"
            for b in self._batang[:60]))
        self.updateGeometry()
        self.update()

    def batang(self) -> list[Batang]:
        """The bars shown."""
        return list(self._batang)

    def titik(self, indeks: int, segmen: int | None = None) -> QPoint:
        """The centre of bar ``indeks`` (of its segment ``segmen``, or of its label), in widget
        coordinates: where a click selects it."""
        tata = self._tata()[indeks]
        kotak = tata.label if segmen is None else tata.segmen[segmen]
        return kotak.center().toPoint()

    def sizeHint(self) -> QSize:
        if self.orientasi == Qt.Orientation.Horizontal:
            return QSize(400, self.minimumHeight())
        return QSize(max(400, self.minimumWidth()), 220)

    # -- geometry ------------------------------------------------------------------------------
    def _fm_kecil(self) -> QFontMetrics:
        return QFontMetrics(self._huruf_kecil())

    def _huruf_kecil(self) -> QFont:
        huruf = self.font()
        huruf.setPointSizeF(huruf.pointSizeF() * 0.88)
        return huruf

    def _lebar_sumbu(self, fm: QFontMetrics) -> int:
        return fm.horizontalAdvance(angka(self._maks or 0)) + 12

    def _tata(self) -> list[_Tata]:
        fm = self.fontMetrics()
        m = self.MARGIN
        n = len(self._batang)
        hasil: list[_Tata] = []
        if not n:
            return hasil
        maks = self._maks or 1
        if self.orientasi == Qt.Orientation.Horizontal:
            lebar_nilai = max(fm.horizontalAdvance(b.teks_nilai) for b in self._batang) + 10
            # labels whole while the bars keep 48 pixels (a narrow column of the dashboard),
            # else at most half the width (elided, whole in the tooltip)
            lebar_label = min(max(fm.horizontalAdvance(b.label) for b in self._batang) + 10,
                              max(int(self.width() * 0.5),
                                  self.width() - 2 * m - lebar_nilai - 48))
            x0 = m + lebar_label
            x1 = max(x0 + 20, self.width() - m - lebar_nilai)
            h = max(self.tinggi_baris, min(self.tinggi_maks, (self.height() - 2 * m) / n))
            for i, b in enumerate(self._batang):
                y = m + i * h
                baris = QRectF(m, y, self.width() - 2 * m, h)
                tinggi = h * 0.68
                yb = y + (h - tinggi) / 2
                x = float(x0)
                kotak = []
                skala = (b.total or 1) if self.penuh else maks
                for s in b.segmen:
                    panjang = (x1 - x0) * s.nilai / skala
                    kotak.append(QRectF(x, yb, panjang, tinggi))
                    x += panjang
                hasil.append(_Tata(baris, kotak, QRectF(m, y, lebar_label - 4, h),
                                   QRectF(x + 4, y, lebar_nilai, h)))
            return hasil
        # vertical
        kiri = m + self._lebar_sumbu(fm)
        atas = m + fm.height() + 2
        bawah = self.height() - m - fm.height() - 4
        if any(b.label_kecil for b in self._batang):
            bawah -= 2 * self._fm_kecil().height()
        lebar_teks = max(fm.horizontalAdvance(b.label) for b in self._batang) + 8
        lebar_slot = (self.width() - kiri - m) / n
        if lebar_teks > lebar_slot:
            # room on the right for the label of the last bar
            lebar_slot = (self.width() - kiri - max(m, lebar_teks / 2 - lebar_slot / 2)) / n
        lebar_batang = min(lebar_slot * 0.72, 64)
        langkah = max(1, math.ceil(lebar_teks / max(lebar_slot, 1)))
        tampil_nilai = all(fm.horizontalAdvance(b.teks_nilai) + 4 <= lebar_slot
                           for b in self._batang)
        for i, b in enumerate(self._batang):
            xs = kiri + i * lebar_slot
            xb = xs + (lebar_slot - lebar_batang) / 2
            y = float(bawah)
            kotak = []
            for s in b.segmen:
                tinggi = (bawah - atas) * s.nilai / maks
                kotak.append(QRectF(xb, y - tinggi, lebar_batang, tinggi))
                y -= tinggi
            lebar_label = max(lebar_slot, min(lebar_teks, lebar_slot * langkah))
            x_label = xs + lebar_slot / 2 - lebar_label / 2
            x_label = max(float(m), min(x_label, self.width() - m - lebar_label))
            label = QRectF(x_label, bawah + 2, lebar_label, self.height() - bawah - 2)
            hasil.append(_Tata(QRectF(xs, atas, lebar_slot, bawah - atas), kotak, label,
                               QRectF(xs - 20, y - fm.height() - 2, lebar_slot + 40,
                                      fm.height()),
                               tampil_label=(n - 1 - i) % langkah == 0,
                               tampil_nilai=tampil_nilai))
        return hasil

    def _di(self, pos: QPointF) -> tuple[int, int] | None:
        """(bar, segment) under ``pos``; segment -1 for the label/row outside the segments."""
        for i, t in enumerate(self._tata()):
            for j, k in enumerate(t.segmen):
                if k.width() > 0 and k.height() > 0 and k.adjusted(0, -1, 0, 1).contains(pos):
                    return i, j
            if t.baris.contains(pos) or (t.tampil_label and t.label.contains(pos)):
                return i, -1
        return None

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pal = self.palette()
        teks = pal.color(QPalette.ColorRole.WindowText)
        redup = QColor(teks)
        redup.setAlpha(150)
        fm = self.fontMetrics()
        if not self._batang:
            p.setPen(redup)
            p.drawText(self.rect().adjusted(8, 8, -8, -8),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.pesan_kosong)
            return
        tata = self._tata()
        if self.orientasi == Qt.Orientation.Vertical:
            self._gambar_sumbu(p, tata, redup, fm)
        for i, (b, t) in enumerate(zip(self._batang, tata, strict=True)):
            if i == self._kini and self.hasFocus():
                sorot = QColor(pal.color(QPalette.ColorRole.Highlight))
                sorot.setAlpha(40)
                p.fillRect(t.baris, sorot)
            for j, (s, k) in enumerate(zip(b.segmen, t.segmen, strict=True)):
                if s.nilai <= 0:
                    continue
                warna = QColor(s.warna)
                if self._sorot in ((i, j), (i, -1)):
                    warna = warna.darker(118)
                p.fillRect(k, warna)
            p.setPen(teks)
            if self.orientasi == Qt.Orientation.Horizontal:
                p.drawText(t.label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                           fm.elidedText(b.label, Qt.TextElideMode.ElideRight,
                                         int(t.label.width())))
                p.drawText(t.nilai, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                           b.teks_nilai)
            else:
                if b.teks_nilai and t.tampil_nilai:
                    p.drawText(t.nilai,
                               Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                               b.teks_nilai)
                if t.tampil_label:
                    baris1 = QRectF(t.label.x(), t.label.y(), t.label.width(), fm.height())
                    p.drawText(baris1, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                               fm.elidedText(b.label, Qt.TextElideMode.ElideRight,
                                             int(t.label.width())))
                    if b.label_kecil:
                        p.setPen(redup)
                        p.setFont(self._huruf_kecil())
                        p.drawText(QRectF(t.label.x(), t.label.y() + fm.height(),
                                          t.label.width(), 2 * self._fm_kecil().height()),
                                   Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                   | Qt.TextFlag.TextWordWrap, b.label_kecil)
                        p.setFont(self.font())
                        p.setPen(teks)
        if self.orientasi == Qt.Orientation.Vertical:
            self._gambar_sumbu(p, tata, redup, fm, label=True)

    def _gambar_sumbu(self, p: QPainter, tata: list[_Tata], redup: QColor,
                      fm: QFontMetrics, label: bool = False) -> None:
        """Grid lines (before the bars) or their value labels (after the bars). In a scroll
        area the labels stay at the visible left edge, over a background."""
        atas, bawah = tata[0].baris.top(), tata[0].baris.bottom()
        kiri = tata[0].baris.left()
        geser = max(0, self.visibleRegion().boundingRect().left()) if label else 0
        if geser:
            latar = QColor(self.palette().color(QPalette.ColorRole.Window))
            latar.setAlpha(225)
            p.fillRect(QRectF(geser, 0, kiri - 2, bawah + 1), latar)
        garis = QColor(redup)
        garis.setAlpha(50)
        for f in (0.0, 0.5, 1.0):
            nilai = round(self._maks * f)
            if f == 0.5 and self._maks < 2:
                continue
            y = bawah - (bawah - atas) * (nilai / (self._maks or 1))
            if not label:
                p.setPen(QPen(garis, 1))
                p.drawLine(QPointF(kiri, y), QPointF(tata[-1].baris.right(), y))
                continue
            p.setPen(redup)
            # the zero sits above the line so that it never touches the category labels
            y_teks = y - fm.height() if f == 0.0 else y - fm.height() / 2
            p.drawText(QRectF(geser + self.MARGIN, y_teks, kiri - self.MARGIN - 4, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, angka(nilai))

    # -- interaction ---------------------------------------------------------------------------
    def _data(self, i: int, j: int) -> object:
        b = self._batang[i]
        if j >= 0 and b.segmen[j].data is not None:
            return b.segmen[j].data
        return b.data

    def mouseMoveEvent(self, event) -> None:
        di = self._di(event.position())
        if di is not None and self._data(*di) is None:
            di = None
        if di != self._sorot:
            self._sorot = di
            self.setCursor(Qt.CursorShape.PointingHandCursor if di else Qt.CursorShape.ArrowCursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        self._sorot = None
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            di = self._di(event.position())
            if di is not None:
                self._kini = di[0]
                data = self._data(*di)
                if data is not None:
                    self.dipilih.emit(data)
                    return
        super().mouseReleaseEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            di = self._di(QPointF(event.pos()))
            if di is None:
                QToolTip.hideText()
                event.ignore()
                return True
            b = self._batang[di[0]]
            teks = (b.segmen[di[1]].tooltip if di[1] >= 0 else "") or b.tooltip
            QToolTip.showText(event.globalPos(), teks, self)
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        n = len(self._batang)
        kunci = event.key()
        maju = (Qt.Key.Key_Down, Qt.Key.Key_Right)
        mundur = (Qt.Key.Key_Up, Qt.Key.Key_Left)
        if n and kunci in maju + mundur + (Qt.Key.Key_Home, Qt.Key.Key_End):
            if kunci in maju:
                self._kini = min(n - 1, self._kini + 1)
            elif kunci in mundur:
                self._kini = max(0, self._kini - 1)
            elif kunci == Qt.Key.Key_Home:
                self._kini = 0
            else:
                self._kini = n - 1
            self._tampakkan(self._kini)
            self.update()
            return
        if n and 0 <= self._kini < n and kunci in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                                   Qt.Key.Key_Space):
            data = self._data(self._kini, -1)
            if data is not None:
                self.dipilih.emit(data)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        if self._kini < 0 and self._batang:
            self._kini = 0
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)

    def _tampakkan(self, i: int) -> None:
        """Scroll the enclosing scroll area so that bar ``i`` is visible."""
        induk = self.parentWidget()
        while induk is not None and not isinstance(induk, QAbstractScrollArea):
            induk = induk.parentWidget()
        if isinstance(induk, QScrollArea) and induk.widget() is not None:
            r = self._tata()[i].baris
            pusat = self.mapTo(induk.widget(), r.center().toPoint())
            induk.ensureVisible(pusat.x(), pusat.y(), int(r.width() / 2) + 10,
                                int(r.height() / 2) + 10)
