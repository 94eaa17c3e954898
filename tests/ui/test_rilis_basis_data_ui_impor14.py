"""The import dialog's preview warns when a file is older than the newest P3KE release in the
database although none of its families is stored yet (a kecamatan imported for the first
time), says which release, keeps the import allowed; in Indonesian and in English. Files
written by hand with openpyxl (``tests/masukan_luar``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import db as sdb
from tests import masukan_luar as ml
from tests.ui.test_impor_dialog import _jendela
from tests.ui.test_impor_rilis_lama_ui import _buka_dialog_apa_pun
from tests.unit.test_rilis_basis_data_impor14 import berkas_2022_kecamatan_baru


def _siapkan(db_path, tmp_path) -> list:
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, ml.pasangan_2023(tmp_path))
    return berkas_2022_kecamatan_baru(tmp_path / "2022")


def _pratinjau(qtbot, w, berkas):
    dialog = _buka_dialog_apa_pun(qtbot, w)
    with qtbot.waitSignal(dialog.pratinjau_siap, timeout=20000):
        dialog.tambah_berkas(berkas)
    return dialog


def test_pratinjau_dan_impor(qtbot, db_path, tmp_path):
    berkas = _siapkan(db_path, tmp_path)
    w = _jendela(qtbot, db_path)
    dialog = _pratinjau(qtbot, w, berkas)
    info = " ".join(dialog.info_lembar.text().split())
    assert ("dari rilis P3KE 2022 (tata letak P3KE 2022, tanpa kolom Dimuktakhirkan Tahun), "
            "lebih lama daripada rilis 2023, rilis terbaru yang sudah ada di basis data (mis. "
            "berkas individu.xlsx).") in info, info
    assert "Impor tetap bisa dilakukan; bila keliru, pilih berkas rilis 2023." in info
    tombol = dialog.findChild(QPushButton, "importStartButton")
    assert tombol.isEnabled()  # a warning, not a refusal
    with qtbot.waitSignal(dialog.impor_selesai, timeout=60000):
        qtbot.mouseClick(tombol, Qt.MouseButton.LeftButton)
    assert "Keluarga baru 3" in " ".join(
        dialog.findChild(QLabel, "importSummary").text().split())
    w.close()


def test_pratinjau_inggris(qtbot, db_path, tmp_path, pasang, folder_qm):
    berkas = _siapkan(db_path, tmp_path)
    pasang("en", folder_qm)
    w = _jendela(qtbot, db_path)
    w.tutup_tanpa_tanya = True
    info = " ".join(_pratinjau(qtbot, w, berkas).info_lembar.text().split())
    assert ("File keluarga_2022.xlsx is of P3KE release 2022 (P3KE 2022 layout, without a "
            "Dimuktakhirkan Tahun column), older than release 2023, the newest release already "
            "in the database (e.g. file individu.xlsx). The families of this file are not "
            "stored from a newer release yet") in info, info
    assert "rilis terbaru" not in info
    w.close()
