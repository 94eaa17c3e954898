"""Personal data on the console (UU 27/2022): ``check-data`` and ``stats`` follow one rule.

On a database with accounts and without a signed-in account, nothing personal is shown in
clear: ``check-data`` masks every NIK and No KK (the finding's value and its message, as the
window masks them for an account without the right), ``stats`` counts the whole database;
each says so on standard error. With ``--user NAMA`` (password asked) both show that account's
view: the families of its work regions, full NIKs only for a role that sees them. On a
database without accounts (right after ``import``) the output is as it always was, the JSON
keys included. Files written with openpyxl: a NIK used twice, a 15-digit NIK."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.domain.nik import samarkan_temuan
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as spengguna
from tests.masukan_luar import pasangan_2023

AKAR = Path(__file__).resolve().parents[2]
SANDI = "Sandi-Kuat-123"
NIK_AHMAD = "6172011508800001"
"""Ahmad's NIK, also written for Lukas (another family, another desa): NIK_GANDA twice."""
NIK_BONG_15 = "617202200260001"
"""Bong Kim Fui's NIK with a digit missing: NIK_FORMAT."""
KUNCI_JSON = ["rule", "id_keluarga", "id_individu", "message", "column", "value", "file",
              "sheet", "row"]
_NIK_PENUH = re.compile(r"(?<!\d)(6172011508800001|617202200260001)(?!\d)")


def _nik(n: str) -> str:
    return {"6172010505950004": NIK_AHMAD, "6172022002600001": NIK_BONG_15}.get(n, n)


@pytest.fixture
def tanpa_akun(tmp_path):
    """Three families (desa 6172011001, 6172011002, 6172021001) imported on the console."""
    path = tmp_path / "kab.db"
    berkas = pasangan_2023(tmp_path, nik=_nik)
    r = CliRunner().invoke(main, ["--db", str(path), "import", *map(str, berkas),
                                  "--user", "Budi"])
    assert r.exit_code == 0, r.output
    return path


@pytest.fixture
def dengan_akun(tanpa_akun):
    with sdb.terbuka(tanpa_akun) as db:
        spengguna.tambah(db, "adm", "admin", SANDI, oleh="uji")
        spengguna.tambah(db, "Rina", "verifikator", SANDI, oleh="uji")
        spengguna.tambah(db, "Ani", "operator", SANDI, wilayah=["6172011001"], oleh="uji")
        spengguna.tambah(db, "Vera", "verifikator", SANDI, wilayah=["617202"], oleh="uji")
    return tanpa_akun


def _jalan(path, *args, sandi: str | None = None):
    return CliRunner().invoke(main, ["--db", str(path), *args],
                              input=None if sandi is None else sandi + "\n")


def _json(path, *args, sandi=None) -> list[dict]:
    r = _jalan(path, "check-data", "--json", *args, sandi=sandi)
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def test_tanpa_akun_keluaran_tetap(tanpa_akun):
    """As before: full NIKs, the same keys, nothing on standard error."""
    daftar = _json(tanpa_akun)
    assert all(list(t) == KUNCI_JSON for t in daftar)
    ganda = [t for t in daftar if t["rule"] == "NIK_GANDA"]
    assert [(t["id_individu"], t["value"]) for t in ganda] == [
        ("006172000101", NIK_AHMAD), ("006172000202", NIK_AHMAD)]
    assert ganda[0]["message"] == f"NIK {NIK_AHMAD} juga dipakai oleh 0061720002/006172000202"
    assert [t["value"] for t in daftar if t["rule"] == "NIK_FORMAT"] == [NIK_BONG_15]
    r = _jalan(tanpa_akun, "check-data")
    assert r.exit_code == 0 and r.stderr == ""
    assert f"NIK {NIK_AHMAD} juga dipakai" in r.stdout
    assert _jalan(tanpa_akun, "check-data", "--json", "--user", "Budi").stdout == _jalan(
        tanpa_akun, "check-data", "--json").stdout


@pytest.mark.parametrize("json_", [True, False])
def test_dengan_akun_tanpa_user_nik_disamarkan(tanpa_akun, dengan_akun, json_):
    r = _jalan(dengan_akun, "check-data", *(["--json"] if json_ else []))
    assert r.exit_code == 0, r.output
    assert not _NIK_PENUH.search(r.stdout), r.stdout
    assert "NIK dan No KK disamarkan" in r.stderr and "--user" in r.stderr
    if json_:
        daftar = json.loads(r.stdout)
        assert all(list(t) == KUNCI_JSON for t in daftar)
        ganda = [t for t in daftar if t["rule"] == "NIK_GANDA"]
        assert [(t["id_keluarga"], t["id_individu"], t["value"]) for t in ganda] == [
            ("0061720001", "006172000101", "617201******0001"),
            ("0061720002", "006172000202", "617201******0001")]
        assert ganda[0]["message"] == ("NIK 617201******0001 juga dipakai oleh "
                                       "0061720002/006172000202")
        assert [t["value"] for t in daftar if t["rule"] == "NIK_FORMAT"] == ["617202*****0001"]
        assert len(daftar) == len(_json(dengan_akun, "--user", "Rina", sandi=SANDI))
    else:
        assert "NIK 617201******0001 juga dipakai oleh 0061720002/006172000202" in r.stdout


