"""``check`` on an audit row renumbered with an outside tool (terima11, from outside with plain
sqlite3): a row of the middle moved to #1000 was told as "#4 removed", "#11 to #999 removed
(989 rows)" and "#11 to #1000 added", three false stories about one changed number. The row
that belongs in the gap stands further on and links the rows around it: it is now named as
renumbered, from where to where, and the seal's check leaves it out of "the last row"."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from kalbar_desktop.storage import audit
from kalbar_desktop.storage import db as sdb


def _isi(db_path, n=10):
    with sdb.terbuka(db_path) as db:
        audit.tulis(db, [audit.Catatan(aksi="UBAH", pengguna="petugas", id_keluarga=f"K{i}",
                                       kolom="kelayakan", nilai_baru="LAYAK")
                         for i in range(1, n + 1)])


def _sqlite_luar(db_path, *sql):
    """Plain sqlite3: every trigger of the log and its seal dropped, the statements run, the
    triggers put back as the database defined them."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    trigger = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                           "tbl_name IN ('audit_log', 'audit_segel')").fetchall()
    for nama, _ in trigger:
        conn.execute(f"DROP TRIGGER {nama}")
    for s in sql:
        conn.execute(s)
    for _, buat in trigger:
        conn.execute(buat)
    conn.close()


def _masalah(db_path) -> list[tuple[int, str]]:
    with sdb.terbuka(db_path, baca_saja=True) as db:
        return [(m.id, str(m.pesan)) for m in audit.periksa_jejak(db)]


def _check(db_path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kalbar_desktop", "--db", str(db_path),
                           "check"], capture_output=True, text=True, timeout=60)


def test_baris_tengah_diberi_nomor_akhir(db_path):
    _isi(db_path)
    _sqlite_luar(db_path, "UPDATE audit_log SET id = 1000 WHERE id = 4")
    assert _masalah(db_path) == [(1000, (
        "baris audit #4 sekarang bernomor #1000: nomornya diubah di luar aplikasi (isinya "
        "tetap tersambung antara #3 dan #5)"))]
    hasil = _check(db_path)
    assert hasil.returncode == 1 and "RUSAK" in hasil.stdout, hasil.stdout
    assert "#4 sekarang bernomor #1000" in hasil.stdout
    assert "hilang" not in hasil.stdout and "ditambahkan" not in hasil.stdout, hasil.stdout


def test_baris_terakhir_diberi_nomor_lain(db_path):
    _isi(db_path)
    _sqlite_luar(db_path, "UPDATE audit_log SET id = 15 WHERE id = 10")
    assert _masalah(db_path) == [
        (15, "nomor baris audit melompat dari #9 ke #15 padahal rantainya tersambung: nomor "
             "baris diubah di luar aplikasi, atau baris di antaranya dihapus dan rantainya "
             "dihitung ulang"),
        (15, "baris audit terakhir #10 sekarang bernomor #15: nomornya diubah di luar "
             "aplikasi")]


def test_satu_baris_sisipan_bernomor_jauh(db_path):
    _isi(db_path)
    _sqlite_luar(db_path, "INSERT INTO audit_log (id, waktu, pengguna, aksi, hash_sebelumnya, "
                          "hash) SELECT 1000, waktu, 'tamu', 'SETUJUI', hash, 'x' FROM audit_log "
                          "WHERE id = 10")
    masalah = _masalah(db_path)
    assert (1000, "baris audit #1000 ditambahkan di luar aplikasi (tidak tercatat di segel)"
            ) in masalah, masalah
    assert not any("#11 sampai" in m for _, m in masalah), masalah


def test_baris_dihapus_tetap_disebut_hilang(db_path):
    _isi(db_path)
    _sqlite_luar(db_path, "DELETE FROM audit_log WHERE id = 4")
    assert _masalah(db_path)[0] == (4, "baris audit #4 hilang (dihapus): nomor melompat dari "
                                       "#3 ke #5")


def test_pemeriksaan_cepat_menyebut_nomor_diubah(db_path):
    """The window's quick check (the seal only, at start) does not walk the chain: a row moved
    to #1000 was "baris audit #1000 ditambahkan" there, though no row was added."""
    _isi(db_path)
    _sqlite_luar(db_path, "UPDATE audit_log SET id = 1000 WHERE id = 4")
    with sdb.terbuka(db_path, baca_saja=True) as db:
        assert [(m.id, str(m.pesan)) for m in audit.periksa_segel(db)] == [(1000, (
            "nomor baris audit diubah di luar aplikasi: log berakhir di #1000, segel mencatat "
            "#10, jumlah barisnya sama (10)"))]
