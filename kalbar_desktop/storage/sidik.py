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
from dataclasses import dataclass
from pathlib import Path

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
            return Pesan("salinan yang lebih lama (misalnya cadangan); catatan jejak audit "
                         "nomor {nomor} yang tadi sudah ada tidak ada di dalamnya, jadi perubahan "
                         "terakhir tidak ada di sana", nomor=nomor)
    return None


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
