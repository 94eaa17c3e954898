"""The berita acara's musyawarah (closing note 23, Export and re-import):

* a desa's BA number and date are taken from its families' records only when every family that
  went through verification or a musdes records the same one: one family's number, while
  another family of the desa has a musdes date but no number (or is verified without one), is
  left for the pen, and the console names the families;
* a kecamatan with the date and the place of the meeting both given is one meeting: every
  desa's section says so, prints the one BA number typed (``--nomor``) and the camat's
  signature block (``--camat``); a camat's name or one number for several desa meeting apart
  is refused, and nothing is recorded.

PDFs read back with pdftotext; records and statuses set with plain sqlite3."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.ekspor_wilayah_luar import buat_kantor
from tests.unit.test_dokumen_wilayah import _bagian, _cetak, _halaman, _jalan
from tests.unit.test_musdes_kecamatan_cetak4 import AULA
from tests.unit.test_musdes_per_desa_cetak3 import TITIK, catat_musdes, kantor_musdes

NOMOR = "005/BA-MUS/KEC-ST/XI/2026"


@pytest.fixture(scope="module")
def kantor(tmp_path_factory) -> Path:
    return kantor_musdes(tmp_path_factory.mktemp("kantor"))


def _sql(path: Path, sql: str, *param: object) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute(sql, param)
        con.commit()
    finally:
        con.close()


def test_nomor_satu_keluarga_tidak_dipakai_untuk_seluruh_desa(kantor, tmp_path):
    """Nyarumkop: family 0008 records 02/BA/III/2026; family 0009 a musdes date but no
    number. Before: 02/BA/III/2026 printed as the desa's BA number."""
    pdf = tmp_path / "ba.pdf"
    hasil = _jalan(kantor, "document", "berita-acara", pdf, "--desa", "6172031002",
                   "--user", "vera")
    assert hasil.exit_code == 0, hasil.output
    baris = hasil.output.splitlines()[-2]
    assert baris == (
        "Nyarumkop (6172031002): tanggal musdes diisi tangan (2 berbeda di data keluarganya: "
        "'19/03/2026' (0061720008), '20/03/2026' (0061720009)); nomor BA diisi tangan "
        "('02/BA/III/2026' (0061720008) tercatat hanya di 1 keluarga; 1 keluarga lain yang "
        "sudah diverifikasi atau bermusdes belum mencatatnya, misalnya 0061720009)"), baris
    teks = " ".join(_halaman(pdf))
    assert f"Nomor: {TITIK * 2}" in teks and "02/BA/III/2026" not in teks


def test_keluarga_belum_diverifikasi_tanpa_musdes_tidak_dihitung(tmp_path):
    """Pajintan: its recorded family verified with the number and date; another family of the
    desa, not yet visited, records nothing: the number and date are the desa's. Verified
    without them, it is not."""
    kantor = buat_kantor(tmp_path, {"0061720008": ("6172031002", 2),
                                    "0061720009": ("6172031002", 1),
                                    "0061720010": ("6172031001", 1)})
    catat_musdes(kantor)
    lain = ["0061720010"]
    _sql(kantor, "UPDATE verifikasi_keluarga SET status_verifikasi = 'DITEMUKAN' "
         "WHERE id_keluarga = '0061720005'")
    pdf = tmp_path / "ba.pdf"
    hasil = _jalan(kantor, "document", "berita-acara", pdf, "--desa", "6172031001",
                   "--user", "vera")
    assert hasil.output.splitlines()[-2] == (
        "Pajintan (6172031001): tanggal musdes 12/03/2026; nomor BA 01/BA/III/2026")
    _sql(kantor, "UPDATE verifikasi_keluarga SET status_verifikasi = 'DITEMUKAN' "
         "WHERE id_keluarga = ?", lain[0])
    hasil = _jalan(kantor, "document", "berita-acara", pdf, "--desa", "6172031001",
                   "--user", "vera", "--timpa")
    assert hasil.exit_code == 0, hasil.output
    assert hasil.output.splitlines()[-2] == (
        "Pajintan (6172031001): tanggal musdes diisi tangan ('12/03/2026' (0061720005) "
        "tercatat hanya di 1 keluarga; 1 keluarga lain yang sudah diverifikasi atau bermusdes "
        f"belum mencatatnya, misalnya {lain[0]}); nomor BA diisi tangan ('01/BA/III/2026' "
        "(0061720005) tercatat hanya di 1 keluarga; 1 keluarga lain yang sudah diverifikasi "
        f"atau bermusdes belum mencatatnya, misalnya {lain[0]})")


