"""Disk full: which disk. A big import writes its staging table into SQLite's temporary folder
(``SQLITE_TMPDIR``/``TMPDIR``/``/var/tmp``; Windows ``TMP``): when that disk fills up while the
database's own disk has room, the message names the temporary folder, not "the disk" of the
database; when the database's disk is the full one, it names that folder. Real small disks:
tmpfs mounted in a private mount namespace (``unshare``, util-linux; no root needed where user
namespaces are allowed). The database is unchanged either way."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kalbar_desktop.exchange import demo
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import galat
from tests.conftest import cuplikan

AKAR = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def berkas_besar(tmp_path_factory) -> list[Path]:
    """Enough families for the staging table to leave SQLite's page cache."""
    return demo.tulis(tmp_path_factory.mktemp("demo1500"),
                      demo.OpsiDemo(keluarga=1500, seed=8, cacat=0))


def _dalam_ruang_sendiri(skrip: str, env: dict) -> subprocess.CompletedProcess:
    unshare = shutil.which("unshare")
    assert unshare, "unshare (util-linux) dibutuhkan untuk uji disk kecil (tmpfs)"
    return subprocess.run([unshare, "--mount", "--map-root-user", "sh", "-ec", skrip],
                          capture_output=True, text=True, timeout=180, env=env)


def _impor(db: Path, berkas: list[Path]) -> str:
    return shlex.join([sys.executable, "-m", "kalbar_desktop", "--db", str(db), "import",
                       *map(str, berkas)])


def test_folder_sementara_penuh_disebut_bukan_disk_basis_data(tmp_path, berkas_besar):
    db = tmp_path / "Data Dinsos" / "kab.db"
    db.parent.mkdir()
    with sdb.terbuka(db) as basis:
        sebelum = cuplikan(basis)
    tmp = tmp_path / "Temp"
    tmp.mkdir()
    env = dict(os.environ, PYTHONPATH=str(AKAR), SQLITE_TMPDIR=str(tmp))
    hasil = _dalam_ruang_sendiri(
        f"mount -t tmpfs -o size=64k tmpfs '{tmp}'\n{_impor(db, berkas_besar)}", env)
    assert hasil.returncode == 1, (hasil.stdout, hasil.stderr)
    assert hasil.stderr.startswith(
        "Gagal: Impor gagal; basis data tidak berubah. Disk penuh: disk folder sementara "
        f"{tmp} (sisa sekarang "), hasil.stderr
    assert (f"jadi basis data kab.db tidak bisa menyimpan perubahan; disk basis data itu "
            f"sendiri ({db.parent}) masih punya ") in hasil.stderr
    assert "Kosongkan ruang di disk folder sementara itu" in hasil.stderr
    with sdb.terbuka(db, baca_saja=True, migrasi=False) as basis:
        assert cuplikan(basis) == sebelum


def test_disk_basis_data_penuh_disebut_foldernya(tmp_path, berkas_besar):
    kecil = tmp_path / "FLASHDISK"
    kecil.mkdir()
    asal = tmp_path / "kab.db"
    with sdb.terbuka(asal):
        pass
    env = dict(os.environ, PYTHONPATH=str(AKAR), SQLITE_TMPDIR=str(tmp_path))
    db = kecil / "kab.db"
    hitung = (f"{sys.executable} -c \"from kalbar_desktop.storage import db as s; "
              f"d = s.buka('{db}', baca_saja=True); "
              "print('KELUARGA', d.execute('SELECT count(*) FROM keluarga').fetchone()[0])\"")
    hasil = _dalam_ruang_sendiri(
        f"mount -t tmpfs -o size=1m tmpfs '{kecil}'\ncp '{asal}' '{db}'\n"
        f"{_impor(db, berkas_besar)} || true\n{hitung}", env)
    assert hasil.returncode == 0, (hasil.stdout, hasil.stderr)
    assert hasil.stderr.startswith(
        "Gagal: Impor gagal; basis data tidak berubah. Disk penuh: basis data kab.db tidak "
        f"bisa menyimpan perubahan. Kosongkan ruang di disk itu di {kecil} "), hasil.stderr
    assert "KELUARGA 0" in hasil.stdout


def test_folder_sementara_seperti_sqlite(monkeypatch, tmp_path):
    monkeypatch.setenv("SQLITE_TMPDIR", str(tmp_path))
    assert galat.folder_sementara_sqlite() == tmp_path
    monkeypatch.setenv("SQLITE_TMPDIR", str(tmp_path / "tidak-ada"))
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    assert galat.folder_sementara_sqlite() == tmp_path
