"""Opening the database: one SQLite file, WAL journal, foreign keys on, migrations applied."""

from __future__ import annotations

import errno
import functools
import logging
import os
import sqlite3
import stat
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext, suppress
from pathlib import Path
from typing import Any, NoReturn

from sqlite_utils import Database

from kalbar_desktop.domain.pesan import Pesan, pesan_dari
from kalbar_desktop.storage import galat, isi_berkas, izin, migrations
from kalbar_desktop.storage import kunci as skunci


def berkas_pendamping(db_path: str | Path) -> list[Path]:
    """The database file and the files SQLite and the writer lock keep beside it (``-wal``,
    ``-shm``, ``-journal``, the lock file)."""
    p = Path(db_path)
    return [p.with_name(p.name + akhiran) for akhiran in ("", "-wal", "-shm", "-journal")] + [
        skunci.berkas_kunci(p)]


_log = logging.getLogger(__name__)

_PEMERIKSAAN: dict[str, Any] = {}
"""Databases of this process whose quick check is still running (resolved path -> the
``periksa.PemeriksaanTertunda``): every connection opened for writing meanwhile waits for it
too."""
_KUNCI_PEMERIKSAAN = threading.Lock()


def _tanpa_tulis(sql: str) -> bool:
    """True for statements that leave the file as it is (:func:`_hanya_baca`, but not a
    ``PRAGMA`` that checkpoints, optimizes or vacuums)."""
    awal = sql.lstrip()[:7].upper()
    if awal.startswith(("SELECT", "EXPLAIN")):
        return True
    return awal.startswith("PRAGMA") and "=" not in sql and not any(
        kata in sql.upper() for kata in ("CHECKPOINT", "OPTIMIZE", "VACUUM"))


def _hanya_baca(sql: str) -> bool:
    """True for statements that certainly do not write (``SELECT``, ``EXPLAIN``, a ``PRAGMA``
    that sets nothing); anything else waits for a pending health check."""
    awal = sql.lstrip()[:7].upper()
    if awal.startswith(("SELECT", "EXPLAIN")):
        return True
    return awal.startswith("PRAGMA") and "=" not in sql


