"""Errors the environment causes (a full disk, a pulled USB stick, a file open in Excel, a
read-only folder), told in Indonesian with the file they concern and what to do.

Operating-system errors (``OSError`` and its errno) and SQLite's (``sqlite3.Error`` with its
result code) are recognised in the exception itself or what explicitly caused it
(``raise ... from``; xlsxwriter wraps the ``OSError`` in its own ``FileCreateError``).
Anything else is a program error and is not described here (:func:`pesan` returns ``None``), so
it still reaches the log with its traceback.

Simulating a full disk on Linux with ``RLIMIT_FSIZE`` gives ``EFBIG`` (SQLite reports a write
beyond the limit as ``SQLITE_IOERR_WRITE`` and a write cut short by it as ``SQLITE_FULL``); a
real full disk gives ``ENOSPC`` (SQLite: ``SQLITE_FULL``). All of them say the disk is full.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

DISK_HAMPIR_PENUH = 64 * 1024 * 1024
"""Free space under which a write error is put down to a full disk (SQLite's own write errors
do not tell a full disk from a failing one)."""

_PENUH = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_IZIN = {errno.EACCES, errno.EPERM}
_PUTUS = {errno.EIO, errno.ENXIO, errno.ENODEV, getattr(errno, "ENOMEDIUM", errno.EIO),
          getattr(errno, "ESTALE", errno.EIO), getattr(errno, "EHOSTDOWN", errno.EIO),
          getattr(errno, "ENETUNREACH", errno.EIO)}
_SIBUK = {errno.EBUSY, getattr(errno, "ETXTBSY", errno.EBUSY)}
_WINDOWS_TERKUNCI = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION (file open in Excel)
_WINDOWS_PENUH = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
_WINDOWS_HILANG = {3, 15, 21, 53, 67, 1006}  # path/drive/device/network gone


def asal(e: BaseException | None) -> BaseException | None:
    """The first OSError or SQLite error in ``e``'s chain (``e`` itself first)."""
    dilihat = set()
    while e is not None and id(e) not in dilihat:
        dilihat.add(id(e))
        if isinstance(e, OSError | sqlite3.Error):
            return e
        if e.args and isinstance(e.args[0], OSError):  # xlsxwriter.FileCreateError(e)
            return e.args[0]
        # Only an explicit cause: an error raised while handling another is not caused by it.
        e = e.__cause__
    return None


def dikenali(e: BaseException) -> bool:
    """True when ``e`` (or what caused it) is an environment error :func:`pesan` describes."""
    return pesan(e) is not None


def _nama(berkas: str | Path | None, e: OSError | None = None) -> str:
    if berkas:
        return str(berkas)
    if e is not None and e.filename:
        return str(e.filename)
    return "berkas"


def _folder_ada_ruang(berkas: str | Path | None) -> int | None:
    """Free bytes on the disk holding ``berkas`` (``None`` when unknown)."""
    if not berkas:
        return None
    p = Path(berkas)
    for calon in (p.parent, *p.parents):
        try:
            return shutil.disk_usage(calon).free
        except OSError:
            continue
    return None


def _uraian_penuh(nama: str) -> str:
    return (f"Disk penuh: {nama} tidak bisa ditulis sampai selesai. Kosongkan ruang di disk itu "
            "(hapus atau pindahkan berkas yang tidak diperlukan) atau pilih disk lain, lalu "
            "ulangi.")


def disk_penuh(e: BaseException) -> bool:
    """True when ``e`` says the disk (or the file size the disk allows) is full."""
    sumber = asal(e)
    if isinstance(sumber, sqlite3.Error):
        return getattr(sumber, "sqlite_errorname", "") == "SQLITE_FULL" or (
            "disk is full" in str(sumber))
    if isinstance(sumber, OSError):
        return sumber.errno in _PENUH or sumber.errno == errno.EFBIG or (
            getattr(sumber, "winerror", None) in _WINDOWS_PENUH)
    return False


def pesan_os(e: OSError, berkas: str | Path | None = None) -> str:
    """An operating-system error on ``berkas`` (default: the error's own file name) in
    Indonesian: what happened and what to do."""
    nama = _nama(berkas, e)
    nomor = e.errno
    winerror = getattr(e, "winerror", None)
    if nomor in _PENUH or winerror in _WINDOWS_PENUH:
        return _uraian_penuh(nama)
    if nomor == errno.EFBIG:
        return (f"Disk penuh atau berkas terlalu besar untuk disk ini: {nama} tidak bisa ditulis "
                "sampai selesai. Kosongkan ruang di disk itu atau pilih disk lain (flashdisk "
                "berformat FAT32 menampung paling besar 4 GB per berkas), lalu ulangi.")
    if winerror in _WINDOWS_TERKUNCI:
        return (f"{nama} sedang dibuka program lain (mis. Excel). Tutup berkas itu dulu, atau "
                "pilih nama atau folder lain, lalu ulangi.")
    if nomor in _IZIN:
        return (f"Akses ke {nama} ditolak: berkas itu sedang dibuka program lain (tutup dulu di "
                "Excel), atau berkas atau foldernya hanya-baca. Tutup berkasnya atau pilih "
                "folder lain, lalu ulangi.")
    if nomor == errno.EROFS:
        return (f"Disk tempat {nama} hanya bisa dibaca (CD, flashdisk yang dikunci, folder "
                "bersama tanpa izin tulis). Pilih folder lain, lalu ulangi.")
    if nomor == errno.ENOENT or winerror in _WINDOWS_HILANG:
        return (f"{nama} tidak ditemukan: folder atau flashdisk tempatnya mungkin sudah dilepas, "
                "dipindah atau diganti namanya. Pasang lagi flashdisk-nya atau pilih berkas "
                "lain.")
    if nomor in _PUTUS:
        return (f"Kesalahan baca/tulis disk pada {nama}: flashdisk atau folder jaringan mungkin "
                "terlepas, atau disk rusak. Periksa disknya lalu ulangi.")
    if nomor == errno.EPIPE:
        return "Keluaran program terputus (program penerimanya sudah ditutup)."
    if nomor in _SIBUK:
        return f"{nama} sedang dipakai program lain. Tutup program itu dulu, lalu ulangi."
    return f"{nama} tidak bisa dibaca atau ditulis ({e.strerror or e})."


