"""The import dialog on a small desa file whose every birth date reads two ways (task terima3):
the preview and the summary say the NIKs decided month first, driven by objectName."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from tests import masukan_luar as ml
from tests.ui.test_impor_dialog import _buka_dialog, _foto, _jendela
from tests.unit.test_tanggal_nik_terima3 import _amerika, _baris, _orang


def test_tanggal_dua_cara_diputuskan_nik_di_pratinjau_dan_ringkasan(qtbot, db_path, tmp_path):
    path = ml.xlsx(tmp_path / "desa.xlsx", ml.INDIVIDU_2023, _baris(_orang(), _amerika),
                   lembar="Individu")
    w = _jendela(qtbot, db_path)
    dialog = _buka_dialog(qtbot, w)
    with qtbot.waitSignal(dialog.pratinjau_siap, timeout=20000):
        dialog.tambah_berkas([path])
    info = dialog.info_lembar.text()
    assert "NIK menunjukkan bulan dulu seperti di Amerika" in info
    assert "Pratinjau membaca semua 20 baris data lembar ini" in " ".join(info.split())
    assert "4/1/1950 akan dibaca 1 April 1950" in info
    _foto(qtbot, dialog, "impor_tanggal_nik_pratinjau.png")
    with qtbot.waitSignal(dialog.impor_selesai, timeout=60000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "importStartButton"),
                         Qt.MouseButton.LeftButton)
    teks = dialog.findChild(QLabel, "importSummary").text()
    assert ("Semua tanggal di kolom K (Tanggal Lahir), berkas desa.xlsx, lembar 'Individu' bisa "
            "dibaca dua cara, dan NIK menunjukkan bulan dulu seperti di Amerika (20 NIK cocok "
            "bila dibaca bulan dulu, 0 bila dibaca hari dulu): 20 tanggal itu dibaca bulan dulu "
            "(mis. 4/1/1950 dibaca ") in teks
    _foto(qtbot, dialog, "impor_tanggal_nik.png")


def test_templat_tanpa_data_diperingatkan_di_pratinjau(qtbot, db_path, tmp_path):
    path = ml.xlsx(tmp_path / "templat.xlsx", ml.INDIVIDU_2023, [], lembar="Individu")
    w = _jendela(qtbot, db_path)
    dialog = _buka_dialog(qtbot, w)
    with qtbot.waitSignal(dialog.pratinjau_siap, timeout=20000):
        dialog.tambah_berkas([path])
    assert ("Lembar ini hanya berisi judul kolom (baris 1) tanpa baris data di bawahnya: impor "
            "akan ditolak.") in dialog.findChild(QLabel, "importSheetInfo").text()
    _foto(qtbot, dialog, "impor_templat_tanpa_data.png")


def test_kode_kemdagri_anggota_berbeda_di_ringkasan(qtbot, db_path, tmp_path):
    rows = ml.baris_individu()
    rows[1][ml.INDIVIDU_2023.index("Kode Kemdagri")] = "6172011009"
    path = ml.csv_berkas(tmp_path / "individu.csv", ml.INDIVIDU_2023, rows)
    w = _jendela(qtbot, db_path)
    dialog = _buka_dialog(qtbot, w)
    with qtbot.waitSignal(dialog.pratinjau_siap, timeout=20000):
        dialog.tambah_berkas([path])
    with qtbot.waitSignal(dialog.impor_selesai, timeout=60000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "importStartButton"),
                         Qt.MouseButton.LeftButton)
    assert ("1 baris anggota menulis Kode Kemdagri yang berbeda dari keluarganya (mis. ID "
            "Individu 006172000102, berkas individu.csv, lembar 'individu.csv', baris 3: "
            "6172011009, sedangkan keluarga 0061720001: 6172011001)") \
        in dialog.findChild(QLabel, "importSummary").text()
    _foto(qtbot, dialog, "impor_kode_anggota_beda.png")