class BasisData(Database):
    """The open database as other layers see it (they never import sqlite-utils themselves).

    A connection opened for writing holds a share of the writer lock (:mod:`.kunci`) until
    :meth:`close`.
    """

    path: Path | None = None
    baca_saja: bool = False
    alasan_baca_saja: str | None = None
    """Why a window's connection is read-only (another program writes; the file is damaged)."""
    hasil_periksa: object | None = None
    """The quick check run when a window opened the database (``periksa.HasilPeriksa``)."""
    _kunci: str | None = None
    _pemeriksaan: Any = None
    _pemeriksaan_milik: bool = False
    _identitas: tuple[int, int] | None = None
    _identitas_wal: tuple[int, int] | None = None
    """(device, inode) of the ``-wal`` this connection opened beside its file."""
    _contoh: isi_berkas.Contoh | None = None
    """Where to look for bytes another program copied into the file (:mod:`.isi_berkas`)."""
    _isi_ditimpa: bool = False
    """Such bytes were found: the file counts as replaced until :meth:`sambung_ulang`."""
    _ditimpa_karena: str | None = None
    """What :meth:`tandai_ditimpa` was told stands in the file (until :meth:`sambung_ulang`)."""
    jaga_berkas: bool = False
    """Check before every statement that the file is still the one opened (a window's
    connection: a USB stick pulled or a file moved away must not go unnoticed; on Linux the
    open connection would otherwise go on reading and writing a file nobody can see)."""
    saat_terputus: Callable[[BasisDataTerputus], None] | None = None
    """Called (before raising) when :meth:`periksa_berkas` finds the file gone: the window
    shows its one dialog whichever reader met it first."""
    sidik: Any = None
    """Who this database is (``sidik.Sidik``), read by :meth:`ingat_sidik` and, on a guarded
    connection, again after each write transaction: the window reconnects on its own only to
    the same database."""

    def ingat_sidik(self) -> None:
        """Read :attr:`sidik` now (kept as it was when the file cannot be read)."""
        from kalbar_desktop.storage import sidik as ssidik

        panggil, self.saat_terputus = self.saat_terputus, None
        try:
            self.sidik = ssidik.baca(self)
        except (sqlite3.Error, KesalahanPenyimpanan) as e:
            _log.info("Sidik basis data tidak terbaca: %s", e)
        finally:
            self.saat_terputus = panggil

    # -- the file is still there ---------------------------------------------------------------
    def periksa_berkas(self, isi: bool = False) -> None:
        """Raise :class:`BasisDataTerputus` when the database file cannot be read any more: its
        folder or the file is gone (a pulled USB stick, a moved folder), access is refused,
        another file took its name, or (``isi``) it no longer starts like an SQLite file."""
        if self.path is None:
            return
        path = Path(self.path)
        sebab = _sebab_terputus(path, self._identitas, isi, self._ditimpa)
        if sebab is None:
            return
        if self._ditimpa_karena is not None and sebab == _berkas_lain(path):
            self._lapor_terputus(BasisDataTerputus.berkas_lain(path, self._ditimpa_karena))
        self._lapor_terputus(BasisDataTerputus.untuk(path, sebab))

    def _ditimpa(self, st: os.stat_result, isi: bool) -> bool:
        """Another program copied its bytes into the file (the same inode; see
        :mod:`.isi_berkas`)."""
        if not self._isi_ditimpa and self._contoh is not None:
            kunci = self._kunci
            # The bytes themselves are read when size and times changed, and always before a
            # commit: one that checkpoints would write the journal into another file's bytes.
            self._isi_ditimpa = self._contoh.ditimpa(
                st, isi and self.conn.in_transaction,
                lambda: skunci.jumlah_pegangan(kunci) if kunci is not None else 0)
        return self._isi_ditimpa

    def tandai_ditimpa(self, beda: str) -> None:
        """Another database's bytes stand in the file (``beda``: how it differs, from
        :func:`kalbar_desktop.storage.sidik.beda_berkas`; found from outside this connection by
        a read-only window, :mod:`kalbar_desktop.ui.penimpaan`): every statement is refused
        with :meth:`BasisDataTerputus.berkas_lain` (:meth:`periksa_berkas`) until the file is
        opened anew (:meth:`sambung_lagi`, which then lets go of the old file's journal)."""
        self._isi_ditimpa = True
        self._ditimpa_karena = beda

    def _catat_isi(self) -> None:
        """After a write of this connection (a commit may checkpoint the journal into the
        file): record the file as it is (:meth:`isi_berkas.Contoh.catat`)."""
        if self._contoh is not None and self._kunci is not None:
            self._contoh.catat()

    def _mulai_catat_isi(self) -> None:
        """At open: where the sample lies, and the file as it is now."""
        self._isi_ditimpa = False
        self._ditimpa_karena = None
        if self.path is None or self.baca_saja:
            self._contoh = None
            return
        try:
            self._contoh = isi_berkas.Contoh.untuk(self, Path(self.path))
        except sqlite3.DatabaseError:  # an unreadable schema: the health check says so
            self._contoh = None
        self._catat_isi()

    def _lapor_terputus(self, galat_: BasisDataTerputus,
                        sebab: BaseException | None = None) -> NoReturn:
        """Tell the window (:attr:`saat_terputus`), then raise ``galat_``."""
        panggil = self.saat_terputus
        if panggil is not None:
            try:
                panggil(galat_)
            except Exception:  # the window's notice must not hide the error itself
                _log.exception("Pemberitahuan basis data terputus gagal")
        raise galat_ from sebab

    def sambung_lagi(self) -> None:
        """After the file went away ("Coba lagi"): make the connection read the file at
        :attr:`path` again. Keeps the connection when the same file is back (a folder renamed
        back) and it answers; otherwise opens the file anew (:meth:`sambung_ulang`: a stick
        plugged in again, where the old handle is dead even when the file looks the same).
        Raises :class:`BasisDataTerputus` while the file is still not there or not a
        database; the window's notice is not called for this check."""
        panggil, self.saat_terputus = self.saat_terputus, None
        try:
            try:
                self.periksa_berkas(isi=True)
                self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return
            except (BasisDataTerputus, sqlite3.DatabaseError):
                pass
            self.sambung_ulang()
        finally:
            self.saat_terputus = panggil

    def sambung_ulang(self) -> None:
        """Open the file at :attr:`path` again on this same object (after the USB stick came
        back: the old connection may still point to the file as it was when pulled). Raises
        :class:`BasisDataTerputus` (or another :class:`KesalahanPenyimpanan`) when it cannot;
        the old connection is then kept."""
        assert self.path is not None
        path = Path(self.path)
        sebab = _sebab_terputus(path, None, isi=True)  # any file will do, if it is a database
        if sebab is not None:
            raise BasisDataTerputus.untuk(path, sebab)
        self.lepas_berkas_diganti()
        baru = _buka_sambungan(path, self.baca_saja, migrasi=False)
        lama, self.conn = self.conn, baru.conn
        with suppress(sqlite3.Error):
            lama.close()
        self._identitas = _identitas(path)
        self._identitas_wal = _identitas(_wal(path))
        if self._pemeriksaan is not None:
            self.conn.execute("PRAGMA query_only = ON")
        if self._kunci is not None and skunci.jumlah_pegangan(self._kunci) == 1:
            # The lock file may be the one of the stick as it was: take it again on the file
            # that is there now.
            skunci.lepas(self._kunci)
            self._kunci = None
            try:
                self._kunci = skunci.ambil(path)
            except skunci.BasisDataDipakai as e:
                raise BasisDataDipakai(pesan_dari(e)) from None
        self._mulai_catat_isi()
        _log.info("Basis data disambung ulang: %s", path.name)

    def lepas_berkas_diganti(self) -> Path | None:
        """Let go of the file when another one took its name while this connection still holds
        the old file's journal beside it (a backup put over the open database by hand, with
        ``cp --remove-destination``, ``mv`` or a file manager; on Linux the open file lives on
        unseen). SQLite does not remove a journal whose database moved, and any connection
        opened on the new file would apply that journal to it (a mixture of two databases; the
        next checkpoint writes it into the new file): the connection is closed and the old
        journal (``-wal``, ``-shm``) is moved aside as ``<name>-wal.terlepas-<time>``. Returns
        where the journal went (``None``: nothing to do). The connection is unusable
        afterwards until :meth:`sambung_ulang`; :meth:`periksa_berkas` refuses every statement
        meanwhile (the file's identity changed)."""
        if self.path is None or self._identitas is None or self._identitas_wal is None:
            return None
        path = Path(self.path)
        kini = _identitas(path)
        if kini is None or (kini == self._identitas and not self._isi_ditimpa) or \
                _identitas(_wal(path)) != self._identitas_wal:
            return None
        with _penahan(path) if kini == self._identitas else nullcontext():
            with suppress(sqlite3.Error):
                self.conn.close()
            self._identitas_wal = None
            if _identitas(_wal(path)) is None:  # removed by SQLite after all
                return None
            cap = time.strftime("%Y%m%d-%H%M%S")
            tujuan = path.with_name(f"{path.name}-wal.terlepas-{cap}")
            try:
                os.replace(_wal(path), tujuan)
                with suppress(FileNotFoundError):
                    os.replace(f"{path}-shm", path.with_name(f"{path.name}-shm.terlepas-{cap}"))
            except OSError as e:
                _log.warning("Jurnal lama %s tidak bisa dipindahkan: %s", _wal(path), e)
                return None
        _log.warning("Berkas basis data %s diganti saat terbuka; jurnal lamanya dipindah ke %s",
                     path, tujuan.name)
        return tujuan

    # -- writes wait for the quick health check ------------------------------------------------
    def tahan_tulis_sampai_diperiksa(self, pemeriksaan: Any) -> None:
        """Refuse writes through this connection until ``pemeriksaan`` (a
        ``periksa.PemeriksaanTertunda``) has found the database sound.

        SQLite itself refuses them meanwhile (``PRAGMA query_only``); a write through
        :meth:`execute` or :meth:`atomic` first waits for the check (running it here when nobody
        started it), then goes ahead, or raises :class:`BasisDataRusak` when the check failed.
        Every other connection this process opens for writing meanwhile waits for the same check.
        """
        self.conn.execute("PRAGMA query_only = ON")
        self._pemeriksaan = pemeriksaan
        if self.path is not None:
            with _KUNCI_PEMERIKSAAN:
                _PEMERIKSAAN[str(Path(self.path).resolve())] = pemeriksaan
            self._pemeriksaan_milik = True

    @property
    def pemeriksaan_tertunda(self) -> Any:
        """The pending health check writes wait for (``None`` once writes are allowed)."""
        return self._pemeriksaan

    def izinkan_tulis(self) -> None:
        """Wait for a pending health check; then writes go ahead, or :class:`BasisDataRusak`
        when the database failed it (nothing has been written)."""
        pemeriksaan = self._pemeriksaan
        if pemeriksaan is None:
            return
        mulai = time.perf_counter()
        hasil = pemeriksaan.tunggu()
        tunggu = time.perf_counter() - mulai
        if tunggu > 0.05:
            _log.info("Penulisan menunggu pemeriksaan kesehatan %.2f s", tunggu)
        if not hasil.sehat:
            raise BasisDataRusak(Pesan(
                "Basis data {nama} gagal pemeriksaan kesehatan; aplikasi tidak menulis ke "
                "dalamnya agar kerusakan tidak bertambah. Pulihkan dari cadangan yang sehat."
                "\n\n{ringkasan}", nama=Path(self.path or "").name, ringkasan=hasil.ringkasan()))
        self.conn.execute("PRAGMA query_only = OFF")
        self._pemeriksaan = None
        self.hasil_periksa = hasil
        self._lepas_pemeriksaan(pemeriksaan)

    def _lepas_pemeriksaan(self, pemeriksaan: Any) -> None:
        if not self._pemeriksaan_milik or self.path is None:
            return
        self._pemeriksaan_milik = False
        with _KUNCI_PEMERIKSAAN:
            kunci = str(Path(self.path).resolve())
            if _PEMERIKSAAN.get(kunci) is pemeriksaan:
                del _PEMERIKSAAN[kunci]

    def atomic(self):
        """A transaction (savepoint when nested); waits for a pending health check first. With
        :attr:`jaga_berkas` the file is checked before the transaction and again before it
        commits: gone meanwhile, the transaction rolls back with :class:`BasisDataTerputus`."""
        if self.jaga_berkas:
            self.periksa_berkas(isi=True)
        self.izinkan_tulis()
        if not self.jaga_berkas:
            return self._atomic_dicatat()
        return self._atomic_dijaga()

    @contextmanager
    def _atomic_dicatat(self) -> Iterator[BasisData]:
        menulis, luar = None, not self.conn.in_transaction
        try:
            with super().atomic():
                yield self
                menulis = self._mulai_menulis(luar)  # the commit may checkpoint
            if not self.conn.in_transaction:  # committed, perhaps into the file: as it is now
                self._catat_isi()
        finally:
            if menulis is not None:
                menulis.selesai_menulis()

    @contextmanager
    def _atomic_dijaga(self) -> Iterator[BasisData]:
        menulis, luar = None, not self.conn.in_transaction
        try:
            with super().atomic():
                yield self
                # A long transaction (an import, "approve all") may outlive the file: on Linux
                # it would commit into a file nobody can see any more (a pulled stick, a
                # renamed folder), or into another file's bytes copied over it. Raised inside
                # the block, so the transaction rolls back.
                self.periksa_berkas(isi=True)
                menulis = self._mulai_menulis(luar)
            if not self.conn.in_transaction:  # committed: the latest audit row is known
                self._catat_isi()
                self.ingat_sidik()
        finally:
            if menulis is not None:
                menulis.selesai_menulis()

    def _mulai_menulis(self, luar: bool) -> isi_berkas.Contoh | None:
        """Before a commit of this writer (or a statement outside a transaction): marked for
        the guard of this process's other connections until the file is recorded
        (:meth:`isi_berkas.Contoh.mulai_menulis`). Returns what to call ``selesai_menulis`` on
        afterwards (``None``: nothing marked; ``luar`` false, a savepoint; a read-only
        connection)."""
        contoh = self._contoh
        if contoh is None or self._kunci is None or not luar:
            return None
        contoh.mulai_menulis()
        return contoh

    def execute(self, sql: str, parameters: Sequence | dict[str, Any] | None = None
                ) -> sqlite3.Cursor:
        if self.jaga_berkas:
            self.periksa_berkas()
        if self._pemeriksaan is not None and not _hanya_baca(sql):
            self.izinkan_tulis()
        try:
            if self.conn.in_transaction or _tanpa_tulis(sql):
                return super().execute(sql, parameters)
            menulis = self._contoh if self._kunci is not None else None
            if menulis is not None:  # it commits at once, perhaps into the file
                menulis.mulai_menulis()
            try:
                hasil = super().execute(sql, parameters)
                if not self.conn.in_transaction:
                    self._catat_isi()
            finally:
                if menulis is not None:
                    menulis.selesai_menulis()
            return hasil
        except sqlite3.DatabaseError as e:
            if self.jaga_berkas and _galat_berkas(e):
                # A read error on a file that opened fine: is it still there?
                self.periksa_berkas(isi=True)
                kode = getattr(e, "sqlite_errorname", "") or ""
                if kode.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")):
                    # The file looks the same but the handle to it broke (a stick pulled and
                    # plugged in again on Windows): the same way back, "Coba lagi".
                    self._lapor_terputus(BasisDataTerputus.untuk(
                        Path(self.path or ""),
                        Pesan("kesalahan baca/tulis disk ({galat})", galat=str(e))), e)
            raise

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self._pemeriksaan is not None:
                self._lepas_pemeriksaan(self._pemeriksaan)
            kunci, self._kunci = self._kunci, None
            if kunci is not None:
                skunci.lepas(kunci)


