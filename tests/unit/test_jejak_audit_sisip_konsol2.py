"""``check`` says what happened to the audit chain, naming the row: a row inserted with an
outside SQLite tool (the triggers refuse only UPDATE and DELETE, and the seal follows an
INSERT), rows removed (a gap in the numbers), a row changed, a link changed. Before, an
inserted row was reported as "baris audit sebelum #11 (setelah #10) hilang atau diubah" -
missing or changed - and "isi baris audit #11 diubah" (terima8 items 18 and 82)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from kalbar_desktop.storage import audit
from kalbar_desktop.storage import db as sdb
from tests.unit.test_jejak_audit import _alat_luar

SISIP = ("INSERT INTO audit_log (id, waktu, pengguna, aksi, id_keluarga, hash_sebelumnya, hash) "
         "VALUES ({id}, '2026-11-20T08:00:00', 'ani', 'SETUJUI', 'K9', '{a}', '{b}')")


def _isi(db_path, n=10):
    with sdb.terbuka(db_path) as db:
        audit.tulis(db, [audit.Catatan(aksi="UBAH", pengguna="petugas", id_keluarga=f"K{i}",
                                       kolom="status_verifikasi", nilai_baru="DITEMUKAN")
                         for i in range(1, n + 1)])


def _sqlite(db_path, *sql, tanpa_trigger=False):
    """An outside tool: plain sqlite3 with the triggers in place, or (``tanpa_trigger``) with
    the protecting triggers dropped for the statements and put back after."""
    if tanpa_trigger:
        _alat_luar(db_path, *sql)
        return
    conn = sqlite3.connect(db_path, isolation_level=None)
    for s in sql:
        conn.execute(s)
    conn.close()


def _check(db_path) -> str:
    hasil = subprocess.run([sys.executable, "-m", "kalbar_desktop", "--db", str(db_path),
                            "check"], capture_output=True, text=True, timeout=60)
    assert hasil.returncode == 1, hasil.stdout + hasil.stderr
    assert "RUSAK" in hasil.stdout
    return hasil.stdout


def test_baris_disisipkan_di_akhir_dengan_trigger_terpasang(db_path):
    _isi(db_path)
    _sqlite(db_path, SISIP.format(id=11, a="0" * 64, b="f" * 64))
    keluaran = _check(db_path)
    assert "baris audit #11 disisipkan di luar aplikasi: tidak tersambung ke baris #10" \
        in keluaran
    assert "hilang" not in keluaran and "diubah" not in keluaran, keluaran


def test_baris_disisipkan_lalu_aplikasi_menulis_sesudahnya(db_path):
    """The application chains its next row onto the inserted one: still the inserted row is
    named, and the application's row is not."""
    _isi(db_path)
    _sqlite(db_path, SISIP.format(id=11, a="1" * 64, b="2" * 64))
    _isi(db_path, 2)
    keluaran = _check(db_path)
    assert "baris audit #11 disisipkan di luar aplikasi" in keluaran
    assert "#12" not in keluaran and "#13" not in keluaran, keluaran


def test_baris_disisipkan_di_depan_rantai(db_path):
    """A row put before the first one (number 0; the seal's trigger, which would refuse a row
    that is not the last, dropped): the chain goes on past it from row #1."""
    _isi(db_path)
    _sqlite(db_path, "DROP TRIGGER audit_log_segel", SISIP.format(id=0, a="3" * 64, b="4" * 64))
    with sdb.terbuka(db_path, baca_saja=True) as db:
        masalah = audit.periksa_rantai(db)
    assert [(m.id, str(m.pesan)) for m in masalah] == [
        (0, "baris audit #0 disisipkan di luar aplikasi: bukan awal rantai")]


def test_baris_dihapus_disebut_nomornya(db_path):
    _isi(db_path)
    _sqlite(db_path, "DELETE FROM audit_log WHERE id = 6", tanpa_trigger=True)
    keluaran = _check(db_path)
    assert "baris audit #6 hilang (dihapus): nomor melompat dari #5 ke #7" in keluaran
    assert "disisipkan" not in keluaran and "atau diubah" not in keluaran


def test_beberapa_baris_dihapus_dan_baris_pertama(db_path):
    _isi(db_path)
    _sqlite(db_path, "DELETE FROM audit_log WHERE id BETWEEN 4 AND 6",
            "DELETE FROM audit_log WHERE id = 1", tanpa_trigger=True)
    keluaran = _check(db_path)
    assert "baris audit #1 hilang (baris pertama dihapus): log mulai di #2" in keluaran
    assert ("baris audit #4 sampai #6 hilang (3 baris dihapus): nomor melompat dari #3 ke #7"
            in keluaran)


def test_sambungan_diubah_dengan_hash_dihitung_ulang(db_path):
    """A careful forger changes row 5 and computes its hash again: row 5 itself fits, so the
    break between 5 and 6 is named as a changed link, not as rows missing."""
    _isi(db_path)
    with sdb.terbuka(db_path, baca_saja=True) as db:
        baris = db.execute("SELECT * FROM audit_log WHERE id = 5").fetchone()
        kolom = [d[0] for d in db.execute("SELECT * FROM audit_log LIMIT 0").description]
    isi = dict(zip(kolom, baris, strict=True))
    isi["nilai_baru"] = "TIDAK_DITEMUKAN"
    hash_baru = audit._hash(isi["hash_sebelumnya"], isi)
    _sqlite(db_path, f"UPDATE audit_log SET nilai_baru = 'TIDAK_DITEMUKAN', hash = '{hash_baru}' "
                     "WHERE id = 5", tanpa_trigger=True)
    keluaran = _check(db_path)
    assert ("sambungan baris audit #6 ke #5 diubah (hash baris #5 atau penghubung baris #6)"
            in keluaran)
    assert "hilang" not in keluaran and "disisipkan" not in keluaran


def test_isi_diubah_tetap_disebut_diubah(db_path):
    _isi(db_path)
    _sqlite(db_path, "UPDATE audit_log SET pengguna = 'budi' WHERE id = 3", tanpa_trigger=True)
    keluaran = _check(db_path)
    assert "isi baris audit #3 diubah" in keluaran
    assert "hilang" not in keluaran and "disisipkan" not in keluaran
