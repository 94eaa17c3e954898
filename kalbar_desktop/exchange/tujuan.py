"""Output files (workbooks, reports): checked before the work starts, and the errors met while
writing them told in Indonesian with the file the user chose.

Every writer here writes to a temporary name in the target's folder and renames it over the
target only when it is complete, so a full disk, a locked file or a crash leaves the old file
as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from kalbar_desktop.domain.pesan import Pesan
from kalbar_desktop.storage import galat


def alasan_tidak_bisa_ditulis(tujuan: str | Path) -> str | None:
    """Why ``tujuan`` cannot be written, found before any work is done (``None`` when nothing
    is known against it): its folder is missing (a pulled USB stick), it is a folder, its folder
    takes no new file (tried: :func:`_coba_tulis`), or it is a read-only file. Windows refuses
    to replace a read-only file; other systems would, so it is refused everywhere."""
    tujuan = Path(tujuan)
    if not _folder_ada(tujuan.parent):
        return folder_tujuan_tidak_ada(tujuan)
    if tujuan.is_dir():
        return Pesan("{berkas} adalah folder; pilih nama berkas.", berkas=str(tujuan))
    alasan = _coba_tulis(tujuan)
    if alasan is not None:
        return alasan
    try:
        mode = tujuan.stat().st_mode
    except FileNotFoundError:
        return None
    except OSError as e:
        return galat.pesan_os(e, tujuan)
    if not mode & stat.S_IWUSR:
        return Pesan("Berkas {berkas} hanya-baca (Read-only), jadi tidak ditimpa dan tetap "
                     "seperti semula. Pilih nama atau folder lain, atau hilangkan tanda "
                     "Read-only-nya (klik kanan > Properties).", berkas=str(tujuan))
    return None


_TOLAK = frozenset({errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT})
"""A probe file refused with these: the folder takes no file (no permission, a read-only disk,
a system folder such as /proc, where a new file 'does not exist')."""


AWAL_COBA = ".kalbar-coba-tulis"
"""How the probe file's name starts."""
NAMA_COBA = f"{AWAL_COBA}.sementara"
"""The probe file's name: always the same, so a folder that lets no file be removed keeps one
probe, however many attempts it refuses (a new name each time left one file per attempt)."""
_TAK_BOLEH_HAPUS = frozenset({errno.EPERM, errno.EACCES})
"""The probe file could not be removed with these: the folder lets a file be made but not
removed (a Linux append-only folder, a Windows ACL without Delete), so the output written under
a temporary name could not be renamed there either."""
_DIPAKAI_PROGRAM_LAIN = 32
"""Windows' ERROR_SHARING_VIOLATION: another program (an antivirus scanning the new file) holds
it for a moment; the folder is not to blame."""


