"""The region tree gets back the height stop 20 gave the filters' names: each filter's name
stood on a row of its own above its choice (so that the choice had the panel's whole width),
four rows the tree lost at 1366x768 and at 800x600. The choices keep the whole width; their
"Semua ..." choice names the filter, and the name is each one's tooltip and accessible name."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from kalbar_desktop.ui import create_main_window

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
NAMA = {"id": ("Status", "Kelayakan", "Persetujuan", "Desil"),
        "en": ("Status", "Eligibility", "Approval", "Desil")}


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
@pytest.mark.parametrize(("ukuran", "paling_pendek"), [((1366, 697), 455), ((800, 600), 355)],
                         ids=["1366", "800"])
def test_pohon_wilayah_setinggi_sebelum_stop_20(qtbot, db_isi, pasang, folder_qm, bahasa_ui,
                                                ukuran, paling_pendek):
    pasang(bahasa_ui, folder_qm)
    w = create_main_window(db_isi, user="rina")
    qtbot.addWidget(w)
    w.tutup_tanpa_tanya = True
    w.resize(*ukuran)
    w.show()
    qtbot.waitExposed(w)
    qtbot.wait(20)
    # before: 404 px at 1366x697, 307 px at 800x600 (the four names above the choices)
    assert w.region_tree.height() >= paling_pendek
    p = w.panel_saring
    kotak = [p.status, p.kelayakan, p.persetujuan, p.desil]
    # one choice right under the other, no row between them
    for atas, bawah in pairwise(kotak):
        assert 0 <= bawah.geometry().top() - atas.geometry().bottom() <= 8
    # every choice names its filter: "Semua ..." in it, the name as tooltip and for a reader
    for k, nama in zip(kotak, NAMA[bahasa_ui], strict=True):
        assert k.currentIndex() == 0
        assert k.toolTip() == k.accessibleName() == nama
        assert p.width() - k.width() <= 20  # the panel's whole width
    SHOTS.mkdir(exist_ok=True)
    assert w.grab().save(str(SHOTS / f"pohon_{ukuran[0]}_{bahasa_ui}.png"))
