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


def test_check_berkas_salah_ketik_bukan_basis_data_rusak(tmp_path):
    """A mistyped --db is said as such (exit 1), not as a damaged database whose user is told
    to stop working and restore a backup; no file is created."""
    salah = tmp_path / "kantr.db"
    for perintah in (["check"], ["check", "--quick"]):
        hasil = CliRunner().invoke(main, ["--db", str(salah), *perintah])
        assert hasil.exit_code == 1
        assert "tidak ada" in hasil.output and "--db" in hasil.output
        assert "RUSAK" not in hasil.output and "Pulihkan" not in hasil.output
    assert not salah.exists()
