"""The import dialog's preview of an office's workbook whose headers have line breaks (found by
the acceptance round terima6): the mapping table named such a column by its first line with
'...' ('PENERIMA...' for Penerima KUR, BST, BPNT...), so the mapping could not be checked; now
the whole header on one line. Files written with openpyxl."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QTableWidget

from kalbar_desktop.ui.impor_dialog import DialogImpor
from tests import masukan_luar as ml

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def test_pratinjau_menyebut_judul_berbaris_ganda_utuh(qtbot, db_path, tmp_path):
    kepala = ml.xlsx_kantor(tmp_path / "kepala.xlsx", ml.KEPALA_2023, ml.baris_kepala())
    dialog = DialogImpor(db_path, "penguji")
    qtbot.addWidget(dialog)
    dialog.resize(1200, 800)
    dialog.show()
    with qtbot.waitSignal(dialog.pratinjau_siap, timeout=20000):
        dialog.tambah_berkas([kepala])
    assert "judul kolom di baris 12" in dialog.findChild(QComboBox, "importSheetCombo").itemText(0)
    tabel = dialog.findChild(QTableWidget, "importMappingTable")
    judul = {tabel.item(r, 1).text(): tabel.item(r, 2).text() for r in range(tabel.rowCount())}
    assert judul["PENERIMA KUR"] == "Penerima KUR"
    assert judul["PENERIMA BST"] == "Penerima BST"
    assert judul["ID KELUARGA P3KE"] == "ID Keluarga P3KE"
    assert judul["NIK KEPALA KELUARGA"] == "NIK Kepala Keluarga"
    assert not any("\n" in j or "\u00a0" in j for j in judul)
    qtbot.wait(50)
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "impor_judul_berbaris_ganda.png"))
