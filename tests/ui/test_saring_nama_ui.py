"""A chosen filter shows its name in front of its value ("Kelayakan: Belum ditentukan") when
both fit the panel, at 1366 and 1093 pixels wide, in both languages. Before, the closed box
showed the value alone and the name was only in its tooltip: a user scanning the panel could
not tell which filter held "Belum ditentukan". A value that names its filter itself ("Desil 4
(Rentan miskin)", "Semua status") or is too long for both shows alone; the tooltip always
says both."""

from __future__ import annotations

from pathlib import Path

import pytest

from kalbar_desktop.domain import status as ds
from kalbar_desktop.storage.daftar import KOSONG, Saring
from kalbar_desktop.ui.isian import lebar_kotak
from kalbar_desktop.ui.saring import PanelSaring

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
NAMA = {"id": ("Kelayakan", "Belum ditentukan", "Status", "Persetujuan", "Diajukan"),
        "en": ("Eligibility", "Not decided", "Status", "Approval", "Submitted")}


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
@pytest.mark.parametrize("ukuran", [(1366, 697), (1093, 580)])
def test_saringan_terpilih_menyebut_namanya(qtbot, jendela_ukuran, pasang, folder_qm,
                                             bahasa_ui, ukuran):
    pasang(bahasa_ui, folder_qm)
    w = jendela_ukuran(*ukuran)
    panel = w.findChild(PanelSaring, "filterPanel")
    assert panel.isVisible()
    kelayakan, belum, status, persetujuan, diajukan = NAMA[bahasa_ui]
    # nothing chosen: "Semua ..." names the filter, the tooltip is the name
    assert panel.kelayakan.teks_tampil() == panel.kelayakan.currentText()
    assert panel.kelayakan.toolTip() == kelayakan
    panel.kelayakan.atur_kode(KOSONG)
    panel.persetujuan.atur_kode(ds.Persetujuan.DIAJUKAN.value)
    panel.desil.atur_kode("4")
    qtbot.wait(20)
    for kotak, nama, nilai in ((panel.kelayakan, kelayakan, belum),
                               (panel.persetujuan, persetujuan, diajukan)):
        assert kotak.teks_tampil() == f"{nama}: {nilai}"
        assert lebar_kotak(kotak, kotak.teks_tampil()) <= kotak.width()  # seen whole
        assert kotak.toolTip() == f"{nama}: {nilai}"
        assert kotak.accessibleName() == nama
    # "Desil 4 (...)" names its filter itself
    assert panel.desil.teks_tampil() == panel.desil.currentText()
    assert panel.desil.toolTip().endswith(panel.desil.currentText())
    # a value too long for both shows alone, the tooltip still says both
    panel.status.atur_kode(ds.StatusVerifikasi.MENINGGAL.value)
    nilai = panel.status.currentText()
    if lebar_kotak(panel.status, f"{status}: {nilai}") > panel.status.width():
        assert panel.status.teks_tampil() == nilai
    else:
        assert panel.status.teks_tampil() == f"{status}: {nilai}"
    assert panel.status.toolTip() == f"{status}: {nilai}"
    # the table holds what the filters say
    assert w.model.saring.kelayakan == KOSONG
    SHOTS.mkdir(exist_ok=True)
    assert w.grab().save(str(SHOTS / f"saring_nama_{ukuran[0]}_{bahasa_ui}.png"))
    panel.kosongkan()
    assert panel.kelayakan.teks_tampil() == panel.kelayakan.currentText()
    assert panel.kelayakan.toolTip() == kelayakan
    # a group clicked on the dashboard sets the filters the same way
    panel.tampilkan(Saring(kelayakan=KOSONG))
    assert panel.kelayakan.toolTip() == f"{kelayakan}: {belum}"
