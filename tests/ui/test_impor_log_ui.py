"""A refused or cancelled import writes one plain line to the log (what, which files), not a
Python traceback that reads like a crash; a program error still gets its traceback. Read on
the real log file; files written with openpyxl (``tests/masukan_luar``)."""

from __future__ import annotations

import pytest

from kalbar_desktop import log
from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.ui.impor_dialog import DialogImpor
from tests import masukan_luar as ml

KOL = ml.INDIVIDU_2023.index


@pytest.fixture
def berkas_log():
    log.siapkan_log("uji")
    yield log.berkas_log
    log.tutup_log()


def _dialog(qtbot, db_path, path) -> DialogImpor:
    dialog = DialogImpor(db_path, "penguji")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.pratinjau_siap, timeout=20000):
        dialog.tambah_berkas([path])
    return dialog


def _baris_log(berkas_log) -> str:
    return berkas_log().read_text(encoding="utf-8")


def test_impor_ditolak_satu_baris_di_log(qtbot, db_path, tmp_path, berkas_log):
    baris = ml.baris_individu()
    baris[1][KOL("ID Keluarga P3KE")] = None  # refused: a row without its family
    path = ml.xlsx(tmp_path / "tanpa_id.xlsx", ml.INDIVIDU_2023, baris, lembar="Individu")
    dialog = _dialog(qtbot, db_path, path)
    with qtbot.waitSignal(dialog.impor_berakhir, timeout=60000):
        dialog.mulai_impor()
    assert dialog.label_galat.isVisible() and "tanpa_id.xlsx" in dialog.label_galat.text()
    teks = _baris_log(berkas_log)
    assert "Impor P3KE (tanpa_id.xlsx) berhenti: KesalahanImpor" in teks
    assert "Traceback" not in teks and "impor_p3ke.py" not in teks


def test_impor_dibatalkan_satu_baris_di_log(qtbot, db_path, tmp_path, berkas_log):
    path = ml.xlsx(tmp_path / "individu.xlsx", ml.INDIVIDU_2023, ml.baris_individu(),
                   lembar="Individu")
    dialog = _dialog(qtbot, db_path, path)
    with qtbot.waitSignal(dialog.impor_berakhir, timeout=60000):
        dialog.mulai_impor()
        dialog.batalkan()  # before the first check of the cancel flag: nothing written
    assert "dibatalkan" in dialog.status.text()
    teks = _baris_log(berkas_log)
    assert "Impor P3KE (individu.xlsx) berhenti: Dibatalkan" in teks
    assert "Traceback" not in teks


def test_kesalahan_program_tetap_dengan_jejak(qtbot, db_path, tmp_path, berkas_log,
                                              monkeypatch):
    path = ml.xlsx(tmp_path / "individu.xlsx", ml.INDIVIDU_2023, ml.baris_individu(),
                   lembar="Individu")
    dialog = _dialog(qtbot, db_path, path)

    def rusak(*_a, **_k):
        raise ZeroDivisionError("kesalahan program")

    monkeypatch.setattr(impor_p3ke, "impor", rusak)
    with qtbot.waitSignal(dialog.impor_berakhir, timeout=60000):
        dialog.mulai_impor()
    teks = _baris_log(berkas_log)
    assert "Impor P3KE (individu.xlsx) berhenti dengan ZeroDivisionError" in teks
    assert "Traceback" in teks and "in rusak" in teks


def test_konsol_impor_ditolak_satu_baris_di_log(db_path, tmp_path):
    from tests.temuan_uji import cli

    baris = ml.baris_individu()
    baris[1][KOL("ID Keluarga P3KE")] = None
    path = ml.xlsx(tmp_path / "tanpa_id.xlsx", ml.INDIVIDU_2023, baris, lembar="Individu")
    try:
        assert cli(db_path, "import", path).exit_code == 1
        teks = log.berkas_log().read_text(encoding="utf-8")
    finally:
        log.tutup_log()
    assert "Impor P3KE (tanpa_id.xlsx) berhenti: KesalahanImpor" in teks
    assert "Traceback" not in teks
