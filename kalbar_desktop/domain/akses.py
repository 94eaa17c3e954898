"""Who may do what, and where. Every permission check in the application goes through
:func:`boleh`: the role's actions (:data:`IZIN`), the user's region scope, and whether the
session may write at all (a second instance or a damaged database opens read-only).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from kalbar_desktop.domain.pesan import Pesan


class Peran(StrEnum):
    OPERATOR = "operator"
    VERIFIKATOR = "verifikator"
    ADMIN = "admin"


LABEL_PERAN: dict[Peran, str] = {
    Peran.OPERATOR: "Operator",
    Peran.VERIFIKATOR: "Verifikator",
    Peran.ADMIN: "Admin",
}


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
    LIHAT_AUDIT = "lihat_audit"
    CADANGKAN = "cadangkan"
    PULIHKAN = "pulihkan"


IZIN: dict[Peran, frozenset[Aksi]] = {
    Peran.OPERATOR: frozenset({
        Aksi.LIHAT, Aksi.UBAH_VERIFIKASI, Aksi.TAMBAH_USULAN, Aksi.AJUKAN, Aksi.EKSPOR_REKAP,
    }),
    Peran.VERIFIKATOR: frozenset({
        Aksi.LIHAT, Aksi.UBAH_VERIFIKASI, Aksi.TAMBAH_USULAN, Aksi.AJUKAN, Aksi.SETUJUI,
        Aksi.KEMBALIKAN, Aksi.BUKA_KEMBALI, Aksi.LIHAT_NIK_PENUH, Aksi.IMPOR, Aksi.EKSPOR_REKAP,
        Aksi.EKSPOR_NAMA, Aksi.LIHAT_AUDIT, Aksi.CADANGKAN,
    }),
    Peran.ADMIN: frozenset({
        Aksi.LIHAT, Aksi.IMPOR, Aksi.EKSPOR_REKAP, Aksi.KELOLA_PENGGUNA, Aksi.KELOLA_PENGATURAN,
        Aksi.LIHAT_AUDIT, Aksi.CADANGKAN, Aksi.PULIHKAN,
    }),
}
"""Actions allowed per role. The admin manages accounts, settings and backups but does not edit
verification data; whatever an admin does (import, restore) is written to the audit trail."""

TANPA_WILAYAH = frozenset({Aksi.KELOLA_PENGGUNA, Aksi.KELOLA_PENGATURAN, Aksi.IMPOR,
                           Aksi.LIHAT_AUDIT, Aksi.CADANGKAN, Aksi.PULIHKAN})
"""Actions that are about the whole database, not one region. A user with a region scope may
only do them when the scope is the whole database (see :func:`boleh`)."""

MENULIS = frozenset({Aksi.UBAH_VERIFIKASI, Aksi.TAMBAH_USULAN, Aksi.AJUKAN, Aksi.SETUJUI,
                     Aksi.KEMBALIKAN, Aksi.BUKA_KEMBALI, Aksi.IMPOR, Aksi.KELOLA_PENGGUNA,
                     Aksi.KELOLA_PENGATURAN})
"""Actions that change the database; refused in a read-only session. (Restoring a backup is
not among them: it is what a session on a damaged database must still be able to do; the
backup module itself refuses while another program writes.)"""

SELURUH_DATA = frozenset({Aksi.LIHAT_AUDIT, Aksi.CADANGKAN, Aksi.PULIHKAN, Aksi.IMPOR})
"""Whole-database actions that reveal or replace every region's data: refused to a user whose
account is limited to some regions."""


@dataclass(frozen=True)
class Pengguna:
    """The person using the application."""

    nama: str
    peran: Peran = Peran.OPERATOR
    wilayah: tuple[str, ...] = ()
    """Region codes (kecamatan or desa) the user works in; empty means the whole database."""
    baca_saja: bool = False
    """The session cannot write (another program holds the database, or it is damaged)."""


def dalam_wilayah(pengguna: Pengguna, kode_wilayah: str | None) -> bool:
    """True when ``kode_wilayah`` lies inside the user's assigned regions."""
    if not pengguna.wilayah:
        return True
    if not kode_wilayah:
        return False
    return any(kode_wilayah.startswith(w) for w in pengguna.wilayah)


def bersinggungan(pengguna: Pengguna, kode_wilayah: str) -> bool:
    """True when the region ``kode_wilayah`` (a kecamatan or desa code) shares ground with the
    user's assigned regions: it lies inside one of them or holds one (a kecamatan holding the
    user's desa). False means none of its families is the user's."""
    if not pengguna.wilayah:
        return True
    return any(kode_wilayah.startswith(w) or w.startswith(kode_wilayah)
               for w in pengguna.wilayah)


