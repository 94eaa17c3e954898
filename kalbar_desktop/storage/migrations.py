"""Numbered schema migrations, recorded in the database (sqlite-utils ``Migrations``).

Each migration runs in one transaction with the record of it having run. ``PRAGMA user_version``
holds the number of the latest migration so that a quick check needs no table. A migration, once
released, is never edited: add the next number instead. Column lists are written out literally
here (not derived from :mod:`kalbar_desktop.domain.kolom`) so that old migrations stay what they
were.
"""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from kalbar_desktop.domain import keterangan_jejak
from kalbar_desktop.domain.codes import kunci
from kalbar_desktop.domain.kolom import normalisasi_header
from kalbar_desktop.domain.pesan import Pesan
from kalbar_desktop.storage import audit

MIGRASI = Migrations("kalbar_desktop")

Kemajuan = Callable[[str, float], None]
"""Progress callback: (Indonesian description, fraction 0..1)."""


class MigrasiDibatalkan(Exception):
    """The person cancelled a schema upgrade; it was rolled back, the file is unchanged."""


@dataclass
class _Jalan:
    """The upgrade in progress (set by :func:`terapkan`): reports each statement."""

    kemajuan: Kemajuan | None
    ke: int
    dari: int
    nama: str
    batal: Callable[[], bool] | None = None

    def lapor(self, fraksi_migrasi: float) -> None:
        if self.batal is not None and self.batal():
            raise MigrasiDibatalkan(Pesan(
                "Pembaruan struktur basis data dibatalkan ({nama}); basis data tidak diubah "
                "oleh langkah itu.", nama=self.nama))
        if self.kemajuan is not None:
            self.kemajuan(Pesan("Memperbarui struktur basis data ({nama})...", nama=self.nama),
                          (self.ke + min(max(fraksi_migrasi, 0.0), 1.0)) / self.dari)


_jalan: _Jalan | None = None


def _jalankan(db: Database, sql: str) -> None:
    """Run a script statement by statement (``executescript`` would commit the transaction)."""
    pernyataan = []
    buffer = ""
    for baris in sql.splitlines(keepends=True):
        buffer += baris
        if sqlite3.complete_statement(buffer):
            pernyataan.append(buffer)
            buffer = ""
    if buffer.strip():
        raise ValueError(f"Pernyataan SQL tidak lengkap di migrasi: {buffer[:80]!r}")
    for i, p in enumerate(pernyataan, start=1):
        db.execute(p)
        if _jalan is not None:
            _jalan.lapor(i / len(pernyataan))


def _versi(db: Database, nomor: int) -> None:
    # Migrations are numbered when they are planned and may land in another order; the
    # version never goes down, so it always names the newest migration applied.
    db.execute(f"PRAGMA user_version = {max(int(nomor), versi_terpasang(db))}")


_KELUARGA_SUMBER = """
    dimutakhirkan_tahun TEXT, provinsi TEXT, kabupaten TEXT, kecamatan TEXT, desa TEXT,
    kode_kemdagri TEXT, desil TEXT, persentil TEXT, alamat TEXT, prioritas_verval TEXT,
    no_kk TEXT, nama_kepala TEXT, nik_kepala TEXT, padan_dukcapil TEXT, jenis_kelamin TEXT,
    tanggal_lahir TEXT, status_kawin TEXT, pekerjaan TEXT, status_pekerjaan TEXT,
    pendidikan TEXT, kepemilikan_rumah TEXT, memiliki_simpanan TEXT, jenis_atap TEXT,
    kualitas_atap TEXT, jenis_dinding TEXT, kualitas_dinding TEXT, jenis_lantai TEXT,
    kualitas_lantai TEXT, sumber_penerangan TEXT, daya_listrik TEXT,
    bahan_bakar_memasak TEXT, sumber_air_minum TEXT, fasilitas_bab TEXT,
    resiko_stunting TEXT, penerima_bpnt TEXT, penerima_bpum TEXT, penerima_bst TEXT,
    penerima_pkh TEXT, penerima_sembako TEXT, penerima_prakerja TEXT, penerima_kur TEXT,
    pensasaran TEXT,"""

_ANGGOTA_SUMBER = """
    prioritas_verval TEXT, nama TEXT, nik TEXT, padan_dukcapil TEXT, jenis_kelamin TEXT,
    hubungan TEXT, tanggal_lahir TEXT, status_kawin TEXT, pekerjaan TEXT,
    status_pekerjaan TEXT, pendidikan TEXT, usia_2023 TEXT, kelompok_usia_2023 TEXT,
    usia_lt7 TEXT, usia_7_12 TEXT, usia_13_15 TEXT, usia_16_18 TEXT, usia_19_21 TEXT,
    usia_22_59 TEXT, usia_60_plus TEXT, penerima_bpnt TEXT, penerima_bpum TEXT,
    penerima_bst TEXT, penerima_pkh TEXT, penerima_sembako TEXT, penerima_prakerja TEXT,
    penerima_kur TEXT, resiko_stunting TEXT,"""

