"""A date column none of whose cells is a date (found from outside by ``terima12``: 'tidak
tahu', 'lupa', '-', a place without a date): the import keeps each value and reports every row
(TANGGAL_TIDAK_VALID), but the preview said nothing, so the operator learned of a wrong column
only after the import. The preview now names the column, an example and its row. A place and a
date in one cell, as office sheets write "Tempat/Tgl Lahir" (``KETAPANG, 12-03-1980``), was
among them; since ``impor13`` its date part is read and the preview says so instead
(``test_tempat_tanggal_lahir_impor13.py``). Files written with openpyxl
(``tests/masukan_luar``)."""

from __future__ import annotations

from kalbar_desktop.exchange import impor_p3ke
from tests import masukan_luar as ml
from tests.temuan_uji import cli, temuan_json

KOL = ml.INDIVIDU_2023.index


def _baris(tanggal: list[object]) -> list[list]:
    baris = ml.baris_individu()
    for r, t in zip(baris, tanggal, strict=False):
        r[KOL("Tanggal Lahir")] = t
    return baris


def _peringatan(path) -> list[str]:
    return [" ".join(str(p).split()) for pb in impor_p3ke.pratinjau([path])
            for pl in pb.lembar for p in pl.peringatan]


def test_kolom_tanggal_tanpa_tanggal_disebut_di_pratinjau(db_path, tmp_path):
    isi = ["KETAPANG", "tidak tahu", "-", "lupa", "belum ada akta"]
    path = ml.xlsx(tmp_path / "individu.xlsx", ml.INDIVIDU_2023, _baris(isi),
                   lembar="Individu")
    assert ("Kolom K (Tanggal Lahir): tidak satu pun dari 5 isian di baris yang dibaca "
            "pratinjau terbaca sebagai tanggal (mis. 'KETAPANG' di baris 2). "
            "Periksa apakah kolomnya benar; bila diimpor, nilai itu disimpan apa adanya dan "
            "setiap barisnya dilaporkan (TANGGAL_TIDAK_VALID).") in _peringatan(path)
    # what the preview announces is what the import does
    assert cli(db_path, "import", path).exit_code == 0
    tidak_valid = {t["value"] for t in temuan_json(db_path) if t["rule"] == "TANGGAL_TIDAK_VALID"}
    assert tidak_valid == set(isi)


def test_satu_tanggal_rusak_di_antara_tanggal_tidak_disebut(tmp_path):
    """One bad cell among dates is a finding of its row, not a wrong column."""
    path = ml.xlsx(tmp_path / "individu.xlsx", ml.INDIVIDU_2023,
                   _baris(["31/04/1981"]), lembar="Individu")
    assert not [p for p in _peringatan(path) if "terbaca sebagai tanggal" in p]


def test_kolom_tanggal_kosong_tidak_disebut(tmp_path):
    path = ml.xlsx(tmp_path / "individu.xlsx", ml.INDIVIDU_2023, _baris([None] * 5),
                   lembar="Individu")
    assert not [p for p in _peringatan(path) if "terbaca sebagai tanggal" in p]


def test_tempat_dan_tanggal_dalam_satu_sel_bukan_kolom_salah(db_path, tmp_path):
    """The decision of ``impor13``: a place before the date is read as the date, so the
    column is no wrong column; the preview says what it does with the place instead."""
    isi = ["KETAPANG, 12-03-1980", "tidak tahu", "-", "lupa", "belum ada akta"]
    path = ml.xlsx(tmp_path / "individu.xlsx", ml.INDIVIDU_2023, _baris(isi),
                   lembar="Individu")
    peringatan = _peringatan(path)
    assert not [p for p in peringatan if "terbaca sebagai tanggal" in p]
    assert [p for p in peringatan if "berisi tempat dan tanggal lahir dalam satu sel (mis. "
            "'KETAPANG, 12-03-1980' di baris 2)" in p]
    assert cli(db_path, "import", path).exit_code == 0
    tidak_valid = {t["value"] for t in temuan_json(db_path) if t["rule"] == "TANGGAL_TIDAK_VALID"}
    assert tidak_valid == set(isi[1:])
