"""On a 1366x768 laptop screen (1366x697 for the window) the member buttons stay above the
form's lower edge for every family: one with findings (the findings list under the form took
three lines whatever it held) and one with many members (the table grew to nine rows). Before,
only a family without findings and with at most 7 members had its buttons in view (the
guide's screenshot showed a family with one finding and no buttons). The findings list is now
as high as its lines (up to about three), and the members' table shows fewer rows (at least
two; it scrolls) when the buttons would fall below the edge."""

from __future__ import annotations

from pathlib import Path

import pytest

from kalbar_desktop.ui import create_main_window
from tests.ui.form_terlihat import terlihat_utuh

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def _periksa(w, qtbot, idk: str) -> None:
    assert w.buka_keluarga(idk)
    qtbot.wait(80)
    form = w.form
    assert form.gulir.verticalScrollBar().value() == 0
    tombol = list(form.tombol_anggota.values())
    assert all(terlihat_utuh(t, form) for t in tombol), idk
    assert form.anggota.height() >= 2 * 22  # at least two member rows are seen
    if form.temuan.count() == 1 and form.temuan.isVisible():  # one finding read whole
        baris = form.temuan.visualItemRect(form.temuan.item(0))
        assert baris.bottom() <= form.temuan.viewport().height()


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
def test_tombol_anggota_terlihat_dengan_temuan_dan_banyak_anggota(qtbot, db_isi, pasang,
                                                                   folder_qm, bahasa_ui):
    pasang(bahasa_ui, folder_qm)
    w = create_main_window(db_isi, user="rina")
    qtbot.addWidget(w)
    w.tutup_tanpa_tanya = True
    w.resize(1366, 697)
    w.show()
    qtbot.waitExposed(w)
    satu_temuan = w.db.execute("SELECT id_keluarga FROM temuan GROUP BY id_keluarga "
                               "HAVING count(*) = 1 ORDER BY 1").fetchone()[0]
    banyak_temuan = w.db.execute("SELECT id_keluarga FROM temuan GROUP BY id_keluarga "
                                 "ORDER BY count(*) DESC, 1").fetchone()[0]
    banyak_anggota = w.db.execute("SELECT id_keluarga FROM anggota GROUP BY id_keluarga "
                                  "ORDER BY count(*) DESC, 1").fetchone()[0]
    for idk in (satu_temuan, banyak_anggota, banyak_temuan, satu_temuan):
        _periksa(w, qtbot, idk)
    assert w.form.temuan.isVisible()
    SHOTS.mkdir(exist_ok=True)
    assert w.grab().save(str(SHOTS / f"formulir_temuan_1366_{bahasa_ui}.png"))
    # a taller window gives the table its rows back
    w.resize(1366, 1000)
    qtbot.wait(80)
    _periksa(w, qtbot, banyak_anggota)
    n = w.form.anggota_model.rowCount()
    assert w.form.anggota.height() >= 22 * min(n, 9)
    w.form.muat_ulang()
