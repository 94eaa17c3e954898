"""Leftovers of the acceptance round terima6 (items 33 and 35), with files written by openpyxl
and the csv module:

- a NIK written as "no NIK" (``-``, ``--``, ``NULL``, ``0``, ``KOSONG``, ``TIDAK ADA``,
  ``N/A``, a number cell ``0``) is NIK_KOSONG quoting what was written, not NIK_FORMAT, in the
  import, the whole-database check (with and without its SQL filter) and a family's re-check;
  typed in the form, ``-`` is still refused;
- an ID written as text ``0061720001.0`` keeps its leading zeros and its finding says only the
  ``.0`` was dropped (it said the zeros may be lost).
"""

from __future__ import annotations

from pathlib import Path

from kalbar_desktop.domain import nik
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage.verifikasi import periksa_anggota_baru
from tests import masukan_luar as ml
from tests.temuan_uji import cli, temuan_json, temuan_semua_cara

KOL_I = ml.INDIVIDU_2023.index
KOL_K = ml.KEPALA_2023.index


def _semua_cara(db_path: Path) -> list[tuple]:
    return sorted((t["aturan"], t["id_individu"] or t["id_keluarga"], t["nilai"])
                  for t in temuan_semua_cara(db_path))


PENANDA = {"006172000101": "-", "006172000102": "NULL", "006172000201": "TIDAK ADA",
           "006172000202": 0, "006172000301": "N/A"}


def test_penanda_nik_di_xlsx_menjadi_nik_kosong(db_path, tmp_path):
    baris = ml.baris_individu()
    for r in baris:
        r[KOL_I("NIK")] = PENANDA[r[KOL_I("ID Individu")]]
    kepala = ml.xlsx(tmp_path / "kepala.xlsx", ml.KEPALA_2023, ml.baris_kepala(),
                     lembar="Kepala Keluarga")
    individu = ml.xlsx(tmp_path / "individu.xlsx", ml.INDIVIDU_2023, baris, lembar="Individu")
    assert cli(db_path, "import", kepala, individu).exit_code == 0

    nik_temuan = [t for t in temuan_json(db_path) if t["rule"].startswith("NIK")]
    assert sorted((t["rule"], t["id_individu"], t["value"]) for t in nik_temuan) == [
        ("NIK_KOSONG", "006172000101", "-"), ("NIK_KOSONG", "006172000102", "NULL"),
        ("NIK_KOSONG", "006172000201", "TIDAK ADA"), ("NIK_KOSONG", "006172000202", "0"),
        ("NIK_KOSONG", "006172000301", "N/A")]
    pesan = {t["id_individu"]: t["message"] for t in nik_temuan}
    assert pesan["006172000101"] == "NIK kosong (tertulis '-' di berkas sumber)"
    assert pesan["006172000201"] == "NIK kosong (tertulis 'TIDAK ADA' di berkas sumber)"
    assert [a for a, *_ in _semua_cara(db_path) if a.startswith("NIK")] == ["NIK_KOSONG"] * 5
    with sdb.terbuka(db_path) as db:  # what was written is kept
        nilai = dict(db.execute("SELECT id_individu, nik FROM anggota").fetchall())
        assert nilai["006172000101"] == "-"
        # words stay apart (closing18: stored and quoted as 'TIDAKADA', spaces removed), so
        # the source JSON needs no copy of what was written
        assert nilai["006172000201"] == "TIDAK ADA"
        assert db.execute("SELECT sumber_json FROM anggota WHERE id_individu = ?",
                          ["006172000201"]).fetchone()[0] is None


