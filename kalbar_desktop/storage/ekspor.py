"""Queries behind the provincial workbook, its re-import and the printed documents.

Everything here reads; the exporter in :mod:`kalbar_desktop.exchange.ekspor` turns the rows into
cells. Rows are streamed from the cursor (a district holds 100,000 families and 400,000 people),
always in the same order: by Kode Kemdagri, then ID Keluarga (then the member's order).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from kalbar_desktop.domain import status
from kalbar_desktop.domain.kolom import FIELD_ANGGOTA, FIELD_KELUARGA
from kalbar_desktop.storage.wilayah import (
    nama_desa_lengkap,
    syarat_lingkup,
    teks_pindah_dalam_kabupaten,
)

KOLOM_VERIFIKASI: tuple[str, ...] = status.FIELD_VERIFIKASI
"""Verification fields of a family, in :class:`kalbar_desktop.domain.status.Verifikasi` order."""


@dataclass(frozen=True)
class Lingkup:
    """Which families an export covers."""

    wilayah: tuple[str, ...] = ()
    """Region codes (kabupaten/kota, kecamatan, desa/kelurahan): the families under any of
    them; empty: the whole database."""
    hanya_disetujui: bool = False
    """Only families whose approval state is ``DISETUJUI``."""


def _rentang(kode: str) -> tuple[str, str]:
    """Bounds for ``kode_kemdagri`` values that start with ``kode`` (lets SQLite use the index,
    which ``LIKE ? || '%'`` with a parameter does not)."""
    return kode, kode + "\uffff"


def _where(lingkup: Lingkup) -> tuple[str, list]:
    syarat: list[str] = []
    params: list = []
    if lingkup.wilayah:
        # Ranges rather than LIKE: SQLite then walks the index on the code.
        sql, params = syarat_lingkup("k.kode_kemdagri", lingkup.wilayah)
        syarat.append(sql)
    if lingkup.hanya_disetujui:
        syarat.append("v.persetujuan = 'DISETUJUI'")
    return ("WHERE " + " AND ".join(syarat)) if syarat else "", params


_DARI = "FROM keluarga k JOIN verifikasi_keluarga v USING (id_keluarga)"


def jumlah(db: Database, lingkup: Lingkup) -> tuple[int, int]:
    """Number of families and of their members within ``lingkup``."""
    where, params = _where(lingkup)
    k = db.execute(f"SELECT count(*) {_DARI} {where}", params).fetchone()[0]
    a = db.execute(f"SELECT count(*) FROM anggota a JOIN keluarga k USING (id_keluarga) "
                   f"JOIN verifikasi_keluarga v USING (id_keluarga) {where}", params).fetchone()[0]
    return int(k), int(a)


def keluarga_lingkup(db: Database, lingkup: Lingkup) -> list[tuple[str, str | None, str | None]]:
    """The families an export of ``lingkup`` holds now, as (ID Keluarga, head's name, when the
    row was made here): what a re-import compares a workbook's rows with to name those
    deleted."""
    where, params = _where(lingkup)
    return [tuple(r) for r in db.execute(
        f"SELECT k.id_keluarga, k.nama_kepala, k.dibuat_pada {_DARI} {where}", params)]


def anggota_lingkup(db: Database, lingkup: Lingkup
                    ) -> list[tuple[str, str, str | None, str | None]]:
    """The members an export of ``lingkup`` holds now, as (ID Individu, ID Keluarga, name,
    when the row was made here)."""
    where, params = _where(lingkup)
    return [tuple(r) for r in db.execute(
        f"SELECT a.id_individu, a.id_keluarga, a.nama, a.dibuat_pada FROM anggota a "
        f"JOIN keluarga k USING (id_keluarga) JOIN verifikasi_keluarga v USING (id_keluarga) "
        f"{where}", params)]


def nama_wilayah(db: Database, kode: str) -> str | None:
    """The name of a region: from the reference or the P3KE files, or from the families' own
    name columns when the region table does not know the name (``None`` when nobody does)."""
    baris = db.execute("SELECT nama FROM wilayah WHERE kode = ? AND nama <> kode",
                       [kode]).fetchone()
    if baris:
        return baris[0]
    kolom = {2: "provinsi", 4: "kabupaten", 6: "kecamatan", 10: "desa"}.get(len(kode))
    if kolom is None:
        return None
    baris = db.execute(
        f"SELECT {kolom} FROM keluarga WHERE kode_kemdagri >= ? AND kode_kemdagri < ? "
        f"AND {kolom} IS NOT NULL LIMIT 1", _rentang(kode)).fetchone()
    return baris[0] if baris else None


@dataclass(frozen=True)
class KelompokRekap:
    """Families of one desa that share desil, statuses and findings, with their member count."""

    kode_desa: str | None
    desil: str | None
    status_verifikasi: str
    kelayakan: str | None
    persetujuan: str
    usulan_baru: bool
    ada_temuan: bool
    keluarga: int
    jiwa: int
    jenis_pindah: str | None = None
    """:class:`kalbar_desktop.domain.status.JenisPindah` of families that moved."""


def _jenis_pindah(dalam: Sequence[str]) -> tuple[str, list]:
    """status.jenis_pindah in SQL (and its parameter), where the old free texts ``dalam``
    (:func:`kalbar_desktop.storage.wilayah.teks_pindah_dalam_kabupaten`) name a desa of this
    kabupaten and so count as a move within it."""
    return ("""CASE WHEN v.status_verifikasi <> 'PINDAH' THEN NULL
    WHEN v.pindah_ke_kode IS NOT NULL AND v.pindah_ke_kode <> '' THEN 'DALAM_KABUPATEN'
    WHEN v.pindah_ke IN (SELECT value FROM json_each(?)) THEN 'DALAM_KABUPATEN'
    WHEN trim(COALESCE(v.pindah_ke, '')) <> '' THEN 'LUAR_KABUPATEN' END""",
            [json.dumps(list(dalam), ensure_ascii=False)])


def rekap(db: Database, lingkup: Lingkup) -> list[KelompokRekap]:
    """Family and member counts per desa and per combination of desil, status verifikasi,
    kelayakan, approval state, origin, findings and kind of move (a few thousand rows at
    most)."""
    where, params = _where(lingkup)
    jenis_pindah, params_pindah = _jenis_pindah(teks_pindah_dalam_kabupaten(db))
    sql = f"""
        SELECT k.kode_kemdagri, k.desil, v.status_verifikasi, v.kelayakan, v.persetujuan,
               k.asal = 'usulan_baru',
               EXISTS (SELECT 1 FROM temuan t WHERE t.id_keluarga = k.id_keluarga),
               count(*),
               sum((SELECT count(*) FROM anggota a WHERE a.id_keluarga = k.id_keluarga)),
               {jenis_pindah}
        FROM keluarga k JOIN verifikasi_keluarga v USING (id_keluarga)
        {where}
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 10
        ORDER BY 1
    """
    return [KelompokRekap(b[0], b[1], b[2], b[3], b[4], bool(b[5]), bool(b[6]), int(b[7]),
                          int(b[8]), b[9]) for b in db.execute(sql, params_pindah + params)]


_POTONGAN = 500
"""Values per ``IN (...)`` list (SQLite limits the parameters of one statement)."""


def _baris_dalam(db: Database, sql: str, nilai: Sequence[str]) -> Iterator[tuple]:
    """The rows of ``sql`` run over ``nilai`` in pieces; ``{tanda}`` in ``sql`` stands for the
    piece's ``?, ?, ...`` list."""
    for awal in range(0, len(nilai), _POTONGAN):
        potong = list(nilai[awal:awal + _POTONGAN])
        yield from db.execute(sql.replace("{tanda}", ", ".join("?" * len(potong))), potong)