_SQL_0001 = f"""
CREATE TABLE pengaturan (
    kunci TEXT PRIMARY KEY,
    nilai TEXT
);

CREATE TABLE wilayah (
    kode TEXT PRIMARY KEY,
    nama TEXT NOT NULL,
    tingkat TEXT NOT NULL
        CHECK (tingkat IN ('provinsi', 'kabupaten_kota', 'kecamatan', 'desa_kelurahan')),
    induk TEXT,
    sumber TEXT NOT NULL DEFAULT 'p3ke' CHECK (sumber IN ('referensi', 'p3ke'))
);
CREATE INDEX wilayah_induk ON wilayah (induk);

CREATE TABLE pengguna (
    id INTEGER PRIMARY KEY,
    nama TEXT NOT NULL UNIQUE COLLATE NOCASE,
    nama_lengkap TEXT,
    peran TEXT NOT NULL CHECK (peran IN ('operator', 'verifikator', 'admin')),
    hash_sandi TEXT,
    aktif INTEGER NOT NULL DEFAULT 1,
    dibuat_pada TEXT NOT NULL
);

CREATE TABLE pengguna_wilayah (
    pengguna_id INTEGER NOT NULL REFERENCES pengguna (id) ON DELETE CASCADE,
    kode_wilayah TEXT NOT NULL,
    PRIMARY KEY (pengguna_id, kode_wilayah)
);

CREATE TABLE impor (
    id INTEGER PRIMARY KEY,
    waktu TEXT NOT NULL,
    pengguna TEXT,
    tata_letak TEXT,
    jumlah_keluarga INTEGER NOT NULL DEFAULT 0,
    jumlah_anggota INTEGER NOT NULL DEFAULT 0,
    keluarga_baru INTEGER NOT NULL DEFAULT 0,
    keluarga_berubah INTEGER NOT NULL DEFAULT 0,
    keluarga_hilang INTEGER NOT NULL DEFAULT 0,
    anggota_baru INTEGER NOT NULL DEFAULT 0,
    anggota_berubah INTEGER NOT NULL DEFAULT 0,
    anggota_hilang INTEGER NOT NULL DEFAULT 0,
    jumlah_temuan INTEGER NOT NULL DEFAULT 0,
    keterangan TEXT
);

CREATE TABLE impor_file (
    id INTEGER PRIMARY KEY,
    impor_id INTEGER NOT NULL REFERENCES impor (id),
    nama_file TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    ukuran INTEGER,
    jenis TEXT,
    lembar TEXT,
    jumlah_baris INTEGER
);
CREATE INDEX impor_file_sha256 ON impor_file (sha256);

CREATE TABLE keluarga (
    id_keluarga TEXT PRIMARY KEY,
    asal TEXT NOT NULL DEFAULT 'p3ke' CHECK (asal IN ('p3ke', 'usulan_baru')),
    ada_di_sumber INTEGER NOT NULL DEFAULT 1,
    tata_letak TEXT,
    kode_kecamatan TEXT,
    kode_kabupaten TEXT,
{_KELUARGA_SUMBER}
    nik_kepala_bentuk TEXT,
    sumber_json TEXT,
    impor_id INTEGER REFERENCES impor (id),
    file_sumber TEXT,
    lembar_sumber TEXT,
    baris_sumber INTEGER,
    dibuat_pada TEXT,
    diperbarui_pada TEXT
);
CREATE INDEX keluarga_kode_kemdagri ON keluarga (kode_kemdagri);
CREATE INDEX keluarga_kode_kecamatan ON keluarga (kode_kecamatan);
CREATE INDEX keluarga_nik_kepala ON keluarga (nik_kepala);
CREATE INDEX keluarga_no_kk ON keluarga (no_kk);

CREATE TABLE verifikasi_keluarga (
    id_keluarga TEXT PRIMARY KEY REFERENCES keluarga (id_keluarga) ON DELETE CASCADE,
    status_verifikasi TEXT NOT NULL DEFAULT 'BELUM',
    kelayakan TEXT,
    alasan TEXT,
    alasan_lainnya TEXT,
    pindah_ke TEXT,
    id_keluarga_ganda TEXT,
    tanggal_kunjungan TEXT,
    nama_verifikator TEXT,
    catatan TEXT,
    no_musdes TEXT,
    tanggal_musdes TEXT,
    persetujuan TEXT NOT NULL DEFAULT 'DRAF',
    catatan_pengembalian TEXT,
    koreksi_json TEXT,
    versi INTEGER NOT NULL DEFAULT 0,
    diubah_oleh TEXT,
    diubah_pada TEXT
);
CREATE INDEX verifikasi_keluarga_status ON verifikasi_keluarga (status_verifikasi);
CREATE INDEX verifikasi_keluarga_persetujuan ON verifikasi_keluarga (persetujuan);

CREATE TABLE anggota (
    id_individu TEXT PRIMARY KEY,
    id_keluarga TEXT NOT NULL REFERENCES keluarga (id_keluarga) ON DELETE CASCADE,
    asal TEXT NOT NULL DEFAULT 'p3ke' CHECK (asal IN ('p3ke', 'baru')),
    ada_di_sumber INTEGER NOT NULL DEFAULT 1,
    urutan INTEGER,
{_ANGGOTA_SUMBER}
    nik_bentuk TEXT,
    sumber_json TEXT,
    impor_id INTEGER REFERENCES impor (id),
    file_sumber TEXT,
    lembar_sumber TEXT,
    baris_sumber INTEGER,
    dibuat_pada TEXT,
    diperbarui_pada TEXT
);
CREATE INDEX anggota_id_keluarga ON anggota (id_keluarga, urutan);
CREATE INDEX anggota_nik ON anggota (nik);

CREATE TABLE verifikasi_anggota (
    id_individu TEXT PRIMARY KEY REFERENCES anggota (id_individu) ON DELETE CASCADE,
    status_anggota TEXT NOT NULL DEFAULT 'ADA',
    nik_perbaikan TEXT,
    catatan TEXT,
    koreksi_json TEXT,
    diubah_oleh TEXT,
    diubah_pada TEXT
);
CREATE INDEX verifikasi_anggota_nik_perbaikan ON verifikasi_anggota (nik_perbaikan);

CREATE TABLE temuan (
    id INTEGER PRIMARY KEY,
    aturan TEXT NOT NULL,
    id_keluarga TEXT,
    id_individu TEXT,
    kolom TEXT,
    nilai TEXT,
    pesan TEXT NOT NULL,
    file TEXT,
    lembar TEXT,
    baris INTEGER
);
CREATE INDEX temuan_id_keluarga ON temuan (id_keluarga);
CREATE INDEX temuan_aturan ON temuan (aturan);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    waktu TEXT NOT NULL,
    pengguna TEXT,
    aksi TEXT NOT NULL,
    tabel TEXT,
    id_rekaman TEXT,
    id_keluarga TEXT,
    kolom TEXT,
    nilai_lama TEXT,
    nilai_baru TEXT,
    alasan TEXT,
    keterangan TEXT,
    mesin TEXT,
    hash_sebelumnya TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_id_keluarga ON audit_log (id_keluarga);
CREATE INDEX audit_log_waktu ON audit_log (waktu);

CREATE TRIGGER audit_log_tanpa_ubah BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log hanya boleh ditambah, tidak boleh diubah');
END;

CREATE TRIGGER audit_log_tanpa_hapus BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log hanya boleh ditambah, tidak boleh dihapus');
END;
"""


