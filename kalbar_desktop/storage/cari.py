"""Searching families as the operator types: by name (any word, as a prefix), by full or partial
NIK of any member, No KK or ID Keluarga.

Two FTS5 tables hold one row per family (rowid = ``keluarga.rowid``): ``cari_nama`` (names of the
head and every member, unicode61 tokens, prefix indexes) and ``cari_nomor`` (ID Keluarga, No KK,
the NIK of the head and of every member, source and corrected values; trigram tokens without
positions, searched with ``LIKE '%...%'``, so any part of a number of at least 3 characters is
found). They are derived data: the importer
refreshes them at the end of its merge (:func:`perbarui_semua`), a save refreshes its own family
(:func:`perbarui_keluarga`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlite_utils import Database

_TEKS_NAMA = """
SELECT k.rowid, COALESCE(k.nama_kepala, '') || ' '
       || COALESCE(json_extract(v.koreksi_json, '$.nama_kepala'), '') || ' '
       || COALESCE((SELECT group_concat(a.nama, ' ') FROM anggota a
                    WHERE a.id_keluarga = k.id_keluarga), '')
FROM keluarga k JOIN verifikasi_keluarga v USING (id_keluarga)
"""

_TEKS_NOMOR = """
SELECT k.rowid, k.id_keluarga || ' ' || COALESCE(k.no_kk, '') || ' '
       || COALESCE(k.nik_kepala, '') || ' '
       || COALESCE(json_extract(v.koreksi_json, '$.no_kk'), '') || ' '
       || COALESCE(json_extract(v.koreksi_json, '$.nik_kepala'), '') || ' '
       || COALESCE((SELECT group_concat(COALESCE(a.nik, '') || ' '
                                        || COALESCE(va.nik_perbaikan, ''), ' ')
                    FROM anggota a JOIN verifikasi_anggota va USING (id_individu)
                    WHERE a.id_keluarga = k.id_keluarga), '')
FROM keluarga k JOIN verifikasi_keluarga v USING (id_keluarga)
"""

# The same text as _TEKS_NOMOR when no member has a corrected NIK and every member has its
# verification row (see _teks_nomor): a third less work for a district's first import.
_TEKS_NOMOR_TANPA_PERBAIKAN = (
    _TEKS_NOMOR.replace("COALESCE(va.nik_perbaikan, '')", "''")
    .replace("JOIN verifikasi_anggota va USING (id_individu)", ""))


def _teks_nomor(db: Database) -> str:
    """The query of the identifier texts, without the per-member lookup of the verification
    row when it would add nothing: no corrected NIK anywhere (an index lookup) and as many
    verification rows as members (each row's ID Individu is a member's, by its primary key and
    foreign key, so then every member has one)."""
    ada_perbaikan, jumlah_a, jumlah_va = db.execute(
        "SELECT EXISTS (SELECT 1 FROM verifikasi_anggota WHERE nik_perbaikan > ''), "
        "(SELECT count(*) FROM anggota), (SELECT count(*) FROM verifikasi_anggota)").fetchone()
    if not ada_perbaikan and jumlah_a == jumlah_va:
        return _TEKS_NOMOR_TANPA_PERBAIKAN
    return _TEKS_NOMOR


MIN_NOMOR = 3
"""Shortest part of a number that is searched (the trigram index needs three characters)."""


TABEL_CARI = ("cari_nama", "cari_nomor")
"""The search tables (FTS5), both one row per family with ``rowid = keluarga.rowid``."""

# The rows go in in row id order: FTS5 writes out what it has gathered in memory as a new
# segment whenever a row id is not larger than the last one, so rows in another order (e.g.
# name order, through a covering index) make thousands of small segments to merge: the insert
# of 100,000 families took 2.5 x as long.
_URUT = " ORDER BY k.rowid"


def _buat_ulang(db: Database) -> None:
    """Empty the search tables by dropping and creating them again (as the schema holds them).

    ``DELETE`` on an FTS5 table reads and tokenizes every old row to remove its terms from the
    index, as slow as inserting it; a drop frees the pages at once."""
    tanda = ", ".join("?" * len(TABEL_CARI))
    sql = db.execute(f"SELECT name, sql FROM main.sqlite_master WHERE name IN ({tanda}) "
                     "ORDER BY name", list(TABEL_CARI)).fetchall()
    for nama, buat in sql:
        db.execute(f'DROP TABLE main."{nama}"')
        db.execute(buat)


def perbarui_semua(db: Database) -> None:
    """Rebuild the search tables from every family and refresh the query planner's statistics
    (at the end of an import, inside its transaction)."""
    with db.atomic():
        if db.execute("SELECT EXISTS (SELECT 1 FROM cari_nama) "
                      "OR EXISTS (SELECT 1 FROM cari_nomor)").fetchone()[0]:
            _buat_ulang(db)
        db.execute(f"INSERT INTO cari_nama (rowid, teks) {_TEKS_NAMA}{_URUT}")
        db.execute(f"INSERT INTO cari_nomor (rowid, teks) {_teks_nomor(db)}{_URUT}")
        # Without statistics SQLite may walk 100,000 families to apply a filter that an
        # index answers at once; they are cheap to gather (well under a second for 100k).
        db.execute("ANALYZE")


def perbarui_dari_tabel(db: Database, tabel: str) -> None:
    """Refresh the search rows of the families whose ``id_keluarga`` a table lists (e.g. the
    families an import touched, ``temp.disentuh``), in two statements per search table.

    Removing all old rows first and then inserting all new ones, each in row id order, keeps
    FTS5 from writing a segment per batch (see :data:`_URUT`)."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?", tabel):
        raise ValueError(f"nama tabel tidak sah: {tabel!r}")
    where = f" WHERE k.id_keluarga IN (SELECT id_keluarga FROM {tabel})"
    with db.atomic():
        for nama in TABEL_CARI:
            db.execute(f"DELETE FROM {nama} WHERE rowid IN (SELECT k.rowid FROM keluarga k"
                       f"{where})")
        db.execute(f"INSERT INTO cari_nama (rowid, teks) {_TEKS_NAMA}{where}{_URUT}")
        db.execute(f"INSERT INTO cari_nomor (rowid, teks) {_teks_nomor(db)}{where}{_URUT}")