def nama_desa_dan_kecamatan(db: Database, kode_desa: Sequence[str]) -> dict[str, str]:
    """Names of the given desa codes and of their kecamatan (code -> name; codes nobody names
    are left out). The region table wins; the families' own name columns fill the gaps."""
    hasil: dict[str, str] = {}
    desa = sorted({k for k in kode_desa if k})
    kode = sorted(set(desa) | {k[:6] for k in desa})
    for k, n in _baris_dalam(
            db, "SELECT kode, nama FROM wilayah WHERE kode IN ({tanda}) AND nama <> kode", kode):
        hasil[k] = n
    kurang = [k for k in desa if k not in hasil or k[:6] not in hasil]
    for k, nama_desa, nama_kec in _baris_dalam(
            db, "SELECT kode_kemdagri, max(desa), max(kecamatan) FROM keluarga "
            "WHERE kode_kemdagri IN ({tanda}) GROUP BY kode_kemdagri", kurang):
        if nama_desa:
            hasil.setdefault(k, nama_desa)
        if nama_kec:
            hasil.setdefault(k[:6], nama_kec)
    return hasil


KOLOM_VERIFIKASI_LEMBAR: tuple[str, ...] = tuple(
    f for f in KOLOM_VERIFIKASI if f != "pindah_ke_kode")
