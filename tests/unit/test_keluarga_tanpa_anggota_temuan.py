"""A family whose people are all missing from the Individu file imported with it has no Kepala
Keluarga among its members: a KK_TANPA_KEPALA finding ("family without a Kepala Keluarga",
issue 3), in ``check-data --json`` and after every re-check. Before (acceptance round terima6)
it was only counted in the import summary. A Keluarga workbook imported alone names the head
on the family row and brings no member rows to miss: no finding. Files written with openpyxl
and the csv module."""

from __future__ import annotations

from pathlib import Path

from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import temuan as stemuan
from tests import masukan_luar as ml
from tests.temuan_uji import cli, temuan_json, temuan_semua_cara

PESAN = ("Keluarga tanpa satu pun anggota: berkas Individu yang diimpor bersamanya tidak "
         "memuat keluarga ini, juga tidak kepala keluarganya")


def _tanpa_kepala(db_path: Path) -> list[dict]:
    return [t for t in temuan_json(db_path) if t["rule"] == "KK_TANPA_KEPALA"]


def _semua_cara(db_path: Path) -> list[tuple]:
    return [(t["aturan"], t["id_keluarga"]) for t in temuan_semua_cara(db_path)]


def test_keluarga_tanpa_anggota_di_berkas_individu_menjadi_temuan(db_path, tmp_path):
    kepala = ml.xlsx(tmp_path / "kepala.xlsx", ml.KEPALA_2023, ml.baris_kepala(),
                     lembar="Kepala Keluarga")
    individu = ml.csv_berkas(tmp_path / "individu.csv", ml.INDIVIDU_2023,
                             [r for r in ml.baris_individu() if r[0] != "0061720003"])
    hasil = cli(db_path, "import", kepala, individu)
    assert hasil.exit_code == 0, hasil.output
    assert "1 keluarga tidak punya satu pun anggota" in " ".join(hasil.output.split())
    assert _tanpa_kepala(db_path) == [{
        "rule": "KK_TANPA_KEPALA", "id_keluarga": "0061720003", "id_individu": None,
        "message": PESAN, "column": "hubungan", "value": None, "file": "kepala.xlsx",
        "sheet": "Kepala Keluarga", "row": 4}]
    assert _semua_cara(db_path) == [("KK_TANPA_KEPALA", "0061720003")]

    # the next Individu file brings Bong Kim Fui: the finding goes
    lengkap = ml.csv_berkas(tmp_path / "individu2.csv", ml.INDIVIDU_2023, ml.baris_individu())
    assert cli(db_path, "import", lengkap).exit_code == 0
    assert _tanpa_kepala(db_path) == []
    assert _semua_cara(db_path) == []


def test_berkas_keluarga_2022_saja_tanpa_temuan(db_path, tmp_path):
    keluarga = ml.xlsx(tmp_path / "keluarga_2022.xlsx", ml.KELUARGA_2022,
                       ml.baris_keluarga_2022(), lembar="Keluarga")
    hasil = cli(db_path, "import", keluarga)
    assert hasil.exit_code == 0, hasil.output
    assert "tata letak 2022" in hasil.output
    with sdb.terbuka(db_path) as db:
        assert db.execute("SELECT count(*), sum(nama_kepala <> '') FROM keluarga"
                          ).fetchone() == (3, 3)
        assert db.execute("SELECT count(*) FROM anggota").fetchone()[0] == 0
    assert _tanpa_kepala(db_path) == []
    assert _semua_cara(db_path) == []

    # its Individu file afterwards, without the third family: still none (the family came
    # with a Keluarga file alone, and the Individu file brought nobody for its desa)
    individu = ml.xlsx(tmp_path / "individu_2022.xlsx", ml.INDIVIDU_2022,
                       [r for r in ml.baris_individu_2022() if r[1] != "0061720003"],
                       lembar="Individu")
    assert cli(db_path, "import", individu).exit_code == 0
    assert _tanpa_kepala(db_path) == []
    assert _semua_cara(db_path) == []


def test_pasangan_2022_dengan_keluarga_tanpa_anggota(db_path, tmp_path):
    keluarga = ml.xlsx(tmp_path / "keluarga_2022.xlsx", ml.KELUARGA_2022,
                       ml.baris_keluarga_2022(), lembar="Keluarga")
    individu = ml.xlsx(tmp_path / "individu_2022.xlsx", ml.INDIVIDU_2022,
                       [r for r in ml.baris_individu_2022() if r[1] != "0061720001"],
                       lembar="Individu")
    assert cli(db_path, "import", keluarga, individu).exit_code == 0
    t = _tanpa_kepala(db_path)
    assert [(x["id_keluarga"], x["file"], x["sheet"], x["row"]) for x in t] == [
        ("0061720001", "keluarga_2022.xlsx", "Keluarga", 2)]
    assert _semua_cara(db_path) == [("KK_TANPA_KEPALA", "0061720001")]


