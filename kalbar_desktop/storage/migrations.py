"""Numbered schema migrations, recorded in the database (sqlite-utils ``Migrations``).

Each migration runs in one transaction with the record of it having run. ``PRAGMA user_version``
holds the number of the latest migration so that a quick check needs no table. A migration, once
released, is never edited: add the next number instead. Column lists are written out literally
here (not derived from :mod:`kalbar_desktop.domain.kolom`) so that old migrations stay what they
were.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRASI = Migrations("kalbar_desktop")


def _jalankan(db: Database, sql: str) -> None:
    """Run a script statement by statement (``executescript`` would commit the transaction)."""
    buffer = ""
    for baris in sql.splitlines(keepends=True):
        buffer += baris
        if sqlite3.complete_statement(buffer):
            db.execute(buffer)
            buffer = ""
    if buffer.strip():
        raise ValueError(f"Pernyataan SQL tidak lengkap di migrasi: {buffer[:80]!r}")


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


def terapkan(db: Database, sampai: str | None = None) -> None:
    """Apply pending migrations (stopping before the one named ``sampai``, for tests)."""
    if sampai is None and versi_terpasang(db) == versi_terbaru() and not MIGRASI.pending(db):
        return
    MIGRASI.apply(db, stop_before=sampai)


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