"""Verification fields in their place in Data Keluarga (the columns added later come last, so
the province's columns keep their positions)."""
KOLOM_DATA_KELUARGA: tuple[str, ...] = (
    "id_keluarga", *FIELD_KELUARGA, "koreksi", *KOLOM_VERIFIKASI_LEMBAR, "temuan",
    "jumlah_anggota", "pindah_ke_kode", "jenis_pindah")
"""Fields of each row :func:`keluarga` yields: the P3KE source fields (local corrections
applied), the names of the corrected fields, the verification fields ('Pindah ke' as people
read it: a desa of this database by name and code, or the free text), the finding rule codes
(``;``-separated, sorted), the number of members, then the desa code of a move within the
kabupaten and the kind of move (:class:`kalbar_desktop.domain.status.JenisPindah` label)."""


class _NamaDesa(dict):
    """Desa code -> 'Desa, Kecamatan', looked up once per code."""

    def __init__(self, db: Database):
        super().__init__()
        self.db = db

    def __missing__(self, kode: str) -> str | None:
        nama = self[kode] = nama_desa_lengkap(self.db, kode)
        return nama


_KOLOM_NAMA_WILAYAH = (("provinsi", 2), ("kabupaten", 4), ("kecamatan", 6), ("desa", 10))
"""The region name columns of a family and the length of the code each names."""


def nama_semua_wilayah(db: Database) -> dict[str, str]:
    """Every region name the database knows, code -> name: the reference where loaded, else
    the names the P3KE files brought (a few thousand rows for a province)."""
    return dict(db.execute("SELECT kode, nama FROM wilayah WHERE nama <> kode"))


