"""The import dialog names the cells holding an Excel error (a workbook written by openpyxl,
``t="e"`` cells) in Indonesian and in English, and the findings report lists SEL_GALAT_EXCEL."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtWidgets import QLabel

from kalbar_desktop.ui.impor_dialog import DialogImpor
from tests import masukan_luar as ml
from tests.ui.test_impor_dialog import _foto, _impor_lewat_dialog, _jendela, impor_di_dialog
from tests.unit.test_impor_galat_excel import _ubah


def _berkas(tmp_path):
    kepala, individu = ml.pasangan_2023(tmp_path)
    _ubah(individu, {(3, "NIK"): "#N/A", (4, "Pekerjaan"): "#REF!"}, ml.INDIVIDU_2023)
    return [kepala, individu]


def test_ringkasan_dan_laporan_menyebut_sel_galat(qtbot, db_path, tmp_path):
    w = _jendela(qtbot, db_path)
    teks = " ".join(_impor_lewat_dialog(qtbot, w, _berkas(tmp_path)).split())
    assert ("2 sel berisi galat Excel seperti #N/A (berkas individu.xlsx, lembar 'Individu', "
            "sel J3, P4): nilai aslinya tidak ada di berkas; perbaiki rumusnya di Excel atau "
            "minta berkas yang bersih, lalu impor lagi.") in teks, teks
    dialog = w.findChild(DialogImpor, "importDialog")
    _foto(qtbot, dialog, "impor_sel_galat.png")
    laporan = tmp_path / "laporan.xlsx"
    dialog.simpan_laporan(laporan)
    wb = load_workbook(laporan, read_only=True)
    baris = [r for r in wb["Temuan"].iter_rows(values_only=True) if "SEL_GALAT_EXCEL" in r]
    assert len(baris) == 2, baris
    wb.close()
    w.close()


def test_ringkasan_sel_galat_berbahasa_inggris(qtbot, db_path, tmp_path, pasang, folder_qm):
    pasang("en", folder_qm)
    w = _jendela(qtbot, db_path)
    dialog = impor_di_dialog(qtbot, w, _berkas(tmp_path))
    teks = " ".join(dialog.findChild(QLabel, "importSummary").text().split())
    assert ("2 cells hold an Excel error such as #N/A (file individu.xlsx, sheet 'Individu', "
            "cells J3, P4): their real values are not in the file") in teks, teks
    assert "sel berisi galat" not in teks
    _foto(qtbot, dialog, "impor_sel_galat_en.png")
    w.close()
