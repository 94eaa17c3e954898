"""The region table: reference codes loaded from a CSV, and regions named in P3KE files."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class Wilayah:
    kode: str
    nama: str
    tingkat: str
    induk: str | None


def simpan_referensi(db: Database, daftar: Iterable[Wilayah]) -> int:
    """Insert or replace reference regions (their names win over names from P3KE files)."""
    n = 0
    with db.atomic():
        for w in daftar:
            db.execute(
                "INSERT INTO wilayah (kode, nama, tingkat, induk, sumber) "
                "VALUES (?, ?, ?, ?, 'referensi') ON CONFLICT (kode) DO UPDATE SET "
                "nama = excluded.nama, tingkat = excluded.tingkat, induk = excluded.induk, "
                "sumber = 'referensi'", [w.kode, w.nama, w.tingkat, w.induk])
            n += 1
    return n


def ada_referensi(db: Database) -> bool:
    """True when a region reference has been loaded."""
    return db.execute(
        "SELECT 1 FROM wilayah WHERE sumber = 'referensi' LIMIT 1").fetchone() is not None


def nama(db: Database, kode: str) -> str | None:
    """The name of a region code, or ``None``."""
    baris = db.execute("SELECT nama FROM wilayah WHERE kode = ?", [kode]).fetchone()
    return baris[0] if baris else None


@dataclass(frozen=True)
class SimpulPohon:
    """One node of the region tree with its family counts."""

    kode: str
    nama: str
    tingkat: str
    induk: str | None
    keluarga: int
    terverifikasi: int


def pohon(db: Database) -> list[SimpulPohon]:
    """Regions that hold families (kabupaten/kota, kecamatan, desa), with the number of families
    and of families whose status is no longer 'Belum', ordered by code."""
    hasil: list[SimpulPohon] = []
    for panjang, tingkat in ((4, "kabupaten_kota"), (6, "kecamatan"), (10, "desa_kelurahan")):
        for kode, nama_, induk, n, v in db.execute(f"""
            SELECT substr(k.kode_kemdagri, 1, {panjang}) AS kode, w.nama, w.induk,
                   count(*), sum(v.status_verifikasi <> 'BELUM')
            FROM keluarga k JOIN verifikasi_keluarga v USING (id_keluarga)
            LEFT JOIN wilayah w ON w.kode = substr(k.kode_kemdagri, 1, {panjang})
            WHERE k.kode_kemdagri IS NOT NULL
            GROUP BY substr(k.kode_kemdagri, 1, {panjang})
        """):
            induk_kode = induk or (kode[: {4: 2, 6: 4, 10: 6}[panjang]] if panjang > 4 else None)
            hasil.append(SimpulPohon(kode, nama_ or kode, tingkat, induk_kode, int(n), int(v or 0)))
    hasil.sort(key=lambda s: s.kode)
    return hasil
