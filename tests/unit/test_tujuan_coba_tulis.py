"""The early "folder cannot be written" check tries a file instead of asking ``os.access``: on
Windows ``os.access`` reads only the read-only flag, never the folder's permissions (ACLs), so
every folder looked writable and the check did nothing (closing note 19, Export). Here
``os.access`` is made to answer as it does on Windows (yes to everything) and the folder must
still be refused before the work starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kalbar_desktop.exchange import ekspor
from kalbar_desktop.exchange import tujuan as xtujuan
from kalbar_desktop.storage import db as sdb
from tests.conftest import cuplikan
from tests.unit.ekspor_data import VERIFIKATOR, salin
from tests.unit.test_lingkungan import AKAR, _tanpa_hak_root

PROC = Path("/proc")


def _harapan(folder: Path) -> str:
    return (f"x.xlsx tidak ditulis: folder tujuan {folder} tidak boleh ditulisi (folder sistem, "
            "atau Anda tidak punya izin menulis di sana). Tidak ada berkas yang ditulis.")


@pytest.fixture
def seperti_windows(monkeypatch):
    """``os.access`` says every folder is writable, as Python does on Windows."""
    monkeypatch.setattr(os, "access", lambda *_a, **_k: True)


def test_proc_ditolak_sebelum_bekerja(seperti_windows, templat_ekspor, tmp_path):
    """/proc takes no new file, for root too; the export is refused by its options' check,
    before the recap is counted."""
    assert _harapan(PROC) in xtujuan.alasan_tidak_bisa_ditulis(PROC / "x.xlsx")
    db_path = salin(templat_ekspor[0], tmp_path / "kantor.db")
    with sdb.terbuka(db_path) as db:
        sebelum = cuplikan(db)
        masalah = ekspor.periksa_opsi(db, ekspor.OpsiEkspor(PROC / "x.xlsx"), VERIFIKATOR)
        assert cuplikan(db) == sebelum
    assert any(_harapan(PROC) in m for m in masalah)


def test_folder_biasa_tidak_kejatuhan_berkas_coba(seperti_windows, tmp_path):
    """A folder that takes files passes, and the file tried there is gone again."""
    assert xtujuan.alasan_tidak_bisa_ditulis(tmp_path / "x.xlsx") is None
    assert list(tmp_path.iterdir()) == []


_SKRIP = """
import os, sys
os.access = lambda *a, **k: True  # as on Windows
from kalbar_desktop.exchange import tujuan
print(tujuan.alasan_tidak_bisa_ditulis(sys.argv[1]))
"""


def test_folder_0555_ditolak_walau_os_access_bilang_boleh(tmp_path):
    """A folder of mode 0555, the check run without root's right to write anywhere (setpriv
    when the tests run as root), as an office user runs it."""
    folder = tmp_path / "hanya-baca"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        hasil = subprocess.run([*_tanpa_hak_root(), sys.executable, "-c", _SKRIP,
                                str(folder / "x.xlsx")], capture_output=True, text=True,
                               timeout=60, env=dict(os.environ, PYTHONPATH=str(AKAR)))
    finally:
        folder.chmod(0o755)
    assert hasil.returncode == 0, hasil.stderr
    assert _harapan(folder) in " ".join(hasil.stdout.split())
    assert list(folder.iterdir()) == []
