"""Settings that belong to one database (not to one computer): the idle time before the
window locks and how many automatic backups are kept. Stored in the ``pengaturan`` table,
changed by an admin, every change written to the audit trail."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from kalbar_desktop.domain import jejak
from kalbar_desktop.domain.pesan import Label, Pesan
from kalbar_desktop.storage import audit


@dataclass(frozen=True)
class Setelan:
    """One database setting: key, Indonesian label, default and allowed range."""

    kunci: str
    label: str
    bawaan: int
    minimum: int
    maksimum: int


KUNCI_LAYAR_MENIT = "kunci_layar_menit"
JUMLAH_CADANGAN = "jumlah_cadangan"

SETELAN: dict[str, Setelan] = {
    KUNCI_LAYAR_MENIT: Setelan(KUNCI_LAYAR_MENIT, jejak.LABEL_SETELAN[KUNCI_LAYAR_MENIT],
                               10, 0, 240),
    JUMLAH_CADANGAN: Setelan(JUMLAH_CADANGAN, jejak.LABEL_SETELAN[JUMLAH_CADANGAN], 10, 1,
                             200),
}


def baca(db: Database, kunci: str) -> int:
    """The value of a setting (its default when unset or unreadable)."""
    s = SETELAN[kunci]
    baris = db.execute("SELECT nilai FROM pengaturan WHERE kunci = ?", [kunci]).fetchone()
    try:
        nilai = int(baris[0]) if baris else s.bawaan
    except (TypeError, ValueError):
        return s.bawaan
    return min(max(nilai, s.minimum), s.maksimum)


def tulis(db: Database, kunci: str, nilai: int, pengguna: str | None) -> None:
    """Change a setting (raises ``ValueError`` with an Indonesian message, a ``Pesan``, when out
    of range)."""
    s = SETELAN[kunci]
    if not s.minimum <= int(nilai) <= s.maksimum:
        raise ValueError(Pesan("{label}: nilai harus antara {minimum} dan {maksimum}.",
                               label=Label("Setelan", s.label), minimum=s.minimum,
                               maksimum=s.maksimum))
    with db.atomic():
        lama = baca(db, kunci)
        if lama == int(nilai):
            return
        db.execute("INSERT INTO pengaturan (kunci, nilai) VALUES (?, ?) "
                   "ON CONFLICT (kunci) DO UPDATE SET nilai = excluded.nilai",
                   [kunci, str(int(nilai))])
        audit.tulis(db, [audit.Catatan(
            aksi=jejak.PENGATURAN, pengguna=pengguna, tabel="pengaturan", id_rekaman=kunci,
            kolom=kunci, nilai_lama=str(lama), nilai_baru=str(int(nilai)))])
