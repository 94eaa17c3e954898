"""One writer at a time, tested with two real processes: the second program gets a clear
refusal or a read-only connection, cannot change anything, sees the first one's saves, and the
lock disappears with the first process (also when it is killed)."""

import json
import signal
import subprocess
import sys

import pytest

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.conftest import cuplikan

PENULIS = r"""
import json, sys
from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.storage import db, verifikasi as sv
d = db.buka(sys.argv[1])
print("siap", flush=True)
for baris in sys.stdin:
    idk, versi = baris.split()
    baru = sv.simpan(d, idk, Pengguna("ani", Peran.VERIFIKATOR), Verifikasi(
        status_verifikasi="DITEMUKAN", kelayakan="LAYAK", tanggal_kunjungan="2026-11-20",
        nama_verifikator="Ani"), int(versi))
    print(json.dumps(baru), flush=True)
"""


@pytest.fixture
def penulis(db_demo, db_path):
    db_demo.close()
    proses = subprocess.Popen([sys.executable, "-c", PENULIS, str(db_path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proses.stdout.readline().strip() == "siap"
    yield proses
    if proses.poll() is None:
        proses.communicate("", timeout=30)
    for pipa in (proses.stdin, proses.stdout):
        if not pipa.closed:
            pipa.close()


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "kalbar_desktop", *map(str, args)],
                          capture_output=True, text=True, timeout=60)


def test_program_kedua_ditolak_menulis_tetapi_bisa_membaca(penulis, db_path,
                                                           berkas_demo_2022):
    with pytest.raises(sdb.BasisDataDipakai, match=rf"proses {penulis.pid}"):
        sdb.buka(db_path)
    hasil = _cli("--db", db_path, "import", *berkas_demo_2022)
    assert hasil.returncode == 1 and "sedang dipakai untuk menulis" in hasil.stderr
    hasil = _cli("--db", db_path, "stats", "--json")
    assert hasil.returncode == 0 and json.loads(hasil.stdout)["keluarga"] == 120
    assert _cli("--db", db_path, "check").returncode == 0


def test_tidak_ada_perubahan_yang_hilang(penulis, db_path):
    from kalbar_desktop.ui.app import buka_sesi

    baca = buka_sesi(db_path)  # what a second window gets
    try:
        assert baca.baca_saja and "sedang dipakai" in baca.alasan_baca_saja
        idk = baca.execute("SELECT id_keluarga FROM keluarga ORDER BY id_keluarga LIMIT 1"
                           ).fetchone()[0]
        sebelum = cuplikan(baca)
        # The second program's user cannot save: the session is read-only...
        tamu = Pengguna("budi", Peran.VERIFIKATOR, baca_saja=True)
        with pytest.raises(sv.TidakBerwenang):
            sv.simpan(baca, idk, tamu, Verifikasi(status_verifikasi="TIDAK_DITEMUKAN",
                                                  tanggal_kunjungan="2026-11-20",
                                                  nama_verifikator="Budi"), 0)
        # ...and even a write that skipped the check would be refused by SQLite itself.
        with pytest.raises(Exception, match="readonly"):
            baca.execute("UPDATE verifikasi_keluarga SET catatan = 'x'")
        assert cuplikan(baca) == sebelum
        # The writer saves; the reader sees it at once.
        penulis.stdin.write(f"{idk} 0\n")
        penulis.stdin.flush()
        assert json.loads(penulis.stdout.readline()) == 1
        assert sv.muat(baca, idk).verifikasi.status_verifikasi == "DITEMUKAN"
        assert sv.muat(baca, idk).versi == 1
    finally:
        baca.close()
    penulis.communicate("", timeout=30)
    # Once the writer has gone, this program may write, and the save is still there.
    with sdb.terbuka(db_path) as db:
        assert sv.muat(db, idk).diubah_oleh == "ani"


def test_kunci_hilang_bersama_proses_yang_dibunuh(penulis, db_path):
    penulis.send_signal(signal.SIGKILL)
    penulis.wait(timeout=30)
    with sdb.terbuka(db_path) as db:
        assert db.execute("SELECT count(*) FROM keluarga").fetchone()[0] == 120


def test_satu_proses_berbagi_kunci(db_path):
    a = sdb.buka(db_path)
    b = sdb.buka(db_path)  # the window and its background task
    a.close()
    b.execute("INSERT INTO pengaturan VALUES ('x', '1')")
    b.close()
    hasil = subprocess.run([sys.executable, "-c", "from kalbar_desktop.storage import db; "
                            f"db.buka({str(db_path)!r}).close(); print('ok')"],
                           capture_output=True, text=True, timeout=60)
    assert hasil.stdout.strip() == "ok", hasil.stderr
