import sqlite3

import pytest

from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import migrations


def _tabel(db):
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_basis_data_baru_mendapat_skema_lengkap(db):
    assert {"wilayah", "keluarga", "verifikasi_keluarga", "anggota", "verifikasi_anggota",
            "audit_log", "pengguna", "impor", "impor_file", "temuan"} <= _tabel(db)
    assert migrations.versi_terpasang(db) == migrations.versi_terbaru()
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_identitas_disimpan_sebagai_teks(db):
    for tabel, kolom in (("keluarga", "id_keluarga"), ("keluarga", "nik_kepala"),
                         ("keluarga", "no_kk"), ("keluarga", "kode_kemdagri"),
                         ("anggota", "nik"), ("anggota", "id_individu"), ("wilayah", "kode")):
        tipe = {r[1]: r[2] for r in db.execute(f"PRAGMA table_info({tabel})")}
        assert tipe[kolom] == "TEXT", (tabel, kolom)


@pytest.mark.parametrize("berhenti", [m.name for m in migrations.MIGRASI._migrations][1:] or [None])
def test_setiap_versi_lama_dinaikkan_dengan_bersih(tmp_path, berhenti):
    path = tmp_path / "lama.db"
    conn = sqlite3.connect(path, isolation_level=None)
    lama = sdb.Database(conn)
    migrations.terapkan(lama, sampai=berhenti)
    lama.execute("INSERT INTO keluarga (id_keluarga, nik_kepala) VALUES ('K1', '0012345678901234')")
    lama.execute("INSERT INTO verifikasi_keluarga (id_keluarga) VALUES ('K1')")
    conn.close()
    with sdb.terbuka(path) as baru:
        assert migrations.versi_terpasang(baru) == migrations.versi_terbaru()
        assert baru.execute("SELECT nik_kepala FROM keluarga").fetchall() == [("0012345678901234",)]


def test_migrasi_dua_kali_tidak_mengubah_apa_pun(db_path):
    with sdb.terbuka(db_path):
        pass
    with sdb.terbuka(db_path) as db:
        n = db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
        assert n == len(migrations.MIGRASI._migrations)


def test_audit_log_hanya_bisa_ditambah(db):
    from kalbar_desktop.storage import audit

    audit.tulis(db, [audit.Catatan(aksi="UJI", pengguna="a")])
    with pytest.raises(sqlite3.DatabaseError, match="hanya boleh ditambah"):
        db.execute("UPDATE audit_log SET pengguna = 'b'")
    with pytest.raises(sqlite3.DatabaseError, match="hanya boleh ditambah"):
        db.execute("DELETE FROM audit_log")
    assert audit.periksa_rantai(db) == []


def test_berkas_bukan_basis_data_ditolak_dengan_pesan(tmp_path):
    palsu = tmp_path / "palsu.db"
    palsu.write_bytes(b"ini bukan sqlite" * 100)
    with pytest.raises(sdb.BasisDataTidakBisaDibuka, match=r"palsu\.db"):
        sdb.buka(palsu)


def test_basis_data_dari_versi_lebih_baru_ditolak(db_path):
    with sdb.terbuka(db_path) as db:
        db.execute("PRAGMA user_version = 999")
    with pytest.raises(sdb.BasisDataTidakBisaDibuka, match="lebih baru"):
        sdb.buka(db_path)
