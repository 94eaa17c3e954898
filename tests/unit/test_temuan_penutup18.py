"""Import leftovers of closing note 18 (section 8), with files written by openpyxl and the csv
module:

- ``TIDAK ADA`` in a NIK or No KK cell is kept and quoted as written, not as ``TIDAKADA``;
- a No KK written as "none" (``-``, ``TIDAK ADA``, ``0``) is NO_KK_KOSONG, not NO_KK_FORMAT, in
  the import, the whole-database check, the form's check and the findings report; a corrected
  No KK ends it;
- a valid NIK Kepala Keluarga on the family row that is not the NIK of the family's Kepala
  Keluarga member is NIK_KEPALA_BERBEDA (terima6 item 34), whichever file came first; a save
  that makes them agree ends it.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from kalbar_desktop.domain import nik
from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import temuan as stemuan
from kalbar_desktop.storage import verifikasi as sv
from tests import masukan_luar as ml
from tests.temuan_uji import cli, temuan_json, temuan_semua_cara

KOL_K = ml.KEPALA_2023.index
KEPALA_KK = [*ml.KEPALA_2023, "No KK"]
"""The 2023 Kepala Keluarga sheet with a No KK column (an office's own copy)."""
NO_KK_SAH = "6172011508800001"


def _semua_cara(db_path: Path) -> list[tuple]:
    return sorted((t["aturan"], t["id_keluarga"], t["nilai"]) for t in temuan_semua_cara(db_path))


def _simpan_koreksi(db_path: Path, idk: str, **koreksi) -> list:
    """Save a correction as the form does; returns the form's check of the values first."""
    with sdb.terbuka(db_path) as db:
        data = sv.muat(db, idk)
        sementara = stemuan.periksa_keluarga_sementara(
            db, {**data.nilai, **koreksi, "id_keluarga": idk}, [dict(a) for a in data.anggota])
        sv.simpan(db, idk, Pengguna("Ani", Peran.VERIFIKATOR), Verifikasi(), data.versi,
                  koreksi=koreksi)
    return sementara


def test_tidak_ada_dengan_spasi_tetap_seperti_tertulis():
    assert nik.teks_identitas(" Tidak  ada ") == ("Tidak ada", nik.BENTUK_TEKS)
    assert nik.teks_identitas("TIDAK\tADA") == ("TIDAK ADA", nik.BENTUK_TEKS)
    assert nik.penanda_kosong("Belum ada") and nik.penanda_kosong("TIDAKADA")
    # a NIK in groups still loses its spaces, and words that are no placeholder do too
    assert nik.bersihkan("6172 0115 0880 0001") == "6172011508800001"
    assert nik.bersihkan("ADA 1") == "ADA1"


def test_no_kk_tanda_kosong_menjadi_no_kk_kosong(db_path, tmp_path):
    baris = ml.baris_kepala()
    for r, no_kk in zip(baris, ("-", "TIDAK ADA", NO_KK_SAH), strict=True):
        r.append(no_kk)
    kepala = ml.xlsx(tmp_path / "kepala.xlsx", KEPALA_KK, baris, lembar="Kepala Keluarga")
    individu = ml.csv_berkas(tmp_path / "individu.csv", ml.INDIVIDU_2023, ml.baris_individu())
    hasil = cli(db_path, "import", kepala, individu)
    assert hasil.exit_code == 0, hasil.output

    temuan = temuan_json(db_path)
    assert [(t["rule"], t["id_keluarga"], t["column"], t["value"], t["file"], t["row"])
            for t in temuan] == [
        ("NO_KK_KOSONG", "0061720001", "no_kk", "-", "kepala.xlsx", 2),
        ("NO_KK_KOSONG", "0061720002", "no_kk", "TIDAK ADA", "kepala.xlsx", 3)]
    assert temuan[1]["message"] == (
        "No KK kosong (tertulis 'TIDAK ADA'); minta No KK keluarga ini ke Dukcapil atau lihat "
        "kartu KK saat kunjungan")
    assert _semua_cara(db_path) == [("NO_KK_KOSONG", "0061720001", "-"),
                                    ("NO_KK_KOSONG", "0061720002", "TIDAK ADA")]

    # the findings report lists them, and its legend explains the rule
    laporan = tmp_path / "temuan.xlsx"
    assert cli(db_path, "report-temuan", laporan).exit_code == 0
    wb = load_workbook(laporan, read_only=True)
    baris_temuan = [r for r in wb["Temuan"].iter_rows(values_only=True)][1:]
    assert sorted((r[0], r[1]) for r in baris_temuan) == [
        ("NO_KK_KOSONG", "0061720001"), ("NO_KK_KOSONG", "0061720002")]
    legenda = {r[0]: (r[1], r[2]) for r in wb["Ringkasan"].iter_rows(values_only=True) if r[0]}
    assert legenda["NO_KK_KOSONG"][0] == 2
    assert "Minta No KK ke Dukcapil" in legenda["NO_KK_KOSONG"][1]
    wb.close()

    # the form: a real No KK typed in Identitas ends the finding
    sementara = _simpan_koreksi(db_path, "0061720001", no_kk=NO_KK_SAH)
    assert [t.aturan for t in sementara] == []
    assert [(t["rule"], t["id_keluarga"]) for t in temuan_json(db_path)] == [
        ("NO_KK_KOSONG", "0061720002")]


def test_no_kk_tanda_kosong_di_csv_keluarga_saja(db_path, tmp_path):
    """A Keluarga file alone, from the csv module; a No KK that is no placeholder keeps
    NO_KK_FORMAT (its rule code is unchanged for scripts)."""
    baris = ml.baris_kepala()
    for r, no_kk in zip(baris, ("0", "--", "61720115088"), strict=True):
        r.append(no_kk)
    kepala = ml.csv_berkas(tmp_path / "kepala.csv", KEPALA_KK, baris)
    assert cli(db_path, "import", kepala).exit_code == 0
    assert sorted((t["rule"], t["id_keluarga"], t["value"]) for t in temuan_json(db_path)) == [
        ("NO_KK_FORMAT", "0061720003", "61720115088"),
        ("NO_KK_KOSONG", "0061720001", "0"), ("NO_KK_KOSONG", "0061720002", "--")]
    assert len(_semua_cara(db_path)) == 3


NIK_LAIN = "6172011508800002"
"""A valid NIK (Ahmad Yani's birth date and sex) that is not his NIK in the Individu file."""
NIK_AHMAD = "6172011508800001"
NIK_SITI = "6172015003850002"


def _kepala_dengan_nik(nik_keluarga1: str) -> list[list]:
    baris = ml.baris_kepala()
    baris[0][KOL_K("NIK Kepala Keluarga")] = nik_keluarga1
    return baris


def test_nik_kepala_berbeda_dalam_satu_impor(db_path, tmp_path):
    kepala = ml.xlsx(tmp_path / "kepala.xlsx", ml.KEPALA_2023, _kepala_dengan_nik(NIK_LAIN),
                     lembar="Kepala Keluarga")
    individu = ml.xlsx(tmp_path / "individu.xlsx", ml.INDIVIDU_2023, ml.baris_individu(),
                       lembar="Individu")
    assert cli(db_path, "import", kepala, individu).exit_code == 0
    temuan = temuan_json(db_path)
    assert [(t["rule"], t["id_keluarga"], t["id_individu"], t["column"], t["value"],
             t["file"], t["sheet"], t["row"]) for t in temuan] == [
        ("NIK_KEPALA_BERBEDA", "0061720001", None, "nik_kepala", NIK_LAIN, "kepala.xlsx",
         "Kepala Keluarga", 2)]
    assert temuan[0]["message"] == (
        f"NIK Kepala Keluarga di berkas keluarga ({NIK_LAIN}) tidak sama dengan NIK kepala di "
        f"berkas individu ({NIK_AHMAD}; berkas individu.xlsx, lembar 'Individu', baris 2)")
    assert _semua_cara(db_path) == [("NIK_KEPALA_BERBEDA", "0061720001", NIK_LAIN)]
    # masked as the other NIK findings are, both NIKs
    nilai, pesan = nik.samarkan_temuan(temuan[0]["column"], temuan[0]["value"],
                                       temuan[0]["message"])
    assert nilai == "617201******0002"
    assert NIK_LAIN not in pesan and NIK_AHMAD not in pesan
    assert "617201******0002" in pesan and "617201******0001" in pesan

    # the operator makes the family row agree with the head (Identitas): the finding goes
    assert _simpan_koreksi(db_path, "0061720001", nik_kepala=NIK_AHMAD) == []
    assert temuan_json(db_path) == []
    assert _semua_cara(db_path) == []


def test_nik_kepala_berbeda_hilang_bila_nik_anggota_diperbaiki(db_path, tmp_path):
    kepala = ml.xlsx(tmp_path / "kepala.xlsx", ml.KEPALA_2023, _kepala_dengan_nik(NIK_LAIN),
                     lembar="Kepala Keluarga")
    individu = ml.csv_berkas(tmp_path / "individu.csv", ml.INDIVIDU_2023, ml.baris_individu())
    assert cli(db_path, "import", kepala, individu).exit_code == 0
    assert [t["rule"] for t in temuan_json(db_path)] == ["NIK_KEPALA_BERBEDA"]
    with sdb.terbuka(db_path) as db:  # the head's NIK perbaikan, as the form's Perbaiki NIK
        data = sv.muat(db, "0061720001")
        sv.simpan(db, "0061720001", Pengguna("Ani", Peran.VERIFIKATOR), Verifikasi(),
                  data.versi, anggota=[sv.PerubahanAnggota("006172000101",
                                                           nik_perbaikan=NIK_LAIN)])
    assert temuan_json(db_path) == []
    assert _semua_cara(db_path) == []


def test_nik_kepala_sama_dengan_nik_istri_juga_berbeda(db_path, tmp_path):
    """The family row holds the wife's NIK: a member holds it, but not the head (the SQL
    filter let such a family pass as clean)."""
    kepala = ml.xlsx(tmp_path / "kepala.xlsx", ml.KEPALA_2023, _kepala_dengan_nik(NIK_SITI),
                     lembar="Kepala Keluarga")
    individu = ml.xlsx(tmp_path / "individu.xlsx", ml.INDIVIDU_2023, ml.baris_individu(),
                       lembar="Individu")
    assert cli(db_path, "import", kepala, individu).exit_code == 0
    assert [(t["rule"], t["value"]) for t in temuan_json(db_path)] == [
        ("NIK_KEPALA_BERBEDA", NIK_SITI)]
    assert _semua_cara(db_path) == [("NIK_KEPALA_BERBEDA", "0061720001", NIK_SITI)]


def test_nik_kepala_berbeda_berkas_keluarga_sesudah_individu(db_path, tmp_path):
    """Separate commands: the Individu file first, the Kepala Keluarga file after it. (The
    other order: tests/unit/test_impor_penutup19.py.)"""
    individu = ml.csv_berkas(tmp_path / "individu.csv", ml.INDIVIDU_2023, ml.baris_individu())
    assert cli(db_path, "import", individu).exit_code == 0
    assert temuan_json(db_path) == []
    kepala = ml.xlsx(tmp_path / "kepala.xlsx", ml.KEPALA_2023, _kepala_dengan_nik(NIK_LAIN),
                     lembar="Kepala Keluarga")
    assert cli(db_path, "import", kepala).exit_code == 0
    assert [(t["rule"], t["id_keluarga"], t["file"]) for t in temuan_json(db_path)] == [
        ("NIK_KEPALA_BERBEDA", "0061720001", "kepala.xlsx")]
    assert _semua_cara(db_path) == [("NIK_KEPALA_BERBEDA", "0061720001", NIK_LAIN)]

    # the Individu file again, in its own command: the family row keeps the family file's
    # NIK (closing note 19; it took the head's NIK and the finding went)
    individu2 = ml.xlsx(tmp_path / "individu2.xlsx", ml.INDIVIDU_2023, ml.baris_individu(),
                        lembar="Individu")
    assert cli(db_path, "import", individu2).exit_code == 0
    assert _semua_cara(db_path) == [("NIK_KEPALA_BERBEDA", "0061720001", NIK_LAIN)]
