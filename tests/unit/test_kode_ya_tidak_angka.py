"""Two code-list questions of the domain owner (closing note 21, acceptance round terima9).

``1``/``0`` in a yes/no column (Penerima ..., Memiliki Simpanan, the 2022 age bands) are Ya/Tidak:
a flag typed or kept as a number, a number cell or text, also an Excel TRUE/FALSE cell. Where
``1`` is a code (Desil, Jenis Kelamin) it stays that code. ``Tidak Ada`` for the toilet (Fasilitas
BAB) is no code of the P3KE list (``Milik Sendiri``, ``Umum/Bersama``, ``Lainnya``, ``KOSONG``):
it was read as ``Lainnya`` without a word; now it is kept as written with KODE_TIDAK_DIKENAL.
Files written with openpyxl (number cells) and the csv module."""

from __future__ import annotations

import pytest

from kalbar_desktop.domain import codes
from kalbar_desktop.storage import db as sdb
from tests import masukan_luar as ml
from tests.temuan_uji import cli, temuan_json, temuan_semua_cara

_KOLOM = ml.KEPALA_2023.index


@pytest.mark.parametrize(("masukan", "hasil"), [
    (1, "Ya"), (0, "Tidak"), ("1", "Ya"), ("0", "Tidak"), ("01", "Ya"), (1.0, "Ya"),
    ("0.0", "Tidak"), (True, "Ya"), (False, "Tidak"), ("TRUE", "Ya"), ("false", "Tidak"),
])
def test_satu_nol_di_kolom_ya_tidak(masukan, hasil):
    assert codes.YA_TIDAK.cocokkan(masukan) == hasil
    assert codes.YA_TIDAK_KOSONG.cocokkan(masukan) == hasil


def test_satu_tetap_kode_di_daftar_berkode_angka():
    assert codes.DESIL.cocokkan(1) == "1"
    assert codes.JENIS_KELAMIN.cocokkan("1") == "Laki-laki"
    assert codes.HUBUNGAN.cocokkan(1) == "Kepala Keluarga"
    assert codes.DESIL.cocokkan("0") is None
    assert codes.YA_TIDAK.cocokkan("2") is None
    assert codes.PADAN_DUKCAPIL.cocokkan("1") is None
    assert codes.RESIKO_STUNTING.cocokkan("1") is None


def test_tidak_ada_untuk_fasilitas_bab_bukan_lainnya():
    assert codes.FASILITAS_BAB.cocokkan("Tidak Ada") is None
    assert codes.FASILITAS_BAB.cocokkan("TIDAK ADA") is None
    assert codes.FASILITAS_BAB.cocokkan("lainnya") == "Lainnya"
    assert codes.FASILITAS_BAB.cocokkan("umum") == "Umum/Bersama"


def test_impor_berkas_dengan_satu_nol_dan_tidak_ada(db_path, tmp_path):
    baris = ml.baris_kepala()
    a, b, c = baris
    a[_KOLOM("Penerima PKH")], a[_KOLOM("Penerima BPNT")] = 1, 0   # number cells
    a[_KOLOM("Memiliki Simpanan Uang/Perhiasan/Ternak/Lainnya")] = "1"
    b[_KOLOM("Penerima KUR")] = True                                # an Excel TRUE cell
    b[_KOLOM("Memiliki fasilitas Buang Air Besar")] = "TIDAK ADA"
    c[_KOLOM("Penerima BST")] = 2                                   # no yes/no value
    kepala = ml.xlsx(tmp_path / "kepala.xlsx", ml.KEPALA_2023, baris, lembar="Kepala Keluarga")
    individu_baris = ml.baris_individu()
    individu_baris[0][ml.INDIVIDU_2023.index("Penerima SEMBAKO")] = "0"
    individu = ml.csv_berkas(tmp_path / "individu.csv", ml.INDIVIDU_2023, individu_baris)

    hasil = cli(db_path, "import", kepala, individu)
    assert hasil.exit_code == 0, hasil.output
    with sdb.terbuka(db_path) as db:
        keluarga = {r[0]: r[1:] for r in db.execute(
            "SELECT id_keluarga, penerima_pkh, penerima_bpnt, memiliki_simpanan, penerima_kur, "
            "fasilitas_bab, penerima_bst, desil FROM keluarga")}
        sembako = db.execute("SELECT penerima_sembako FROM anggota WHERE id_individu = ?",
                             ("006172000101",)).fetchone()[0]
    assert keluarga["0061720001"][:3] == ("Ya", "Tidak", "Ya")
    assert keluarga["0061720002"][3:5] == ("Ya", "TIDAK ADA")
    assert keluarga["0061720003"][5] == "2"
    assert {r[6] for r in keluarga.values()} == {"1", "2", "3"}
    assert sembako == "Tidak"

    kode = sorted((t["id_keluarga"], t["column"], t["value"]) for t in temuan_json(db_path)
                  if t["rule"] == "KODE_TIDAK_DIKENAL")
    assert kode == [("0061720002", "fasilitas_bab", "TIDAK ADA"),
                    ("0061720003", "penerima_bst", "2")]
    assert sorted((t["aturan"], t["id_keluarga"]) for t in temuan_semua_cara(db_path)) == [
        ("KODE_TIDAK_DIKENAL", "0061720002"), ("KODE_TIDAK_DIKENAL", "0061720003")]


def test_kelompok_usia_2022_sebagai_satu_nol(db_path, tmp_path):
    pertama = ml.INDIVIDU_2022.index("Usia < 7 Tahun")
    baris = ml.baris_individu_2022()
    for r in baris:
        r[pertama:pertama + 7] = [0, 0, 0, 0, 0, 1, 0]
    individu = ml.xlsx(tmp_path / "individu_2022.xlsx", ml.INDIVIDU_2022, baris, lembar="Individu")
    hasil = cli(db_path, "import", individu)
    assert hasil.exit_code == 0, hasil.output
    with sdb.terbuka(db_path) as db:
        assert set(db.execute("SELECT usia_lt7, usia_22_59 FROM anggota")) == {("Tidak", "Ya")}
    assert [t for t in temuan_json(db_path) if t["rule"] == "KODE_TIDAK_DIKENAL"] == []
