"""Audit trail action codes (as stored in ``audit_log.aksi``) and their Indonesian labels.

Modules write their own codes; the ones about accounts, sessions, backups and settings are
declared here. Unknown codes are shown as they are.
"""

from __future__ import annotations

from kalbar_desktop.domain.kolom import label_isian
from kalbar_desktop.domain.status import LABEL_FIELD

MASUK = "MASUK"
MASUK_GAGAL = "MASUK_GAGAL"
KELUAR = "KELUAR"
KUNCI_LAYAR = "KUNCI_LAYAR"
AKUN_DIBUAT = "AKUN_DIBUAT"
AKUN_DINONAKTIFKAN = "AKUN_DINONAKTIFKAN"
AKUN_DIAKTIFKAN = "AKUN_DIAKTIFKAN"
AKUN_DIUBAH = "AKUN_DIUBAH"
SANDI_DIGANTI = "SANDI_DIGANTI"
CADANGAN = "CADANGAN"
PULIHKAN = "PULIHKAN"
PENGATURAN = "PENGATURAN"
EKSPOR_AUDIT = "EKSPOR_AUDIT"

SESI = frozenset({MASUK, MASUK_GAGAL, KELUAR, KUNCI_LAYAR})
"""What a window session records about itself (signing in and out, the lock screen): no data
changes with them, so they call for no closing backup."""

LABEL_AKSI: dict[str, str] = {
    MASUK: "Masuk",
    MASUK_GAGAL: "Gagal masuk",
    KELUAR: "Keluar",
    KUNCI_LAYAR: "Layar dikunci",
    AKUN_DIBUAT: "Akun dibuat",
    AKUN_DINONAKTIFKAN: "Akun dinonaktifkan",
    AKUN_DIAKTIFKAN: "Akun diaktifkan",
    AKUN_DIUBAH: "Akun diubah",
    SANDI_DIGANTI: "Kata sandi diganti",
    CADANGAN: "Cadangan dibuat",
    PULIHKAN: "Dipulihkan dari cadangan",
    PENGATURAN: "Pengaturan diubah",
    EKSPOR_AUDIT: "Ekspor jejak audit",
    "IMPOR": "Impor",
    "IMPOR_KOREKSI": "Impor workbook koreksi",
    "PILIH_KONFLIK": "Pilih nilai konflik impor ulang",
    "IMPOR_WILAYAH": "Impor referensi wilayah",
    "EKSPOR": "Ekspor",
    "EKSPOR_NAMA": "Ekspor dengan nama",
    "EKSPOR_REKAP": "Ekspor rekap",
    "EKSPOR_NAMA_GAGAL": "Ekspor dengan nama gagal",
    "EKSPOR_REKAP_GAGAL": "Ekspor rekap gagal",
    "UBAH": "Ubah verifikasi",
    "KOREKSI": "Koreksi data",
    "TAMBAH_ANGGOTA": "Tambah anggota",
    "TAMBAH_USULAN": "Tambah usulan baru",
    "AJUKAN": "Ajukan",
    "SETUJUI": "Setujui",
    "KEMBALIKAN": "Kembalikan",
    "BUKA_KEMBALI": "Buka kembali",
    "CETAK_BERITA_ACARA": "Cetak Berita Acara",
    "CETAK_DAFTAR_KUNJUNGAN": "Cetak Daftar Kunjungan",
    "MIGRASI": "Pembaruan struktur basis data",
}


LABEL_TABEL: dict[str, str] = {
    "keluarga": "Data P3KE keluarga",
    "anggota": "Anggota keluarga",
    "verifikasi_keluarga": "Verifikasi keluarga",
    "verifikasi_anggota": "Verifikasi anggota",
    "pengguna": "Akun pengguna",
    "impor": "Impor",
    "ekspor": "Ekspor",
    "dokumen": "Dokumen",
    "pengaturan": "Pengaturan",
}
"""What each ``audit_log.tabel`` value is, in the users' words (the log window's and the
exported log's Tabel column)."""


def label_tabel(nama: str | None) -> str:
    """The Indonesian name of what an audit row changed (the stored name when unknown)."""
    if not nama:
        return ""
    return LABEL_TABEL.get(nama, nama)


def label_aksi(kode: str | None) -> str:
    """The Indonesian label of an audit action code (the code itself when unknown)."""
    if not kode:
        return ""
    return LABEL_AKSI.get(kode, kode)


LABEL_SETELAN: dict[str, str] = {
    "kunci_layar_menit": "Kunci layar setelah tidak ada aktivitas (menit; 0 = tidak pernah)",
    "jumlah_cadangan": "Jumlah cadangan otomatis yang disimpan",
}
"""The database settings in the users' words, keyed by their stored key: the settings window,
the console and the audit trail's Kolom and ID rekaman columns (``storage/pengaturan.py``
defines the settings with these labels)."""

LABEL_KOLOM_LAIN: dict[str, str] = {
    "status_anggota": "Status anggota",
    "nik_perbaikan": "NIK perbaikan",
    "peran": "Peran",
    "wilayah": "Wilayah kerja",
}
"""Audited columns that are neither a verification field, a P3KE column nor a setting."""


def label_kolom(nama: str | None) -> str:
    """The Indonesian name of an audited column, as the audit window, the family history and
    the exported audit log show it: a verification field's label (``Tanggal kunjungan``), a
    member's or account's field, a setting's label, a P3KE field's short name (``Nama kepala
    keluarga``: :data:`kolom.LABEL_ISIAN`, the form's words), else the stored name."""
    if not nama:
        return ""
    if nama in LABEL_FIELD:
        return LABEL_FIELD[nama]
    if nama in LABEL_KOLOM_LAIN:
        return LABEL_KOLOM_LAIN[nama]
    if nama in LABEL_SETELAN:
        return LABEL_SETELAN[nama]
    return label_isian(nama) or nama


def label_id_rekaman(tabel: str | None, id_rekaman: str | None) -> str | None:
    """What an audit row's ``id_rekaman`` names: a setting's label for a setting's key,
    anything else (an ID Keluarga, an account's name) as stored."""
    if tabel == "pengaturan" and id_rekaman in LABEL_SETELAN:
        return LABEL_SETELAN[id_rekaman]
    return id_rekaman