@MIGRASI(name="0001_dasar")
def m0001_dasar(db: Database) -> None:
    """Regions, users, import batches, families and members with their verification,
    findings and the append-only audit log."""
    _jalankan(db, _SQL_0001)
    _versi(db, 1)


_SQL_0003 = """
CREATE VIRTUAL TABLE cari_nama USING fts5(
    teks, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');

CREATE VIRTUAL TABLE cari_nomor USING fts5(teks, tokenize = 'trigram');

CREATE INDEX keluarga_urut_nama ON keluarga (nama_kepala, id_keluarga);
CREATE INDEX keluarga_urut_nik ON keluarga (nik_kepala, id_keluarga);
CREATE INDEX keluarga_urut_desil ON keluarga (desil, id_keluarga);
CREATE INDEX keluarga_urut_wilayah ON keluarga (kode_kemdagri, id_keluarga, desa);
CREATE INDEX verifikasi_keluarga_urut_status
    ON verifikasi_keluarga (status_verifikasi, id_keluarga);
CREATE INDEX verifikasi_keluarga_urut_kelayakan ON verifikasi_keluarga (kelayakan, id_keluarga);
CREATE INDEX verifikasi_keluarga_urut_persetujuan
    ON verifikasi_keluarga (persetujuan, id_keluarga);
CREATE INDEX verifikasi_keluarga_daftar
    ON verifikasi_keluarga (id_keluarga, status_verifikasi, kelayakan, persetujuan);
DROP INDEX keluarga_kode_kemdagri;
DROP INDEX verifikasi_keluarga_status;
DROP INDEX verifikasi_keluarga_persetujuan;

INSERT INTO cari_nama (rowid, teks)
SELECT k.rowid, COALESCE(k.nama_kepala, '') || ' '
       || COALESCE(json_extract(v.koreksi_json, '$.nama_kepala'), '') || ' '
       || COALESCE((SELECT group_concat(a.nama, ' ') FROM anggota a
                    WHERE a.id_keluarga = k.id_keluarga), '')
FROM keluarga k JOIN verifikasi_keluarga v USING (id_keluarga);

INSERT INTO cari_nomor (rowid, teks)
SELECT k.rowid, k.id_keluarga || ' ' || COALESCE(k.no_kk, '') || ' '
       || COALESCE(k.nik_kepala, '') || ' '
       || COALESCE(json_extract(v.koreksi_json, '$.no_kk'), '') || ' '
       || COALESCE(json_extract(v.koreksi_json, '$.nik_kepala'), '') || ' '
       || COALESCE((SELECT group_concat(COALESCE(a.nik, '') || ' '
                                        || COALESCE(va.nik_perbaikan, ''), ' ')
                    FROM anggota a JOIN verifikasi_anggota va USING (id_individu)
                    WHERE a.id_keluarga = k.id_keluarga), '')
FROM keluarga k JOIN verifikasi_keluarga v USING (id_keluarga);

ANALYZE;
"""


