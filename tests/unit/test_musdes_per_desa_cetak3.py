"""A berita acara of several desa gives each desa its own place and date (closing note 21,
Export and documents: one place and date was printed on every desa's section, yet a musdes is
held in each desa on its own day). Each section takes place at its desa; its date and BA
number are the Tanggal musdes and No. BA musdes recorded for its families when those recording
one agree, otherwise a dotted line to fill in by hand; one BA number for several desa is
refused. The console says what each section took. PDFs read back with
pdftotext; the records set with plain sqlite3."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.ekspor_wilayah_luar import buat_kantor
from tests.unit.test_dokumen_wilayah import _bagian, _cetak, _halaman, _jalan

TITIK = "...................."


def catat_musdes(path: Path) -> None:
    """Pajintan's family: one musdes (12 March 2026, 01/BA/III/2026). Nyarumkop's two families:
    two dates (two musdes, or a typing slip), one BA number and one family without. Sanggau
    Kulor: nothing recorded yet."""
    con = sqlite3.connect(path)
    try:
        for idk, nomor, tanggal in (("0061720005", "01/BA/III/2026", "2026-03-12"),
                                    ("0061720008", "02/BA/III/2026", "2026-03-19"),
                                    ("0061720009", None, "2026-03-20")):
            assert con.execute(
                "UPDATE verifikasi_keluarga SET no_musdes = ?, tanggal_musdes = ? WHERE "
                "id_keluarga = ?", [nomor, tanggal, idk]).rowcount == 1
        con.commit()
        desa = dict(con.execute("SELECT id_keluarga, kode_kemdagri FROM keluarga"))
    finally:
        con.close()
    assert (desa["0061720005"], desa["0061720008"], desa["0061720009"]) == (
        "6172031001", "6172031002", "6172031002")


def kantor_musdes(folder: Path) -> Path:
    """The outside office with two families in Nyarumkop and the records of
    :func:`catat_musdes`."""
    path = buat_kantor(folder, {"0061720008": ("6172031002", 2),
                                "0061720009": ("6172031002", 1)})
    catat_musdes(path)
    return path


@pytest.fixture(scope="module")
def kantor(tmp_path_factory) -> Path:
    return kantor_musdes(tmp_path_factory.mktemp("kantor"))


def test_kecamatan_tempat_dan_tanggal_per_desa(kantor, tmp_path):
    pdf = tmp_path / "ba.pdf"
    hasil = _jalan(kantor, "document", "berita-acara", pdf, "--kecamatan", "617203", "--user",
                   "vera")
    assert hasil.exit_code == 0, hasil.output
    assert hasil.output.splitlines()[-4:-1] == [
        "Pajintan (6172031001): tanggal musdes 12/03/2026; nomor BA 01/BA/III/2026",
        "Nyarumkop (6172031002): tanggal musdes diisi tangan (2 berbeda di data keluarganya: "
        "'19/03/2026' (0061720008), '20/03/2026' (0061720009)); nomor BA diisi tangan "
        "('02/BA/III/2026' (0061720008) tercatat hanya di 1 keluarga; 1 keluarga lain yang "
        "sudah diverifikasi atau bermusdes belum mencatatnya, misalnya 0061720009)",
        "Sanggau Kulor (6172031005): tanggal musdes diisi tangan (belum tercatat di data "
        "keluarganya); nomor BA diisi tangan (belum tercatat di data keluarganya)"]
    pajintan, nyarumkop, sanggau = (" ".join(b) for b in _bagian(
        _halaman(pdf), "HASIL VERIFIKASI DATA P3KE"))
    assert "Nomor: 01/BA/III/2026" in pajintan
    assert ("Pada hari ini Kamis tanggal 12 bulan Maret tahun 2026, bertempat di Kelurahan "
            "Pajintan, telah dilaksanakan musyawarah kelurahan") in pajintan
    assert "Pajintan, 12 Maret 2026" in pajintan
    # one family's number, the other family with a musdes date but none (ulang6)
    assert f"Nomor: {TITIK * 2}" in nyarumkop and "02/BA/III/2026" not in nyarumkop
    assert "19 Maret" not in nyarumkop
    assert (f"Pada hari ini {TITIK} tanggal {TITIK} bulan {TITIK} tahun {TITIK}, bertempat di "
            "Kelurahan Nyarumkop,") in nyarumkop
    assert f"Nyarumkop, {TITIK}" in nyarumkop
    assert f"Nomor: {TITIK * 2}" in sanggau and "bertempat di Kelurahan Sanggau Kulor," in sanggau
    assert "Maret 2026" not in nyarumkop + sanggau  # no desa's date on another


@pytest.mark.parametrize("opsi", [("--nomor", "01/BA/2026"), ("--kepala-desa", "Ahmad")])
def test_nomor_atau_kepala_desa_untuk_banyak_desa_ditolak(kantor, tmp_path, opsi):
    """The BA number and the kepala desa's name belong to one desa (a place and date for
    several desa are allowed since cetak4: tests/unit/test_musdes_kecamatan_cetak4.py; a BA
    number for one kecamatan meeting since ulang6: tests/unit/test_musdes_ulang6.py)."""
    pdf = tmp_path / "x.pdf"
    sebelum = _cetak(kantor)
    hasil = _jalan(kantor, "document", "berita-acara", pdf, "--kecamatan", "617203", *opsi,
                   "--user", "vera")
    assert hasil.exit_code == 1, hasil.output
    teks = " ".join(hasil.output.split())
    assert "Kecamatan Singkawang Timur (617203) memuat 3 desa/kelurahan" in teks
    assert ("nomor berita acara berbeda untuk setiap desa" if opsi[0] == "--nomor"
            else "nama kepala desa/lurah berbeda untuk setiap desa") in teks, teks
    assert list(tmp_path.iterdir()) == [] and _cetak(kantor) == sebelum


def test_satu_desa_isian_pengguna_didahulukan(kantor, tmp_path):
    """One desa: what the user gives wins over the records; given nothing, the records."""
    pdf = tmp_path / "satu.pdf"
    hasil = _jalan(kantor, "document", "berita-acara", pdf, "--desa", "6172031001", "--tanggal",
                   "14/03/2026", "--tempat", "Balai Kelurahan Pajintan", "--user", "vera")
    assert hasil.exit_code == 0, hasil.output
    teks = " ".join(_halaman(pdf))
    assert ("Pada hari ini Sabtu tanggal 14 bulan Maret tahun 2026, bertempat di Balai "
            "Kelurahan Pajintan,") in teks
    assert "Balai Kelurahan Pajintan, 14 Maret 2026" in teks
    assert "Nomor: 01/BA/III/2026" in teks  # not given: recorded
    assert ("Pajintan (6172031001): tanggal musdes 14/03/2026 (diisi; data keluarganya mencatat "
            "tanggal lain); nomor BA 01/BA/III/2026") in hasil.output
