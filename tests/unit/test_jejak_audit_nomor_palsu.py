"""A row's number is not in its hash: with the triggers dropped and put back, an outside tool
could renumber rows (the last row moved to #20 and the seal set to match, or the whole log moved
up by 100) and ``check`` said SEHAT (closing note 21, section 9). The application numbers rows
one after another from #1 and never removes one, so a row that links to the one before it but
does not carry the next number was renumbered (or rows were removed and the chain computed
again). Adding the number to the hash would change every stored hash: not done."""

from __future__ import annotations

import sqlite3

from kalbar_desktop.storage import audit
from kalbar_desktop.storage import db as sdb
from tests.unit.test_jejak_audit import _alat_luar, _check
from tests.unit.test_jejak_audit_sisip_konsol2 import _isi


def _ubah_nomor(db_path, *sql: str) -> None:
    """Renumber with the triggers of the log and of the seal dropped, then put back as they
    were (the seal's own definition read from the database)."""
    conn = sqlite3.connect(db_path)
    segel = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = "
                         "'audit_segel_hanya_dari_log'").fetchone()[0]
    conn.close()
    _alat_luar(db_path, "DROP TRIGGER audit_segel_hanya_dari_log", *sql, segel)


def _masalah(db_path) -> list[tuple[int, str]]:
    with sdb.terbuka(db_path, baca_saja=True) as db:
        return [(m.id, str(m.pesan)) for m in audit.periksa_jejak(db)]


def test_nomor_baris_terakhir_diubah_bersama_segel(db_path):
    _isi(db_path)
    _ubah_nomor(db_path, "UPDATE audit_log SET id = 20 WHERE id = 10",
               "UPDATE audit_segel SET id_terakhir = 20")
    assert _masalah(db_path) == [(20, (
        "nomor baris audit melompat dari #9 ke #20 padahal rantainya tersambung: nomor baris "
        "diubah di luar aplikasi, atau baris di antaranya dihapus dan rantainya dihitung "
        "ulang"))]
    hasil = _check(db_path)
    assert hasil.returncode == 1 and "RUSAK" in hasil.stdout, hasil.stdout
    assert "melompat dari #9 ke #20" in hasil.stdout


def test_semua_nomor_digeser(db_path):
    _isi(db_path)
    _ubah_nomor(db_path, "UPDATE audit_log SET id = id + 100",
               "UPDATE audit_segel SET id_terakhir = id_terakhir + 100")
    assert _masalah(db_path) == [(101, (
        "baris audit pertama bernomor #101, bukan #1: nomor baris diubah di luar aplikasi, "
        "atau baris sebelumnya dihapus dan rantainya dihitung ulang"))]


def test_log_utuh_tetap_sehat(db_path):
    _isi(db_path)
    _isi(db_path, 3)
    assert _masalah(db_path) == []
    hasil = _check(db_path)
    assert hasil.returncode == 0 and "SEHAT" in hasil.stdout, hasil.stdout
