"""Writing an import: stage the rows in temporary tables, then merge them set-wise.

The caller opens one transaction around :class:`Pementasan` from staging to merge; a failure or
a cancel anywhere rolls back everything, so the database is exactly as it was. The merge
updates only source columns: the verification tables are created for new records and otherwise
never touched, so a re-import keeps all local work.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlite_utils import Database

from kalbar_desktop.domain import nik
from kalbar_desktop.domain.kolom import (
    FIELD_ANGGOTA,
    FIELD_KELUARGA,
    FIELD_KELUARGA_DI_INDIVIDU,
    FIELD_RILIS,
    FIELD_USIA,
    KOLOM_INDIVIDU,
    KOLOM_KELUARGA,
    Jenis,
)
from kalbar_desktop.domain.nama_orang import kunci_nama
from kalbar_desktop.domain.tanggal import kode_nik
from kalbar_desktop.domain.temuan import KUNCI_GALAT
from kalbar_desktop.storage import cari
from kalbar_desktop.storage.waktu import sekarang

_LOKASI = ("file_sumber", "lembar_sumber", "baris_sumber")

KOLOM_STAGE_KELUARGA: tuple[str, ...] = (
    "id_keluarga", *FIELD_KELUARGA, "nik_kepala_bentuk", "id_keluarga_bentuk", "no_kk_bentuk",
    "tata_letak", "sumber_json", *_LOKASI, "periksa")
"""Column order of the tuples given to :meth:`Pementasan.tambah_keluarga`."""

KOLOM_STAGE_ANGGOTA: tuple[str, ...] = (
    "id_individu", "id_keluarga", "urutan", *FIELD_ANGGOTA, "nik_bentuk", "id_individu_bentuk",
    "id_keluarga_bentuk", *FIELD_KELUARGA_DI_INDIVIDU, "tata_letak", "sumber_json", *_LOKASI,
    "periksa")
"""Column order of the tuples given to :meth:`Pementasan.tambah_anggota`."""

_TEKS_KELUARGA = frozenset(f for f in FIELD_KELUARGA if KOLOM_KELUARGA[f].jenis == Jenis.TEKS)
_TEKS_ANGGOTA = frozenset(f for f in FIELD_ANGGOTA if KOLOM_INDIVIDU[f].jenis == Jenis.TEKS)
"""The text fields of the family and member rows (names, address...): an Excel error in one is
stored empty (:meth:`Pementasan.pertahankan_teks_galat`)."""

_BUATAN = "(" + ", ".join(f"'{b}'" for b in nik.BENTUK_BUATAN) + ")"
"""SQL list of the ``id_individu_bentuk`` values of a made-up ID Individu."""

# Fields of the head's row in an individual file that describe the family's head.
_KEPALA_DARI_ANGGOTA = {
    "nama_kepala": "nama", "nik_kepala": "nik", "nik_kepala_bentuk": "nik_bentuk",
    "jenis_kelamin": "jenis_kelamin", "tanggal_lahir": "tanggal_lahir",
    "status_kawin": "status_kawin", "pekerjaan": "pekerjaan",
    "status_pekerjaan": "status_pekerjaan", "pendidikan": "pendidikan",
    "padan_dukcapil": "padan_dukcapil",
    "id_keluarga_bentuk": "id_keluarga_bentuk",  # how the family's ID arrived in that row
}


@dataclass(frozen=True)
class DesaTidakAda:
    """A desa with families in the database of which the new files hold none: its families
    are left as they are (a file may cover part of a district), and the user is told."""

    kode_kemdagri: str
    desa: str | None
    kecamatan: str | None
    jumlah_keluarga: int
    kecamatan_ada_di_berkas: bool
    """Other desa of its kecamatan are in the files (a gap inside the area the files cover)."""

    @property
    def nama_desa(self) -> str:
        """The desa's name, or its code when no file named it."""
        return self.desa or self.kode_kemdagri

    @property
    def nama_kecamatan(self) -> str:
        """The kecamatan's name, or its code when no file named it."""
        return self.kecamatan or self.kode_kemdagri[:6]


@dataclass
class Ringkasan:
    """What a merge did (or would do)."""

    jumlah_keluarga: int = 0
    jumlah_anggota: int = 0
    keluarga_baru: int = 0
    keluarga_berubah: int = 0
    """Stored families whose substantive values the files change (name, NIK, No KK, address,
    region, desil, housing, aid...: any P3KE column but :data:`FIELD_RILIS`)."""
    keluarga_rilis_saja: int = 0
    """Stored families whose only changed values are the release's year and ranking
    (:data:`FIELD_RILIS`, which move with every release): not in :attr:`keluarga_berubah`,
    so that the real changes are not drowned; their values are updated all the same."""
    kolom_berubah: list[tuple[str, str]] = field(default_factory=list)
    """The families of :attr:`keluarga_berubah`, in ID order: (ID Keluarga, the fields whose
    values changed, each followed by a comma; a field may come twice, its value and the form of
    its identifier)."""
    keluarga_hilang: int = 0
    anggota_baru: int = 0
    anggota_berubah: int = 0
    """Stored members whose substantive values the files change (name, NIK, birth date,
    family, work, schooling, aid...: any P3KE column but :data:`FIELD_USIA`)."""
    anggota_usia_saja: int = 0
    """Stored members whose only changed values are their age's (:data:`FIELD_USIA`, which
    move with every release as people age): not in :attr:`anggota_berubah`; their values
    are updated all the same."""
    anggota_hilang: int = 0
    id_keluarga_hilang: list[str] = field(default_factory=list)
    id_individu_dicocokkan: list[tuple[str, str, str]] = field(default_factory=list)
    """Members whose made-up ID Individu took the real one this import brought:
    (ID Keluarga, made-up ID, real ID)."""
    desa_tidak_ada: list[DesaTidakAda] = field(default_factory=list)
    """Desa of the files' kabupaten with families in the database but none in the files."""
    id_keluarga_tetap: list[str] = field(default_factory=list)
    """Families of the files' desa that an Individu file has no row for and that stay (an
    Individu file lists people, not families: :meth:`Pementasan._keluarga_tanpa_baris`)."""
    anggota_keluarga_tetap: int = 0
    """Members of :attr:`id_keluarga_tetap` marked no longer in the files (in
    :attr:`anggota_hilang` too)."""
    kepala_baru: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    """Families whose head the files change: another NIK Kepala Keluarga and another name than
    the stored ones (a NIK corrected for the same name, or the NIK corrected in the
    application, is no new head: :meth:`Pementasan._kepala_baru`), in ID order: (ID
    Keluarga, the former head's name, the new head's name). Legitimate (the head died or
    moved), but said: an Individu file changes it without a word otherwise."""


@dataclass(frozen=True)
class Duplikat:
    """An identifier that appears on more than one staged row."""

    nilai: str
    lokasi: tuple[tuple[str, str, int], ...]  # (file, sheet, row)


def sudah_diimpor(db: Database, sha256: Iterable[str]) -> bool:
    """True when every one of these files (by SHA-256) was imported before."""
    daftar = list(sha256)
    if not daftar:
        return False
    tanda = ", ".join("?" * len(daftar))
    n = db.execute(
        f"SELECT count(DISTINCT sha256) FROM impor_file WHERE sha256 IN ({tanda})", daftar
    ).fetchone()[0]
    return n == len(set(daftar))


