"""The bad-input corpus (``tests/data/bad/``, written by ``buat_korpus.py``, plus large or special
files made here at run time): every hostile or broken input is refused within 10 seconds with an
Indonesian message that names the file (and the row and column where there is one), and the
database content is exactly what it was. A few odd but legitimate inputs (UTF-16 CSV, dates as
text, a password-protected sheet, a million empty rows under the data) import correctly.
"""

from __future__ import annotations

import os
import shutil
import time
import zipfile
from pathlib import Path

import pytest

from kalbar_desktop.exchange import demo, impor_p3ke
from kalbar_desktop.storage import db as sdb
from tests.berkas_uji import HEADER_INDIVIDU, INDIVIDU
from tests.conftest import cuplikan

KORPUS = Path(__file__).resolve().parents[1] / "data" / "bad"
BATAS_DETIK = 10

DITOLAK: dict[str, str] = {
    "kosong.xlsx": "kosong (0 byte)",
    "kosong.csv": "kosong",
    "acak.xlsx": "bukan workbook Excel (.xlsx) yang utuh",
    "terpotong.xlsx": "rusak atau terpotong",
    "teks_bernama_xlsx.xlsx": "bukan workbook Excel (.xlsx) yang utuh",
    "dokumen_word.xlsx": "isinya dokumen Word yang diberi akhiran .xlsx",
    "xml_rusak.xlsx": "isi XML lembar rusak",
    "entitas_xml.xlsx": "isi XML lembar rusak",
    "ole_lama.xlsx": "terenkripsi) atau berformat lama",
    "terenkripsi.xlsx": "dilindungi kata sandi",
    "header_salah.xlsx": "tidak berisi data P3KE yang dikenali",
    "header_saja.xlsx": "hanya berisi judul kolom",
    "header_saja.csv": "hanya berisi judul kolom",
    "bom_saja.csv": "tidak berisi data P3KE yang dikenali",
    "gambar.csv": "isinya gambar (PNG) yang diberi akhiran .csv",
    "nul.csv": "karakter NUL",
    "rumus_hyperlink.xlsx": "baris 2, kolom F (Nama)",
    "rumus_dde.csv": "baris 4, kolom F (Nama)",
    "rumus_plus_at.csv": "baris 5, kolom D (Alamat)",
    "rumus_minus.csv": "baris 6, kolom F (Nama)",
    "kontrol.xlsx": "karakter kontrol tersembunyi (kode 1)",
    "kontrol.csv": "karakter kontrol tersembunyi (kode 27)",
    "rtl_override.csv": "tanda arah tulisan tersembunyi (U+202E)",
    "rtl_mark.xlsx": "tanda arah tulisan tersembunyi (U+200F)",
    "id_keluarga_kosong.csv": "ID Keluarga kosong",
    "id_individu_ganda.csv": "muncul lebih dari sekali",
    "kolom_wajib_hilang.xlsx": "Kolom wajib tidak ditemukan",
    "header_di_baris_50.csv": "di 40 baris pertama",
    "laporan.pdf": "adalah dokumen PDF, bukan data P3KE",
    "lembar_kosong.xlsx": "tidak berisi data P3KE yang dikenali",
    "kolom_sangat_banyak.csv": "tidak berisi data P3KE yang dikenali",
    "kutip_tak_ditutup.csv": "sel yang terlalu panjang",
    "sel_jauh.xlsx": "memakai area sangat luas: sampai sel BH1048576",
}
"""File -> part of the expected message."""

DIBUAT: dict[str, str] = {
    "bom_zip.xlsx": "bom zip",
    "sejuta_baris_kosong.xlsx": "hanya berisi judul kolom",
    "sel_5mb.xlsx": "Isi sel terlalu panjang (5.242.880 karakter",
    "baris_5mb.csv": "sel yang terlalu panjang",
    "folder.xlsx": "adalah folder",
    "pipa.csv": "bukan berkas biasa",
}
"""Made at run time (too large to commit, or not files at all)."""