class KesalahanPenyimpanan(Exception):
    """A storage problem caused by the environment (file, disk, lock), not by a bug."""


class BasisDataTidakBisaDibuka(KesalahanPenyimpanan):
    """The file is missing, not a SQLite database, damaged or from a newer version."""


class BasisDataHanyaBaca(BasisDataTidakBisaDibuka):
    """The database file or its folder cannot be written (a CD, a shared folder with read
    rights only, a file marked read-only): it can still be opened read-only."""


class BasisDataSibuk(KesalahanPenyimpanan):
    """Another program holds the write lock for too long."""


class BasisDataRusak(KesalahanPenyimpanan):
    """The database failed its health check: nothing is written to it."""


class KesalahanLingkungan(KesalahanPenyimpanan):
    """The disk is full, a file is locked or read-only, a USB stick was pulled: the message
    (Indonesian, from :mod:`.galat`) says which file and what to do. A transaction it broke was
    rolled back."""


def lingkungan(e: BaseException, berkas: str | Path | None = None,
               db: str | Path | None = None) -> KesalahanLingkungan | None:
    """``e`` as a :class:`KesalahanLingkungan` when the environment caused it (disk full,
    access denied, device gone...), else ``None`` (a program error, to be raised as it is)."""
    if isinstance(e, KesalahanPenyimpanan):
        return None
    teks = galat.pesan(e, berkas, db)
    if teks is None:
        return None
    hasil = KesalahanLingkungan(teks)
    hasil.__cause__ = e
    return hasil


