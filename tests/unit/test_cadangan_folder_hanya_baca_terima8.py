"""A backup to a folder that takes no file names the folder: to a read-only folder it said
"Akses ... ditolak: berkas itu sedang dibuka program lain (tutup dulu di Excel)", and to a
system folder such as /proc that a flash drive "may have been pulled". Acceptance round
terima8 (issue 6, backups; the export got the same in terima7)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import cadangan
from kalbar_desktop.storage import db as sdb
from tests.masukan_luar import pasangan_2023
from tests.unit.test_lingkungan import _konsol


@pytest.fixture
def db_path(tmp_path) -> Path:
    path = tmp_path / "kantor.db"
    with sdb.terbuka(path) as db:
        impor_p3ke.impor(db, list(pasangan_2023(tmp_path)), pengguna="penguji")
    return path


def _harapan(folder: Path) -> str:
    return (f"Folder {folder} tidak boleh ditulisi (folder sistem, atau Anda tidak punya izin "
            "menulis di sana). Pilih folder lain")


def test_backup_ke_folder_hanya_baca(db_path, tmp_path):
    folder = tmp_path / "hanya-baca"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        hasil = _konsol("--db", db_path, "backup", folder)
    finally:
        folder.chmod(0o755)
    assert hasil.returncode == 1, hasil.stderr
    pesan = " ".join(hasil.stderr.split())
    assert _harapan(folder) in pesan
    assert "Excel" not in pesan
    assert list(folder.iterdir()) == []


def test_cadangan_ke_proc(db_path):
    with sdb.terbuka(db_path) as db, pytest.raises(cadangan.KesalahanCadangan) as e:
        cadangan.cadangkan(db, Path("/proc") / "salinan.db")
    assert _harapan(Path("/proc")) in str(e.value)
    assert "dilepas" not in str(e.value)