def keluarga(db: Database, lingkup: Lingkup) -> Iterator[list]:
    """The families within ``lingkup`` as lists in :data:`KOLOM_DATA_KELUARGA` order.

    A region name column the source left empty (a 2023 file has none) holds the name of the
    family's Kode Kemdagri at that level; a name the file gave stays as written."""
    where, params = _where(lingkup)
    sumber = ", ".join(f"k.{f}" for f in FIELD_KELUARGA)
    verif = ", ".join(f"v.{f}" for f in KOLOM_VERIFIKASI_LEMBAR)
    sql = f"""
        SELECT k.id_keluarga, {sumber}, v.koreksi_json, {verif},
               (SELECT group_concat(DISTINCT t.aturan) FROM temuan t
                WHERE t.id_keluarga = k.id_keluarga),
               (SELECT count(*) FROM anggota a WHERE a.id_keluarga = k.id_keluarga),
               v.pindah_ke_kode
        {_DARI} {where}
        ORDER BY k.kode_kemdagri, k.id_keluarga
    """
    n_sumber = len(FIELD_KELUARGA)
    posisi = {f: i for i, f in enumerate(FIELD_KELUARGA, start=1)}
    i_status = KOLOM_DATA_KELUARGA.index("status_verifikasi")
    i_pindah = KOLOM_DATA_KELUARGA.index("pindah_ke")
    i_temuan = KOLOM_DATA_KELUARGA.index("temuan")
    i_persetujuan = KOLOM_DATA_KELUARGA.index("persetujuan")
    i_kembali = KOLOM_DATA_KELUARGA.index("catatan_pengembalian")
    tertulis = status.catatan_pengembalian_tertulis
    nama_desa = _NamaDesa(db)
    dalam = set(teks_pindah_dalam_kabupaten(db))
    nama_wilayah_ = nama_semua_wilayah(db)
    i_kode = posisi["kode_kemdagri"]
    kolom_nama = [(posisi[f], n) for f, n in _KOLOM_NAMA_WILAYAH]
    for b in db.execute(sql, params):
        baris = list(b)
        koreksi_json = baris[n_sumber + 1]
        koreksi = ""
        if koreksi_json:
            data = json.loads(koreksi_json)
            for f, nilai in data.items():
                if f in posisi:
                    baris[posisi[f]] = nilai
            koreksi = ";".join(sorted(data))
        baris[n_sumber + 1] = koreksi
        kode = baris[i_kode]
        if kode:
            for i, n in kolom_nama:
                if not baris[i] and len(kode) >= n:
                    baris[i] = nama_wilayah_.get(kode[:n])
        if baris[i_kembali]:
            baris[i_kembali] = tertulis(baris[i_persetujuan], baris[i_kembali])
        temuan = baris[i_temuan]
        if temuan:
            baris[i_temuan] = ";".join(sorted(set(temuan.split(","))))
        kode_pindah = baris[-1]
        jenis = status.jenis_pindah(status.Verifikasi(
            status_verifikasi=baris[i_status], pindah_ke=baris[i_pindah],
            pindah_ke_kode=kode_pindah))
        if jenis == status.JenisPindah.LUAR_KABUPATEN and baris[i_pindah] in dalam:
            jenis = status.JenisPindah.DALAM_KABUPATEN  # old text naming one desa of ours
        if kode_pindah:
            baris[i_pindah] = status.teks_pindah(kode_pindah, None, nama_desa[kode_pindah])
        baris.append(status.LABEL[jenis] if jenis else None)
        yield baris


KOLOM_DATA_ANGGOTA: tuple[str, ...] = (
    "id_keluarga", "kode_kemdagri", "id_individu", "nama", "nik", "nik_perbaikan",
    "status_anggota", "catatan_anggota",
    *(f for f in FIELD_ANGGOTA if f not in ("nama", "nik")))
"""Fields of each row :func:`anggota` yields."""


_HUBUNGAN_BERLAKU = "COALESCE(json_extract(va.koreksi_json, '$.hubungan'), a.hubungan)"
"""A member's relationship in force: the one recorded at the visit (a new head), else P3KE's."""


def anggota(db: Database, lingkup: Lingkup) -> Iterator[tuple]:
    """The members of the families within ``lingkup`` as tuples in :data:`KOLOM_DATA_ANGGOTA`
    order."""
    where, params = _where(lingkup)
    lain = ", ".join(_HUBUNGAN_BERLAKU if f == "hubungan" else f"a.{f}"
                     for f in KOLOM_DATA_ANGGOTA[8:])
    sql = f"""
        SELECT a.id_keluarga, k.kode_kemdagri, a.id_individu, a.nama, a.nik, va.nik_perbaikan,
               va.status_anggota, va.catatan, {lain}
        FROM keluarga k JOIN verifikasi_keluarga v USING (id_keluarga)
        JOIN anggota a ON a.id_keluarga = k.id_keluarga
        JOIN verifikasi_anggota va ON va.id_individu = a.id_individu
        {where}
        ORDER BY k.kode_kemdagri, k.id_keluarga, a.urutan
    """
    yield from db.execute(sql, params)