def terjemahkan_galat(fungsi: Callable) -> Callable:
    """Decorator for storage functions taking the database first: an environment error while
    they write (disk full, read-only file, device gone) is raised as :class:`KesalahanLingkungan`
    naming the database, instead of SQLite's English message."""
    @functools.wraps(fungsi)
    def pembungkus(db, *args, **kwargs):
        try:
            return fungsi(db, *args, **kwargs)
        except Exception as e:
            k = lingkungan(e, db=getattr(db, "path", None))
            if k is None:
                raise
            raise k from e

    return pembungkus


class BasisDataTerputus(KesalahanLingkungan):
    """The open database file cannot be read any more (USB stick pulled, folder moved or
    renamed, file removed, replaced or overwritten, access taken away). Nothing was written;
    the window keeps what was typed and offers to try again once the file is back."""

    path: Path | None = None

    @classmethod
    def untuk(cls, path: Path, sebab: str | BaseException) -> BasisDataTerputus:
        """The error for ``path`` with ``sebab`` (what was found: Indonesian, a ``Pesan``, or
        an error whose message it is)."""
        e = cls(Pesan("Berkas basis data {path} tidak bisa dibaca lagi: {sebab}. Flashdisk atau "
                      "folder jaringan tempatnya mungkin sudah dilepas, atau berkas atau "
                      "foldernya dipindah, diganti namanya atau ditimpa. Tidak ada yang ditulis "
                      "ke basis data. Pasang lagi flashdisk-nya (atau kembalikan berkasnya) lalu "
                      "pilih Coba lagi.", path=str(path),
                      sebab=pesan_dari(sebab) if isinstance(sebab, BaseException) else sebab))
        e.path = path
        return e

    @classmethod
    def berkas_lain(cls, path: Path, beda: str) -> BasisDataTerputus:
        """The error for a database file at ``path`` that is not the one opened (``beda``: how
        it differs, from :func:`kalbar_desktop.storage.sidik.bedanya`)."""
        e = cls(Pesan("Di tempat berkas basis data {path} sekarang ada basis data yang bukan "
                      "yang tadi dibuka: {sebab}. Tidak ada yang ditulis ke basis data mana "
                      "pun.", path=str(path), sebab=beda))
        e.path = path
        return e


