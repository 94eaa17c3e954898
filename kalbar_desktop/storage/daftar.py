"""Queries behind the household table: which families match a filter, in which order, and the
display values of a page of them.

The table holds only the ordered list of row ids of the matching families (a few MB for 100,000
families) and fetches the columns of the rows it shows, page by page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlite_utils import Database

KOLOM: dict[str, str] = {
    "id_keluarga": "k.id_keluarga",
    "nama_kepala": "k.nama_kepala",
    "nik_kepala": "k.nik_kepala",
    "desil": "k.desil",
    "desa": "COALESCE(k.desa, (SELECT w.nama FROM wilayah w WHERE w.kode = k.kode_kemdagri), "
            "k.kode_kemdagri)",
    "status_verifikasi": "v.status_verifikasi",
    "kelayakan": "v.kelayakan",
    "persetujuan": "v.persetujuan",
    "jumlah_temuan": "(SELECT count(*) FROM temuan t WHERE t.id_keluarga = k.id_keluarga)",
    "kode_kemdagri": "k.kode_kemdagri",
    "catatan_pengembalian": "v.catatan_pengembalian",
}
"""Columns the table can show and sort on (name -> SQL expression). Never built from user text."""

_DARI = "FROM keluarga k JOIN verifikasi_keluarga v USING (id_keluarga)"


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


def _where(s: Saring) -> tuple[str, list]:
    syarat: list[str] = []
    params: list = []
    if s.kode_wilayah:
        syarat.append("k.kode_kemdagri LIKE ? || '%'")
        params.append(s.kode_wilayah)
    if s.wilayah_pengguna:
        syarat.append("(" + " OR ".join("k.kode_kemdagri LIKE ? || '%'"
                                        for _ in s.wilayah_pengguna) + ")")
        params.extend(s.wilayah_pengguna)
    for kolom, nilai in (("v.status_verifikasi", s.status_verifikasi),
                         ("v.kelayakan", s.kelayakan), ("v.persetujuan", s.persetujuan),
                         ("k.desil", s.desil)):
        if nilai:
            syarat.append(f"{kolom} = ?")
            params.append(nilai)
    if s.hanya_dengan_temuan:
        syarat.append("k.id_keluarga IN (SELECT id_keluarga FROM temuan)")
    teks = s.cari.strip()
    if teks:
        if teks.replace(" ", "").isdigit():
            angka = teks.replace(" ", "")
            syarat.append(
                "(k.id_keluarga LIKE ? OR k.nik_kepala LIKE ? OR k.no_kk LIKE ? OR "
                "k.id_keluarga IN (SELECT id_keluarga FROM anggota WHERE nik LIKE ?))")
            params.extend([f"%{angka}%"] * 4)
        else:
            for kata in teks.split():
                syarat.append(
                    "(k.nama_kepala LIKE ? OR k.id_keluarga LIKE ? OR k.id_keluarga IN "
                    "(SELECT id_keluarga FROM anggota WHERE nama LIKE ?))")
                params.extend([f"%{kata}%", f"{kata}%", f"%{kata}%"])
    return ("WHERE " + " AND ".join(syarat)) if syarat else "", params


def jumlah(db: Database, saring: Saring) -> int:
    """Number of families matching ``saring``."""
    where, params = _where(saring)
    return int(db.execute(f"SELECT count(*) {_DARI} {where}", params).fetchone()[0])


def daftar_id(db: Database, saring: Saring, urut: str = "id_keluarga",
              menurun: bool = False) -> list[int]:
    """Row ids of the matching families in display order."""
    if urut not in KOLOM:
        raise ValueError(f"kolom urut tidak dikenal: {urut}")
    where, params = _where(saring)
    arah = "DESC" if menurun else "ASC"
    sql = f"SELECT k.rowid {_DARI} {where} ORDER BY {KOLOM[urut]} {arah}, k.id_keluarga {arah}"
    return [b[0] for b in db.execute(sql, params)]


def baris(db: Database, rowid: Sequence[int], kolom: Sequence[str]) -> dict[int, tuple]:
    """Values of ``kolom`` for the given row ids (rowid -> tuple in ``kolom`` order)."""
    if not rowid:
        return {}
    pilih = ", ".join(KOLOM[k] for k in kolom)
    tanda = ", ".join("?" * len(rowid))
    return {b[0]: tuple(b[1:]) for b in db.execute(
        f"SELECT k.rowid, {pilih} {_DARI} WHERE k.rowid IN ({tanda})", list(rowid))}


def rowid_keluarga(db: Database, id_keluarga: str) -> int | None:
    """The row id of a family (``None`` when it does not exist)."""
    b = db.execute("SELECT rowid FROM keluarga WHERE id_keluarga = ?", [id_keluarga]).fetchone()
    return b[0] if b else None
