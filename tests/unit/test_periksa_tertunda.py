"""The quick check of a big database runs after the window has shown its data; until it has
passed nothing is written: SQLite refuses (``query_only``), a write through the application
waits for the check (running it when nobody has), and a damaged file refuses every write and
stays byte for byte as it was."""

import hashlib
import os
import sqlite3
import threading

import pytest

from kalbar_desktop.storage import audit, periksa
from kalbar_desktop.storage import db as sdb


def _rusakkan(db_demo, db_path) -> None:
    db_demo.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_demo.close()
    with open(db_path, "r+b") as f:
        f.seek(os.path.getsize(db_path) // 2 // 4096 * 4096)
        f.write(os.urandom(4096 * 3))


def _sidik(path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in path.parent.iterdir() if p.name.startswith(path.name)
            and not p.name.endswith("-kunci")}


def _tahan(db_path) -> tuple[sdb.BasisData, periksa.PemeriksaanTertunda]:
    db = sdb.buka(db_path)
    p = periksa.PemeriksaanTertunda(db_path)
    db.tahan_tulis_sampai_diperiksa(p)
    return db, p


def test_tulis_menunggu_pemeriksaan_lalu_jalan(db_demo, db_path):
    db_demo.close()
    db, p = _tahan(db_path)
    try:
        assert db.pemeriksaan_tertunda is p and not p.dimulai
        with pytest.raises(sqlite3.OperationalError, match="readonly"):  # SQLite refuses
            db.conn.execute("UPDATE keluarga SET nama_kepala = 'x'")
        assert db.execute("SELECT count(*) FROM keluarga").fetchone()[0] == 120  # reads go
        assert not p.dimulai  # a read does not wait for the check
        audit.tulis(db, [audit.Catatan(aksi="UJI", pengguna="a")])  # waits: runs the check
        assert p.selesai and p.hasil.sehat and db.pemeriksaan_tertunda is None
        assert db.hasil_periksa is p.hasil
        db.execute("UPDATE keluarga SET nama_kepala = nama_kepala")  # no longer held
    finally:
        db.close()


def test_pemeriksaan_di_utas_lain_dan_sambungan_kedua_ikut_menunggu(db_demo, db_path):
    db_demo.close()
    db, p = _tahan(db_path)
    kedua = sdb.buka(db_path)  # e.g. an import started right after the window opened
    try:
        assert kedua.pemeriksaan_tertunda is p
        utas = threading.Thread(target=p.jalankan)
        utas.start()
        with kedua.atomic():  # waits for the thread's result, then writes
            kedua.execute("UPDATE keluarga SET desil = desil")
        utas.join()
        assert p.hasil.sehat and kedua.pemeriksaan_tertunda is None
        assert db.pemeriksaan_tertunda is p  # each connection opens when it next writes
        with db.atomic():
            db.execute("UPDATE keluarga SET desil = desil")
    finally:
        kedua.close()
        db.close()
    with sdb.terbuka(db_path) as lagi:  # the check is over: a new connection is not held
        assert lagi.pemeriksaan_tertunda is None


def test_basis_data_rusak_menolak_setiap_tulisan(db_demo, db_path):
    _rusakkan(db_demo, db_path)
    sebelum = _sidik(db_path)
    db, p = _tahan(db_path)
    try:
        with pytest.raises(sdb.BasisDataRusak, match="gagal pemeriksaan kesehatan") as e:
            db.execute("UPDATE keluarga SET nama_kepala = 'x'")
        assert "Integritas SQLite" in str(e.value) and "Pulihkan" in str(e.value)
        assert p.selesai and not p.hasil.sehat
        with pytest.raises(sdb.BasisDataRusak), db.atomic():
            db.execute("SELECT 1")
        with pytest.raises(sdb.BasisDataRusak):
            audit.tulis(db, [audit.Catatan(aksi="UJI", pengguna="a")])
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            db.conn.execute("DELETE FROM pengaturan")
        assert db.pemeriksaan_tertunda is p  # stays held
    finally:
        db.close()
    assert _sidik(db_path) == sebelum


def test_pemeriksaan_yang_macet_dianggap_gagal(db_demo, db_path, monkeypatch):
    db_demo.close()

    def meledak(*_a, **_k):
        raise MemoryError("habis")

    monkeypatch.setattr(periksa, "periksa_berkas", meledak)
    db, _p = _tahan(db_path)
    try:
        with pytest.raises(sdb.BasisDataRusak, match="tidak dapat diselesaikan"):
            db.execute("DELETE FROM pengaturan")
    finally:
        db.close()
