"""A laptop's first usulan in a desa has the ID of the office's first usulan there
(``UB-6172011001-0001``) but is another family: Laporan > Impor ulang workbook hasil koreksi at
the office lists its row and its members' rows in ``reimportProblems`` and applies the rest;
the office's family stays as it was. In the English window the problem reads in English."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableView, QWidget

from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.ui.test_terima_impor_ulang_ui import _pratinjau_di_jendela
from tests.unit.test_dua_laptop import _ekspor
from tests.unit.test_usulan_bentrok_impor_ulang import (
    K1,
    PESAN_LAIN,
    UB,
    _dua_usulan_berbeda,
    _isi_keluarga,
)

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def _masalah(d) -> list[tuple]:
    model = d.findChild(QTableView, "reimportProblems").model()
    return [(*(model.index(r, c).data() for c in range(4)),
             model.index(r, 3).data(Qt.ItemDataRole.ToolTipRole))
            for r in range(model.rowCount())]


def test_usulan_laptop_keluarga_lain_lewat_jendela_impor_ulang(qtbot, tmp_path):
    kantor, laptop = _dua_usulan_berbeda(tmp_path)
    buku = _ekspor(laptop, "laptop_a")
    sebelum = _isi_keluarga(kantor, UB)

    d = _pratinjau_di_jendela(qtbot, kantor, buku)
    masalah = _masalah(d)
    assert [m[1] for m in masalah] == [UB] * 3
    keluarga, *anggota = masalah
    assert not keluarga[0].startswith("A ") and keluarga[2].endswith("(Nama Kepala Keluarga)")
    assert keluarga[3].startswith(PESAN_LAIN) and "'Siti Aminah'" in keluarga[3]
    assert all(a[0].startswith("A ") and f"(baris {keluarga[0]})" in a[3] for a in anggota)
    model = d.findChild(QTableView, "reimportPreview").model()
    assert {model.index(r, 1).data() for r in range(model.rowCount())} == {K1}
    assert "3 baris bermasalah" in d.findChild(QWidget, "reimportRingkasan").text()
    SHOTS.mkdir(exist_ok=True)
    d.resize(1150, 640)
    d.grab().save(str(SHOTS / "impor_ulang_usulan_bentrok.png"))

    terapkan = d.findChild(QPushButton, "reimportTerapkan")
    assert terapkan.isEnabled()
    terapkan.click()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=30000)
    assert d.findChild(QWidget, "reimportStatus").text().startswith(
        "1 keluarga diperbarui dari workbook")
    assert _isi_keluarga(kantor, UB) == sebelum
    with sdb.terbuka(kantor) as db:
        assert sv.muat(db, K1).verifikasi.catatan == "dikunjungi laptop"
    d.reject()


def test_usulan_laptop_keluarga_lain_berbahasa_inggris(qtbot, tmp_path, pasang, folder_qm):
    kantor, laptop = _dua_usulan_berbeda(tmp_path)
    pasang("en", folder_qm)
    d = _pratinjau_di_jendela(qtbot, kantor, _ekspor(laptop, "laptop_a"))
    keluarga, *anggota = _masalah(d)
    assert keluarga[3] == "ID Keluarga belongs to another family in this database"
    assert "The proposed new family (usulan baru) in this workbook has the same ID Keluarga as " \
        "another family in this database: head of family in the workbook 'Siti Aminah' " \
        "(village 6172011001), in the database 'Usman' (village 6172011001)" in keluarga[4]
    assert all("is another proposal from a laptop" in a[4] for a in anggota)
    d.grab().save(str(SHOTS / "impor_ulang_usulan_bentrok_en.png"))
    d.reject()
