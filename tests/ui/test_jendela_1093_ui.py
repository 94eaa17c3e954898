"""The main window on a 1366x768 screen at 125 % (1093x580 logical), in both languages, with
no family open and with one open: the region tree, the filter panel, the search box, the table
and the status bar each inside the window and none over another; the table's headers whole;
the filters inside their panel. Before, beside an open form "Verification status" was cut:
the header draws the sections of the selected row in bold, and the column was as wide as the
header's text in the regular font."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStatusBar, QWidget

from kalbar_desktop.ui.kolom_tabel import fm_judul, ruang_judul
from kalbar_desktop.ui.saring import PanelSaring

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def _rect(widget: QWidget, ke: QWidget):
    return widget.rect().translated(widget.mapTo(ke, widget.rect().topLeft()))


def _judul_terpotong(w) -> dict[str, tuple[int, int]]:
    kepala = w.table.horizontalHeader()
    fm = fm_judul(kepala)
    terpotong = {}
    for i in range(kepala.count()):
        if kepala.isSectionHidden(i):
            continue
        judul = w.model.headerData(i, Qt.Orientation.Horizontal)
        if fm.horizontalAdvance(judul) > ruang_judul(kepala, i):
            terpotong[judul] = (fm.horizontalAdvance(judul), ruang_judul(kepala, i))
    return terpotong


def _tidak_bertumpuk(w, bagian: list[QWidget]) -> None:
    kotak = [(b.objectName() or type(b).__name__, _rect(b, w)) for b in bagian if b.isVisible()]
    for nama, r in kotak:
        assert w.rect().contains(r), nama
    for i, (nama, r) in enumerate(kotak):
        for nama2, r2 in kotak[i + 1:]:
            assert not r.intersects(r2), (nama, nama2)


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
def test_jendela_utama_1093x580(qtbot, jendela_ukuran, pasang, folder_qm, bahasa_ui):
    pasang(bahasa_ui, folder_qm)
    w = jendela_ukuran(1093, 580)
    status = w.findChild(QStatusBar)
    panel = w.findChild(PanelSaring, "filterPanel")
    pohon = w.findChild(QWidget, "regionTree")
    cari = w.findChild(QWidget, "searchBox")
    bagian = [pohon, panel, cari, w.table, status]
    assert all(bagian)
    # no family open: the tree and the filters beside the table, every column header whole
    w.table.selectRow(0)
    qtbot.wait(50)
    assert pohon.isVisible() and panel.isVisible()
    _tidak_bertumpuk(w, bagian)
    for kotak in (panel.status, panel.kelayakan, panel.persetujuan, panel.desil, panel.temuan):
        assert _rect(panel, w).contains(_rect(kotak, w)), kotak.objectName()
    assert _judul_terpotong(w) == {}
    assert w.table.horizontalScrollBar().maximum() == 0
    SHOTS.mkdir(exist_ok=True)
    assert w.grab().save(str(SHOTS / f"jendela_1093_{bahasa_ui}.png"))
    # a family open: the form beside the table, the headers of the selected row (drawn bold)
    # still whole
    idk = w.db.execute("SELECT id_keluarga FROM temuan ORDER BY 1").fetchone()[0]
    assert w.buka_keluarga(idk)
    qtbot.wait(80)
    _tidak_bertumpuk(w, [w.table, w.form, cari, status])
    assert _judul_terpotong(w) == {}
    assert w.table.horizontalScrollBar().maximum() == 0
    assert w.grab().save(str(SHOTS / f"jendela_1093_formulir_{bahasa_ui}.png"))
