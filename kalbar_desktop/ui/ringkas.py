"""Widgets that give way on a small screen instead of being cut: a push button only as wide as
its text, and a label that shortens its text with "..." (the whole text in its tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget


class TombolRingkas(QPushButton):
    """A :class:`QPushButton` whose width follows its text (and a small margin each side): the
    styles give every text button at least 75-80 pixels ("Ada" got as wide as "Meninggal"),
    too much for the family form's seven member buttons to share one row on a 1366-pixel
    screen."""

    def sizeHint(self) -> QSize:
        biasa = super().sizeHint()
        fm = self.fontMetrics()
        teks = fm.size(Qt.TextFlag.TextShowMnemonic, self.text()).width()
        return QSize(min(biasa.width(), teks + 2 * fm.averageCharWidth() + 6), biasa.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


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
