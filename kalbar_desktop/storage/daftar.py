"""Queries behind the household table: which families match a filter, in which order, and the
display values of a page of them.

The table holds only the ordered list of row ids of the matching families (a few MB for 100,000
families) and fetches the columns of the rows it shows, page by page. Every sortable column has
an index that covers it (migration 0003), and the verification table is joined only when the
filter or the order needs it, so a new filter or order on 100,000 families stays well under a
third of a second.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from kalbar_desktop.storage import cari

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

_GABUNG = {
    "v": "JOIN verifikasi_keluarga v USING (id_keluarga)",
    "w": "LEFT JOIN wilayah w ON w.kode = k.kode_kemdagri",
    "t": "LEFT JOIN (SELECT id_keluarga, count(*) AS n FROM temuan "
         "WHERE id_keluarga IS NOT NULL GROUP BY id_keluarga) t USING (id_keluarga)",
}
_PERLU = {"desa": "w", "status_verifikasi": "v", "kelayakan": "v", "persetujuan": "v",
          "jumlah_temuan": "t", "catatan_pengembalian": "v"}

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


def _where(s: Saring) -> tuple[str, list, set[str]]:
    syarat: list[str] = []
    params: list = []
    perlu: set[str] = set()
    if s.kode_wilayah:
        sql, p = _awalan("k.kode_kemdagri", s.kode_wilayah)
        syarat.append(sql)
        params.extend(p)
    if s.wilayah_pengguna:
        bagian = []
        for w in s.wilayah_pengguna:
            sql, p = _awalan("k.kode_kemdagri", w)
            bagian.append(sql)
            params.extend(p)
        syarat.append("(" + " OR ".join(bagian) + ")")
    for kolom, nilai in (("v.status_verifikasi", s.status_verifikasi),
                         ("v.kelayakan", s.kelayakan), ("v.persetujuan", s.persetujuan),
                         ("k.desil", s.desil)):
        if not nilai:
            continue
        if kolom.startswith("v."):
            perlu.add("v")
        if nilai == KOSONG:
            syarat.append(f"({kolom} IS NULL OR {kolom} = '')")
        else:
            syarat.append(f"{kolom} = ?")
            params.append(nilai)
    if s.hanya_dengan_temuan:
        syarat.append("k.id_keluarga IN (SELECT id_keluarga FROM temuan)")
    if s.aturan_temuan:
        syarat.append("k.id_keluarga IN (SELECT id_keluarga FROM temuan WHERE aturan = ?)")
        params.append(s.aturan_temuan)
    if s.tanggal_kunjungan:
        perlu.add("v")
        syarat.append("v.tanggal_kunjungan = ?")
        params.append(s.tanggal_kunjungan)
    if s.sudah_diverifikasi is not None:
        perlu.add("v")
        syarat.append("v.status_verifikasi " + ("<>" if s.sudah_diverifikasi else "=") +
                      " 'BELUM'")
    sql, p = cari.syarat(s.cari)
    if sql:
        syarat.append(sql)
        params.extend(p)
    return ("WHERE " + " AND ".join(syarat)) if syarat else "", params, perlu


def _dari(perlu: set[str]) -> str:
    return "FROM keluarga k " + " ".join(_GABUNG[g] for g in ("v", "w", "t") if g in perlu)


def jumlah(db: Database, saring: Saring) -> int:
    """Number of families matching ``saring``."""
    where, params, perlu = _where(saring)
    return int(db.execute(f"SELECT count(*) {_dari(perlu)} {where}", params).fetchone()[0])


def daftar_id(db: Database, saring: Saring, urut: str = "id_keluarga",
              menurun: bool = False) -> list[int]:
    """Row ids of the matching families in display order (ties in ID Keluarga order)."""
    if urut not in KOLOM:
        raise ValueError(f"kolom urut tidak dikenal: {urut}")
    where, params, perlu = _where(saring)
    if urut in _PERLU:
        perlu.add(_PERLU[urut])
    arah = "DESC" if menurun else "ASC"
    urutan = f"{KOLOM[urut]} {arah}, " if urut != "id_keluarga" else ""
    # Ties in ID order; through the sort column's own table so that its index gives the order.
    seri = "v.id_keluarga" if _PERLU.get(urut) == "v" else "k.id_keluarga"
    sql = f"SELECT k.rowid {_dari(perlu)} {where} ORDER BY {urutan}{seri} {arah}"
    return [b[0] for b in db.execute(sql, params)]


def baris(db: Database, rowid: Sequence[int], kolom: Sequence[str]) -> dict[int, tuple]:
    """Values of ``kolom`` for the given row ids (rowid -> tuple in ``kolom`` order)."""
    if not rowid:
        return {}
    perlu = {_PERLU[k] for k in kolom if k in _PERLU}
    pilih = ", ".join(KOLOM[k] for k in kolom)
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
        hasil.update({b[0]: tuple(b[1:]) for b in db.execute(
            f"SELECT k.rowid, {pilih} FROM keluarga k {gabung} WHERE k.rowid IN ({tanda})",
            params)})
    return hasil


def rowid_keluarga(db: Database, id_keluarga: str) -> int | None:
    """The row id of a family (``None`` when it does not exist)."""
    b = db.execute("SELECT rowid FROM keluarga WHERE id_keluarga = ?", [id_keluarga]).fetchone()
    return b[0] if b else None
