"""The berita acara of one meeting above the desa (closing note 24):

* a kabupaten/kota chosen with the meeting's date is one kabupaten meeting: every desa's
  section reads "MUSYAWARAH KOTA SINGKAWANG", "Bagian i dari n" with its kecamatan, one
  number, one date and place, and "Mengetahui, Kepala Dinas Sosial Kota Singkawang"; the
  refusals are the kecamatan meeting's (a number, an official's name or title for desa that
  met apart), before anything is written or recorded;
* the official's title is typed (``--jabatan``: 'Plt. Camat', 'a.n. Camat ...') and printed
  as given, then the region's name unless the title holds it; default 'Camat';
* a kecamatan meeting whose place is not given was held at the camat's office ("Kantor Camat
  Singkawang Timur"), and its date with the number or the camat's name is enough to mark it
  as one meeting; a kabupaten meeting's place left empty is a dotted line.

PDFs read back with pdftotext (``-layout``, page by page); the region names read with the csv
module from the shared reference; the musdes records set with plain sqlite3."""

from __future__ import annotations

import csv
import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import WILAYAH_61
from tests.ekspor_wilayah_luar import hitung_sqlite
from tests.unit.test_dokumen_wilayah import _bagian, _cetak, _halaman, _jalan
from tests.unit.test_musdes_per_desa_cetak3 import TITIK, kantor_musdes

NOMOR = "400/017/DINSOS-SKW/XI/2026"
AULA = "Aula Dinas Sosial Kota Singkawang"
KADIS = "Dra. Rosmawati, M.Si"
JUDUL = "HASIL VERIFIKASI DATA P3KE"


@pytest.fixture(scope="module")
def kantor(tmp_path_factory) -> Path:
    return kantor_musdes(tmp_path_factory.mktemp("kantor"))


def _nama() -> dict[str, str]:
    with open(WILAYAH_61, encoding="utf-8", newline="") as f:
        return {b["code"]: b["name"] for b in csv.DictReader(f)}


def _teks_bagian(pdf: Path) -> list[str]:
    return [" ".join(b) for b in _bagian(_halaman(pdf), JUDUL)]


def test_satu_musyawarah_kabupaten(kantor, tmp_path):
    pdf = tmp_path / "ba.pdf"
    sebelum = len(_cetak(kantor))
    hasil = _jalan(kantor, "document", "berita-acara", pdf, "--kabupaten", "6172",
                   "--tanggal", "27/11/2026", "--tempat", AULA, "--nomor", NOMOR,
                   "--kepala-dinas", KADIS, "--user", "vera")
    assert hasil.exit_code == 0, hasil.output
    desa = sorted(hitung_sqlite(kantor, ("6172",)))
    assert len(desa) == 8
    nama = _nama()
    bagian = _teks_bagian(pdf)
    assert len(bagian) == len(desa)
    for i, (kode, teks) in enumerate(zip(desa, bagian, strict=True), start=1):
        assert "MUSYAWARAH KOTA SINGKAWANG" in teks, teks[:300]
        assert "KECAMATAN SINGKAWANG" not in teks  # not a desa's nor a kecamatan's heading
        assert f"Nomor: {NOMOR}" in teks
        assert (f"Bagian {i} dari 8: Kelurahan {nama[kode]} (kode {kode}), Kecamatan "
                f"{nama[kode[:6]]}") in teks
        assert ("Pada hari ini Jumat tanggal 27 bulan November tahun 2026, bertempat di "
                f"{AULA}, telah dilaksanakan musyawarah tingkat Kota Singkawang untuk "
                "membahas hasil") in teks
        assert "dihadiri perwakilan setiap kecamatan dan desa/kelurahan" in teks
        assert "musyawarah kelurahan" not in teks and "tingkat Kecamatan" not in teks
        assert f"{AULA}, 27 November 2026" in teks
        assert "Kepala Dinas Sosial Kota Singkawang" in teks and f"( {KADIS} )" in teks
        assert "Camat" not in teks.replace("Kecamatan", "")
        assert f"Lurah {nama[kode]}" in teks and "Perwakilan kelurahan," in teks
        assert "01/BA/III/2026" not in teks and "Maret 2026" not in teks  # desa records
    assert hasil.output.splitlines()[0] == (
        f"Roban (6172011001): tanggal musdes 27/11/2026; nomor BA {NOMOR}")
    assert f"Pajintan (6172031001): tanggal musdes 27/11/2026 (diisi; data keluarganya " \
           f"mencatat tanggal lain); nomor BA {NOMOR}" in hasil.output
    assert [k for _a, _p, k, _c in _cetak(kantor)[sebelum:]] == desa


