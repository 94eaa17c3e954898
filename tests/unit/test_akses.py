"""The one permission check, for every role x action x inside/outside the user's region, in a
normal and a read-only session."""

import pytest

from kalbar_desktop.domain.akses import (
    IZIN,
    MENULIS,
    SELURUH_DATA,
    TANPA_WILAYAH,
    Aksi,
    Pengguna,
    Peran,
    boleh,
    periksa_nama_akun,
    periksa_sandi,
)

DI_DALAM = "6172011001"  # a desa inside kecamatan 617201
DI_LUAR = "6172021005"

# What each role may do, written out here on purpose (not derived from IZIN): a change to the
# policy must change this table too.
HARAPAN = {
    Peran.OPERATOR: {Aksi.LIHAT, Aksi.UBAH_VERIFIKASI, Aksi.TAMBAH_USULAN, Aksi.AJUKAN,
                     Aksi.EKSPOR_REKAP},
    Peran.VERIFIKATOR: {Aksi.LIHAT, Aksi.UBAH_VERIFIKASI, Aksi.TAMBAH_USULAN, Aksi.AJUKAN,
                        Aksi.SETUJUI, Aksi.KEMBALIKAN, Aksi.BUKA_KEMBALI, Aksi.LIHAT_NIK_PENUH,
                        Aksi.IMPOR, Aksi.EKSPOR_REKAP, Aksi.EKSPOR_NAMA, Aksi.LIHAT_AUDIT,
                        Aksi.CADANGKAN},
    Peran.ADMIN: {Aksi.LIHAT, Aksi.IMPOR, Aksi.EKSPOR_REKAP, Aksi.KELOLA_PENGGUNA,
                  Aksi.KELOLA_PENGATURAN, Aksi.LIHAT_AUDIT, Aksi.CADANGKAN, Aksi.PULIHKAN},
}


def test_tabel_harapan_sama_dengan_kebijakan():
    assert {p: set(a) for p, a in IZIN.items()} == HARAPAN


def _pengguna(peran: Peran, berwilayah: bool, baca_saja: bool = False) -> Pengguna:
    wilayah = ("617201",) if berwilayah and peran != Peran.ADMIN else ()
    return Pengguna("uji", peran, wilayah, baca_saja)


@pytest.mark.parametrize("peran", list(Peran))
@pytest.mark.parametrize("aksi", list(Aksi))
@pytest.mark.parametrize("tempat", ["dalam", "luar", "tanpa"])
@pytest.mark.parametrize("baca_saja", [False, True])
def test_setiap_peran_aksi_dan_wilayah(peran, aksi, tempat, baca_saja):
    kode = {"dalam": DI_DALAM, "luar": DI_LUAR, "tanpa": None}[tempat]
    berwilayah = peran == Peran.OPERATOR  # operators always have a region
    p = _pengguna(peran, berwilayah, baca_saja)
    diizinkan = aksi in HARAPAN[peran]
    if baca_saja and aksi in MENULIS:
        diizinkan = False
    if berwilayah and aksi not in TANPA_WILAYAH and tempat == "luar":
        diizinkan = False
    if berwilayah and aksi in SELURUH_DATA:
        diizinkan = False
    assert boleh(p, aksi, kode) is diizinkan


@pytest.mark.parametrize("aksi", [Aksi.UBAH_VERIFIKASI, Aksi.SETUJUI, Aksi.EKSPOR_NAMA])
def test_verifikator_berwilayah_dibatasi_wilayahnya(aksi):
    p = Pengguna("v", Peran.VERIFIKATOR, ("617202",))
    assert boleh(p, aksi, "6172021005")
    assert not boleh(p, aksi, DI_DALAM)
    assert not boleh(p, Aksi.LIHAT_AUDIT)  # the log covers every region
    assert not boleh(p, Aksi.CADANGKAN)


def test_admin_tidak_bisa_mengubah_data():
    admin = Pengguna("a", Peran.ADMIN)
    for aksi in (Aksi.UBAH_VERIFIKASI, Aksi.TAMBAH_USULAN, Aksi.AJUKAN, Aksi.SETUJUI,
                 Aksi.KEMBALIKAN, Aksi.BUKA_KEMBALI, Aksi.LIHAT_NIK_PENUH, Aksi.EKSPOR_NAMA):
        assert not boleh(admin, aksi, DI_DALAM), aksi


def test_tanpa_pengguna_atau_peran_asing_tidak_boleh_apa_pun():
    assert not any(boleh(None, a) for a in Aksi)
    asing = Pengguna("x", "kepala_dinas")  # type: ignore[arg-type]
    assert not any(boleh(asing, a) for a in Aksi)


def test_wilayah_kode_tanpa_kode_keluarga_ditolak_untuk_operator():
    op = Pengguna("o", Peran.OPERATOR, ("617201",))
    assert not boleh(op, Aksi.UBAH_VERIFIKASI, "")


@pytest.mark.parametrize("sandi, salah", [
    ("pendek", "minimal 8"), (" spasi-depan1", "spasi"), ("12345678", "mudah ditebak"),
    ("aaaaaaaaaa", "mudah ditebak"), ("ani-rahasia-99", "nama pengguna"),
])
def test_sandi_lemah_ditolak_dengan_alasan(sandi, salah):
    assert salah in periksa_sandi(sandi, "ani")


def test_sandi_dan_nama_yang_baik_diterima():
    assert periksa_sandi("Kapuas-Hulu-2026", "ani") is None
    assert periksa_nama_akun("ani") is None
    assert "kontrol" in periksa_nama_akun("an\u202ei")
    assert "wajib" in periksa_nama_akun("  ")
