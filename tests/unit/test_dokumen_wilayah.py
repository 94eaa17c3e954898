"""Printed documents of a kecamatan, a kabupaten/kota or all of an account's regions in one PDF
(closing note 20, Export: they stayed one desa each, while the export makes one workbook of a
kecamatan, so an office printed N desa one by one). One section per desa, each starting on a new
page with its own page numbers and signature block; the scopes are the export's; ``document
--desa`` is as it was. PDFs are read back with pdftotext, page by page."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.exchange import dokumen as xdokumen
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import cetak
from tests.ekspor_wilayah_luar import SANDI, buat_kantor, hitung_sqlite

NAMA_DESA = {"6172031001": ("Kelurahan", "Pajintan"), "6172031002": ("Kelurahan", "Nyarumkop"),
             "6172031005": ("Kelurahan", "Sanggau Kulor")}


@pytest.fixture(scope="module")
def kantor(tmp_path_factory) -> Path:
    """The outside office with a third desa in Singkawang Timur (617203)."""
    return buat_kantor(tmp_path_factory.mktemp("kantor"), {"0061720008": ("6172031002", 2)})


def _jalan(db: Path, *args: object):
    return CliRunner().invoke(main, ["--db", str(db), *map(str, args)], input=SANDI + "\n",
                              catch_exceptions=False)


def _halaman(pdf: Path) -> list[str]:
    teks = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    return [" ".join(h.split()) for h in teks.split("\f") if h.strip()]


def _cetak(db: Path) -> list[tuple[str, str, str, dict]]:
    con = sqlite3.connect(db)
    try:
        return [(a, p, r, json.loads(k)) for a, p, r, k in con.execute(
            "SELECT aksi, pengguna, id_rekaman, keterangan FROM audit_log "
            "WHERE tabel = 'dokumen' ORDER BY id")]
    finally:
        con.close()


def _bagian(halaman: list[str], judul: str) -> list[list[str]]:
    """The pages grouped by section: a section starts on the page holding ``judul``."""
    bagian: list[list[str]] = []
    for h in halaman:
        if judul in h:
            bagian.append([])
        assert bagian, f"page before any section: {h[:80]}"
        bagian[-1].append(h)
    return bagian


def test_berita_acara_kecamatan_satu_desa_per_bagian(kantor, tmp_path):
    pdf = tmp_path / "ba.pdf"
    sebelum = len(_cetak(kantor))
    hasil = _jalan(kantor, "document", "berita-acara", pdf, "--kecamatan", "617203",
                   "--verifikator", "Vera", "--user", "vera")
    assert hasil.exit_code == 0, hasil.output
    harapan = hitung_sqlite(kantor, ("617203",))
    assert sorted(harapan) == sorted(NAMA_DESA)
    assert (f"Berita Acara Hasil Verifikasi - Kecamatan Singkawang Timur (617203): 3 "
            f"desa/kelurahan, {sum(k for k, _j in harapan.values())} keluarga, ditulis ke "
            f"{pdf}") in hasil.output
    bagian = _bagian(_halaman(pdf), "HASIL VERIFIKASI DATA P3KE")
    assert len(bagian) == 3
    for kode, halaman in zip(sorted(NAMA_DESA), bagian, strict=True):
        jenis, nama = NAMA_DESA[kode]
        kk, jiwa = harapan[kode]
        teks = " ".join(halaman)
        assert f"{jenis.upper()} {nama.upper()} KECAMATAN SINGKAWANG TIMUR" in halaman[0]
        assert f"(kode {kode})" in halaman[0]
        assert f"bertempat di {jenis} {nama}," in halaman[0]  # each desa its own place
        assert f"Jumlah {kk} {jiwa}" in teks  # its own counts, not the kecamatan's
        assert teks.count("Mengetahui,") == 1 and f"Lurah {nama}" in teks  # signed per desa
        assert "( Vera )" in teks
        assert [re.search(r"Halaman (\d+) dari (\d+)", h).groups() for h in halaman] == [
            (str(i), str(len(halaman))) for i in range(1, len(halaman) + 1)]
        for lain in set(NAMA_DESA) - {kode}:
            assert f"(kode {lain})" not in teks
    baru = _cetak(kantor)[sebelum:]
    assert baru == [("CETAK_BERITA_ACARA", "vera", k, {"desa": k, "keluarga": harapan[k][0]})
                    for k in sorted(NAMA_DESA)]


def test_document_desa_seperti_semula(kantor, tmp_path):
    pdf = tmp_path / "satu.pdf"
    sebelum = len(_cetak(kantor))
    hasil = _jalan(kantor, "document", "berita-acara", pdf, "--desa", "6172031002", "--nomor",
                   "12/BA/2026", "--kepala-desa", "H. Syarif", "--user", "vera")
    assert hasil.exit_code == 0, hasil.output
    assert hasil.output.endswith("Berita Acara Hasil Verifikasi - Kelurahan Nyarumkop: 1 "
                                 f"keluarga, ditulis ke {pdf}\n")
    halaman = _halaman(pdf)
    assert "12/BA/2026" in halaman[0] and "( H. Syarif )" in " ".join(halaman)
    assert _cetak(kantor)[sebelum:] == [
        ("CETAK_BERITA_ACARA", "vera", "6172031002", {"desa": "6172031002", "keluarga": 1})]


def test_seluruh_wilayah_akun_tanpa_opsi(kantor, tmp_path):
    """sari works in 617202 and 617203: without a scope option, every desa of both."""
    pdf = tmp_path / "sari.pdf"
    hasil = _jalan(kantor, "document", "daftar-kunjungan", pdf, "--semua", "--user", "sari")
    assert hasil.exit_code == 0, hasil.output
    harapan = sorted(hitung_sqlite(kantor, ("617202", "617203")))
    bagian = _bagian(_halaman(pdf), "DAFTAR KUNJUNGAN VERIFIKASI P3KE")
    assert [re.search(r"\((\d{10})\) - Kecamatan", b[0]).group(1) for b in bagian] == harapan
    assert "Daftar Kunjungan - Wilayah kerja 617202, 617203: 5 desa/kelurahan" in hasil.output


def test_daftar_kunjungan_tanpa_desa_yang_tak_perlu_dikunjungi(kantor, tmp_path):
    """A visit list leaves out a desa whose families were all visited."""
    salinan = tmp_path / "kantor.db"
    salinan.write_bytes(kantor.read_bytes())
    with sdb.terbuka(salinan) as db:
        db.execute("UPDATE verifikasi_keluarga SET status_verifikasi = 'DITEMUKAN' WHERE "
                   "id_keluarga IN (SELECT id_keluarga FROM keluarga WHERE kode_kemdagri = "
                   "'6172031005')")
    pdf = tmp_path / "dk.pdf"
    hasil = _jalan(salinan, "document", "daftar-kunjungan", pdf, "--kecamatan", "617203",
                   "--user", "vera")
    assert hasil.exit_code == 0, hasil.output
    bagian = _bagian(_halaman(pdf), "DAFTAR KUNJUNGAN VERIFIKASI P3KE")
    assert [re.search(r"\((\d{10})\) - Kecamatan", b[0]).group(1) for b in bagian] == [
        "6172031001", "6172031002"]


@pytest.mark.parametrize("args, pesan", [
    (("--kecamatan", "617201", "--user", "ani"),
     "ani (operator) tidak berwenang mencetak dokumen untuk wilayah 617201. Wilayah kerjanya "
     "6172011001"),
    (("--kecamatan", "617203", "--nomor", "1/BA", "--user", "vera"),
     "Kecamatan Singkawang Timur (617203) memuat 3 desa/kelurahan dengan musyawarahnya "
     "masing-masing: nomor berita acara berbeda untuk setiap desa"),
    (("--kecamatan", "617203", "--desa", "6172031001", "--user", "vera"),
     "Pilih salah satu: --kecamatan atau --desa."),
    (("--kecamatan", "6172031001", "--user", "vera"),
     "6172031001 adalah kode desa/kelurahan (Pajintan); pakai --desa 6172031001."),
])
def test_ditolak_tanpa_menulis(kantor, tmp_path, args, pesan):
    pdf = tmp_path / "x.pdf"
    sebelum = _cetak(kantor)
    hasil = _jalan(kantor, "document", "berita-acara", pdf, *args)
    assert hasil.exit_code == 1, hasil.output
    assert pesan in " ".join(hasil.output.split())
    assert not pdf.exists() and list(tmp_path.iterdir()) == []
    assert _cetak(kantor) == sebelum


def test_batal_di_tengah_tidak_menulis_apa_pun(kantor, tmp_path):
    """Cancel after the first desa's pages: no PDF, nothing recorded."""
    vera = Pengguna("vera", Peran.VERIFIKATOR)
    pdf = tmp_path / "batal.pdf"
    sebelum = _cetak(kantor)
    laporan: list[str] = []
    with sdb.terbuka(kantor) as db:
        dok = xdokumen.dokumen_wilayah(db, xdokumen.OpsiBeritaAcara(""), vera, "617203")
        assert [k for k, _n in dok.desa] == sorted(NAMA_DESA)
        with pytest.raises(cetak.Dibatalkan):
            cetak.tulis_pdf(dok, pdf, kemajuan=lambda t, _f: laporan.append(t),
                            dibatalkan=lambda: any(t.startswith("Desa 2 dari 3") for t in laporan),
                            sebelum_dipasang=lambda: xdokumen.catat_cetak(db, dok, vera))
    assert laporan[:2] == ["Desa 1 dari 3: menata halaman",
                           "Desa 1 dari 3: Menulis halaman 1 dari 2"]
    assert list(tmp_path.iterdir()) == [] and _cetak(kantor) == sebelum
