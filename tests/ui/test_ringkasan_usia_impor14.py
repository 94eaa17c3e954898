"""The import dialog's summary counts the members whose substantive values a newer release
changed apart from those whose age alone moved, in Indonesian and in English, and the report
saved from it gives both counts. Workbooks written by hand with openpyxl."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtWidgets import QLabel

from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui.impor_dialog import DialogImpor
from tests import masukan_luar as ml
from tests.ui.test_impor_dialog import _jendela, impor_di_dialog
from tests.unit.test_anggota_usia_impor14 import individu_2024


def _siapkan(db_path, tmp_path):
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, ml.pasangan_2023(tmp_path))
    (tmp_path / "2024").mkdir()
    return [ml.xlsx(tmp_path / "2024" / "individu.xlsx", ml.INDIVIDU_2023, individu_2024(),
                    lembar="Individu")]


def test_ringkasan_dialog_dan_laporan(qtbot, db_path, tmp_path):
    berkas = _siapkan(db_path, tmp_path)
    w = _jendela(qtbot, db_path)
    dialog = impor_di_dialog(qtbot, w, berkas)
    teks = " ".join(dialog.findChild(QLabel, "importSummary").text().split())
    assert "anggota baru 0, berubah 2, tidak ada lagi 0" in teks, teks
    assert ("Anggota yang hanya berubah usianya (Usia 2023, Kelompok Usia 2023 atau kolom Usia "
            "... Tahun), yang bergeser di setiap rilis P3KE: 3;") in teks, teks
    laporan = tmp_path / "laporan.xlsx"
    assert dialog.simpan_laporan(laporan) is not None
    wb = load_workbook(laporan, read_only=True)
    ringkasan = " ".join(str(wb["Ringkasan"]["A3"].value).split())
    assert "2 anggota berubah isinya menurut berkas yang diimpor" in ringkasan, ringkasan
    assert "3 anggota hanya berubah usianya" in ringkasan, ringkasan
    wb.close()
    w.close()


def test_ringkasan_berbahasa_inggris(qtbot, db_path, tmp_path, pasang, folder_qm):
    berkas = _siapkan(db_path, tmp_path)
    pasang("en", folder_qm)
    w = _jendela(qtbot, db_path)
    dialog = impor_di_dialog(qtbot, w, berkas)
    teks = " ".join(dialog.findChild(QLabel, "importSummary").text().split())
    assert ("Members whose only change is their age (Usia 2023, Kelompok Usia 2023 or the Usia "
            "... Tahun columns), which moves with every P3KE release: 3; not counted as "
            "changed, but their values are updated all the same.") in teks, teks
    assert "hanya berubah usianya" not in teks
    laporan = tmp_path / "report.xlsx"
    assert w.findChild(DialogImpor, "importDialog").simpan_laporan(laporan) is not None
    wb = load_workbook(laporan, read_only=True)
    ringkasan = " ".join(str(wb["Ringkasan"]["A3"].value).split())
    assert "2 members changed according to the imported files (name, NIK" in ringkasan
    assert "3 members changed in age only (Usia 2023" in ringkasan
    wb.close()
    w.close()