PESAN_RILIS = ("Keluarga tanpa satu pun anggota: berkas Individu untuk desanya, dari rilis P3KE "
               "yang sama dengan data keluarga ini atau lebih baru (Dimuktakhirkan Tahun), tidak "
               "memuat keluarga ini, juga tidak kepala keluarganya")
"""KK_TANPA_KEPALA of a family absent from a later import's Individu file: the files carry
their release, which decides (impor10; the same-day rule only for files without one)."""


def _kepala_dengan_keluarga_keempat() -> list[list]:
    """The Kepala Keluarga rows plus a fourth family in Roban (6172011001, the desa of the
    first), whose people no Individu file holds."""
    baris = ml.baris_kepala()
    keempat = list(baris[0])
    keempat[ml.KEPALA_2023.index("ID Keluarga P3KE")] = "0061720004"
    keempat[ml.KEPALA_2023.index("Nama Kepala Keluarga")] = "Yohanes Apui"
    keempat[ml.KEPALA_2023.index("NIK Kepala Keluarga")] = "6172011508800009"
    return [*baris, keempat]


def test_berkas_individu_sesudahnya_tanpa_keluarga_di_desanya(db_path, tmp_path):
    kepala = ml.xlsx(tmp_path / "kepala.xlsx", ml.KEPALA_2023, _kepala_dengan_keluarga_keempat(),
                     lembar="Kepala Keluarga")
    assert cli(db_path, "import", kepala).exit_code == 0
    assert _tanpa_kepala(db_path) == []  # a Keluarga workbook alone
    assert _semua_cara(db_path) == []

    # the Individu file in a second command covers Roban and has no row for the fourth family
    individu = ml.csv_berkas(tmp_path / "individu.csv", ml.INDIVIDU_2023, ml.baris_individu())
    assert cli(db_path, "import", individu).exit_code == 0
    assert [(t["id_keluarga"], t["message"], t["file"], t["row"])
            for t in _tanpa_kepala(db_path)] == [
        ("0061720004", PESAN_RILIS, "kepala.xlsx", 5)]
    assert _semua_cara(db_path) == [("KK_TANPA_KEPALA", "0061720004")]
    with sdb.terbuka(db_path) as db:  # the form's check of unsaved values says the same
        keluarga = next(db.query("SELECT * FROM keluarga WHERE id_keluarga = '0061720004'"))
        assert [t.pesan for t in stemuan.periksa_keluarga_sementara(db, keluarga, [])
                if t.aturan == "KK_TANPA_KEPALA"] == [PESAN_RILIS]


def test_berkas_keluarga_sesudah_berkas_individu(db_path, tmp_path):
    """closing18 section 8: the Individu file came before the family did, on an earlier day
    (an older release), so its silence says nothing about the family (the rule fired here
    before). An Individu file imported after the family that still has no row for it does.
    (The same day, the two files count as one release: tests/unit/test_impor_penutup19.py.)"""
    lama = ml.baris_individu()
    for r in lama:  # the older release (impor10: the release decides where files carry one)
        r[ml.INDIVIDU_2023.index("Dimuktakhirkan Tahun")] = 2022
    individu = ml.xlsx(tmp_path / "individu.xlsx", ml.INDIVIDU_2023, lama, lembar="Individu")
    assert cli(db_path, "import", individu).exit_code == 0
    with sdb.terbuka(db_path) as db:  # imported the day before
        db.execute("UPDATE impor SET waktu = '2020-01-02T09:00:00+07:00'")
        db.conn.commit()
    kepala = ml.csv_berkas(tmp_path / "kepala.csv", ml.KEPALA_2023,
                           _kepala_dengan_keluarga_keempat())
    assert cli(db_path, "import", kepala).exit_code == 0
    assert _tanpa_kepala(db_path) == []
    assert _semua_cara(db_path) == []
    with sdb.terbuka(db_path) as db:  # nor the form's check
        keluarga = next(db.query("SELECT * FROM keluarga WHERE id_keluarga = '0061720004'"))
        assert [t for t in stemuan.periksa_keluarga_sementara(db, keluarga, [])
                if t.aturan == "KK_TANPA_KEPALA"] == []

    # a newer Individu file of Roban, still without the fourth family
    lagi = ml.csv_berkas(tmp_path / "individu2.csv", ml.INDIVIDU_2023,
                         [r for r in ml.baris_individu() if r[0] != "0061720002"])
    assert cli(db_path, "import", lagi).exit_code == 0
    assert [(t["id_keluarga"], t["message"]) for t in _tanpa_kepala(db_path)] == [
        ("0061720004", PESAN_RILIS)]
    assert _semua_cara(db_path) == [("KK_TANPA_KEPALA", "0061720004")]