@MIGRASI(name="0003_cari_dan_urut")
def m0003_cari_dan_urut(db: Database) -> None:
    """Full-text search over names (prefix) and identifiers (any part, trigram) of every family,
    and covering indexes so that the household table sorts and filters 100,000 families fast."""
    _jalankan(db, _SQL_0003)
    _versi(db, 3)


def versi_terbaru() -> int:
    """Number of the newest migration this version of the application knows."""
    return max(int(m.name[:4]) for m in MIGRASI._migrations)


def nama_migrasi() -> list[str]:
    """Names of every migration this version of the application knows, in order."""
    return [m.name for m in MIGRASI._migrations]


def versi_terpasang(db: Database) -> int:
    """Number of the newest migration applied to ``db`` (0 for a new file)."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def tertunda(db: Database) -> list[str]:
    """Names of the migrations not yet applied to ``db`` (reads only)."""
    if versi_terpasang(db) == versi_terbaru() and not MIGRASI.pending(db):
        return []
    return [m.name for m in MIGRASI.pending(db)]


def terapkan(db: Database, sampai: str | None = None, kemajuan: Kemajuan | None = None,
             batal: Callable[[], bool] | None = None) -> None:
    """Apply pending migrations (stopping before the one named ``sampai``, for tests).

    On a big database an upgrade can take a minute: ``kemajuan`` hears of each statement, and
    ``batal`` (asked every few thousand SQLite steps) stops it: the migration running is rolled
    back and :class:`MigrasiDibatalkan` raised (migrations already finished stay applied, each
    in its own transaction).
    """
    global _jalan
    if sampai is None and versi_terpasang(db) == versi_terbaru() and not MIGRASI.pending(db):
        return
    nama = [m.name for m in MIGRASI.pending(db)]
    if sampai is not None and sampai in nama:
        nama = nama[:nama.index(sampai)]
    if batal is not None:
        db.conn.set_progress_handler(lambda: 1 if batal() else 0, 20_000)
    try:
        for i, n in enumerate(nama):
            _jalan = _Jalan(kemajuan, i, len(nama), n, batal)
            _jalan.lapor(0.0)
            berikut = nama[i + 1] if i + 1 < len(nama) else sampai
            try:
                MIGRASI.apply(db, stop_before=berikut)
            except sqlite3.OperationalError as e:
                if batal is not None and batal() and "interrupt" in str(e):
                    raise MigrasiDibatalkan(Pesan(
                        "Pembaruan struktur basis data dibatalkan ({nama}); basis data tidak "
                        "diubah oleh langkah itu.", nama=n)) from None
                raise
        if kemajuan is not None:
            kemajuan(Pesan("Struktur basis data sudah diperbarui."), 1.0)
    finally:
        _jalan = None
        if batal is not None:
            db.conn.set_progress_handler(None, 0)


_SQL_0005 = """
CREATE TABLE audit_segel (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    id_terakhir INTEGER NOT NULL,
    hash_terakhir TEXT NOT NULL,
    jumlah INTEGER NOT NULL
);

INSERT INTO audit_segel (id, id_terakhir, hash_terakhir, jumlah)
SELECT 1, COALESCE(max(id), 0),
       COALESCE((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), printf('%.64d', 0)),
       count(*)
FROM audit_log;

CREATE TRIGGER audit_log_segel AFTER INSERT ON audit_log
BEGIN
    UPDATE audit_segel SET id_terakhir = NEW.id, hash_terakhir = NEW.hash, jumlah = jumlah + 1
    WHERE id = 1;
END;

CREATE TRIGGER audit_segel_tanpa_hapus BEFORE DELETE ON audit_segel
BEGIN
    SELECT RAISE(ABORT, 'segel audit tidak boleh dihapus');
END;

CREATE TRIGGER audit_segel_hanya_dari_log BEFORE UPDATE ON audit_segel
WHEN NEW.id_terakhir IS NOT (SELECT max(id) FROM audit_log)
  OR NEW.hash_terakhir IS NOT (SELECT hash FROM audit_log WHERE id = NEW.id_terakhir)
  OR NEW.jumlah IS NOT OLD.jumlah + 1
BEGIN
    SELECT RAISE(ABORT, 'segel audit hanya diperbarui oleh penambahan baris audit_log');
END;

ALTER TABLE pengguna ADD COLUMN terakhir_masuk TEXT;
ALTER TABLE pengguna ADD COLUMN diubah_pada TEXT;
"""


@MIGRASI(name="0005_keamanan")
def m0005_keamanan(db: Database) -> None:
    """Accounts and the audit seal: ``audit_segel`` holds the number and hash of the last audit
    row (kept by a trigger), so that removing the last rows of the log with an outside tool is
    detected too; accounts remember their last login."""
    _jalankan(db, _SQL_0005)
    _versi(db, 5)


_SQL_0007 = """
ALTER TABLE verifikasi_keluarga ADD COLUMN rowid_keluarga INTEGER;
ALTER TABLE verifikasi_keluarga ADD COLUMN kode_kemdagri_keluarga TEXT;

