"""Acceptance round 13 in the import dialog: Mac CSV files (lines ended by a lone CR, semicolon
and tab) next to the password-protected archive they came in and the BAST PDF renamed .xlsx.
The preview recognises both CSV files, names what the other two are, keeps Impor off until
they are removed from the list, and then imports the families; the database holds nothing
from the refused files."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QPushButton

from kalbar_desktop.ui.impor_dialog import DialogImpor
from tests import masukan_luar as ml
from tests.unit.test_masukan_lain_terima13 import _PDF, _csv_mac, _zip


def test_pratinjau_menyebut_arsip_dan_pdf_lalu_impor_csv_mac(qtbot, db_path, tmp_path):
    k = _csv_mac(tmp_path / "kepala.csv", ml.KEPALA_2023, ml.baris_kepala(), ";")
    i = _csv_mac(tmp_path / "individu.csv", ml.INDIVIDU_2023, ml.baris_individu(), "\t")
    arsip = _zip(tmp_path / "P3KE_6172.zip", {"P3KE/Kepala.csv": k.read_bytes(),
                                              "P3KE/Individu.csv": i.read_bytes()}, sandi=True)
    pdf = tmp_path / "BAST.xlsx"
    pdf.write_bytes(_PDF)
    dialog = DialogImpor(db_path, "penguji")
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)
    dialog.show()
    with qtbot.waitSignal(dialog.pratinjau_siap, timeout=20000):
        dialog.tambah_berkas([k, i, arsip, pdf])
    lembar = dialog.findChild(QComboBox, "importSheetCombo")
    assert [lembar.itemText(n) for n in range(lembar.count())] == [
        "kepala.csv / kepala.csv  (Keluarga, P3KE 2023, judul kolom di baris 1)",
        "individu.csv / individu.csv  (Individu (anggota keluarga), P3KE 2023, judul kolom di "
        "baris 1)"]
    galat = dialog.findChild(QLabel, "importErrorLabel")
    assert galat.isVisible()
    assert ("Berkas P3KE_6172.zip adalah arsip ZIP yang dilindungi kata sandi, bukan data P3KE. "
            "Ekstrak arsip itu dulu") in galat.text()
    assert "Di dalamnya: Kepala.csv, Individu.csv." in galat.text()
    assert ("Berkas BAST.xlsx bukan workbook Excel atau CSV: isinya dokumen PDF yang diberi "
            "akhiran .xlsx.") in galat.text()
    mulai = dialog.findChild(QPushButton, "importStartButton")
    assert not mulai.isEnabled()

    daftar = dialog.findChild(QListWidget, "importFileList")
    hapus = dialog.findChild(QPushButton, "importRemoveFile")
    for _ in range(2):
        daftar.setCurrentRow(2)
        with qtbot.waitSignal(dialog.pratinjau_siap, timeout=20000):
            qtbot.mouseClick(hapus, Qt.MouseButton.LeftButton)
    assert not galat.isVisible()
    assert mulai.isEnabled()
    with qtbot.waitSignal(dialog.impor_selesai, timeout=60000):
        qtbot.mouseClick(mulai, Qt.MouseButton.LeftButton)
    with sqlite3.connect(db_path) as c:
        assert c.execute("SELECT count(*), min(id_keluarga), min(nik_kepala) FROM "
                         "keluarga").fetchone() == (3, "0061720001", "6172011508800001")
        assert c.execute("SELECT count(*) FROM anggota WHERE typeof(nik) = 'text' AND "
                         "length(nik) = 16").fetchone() == (5,)
        assert c.execute("SELECT group_concat(DISTINCT file_sumber) FROM (SELECT file_sumber "
                         "FROM anggota ORDER BY 1)").fetchone() == ("individu.csv",)