_KEPALA_SQLITE = b"SQLite format 3\x00"


def periksa_ada(path: Path) -> None:
    """Raise :class:`BasisDataTerputus` unless a non-empty file that starts like an SQLite
    database stands at ``path`` (a stick plugged in again, a file put back)."""
    sebab = _sebab_terputus(path, None, isi=True)
    if sebab is None:
        with suppress(OSError):
            if path.stat().st_size == 0:
                sebab = Pesan("berkasnya kosong (terpotong)")
    if sebab is not None:
        raise BasisDataTerputus.untuk(path, sebab)


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _identitas(path: Path) -> tuple[int, int] | None:
    """(device, inode) of ``path``; ``None`` when unknown (a network share gives inode 0)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if st.st_ino else None


def _sebab_terputus(path: Path, identitas: tuple[int, int] | None, isi: bool,
                    ditimpa: Callable[[os.stat_result, bool], bool] | None = None) -> str | None:
    """Why ``path`` is no longer the database opened (Indonesian), ``None`` when it is.
    ``ditimpa``: whether another program wrote its bytes into the same file."""
    try:
        st = path.stat()
    except FileNotFoundError:
        if not path.parent.is_dir():
            return Pesan("folder {folder} tidak ada lagi", folder=str(path.parent))
        return Pesan("berkas {nama} tidak ada lagi di folder {folder}", nama=path.name,
                     folder=str(path.parent))
    except PermissionError:
        return Pesan("akses ke {path} ditolak", path=str(path))
    except OSError as e:
        return Pesan("kesalahan baca disk ({galat})", galat=str(e.strerror or e))
    if identitas is not None and st.st_ino and (st.st_dev, st.st_ino) != identitas:
        return _berkas_lain(path)
    ditimpa_ = ditimpa is not None and ditimpa(st, isi)
    if not isi and not ditimpa_:
        return None
    try:
        with open(path, "rb") as f:
            kepala = f.read(len(_KEPALA_SQLITE))
    except PermissionError:
        return Pesan("akses ke {path} ditolak", path=str(path))
    except OSError as e:
        return Pesan("kesalahan baca disk ({galat})", galat=str(e.strerror or e))
    if kepala and kepala != _KEPALA_SQLITE:
        return Pesan("isinya bukan basis data lagi (berkas ditimpa)")
    if not kepala and st.st_size == 0 and identitas is not None:
        return Pesan("berkasnya kosong (terpotong)")
    return _berkas_lain(path) if ditimpa_ else None


def _berkas_lain(path: Path) -> Pesan:
    """The reason given when another file's bytes stand at ``path`` (made only then: the
    check runs before every statement of a guarded connection)."""
    return Pesan("berkas lain sekarang memakai nama {nama} (berkas aslinya ditimpa, "
                 "dipindah atau diganti)", nama=path.name)


@contextmanager
def _penahan(path: Path) -> Iterator[None]:
    """A read-only connection in a read transaction on ``path`` while the block runs: closing
    the last connection that wrote would otherwise checkpoint its journal into the file, and
    SQLite does not know that another program's bytes now fill that file (the same inode)."""
    conn = None
    try:
        conn = _sambung(path, baca_saja=True)
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as e:  # the shared lock is taken before the read that failed
        _log.info("Penahan jurnal %s: %s", path.name, e)
    try:
        yield
    finally:
        if conn is not None:
            conn.close()


