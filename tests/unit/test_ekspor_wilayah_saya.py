"""A region-limited account exports all its regions in one workbook (``export`` without a
scope option), and the console accepts exactly the scopes the export dialog offers
(closing note 19, Export: a verifikator of two kecamatan could make one workbook per kecamatan
only; the console and the dialog each had their own idea of who may export what)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from python_calamine import CalamineWorkbook

from kalbar_desktop.cli import main
from kalbar_desktop.domain.wilayah import Tingkat, tingkat
from tests.ekspor_wilayah_luar import (
    AKUN,
    BOLEH,
    LINGKUP_UJI,
    SANDI,
    buat_kantor,
    hitung_sqlite,
)

OPSI = {Tingkat.KABUPATEN_KOTA: "--kabupaten", Tingkat.KECAMATAN: "--kecamatan",
        Tingkat.DESA_KELURAHAN: "--desa"}


@pytest.fixture(scope="module")
def kantor(tmp_path_factory) -> Path:
    return buat_kantor(tmp_path_factory.mktemp("kantor"))


def _export(db: Path, keluar: Path, user: str, kode: str | None = None, *tambahan: str):
    args = ["--db", str(db), "export", str(keluar), "--user", user, *tambahan]
    if kode:
        args += [OPSI[tingkat(kode)], kode]
    return CliRunner().invoke(main, args, input=SANDI + "\n", catch_exceptions=False)


def _audit_ekspor(db: Path) -> list[tuple[str | None, str]]:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT id_rekaman, keterangan FROM audit_log WHERE aksi LIKE "
                           "'EKSPOR%' ORDER BY id").fetchall()
    finally:
        con.close()


def _rekap(baris: list) -> tuple[list, list[list]]:
    judul = list(baris[0])
    return judul, [list(r) for r in baris[1:]]


def test_dua_kecamatan_satu_workbook_tanpa_opsi_wilayah(kantor, tmp_path):
    keluar = tmp_path / "sari.xlsx"
    sebelum = len(_audit_ekspor(kantor))
    hasil = _export(kantor, keluar, "sari", None, "--dengan-nama", "--alasan", "Kiriman provinsi")
    assert hasil.exit_code == 0, hasil.output
    harapan = hitung_sqlite(kantor, ("617202", "617203"))
    assert sorted(harapan) == ["6172021001", "6172021002", "6172031001", "6172031005"]

    wb = openpyxl.load_workbook(keluar)
    judul, rekap = _rekap(list(wb["Rekap"].iter_rows(values_only=True)))
    kal = CalamineWorkbook.from_path(str(keluar)).get_sheet_by_name("Rekap").to_python()
    assert [r[:7] for r in _rekap(kal)[1]] == [r[:7] for r in rekap]
    t, kk, jiwa, kec, desa = (judul.index(h) for h in (
        "Tingkat", "Jumlah KK", "Jumlah Jiwa", "Kode Kecamatan", "Kode Desa/Kelurahan"))
    rinci = {r[desa]: (r[kk], r[jiwa]) for r in rekap if r[t] == "Desa/Kelurahan"}
    assert rinci == harapan
    jumlah_kec = {r[kec]: (r[kk], r[jiwa]) for r in rekap if r[t] == "Kecamatan"}
    assert jumlah_kec == {
        k: tuple(sum(v[i] for d, v in harapan.items() if d.startswith(k)) for i in (0, 1))
        for k in ("617202", "617203")}
    assert rekap[-1][t] == "Total"
    assert (rekap[-1][kk], rekap[-1][jiwa]) == tuple(
        sum(v[i] for v in harapan.values()) for i in (0, 1))
    assert next(r for r in rekap if r[t] == "Kecamatan")[4] == "Jumlah Singkawang Barat"

    keluarga = list(wb["Data Keluarga"].iter_rows(values_only=True))
    kode_kol = keluarga[0].index("Kode Kemdagri")
    assert sorted(r[kode_kol] for r in keluarga[1:]) == sorted(harapan)
    keterangan = {r[0]: r[1] for r in wb["Keterangan"].iter_rows(values_only=True) if r[0]}
    assert keterangan["Wilayah"] == ("Seluruh wilayah kerja pengguna: Kecamatan Singkawang "
                                     "Barat (617202), Kecamatan Singkawang Timur (617203)")
    assert keterangan["Kantor"] == "Dinas Sosial Kota Singkawang"

    [(id_rekaman, ket)] = _audit_ekspor(kantor)[sebelum:]
    assert id_rekaman == "617202, 617203"
    assert json.loads(ket)["wilayah"] == ["617202", "617203"]


def test_satu_wilayah_tanpa_opsi_adalah_wilayah_itu(kantor, tmp_path):
    """An account of one desa: the workbook is that desa's, described as such."""
    keluar = tmp_path / "ani.xlsx"
    sebelum = len(_audit_ekspor(kantor))
    hasil = _export(kantor, keluar, "ani")
    assert hasil.exit_code == 0, hasil.output
    wb = openpyxl.load_workbook(keluar)
    keterangan = {r[0]: r[1] for r in wb["Keterangan"].iter_rows(values_only=True) if r[0]}
    assert keterangan["Wilayah"] == "Desa/Kelurahan Roban (6172011001)"
    judul, rekap = _rekap(list(wb["Rekap"].iter_rows(values_only=True)))
    assert [r[judul.index("Kode Desa/Kelurahan")] for r in rekap if r[0] == "Desa/Kelurahan"] \
        == ["6172011001"]
    [(id_rekaman, ket)] = _audit_ekspor(kantor)[sebelum:]
    assert id_rekaman == "6172011001" and json.loads(ket)["wilayah"] == "6172011001"


@pytest.mark.parametrize("akun", list(AKUN))
def test_konsol_menerima_tepat_wilayah_yang_boleh(kantor, tmp_path, akun):
    """Every role and region shape against every scope: the console accepts exactly
    :data:`BOLEH` (the export dialog offers the same, tests/ui/test_ekspor_wilayah_saya_ui.py);
    a refusal writes nothing, not even an audit row."""
    diterima = set()
    for i, kode in enumerate(LINGKUP_UJI):
        keluar = tmp_path / f"{i}.xlsx"
        sebelum = _audit_ekspor(kantor)
        hasil = _export(kantor, keluar, akun, kode)
        if hasil.exit_code == 0:
            diterima.add(kode)
            assert keluar.exists()
        else:
            assert hasil.exit_code == 1 and "Gagal:" in hasil.output, hasil.output
            assert not keluar.exists() and _audit_ekspor(kantor) == sebelum
    assert diterima == BOLEH[akun]
