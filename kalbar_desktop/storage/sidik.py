"""Which database a file holds: enough to tell, when a USB stick comes back, whether the file
at the old path is the database the window had open (the same one, perhaps with entries made
meanwhile on another computer) or another one (another office's database, an older copy such
as a backup restored by hand).

Each database carries a random id made when it was created (or upgraded to schema 0011:
``identitas_basis_data``): every copy of one database (a backup too) has it, a database made
apart has another, even when both were made the same way. The audit trail is append-only and
hash-chained (:mod:`.audit`): the latest row the window knew must still be there in the same
database, and is missing in an older copy; its first row tells databases of schemas before the
id apart.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from kalbar_desktop.domain.pesan import Pesan
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import migrations


@dataclass(frozen=True)
class Sidik:
    """What identifies an open database."""

    versi: int
    """The schema version (``PRAGMA user_version``)."""
    identitas: str | None
    """The database's own random id (``None``: a schema before 0011, or the row is gone)."""
    audit_pertama: str | None
    """Hash of the first audit row (``None``: the audit trail is empty)."""
    audit_terakhir: tuple[int, str] | None
    """(id, hash) of the latest audit row known."""


def identitas(db: Database) -> str | None:
    """The random id of ``db`` (``None`` before schema 0011, or when its row is missing)."""
    try:
        baris = db.execute("SELECT uuid FROM identitas_basis_data WHERE id = 1").fetchone()
    except sqlite3.OperationalError as e:
        if "no such table" not in str(e):
            raise
        return None
    return baris[0] if baris else None


def baca(db: Database) -> Sidik:
    """The fingerprint of ``db`` as it is now (three lookups by primary key)."""
    pertama = db.execute("SELECT hash FROM audit_log ORDER BY id LIMIT 1").fetchone()
    terakhir = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return Sidik(migrations.versi_terpasang(db), identitas(db),
                 pertama[0] if pertama else None,
                 (int(terakhir[0]), terakhir[1]) if terakhir else None)


def bedanya(db: Database, dikenal: Sidik) -> Pesan | None:
    """Why ``db`` is not the database ``dikenal`` was read from (Indonesian), ``None`` when it
    is: the same schema, the same id (before schema 0011: the same first audit row) and the
    latest audit row known still there (rows added since, e.g. on a colleague's computer, are
    fine)."""
    kini = baca(db)
    if kini.versi != dikenal.versi:
        return Pesan("skemanya versi {kini}, bukan versi {tadi}", kini=kini.versi,
                     tadi=dikenal.versi)
    if kini.identitas != dikenal.identitas:
        return Pesan("basis data lain (kode identitasnya berbeda)")
    if kini.identitas is None and kini.audit_pertama != dikenal.audit_pertama:
        # Before schema 0011 the first audit row is what tells two databases apart; with the
        # id it would call an older copy made while the trail was empty another database.
        return Pesan("basis data lain (jejak auditnya tidak berawal dari catatan yang sama)")
    if dikenal.audit_terakhir is not None:
        nomor, hash_ = dikenal.audit_terakhir
        baris = db.execute("SELECT hash FROM audit_log WHERE id = ?", [nomor]).fetchone()
        if baris is None or baris[0] != hash_:
            return _lebih_lama(nomor)
    return None


def _lebih_lama(nomor: int) -> Pesan:
    return Pesan("salinan yang lebih lama (misalnya cadangan); catatan jejak audit nomor {nomor} "
                 "yang tadi sudah ada tidak ada di dalamnya, jadi perubahan terakhir tidak ada "
                 "di sana", nomor=nomor)