UPDATE verifikasi_keluarga SET (rowid_keluarga, kode_kemdagri_keluarga) = (
    SELECT k.rowid, k.kode_kemdagri FROM keluarga k
    WHERE k.id_keluarga = verifikasi_keluarga.id_keluarga);

CREATE TRIGGER verifikasi_keluarga_salin_keluarga AFTER INSERT ON verifikasi_keluarga
WHEN NEW.rowid_keluarga IS NULL
BEGIN
    UPDATE verifikasi_keluarga SET (rowid_keluarga, kode_kemdagri_keluarga) = (
        SELECT k.rowid, k.kode_kemdagri FROM keluarga k WHERE k.id_keluarga = NEW.id_keluarga)
    WHERE id_keluarga = NEW.id_keluarga;
END;

CREATE TRIGGER keluarga_salin_wilayah_ke_verifikasi AFTER UPDATE OF kode_kemdagri ON keluarga
WHEN NEW.kode_kemdagri IS NOT OLD.kode_kemdagri
BEGIN
    UPDATE verifikasi_keluarga SET kode_kemdagri_keluarga = NEW.kode_kemdagri
    WHERE id_keluarga = NEW.id_keluarga;
END;

DROP INDEX verifikasi_keluarga_urut_status;
DROP INDEX verifikasi_keluarga_urut_kelayakan;
DROP INDEX verifikasi_keluarga_urut_persetujuan;
CREATE INDEX verifikasi_keluarga_daftar_status
    ON verifikasi_keluarga (status_verifikasi, id_keluarga, rowid_keluarga);
CREATE INDEX verifikasi_keluarga_daftar_kelayakan
    ON verifikasi_keluarga (kelayakan, id_keluarga, rowid_keluarga);
CREATE INDEX verifikasi_keluarga_daftar_persetujuan
    ON verifikasi_keluarga (persetujuan, id_keluarga, rowid_keluarga);
CREATE INDEX verifikasi_keluarga_wilayah ON verifikasi_keluarga (
    kode_kemdagri_keluarga, status_verifikasi, id_keluarga, rowid_keluarga);

-- Identifiers are searched with LIKE '%...%' through the trigram index; without positions
-- (detail none) the index is a tenth of the size and a 16-digit NIK is found in a few ms
-- instead of tens (every digit trigram occurs in thousands of families).
CREATE VIRTUAL TABLE cari_nomor_baru USING fts5(teks, tokenize = 'trigram', detail = 'none');
INSERT INTO cari_nomor_baru (rowid, teks) SELECT rowid, teks FROM cari_nomor;
DROP TABLE cari_nomor;
ALTER TABLE cari_nomor_baru RENAME TO cari_nomor;

ANALYZE verifikasi_keluarga;
"""


@MIGRASI(name="0007_daftar_cepat")
def m0007_daftar_cepat(db: Database) -> None:
    """The household table and the region tree without a join per family: each verification
    row also carries its family's row id and desa code (copied by triggers when a family is
    added or moves), and its indexes cover (column, ID Keluarga, row id), so a sort or filter on
    status verifikasi, kelayakan or persetujuan, and the tree's counts per desa, read one
    index. The identifier search table loses its token positions (see the SQL)."""
    _jalankan(db, _SQL_0007)
    _versi(db, 7)


_SQL_0009 = """
ALTER TABLE keluarga ADD COLUMN id_keluarga_bentuk TEXT;
ALTER TABLE anggota ADD COLUMN id_keluarga_bentuk TEXT;
ALTER TABLE anggota ADD COLUMN id_individu_bentuk TEXT;
"""


@MIGRASI(name="0009_bentuk_id")
def m0009_bentuk_id(db: Database) -> None:
    """How the row's ID Keluarga / ID Individu arrived when it was not text (``angka``: a number
    cell, whose leading zeros Excel drops; ``ilmiah``: scientific notation); ``NULL`` for text,
    so existing rows need no update and a re-import of a text file changes nothing."""
    _jalankan(db, _SQL_0009)
    _versi(db, 9)


_SQL_0010 = """
ALTER TABLE verifikasi_keluarga ADD COLUMN pindah_ke_kode TEXT;