# ---------------------------------------------------------------------------------------------
# Re-import: the current verification of many families at once.
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class KeadaanKeluarga:
    """What a re-import compares against: the verification in force and its version."""

    id_keluarga: str
    kode_wilayah: str | None
    nama_kepala: str | None
    verifikasi: status.Verifikasi
    versi: int
    diubah_pada: str | None = None
    """When the verification was last saved (ISO text with offset, whole seconds)."""
    diubah_oleh: str | None = None
    asal: str | None = None
    """``p3ke``, or ``usulan_baru`` for a family proposed in this database (its ID is made here,
    ``UB-{desa}-0001``, and may be another family's in another database)."""
    nik_kepala: str | None = None
    no_kk: str | None = None


def keadaan_keluarga(db: Database, id_keluarga: Sequence[str]) -> dict[str, KeadaanKeluarga]:
    """The verification and version of the given families (unknown IDs are left out)."""
    hasil: dict[str, KeadaanKeluarga] = {}
    verif = ", ".join(f"v.{f}" for f in KOLOM_VERIFIKASI)
    ids = list(dict.fromkeys(id_keluarga))
    for b in _baris_dalam(
            db, "SELECT k.id_keluarga, k.kode_kemdagri, k.nama_kepala, v.versi, v.diubah_pada, "
            f"v.diubah_oleh, k.asal, k.nik_kepala, k.no_kk, {verif} {_DARI} "
            "WHERE k.id_keluarga IN ({tanda})", ids):
        v = status.Verifikasi(**dict(zip(KOLOM_VERIFIKASI, b[9:], strict=True)))
        hasil[b[0]] = KeadaanKeluarga(b[0], b[1], b[2], v, int(b[3]), b[4], b[5], *b[6:9])
    return hasil


def usulan_dibuat(db: Database, lingkup: Lingkup, sampai: int) -> list[tuple[int, str]]:
    """The audit rows (number, hash) that recorded the creation of the proposed new families
    (usulan baru) within ``lingkup``, up to row ``sampai``, newest first: a database that shares
    one of those rows shares its whole chain up to it, so it holds the same usulan."""
    where, params = _where(lingkup)
    # The ID range (every usulan is numbered UB-{desa}-0001 here, storage.verifikasi) lets
    # SQLite walk the few usulan by the key instead of every family of the scope (0.5 s at
    # 100,000 families).
    syarat = ("k.id_keluarga >= 'UB-' AND k.id_keluarga < 'UB.' AND k.asal = 'usulan_baru' "
              "AND a.aksi = 'TAMBAH_USULAN' AND a.id <= ?")
    where = f"{where} AND {syarat}" if where else f"WHERE {syarat}"
    return [(int(n), h) for n, h in db.execute(
        f"SELECT a.id, a.hash {_DARI} JOIN audit_log a ON a.id_keluarga = k.id_keluarga "
        f"{where} ORDER BY a.id DESC", [*params, sampai])]


def alamat_berlaku(db: Database, id_keluarga: Sequence[str]) -> dict[str, str | None]:
    """The address in force of the given families (corrected in the form, else the source's);
    unknown IDs are left out."""
    return dict(_baris_dalam(
        db, "SELECT k.id_keluarga, COALESCE(json_extract(v.koreksi_json, '$.alamat'), k.alamat) "
        f"{_DARI} WHERE k.id_keluarga IN ({{tanda}})", list(dict.fromkeys(id_keluarga))))


ID_ANGKA = {"keluarga": ("keluarga", "id_keluarga"), "anggota": ("anggota", "id_individu")}
"""What :func:`id_dari_angka` looks up: families or members (table, ID column)."""


