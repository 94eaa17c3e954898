"""Accounts: argon2 hashes, sign-in audited (also failures), disabled accounts, the last admin,
region scope rules, and the ``users`` commands."""

import json

import pytest
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.domain.akses import Peran
from kalbar_desktop.storage import audit
from kalbar_desktop.storage import pengguna as sp
from tests.conftest import cuplikan

SANDI = "Sungai-Kapuas-77"


def _aksi(db):
    return [r[0] for r in db.execute("SELECT aksi FROM audit_log ORDER BY id")]


def test_akun_disimpan_dengan_hash_argon2_bukan_teks(db):
    sp.tambah(db, "ani", Peran.OPERATOR, SANDI, ["6172011001"], "Ani Lestari", oleh="adm",
              admin_dulu=False)
    hash_sandi = db.execute("SELECT hash_sandi FROM pengguna WHERE nama = 'ani'").fetchone()[0]
    assert hash_sandi.startswith("$argon2id$")
    assert SANDI not in repr(cuplikan(db))
    p = sp.cari(db, "ANI")  # names are case-insensitive
    assert p.peran == Peran.OPERATOR and p.wilayah == ("6172011001",)
    assert _aksi(db) == ["AKUN_DIBUAT"]


def test_masuk_berhasil_dan_gagal_dicatat(db):
    sp.tambah(db, "budi", Peran.VERIFIKATOR, SANDI, admin_dulu=False)
    with pytest.raises(sp.GagalMasuk, match="salah"):
        sp.periksa(db, "budi", "bukan-sandinya")
    with pytest.raises(sp.GagalMasuk):
        sp.periksa(db, "tidak-ada", SANDI)
    p = sp.periksa(db, "Budi", SANDI, keterangan="uji")
    assert p.nama == "budi" and p.peran == Peran.VERIFIKATOR
    baris = db.execute("SELECT aksi, pengguna FROM audit_log WHERE aksi LIKE 'MASUK%' "
                       "ORDER BY id").fetchall()
    assert baris == [("MASUK_GAGAL", "budi"), ("MASUK_GAGAL", None), ("MASUK", "budi")]
    assert sp.daftar(db)[0].terakhir_masuk is not None
    assert audit.periksa_jejak(db) == []


def test_akun_nonaktif_tidak_bisa_masuk_dan_admin_terakhir_dilindungi(db):
    sp.tambah(db, "adm", Peran.ADMIN, SANDI)
    sp.tambah(db, "ani", Peran.OPERATOR, SANDI, ["617201"])
    with pytest.raises(sp.KesalahanAkun, match="admin aktif terakhir"):
        sp.nonaktifkan(db, "adm", oleh="adm")
    with pytest.raises(sp.KesalahanAkun, match="admin aktif terakhir"):
        sp.ubah(db, "adm", peran="verifikator", oleh="adm")
    sp.nonaktifkan(db, "ani", oleh="adm")
    with pytest.raises(sp.GagalMasuk):
        sp.periksa(db, "ani", SANDI)
    assert sp.cari(db, "ani") is None
    sp.aktifkan(db, "ani", oleh="adm")
    assert sp.periksa(db, "ani", SANDI).wilayah == ("617201",)


@pytest.mark.parametrize("peran, wilayah, pesan", [
    ("operator", [], "wajib diberi wilayah"),
    ("admin", ["617201"], "jangan beri wilayah"),
    ("verifikator", ["61720"], "tidak sah"),
    ("kepala", [], "tidak dikenal"),
])
def test_aturan_peran_dan_wilayah(db, peran, wilayah, pesan):
    sebelum = cuplikan(db)
    with pytest.raises(sp.KesalahanAkun, match=pesan):
        sp.tambah(db, "x", peran, SANDI, wilayah)
    assert cuplikan(db) == sebelum


def test_nama_ganda_dan_sandi_lemah_ditolak_tanpa_menulis(db):
    sp.tambah(db, "ani", Peran.VERIFIKATOR, SANDI, admin_dulu=False)
    sebelum = cuplikan(db)
    with pytest.raises(sp.KesalahanAkun, match="sudah dipakai"):
        sp.tambah(db, "ANI", Peran.VERIFIKATOR, SANDI)
    with pytest.raises(sp.KesalahanAkun, match="minimal 8"):
        sp.tambah(db, "dodi", Peran.VERIFIKATOR, "pendek")
    with pytest.raises(sp.KesalahanAkun, match="minimal 8"):
        sp.ganti_sandi(db, "ani", "pendek")
    assert cuplikan(db) == sebelum


