"""One finding per defect (closing note 22, section 9): an Individu file imported alone fills
the family row from its head's row, and the head's bad date or code was reported twice, for the
family (at the head's row) and for the member. Now once, on the member. A Kepala Keluarga file
and an Individu file with the same bad value are two cells to fix: two findings. Files written
by openpyxl (``tests/masukan_luar``)."""

from __future__ import annotations

from collections import Counter

from tests import masukan_luar as ml
from tests.temuan_uji import cli, temuan_json, temuan_semua_cara

KOL_I = ml.INDIVIDU_2023.index
KOL_K = ml.KEPALA_2023.index


def _individu_cacat() -> list[list]:
    baris = ml.baris_individu()
    baris[0][KOL_I("Tanggal Lahir")] = "31/02/1980"     # the head of 0061720001
    baris[0][KOL_I("Status Kawin")] = "Kawin Siri Resmi"  # outside the code list
    baris[2][KOL_I("Pekerjaan")] = "Astronot"            # the head of 0061720002
    return baris


def _per_aturan(db) -> Counter:
    return Counter((t["rule"], t["id_keluarga"], t["id_individu"], t["column"], t["row"])
                   for t in temuan_json(db))


def test_berkas_individu_saja_satu_temuan_per_sel(tmp_path):
    path = ml.xlsx(tmp_path / "individu.xlsx", ml.INDIVIDU_2023, _individu_cacat(),
                   lembar="Individu")
    db = tmp_path / "a.db"
    hasil = cli(db, "import", path)
    assert hasil.exit_code == 0, hasil.output
    assert _per_aturan(db) == Counter({
        ("TANGGAL_TIDAK_VALID", "0061720001", "006172000101", "tanggal_lahir", 2): 1,
        ("KODE_TIDAK_DIKENAL", "0061720001", "006172000101", "status_kawin", 2): 1,
        ("KODE_TIDAK_DIKENAL", "0061720002", "006172000201", "pekerjaan", 4): 1,
    })
    assert "Temuan kualitas data di seluruh basis data: 3." in hasil.output
    # the same after every other way of checking
    assert sorted((t["aturan"], t["id_individu"], t["kolom"]) for t in temuan_semua_cara(db)) \
        == sorted((r, i, k) for r, _f, i, k, _b in _per_aturan(db))


def test_dua_berkas_dua_sel_dua_temuan(tmp_path):
    kepala = ml.baris_kepala()
    kepala[0][KOL_K("Tanggal Lahir Kepala Keluarga")] = "31/02/1980"
    db = tmp_path / "a.db"
    hasil = cli(db, "import",
                ml.xlsx(tmp_path / "kepala.xlsx", ml.KEPALA_2023, kepala,
                        lembar="Kepala Keluarga"),
                ml.xlsx(tmp_path / "individu.xlsx", ml.INDIVIDU_2023, _individu_cacat(),
                        lembar="Individu"))
    assert hasil.exit_code == 0, hasil.output
    tanggal = sorted((t["sheet"], t["row"], t["id_individu"]) for t in temuan_json(db)
                     if t["rule"] == "TANGGAL_TIDAK_VALID")
    assert tanggal == [("Individu", 2, "006172000101"), ("Kepala Keluarga", 2, None)]
