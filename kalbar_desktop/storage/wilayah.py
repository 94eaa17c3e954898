"""The region table: reference codes loaded from a CSV, and regions named in P3KE files."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from kalbar_desktop.domain.wilayah import desa_mirip, kunci_nama_desa
from kalbar_desktop.storage.db import tangkap_kerusakan


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


def jumlah_tanpa_nama(db: Database) -> int:
    """Number of desa/kelurahan known only by their code (a 2023 P3KE file carries the Kode
    Kemdagri without region names, until a region reference is imported). Zero once a reference
    is loaded: a code still without a name is not in it (``WILAYAH_TIDAK_DIKENAL``), and
    importing the reference again would not name it."""
    if ada_referensi(db):
        return 0
    return db.execute(
        "SELECT count(*) FROM wilayah WHERE tingkat = 'desa_kelurahan' AND nama = kode"
    ).fetchone()[0]


def tanpa_keluarga(db: Database, kode: Iterable[str]) -> list[str]:
    """The region codes under which the database holds no family (none when it holds no family
    at all: the files may come later). Helps to catch a mistyped work region."""
    if db.execute("SELECT 1 FROM keluarga LIMIT 1").fetchone() is None:
        return []
    return [k for k in kode if db.execute(
        "SELECT 1 FROM keluarga WHERE kode_kemdagri >= ? AND kode_kemdagri < ? LIMIT 1",
        [k, k + "\uffff"]).fetchone() is None]


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


def syarat_lingkup(kolom: str, wilayah: Sequence[str]) -> tuple[str, list]:
    """SQL condition (and parameters) "``kolom`` lies in one of the regions ``wilayah``" as code
    ranges an index can use (``"1"`` when ``wilayah`` is empty: the whole database). The user's
    scope comes from :func:`kalbar_desktop.domain.akses.lingkup`."""
    if not wilayah:
        return "1", []
    params: list = []
    for w in wilayah:
        params += [w, w + "\uffff"]
    return ("(" + " OR ".join(f"({kolom} >= ? AND {kolom} < ?)" for _ in wilayah) + ")",
            params)


def pohon(db: Database, wilayah: Sequence[str] = ()) -> list[SimpulPohon]:
    """Regions that hold families (kabupaten/kota, kecamatan, desa), with the number of families
    and of families whose status is no longer 'Belum', ordered by code. With ``wilayah`` (a
    user's scope) only the families in those regions are counted, so only the regions leading to
    or lying in them appear, with their own families' counts.

    One pass over one index (every verification row carries its family's desa code,
    migration 0007) grouped by desa code; the kecamatan and kabupaten counts are summed from the
    desa counts.
    """
    syarat, params = syarat_lingkup("kode_kemdagri_keluarga", wilayah)
    with tangkap_kerusakan():
        per_desa = db.execute(f"""
            SELECT kode_kemdagri_keluarga, count(*), sum(status_verifikasi <> 'BELUM')
            FROM verifikasi_keluarga
            WHERE kode_kemdagri_keluarga IS NOT NULL AND {syarat}
            GROUP BY kode_kemdagri_keluarga
        """, params).fetchall()
    jumlah: dict[tuple[int, str], list[int]] = {}
    for kode, n, v in per_desa:
        for panjang in (4, 6, 10):
            bagian = jumlah.setdefault((panjang, kode[:panjang]), [0, 0])
            bagian[0] += int(n)
            bagian[1] += int(v or 0)
    nama_induk = {kode: (nama_, induk) for kode, nama_, induk in db.execute(
        "SELECT kode, nama, induk FROM wilayah")}
    tingkat_nama = {4: "kabupaten_kota", 6: "kecamatan", 10: "desa_kelurahan"}
    hasil: list[SimpulPohon] = []
    for (panjang, kode), (n, v) in jumlah.items():
        nama_, induk = nama_induk.get(kode, (None, None))
        induk_kode = induk or ({6: kode[:4], 10: kode[:6]}.get(panjang))
        hasil.append(SimpulPohon(kode, nama_ or kode, tingkat_nama[panjang], induk_kode, n, v))
    hasil.sort(key=lambda s: s.kode)
    return hasil


def daftar_desa(db: Database) -> list[tuple[str, str]]:
    """Desa/kelurahan known to the database (reference or P3KE), as (code, "Desa, Kecamatan")
    ordered by code, for choosing the desa of a new family. Where two desa would read alike
    (same names in two kabupaten, or a place known only by its code), the kabupaten and then the
    code are added, so no two entries read the same."""
    baris = db.execute("""
        SELECT d.kode, d.nama, c.nama, k.nama FROM wilayah d
        LEFT JOIN wilayah c ON c.kode = d.induk
        LEFT JOIN wilayah k ON k.kode = c.induk
        WHERE d.tingkat = 'desa_kelurahan' ORDER BY d.kode""").fetchall()
    label = {kode: f"{nama_}, {kec}" if kec else (nama_ or kode) for kode, nama_, kec, _ in baris}
    kali = Counter(label.values())
    for kode, _nama, _kec, kab in baris:
        if kali[label[kode]] > 1 and kab:
            label[kode] = f"{label[kode]}, {kab}"
    kali = Counter(label.values())
    return [(kode, f"{label[kode]} ({kode})" if kali[label[kode]] > 1 else label[kode])
            for kode, *_ in baris]


_KABUPATEN_DATA = ("SELECT DISTINCT substr(kode_kemdagri, 1, 4) FROM keluarga "
                   "WHERE kode_kemdagri IS NOT NULL")


def kode_desa_tujuan(db: Database) -> set[str]:
    """Desa/kelurahan a family may move to 'within the kabupaten': every desa of the
    kabupaten/kota that hold this database's families (from the region reference) and every
    desa code the families carry."""
    return {b[0] for b in db.execute(
        f"SELECT kode FROM wilayah WHERE tingkat = 'desa_kelurahan' "
        f"AND substr(kode, 1, 4) IN ({_KABUPATEN_DATA}) "
        "UNION SELECT DISTINCT kode_kemdagri FROM keluarga WHERE kode_kemdagri IS NOT NULL")}


class DesaTujuan:
    """``kode in DesaTujuan(db)``: is ``kode`` one of :func:`kode_desa_tujuan`? Answered by index
    look-ups per code (a save or a re-import asks about one or a few codes; the whole set costs
    a scan of every family's desa code, some 40 ms on 100,000 families)."""

    def __init__(self, db: Database):
        self.db = db
        self._jawab: dict[str, bool] = {}

    def __contains__(self, kode: object) -> bool:
        if not isinstance(kode, str) or len(kode) != 10:
            return False
        if kode not in self._jawab:
            kab = kode[:4]
            self._jawab[kode] = bool(self.db.execute(
                "SELECT EXISTS (SELECT 1 FROM keluarga WHERE kode_kemdagri = ?) OR ("
                "EXISTS (SELECT 1 FROM wilayah WHERE kode = ? AND tingkat = 'desa_kelurahan') "
                "AND EXISTS (SELECT 1 FROM keluarga WHERE kode_kemdagri >= ? "
                "AND kode_kemdagri < ?))", [kode, kode, kab, kab + "\uffff"]).fetchone()[0])
        return self._jawab[kode]


@dataclass(frozen=True)
class TafsirPindah:
    """How an old free-text 'Pindah ke' reads against the desa of this kabupaten."""

    kode: str | None
    """The one desa whose name the text is (``None``: none, or more than one)."""
    kandidat: tuple[str, ...] = ()
    """Every desa of the kabupaten with that name (two or more: the text stays text)."""
    mirip: str | None = None
    """When the text names no desa exactly: the one desa it is a typing slip away from
    (:func:`kalbar_desktop.domain.wilayah.desa_mirip`), offered to the user, never applied
    without them (the Rekap still counts the text as a move out of the kabupaten)."""


class NamaDesaTujuan:
    """Reads old free-text 'Pindah ke' values (written before the desa picker) as a desa of this
    kabupaten: a text that is, case- and space-insensitively and with or without a "Desa"/
    "Kelurahan" prefix, the name of exactly one desa of :func:`kode_desa_tujuan` (its reference
    name or the name the P3KE files give it) is that desa. A text that is exactly the name of a
    desa elsewhere (another kabupaten of the region reference) is no typing slip of one here:
    nothing is offered for it (294 desa names of Kalimantan Barat are a slip away from exactly
    one desa of another kabupaten, e.g. Amawang, Kec. Sadaniang, Mempawah and Ambawang, Kec.
    Kubu, Kubu Raya). Built once (two reads of the region and family tables); :meth:`tafsir`
    then answers from memory."""

    def __init__(self, db: Database):
        kode = kode_desa_tujuan(db)
        nama: dict[str, set[str]] = {}
        lain: set[str] = set()
        for k, n in [*db.execute("SELECT kode, nama FROM wilayah WHERE tingkat = "
                                 "'desa_kelurahan' AND nama <> kode"),
                     *db.execute("SELECT DISTINCT kode_kemdagri, desa FROM keluarga "
                                 "WHERE desa IS NOT NULL AND kode_kemdagri IS NOT NULL")]:
            kunci = kunci_nama_desa(n)
            if k in kode and kunci:
                nama.setdefault(kunci, set()).add(k)
            elif kunci:
                lain.add(kunci)
        self._nama = nama
        self._lain = lain

    def tafsir(self, teks: str | None) -> TafsirPindah:
        """The desa ``teks`` names (see the class)."""
        kunci = kunci_nama_desa(teks) if teks else ""
        kandidat = tuple(sorted(self._nama.get(kunci, ()))) if kunci else ()
        mirip = (None if kandidat or kunci in self._lain
                 else desa_mirip(teks, self._nama))
        return TafsirPindah(kandidat[0] if len(kandidat) == 1 else None, kandidat, mirip)


def teks_pindah_dalam_kabupaten(db: Database) -> list[str]:
    """The old free-text 'Pindah ke' values of moved families (no desa code) that name exactly
    one desa of this kabupaten (:class:`NamaDesaTujuan`): such a move counts as within the
    kabupaten. Reads the distinct texts only (a few), the names only when there are some."""
    teks = [b[0] for b in db.execute(
        "SELECT DISTINCT pindah_ke FROM verifikasi_keluarga WHERE status_verifikasi = 'PINDAH' "
        "AND COALESCE(pindah_ke_kode, '') = '' AND trim(COALESCE(pindah_ke, '')) <> ''")]
    if not teks:
        return []
    nama = NamaDesaTujuan(db)
    return [t for t in teks if nama.tafsir(t).kode]


def daftar_desa_tujuan(db: Database) -> list[tuple[str, str]]:
    """:func:`kode_desa_tujuan` as (code, "Desa, Kecamatan") for choosing where a family moved,
    ordered by code (a desa known only by its code reads as the code)."""
    kode = kode_desa_tujuan(db)
    nama = {k: n for k, n in daftar_desa(db) if k in kode}
    return [(k, nama.get(k, k)) for k in sorted(kode)]


def nama_desa_lengkap(db: Database, kode: str) -> str | None:
    """'Desa, Kecamatan' of a desa code (``None`` when the reference does not name it)."""
    baris = db.execute(
        "SELECT d.nama, c.nama FROM wilayah d LEFT JOIN wilayah c ON c.kode = d.induk "
        "WHERE d.kode = ? AND d.nama <> d.kode", [kode]).fetchone()
    if baris is None:
        baris = db.execute("SELECT max(desa), max(kecamatan) FROM keluarga "
                           "WHERE kode_kemdagri = ?", [kode]).fetchone()
    if baris is None or not baris[0]:
        return None
    return f"{baris[0]}, {baris[1]}" if baris[1] else baris[0]
