"""One musyawarah held for a whole kecamatan (closing note 22): the office types its date and
place once for a berita acara of several desa, and every desa's section prints them; what is
not typed still comes from each desa (its place, the date and BA number recorded for its
families). A desa whose families record another date is named on the console. PDFs read back
with pdftotext; the records set with plain sqlite3 (tests/unit/test_musdes_per_desa_cetak3.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.test_dokumen_wilayah import _bagian, _cetak, _halaman, _jalan
from tests.unit.test_musdes_per_desa_cetak3 import TITIK, kantor_musdes

AULA = "Aula Kantor Camat Singkawang Timur"


@pytest.fixture(scope="module")
def kantor(tmp_path_factory) -> Path:
    return kantor_musdes(tmp_path_factory.mktemp("kantor"))


def test_kecamatan_satu_tanggal_dan_tempat_untuk_semua_desa(kantor, tmp_path):
    pdf = tmp_path / "ba.pdf"
    sebelum = len(_cetak(kantor))
    hasil = _jalan(kantor, "document", "berita-acara", pdf, "--kecamatan", "617203",
                   "--tanggal", "25/11/2026", "--tempat", AULA, "--user", "vera")
    assert hasil.exit_code == 0, hasil.output
    # the date and the place together: one kecamatan meeting (ulang6), whose one BA number is
    # typed (--nomor) or written by hand, never a desa's record; tests/unit/test_musdes_ulang6.py
    kecamatan = ("nomor BA diisi tangan (satu musyawarah kecamatan: nomornya tidak diambil dari "
                 "data keluarga tiap desa; isi Nomor BA)")
    assert hasil.output.splitlines()[-4:-1] == [
        "Pajintan (6172031001): tanggal musdes 25/11/2026 (diisi; data keluarganya mencatat "
        f"tanggal lain); {kecamatan}",
        "Nyarumkop (6172031002): tanggal musdes 25/11/2026 (diisi; data keluarganya mencatat "
        f"tanggal lain); {kecamatan}",
        f"Sanggau Kulor (6172031005): tanggal musdes 25/11/2026; {kecamatan}"]
    bagian = [" ".join(b) for b in _bagian(_halaman(pdf), "HASIL VERIFIKASI DATA P3KE")]
    assert len(bagian) == 3
    for teks in bagian:
        assert ("Pada hari ini Rabu tanggal 25 bulan November tahun 2026, bertempat di "
                f"{AULA}, telah dilaksanakan musyawarah tingkat Kecamatan") in teks
        assert f"{AULA}, 25 November 2026" in teks
        assert "Maret 2026" not in teks
        assert f"Nomor: {TITIK * 2}" in teks
    assert len(_cetak(kantor)) == sebelum + 3


def test_kecamatan_hanya_tempat_tanggal_dari_tiap_desa(kantor, tmp_path):
    """Only the place typed: each desa keeps its own recorded date (or the dotted line)."""
    pdf = tmp_path / "ba.pdf"
    hasil = _jalan(kantor, "document", "berita-acara", pdf, "--kecamatan", "617203",
                   "--tempat", AULA, "--user", "vera")
    assert hasil.exit_code == 0, hasil.output
    pajintan, nyarumkop, sanggau = (" ".join(b) for b in _bagian(
        _halaman(pdf), "HASIL VERIFIKASI DATA P3KE"))
    assert (f"Pada hari ini Kamis tanggal 12 bulan Maret tahun 2026, bertempat di {AULA},"
            in pajintan)
    assert f"{AULA}, 12 Maret 2026" in pajintan
    assert (f"Pada hari ini {TITIK} tanggal {TITIK} bulan {TITIK} tahun {TITIK}, bertempat di "
            f"{AULA},") in nyarumkop + sanggau
    assert f"{AULA}, {TITIK}" in sanggau


def test_kecamatan_tanggal_tidak_terbaca_ditolak(kantor, tmp_path):
    pdf = tmp_path / "ba.pdf"
    sebelum = _cetak(kantor)
    hasil = _jalan(kantor, "document", "berita-acara", pdf, "--kecamatan", "617203",
                   "--tanggal", "31/02/2026", "--user", "vera")
    assert hasil.exit_code == 1 and "Tanggal tidak bisa dibaca: 31/02/2026" in hasil.output
    assert not pdf.exists() and _cetak(kantor) == sebelum
