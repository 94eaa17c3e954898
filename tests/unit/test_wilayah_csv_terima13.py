"""Acceptance round 13: the region reference (``code,name,parent_code,level``) as other tools
save it, loaded through ``kalbar-desktop import-wilayah`` in a subprocess: codes as decimal
numbers (a script or Excel holding the code columns as numbers), Excel's ``sep=;`` line above
the header, lines ended by a lone CR (Excel for Mac). Each gives the same regions as the shared
file; a wrong row is still named by its line in the file, and leaves the database as it was."""

from __future__ import annotations

import csv
import io
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests import masukan_luar as ml
from tests.conftest import WILAYAH_61, cuplikan


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kalbar_desktop", *map(str, args)],
                          capture_output=True, text=True, timeout=180)


def _baris_asli() -> list[list[str]]:
    with WILAYAH_61.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def _tulis(path: Path, baris: list[list[str]], *, pemisah: str = ",", akhir: str = "\r\n",
           awalan: str = "") -> Path:
    buf = io.StringIO()
    csv.writer(buf, delimiter=pemisah, lineterminator=akhir).writerows(baris)
    path.write_text(awalan + buf.getvalue(), encoding="utf-8", newline="")
    return path


def _desimal(baris: list[list[str]]) -> list[list[str]]:
    """pandas' ``to_csv`` of the file read without ``dtype=str``: the province's empty parent
    code makes that column decimal (``6101.0``); the code column as Excel writes a float."""
    return [baris[0]] + [[b[0] + ".0", b[1], (b[2] + ".0") if b[2] else "", b[3]]
                         for b in baris[1:]]


@pytest.fixture
def db_berisi(tmp_path) -> Path:
    db_path = tmp_path / "wil.db"
    k = ml.csv_berkas(tmp_path / "k.csv", ml.KEPALA_2023, ml.baris_kepala())
    i = ml.csv_berkas(tmp_path / "i.csv", ml.INDIVIDU_2023, ml.baris_individu())
    assert _cli("--db", db_path, "import", k, i).returncode == 0
    return db_path


@pytest.mark.parametrize("bentuk", ["desimal", "petunjuk_pemisah", "cr_saja"])
def test_referensi_wilayah_dari_alat_lain(tmp_path, db_berisi, bentuk):
    asli = _baris_asli()
    if bentuk == "desimal":
        path = _tulis(tmp_path / "wilayah.csv", _desimal(asli))
    elif bentuk == "petunjuk_pemisah":
        path = _tulis(tmp_path / "wilayah.csv", asli, pemisah=";", awalan="sep=;\r\n")
    else:
        path = _tulis(tmp_path / "wilayah.csv", asli, pemisah=";", akhir="\r")
    r = _cli("--db", db_berisi, "import-wilayah", path)
    assert r.returncode == 0, r.stderr
    assert f"{len(asli) - 1} wilayah dimuat dari wilayah.csv" in r.stdout
    with sqlite3.connect(db_berisi) as c:
        dimuat = c.execute("SELECT kode, nama, induk, typeof(kode) FROM wilayah WHERE sumber = "
                           "'referensi' ORDER BY kode").fetchall()
        # the families' desa now have their names from the reference
        assert c.execute("SELECT nama FROM wilayah WHERE kode = '6172011001'").fetchone() == (
            "Roban",)
    harapan = sorted((b[0], b[1], b[2] or None, "text") for b in asli[1:])
    assert dimuat == harapan


def test_baris_salah_setelah_petunjuk_pemisah_disebut_nomor_barisnya(tmp_path, db_berisi):
    asli = _baris_asli()
    asli[5] = [asli[5][0], asli[5][1], asli[5][2], "dusun"]  # file line 7 below "sep=;"
    path = _tulis(tmp_path / "wilayah.csv", asli, pemisah=";", awalan="sep=;\r\n")
    with sqlite3.connect(db_berisi) as c:
        sebelum = cuplikan(c)
    r = _cli("--db", db_berisi, "import-wilayah", path)
    assert r.returncode == 1
    assert "Berkas wilayah.csv, baris 7, kolom level: 'dusun' tidak dikenal" in r.stderr
    with sqlite3.connect(db_berisi) as c:
        assert cuplikan(c) == sebelum


def test_kode_desimal_bukan_nol_tetap_ditolak(tmp_path, db_berisi):
    """Only a whole number's ``.0`` is dropped: ``6101.5`` is no code, and is named."""
    asli = _baris_asli()
    asli[2] = ["6101.5", *asli[2][1:]]
    path = _tulis(tmp_path / "wilayah.csv", asli)
    r = _cli("--db", db_berisi, "import-wilayah", path)
    assert r.returncode == 1
    assert "Berkas wilayah.csv, baris 3, kolom code: kode '6101.5' bukan kode wilayah" in r.stderr


def test_referensi_wilayah_disimpan_libreoffice_sebagai_xlsx(tmp_path, db_berisi):
    """The shared CSV opened in LibreOffice and saved as .xlsx (codes become number cells):
    was refused with the zip's bytes as its 'judul kolom' ('tertulis: pk\\x03\\x04...')."""
    from tests.berkas_uji import libreoffice_ke_xlsx

    asli = _baris_asli()
    csv_path = _tulis(tmp_path / "wilayah_61.csv", asli)
    buku = libreoffice_ke_xlsx(csv_path, tmp_path)
    r = _cli("--db", db_berisi, "import-wilayah", buku)
    assert r.returncode == 0, r.stderr
    assert f"{len(asli) - 1} wilayah dimuat dari wilayah_61.xlsx" in r.stdout
    with sqlite3.connect(db_berisi) as c:
        dimuat = c.execute("SELECT kode, nama, induk, typeof(kode) FROM wilayah WHERE sumber = "
                           "'referensi' ORDER BY kode").fetchall()
    assert dimuat == sorted((b[0], b[1], b[2] or None, "text") for b in asli[1:])


def test_referensi_wilayah_xlsx_baris_salah_disebut_lembar_dan_barisnya(tmp_path, db_berisi):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "Catatan"
    wb.active.append(["Referensi wilayah Kalimantan Barat, disalin dari CSV"])
    lembar = wb.create_sheet("Wilayah")
    for b in _baris_asli()[:10]:
        lembar.append(b)
    lembar["D7"] = "dusun"
    wb.save(tmp_path / "wilayah.xlsx")
    with sqlite3.connect(db_berisi) as c:
        sebelum = cuplikan(c)
    r = _cli("--db", db_berisi, "import-wilayah", tmp_path / "wilayah.xlsx")
    assert r.returncode == 1
    assert ("Berkas wilayah.xlsx, lembar 'Wilayah', baris 7, kolom level: 'dusun' tidak "
            "dikenal") in r.stderr
    with sqlite3.connect(db_berisi) as c:
        assert cuplikan(c) == sebelum
