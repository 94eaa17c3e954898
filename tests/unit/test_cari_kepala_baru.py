"""Searching by the head's NIK after "Jadikan kepala keluarga": the table shows the new head's
NIK (a correction), and a search of any length (one or two digits: the start of the NIK; three
or more: anywhere) finds the family by what the table shows. On a desa written with openpyxl,
the new head's corrected NIK given another province's code so that its first digits differ
from every P3KE number of the family."""

from __future__ import annotations

import datetime as dt

import pytest

from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.storage import daftar
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.lapangan import ID_KELUARGA, ISTRI, OPERATOR_A, db_desa

IDK = ID_KELUARGA[0]
NIK_BARU = "6271015003850002"  # the wife's NIK corrected (she moved in from Kalimantan Tengah)


@pytest.fixture
def db(tmp_path):
    basis = sdb.buka(db_desa(tmp_path))
    v = Verifikasi(status_verifikasi="DITEMUKAN", kelayakan="LAYAK",
                   tanggal_kunjungan=dt.date.today().isoformat(), nama_verifikator="Ani")
    sv.simpan(db=basis, id_keluarga=IDK, pengguna=OPERATOR_A, verifikasi=v, versi=0, anggota=[
        sv.PerubahanAnggota(f"{IDK}01", status_anggota="MENINGGAL"),
        sv.PerubahanAnggota(ISTRI, hubungan="Kepala Keluarga", nik_perbaikan=NIK_BARU)])
    yield basis
    basis.close()


def _temu(db, teks: str, urut: str = "id_keluarga") -> list[str]:
    rowid = daftar.daftar_id(db, daftar.Saring(cari=teks), urut)
    nilai = daftar.baris(db, rowid, ("id_keluarga",))
    return [nilai[r][0] for r in rowid]


def test_setiap_panjang_cari_mengikuti_nik_kepala_di_tabel(db):
    rowid = daftar.daftar_id(db, daftar.Saring(cari=IDK))
    assert daftar.baris(db, rowid, ("nik_kepala",))[rowid[0]] == (NIK_BARU,)  # the table
    for n in range(1, len(NIK_BARU) + 1):
        awal = NIK_BARU[:n]
        for urut in ("id_keluarga", "nik_kepala", "persetujuan"):  # through k and through v
            assert IDK in _temu(db, awal, urut), (awal, urut)
    # "62" starts no P3KE number of any family: the new head's NIK only
    assert _temu(db, "62") == [IDK]
    assert _temu(db, "6") == ID_KELUARGA  # every head's NIK starts with 6 (and IDK's new one)


def test_nik_kepala_lama_tidak_lagi_awal_nik_kepala(db):
    """A short search does not find the family by the P3KE head's NIK any more (the table no
    longer shows it): the family is found by a short search only through what is shown."""
    with db.atomic():  # an ID and No KK that do not start like the old head's NIK
        db.execute("UPDATE keluarga SET no_kk = '9' || substr(no_kk, 2) "
                   "WHERE id_keluarga = ?", [IDK])
    assert IDK not in _temu(db, "61")
    assert set(_temu(db, "61")) == set(ID_KELUARGA[1:])
    assert IDK in _temu(db, "6172011508800001")  # a longer search: any member's NIK, as before
