"""Acceptance round terima4 (issue 6, accounts and audit): a failed sign-in typed in another
case than the account's name ("ANI" for "Ani") is recorded under the account's own name, so
the audit window's user filter shows the attempts against that account."""

from __future__ import annotations

from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.storage import audit
from kalbar_desktop.storage import db as sdb

SANDI = "Sungai-Kapuas-77"


def _cli(db_path, *args, masukan=None):
    return CliRunner().invoke(main, ["--db", str(db_path), *args], input=masukan)


def test_gagal_masuk_dicatat_atas_nama_akun(db_path):
    assert _cli(db_path, "users", "add", "Adm", "--role", "admin", masukan=SANDI).exit_code == 0
    assert _cli(db_path, "users", "add", "Ani", "--role", "operator", "--wilayah", "6172011001",
                masukan=SANDI).exit_code == 0
    gagal = _cli(db_path, "stats", "--user", "ANI", masukan="bukan-sandinya\n")
    assert gagal.exit_code == 1
    assert _cli(db_path, "stats", "--user", "ani", masukan=SANDI + "\n").exit_code == 0
    assert _cli(db_path, "stats", "--user", "Orang-Lain", masukan=SANDI + "\n").exit_code == 1
    with sdb.terbuka(db_path, baca_saja=True) as db:
        ani = [r[3] for r in audit.cari(db, audit.SaringAudit(pengguna="Ani"))]
        assert ani == ["MASUK", "MASUK_GAGAL"]  # newest first
        assert "ANI" not in audit.nilai_berbeda(db, "pengguna")
        # A name without an account is not kept (it may be a password typed into the name
        # field): recorded without a user (task privasi2).
        assert audit.cari(db, audit.SaringAudit(pengguna="Orang-Lain")) == []
        assert "Orang-Lain" not in audit.nilai_berbeda(db, "pengguna")