class Pementasan:
    """Temporary staging tables for one import, on ``db``'s connection."""

    def __init__(self, db: Database):
        self.db = db
        self._kolom_terisi: dict[str, set[str]] = {}
        """The columns some staged sheet had, per staging table."""
        self._akhir_baris_keluarga: int | None = None
        """The last ``stage_keluarga`` rowid a family sheet gave (the rows after it were made
        from members' rows by :meth:`lengkapi_keluarga_dari_anggota`); ``None`` before."""
        db.execute("DROP TABLE IF EXISTS temp.stage_keluarga")
        db.execute("DROP TABLE IF EXISTS temp.stage_anggota")
        db.execute(
            "CREATE TEMP TABLE stage_keluarga ("
            + ", ".join(f"{k} {'INTEGER' if k in ('baris_sumber', 'periksa') else 'TEXT'}"
                        for k in KOLOM_STAGE_KELUARGA) + ")")
        db.execute(
            "CREATE TEMP TABLE stage_anggota ("
            + ", ".join(f"{k} {'INTEGER' if k in ('baris_sumber', 'urutan', 'periksa') else 'TEXT'}"
                        for k in KOLOM_STAGE_ANGGOTA) + ")")

    def tambah_keluarga(self, baris: Iterable[Sequence],
                        kolom: Sequence[str] = KOLOM_STAGE_KELUARGA) -> None:
        """Stage family rows (values in ``kolom`` order, a subset of
        :data:`KOLOM_STAGE_KELUARGA`; the others stay empty)."""
        self._tambah("stage_keluarga", KOLOM_STAGE_KELUARGA, kolom, baris)

    def tambah_anggota(self, baris: Iterable[Sequence],
                       kolom: Sequence[str] = KOLOM_STAGE_ANGGOTA) -> None:
        """Stage member rows (values in ``kolom`` order, a subset of
        :data:`KOLOM_STAGE_ANGGOTA`; the others stay empty)."""
        self._tambah("stage_anggota", KOLOM_STAGE_ANGGOTA, kolom, baris)

    def _tambah(self, tabel: str, semua: Sequence[str], kolom: Sequence[str],
                baris: Iterable[Sequence]) -> None:
        asing = set(kolom) - set(semua)
        if asing:
            raise ValueError(f"kolom stage tidak dikenal: {sorted(asing)}")
        # Only the columns the sheet has: binding ~20 always-empty values per row costs as
        # much as a quarter of a district import's staging.
        self._kolom_terisi.setdefault(tabel, set()).update(kolom)
        self.db.conn.executemany(
            f"INSERT INTO temp.{tabel} ({', '.join(kolom)}) "
            f"VALUES ({', '.join('?' * len(kolom))})", baris)

    def tanggal_ambigu(self, tabel: str, field: str, kunci_sumber: str, file: str, lembar: str,
                       peta: dict[str, tuple[str, str]], ubah: bool) -> int:
        """The staged rows of one sheet (``file``, ``lembar``) whose date ``field`` was read
        from a text of ``peta`` (the cell as written, found in the source JSON under
        ``kunci_sumber``; -> (the date it was read as, the other reading)): counted, and with
        ``ubah`` given the other reading and marked for the data-quality rules (the NIK's
        birth date must be compared again). Returns how many rows."""
        kolom = KOLOM_STAGE_KELUARGA if tabel == "stage_keluarga" else KOLOM_STAGE_ANGGOTA
        if tabel not in ("stage_keluarga", "stage_anggota") or field not in kolom:
            raise ValueError(f"kolom stage tidak dikenal: {tabel}.{field}")
        if not peta or '"' in kunci_sumber:
            return 0  # a header with a quote cannot be named in a JSON path
        jalur = f'$."{kunci_sumber}"'
        self._tabel_ambigu(peta)
        # the stored date first (cheap), the source JSON only for those rows
        syarat = (f"file_sumber = :f AND lembar_sumber = :l AND {field} IN "
                  "(SELECT lama FROM temp.tanggal_ambigu) AND json_extract(sumber_json, :j) "
                  "IN (SELECT asli FROM temp.tanggal_ambigu)")
        nilai = {"f": file, "l": lembar, "j": jalur}
        try:
            if not ubah:
                return self.db.execute(f"SELECT count(*) FROM temp.{tabel} WHERE {syarat}",
                                       nilai).fetchone()[0]
            return self.db.execute(
                f"UPDATE temp.{tabel} SET periksa = 1, {field} = (SELECT baru FROM "
                f"temp.tanggal_ambigu WHERE asli = json_extract(sumber_json, :j)) "
                f"WHERE {syarat}", nilai).rowcount
        finally:
            self.db.execute("DROP TABLE temp.tanggal_ambigu")

    def _tabel_ambigu(self, peta: dict[str, tuple[str, str]]) -> None:
        """``temp.tanggal_ambigu``: each two-way text with its two readings and the NIK
        birth-date digits of each (:func:`~kalbar_desktop.domain.tanggal.kode_nik`), one row
        per distinct text."""
        self.db.execute("DROP TABLE IF EXISTS temp.tanggal_ambigu")
        self.db.execute("CREATE TEMP TABLE tanggal_ambigu (asli TEXT PRIMARY KEY, lama TEXT, "
                        "baru TEXT, lama_l TEXT, lama_p TEXT, baru_l TEXT, baru_p TEXT)")
        self.db.conn.executemany(
            "INSERT INTO temp.tanggal_ambigu VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(a, lama, baru, *kode_nik(lama), *kode_nik(baru))
             for a, (lama, baru) in peta.items()])

    def nik_tanggal_ambigu(self, tabel: str, field: str, field_nik: str, kunci_sumber: str,
                           file: str, lembar: str, peta: dict[str, tuple[str, str]]
                           ) -> tuple[int, int]:
        """Among the staged rows of one sheet whose date ``field`` was read from a text of
        ``peta`` (see :meth:`tanggal_ambigu`), how many have a NIK (``field_nik``) carrying
        (the reading they were given, the other reading) as birth date: the evidence for a
        column whose dates all read two ways. One query over the rows, the readings worked
        out once per distinct text."""
        kolom = KOLOM_STAGE_KELUARGA if tabel == "stage_keluarga" else KOLOM_STAGE_ANGGOTA
        if (tabel not in ("stage_keluarga", "stage_anggota") or field not in kolom
                or field_nik not in kolom):
            raise ValueError(f"kolom stage tidak dikenal: {tabel}.{field}/{field_nik}")
        if not peta or '"' in kunci_sumber:
            return 0, 0
        self._tabel_ambigu(peta)
        try:
            lama, baru = self.db.execute(
                f"SELECT total(substr(s.{field_nik}, 7, 6) IN (t.lama_l, t.lama_p)), "
                f"total(substr(s.{field_nik}, 7, 6) IN (t.baru_l, t.baru_p)) "
                f"FROM temp.{tabel} s JOIN temp.tanggal_ambigu t "
                f"ON t.asli = json_extract(s.sumber_json, :j) AND t.lama = s.{field} "
                f"WHERE s.file_sumber = :f AND s.lembar_sumber = :l "
                f"AND s.{field} IN (SELECT lama FROM temp.tanggal_ambigu) "
                f"AND length(s.{field_nik}) = 16",
                {"f": file, "l": lembar, "j": f'$."{kunci_sumber}"'}).fetchone()
            return int(lama), int(baru)
        finally:
            self.db.execute("DROP TABLE temp.tanggal_ambigu")

    def kode_wilayah_bukan_desa(self) -> tuple[int, tuple[str, str, str, int] | None]:
        """Staged families whose Kode Kemdagri is no 10-digit desa code (``101010001``: a
        number cell lost its leading zero; words): how many, and the first (code, file,
        sheet, row)."""
        n, kode, file, lembar, baris = self.db.execute(
            "SELECT count(*), kode_kemdagri, file_sumber, lembar_sumber, min(baris_sumber) "
            "FROM temp.stage_keluarga WHERE kode_kemdagri <> '' AND (length(kode_kemdagri) "
            "<> 10 OR kode_kemdagri GLOB '*[^0-9]*')").fetchone()
        return n, ((kode, file, lembar, baris) if n else None)

    def keluarga_tanpa_anggota(self) -> tuple[int, tuple[str, str, str, int] | None]:
        """Staged families with no staged member, when the import brings members at all (a
        family row whose people are missing from the Individu file): how many, and the first
        (ID Keluarga, file, sheet, row). A family-only import has none to report."""
        if self.db.execute("SELECT 1 FROM temp.stage_anggota LIMIT 1").fetchone() is None:
            return 0, None
        syarat = ("FROM temp.stage_keluarga k WHERE NOT EXISTS (SELECT 1 FROM "
                  "temp.stage_anggota a WHERE a.id_keluarga = k.id_keluarga)")
        n = self.db.execute(f"SELECT count(*) {syarat}").fetchone()[0]
        if not n:
            return 0, None
        contoh = self.db.execute(
            f"SELECT k.id_keluarga, k.file_sumber, k.lembar_sumber, k.baris_sumber {syarat} "
            "ORDER BY k.file_sumber, k.lembar_sumber, k.baris_sumber LIMIT 1").fetchone()
        return n, tuple(contoh)

    def rilis_lebih_baru(self, rilis: str | None) -> tuple[int, str | None]:
        """Staged families whose stored values came from a newer P3KE release than ``rilis``
        (the newest release of this import's files, ``impor_file.rilis``): how many, and the
        newest such release. Importing them again from an older release puts the older
        source values back; the summary says so. Nothing when this import has no release or
        no stored file is newer (one probe, no join)."""
        if rilis is None or not _ada_rilis_lebih_baru(self.db, rilis):
            return 0, None
        n, terbaru = self.db.execute(
            _RILIS_IMPOR_LEBIH_BARU + "SELECT count(*), max(r.rilis) FROM temp.stage_keluarga s "
            "JOIN keluarga k ON k.id_keluarga = s.id_keluarga "
            "JOIN rilis_impor r ON r.impor_id = k.impor_id", [rilis]).fetchone()
        return int(n), terbaru

    def kode_anggota_berbeda(self) -> tuple[int, tuple[str, str, str, str, str, str, int] |
                                            None]:
        """Staged members whose row names another Kode Kemdagri than their family's (an
        Individu sheet repeats the family's columns on every member's row; the family keeps
        its head's): how many, and the first (ID Individu, its code, ID Keluarga, the family's
        code, file, sheet, row). A row under the wrong ID Keluarga is the usual cause."""
        if "kode_kemdagri" not in self._kolom_terisi.get("stage_anggota", set()):
            return 0, None
        syarat = ("FROM temp.stage_anggota a JOIN temp.stage_keluarga k "
                  "ON k.id_keluarga = a.id_keluarga WHERE a.kode_kemdagri <> '' "
                  "AND k.kode_kemdagri <> '' AND a.kode_kemdagri <> k.kode_kemdagri")
        n = self.db.execute(f"SELECT count(*) {syarat}").fetchone()[0]
        if not n:
            return 0, None
        contoh = self.db.execute(
            f"SELECT a.id_individu, a.kode_kemdagri, a.id_keluarga, k.kode_kemdagri, "
            f"a.file_sumber, a.lembar_sumber, a.baris_sumber {syarat} "
            "ORDER BY a.file_sumber, a.lembar_sumber, a.baris_sumber LIMIT 1").fetchone()
        return n, tuple(contoh)

    def _desa_tidak_ada(self) -> list[DesaTidakAda]:
        # Only the kabupaten the files cover (first 4 digits of the Kode Kemdagri): another
        # district's families in the same database are none of this import's business.
        return [DesaTidakAda(kode, desa, kecamatan, n, bool(sekecamatan))
                for kode, desa, kecamatan, n, sekecamatan in self.db.execute(
            "WITH berkas AS (SELECT DISTINCT kode_kemdagri AS kode FROM temp.stage_keluarga "
            "                WHERE kode_kemdagri IS NOT NULL) "
            "SELECT k.kode_kemdagri, max(k.desa), max(k.kecamatan), count(*), "
            "       substr(k.kode_kemdagri, 1, 6) IN (SELECT substr(kode, 1, 6) FROM berkas) "
            "FROM keluarga k WHERE k.asal = 'p3ke' AND k.ada_di_sumber = 1 "
            "AND k.kode_kemdagri NOT IN (SELECT kode FROM berkas) "
            "AND substr(k.kode_kemdagri, 1, 4) IN (SELECT substr(kode, 1, 4) FROM berkas) "
            "GROUP BY k.kode_kemdagri ORDER BY k.kode_kemdagri").fetchall()]

    def jumlah(self) -> tuple[int, int]:
        """Number of staged family and member rows."""
        k = self.db.execute("SELECT count(*) FROM temp.stage_keluarga").fetchone()[0]
        a = self.db.execute("SELECT count(*) FROM temp.stage_anggota").fetchone()[0]
        return k, a

    def _duplikat(self, tabel: str, kolom: str, batas: int) -> list[Duplikat]:
        # The values first, from the index alone (:meth:`indeks`); the rows' places only for
        # those (reading every row to group their places cost ~0.5 s for 400,000 members).
        nilai = [b[0] for b in self.db.execute(
            f"SELECT {kolom} FROM temp.{tabel} GROUP BY {kolom} "
            f"HAVING count(*) > 1 LIMIT {int(batas)}")]
        if not nilai:
            return []
        tanda = ", ".join("?" * len(nilai))
        kosong = f" OR {kolom} IS NULL" if None in nilai else ""
        baris = self.db.execute(
            f"SELECT {kolom}, group_concat(file_sumber || char(31) || lembar_sumber || char(31) "
            f"|| baris_sumber, char(30)) FROM temp.{tabel} WHERE {kolom} IN ({tanda}){kosong} "
            f"GROUP BY {kolom} ORDER BY {kolom}", nilai).fetchall()
        hasil = []
        for nilai, lokasi in baris:
            daftar = []
            for bagian in lokasi.split("\x1e"):
                f, s, r = bagian.split("\x1f")
                daftar.append((f, s, int(r)))
            hasil.append(Duplikat(nilai, tuple(daftar)))
        return hasil

    def duplikat_keluarga(self, batas: int = 10) -> list[Duplikat]:
        """ID Keluarga on more than one row of the family sheets."""
        return self._duplikat("stage_keluarga", "id_keluarga", batas)

    def duplikat_anggota(self, batas: int = 10) -> list[Duplikat]:
        """ID Individu on more than one row of the individual sheets."""
        return self._duplikat("stage_anggota", "id_individu", batas)

    CACHE_GABUNG_KB = 256 * 1024
    """SQLite page cache while merging (KiB; the default is 2 MiB). Merging 400,000 members
    updates ~11 indexes in random key order: with a small cache every insert re-reads pages.
    Set only after the sheets are read and released, so it never adds to the reading peak."""

    def perbesar_cache(self) -> None:
        """Give the merge a large page cache (main and temp databases); :meth:`hapus` puts
        the defaults back."""
        self._cache_lama = (self.db.execute("PRAGMA main.cache_size").fetchone()[0],
                            self.db.execute("PRAGMA temp.cache_size").fetchone()[0])
        self.db.execute(f"PRAGMA main.cache_size = -{int(self.CACHE_GABUNG_KB)}")
        self.db.execute(f"PRAGMA temp.cache_size = -{int(self.CACHE_GABUNG_KB // 2)}")

    def indeks(self) -> None:
        """Index the staged rows by family (after the bulk insert, before the merge)."""
        self.db.execute("CREATE INDEX IF NOT EXISTS temp.stage_keluarga_id "
                        "ON stage_keluarga (id_keluarga)")
        self.db.execute("CREATE INDEX IF NOT EXISTS temp.stage_anggota_id "
                        "ON stage_anggota (id_keluarga)")
        self.db.execute("CREATE INDEX IF NOT EXISTS temp.stage_anggota_individu "
                        "ON stage_anggota (id_individu)")

    def lengkapi_keluarga_dari_anggota(self) -> int:
        """Create a staged family for every staged member whose family has no family row.

        The family takes the family-level columns and the head's own columns from the row of
        its Kepala Keluarga (or, when none is marked, its first member). A family already in
        the database keeps what an individual file does not say (housing, assets and aid come
        only with a family file): re-importing the Individu file alone must not erase them. It
        also keeps the head a family file named on its row (NIK Kepala Keluarga and the head's
        columns) when that NIK is not the head member's as last listed: an Individu file fills
        the row's head only when it is empty or came from members' rows.
        """
        sebelum = self.db.execute(
            "SELECT coalesce(max(rowid), 0) FROM temp.stage_keluarga").fetchone()[0]
        self._akhir_baris_keluarga = sebelum
        kolom_k = list(FIELD_KELUARGA_DI_INDIVIDU) + list(_KEPALA_DARI_ANGGOTA)
        pilih = list(FIELD_KELUARGA_DI_INDIVIDU) + list(_KEPALA_DARI_ANGGOTA.values())
        sql = f"""
            INSERT INTO temp.stage_keluarga (id_keluarga, {', '.join(kolom_k)}, tata_letak,
                                             {', '.join(_LOKASI)})
            SELECT a.id_keluarga, {', '.join('a.' + k for k in pilih)}, a.tata_letak,
                   {', '.join('a.' + k for k in _LOKASI)}
            FROM temp.stage_anggota a
            JOIN (
                SELECT id_keluarga,
                       COALESCE(min(CASE WHEN hubungan = 'Kepala Keluarga' THEN rowid END),
                                min(rowid)) AS pilihan
                FROM temp.stage_anggota
                WHERE id_keluarga NOT IN (SELECT id_keluarga FROM temp.stage_keluarga)
                GROUP BY id_keluarga
            ) h ON a.rowid = h.pilihan
        """
        jumlah = self.db.execute(sql).rowcount
        isi = [*FIELD_KELUARGA, "nik_kepala_bentuk", "no_kk_bentuk", "sumber_json"]
        self.db.execute(f"""
            UPDATE temp.stage_keluarga AS s SET ({', '.join(isi)}) = (
                SELECT {', '.join(f'coalesce(s.{c}, k.{c})' for c in isi)}
                FROM main.keluarga k WHERE k.id_keluarga = s.id_keluarga),
                -- kept values were checked before: a family that had findings is checked again
                periksa = EXISTS (SELECT 1 FROM main.temuan t WHERE t.id_keluarga = s.id_keluarga)
            WHERE s.rowid > ? AND EXISTS (
                SELECT 1 FROM main.keluarga k WHERE k.id_keluarga = s.id_keluarga)""",
                        [sebelum])
        # The head on the family row is what the family file said: another NIK there than the
        # head member's (NIK_KEPALA_BERBEDA) stays with its head's columns, and with the row
        # of the family file it came from (where the operator finds that NIK). The members'
        # rows replace it only when it is empty or the NIK of the head last listed (then the
        # row came from, or agreed with, an earlier Individu file, and follows the newer one).
        kepala = [c for c in _KEPALA_DARI_ANGGOTA if c != "id_keluarga_bentuk"] + list(_LOKASI)
        self.db.execute(f"""
            UPDATE temp.stage_keluarga AS s SET ({', '.join(kepala)}) = (
                SELECT {', '.join('k.' + c for c in kepala)}
                FROM main.keluarga k WHERE k.id_keluarga = s.id_keluarga), periksa = 1
            WHERE s.rowid > ? AND EXISTS (
                SELECT 1 FROM main.keluarga k
                WHERE k.id_keluarga = s.id_keluarga AND k.nik_kepala <> ''
                  AND k.nik_kepala IS NOT s.nik_kepala
                  AND NOT EXISTS (SELECT 1 FROM main.anggota a
                                  WHERE a.id_keluarga = k.id_keluarga
                                    AND a.hubungan = 'Kepala Keluarga'
                                    AND a.nik = k.nik_kepala))""", [sebelum])
        return jumlah

    def pertahankan_teks_galat(self) -> int:
        """A name, an address or another text cell the files hold an Excel error in (stored
        empty, :data:`~kalbar_desktop.domain.temuan.KUNCI_GALAT` in the row's source JSON)
        keeps the value an earlier file brought: the error says the file lost the value, not
        that the person has none. Looks only at the staged rows that hold such a cell (called
        when the files had one); returns how many values were kept."""
        db = self.db
        ada = f"instr(sumber_json, '\"{KUNCI_GALAT}\"') > 0"
        dikembalikan = 0
        for stage, tabel, kunci, teks in (
                ("stage_keluarga", "keluarga", "id_keluarga", _TEKS_KELUARGA),
                ("stage_anggota", "anggota", "id_individu", _TEKS_ANGGOTA)):
            for rowid, sumber in db.execute(
                    f"SELECT rowid, sumber_json FROM temp.{stage} WHERE {ada}").fetchall():
                for f in json.loads(sumber).get(KUNCI_GALAT, {}):
                    if f in teks:
                        dikembalikan += db.execute(
                            f"UPDATE temp.{stage} AS s SET {f} = (SELECT m.{f} FROM main.{tabel} m "
                            f"WHERE m.{kunci} = s.{kunci}) WHERE s.rowid = ? AND s.{f} IS NULL "
                            f"AND EXISTS (SELECT 1 FROM main.{tabel} m WHERE m.{kunci} = s.{kunci} "
                            f"AND m.{f} IS NOT NULL)", [rowid]).rowcount
        return dikembalikan

    def lengkapi_nama_wilayah(self) -> None:
        """Fill empty region names of staged families from their members' rows."""
        ada = self._kolom_terisi.get("stage_anggota", set())
        for kolom in ("provinsi", "kabupaten", "kecamatan", "desa", "alamat", "no_kk"):
            if kolom not in ada:
                continue  # no individual sheet had the column: nothing to fill it from
            self.db.execute(f"""
                UPDATE temp.stage_keluarga SET {kolom} = (
                    SELECT a.{kolom} FROM temp.stage_anggota a
                    WHERE a.id_keluarga = stage_keluarga.id_keluarga AND a.{kolom} <> ''
                    LIMIT 1)
                WHERE ({kolom} IS NULL OR {kolom} = '')
                  AND EXISTS (SELECT 1 FROM temp.stage_anggota a
                              WHERE a.id_keluarga = stage_keluarga.id_keluarga
                                AND a.{kolom} <> '')""")

    def tandai_no_kk_kosong(self, lembar: Iterable[tuple[str, str]]) -> int:
        """Mark the staged families whose No KK is empty while the sheet their row came from
        has a No KK column (``lembar``: (file, sheet) of such sheets): ``no_kk_bentuk =
        'kosong'`` and flagged for the rules (NO_KK_KOSONG). A family with a No KK loses an
        earlier mark. Call after the family rows are completed from members' rows and stored
        values. Set-wise, after staging; returns how many were marked."""
        self.db.execute("UPDATE temp.stage_keluarga SET no_kk_bentuk = NULL "
                        "WHERE no_kk_bentuk IS NOT NULL AND no_kk <> ''")
        daftar = sorted(set(lembar))
        if not daftar:
            return 0
        self.db.execute("DROP TABLE IF EXISTS temp.lembar_no_kk")
        self.db.execute("CREATE TEMP TABLE lembar_no_kk (file TEXT, lembar TEXT)")
        self.db.conn.executemany("INSERT INTO temp.lembar_no_kk VALUES (?, ?)", daftar)
        try:
            return self.db.execute(
                "UPDATE temp.stage_keluarga SET no_kk_bentuk = ?, periksa = 1 "
                "WHERE COALESCE(no_kk, '') = '' AND (file_sumber, lembar_sumber) IN "
                "(SELECT file, lembar FROM temp.lembar_no_kk)", [nik.BENTUK_KOSONG]).rowcount
        finally:
            self.db.execute("DROP TABLE temp.lembar_no_kk")

    def anggota_tanpa_keluarga(self, batas: int = 10) -> list[tuple[str, str, str, int]]:
        """Members whose ID Keluarga matches no family row (should not happen after
        :meth:`lengkapi_keluarga_dari_anggota`)."""
        return self.db.execute(
            "SELECT id_individu, file_sumber, lembar_sumber, baris_sumber FROM temp.stage_anggota "
            "WHERE id_keluarga NOT IN (SELECT id_keluarga FROM temp.stage_keluarga) "
            f"LIMIT {int(batas)}").fetchall()

    def gabungkan(self, impor_id: int, ada_anggota: bool) -> Ringkasan:
        """Merge the staged rows into ``keluarga``/``anggota`` and report what changed.

        ``ada_anggota`` tells whether the import had individual sheets; without them existing
        members are left alone.
        """
        db = self.db
        r = Ringkasan()
        r.jumlah_keluarga, r.jumlah_anggota = self.jumlah()
        sumber_k = [*list(FIELD_KELUARGA), "nik_kepala_bentuk", "id_keluarga_bentuk",
                    "no_kk_bentuk"]
        r.keluarga_baru = db.execute(
            "SELECT count(*) FROM temp.stage_keluarga s WHERE NOT EXISTS "
            "(SELECT 1 FROM keluarga k WHERE k.id_keluarga = s.id_keluarga)").fetchone()[0]
        if r.keluarga_baru < r.jumlah_keluarga:  # else no stored row meets a staged one
            isi_k = [c for c in sumber_k if c not in FIELD_RILIS]
            r.kolom_berubah = self._kolom_berubah(isi_k)
            r.keluarga_berubah = len(r.kolom_berubah)
            r.keluarga_rilis_saja = db.execute(
                f"SELECT count(*) FROM temp.stage_keluarga s JOIN keluarga k USING (id_keluarga) "
                f"WHERE ({self._beda_ks(FIELD_RILIS)}) AND NOT ({self._beda_ks(isi_k)})"
            ).fetchone()[0]
        if r.keluarga_berubah:
            r.kepala_baru = self._kepala_baru()
        self._keluarga_tanpa_baris()
        db.execute("DROP TABLE IF EXISTS temp.stage_hilang")
        db.execute("CREATE TEMP TABLE stage_hilang AS SELECT id_keluarga "
                   "FROM temp.stage_tanpa_baris WHERE hilang")
        db.execute("DELETE FROM temp.stage_tanpa_baris WHERE hilang")
        r.id_keluarga_hilang = [b[0] for b in db.execute(
            "SELECT id_keluarga FROM temp.stage_hilang ORDER BY id_keluarga").fetchall()]
        r.keluarga_hilang = len(r.id_keluarga_hilang)
        if ada_anggota:
            r.id_keluarga_tetap = [b[0] for b in db.execute(
                "SELECT id_keluarga FROM temp.stage_tanpa_baris ORDER BY id_keluarga")]
        r.desa_tidak_ada = self._desa_tidak_ada()

        # Families whose findings this import can change: those in the files, those gone from
        # them, and those a member moved out of (see storage.temuan.hitung_ulang_impor).
        db.execute("DROP TABLE IF EXISTS temp.disentuh")
        db.execute("CREATE TEMP TABLE disentuh (id_keluarga TEXT PRIMARY KEY) WITHOUT ROWID")
        db.execute("INSERT OR IGNORE INTO temp.disentuh SELECT id_keluarga "
                   "FROM temp.stage_keluarga")
        db.execute("INSERT OR IGNORE INTO temp.disentuh SELECT id_keluarga "
                   "FROM temp.stage_hilang")
        if ada_anggota:
            db.execute("INSERT OR IGNORE INTO temp.disentuh SELECT id_keluarga "
                       "FROM temp.stage_tanpa_baris")
        if ada_anggota:
            db.execute("INSERT OR IGNORE INTO temp.disentuh SELECT a.id_keluarga FROM anggota a "
                       "JOIN temp.stage_anggota s USING (id_individu) "
                       "WHERE a.id_keluarga <> s.id_keluarga")

        # An import that brings more new families than the database holds (e.g. a district's
        # first): building the secondary indexes once after the inserts is faster than keeping
        # them up to date row by row in random key order. (A re-import that mostly updates is
        # faster with the indexes kept.) Dropped and created again inside this transaction,
        # so a crash or a rollback keeps them.
        indeks = self._lepas_indeks() if self._impor_besar(r.keluarga_baru) else []

        waktu = sekarang()
        kolom_k = ["id_keluarga", *sumber_k, "tata_letak", "sumber_json", *_LOKASI]
        set_k = ", ".join(f"{c} = excluded.{c}" for c in kolom_k[1:])
        pantau_k = self._kolom_terpantau("keluarga", kolom_k[1:])
        db.execute(f"""
            INSERT INTO keluarga ({', '.join(kolom_k)}, kode_kecamatan, kode_kabupaten, asal,
                                  ada_di_sumber, impor_id, dibuat_pada, diperbarui_pada)
            SELECT {', '.join(kolom_k)}, substr(kode_kemdagri, 1, 6), substr(kode_kemdagri, 1, 4),
                   'p3ke', 1, ?, ?, ?
            FROM temp.stage_keluarga WHERE true
            ON CONFLICT (id_keluarga) DO UPDATE SET {set_k},
                kode_kecamatan = excluded.kode_kecamatan,
                kode_kabupaten = excluded.kode_kabupaten,
                ada_di_sumber = 1, impor_id = excluded.impor_id,
                diperbarui_pada = excluded.diperbarui_pada
            WHERE {self._beda("keluarga", [*pantau_k, "kode_kecamatan", "kode_kabupaten"])}
        """, [impor_id, waktu, waktu])
        if r.keluarga_baru < r.jumlah_keluarga:  # else no stored row met a staged one
            self._perbarui_sisanya("keluarga", "id_keluarga", "stage_keluarga",
                                   [c for c in kolom_k[1:] if c not in pantau_k], impor_id,
                                   waktu)
        # The family's row id and desa code go in with the row (migration 0007), so that the
        # trigger that fills them for other inserts has nothing to do here.
        db.execute("INSERT OR IGNORE INTO verifikasi_keluarga "
                   "(id_keluarga, rowid_keluarga, kode_kemdagri_keluarga) "
                   "SELECT k.id_keluarga, k.rowid, k.kode_kemdagri FROM temp.stage_keluarga s "
                   "JOIN keluarga k USING (id_keluarga)")
        if r.id_keluarga_hilang:
            db.execute("UPDATE keluarga SET ada_di_sumber = 0, diperbarui_pada = ? "
                       "WHERE id_keluarga IN (SELECT id_keluarga FROM temp.stage_hilang)",
                       [waktu])

        if ada_anggota:
            self.pertahankan_id_buatan()
            r.id_individu_dicocokkan = self.cocokkan_id_buatan()
            sumber_a = [*list(FIELD_ANGGOTA), "nik_bentuk", "id_individu_bentuk",
                        "id_keluarga_bentuk"]
            r.anggota_baru = db.execute(
                "SELECT count(*) FROM temp.stage_anggota s WHERE NOT EXISTS "
                "(SELECT 1 FROM anggota a WHERE a.id_individu = s.id_individu)").fetchone()[0]
            if r.anggota_baru < r.jumlah_anggota:  # else no stored row meets a staged one
                r.anggota_berubah, r.anggota_usia_saja = self._anggota_berubah(sumber_a)
            # Members gone from a family still in the file, members of families gone from the
            # area, and members of the area's families the files have no row for but do not
            # say are gone (:meth:`_keluarga_tanpa_baris`); members added locally (asal
            # 'baru') are never "gone".
            hilang_a = (
                "FROM anggota WHERE asal = 'p3ke' AND ada_di_sumber = 1 "
                "AND (id_keluarga IN (SELECT id_keluarga FROM temp.stage_keluarga) "
                "     OR id_keluarga IN (SELECT id_keluarga FROM temp.stage_hilang) "
                "     OR id_keluarga IN (SELECT id_keluarga FROM temp.stage_tanpa_baris)) "
                "AND id_individu NOT IN (SELECT id_individu FROM temp.stage_anggota)")
            r.anggota_hilang = db.execute(f"SELECT count(*) {hilang_a}").fetchone()[0]
            if r.id_keluarga_tetap and r.anggota_hilang:
                r.anggota_keluarga_tetap = db.execute(
                    f"SELECT count(*) {hilang_a} AND id_keluarga IN "
                    "(SELECT id_keluarga FROM temp.stage_tanpa_baris)").fetchone()[0]
            kolom_a = ["id_individu", "id_keluarga", "urutan", *sumber_a, "sumber_json", *_LOKASI]
            set_a = ", ".join(f"{c} = excluded.{c}" for c in kolom_a[1:])
            pantau_a = self._kolom_terpantau("anggota", kolom_a[1:])
            db.execute(f"""
                INSERT INTO anggota ({', '.join(kolom_a)}, asal, ada_di_sumber, impor_id,
                                     dibuat_pada, diperbarui_pada)
                SELECT {', '.join(kolom_a)}, 'p3ke', 1, ?, ?, ? FROM temp.stage_anggota WHERE true
                ON CONFLICT (id_individu) DO UPDATE SET {set_a}, ada_di_sumber = 1,
                    impor_id = excluded.impor_id, diperbarui_pada = excluded.diperbarui_pada
                WHERE {self._beda("anggota", pantau_a)}
            """, [impor_id, waktu, waktu])
            if r.anggota_baru < r.jumlah_anggota:
                self._perbarui_sisanya("anggota", "id_individu", "stage_anggota",
                                       [c for c in kolom_a[1:] if c not in pantau_a], impor_id,
                                       waktu)
            db.execute("INSERT OR IGNORE INTO verifikasi_anggota (id_individu) "
                       "SELECT id_individu FROM temp.stage_anggota")
            if r.anggota_hilang:
                db.execute(f"UPDATE anggota SET ada_di_sumber = 0, diperbarui_pada = ? "
                           f"WHERE id_individu IN (SELECT id_individu {hilang_a})", [waktu])
        for sql in indeks:
            db.execute(sql)
        self._wilayah_dari_stage()
        # The search rows of the families this import touched; a rebuild of all of them (with
        # fresh planner statistics) when that is most of the database, e.g. a first import.
        disentuh = db.execute("SELECT count(*) FROM temp.disentuh").fetchone()[0]
        total = db.execute("SELECT count(*) FROM keluarga").fetchone()[0]
        if disentuh * 2 >= total:
            cari.perbarui_semua(db)
        else:
            cari.perbarui_dari_tabel(db, "temp.disentuh")
        return r

    def _anggota_berubah(self, kolom: Sequence[str]) -> tuple[int, int]:
        """:attr:`Ringkasan.anggota_berubah` and :attr:`Ringkasan.anggota_usia_saja`: the
        stored members some of whose ``kolom`` (or family) the staged rows change, those whose
        change is substantive and those whose only change is their age's. One pass in SQL."""
        isi = " OR ".join(f"a.{c} IS NOT s.{c}" for c in [*kolom, "id_keluarga"]
                          if c not in FIELD_USIA)
        usia = " OR ".join(f"a.{c} IS NOT s.{c}" for c in FIELD_USIA if c in kolom)
        berubah, usia_saja = self.db.execute(
            f"SELECT count(*) FILTER (WHERE {isi}), count(*) FILTER (WHERE NOT ({isi})) "
            f"FROM temp.stage_anggota s JOIN anggota a USING (id_individu) "
            f"WHERE ({isi}) OR ({usia})").fetchone()
        return int(berubah), int(usia_saja)

    @staticmethod
    def _beda_ks(kolom: Sequence[str]) -> str:
        """Some of ``kolom`` differs between the stored family ``k`` and the staged one ``s``."""
        return " OR ".join(f"k.{c} IS NOT s.{c}" for c in kolom)

    def _kolom_berubah(self, kolom: Sequence[str]) -> list[tuple[str, str]]:
        """:attr:`Ringkasan.kolom_berubah`: the stored families some of whose ``kolom`` the
        staged rows change, with those fields (a ``_bentuk`` column, how the cell held an
        identifier, counts as its identifier's field: named twice when both changed). One
        pass in SQL over the staged families that meet a stored one; no Python per family."""
        nama = " || ".join(
            f"CASE WHEN k.{c} IS NOT s.{c} THEN '{c.removesuffix('_bentuk')},' ELSE '' END"
            for c in kolom)
        return self.db.execute(
            f"SELECT s.id_keluarga, {nama} FROM temp.stage_keluarga s "
            f"JOIN keluarga k USING (id_keluarga) WHERE {self._beda_ks(kolom)} "
            "ORDER BY s.id_keluarga").fetchall()

    def _kepala_baru(self) -> list[tuple[str, str | None, str | None]]:
        """:attr:`Ringkasan.kepala_baru`: families whose files bring another NIK Kepala Keluarga
        than the stored one, unless it is the same person: the new NIK is one corrected in the
        application for this family (a member's NIK perbaikan, or the family's NIK Kepala
        Keluarga corrected in the form: the files caught up with the correction, whatever the
        spelling of the name), or the name is the same written otherwise
        (:func:`~kalbar_desktop.domain.nama_orang.kunci_nama`). Only the families whose NIK
        changed are looked at (an indexed lookup each)."""
        calon = self.db.execute("""
            SELECT s.id_keluarga, k.nama_kepala, s.nama_kepala FROM temp.stage_keluarga s
            JOIN keluarga k USING (id_keluarga)
            WHERE k.nik_kepala <> '' AND s.nik_kepala <> '' AND s.nik_kepala <> k.nik_kepala
              AND NOT EXISTS (
                SELECT 1 FROM anggota a JOIN verifikasi_anggota va USING (id_individu)
                WHERE a.id_keluarga = s.id_keluarga AND va.nik_perbaikan = s.nik_kepala)
              AND NOT EXISTS (
                SELECT 1 FROM verifikasi_keluarga v WHERE v.id_keluarga = s.id_keluarga
                  AND json_extract(v.koreksi_json, '$.nik_kepala') = s.nik_kepala)
            ORDER BY s.id_keluarga""").fetchall()
        return [tuple(b) for b in calon if kunci_nama(b[1]) != kunci_nama(b[2])]

    def _keluarga_tanpa_baris(self) -> None:
        """``temp.stage_tanpa_baris``: the stored families (from P3KE, still present) of the
        desas the files cover that the files have no row for, with ``hilang`` true for those
        the files say are gone.

        A file that lists families (a Keluarga / Kepala Keluarga sheet, a BNBA print) says so
        for every such family of its desas. An Individu file lists people, and its families
        are made from their rows: its silence says a family is gone only when the family's
        people were last listed at least as recently as the family (its import is not newer
        than their newest). A family a Keluarga file brought alone, or listed again after its
        people were last listed, stays; its members the files no longer hold are marked gone
        (the family is then a KK_TANPA_KEPALA, which says what is wrong)."""
        akhir = self._akhir_baris_keluarga
        self.db.execute("DROP TABLE IF EXISTS temp.stage_tanpa_baris")
        self.db.execute("""
            CREATE TEMP TABLE stage_tanpa_baris AS
            SELECT k.id_keluarga,
                   k.kode_kemdagri IN (
                       SELECT kode_kemdagri FROM temp.stage_keluarga
                       WHERE rowid <= ? OR tata_letak = 'bnba')
                   OR COALESCE(k.impor_id, 0) <= (
                       SELECT max(a.impor_id) FROM anggota a
                       WHERE a.id_keluarga = k.id_keluarga AND a.asal = 'p3ke') AS hilang
            FROM keluarga k
            WHERE k.asal = 'p3ke' AND k.ada_di_sumber = 1
              AND k.kode_kemdagri IN (SELECT DISTINCT kode_kemdagri FROM temp.stage_keluarga)
              AND k.id_keluarga NOT IN (SELECT id_keluarga FROM temp.stage_keluarga)""",
                        [akhir if akhir is not None else 2 ** 62])

    def pertahankan_id_buatan(self) -> None:
        """Give each staged member whose ID Individu was made up (a blank cell, a sheet without
        the column: ``<ID Keluarga>-<its place in the family>``) the ID the same person already
        has in the database: a member of the same family with the same 16-digit NIK, or the
        same name and birth date, that no staged row with a real ID claims. One-to-one matches
        only. A made-up ID that would land on another stored or staged person (the rows came
        in another order, someone left or joined) is numbered on after the family's highest.
        Without this a newer print of the same families with its rows in another order gave
        one person's verification work to another."""
        db = self.db
        if db.execute(f"SELECT 1 FROM temp.stage_anggota WHERE id_individu_bentuk IN {_BUATAN} "
                      "LIMIT 1").fetchone() is None:
            return
        db.execute("DROP TABLE IF EXISTS temp.id_buatan")
        db.execute(f"""
            CREATE TEMP TABLE id_buatan AS
            WITH calon AS (
                SELECT s.rowid AS r, a.id_individu AS cocok, a.id_individu_bentuk AS bentuk
                FROM temp.stage_anggota s
                JOIN main.anggota a ON a.id_keluarga = s.id_keluarga
                WHERE s.id_individu_bentuk IN {_BUATAN}
                  AND NOT EXISTS (SELECT 1 FROM temp.stage_anggota t
                                  WHERE t.id_individu = a.id_individu
                                    AND COALESCE(t.id_individu_bentuk, '') NOT IN {_BUATAN})
                  AND ((length(s.nik) = 16 AND s.nik = a.nik)
                       OR (s.nama = a.nama COLLATE NOCASE
                           AND s.tanggal_lahir = a.tanggal_lahir))
            )
            SELECT r, cocok, bentuk FROM calon
            WHERE r IN (SELECT r FROM calon GROUP BY r HAVING count(*) = 1)
              AND cocok IN (SELECT cocok FROM calon GROUP BY cocok HAVING count(*) = 1)""")
        # the matched keep their ID (a real one from an earlier file is no made-up one)
        db.execute(f"""
            UPDATE temp.stage_anggota AS s
            SET id_individu = c.cocok,
                id_individu_bentuk = CASE WHEN c.bentuk IN {_BUATAN}
                                          THEN s.id_individu_bentuk END
            FROM temp.id_buatan c WHERE s.rowid = c.r""")
        # the others: a made-up ID that another stored or staged person holds moves on
        bentrok = db.execute(f"""
            SELECT s.rowid, s.id_keluarga FROM temp.stage_anggota s
            WHERE s.id_individu_bentuk IN {_BUATAN}
              AND s.rowid NOT IN (SELECT r FROM temp.id_buatan)
              AND (EXISTS (SELECT 1 FROM main.anggota a WHERE a.id_individu = s.id_individu)
                   OR EXISTS (SELECT 1 FROM temp.stage_anggota t
                              WHERE t.id_individu = s.id_individu AND t.rowid <> s.rowid))
            ORDER BY s.id_keluarga, s.rowid""").fetchall()
        db.execute("DROP TABLE temp.id_buatan")
        if not bentrok:
            return
        terpakai: dict[str, set[str]] = {}
        for rowid, idk in bentrok:
            if idk not in terpakai:
                terpakai[idk] = {b[0] for b in db.execute(
                    "SELECT id_individu FROM main.anggota WHERE id_keluarga = ? UNION "
                    "SELECT id_individu FROM temp.stage_anggota WHERE id_keluarga = ?",
                    [idk, idk])}
            n = 1
            while f"{idk}-{n:02d}" in terpakai[idk]:
                n += 1
            baru = f"{idk}-{n:02d}"
            terpakai[idk].add(baru)
            db.execute("UPDATE temp.stage_anggota SET id_individu = ? WHERE rowid = ?",
                       [baru, rowid])

    def cocokkan_id_buatan(self) -> list[tuple[str, str, str]]:
        """Give each stored member whose ID Individu was made up (a blank cell, a sheet without
        the column: ``id_individu_bentuk`` in :data:`~kalbar_desktop.domain.nik.BENTUK_BUATAN`)
        the real ID a staged row of the same family brings
        for the same person: same 16-digit NIK, or same name and birth date. Only one-to-one
        matches count (two candidates either way: nothing is changed, the second person stays
        apart and the finding remains). The member keeps its verification work under the new
        ID. Returns (ID Keluarga, made-up ID, real ID) per member renamed."""
        db = self.db
        pasangan = db.execute(f"""
            WITH calon AS (
                SELECT a.id_keluarga, a.id_individu AS lama, s.id_individu AS baru
                FROM main.anggota a
                JOIN temp.stage_anggota s ON s.id_keluarga = a.id_keluarga
                WHERE a.id_individu_bentuk IN {_BUATAN}
                  AND COALESCE(s.id_individu_bentuk, '') NOT IN {_BUATAN}
                  AND NOT EXISTS (SELECT 1 FROM main.anggota x
                                  WHERE x.id_individu = s.id_individu)
                  AND NOT EXISTS (SELECT 1 FROM temp.stage_anggota t
                                  WHERE t.id_individu = a.id_individu)
                  AND ((length(s.nik) = 16 AND s.nik = a.nik)
                       OR (s.nama = a.nama COLLATE NOCASE
                           AND s.tanggal_lahir = a.tanggal_lahir))
            )
            SELECT id_keluarga, lama, baru FROM calon
            WHERE lama IN (SELECT lama FROM calon GROUP BY lama HAVING count(*) = 1)
              AND baru IN (SELECT baru FROM calon GROUP BY baru HAVING count(*) = 1)
            ORDER BY id_keluarga, lama""").fetchall()
        if not pasangan:
            return []
        # verifikasi_anggota refers to anggota: both keys change in this transaction, the
        # foreign key is checked at its commit.
        db.execute("PRAGMA defer_foreign_keys = ON")
        for tabel in ("anggota", "verifikasi_anggota", "temuan"):
            db.conn.executemany(f"UPDATE main.{tabel} SET id_individu = ? WHERE id_individu = ?",
                                [(baru, lama) for _k, lama, baru in pasangan])
        return [tuple(p) for p in pasangan]

    # A re-import gives most records again unchanged, or changed only in columns no index
    # holds (the row number, the source JSON). The upsert updates a stored row only when a
    # column that an index or a trigger of its table uses differs; the other rows get their
    # unindexed columns in a second statement, which leaves every index alone (SQLite rewrites
    # the entries of each index whose columns an UPDATE sets, changed or not: 7-9 per family).
    # Both end with the same row as one upsert of every column would.

    def _kolom_terpantau(self, tabel: str, kolom: Sequence[str]) -> list[str]:
        """The columns of ``kolom`` that an index of ``tabel`` holds or a trigger on it
        names (a trigger's text mentioning the column, to be safe)."""
        terindeks: set[str] = set()
        for indeks in self.db.execute(f"PRAGMA main.index_list('{tabel}')").fetchall():
            for info in self.db.execute(f"PRAGMA main.index_xinfo('{indeks[1]}')"):
                if info[2]:
                    terindeks.add(info[2])
        pemicu = " ".join(b[0] for b in self.db.execute(
            "SELECT sql FROM main.sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
            [tabel]) if b[0])
        kata = set(re.findall(r"\w+", pemicu))
        return [c for c in kolom if c in terindeks or c in kata]

    @staticmethod
    def _beda(tabel: str, kolom: Sequence[str]) -> str:
        """An upsert's condition: some of ``kolom`` differs between the stored and the new row."""
        if not kolom:
            return "false"
        return " OR ".join(f"{tabel}.{c} IS NOT excluded.{c}" for c in kolom)

    def _perbarui_sisanya(self, tabel: str, kunci: str, stage: str, kolom: Sequence[str],
                          impor_id: int, waktu: str) -> None:
        """Give the stored rows the upsert skipped (``impor_id`` not yet this import's) the
        staged values of ``kolom`` and the import's marks."""
        isi = "".join(f"{c} = s.{c}, " for c in kolom)
        self.db.execute(f"""
            UPDATE {tabel} SET {isi}ada_di_sumber = 1, impor_id = ?, diperbarui_pada = ?
            FROM temp.{stage} AS s
            WHERE s.{kunci} = {tabel}.{kunci} AND {tabel}.impor_id IS NOT ?""",
                        [impor_id, waktu, impor_id])

    TABEL_INDEKS_BESAR = ("keluarga", "anggota", "verifikasi_keluarga", "verifikasi_anggota")
    """The tables whose secondary indexes a large import drops and builds again."""

    def _impor_besar(self, keluarga_baru: int) -> bool:
        """True when the new families are at least as many as the families stored."""
        ada = self.db.execute("SELECT count(*) FROM keluarga").fetchone()[0]
        return keluarga_baru > 0 and keluarga_baru >= ada

    def _lepas_indeks(self) -> list[str]:
        """Drop the secondary indexes of :data:`TABEL_INDEKS_BESAR`; return the statements
        that create them again (as the schema holds them, whatever migration made them)."""
        tanda = ", ".join("?" * len(self.TABEL_INDEKS_BESAR))
        indeks = self.db.execute(
            f"SELECT name, sql FROM main.sqlite_master WHERE type = 'index' "
            f"AND tbl_name IN ({tanda}) AND sql IS NOT NULL ORDER BY name",
            list(self.TABEL_INDEKS_BESAR)).fetchall()
        for nama, _sql in indeks:
            self.db.execute(f'DROP INDEX main."{nama}"')
        return [sql for _nama, sql in indeks]

    def _wilayah_dari_stage(self) -> None:
        """Add the regions named in the staged families to the region tree (names from the file,
        never over a name from a loaded reference)."""
        tingkat = (
            (2, "provinsi", "provinsi", None),
            (4, "kabupaten", "kabupaten_kota", 2),
            (6, "kecamatan", "kecamatan", 4),
            (10, "desa", "desa_kelurahan", 6),
        )
        # One pass over the staged families, per desa code (a few hundred rows); each level is
        # then grouped from those (the largest name of a code is the largest of its desa's).
        self.db.execute("DROP TABLE IF EXISTS temp.stage_wilayah")
        self.db.execute(f"""
            CREATE TEMP TABLE stage_wilayah AS
            SELECT kode_kemdagri AS kode,
                   {', '.join(f"max(NULLIF(trim({k}), '')) AS {k}" for _p, k, _t, _i in tingkat)}
            FROM temp.stage_keluarga
            WHERE length(kode_kemdagri) = 10 AND kode_kemdagri NOT GLOB '*[^0-9]*'
            GROUP BY kode_kemdagri""")
        for panjang, kolom_nama, nama_tingkat, panjang_induk in tingkat:
            induk = f"substr(kode, 1, {panjang_induk})" if panjang_induk else "NULL"
            self.db.execute(f"""
                INSERT INTO wilayah (kode, nama, tingkat, induk, sumber)
                SELECT kode, COALESCE(max(nama), kode), ?, max(induk), 'p3ke' FROM (
                    SELECT substr(kode, 1, {panjang}) AS kode, {kolom_nama} AS nama,
                           {induk} AS induk
                    FROM temp.stage_wilayah
                ) WHERE true GROUP BY kode
                ON CONFLICT (kode) DO UPDATE SET nama = excluded.nama
                WHERE wilayah.sumber = 'p3ke' AND excluded.nama <> excluded.kode
            """, [nama_tingkat])
        self.db.execute("DROP TABLE temp.stage_wilayah")

    def hapus(self) -> None:
        """Drop the staging tables (and give the page cache back)."""
        # Dropped while the large cache still holds their pages: a drop visits every page of
        # a table, and after the cache shrinks they would be read back from the temp file.
        try:
            self.db.execute("DROP TABLE IF EXISTS temp.stage_keluarga")
            self.db.execute("DROP TABLE IF EXISTS temp.stage_anggota")
            self.db.execute("DROP TABLE IF EXISTS temp.stage_hilang")
            self.db.execute("DROP TABLE IF EXISTS temp.stage_tanpa_baris")
            self.db.execute("DROP TABLE IF EXISTS temp.disentuh")
        finally:
            lama = getattr(self, "_cache_lama", None)
            if lama is not None:
                self.db.execute(f"PRAGMA main.cache_size = {int(lama[0])}")
                self.db.execute(f"PRAGMA temp.cache_size = {int(lama[1])}")


