"""Walks a window's Alt+letters (mnemonics), for the tests that check each letter does one
thing. When two shown widgets of one window share a letter, Qt only moves the cursor between
them and presses nothing; a letter on a label without a buddy does nothing at all."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)


def huruf(teks: str) -> str | None:
    """The mnemonic letter of ``teks`` (upper case), None when it has none."""
    m = re.search(r"&([^&\s])", teks.replace("&&", ""))
    return m.group(1).upper() if m else None


def _alt_huruf(urutan) -> str | None:
    """The letter of an Alt+letter key sequence (a QAction's or QShortcut's), else None."""
    teks = urutan.toString()
    m = re.fullmatch(r"Alt\+([A-Z0-9])", teks)
    return m.group(1) if m else None


def _milik(x: QWidget, jendela: QWidget) -> bool:
    """``x`` is shown and belongs to ``jendela`` itself (not to a dialog it owns)."""
    return x.isVisible() and x.window() is jendela


def mnemonik(jendela: QWidget) -> dict[str, list[str]]:
    """Alt+letter -> the shown widgets (menu titles, labels with a buddy, buttons, section
    titles, tabs, Alt shortcuts) of ``jendela`` that take it."""
    hasil: dict[str, list[str]] = {}

    def catat(h: str | None, nama: str) -> None:
        if h is not None:
            hasil.setdefault(h, []).append(nama)

    for x in jendela.findChildren(QWidget):
        if not _milik(x, jendela):
            continue
        if isinstance(x, QLabel):
            if x.buddy() is not None:
                catat(huruf(x.text()), x.objectName() or x.text())
        elif isinstance(x, QAbstractButton):
            catat(huruf(x.text()), x.objectName() or x.text())
        elif isinstance(x, QGroupBox):
            catat(huruf(x.title()), x.objectName() or x.title())
        elif isinstance(x, QTabBar):
            for i in range(x.count()):
                if x.isTabVisible(i) and x.isTabEnabled(i):
                    catat(huruf(x.tabText(i)), "tab " + x.tabText(i))
    if isinstance(jendela, QMainWindow):
        for a in jendela.menuBar().actions():
            if a.isVisible():
                catat(huruf(a.text()), "menu " + a.text())
    for a in jendela.findChildren(QAction):
        for urutan in a.shortcuts():
            catat(_alt_huruf(urutan), "aksi " + (a.objectName() or a.text()))
    for s in jendela.findChildren(QShortcut):
        induk = s.parent()
        if s.isEnabled() and (not isinstance(induk, QWidget) or induk.isVisible()):
            catat(_alt_huruf(s.key()), "pintasan " + (s.objectName() or s.key().toString()))
    return hasil


def bentrok(jendela: QWidget) -> dict[str, list[str]]:
    """The Alt+letters taken by more than one shown widget of ``jendela``."""
    return {h: n for h, n in sorted(mnemonik(jendela).items()) if len(n) > 1}


def _teks_kaya(label: QLabel) -> bool:
    """The label shows rich text: its ``&`` begin entities (``&copy;``), not letters."""
    bentuk = label.textFormat()
    return bentuk == Qt.TextFormat.RichText or (
        bentuk == Qt.TextFormat.AutoText and QtGui_Qt.mightBeRichText(label.text()))


def _buntu(teman: QWidget | None) -> bool:
    """A label's letter leads nowhere: no buddy, or one that takes no focus (a box holding the
    field: the label gives it the focus only when its policy allows)."""
    return teman is None or teman.focusPolicy() == Qt.FocusPolicy.NoFocus


def label_tanpa_teman(jendela: QWidget) -> list[str]:
    """Shown labels of ``jendela`` with a letter that leads nowhere (no buddy, or one that
    takes no focus): their Alt+letter does nothing."""
    return [x.objectName() or x.text() for x in jendela.findChildren(QLabel)
            if _milik(x, jendela) and not _teks_kaya(x) and huruf(x.text())
            and _buntu(x.buddy())]


def _isian_ketik(x: QWidget) -> bool:
    """A field a person types in or sets (not the line edit inside a combo or spin box)."""
    if isinstance(x, QLineEdit):
        induk = x.parentWidget()
        return not x.isReadOnly() and not isinstance(induk, QComboBox | QAbstractSpinBox)
    if isinstance(x, QPlainTextEdit | QTextEdit):
        return not x.isReadOnly()
    return isinstance(x, QComboBox | QAbstractSpinBox)


def isian_tanpa_huruf(jendela: QWidget) -> list[str]:
    """Shown fields of ``jendela`` that no label with a letter leads to (Alt+letter cannot
    reach them), by objectName."""
    dituju = set()
    for x in jendela.findChildren(QLabel):
        if _milik(x, jendela) and huruf(x.text()) and not _buntu(x.buddy()):
            dituju |= {id(x.buddy()), id(x.buddy().focusProxy())}
    return [x.objectName() or type(x).__name__ for x in jendela.findChildren(QWidget)
            if _milik(x, jendela) and _isian_ketik(x) and id(x) not in dituju]
