"""A kecamatan subtotal in a workbook holding only some desa of that kecamatan is labelled as
the sum of those desa, not the kecamatan's figure (closing note 20, Export: a one-desa workbook's
'Jumlah Singkawang Barat' counted that desa only, yet read as the kecamatan's). Checked against
plain ``sqlite3`` counts for a one-desa, a two-desa-of-one-kecamatan and a whole-kecamatan
workbook, read back with openpyxl and python-calamine."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from python_calamine import CalamineWorkbook

from kalbar_desktop.cli import main
from kalbar_desktop.domain.akses import Peran
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as sp
from tests.ekspor_wilayah_luar import SANDI, buat_kantor, hitung_sqlite

SEBAGIAN = "Kecamatan (sebagian)"
TOTAL = "JUMLAH SELURUHNYA"
"""The total's label, in every workbook: the province's tools look for it (closing note 21)."""
SEBAGIAN_TOTAL = "Hanya desa dalam workbook ini"


@pytest.fixture(scope="module")
def kantor(tmp_path_factory) -> Path:
    """The outside office with a third desa in Singkawang Timur (617203), and an operator of
    two of its three desa."""
    path = buat_kantor(tmp_path_factory.mktemp("kantor"), {"0061720008": ("6172031002", 2)})
    with sdb.terbuka(path) as db:
        sp.tambah(db, "dua", Peran.OPERATOR, SANDI, ["6172031001", "6172031005"], oleh="adm")
    return path


def _export(db: Path, keluar: Path, user: str, *opsi: str) -> list[list]:
    hasil = CliRunner().invoke(main, ["--db", str(db), "export", str(keluar), "--user", user,
                                      *opsi], input=SANDI + "\n", catch_exceptions=False)
    assert hasil.exit_code == 0, hasil.output
    rekap = [list(r) for r in openpyxl.load_workbook(keluar)["Rekap"].iter_rows(
        values_only=True)]
    kal = CalamineWorkbook.from_path(str(keluar)).get_sheet_by_name("Rekap").to_python()
    assert [r[:7] for r in kal] == [r[:7] for r in rekap]
    return rekap


def _kolom(rekap: list[list], *judul: str) -> tuple[int, ...]:
    return tuple(rekap[0].index(j) for j in judul)


def _kecamatan_sqlite(db: Path, kode: str) -> tuple[int, int]:
    con = sqlite3.connect(db)
    try:
        return con.execute(
            "SELECT count(DISTINCT k.id_keluarga), count(a.id_individu) FROM keluarga k "
            "LEFT JOIN anggota a ON a.id_keluarga = k.id_keluarga "
            "WHERE substr(k.kode_kemdagri, 1, 6) = ?", [kode]).fetchone()
    finally:
        con.close()


def _periksa(rekap: list[list], harapan: dict[str, tuple[int, int]]) -> tuple[list, list]:
    """The desa rows equal ``harapan`` (sqlite3); returns the subtotal and the total row, whose
    counts are checked to be the sum of the desa rows."""
    t, desa, kk, jiwa = _kolom(rekap, "Tingkat", "Kode Desa/Kelurahan", "Jumlah KK",
                               "Jumlah Jiwa")
    rinci = [r for r in rekap[1:] if r[t] == "Desa/Kelurahan"]
    assert {r[desa]: (r[kk], r[jiwa]) for r in rinci} == harapan
    [sub] = [r for r in rekap[1:] if r[t] not in ("Desa/Kelurahan", "Total")]
    total = rekap[-1]
    jumlah = tuple(sum(v[i] for v in harapan.values()) for i in (0, 1))
    assert (sub[kk], sub[jiwa]) == (total[kk], total[jiwa]) == jumlah
    return sub, total


def test_satu_desa_subtotal_bukan_angka_kecamatan(kantor, tmp_path):
    rekap = _export(kantor, tmp_path / "desa.xlsx", "adm", "--desa", "6172021002")
    sub, total = _periksa(rekap, hitung_sqlite(kantor, ("6172021002",)))
    assert sub[:5] == [SEBAGIAN, "617202", "Singkawang Barat", "",
                       "Jumlah Singkawang Barat: hanya desa dalam workbook ini, bukan seluruh "
                       "kecamatan"]
    assert total[:5] == ["Total", "", SEBAGIAN_TOTAL, "", TOTAL]
    kk, jiwa = _kolom(rekap, "Jumlah KK", "Jumlah Jiwa")
    assert (sub[kk], sub[jiwa]) != _kecamatan_sqlite(kantor, "617202")  # what it is not


def test_dua_desa_satu_kecamatan(kantor, tmp_path):
    """An operator of two of Singkawang Timur's three desa: 'Seluruh wilayah saya'."""
    rekap = _export(kantor, tmp_path / "dua.xlsx", "dua")
    sub, total = _periksa(rekap, hitung_sqlite(kantor, ("6172031001", "6172031005")))
    assert sub[0] == SEBAGIAN and sub[4].startswith("Jumlah Singkawang Timur: hanya desa")
    assert total[2:5] == [SEBAGIAN_TOTAL, "", TOTAL]
    kk, jiwa = _kolom(rekap, "Jumlah KK", "Jumlah Jiwa")
    assert (sub[kk], sub[jiwa]) != _kecamatan_sqlite(kantor, "617203")