def test_musyawarah_kabupaten_tanpa_tempat_dan_nomor_diisi_tangan(kantor, tmp_path):
    """The date and the kepala dinas's name: one meeting; its place and number by hand."""
    pdf = tmp_path / "ba.pdf"
    hasil = _jalan(kantor, "document", "berita-acara", pdf, "--kabupaten", "6172",
                   "--tanggal", "27/11/2026", "--kepala-dinas", KADIS, "--user", "vera")
    assert hasil.exit_code == 0, hasil.output
    assert hasil.output.splitlines()[4] == (
        "Pajintan (6172031001): tanggal musdes 27/11/2026 (diisi; data keluarganya mencatat "
        "tanggal lain); nomor BA diisi tangan (satu musyawarah kabupaten/kota: nomornya tidak "
        "diambil dari data keluarga tiap desa; isi Nomor BA)")
    for teks in _teks_bagian(pdf):
        assert f"Nomor: {TITIK * 2}" in teks
        assert f"bertempat di {TITIK}, telah dilaksanakan musyawarah tingkat Kota" in teks
        assert f"{TITIK}, 27 November 2026" in teks
        assert f"( {KADIS} )" in teks


def test_kabupaten_tanggal_saja_tetap_musyawarah_tiap_desa(kantor, tmp_path):
    """A date alone may be every desa meeting on one day: each desa's own section, its own
    place and its recorded number (as before)."""
    pdf = tmp_path / "ba.pdf"
    hasil = _jalan(kantor, "document", "berita-acara", pdf, "--kabupaten", "6172",
                   "--tanggal", "27/11/2026", "--user", "vera")
    assert hasil.exit_code == 0, hasil.output
    teks = " ".join(_halaman(pdf))
    assert "MUSYAWARAH KOTA" not in teks and "Kepala Dinas Sosial" not in teks
    assert "Nomor: 01/BA/III/2026" in teks and "bertempat di Kelurahan Pajintan," in teks


@pytest.mark.parametrize(("argumen", "harus"), [
    # a number or the kepala dinas for desa that met apart (no date): the kecamatan's refusal
    (("--kabupaten", "6172", "--tempat", AULA, "--nomor", NOMOR),
     "nomor berita acara berbeda untuk setiap desa"),
    (("--kabupaten", "6172", "--kepala-dinas", KADIS), "kosongkan nomor, jabatan"),
    (("--kabupaten", "6172", "--jabatan", "Plt. Kepala Dinas Sosial"),
     "kosongkan nomor, jabatan"),
    # the camat does not sign a kabupaten meeting, nor the kepala dinas a kecamatan one
    (("--kabupaten", "6172", "--tanggal", "27/11/2026", "--tempat", AULA, "--camat", "Hendri"),
     "ditandatangani kepala dinas, bukan camat"),
    (("--kecamatan", "617203", "--tanggal", "27/11/2026", "--kepala-dinas", KADIS),
     "ditandatangani camat, bukan kepala dinas"),
    # one desa's berita acara has no official above the kepala desa
    (("--desa", "6172031001", "--jabatan", "Plt. Camat"), "Jabatan penandatangan hanya"),
    (("--desa", "6172031001", "--kepala-dinas", KADIS), "Nama kepala dinas hanya"),
    (("--kabupaten", "6172", "--tanggal", "27/11/2026", "--tempat", AULA, "--kepala-desa",
      "Ahmad"), "nama kepala desa/lurah berbeda untuk setiap desa"),
])
def test_ditolak_sebelum_ada_yang_ditulis(kantor, tmp_path, argumen, harus):
    pdf = tmp_path / "ba.pdf"
    sebelum = _cetak(kantor)
    hasil = _jalan(kantor, "document", "berita-acara", pdf, *argumen, "--user", "vera")
    assert hasil.exit_code == 1, hasil.output
    assert harus in " ".join(hasil.output.split()), hasil.output
    assert list(tmp_path.iterdir()) == [] and _cetak(kantor) == sebelum