_RILIS_IMPOR_LEBIH_BARU = (
    "WITH rilis_impor AS (SELECT impor_id, max(rilis) AS rilis FROM impor_file "
    "WHERE rilis > ? GROUP BY impor_id) ")
"""The import batches that brought a file of a newer release than the parameter, with their
newest release (joined to ``keluarga.impor_id``)."""


def _ada_rilis_lebih_baru(db: Database, rilis: str) -> bool:
    """Whether any stored file is of a newer release than ``rilis`` (one probe, no join)."""
    return db.execute("SELECT 1 FROM impor_file WHERE rilis > ? LIMIT 1",
                      [rilis]).fetchone() is not None


def rilis_lebih_baru(db: Database, id_keluarga: Sequence[str], rilis: str
                     ) -> tuple[int, str | None, str | None]:
    """Of the families ``id_keluarga`` (the rows an import's preview read), those whose stored
    values came from a newer P3KE release than ``rilis``: how many, the newest such release
    and the first's ID Keluarga (:meth:`Pementasan.rilis_lebih_baru` before anything is
    staged). Nothing when no stored file is newer (one probe, no join)."""
    return _keluarga_rilis_lebih_baru(db, "id_keluarga", id_keluarga, rilis)


def rilis_terbaru(db: Database, rilis: str) -> tuple[str, str] | None:
    """The newest P3KE release some stored family came from, when it is newer than ``rilis``:
    (that release, the name of the latest imported file of it); else ``None``. What the
    import's preview says of a file of an older release none of whose families is stored from
    a newer one (a kecamatan imported for the first time): the database will hold two
    releases. A look at the imported files' releases (a few rows), then for each newer one,
    newest first, whether a family still comes from it (it stops at the first)."""
    if not _ada_rilis_lebih_baru(db, rilis):
        return None
    for (terbaru,) in db.execute("SELECT DISTINCT rilis FROM impor_file WHERE rilis > ? "
                                 "ORDER BY rilis DESC", [rilis]).fetchall():
        if db.execute("SELECT 1 FROM keluarga WHERE impor_id IN "
                      "(SELECT impor_id FROM impor_file WHERE rilis = ?) LIMIT 1",
                      [terbaru]).fetchone() is not None:
            (nama,) = db.execute("SELECT nama_file FROM impor_file WHERE rilis = ? "
                                 "ORDER BY id DESC LIMIT 1", [terbaru]).fetchone()
            return terbaru, nama
    return None