def test_satu_musyawarah_kecamatan(kantor, tmp_path):
    pdf = tmp_path / "ba.pdf"
    sebelum = len(_cetak(kantor))
    hasil = _jalan(kantor, "document", "berita-acara", pdf, "--kecamatan", "617203",
                   "--tanggal", "25/11/2026", "--tempat", AULA, "--nomor", NOMOR,
                   "--camat", "Drs. Hendri Sulaiman", "--operator", "Ani", "--user", "vera")
    assert hasil.exit_code == 0, hasil.output
    assert hasil.output.splitlines()[-4:-1] == [
        f"Pajintan (6172031001): tanggal musdes 25/11/2026 (diisi; data keluarganya mencatat "
        f"tanggal lain); nomor BA {NOMOR}",
        f"Nyarumkop (6172031002): tanggal musdes 25/11/2026 (diisi; data keluarganya mencatat "
        f"tanggal lain); nomor BA {NOMOR}",
        f"Sanggau Kulor (6172031005): tanggal musdes 25/11/2026; nomor BA {NOMOR}"]
    bagian = [" ".join(b) for b in _bagian(_halaman(pdf), "HASIL VERIFIKASI DATA P3KE")]
    assert len(bagian) == 3
    for i, (teks, desa) in enumerate(zip(bagian, ("Pajintan", "Nyarumkop", "Sanggau Kulor"),
                                         strict=True), start=1):
        assert "MUSYAWARAH KECAMATAN SINGKAWANG TIMUR" in teks, teks[:300]
        assert f"Nomor: {NOMOR}" in teks
        assert f"Bagian {i} dari 3: Kelurahan {desa} (kode" in teks
        assert ("Pada hari ini Rabu tanggal 25 bulan November tahun 2026, bertempat di "
                f"{AULA}, telah dilaksanakan musyawarah tingkat Kecamatan Singkawang Timur "
                "untuk membahas hasil") in teks
        assert "musyawarah kelurahan" not in teks
        assert "Camat Singkawang Timur" in teks and "( Drs. Hendri Sulaiman )" in teks
        assert f"Lurah {desa}" in teks and "Perwakilan kelurahan," in teks
        assert "( Ani )" in teks
        assert "01/BA/III/2026" not in teks and "02/BA/III/2026" not in teks
    assert len(_cetak(kantor)) == sebelum + 3


def test_musyawarah_kecamatan_tanpa_nomor_diisi_tangan(kantor, tmp_path):
    """No number typed: the meeting's number is written by hand; a desa's own musdes
    number is not this meeting's."""
    pdf = tmp_path / "ba.pdf"
    hasil = _jalan(kantor, "document", "berita-acara", pdf, "--kecamatan", "617203",
                   "--tanggal", "25/11/2026", "--tempat", AULA, "--user", "vera")
    assert hasil.exit_code == 0, hasil.output
    assert hasil.output.splitlines()[-4].endswith(
        "nomor BA diisi tangan (satu musyawarah kecamatan: nomornya tidak diambil dari data "
        "keluarga tiap desa; isi Nomor BA)"), hasil.output
    for teks in (" ".join(b) for b in _bagian(_halaman(pdf), "HASIL VERIFIKASI DATA P3KE")):
        assert f"Nomor: {TITIK * 2}" in teks and "Camat Singkawang Timur" in teks


@pytest.mark.parametrize("argumen", [
    ("--kecamatan", "617203", "--tempat", AULA, "--nomor", NOMOR),  # no date: meetings apart
    ("--kecamatan", "617203", "--camat", "Hendri"),
    ("--kabupaten", "6172", "--tanggal", "25/11/2026", "--tempat", AULA, "--camat", "Hendri"),
    ("--desa", "6172031001", "--camat", "Hendri"),
])
def test_nomor_atau_camat_tanpa_musyawarah_kecamatan_ditolak(kantor, tmp_path, argumen):
    pdf = tmp_path / "ba.pdf"
    sebelum = _cetak(kantor)
    hasil = _jalan(kantor, "document", "berita-acara", pdf, *argumen, "--user", "vera")
    assert hasil.exit_code == 1, hasil.output
    assert ("musyawarah kecamatan" in hasil.output and "tanggal" in hasil.output
            and "tempat" in hasil.output), hasil.output
    assert not pdf.exists() and _cetak(kantor) == sebelum


def test_kecamatan_satu_desa_nama_kepala_desa_dicetak(tmp_path):
    """A kecamatan of one desa: its one meeting may name the lurah too (several desa: refused,
    it differs per desa)."""
    kantor = buat_kantor(tmp_path)
    pdf = tmp_path / "ba.pdf"
    hasil = _jalan(kantor, "document", "berita-acara", pdf, "--kecamatan", "617204",
                   "--tanggal", "25/11/2026", "--tempat", AULA, "--kepala-desa", "Ahmad Yani",
                   "--camat", "Hendri", "--user", "vera")
    assert hasil.exit_code == 0, hasil.output
    teks = " ".join(_halaman(pdf))
    assert "Bagian 1 dari 1:" in teks and "( Ahmad Yani )" in teks and "( Hendri )" in teks