def periksa(path: str | Path, dikenal: Sidik) -> Pesan | None:
    """Open the file at ``path`` read-only and say how its database differs from ``dikenal``
    (:func:`bedanya`; ``None``: the same database). Raises
    :class:`~kalbar_desktop.storage.db.KesalahanPenyimpanan` while there is no readable
    database file there (a stick still out, or still being mounted)."""
    path = Path(path)
    sdb.periksa_ada(path)
    with sdb.terbuka(path, baca_saja=True, migrasi=False) as db:
        try:
            if db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                          "name = 'audit_log'").fetchone()[0] == 0:
                return Pesan("berkas itu bukan basis data Kalbar Desktop")
            return bedanya(db, dikenal)
        except sqlite3.DatabaseError as e:  # half copied, still being written
            raise sdb.BasisDataTidakBisaDibuka(Pesan(
                "Berkas {berkas} belum bisa dibaca ({sebab})", berkas=path.name,
                sebab=str(e))) from e


@dataclass(frozen=True)
class SidikBerkas:
    """Who the database is as its file alone holds it, without the journal (``-wal``) beside
    it: what a read-only window can compare while another program writes."""

    identitas: str | None
    """The database's random id (``None``: a schema before 0011)."""
    segel: tuple[int, str] | None
    """(id, hash) of the last audit row as the file's seal names it (``None``: no seal)."""


def baca_berkas(path: str | Path) -> SidikBerkas | None:
    """What the bytes of the file at ``path`` say the database is (:class:`SidikBerkas`);
    ``None`` while they cannot be read as a database (a copy half written, the file gone).

    Read with SQLite's ``immutable`` flag: no lock is taken and the ``-wal`` is not read. A
    program writing to the database moves its changes from the journal into the file now and
    then (a checkpoint): the seal read here then moves forward along the same audit chain,
    never back, and the id never changes. A copy written over the file by another program
    (``cp cadangan.db kab.db``) keeps the file's name and inode, but not both of those."""
    try:
        with _berkas_saja(path) as conn:
            return SidikBerkas(_satu(conn, "SELECT uuid FROM identitas_basis_data WHERE id = 1"),
                               _segel(conn))
    except (sqlite3.DatabaseError, OSError):
        return None


def beda_berkas(path: str | Path, dikenal: SidikBerkas
                ) -> tuple[Pesan | None, SidikBerkas | None]:
    """How the file at ``path`` differs from ``dikenal`` (read earlier from the same file by
    :func:`baca_berkas`) and what it holds now. The message is ``None`` when it is the same
    database with the same or a later seal (another program's checkpoints, or a newer copy:
    :func:`salinan_lebih_baru` tells them apart); an older copy, or one carried on elsewhere
    from before the last audit row known, is named as such. The second value is ``None``
    while the file cannot be read as a database."""
    try:
        with _berkas_saja(path) as conn:
            kini = SidikBerkas(
                _satu(conn, "SELECT uuid FROM identitas_basis_data WHERE id = 1"), _segel(conn))
            if kini.identitas != dikenal.identitas:
                return Pesan("basis data lain (kode identitasnya berbeda)"), kini
            if dikenal.segel is None or kini.segel == dikenal.segel:
                return None, kini
            nomor, hash_ = dikenal.segel
            if kini.segel is None or kini.segel[0] < nomor:
                return _lebih_lama(nomor), kini
            if _satu(conn, "SELECT hash FROM audit_log WHERE id = ?", nomor) != hash_:
                # as long a trail, another row there: a copy carried on elsewhere from before
                return _tanpa_yang_terbaca(nomor), kini
            return None, kini
    except (sqlite3.DatabaseError, OSError):
        return None, None


def versi_data(db: Database) -> int:
    """SQLite's ``PRAGMA data_version`` of ``db``'s connection: it changes when another
    connection commits to the database (and moves its journal into the file only after that),
    never when another program copies bytes over the file."""
    return int(db.execute("PRAGMA data_version").fetchone()[0])


def segel_terbaca(db: Database) -> tuple[int, str] | None:
    """(id, hash) of the last audit row as ``db``'s connection reads it (file and journal)."""
    baris = db.execute("SELECT id_terakhir, hash_terakhir FROM audit_segel WHERE id = 1"
                       ).fetchone()
    return (int(baris[0]), str(baris[1])) if baris else None


