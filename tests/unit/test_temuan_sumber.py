"""Members a newer file no longer brings (ada_di_sumber = 0) are not heads and hold no NIK for
KK_KEPALA_GANDA, KK_TANPA_KEPALA and NIK_GANDA: after the re-import, in the whole-database
check (with and without its SQL filter), after a save of the family and in the form's check."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import temuan as stemuan
from kalbar_desktop.storage import verifikasi as sv
from tests import masukan_luar as ml

KOL = ml.INDIVIDU_2023.index
ATURAN = ("KK_KEPALA_GANDA", "KK_TANPA_KEPALA", "NIK_GANDA")


def _cli(db_path: Path, *args):
    return CliRunner().invoke(main, ["--db", str(db_path), *map(str, args)],
                              catch_exceptions=False)


def _temuan(db_path: Path) -> set[tuple]:
    hasil = _cli(db_path, "check-data", "--json")
    assert hasil.exit_code == 0, hasil.output
    return {(t["rule"], t["id_keluarga"], t["id_individu"]) for t in json.loads(hasil.output)
            if t["rule"] in ATURAN}


def _file_baru(tmp_path: Path) -> Path:
    """The newer Individu file (openpyxl): in 0061720001 the head died and his wife is the new
    head; Lukas left 0061720002 for a new family 0061720004 under a new ID Individu (same
    NIK); in 0061720003 the head is gone and only his wife, added now, remains."""
    rows = ml.baris_individu()
    rows = [r for r in rows if r[KOL("ID Individu")] not in (
        "006172000101", "006172000202", "006172000301")]
    siti = next(r for r in rows if r[KOL("ID Individu")] == "006172000102")
    siti[KOL("Hubungan dengan Kepala Keluarga")] = "Kepala Keluarga"
    lukas = [*ml.baris_individu()[3]]
    lukas[KOL("ID Keluarga P3KE")] = "0061720004"
    lukas[KOL("ID Individu")] = "006172000401"
    lukas[KOL("Hubungan dengan Kepala Keluarga")] = "Kepala Keluarga"
    istri = [*ml.baris_individu()[4]]
    istri[KOL("ID Individu")] = "006172000302"
    istri[KOL("Nama")] = "Lim Mei Ling"
    istri[KOL("NIK")] = "6172026503650002"
    istri[KOL("Tanggal Lahir")] = ml.dt.date(1965, 3, 25)
    istri[KOL("Jenis Kelamin")] = "Perempuan"
    istri[KOL("Hubungan dengan Kepala Keluarga")] = "Istri/Suami"
    return ml.xlsx(tmp_path / "individu_baru.xlsx", ml.INDIVIDU_2023, [*rows, lukas, istri],
                   lembar="Individu")


def test_anggota_hilang_dari_sumber_tidak_dihitung(db_path, tmp_path):
    kepala, individu = ml.pasangan_2023(tmp_path)
    assert _cli(db_path, "import", kepala, individu).exit_code == 0
    assert _temuan(db_path) == set()

    hasil = _cli(db_path, "import", _file_baru(tmp_path))
    assert hasil.exit_code == 0, hasil.output
    with sdb.terbuka(db_path) as db:
        hilang = {r[0] for r in db.execute(
            "SELECT id_individu FROM anggota WHERE ada_di_sumber = 0")}
    assert hilang == {"006172000101", "006172000202", "006172000301"}
    # no second head in 0061720001, no duplicate of Lukas's NIK; 0061720003 has no head left
    diharapkan = {("KK_TANPA_KEPALA", "0061720003", None)}
    assert _temuan(db_path) == diharapkan

    with sdb.terbuka(db_path) as db:
        # the whole-database check, with and without its SQL filter
        stemuan.hitung_ulang_semua(db)
        assert _temuan(db_path) == diharapkan
        stemuan.hitung_ulang_semua(db, saring=False)
        assert _temuan(db_path) == diharapkan

        # a save of each family recomputes its findings with the same rule
        ani = Pengguna("Ani", Peran.OPERATOR)
        for idk in ("0061720001", "0061720002", "0061720004", "0061720003"):
            data = sv.muat(db, idk)
            sv.simpan(db, idk, ani, Verifikasi(catatan="dicek"), data.versi)
        assert _temuan(db_path) == diharapkan

        # the form's check of unsaved values (the members as the form holds them)
        for idk in ("0061720001", "0061720002"):
            data = sv.muat(db, idk)
            nilai = {**data.nilai, "id_keluarga": idk, "asal": data.asal,
                     "ada_di_sumber": data.ada_di_sumber}
            daftar = stemuan.periksa_keluarga_sementara(db, nilai, data.anggota)
            assert [t for t in daftar if t.aturan in ATURAN] == [], idk


def test_anggota_hilang_kembali_dihitung_lagi(db_path, tmp_path):
    """A later file that brings the removed head back makes him count again."""
    kepala, individu = ml.pasangan_2023(tmp_path)
    assert _cli(db_path, "import", kepala, individu).exit_code == 0
    assert _cli(db_path, "import", _file_baru(tmp_path)).exit_code == 0
    rows = ml.baris_individu()
    rows[1][KOL("Hubungan dengan Kepala Keluarga")] = "Kepala Keluarga"  # Siti, Ahmad back
    ketiga = ml.xlsx(tmp_path / "individu_ketiga.xlsx", ml.INDIVIDU_2023, rows,
                     lembar="Individu")
    assert _cli(db_path, "import", ketiga).exit_code == 0
    temuan = _temuan(db_path)
    assert ("KK_KEPALA_GANDA", "0061720001", None) in temuan
    with sdb.terbuka(db_path) as db:
        stemuan.hitung_ulang_semua(db)
    assert _temuan(db_path) == temuan


def test_anggota_lokal_tetap_dihitung(db_path, tmp_path):
    """A member added locally (asal 'baru', ada_di_sumber 0 by construction) is not "gone":
    a second head added by hand is still KK_KEPALA_GANDA."""
    kepala, individu = ml.pasangan_2023(tmp_path)
    assert _cli(db_path, "import", kepala, individu).exit_code == 0
    with sdb.terbuka(db_path) as db:
        data = sv.muat(db, "0061720003")
        sv.simpan(db, "0061720003", Pengguna("Ani", Peran.OPERATOR), Verifikasi(), data.versi,
                  anggota=[sv.PerubahanAnggota(None, data_baru={
                      "nama": "Kepala Kedua", "hubungan": "Kepala Keluarga"})])
    assert ("KK_KEPALA_GANDA", "0061720003", None) in _temuan(db_path)