def rilis_lebih_baru_kecamatan(db: Database, kecamatan: Iterable[str], rilis: str
                               ) -> tuple[int, str | None, str | None]:
    """Families stored in the kecamatan ``kecamatan`` (6-digit codes) whose values came from a
    newer P3KE release than ``rilis``: how many, the newest such release and the first such
    kecamatan. What a preview that read only a file's first rows can say when none of those
    rows' families is stored from a newer release (the rest of the file may hold them)."""
    return _keluarga_rilis_lebih_baru(db, "kode_kecamatan", kecamatan, rilis)


def _keluarga_rilis_lebih_baru(db: Database, kolom: str, nilai: Iterable[str], rilis: str
                               ) -> tuple[int, str | None, str | None]:
    """Stored families whose ``kolom`` is one of ``nilai`` and whose values came from a newer
    release than ``rilis``: how many, the newest such release, the smallest ``kolom``."""
    nilai = sorted(set(nilai))
    if not nilai or not _ada_rilis_lebih_baru(db, rilis):
        return 0, None, None
    n, terbaru, contoh = db.execute(
        _RILIS_IMPOR_LEBIH_BARU
        + f"SELECT count(*), max(r.rilis), min(k.{kolom}) FROM keluarga k "
        "JOIN rilis_impor r ON r.impor_id = k.impor_id "
        f"WHERE k.{kolom} IN (SELECT value FROM json_each(?))",
        [rilis, json.dumps(nilai)]).fetchone()
    return int(n), terbaru, contoh