def id_dari_angka(db: Database, jenis: str,
                  digit: Collection[str]) -> dict[str, str | tuple[str, ...]]:
    """The families (``jenis`` ``"keluarga"``) or members (``"anggota"``) whose ID is one of the
    given digit texts, as it is or with leading zeros (a number cell of a workbook lost them:
    ``61729003`` for ``0061729003``): digits -> the ID, or the sorted IDs when several have
    them; digits nobody has are left out."""
    tabel, kolom = ID_ANGKA[jenis]
    dicari = set(digit)
    hasil: dict[str, str | tuple[str, ...]] = {}

    def tambah(kunci: str, nilai: str) -> None:
        ada = hasil.get(kunci)
        hasil[kunci] = nilai if ada is None else tuple(sorted(
            {*(ada if isinstance(ada, tuple) else (ada,)), nilai}))

    for (nilai,) in _baris_dalam(db, f"SELECT {kolom} FROM {tabel} WHERE {kolom} IN ({{tanda}})",
                                 sorted(dicari)):
        tambah(nilai, nilai)
    for (nilai,) in db.execute(f"SELECT {kolom} FROM {tabel} WHERE {kolom} GLOB '0*'"):
        if nilai.lstrip("0") in dicari:
            tambah(nilai.lstrip("0"), nilai)
    return hasil


IDENTITAS_KEPALA = ("nama_kepala", "nik_kepala", "no_kk", "kode_kemdagri")
"""The fields that say which family a row is (its head, No KK and desa)."""


def identitas_tercatat(db: Database, id_keluarga: str,
                       sesudah: Callable[[int, str | None], bool]) -> dict[str, list[str]]:
    """The values the fields :data:`IDENTITAS_KEPALA` of a family have held in this database
    from a point on (``sesudah(audit row number, time)``: whether a change was made after it),
    oldest first and the value in force last: the old and new value of each audited correction
    after the point (an empty one: the family's own value) and the value in force. A family
    renamed after a workbook went out is still known by the name the workbook shows; for a
    proposed new family added after the point, only the value in force counts (the workbook
    never showed any of its values)."""
    hasil: dict[str, list[str]] = {f: [] for f in IDENTITAS_KEPALA}
    b = db.execute(f"SELECT {', '.join('k.' + f for f in IDENTITAS_KEPALA)}, v.koreksi_json "
                   f"{_DARI} WHERE k.id_keluarga = ?", [id_keluarga]).fetchone()
    if b is None:
        return hasil
    sendiri = dict(zip(IDENTITAS_KEPALA, b, strict=False))
    for nomor, waktu, kolom, lama, baru in db.execute(
            "SELECT id, waktu, kolom, nilai_lama, nilai_baru FROM audit_log WHERE id_keluarga = ? "
            "AND tabel = 'keluarga' AND (aksi = 'TAMBAH_USULAN' OR kolom IN "
            f"({', '.join('?' * len(IDENTITAS_KEPALA))})) ORDER BY id",
            [id_keluarga, *IDENTITAS_KEPALA]):
        if not sesudah(nomor, waktu):
            continue
        if kolom is None:  # added after the point
            hasil = {f: [] for f in IDENTITAS_KEPALA}
            break
        hasil[kolom] += [lama or sendiri[kolom], baru or sendiri[kolom]]
    koreksi = json.loads(b[-1] or "{}")
    for f in IDENTITAS_KEPALA:
        berlaku = koreksi.get(f) or sendiri[f]
        hasil[f] = [n for n in dict.fromkeys(hasil[f]) if n and n != berlaku] \
            + ([berlaku] if berlaku else [])
    return hasil


@dataclass(frozen=True)
class UbahTercatat:
    """One field change of a family's or a member's verification, from the audit trail."""

    id: int
    waktu: str
    pengguna: str | None
    tabel: str
    id_rekaman: str | None
    kolom: str
    nilai_lama: str | None
    nilai_baru: str | None
    alasan: str | None
    aksi: str = "UBAH"
    keterangan: str | None = None


