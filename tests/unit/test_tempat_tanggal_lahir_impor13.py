"""A place and a date of birth in one cell (``KETAPANG, 12-03-1980``, a "Tempat, Tanggal Lahir"
column, or a Tanggal Lahir cell holding the place too): the date part is read (day first with
``-`` or ``/``, or the month's name), the cell as written stays in the source JSON, and no
TANGGAL_TIDAK_VALID is reported when the date part is sound. Files written with openpyxl and
the csv module (``tests/masukan_luar``), not the project's generator."""

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
    ("KETAPANG, 12-03-1980", dt.date(1980, 3, 12)),
    ("Ketapang, 12/03/1980", dt.date(1980, 3, 12)),
    ("PONTIANAK, 12 Maret 1980", dt.date(1980, 3, 12)),
    ("Kab. Sambas,12-3-80", dt.date(1980, 3, 12)),
    ("Sungai Raya, 1 Jan 1990", dt.date(1990, 1, 1)),
    ("Pontianak, Minggu, 23 November 1980", dt.date(1980, 11, 23)),
    ("Singkawang, 1980-03-12", dt.date(1980, 3, 12)),
])
def test_tempat_lalu_tanggal_dibaca(teks, tanggal):
    assert urai_tanggal(teks) == tanggal


@pytest.mark.parametrize("teks", [
    "Ketapang, 31-02-1980",  # no such day: reported as written
    "Ketapang, -", "Ketapang",
    "November, 1980", "tidak tahu, lupa", "12, 03, 1980",
])
def test_bukan_tempat_dan_tanggal(teks):
    assert urai_tanggal(teks) is None


def test_tanggal_inggris_dengan_koma_bukan_tempat():
    assert tanpa_tempat("Nov 23, 1980") == "Nov 23, 1980"
    assert urai_tanggal("Nov 23, 1980") == dt.date(1980, 11, 23)


def test_urutan_garis_miring_dengan_tempat():
    """A column written month first (``08/15/1980``) reads its two-way dates month first,
    with the place before them too."""
    bukti = BuktiUrutan()
    for t in ("Ketapang, 08/15/1980", "Ketapang, 3/10/1985"):
        bukti.catat(t)
    assert bukti.keputusan == "bulan"
    assert bukti.peta() == {"Ketapang, 3/10/1985": ("1985-10-03", "1985-03-10")}


TTL = ["KETAPANG, 15-08-1980", "Singkawang, 10/03/1985", "PONTIANAK, 4 Desember 1970",
       "Sambas, 05-05-1995", "Singkawang, 20 Februari 1960"]
"""The birth dates of :data:`ml.KELUARGA`'s five people, each after a place."""


def _individu(header: str, tanggal: list[str]) -> tuple[list[str], list[list]]:
    kepala = list(ml.INDIVIDU_2023)
    i = kepala.index("Tanggal Lahir")
    kepala[i] = header
    baris = ml.baris_individu()
    for r, t in zip(baris, tanggal, strict=True):
        r[i] = t
    return kepala, baris


def _anggota(db_path) -> dict[str, tuple[str, dict]]:
    with sdb.terbuka(db_path) as db:
        return {idi: (tgl, json.loads(sj or "{}")) for idi, tgl, sj in db.execute(
            "SELECT id_individu, tanggal_lahir, sumber_json FROM anggota")}


@pytest.mark.parametrize("header", ["Tempat, Tanggal Lahir", "TEMPAT / TGL LAHIR",
                                    "Tempat Tgl Lahir", "Tanggal Lahir"])
def test_impor_kolom_tempat_tanggal_lahir(db_path, tmp_path, header):
    kepala, baris = _individu(header, TTL)
    path = ml.xlsx(tmp_path / "individu.xlsx", kepala, baris, lembar="Individu")
    (pb,) = impor_p3ke.pratinjau([path])
    (pl,) = pb.lembar
    kol = next(k for k in pl.kolom if k.huruf == "K")
    assert (kol.header, kol.tujuan) == (" ".join(header.split()), "Tanggal Lahir")
    catatan = [" ".join(str(p).split()) for p in pl.peringatan]
    assert (f"Kolom K ({' '.join(header.split())}) berisi tempat dan tanggal lahir dalam satu "
            "sel (mis. 'KETAPANG, 15-08-1980' di baris 2): tanggalnya dibaca sebagai tanggal "
            "lahir, dan isi sel seperti tertulis (dengan tempatnya) tetap disimpan di data "
            "sumber.") in catatan
    assert not [c for c in catatan if "terbaca sebagai tanggal" in c]

    assert cli(db_path, "import", path).exit_code == 0
    assert not [t for t in temuan_json(db_path) if t["rule"] == "TANGGAL_TIDAK_VALID"]
    anggota = _anggota(db_path)
    lahir = {idi: lahir for _idk, _kode, _desil, org in ml.KELUARGA
             for idi, _n, _nik, lahir, _jk, _hub in org}
    for (idi, (tgl, sumber)), ttl in zip(sorted(anggota.items()), TTL, strict=True):
        assert tgl == lahir[idi].isoformat()
        assert ttl in sumber.values()  # the cell as written, with its place


def test_csv_tempat_tanggal_dengan_tanggal_rusak(db_path, tmp_path):
    """A CSV (semicolons, as Excel saves it) with a "Tempat/Tgl. Lahir" column: a sound date
    part is read, an impossible one is reported with the cell as written."""
    tanggal = [*TTL[:4], "Singkawang, 31-02-1960"]
    kepala, baris = _individu("Tempat/Tgl. Lahir", tanggal)
    path = ml.csv_berkas(tmp_path / "individu.csv", kepala, baris)
    assert cli(db_path, "import", path).exit_code == 0
    tidak_valid = [t["value"] for t in temuan_json(db_path) if t["rule"] == "TANGGAL_TIDAK_VALID"]
    assert tidak_valid == ["Singkawang, 31-02-1960"]
    assert sorted(tgl for tgl, _ in _anggota(db_path).values()) == [
        "1970-12-04", "1980-08-15", "1985-03-10", "1995-05-05", "Singkawang, 31-02-1960"]