def perbarui_keluarga(db: Database, id_keluarga: Iterable[str]) -> None:
    """Refresh the search rows of some families (after a save or a new family)."""
    daftar = list(dict.fromkeys(id_keluarga))
    if not daftar:
        return
    with db.atomic():
        for awal in range(0, len(daftar), 500):
            bagian = daftar[awal:awal + 500]
            tanda = ", ".join("?" * len(bagian))
            rowid = f"SELECT rowid FROM keluarga WHERE id_keluarga IN ({tanda})"
            db.execute(f"DELETE FROM cari_nama WHERE rowid IN ({rowid})", bagian)
            db.execute(f"DELETE FROM cari_nomor WHERE rowid IN ({rowid})", bagian)
            where = f" WHERE k.id_keluarga IN ({tanda})"
            db.execute(f"INSERT INTO cari_nama (rowid, teks) {_TEKS_NAMA}{where}{_URUT}", bagian)
            db.execute(f"INSERT INTO cari_nomor (rowid, teks) {_TEKS_NOMOR}{where}{_URUT}",
                       bagian)


_PEMISAH = re.compile(r"[^\w]+", re.UNICODE)
_NOMOR = re.compile(r"[\w\-/.]*\d[\w\-/.]*", re.UNICODE)


def kata_kunci(teks: str) -> tuple[list[str], list[str]]:
    """Split what the user typed into name words and number parts.

    A part with a digit in it (``6172``, ``UB-6172011001``) is a number; spaces, dots and
    apostrophes inside a NIK typed in groups (``6172 0155 0890``) are joined first. Everything
    else is split into name words.
    """
    teks = teks.strip()
    if not teks:
        return [], []
    if re.fullmatch(r"[\d\s.'’]+", teks):
        return [], [re.sub(r"[\s.'’]+", "", teks)]
    nama: list[str] = []
    nomor: list[str] = []
    for bagian in teks.split():
        if _NOMOR.fullmatch(bagian):
            nomor.append(bagian.strip(".-/"))
        else:
            nama.extend(k for k in _PEMISAH.split(bagian) if k)
    return nama, [n for n in nomor if n]


def _frasa(kata: str) -> str:
    return '"' + kata.replace('"', '""') + '"'


def syarat(teks: str, alias: str = "k", rowid: str | None = None) -> tuple[str, list]:
    """SQL condition (on ``{alias}.rowid``, or on the family row id expression ``rowid``) and
    parameters for families matching ``teks``.

    Every word must match (AND). Name words match the start of any name word of the head or a
    member; a number part matches anywhere in an identifier (at least :data:`MIN_NOMOR`
    characters; shorter ones match the start of the ID Keluarga, No KK or the head's NIK as the
    table shows it: the new head's after "Jadikan kepala keluarga").
    Returns ``("", [])`` for empty text.
    """
    nama, nomor = kata_kunci(teks)
    bagian: list[str] = []
    params: list = []
    rowid = rowid or f"{alias}.rowid"
    if nama:
        bagian.append(f"{rowid} IN (SELECT rowid FROM cari_nama WHERE cari_nama MATCH ?)")
        params.append(" ".join(_frasa(k) + "*" for k in nama))
    panjang = [n for n in nomor if len(n) >= MIN_NOMOR]
    if panjang:
        # LIKE through the trigram index (case-insensitive, like the index); '_' is a LIKE
        # wildcard and may occur in an identifier, so such a part is also checked exactly.
        kondisi = []
        for n in panjang:
            kondisi.append("teks LIKE ?")
            params.append(f"%{n}%")
            if "_" in n:
                kondisi.append("instr(lower(teks), ?) > 0")
                params.append(n.lower())
        bagian.append(f"{rowid} IN (SELECT rowid FROM cari_nomor WHERE "
                      f"{' AND '.join(kondisi)})")
    for n in nomor:
        if len(n) < MIN_NOMOR:
            # The head's NIK as the table shows it: a new head's (a correction) where one was
            # chosen, else the P3KE one. The few corrected families are read apart, once.
            bagian.append(
                f"({alias}.id_keluarga GLOB ? OR {alias}.no_kk GLOB ? "
                f"OR ({alias}.nik_kepala GLOB ? AND {rowid} NOT IN ({_KEPALA_DIKOREKSI})) "
                f"OR {rowid} IN ({_KEPALA_DIKOREKSI} AND "
                f"json_extract(koreksi_json, '$.nik_kepala') GLOB ?))")
            pola = re.sub(r"([*?\[])", r"[\1]", n) + "*"
            params.extend([pola] * 4)
    return " AND ".join(bagian), params


_KEPALA_DIKOREKSI = ("SELECT rowid_keluarga FROM verifikasi_keluarga WHERE rowid_keluarga IS NOT "
                     "NULL AND koreksi_json IS NOT NULL "
                     "AND json_extract(koreksi_json, '$.nik_kepala') IS NOT NULL")
"""Row ids of the families whose head's NIK is corrected (a new head chosen in the form)."""
