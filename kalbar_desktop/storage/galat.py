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

A disk quota (``EDQUOT``: the user's share of a shared or network disk is used up while the disk
itself has room) is told apart: it is worded "kuota disk pengguna habis". SQLite does not pass
the errno on (a write refused by the quota is ``SQLITE_IOERR_WRITE`` or ``SQLITE_FULL``), so
for its write errors the folder is tried with a small write of our own (:func:`coba_tulis`).

A folder on a network share (``\\\\server\\share``, a mapped drive, a CIFS/NFS mount) often gets
"disk full" from its server when the user's quota there is used up: a Windows file server's
quota (File Server Resource Manager) and Samba answer with "disk full" rather than a quota
error, and the free space the client reads is the server disk's. On such a folder "disk full"
is worded as what it most often is (:func:`folder_jaringan`): the user's quota there, or the
server's disk, with what to do for each.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from pathlib import Path

from kalbar_desktop.domain.pesan import Pesan

DISK_HAMPIR_PENUH = 64 * 1024 * 1024
"""Free space under which a write error is put down to a full disk (SQLite's own write errors
do not tell a full disk from a failing one)."""

_PENUH = {errno.ENOSPC}
_KUOTA = {errno.EDQUOT} if hasattr(errno, "EDQUOT") else set()
_IZIN = {errno.EACCES, errno.EPERM}
_PUTUS = {errno.EIO, errno.ENXIO, errno.ENODEV, getattr(errno, "ENOMEDIUM", errno.EIO),
          getattr(errno, "ESTALE", errno.EIO), getattr(errno, "EHOSTDOWN", errno.EIO),
          getattr(errno, "ENETUNREACH", errno.EIO)}
_SIBUK = {errno.EBUSY, getattr(errno, "ETXTBSY", errno.EBUSY)}
_WINDOWS_TERKUNCI = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION (file open in Excel)
_WINDOWS_PENUH = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
_WINDOWS_KUOTA = {1295}  # ERROR_DISK_QUOTA_EXCEEDED (an NTFS quota on this computer's disk)
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
    return Pesan("berkas")


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


_FS_JARINGAN = frozenset({"cifs", "smb3", "smbfs", "nfs", "nfs4", "fuse.sshfs", "davfs",
                          "fuse.davfs2", "afs", "ceph", "glusterfs", "fuse.glusterfs", "9p"})
"""Linux file system types of a folder on another computer (``/proc/self/mounts``)."""
MOUNTS = Path("/proc/self/mounts")
"""Where Linux lists the mounted file systems and their types."""
_DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive


def folder_jaringan(berkas: str | Path | None, mounts: str | None = None) -> bool:
    """True when ``berkas`` lies on a network share: a UNC path (``\\\\server\\share\\...``), on
    Windows a mapped network drive, on Linux a mount of a network file system (``mounts``: the
    text of ``/proc/self/mounts``, read when ``None``). Unknown counts as not."""
    if not berkas:
        return False
    teks = str(berkas)
    if teks.startswith(("\\\\", "//")):
        return True
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import ctypes

        akar = os.path.splitdrive(os.path.abspath(teks))[0] + "\\"
        try:
            return ctypes.windll.kernel32.GetDriveTypeW(akar) == _DRIVE_REMOTE
        except (AttributeError, OSError):
            return False
    if mounts is None:
        try:
            mounts = MOUNTS.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    jalur = os.path.abspath(teks)
    terbaik, jenis = "", ""
    for baris in mounts.splitlines():
        bagian = baris.split()
        if len(bagian) < 3:
            continue
        # /proc/mounts writes a space in a mount point as \040
        titik = bagian[1].replace("\\040", " ").replace("\\011", "\t")
        dalam = jalur == titik or jalur.startswith(titik.rstrip("/") + "/")
        if dalam and len(titik) >= len(terbaik):
            terbaik, jenis = titik, bagian[2]
    return jenis in _FS_JARINGAN


