"""Acceptance round 13, from outside: P3KE files and other files an operator may pick, written
here by hand (csv module with a Mac's line ends, zipfile archives, raw PDF/JPEG bytes) and
imported through the real command line in a subprocess. Each import is checked for its counts
and kept identifiers, each refusal for a message naming the file and what to do, and the
database for its table contents, unchanged by a refusal."""

from __future__ import annotations

import csv
import io
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests import masukan_luar as ml
from tests.conftest import cuplikan


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kalbar_desktop", *map(str, args)],
                          capture_output=True, text=True, timeout=180)


def _isi(db_path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db_path) as c:
        return cuplikan(c)


def _csv_mac(path: Path, header: list[str], rows: list[list], pemisah: str) -> Path:
    """A CSV as Excel for Mac's "CSV (Macintosh)" saves it: lines ended by a lone CR, in the
    Mac's Roman code page (here only ASCII and the names' apostrophes)."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=pemisah, lineterminator="\r")
    w.writerow(header)
    for r in rows:
        w.writerow([v.strftime("%d/%m/%Y") if hasattr(v, "strftime") else v for v in r])
    path.write_bytes(buf.getvalue().encode("mac_roman"))
    return path


@pytest.mark.parametrize("pemisah", [";", "\t"])
def test_csv_macintosh_dengan_baris_diakhiri_cr(tmp_path, pemisah):
    """A semicolon or tab CSV whose lines end in CR alone was read as one line split on
    commas: 'tidak ada baris judul kolom P3KE di 40 baris pertama'."""
    kepala = ml.baris_kepala()
    kepala[0][ml.KEPALA_2023.index("Nama Kepala Keluarga")] = "Ma'ruf Amin"
    k = _csv_mac(tmp_path / "kepala.csv", ml.KEPALA_2023, kepala, pemisah)
    i = _csv_mac(tmp_path / "individu.csv", ml.INDIVIDU_2023, ml.baris_individu(), pemisah)
    db_path = tmp_path / "mac.db"
    r = _cli("--db", db_path, "import", i, k)
    assert r.returncode == 0, r.stderr
    assert "3 keluarga, 5 anggota" in r.stdout
    with sqlite3.connect(db_path) as c:
        assert c.execute("SELECT id_keluarga, nik_kepala, nama_kepala, tanggal_lahir FROM "
                         "keluarga ORDER BY 1 LIMIT 1").fetchone() == (
            "0061720001", "6172011508800001", "Ma'ruf Amin", "1980-08-15")
        assert c.execute("SELECT group_concat(id_individu || ':' || nik, ' ') FROM "
                         "(SELECT * FROM anggota ORDER BY 1)").fetchone()[0] == (
            "006172000101:6172011508800001 006172000102:6172015003850002 "
            "006172000201:6172014412700001 006172000202:6172010505950004 "
            "006172000301:6172022002600001")
        assert c.execute("SELECT count(*) FROM anggota WHERE typeof(nik) <> 'text' "
                         "OR typeof(id_individu) <> 'text'").fetchone()[0] == 0


def _zip(path: Path, isi: dict[str, bytes], sandi: bool = False) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for nama, data in isi.items():
            z.writestr(nama, data)
    if sandi:  # only the "encrypted" flag: what an archive made with a password says of itself
        data = bytearray(path.read_bytes())
        for tanda, geser in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            i = data.find(tanda)
            while i >= 0:
                data[i + geser] |= 1
                i = data.find(tanda, i + 4)
        path.write_bytes(bytes(data))
    return path


_PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def db_berisi(tmp_path) -> Path:
    """A database holding the three families, imported from CSV files."""
    db_path = tmp_path / "berisi.db"
    k = ml.csv_berkas(tmp_path / "k.csv", ml.KEPALA_2023, ml.baris_kepala())
    i = ml.csv_berkas(tmp_path / "i.csv", ml.INDIVIDU_2023, ml.baris_individu())
    assert _cli("--db", db_path, "import", k, i).returncode == 0
    return db_path


def test_arsip_zip_dari_portal_disebut_dengan_isinya(tmp_path, db_berisi):
    """P3KE data arrives as a (password-protected) archive of the two workbooks; picking the
    archive itself, or one renamed to .xlsx, said 'Jenis berkas tidak dikenal' or 'bukan
    workbook ... (Rincian teknis: File not found '_rels/.rels')'."""
    baik = ml.xlsx(tmp_path / "Kepala.xlsx", ml.KEPALA_2023, ml.baris_kepala())
    isi = {"P3KE_6172/Kepala.xlsx": baik.read_bytes(), "P3KE_6172/Individu.xlsx": b"PK..."}
    kasus = [
        (_zip(tmp_path / "P3KE_6172.zip", isi), "Berkas P3KE_6172.zip adalah arsip ZIP, "
         "bukan data P3KE. Ekstrak arsip itu dulu"),
        (_zip(tmp_path / "P3KE_6172 (1).xlsx", isi), "Berkas P3KE_6172 (1).xlsx bukan workbook "
         "Excel atau CSV: isinya arsip ZIP yang diberi akhiran .xlsx. Ekstrak arsip itu dulu"),
        (_zip(tmp_path / "rahasia.zip", isi, sandi=True), "Berkas rahasia.zip adalah arsip ZIP "
         "yang dilindungi kata sandi, bukan data P3KE."),
    ]
    sebelum = _isi(db_berisi)
    for berkas, harapan in kasus:
        r = _cli("--db", db_berisi, "import", baik, berkas)
        assert r.returncode == 1 and "Traceback" not in r.stderr
        assert harapan in r.stderr
        assert "kata sandi dari berita acara serah terima" in r.stderr
        assert "Di dalamnya: Kepala.xlsx, Individu.xlsx." in r.stderr
        assert _isi(db_berisi) == sebelum


