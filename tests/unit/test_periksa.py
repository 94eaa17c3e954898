"""``kalbar-desktop check``: integrity, foreign keys, audit, schema version; a clear verdict and
exit status."""

import os
import sqlite3
import subprocess
import sys

from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import periksa


def _check(db_path, *opsi):
    return subprocess.run([sys.executable, "-m", "kalbar_desktop", "--db", str(db_path), "check",
                           *opsi], capture_output=True, text=True, timeout=60)


def test_sehat(db_demo, db_path):
    db_demo.close()
    for opsi in ((), ("--quick",)):
        hasil = _check(db_path, *opsi)
        assert hasil.returncode == 0 and hasil.stdout.startswith("SEHAT"), hasil.stdout


def test_halaman_rusak(db_demo, db_path):
    db_demo.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_demo.close()
    ukuran = db_path.stat().st_size
    with open(db_path, "r+b") as f:
        f.seek(ukuran // 2 // 4096 * 4096)
        f.write(os.urandom(4096 * 3))
    hasil = _check(db_path)
    assert hasil.returncode == 1
    assert hasil.stdout.startswith("RUSAK") and "Integritas SQLite" in hasil.stdout
    assert "Pulihkan dari cadangan" in hasil.stdout


def test_hubungan_antar_tabel_putus(db_demo, db_path):
    db_demo.close()
    conn = sqlite3.connect(db_path)  # an outside tool, foreign keys off by default
    conn.execute("INSERT INTO anggota (id_individu, id_keluarga) VALUES ('X-01', 'TIDAK-ADA')")
    conn.commit()
    conn.close()
    hasil = _check(db_path)
    assert hasil.returncode == 1
    assert ("tabel anggota (id_keluarga TIDAK-ADA) menunjuk ke keluarga yang tidak ada"
            in hasil.stdout)
    assert _check(db_path, "--quick").returncode == 0  # the quick form skips foreign keys


def test_skema_lebih_baru_dan_bukan_kalbar(db_path, tmp_path):
    with sdb.terbuka(db_path) as db:
        db.execute("PRAGMA user_version = 77")
    hasil = _check(db_path)
    assert hasil.returncode == 1 and "lebih baru" in hasil.stdout
    lain = tmp_path / "lain.db"
    conn = sqlite3.connect(lain)
    conn.execute("CREATE TABLE x (a)")
    conn.close()
    hasil = _check(lain)
    assert hasil.returncode == 1 and "bukan basis data Kalbar Desktop" in hasil.stdout
    hasil = _check(tmp_path / "tidak-ada.db")  # a mistyped path: an error, not a verdict
    assert hasil.returncode == 1 and "tidak ada" in hasil.stderr and "RUSAK" not in hasil.stdout


def test_skema_lama_hanya_catatan(tmp_path):
    from kalbar_desktop.storage import migrations

    path = tmp_path / "lama.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.terapkan(sdb.Database(conn), sampai=migrations.nama_migrasi()[1])
    conn.close()
    hasil = periksa.periksa_berkas(path)
    assert hasil.sehat
    assert any(not m.serius and "akan dinaikkan" in m.pesan for m in hasil.masalah)
