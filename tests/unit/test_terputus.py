"""A connection that guards its file (the window's: ``BasisData.jaga_berkas``) refuses to read
or write once the file is gone, moved, replaced or out of reach, with an Indonesian message
naming the file; without the guard SQLite on Linux goes on reading and writing the file
nobody can see any more (a save would be lost without a word)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kalbar_desktop.storage import db as sdb
from tests.unit.test_lingkungan import _tanpa_hak_root

AKAR = Path(__file__).resolve().parents[2]


@pytest.fixture
def db_usb(tmp_path):
    folder = tmp_path / "USB"
    folder.mkdir()
    db = sdb.buka(folder / "kab.db")
    with db.atomic():
        db.execute("CREATE TABLE catatan (isi TEXT)")
        db.execute("INSERT INTO catatan VALUES ('satu')")
    db.jaga_berkas = True
    yield db
    db.close()


def _isi(path: Path) -> list:
    with sdb.terbuka(path, baca_saja=True, migrasi=False) as db:
        return [r[0] for r in db.execute("SELECT isi FROM catatan")]


def test_tanpa_penjaga_linux_menulis_ke_berkas_yang_sudah_dipindah(db_usb, tmp_path):
    """Why the guard exists: the same connection without it 'saves' into the moved file."""
    db_usb.jaga_berkas = False
    (tmp_path / "USB").rename(tmp_path / "USB-lepas")
    with db_usb.atomic():
        db_usb.execute("INSERT INTO catatan VALUES ('dua')")
    assert not (tmp_path / "USB").exists()


def test_folder_dipindah_baca_dan_tulis_ditolak(db_usb, tmp_path):
    dilapor = []
    db_usb.saat_terputus = dilapor.append
    (tmp_path / "USB").rename(tmp_path / "USB-lepas")
    with pytest.raises(sdb.BasisDataTerputus) as info:
        db_usb.execute("SELECT count(*) FROM catatan")
    assert str(info.value).startswith(
        f"Berkas basis data {tmp_path / 'USB' / 'kab.db'} tidak bisa dibaca lagi: folder "
        f"{tmp_path / 'USB'} tidak ada lagi.")
    with pytest.raises(sdb.BasisDataTerputus), db_usb.atomic():
        db_usb.execute("INSERT INTO catatan VALUES ('dua')")
    assert len(dilapor) == 2 and dilapor[0] is info.value
    assert _isi(tmp_path / "USB-lepas" / "kab.db") == ["satu"]  # nothing written

    (tmp_path / "USB-lepas").rename(tmp_path / "USB")  # back: the same file, same connection
    with db_usb.atomic():
        db_usb.execute("INSERT INTO catatan VALUES ('dua')")
    assert _isi(tmp_path / "USB" / "kab.db") == ["satu", "dua"]


def test_berkas_diganti_lalu_sambung_ulang(db_usb, tmp_path):
    path = tmp_path / "USB" / "kab.db"
    db_usb.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    salinan = path.read_bytes()
    path.unlink()
    path.write_bytes(b"bukan basis data" * 100)
    with pytest.raises(sdb.BasisDataTerputus, match=r"berkas lain sekarang memakai nama kab\.db"):
        db_usb.execute("SELECT 1")
    with pytest.raises(sdb.BasisDataTerputus, match="isinya bukan basis data lagi"):
        db_usb.sambung_ulang()
    path.write_bytes(salinan)  # the stick is back: another file with the same content
    db_usb.sambung_ulang()
    assert [r[0] for r in db_usb.execute("SELECT isi FROM catatan")] == ["satu"]
    with db_usb.atomic():
        db_usb.execute("INSERT INTO catatan VALUES ('tiga')")
    assert _isi(path) == ["satu", "tiga"]


def test_izin_folder_dicabut(tmp_path):
    """chmod 000 on the folder while the connection is open (as an office user: root's
    override is dropped)."""
    folder = tmp_path / "bersama"
    folder.mkdir()
    with sdb.terbuka(folder / "kab.db") as db:
        db.execute("CREATE TABLE t (x)")
    skrip = textwrap.dedent(f"""
        import os
        from kalbar_desktop.storage import db as sdb
        db = sdb.buka({str(folder / 'kab.db')!r})
        db.jaga_berkas = True
        db.execute("SELECT count(*) FROM t").fetchone()
        os.chmod({str(folder)!r}, 0)
        try:
            try:
                db.execute("SELECT count(*) FROM t")
                print("TIDAK DITOLAK")
            except sdb.BasisDataTerputus as e:
                print(e)
        finally:
            os.chmod({str(folder)!r}, 0o755)
        db.execute("SELECT count(*) FROM t").fetchone()
        print("KEMBALI")
    """)
    hasil = subprocess.run([*_tanpa_hak_root(), sys.executable, "-c", skrip], text=True,
                           capture_output=True, timeout=60,
                           env=dict(os.environ, PYTHONPATH=str(AKAR)))
    assert hasil.returncode == 0, hasil.stderr
    baris = hasil.stdout.splitlines()
    assert baris[0].startswith(f"Berkas basis data {folder / 'kab.db'} tidak bisa dibaca lagi: "
                               f"akses ke {folder / 'kab.db'} ditolak."), baris
    assert baris[-1] == "KEMBALI"


def test_pegangan_sqlite_putus_padahal_berkas_sama(db_usb, tmp_path):
    """The file looks the same but SQLite's own handle to it broke (a stick pulled and plugged
    in again on Windows, where the name and file id come back): a read fails with a real I/O
    error, is told as the file gone, and 'Coba lagi' (``sambung_lagi``) opens it anew."""
    path = tmp_path / "USB" / "kab.db"
    with db_usb.atomic():
        for _ in range(300):
            db_usb.execute("INSERT INTO catatan VALUES (hex(randomblob(500)))")
    db_usb.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_usb.execute("PRAGMA cache_size = 1")  # reads go to the file
    fd = next(int(f.name) for f in Path("/proc/self/fd").iterdir()
              if os.path.realpath(f) == str(path))
    baca, tulis = os.pipe()
    os.dup2(tulis, fd)  # SQLite's descriptor of the file now leads nowhere readable
    os.close(baca)
    os.close(tulis)
    with pytest.raises(sdb.BasisDataTerputus, match=r"kesalahan baca/tulis disk"):
        db_usb.execute("SELECT count(*), sum(length(isi)) FROM catatan").fetchone()
    db_usb.sambung_lagi()
    assert db_usb.execute("SELECT count(*) FROM catatan").fetchone()[0] == 301
    with db_usb.atomic():
        db_usb.execute("INSERT INTO catatan VALUES ('lagi')")
    assert len(_isi(path)) == 302


def _cadangan(tmp_path: Path) -> Path:
    """A backup of another state: one row, 'dari cadangan'."""
    cadangan = tmp_path / "cadangan.db"
    with sdb.terbuka(cadangan) as db, db.atomic():
        db.execute("CREATE TABLE catatan (isi TEXT)")
        db.execute("INSERT INTO catatan VALUES ('dari cadangan')")
    return cadangan


@pytest.mark.parametrize("perintah", [["cp", "--remove-destination"], ["mv", "-f"]])
def test_cadangan_dipulihkan_dengan_tangan_di_atas_berkas_yang_terbuka(db_usb, tmp_path,
                                                                        perintah):
    """A backup put over the open file by hand (``cp --remove-destination``, ``mv``, a file
    manager's replace: another inode under the name) is a valid database too, yet the guarded
    connection neither reads it through its old handle nor writes anything more to the file
    that was unlinked: the next statement and the next write are refused. Its journal beside
    the name holds the old file's last change; a connection opened on the new file would read
    it into that file (SQLite keeps a journal whose database moved): the guard lets go of it
    first (moved aside, kept), and the connection opened again reads the backup as it is."""
    path = tmp_path / "USB" / "kab.db"
    cadangan = _cadangan(tmp_path)
    with db_usb.atomic():
        db_usb.execute("INSERT INTO catatan VALUES ('dua')")
    subprocess.run([*perintah, str(cadangan), str(path)], check=True)
    isi_cadangan = path.read_bytes()
    with pytest.raises(sdb.BasisDataTerputus, match=r"berkas lain sekarang memakai nama kab\.db"):
        db_usb.execute("SELECT isi FROM catatan").fetchall()
    with pytest.raises(sdb.BasisDataTerputus, match=r"berkas lain sekarang memakai nama kab\.db"), \
            db_usb.atomic():
        db_usb.execute("INSERT INTO catatan VALUES ('tiga')")
    assert path.read_bytes() == isi_cadangan
    wal = Path(f"{path}-wal")
    assert wal.stat().st_size > 0  # the old file's last change, waiting under the name
    samping = db_usb.lepas_berkas_diganti()
    assert samping is not None and samping.name.startswith("kab.db-wal.terlepas-")
    assert samping.stat().st_size > 0 and not wal.exists()
    assert db_usb.lepas_berkas_diganti() is None  # once
    assert _isi(path) == ["dari cadangan"]
    db_usb.sambung_ulang()
    with db_usb.atomic():
        db_usb.execute("INSERT INTO catatan VALUES ('empat')")
    assert _isi(path) == ["dari cadangan", "empat"]


def test_tanpa_melepas_jurnal_lama_berkas_baru_tercampur(db_usb, tmp_path):
    """Why the journal is let go: a reader of the file put over the open one sees the old
    file's rows through the journal left under the name."""
    path = tmp_path / "USB" / "kab.db"
    with db_usb.atomic():
        db_usb.execute("INSERT INTO catatan VALUES ('dua')")
    cadangan = _cadangan(tmp_path)
    subprocess.run(["cp", "--remove-destination", str(cadangan), str(path)], check=True)
    assert _isi(path) != ["dari cadangan"]