def baca_sambungan(db: Database) -> tuple[int, tuple[int, str] | None] | None:
    """:func:`versi_data` and :func:`segel_terbaca` of ``db`` now (``None``: not readable;
    :class:`~kalbar_desktop.storage.db.BasisDataTerputus` when the file is gone)."""
    try:
        return versi_data(db), segel_terbaca(db)
    except sqlite3.Error:
        return None


def salinan_lebih_baru(path: str | Path, db: Database, kini: SidikBerkas, versi_lalu: int,
                       terbaca: tuple[int, str] | None) -> tuple[Pesan | None, bool]:
    """Whether the file at ``path`` holding the same database with a later seal (``kini``;
    :func:`beda_berkas` found nothing to say) is a newer copy put over the file rather than the
    writing program's own rows moved into it.

    The writing program commits to its journal first, so ``db``'s connection has seen a commit
    (``data_version`` differs from ``versi_lalu``) and reads the seal's row with the same hash.
    A copy written over the file (the database copied back from another laptop, its audit
    trail longer) changes neither. ``terbaca``: the last audit row ``db`` read before (what
    the window showed); a copy that lacks it is not the same database carried further but
    another copy of it, without the changes read here. Returns the message (``None``: the
    writer's own rows) and whether the copy carries everything read here (a newer copy that
    may be read instead without asking)."""
    if kini.segel is None:
        return None, False
    nomor, hash_ = kini.segel
    try:
        if versi_data(db) != versi_lalu:
            baris = db.execute("SELECT hash FROM audit_log WHERE id = ?", [nomor]).fetchone()
            segel = segel_terbaca(db)
            if baris is not None and baris[0] == hash_ and segel is not None and \
                    segel[0] >= nomor:
                return None, False
    except sqlite3.DatabaseError:
        pass  # the connection reads a mixture of the copy and its journal: not the writer's
    if terbaca is not None and terbaca[0] > nomor:
        return _tanpa_yang_terbaca(terbaca[0]), False
    if terbaca is not None:
        try:
            with _berkas_saja(path) as conn:
                if _satu(conn, "SELECT hash FROM audit_log WHERE id = ?", terbaca[0]) != \
                        terbaca[1]:
                    return _tanpa_yang_terbaca(terbaca[0]), False
        except (sqlite3.DatabaseError, OSError):
            return None, False  # not readable now: the next look
    return Pesan("salinan yang lebih baru dari basis data yang sama ditaruh di atas berkasnya "
                 "(jejak auditnya berlanjut sampai catatan nomor {nomor})", nomor=nomor), True


def _tanpa_yang_terbaca(nomor: int) -> Pesan:
    return Pesan("salinan lain dari basis data yang sama ditaruh di atas berkasnya; catatan "
                 "jejak audit nomor {nomor} yang tadi terbaca di sini tidak ada di dalamnya, "
                 "jadi perubahan terakhir tidak ada di sana", nomor=nomor)


@contextmanager
def _berkas_saja(path: str | Path) -> Iterator[sqlite3.Connection]:
    """A connection to the file's own bytes (``immutable``: no lock, no journal)."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?immutable=1", uri=True)
    try:
        yield conn
    finally:
        conn.close()


def _baris(conn: sqlite3.Connection, sql: str, *param: object) -> tuple | None:
    """The first row (``None``: no row, or the table does not exist in this schema)."""
    try:
        return conn.execute(sql, param).fetchone()
    except sqlite3.OperationalError as e:
        if "no such table" not in str(e):
            raise
        return None


def _satu(conn: sqlite3.Connection, sql: str, *param: object) -> Any:
    baris = _baris(conn, sql, *param)
    return baris[0] if baris else None


def _segel(conn: sqlite3.Connection) -> tuple[int, str] | None:
    baris = _baris(conn, "SELECT id_terakhir, hash_terakhir FROM audit_segel WHERE id = 1")
    return (int(baris[0]), str(baris[1])) if baris else None