def ubah_verifikasi_tercatat(db: Database,
                             id_keluarga: Sequence[str]) -> dict[str, list[UbahTercatat]]:
    """The audited field changes of the verification of the given families and their members,
    oldest first (a re-import compares them with the export time of its workbook)."""
    hasil: dict[str, list[UbahTercatat]] = {}
    ids = list(dict.fromkeys(id_keluarga))
    for b in _baris_dalam(
            db, "SELECT id_keluarga, id, waktu, pengguna, tabel, id_rekaman, kolom, nilai_lama, "
            "nilai_baru, alasan, aksi, keterangan FROM audit_log WHERE id_keluarga IN "
            "({tanda}) AND tabel IN ('verifikasi_keluarga', 'verifikasi_anggota') "
            "AND kolom IS NOT NULL ORDER BY id", ids):
        hasil.setdefault(b[0], []).append(UbahTercatat(*b[1:]))
    return hasil


@dataclass(frozen=True)
class KeadaanAnggota:
    """A member's verification as a re-import compares it."""

    id_individu: str
    id_keluarga: str
    nama: str | None
    nik: str | None
    status_anggota: str
    nik_perbaikan: str | None
    catatan: str | None
    asal: str | None = None
    """``'p3ke'`` (from the source files) or ``'baru'`` (added in the form or by a re-import:
    its ID ``{id_keluarga}-Bnn`` is made by each database on its own)."""
    tanggal_lahir: str | None = None
    """Filled by :func:`anggota_keluarga` only (matching a new member); ``None`` from
    :func:`keadaan_anggota`."""


_KEADAAN_ANGGOTA = ("SELECT a.id_individu, a.id_keluarga, a.nama, a.nik, va.status_anggota, "
                    "va.nik_perbaikan, va.catatan, a.asal, a.tanggal_lahir FROM anggota a "
                    "JOIN verifikasi_anggota va USING (id_individu) ")


def keadaan_anggota(db: Database, id_individu: Sequence[str]) -> dict[str, KeadaanAnggota]:
    """The verification of the given members (unknown IDs are left out)."""
    hasil: dict[str, KeadaanAnggota] = {}
    ids = list(dict.fromkeys(id_individu))
    for b in _baris_dalam(db, _KEADAAN_ANGGOTA + "WHERE a.id_individu IN ({tanda})", ids):
        # a district's 400,000 members: one shared string per origin, no birth date (only
        # the new-member matching of anggota_keluarga reads it)
        hasil[b[0]] = KeadaanAnggota(*b[:7], _ASAL.get(b[7], b[7]), None)
    return hasil


_ASAL = {"p3ke": "p3ke", "baru": "baru"}


def anggota_keluarga(db: Database, id_keluarga: Sequence[str]) -> dict[str, list[KeadaanAnggota]]:
    """The members of the given families, in their order (a re-import looks there for a new
    member it may already hold)."""
    hasil: dict[str, list[KeadaanAnggota]] = {}
    ids = list(dict.fromkeys(id_keluarga))
    for b in _baris_dalam(db, _KEADAAN_ANGGOTA + "WHERE a.id_keluarga IN ({tanda}) "
                          "ORDER BY a.id_keluarga, a.urutan, a.id_individu", ids):
        hasil.setdefault(b[1], []).append(KeadaanAnggota(*b))
    return hasil


# ---------------------------------------------------------------------------------------------
# Printed documents of one desa.
# ---------------------------------------------------------------------------------------------
def _urutan_alamat(alamat: str | None) -> tuple:
    """Sort key of an address as a person walks the street: numbers by their value (Gang 2
    before Gang 10, RT 3 before RT 12), letters without case."""
    bagian = re.split(r"(\d+)", (alamat or "").casefold())  # text, number, text, ...
    return tuple(int(b) if i % 2 else b for i, b in enumerate(bagian))


