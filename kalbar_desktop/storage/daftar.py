"""Queries behind the household table: which families match a filter, in which order, and the
display values of a page of them.

The table holds only the ordered list of row ids of the matching families (under 1 MB for
100,000 families) and fetches the columns of the rows it shows, page by page. A list is read
from one index wherever possible, without a join per family:

* sorts and filters on the family's own columns (ID, name, NIK, desil, region) read the indexes
  of ``keluarga`` (migration 0003);
* sorts and filters on status verifikasi, kelayakan and persetujuan read the indexes of
  ``verifikasi_keluarga``, whose rows carry the family's row id and desa code (migration 0007):
  ``(column, id_keluarga, rowid_keluarga)`` is the whole answer;
* only a filter on one table combined with a sort or filter on the other joins the two, by row
  id; SQLite's planner starts from the more selective side;
* the number of findings is sorted as two index reads (families without findings, then those
  with, counted per family) instead of sorting 100,000 computed values.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from kalbar_desktop.storage import cari
from kalbar_desktop.storage.db import tangkap_kerusakan

KOLOM: dict[str, str] = {
    "id_keluarga": "k.id_keluarga",
    "nama_kepala": "k.nama_kepala",
    "nik_kepala": "k.nik_kepala",
    "no_kk": "k.no_kk",
    "desil": "k.desil",
    "desa": "COALESCE(k.desa, w.nama, k.kode_kemdagri)",
    "status_verifikasi": "v.status_verifikasi",
    "kelayakan": "v.kelayakan",
    "persetujuan": "v.persetujuan",
    "jumlah_temuan": "COALESCE(t.n, 0)",
    "kode_kemdagri": "k.kode_kemdagri",
    "catatan_pengembalian": "v.catatan_pengembalian",
    "asal": "k.asal",
}
"""Columns the table can show and sort on (name -> SQL expression). Never built from user text."""

KOLOM_KEPALA = ("nama_kepala", "nik_kepala")
"""The head's columns: a new head chosen in the form (``anggotaJadikanKepalaButton``) is stored
as corrections (``verifikasi_keluarga.koreksi_json``), which the table shows and sorts on."""

_TAMPIL = {f: f"COALESCE(json_extract(v.koreksi_json, '$.{f}'), k.{f})" for f in KOLOM_KEPALA}
"""Display expressions that differ from :data:`KOLOM` (the corrected value first)."""

_GABUNG = {
    "v": "JOIN verifikasi_keluarga v USING (id_keluarga)",
    "w": "LEFT JOIN wilayah w ON w.kode = k.kode_kemdagri",
}
_PERLU = {"desa": "w", "nama_kepala": "v", "nik_kepala": "v", "status_verifikasi": "v",
          "kelayakan": "v", "persetujuan": "v", "jumlah_temuan": "t", "catatan_pengembalian": "v"}

_KOLOM_V = {"status_verifikasi", "kelayakan", "persetujuan"}
"""Sort columns answered by the indexes of ``verifikasi_keluarga``."""

KOSONG = "__KOSONG__"
"""Filter value that selects families where the field is empty (e.g. kelayakan not yet set)."""


@dataclass(frozen=True)
class Saring:
    """A filter over families. Empty fields do not filter."""

    kode_wilayah: str | None = None
    status_verifikasi: str | None = None
    kelayakan: str | None = None
    persetujuan: str | None = None
    desil: str | None = None
    hanya_dengan_temuan: bool = False
    cari: str = ""
    wilayah_pengguna: tuple[str, ...] = ()
    """Regions the user may see (empty: all)."""
    aturan_temuan: str | None = None
    """Only families with a finding of this rule (a :class:`~kalbar_desktop.domain.temuan.Aturan`
    code)."""
    tanggal_kunjungan: str | None = None
    """Visit date (ISO ``yyyy-mm-dd``)."""
    sudah_diverifikasi: bool | None = None
    """True: status verifikasi other than 'Belum'; False: 'Belum' only."""


def _awalan(kolom: str, kode: str) -> tuple[str, list]:
    """``kolom`` starts with ``kode``, as a range the index can use (codes are digits)."""
    return f"({kolom} >= ? AND {kolom} < ?)", [kode, kode + "\uffff"]


@dataclass
class _Kueri:
    """The FROM and WHERE of a list query. ``a`` is the alias the rows are read through:
    ``k`` (``keluarga``) or ``v`` (``verifikasi_keluarga``, which carries the family's row id
    and desa code); the other table is joined only when a condition needs it."""

    a: str
    syarat: list[str]
    params: list
    perlu_k: bool
    perlu_v: bool

    @property
    def rowid(self) -> str:
        return "k.rowid" if self.a == "k" else "v.rowid_keluarga"

    def dari(self, tambahan: Sequence[str] = ()) -> str:
        if self.a == "k":
            sql = "FROM keluarga k"
            if self.perlu_v:
                sql += " JOIN verifikasi_keluarga v USING (id_keluarga)"
        else:
            sql = "FROM verifikasi_keluarga v"
            if self.perlu_k:
                sql += " JOIN keluarga k ON k.rowid = v.rowid_keluarga"
        return " ".join([sql, *tambahan])

    def where(self, *lagi: str) -> str:
        syarat = [*self.syarat, *lagi]
        return ("WHERE " + " AND ".join(syarat)) if syarat else ""


def _kueri(s: Saring, urut: str = "id_keluarga") -> _Kueri:
    """Conditions of ``s``, read through ``verifikasi_keluarga`` when the sort or a filter
    concerns it and nothing needs ``keluarga`` itself, else through ``keluarga``."""
    perlu_k = urut not in _KOLOM_V and urut != "id_keluarga"
    perlu_v = urut in _KOLOM_V
    if s.desil:
        perlu_k = True
    if any((s.status_verifikasi, s.kelayakan, s.persetujuan, s.tanggal_kunjungan,
            s.sudah_diverifikasi is not None)):
        perlu_v = True
    nomor_pendek = [n for n in cari.kata_kunci(s.cari)[1] if len(n) < cari.MIN_NOMOR]
    if nomor_pendek:
        perlu_k = True
    a = "v" if perlu_v and (not perlu_k or urut in _KOLOM_V) else "k"
    syarat: list[str] = []
    params: list = []
    wilayah = "k.kode_kemdagri" if a == "k" else "v.kode_kemdagri_keluarga"
    if s.kode_wilayah:
        sql, p = _awalan(wilayah, s.kode_wilayah)
        syarat.append(sql)
        params.extend(p)
    if s.wilayah_pengguna:
        bagian = []
        for w in s.wilayah_pengguna:
            sql, p = _awalan(wilayah, w)
            bagian.append(sql)
            params.extend(p)
        syarat.append("(" + " OR ".join(bagian) + ")")
    for kolom, nilai in (("v.status_verifikasi", s.status_verifikasi),
                         ("v.kelayakan", s.kelayakan), ("v.persetujuan", s.persetujuan),
                         ("k.desil", s.desil)):
        if not nilai:
            continue
        if nilai == KOSONG:
            syarat.append(f"({kolom} IS NULL OR {kolom} = '')")
        else:
            syarat.append(f"{kolom} = ?")
            params.append(nilai)
    if s.hanya_dengan_temuan:
        syarat.append(f"{a}.id_keluarga IN (SELECT id_keluarga FROM temuan)")
    if s.aturan_temuan:
        syarat.append(f"{a}.id_keluarga IN (SELECT id_keluarga FROM temuan WHERE aturan = ?)")
        params.append(s.aturan_temuan)
    if s.tanggal_kunjungan:
        syarat.append("v.tanggal_kunjungan = ?")
        params.append(s.tanggal_kunjungan)
    if s.sudah_diverifikasi is not None:
        syarat.append("v.status_verifikasi " + ("<>" if s.sudah_diverifikasi else "=") +
                      " 'BELUM'")
    sql, p = cari.syarat(s.cari, "k", "k.rowid" if a == "k" else "v.rowid_keluarga")
    if sql:
        syarat.append(sql)
        params.extend(p)
    return _Kueri(a, syarat, params, perlu_k, perlu_v)


def jumlah(db: Database, saring: Saring) -> int:
    """Number of families matching ``saring``."""
    q = _kueri(saring)
    return int(db.execute(f"SELECT count(*) {q.dari()} {q.where()}", q.params).fetchone()[0])


def daftar_id(db: Database, saring: Saring, urut: str = "id_keluarga",
              menurun: bool = False) -> list[int]:
    """Row ids of the matching families in display order (ties in ID Keluarga order)."""
    if urut not in KOLOM:
        raise ValueError(f"kolom urut tidak dikenal: {urut}")
    arah = "DESC" if menurun else "ASC"
    if urut == "jumlah_temuan":
        return _urut_temuan(db, saring, arah)
    q = _kueri(saring, urut)
    if urut in KOLOM_KEPALA:
        return _urut_kepala(db, q, urut, menurun)
    tambahan = [_GABUNG["w"]] if urut == "desa" else []
    if urut == "id_keluarga":
        urutan = f"{q.a}.id_keluarga {arah}"
    elif urut in _KOLOM_V:
        urutan = f"v.{urut} {arah}, v.id_keluarga {arah}"
    else:
        # Ties in ID order, through the sort column's own index.
        urutan = f"{KOLOM[urut]} {arah}, k.id_keluarga {arah}"
    sql = f"SELECT {q.rowid} {q.dari(tambahan)} {q.where()} ORDER BY {urutan}"
    with tangkap_kerusakan():
        return [b[0] for b in db.execute(sql, q.params)]


def _urut_kepala(db: Database, q: _Kueri, urut: str, menurun: bool) -> list[int]:
    """Sorted by the head's name or NIK as the table shows it: the corrected value where a new
    head was chosen. The few corrected families are read apart (one pass over the verification
    rows' corrections); the others come in order from the column's index, and each corrected
    family is put in its place by binary search (ties in ID order, empty values first, as
    SQLite orders them; descending is the exact reverse, the ID being unique)."""
    with tangkap_kerusakan():
        koreksi = dict(db.execute(
            f"SELECT rowid_keluarga, json_extract(koreksi_json, '$.{urut}') "
            f"FROM verifikasi_keluarga WHERE koreksi_json IS NOT NULL "
            f"AND json_extract(koreksi_json, '$.{urut}') IS NOT NULL").fetchall())
        if not koreksi:
            arah = "DESC" if menurun else "ASC"
            return [b[0] for b in db.execute(
                f"SELECT {q.rowid} {q.dari()} {q.where()} "
                f"ORDER BY {KOLOM[urut]} {arah}, k.id_keluarga {arah}", q.params)]
        baris_ = db.execute(
            f"SELECT {q.rowid}, {KOLOM[urut]}, k.id_keluarga {q.dari()} {q.where()} "
            f"ORDER BY {KOLOM[urut]}, k.id_keluarga", q.params).fetchall()

    def kunci(b: tuple) -> tuple:
        return (b[1] is not None, "" if b[1] is None else str(b[1]), b[2])

    dasar = [b for b in baris_ if b[0] not in koreksi]
    baru = sorted(((b[0], koreksi[b[0]], b[2]) for b in baris_ if b[0] in koreksi), key=kunci)
    hasil: list[int] = []
    awal = 0
    for b in baru:
        posisi = bisect.bisect_left(dasar, kunci(b), lo=awal, key=kunci)
        hasil.extend(d[0] for d in dasar[awal:posisi])
        hasil.append(b[0])
        awal = posisi
    hasil.extend(d[0] for d in dasar[awal:])
    if menurun:
        hasil.reverse()
    return hasil


def _urut_temuan(db: Database, saring: Saring, arah: str) -> list[int]:
    """Sorted by the number of findings: the families with findings (a few) sorted by their
    count, and the others in ID order, taken from the list in ID order (one index read)."""
    q = _kueri(saring)
    dengan = [b[0] for b in db.execute(
        f"SELECT {q.rowid} {q.dari()} JOIN (SELECT id_keluarga, count(*) AS n FROM temuan "
        f"WHERE id_keluarga IS NOT NULL GROUP BY id_keluarga) t "
        f"ON t.id_keluarga = {q.a}.id_keluarga {q.where()} "
        f"ORDER BY t.n {arah}, {q.a}.id_keluarga {arah}", q.params)]
    ada = set(dengan)
    tanpa = [r for r in daftar_id(db, saring, "id_keluarga", arah == "DESC") if r not in ada]
    return tanpa + dengan if arah == "ASC" else dengan + tanpa


def baris(db: Database, rowid: Sequence[int], kolom: Sequence[str]) -> dict[int, tuple]:
    """Values of ``kolom`` for the given row ids (rowid -> tuple in ``kolom`` order)."""
    if not rowid:
        return {}
    perlu = {_PERLU[k] for k in kolom if k in _PERLU}
    pilih = ", ".join(_TAMPIL.get(k, KOLOM[k]) for k in kolom)
    hasil: dict[int, tuple] = {}
    for awal in range(0, len(rowid), 500):
        bagian = list(rowid[awal:awal + 500])
        tanda = ", ".join("?" * len(bagian))
        gabung = " ".join(_GABUNG[g] for g in ("v", "w") if g in perlu)
        if "t" in perlu:
            # Count the findings of these families only, not of the whole table.
            gabung += (" LEFT JOIN (SELECT id_keluarga, count(*) AS n FROM temuan "
                       f"WHERE id_keluarga IN (SELECT id_keluarga FROM keluarga "
                       f"WHERE rowid IN ({tanda})) GROUP BY id_keluarga) t USING (id_keluarga)")
            params = bagian + bagian
        else:
            params = bagian
        with tangkap_kerusakan():
            hasil.update({b[0]: tuple(b[1:]) for b in db.execute(
                f"SELECT k.rowid, {pilih} FROM keluarga k {gabung} WHERE k.rowid IN ({tanda})",
                params)})
    return hasil


def rowid_keluarga(db: Database, id_keluarga: str) -> int | None:
    """The row id of a family (``None`` when it does not exist)."""
    b = db.execute("SELECT rowid FROM keluarga WHERE id_keluarga = ?", [id_keluarga]).fetchone()
    return b[0] if b else None