def folder_sementara_sqlite() -> Path:
    """The folder SQLite writes its temporary files to (a big import's staging table, sorts,
    indexes), found as SQLite finds it: ``SQLITE_TMPDIR`` then ``TMPDIR`` then ``/var/tmp``,
    ``/usr/tmp``, ``/tmp`` (the first writable folder); on Windows ``TMP``, ``TEMP``, then the
    user's profile folder (``GetTempPath``). The application never sets
    ``PRAGMA temp_store_directory``."""
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        for nama in ("TMP", "TEMP", "USERPROFILE"):
            nilai = os.environ.get(nama)
            if nilai:
                return Path(nilai)
        return Path(os.environ.get("SYSTEMROOT", "C:\\Windows"))
    calon = [os.environ.get("SQLITE_TMPDIR"), os.environ.get("TMPDIR"), "/var/tmp", "/usr/tmp",
             "/tmp"]
    for c in calon:
        if c and os.path.isdir(c) and os.access(c, os.W_OK | os.X_OK):
            return Path(c)
    return Path(".")


def _ruang(folder: Path | None) -> tuple[int, int] | None:
    """(free bytes, device) of the disk holding ``folder``; ``None`` when it cannot be read
    (a pulled stick, a network share gone)."""
    if folder is None:
        return None
    try:
        return shutil.disk_usage(folder).free, folder.stat().st_dev
    except OSError:
        return None


def ukuran(n: int) -> str:
    """Bytes for a message: ``512 KB``, ``37 MB``, ``12,4 GB``."""
    if n < 1024 * 1024:
        return f"{n // 1024} KB"
    if n < 1024 ** 3:
        return f"{n // (1024 * 1024)} MB"
    return f"{n / 1024 ** 3:.1f} GB".replace(".", ",")


def _sementara_penuh(berkas: str | Path | None, penuh: bool) -> Path | None:
    """SQLite's temporary folder when it, not the database's own disk (where the ``-wal`` is
    too), is the one that filled up: a big import writes its staging table there (often C:)
    while the database may sit on another disk. ``penuh``: SQLite said "disk full"; it has
    already dropped its work files when the message is made, so the temporary folder may show
    room again: then the database's disk having room is what tells."""
    tmp = folder_sementara_sqlite()
    r_tmp = _ruang(tmp)
    r_db = _ruang(Path(berkas).parent) if berkas else None
    if r_tmp is None or r_db is None or r_db[1] == r_tmp[1]:
        return None  # the same disk (or unknown): the database's disk is named
    if r_db[0] < DISK_HAMPIR_PENUH <= r_tmp[0]:
        return None
    if r_tmp[0] < DISK_HAMPIR_PENUH or penuh:
        return tmp
    return None


def _uraian_sementara_penuh(nama: str, tmp: Path, berkas: str | Path | None) -> str:
    r_tmp = _ruang(tmp)
    r_db = _ruang(Path(berkas).parent) if berkas else None
    sisa = Pesan(" (sisa sekarang {ukuran})", ukuran=ukuran(r_tmp[0])) if r_tmp else ""
    db = Pesan("; disk basis data itu sendiri ({folder}) masih punya {ukuran}",
               folder=Path(berkas).parent, ukuran=ukuran(r_db[0])) if r_db and berkas else ""
    return Pesan("Disk penuh: disk folder sementara {tmp}{sisa}, tempat SQLite menulis berkas "
                 "kerja pekerjaan besar seperti impor, penuh, jadi {nama} tidak bisa menyimpan "
                 "perubahan{db}. Kosongkan ruang di disk folder sementara itu (hapus berkas yang "
                 "tidak diperlukan atau jalankan Pembersihan Disk), lalu ulangi.", tmp=tmp,
                 sisa=sisa, nama=nama, db=db)


def _uraian_penuh(nama: str) -> str:
    return Pesan("Disk penuh: {nama} tidak bisa ditulis sampai selesai. Kosongkan ruang di disk "
                 "itu (hapus atau pindahkan berkas yang tidak diperlukan) atau pilih disk lain, "
                 "lalu ulangi.", nama=nama)


def _uraian_jaringan_penuh(nama: str) -> Pesan:
    return Pesan("Ruang Anda di folder jaringan penuh: server menolak {nama} dengan pesan "
                 "'disk penuh'. Pada folder bersama itu biasanya berarti kuota (jatah ruang) akun "
                 "Anda di server sudah terpakai semua, kadang disk server itu sendiri yang "
                 "penuh. Hapus atau pindahkan berkas Anda yang tidak diperlukan dari folder "
                 "jaringan itu, minta administrator jaringan memeriksa kuota Anda, atau simpan ke "
                 "disk komputer ini, lalu ulangi.", nama=nama)


