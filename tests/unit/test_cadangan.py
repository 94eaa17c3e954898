"""Backups: the online backup API, the rotating set, the backup before an import, and a
backup/restore round trip (console and storage) that checks the file first and keeps a copy of
the current database."""

import os
import sqlite3
import subprocess
import sys

import pytest

from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import cadangan, pengaturan, periksa
from kalbar_desktop.storage import db as sdb
from tests.conftest import cuplikan


def _cli(*args, masukan=None):
    return subprocess.run([sys.executable, "-m", "kalbar_desktop", *map(str, args)],
                          capture_output=True, text=True, timeout=120, input=masukan)


def _ubah(db, nama="SUDAH DIUBAH"):
    db.execute("UPDATE keluarga SET nama_kepala = ? WHERE rowid = 1", [nama])


def test_cadangan_sebelum_setiap_impor(db_path, berkas_demo_2022, berkas_demo_2023):
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, berkas_demo_2022)
        assert [c.alasan for c in cadangan.daftar(db_path)] == ["sebelum-impor"]
        isi_sebelum_impor_kedua = cuplikan(db)
        impor_p3ke.impor(db, berkas_demo_2023)
        daftar = cadangan.daftar(db_path)
        assert len(daftar) == 2
    # The newest backup holds the database as it was just before the second import.
    with sdb.terbuka(daftar[0].path, baca_saja=True) as b:
        assert cuplikan(b) == isi_sebelum_impor_kedua


def test_rotasi_menyimpan_sejumlah_yang_diatur(db):
    pengaturan.tulis(db, pengaturan.JUMLAH_CADANGAN, 3, "adm")
    for _ in range(5):
        cadangan.cadangkan_otomatis(db, cadangan.MANUAL)
    daftar = cadangan.daftar(db.path)
    assert len(daftar) == 3
    assert len({c.path for c in daftar}) == 3  # same second: distinct names
    assert all(periksa.periksa_berkas(c.path, cepat=True).sehat for c in daftar)
    with pytest.raises(ValueError, match="antara 1 dan 200"):
        pengaturan.tulis(db, pengaturan.JUMLAH_CADANGAN, 0, "adm")


def test_sisa_cadangan_setengah_jadi_tidak_pernah_bernama_cadangan(db):
    folder = cadangan.folder_cadangan(db.path)
    folder.mkdir()
    (folder / "uji-20260101-000000-manual.db.sementara").write_bytes(b"setengah")
    cadangan.cadangkan_otomatis(db, cadangan.MANUAL)
    assert [p.name.endswith(".sementara") for p in folder.iterdir()] == [False]


def test_backup_dan_restore_lewat_konsol(db_demo, db_path, tmp_path):
    db_demo.close()
    tujuan = tmp_path / "usb" / "salinan.db"
    hasil = _cli("--db", db_path, "backup", tujuan)
    assert hasil.returncode == 0, hasil.stderr
    assert tujuan.is_file() and "Cadangan ditulis" in hasil.stdout
    assert _cli("--db", db_path, "backup", tujuan).returncode == 1  # no silent overwrite
    with sdb.terbuka(db_path) as db:
        setelah_backup = cuplikan(db)  # the backup is recorded in the audit trail
        assert setelah_backup["audit_log"][-1][3] == "CADANGAN"
        _ubah(db)
        db.execute("DELETE FROM temuan")
    # `restore SRC` as issue 6 writes it: no terminal to answer a question, and the current
    # database is kept as a copy, so it goes ahead
    hasil = _cli("--db", db_path, "restore", tujuan)
    assert hasil.returncode == 0, hasil.stderr
    assert "Salinan basis data sebelumnya disimpan di" in hasil.stdout
    with sdb.terbuka(db_path) as db:
        sekarang = cuplikan(db)
        jejak = sekarang.pop("audit_log")
        segel = sekarang.pop("audit_segel")
        lama = dict(setelah_backup)
        jejak_lama = lama.pop("audit_log")
        lama.pop("audit_segel")
        assert sekarang == lama
        assert jejak[:len(jejak_lama) - 1] == jejak_lama[:-1]
        assert jejak[-1][3] == "PULIHKAN" and segel[0][1] == jejak[-1][0]
        assert periksa.periksa(db).sehat
    salinan = [c for c in cadangan.daftar(db_path) if c.alasan == "sebelum-pulih"]
    assert len(salinan) == 1
    with sdb.terbuka(salinan[0].path, baca_saja=True) as s:
        assert s.execute("SELECT nama_kepala FROM keluarga WHERE rowid = 1").fetchone()[0] \
            == "SUDAH DIUBAH"


@pytest.mark.parametrize("jenis", ["bukan_sqlite", "sqlite_lain", "rusak", "skema_baru"])
def test_restore_menolak_berkas_yang_tidak_layak_tanpa_mengubah(db_demo, db_path, tmp_path,
                                                                 jenis):
    sumber = tmp_path / f"{jenis}.db"
    if jenis == "bukan_sqlite":
        sumber.write_bytes(os.urandom(8192))
    elif jenis == "sqlite_lain":
        conn = sqlite3.connect(sumber)
        conn.execute("CREATE TABLE catatan (isi TEXT)")
        conn.commit()
        conn.close()
    else:
        cadangan.cadangkan(db_demo, sumber)
        if jenis == "rusak":
            with open(sumber, "r+b") as f:
                f.seek(4096 * 3)
                f.write(os.urandom(4096 * 4))
        else:
            conn = sqlite3.connect(sumber)
            conn.execute("PRAGMA user_version = 99")
            conn.close()
    sebelum = cuplikan(db_demo)
    db_demo.close()
    hasil = _cli("--db", db_path, "restore", sumber, "--ya")
    assert hasil.returncode == 1
    assert f"{jenis}.db" in hasil.stderr and "tidak diubah" in hasil.stderr
    with sdb.terbuka(db_path, baca_saja=True) as db:
        assert cuplikan(db) == sebelum
    assert not [c for c in cadangan.daftar(db_path) if c.alasan == "sebelum-pulih"]


def test_restore_memperbaiki_basis_data_rusak(db_demo, db_path):
    baik = cadangan.cadangkan_otomatis(db_demo, cadangan.MANUAL)
    isi_baik = cuplikan(db_demo)
    db_demo.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_demo.close()
    with open(db_path, "r+b") as f:  # damage the file header: SQLite cannot open it
        f.write(os.urandom(100))
    assert not periksa.periksa_berkas(db_path).sehat
    assert cadangan.cadangan_sehat_terbaru(db_path).path == baik
    cadangan.pulihkan(db_path, baik, pengguna="adm")
    with sdb.terbuka(db_path) as db:
        isi = cuplikan(db)
        assert isi["keluarga"] == isi_baik["keluarga"]
        assert periksa.periksa(db).sehat
    assert list(db_path.parent.glob("uji.db.rusak-*"))  # the damaged file is kept aside


def test_restore_ditolak_saat_program_lain_menulis(db_demo, db_path, tmp_path):
    sumber = cadangan.cadangkan(db_demo, tmp_path / "b.db")
    db_demo.close()
    penulis = subprocess.Popen(
        [sys.executable, "-c", "import sys; from kalbar_desktop.storage import db; "
         f"d = db.buka({str(db_path)!r}); print('siap', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert penulis.stdout.readline().strip() == "siap"
        hasil = _cli("--db", db_path, "restore", sumber, "--ya")
        assert hasil.returncode == 1 and "sedang dipakai" in hasil.stderr
    finally:
        penulis.communicate("", timeout=30)
