"""Backups with SQLite's online backup API, kept as a rotating set beside the database, and
restoring one after checking it.

Automatic backups are made before every import (:func:`sebelum_impor`) and when the window
closes after a change; the number kept is a database setting. A backup is written to a
temporary name and renamed only when complete, so a crash never leaves half a backup under a
backup's name. Restoring checks the chosen file first (integrity, that it is a Kalbar Desktop
database, its schema, its audit trail), keeps a copy of the current database, then copies the
backup in with the backup API and brings its schema up to date.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from kalbar_desktop.domain import jejak, keterangan_jejak
from kalbar_desktop.domain.pesan import Pesan, pesan_dari
from kalbar_desktop.storage import audit, galat, huruf_drive, izin
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import kunci as skunci
from kalbar_desktop.storage import pengaturan as spengaturan
from kalbar_desktop.storage import periksa as speriksa

Kemajuan = Callable[[str, float], None]
_log = logging.getLogger(__name__)

SEBELUM_IMPOR = "sebelum-impor"
SAAT_KELUAR = "saat-keluar"
MANUAL = "manual"
SEBELUM_PULIH = "sebelum-pulih"
SEBELUM_WAL = "sebelum-wal"
LABEL_ALASAN = {
    SEBELUM_IMPOR: "sebelum impor",
    SAAT_KELUAR: "saat aplikasi ditutup",
    MANUAL: "dibuat pengguna",
    SEBELUM_PULIH: "salinan sebelum pemulihan",
    SEBELUM_WAL: "salinan sebelum perubahan tertinggal (berkas -wal) diterapkan",
}
_NAMA = re.compile(r"^(?P<stem>.+)-(?P<waktu>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<alasan>[a-z\-]+)"
                   r"\.db$")
_HALAMAN_PER_LANGKAH = 1024


class KesalahanCadangan(Exception):
    """A backup or restore that cannot go ahead; the message is Indonesian."""


@dataclass(frozen=True)
class Cadangan:
    """One backup file of the rotating set."""

    path: Path
    waktu: dt.datetime
    alasan: str
    ukuran: int

    @property
    def label_alasan(self) -> str:
        return LABEL_ALASAN.get(self.alasan, self.alasan)


def folder_cadangan(db_path: str | Path) -> Path:
    """The folder of the rotating set: ``<name>-cadangan`` beside the database."""
    p = Path(db_path)
    return p.with_name(p.stem + "-cadangan")


def daftar(db_path: str | Path) -> list[Cadangan]:
    """The backups of the rotating set, newest first."""
    folder = folder_cadangan(db_path)
    hasil = []
    if not folder.is_dir():
        return hasil
    for p in folder.iterdir():
        m = _NAMA.match(p.name)
        if not m or not p.is_file():
            continue
        try:
            waktu = dt.datetime.strptime(m["waktu"], "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        info = p.stat()
        hasil.append((waktu, info.st_mtime_ns, Cadangan(p, waktu, m["alasan"], info.st_size)))
    # Within one second (the name's precision) the file's own time decides.
    return [c for _w, _m, c in sorted(hasil, key=lambda x: (x[0], x[1]), reverse=True)]


def _fsync(path: Path) -> None:
    # Windows flushes only through a handle opened for writing.
    with open(path, "r+b") as f:
        os.fsync(f.fileno())
    if os.name != "nt":
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _salin_api(sumber: sqlite3.Connection, tujuan_path: Path,
               kemajuan: Kemajuan | None = None) -> None:
    """Copy the database of connection ``sumber`` into a new file ``tujuan_path``."""
    tujuan = sqlite3.connect(str(tujuan_path), isolation_level=None)
    try:
        def langkah(_status: int, sisa: int, total: int) -> None:
            if kemajuan and total:
                kemajuan(Pesan("Menyalin basis data"), (total - sisa) / total)

        sumber.backup(tujuan, pages=_HALAMAN_PER_LANGKAH, progress=langkah)
        # A backup is one self-contained file, not a WAL database with side files.
        tujuan.execute("PRAGMA journal_mode = DELETE")
    finally:
        tujuan.close()


def cadangkan(db: Database, tujuan: str | Path, kemajuan: Kemajuan | None = None,
              dihapus: list[Path] | None = None) -> Path:
    """Write a complete copy of ``db`` to ``tujuan`` (a file, or a folder to put it in).

    The copy is written under a temporary name (``<name>.sementara``, held locked while it is
    written) and renamed when complete. What killed backups left in the same folder under such
    a name is removed first (:func:`hapus_sisa`) and added to ``dihapus``.
    """
    tujuan = Path(tujuan)
    if tujuan.is_dir():
        stem = Path(getattr(db, "path", None) or "kalbar.db").stem
        tujuan = tujuan / f"{stem}-{dt.datetime.now():%Y%m%d-%H%M%S}-{MANUAL}.db"
    if tujuan.exists() and tujuan.resolve() == Path(getattr(db, "path", "") or "").resolve():
        raise KesalahanCadangan(Pesan("Tujuan cadangan tidak boleh berkas basis data itu "
                                      "sendiri."))
    sementara = tujuan.with_name(tujuan.name + AKHIRAN_SEMENTARA)
    try:
        izin.folder(tujuan.parent)
        terhapus = hapus_sisa(tujuan.parent)
        if dihapus is not None:
            dihapus.extend(terhapus)
        sementara.unlink(missing_ok=True)
        with _tanda_ditulis(sementara):
            _salin_api(db.conn, sementara, kemajuan)
            _fsync(sementara)
            os.replace(sementara, tujuan)
    except (OSError, sqlite3.Error) as e:
        with contextlib.suppress(OSError):
            sementara.unlink(missing_ok=True)
        raise KesalahanCadangan(Pesan(
            "Cadangan ke {tujuan} gagal; tidak ada cadangan setengah jadi yang tertinggal. "
            "{sebab}", tujuan=tujuan, sebab=_sebab(e, tujuan))) from e
    except BaseException:  # cancelled through ``kemajuan``: no half copy left either
        with contextlib.suppress(OSError):
            sementara.unlink(missing_ok=True)
        raise
    return tujuan


AKHIRAN_SEMENTARA = ".sementara"
"""A backup (or a restored copy) being written carries this after its name until complete."""


@contextlib.contextmanager
def _tanda_ditulis(sementara: Path):
    """Hold ``sementara`` locked while a backup writes it, so that :func:`hapus_sisa` of
    another program leaves it alone. POSIX: an ``flock`` on an own handle (separate from
    SQLite's ``fcntl`` locks); Windows refuses to delete a file SQLite holds open anyway."""
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        yield
        return
    import fcntl

    fd = izin.buka(sementara, os.O_RDWR | os.O_CREAT)  # a backup is the owner's only
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield
    finally:
        os.close(fd)


def _sedang_ditulis(path: Path) -> bool:
    """True when a living backup holds ``path`` (see :func:`_tanda_ditulis`)."""
    if os.name == "nt":  # pragma: no cover - an open file cannot be deleted there
        return False
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # closing the handle releases a lock just taken
    return False


def sisa_sementara(folder: str | Path) -> list[Path]:
    """Files in ``folder`` that a killed backup left under its temporary name
    (``*.db.sementara`` and SQLite's side files of it), not being written now."""
    folder = Path(folder)
    try:
        calon = sorted(p for p in folder.iterdir() if ".db" + AKHIRAN_SEMENTARA in p.name
                       and p.name.endswith((AKHIRAN_SEMENTARA, f"{AKHIRAN_SEMENTARA}-journal",
                                            f"{AKHIRAN_SEMENTARA}-wal",
                                            f"{AKHIRAN_SEMENTARA}-shm")))
    except OSError:
        return []
    hasil = []
    for p in calon:
        utama = Path(str(p).removesuffix("-journal").removesuffix("-wal").removesuffix("-shm"))
        if p.is_file() and not _sedang_ditulis(utama):
            hasil.append(p)
    return hasil


def hapus_sisa(folder: str | Path) -> list[Path]:
    """Remove what killed backups left in ``folder`` (:func:`sisa_sementara`): such a file is
    never a backup (it may be incomplete) and only takes room. Returns what was removed."""
    dihapus = []
    for p in sisa_sementara(folder):
        try:
            p.unlink()
        except OSError as e:  # open elsewhere (Windows) or read-only: left, named in the log
            _log.warning("Sisa cadangan terhenti tidak bisa dihapus: %s (%s)", p.name,
                         e.strerror or e)
            continue
        dihapus.append(p)
    if dihapus:
        _log.info("Sisa cadangan yang terhenti dihapus: %s", ", ".join(p.name for p in dihapus))
    return dihapus


def hapus_sisa_tertunda(folder: str | Path) -> list[Path] | None:
    """Remove what killed backups left in a remembered backup folder (:func:`hapus_sisa`),
    wherever it is now: at its path, or, when that is not there and it is on a drive letter
    (``F:\\P3KE``), at the same place on another local drive (``E:\\P3KE``,
    :mod:`.huruf_drive`: Windows gave the stick another letter) where such a leftover is.
    ``None`` when it was found nowhere (a stick not plugged in: keep it remembered)."""
    try:
        if Path(folder).is_dir():
            return hapus_sisa(folder)
    except OSError:
        pass
    akar = huruf_drive.akar_lokal()  # none but on Windows
    for lain in huruf_drive.di_drive_lain(folder, akar) if akar else ():
        if sisa_sementara(lain):
            _log.info("Folder cadangan %s kini di %s (huruf drive lain)", folder, lain)
            return hapus_sisa(lain)
    return None


def ingat_tujuan(folder: str | Path) -> tuple[list[Path], bool]:
    """Before a backup into the chosen ``folder`` (window or console): remove what a killed
    backup left in the folder of the last such backup and in the earlier ones not reached then
    (remembered in the one settings object; one still not reached stays remembered), then
    remember ``folder`` there, so that a kill of this backup is cleaned up by the next
    start of the window or the next backup. ``folder`` itself is cleaned by :func:`cadangkan`.
    Returns (what was removed, whether ``folder`` could be remembered: not in a read-only
    profile)."""
    from kalbar_desktop.settings import Pengaturan, ingat_folder_cadangan

    folder = Path(folder)
    dihapus: list[Path] = []
    pengaturan = Pengaturan.muat()
    tertunda = []
    for lama in dict.fromkeys([pengaturan.folder_cadangan,
                               *pengaturan.folder_cadangan_tertunda]):
        if not lama or Path(lama).absolute() == folder.absolute():
            continue
        sisa = hapus_sisa_tertunda(lama)
        if sisa is not None:
            dihapus += sisa
            continue
        tertunda.append(lama)  # a stick that is not there: cleaned when it is found again
    return dihapus, ingat_folder_cadangan(folder, tertunda)


def _sebab(e: BaseException, berkas: Path) -> str:
    """Why writing ``berkas`` (a backup, a restored database) failed, in Indonesian. SQLite's
    backup reports the target's write errors as its own: they concern ``berkas``."""
    if isinstance(e, sqlite3.Error) and galat.disk_penuh(e):
        return galat.pesan_os(OSError(errno.ENOSPC, "disk penuh"), berkas)
    if isinstance(e, sqlite3.Error) and getattr(e, "sqlite_errorname", "").startswith(
            ("SQLITE_CANTOPEN", "SQLITE_READONLY")):
        return Pesan("Folder {folder} tidak boleh ditulisi, atau tidak ada lagi (flashdisk "
                     "dilepas?). Pilih folder lain, lalu ulangi.", folder=berkas.parent)
    if berkas.parent.is_dir() and (
            (isinstance(e, PermissionError) and not os.access(berkas.parent, os.W_OK))
            or isinstance(e, FileNotFoundError)):
        # Not a file held open by Excel (what a refused file usually is), nor a stick pulled
        # (the folder is there, yet a new file in it "does not exist", as in /proc): the folder.
        return Pesan("Folder {folder} tidak boleh ditulisi (folder sistem, atau Anda tidak punya "
                     "izin menulis di sana). Pilih folder lain (mis. Dokumen atau flashdisk), "
                     "lalu ulangi.", folder=berkas.parent)
    return galat.pesan(e, berkas, db=berkas) or f"{berkas}: {e}"


def _nama_baru(db_path: Path, alasan: str) -> Path:
    folder = folder_cadangan(db_path)
    waktu = f"{dt.datetime.now():%Y%m%d-%H%M%S}"
    calon = folder / f"{db_path.stem}-{waktu}-{alasan}.db"
    n = 2
    while calon.exists():
        calon = folder / f"{db_path.stem}-{waktu}-{n}-{alasan}.db"
        n += 1
    return calon


def pangkas(db_path: str | Path, simpan: int) -> list[Path]:
    """Remove the oldest backups beyond ``simpan``; returns what was removed."""
    dihapus = []
    for c in daftar(db_path)[max(simpan, 1):]:
        try:
            c.path.unlink()
            dihapus.append(c.path)
        except OSError:
            pass
    folder = folder_cadangan(db_path)
    if folder.is_dir():
        hapus_sisa(folder)  # left by a crash during a backup
    return dihapus


def cadangkan_otomatis(db: Database, alasan: str, pengguna: str | None = None,
                       kemajuan: Kemajuan | None = None) -> Path | None:
    """Add a backup of ``db`` to its rotating set and drop the oldest beyond the configured
    number. Returns the file (``None`` for a database without a file)."""
    db_path = getattr(db, "path", None)
    if db_path is None:
        return None
    tujuan = cadangkan(db, _nama_baru(Path(db_path), alasan), kemajuan)
    pangkas(db_path, spengaturan.baca(db, spengaturan.JUMLAH_CADANGAN))
    return tujuan


def sebelum_impor(db: Database) -> Path | None:
    """The backup made before every import or re-import of a workbook (called by the
    importer as its first writing step, so the window and the command line both get it)."""
    return cadangkan_otomatis(db, SEBELUM_IMPOR)


def catat_cadangan(db: Database, path: Path, pengguna: str | None, alasan: str) -> None:
    """Record a backup made by a person (automatic ones are not recorded: they would make
    every backup differ from the database it copies)."""
    audit.tulis(db, [audit.Catatan(aksi=jejak.CADANGAN, pengguna=pengguna,
                                   keterangan=keterangan_jejak.cadangan(
                                       LABEL_ALASAN.get(alasan, alasan), path))])


def periksa_cadangan(sumber: str | Path) -> speriksa.HasilPeriksa:
    """Check a backup file before it is restored: integrity, Kalbar Desktop schema, audit."""
    hasil = speriksa.periksa_berkas(sumber, cepat=False)
    return hasil


def _salin_sebelum_pulih(db_path: Path) -> Path:
    """Keep a copy of the current database (with the backup API; a raw file copy when the
    database is too damaged for SQLite to copy)."""
    tujuan = _nama_baru(db_path, SEBELUM_PULIH)
    izin.folder(tujuan.parent)
    try:
        sumber = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            sementara = tujuan.with_name(tujuan.name + ".sementara")
            izin.buat_kosong(sementara)
            _salin_api(sumber, sementara)
        finally:
            sumber.close()
        _fsync(sementara)
        os.replace(sementara, tujuan)
    except (sqlite3.Error, OSError):
        for akhiran in ("", "-wal"):
            asal = Path(str(db_path) + akhiran)
            if asal.exists():
                fd = izin.buka(Path(str(tujuan) + akhiran), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
                with open(asal, "rb") as masuk, os.fdopen(fd, "wb") as keluar:
                    shutil.copyfileobj(masuk, keluar)
    return tujuan


class PemulihanDibatalkan(KesalahanCadangan):
    """The person cancelled a restore before the database was replaced: it is unchanged."""


def pulihkan(db_path: str | Path, sumber: str | Path, pengguna: str | None = None,
             kemajuan: Kemajuan | None = None,
             batal: Callable[[], bool] | None = None) -> Path:
    """Replace the database at ``db_path`` with the backup ``sumber``.

    Refuses (:class:`KesalahanCadangan`) when another program writes to the database or when
    the backup fails its check. Keeps a copy of the current database in the rotating set and
    returns its path. The backup is copied into a new file beside the database, brought up to
    the current schema and given its audit record there, then renamed over the database: a
    crash leaves the old database or the restored one, never something in between. This
    process's other connections to ``db_path`` must be closed first (the window closes its own
    and opens the restored database afresh). ``batal`` is asked at each step up to the
    replacement (:class:`PemulihanDibatalkan`); once the file is being replaced it is too late.
    """
    db_path, sumber = Path(db_path), Path(sumber)
    lapor_asli = kemajuan or (lambda _p, _f: None)
    bisa_batal = batal is not None

    def lapor(pesan: Pesan, fraksi: float) -> None:
        if bisa_batal and batal is not None and batal():
            raise PemulihanDibatalkan(Pesan("Pemulihan dibatalkan; basis data {db} tidak "
                                            "diganti.", db=db_path.name))
        lapor_asli(pesan, fraksi)
    if sumber.resolve() == db_path.resolve():
        raise KesalahanCadangan(Pesan("Berkas cadangan tidak boleh basis data itu sendiri."))
    if AKHIRAN_SEMENTARA in sumber.name:
        raise KesalahanCadangan(Pesan(
            "Berkas {berkas} adalah sisa cadangan yang terhenti sebelum selesai ditulis, "
            "bukan cadangan; basis data tidak diubah. Pilih berkas cadangan berakhiran .db "
            "(berkas sisa ini boleh dihapus).", berkas=sumber.name))
    try:
        kunci = skunci.ambil(db_path)
    except skunci.BasisDataDipakai as e:
        raise KesalahanCadangan(Pesan("Pemulihan dibatalkan: {sebab}",
                                      sebab=pesan_dari(e))) from None
    sementara = db_path.with_name(db_path.name + ".pulih-sementara")
    try:
        lapor(Pesan("Memeriksa berkas cadangan"), 0.0)
        hasil = periksa_cadangan(sumber)
        if not hasil.sehat:
            raise KesalahanCadangan(Pesan(
                "Berkas {berkas} tidak bisa dipakai untuk pemulihan; basis data tidak "
                "diubah.", berkas=sumber.name) + "\n" + hasil.ringkasan(cadangan=True))
        lapor(Pesan("Menyimpan salinan basis data sekarang"), 0.3)
        salinan = _salin_sebelum_pulih(db_path) if db_path.exists() else None
        lapor(Pesan("Menyalin cadangan"), 0.5)
        _siapkan_pengganti(sementara, sumber, pengguna, salinan, hasil.versi_skema,
                           izin.mode_dari(db_path))
        lapor(Pesan("Mengganti basis data"), 0.9)
        bisa_batal = False  # from here the restore completes
        _ganti(db_path, sementara)
        if salinan is not None:
            with sdb.terbuka(db_path, baca_saja=True, migrasi=False) as db:
                simpan = spengaturan.baca(db, spengaturan.JUMLAH_CADANGAN)
            pangkas(db_path, max(simpan, 2))
        lapor(Pesan("Selesai"), 1.0)
        return salinan or db_path
    except (OSError, sqlite3.Error) as e:
        raise KesalahanCadangan(Pesan(
            "Pemulihan dari {berkas} gagal; basis data {db} tidak diganti. {sebab}",
            berkas=sumber.name, db=db_path.name,
            sebab=_sebab(e, sementara if sementara.exists() else db_path))) from e
    finally:
        for sisa in (sementara, Path(str(sementara) + "-wal"), Path(str(sementara) + "-shm"),
                     skunci.berkas_kunci(sementara)):
            sisa.unlink(missing_ok=True)
        skunci.lepas(kunci)


def _siapkan_pengganti(sementara: Path, sumber: Path, pengguna: str | None,
                       salinan: Path | None, versi: int | None, mode: int = izin.BERKAS) -> None:
    """The restored database, complete, under a temporary name: copied with the backup API,
    migrated, with the record of the restore in its audit trail, as one self-contained file
    with permissions ``mode`` (those of the database it replaces)."""
    sementara.unlink(missing_ok=True)
    izin.buat_kosong(sementara, mode)
    asal = sqlite3.connect(f"{sumber.resolve().as_uri()}?mode=ro", uri=True)
    try:
        _salin_api(asal, sementara)
    finally:
        asal.close()
    db = sdb.buka(sementara)
    try:
        audit.tulis(db, [audit.Catatan(
            aksi=jejak.PULIHKAN, pengguna=pengguna,
            keterangan=keterangan_jejak.dipulihkan(sumber, versi, salinan or "-"))])
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute("PRAGMA journal_mode = DELETE")
    finally:
        db.close()
    _fsync(sementara)


def _ganti(db_path: Path, sementara: Path) -> None:
    """Rename ``sementara`` over ``db_path``. The current database's WAL is checkpointed first
    and its side files removed (a stale WAL must never be applied to the new file); a current
    file too damaged to checkpoint is moved aside, not overwritten."""
    if db_path.exists():
        try:
            lama = sqlite3.connect(str(db_path), isolation_level=None)
            try:
                lama.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            finally:
                lama.close()
        except sqlite3.DatabaseError:
            rusak = db_path.with_name(f"{db_path.name}.rusak-{dt.datetime.now():%Y%m%d-%H%M%S}")
            os.replace(db_path, rusak)
    for akhiran in ("-wal", "-shm"):
        Path(str(db_path) + akhiran).unlink(missing_ok=True)
    os.replace(sementara, db_path)
    _fsync(db_path)


class SalinanDibatalkan(KesalahanCadangan):
    """The person cancelled the copy before a left-over journal is applied: the partial copy
    was removed; the database and its ``-wal`` are untouched."""


def amankan_sebelum_wal(db_path: str | Path, kemajuan: Kemajuan | None = None,
                        batal: Callable[[], bool] | None = None) -> Path | None:
    """A copy of the database file as it is, into the rotating set, before SQLite applies the
    write-ahead journal (``-wal``) found beside it when nobody had it open: the journal of a
    program that crashed (applying it is right), or one copied from another computer with an
    older file of the same name (applying it damages the database; this copy keeps the file
    as it was, and the window offers it when the check then fails). The caller holds the
    writer lock. ``kemajuan`` follows the copy (a 100,000-family file takes seconds: see
    ``docs/benchmarks.md``, "Start-up copy before a left-over journal"). Returns the copy;
    ``None`` when it could not be made (a full disk: the database is opened all the same).
    ``batal`` (asked after each piece copied, and during the copy's quick check) stops it with
    :class:`SalinanDibatalkan`: on a slow USB stick the copy takes 10-40 s; the partial copy is
    removed and the database and its journal stay as they are (the caller does not open it
    then)."""
    db_path = Path(db_path)
    lapor = kemajuan or (lambda _p, _f: None)
    dibatalkan = batal or (lambda: False)
    try:
        tujuan = _nama_baru(db_path, SEBELUM_WAL)
        izin.folder(tujuan.parent)
        sementara = tujuan.with_name(tujuan.name + AKHIRAN_SEMENTARA)
        try:
            with _tanda_ditulis(sementara):
                _salin_berkas(db_path, sementara, lambda f: lapor(Pesan("Menyalin basis data"),
                                                                  0.9 * f), dibatalkan)
                # Killed in the middle of a checkpoint, the file needs its journal: such a
                # copy would be a damaged backup, so none is kept.
                lapor(Pesan("Memeriksa salinan"), 0.9)
                # Batal stops the check too (SQLite interrupts it): asked before its result,
                # which an interrupted check spoils.
                hasil = speriksa.periksa_berkas(sementara, cepat=True, batal=dibatalkan)
                if dibatalkan():
                    raise SalinanDibatalkan(Pesan("Penyalinan {nama} dibatalkan.",
                                                  nama=db_path.name))
                if not hasil.sehat:
                    _log.info("Salinan sebelum jurnal WAL tidak utuh tanpa jurnalnya; dibuang")
                    return None
                _fsync(sementara)
                os.replace(sementara, tujuan)
        finally:
            for sisa in (sementara, Path(f"{sementara}-wal"), Path(f"{sementara}-shm")):
                sisa.unlink(missing_ok=True)
    except OSError as e:
        _log.warning("Salinan sebelum jurnal WAL tidak dibuat: %s", e.strerror or e)
        return None
    lapor(Pesan("Selesai"), 1.0)
    _log.info("Jurnal WAL tertinggal ditemukan; salinan basis data dibuat: %s", tujuan.name)
    return tujuan


_POTONGAN_SALIN = 8 * 1024 * 1024


_SETELAH_POTONGAN: Callable[[], None] | None = None
"""Called after each piece :func:`_salin_berkas` copies (tests slow the copy down with it, as a
slow USB stick would)."""


def _salin_berkas(asal: Path, tujuan: Path, kemajuan: Callable[[float], None],
                  batal: Callable[[], bool] = lambda: False) -> None:
    """Copy ``asal`` to ``tujuan`` (which may exist, empty) in pieces, telling the share done;
    ``batal`` is asked after each piece (:class:`SalinanDibatalkan`)."""
    total = max(asal.stat().st_size, 1)
    selesai = 0
    with open(asal, "rb") as masuk, open(tujuan, "wb") as keluar:
        while potong := masuk.read(_POTONGAN_SALIN):
            keluar.write(potong)
            selesai += len(potong)
            kemajuan(min(selesai / total, 1.0))
            if _SETELAH_POTONGAN is not None:
                _SETELAH_POTONGAN()
            if batal():
                raise SalinanDibatalkan(Pesan("Penyalinan {nama} dibatalkan.", nama=asal.name))


def cadangan_sehat_terbaru(db_path: str | Path) -> Cadangan | None:
    """The newest backup of the rotating set that passes the quick check (offered when the
    database is damaged)."""
    for c in daftar(db_path):
        if speriksa.periksa_berkas(c.path, cepat=True).sehat:
            return c
    return None