def catat_impor(db: Database, pengguna: str | None, tata_letak: str,
                berkas: Sequence[dict]) -> int:
    """Create the import batch row and its file rows; return the batch id."""
    cur = db.execute("INSERT INTO impor (waktu, pengguna, tata_letak) VALUES (?, ?, ?)",
                     [sekarang(), pengguna, tata_letak])
    impor_id = int(cur.lastrowid)
    for b in berkas:
        db.execute(
            "INSERT INTO impor_file (impor_id, nama_file, sha256, ukuran, jenis, lembar, "
            "jumlah_baris, rilis) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [impor_id, b["nama_file"], b["sha256"], b.get("ukuran"), b.get("jenis"),
             b.get("lembar"), b.get("jumlah_baris"), b.get("rilis")])
    return impor_id


def simpan_ringkasan(db: Database, impor_id: int, r: Ringkasan, jumlah_temuan: int) -> None:
    """Store the counts of a finished import on its batch row."""
    db.execute(
        "UPDATE impor SET jumlah_keluarga = ?, jumlah_anggota = ?, keluarga_baru = ?, "
        "keluarga_berubah = ?, keluarga_hilang = ?, anggota_baru = ?, anggota_berubah = ?, "
        "anggota_hilang = ?, jumlah_temuan = ? WHERE id = ?",
        [r.jumlah_keluarga, r.jumlah_anggota, r.keluarga_baru, r.keluarga_berubah,
         r.keluarga_hilang, r.anggota_baru, r.anggota_berubah, r.anggota_hilang, jumlah_temuan,
         impor_id])


def daftar_impor(db: Database) -> list[dict]:
    """All import batches, newest first, with their files."""
    hasil = list(db.query("SELECT * FROM impor ORDER BY id DESC"))
    for h in hasil:
        h["berkas"] = list(db.query(
            "SELECT nama_file, sha256, jenis, lembar, jumlah_baris FROM impor_file "
            "WHERE impor_id = ? ORDER BY id", [h["id"]]))
    return hasil
