"""Guard against a PySide6 build that loses references to None or the booleans.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every call of a void method;
after a few thousand calls (a minute of normal use) Python aborts with "none_dealloc:
deallocating None". pyproject.toml keeps that version out; this test fails if a build with the
same defect comes back.
"""

import sys

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel


def test_panggilan_void_tidak_menghabiskan_referensi_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    gambar = QImage(20, 20, QImage.Format.Format_ARGB32)
    pelukis = QPainter(gambar)
    warna = QColor("red")
    kotak = QRectF(1, 1, 5, 5)
    none0, true0 = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        label.setText("a")
        label.setVisible(False)
        pelukis.fillRect(kotak, warna)
    pelukis.end()
    # a few references may come and go with Python's own bookkeeping; 500 lost ones may not
    assert sys.getrefcount(None) > none0 - 50
    assert sys.getrefcount(True) > true0 - 50
