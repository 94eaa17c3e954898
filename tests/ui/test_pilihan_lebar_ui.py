"""Code-list choices whose English labels are longer than their box: the list that drops down
shows every choice whole in both languages (Windows' own style keeps it as narrow as the
closed box; the Fusion style used here would widen it by itself, so the lists are opened in
the Windows style), the form's status verifikasi, kelayakan and alasan ask for their longest
label's width, and the form and the filters still fit beside the table and the region tree
on a 1366x768 laptop screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QStyleFactory

from kalbar_desktop.ui import create_main_window
from kalbar_desktop.ui.dialog_verifikasi import DialogAnggotaBaru
from kalbar_desktop.ui.isian import KotakPilihan, lebar_kotak

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def _terpanjang(k: QComboBox) -> str:
    return max((k.itemText(i) for i in range(k.count())),
               key=k.view().fontMetrics().horizontalAdvance)


def _daftar_utuh(qapp, k: QComboBox) -> None:
    """``k``'s list, opened in the Windows style, shows its longest choice whole."""
    k.setStyle(QStyleFactory.create("Windows"))
    k.setEnabled(True)
    k.showPopup()
    qapp.processEvents()
    try:
        teks = _terpanjang(k)
        assert k.view().width() > k.view().fontMetrics().horizontalAdvance(teks) + 8, (
            k.objectName(), teks)
    finally:
        k.hidePopup()


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
def test_form_dan_saring_pada_layar_1366(qtbot, qapp, db_isi, pasang, folder_qm, bahasa_ui):
    pasang(bahasa_ui, folder_qm)
    w = create_main_window(db_isi, user="rina")
    qtbot.addWidget(w)
    w.tutup_tanpa_tanya = True
    w.resize(1366, 740)
    w.show()
    qtbot.waitExposed(w)
    idk = w.db.execute("SELECT id_keluarga FROM keluarga ORDER BY 1 LIMIT 1").fetchone()[0]
    assert w.buka_keluarga(idk)
    form = w.form
    form.kelayakan_combo.setCurrentIndex(form.kelayakan_combo.findData("LAYAK_INTERVENSI"))
    qapp.processEvents()
    SHOTS.mkdir(exist_ok=True)
    w.grab().save(str(SHOTS / f"pilihan_lebar_form_{bahasa_ui}.png"))
    # the tree, the table and the form fit side by side: nothing folded away
    kiri, tengah, kanan = w.pemisah.sizes()
    assert kiri > 0 and tengah > 0 and kiri + tengah + kanan <= 1366
    assert form.width() <= w.LEBAR_FORM
    # the three verification choices ask for their longest label (shown whole when the form
    # has room); their least width stays small, so the form is not made wider for them
    for k in (form.status_combo, form.kelayakan_combo, form.alasan_combo):
        assert k.sizeHint().width() >= lebar_kotak(k, _terpanjang(k)), k.objectName()
        assert k.minimumSizeHint().width() < lebar_kotak(k, _terpanjang(k)) or (
            bahasa_ui == "id" and k is form.alasan_combo)
        # on a row of its own, as wide as its longest label (tests/ui/test_pilihan_utuh_ui.py)
        assert k.width() >= min(140, lebar_kotak(k, _terpanjang(k)))
    # every choice of the form and of the filters drops down whole
    kotak = [k for k in w.findChildren(KotakPilihan) if k.count() > 1]
    assert {"statusFilter", "kelayakanFilter", "desilFilter", "alasanCombo",
            "isian_status_pekerjaan", "isian_jenis_lantai"} <= {k.objectName() for k in kotak}
    for k in kotak:
        teks = _terpanjang(k)
        assert k.view().minimumWidth() >= k.view().fontMetrics().horizontalAdvance(teks), (
            k.objectName(), teks)
    for nama in ("alasanCombo", "kelayakanFilter", "desilFilter", "isian_status_pekerjaan"):
        _daftar_utuh(qapp, w.findChild(QComboBox, nama))
    w.close()


def test_daftar_melebar_untuk_nilai_di_luar_daftar(qtbot, qapp):
    """A stored value outside the list is added to it (marked): the list widens for it."""
    k = KotakPilihan([("A", "Satu"), ("B", "Dua")])
    qtbot.addWidget(k)
    sebelum = k.view().minimumWidth()
    k.atur_kode("Berusaha dibantu Buruh Tidak Tetap/Buruh Tidak Dibayar lama")
    assert k.view().minimumWidth() > sebelum
    _daftar_utuh(qapp, k)


def test_hubungan_anggota_baru_inggris(qtbot, qapp, pasang, folder_qm):
    pasang("en", folder_qm)
    d = DialogAnggotaBaru()
    qtbot.addWidget(d)
    kotak = d.findChildren(KotakPilihan)
    assert d.findChild(QComboBox, "anggotaBaruHubungan") in kotak and len(kotak) >= 5
    for k in kotak:  # hubungan, jenis kelamin, status kawin, pendidikan, pekerjaan
        _daftar_utuh(qapp, k)
