"""A push button only as wide as its text: the styles give every text button at least 75-80
pixels ("Ada" got as wide as "Meninggal"), too much for the family form's seven member buttons
to share one row on a 1366-pixel screen."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QPushButton


class TombolRingkas(QPushButton):
    """A :class:`QPushButton` whose width follows its text (and a small margin each side)."""

    def sizeHint(self) -> QSize:
        biasa = super().sizeHint()
        fm = self.fontMetrics()
        teks = fm.size(Qt.TextFlag.TextShowMnemonic, self.text()).width()
        return QSize(min(biasa.width(), teks + 2 * fm.averageCharWidth() + 6), biasa.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
