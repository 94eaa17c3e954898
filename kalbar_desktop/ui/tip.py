"""Tooltips for texts that do not fit: a table cell or a combo box cut with "..." shows its
whole text when the mouse rests on it (names, villages and code labels are often longer than
their column on a 1366-pixel laptop screen). A tooltip the model gives itself wins."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QStyle, QStyleOptionComboBox, QToolTip

RUANG_SEL = 10
"""Horizontal padding of a cell's text (both sides together) in the styles we ship on."""


def tip_sel(view: QAbstractItemView, index: QModelIndex) -> str | None:
    """The tooltip of a cell: the model's own, else the whole text when the cell cuts it."""
    if not index.isValid():
        return None
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    if tip:
        return str(tip)
    teks = index.data(Qt.ItemDataRole.DisplayRole)
    if teks is None or str(teks) == "":
        return None
    teks = str(teks)
    lebar = view.fontMetrics().horizontalAdvance(teks) + RUANG_SEL
    return teks if lebar > view.visualRect(index).width() else None


class TipTerpotong(QObject):
    """Shows :func:`tip_sel` for the cell under the mouse of ``view``."""

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self._view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.ToolTip:
            return False
        indeks = self._view.indexAt(event.pos())
        tip = tip_sel(self._view, indeks)
        if tip:
            QToolTip.showText(event.globalPos(), tip, self._view.viewport(),
                              self._view.visualRect(indeks))
        else:
            QToolTip.hideText()
        return True


def pasang_tip(view: QAbstractItemView) -> TipTerpotong:
    """Give the cells of ``view`` their whole text as tooltip when they are cut."""
    return TipTerpotong(view)


def combo_terpotong(combo: QComboBox) -> bool:
    """True when the combo box shows its current text cut."""
    opsi = QStyleOptionComboBox()
    combo.initStyleOption(opsi)
    ruang = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opsi,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) > ruang.width()
