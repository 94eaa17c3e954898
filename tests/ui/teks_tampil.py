"""Test helper: the texts a person sees on a window (labels, buttons, menu entries, titles,
table headers, combo items, tooltips, placeholders) and a check that none of them is still
Indonesian while the interface runs in another language.

A text counts as Indonesian when it is exactly the source of a translated message (the
translation differs), or when it holds a word of the Indonesian vocabulary of the interface:
the words of the ``.ts`` sources that appear in no translation (so ``NIK``, ``P3KE``, ``Desil``
or ``Dukcapil``, which the English texts use too, are not in it). Paths, P3KE column headers
and P3KE code values (data: the names the files and the provincial workbook use) are removed
first.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QTableView,
    QTabWidget,
    QTreeView,
    QTreeWidget,
    QWidget,
)

from kalbar_desktop.domain import codes, kolom

TS_EN = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "kalbar_desktop_en.ts"

DIIZINKAN = {"Bahasa Indonesia"}
"""Texts that stay Indonesian on purpose: the language menu names each language in itself,
so a person who cannot read the current language still finds theirs."""

OBJEK_DATA = {
    "judulForm",  # name and ID of the open family
    "importPreviewTable",  # the file's own headers
    "exportWilayah", "dokumenDesa", "desaCombo",  # region names
    "auditPengguna",  # user names
    "panduanBrowser", "panduanDaftarIsi",  # the guide is written in Indonesian (said so)
}
"""Widgets that show data, not interface text."""

_TAG = re.compile(r"<[^>]+>")
_KATA = re.compile(r"[A-Za-z_]+")
"""Words; a rule code such as WILAYAH_TIDAK_DIKENAL is one word (and not a word of either
language)."""


def _bersih(teks: str) -> str:
    return html.unescape(_TAG.sub(" ", teks or "")).replace("&", "")


@dataclass
class Kamus:
    """What the check knows from the ``.ts`` file."""

    sumber: set[str]
    kosakata: set[str]

    @classmethod
    def dari_ts(cls, path: Path = TS_EN) -> Kamus:
        sumber: set[str] = set()
        kata_sumber: set[str] = set()
        kata_terjemahan: set[str] = set()
        for pesan in ET.parse(path).getroot().iter("message"):
            asal = pesan.findtext("source") or ""
            terjemahan = pesan.findtext("translation") or ""
            if _bersih(asal).strip() != _bersih(terjemahan).strip():
                sumber.add(_bersih(asal).strip())
            kata_sumber.update(k.casefold() for k in _KATA.findall(_bersih(asal)))
            kata_terjemahan.update(k.casefold() for k in _KATA.findall(_bersih(terjemahan)))
        kosakata = {k for k in kata_sumber - kata_terjemahan if len(k) > 2 and "_" not in k}
        return cls(sumber, kosakata)


def _data_p3ke() -> list[str]:
    """P3KE headers and code values, longest first (removed from a text before the check)."""
    teks = {k.header for k in (*kolom.KELUARGA, *kolom.INDIVIDU)}
    for nilai in vars(codes).values():
        if isinstance(nilai, codes.DaftarKode):
            teks.update(nilai.nilai)
    return sorted(teks, key=len, reverse=True)


_DATA = _data_p3ke()


def masalah(teks: str, kamus: Kamus) -> list[str]:
    """The Indonesian in ``teks`` ([] when there is none)."""
    if teks in DIIZINKAN:
        return []
    bersih = _bersih(teks).strip()
    if not bersih:
        return []
    if bersih in kamus.sumber:
        return [bersih]
    sisa = bersih
    for d in _DATA:
        sisa = sisa.replace(d, " ")
    sisa = " ".join(t for t in sisa.split() if "/" not in t and "\\" not in t)
    return [k for k in _KATA.findall(sisa) if k.casefold() in kamus.kosakata]


def _aksi_menu(menu: QMenu, jalur: str) -> Iterable[tuple[str, str]]:
    for a in menu.actions():
        if a.isSeparator():
            continue
        nama = f"{jalur} > {a.objectName() or a.text()}"
        yield nama, a.text()
        yield nama + " (statusTip)", a.statusTip()
        if a.toolTip() and a.toolTip() != a.text().replace("&", ""):
            yield nama + " (toolTip)", a.toolTip()
        if a.menu() is not None:
            yield nama + " (title)", a.menu().title()
            yield from _aksi_menu(a.menu(), nama)


def teks_widget(akar: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every interface text of ``akar`` and its children."""
    hasil: list[tuple[str, str]] = []
    for w in [akar, *akar.findChildren(QWidget)]:
        nama = w.objectName() or type(w).__name__
        if nama in OBJEK_DATA or (w.parent() is not None and w.parent().objectName()
                                  in OBJEK_DATA):
            continue

        def tambah(jenis: str, teks: str | None, nama=nama) -> None:
            if teks:
                hasil.append((f"{nama} ({jenis})", teks))

        if w.isWindow():
            tambah("windowTitle", w.windowTitle())
        tambah("toolTip", w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            tambah("text", w.text())
        elif isinstance(w, QGroupBox):
            tambah("title", w.title())
        elif isinstance(w, QLineEdit | QPlainTextEdit):
            tambah("placeholder", w.placeholderText())
        elif isinstance(w, QComboBox):
            if not nama.startswith("isian_") and not nama.startswith("anggotaBaru"):
                for i in range(w.count()):
                    tambah(f"item {i}", w.itemText(i))
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                tambah(f"tab {i}", w.tabText(i))
        elif isinstance(w, QProgressDialog):
            tambah("label", w.labelText())
        if isinstance(w, QMessageBox):
            tambah("informativeText", w.informativeText())
        if isinstance(w, QTableView | QTreeView) and w.model() is not None:
            model = w.model()
            for k in range(model.columnCount(QModelIndex())):
                tambah(f"header {k}", model.headerData(k, Qt.Orientation.Horizontal))
                tambah(f"header {k} tip", model.headerData(k, Qt.Orientation.Horizontal,
                                                           Qt.ItemDataRole.ToolTipRole))
        if isinstance(w, QTreeWidget):
            for k in range(w.columnCount()):
                tambah(f"header {k} tip", w.headerItem().toolTip(k))
        if isinstance(w, QMainWindow):
            for a in w.menuBar().actions():
                if a.menu() is not None:
                    tambah(f"menu {a.text()}", a.menu().title())
                    for tempat, teks in _aksi_menu(a.menu(), a.text()):
                        tambah(tempat, teks)
    return hasil


def periksa(akar: QWidget, kamus: Kamus) -> list[str]:
    """Every Indonesian text of ``akar`` as 'where: text [words]' (empty: all translated)."""
    return [f"{tempat}: {teks!r} {kata}" for tempat, teks in teks_widget(akar)
            if (kata := masalah(str(teks), kamus))]