def lingkup(pengguna: Pengguna | None) -> tuple[str, ...]:
    """The region codes whose families ``pengguna`` sees: every list, count, chart and region
    tree node shown to them is limited to these (empty: the whole database, for an admin or an
    account without regions). The one place that decides a user's scope; storage queries take
    it as a parameter."""
    if pengguna is None or pengguna.peran == Peran.ADMIN:
        return ()
    return tuple(pengguna.wilayah)


def wilayah_sendiri(pengguna: Pengguna | None) -> tuple[str, ...]:
    """The user's regions (:func:`lingkup`) without those lying inside another of them, in code
    order; empty: the whole database."""
    w = set(lingkup(pengguna))
    return tuple(sorted(k for k in w if not any(k != x and k.startswith(x) for x in w)))


def lingkup_ekspor(pengguna: Pengguna | None, kode_wilayah: str | None
                   ) -> tuple[str, ...] | None:
    """The regions a workbook of ``kode_wilayah`` made by ``pengguna`` covers, or ``None`` when
    the user may not export it. The one rule of who may export which region, used by the
    exporter, the console and the export dialog (what it offers):

    - no region (``None``): everything the user sees, i.e. :func:`wilayah_sendiri` (empty:
      the whole database, for an admin or an account without regions); an account of two
      kecamatan makes one workbook of both;
    - a kabupaten/kota, kecamatan or desa lying within one of the user's regions: that region;
    - a region outside, or only partly inside (the kecamatan of the user's one desa, the
      kabupaten/kota of the user's kecamatan): ``None``.

    The role (may this role export at all) is :func:`boleh`'s."""
    if pengguna is None:
        return None
    sendiri = wilayah_sendiri(pengguna)
    if not kode_wilayah:
        return sendiri
    if sendiri and not any(kode_wilayah.startswith(w) for w in sendiri):
        return None
    return (kode_wilayah,)


def boleh(pengguna: Pengguna | None, aksi: Aksi, kode_wilayah: str | None = None) -> bool:
    """May ``pengguna`` do ``aksi`` (on a family in ``kode_wilayah``, when given)?

    The one permission check: role, read-only session, and region scope. A region-scoped user
    asked about an action without a region (a menu entry) gets ``True`` when the role allows
    it; the storage call then checks each family's own region.
    """
    if pengguna is None:
        return False
    try:
        peran = Peran(pengguna.peran)
    except ValueError:
        return False
    if aksi not in IZIN.get(peran, frozenset()):
        return False
    if pengguna.baca_saja and aksi in MENULIS:
        return False
    if aksi in TANPA_WILAYAH:
        return not (aksi in SELURUH_DATA and pengguna.wilayah)
    if kode_wilayah is None:
        return True
    return dalam_wilayah(pengguna, kode_wilayah)


# ---------------------------------------------------------------------------------------------
# Account names and passwords (rules only; hashing lives in storage)
# ---------------------------------------------------------------------------------------------

PANJANG_SANDI_MIN = 8
SANDI_UMUM = frozenset({
    "12345678", "123456789", "1234567890", "password", "password1", "qwerty123", "admin123",
    "sandi123", "rahasia1", "katasandi", "indonesia", "bismillah", "11111111", "00000000",
    "kalbar123", "p3ke2023", "dinsos123", "abcd1234",
})


def periksa_nama_akun(nama: str) -> str | None:
    """An Indonesian message when ``nama`` cannot be an account name, else ``None``."""
    nama = nama.strip()
    if not nama:
        return Pesan("Nama pengguna wajib diisi.")
    if len(nama) > 40:
        return Pesan("Nama pengguna paling panjang 40 karakter.")
    if any(unicodedata.category(c)[0] in "CZ" and c != " " for c in nama):
        return Pesan("Nama pengguna tidak boleh berisi karakter kontrol atau tak terlihat.")
    return None


def periksa_sandi(sandi: str, nama: str = "") -> str | None:
    """An Indonesian message when ``sandi`` is too weak, else ``None``."""
    if len(sandi) < PANJANG_SANDI_MIN:
        return Pesan("Kata sandi minimal {n} karakter.", n=PANJANG_SANDI_MIN)
    if sandi.strip() != sandi:
        return Pesan("Kata sandi tidak boleh diawali atau diakhiri spasi.")
    if sandi.casefold() in SANDI_UMUM or len(set(sandi)) < 4:
        return Pesan("Kata sandi terlalu mudah ditebak; pilih yang lain.")
    if nama and nama.strip().casefold() in sandi.casefold():
        return Pesan("Kata sandi tidak boleh memuat nama pengguna.")
    return None
