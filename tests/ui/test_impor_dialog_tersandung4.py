"""The import dialog on the inputs of task tersandung4: the preview warns about a date column
in the US order and the summary says what was decided, in the window's words; a template sheet
left aside for the hidden sheet with the data is named."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from tests import masukan_luar as ml
from tests.ui.test_impor_dialog import _buka_dialog, _foto, _impor_lewat_dialog, _jendela
from tests.unit.test_masukan_tersandung4 import (
    AMERIKA,
    _dengan_tanggal,
    _kode_angka,
    _templat_dan_data_tersembunyi,
)

H = ml.INDIVIDU_2023


def test_tanggal_amerika_di_pratinjau_dan_ringkasan(qtbot, db_path, tmp_path):
    path = ml.csv_berkas(tmp_path / "individu.csv", H, _dengan_tanggal(AMERIKA))
    w = _jendela(qtbot, db_path)
    dialog = _buka_dialog(qtbot, w)
    with qtbot.waitSignal(dialog.pratinjau_siap, timeout=20000):
        dialog.tambah_berkas([path])
    info = dialog.info_lembar.text()
    assert "ditulis bulan dulu seperti di Amerika (mis. 08/15/1980)" in info
    assert "3/10/1985 akan dibaca 10 Maret 1985" in info
    _foto(qtbot, dialog, "impor_tanggal_amerika_pratinjau.png")
    with qtbot.waitSignal(dialog.impor_selesai, timeout=60000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "importStartButton"),
                         Qt.MouseButton.LeftButton)
    teks = dialog.findChild(QLabel, "importSummary").text()
    assert ("Tanggal di kolom K (Tanggal Lahir), berkas individu.csv, lembar 'individu.csv' "
            "ditulis bulan dulu seperti di Amerika (mis. 08/15/1980), maka 2 tanggal yang bisa "
            "dibaca dua cara juga dibaca bulan dulu (mis. 3/10/1985 dibaca 10 Maret 1985).") \
        in teks
    _foto(qtbot, dialog, "impor_tanggal_amerika.png")


def test_templat_kosong_dan_lembar_tersembunyi_di_ringkasan(qtbot, db_path, tmp_path):
    path = _templat_dan_data_tersembunyi(tmp_path / "individu.xlsx")
    w = _jendela(qtbot, db_path)
    dialog = _buka_dialog(qtbot, w)
    with qtbot.waitSignal(dialog.pratinjau_siap, timeout=20000):
        dialog.tambah_berkas([path])
    assert "Individu (hanya judul kolom, tanpa baris data; data diambil dari lembar tersembunyi " \
        "'Data')" in dialog.status.text() + dialog.label_galat.text() + dialog.info_lembar.text()
    _foto(qtbot, dialog, "impor_templat_kosong_pratinjau.png")
    with qtbot.waitSignal(dialog.impor_selesai, timeout=60000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "importStartButton"),
                         Qt.MouseButton.LeftButton)
    teks = dialog.findChild(QLabel, "importSummary").text()
    assert ("Lembar 'Individu' di berkas individu.xlsx hanya berisi judul kolom tanpa baris data: "
            "yang diimpor data di lembar tersembunyi 'Data'.") \
        in teks
    assert w.model.rowCount() == 3


def test_kode_wilayah_pendek_di_ringkasan(qtbot, db_path, tmp_path):
    w = _jendela(qtbot, db_path)
    teks = _impor_lewat_dialog(qtbot, w, [_kode_angka(tmp_path / "kode.xlsx")])
    assert ("1 keluarga ber-Kode Kemdagri yang bukan kode desa 10 digit (mis. 101010001, berkas "
            "kode.xlsx, lembar 'Individu', baris 6). Bila di Excel tampil dengan nol di depan "
            "(0101010001), selnya berisi angka dengan format angka: nol di depan hanya tampilan, "
            "tidak tersimpan. Perbaiki kodenya di berkas (kode desa Kalimantan Barat diawali "
            "61).") in teks
