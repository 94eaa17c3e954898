"""A target folder that is there but takes no file (no write permission, a system folder such
as /proc) is named as such: the message said the folder "may have been removed" (terima7
items 67 and 78)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.exchange import ekspor
from kalbar_desktop.storage import db as sdb
from tests.conftest import cuplikan
from tests.unit.ekspor_data import VERIFIKATOR, salin
from tests.unit.test_lingkungan import _konsol

PROC = Path("/proc")


@pytest.fixture
def db_path(templat_ekspor, tmp_path):
    return salin(templat_ekspor[0], tmp_path / "kantor.db")


def _harapan(folder: Path) -> str:
    return (f"x.xlsx tidak ditulis: folder tujuan {folder} tidak boleh ditulisi (folder sistem, "
            "atau Anda tidak punya izin menulis di sana). Tidak ada berkas yang ditulis.")


@pytest.mark.parametrize("dengan_nama", [False, True])
def test_ekspor_ke_proc(db_path, dengan_nama):
    """/proc is there and refuses every new file, for root too (the file 'does not exist')."""
    with sdb.terbuka(db_path) as db:
        sebelum = cuplikan(db)
        with pytest.raises(ekspor.KesalahanEkspor) as e:
            ekspor.ekspor(db, ekspor.OpsiEkspor(PROC / "x.xlsx", dengan_nama=dengan_nama,
                                                alasan="Kiriman provinsi"), VERIFIKATOR)
        assert cuplikan(db) == sebelum
    assert _harapan(PROC) in str(e.value)
    assert "dilepas" not in str(e.value)
    assert not any(p.name.startswith(("x.xlsx", ".x.xlsx")) for p in PROC.iterdir())


def test_export_konsol_ke_proc(db_path):
    hasil = CliRunner().invoke(main, ["--db", str(db_path), "export", str(PROC / "x.xlsx"),
                                      "--user", "Budi"], catch_exceptions=False)
    assert hasil.exit_code == 1
    assert f"Gagal: {_harapan(PROC)}" in " ".join(hasil.output.split())


def test_export_konsol_ke_folder_hanya_baca(db_path, tmp_path):
    """A folder of mode 0555; the console runs without root's right to write anywhere (setpriv
    when the tests run as root), as an office user does."""
    folder = tmp_path / "hanya-baca"
    folder.mkdir()
    with sdb.terbuka(db_path) as db:
        sebelum = cuplikan(db)
    folder.chmod(0o555)
    try:
        hasil = _konsol("--db", db_path, "export", folder / "x.xlsx", "--dengan-nama",
                        "--alasan", "Kiriman provinsi", "--user", "Budi")
    finally:
        folder.chmod(0o755)
    assert hasil.returncode == 1, hasil.stderr
    assert f"Gagal: {_harapan(folder)}" in " ".join(hasil.stderr.split())
    assert list(folder.iterdir()) == []
    with sdb.terbuka(db_path) as db:
        assert cuplikan(db) == sebelum
