"""Counts over the whole database or a user's regions (for ``stats``, the status bar and the
dashboard)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from kalbar_desktop.storage.db import tangkap_kerusakan
from kalbar_desktop.storage.wilayah import syarat_lingkup


def _per(db: Database, kolom: str, tabel: str,
         wilayah: Sequence[str] = ()) -> dict[str | None, int]:
    if not wilayah:
        return {nilai: n for nilai, n in db.execute(
            f"SELECT {kolom}, count(*) FROM {tabel} GROUP BY {kolom} ORDER BY {kolom}")}
    syarat, params = syarat_lingkup("k.kode_kemdagri", wilayah)
    gabung = "" if tabel == "keluarga" else " JOIN keluarga k USING (id_keluarga)"
    alias = "k" if tabel == "keluarga" else "x"
    return {nilai: n for nilai, n in db.execute(
        f"SELECT {alias}.{kolom}, count(*) FROM {tabel} {alias}{gabung} WHERE {syarat} "
        f"GROUP BY {alias}.{kolom} ORDER BY {alias}.{kolom}", params)}


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


def statistik(db: Database, wilayah: Sequence[str] = ()) -> dict:
    """Totals and per-value family counts of status verifikasi, kelayakan, persetujuan, desil,
    within the regions ``wilayah`` (a user's scope, :func:`kalbar_desktop.domain.akses.lingkup`;
    empty: the whole database).

    Keys are stored values (codes); ``None`` stands for an empty value.
    """
    k, a = jumlah(db, wilayah)
    with tangkap_kerusakan():
        if wilayah:
            syarat, params = syarat_lingkup("k.kode_kemdagri", wilayah)
            temuan, dengan = db.execute(
                "SELECT count(*), count(DISTINCT t.id_keluarga) FROM temuan t "
                f"JOIN keluarga k USING (id_keluarga) WHERE {syarat}", params).fetchone()
        else:
            temuan, dengan = db.execute(
                "SELECT count(*), count(DISTINCT id_keluarga) FROM temuan").fetchone()
        return {
            "keluarga": k,
            "anggota": a,
            "status_verifikasi": _per(db, "status_verifikasi", "verifikasi_keluarga", wilayah),
            "kelayakan": _per(db, "kelayakan", "verifikasi_keluarga", wilayah),
            "persetujuan": _per(db, "persetujuan", "verifikasi_keluarga", wilayah),
            "desil": _per(db, "desil", "keluarga", wilayah),
            "temuan": int(temuan),
            "keluarga_dengan_temuan": int(dengan),
        }
