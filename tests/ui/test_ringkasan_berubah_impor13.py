"""The import dialog's summary counts the families whose substantive values a newer release
changed apart from those where only Dimuktakhirkan Tahun / Persentil moved, in Indonesian and
in English, and the report saved from it lists the changed families on "Keluarga berubah".
Workbooks written by hand with openpyxl."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtWidgets import QLabel

from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui.impor_dialog import DialogImpor
from tests import masukan_luar as ml
from tests.ui.test_impor_dialog import _jendela, impor_di_dialog
from tests.unit.test_berubah_rilis_impor13 import _berkas_2024


def _siapkan(db_path, tmp_path):
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, ml.pasangan_2023(tmp_path))
    return list(_berkas_2024(tmp_path / "2024"))


def test_ringkasan_dialog_dan_laporan(qtbot, db_path, tmp_path):
    berkas = _siapkan(db_path, tmp_path)
    w = _jendela(qtbot, db_path)
    dialog = impor_di_dialog(qtbot, w, berkas)
    teks = " ".join(dialog.findChild(QLabel, "importSummary").text().split())
    assert "Keluarga baru 0, berubah 2, tidak ada lagi di berkas 0" in teks, teks
    assert ("Selain itu 1 keluarga hanya berubah Dimuktakhirkan Tahun atau Persentil, yang "
            "bergeser di setiap rilis P3KE: tidak dihitung sebagai berubah, tetapi nilainya "
            "tetap diperbarui.") in teks, teks
    laporan = tmp_path / "laporan.xlsx"
    assert dialog.simpan_laporan(laporan) is not None
    wb = load_workbook(laporan, read_only=True)
    assert [(b[0], b[4]) for b in wb["Keluarga berubah"].iter_rows(values_only=True,
                                                                  min_row=2)] == [
        ("0061720002", "Alamat"), ("0061720003", "Desil Kesejahteraan, Penerima PKH")]
    wb.close()
    w.close()


def test_ringkasan_berbahasa_inggris(qtbot, db_path, tmp_path, pasang, folder_qm):
    berkas = _siapkan(db_path, tmp_path)
    pasang("en", folder_qm)
    w = _jendela(qtbot, db_path)
    dialog = impor_di_dialog(qtbot, w, berkas)
    teks = " ".join(dialog.findChild(QLabel, "importSummary").text().split())
    assert ("1 more family changed only Dimuktakhirkan Tahun or Persentil, which move with "
            "every P3KE release: not counted as changed, but its values are updated all the "
            "same.") in teks, teks
    assert "Selain itu" not in teks
    laporan = tmp_path / "report.xlsx"
    assert w.findChild(DialogImpor, "importDialog").simpan_laporan(laporan) is not None
    wb = load_workbook(laporan, read_only=True)
    ringkasan = " ".join(str(wb["Ringkasan"]["A3"].value).split())
    assert "2 families changed their contents according to the imported files" in ringkasan
    assert next(wb["Keluarga berubah"].iter_rows(values_only=True, max_row=1))[4] == \
        "Columns changed"
    wb.close()
    w.close()