_SEBAB_SQLITE = {
    "file is not a database": "bukan berkas basis data SQLite",
    "database disk image is malformed": "isi berkas rusak atau terpotong",
    "unable to open database file": "berkas tidak bisa dibuka: periksa izin folder dan berkas",
    "disk i/o error": "kesalahan baca/tulis disk",
    "attempt to write a readonly database": "berkas hanya boleh dibaca",
}
"""SQLite's English reasons a user meets when a file is not a usable database, in Indonesian."""


def sebab_sqlite(e: BaseException) -> str:
    """The reason of an SQLite error in Indonesian where it is a known one (else as SQLite
    says it)."""
    teks = str(e)
    return _SEBAB_SQLITE.get(teks.strip().lower(), teks)


def pesan_sqlite(e: sqlite3.Error, berkas: str | Path | None = None) -> str | None:
    """An SQLite error the environment causes, in Indonesian (``None`` for other errors: a
    wrong statement is a program error)."""
    nama = f"basis data {Path(berkas).name}" if berkas else "basis data"
    kode = getattr(e, "sqlite_errorname", "") or ""
    teks = str(e).strip().lower()
    if kode == "SQLITE_FULL" or "disk is full" in teks:
        return (f"Disk penuh: {nama} tidak bisa menyimpan perubahan. Kosongkan ruang di disk itu "
                "(hapus atau pindahkan berkas yang tidak diperlukan), lalu ulangi.")
    if kode.startswith("SQLITE_IOERR") or teks == "disk i/o error":
        sisa = _folder_ada_ruang(berkas)
        if sisa is not None and sisa < DISK_HAMPIR_PENUH:
            return (f"Disk penuh: {nama} tidak bisa menyimpan perubahan (sisa ruang "
                    f"{sisa // 1024} KB). Kosongkan ruang di disk itu, lalu ulangi.")
        return (f"Kesalahan baca/tulis disk pada {nama}: disk mungkin penuh, atau flashdisk atau "
                "folder jaringan tempatnya terlepas. Periksa ruang dan sambungan disk, lalu "
                "ulangi.")
    if kode.startswith("SQLITE_READONLY") or "readonly database" in teks:
        return (f"{nama[0].upper()}{nama[1:]} hanya boleh dibaca: berkas atau foldernya "
                "hanya-baca (CD, folder bersama tanpa izin tulis, berkas bertanda 'Read-only'). "
                "Salin basis data ke folder Anda sendiri lalu buka salinannya.")
    if kode.startswith("SQLITE_CANTOPEN") or teks == "unable to open database file":
        return (f"{nama[0].upper()}{nama[1:]} tidak bisa dibuka: folder atau flashdisk "
                "tempatnya mungkin sudah dilepas, atau folder itu tidak boleh ditulisi. Pasang "
                "lagi flashdisk-nya atau pilih basis data lain.")
    if kode in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or teks in (
            "database disk image is malformed", "file is not a database"):
        return (f"{nama[0].upper()}{nama[1:]} rusak atau terpotong. Pulihkan dari cadangan "
                "(menu Berkas > Pulihkan dari cadangan..., atau 'kalbar-desktop restore').")
    if kode.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in teks:
        return (f"{nama[0].upper()}{nama[1:]} sedang dipakai program lain terlalu lama. Tunggu "
                "sebentar lalu ulangi.")
    if kode == "SQLITE_PERM":
        return f"Akses ke {nama} ditolak oleh sistem. Periksa izin berkas dan foldernya."
    return None


def pesan(e: BaseException, berkas: str | Path | None = None,
          db: str | Path | None = None) -> str | None:
    """The Indonesian description of the environment error behind ``e`` (``None`` when ``e``
    is not one). ``berkas`` names the file an operating-system error concerns (default: the
    error's own file name), ``db`` the database an SQLite error concerns."""
    sumber = asal(e)
    if isinstance(sumber, sqlite3.Error):
        return pesan_sqlite(sumber, db)
    if isinstance(sumber, OSError):
        return pesan_os(sumber, berkas)
    return None
