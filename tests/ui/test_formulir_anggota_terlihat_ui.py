"""On a 1366x768 laptop screen (1366x697 for the window) an operator opening a family sees
Simpan and the whole members' table and all its buttons (one row, "Jadikan kepala" included)
without scrolling, in both languages. Since status, kelayakan and alasan got rows of their
own (stop 20) the table's last row was under the form's edge; the "Alasan lainnya" row now
shows only for the reason "Lainnya" (or an old note), and with no findings the findings list
folds into its heading."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from kalbar_desktop.domain.status import AlasanTidakLayak, Kelayakan, StatusVerifikasi
from kalbar_desktop.ui import create_main_window
from tests.ui.form_terlihat import kotak, terlihat_utuh

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
def test_tabel_anggota_terlihat_tanpa_menggulir(qtbot, qapp, db_isi, pasang, folder_qm,
                                                bahasa_ui):
    pasang(bahasa_ui, folder_qm)
    w = create_main_window(db_isi, user="rina")
    qtbot.addWidget(w)
    w.tutup_tanpa_tanya = True
    w.resize(1366, 697)
    w.show()
    qtbot.waitExposed(w)
    idk = w.db.execute("SELECT k.id_keluarga FROM keluarga k WHERE NOT EXISTS (SELECT 1 FROM "
                       "temuan t WHERE t.id_keluarga = k.id_keluarga) ORDER BY 1").fetchone()[0]
    assert w.buka_keluarga(idk)
    qtbot.wait(50)
    form = w.form
    assert form.gulir.verticalScrollBar().value() == 0
    assert terlihat_utuh(form.anggota, form)
    # every member button, "Jadikan kepala" too: one row above the table (a head is changed
    # without scrolling), each visible with its objectName kept for outside checkers
    tombol = form.tombol_anggota.values()
    assert {t.objectName() for t in tombol} == {
        "addMemberButton", "anggotaMeninggalButton", "anggotaPindahKeluarButton",
        "anggotaMenikahKeluarButton", "anggotaAdaButton", "fixNikButton",
        "anggotaJadikanKepalaButton"}
    assert all(terlihat_utuh(t, form) for t in tombol)
    assert len({t.y() for t in tombol}) == 1
    assert max(kotak(t, form).right() for t in tombol) <= kotak(form.anggota, form).right()
    # the short labels keep their meaning in the tooltip
    assert all(t.toolTip() for t in tombol)
    assert form.findChild(QPushButton, "saveButton").isVisible()
    assert form.alasan_lainnya.isHidden() and form.temuan.isHidden()
    SHOTS.mkdir(exist_ok=True)
    assert w.grab().save(str(SHOTS / f"formulir_1366_{bahasa_ui}.png"))

    # the reason "Lainnya" brings its row back, to be typed in
    form.status_combo.atur_kode(StatusVerifikasi.DITEMUKAN)
    form.kelayakan_combo.atur_kode(Kelayakan.TIDAK_LAYAK)
    form.alasan_combo.atur_kode(AlasanTidakLayak.LAINNYA)
    qapp.processEvents()
    assert form.alasan_lainnya.isVisible() and form.alasan_lainnya.isEnabled()
    assert not form.alasan_lainnya.isReadOnly()
    form.alasan_combo.atur_kode(AlasanTidakLayak.MAMPU)
    qapp.processEvents()
    assert form.alasan_lainnya.isHidden()
    form.muat_ulang()
