"""Acceptance round terima4 (issues 2 and 6, console): ``import`` without ``--user`` on a
database without accounts records the login name, as its help says ("bawaan: nama login"), in
the import batch and in the audit trail; before, both held no user at all."""

from __future__ import annotations

from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.storage import db as sdb
from tests.masukan_luar import pasangan_2023


def test_impor_tanpa_user_mencatat_nama_login(tmp_path, monkeypatch):
    for v in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(v, "siti")
    db_path = tmp_path / "kab.db"
    berkas = pasangan_2023(tmp_path)
    hasil = CliRunner().invoke(main, ["--db", str(db_path), "import", *map(str, berkas)])
    assert hasil.exit_code == 0, hasil.output
    with sdb.terbuka(db_path, baca_saja=True) as db:
        assert db.execute("SELECT pengguna FROM impor").fetchall() == [("siti",)]
        assert db.execute("SELECT pengguna FROM audit_log WHERE aksi = 'IMPOR'").fetchall() == [
            ("siti",)]


def test_impor_dengan_user_tanpa_akun_mencatat_nama_itu(tmp_path):
    db_path = tmp_path / "kab.db"
    berkas = pasangan_2023(tmp_path)
    hasil = CliRunner().invoke(main, ["--db", str(db_path), "import", *map(str, berkas),
                                      "--user", "Budi"])
    assert hasil.exit_code == 0, hasil.output
    with sdb.terbuka(db_path, baca_saja=True) as db:
        assert db.execute("SELECT pengguna FROM impor").fetchall() == [("Budi",)]