def _uraian_kuota(nama: str, folder: str | None = None) -> Pesan:
    tempat = Pesan(" ({folder})", folder=folder) if folder else ""
    return Pesan("Kuota disk pengguna habis: {nama} tidak bisa ditulis sampai selesai. Disknya "
                 "sendiri mungkin masih punya ruang, tetapi jatah ruang akun Windows Anda di disk "
                 "itu{tempat} sudah terpakai semua. Hapus atau pindahkan berkas Anda yang tidak "
                 "diperlukan dari disk itu, minta administrator jaringan menambah kuota, atau "
                 "pilih disk lain, lalu ulangi.", nama=nama, tempat=tempat)


def disk_penuh(e: BaseException) -> bool:
    """True when ``e`` says the disk (or the file size the disk allows, or the user's quota on
    it) is full."""
    sumber = asal(e)
    if isinstance(sumber, sqlite3.Error):
        return getattr(sumber, "sqlite_errorname", "") == "SQLITE_FULL" or (
            "disk is full" in str(sumber))
    if isinstance(sumber, OSError):
        return sumber.errno in _PENUH | _KUOTA or sumber.errno == errno.EFBIG or (
            getattr(sumber, "winerror", None) in _WINDOWS_PENUH | _WINDOWS_KUOTA)
    return False


def kuota_habis(e: BaseException) -> bool:
    """True when ``e`` is the operating system's "disk quota exceeded" (``EDQUOT``)."""
    sumber = asal(e)
    return isinstance(sumber, OSError) and (
        sumber.errno in _KUOTA or getattr(sumber, "winerror", None) in _WINDOWS_KUOTA)


UJI_TULIS_BYTE = 256 * 1024
"""Size of the write :func:`coba_tulis` tries (more than one SQLite page or journal frame)."""


