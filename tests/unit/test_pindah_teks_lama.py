"""Old free-text "Pindah ke" (from before the desa picker) in the Rekap: a text that is the
name of exactly one desa of this kabupaten (case and spaces aside, with or without "Desa"/
"Kelurahan") counts as a move within the kabupaten; a name two desa carry, or another place,
stays out of it. The stored text is not touched, and the workbook comes back without changes."""

from __future__ import annotations

import openpyxl
import pytest

from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.domain.wilayah import kunci_nama_desa
from kalbar_desktop.exchange import ekspor, impor_koreksi
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import ekspor as sekspor
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.storage import wilayah as swilayah
from tests.unit.ekspor_data import VERIFIKATOR, salin

TEKS = {"unik": "  desa  PASIRAN ", "kelurahan": "Kelurahan Roban", "ganda": "Tengah",
        "luar": "Kab. Sanggau", "nama_kecamatan": "Singkawang Barat"}


def _pindah(teks: str) -> Verifikasi:
    return Verifikasi(status_verifikasi="PINDAH", tanggal_kunjungan="2026-11-20",
                      nama_verifikator="Ani", pindah_ke=teks)


@pytest.fixture
def db_v(templat_ekspor, tmp_path_factory):
    path = salin(templat_ekspor[0], tmp_path_factory.mktemp("db") / "uji.db")
    basis = sdb.buka(path)
    # a second "Tengah" in another kecamatan of the kabupaten (common in Kalbar)
    swilayah.simpan_referensi(basis, [swilayah.Wilayah(
        "6172041099", "Tengah", "desa_kelurahan", "617204")])
    idk = [b[0] for b in basis.execute(
        "SELECT id_keluarga FROM verifikasi_keluarga WHERE status_verifikasi = 'BELUM' "
        "ORDER BY id_keluarga LIMIT ?", [len(TEKS)])]
    basis.keluarga = dict(zip(TEKS, idk, strict=True))
    for jenis, teks in TEKS.items():
        sv.simpan(basis, basis.keluarga[jenis], VERIFIKATOR, _pindah(teks), 0)
    yield basis
    basis.close()


def test_kunci_nama_desa():
    assert kunci_nama_desa("  desa  SUNGAI   Wie ") == kunci_nama_desa("Sungai Wie")
    assert kunci_nama_desa("Kelurahan Roban") == kunci_nama_desa("kel. roban") == "roban"
    assert kunci_nama_desa("Desa") == "desa"  # a desa named only "Desa" stays itself
    assert kunci_nama_desa(None) == ""


def test_tafsir_nama_desa(db_v):
    nama = swilayah.NamaDesaTujuan(db_v)
    assert nama.tafsir(TEKS["unik"]) == swilayah.TafsirPindah("6172021001", ("6172021001",))
    assert nama.tafsir(TEKS["kelurahan"]).kode == "6172011001"
    assert nama.tafsir(TEKS["ganda"]) == swilayah.TafsirPindah(
        None, ("6172021003", "6172041099"))
    assert nama.tafsir(TEKS["luar"]) == swilayah.TafsirPindah(None, ())
    assert nama.tafsir(TEKS["nama_kecamatan"]).kode is None  # a kecamatan is not a desa
    assert nama.tafsir("Sambas").kode is None  # a desa of another kabupaten is out of it
    assert sorted(swilayah.teks_pindah_dalam_kabupaten(db_v)) == sorted(
        [TEKS["unik"].strip(), TEKS["kelurahan"]])


def test_rekap_menghitung_teks_nama_desa_sebagai_dalam_kabupaten(db_v, tmp_path):
    k = db_v.keluarga
    per_jenis: dict[str, int] = {}
    for g in sekspor.rekap(db_v, sekspor.Lingkup()):
        if g.jenis_pindah:
            per_jenis[g.jenis_pindah] = per_jenis.get(g.jenis_pindah, 0) + g.keluarga
    path = tmp_path / "provinsi.xlsx"
    ekspor.ekspor(db_v, ekspor.OpsiEkspor(path, dengan_nama=True, alasan="Uji pindah"),
                  VERIFIKATOR)
    wb = openpyxl.load_workbook(path, read_only=True)
    dk = list(wb["Data Keluarga"].iter_rows(values_only=True))
    rekap = list(wb["Rekap"].iter_rows(values_only=True))
    wb.close()
    kepala = list(dk[0])
    per_id = {b[0]: dict(zip(kepala, b, strict=True)) for b in dk[1:]}
    jenis = {j: per_id[k[j]]["Jenis pindah"] for j in TEKS}
    assert jenis == {"unik": "Pindah dalam kabupaten", "kelurahan": "Pindah dalam kabupaten",
                     "ganda": "Pindah keluar kabupaten", "luar": "Pindah keluar kabupaten",
                     "nama_kecamatan": "Pindah keluar kabupaten"}
    # the stored text is shown as it is
    assert per_id[k["unik"]]["Pindah ke"] == TEKS["unik"].strip()
    assert per_id[k["unik"]]["Kode desa tujuan pindah"] is None
    total = dict(zip(rekap[0], rekap[-1], strict=True))
    assert total["KK Pindah dalam kabupaten"] == sum(
        1 for b in per_id.values() if b["Jenis pindah"] == "Pindah dalam kabupaten")
    assert total["KK Pindah dalam kabupaten"] == per_jenis["DALAM_KABUPATEN"]
    assert total["KK Pindah keluar kabupaten"] == per_jenis["LUAR_KABUPATEN"]
    # nothing stored changed, and the workbook comes back without changes
    assert {j: sv.muat(db_v, k[j]).verifikasi.pindah_ke for j in TEKS} == {
        j: t.strip() for j, t in TEKS.items()}
    assert impor_koreksi.baca(db_v, path, VERIFIKATOR).keluarga == []