def _galat_berkas(e: sqlite3.DatabaseError) -> bool:
    """An SQLite error that a file gone bad causes (not a wrong statement)."""
    kode = getattr(e, "sqlite_errorname", "") or ""
    return kode.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_NOTADB",
                            "SQLITE_CORRUPT", "SQLITE_READONLY_DBMOVED"))


class BasisDataDipakai(KesalahanPenyimpanan, skunci.BasisDataDipakai):
    """Another program (another window, a command) is writing to this database: open it
    read-only, or wait until that program is closed."""


def _bisa_ditulis(path: Path) -> bool:
    """False for a file marked read-only (checked by its mode too: an administrator's
    ``os.access`` says yes to everything)."""
    try:
        return os.access(path, os.W_OK) and bool(path.stat().st_mode & stat.S_IWUSR)
    except OSError:
        return True  # let SQLite say what is wrong


def _sambung(path: Path, baca_saja: bool, tetap: bool = False) -> sqlite3.Connection:
    if baca_saja:
        uri = f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if tetap else "")
        return sqlite3.connect(uri, uri=True, isolation_level=None, timeout=10)
    return sqlite3.connect(str(path), isolation_level=None, timeout=10)


def migrasi_tertunda(path: str | Path) -> list[str]:
    """Migrations that opening the existing database at ``path`` would apply (read-only look,
    no lock; ``[]`` for a missing or new file, which is set up in an instant). An upgrade of a
    big database can take a minute: the window and the console say so first."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return []
    try:
        conn = _sambung(path, baca_saja=True)
    except sqlite3.DatabaseError:
        return []
    try:
        db = Database(conn, execute_plugins=False)
        if migrations.versi_terpasang(db) == 0:
            return []
        return migrations.tertunda(db)
    except sqlite3.DatabaseError:
        return []
    finally:
        conn.close()


def buka(path: str | Path, *, baca_saja: bool = False, migrasi: bool = True,
         kemajuan: migrations.Kemajuan | None = None,
         batal: Callable[[], bool] | None = None, jaga_berkas: bool = False) -> BasisData:
    """Open (creating when needed) the database at ``path`` and bring its schema up to date.

    ``jaga_berkas``: the connection checks that its file is still there before each statement
    and before each commit (:attr:`BasisData.jaga_berkas`): a window's background work, so that
    a stick pulled while it runs stops it with :class:`BasisDataTerputus` (rolled back).

    ``kemajuan`` and ``batal`` follow a schema upgrade (:func:`migrations.terapkan`): a
    cancelled upgrade raises :class:`migrations.MigrasiDibatalkan` and leaves the file as it
    was before the migration that was running.

    The connection runs in autocommit mode: every write happens inside ``db.atomic()``.
    Opening for writing takes the writer lock (one writing program at a time): raises
    :class:`BasisDataDipakai` when another program holds it. Raises
    :class:`BasisDataTidakBisaDibuka` with an Indonesian message when the file is not a
    usable Kalbar Desktop database.
    """
    path = Path(path)
    if not path.parent.is_dir():
        # Never created here: the folder of a remembered database on a USB stick that was
        # pulled would otherwise come back empty, with an empty database in it.
        raise BasisDataTidakBisaDibuka(Pesan(
            "Folder {folder} tidak ada, jadi basis data {db} tidak bisa dibuka: flashdisk atau "
            "drive jaringan tempatnya mungkin sudah dilepas, atau folder itu dipindah atau "
            "diganti namanya. Pasang lagi flashdisk-nya, atau buka basis data lain.",
            folder=str(path.parent), db=path.name))
    if baca_saja and not path.exists():
        raise BasisDataTidakBisaDibuka(Pesan("Berkas basis data tidak ditemukan: {path}",
                                             path=str(path)))
    kunci = None
    if not baca_saja:
        if path.exists() and not _bisa_ditulis(path):
            raise BasisDataHanyaBaca(Pesan(
                "Berkas basis data {path} hanya boleh dibaca (tanda Read-only, atau tanpa izin "
                "tulis), jadi tidak ada yang bisa disimpan ke dalamnya. Untuk bekerja, salin ke "
                "folder Anda sendiri lalu buka salinannya, atau hilangkan tanda Read-only-nya.",
                path=str(path)))
        try:
            kunci = skunci.ambil(path)
        except skunci.BasisDataDipakai as e:
            raise BasisDataDipakai(pesan_dari(e)) from None
        except OSError as e:
            if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise BasisDataHanyaBaca(Pesan(
                    "Folder {folder} hanya boleh dibaca (CD, folder bersama tanpa izin "
                    "tulis), jadi basis data {db} tidak bisa diubah di sana. Untuk "
                    "bekerja, salin ke folder Anda sendiri lalu buka salinannya.",
                    folder=path.parent, db=path.name)) from e
            raise BasisDataTidakBisaDibuka(Pesan(
                "Basis data {db} tidak bisa dibuka untuk menulis. {sebab}", db=path.name,
                sebab=galat.pesan_os(e, path.parent))) from e
    try:
        if kunci is not None:
            # A new database is its owner's only (0600), and so are the -wal and -shm SQLite
            # makes with the file's mode; one opened from elsewhere keeps the mode it has.
            izin.buat_kosong(path)
        if kunci is not None and skunci.jumlah_pegangan(kunci) == 1 and not _tanpa_wal(path):
            # Nobody has the database open, yet a journal waits beside it: left by a crash, or
            # copied from another computer. SQLite applies it now; keep the file as it is
            # first, so that a journal that does not belong to it loses nothing.
            from kalbar_desktop.storage import cadangan

            cadangan.amankan_sebelum_wal(path)
        db = _buka_sambungan(path, baca_saja, migrasi, kemajuan, batal)
    except BaseException:
        if kunci is not None:
            skunci.lepas(kunci)
        raise
    db._kunci = kunci
    db._identitas = _identitas(path)
    db._identitas_wal = _identitas(_wal(path))
    db._mulai_catat_isi()
    db.jaga_berkas = jaga_berkas
    if not baca_saja:
        with _KUNCI_PEMERIKSAAN:
            pemeriksaan = _PEMERIKSAAN.get(str(path.resolve()))
        if pemeriksaan is not None:
            db.conn.execute("PRAGMA query_only = ON")
            db._pemeriksaan = pemeriksaan
    return db


def _buka_sambungan(path: Path, baca_saja: bool, migrasi: bool,
                    kemajuan: migrations.Kemajuan | None = None,
                    batal: Callable[[], bool] | None = None) -> BasisData:
    conn = None
    try:
        try:
            conn = _sambung(path, baca_saja)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 10000")
            if not baca_saja:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as e:
            if not (baca_saja and _tanpa_wal(path) and getattr(e, "sqlite_errorname", "")
                    .startswith(("SQLITE_CANTOPEN", "SQLITE_READONLY"))):
                raise
            # A WAL database in a read-only folder (a CD, a shared folder): SQLite cannot make
            # its shared-memory file there. Nothing can write to it from here, and no journal
            # waits beside it, so it is read as an unchanging file.
            if conn is not None:
                conn.close()
            conn = _sambung(path, baca_saja, tetap=True)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as e:
        if conn is not None:
            conn.close()
        kode = getattr(e, "sqlite_errorname", "") or ""
        if kode in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or not galat.dikenali(e):
            raise BasisDataTidakBisaDibuka(Pesan(
                "Berkas {berkas} bukan basis data Kalbar Desktop yang bisa dibuka ({sebab})",
                berkas=path.name, sebab=galat.sebab_sqlite(e))) from e
        # The file may be fine: the disk is full, read-only or gone (a pulled USB stick).
        raise BasisDataTidakBisaDibuka(galat.pesan(e, db=path) or str(e)) from e
    db = BasisData(conn, execute_plugins=False)
    db.path = path
    db.baca_saja = baca_saja
    try:
        versi = migrations.versi_terpasang(db)
        if versi > migrations.versi_terbaru():
            raise BasisDataTidakBisaDibuka(Pesan(
                "Basis data {db} dibuat oleh versi aplikasi yang lebih baru (skema {versi}, "
                "aplikasi ini mengenal sampai {terbaru}). Perbarui Kalbar Desktop.",
                db=path.name, versi=versi, terbaru=migrations.versi_terbaru()))
        if migrasi and not baca_saja:
            migrations.terapkan(db, kemajuan=kemajuan, batal=batal)
    except sqlite3.DatabaseError as e:
        conn.close()
        kode = getattr(e, "sqlite_errorname", "") or ""
        if kode not in ("SQLITE_CORRUPT", "SQLITE_NOTADB") and galat.dikenali(e):
            # A full disk (or temporary folder) while upgrading is no damage to the file.
            raise BasisDataTidakBisaDibuka(galat.pesan(e, db=path) or str(e)) from e
        raise BasisDataTidakBisaDibuka(Pesan(
            "Basis data {db} rusak atau tidak dikenal ({sebab})", db=path.name,
            sebab=str(e))) from e
    except BaseException:
        conn.close()
        raise
    return db


def ada_jurnal_tertinggal(path: str | Path) -> bool:
    """A non-empty ``-wal`` waits beside the database file ``path`` (a crash, or a journal
    copied from another computer): the first writer of a process copies the file before SQLite
    applies it (:func:`kalbar_desktop.storage.cadangan.amankan_sebelum_wal`; seconds on a big
    file, so the window says so first)."""
    path = Path(path)
    return path.is_file() and not _tanpa_wal(path)


def _tanpa_wal(path: Path) -> bool:
    """No write-ahead log with content waits beside ``path``."""
    try:
        return Path(f"{path}-wal").stat().st_size == 0
    except FileNotFoundError:
        return True
    except OSError:
        return False


@contextmanager
def terbuka(path: str | Path, **kwargs) -> Iterator[BasisData]:
    """Context manager around :func:`buka` that closes the connection."""
    db = buka(path, **kwargs)
    try:
        yield db
    finally:
        db.close()


@contextmanager
def tangkap_kerusakan() -> Iterator[None]:
    """Report a damaged page met while reading (``database disk image is malformed``) as
    :class:`BasisDataRusak`, so that the window can show what it can read."""
    try:
        yield
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as e:
        raise BasisDataRusak(Pesan("Sebagian basis data tidak bisa dibaca (rusak): {galat}",
                                   galat=str(e))) from e


def transaksi(db: Database):
    """A transaction for work that spans several storage calls (savepoint when nested)."""
    return db.atomic()


def versi_sqlite() -> str:
    """The version of the SQLite library in use (shown in Help > About for support calls)."""
    return sqlite3.sqlite_version
