"""The import dialog says which families got a new head from an Individu file (Indonesian and
English), and the findings report saved from it lists them on the sheet "Kepala baru". Files
written with openpyxl and the csv module."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtWidgets import QLabel

from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui.impor_dialog import DialogImpor
from tests.ui.test_impor_dialog import _foto, _impor_lewat_dialog, _jendela, impor_di_dialog
from tests.unit.test_impor_kepala_baru import _individu, _kepala, _siti_kepala


def _siapkan(db_path, tmp_path):
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, [_kepala(tmp_path, "kepala"), _individu(tmp_path, "individu")])
    return _individu(tmp_path, "individu2", _siti_kepala())


def test_ringkasan_dan_laporan_menyebut_kepala_baru(qtbot, db_path, tmp_path):
    berkas = _siapkan(db_path, tmp_path)
    w = _jendela(qtbot, db_path)
    teks = " ".join(_impor_lewat_dialog(qtbot, w, [berkas]).split())
    assert ("1 keluarga berganti Kepala Keluarga menurut berkas ini (mis. ID Keluarga "
            "0061720001: Ahmad Yani menjadi Siti Aminah)") in teks, teks
    dialog = w.findChild(DialogImpor, "importDialog")
    _foto(qtbot, dialog, "impor_kepala_baru.png")
    laporan = tmp_path / "laporan.xlsx"
    dialog.simpan_laporan(laporan)
    wb = load_workbook(laporan, read_only=True)
    assert [b[:3] for b in wb["Kepala baru"].iter_rows(values_only=True, min_row=2)] == [
        ("0061720001", "Ahmad Yani", "Siti Aminah")]
    wb.close()
    w.close()


def test_ringkasan_kepala_baru_berbahasa_inggris(qtbot, db_path, tmp_path, pasang, folder_qm):
    berkas = _siapkan(db_path, tmp_path)
    pasang("en", folder_qm)
    w = _jendela(qtbot, db_path)
    dialog = impor_di_dialog(qtbot, w, [berkas])
    teks = " ".join(dialog.findChild(QLabel, "importSummary").text().split())
    assert ("1 family has a new head of family according to this file (e.g. ID Keluarga "
            "0061720001: Ahmad Yani became Siti Aminah)") in teks, teks
    assert "berganti" not in teks
    _foto(qtbot, dialog, "impor_kepala_baru_en.png")
    w.close()
