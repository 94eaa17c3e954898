"""The findings list's fold (findingsToggle) is remembered on this computer, in the one settings
file, for every family and the next sessions: before, a list shown by the user folded again at
the next start (and one folded by the user came back on a tall window)."""

from __future__ import annotations

import json

from kalbar_desktop.settings import Pengaturan
from tests.ui.form_terlihat import terlihat_utuh


def _buka(w, qtbot, idk: str):
    assert w.buka_keluarga(idk)
    form = w.form
    qtbot.waitUntil(lambda: terlihat_utuh(form.anggota, form))
    qtbot.wait(50)
    return form


def _tersimpan() -> bool | None:
    return json.loads(Pengaturan.berkas().read_text(encoding="utf-8"))["temuan_dilipat"]


def test_lipatan_temuan_diingat(qtbot, jendela_ukuran, huruf_besar):
    lain = Pengaturan.muat()
    lain.nama_kantor = "Dinas Sosial Kota Pontianak"
    lain.simpan()
    w = jendela_ukuran(1093, 580)
    temuan = [r[0] for r in w.db.execute(
        "SELECT id_keluarga FROM temuan GROUP BY id_keluarga ORDER BY count(*) DESC, 1")]
    form = _buka(w, qtbot, temuan[0])
    # a short form with 11 pt folds the list by itself; the user shows it
    qtbot.waitUntil(lambda: form.tombol_temuan.isVisible() and not form.temuan.isVisible())
    form.tombol_temuan.click()
    qtbot.waitUntil(form.temuan.isVisible)
    assert _tersimpan() is False
    w.close()
    # the next session: shown, for this family and another one with findings
    w = jendela_ukuran(1093, 580)
    for idk in temuan[:2]:
        form = _buka(w, qtbot, idk)
        qtbot.waitUntil(form.temuan.isVisible)
        assert form.tombol_temuan.text() == "Sembunyikan"
    # folded by the user; the next session on a tall window (where the list shows by
    # itself) keeps it folded, its button there to show it
    form.tombol_temuan.click()
    qtbot.waitUntil(lambda: not form.temuan.isVisible())
    assert _tersimpan() is True
    w.close()
    w = jendela_ukuran(1366, 900)
    form = _buka(w, qtbot, temuan[0])
    assert not form.temuan.isVisible()
    assert form.tombol_temuan.isVisible() and form.tombol_temuan.text() == "Tampilkan"
    assert Pengaturan.muat().temuan_dilipat is True
    # other preferences in the file are kept
    assert Pengaturan.muat().nama_kantor == "Dinas Sosial Kota Pontianak"


def test_tanpa_pilihan_lipat_otomatis(qtbot, jendela_ukuran):
    """Never chosen: nothing is written, and the list folds only where the form is short."""
    w = jendela_ukuran(1366, 900)
    idk = w.db.execute("SELECT id_keluarga FROM temuan ORDER BY 1").fetchone()[0]
    form = _buka(w, qtbot, idk)
    assert form.temuan.isVisible() and not form.tombol_temuan.isVisible()
    assert Pengaturan.muat().temuan_dilipat is None
