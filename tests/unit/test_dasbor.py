"""The dashboard counts (storage/dasbor.py) against the input files and the verification work
done through the storage API, and each group's filter against the household-table query."""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter

import openpyxl
import pytest

from kalbar_desktop.domain import kolom
from kalbar_desktop.exchange import demo, impor_p3ke, wilayah_csv
from kalbar_desktop.storage import daftar
from kalbar_desktop.storage import dasbor as sdasbor
from kalbar_desktop.storage.daftar import Saring
from kalbar_desktop.storage.dasbor import Tahap
from tests.bantu_verifikasi import verifikasi_contoh
from tests.conftest import WILAYAH_61, cuplikan

HARI_INI = dt.date.today()


def _isi_berkas_keluarga(path) -> list[dict]:
    """Family rows of a P3KE workbook, read with openpyxl (not with our reader)."""
    wb = openpyxl.load_workbook(path, read_only=True)
    baris = wb.worksheets[0].iter_rows(values_only=True)
    kepala = [str(h) for h in next(baris)]
    hasil = [dict(zip(kepala, b, strict=False)) for b in baris if any(b)]
    wb.close()
    return hasil


def _id_kelompok(db, saring: Saring) -> set[str]:
    ids = daftar.daftar_id(db, saring)
    return {v[0] for v in daftar.baris(db, ids, ["id_keluarga"]).values()}


def _semua_kelompok(d: sdasbor.Dasbor):
    for kec in d.kecamatan:
        yield kec.keluarga, kec.saring
        for g in kec.tahap:
            yield g.keluarga, g.saring
    for g in (*d.desil, *d.kelayakan, *d.temuan, *d.kunjungan):
        yield g.keluarga, g.saring


def test_angka_dasbor_sama_dengan_berkas_dan_pekerjaan_verifikasi(db_demo, berkas_demo_2023):
    rencana = verifikasi_contoh(db_demo, jumlah=30, hari_ini=HARI_INI)
    baris = _isi_berkas_keluarga(berkas_demo_2023[0])
    d = sdasbor.hitung(db_demo)

    tahap = Counter(r.tahap for r in rencana)
    assert d.keluarga == len(baris) == 120
    assert d.anggota == db_demo.execute("SELECT count(*) FROM anggota").fetchone()[0]
    assert d.terverifikasi == 30
    assert (d.diajukan, d.disetujui, d.dikembalikan) == (
        tahap[Tahap.DIAJUKAN], tahap[Tahap.DISETUJUI], tahap[Tahap.DIKEMBALIKAN])

    # per kecamatan: families from the file, stages from the work done
    kode_per_id = {str(b["ID Keluarga P3KE"]): str(b["Kode Kemdagri"]) for b in baris}
    per_kec = Counter(k[:6] for k in kode_per_id.values())
    assert {k.kode: k.keluarga for k in d.kecamatan} == per_kec
    assert d.tanpa_kecamatan == 0
    # the 2023 layout has no region names: the code stands in until the reference is loaded
    assert {k.kode: k.nama for k in d.kecamatan}["617201"] == "617201"
    for kec in d.kecamatan:
        di_sini = [r for r in rencana if kode_per_id[r.id_keluarga].startswith(kec.kode)]
        harap = Counter(r.tahap for r in di_sini)
        harap[Tahap.BELUM] = kec.keluarga - len(di_sini)
        assert {Tahap(g.kunci): g.keluarga for g in kec.tahap} == {t: harap[t] for t in Tahap}
        assert kec.terverifikasi == len(di_sini)
        assert [g.kunci for g in kec.tahap] == [t.value for t in Tahap]

    desil = Counter(str(int(b["Desil Kesejahteraan"])) for b in baris)
    assert {g.kunci: g.keluarga for g in d.desil} == desil
    assert [g.kunci for g in d.desil] == sorted(desil, key=int)

    wilayah_csv.impor(db_demo, WILAYAH_61)
    d = sdasbor.hitung(db_demo)
    nama = {k.kode: (k.nama, k.kabupaten) for k in d.kecamatan}
    assert nama["617201"] == ("Singkawang Tengah", "Kota Singkawang")

    kelayakan = Counter(r.kelayakan for r in rencana)
    kelayakan[None] += 120 - 30
    assert {g.kunci: g.keluarga for g in d.kelayakan} == kelayakan
    assert [g.kunci for g in d.kelayakan] == ["LAYAK", "LAYAK_INTERVENSI", "TIDAK_LAYAK", None]

    kunjungan = Counter(r.tanggal_kunjungan for r in rencana)
    assert [(g.kunci, g.keluarga) for g in d.kunjungan] == sorted(kunjungan.items())

    per_aturan = dict(db_demo.execute(
        "SELECT aturan, count(DISTINCT id_keluarga) FROM temuan WHERE id_keluarga IS NOT NULL "
        "GROUP BY aturan").fetchall())
    assert per_aturan, "the demo files (5% defects) must produce findings"
    assert {g.kunci: g.keluarga for g in d.temuan} == per_aturan
    assert [g.keluarga for g in d.temuan] == sorted(per_aturan.values(), reverse=True)
    assert sum(g.tambahan for g in d.temuan) == db_demo.execute(
        "SELECT count(*) FROM temuan WHERE id_keluarga IS NOT NULL").fetchone()[0]
    assert d.keluarga_dengan_temuan == db_demo.execute(
        "SELECT count(DISTINCT id_keluarga) FROM temuan").fetchone()[0]