DITERIMA = ("diterima_utf16_bom.csv", "diterima_utf16_tanpa_bom.csv",
            "diterima_tanggal_teks.csv", "diterima_lembar_terkunci.xlsx")


def test_korpus_lengkap():
    ada = {p.name for p in KORPUS.iterdir() if p.name != "buat_korpus.py"}
    assert ada == set(DITOLAK) | set(DITERIMA)
    assert len(DITOLAK) + len(DIBUAT) >= 25


@pytest.fixture(scope="module")
def templat(tmp_path_factory) -> Path:
    """A database holding a district's demo data, closed and checkpointed (copied per test)."""
    tmp = tmp_path_factory.mktemp("templat")
    berkas = demo.tulis(tmp / "demo", demo.OpsiDemo(keluarga=40, seed=8, cacat=0.05))
    path = tmp / "templat.db"
    with sdb.terbuka(path) as db:
        impor_p3ke.impor(db, berkas, pengguna="penguji")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def db_isi(templat, tmp_path):
    path = tmp_path / "kab.db"
    shutil.copyfile(templat, path)
    basis = sdb.buka(path)
    yield basis
    basis.close()


def _tolak(db, path: Path, harapan: str) -> str:
    sebelum = cuplikan(db)
    mulai = time.perf_counter()
    with pytest.raises(impor_p3ke.KesalahanImpor) as e:
        impor_p3ke.impor(db, [path], pengguna="penguji")
    detik = time.perf_counter() - mulai
    pesan = str(e.value)
    assert harapan in pesan
    assert path.name in pesan
    assert detik < BATAS_DETIK, f"{path.name}: {detik:.1f} s"
    assert cuplikan(db) == sebelum
    return pesan


@pytest.mark.parametrize("nama", sorted(DITOLAK))
def test_berkas_rusak_ditolak(db_isi, nama):
    pesan = _tolak(db_isi, KORPUS / nama, DITOLAK[nama])
    # Hostile cell content is reported where it is.
    if nama.startswith(("rumus", "kontrol", "rtl")):
        assert "baris" in pesan and "kolom" in pesan
    # The import dialog's preview does not fail on them either.
    assert impor_p3ke.pratinjau([KORPUS / nama])