def coba_tulis(folder: str | Path | None) -> int | None:
    """Try to write :data:`UJI_TULIS_BYTE` bytes into a new file in ``folder`` (removed again):
    the errno of the refusal (``EDQUOT``, ``ENOSPC``...), ``None`` when the write went through
    or the folder cannot be reached at all. Used after SQLite reported a failed write, which
    does not say why."""
    if not folder:
        return None
    uji = Path(folder) / f".kalbar-uji-tulis-{os.getpid()}"
    try:
        fd = os.open(uji, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return None
    except OSError as e:
        return _errno(e) if _errno(e) in _KUOTA | _PENUH else None
    try:
        os.write(fd, b"\0" * UJI_TULIS_BYTE)
        os.fsync(fd)  # a network disk may only refuse when the data is written out
    except OSError as e:
        return _errno(e)
    finally:
        os.close(fd)
        with contextlib.suppress(OSError):
            uji.unlink()
    return None


def _errno(e: OSError) -> int | None:
    """``e``'s errno, with Windows' quota error told as ``EDQUOT``."""
    if getattr(e, "winerror", None) in _WINDOWS_KUOTA and _KUOTA:
        return next(iter(_KUOTA))
    return e.errno


def folder_kuota_habis(*folder: str | Path | None) -> Path | None:
    """The first of ``folder`` where the user's disk quota refuses a write (:func:`coba_tulis`
    gives ``EDQUOT``), else ``None``."""
    for f in folder:
        if f and coba_tulis(f) in _KUOTA:
            return Path(f)
    return None


def pesan_os(e: OSError, berkas: str | Path | None = None) -> str:
    """An operating-system error on ``berkas`` (default: the error's own file name) in
    Indonesian: what happened and what to do."""
    nama = _nama(berkas, e)
    nomor = e.errno
    winerror = getattr(e, "winerror", None)
    if nomor in _KUOTA or winerror in _WINDOWS_KUOTA:
        return _uraian_kuota(nama)
    if nomor in _PENUH or winerror in _WINDOWS_PENUH:
        if folder_jaringan(berkas or e.filename):
            return _uraian_jaringan_penuh(nama)
        return _uraian_penuh(nama)
    if nomor == errno.EFBIG:
        return Pesan("Disk penuh atau berkas terlalu besar untuk disk ini: {nama} tidak bisa "
                     "ditulis sampai selesai. Kosongkan ruang di disk itu atau pilih disk lain "
                     "(flashdisk berformat FAT32 menampung paling besar 4 GB per berkas), lalu "
                     "ulangi.", nama=nama)
    if winerror in _WINDOWS_TERKUNCI:
        return Pesan("{nama} sedang dibuka program lain (mis. Excel). Tutup berkas itu dulu, "
                     "atau pilih nama atau folder lain, lalu ulangi.", nama=nama)
    if nomor in _IZIN:
        return Pesan("Akses ke {nama} ditolak: berkas itu sedang dibuka program lain (tutup "
                     "dulu di Excel), berkas atau foldernya hanya-baca, atau akun Anda tidak punya "
                     "izin di folder itu. Tutup berkasnya atau pilih folder lain, lalu ulangi.",
                     nama=nama)
    if nomor == errno.EROFS:
        return Pesan("Disk tempat {nama} hanya bisa dibaca (CD, flashdisk yang dikunci, folder "
                     "bersama tanpa izin tulis, atau flashdisk bermasalah yang oleh sistem "
                     "dijadikan hanya-baca). Pilih folder lain, lalu ulangi.", nama=nama)
    if nomor == errno.ENOENT or winerror in _WINDOWS_HILANG:
        return Pesan("{nama} tidak ditemukan: folder atau flashdisk tempatnya mungkin sudah "
                     "dilepas, dipindah atau diganti namanya. Pasang lagi flashdisk-nya atau "
                     "pilih berkas lain.", nama=nama)
    if nomor in _PUTUS:
        return Pesan("Kesalahan baca/tulis disk pada {nama}: flashdisk atau folder jaringan "
                     "mungkin terlepas, atau disk rusak. Periksa disknya lalu ulangi.", nama=nama)
    if nomor == errno.EPIPE:
        return Pesan("Keluaran program terputus (program penerimanya sudah ditutup).")
    if nomor in _SIBUK:
        return Pesan("{nama} sedang dipakai program lain. Tutup program itu dulu, lalu ulangi.",
                     nama=nama)
    return Pesan("{nama} tidak bisa dibaca atau ditulis ({sebab}).", nama=nama,
                 sebab=e.strerror or e)


_SEBAB_SQLITE = {
    "file is not a database": Pesan("bukan berkas basis data SQLite"),
    "database disk image is malformed": Pesan("isi berkas rusak atau terpotong"),
    "unable to open database file": Pesan(
        "berkas tidak bisa dibuka: periksa izin folder dan berkas"),
    "disk i/o error": Pesan("kesalahan baca/tulis disk"),
    "attempt to write a readonly database": Pesan("berkas hanya boleh dibaca"),
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
    if berkas:
        nama = Pesan("basis data {berkas}", berkas=Path(berkas).name)
        nama_awal = Pesan("Basis data {berkas}", berkas=Path(berkas).name)
    else:
        nama, nama_awal = Pesan("basis data"), Pesan("Basis data")
    kode = getattr(e, "sqlite_errorname", "") or ""
    teks = str(e).strip().lower()
    if berkas and (kode == "SQLITE_FULL" or "disk is full" in teks
                   or kode.startswith("SQLITE_IOERR") or teks == "disk i/o error"):
        # A quota leaves room on the disk, so the free space below would point elsewhere (the
        # temporary folder, or a failing stick): ask the disk itself.
        kuota = folder_kuota_habis(Path(berkas).parent, folder_sementara_sqlite())
        if kuota is not None:
            folder = (Pesan("folder basis data {folder}", folder=str(kuota))
                      if kuota == Path(berkas).parent
                      else Pesan("folder sementara SQLite {folder}", folder=str(kuota)))
            return _uraian_kuota(nama, folder)
        if folder_jaringan(berkas) and coba_tulis(Path(berkas).parent) in _PENUH:
            return _uraian_jaringan_penuh(nama)  # the share refuses our write too
    if kode == "SQLITE_FULL" or "disk is full" in teks:
        tmp = _sementara_penuh(berkas, penuh=True)
        if tmp is not None:
            return _uraian_sementara_penuh(nama, tmp, berkas)
        if folder_jaringan(berkas):
            return _uraian_jaringan_penuh(nama)
        if berkas:
            return Pesan("Disk penuh: {nama} tidak bisa menyimpan perubahan. Kosongkan ruang di "
                         "disk itu di {folder} (hapus atau pindahkan berkas yang tidak "
                         "diperlukan), lalu ulangi.", nama=nama, folder=Path(berkas).parent)
        return Pesan("Disk penuh: {nama} tidak bisa menyimpan perubahan. Kosongkan ruang di disk "
                     "itu (hapus atau pindahkan berkas yang tidak diperlukan), lalu ulangi.",
                     nama=nama)
    if kode.startswith("SQLITE_IOERR") or teks == "disk i/o error":
        tmp = _sementara_penuh(berkas, penuh=False)
        if tmp is not None:
            return _uraian_sementara_penuh(nama, tmp, berkas)
        folder = Path(berkas).parent if berkas else None
        r_db = _ruang(folder)
        if r_db is not None and r_db[0] < DISK_HAMPIR_PENUH:
            return Pesan("Disk penuh: {nama} tidak bisa menyimpan perubahan (sisa ruang {kb} "
                         "KB). Kosongkan ruang di disk itu, lalu ulangi.", nama=nama,
                         kb=r_db[0] // 1024)
        if folder is not None and r_db is None:
            return Pesan("Kesalahan baca/tulis disk pada {nama}: ruang disk di {folder} tidak "
                         "bisa dibaca lagi, jadi flashdisk atau folder jaringan tempatnya "
                         "kemungkinan terlepas. Pasang lagi lalu ulangi.", nama=nama,
                         folder=folder)
        if r_db is not None:
            r_tmp = _ruang(folder_sementara_sqlite())
            tmp_teks = (Pesan(", folder sementara {folder} {ukuran}",
                              folder=folder_sementara_sqlite(), ukuran=ukuran(r_tmp[0]))
                        if r_tmp is not None and r_tmp[1] != r_db[1] else "")
            return Pesan("Kesalahan baca/tulis disk pada {nama}, padahal disknya tidak penuh "
                         "(ruang bebas di {folder} {ukuran}{tmp}): flashdisk atau folder "
                         "jaringan tempatnya mungkin sempat terlepas, disk itu mungkin rusak, "
                         "atau berkasnya sudah sebesar batas disk itu (flashdisk FAT32: 4 GB per "
                         "berkas). Periksa sambungan dan disknya (Periksa disk / chkdsk), lalu "
                         "ulangi; bila berulang, salin basis data ke disk lain.", nama=nama,
                         folder=folder, ukuran=ukuran(r_db[0]), tmp=tmp_teks)
        return Pesan("Kesalahan baca/tulis disk pada {nama}: disk mungkin penuh, atau flashdisk "
                     "atau folder jaringan tempatnya terlepas. Periksa ruang dan sambungan disk, "
                     "lalu ulangi.", nama=nama)
    if kode.startswith("SQLITE_READONLY") or "readonly database" in teks:
        return Pesan("{nama} hanya boleh dibaca: berkas atau foldernya hanya-baca (CD, folder "
                     "bersama tanpa izin tulis, berkas bertanda 'Read-only'). Salin basis data "
                     "ke folder Anda sendiri lalu buka salinannya.", nama=nama_awal)
    if kode.startswith("SQLITE_CANTOPEN") or teks == "unable to open database file":
        return Pesan("{nama} tidak bisa dibuka: folder atau flashdisk tempatnya mungkin sudah "
                     "dilepas, atau folder itu tidak boleh ditulisi. Pasang lagi flashdisk-nya "
                     "atau pilih basis data lain.", nama=nama_awal)
    if kode in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or teks in (
            "database disk image is malformed", "file is not a database"):
        return Pesan("{nama} rusak atau terpotong. Pulihkan dari cadangan (menu Berkas > "
                     "Pulihkan dari cadangan..., atau 'kalbar-desktop restore').",
                     nama=nama_awal)
    if kode.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in teks:
        return Pesan("{nama} sedang dipakai program lain terlalu lama. Tunggu sebentar lalu "
                     "ulangi.", nama=nama_awal)
    if kode == "SQLITE_PERM":
        return Pesan("Akses ke {nama} ditolak oleh sistem. Periksa izin berkas dan foldernya.",
                     nama=nama)
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
