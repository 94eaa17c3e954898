"""Acceptance round of issues 3-5 from outside (task terima3): the console driven as a user
drives it (click's CliRunner on the real command group), on files written by hand (zip
module, raw bytes), never by the project's generator."""

from __future__ import annotations

import zipfile

import pytest
from click.testing import CliRunner

from kalbar_desktop.cli import main
from tests import masukan_luar as ml
from tests.conftest import cuplikan


@pytest.mark.parametrize("nama, isi", [
    ("bukan_workbook.xlsx", None),  # a zip holding something else
    ("lama.xls", bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 600),  # broken OLE container
])
def test_berkas_bukan_workbook_pesan_menyebut_cara_memperbaiki(db, db_path, tmp_path, nama,
                                                               isi):
    path = tmp_path / nama
    if isi is None:
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("catatan.txt", "bukan workbook")
    else:
        path.write_bytes(isi)
    baik = ml.csv_berkas(tmp_path / "individu.csv", ml.INDIVIDU_2023, ml.baris_individu())
    sebelum = cuplikan(db)
    r = CliRunner().invoke(main, ["--db", str(db_path), "import", str(baik), str(path)])
    assert r.exit_code == 1 and "Traceback" not in r.output
    # what is wrong, with the file's name, then what to do, in Indonesian; the library's own
    # words only as a technical detail at the end
    assert f"Berkas {nama} bukan workbook Excel yang bisa dibaca" in r.output
    assert ("Buka berkas itu di Excel atau LibreOffice, simpan sebagai Buku Kerja Excel "
            "(.xlsx), lalu impor lagi. (Rincian teknis: ") in r.output
    assert cuplikan(db) == sebelum
