"""The main window with a larger font (11 pt, Windows "Make text bigger") on a 1366x768 screen
at 125 % (1093x580 logical), and at 800x600, both languages. Before, the household table
scrolled sideways at 11 pt (Persetujuan cut, Temuan out of view), and the key hint under the
table ended in "..." at 800 px in English ("PgUp/PgDn: previ..."). Now the names and villages
give up width (about eight characters; whole in their tooltip, the header's title too) and
Desil gives way, so the columns a verifier works by are seen whole; the hint leaves out whole
parts instead."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.layar_kecil import kolom_terlihat

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
DIPAKAI = ("id_keluarga", "nama_kepala", "nik_kepala", "desa", "status_verifikasi",
           "persetujuan", "jumlah_temuan")
"""Columns a verifier works by: kept whole at 11 pt on 1093 pixels."""


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
def test_tabel_tanpa_geser_samping(qtbot, jendela_ukuran, pasang, folder_qm, huruf_besar,
                                   bahasa_ui):
    pasang(bahasa_ui, folder_qm)
    w = jendela_ukuran(1093, 580)
    qtbot.waitUntil(lambda: w.table.horizontalScrollBar().maximum() == 0)
    terlihat = kolom_terlihat(w)
    assert [k for k in DIPAKAI if not terlihat[k]] == []
    assert w.pemisah.sizes()[0] > 0  # beside the region tree and the filters
    kolom = w.model.KOLOM
    assert w.table.isColumnHidden(kolom.index("kelayakan"))
    assert w.table.isColumnHidden(kolom.index("desil"))  # gave way: filter and form keep it
    # the names give up width but still show about eight characters, whole in the tooltip
    fm = w.table.fontMetrics()
    nama = w.table.columnWidth(kolom.index("nama_kepala"))
    assert nama >= 8 * fm.averageCharWidth()
    assert nama < w._lebar_kolom["nama_kepala"]
    kepala = w.table.horizontalHeader()
    for i in range(len(kolom)):
        judul = w.model.headerData(i, Qt.Orientation.Horizontal)
        assert w.model.headerData(i, Qt.Orientation.Horizontal,
                                  Qt.ItemDataRole.ToolTipRole) == judul
    assert kepala.sectionSize(kolom.index("desa")) >= 8 * fm.averageCharWidth()
    SHOTS.mkdir(exist_ok=True)
    assert w.grab().save(str(SHOTS / f"jendela_1093_11pt_{bahasa_ui}.png"))
    # the column menu still lists Desil as chosen; a wider window brings it back
    w.resize(1366, 697)
    qtbot.waitUntil(lambda: not w.table.isColumnHidden(kolom.index("desil"))
                    and w.table.columnWidth(kolom.index("nama_kepala"))
                    == w._lebar_kolom["nama_kepala"])


def _tampil(label) -> str:
    return QLabel.text(label)


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
@pytest.mark.parametrize("ukuran", [(800, 600), (1093, 580)])
def test_petunjuk_singkat_tanpa_terpotong(qtbot, jendela_ukuran, pasang, folder_qm, bahasa_ui,
                                          ukuran):
    pasang(bahasa_ui, folder_qm)
    w = jendela_ukuran(*ukuran)
    hint = w.petunjuk_singkat
    qtbot.waitUntil(hint.isVisible)
    pilihan = hint.pilihan()
    assert len(pilihan) == 4 and pilihan[0].startswith("Enter: ")
    fm = hint.fontMetrics()
    ruang = hint.contentsRect().width()
    # the longest text that fits, whole parts only: never cut with "..."
    harap = next(t for t in pilihan if fm.horizontalAdvance(t) <= ruang)
    assert _tampil(hint) == harap
    assert "\u2026" not in _tampil(hint) and "..." not in _tampil(hint)
    assert hint.geometry().left() > w.label_tampil.geometry().right()
    assert hint.toolTip() == w._teks_petunjuk  # the whole hint
    if ukuran[0] == 800:  # part of it left out there, at least the families' words
        assert _tampil(hint) != pilihan[0]
    assert w.grab().save(str(SHOTS / f"petunjuk_{ukuran[0]}_{bahasa_ui}.png"))
