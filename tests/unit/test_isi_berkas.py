"""Another file's bytes copied *into* the open database file (plain ``cp``: the same inode, an
SQLite header still): the guarded connection finds it before the next statement, like a file
put in its place, and lets go of its journal without writing it into those bytes. The
process's own writes (its checkpoints, from this connection or another one, a background
import's) and a file whose times changed but not its bytes are no such change."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
from pathlib import Path

import pytest

from kalbar_desktop.storage import audit
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import sidik as ssidik
from tests.unit import test_sidik
from tests.unit.test_sidik import _salin

db_jaga = test_sidik.db_jaga  # the guarded connection with one audit row (a fixture)
DITIMPA = re.escape("berkas lain sekarang memakai nama kab.db (berkas aslinya ditimpa")


def _catat(db, aksi: str, n: int = 1) -> None:
    with db.atomic():
        audit.tulis(db, [audit.Catatan(aksi, pengguna="Ani", keterangan="x" * 3000)
                         for _ in range(n)])


def _cp(sumber: Path, tujuan: Path) -> None:
    """``cp`` as a person types it: the target file is truncated and rewritten in place."""
    inode = tujuan.stat().st_ino
    subprocess.run(["cp", str(sumber), str(tujuan)], check=True)
    assert tujuan.stat().st_ino == inode


def _isi(path: Path) -> tuple[str, list]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return (conn.execute("PRAGMA integrity_check").fetchone()[0],
                conn.execute("SELECT aksi FROM audit_log ORDER BY id").fetchall())
    finally:
        conn.close()


def test_cadangan_lama_disalin_ke_atas_berkas_yang_terbuka(db_jaga, tmp_path):
    pagi = _salin(db_jaga.path, tmp_path / "pagi.db")
    _catat(db_jaga, "UJI_SIANG")  # in the journal (and perhaps the file) only
    dikenal = db_jaga.sidik
    _cp(pagi, db_jaga.path)
    with pytest.raises(sdb.BasisDataTerputus, match=DITIMPA):
        db_jaga.execute("SELECT count(*) FROM keluarga").fetchone()
    with pytest.raises(sdb.BasisDataTerputus, match=DITIMPA):  # until connected anew
        db_jaga.execute("SELECT 1").fetchone()
    terlepas = db_jaga.lepas_berkas_diganti()
    assert terlepas is not None and terlepas.name.startswith("kab.db-wal.terlepas-")
    assert _isi(db_jaga.path) == _isi(pagi)  # the backup as copied, nothing of the journal
    assert ssidik.periksa(db_jaga.path, dikenal).startswith("salinan yang lebih lama")
    db_jaga.sambung_ulang()  # "Pakai berkas ini"
    assert db_jaga.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 1
    _catat(db_jaga, "UJI_SESUDAH")
    assert _isi(db_jaga.path)[0] == "ok"


def test_basis_data_lain_disalin_ke_atas_sebelum_transaksi_tulis(db_jaga, tmp_path):
    lain = tmp_path / "lain.db"
    sdb.buka(lain).close()
    _cp(lain, db_jaga.path)
    with pytest.raises(sdb.BasisDataTerputus, match=DITIMPA), db_jaga.atomic():
        pass
    assert db_jaga.lepas_berkas_diganti() is not None
    assert ssidik.periksa(db_jaga.path, db_jaga.sidik) == (
        "basis data lain (kode identitasnya berbeda)")


def test_tulisan_proses_ini_sendiri_bukan_penimpaan(db_jaga, tmp_path):
    awal = db_jaga.path.stat().st_mtime_ns
    _catat(db_jaga, "UJI_BESAR", 2000)  # past the autocheckpoint: written into the file
    with sdb.terbuka(db_jaga.path, jaga_berkas=True) as impor:  # a background task's
        for _ in range(3):
            _catat(impor, "UJI_IMPOR", 1500)
    assert db_jaga.path.stat().st_mtime_ns != awal
    assert db_jaga.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 6501
    _catat(db_jaga, "UJI_SESUDAH")
    os.utime(db_jaga.path)  # times changed, bytes not (a touch, times that lag on a share)
    db_jaga.execute("SELECT 1").fetchone()
    _catat(db_jaga, "UJI_LAGI")
    with sdb.terbuka(db_jaga.path, baca_saja=True, jaga_berkas=True) as baca:
        assert baca.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 6503


def test_salinan_yang_sama_persis_tidak_mengganggu(db_jaga, tmp_path):
    db_jaga.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    kembar = tmp_path / "kembar.db"
    kembar.write_bytes(db_jaga.path.read_bytes())
    _cp(kembar, db_jaga.path)  # the same bytes: nothing to tell apart, nothing mixed
    assert db_jaga.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 1
    _catat(db_jaga, "UJI_SESUDAH")
    assert _isi(db_jaga.path)[0] == "ok"


def test_cadangan_disalin_ke_atas_saat_tugas_latar_menulis(db_jaga, tmp_path):
    """The worst of the copies over the open file: while a background task (an import) of the
    window writes through its own connection, a second writer of this process. Before, the
    guard took every change then for the other writer's checkpoint: the import committed into
    the copied bytes and the window then read 'database disk image is malformed'. Now the
    import's commit is refused (rolled back), the window sees the copy, and the file holds the
    backup as copied."""
    pagi = _salin(db_jaga.path, tmp_path / "pagi.db")
    _catat(db_jaga, "UJI_SIANG", 2000)  # past the autocheckpoint: written into the file
    with sdb.terbuka(db_jaga.path, jaga_berkas=True) as impor:
        _catat(impor, "UJI_IMPOR", 1500)  # its own checkpoints are no copy
        _cp(pagi, db_jaga.path)
        with pytest.raises(sdb.BasisDataTerputus, match=DITIMPA):
            _catat(impor, "UJI_IMPOR_LAGI", 1500)
    with pytest.raises(sdb.BasisDataTerputus, match=DITIMPA):
        db_jaga.execute("SELECT count(*) FROM keluarga").fetchone()
    assert db_jaga.lepas_berkas_diganti() is not None
    assert _isi(db_jaga.path) == _isi(pagi)
    db_jaga.sambung_ulang()
    _catat(db_jaga, "UJI_SESUDAH")
    assert _isi(db_jaga.path)[0] == "ok"


def test_dua_penulis_bergantian_bukan_penimpaan(db_jaga):
    """Two writers of this process committing in turn, each past the autocheckpoint, the
    window reading between: no copy is seen (each commit is marked and recorded)."""
    with sdb.terbuka(db_jaga.path, jaga_berkas=True) as impor:
        for _ in range(3):
            _catat(impor, "UJI_IMPOR", 1200)
            assert db_jaga.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 1
            _catat(db_jaga, "UJI_JENDELA", 1200)
            db_jaga.execute("INSERT INTO audit_segel SELECT * FROM audit_segel WHERE 0")
            impor.execute("SELECT count(*) FROM audit_log").fetchone()
    assert _isi(db_jaga.path)[0] == "ok"
