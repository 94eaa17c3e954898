"""Widgets that give way on a small screen instead of being cut: a push button only as wide as
its text, a label that shortens its text with "..." (the whole text in its tooltip), and one
that leaves whole parts of its text out."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)


class TombolRingkas(QPushButton):
    """A :class:`QPushButton` whose width follows its text (and a small margin each side): the
    styles give every text button at least 75-80 pixels ("Ada" got as wide as "Meninggal"),
    too much for the family form's seven member buttons to share one row on a 1366-pixel
    screen.

    ``pendek``: a shorter label shown when a row of such buttons is too narrow for the whole
    ones (:func:`muatkan_sebaris`; a larger font, a 125 % screen); the whole label then goes
    in front of the tooltip."""

    def __init__(self, teks: str, pendek: str = "", parent: QWidget | None = None):
        super().__init__(teks, parent)
        self._penuh = teks
        self._pendek = pendek
        self._tip = ""

    def _lebar(self, teks: str) -> int:
        """Width with ``teks``: the style's (as :meth:`QPushButton.sizeHint` computes it), but
        no more than the text and a small margin each side."""
        fm = self.fontMetrics()
        isi = fm.size(Qt.TextFlag.TextShowMnemonic, teks)
        opsi = QStyleOptionButton()
        self.initStyleOption(opsi)
        opsi.text = teks
        gaya = self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, opsi, isi, self)
        return min(gaya.width(), isi.width() + 2 * fm.averageCharWidth() + 6)

    def sizeHint(self) -> QSize:
        return QSize(self._lebar(self.text()), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def lebar_penuh(self) -> int:
        """Width with the whole label, whichever is shown."""
        return self._lebar(self._penuh)

    def setToolTip(self, tip: str) -> None:
        self._tip = tip
        self._atur_tip()

    def pendekkan(self, ya: bool) -> None:
        """Show the short label (``ya``) or the whole one."""
        teks = self._pendek if ya and self._pendek else self._penuh
        if teks != self.text():
            self.setText(teks)
            self._atur_tip()

    def terpendek(self) -> bool:
        """True while the short label is shown."""
        return self.text() != self._penuh

    def _atur_tip(self) -> None:
        if self.terpendek():
            penuh = self._penuh.replace("&&", "\0").replace("&", "").replace("\0", "&")
            super().setToolTip(f"{penuh}: {self._tip}" if self._tip else penuh)
        else:
            super().setToolTip(self._tip)


def muatkan_sebaris(tombol: list[TombolRingkas], lebar: int, jarak: int) -> None:
    """Give the buttons of a row their short labels when the whole ones do not fit in
    ``lebar`` pixels (``jarak`` between buttons), the whole ones again when they fit. Decided
    from the whole labels' widths, so the choice does not flip back and forth."""
    tampil = [t for t in tombol if not t.isHidden()]
    perlu = sum(t.lebar_penuh() for t in tampil) + jarak * max(0, len(tampil) - 1)
    for t in tombol:
        t.pendekkan(perlu > lebar)


class LabelRingkas(QLabel):
    """A one-line label that never widens its window: narrower than its text it shows the text
    shortened with "..." (``mode``: in the middle for a path, keeping the drive and the file
    name) and the whole text as its tooltip. :meth:`text` is the whole text."""

    def __init__(self, teks: str = "", parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle):
        super().__init__(parent)
        self._penuh = ""
        self._mode = mode
        self._tip_sendiri = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(teks)

    def text(self) -> str:
        return self._penuh

    def setText(self, teks: str) -> None:
        self._penuh = teks
        self._ringkas()

    def setToolTip(self, tip: str) -> None:
        """A tooltip of its own, shown instead of the whole text."""
        self._tip_sendiri = tip
        super().setToolTip(tip)

    def terpotong(self) -> bool:
        """True while the text is shown shortened."""
        return super().text() != self._penuh

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        ukuran = super().sizeHint()
        lebar = self.fontMetrics().horizontalAdvance(self._penuh)
        m = self.contentsMargins()
        return QSize(lebar + m.left() + m.right() + 2 * self.margin(), ukuran.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._ringkas()

    def _ringkas(self) -> None:
        lebar = self.contentsRect().width() - 2 * self.margin()
        tampil = self.fontMetrics().elidedText(self._penuh, self._mode, max(lebar, 0))
        if tampil != super().text():
            super().setText(tampil)
        if not self._tip_sendiri:
            super().setToolTip(self._penuh if tampil != self._penuh else "")


class LabelPilihan(QLabel):
    """A one-line label that shows the longest of its texts that fits its width, so a narrow
    window leaves whole parts out instead of cutting one in the middle ("PgUp/PgDn: previ...");
    nothing when even the shortest does not fit. Its tooltip (set by the caller) says it all.
    :meth:`text` is the text shown."""

    def __init__(self, pilihan: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self._pilihan = list(pilihan)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._pilih()

    def pilihan(self) -> list[str]:
        """The texts, longest first."""
        return list(self._pilihan)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        m = self.contentsMargins()
        lebar = max((self.fontMetrics().horizontalAdvance(t) for t in self._pilihan), default=0)
        return QSize(lebar + m.left() + m.right() + 2 * self.margin(),
                     super().sizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._pilih()

    def _pilih(self) -> None:
        lebar = self.contentsRect().width() - 2 * self.margin()
        fm = self.fontMetrics()
        teks = next((t for t in self._pilihan if fm.horizontalAdvance(t) <= lebar), "")
        if teks != self.text():
            self.setText(teks)