def test_penanda_nik_di_csv_dan_keluarga_saja(db_path, tmp_path):
    baris = ml.baris_kepala()
    for r, penanda in zip(baris, ("--", "KOSONG", "0"), strict=True):
        r[KOL_K("NIK Kepala Keluarga")] = penanda
    kepala = ml.csv_berkas(tmp_path / "kepala.csv", ml.KEPALA_2023, baris)
    assert cli(db_path, "import", kepala).exit_code == 0
    assert sorted((t["rule"], t["id_keluarga"], t["value"]) for t in temuan_json(db_path)) == [
        ("NIK_KOSONG", "0061720001", "--"), ("NIK_KOSONG", "0061720002", "KOSONG"),
        ("NIK_KOSONG", "0061720003", "0")]
    assert [a for a, *_ in _semua_cara(db_path)] == ["NIK_KOSONG"] * 3


def test_penanda_tidak_lolos_sebagai_nik_di_formulir():
    for ketik in ("-", "NULL", "0", "N/A"):
        assert not nik.urai_nik(ketik).sah
        _, masalah = periksa_anggota_baru({"nama": "Budi", "hubungan": "Anak", "nik": ketik})
        assert [m.field for m in masalah] == ["nik"], ketik
    # a value typed in the form (no ``bentuk``) is judged as a NIK, not as a placeholder
    keluarga = {"id_keluarga": "0061720001", "kode_kemdagri": "6172011001"}
    anggota = [{"id_keluarga": "0061720001", "id_individu": "X1", "nik": "-",
                "hubungan": "Kepala Keluarga", "nama": "Budi"}]
    from kalbar_desktop.domain.temuan import periksa_keluarga
    assert [t.aturan for t in periksa_keluarga(keluarga, anggota)] == ["NIK_FORMAT"]
    anggota[0]["nik_bentuk"] = nik.BENTUK_TEKS
    assert [t.aturan for t in periksa_keluarga(keluarga, anggota)] == ["NIK_KOSONG"]


def test_id_teks_berakhiran_titik_nol_tidak_dibilang_kehilangan_nol(db_path, tmp_path):
    kepala = ml.baris_kepala()
    kepala[0][KOL_K("ID Keluarga P3KE")] = "0061720001.0"
    individu = ml.baris_individu()
    individu[0][KOL_I("ID Keluarga P3KE")] = "0061720001.0"
    individu[0][KOL_I("ID Individu")] = "006172000101.0"
    k = ml.xlsx(tmp_path / "kepala.xlsx", ml.KEPALA_2023, kepala, lembar="Kepala Keluarga")
    i = ml.csv_berkas(tmp_path / "individu.csv", ml.INDIVIDU_2023, individu)
    assert cli(db_path, "import", k, i).exit_code == 0
    with sdb.terbuka(db_path) as db:
        assert db.execute("SELECT count(*) FROM keluarga").fetchone()[0] == 3
        assert db.execute("SELECT id_individu FROM anggota WHERE id_keluarga = '0061720001' "
                          "ORDER BY urutan").fetchall() == [("006172000101",),
                                                            ("006172000102",)]
    temuan = [t for t in temuan_json(db_path) if t["rule"] == "ID_RUSAK_EXCEL"]
    assert sorted((t["id_individu"] or "", t["column"], t["value"]) for t in temuan) == [
        ("", "id_keluarga", "0061720001"),
        ("006172000101", "id_individu", "006172000101")]
    for t in temuan:
        assert "nol di depannya utuh, hanya .0 yang dibuang" in t["message"], t
        assert "bisa hilang" not in t["message"]
    assert any(t["message"].startswith("ID Keluarga tertulis 0061720001.0 ") for t in temuan)
    assert sorted(_semua_cara(db_path)) == sorted(
        ("ID_RUSAK_EXCEL", t["id_individu"] or t["id_keluarga"], t["value"]) for t in temuan)


def test_angka_teks_tanpa_nol_di_depan_tetap_angka():
    assert nik.teks_identitas("61720001.0") == ("61720001", nik.BENTUK_ANGKA)
    assert nik.teks_identitas("0061720001.0") == ("0061720001", nik.BENTUK_DESIMAL)
    assert nik.teks_identitas("6172011508800001.0") == ("6172011508800001", nik.BENTUK_ANGKA)
