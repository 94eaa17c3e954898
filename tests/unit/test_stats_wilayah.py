"""``kalbar-desktop stats --user NAMA`` counts the account's regions (``akses.lingkup``), as the
window shows them to it, and says so; the password is read as every account command reads it
(here: the first line of standard input). Without ``--user`` the whole database is counted
without a password, as ``check-data`` does (a note on standard error says so when the database
has accounts); on a database without accounts the output is as it always was. On the demo
database (several kecamatan and desa) with accounts made through storage."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.domain.akses import Peran
from kalbar_desktop.storage import pengguna as sp
from tests.conftest import cuplikan

SANDI = "Sungai-Kapuas-77"


def _stats(db_path, *args, masukan: str | None = None):
    return CliRunner().invoke(main, ["--db", str(db_path), *args], input=masukan,
                              prog_name="kalbar-desktop")


def _desa(db) -> tuple[str, str]:
    """The demo's busiest desa, and a kecamatan without it."""
    desa = db.execute("SELECT kode_kemdagri FROM keluarga GROUP BY 1 ORDER BY count(*) DESC, 1 "
                      "LIMIT 1").fetchone()[0]
    kec = db.execute("SELECT substr(kode_kemdagri, 1, 6) FROM keluarga WHERE "
                     "substr(kode_kemdagri, 1, 6) <> ? GROUP BY 1 ORDER BY 1 LIMIT 1",
                     [desa[:6]]).fetchone()[0]
    return desa, kec


def _hitung(db, wilayah: tuple[str, ...]) -> dict:
    syarat = " OR ".join("k.kode_kemdagri LIKE ?" for _ in wilayah)
    p = [w + "%" for w in wilayah]
    k = db.execute(f"SELECT count(*) FROM keluarga k WHERE {syarat}", p).fetchone()[0]
    a = db.execute(f"SELECT count(*) FROM anggota JOIN keluarga k USING (id_keluarga) "
                   f"WHERE {syarat}", p).fetchone()[0]
    persetujuan = db.execute(f"SELECT count(*) FROM verifikasi_keluarga v JOIN keluarga k "
                             f"USING (id_keluarga) WHERE ({syarat}) AND v.persetujuan = 'DRAF'",
                             p).fetchone()[0]
    return {"keluarga": k, "anggota": a, "draf": persetujuan}


@pytest.fixture
def akun(db_demo, db_path):
    desa, kec = _desa(db_demo)
    sp.tambah(db_demo, "adm", Peran.ADMIN, SANDI, oleh="uji")
    sp.tambah(db_demo, "ani", Peran.OPERATOR, SANDI, [desa], oleh="adm")
    sp.tambah(db_demo, "vera", Peran.VERIFIKATOR, SANDI, [kec, desa], oleh="adm")
    return db_demo, desa, kec


def test_stats_user_menghitung_wilayah_kerja_akun(akun, db_path):
    db, desa, kec = akun
    semua = json.loads(_stats(db_path, "stats", "--json").stdout)
    assert semua["keluarga"] == db.execute("SELECT count(*) FROM keluarga").fetchone()[0]

    hasil = _stats(db_path, "stats", "--json", "--user", "ani", masukan=SANDI + "\n")
    assert hasil.exit_code == 0, hasil.output
    ani = json.loads(hasil.stdout)
    assert set(ani) == set(semua)  # exactly the promised keys
    harap = _hitung(db, (desa,))
    assert (ani["keluarga"], ani["anggota"]) == (harap["keluarga"], harap["anggota"])
    assert 0 < ani["keluarga"] < semua["keluarga"]
    assert ani["persetujuan"] == {"Draf": harap["draf"]}
    assert sum(ani["status_verifikasi"].values()) == ani["keluarga"]
    assert sum(ani["desil"].values()) == ani["keluarga"]
    assert f"Dihitung di wilayah kerja Anda (ani): {desa}." in hasil.stderr

    # two regions, plain text, the account named before the command (group level)
    hasil = _stats(db_path, "--user", "vera", "stats", masukan=SANDI + "\n")
    assert hasil.exit_code == 0, hasil.output
    harap = _hitung(db, (kec, desa))
    baris = hasil.stdout.splitlines()
    assert baris[0] == f"Dihitung di wilayah kerja Anda (vera): {kec}, {desa}."
    assert baris[1].startswith(f"Keluarga: {harap['keluarga']}  Anggota: {harap['anggota']}  ")
    # the admin sees the whole database, and is told so
    hasil = _stats(db_path, "stats", "--json", "--user", "adm", masukan=SANDI + "\n")
    assert json.loads(hasil.stdout) == semua
    assert "Dihitung di seluruh basis data (adm: semua wilayah)." in hasil.stderr
    # the sign-ins are audited as for every account command; nothing else is written
    assert db.execute("SELECT count(*) FROM audit_log WHERE aksi = 'MASUK' AND pengguna IN "
                      "('ani', 'vera', 'adm')").fetchone()[0] == 3


def test_stats_sandi_salah_atau_tanpa_sandi_ditolak(akun, db_path):
    db = akun[0]
    for masukan, pesan in (("bukan-sandinya\n", "salah"), ("", "tidak diberikan")):
        sebelum = cuplikan(db)
        hasil = _stats(db_path, "stats", "--user", "ani", masukan=masukan)
        assert hasil.exit_code == 1
        assert hasil.stderr.startswith("Gagal: ") and pesan in hasil.stderr, hasil.stderr
        assert "Keluarga:" not in hasil.stdout
        if masukan == "":
            assert cuplikan(db) == sebelum


def test_stats_tanpa_user_seluruh_basis_data(akun, db_path):
    hasil = _stats(db_path, "stats")
    assert hasil.exit_code == 0
    assert hasil.stdout.startswith("Keluarga: ")  # as it always was, no password asked
    assert hasil.stderr.startswith("Catatan: dihitung di seluruh basis data (tanpa --user).")


def test_stats_tanpa_akun_tetap_seperti_dulu(db_demo, db_path):
    biasa = _stats(db_path, "stats")
    dengan_user = _stats(db_path, "stats", "--user", "budi")
    assert biasa.exit_code == dengan_user.exit_code == 0
    assert dengan_user.stdout == biasa.stdout and biasa.stdout.startswith("Keluarga: ")
    assert biasa.stderr == dengan_user.stderr == ""
    assert json.loads(_stats(db_path, "stats", "--json", "--user", "budi").stdout)[
        "keluarga"] == db_demo.execute("SELECT count(*) FROM keluarga").fetchone()[0]
