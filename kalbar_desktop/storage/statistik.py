"""Counts over the whole database (for ``stats``, the status bar and the dashboard)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from kalbar_desktop.storage.db import tangkap_kerusakan
from kalbar_desktop.storage.wilayah import syarat_lingkup


def _per(db: Database, kolom: str, tabel: str) -> dict[str | None, int]:
    return {nilai: n for nilai, n in db.execute(
        f"SELECT {kolom}, count(*) FROM {tabel} GROUP BY {kolom} ORDER BY {kolom}")}


def jumlah(db: Database, wilayah: Sequence[str] = ()) -> tuple[int, int]:
    """Number of families and of members (within the regions ``wilayah``, a user's scope;
    empty: the whole database)."""
    with tangkap_kerusakan():
        if not wilayah:
            k = db.execute("SELECT count(*) FROM keluarga").fetchone()[0]
            a = db.execute("SELECT count(*) FROM anggota").fetchone()[0]
        else:
            syarat, params = syarat_lingkup("k.kode_kemdagri", wilayah)
            k = db.execute(f"SELECT count(*) FROM keluarga k WHERE {syarat}",
                           params).fetchone()[0]
            a = db.execute(f"SELECT count(*) FROM anggota a JOIN keluarga k USING (id_keluarga) "
                           f"WHERE {syarat}", params).fetchone()[0]
    return int(k), int(a)


def statistik(db: Database) -> dict:
    """Totals and per-value family counts of status verifikasi, kelayakan, persetujuan, desil.

    Keys are stored values (codes); ``None`` stands for an empty value.
    """
    k, a = jumlah(db)
    return {
        "keluarga": k,
        "anggota": a,
        "status_verifikasi": _per(db, "status_verifikasi", "verifikasi_keluarga"),
        "kelayakan": _per(db, "kelayakan", "verifikasi_keluarga"),
        "persetujuan": _per(db, "persetujuan", "verifikasi_keluarga"),
        "desil": _per(db, "desil", "keluarga"),
        "temuan": int(db.execute("SELECT count(*) FROM temuan").fetchone()[0]),
        "keluarga_dengan_temuan": int(db.execute(
            "SELECT count(DISTINCT id_keluarga) FROM temuan").fetchone()[0]),
    }
