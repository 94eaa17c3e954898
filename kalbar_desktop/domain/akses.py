"""Who may do what, and where. Every permission check in the application goes through
:func:`boleh`, so that user accounts (or a different policy) can replace the rules in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Peran(StrEnum):
    OPERATOR = "operator"
    VERIFIKATOR = "verifikator"
    ADMIN = "admin"


class Aksi(StrEnum):
    LIHAT = "lihat"
    UBAH_VERIFIKASI = "ubah_verifikasi"
    TAMBAH_USULAN = "tambah_usulan"
    AJUKAN = "ajukan"
    SETUJUI = "setujui"
    KEMBALIKAN = "kembalikan"
    BUKA_KEMBALI = "buka_kembali"
    LIHAT_NIK_PENUH = "lihat_nik_penuh"
    IMPOR = "impor"
    EKSPOR_REKAP = "ekspor_rekap"
    EKSPOR_NAMA = "ekspor_nama"
    KELOLA_PENGGUNA = "kelola_pengguna"
    KELOLA_PENGATURAN = "kelola_pengaturan"


IZIN: dict[Peran, frozenset[Aksi]] = {
    Peran.OPERATOR: frozenset({
        Aksi.LIHAT, Aksi.UBAH_VERIFIKASI, Aksi.TAMBAH_USULAN, Aksi.AJUKAN, Aksi.EKSPOR_REKAP,
    }),
    Peran.VERIFIKATOR: frozenset({
        Aksi.LIHAT, Aksi.UBAH_VERIFIKASI, Aksi.TAMBAH_USULAN, Aksi.AJUKAN, Aksi.SETUJUI,
        Aksi.KEMBALIKAN, Aksi.BUKA_KEMBALI, Aksi.LIHAT_NIK_PENUH, Aksi.IMPOR, Aksi.EKSPOR_REKAP,
        Aksi.EKSPOR_NAMA,
    }),
    Peran.ADMIN: frozenset({
        Aksi.LIHAT, Aksi.IMPOR, Aksi.EKSPOR_REKAP, Aksi.KELOLA_PENGGUNA, Aksi.KELOLA_PENGATURAN,
    }),
}
"""Actions allowed per role. The admin manages accounts and settings but does not edit data."""

TANPA_WILAYAH = frozenset({Aksi.KELOLA_PENGGUNA, Aksi.KELOLA_PENGATURAN, Aksi.IMPOR})
"""Actions that are not about one region."""


@dataclass(frozen=True)
class Pengguna:
    """The person using the application."""

    nama: str
    peran: Peran = Peran.OPERATOR
    wilayah: tuple[str, ...] = ()
    """Region codes (kecamatan or desa) the user works in; empty means the whole database."""


def dalam_wilayah(pengguna: Pengguna, kode_wilayah: str | None) -> bool:
    """True when ``kode_wilayah`` lies inside the user's assigned regions."""
    if not pengguna.wilayah:
        return True
    if not kode_wilayah:
        return False
    return any(kode_wilayah.startswith(w) for w in pengguna.wilayah)


def boleh(pengguna: Pengguna | None, aksi: Aksi, kode_wilayah: str | None = None) -> bool:
    """May ``pengguna`` do ``aksi`` (on a family in ``kode_wilayah``, when given)?"""
    if pengguna is None:
        return False
    if aksi not in IZIN.get(Peran(pengguna.peran), frozenset()):
        return False
    if aksi in TANPA_WILAYAH or kode_wilayah is None:
        return True
    return dalam_wilayah(pengguna, kode_wilayah)
