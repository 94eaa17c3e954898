"""Closing note 19: the import dialog's summary names the families an Individu file alone left
in place (and why), in Indonesian and in English, and its findings report lists them on a
sheet of their own. Files written with openpyxl and the csv module."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtWidgets import QLabel

from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui.impor_dialog import DialogImpor
from tests.ui.test_impor_dialog import _foto, _impor_lewat_dialog, _jendela, impor_di_dialog
from tests.unit.test_impor_penutup19 import (
    KEEMPAT,
    _berkas_individu,
    _berkas_kepala,
    individu_dengan_keempat,
)


def _siapkan(db_path: Path, tmp_path: Path) -> Path:
    """The fourth family and its member imported, the family listed again by a Kepala
    Keluarga file; returns the next Individu file, without the fourth family's member."""
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, [_berkas_kepala(tmp_path, "kepala"),
                              _berkas_individu(tmp_path, "individu", individu_dengan_keempat())])
        impor_p3ke.impor(db, [_berkas_kepala(tmp_path, "kepala2", alamat="Jl. Pahlawan")])
    return _berkas_individu(tmp_path, "individu2")


def test_ringkasan_menyebut_keluarga_tetap(qtbot, db_path, tmp_path):
    individu2 = _siapkan(db_path, tmp_path)
    w = _jendela(qtbot, db_path)
    teks = " ".join(_impor_lewat_dialog(qtbot, w, [individu2]).split())
    assert ("1 keluarga di desa berkas ini tidak punya baris di berkas Individu, tetapi tetap "
            "ada (ID Keluarga 0061720004): berkas Individu mendaftar orang, bukan keluarga") \
        in teks, teks
    assert "1 anggotanya yang tidak ada di berkas dihitung" in teks
    dialog = w.findChild(DialogImpor, "importDialog")
    _foto(qtbot, dialog, "impor_keluarga_tetap.png")
    laporan = tmp_path / "laporan.xlsx"
    assert dialog.simpan_laporan(laporan) == 1
    wb = load_workbook(laporan, read_only=True)
    assert [b[0] for b in wb["Keluarga tetap"].iter_rows(values_only=True)] == [
        "ID Keluarga", KEEMPAT]
    wb.close()
    w.close()


def test_ringkasan_keluarga_tetap_berbahasa_inggris(qtbot, db_path, tmp_path, pasang,
                                                     folder_qm):
    individu2 = _siapkan(db_path, tmp_path)
    pasang("en", folder_qm)
    w = _jendela(qtbot, db_path)
    dialog = impor_di_dialog(qtbot, w, [individu2])
    teks = " ".join(dialog.findChild(QLabel, "importSummary").text().split())
    assert ("1 family of the villages in this file has no row in the Individu file but "
            "stays (ID Keluarga 0061720004): an Individu file lists people, not families, so it "
            "does not mark a family \"no longer in the files\". 1 member of theirs missing "
            "from the file is counted as \"no longer there\", and these families now have no "
            "head of family (finding KK_TANPA_KEPALA). Import the Keluarga file of the same "
            "release to be sure") in teks, teks
    assert "tidak punya baris" not in teks
    _foto(qtbot, dialog, "impor_keluarga_tetap_en.png")
    w.close()