def test_seluruh_kecamatan_tetap_angka_kecamatan(kantor, tmp_path):
    rekap = _export(kantor, tmp_path / "kec.xlsx", "adm", "--kecamatan", "617203")
    harapan = hitung_sqlite(kantor, ("617203",))
    assert sorted(harapan) == ["6172031001", "6172031002", "6172031005"]
    sub, total = _periksa(rekap, harapan)
    assert sub[:5] == ["Kecamatan", "617203", "Singkawang Timur", "", "Jumlah Singkawang Timur"]
    assert total[:5] == ["Total", "", "", "", TOTAL]
    kk, jiwa = _kolom(rekap, "Jumlah KK", "Jumlah Jiwa")
    assert (sub[kk], sub[jiwa]) == _kecamatan_sqlite(kantor, "617203")


def test_kecamatan_utuh_dan_desa_kecamatan_lain(kantor, tmp_path):
    """An operator of a kecamatan and one desa of another: only the latter is partial."""
    rekap = _export(kantor, tmp_path / "oki.xlsx", "oki")
    t, kec, kk = _kolom(rekap, "Tingkat", "Kode Kecamatan", "Jumlah KK")
    assert [(r[t], r[kec]) for r in rekap[1:] if r[t] != "Desa/Kelurahan"] == [
        ("Kecamatan", "617201"), (SEBAGIAN, "617204"), ("Total", "")]
    assert rekap[-1][2:5] == [SEBAGIAN_TOTAL, "", TOTAL]
    assert rekap[-1][kk] == sum(n for n, _j in hitung_sqlite(
        kantor, ("617201", "6172041001")).values())


def test_keterangan_menjelaskan_subtotal_dan_nama_wilayah(kantor, tmp_path):
    keluar = tmp_path / "nama.xlsx"
    _export(kantor, keluar, "vera", "--desa", "6172021002", "--dengan-nama", "--alasan",
            "Kiriman provinsi")
    wb = openpyxl.load_workbook(keluar)
    ket = {r[0]: r[1] for r in wb["Keterangan"].iter_rows(values_only=True) if r[0]}
    assert f"bertingkat '{SEBAGIAN}'" in ket["Catatan"]
    assert f"baris Total ('{TOTAL}') bertuliskan '{SEBAGIAN_TOTAL}' di kolom Nama Kecamatan" \
        in ket["Catatan"]
    assert ket["Nama wilayah di Data Keluarga"].startswith(
        "Kolom Provinsi, Kabupaten/Kota, Kecamatan dan Desa/Kelurahan berisi nama yang tertulis")
    data = list(wb["Data Keluarga"].iter_rows(values_only=True))
    kec, desa = data[0].index("Kecamatan"), data[0].index("Desa/Kelurahan")
    assert {(r[kec], r[desa]) for r in data[1:]} == {("Singkawang Barat", "Melayu")}
