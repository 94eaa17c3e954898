"""Console commands that write a file never write over an existing one without ``--timpa``,
and never over the database or a file being imported, even with it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.storage import db as sdb
from tests import masukan_luar as ml
from tests.conftest import cuplikan
from tests.unit.ekspor_data import salin


def _cli(*args) -> object:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db_ekspor(templat_ekspor, tmp_path):
    return salin(templat_ekspor[0], tmp_path / "kantor.db")


def _xlsx_orang_lain(path: Path) -> Path:
    """A workbook the user keeps (written by openpyxl, not by us)."""
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Catatan penting kantor"
    wb.save(path)
    return path


def test_export_tidak_menimpa_tanpa_timpa(db_ekspor, tmp_path):
    keluar = _xlsx_orang_lain(tmp_path / "rekap.xlsx")
    sebelum = _sha(keluar)
    with sdb.terbuka(db_ekspor) as db:
        audit_sebelum = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    hasil = _cli("--db", db_ekspor, "export", keluar, "--user", "Budi")
    assert hasil.exit_code == 1
    assert f"Berkas {keluar} sudah ada" in hasil.output and "--timpa" in hasil.output
    assert _sha(keluar) == sebelum
    with sdb.terbuka(db_ekspor) as db:
        assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit_sebelum
    # With the explicit option it is replaced by the provincial workbook.
    hasil = _cli("--db", db_ekspor, "export", keluar, "--user", "Budi", "--timpa")
    assert hasil.exit_code == 0, hasil.output
    assert openpyxl.load_workbook(keluar).sheetnames == ["Rekap", "Keterangan"]


def test_export_tidak_pernah_menimpa_basis_data(templat_ekspor, tmp_path):
    # A database that happens to carry an .xlsx name: even --timpa must not replace it.
    db_path = salin(templat_ekspor[0], tmp_path / "kantor.xlsx")
    sebelum = _sha(db_path)
    for tambahan in ([], ["--timpa"]):
        hasil = _cli("--db", db_path, "export", db_path, "--user", "Budi", *tambahan)
        assert hasil.exit_code == 1
        assert "basis data" in hasil.output and "tidak akan ditimpa" in hasil.output
        assert _sha(db_path) == sebelum


def test_report_temuan_tidak_menimpa(db_ekspor, tmp_path):
    keluar = _xlsx_orang_lain(tmp_path / "temuan.xlsx")
    sebelum = _sha(keluar)
    hasil = _cli("--db", db_ekspor, "report-temuan", keluar)
    assert hasil.exit_code == 1 and "sudah ada" in hasil.output
    assert _sha(keluar) == sebelum
    # A name without .xlsx is written as .xlsx: that is the file that must be protected.
    hasil = _cli("--db", db_ekspor, "report-temuan", tmp_path / "temuan")
    assert hasil.exit_code == 1 and "temuan.xlsx sudah ada" in hasil.output
    assert _sha(keluar) == sebelum
    hasil = _cli("--db", db_ekspor, "report-temuan", keluar, "--timpa")
    assert hasil.exit_code == 0, hasil.output
    assert "Ringkasan" in openpyxl.load_workbook(keluar).sheetnames


def test_import_laporan_tidak_menimpa_berkas_yang_diimpor(db_path, tmp_path):
    kepala, individu = ml.pasangan_2023(tmp_path)
    sebelum = {p: _sha(p) for p in (kepala, individu)}
    sdb.buka(db_path).close()
    with sdb.terbuka(db_path) as db:
        awal = cuplikan(db)
    for laporan, tambahan in ((individu, ["--timpa"]), (tmp_path / "kepala", ["--timpa"])):
        hasil = _cli("--db", db_path, "import", kepala, individu, "--laporan", laporan,
                     *tambahan)
        assert hasil.exit_code == 1
        assert "sedang diimpor" in hasil.output and "tidak akan ditimpa" in hasil.output
    assert {p: _sha(p) for p in (kepala, individu)} == sebelum
    with sdb.terbuka(db_path) as db:
        assert cuplikan(db) == awal  # refused before anything was imported
    laporan = _xlsx_orang_lain(tmp_path / "laporan.xlsx")
    hasil = _cli("--db", db_path, "import", kepala, individu, "--laporan", laporan)
    assert hasil.exit_code == 1 and "sudah ada" in hasil.output
    hasil = _cli("--db", db_path, "import", kepala, individu, "--laporan", laporan, "--timpa")
    assert hasil.exit_code == 0, hasil.output
    assert "Ringkasan" in openpyxl.load_workbook(laporan).sheetnames


def test_document_tidak_menimpa(db_ekspor, tmp_path, templat_ekspor):
    with sdb.terbuka(db_ekspor) as db:
        kode = db.execute("SELECT kode_kemdagri FROM keluarga LIMIT 1").fetchone()[0]
    keluar = tmp_path / "ba.pdf"
    keluar.write_bytes(b"%PDF-1.4 surat lain")
    hasil = _cli("--db", db_ekspor, "document", "berita-acara", keluar, "--desa", kode,
                 "--user", "Budi")
    assert hasil.exit_code == 1 and "sudah ada" in hasil.output
    assert keluar.read_bytes() == b"%PDF-1.4 surat lain"


def test_document_ke_folder_yang_tidak_ada_pesannya_sama_dengan_ekspor(db_ekspor, tmp_path):
    """A PDF for a pulled stick's folder: the same words (and the same full stop) as the
    workbook export's refusal, naming the folder; nothing written, no folder made, no audit."""
    with sdb.terbuka(db_ekspor) as db:
        kode = db.execute("SELECT kode_kemdagri FROM keluarga LIMIT 1").fetchone()[0]
        awal = cuplikan(db)
    usb = tmp_path / "FLASHDISK" / "laporan"
    ekspor = _cli("--db", db_ekspor, "export", usb / "rekap.xlsx", "--user", "Budi")
    assert ekspor.exit_code == 1
    dokumen = _cli("--db", db_ekspor, "document", "berita-acara", usb / "ba.pdf", "--desa",
                   kode, "--user", "Budi")
    assert dokumen.exit_code == 1
    bagian = (f"tidak ditulis: folder tujuan {usb} tidak ada (flashdisk dilepas, atau folder "
              "itu dipindah, diganti namanya atau dihapus). Tidak ada berkas yang ditulis. "
              "Pasang lagi flashdisk-nya atau pilih folder lain, lalu ulangi.")
    assert f"rekap.xlsx {bagian}" in ekspor.output, ekspor.output
    assert f"Gagal: ba.pdf {bagian}" in dokumen.output, dokumen.output
    assert not usb.parent.exists()
    with sdb.terbuka(db_ekspor) as db:
        assert cuplikan(db) == awal