def keluarga_desa(db: Database, kode_desa: str, status_verifikasi: Sequence[str] = (),
                  dengan_anggota: bool = False) -> list[dict]:
    """The families of one desa (ordered by address as it reads now, its numbers by value, then
    by ID) with their verification; with ``dengan_anggota`` each carries ``anggota``: its
    members with their status. An empty ``status_verifikasi`` means every status."""
    syarat = ["k.kode_kemdagri = ?"]
    params: list = [kode_desa]
    if status_verifikasi:
        syarat.append(f"v.status_verifikasi IN ({', '.join('?' * len(status_verifikasi))})")
        params.extend(status_verifikasi)
    sql = (f"SELECT k.id_keluarga, k.nama_kepala, k.nik_kepala, k.no_kk, k.alamat, k.desil, "
           f"k.asal, v.koreksi_json, {', '.join('v.' + f for f in KOLOM_VERIFIKASI)}, "
           f"(SELECT count(*) FROM anggota a WHERE a.id_keluarga = k.id_keluarga) "
           f"AS jumlah_anggota "
           f"{_DARI} WHERE {' AND '.join(syarat)} ORDER BY k.id_keluarga")
    hasil = []
    nama_desa = _NamaDesa(db)
    for baris in db.query(sql, params):
        koreksi = json.loads(baris.pop("koreksi_json") or "{}")
        for f in ("nama_kepala", "nik_kepala", "no_kk", "alamat", "desil"):
            if f in koreksi:
                baris[f] = koreksi[f]
        if baris.get("pindah_ke_kode"):
            baris["pindah_ke"] = status.teks_pindah(baris["pindah_ke_kode"], None,
                                                    nama_desa[baris["pindah_ke_kode"]])
        hasil.append(baris)
    hasil.sort(key=lambda b: _urutan_alamat(b["alamat"]))  # stable: ID within one address
    if dengan_anggota and hasil:
        per_id = {b["id_keluarga"]: b for b in hasil}
        for b in hasil:
            b["anggota"] = []
        for a in db.query(
                "SELECT a.id_keluarga, a.id_individu, a.nama, a.nik, a.jenis_kelamin, "
                f"{_HUBUNGAN_BERLAKU} AS hubungan, "
                "a.tanggal_lahir, va.status_anggota, va.nik_perbaikan FROM anggota a "
                "JOIN keluarga k USING (id_keluarga) "
                "JOIN verifikasi_anggota va USING (id_individu) WHERE k.kode_kemdagri = ? "
                "ORDER BY a.id_keluarga, a.urutan, a.id_individu", [kode_desa]):
            keluarga_ = per_id.get(a["id_keluarga"])
            if keluarga_ is not None:
                keluarga_["anggota"].append(a)
    return hasil


def desa_dokumen(db: Database, wilayah: Sequence[str], status_verifikasi: Sequence[str] = (),
                 persetujuan: Sequence[str] = ()) -> list[tuple[str, int]]:
    """The desa (10-digit Kode Kemdagri) holding families under the region codes ``wilayah``
    (empty: the whole database), with their number of families, in code order: the sections of
    a printed document of several desa. With ``status_verifikasi`` or ``persetujuan`` only the
    families having one of those statuses or one of those approval states count (a visit list:
    not yet verified, or sent back), and a desa without any is left out."""
    syarat = ["length(k.kode_kemdagri) = 10"]
    params: list = []
    if wilayah:
        sql, params = syarat_lingkup("k.kode_kemdagri", wilayah)
        syarat.append(sql)
    saring = []
    if status_verifikasi:
        saring.append(f"v.status_verifikasi IN ({', '.join('?' * len(status_verifikasi))})")
        params.extend(status_verifikasi)
    if persetujuan:
        saring.append(f"v.persetujuan IN ({', '.join('?' * len(persetujuan))})")
        params.extend(persetujuan)
    if saring:
        syarat.append(f"({' OR '.join(saring)})")
    return [(k, int(n)) for k, n in db.execute(
        f"SELECT k.kode_kemdagri, count(*) {_DARI} WHERE {' AND '.join(syarat)} "
        "GROUP BY k.kode_kemdagri ORDER BY k.kode_kemdagri", params)]