def test_nama_saja_tidak_memberi_hak_bila_ada_akun(db):
    assert sp.pengguna_sesi(db, "siapa").peran == Peran.VERIFIKATOR  # before accounts
    sp.tambah(db, "adm", Peran.ADMIN, SANDI)
    assert sp.pengguna_sesi(db, "adm").peran == Peran.ADMIN
    with pytest.raises(sp.AkunTidakAda):
        sp.pengguna_sesi(db, "siapa")


def test_ganti_sandi(db):
    sp.tambah(db, "ani", Peran.VERIFIKATOR, SANDI, admin_dulu=False)
    sp.ganti_sandi(db, "ani", "Danau-Sentarum-2026", oleh="ani")
    with pytest.raises(sp.GagalMasuk):
        sp.periksa(db, "ani", SANDI)
    assert sp.periksa(db, "ani", "Danau-Sentarum-2026").nama == "ani"
    assert "SANDI_DIGANTI" in _aksi(db)


def test_perintah_users(db_path):
    r = CliRunner()
    hasil = r.invoke(main, ["--db", str(db_path), "users", "add", "adm", "--role", "admin"],
                     input=SANDI + "\n")
    assert hasil.exit_code == 0, hasil.output
    assert "Akun adm dibuat" in hasil.output
    hasil = r.invoke(main, ["users", "add", "ani", "--role", "operator", "--wilayah",
                            "617201,6172021005", "--db", str(db_path)], input=SANDI + "\n")
    assert hasil.exit_code == 0, hasil.output
    hasil = r.invoke(main, ["users", "add", "dodi", "--role", "operator", "--db",
                            str(db_path)], input=SANDI + "\n")
    assert hasil.exit_code == 1 and "wajib diberi wilayah" in hasil.output
    hasil = r.invoke(main, ["users", "add", "eko", "--role", "verifikator", "--db",
                            str(db_path)], input="")
    assert hasil.exit_code == 1 and "Kata sandi untuk eko tidak diberikan" in hasil.output
    hasil = r.invoke(main, ["users", "list", "--json", "--db", str(db_path)])
    akun = {a["nama"]: a for a in json.loads(hasil.output)}
    assert akun["ani"]["wilayah"] == ["617201", "6172021005"]
    assert akun["adm"]["peran"] == "admin" and akun["adm"]["aktif"]
    hasil = r.invoke(main, ["users", "disable", "ani", "--db", str(db_path)])
    assert hasil.exit_code == 0 and "dinonaktifkan" in hasil.output
    hasil = r.invoke(main, ["users", "list", "--db", str(db_path)])
    assert "ani" in hasil.output and "tidak" in hasil.output
    hasil = r.invoke(main, ["users", "disable", "adm", "--db", str(db_path)])
    assert hasil.exit_code == 1 and "admin aktif terakhir" in hasil.output
    from kalbar_desktop.storage import db as sdb
    with sdb.terbuka(db_path) as db:
        oleh = {r[0] for r in db.execute("SELECT pengguna FROM audit_log")}
        assert all(o.startswith("konsol") for o in oleh)
        assert audit.periksa_jejak(db) == []


def test_penyimpanan_menolak_akun_pertama_bukan_admin_tanpa_diminta(db):
    """The rule lives in storage: any caller (a script, a future dialog) that creates a first
    account other than an admin is refused, the database unchanged; an admin first, then the
    others. Only a fixture that says ``admin_dulu=False`` sets up a database without an
    admin."""
    sebelum = cuplikan(db)
    for peran in (Peran.OPERATOR, Peran.VERIFIKATOR):
        with pytest.raises(sp.AdminBelumAda, match="akun pertama harus admin"):
            sp.tambah(db, "ani", peran, SANDI, ["617201"] if peran == Peran.OPERATOR else ())
    assert cuplikan(db) == sebelum
    sp.tambah(db, "adm", Peran.ADMIN, SANDI)
    assert sp.tambah(db, "ani", Peran.OPERATOR, SANDI, ["617201"]).peran == Peran.OPERATOR
    assert sp.tambah(db, "budi", Peran.VERIFIKATOR, SANDI).peran == Peran.VERIFIKATOR