@pytest.mark.parametrize(("jabatan", "dicetak"), [
    ("Plt. Camat", "Plt. Camat Singkawang Timur"),
    ("Sekretaris  Camat", "Sekretaris Camat Singkawang Timur"),
    ("a.n. Camat Singkawang Timur", "a.n. Camat Singkawang Timur"),
    ("PJ. CAMAT", "PJ. CAMAT Singkawang Timur"),
])
def test_jabatan_camat_dicetak_seperti_ditulis(kantor, tmp_path, jabatan, dicetak):
    pdf = tmp_path / "ba.pdf"
    hasil = _jalan(kantor, "document", "berita-acara", pdf, "--kecamatan", "617203",
                   "--tanggal", "25/11/2026", "--tempat", "Aula", "--jabatan", jabatan,
                   "--camat", "Hendri", "--user", "vera")
    assert hasil.exit_code == 0, hasil.output
    for teks in _teks_bagian(pdf):
        assert "MUSYAWARAH KECAMATAN SINGKAWANG TIMUR" in teks
        assert teks.count(dicetak) == 1, teks[-600:]
        assert "Singkawang Timur Singkawang Timur" not in teks
        if not dicetak.startswith("Camat"):
            assert not re.search(r"Mengetahui, .*\bCamat Singkawang Timur ", teks.replace(
                dicetak, ""))


def _kata_terlihat(pdf: Path, halaman: int, kata: str, folder: Path) -> tuple[float, bool]:
    """Where ``kata`` stands on ``halaman`` (its top, in points) and whether its box is drawn
    in ink on the page as rendered (a line clipped off its box is in the text, not on paper):
    pdftotext -bbox for the box, pdftoppm at 72 dpi (one pixel a point) for the ink."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(halaman), "-l", str(halaman),
                           str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    x0, y0, x1, y1 = (float(v) for v in re.search(
        rf'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">{re.escape(kata)}<',
        html).groups())
    png = folder / "halaman"
    subprocess.run(["pdftoppm", "-r", "72", "-gray", "-png", "-singlefile", "-f", str(halaman),
                    "-l", str(halaman), str(pdf), str(png)], check=True)
    gambar = QImage(str(png) + ".png")
    gelap = sum(gambar.pixelColor(x, y).lightness() < 128
                for x in range(int(x0), int(x1)) for y in range(int(y0), int(y1)))
    return y0, gelap > 10


def test_jabatan_panjang_kepala_dinas_tidak_terpotong(kantor, tmp_path):
    """A title wrapping onto three lines in its column is printed whole, the name below it
    (its box was two lines high: the third line was cut off the paper)."""
    pdf = tmp_path / "ba.pdf"
    jabatan = "Plt. Kepala Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
    hasil = _jalan(kantor, "document", "berita-acara", pdf, "--kecamatan", "617204",
                   "--tanggal", "27/11/2026", "--jabatan", jabatan, "--camat", KADIS,
                   "--user", "vera")  # one desa: the signatures on its last page
    assert hasil.exit_code == 0, hasil.output
    halaman = len(_halaman(pdf))
    teks = " ".join(_halaman(pdf))
    for kata in (*jabatan.split(), "Singkawang Utara", f"( {KADIS} )"):
        assert kata in teks
    atas = {}
    for kata in ("Pemberdayaan", "Anak", "Utara", "Rosmawati,"):
        atas[kata], terlihat = _kata_terlihat(pdf, halaman, kata, tmp_path)
        assert terlihat, kata
    assert atas["Pemberdayaan"] < atas["Anak"] < atas["Utara"] < atas["Rosmawati,"]


def test_musyawarah_kecamatan_tanpa_tempat_di_kantor_camat(kantor, tmp_path):
    """The date and the number: one kecamatan meeting, held at the camat's office."""
    pdf = tmp_path / "ba.pdf"
    hasil = _jalan(kantor, "document", "berita-acara", pdf, "--kecamatan", "617203",
                   "--tanggal", "25/11/2026", "--nomor", "005/BA/2026", "--user", "vera")
    assert hasil.exit_code == 0, hasil.output
    bagian = _teks_bagian(pdf)
    assert len(bagian) == 3
    for teks in bagian:
        assert "MUSYAWARAH KECAMATAN SINGKAWANG TIMUR" in teks
        assert ("Pada hari ini Rabu tanggal 25 bulan November tahun 2026, bertempat di Kantor "
                "Camat Singkawang Timur, telah dilaksanakan musyawarah tingkat Kecamatan") in teks
        assert "Kantor Camat Singkawang Timur, 25 November 2026" in teks
        assert "Nomor: 005/BA/2026" in teks
