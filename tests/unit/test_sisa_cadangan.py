"""A manual backup killed (SIGKILL) while it copies leaves ``<name>.sementara`` in the chosen
folder: the next backup into that folder and the next start of the window remove it, a backup
still being written by another program is left alone, and such a file is never restored."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kalbar_desktop.settings import Pengaturan
from kalbar_desktop.storage import cadangan
from kalbar_desktop.storage import db as sdb
from tests.conftest import cuplikan

AKAR = Path(__file__).resolve().parents[2]


def _anak_cadangan(db_path: Path, tujuan: Path, jeda: Path | None = None) -> subprocess.Popen:
    """A child backing ``db_path`` up to ``tujuan`` a few pages at a time; past a third of the
    copy it kills itself (or, with ``jeda``, writes that file and waits)."""
    skrip = textwrap.dedent(f"""
        import os, signal, time
        from pathlib import Path
        from kalbar_desktop.storage import cadangan
        from kalbar_desktop.storage import db as sdb
        cadangan._HALAMAN_PER_LANGKAH = 2
        jeda = {str(jeda) if jeda else None!r}
        sudah = False
        def lapor(_p, f):
            global sudah
            if f > 0.3 and not sudah:
                sudah = True
                if jeda is None:
                    os.kill(os.getpid(), signal.SIGKILL)
                Path(jeda).write_text("x")
                while Path(jeda).exists():
                    time.sleep(0.02)
        db = sdb.buka({str(db_path)!r}, baca_saja=True)
        cadangan.cadangkan(db, {str(tujuan)!r}, kemajuan=lapor)
        print("SELESAI")
    """)
    return subprocess.Popen([sys.executable, "-c", skrip], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONPATH=str(AKAR)))


@pytest.fixture
def db_besar(db_path):
    with sdb.terbuka(db_path) as db, db.atomic():
        db.execute("CREATE TABLE IF NOT EXISTS isi (x BLOB)")
        for _ in range(300):
            db.execute("INSERT INTO isi VALUES (randomblob(3000))")
    return db_path


def test_cadangan_terbunuh_dibersihkan_di_cadangan_berikutnya_dan_saat_mulai(
        db_besar, tmp_path):
    folder = tmp_path / "E-flashdisk"
    folder.mkdir()
    tujuan = folder / "kab-salinan.db"
    anak = _anak_cadangan(db_besar, tujuan)
    _keluar, galat = anak.communicate(timeout=60)
    assert anak.returncode == -signal.SIGKILL, galat
    sisa = folder / "kab-salinan.db.sementara"
    assert sisa.is_file() and not tujuan.exists()

    # never restored, with a message naming it
    with sdb.terbuka(db_besar, baca_saja=True, migrasi=False) as db:
        sebelum = cuplikan(db)
    with pytest.raises(cadangan.KesalahanCadangan) as info:
        cadangan.pulihkan(db_besar, sisa)
    assert str(info.value).startswith(
        "Berkas kab-salinan.db.sementara adalah sisa cadangan yang terhenti sebelum selesai "
        "ditulis, bukan cadangan; basis data tidak diubah.")
    with sdb.terbuka(db_besar, baca_saja=True, migrasi=False) as db:
        assert cuplikan(db) == sebelum

    # the next backup into the folder removes it
    dihapus: list[Path] = []
    with sdb.terbuka(db_besar, baca_saja=True) as db:
        hasil = cadangan.cadangkan(db, folder / "kab-lain.db", dihapus=dihapus)
    # the copy and SQLite's journal of it
    assert {p.name for p in dihapus} == {"kab-salinan.db.sementara",
                                         "kab-salinan.db.sementara-journal"}
    assert sorted(p.name for p in folder.iterdir()) == ["kab-lain.db"]
    assert hasil == folder / "kab-lain.db"

    # killed again; the window's start removes it from the remembered folder
    anak = _anak_cadangan(db_besar, tujuan)
    anak.communicate(timeout=60)
    assert anak.returncode == -signal.SIGKILL and sisa.is_file()
    from kalbar_desktop.ui.app import bersihkan_sisa_cadangan

    pengaturan = Pengaturan(folder_cadangan=str(folder))
    assert sisa in bersihkan_sisa_cadangan(db_besar, pengaturan)
    assert sorted(p.name for p in folder.iterdir()) == ["kab-lain.db"]


def test_cadangan_yang_masih_ditulis_tidak_dihapus(db_besar, tmp_path):
    folder = tmp_path / "bersama"
    folder.mkdir()
    jeda = tmp_path / "jeda"
    anak = _anak_cadangan(db_besar, folder / "a.db", jeda=jeda)
    batas = time.monotonic() + 30
    while not jeda.exists():
        assert anak.poll() is None, anak.communicate()
        assert time.monotonic() < batas
        time.sleep(0.02)
    assert cadangan.hapus_sisa(folder) == []  # another program is writing it
    assert (folder / "a.db.sementara").is_file()
    jeda.unlink()
    keluar, galat = anak.communicate(timeout=60)
    assert "SELESAI" in keluar, galat
    assert sorted(p.name for p in folder.iterdir()) == ["a.db"]
