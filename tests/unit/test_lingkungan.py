"""When the environment fails: the disk fills up, the export target is read-only or open in
Excel, the folder refuses writing. Checked from the outside (the console program in a child
process whose files cannot grow past a limit, as on a full disk) and through the APIs the window
uses: an Indonesian message saying what and which file, no traceback, no half-written file under
the name the user chose (an old file of that name intact), the database unchanged.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.exchange import ekspor, ekspor_audit, impor_p3ke, laporan_temuan
from kalbar_desktop.storage import audit, cadangan, galat
from kalbar_desktop.storage import db as sdb
from tests.conftest import cuplikan

AKAR = Path(__file__).resolve().parents[2]
ANAK = AKAR / "tests" / "disk_penuh.py"
LAMA = b"isi lama yang tidak boleh hilang"


@pytest.fixture(scope="module")
def templat(tmp_path_factory, berkas_demo_2023) -> Path:
    """A closed database file with the 2023 demo families (WAL checkpointed away)."""
    path = tmp_path_factory.mktemp("lingkungan") / "templat.db"
    with sdb.terbuka(path) as db:
        impor_p3ke.impor(db, berkas_demo_2023, pengguna="penguji")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.rmtree(cadangan.folder_cadangan(path), ignore_errors=True)
    return path


@pytest.fixture
def db_file(templat, tmp_path) -> Path:
    path = tmp_path / "data" / "kalbar.db"
    path.parent.mkdir()
    shutil.copyfile(templat, path)
    return path


def _isi(path: Path) -> dict:
    with sdb.terbuka(path, baca_saja=True, migrasi=False) as db:
        return cuplikan(db)


def _penuh(batas: int, *args, buka_dulu: Path | None = None) -> subprocess.CompletedProcess:
    """The console program (or ``--simpan``) with no file allowed to grow past ``batas``."""
    env = dict(os.environ, BATAS=str(batas), PYTHONPATH=str(AKAR),
               BUKA_DULU=str(buka_dulu or ""))
    return subprocess.run([sys.executable, str(ANAK), *map(str, args)], capture_output=True,
                          text=True, timeout=120, env=env)


def _gagal_rapi(hasil: subprocess.CompletedProcess, *bagian: str) -> str:
    """Exit status 1, one Indonesian line per problem starting 'Gagal:', no traceback."""
    assert hasil.returncode == 1, (hasil.returncode, hasil.stdout, hasil.stderr)
    assert "Traceback" not in hasil.stderr, hasil.stderr
    assert hasil.stderr.startswith("Gagal: "), hasil.stderr
    for b in bagian:
        assert b.lower() in hasil.stderr.lower(), (b, hasil.stderr)
    return hasil.stderr


def _folder_hanya(folder: Path, *nama: str) -> None:
    """Nothing but ``nama`` in ``folder`` (no temporary file left behind)."""
    assert sorted(p.name for p in folder.iterdir()) == sorted(nama)


# -- disk full ---------------------------------------------------------------------------------

def test_disk_penuh_saat_impor(tmp_path, berkas_demo_2023):
    path = tmp_path / "baru.db"
    with sdb.terbuka(path):
        pass
    sebelum = _isi(path)
    hasil = _penuh(400_000, "--db", path, "import", *berkas_demo_2023)
    pesan = _gagal_rapi(hasil, "Impor gagal; basis data tidak berubah", "penuh", path.name)
    assert "disk i/o error" not in pesan.lower()
    assert _isi(path) == sebelum
    with sdb.terbuka(path) as db:  # the next program writes as usual
        impor_p3ke.impor(db, berkas_demo_2023)
        assert db.execute("SELECT count(*) FROM keluarga").fetchone()[0] == 120


def test_disk_penuh_saat_menyimpan_keluarga(db_file):
    sebelum = _isi(db_file)
    idk = sebelum["keluarga"][0][0]
    hasil = _penuh(16_000, "--simpan", db_file, idk)
    assert hasil.returncode == 0, hasil.stderr
    keluaran = json.loads(hasil.stdout)
    assert keluaran["galat"] == "KesalahanLingkungan", keluaran
    pesan = keluaran["pesan"]
    assert pesan.startswith("Disk penuh") or (  # RLIMIT_FSIZE: the disk itself has room
        pesan.startswith("Kesalahan baca/tulis disk") and "sudah sebesar batas disk itu" in pesan
    ), pesan
    assert db_file.name in pesan
    assert _isi(db_file) == sebelum


@pytest.mark.parametrize("perintah", [
    ["export", "--dengan-nama", "--alasan", "Musdes uji disk penuh", "--timpa"],
    ["report-temuan", "--timpa"],
])
def test_disk_penuh_saat_menulis_workbook(db_file, tmp_path, perintah):
    keluar = tmp_path / "keluar"
    keluar.mkdir()
    tujuan = keluar / "hasil.xlsx"
    tujuan.write_bytes(LAMA)
    sebelum = _isi(db_file)
    # The log file is on the full disk too: its failed writes must not print Python's
    # 'Logging error' traceback.
    from kalbar_desktop import log

    log.berkas_log().parent.mkdir(parents=True, exist_ok=True)
    log.berkas_log().write_text("baris log lama\n" * 1000, encoding="utf-8")
    hasil = _penuh(4_000, "--db", db_file, *perintah, tujuan, buka_dulu=db_file)
    _gagal_rapi(hasil, "hasil.xlsx tidak ditulis", "tetap seperti semula", "disk penuh")
    assert tujuan.read_bytes() == LAMA
    _folder_hanya(keluar, "hasil.xlsx")
    assert _isi(db_file) == sebelum


def test_disk_penuh_saat_cadangan(db_file, tmp_path):
    keluar = tmp_path / "flashdisk"
    keluar.mkdir()
    sebelum = _isi(db_file)
    hasil = _penuh(200_000, "--db", db_file, "backup", keluar)
    _gagal_rapi(hasil, "Cadangan ke", "gagal", "tidak ada cadangan setengah jadi", "penuh")
    _folder_hanya(keluar)
    assert _isi(db_file) == sebelum


def test_pesan_disk_penuh_asli():
    """What a real full disk reports (ENOSPC; SQLite's SQLITE_FULL) reads the same way."""
    e = OSError(errno.ENOSPC, "No space left on device", "D:\\Data\\rekap.xlsx")
    assert galat.pesan(e).startswith("Disk penuh: D:\\Data\\rekap.xlsx tidak bisa ditulis")
    import sqlite3

    s = sqlite3.OperationalError("database or disk is full")
    assert galat.pesan(s, db="/media/usb/kalbar.db").startswith(
        "Disk penuh: basis data kalbar.db")
    assert galat.disk_penuh(s) and galat.disk_penuh(e)
    assert galat.pesan(ValueError("bukan lingkungan")) is None
    assert galat.pesan(sqlite3.OperationalError("no such table: x")) is None


# -- export target locked, read-only or in a folder that refuses writing ---------------------------

def _pengguna() -> Pengguna:
    return Pengguna("budi", Peran.VERIFIKATOR)


def _opsi(tujuan: Path) -> ekspor.OpsiEkspor:
    return ekspor.OpsiEkspor(tujuan, dengan_nama=True, alasan="Musdes uji")


def test_tujuan_hanya_baca_tidak_ditimpa(db_file, tmp_path):
    tujuan = tmp_path / "rekap.xlsx"
    tujuan.write_bytes(LAMA)
    tujuan.chmod(0o444)
    with sdb.terbuka(db_file) as db:
        sebelum = cuplikan(db)
        with pytest.raises(ekspor.KesalahanEkspor, match=r"hanya-baca .*tetap seperti semula"):
            ekspor.ekspor(db, _opsi(tujuan), _pengguna())
        with pytest.raises(laporan_temuan.KesalahanLaporan, match="hanya-baca"):
            laporan_temuan.tulis(db, tujuan)
        with pytest.raises(ekspor_audit.KesalahanEkspor, match="hanya-baca"):
            ekspor_audit.ekspor(db, audit.SaringAudit(), tujuan, _pengguna())
        assert cuplikan(db) == sebelum
    assert tujuan.read_bytes() == LAMA
    _folder_hanya(tmp_path, "rekap.xlsx", "data")


@pytest.mark.parametrize("winerror", [None, 32])
def test_tujuan_terbuka_di_excel(db_file, tmp_path, monkeypatch, winerror):
    """Windows refuses to replace a workbook open in Excel (PermissionError, sharing violation
    32): the message says to close it; the old file and the database stay as they were."""
    tujuan = tmp_path / "rekap.xlsx"
    tujuan.write_bytes(LAMA)
    asli = os.replace

    def ganti(a, b):
        if Path(b) == tujuan:
            e = PermissionError(errno.EACCES, "Access is denied", str(b))
            e.winerror = winerror
            raise e
        return asli(a, b)

    monkeypatch.setattr(os, "replace", ganti)
    with sdb.terbuka(db_file) as db:
        with pytest.raises(ekspor.KesalahanEkspor, match="Excel") as info:
            ekspor.ekspor(db, _opsi(tujuan), _pengguna())
        assert "tetap seperti semula" in str(info.value)
        with pytest.raises(laporan_temuan.KesalahanLaporan, match="Excel"):
            laporan_temuan.tulis(db, tujuan)
        with pytest.raises(ekspor_audit.KesalahanEkspor, match="Excel"):
            ekspor_audit.ekspor(db, audit.SaringAudit(), tujuan, _pengguna())
    assert tujuan.read_bytes() == LAMA
    _folder_hanya(tmp_path, "rekap.xlsx", "data")


def _tanpa_hak_root() -> list[str]:
    """Run a child without root's right to write anywhere, so that folder permissions apply
    as they do for an office user (CI may run as root)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    assert setpriv, "setpriv (util-linux) dibutuhkan untuk uji izin folder sebagai root"
    return [setpriv, "--inh-caps=-dac_override,-dac_read_search",
            "--bounding-set=-dac_override,-dac_read_search"]


def _konsol(*args) -> subprocess.CompletedProcess:
    return subprocess.run([*_tanpa_hak_root(), sys.executable, "-m", "kalbar_desktop",
                           *map(str, args)], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, PYTHONPATH=str(AKAR)))


def test_folder_tujuan_tidak_boleh_ditulis(db_file, tmp_path):
    keluar = tmp_path / "folder terkunci"
    keluar.mkdir()
    sebelum = _isi(db_file)
    keluar.chmod(0o555)
    try:
        for perintah in (["export", "--dengan-nama", "--alasan", "Musdes uji"],
                         ["report-temuan"], ["backup"]):
            akhiran = ".db" if perintah == ["backup"] else ".xlsx"
            hasil = _konsol("--db", db_file, *perintah, keluar / f"baru{akhiran}")
            _gagal_rapi(hasil, str(keluar))
            assert "ditolak" in hasil.stderr or "tidak boleh ditulisi" in hasil.stderr
            _folder_hanya(keluar)
    finally:
        keluar.chmod(0o755)
    assert _isi(db_file) == sebelum


# -- the database file itself: read-only, truncated, on a pulled USB stick, odd names -----------

def test_konsol_basis_data_hanya_baca(db_file, tmp_path, berkas_demo_2022):
    sebelum = _isi(db_file)
    db_file.chmod(0o444)
    try:
        baca = _konsol("--db", db_file, "stats", "--json")  # reading still works
        assert baca.returncode == 0 and json.loads(baca.stdout)["keluarga"] == 120
        tulis = _konsol("--db", db_file, "import", *berkas_demo_2022)
        _gagal_rapi(tulis, "hanya boleh dibaca", "salin ke folder Anda sendiri")
    finally:
        db_file.chmod(0o644)
    assert _isi(db_file) == sebelum
    folder = db_file.parent
    for berkas in folder.iterdir():  # SQLite's side files of the read-only session
        if berkas.name.endswith(("-wal", "-shm")):
            berkas.unlink()
    folder.chmod(0o555)  # a CD, a shared folder with read rights only
    try:
        baca = _konsol("--db", db_file, "stats", "--json")
        assert baca.returncode == 0 and json.loads(baca.stdout)["keluarga"] == 120
        cek = _konsol("--db", db_file, "check")
        assert cek.returncode == 0 and cek.stdout.startswith("SEHAT"), cek.stdout
        tulis = _konsol("--db", db_file, "import", *berkas_demo_2022)
        _gagal_rapi(tulis, f"Folder {folder} hanya boleh dibaca")
    finally:
        folder.chmod(0o755)
    assert _isi(db_file) == sebelum


def test_konsol_basis_data_di_flashdisk_yang_dilepas(tmp_path, berkas_demo_2023):
    hilang = tmp_path / "E" / "Data Dinsos" / "ç.db"
    for perintah in (["import", *berkas_demo_2023], ["stats"], ["backup", tmp_path]):
        hasil = _konsol("--db", hilang, *perintah)
        _gagal_rapi(hasil, "tidak ada")
        assert not (tmp_path / "E").exists()  # no empty folder or database in its place


def test_konsol_basis_data_terpotong(db_file):
    isi = db_file.read_bytes()
    db_file.write_bytes(isi[: len(isi) // 2])
    for perintah in (["stats"], ["export", db_file.parent / "r.xlsx"]):
        _gagal_rapi(_konsol("--db", db_file, *perintah), "rusak atau terpotong", db_file.name)
    cek = _konsol("--db", db_file, "check")
    assert cek.returncode == 1 and cek.stdout.startswith("RUSAK") and "Traceback" not in cek.stderr
    assert db_file.read_bytes() == isi[: len(isi) // 2]


def test_konsol_nama_folder_berspasi_dan_bukan_ascii(tmp_path, berkas_demo_2023):
    folder = tmp_path / "D" / "Data Dinsos" / "Kapuas Hulu – 2024"
    folder.mkdir(parents=True)
    path = folder / "ç data.db"
    assert _konsol("--db", path, "import", *berkas_demo_2023).returncode == 0
    assert _konsol("--db", path, "check").stdout.startswith("SEHAT")
    assert _konsol("--db", path, "backup", folder / "cadangan é.db").returncode == 0
    hasil = _konsol("--db", path, "export", folder / "rekap – é.xlsx")
    assert hasil.returncode == 0, hasil.stderr
    assert (folder / "rekap – é.xlsx").is_file() and (folder / "cadangan é.db").is_file()


def test_jurnal_wal_dari_komputer_lain(db_file, tmp_path, berkas_demo_2022):
    """A ``-wal`` copied from another computer beside an older file of the same name: SQLite
    applies it and damages the database. The file as it was is kept in the backup set first,
    and it is the backup offered for the restore; nothing is lost."""
    import sqlite3

    sebelum = _isi(db_file)
    lain = tmp_path / "lain" / "kalbar.db"
    lain.parent.mkdir()
    with sdb.terbuka(lain) as db:
        impor_p3ke.impor(db, berkas_demo_2022)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn = sqlite3.connect(lain, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE keluarga SET alamat = 'dari komputer lain'")
    shutil.copyfile(f"{lain}-wal", f"{db_file}-wal")
    conn.close()

    hasil = _konsol("--db", db_file, "stats")
    assert "Traceback" not in hasil.stderr
    salinan = [c for c in cadangan.daftar(db_file) if c.alasan == cadangan.SEBELUM_WAL]
    assert len(salinan) == 1 and _isi(salinan[0].path) == sebelum
    cek = _konsol("--db", db_file, "check")
    assert cek.returncode == 1 and cek.stdout.startswith("RUSAK"), cek.stdout
    assert cadangan.cadangan_sehat_terbaru(db_file).path == salinan[0].path  # the window's offer
    pulih = _konsol("--db", db_file, "restore", salinan[0].path)
    assert pulih.returncode == 0, pulih.stderr
    sesudah = _isi(db_file)
    assert sesudah["keluarga"] == sebelum["keluarga"]
    assert sesudah["verifikasi_keluarga"] == sebelum["verifikasi_keluarga"]


def test_jurnal_wal_setelah_mati_mendadak_diterapkan(db_file):
    """A journal left by a crash of this same database is applied as before (the copy made
    first is an extra backup, not a change)."""
    mati = ("import os, sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('PRAGMA wal_autocheckpoint = 0')\n"
            "c.execute(\"UPDATE keluarga SET alamat = 'tersimpan sebelum mati' WHERE rowid = 1\")\n"
            "os._exit(0)\n")
    subprocess.run([sys.executable, "-c", mati, str(db_file)], check=True, timeout=30)
    assert Path(f"{db_file}-wal").stat().st_size > 0
    hasil = _konsol("--db", db_file, "check")
    assert hasil.returncode == 0 and hasil.stdout.startswith("SEHAT"), hasil.stdout
    with sdb.terbuka(db_file) as db:
        assert db.execute("SELECT alamat FROM keluarga WHERE rowid = 1").fetchone()[0] == \
            "tersimpan sebelum mati"
    assert [c.alasan for c in cadangan.daftar(db_file)] == [cadangan.SEBELUM_WAL]


def test_disk_penuh_di_folder_sementara_disebut(tmp_path, monkeypatch):
    """The export's work files live in the system's temporary folder (often C:) while the
    workbook goes to a USB stick: a write to an open work file names no file, so the fuller
    disk is named."""
    from collections import namedtuple

    from kalbar_desktop.exchange import tujuan as xtujuan

    sementara = tmp_path / "Temp" / "kalbar-ekspor-1"
    sementara.mkdir(parents=True)
    usb = tmp_path / "E"
    usb.mkdir()
    Pakai = namedtuple("Pakai", "total used free")
    monkeypatch.setattr(xtujuan.shutil, "disk_usage", lambda p: Pakai(
        100, 100, 0) if str(p).startswith(str(tmp_path / "Temp")) else Pakai(100, 10, 90))
    e = OSError(errno.ENOSPC, "No space left on device")
    teks = xtujuan.pesan_gagal_tulis(e, usb / "rekap.xlsx", sementara)
    assert teks.startswith("rekap.xlsx tidak ditulis") and "Disk penuh: folder sementara sistem" \
        in teks and str(tmp_path / "Temp") in teks
    monkeypatch.setattr(xtujuan.shutil, "disk_usage", lambda p: Pakai(100, 10, 90) if str(
        p).startswith(str(tmp_path / "Temp")) else Pakai(100, 100, 0))
    assert f"Disk penuh: {usb / 'rekap.xlsx'}" in xtujuan.pesan_gagal_tulis(
        e, usb / "rekap.xlsx", sementara)
