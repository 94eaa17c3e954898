"""A layout that puts its widgets in a row and wraps them onto the next row when the row is
too narrow (a row of buttons in a form, the key figures of the dashboard: both must also fit a
1093-pixel screen at 125 %)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class TataAlir(QLayout):
    """Widgets left to right, wrapped onto as many rows as the width needs. Its least width is
    that of its widest item, so it never makes its parent wider than one button.

    With ``seragam`` every item gets the same width, at least that of the widest: as many per
    row as fit, the rows as even as possible (7 items: 7, or 4 + 3, or 3 + 3 + 1 ...), and the
    items of a row share the whole width (a grid of equal cards without a ragged right edge)."""

    def __init__(self, parent: QWidget | None = None, jarak: int = -1, seragam: bool = False):
        super().__init__(parent)
        self._item: list[QLayoutItem] = []
        self._jarak = jarak
        self._seragam = seragam

    def addItem(self, item: QLayoutItem) -> None:
        self._item.append(item)

    @property
    def jarak(self) -> int:
        """Pixels between two items."""
        return self._spasi()

    def count(self) -> int:
        return len(self._item)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._item[index] if 0 <= index < len(self._item) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._item.pop(index) if 0 <= index < len(self._item) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._atur(QRect(0, 0, width, 0), coba=True)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._atur(rect, coba=False)

    def sizeHint(self) -> QSize:
        """All items in one row."""
        if self._seragam:
            lebar = len(self._tampil()) * self._lebar_sel()
        else:
            lebar = sum(i.sizeHint().width() for i in self._tampil())
        lebar += max(0, len(self._tampil()) - 1) * self._spasi()
        tinggi = max((i.sizeHint().height() for i in self._tampil()), default=0)
        m = self.contentsMargins()
        return QSize(lebar + m.left() + m.right(), tinggi + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        ukuran = QSize()
        for item in self._tampil():
            ukuran = ukuran.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return ukuran + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _tampil(self) -> list[QLayoutItem]:
        return [i for i in self._item if not (i.widget() and i.widget().isHidden())]

    def _spasi(self) -> int:
        if self._jarak >= 0:
            return self._jarak
        induk = self.parentWidget()
        if induk is None:
            return 6
        gaya = induk.style()
        spasi = gaya.layoutSpacing(QSizePolicy.ControlType.PushButton,
                                   QSizePolicy.ControlType.PushButton, Qt.Orientation.Horizontal)
        if spasi < 0:  # most styles answer only the general metric
            spasi = gaya.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        return spasi if spasi >= 0 else 6

    def _lebar_sel(self) -> int:
        return max((i.sizeHint().width() for i in self._tampil()), default=0)

    def kolom(self, lebar: int) -> int:
        """``seragam``: how many items go in one row when the layout is ``lebar`` wide."""
        n = len(self._tampil())
        if not n:
            return 0
        m = self.contentsMargins()
        spasi = self._spasi()
        muat = (lebar - m.left() - m.right() + spasi) // (self._lebar_sel() + spasi)
        baris = math.ceil(n / max(1, min(n, muat)))
        return math.ceil(n / baris)

    def _atur_seragam(self, isi: QRect, coba: bool) -> int:
        item = self._tampil()
        if not item:
            return 0
        spasi = self._spasi()
        kolom = self.kolom(isi.width() + self.contentsMargins().left()
                           + self.contentsMargins().right())
        langkah = (isi.width() + spasi) / kolom
        tinggi = max(i.sizeHint().height() for i in item)
        for n, i in enumerate(item):
            b, k = divmod(n, kolom)
            x = isi.x() + round(k * langkah)
            # the rounding goes to the gaps, so the last item ends exactly at the right edge
            lebar = isi.x() + round((k + 1) * langkah) - spasi - x
            if not coba:
                i.setGeometry(QRect(x, isi.y() + b * (tinggi + spasi), lebar, tinggi))
        baris = math.ceil(len(item) / kolom)
        return baris * tinggi + (baris - 1) * spasi

    def _atur(self, rect: QRect, coba: bool) -> int:
        """Place the items in ``rect`` (only measure when ``coba``); returns the height used."""
        m = self.contentsMargins()
        isi = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        if self._seragam:
            return m.top() + self._atur_seragam(isi, coba) + m.bottom()
        x, y, tinggi_baris = isi.x(), isi.y(), 0
        spasi = self._spasi()
        for item in self._tampil():
            ukuran = item.sizeHint()
            x_berikut = x + ukuran.width() + spasi
            if x_berikut - spasi > isi.right() + 1 and tinggi_baris > 0:
                x = isi.x()
                y += tinggi_baris + spasi
                x_berikut = x + ukuran.width() + spasi
                tinggi_baris = 0
            if not coba:
                item.setGeometry(QRect(QPoint(x, y), ukuran))
            x = x_berikut
            tinggi_baris = max(tinggi_baris, ukuran.height())
        return y + tinggi_baris - rect.y() + m.bottom()
