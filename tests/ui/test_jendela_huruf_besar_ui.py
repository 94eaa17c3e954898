"""The main window with a larger font (11 pt, Windows "Make text bigger") on a 1366x768 screen
at 125 % (1093x580 logical), and at 800x600, both languages. Before, the household table
scrolled sideways at 11 pt (Persetujuan cut, Temuan out of view), and the key hint under the
table ended in "..." at 800 px in English ("PgUp/PgDn: previ..."). Now the names and villages
give up width (about eight characters; whole in their tooltip, the header's title too) and
Desil gives way, so the columns a verifier works by are seen whole; the hint leaves out whole
parts instead. Desil, what the province targets, stays: its title shortens to "D" (whole in
the tooltip and the column menu) and the region tree narrows first; at 1024 pixels the NIK
column gives way before it (the search box finds a NIK)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from tests.ui.layar_kecil import kolom_terlihat

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
DIPAKAI = ("id_keluarga", "nama_kepala", "nik_kepala", "desil", "desa", "status_verifikasi",
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
    # Desil stays, under a short title; the tree and the names gave way before it
    desil = kolom.index("desil")
    assert w.model.headerData(desil, Qt.Orientation.Horizontal) == "D"
    judul_desil = {"id": "Desil", "en": "Desil"}[bahasa_ui]
    assert w.model.headerData(desil, Qt.Orientation.Horizontal,
                              Qt.ItemDataRole.ToolTipRole) == judul_desil
    assert w.table.columnWidth(desil) >= w.table.fontMetrics().horizontalAdvance("10") + 8
    assert w.pemisah.sizes()[0] >= w.pemisah.widget(0).minimumSizeHint().width()
    w.menu_kolom.aboutToShow.emit()
    assert w.findChild(QAction, "aksiKolom_desil").text() == judul_desil
    # the names give up width but still show about eight characters, whole in the tooltip
    fm = w.table.fontMetrics()
    nama = w.table.columnWidth(kolom.index("nama_kepala"))
    assert nama >= 8 * fm.averageCharWidth()
    assert nama < w._lebar_kolom["nama_kepala"]
    kepala = w.table.horizontalHeader()
    for i in range(len(kolom)):
        if i == desil:
            continue
        judul = w.model.headerData(i, Qt.Orientation.Horizontal)
        assert w.model.headerData(i, Qt.Orientation.Horizontal,
                                  Qt.ItemDataRole.ToolTipRole) == judul
    assert kepala.sectionSize(kolom.index("desa")) >= 8 * fm.averageCharWidth()
    SHOTS.mkdir(exist_ok=True)
    assert w.grab().save(str(SHOTS / f"jendela_1093_11pt_{bahasa_ui}.png"))
    # a wider window gives the names and Desil's title back
    w.resize(1366, 697)
    qtbot.waitUntil(lambda: w.model.headerData(desil, Qt.Orientation.Horizontal) == judul_desil
                    and w.table.columnWidth(kolom.index("nama_kepala"))
                    == w._lebar_kolom["nama_kepala"])


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
@pytest.mark.parametrize("ukuran", [(1024, 580), (800, 600)])
@pytest.mark.parametrize("besar", [False, True])
def test_tabel_sempit_tanpa_geser_samping_desil_tetap(qtbot, qapp, jendela_ukuran, pasang,
                                                      folder_qm, bahasa_ui, ukuran, besar):
    """At 1024 and 800 pixels (11 pt too) the table fits without a sideways scroll bar: NIK,
    then Desa and Persetujuan give way; ID, name, Desil, status and findings stay whole."""
    asal = qapp.font()
    if besar:
        huruf = qapp.font()
        huruf.setPointSizeF(11)
        qapp.setFont(huruf)
    try:
        pasang(bahasa_ui, folder_qm)
        w = jendela_ukuran(*ukuran)
        qtbot.waitUntil(lambda: w.table.horizontalScrollBar().maximum() == 0)
        terlihat = kolom_terlihat(w)
        tetap = ("id_keluarga", "nama_kepala", "desil", "status_verifikasi", "jumlah_temuan")
        assert [k for k in tetap if not terlihat[k]] == []
        assert w.pemisah.sizes()[0] > 0  # beside the region tree and the filters
        kolom = w.model.KOLOM
        if ukuran[0] == 800:  # the NIK gave way (the search box finds it)
            assert w.table.isColumnHidden(kolom.index("nik_kepala"))
        tampil = [k for k in kolom if not w.table.isColumnHidden(kolom.index(k))]
        assert all(terlihat[k] for k in tampil), terlihat
        assert w.grab().save(str(SHOTS / f"jendela_{ukuran[0]}_{int(besar)}_{bahasa_ui}.png"))
    finally:
        qapp.setFont(asal)


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
    assert w.grab().save(str(SHOTS / f"petunjuk_{ukuran[0]}_{bahasa_ui}.png"))


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
@pytest.mark.parametrize("lebar", [1093, 1024])
def test_jendela_dengan_formulir_muat_di_layar(qtbot, jendela_ukuran, pasang, folder_qm,
                                               huruf_besar, bahasa_ui, lebar):
    """A family's form open at 11 pt: the window stays as wide as the screen. Qt counted the
    least width of the region tree folded away beside the form, and the window grew to 1095
    pixels (its right edge, the form's Close button, off a 1093-pixel screen)."""
    pasang(bahasa_ui, folder_qm)
    w = jendela_ukuran(lebar, 580)
    idk = w.db.execute("SELECT id_keluarga FROM temuan ORDER BY 1").fetchone()[0]
    assert w.buka_keluarga(idk)
    qtbot.waitUntil(lambda: w.form.isVisible() and w.pemisah.sizes()[0] == 0)
    qtbot.wait(50)  # the layout request that used to widen the window
    assert w.width() == lebar
    assert w.minimumSizeHint().width() <= lebar
    form = w.form
    kanan = form.mapTo(w, form.rect().topRight()).x()
    assert kanan < lebar
    tutup = form.tombol_tutup
    assert w.rect().contains(tutup.rect().translated(tutup.mapTo(w, tutup.rect().topLeft())))
    assert w.grab().save(str(SHOTS / f"formulir_{lebar}_11pt_{bahasa_ui}.png"))
    # closed, the region tree comes back
    assert w.tutup_form()
    qtbot.waitUntil(lambda: w.pemisah.sizes()[0] > 0)
    assert w.width() == lebar