@pytest.mark.parametrize(("nama", "isi", "harapan"), [
    ("BAST_P3KE.pdf", _PDF, "Berkas BAST_P3KE.pdf adalah dokumen PDF, bukan data P3KE."),
    ("Individu.xlsx", _PDF, "Berkas Individu.xlsx bukan workbook Excel atau CSV: isinya "
     "dokumen PDF yang diberi akhiran .xlsx."),
    ("Individu.csv", _PDF, "isinya dokumen PDF yang diberi akhiran .csv."),
    ("ktp.xlsx", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200), "isinya gambar (JPEG)"),
    ("surat.xlsx", None, "isinya dokumen Word yang diberi akhiran .xlsx."),
])
def test_dokumen_lain_disebut_jenisnya(tmp_path, db_berisi, nama, isi, harapan):
    """A PDF given as .xlsx was 'rusak atau terpotong' and a Word document 'bukan workbook
    Excel yang bisa dibaca' with calamine's English detail."""
    path = tmp_path / nama
    if isi is None:
        _zip(path, {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
    else:
        path.write_bytes(isi)
    baik = ml.xlsx(tmp_path / "Kepala.xlsx", ml.KEPALA_2023, ml.baris_kepala())
    sebelum = _isi(db_berisi)
    r = _cli("--db", db_berisi, "import", baik, path)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert harapan in r.stderr
    assert "Pilih berkas Excel (.xlsx) atau CSV yang berisi data P3KE." in r.stderr
    assert "Rincian teknis" not in r.stderr
    assert _isi(db_berisi) == sebelum


def test_berkas_kunci_excel_disebut_dengan_berkas_aslinya(tmp_path, db_berisi):
    """While Data.xlsx is open, Excel keeps a hidden 165-byte owner file ``~$Data.xlsx`` beside
    it (a user name, padded), which shows on a flash disk or with hidden files shown; picked
    with the real file it was 'rusak atau terpotong. Simpan ulang dari Excel'."""
    baik = ml.xlsx(tmp_path / "Kepala.xlsx", ml.KEPALA_2023, ml.baris_kepala())
    nama = "Operator Dinsos"
    kunci = tmp_path / "~$Kepala.xlsx"
    kunci.write_bytes((bytes([len(nama)]) + nama.encode("cp1252")).ljust(54, b" ")
                      + bytes([len(nama), 0]) + nama.encode("utf-16-le").ljust(109, b"\0"))
    assert kunci.stat().st_size == 165
    sebelum = _isi(db_berisi)
    r = _cli("--db", db_berisi, "import", baik, kunci)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert ("Berkas ~$Kepala.xlsx adalah berkas kunci sementara yang dibuat Excel selama "
            "Kepala.xlsx terbuka, bukan data P3KE. Keluarkan berkas ini dari daftar dan pilih "
            "berkas Kepala.xlsx itu sendiri (tanpa ~$ di depan namanya).") in r.stderr
    assert _isi(db_berisi) == sebelum