def test_dengan_user_seperti_di_jendela(dengan_akun):
    semua = _json(dengan_akun, "--user", "Rina", sandi=SANDI)
    assert NIK_AHMAD in {t["value"] for t in semua}  # a verifikator sees full NIKs
    ani = _json(dengan_akun, "--user", "Ani", sandi=SANDI)
    assert ani and {t["id_keluarga"] for t in ani} == {"0061720001"}  # her desa only
    assert [t["value"] for t in ani if t["rule"] == "NIK_GANDA"] == ["617201******0001"]
    assert not _NIK_PENUH.search(json.dumps(ani))
    vera = _json(dengan_akun, "--user", "Vera", sandi=SANDI)
    assert {t["id_keluarga"] for t in vera} == {"0061720003"}
    assert [t["value"] for t in vera if t["rule"] == "NIK_FORMAT"] == [NIK_BONG_15]
    with sdb.terbuka(dengan_akun, baca_saja=True) as db:
        assert db.execute("SELECT pengguna, keterangan FROM audit_log WHERE aksi = 'MASUK' "
                          "ORDER BY id").fetchall() == [
            ("Rina", "konsol: check-data"), ("Ani", "konsol: check-data"),
            ("Vera", "konsol: check-data")]
    r = _jalan(dengan_akun, "check-data", "--user", "Ani", sandi="bukan-sandinya-9")
    assert r.exit_code == 1 and r.stdout == ""
    assert "Nama pengguna atau kata sandi salah" in r.stderr


def test_stats_dan_check_data_sepakat(dengan_akun):
    """The same rule for the counts: without --user the whole database (said on standard
    error), with --user the account's regions; the findings counted are the ones listed."""
    def temuan(*args, sandi=None) -> int:
        r = _jalan(dengan_akun, "stats", *args, sandi=sandi)
        assert r.exit_code == 0, r.output
        return int(re.search(r"Temuan: (\d+)", r.stdout).group(1))

    r = _jalan(dengan_akun, "stats", "--json")
    assert json.loads(r.stdout)["keluarga"] == 3
    assert "dihitung di seluruh basis data (tanpa --user)" in r.stderr
    assert temuan() == len(_json(dengan_akun))
    assert temuan("--user", "Ani", sandi=SANDI) == len(
        _json(dengan_akun, "--user", "Ani", sandi=SANDI))
    r = _jalan(dengan_akun, "stats", "--json", "--user", "Ani", sandi=SANDI)
    assert json.loads(r.stdout)["keluarga"] == 1


def test_samarkan_temuan_hanya_nomor():
    assert samarkan_temuan("nik", "6.17201E+15", "NIK tertulis dalam notasi ilmiah (6.17201E+15)"
                           ) == ("6.*****E+15", "NIK tertulis dalam notasi ilmiah (6.*****E+15)")
    assert samarkan_temuan("no_kk", "6172", "No KK 6172 pendek; keluarga 0061720001") == (
        "****", "No KK **** pendek; keluarga 0061720001")
    assert samarkan_temuan("pendidikan", "SD kelas 4", "Pendidikan: nilai SD kelas 4 ...") == (
        "SD kelas 4", "Pendidikan: nilai SD kelas 4 ...")
    assert samarkan_temuan("hubungan", None, f"mirip {NIK_AHMAD} di 006172000101") == (
        None, "mirip 617201******0001 di 006172000101")


def test_dengan_user_saat_program_lain_menulis(dengan_akun):
    """Another program writes: the command reads read-only; the sign-in is checked but not
    recorded (as in a read-only window), where it was refused as a 'read-only file'."""
    penulis = subprocess.Popen(
        [sys.executable, "-c", "import sys; from kalbar_desktop.storage import db; "
         f"d = db.buka({str(dengan_akun)!r}); print('siap', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env=dict(os.environ, PYTHONPATH=str(AKAR)))
    try:
        assert penulis.stdout.readline().strip() == "siap"
        ani = _json(dengan_akun, "--user", "Ani", sandi=SANDI)
        assert {t["id_keluarga"] for t in ani} == {"0061720001"}
        r = _jalan(dengan_akun, "stats", "--json", "--user", "Ani", sandi=SANDI)
        assert r.exit_code == 0, r.output
        assert json.loads(r.stdout)["keluarga"] == 1
        r = _jalan(dengan_akun, "check-data", "--user", "Ani", sandi="bukan-sandinya-9")
        assert r.exit_code == 1 and "Nama pengguna atau kata sandi salah" in r.stderr
    finally:
        penulis.communicate("", timeout=30)
    with sdb.terbuka(dengan_akun, baca_saja=True) as db:
        assert db.execute("SELECT count(*) FROM audit_log WHERE aksi LIKE 'MASUK%'"
                          ).fetchone() == (0,)