def _xlsx_mentah(path: Path, isi_lembar, paksa_zip64: bool = False) -> Path:
    """A minimal workbook whose sheet XML is written by ``isi_lembar(tulis)``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.'
            'org/package/2006/content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
            '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
            '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.worksheet+xml"/></Types>'))
        z.writestr("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http:'
            '//schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'))
        z.writestr("xl/workbook.xml", (
            '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxml'
            'formats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships"><sheets><sheet name="Individu" sheetId="1" '
            'r:id="rId1"/></sheets></workbook>'))
        z.writestr("xl/_rels/workbook.xml.rels", (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http:'
            '//schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>'))
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=paksa_zip64) as f:
            isi_lembar(f.write)
    return path


def _sel(kolom: int, baris: int, nilai) -> str:
    huruf = chr(65 + kolom)
    if isinstance(nilai, int | float):
        return f'<c r="{huruf}{baris}"><v>{nilai}</v></c>'
    teks = str(nilai).replace("&", "&amp;").replace("<", "&lt;")
    return f'<c r="{huruf}{baris}" t="inlineStr"><is><t>{teks}</t></is></c>'


def _baris(nomor: int, nilai) -> str:
    return f'<row r="{nomor}">' + "".join(_sel(k, nomor, v) for k, v in enumerate(nilai)) \
        + "</row>"


def _lembar(tulis, data, kosong_sampai: int = 0) -> None:
    tulis(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxml'
          b'formats.org/spreadsheetml/2006/main"><sheetData>')
    for i, b in enumerate(data, start=1):
        tulis(_baris(i, b).encode())
    potong = []
    for r in range(len(data) + 1, kosong_sampai + 1):  # rows Excel keeps for their format
        potong.append(f'<row r="{r}" s="1" customFormat="1"><c r="A{r}" s="1"/></row>')
        if len(potong) == 20_000:
            tulis("".join(potong).encode())
            potong = []
    tulis("".join(potong).encode())
    tulis(b"</sheetData></worksheet>")


def _buat(nama: str, folder: Path) -> Path:
    path = folder / nama
    if nama == "bom_zip.xlsx":
        nol = b" " * (1 << 20)

        def isi(tulis):
            tulis(b'<?xml version="1.0"?><worksheet><sheetData>')
            for _ in range(300):  # 300 MB of spaces pack into about 0.3 MB
                tulis(nol)
            tulis(b"</sheetData></worksheet>")

        return _xlsx_mentah(path, isi, paksa_zip64=True)
    if nama == "sejuta_baris_kosong.xlsx":
        return _xlsx_mentah(path, lambda t: _lembar(t, [HEADER_INDIVIDU], 1_048_576))
    if nama == "diterima_sejuta_baris.xlsx":
        return _xlsx_mentah(path, lambda t: _lembar(t, [HEADER_INDIVIDU, *INDIVIDU], 1_048_576))
    if nama == "sel_5mb.xlsx":
        data = [HEADER_INDIVIDU, *[list(b) for b in INDIVIDU]]
        data[3][HEADER_INDIVIDU.index("Alamat")] = "Jl. Panjang " + "x" * (5 * 2**20 - 12)
        return _xlsx_mentah(path, lambda t: _lembar(t, data))
    if nama == "baris_5mb.csv":
        path.write_text(",".join(HEADER_INDIVIDU) + "\n" + ",".join(map(str, INDIVIDU[0]))
                        + "," + "y" * (5 * 2**20) + "\n", encoding="utf-8")
        return path
    if nama == "folder.xlsx":
        path.mkdir()
        return path
    if nama == "pipa.csv":
        os.mkfifo(path)
        return path
    raise AssertionError(nama)


@pytest.mark.parametrize("nama", sorted(DIBUAT))
def test_berkas_besar_dan_khusus_ditolak(db_isi, tmp_path, nama):
    if nama == "pipa.csv" and not hasattr(os, "mkfifo"):
        pytest.fail("os.mkfifo tidak ada di sistem ini")  # CI runs on Linux
    path = _buat(nama, tmp_path)
    _tolak(db_isi, path, DIBUAT[nama])


def _nama_anggota(db):
    return dict(db.execute("SELECT id_individu, nama FROM anggota WHERE id_keluarga LIKE "
                           "'P3KE%'"))


@pytest.mark.parametrize("nama", [*DITERIMA, "diterima_sejuta_baris.xlsx"])
def test_masukan_aneh_yang_sah_diterima(db_isi, tmp_path, nama):
    path = KORPUS / nama if (KORPUS / nama).exists() else _buat(nama, tmp_path)
    mulai = time.perf_counter()
    hasil = impor_p3ke.impor(db_isi, [path], pengguna="penguji")
    assert time.perf_counter() - mulai < BATAS_DETIK
    assert hasil.ringkasan.anggota_baru == 7 and "Impor selesai" in hasil.pesan()
    nama_anggota = _nama_anggota(db_isi)
    assert nama_anggota["P3KE00102"] == "Siti Aminah"
    assert nama_anggota["P3KE00301"] == "Bong Kim Fui"
    if nama == "diterima_tanggal_teks.csv":
        lahir = dict(db_isi.execute("SELECT id_individu, tanggal_lahir FROM anggota "
                                    "WHERE id_individu LIKE 'P3KE001%'"))
        assert lahir == {"P3KE00101": "1980-08-15", "P3KE00102": "1985-03-10",
                         "P3KE00103": "2010-01-01"}
