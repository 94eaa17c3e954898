"""The signer of one meeting's berita acara (closing note 25):

* an optional NIP (``--nip``) printed under the official's name as "NIP. <nip>", as written
  (spaces kept, a typed 'NIP.' not doubled), left out when empty; letters refused naming the
  field, and a NIP for desa that met apart refused, before anything is written or recorded;
* a long title and the NIP stay inside the signature block: the words' boxes read back with
  ``pdftotext -bbox`` (title above the name, the NIP under it, all above the footer);
* the settings file keeps the last title, name and NIP per region, and an older file (or one
  holding something else there) still loads.

PDFs read back with pdftotext; the audit log read with plain sqlite3."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from kalbar_desktop import settings
from tests.unit.test_dokumen_wilayah import _cetak, _halaman, _jalan
from tests.unit.test_musdes_per_desa_cetak3 import kantor_musdes

NIP = "19700101 199003 1 001"
CAMAT = "Yohanes Kurniawan, S.Sos"


@pytest.fixture(scope="module")
def kantor(tmp_path_factory) -> Path:
    return kantor_musdes(tmp_path_factory.mktemp("kantor"))


def test_nip_di_bawah_nama_camat(kantor, tmp_path):
    pdf = tmp_path / "ba.pdf"
    hasil = _jalan(kantor, "document", "berita-acara", pdf, "--kecamatan", "617203",
                   "--tanggal", "25/11/2026", "--camat", CAMAT, "--jabatan", "Plt. Camat",
                   "--nip", "  19700101  199003 1 001 ", "--user", "vera")
    assert hasil.exit_code == 0, hasil.output
    teks = " ".join(_halaman(pdf))
    assert teks.count(f"NIP. {NIP}") == 3  # one section per desa, spaces as written
    assert teks.count("Plt. Camat Singkawang Timur") == 3
    # the NIP is the last line of the camat's block, under the name
    assert re.search(rf"\( {re.escape(CAMAT)} \).*NIP\. {NIP}", teks)


def test_nip_ditulis_dengan_awalan_dan_titik(kantor, tmp_path):
    pdf = tmp_path / "ba.pdf"
    hasil = _jalan(kantor, "document", "berita-acara", pdf, "--kecamatan", "617203",
                   "--tanggal", "25/11/2026", "--camat", CAMAT, "--nip", "NIP. 19700101.199003",
                   "--user", "vera")
    assert hasil.exit_code == 0, hasil.output
    teks = " ".join(_halaman(pdf))
    assert teks.count("NIP. 19700101.199003") == 3 and "NIP. NIP" not in teks


def test_tanpa_nip_tanpa_baris_nip(kantor, tmp_path):
    pdf = tmp_path / "ba.pdf"
    hasil = _jalan(kantor, "document", "berita-acara", pdf, "--kecamatan", "617203",
                   "--tanggal", "25/11/2026", "--camat", CAMAT, "--nip", "  ", "--user", "vera")
    assert hasil.exit_code == 0, hasil.output
    assert "NIP" not in " ".join(_halaman(pdf))


@pytest.mark.parametrize(("argumen", "harus"), [
    (("--kecamatan", "617203", "--tanggal", "25/11/2026", "--camat", CAMAT,
      "--nip", "1970O101-199003"),
     "NIP penandatangan hanya boleh berisi angka (boleh dengan spasi atau titik), misalnya "
     "19700101 199003 1 001; tertulis: 1970O101-199003"),
    (("--kecamatan", "617203", "--nip", NIP),  # no date: each desa met on its own
     "NIP penandatangan hanya dicetak pada berita acara satu musyawarah kecamatan atau "
     "kabupaten/kota"),
    (("--desa", "6172031001", "--nip", NIP),
     "NIP penandatangan hanya dicetak pada berita acara satu musyawarah kecamatan atau "
     "kabupaten/kota"),
])
def test_nip_ditolak_tanpa_menulis(kantor, tmp_path, argumen, harus):
    pdf = tmp_path / "ba.pdf"
    sebelum = _cetak(kantor)
    hasil = _jalan(kantor, "document", "berita-acara", pdf, *argumen, "--user", "vera")
    assert hasil.exit_code != 0
    assert harus in " ".join(hasil.output.split()), hasil.output
    assert not pdf.exists() and _cetak(kantor) == sebelum


def _kata(pdf: Path) -> list[tuple[int, float, float, str]]:
    """(page, yMin, yMax, word) of every word, from ``pdftotext -bbox``."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    kata: list[tuple[int, float, float, str]] = []
    for i, halaman in enumerate(html.split("<page ")[1:]):
        for y0, y1, w in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<',
                                    halaman):
            kata.append((i, float(y0), float(y1), w))
    return kata


