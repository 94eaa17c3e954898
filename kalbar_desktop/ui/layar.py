"""Window and dialog sizes from the screen they open on, never fixed pixels: the operators'
laptops give 1366x728 free pixels at 100 % scaling and only 1093x583 logical pixels at 125 %
(Windows' default on some 14-inch panels), and a dialog taller than that hides its buttons."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

BINGKAI = QSize(16, 40)
"""What a window's frame adds on Windows around its content: the borders and the title bar
(31 pixels, also in logical pixels at 125 %)."""


def ruang_kerja(widget: QWidget | None = None) -> QRect:
    """The free area (without the taskbar) of the screen ``widget`` opens on: its parent
    window's screen, its own, else the primary screen."""
    layar = None
    if widget is not None:
        induk = widget.parentWidget()
        layar = induk.window().screen() if induk is not None else widget.screen()
    layar = layar or QGuiApplication.primaryScreen()
    return layar.availableGeometry()


def ukuran_pas(widget: QWidget | None, lebar: int, tinggi: int) -> QSize:
    """``lebar`` x ``tinggi``, or less where the screen's free area minus the window frame is
    smaller."""
    ruang = ruang_kerja(widget)
    return QSize(max(1, min(lebar, ruang.width() - BINGKAI.width())),
                 max(1, min(tinggi, ruang.height() - BINGKAI.height())))


def atur_ukuran(widget: QWidget, lebar: int, tinggi: int) -> None:
    """Give a window or dialog its usual size ``lebar`` x ``tinggi``, clamped to the screen
    (:func:`ukuran_pas`); its layout's least size still wins."""
    widget.resize(ukuran_pas(widget, lebar, tinggi))


def muat_di_layar(widget: QWidget) -> bool:
    """True when ``widget`` with its window frame fits the free area of its screen."""
    ruang = ruang_kerja(widget)
    return (widget.width() + BINGKAI.width() <= ruang.width()
            and widget.height() + BINGKAI.height() <= ruang.height())