def test_saring_setiap_kelompok_memilih_keluarga_yang_dihitung(db_demo):
    rencana = verifikasi_contoh(db_demo, jumlah=30, hari_ini=HARI_INI)
    d = sdasbor.hitung(db_demo)
    for jumlah, saring in _semua_kelompok(d):
        assert daftar.jumlah(db_demo, saring) == jumlah, saring
    # the stage filters select exactly the families put there
    for t in Tahap:
        if t == Tahap.BELUM:
            continue
        harap = {r.id_keluarga for r in rencana if r.tahap == t}
        kelompok = set()
        for kec in d.kecamatan:
            kelompok |= _id_kelompok(db_demo, kec.tahap[list(Tahap).index(t)].saring)
        assert kelompok == harap
        assert _id_kelompok(db_demo, sdasbor.saring_tahap(t, Saring())) == harap
    tanggal = rencana[0].tanggal_kunjungan
    assert _id_kelompok(db_demo, Saring(tanggal_kunjungan=tanggal)) == {
        r.id_keluarga for r in rencana if r.tanggal_kunjungan == tanggal}


def test_wilayah_pengguna_membatasi_semua_angka(db_demo):
    verifikasi_contoh(db_demo, jumlah=30, hari_ini=HARI_INI)
    semua = sdasbor.hitung(db_demo)
    d = sdasbor.hitung(db_demo, wilayah=("617203",))
    kec = next(k for k in semua.kecamatan if k.kode == "617203")
    assert [k.kode for k in d.kecamatan] == ["617203"]
    assert d.keluarga == kec.keluarga
    assert d.terverifikasi == kec.terverifikasi
    assert d.anggota == db_demo.execute(
        "SELECT count(*) FROM anggota a JOIN keluarga k USING (id_keluarga) "
        "WHERE k.kode_kemdagri LIKE '617203%'").fetchone()[0]
    assert sum(g.keluarga for g in d.desil) == d.keluarga
    for jumlah, saring in _semua_kelompok(d):
        assert saring.wilayah_pengguna == ("617203",)
        assert daftar.jumlah(db_demo, saring) == jumlah


def test_basis_data_kosong(db):
    sebelum = cuplikan(db)
    d = sdasbor.hitung(db)
    assert (d.keluarga, d.anggota, d.terverifikasi, d.keluarga_dengan_temuan) == (0, 0, 0, 0)
    assert d.kecamatan == d.desil == d.kelayakan == d.temuan == d.kunjungan == ()
    assert cuplikan(db) == sebelum


def _tulis_csv(path, baris: list[dict]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(baris[0]))
        w.writeheader()
        w.writerows(baris)


def test_desil_kosong_dan_kode_wilayah_kosong_dari_csv(db, tmp_path):
    """CSV written with the csv module (not our generator): one family without desil, one
    without Kode Kemdagri; both are counted and their bars select them."""
    keluarga, individu = [], []
    nomor = 0
    for i, (k, anggota) in enumerate(demo.buat(demo.OpsiDemo(keluarga=12, seed=5, cacat=0))):
        if i == 1:
            k = dict(k, kode_kemdagri="")
        b = demo._baris_keluarga(k, kolom.LAYOUT_2023_KELUARGA, 2023)
        if i == 0:
            b["Desil Kesejahteraan"] = ""
        keluarga.append(b)
        for a in anggota:
            nomor += 1
            individu.append(demo._baris_individu(k, a, kolom.LAYOUT_2023_INDIVIDU, nomor, 2023))
    _tulis_csv(tmp_path / "keluarga.csv", keluarga)
    _tulis_csv(tmp_path / "individu.csv", individu)
    impor_p3ke.impor(db, [tmp_path / "keluarga.csv", tmp_path / "individu.csv"])
    d = sdasbor.hitung(db)
    assert d.keluarga == 12
    assert d.tanpa_kecamatan == 1
    assert sum(k.keluarga for k in d.kecamatan) == 11
    tanpa = next(g for g in d.desil if g.kunci is None)
    assert tanpa.keluarga == 1 and d.desil[-1] is tanpa
    assert _id_kelompok(db, tanpa.saring) == {str(keluarga[0]["ID Keluarga P3KE"])}
    for jumlah, saring in _semua_kelompok(d):
        assert daftar.jumlah(db, saring) == jumlah


def test_dibatalkan_tidak_mengubah_apa_pun(db_demo):
    sebelum = cuplikan(db_demo)
    with pytest.raises(sdasbor.DasborDibatalkan):
        sdasbor.hitung(db_demo, dibatalkan=lambda: True)
    assert cuplikan(db_demo) == sebelum
