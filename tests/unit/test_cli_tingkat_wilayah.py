"""``export --desa/--kecamatan/--kabupaten`` and ``document --desa`` take only a code of their
own level: another level's code is refused naming what it is and the option to use (terima7
items 69 and 78: ``--desa 617201`` exported the kecamatan without a word)."""

from __future__ import annotations

import openpyxl
import pytest
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.exchange import impor_p3ke, wilayah_csv
from kalbar_desktop.storage import db as sdb
from tests import masukan_luar as luar
from tests.conftest import WILAYAH_61, cuplikan


@pytest.fixture
def db_kota(tmp_path):
    """The outside 2023 pair (Kota Singkawang) with the region reference."""
    path = tmp_path / "kab.db"
    with sdb.terbuka(path) as db:
        impor_p3ke.impor(db, list(luar.pasangan_2023(tmp_path)))
        wilayah_csv.impor(db, WILAYAH_61)
    return path


def _jalan(*args) -> object:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.mark.parametrize("opsi, kode, pesan", [
    ("--desa", "617201",
     "617201 adalah kode kecamatan (Singkawang Tengah); pakai --kecamatan 617201."),
    ("--kecamatan", "6172",
     "6172 adalah kode kabupaten/kota (Kota Singkawang); pakai --kabupaten 6172."),
    ("--desa", "6172", "6172 adalah kode kabupaten/kota (Kota Singkawang); pakai --kabupaten "
                       "6172."),
    ("--kecamatan", "6172011001",
     "6172011001 adalah kode desa/kelurahan (Roban); pakai --desa 6172011001."),
    ("--kabupaten", "617202",
     "617202 adalah kode kecamatan (Singkawang Barat); pakai --kecamatan 617202."),
    ("--kecamatan", "61", "61 adalah kode provinsi (Kalimantan Barat); untuk seluruh basis data "
                          "jangan pakai --kabupaten, --kecamatan atau --desa."),
    ("--desa", "61720110", "Kode 61720110 tidak sah: bukan kode wilayah Kemendagri (2, 4, 6 atau "
                           "10 digit), jadi tingkatnya tidak bisa diketahui; --desa memerlukan "
                           "kode desa/kelurahan (10 digit)."),
])
def test_export_kode_tingkat_lain_ditolak(db_kota, tmp_path, opsi, kode, pesan):
    keluar = tmp_path / "o.xlsx"
    with sdb.terbuka(db_kota) as db:
        sebelum = cuplikan(db)
    hasil = _jalan("--db", db_kota, "export", keluar, opsi, kode)
    assert hasil.exit_code == 1, hasil.output
    assert f"Gagal: {pesan}" in hasil.output
    assert not keluar.exists()
    with sdb.terbuka(db_kota) as db:
        assert cuplikan(db) == sebelum  # not even an audit row


def test_kode_tanpa_nama_disebut_tanpa_nama(tmp_path):
    """Without the reference a 2023 database knows no kecamatan name: the code and its level
    are still said."""
    path = tmp_path / "kab.db"
    with sdb.terbuka(path) as db:
        impor_p3ke.impor(db, list(luar.pasangan_2023(tmp_path)))
    hasil = _jalan("--db", path, "export", tmp_path / "o.xlsx", "--desa", "617201")
    assert hasil.exit_code == 1
    assert "Gagal: 617201 adalah kode kecamatan; pakai --kecamatan 617201." in hasil.output


@pytest.mark.parametrize("opsi, kode, desa", [
    ("--kabupaten", "6172", ["6172011001", "6172011002", "6172021001"]),
    ("--kecamatan", "617201", ["6172011001", "6172011002"]),
    ("--desa", "6172021001", ["6172021001"]),
])
def test_export_kode_tingkatnya_sendiri_diterima(db_kota, tmp_path, opsi, kode, desa):
    keluar = tmp_path / "o.xlsx"
    hasil = _jalan("--db", db_kota, "export", keluar, opsi, kode)
    assert hasil.exit_code == 0, hasil.output
    wb = openpyxl.load_workbook(keluar, read_only=True)
    rekap = list(wb["Rekap"].iter_rows(values_only=True))
    assert [b[3] for b in rekap if b[0] == "Desa/Kelurahan"] == desa
    wilayah = next(b[1] for b in wb["Keterangan"].iter_rows(values_only=True)
                   if b[0] == "Wilayah")
    assert f"({kode})" in wilayah


def test_export_dua_wilayah_sekaligus_ditolak(db_kota, tmp_path):
    hasil = _jalan("--db", db_kota, "export", tmp_path / "o.xlsx", "--kabupaten", "6172",
                   "--desa", "6172011001")
    assert hasil.exit_code == 1
    assert "Pilih salah satu: --kabupaten atau --desa." in hasil.output


@pytest.mark.parametrize("kode, pesan", [  # document takes a kecamatan and a kabupaten too
    ("617201", "617201 adalah kode kecamatan (Singkawang Tengah); pakai --kecamatan 617201."),
    ("6172", "6172 adalah kode kabupaten/kota (Kota Singkawang); pakai --kabupaten 6172."),
    ("123", "Kode 123 tidak sah: bukan kode wilayah Kemendagri"),
])
def test_document_desa_kode_tingkat_lain_ditolak(db_kota, tmp_path, kode, pesan):
    keluar = tmp_path / "ba.pdf"
    hasil = _jalan("--db", db_kota, "document", "berita-acara", keluar, "--desa", kode)
    assert hasil.exit_code == 1, hasil.output
    assert f"Gagal: {pesan}" in hasil.output
    assert not keluar.exists()