def test_timpa_dijelaskan_di_bantuan():
    for perintah in ("export", "report-temuan", "import", "document"):
        hasil = _cli(perintah, "--help")
        assert hasil.exit_code == 0
        assert "--timpa" in hasil.output, perintah


def test_ekspor_jendela_juga_menolak_basis_data(db_ekspor):
    # The window's save dialog only asks before replacing; the export itself refuses the
    # database as its target.
    from kalbar_desktop.exchange import ekspor as xekspor
    from tests.unit.ekspor_data import VERIFIKATOR

    with sdb.terbuka(db_ekspor) as db:
        masalah = xekspor.periksa_opsi(db, xekspor.OpsiEkspor(db_ekspor), VERIFIKATOR)
    assert any("basis data itu sendiri" in m for m in masalah), masalah


def test_backup_tidak_menimpa_basis_data_atau_wal(db_ekspor, tmp_path):
    # The -wal name would be taken by SQLite itself (and deleted on close): a backup written
    # there is lost, so it is refused like the database, even with --timpa.
    sebelum = _sha(db_ekspor)
    for nama in ("kantor.db", "kantor.db-wal", "kantor.db-shm"):
        hasil = _cli("--db", db_ekspor, "backup", tmp_path / nama, "--timpa")
        assert hasil.exit_code == 1, (nama, hasil.output)
        assert "tidak akan ditimpa" in hasil.output
    assert _sha(db_ekspor) == sebelum
    assert not (tmp_path / "kantor.db-wal").exists()
    lain = _xlsx_orang_lain(tmp_path / "lain.db")
    hasil = _cli("--db", db_ekspor, "backup", lain)
    assert hasil.exit_code == 1 and f"Berkas {lain} sudah ada" in hasil.output
