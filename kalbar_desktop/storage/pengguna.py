"""User accounts as stored (accounts with passwords arrive with the accounts issue; until then
a name chosen at start-up stands for the user)."""

from __future__ import annotations

from sqlite_utils import Database

from kalbar_desktop.domain.akses import Pengguna, Peran


def ada_akun(db: Database) -> bool:
    """True when at least one active account exists."""
    return db.execute("SELECT 1 FROM pengguna WHERE aktif = 1 LIMIT 1").fetchone() is not None


def cari(db: Database, nama: str) -> Pengguna | None:
    """The active account called ``nama`` (case-insensitive), with its regions."""
    baris = db.execute("SELECT id, nama, peran FROM pengguna WHERE nama = ? AND aktif = 1",
                       [nama]).fetchone()
    if baris is None:
        return None
    wilayah = tuple(b[0] for b in db.execute(
        "SELECT kode_wilayah FROM pengguna_wilayah WHERE pengguna_id = ? ORDER BY kode_wilayah",
        [baris[0]]))
    return Pengguna(baris[1], Peran(baris[2]), wilayah)


def pengguna_sesi(db: Database, nama: str, peran: Peran | str | None = None) -> Pengguna:
    """The user of a session started with a name.

    An existing account gives its own role and regions. Without accounts in the database
    (before accounts are set up) the named user works with ``peran`` (default verifikator,
    who may do all verification work).
    """
    akun = cari(db, nama)
    if akun is not None:
        return akun
    return Pengguna(nama, Peran(peran) if peran else Peran.VERIFIKATOR)