def test_jabatan_panjang_dan_nip_muat_di_blok_tanda_tangan(kantor, tmp_path):
    """A title that wraps over three lines and the NIP: on one page, title above the name,
    the NIP under it, and the footer below them all (nothing drawn over another)."""
    pdf = tmp_path / "ba.pdf"
    jabatan = ("Plt. Kepala Dinas Sosial, Pemberdayaan Perempuan, Perlindungan Anak, "
               "Pengendalian Penduduk dan Keluarga Berencana")
    hasil = _jalan(kantor, "document", "berita-acara", pdf, "--kabupaten", "6172",
                   "--tanggal", "27/11/2026", "--kepala-dinas", "Dra. Rosmawati",
                   "--jabatan", jabatan, "--nip", NIP, "--user", "vera")
    assert hasil.exit_code == 0, hasil.output
    kata = _kata(pdf)
    nip = [(h, y0, y1) for h, y0, y1, w in kata if w == "199003"]
    assert len(nip) == 8  # every desa's section
    for h, nip_atas, nip_bawah in nip:
        halaman = [(y0, y1, w) for hh, y0, y1, w in kata if hh == h]
        nama = [(y0, y1) for y0, y1, w in halaman if w == "Rosmawati"]
        berencana = [y1 for y0, y1, w in halaman if w == "Berencana"]
        kaki = [y0 for y0, y1, w in halaman if w == "Dicetak"]
        assert len(nama) == 1 and len(berencana) == 1 and len(kaki) == 1
        (nama_atas, nama_bawah), = nama
        assert berencana[0] < nama_atas - 20  # the title's last line, then room to sign
        # the NIP a line under the name, not over it (a word's box holds its font's ascent
        # and descent: the boxes of two lines may touch)
        assert nip_atas - nama_atas >= 0.95 * (nama_bawah - nama_atas)
        assert nip_bawah < kaki[0]  # above the footer
    teks = " ".join(_halaman(pdf))
    assert teks.count(f"NIP. {NIP}") == 8


def test_pengaturan_lama_dan_rusak_tetap_dimuat():
    berkas = settings.Pengaturan.berkas()
    berkas.parent.mkdir(parents=True, exist_ok=True)
    # a file of an older version: no signers; the other preferences kept
    berkas.write_text(json.dumps({"bahasa": "en", "nama_kantor": "Dinsos Singkawang"}),
                      encoding="utf-8")
    assert settings.Pengaturan.muat().nama_kantor == "Dinsos Singkawang"
    assert settings.penandatangan("617203") == {}
    assert settings.ingat_penandatangan("617203", "Plt. Camat", CAMAT, NIP)
    data = json.loads(berkas.read_text(encoding="utf-8"))
    assert data["penandatangan"] == {"617203": {"jabatan": "Plt. Camat", "nama": CAMAT,
                                                "nip": NIP}}
    assert data["bahasa"] == "en" and data["nama_kantor"] == "Dinsos Singkawang"
    assert settings.penandatangan("617203") == {"jabatan": "Plt. Camat", "nama": CAMAT,
                                               "nip": NIP}
    assert settings.penandatangan("617201") == {}
    # something else written there by hand: nothing offered, and the next one is kept
    for isi in ("Camat", {"617203": "Yohanes"}, {"617203": {"nama": 7, "jabatan": "Camat"}}):
        berkas.write_text(json.dumps({"bahasa": "en", "penandatangan": isi}), encoding="utf-8")
        assert settings.Pengaturan.muat().bahasa == "en"
        assert settings.penandatangan("617203") in ({}, {"jabatan": "Camat"})
        assert settings.ingat_penandatangan("6172", "Kepala Dinas Sosial", "Dra. Rosmawati", "")
        assert settings.penandatangan("6172")["nama"] == "Dra. Rosmawati"
