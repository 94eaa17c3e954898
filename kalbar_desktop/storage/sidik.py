"""Which database a file holds: enough to tell, when a USB stick comes back, whether the file
at the old path is the database the window had open (the same one, perhaps with entries made
meanwhile on another computer) or another one (another office's database, an older copy such
as a backup restored by hand).

The audit trail is append-only and hash-chained (:mod:`.audit`): its first row is the same in
every copy of one database and differs between databases; the latest row the window knew must
still be there in the same database, and is missing in an older copy.
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
    audit_pertama: str | None
    """Hash of the first audit row (``None``: the audit trail is empty)."""
    audit_terakhir: tuple[int, str] | None
    """(id, hash) of the latest audit row known."""


def baca(db: Database) -> Sidik:
    """The fingerprint of ``db`` as it is now (two lookups by primary key)."""
    pertama = db.execute("SELECT hash FROM audit_log ORDER BY id LIMIT 1").fetchone()
    terakhir = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return Sidik(migrations.versi_terpasang(db), pertama[0] if pertama else None,
                 (int(terakhir[0]), terakhir[1]) if terakhir else None)


def bedanya(db: Database, dikenal: Sidik) -> Pesan | None:
    """Why ``db`` is not the database ``dikenal`` was read from (Indonesian), ``None`` when it
    is: the same schema, the same first audit row and the latest audit row known still there
    (rows added since, e.g. on a colleague's computer, are fine)."""
    kini = baca(db)
    if kini.versi != dikenal.versi:
        return Pesan("skemanya versi {kini}, bukan versi {tadi}", kini=kini.versi,
                     tadi=dikenal.versi)
    if kini.audit_pertama != dikenal.audit_pertama:
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
