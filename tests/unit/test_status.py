import datetime as dt

import pytest

from kalbar_desktop.domain import status as s
from kalbar_desktop.domain.status import (
    AksiPersetujuan,
    Kelayakan,
    Persetujuan,
    StatusVerifikasi,
    Verifikasi,
)

KUNJUNGAN = {"tanggal_kunjungan": "2026-11-20", "nama_verifikator": "Rina"}


def _field_bermasalah(v, **kw):
    return {m.field for m in s.periksa_verifikasi(v, hari_ini=dt.date(2026, 11, 23), **kw)}


def test_setiap_status_punya_aturan_wajib():
    assert set(s.WAJIB_MENURUT_STATUS) == set(StatusVerifikasi)
    assert set(s.WAJIB_MENURUT_KELAYAKAN) == set(Kelayakan)
    for wajib in (*s.WAJIB_MENURUT_STATUS.values(), *s.WAJIB_MENURUT_KELAYAKAN.values()):
        assert set(wajib) <= set(s.FIELD_VERIFIKASI)


def test_belum_diverifikasi_tidak_mewajibkan_apa_pun():
    assert _field_bermasalah(Verifikasi()) == set()


@pytest.mark.parametrize(("status", "wajib"), [
    (StatusVerifikasi.DITEMUKAN, {"tanggal_kunjungan", "nama_verifikator", "kelayakan"}),
    (StatusVerifikasi.PINDAH, {"tanggal_kunjungan", "nama_verifikator", "pindah_ke"}),
    (StatusVerifikasi.GANDA, {"id_keluarga_ganda"}),
    (StatusVerifikasi.TIDAK_DITEMUKAN, {"tanggal_kunjungan", "nama_verifikator"}),
])
def test_status_mewajibkan_isian(status, wajib):
    assert _field_bermasalah(Verifikasi(status_verifikasi=status)) == wajib


def test_tidak_layak_mewajibkan_alasan_dan_lainnya_mewajibkan_teks():
    v = Verifikasi(status_verifikasi=StatusVerifikasi.DITEMUKAN, kelayakan=Kelayakan.TIDAK_LAYAK,
                   **KUNJUNGAN)
    assert _field_bermasalah(v) == {"alasan"}
    v.alasan = s.AlasanTidakLayak.LAINNYA
    assert _field_bermasalah(v) == {"alasan_lainnya"}
    v.alasan_lainnya = "Sudah punya usaha"
    assert _field_bermasalah(v) == set()


def test_tanggal_harus_sah_dan_tidak_di_masa_depan():
    v = Verifikasi(status_verifikasi=StatusVerifikasi.TIDAK_DITEMUKAN, nama_verifikator="Rina",
                   tanggal_kunjungan="2026-13-01")
    assert _field_bermasalah(v) == {"tanggal_kunjungan"}
    v.tanggal_kunjungan = "2027-01-01"
    assert _field_bermasalah(v) == {"tanggal_kunjungan"}


def test_ganda_tidak_boleh_menunjuk_dirinya():
    v = Verifikasi(status_verifikasi=StatusVerifikasi.GANDA, id_keluarga_ganda="K1")
    assert _field_bermasalah(v, id_keluarga="K1") == {"id_keluarga_ganda"}


def test_alur_persetujuan():
    v = Verifikasi(status_verifikasi=StatusVerifikasi.DITEMUKAN, kelayakan=Kelayakan.LAYAK,
                   **KUNJUNGAN)
    assert s.periksa_transisi(v, AksiPersetujuan.SETUJUI)  # draft cannot be approved
    assert not s.periksa_transisi(v, AksiPersetujuan.AJUKAN)
    v = s.terapkan_transisi(v, AksiPersetujuan.AJUKAN)
    assert v.persetujuan == Persetujuan.DIAJUKAN
    assert s.periksa_transisi(v, AksiPersetujuan.KEMBALIKAN)  # note required
    v2 = s.terapkan_transisi(v, AksiPersetujuan.KEMBALIKAN, "Foto rumah kurang")
    assert v2.persetujuan == Persetujuan.DIKEMBALIKAN
    assert v2.catatan_pengembalian == "Foto rumah kurang"
    v3 = s.terapkan_transisi(v, AksiPersetujuan.SETUJUI)
    assert v3.persetujuan == Persetujuan.DISETUJUI
    assert s.periksa_transisi(v3, AksiPersetujuan.BUKA_KEMBALI)  # reason required
    assert not s.periksa_transisi(v3, AksiPersetujuan.BUKA_KEMBALI, "Salah desil")


def test_belum_diverifikasi_tidak_bisa_diajukan():
    masalah = s.periksa_transisi(Verifikasi(), AksiPersetujuan.AJUKAN)
    assert "status_verifikasi" in {m.field for m in masalah}


def test_label_dan_baca_kembali():
    assert s.label("TIDAK_LAYAK", Kelayakan) == "Tidak layak"
    assert s.dari_teks("tidak  LAYAK", Kelayakan) == Kelayakan.TIDAK_LAYAK
    assert s.dari_teks("LAYAK_INTERVENSI", Kelayakan) == Kelayakan.LAYAK_INTERVENSI
    assert s.dari_teks("", Kelayakan) is None
    with pytest.raises(ValueError):
        s.dari_teks("Mungkin", Kelayakan)
