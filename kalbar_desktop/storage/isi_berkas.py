"""Has something other than SQLite written into the open database file? A file copied *over*
the open database (plain ``cp cadangan.db kab.db``, a copy program that truncates and rewrites)
keeps the device and inode the guard compares, and its header is an SQLite header too.

This process's connections record, after each of their writes (a commit may checkpoint the
journal into the file), the file's size and times and a sample of its bytes: the header, and
the pages of the audit seal and of the database's id (:data:`TABEL_CONTOH`; one changes with
every audited write, the other tells databases apart). The guard compares the size and times it
reads anyway before each statement with the record; only when they differ does it read the
sample (and before each commit it always does). Bytes that differ while the
connection asking is this process's only writer (it holds the writer lock, so no other program
may write) were written by someone else. So were they with other writers in this process (a
background import), when none of them committed meanwhile: each marks its commits
(:meth:`Contoh.mulai_menulis`), the only moments it may write into the file (a checkpoint; in WAL
mode a transaction writes only into the journal). A change seen while one of them commits is
taken as theirs; on a read-only connection (another program writes) every change is: the guard
cannot tell, and says nothing.
"""

from __future__ import annotations

import os
import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

TABEL_CONTOH = ("audit_segel", "identitas_basis_data")
"""Tables of one page whose page, read from the file, joins the header in the sample."""
_KEPALA = 100

Tanda = tuple[int, int, int]
"""Size, modification and change time (ns) of the file."""
Ringkasan = tuple[int, int, int]
"""CRC-32, Adler-32 and length of the sample (kept per file, not the bytes)."""


@dataclass(frozen=True)
class Catatan:
    """The file as this process's connections last left it."""

    tanda: Tanda
    contoh: Ringkasan


_CATATAN: dict[str, Catatan] = {}
_MENULIS: dict[str, tuple[int, int]] = {}
"""Per file: how many of this process's connections are committing now, and how many commits
began so far (to tell whether one began while the sample was read)."""
_KUNCI = threading.Lock()


def tanda(st: os.stat_result) -> Tanda:
    """What :class:`Catatan` keeps of a ``stat``."""
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns)


@dataclass
class Contoh:
    """Where a connection's sample lies in its file (read once at open)."""

    path: Path
    kunci: str
    ukuran_halaman: int
    halaman: tuple[int, ...]

    @classmethod
    def untuk(cls, db: Database, path: Path) -> Contoh:
        """The sample of ``db``'s file at ``path``."""
        ukuran = int(db.conn.execute("PRAGMA page_size").fetchone()[0])
        tanya = ", ".join("?" * len(TABEL_CONTOH))
        halaman = tuple(sorted(int(r[0]) for r in db.conn.execute(
            f"SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name IN ({tanya})",
            TABEL_CONTOH) if r[0]))
        return cls(path, str(path.resolve()), ukuran, halaman)

    def baca(self) -> Ringkasan:
        """Checksums of the header and the sample pages as the file holds them now."""
        fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            bagian = [os.read(fd, _KEPALA)]
            for nomor in self.halaman:
                os.lseek(fd, (nomor - 1) * self.ukuran_halaman, os.SEEK_SET)
                bagian.append(os.read(fd, self.ukuran_halaman))
        finally:
            os.close(fd)
        isi = b"".join(bagian)
        return (zlib.crc32(isi), zlib.adler32(isi), len(isi))

    def catat(self) -> None:
        """After this process wrote to the file: it is as it should be now."""
        try:
            st = os.stat(self.path)
            contoh = self.baca()
        except OSError:
            return  # gone: the guard says so before the next statement
        with _KUNCI:
            _CATATAN[self.kunci] = Catatan(tanda(st), contoh)

    def mulai_menulis(self) -> None:
        """Before a statement or commit of this process that may write into the file (a
        checkpoint): until :meth:`selesai_menulis` (after the file is recorded, :meth:`catat`),
        what another connection of this process sees change is this one's doing."""
        with _KUNCI:
            sibuk, mulai = _MENULIS.get(self.kunci, (0, 0))
            _MENULIS[self.kunci] = (sibuk + 1, mulai + 1)

    def selesai_menulis(self) -> None:
        """After :meth:`mulai_menulis`'s statement or commit, whatever its outcome."""
        with _KUNCI:
            sibuk, mulai = _MENULIS[self.kunci]
            _MENULIS[self.kunci] = (sibuk - 1, mulai)

    def ditimpa(self, st: os.stat_result, isi: bool, penulis: Callable[[], int]) -> bool:
        """Whether the file (``st``: its ``stat`` now) holds bytes this process did not write.
        ``isi``: read the sample even when size and times are as recorded (before a commit).
        ``penulis``: how many of this process's connections hold the writer lock, the asking
        one included (0: it reads only)."""
        dikenal = _CATATAN.get(self.kunci)  # one dict lookup: atomic, no lock needed to read
        if dikenal is None:
            return False
        if not isi and tanda(st) == dikenal.tanda:
            return False
        jumlah = penulis()
        if jumlah == 0 or (tanda(st) == dikenal.tanda and jumlah > 1):
            return False
        with _KUNCI:
            sebelum = _MENULIS.get(self.kunci, (0, 0))
        try:
            contoh = self.baca()
        except OSError:
            return False  # unreadable: the guard's own checks say why
        with _KUNCI:
            dikenal = _CATATAN.get(self.kunci, dikenal)  # another writer's commit recorded
            tenang = sebelum[0] == 0 and _MENULIS.get(self.kunci, (0, 0)) == sebelum
            if contoh != dikenal.contoh and (jumlah == 1 or tenang):
                return True
            # times that lagged, or another writer's commit still under way
            _CATATAN[self.kunci] = Catatan(tanda(st), contoh)
        return False
