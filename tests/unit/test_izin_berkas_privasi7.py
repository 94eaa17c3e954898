"""Files the application makes are its owner's only on POSIX (docs/security.md, "Who can read
the files"): the database and its -wal/-shm, the lock file, backups (the rotating set, a copy
to a chosen place, the copy kept before a restore, the restored database), the log and its
rotated files, the settings file; folders 0700. Checked with the real console in its own
processes, under a permissive umask (022 and 000), by ``stat`` of each file. A database the
user made elsewhere keeps its mode; exports keep the user's umask (decided: they are handed
on)."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kalbar_desktop import log
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengaturan as spengaturan


def _mode(p: Path) -> int:
    return stat.S_IMODE(os.stat(p).st_mode)


@pytest.fixture(params=[0o022, 0o000], ids=["umask022", "umask000"])
def umask(request):
    lama = os.umask(request.param)
    yield request.param
    os.umask(lama)


def _konsol(rumah: Path, *arg: str) -> str:
    env = {**os.environ, "KALBAR_DESKTOP_HOME": str(rumah), "LANG": "C.UTF-8"}
    hasil = subprocess.run([sys.executable, "-m", "kalbar_desktop", *arg], capture_output=True,
                           text=True, env=env, timeout=180)
    assert hasil.returncode == 0, (arg, hasil.stdout, hasil.stderr)
    return hasil.stdout


def test_berkas_konsol_hanya_pemilik(tmp_path, umask, berkas_demo_2023):
    rumah, keluar = tmp_path / "rumah", tmp_path / "keluar"
    keluar.mkdir()
    _konsol(rumah, "import", *map(str, berkas_demo_2023))  # the default database
    data = rumah / "data"
    db_path = data / "kalbar.db"
    _konsol(rumah, "backup", str(keluar / "salinan.db"))
    _konsol(rumah, "export", "--dengan-nama", "--alasan", "kirim", str(keluar / "rekap.xlsx"))
    _konsol(rumah, "restore", "--ya", str(keluar / "salinan.db"))
    cadangan = sorted((data / "kalbar-cadangan").iterdir())
    assert {c.name.split("-", 3)[-1] for c in cadangan} >= {"sebelum-impor.db",
                                                            "sebelum-pulih.db"}, cadangan
    pribadi = [db_path, data / "kalbar.db-kunci", *cadangan, keluar / "salinan.db",
               rumah / "log" / "kalbar_desktop.log", rumah / "config" / "pengaturan.json"]
    assert {str(p.relative_to(tmp_path)): oct(_mode(p)) for p in pribadi} == {
        str(p.relative_to(tmp_path)): oct(0o600) for p in pribadi}
    for folder in (data, data / "kalbar-cadangan", rumah / "log", rumah / "config"):
        assert _mode(folder) == 0o700, folder
    # decided: an export is handed on (a flashdisk for the province): the user's umask
    assert _mode(keluar / "rekap.xlsx") == 0o666 & ~umask

    # the journal and shared memory SQLite makes while the database is open: the file's mode
    db = sdb.buka(db_path)
    try:
        spengaturan.tulis(db, spengaturan.JUMLAH_CADANGAN, 5, pengguna="uji")
        assert _mode(Path(f"{db_path}-wal")) == 0o600
        assert _mode(Path(f"{db_path}-shm")) == 0o600
    finally:
        db.close()


def test_basis_data_dari_luar_tetap_modenya(tmp_path, umask, berkas_demo_2023):
    """A database the user made elsewhere (here with mode 0644, as another tool makes it) keeps
    its mode, and so do its journal and lock file, which another account allowed to write it
    must be able to use; the backups the application writes beside it are private."""
    rumah, folder = tmp_path / "rumah", tmp_path / "bersama"
    folder.mkdir()
    os.chmod(folder, 0o755)
    db_path = folder / "kab.db"
    sqlite3.connect(db_path).close()
    os.chmod(db_path, 0o644)
    _konsol(rumah, "--db", str(db_path), "import", *map(str, berkas_demo_2023))
    assert _mode(db_path) == 0o644
    assert _mode(folder / "kab.db-kunci") == 0o644
    assert _mode(folder) == 0o755  # the user's folder: not the application's to change
    cadangan = folder / "kab-cadangan"
    assert _mode(cadangan) == 0o700
    assert [_mode(c) for c in cadangan.iterdir()] == [0o600]


def test_folder_dan_log_versi_lama_dirapatkan(tmp_path, umask, berkas_demo_2023):
    """Folders and a log an older version left readable by all (0755, 0644) are the
    application's own: the next run makes them its owner's only. Files inside the data folder
    keep their mode (the folder guards them)."""
    rumah = tmp_path / "rumah"
    for nama in ("data", "log", "config"):
        (rumah / nama).mkdir(parents=True)
        os.chmod(rumah / nama, 0o755)
    lama_log = rumah / "log" / "kalbar_desktop.log"
    lama_log.write_text("2026-01-01 mulai\n")
    (rumah / "log" / "kalbar_desktop.log.1").write_text("2025-12-31 mulai\n")
    setelan = rumah / "config" / "pengaturan.json"
    setelan.write_text('{"pengguna_terakhir": "Rina"}')
    for p in (lama_log, rumah / "log" / "kalbar_desktop.log.1", setelan):
        os.chmod(p, 0o644)
    _konsol(rumah, "import", *map(str, berkas_demo_2023))
    _konsol(rumah, "backup", str(tmp_path))  # reads and writes the settings
    for nama in ("data", "log", "config"):
        assert _mode(rumah / nama) == 0o700, nama
    assert _mode(lama_log) == 0o600
    assert _mode(rumah / "log" / "kalbar_desktop.log.1") == 0o600
    assert _mode(setelan) == 0o600
    assert "2026-01-01 mulai" in lama_log.read_text()


def test_log_berputar_tetap_pribadi(tmp_path, umask, monkeypatch):
    """The rotated log files (``.1`` ... ``.5``) keep the owner-only mode: each new file is
    made 0600 and the old ones are renamed."""
    monkeypatch.setattr(log, "UKURAN_MAKS", 2_000)
    log.tutup_log()
    path = log.siapkan_log("uji")
    assert path is not None
    try:
        pencatat = logging.getLogger("kalbar_desktop.uji")
        for i in range(200):
            pencatat.info("baris uji nomor %d dengan sedikit isi agar berkas berputar", i)
    finally:
        log.tutup_log()
    berkas = sorted(path.parent.iterdir())
    assert [p.name for p in berkas] == [f"kalbar_desktop.log{a}" for a in
                                        ("", ".1", ".2", ".3", ".4", ".5")]
    assert {p.name: oct(_mode(p)) for p in berkas} == {p.name: oct(0o600) for p in berkas}
    assert _mode(path.parent) == 0o700
