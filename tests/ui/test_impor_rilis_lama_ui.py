"""The import dialog's preview warns, before anything is written, when the chosen file looks
older (its top rows' newest "Dimuktakhirkan Tahun", or the 2022 layout) than the P3KE release
its families were stored from; the import stays allowed and its summary gives the count.
Files written with openpyxl and the csv module (``tests/masukan_luar``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from tests import masukan_luar as ml
from tests.temuan_uji import cli
from tests.ui.test_impor_dialog import _buka_dialog, _foto, _jendela

KOL = ml.INDIVIDU_2023.index


def _individu(tahun: int, awalan_id: str = "") -> list[list]:
    baris = ml.baris_individu()
    for r in baris:
        r[KOL("Dimuktakhirkan Tahun")] = tahun
        r[KOL("ID Keluarga P3KE")] = awalan_id + r[KOL("ID Keluarga P3KE")]
        r[KOL("ID Individu")] = awalan_id + r[KOL("ID Individu")]
    return baris


def _pratinjau(qtbot, w, path):
    dialog = _buka_dialog(qtbot, w)
    with qtbot.waitSignal(dialog.pratinjau_siap, timeout=20000):
        dialog.tambah_berkas([path])
    return dialog


def _rilis_2024(db_path, tmp_path) -> None:
    baru = ml.csv_berkas(tmp_path / "individu_2024.csv", ml.INDIVIDU_2023, _individu(2024))
    assert cli(db_path, "import", baru).exit_code == 0


def test_pratinjau_memperingatkan_rilis_lama(qtbot, db_path, tmp_path):
    _rilis_2024(db_path, tmp_path)
    lama = ml.xlsx(tmp_path / "individu_2023.xlsx", ml.INDIVIDU_2023, _individu(2023),
                   lembar="Individu")
    w = _jendela(qtbot, db_path)
    dialog = _pratinjau(qtbot, w, lama)
    info = " ".join(dialog.info_lembar.text().split())
    # five rows: the preview read them all, so it says what the import will do
    assert ("Berkas individu_2023.xlsx dari rilis P3KE 2023 (tahun Dimuktakhirkan terbaru di "
            "berkas ini), lebih lama daripada rilis 2024 yang sudah diimpor untuk 3 keluarga di "
            "berkas ini (mis. ID Keluarga 0061720001).") in info
    assert "Impor tetap bisa dilakukan" in info
    _foto(qtbot, dialog, "impor_rilis_lama_pratinjau.png")
    tombol = dialog.findChild(QPushButton, "importStartButton")
    assert tombol.isEnabled()  # a warning, not a refusal
    with qtbot.waitSignal(dialog.impor_selesai, timeout=60000):
        qtbot.mouseClick(tombol, Qt.MouseButton.LeftButton)
    assert "3 keluarga dalam berkas ini sudah diimpor dari rilis P3KE 2024" in " ".join(
        dialog.findChild(QLabel, "importSummary").text().split())


def test_pratinjau_tata_letak_2022_sesudah_rilis_2023(qtbot, db_path, tmp_path):
    baru = ml.csv_berkas(tmp_path / "individu_2023.csv", ml.INDIVIDU_2023, _individu(2023))
    assert cli(db_path, "import", baru).exit_code == 0
    lama = ml.xlsx(tmp_path / "keluarga_2022.xlsx", ml.KELUARGA_2022, ml.baris_keluarga_2022())
    w = _jendela(qtbot, db_path)
    info = " ".join(_pratinjau(qtbot, w, lama).info_lembar.text().split())
    assert ("dari rilis P3KE 2022 (tata letak P3KE 2022, tanpa kolom Dimuktakhirkan Tahun), "
            "lebih lama daripada rilis 2023") in info


def test_pratinjau_diam_untuk_rilis_baru(qtbot, db_path, tmp_path):
    _rilis_2024(db_path, tmp_path)
    w = _jendela(qtbot, db_path)
    baru = ml.xlsx(tmp_path / "individu_2025.xlsx", ml.INDIVIDU_2023, _individu(2025))
    assert "rilis P3KE" not in _pratinjau(qtbot, w, baru).info_lembar.text()


def test_pratinjau_keluarga_lain_rilis_lama(qtbot, db_path, tmp_path):
    """An older release of other families brings no stored family back, but the database
    would hold two releases: said, not the warning of families going back (impor14)."""
    _rilis_2024(db_path, tmp_path)
    w = _jendela(qtbot, db_path)
    lain = ml.xlsx(tmp_path / "lain_2023.xlsx", ml.INDIVIDU_2023, _individu(2023, "9"))
    info = " ".join(_pratinjau(qtbot, w, lain).info_lembar.text().split())
    assert ("lebih lama daripada rilis 2024, rilis terbaru yang sudah ada di basis data (mis. "
            "berkas individu_2024.csv). Keluarga berkas ini belum tersimpan dari rilis yang "
            "lebih baru") in info, info
    assert "yang sudah diimpor untuk" not in info


def test_pratinjau_rilis_lama_inggris(qtbot, db_path, tmp_path, pasang, folder_qm):
    _rilis_2024(db_path, tmp_path)
    pasang("en", folder_qm)
    lama = ml.csv_berkas(tmp_path / "individu_2023.csv", ml.INDIVIDU_2023, _individu(2023))
    w = _jendela(qtbot, db_path)
    w.tutup_tanpa_tanya = True
    dialog = _buka_dialog_apa_pun(qtbot, w)
    with qtbot.waitSignal(dialog.pratinjau_siap, timeout=20000):
        dialog.tambah_berkas([lama])
    info = " ".join(dialog.info_lembar.text().split())
    assert ("File individu_2023.csv is of P3KE release 2023 (the newest Dimuktakhirkan Tahun "
            "in this file), older than release 2024 already imported for 3 families in this "
            "file") in info


def _buka_dialog_apa_pun(qtbot, w):
    """Data > Impor P3KE by its objectName (any window language)."""
    from kalbar_desktop.ui.impor_dialog import DialogImpor

    next(a for a in w.menu_data.actions() if a.objectName() == "aksiImporP3KE").trigger()
    return w.findChild(DialogImpor, "importDialog")