-- 'Pindah ke' was free text. A value that is exactly the code of a desa of this database's
-- kabupaten (the old field's placeholder asked for "alamat atau kode wilayah tujuan") is that
-- desa: it moves to the new column. Every other text stays as it was (a move out of the
-- kabupaten, or an address nobody can map to a desa safely).
UPDATE verifikasi_keluarga SET pindah_ke_kode = trim(pindah_ke), pindah_ke = NULL
WHERE length(trim(pindah_ke)) = 10 AND trim(pindah_ke) NOT GLOB '*[^0-9]*'
  AND (trim(pindah_ke) IN (SELECT kode_kemdagri FROM keluarga)
       OR trim(pindah_ke) IN (
           SELECT kode FROM wilayah WHERE tingkat = 'desa_kelurahan'
           AND substr(kode, 1, 4) IN (SELECT DISTINCT substr(kode_kemdagri, 1, 4)
                                      FROM keluarga WHERE kode_kemdagri IS NOT NULL)));
"""


@MIGRASI(name="0010_pindah_ke_kode")
def m0010_pindah_ke_kode(db: Database) -> None:
    """'Pindah ke' told apart: a move within the kabupaten is a desa code of this database
    (``verifikasi_keluarga.pindah_ke_kode``, shown by name); ``pindah_ke`` keeps free text for a
    move out of the kabupaten. Old values that are exactly such a desa code move over; all other
    old text stays, readable, where it was."""
    _jalankan(db, _SQL_0010)
    _versi(db, 10)


_SQL_0011 = """
CREATE TABLE identitas_basis_data (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    uuid TEXT NOT NULL
);

CREATE TRIGGER identitas_basis_data_tanpa_ubah BEFORE UPDATE ON identitas_basis_data
BEGIN
    SELECT RAISE(ABORT, 'identitas basis data tidak boleh diubah');
END;

CREATE TRIGGER identitas_basis_data_tanpa_hapus BEFORE DELETE ON identitas_basis_data
BEGIN
    SELECT RAISE(ABORT, 'identitas basis data tidak boleh dihapus');
END;
"""


@MIGRASI(name="0011_identitas")
def m0011_identitas(db: Database) -> None:
    """Who this database is: one row with a random id (uuid4, text), made when the database is
    created or upgraded and never changed (triggers refuse it). A backup copies it (the same
    database); a database made apart has its own, even when its audit trail starts alike."""
    _jalankan(db, _SQL_0011)
    db.execute("INSERT INTO identitas_basis_data (id, uuid) VALUES (1, ?)", [str(uuid.uuid4())])
    _versi(db, 11)


_SYARAT_0012 = """
    COALESCE(trim(status_verifikasi), '') IN ('', 'BELUM')
    AND (COALESCE(kelayakan, '') != '' OR COALESCE(alasan, '') != ''
         OR COALESCE(alasan_lainnya, '') != '')"""
_KETERANGAN_0012 = keterangan_jejak.kelayakan_dikosongkan("0012")
_POLA_KETERANGAN = re.compile(r"^Pembaruan struktur basis data \(migrasi (\d{4})\): ")
"""How the note of an audit row written by a migration (no user) starts: the notes
:mod:`kalbar_desktop.domain.keterangan_jejak` makes for migrations (``kelayakan_dikosongkan``)."""


def migrasi_penulis(keterangan: str | None) -> str | None:
    """The migration that wrote an audit row with this note, as people read it
    (``0012 kelayakan_tanpa_status``; the number alone when no migration has it); ``None``
    for a row no migration wrote."""
    m = _POLA_KETERANGAN.match(keterangan or "")
    if m is None:
        return None
    nama = next((x.name for x in MIGRASI._migrations if x.name.startswith(f"{m[1]}_")), None)
    return nama.replace("_", " ", 1) if nama else m[1]


@MIGRASI(name="0012_kelayakan_tanpa_status")
def m0012_kelayakan_tanpa_status(db: Database) -> None:
    """A family still 'Belum diverifikasi' (status BELUM or empty) has no kelayakan: older
    versions saved one, and the Rekap for the province and the dashboard counted such a family
    as judged until it was saved again (saves refuse it since). Its kelayakan, alasan and alasan
    lainnya are emptied, each value removed written to the audit trail as a save writes it
    (action UBAH, one row per field, no user, the reason in the note)."""
    baris = db.execute("SELECT id_keluarga, kelayakan, alasan, alasan_lainnya "
                       f"FROM verifikasi_keluarga WHERE {_SYARAT_0012} ORDER BY id_keluarga")
    catatan = [audit.Catatan("UBAH", tabel="verifikasi_keluarga", id_rekaman=idk,
                             id_keluarga=idk, kolom=kolom, nilai_lama=nilai,
                             keterangan=_KETERANGAN_0012)
               for idk, *nilai_lama in baris.fetchall()
               for kolom, nilai in zip(("kelayakan", "alasan", "alasan_lainnya"), nilai_lama,
                                       strict=True)
               if nilai not in (None, "")]
    if catatan:
        audit.tulis(db, catatan)
        db.execute("UPDATE verifikasi_keluarga SET kelayakan = NULL, alasan = NULL, "
                   f"alasan_lainnya = NULL WHERE {_SYARAT_0012}")
    if _jalan is not None:
        _jalan.lapor(1.0)
    _versi(db, 12)


_SQL_0013 = """
ALTER TABLE keluarga ADD COLUMN no_kk_bentuk TEXT;
"""


@MIGRASI(name="0013_no_kk_bentuk")
def m0013_no_kk_bentuk(db: Database) -> None:
    """How the family's No KK arrived when it says something: ``'kosong'`` when the file it came
    from has a No KK column and this family's cell is empty (a real gap: NO_KK_KOSONG);
    ``NULL`` otherwise, also for the portal's files, which have no No KK column. Existing rows
    stay ``NULL`` until their next import."""
    _jalankan(db, _SQL_0013)
    _versi(db, 13)


_SQL_0014 = """
ALTER TABLE impor_file ADD COLUMN rilis TEXT;
"""


@MIGRASI(name="0014_rilis_berkas")
def m0014_rilis_berkas(db: Database) -> None:
    """The P3KE release an imported file belongs to (``impor_file.rilis``: its newest
    "Dimuktakhirkan Tahun", ``'2022'`` for a file of the 2022 layout, which has no such
    column), so that an old release's Individu file and a new release's Keluarga file imported
    on one day are told apart (KK_TANPA_KEPALA). ``NULL`` for files imported before and files
    without a marker: the same-day rule decides for them."""
    _jalankan(db, _SQL_0014)
    _versi(db, 14)


_YA_TIDAK_0015 = {"1": "Ya", "0": "Tidak", "true": "Ya", "false": "Tidak"}
"""The comparison keys (:func:`kalbar_desktop.domain.codes.kunci`) that a yes/no column reads
as Ya/Tidak since stop 22 (10dd327) and that older versions stored as written: ``1``, ``01``,
``1.0``, an Excel TRUE cell stored as ``True``..."""

_KOLOM_YA_TIDAK_0015 = {
    "keluarga": {
        "memiliki_simpanan": "Memiliki Simpanan Uang/Perhiasan/Ternak/Lainnya",
        "penerima_bpnt": "Penerima BPNT", "penerima_bpum": "Penerima BPUM",
        "penerima_bst": "Penerima BST", "penerima_pkh": "Penerima PKH",
        "penerima_sembako": "Penerima SEMBAKO", "penerima_prakerja": "Penerima Prakerja",
        "penerima_kur": "Penerima KUR"},
    "anggota": {
        "usia_lt7": "Usia < 7 Tahun", "usia_7_12": "Usia 7-12 Tahun",
        "usia_13_15": "Usia 13-15 Tahun", "usia_16_18": "Usia 16-18 Tahun",
        "usia_19_21": "Usia 19-21 Tahun", "usia_22_59": "Usia 22-59 Tahun",
        "usia_60_plus": "Usia 60+ Tahun", "penerima_bpnt": "Penerima BPNT",
        "penerima_bpum": "Penerima BPUM", "penerima_bst": "Penerima BST",
        "penerima_pkh": "Penerima PKH", "penerima_sembako": "Penerima SEMBAKO",
        "penerima_prakerja": "Penerima Prakerja", "penerima_kur": "Penerima KUR"},
}
"""The yes/no columns and the header an import names them by in the source JSON (the 2022
Keluarga workbook writes "Penerima BNPT": :data:`_HEADER_2022_0015`)."""
_HEADER_2022_0015 = {"penerima_bpnt": "Penerima BNPT"}

_HEADER_BAB_0015 = frozenset({"memiliki fasilitas buang air besar",
                              "fasilitas buang air besar", "memiliki fasilitas bab"})
"""The Fasilitas BAB headers an import knows (normalised; a remark in brackets after one is
allowed, as the import allows it)."""
_TIDAK_ADA_0015 = "tidakada"
"""The comparison key of 'Tidak Ada', which older versions read as 'Lainnya'."""


def _ya_tidak_0015(db: Database, tabel: str) -> tuple[int, int]:
    """Yes/no cells of ``tabel`` stored as written by an older version (``1``/``0``,
    ``True``/``False``) become Ya/Tidak, as an import reads them now; the value as written is
    kept in the row's source JSON under the column's header, as an import keeps it (without
    overwriting one already there). Only rows from P3KE files (``asal = 'p3ke'``). One scan
    finds the values, one statement rewrites every column of a row at once. Returns (values
    changed, rows changed); the rows' families go to ``temp.diubah_0015``."""
    kolom = _KOLOM_YA_TIDAK_0015[tabel]
    lain = " OR ".join(f"{f} NOT IN ('Ya', 'Tidak', 'KOSONG')" for f in kolom)
    peta: dict[str, dict[str, str]] = {f: {} for f in kolom}
    for baris in db.execute(f"SELECT DISTINCT {', '.join(kolom)} FROM {tabel} "
                            f"WHERE asal = 'p3ke' AND ({lain})"):
        for f, v in zip(kolom, baris, strict=True):
            if isinstance(v, str) and kunci(v) in _YA_TIDAK_0015:
                peta[f][v] = _YA_TIDAK_0015[kunci(v)]
    peta = {f: p for f, p in peta.items() if p}
    if not peta:
        return 0, 0

    def teks(v: str) -> str:
        return "'" + v.replace("'", "''") + "'"

    ada = {f: f"{f} IN ({', '.join(map(teks, p))})" for f, p in peta.items()}
    syarat = f"asal = 'p3ke' AND ({' OR '.join(ada.values())})"
    jumlah = " + ".join(f"total(({a}) IS 1)" for a in ada.values())
    nilai, baris = db.execute(f"SELECT {jumlah}, count(*) FROM {tabel} WHERE {syarat}"
                              ).fetchone()
    db.execute(f"INSERT OR IGNORE INTO temp.diubah_0015 SELECT id_keluarga FROM {tabel} "
               f"WHERE {syarat}")
    ubah, jalur = [], []
    for f, p in peta.items():
        kasus = " ".join(f"WHEN {teks(v)} THEN '{baru}'" for v, baru in p.items())
        ubah.append(f"{f} = CASE {f} {kasus} ELSE {f} END")
        tempat = f"'$.\"{kolom[f]}\"'"
        if tabel == "keluarga" and f in _HEADER_2022_0015:
            tempat = (f"CASE tata_letak WHEN '2022' THEN '$.\"{_HEADER_2022_0015[f]}\"' "
                      f"ELSE {tempat} END")
        # a column not rewritten in this row writes to the key "" (no header is empty: an
        # import names a column without one by its letter), removed again below
        jalur.append(f"CASE WHEN {ada[f]} THEN {tempat} ELSE '$.\"\"' END, {f}")
    db.execute(f"UPDATE {tabel} SET {', '.join(ubah)}, sumber_json = json_remove(json_insert("
               f"COALESCE(sumber_json, '{{}}'), {', '.join(jalur)}), '$.\"\"') WHERE {syarat}")
    return int(nilai), int(baris)


def _tidak_ada_0015(db: Database) -> int:
    """A family's Fasilitas BAB stored as 'Lainnya' where its file wrote 'Tidak Ada' (any
    spelling with that comparison key; the cell as written is in the source JSON under the
    column's header) holds the text as written again, as an import stores it now, and the
    source JSON no longer repeats it. Exact only when the row's source JSON has one Fasilitas
    BAB value and the sheet it came from has no second Fasilitas BAB column: a sheet where such
    a 'Tidak Ada' stands beside another stored value has one, and is left alone. Returns how
    many families changed (also in ``temp.diubah_0015``)."""
    def bab(header: str) -> bool:
        n = normalisasi_header(header)
        return n in _HEADER_BAB_0015 or re.sub(r"\s*\([^()]*\)$", "", n) in _HEADER_BAB_0015

    calon: list[tuple[int, str, tuple[object, object], str, str | None]] = []
    kembar: set[tuple[object, object]] = set()
    for rowid, idk, nilai, sumber, berkas, lembar in db.execute(
            "SELECT rowid, id_keluarga, fasilitas_bab, sumber_json, file_sumber, lembar_sumber "
            "FROM keluarga WHERE asal = 'p3ke' AND sumber_json LIKE '%t%i%d%a%a%d%a%'").fetchall():
        isi = json.loads(sumber)
        kunci_bab = [k for k in isi if bab(k)]
        tidak_ada = [k for k in kunci_bab
                     if isinstance(isi[k], str) and kunci(isi[k]) == _TIDAK_ADA_0015]
        if not tidak_ada:
            continue
        if nilai != "Lainnya" or len(kunci_bab) > 1:
            kembar.add((berkas, lembar))
            continue
        asli = isi.pop(tidak_ada[0]).strip()
        calon.append((rowid, idk, (berkas, lembar), asli,
                      json.dumps(isi, ensure_ascii=False) if isi else None))
    ubah = [(asli, sumber, rowid) for rowid, _idk, letak, asli, sumber in calon
            if letak not in kembar]
    db.conn.executemany("UPDATE keluarga SET fasilitas_bab = ?, sumber_json = ? "
                        "WHERE rowid = ?", ubah)
    db.conn.executemany("INSERT OR IGNORE INTO temp.diubah_0015 VALUES (?)",
                        [(idk,) for _r, idk, letak, _a, _s in calon if letak not in kembar])
    return len(ubah)


@MIGRASI(name="0015_nilai_lama_dibaca_ulang")
def m0015_nilai_lama_dibaca_ulang(db: Database) -> None:
    """Values older versions stored, read as an import reads them since stop 22: ``1``/``0``
    (and an Excel TRUE/FALSE cell) in a yes/no column are Ya/Tidak; a Fasilitas BAB the file
    wrote 'Tidak Ada' is no longer 'Lainnya' but kept as written (KODE_TIDAK_DIKENAL). They
    stayed until a different file brought those people (the same file again is refused as
    already imported). Only values whose rule is exact are rewritten (see the two helpers);
    verification work is not touched. The findings of the families changed are recomputed and
    one audit row (action MIGRASI, no user) names what changed and how many; nothing is written
    when nothing changed."""
    from kalbar_desktop.storage import temuan

    def lapor(fraksi: float) -> None:
        if _jalan is not None:
            _jalan.lapor(fraksi)

    db.execute("DROP TABLE IF EXISTS temp.diubah_0015")
    db.execute("CREATE TEMP TABLE diubah_0015 (id_keluarga TEXT PRIMARY KEY) WITHOUT ROWID")
    nilai_k, baris_k = _ya_tidak_0015(db, "keluarga")
    lapor(0.1)
    nilai_a, baris_a = _ya_tidak_0015(db, "anggota")
    lapor(0.35)
    bab = _tidak_ada_0015(db)
    lapor(0.4)
    if nilai_k or nilai_a or bab:
        temuan.hitung_ulang_keluarga_di(db, "temp.diubah_0015",
                                        lambda f: lapor(0.4 + 0.55 * f))
        keterangan = keterangan_jejak.nilai_lama_dibaca_ulang(
            "0015", nilai_k + nilai_a, baris_k, baris_a, bab)
        audit.tulis(db, [audit.Catatan("MIGRASI", keterangan=keterangan)])
    db.execute("DROP TABLE temp.diubah_0015")
    lapor(1.0)
    _versi(db, 15)
