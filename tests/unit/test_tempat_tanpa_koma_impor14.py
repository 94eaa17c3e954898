"""A place of birth before the date without a comma (``KETAPANG 12-03-1980``,
``Ketapang/12-03-1980``, ``KETAPANG; 12 MARET 1980``, ``Ketapang - 12-03-1980``) is read as
the date when the place is letters only; an impossible date after a place is still reported,
and a date followed by a time or an ISO date reads as before. The import test uses a workbook
written by hand with openpyxl (``tests/masukan_luar``), not the project's generator."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kalbar_desktop.domain.tanggal import BuktiUrutan, tanpa_tempat, urai_tanggal
from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import db as sdb
from tests import masukan_luar as ml
from tests.temuan_uji import cli, temuan_json


@pytest.mark.parametrize(("teks", "tanggal"), [
    ("KETAPANG 12-03-1980", dt.date(1980, 3, 12)),
    ("Ketapang/12-03-1980", dt.date(1980, 3, 12)),
    ("Ketapang / 12/03/1980", dt.date(1980, 3, 12)),
    ("KETAPANG; 12 MARET 1980", dt.date(1980, 3, 12)),
    ("Ketapang - 12-03-1980", dt.date(1980, 3, 12)),
    ("Ketapang-12-03-1980", dt.date(1980, 3, 12)),
    ("Kab. Sambas 12 Maret 1980", dt.date(1980, 3, 12)),
    ("Sungai Raya 1 Jan 1990", dt.date(1990, 1, 1)),
    ("Singkawang 12/3/80", dt.date(1980, 3, 12)),
    ("Pontianak 1980-03-12", dt.date(1980, 3, 12)),
])
def test_tempat_tanpa_koma_dibaca(teks, tanggal):
    assert urai_tanggal(teks) == tanggal


@pytest.mark.parametrize("teks", [
    "Ketapang 31-02-1980",  # no such day: reported, not taken for a good date
    "Ketapang/31-02-1980", "KETAPANG; 30 Februari 1980",
    "KETAPANG12-03-1980",  # no separator
    "Ketapang 1980", "Ketapang 12 03 1980", "Ketapang 12",  # no date after the place
    "Jl. Merdeka No 5 12-03-1980",  # digits in the "place": no place
    "Umur 45 tahun", "tidak tahu", "Ketapang",
    "Minggu 23 November 1980",  # a weekday is no place
])
def test_bukan_tempat_dan_tanggal(teks):
    assert urai_tanggal(teks) is None


@pytest.mark.parametrize(("teks", "tanggal"), [
    ("12-03-1980 12:00", dt.date(1980, 3, 12)),
    ("1980-03-12", dt.date(1980, 3, 12)),
    ("1980-03-12T00:00:00", dt.date(1980, 3, 12)),
    ("Nov 23, 1980", dt.date(1980, 11, 23)),
    ("Minggu, 23 November 1980", dt.date(1980, 11, 23)),
    ("KETAPANG, 12-03-1980", dt.date(1980, 3, 12)),
])
def test_tanggal_lain_tidak_berubah(teks, tanggal):
    assert urai_tanggal(teks) == tanggal


def test_tanpa_tempat_mengembalikan_teks_bila_bukan_tempat():
    assert tanpa_tempat("KETAPANG 12-03-1980") == "12-03-1980"
    assert tanpa_tempat("KETAPANG; 12 MARET 1980") == "12 MARET 1980"
    for teks in ("12-03-1980 12:00", "Nov 23, 1980", "Minggu, 23 November 1980",
                 "Minggu 23 November 1980", "November 1980"):
        assert tanpa_tempat(teks) is teks


def test_urutan_garis_miring_tempat_tanpa_koma():
    """A column written month first with the place before each date (no comma) still reads
    its two-way dates month first."""
    bukti = BuktiUrutan()
    for t in ("Ketapang 08/15/1980", "Ketapang/3/10/1985"):
        bukti.catat(t)
    assert bukti.keputusan == "bulan"
    assert bukti.peta() == {"Ketapang/3/10/1985": ("1985-10-03", "1985-03-10")}


TTL = ["KETAPANG 15-08-1980", "Singkawang/10/03/1985", "PONTIANAK; 4 DESEMBER 1970",
       "Sambas - 05-05-1995", "Singkawang 31-02-1960"]
"""The birth dates of :data:`ml.KELUARGA`'s five people after a place without a comma; the
last is no real date."""


def test_impor_buku_kerja_tulisan_tangan(db_path, tmp_path):
    kepala = list(ml.INDIVIDU_2023)
    i = kepala.index("Tanggal Lahir")
    kepala[i] = "Tempat Tanggal Lahir"
    baris = ml.baris_individu()
    for r, t in zip(baris, TTL, strict=True):
        r[i] = t
    path = ml.xlsx(tmp_path / "individu.xlsx", kepala, baris, lembar="Individu")

    (pb,) = impor_p3ke.pratinjau([path])
    catatan = [" ".join(str(p).split()) for p in pb.lembar[0].peringatan]
    assert ("Kolom K (Tempat Tanggal Lahir) berisi tempat dan tanggal lahir dalam satu sel (mis. "
            "'KETAPANG 15-08-1980' di baris 2)") in " ".join(catatan), catatan
    assert not [c for c in catatan if "terbaca sebagai tanggal" in c]

    assert cli(db_path, "import", path).exit_code == 0
    tidak_valid = [t["value"] for t in temuan_json(db_path) if t["rule"] == "TANGGAL_TIDAK_VALID"]
    assert tidak_valid == ["Singkawang 31-02-1960"]
    with sdb.terbuka(db_path) as db:
        anggota = {idi: (tgl, json.loads(sj or "{}")) for idi, tgl, sj in db.execute(
            "SELECT id_individu, tanggal_lahir, sumber_json FROM anggota ORDER BY id_individu")}
    assert [tgl for tgl, _ in anggota.values()] == [
        "1980-08-15", "1985-03-10", "1970-12-04", "1995-05-05", "Singkawang 31-02-1960"]
    for (_tgl, sumber), ttl in zip(list(anggota.values())[:4], TTL[:4], strict=True):
        assert ttl in sumber.values()  # the cell as written, with its place
