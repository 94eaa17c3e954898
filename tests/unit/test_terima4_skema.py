"""Acceptance round terima4 (issue 6, schema): a database file of *each* earlier schema version
is kept under ``tests/data/skema/``, its accounts still sign in after the upgrade, and
``kalbar-desktop check`` does not call a database healthy whose schema version or migration
record was changed with an outside SQLite tool (the program could not open it any more)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import migrations, pengguna

SKEMA = Path(__file__).resolve().parents[1] / "data" / "skema"


def test_ada_berkas_untuk_setiap_skema_lama():
    lama = {int(m[:4]) for m in migrations.nama_migrasi()} - {migrations.versi_terbaru()}
    ada = {int(p.stem.split("_")[1]) for p in SKEMA.glob("skema_*.db")}
    assert ada == lama


@pytest.mark.parametrize("versi", ["0005", "0007", "0009", "0010"])
def test_akun_skema_lama_tetap_bisa_masuk(versi, tmp_path):
    path = tmp_path / "lama.db"
    shutil.copyfile(SKEMA / f"skema_{versi}.db", path)
    with sdb.terbuka(path) as db:
        ani = pengguna.periksa(db, "Ani", "Sandi-Lama-2024")
        assert ani.peran == "operator" and len(ani.wilayah) == 1
        assert pengguna.periksa(db, "admin", "Sandi-Lama-2023").peran == "admin"


def _db_sehat(tmp_path: Path) -> Path:
    path = tmp_path / "kab.db"
    with sdb.terbuka(path):
        pass
    return path


def _check(path: Path):
    return CliRunner().invoke(main, ["--db", str(path), "check"])


def test_versi_skema_diturunkan_dari_luar_bukan_sehat(tmp_path):
    path = _db_sehat(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.versi_terbaru() - 1}")
    conn.close()
    hasil = _check(path)
    assert hasil.exit_code == 1, hasil.output
    assert "RUSAK" in hasil.output
    assert f"versi skema {migrations.versi_terbaru() - 1}" in hasil.output
    assert migrations.nama_migrasi()[-1] in hasil.output


def test_catatan_migrasi_dihapus_dari_luar_bukan_sehat(tmp_path):
    path = _db_sehat(tmp_path)
    conn = sqlite3.connect(path)
    terbaru = migrations.nama_migrasi()[-1]
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [terbaru])
    conn.commit()
    conn.close()
    hasil = _check(path)
    assert hasil.exit_code == 1, hasil.output
    assert "RUSAK" in hasil.output
    assert terbaru in hasil.output and "tidak tercatat" in hasil.output


def test_skema_lama_asli_tetap_hanya_catatan(tmp_path):
    path = tmp_path / "lama.db"
    shutil.copyfile(SKEMA / "skema_0010.db", path)
    hasil = _check(path)
    assert hasil.exit_code == 0, hasil.output
    assert "SEHAT" in hasil.output and migrations.nama_migrasi()[-1] in hasil.output