def _coba_tulis(tujuan: Path) -> str | None:
    """Make and remove an empty file in ``tujuan``'s folder, where the output is first written
    and then renamed; the reason when the folder refuses either. A real try rather than
    ``os.access``, which on Windows reads only the read-only flag and never the folder's
    permissions (ACLs), so every folder looked writable there. Not :mod:`tempfile`: on Windows
    its ``mkstemp`` takes a refusal for a name taken and tries again thousands of times before
    failing with 'file exists'.

    A folder that takes a new file but lets none be removed keeps the probe: that cannot be
    helped (only a named file shows whether a name can be removed; an unnamed ``O_TMPFILE``
    leaves nothing but tells nothing either). The work is refused then, naming the folder and
    the file: the output would be written in full under its temporary name, could not be
    renamed, and would stay there, with the names in it. The probe's name is always
    :data:`NAMA_COBA`: a probe already there (left by an earlier refused attempt, or another
    window's probe of this very moment) is removed first, so a refused folder holds one probe
    however often it is tried, and the refusal is then found without making another."""
    coba = tujuan.parent / NAMA_COBA
    for _kali in range(3):
        try:
            fd = os.open(coba, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            e = _hapus_coba(coba)
            if e is not None and e.errno in _TAK_BOLEH_HAPUS:
                return folder_tanpa_hapus(tujuan, coba)
            continue
        except OSError as e:
            if e.errno in _TOLAK:
                return folder_tidak_bisa_ditulis(tujuan)
            return pesan_gagal_tulis(e, tujuan) or galat.pesan_os(e, tujuan)
        os.close(fd)
        e = _hapus_coba(coba)
        if e is not None and e.errno in _TAK_BOLEH_HAPUS:
            return folder_tanpa_hapus(tujuan, coba)
        return None
    return None  # another program keeps making the same name: nothing known against the folder


def _hapus_coba(coba: Path) -> OSError | None:
    """Remove the probe file; the error when it stays (``None``: removed, or held for a moment
    by another program: then left, as the folder is not to blame)."""
    for jeda in (0.02, 0.05, 0.1, 0.2, None):
        try:
            os.unlink(coba)
            return None
        except FileNotFoundError:  # removed meanwhile by another window's probe
            return None
        except OSError as e:
            if getattr(e, "winerror", None) != _DIPAKAI_PROGRAM_LAIN:
                return e
            if jeda is None:
                return None
            time.sleep(jeda)
    return None


def folder_tanpa_hapus(tujuan: str | Path, coba: Path) -> Pesan:
    """The target's folder takes new files but lets none be removed or renamed, as the output,
    written under a temporary name, would have to be: which folder, that no data was written,
    and the empty probe file left there."""
    tujuan = Path(tujuan)
    return Pesan("{nama} tidak ditulis: folder tujuan {folder} mengizinkan membuat berkas baru, "
                 "tetapi tidak menghapus atau mengganti nama berkas, padahal {nama} ditulis dulu "
                 "dengan nama sementara lalu diganti namanya. Tidak ada data yang ditulis; hanya "
                 "berkas kosong {coba} tertinggal di sana (aplikasi tidak bisa menghapusnya; "
                 "pengelola folder itu boleh menghapusnya). Pilih folder lain (mis. Dokumen atau "
                 "flashdisk), lalu ulangi.", nama=tujuan.name, folder=str(tujuan.parent),
                 coba=coba.name)


def pesan_gagal_tulis(e: BaseException, tujuan: str | Path,
                      folder_sementara: str | Path | None = None,
                      db: str | Path | None = None) -> str | None:
    """The Indonesian message for an environment error met while writing ``tujuan`` (``None``
    for a program error). An error on a file inside ``folder_sementara`` (the system's temporary
    folder the writer uses for its work files) names that folder instead."""
    sumber = galat.asal(e)
    if sumber is not None and not _folder_ada(Path(tujuan).parent):
        return folder_tujuan_hilang(tujuan)
    berkas: str | Path = tujuan
    sementara = f"folder sementara sistem {Path(folder_sementara).parent}" \
        if folder_sementara is not None else None
    if sementara and isinstance(sumber, OSError) and sumber.filename:
        try:
            if Path(str(sumber.filename)).is_relative_to(folder_sementara):
                berkas = sementara
        except (TypeError, ValueError):
            pass
    elif sementara and galat.kuota_habis(e):
        # A quota leaves free space on the disk: ask the disks which one refuses.
        if galat.folder_kuota_habis(Path(tujuan).parent) is None and (
                galat.folder_kuota_habis(folder_sementara) is not None):
            berkas = sementara
    elif sementara and galat.disk_penuh(e) and _lebih_penuh(folder_sementara, Path(tujuan)):
        # A write to an open file names no file: the fuller of the two disks is the one.
        berkas = sementara
    if (isinstance(sumber, OSError) and sumber.errno == errno.ENOENT and berkas == tujuan
            and _di_folder(sumber.filename, Path(tujuan).parent)):
        # A folder that is there yet where no file can be made: a system folder (/proc).
        return folder_tidak_bisa_ditulis(tujuan)
    teks = galat.pesan(e, berkas, db)
    if teks is None:
        return None
    return Pesan("{nama} tidak ditulis; berkas lama dengan nama itu (bila ada) tetap seperti "
                 "semula. {sebab}", nama=Path(tujuan).name, sebab=teks)


def _di_folder(berkas: object, folder: Path) -> bool:
    """True when the file ``berkas`` (an error's file name) lies in ``folder``, which is there."""
    if not berkas or not _folder_ada(folder):
        return False
    try:
        return Path(os.fsdecode(berkas)).absolute().parent == folder.absolute()
    except (TypeError, ValueError):
        return False


def _folder_ada(folder: Path) -> bool:
    try:
        return folder.is_dir()
    except OSError:
        return False


def folder_tujuan_tidak_ada(tujuan: str | Path) -> Pesan:
    """The target's folder is not there when the work starts (a USB stick pulled since the
    folder was chosen, the folder moved or renamed): which folder, and that nothing was
    written."""
    tujuan = Path(tujuan)
    return Pesan("{nama} tidak ditulis: folder tujuan {folder} tidak ada (flashdisk dilepas, atau "
                 "folder itu dipindah, diganti namanya atau dihapus). Tidak ada berkas yang "
                 "ditulis. Pasang lagi flashdisk-nya atau pilih folder lain, lalu ulangi.",
                 nama=tujuan.name, folder=str(tujuan.parent))


def folder_tidak_bisa_ditulis(tujuan: str | Path) -> Pesan:
    """The target's folder is there but takes no new file (no write permission, a system
    folder such as /proc): which folder, and that nothing was written."""
    tujuan = Path(tujuan)
    return Pesan("{nama} tidak ditulis: folder tujuan {folder} tidak boleh ditulisi (folder "
                 "sistem, atau Anda tidak punya izin menulis di sana). Tidak ada berkas yang "
                 "ditulis. Pilih folder lain (mis. Dokumen atau flashdisk), lalu ulangi.",
                 nama=tujuan.name, folder=str(tujuan.parent))


def folder_tujuan_hilang(tujuan: str | Path) -> Pesan:
    """The target's folder went away while the file was written (a stick pulled, the folder
    moved, renamed or removed): what happened, where, and that nothing stayed there."""
    tujuan = Path(tujuan)
    return Pesan("{nama} tidak ditulis: folder tujuan {folder} tidak ada lagi (flashdisk dilepas, "
                 "atau folder itu dipindah, diganti namanya atau dihapus saat berkas sedang "
                 "ditulis). Tidak ada berkas yang ditulis di sana: berkas setengah jadi dibuang "
                 "(bila masih tertinggal di flashdisk itu, berkas berakhiran \".sementara\" itu "
                 "bukan berkas yang utuh dan boleh dihapus). Pasang lagi flashdisk-nya atau "
                 "pilih folder lain, lalu ulangi.", nama=tujuan.name, folder=str(tujuan.parent))


def _lebih_penuh(folder_sementara: str | Path, tujuan: Path) -> bool:
    """True when the disk of the temporary folder has less room than the target's."""
    try:
        return shutil.disk_usage(folder_sementara).free < shutil.disk_usage(tujuan.parent).free
    except OSError:
        return False


class TujuanTidakBisaDitulis(Exception):
    """An output file could not be written (the message names the file or its folder and says
    what to do); nothing is left under its name or half-written beside it, and an old file of
    that name is as it was."""


def buang_workbook(wb) -> None:
    """Give up an xlsxwriter workbook: close its worksheets' row files (``constant_memory``)
    and the XML file a failed ``close`` left open (xlsxwriter does not close it when a write
    fails: a full disk), so its temporary folder can be removed."""
    for obj in (*wb.worksheets(), wb):
        for nama in ("row_data_fh", "fh"):
            fh = getattr(obj, nama, None)
            if fh is not None and hasattr(fh, "closed") and not fh.closed:
                with contextlib.suppress(OSError):  # a full disk: the error raised says so
                    fh.close()


def nama_sementara(tujuan: Path) -> Path:
    """The temporary name a file is written under beside ``tujuan`` until it is complete."""
    return tujuan.parent / f".{tujuan.name}.{uuid.uuid4().hex[:8]}.sementara"


def tulis_utuh(tujuan: str | Path, isi: bytes,
               sebelum_dipasang: Callable[[], None] | None = None) -> Path:
    """Write ``isi`` as the file ``tujuan``: first under a temporary name in its folder, written
    out to the disk, then (after ``sebelum_dipasang``, e.g. its audit record: an error there
    leaves no file) renamed over ``tujuan``. A missing folder (a pulled USB stick), a full
    disk, a used-up quota or a locked file raise :class:`TujuanTidakBisaDitulis` with the
    message of :func:`pesan_gagal_tulis` (or :func:`alasan_tidak_bisa_ditulis`, found before
    anything is written); no partial file is left."""
    tujuan = Path(tujuan).absolute()
    if not _folder_ada(tujuan.parent):  # it was there when the work started
        raise TujuanTidakBisaDitulis(folder_tujuan_hilang(tujuan))
    alasan = alasan_tidak_bisa_ditulis(tujuan)
    if alasan is not None:
        raise TujuanTidakBisaDitulis(alasan)
    sementara = nama_sementara(tujuan)
    try:
        with open(sementara, "xb") as f:
            f.write(isi)
            f.flush()
            os.fsync(f.fileno())  # a stick or a network disk may refuse only here
        if sebelum_dipasang is not None:
            sebelum_dipasang()
        os.replace(sementara, tujuan)
    except OSError as e:
        teks = pesan_gagal_tulis(e, tujuan)
        if teks is None:  # not reached for an OSError; kept for a clear message anyway
            teks = galat.pesan_os(e, tujuan)
        raise TujuanTidakBisaDitulis(teks) from e
    finally:
        with contextlib.suppress(OSError):
            sementara.unlink()
    return tujuan
