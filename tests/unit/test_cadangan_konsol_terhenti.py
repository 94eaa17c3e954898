"""``kalbar-desktop backup DEST`` killed while it copies leaves ``<name>.db.sementara`` in DEST.
The console backup remembers DEST's folder in the one settings object before it copies, so the
next console backup (into any folder) or the next start of the window removes the leftover,
as for the window's own backups. The kill is real (SIGKILL to a console process whose copy was
slowed down, tests/cadangan_lambat.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from kalbar_desktop.settings import Pengaturan
from kalbar_desktop.storage import cadangan

PEMBANTU = Path(__file__).resolve().parents[1] / "cadangan_lambat.py"


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kalbar_desktop", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def _bunuh_saat_menyalin(db_path: Path, tujuan: Path) -> list[Path]:
    """Start a slowed console backup to ``tujuan`` (a folder or a file) and SIGKILL it once
    its temporary copy has data; returns what it left in the folder."""
    folder = tujuan if tujuan.is_dir() else tujuan.parent
    with subprocess.Popen([sys.executable, str(PEMBANTU), "backup", str(tujuan),
                           "--db", str(db_path)], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as proses:
        try:
            batas = time.monotonic() + 60
            while time.monotonic() < batas:
                sisa = [p for p in folder.glob("*.db.sementara") if p.stat().st_size > 4096]
                if sisa or proses.poll() is not None:
                    break
                time.sleep(0.01)
            assert proses.poll() is None, proses.communicate()
            os.kill(proses.pid, signal.SIGKILL)
            proses.communicate(timeout=30)
        finally:
            if proses.poll() is None:
                proses.kill()
                proses.communicate(timeout=30)
    assert proses.returncode == -signal.SIGKILL
    return sorted(folder.iterdir())


def test_cadangan_konsol_dibunuh_sisanya_dihapus_cadangan_konsol_berikutnya(db_demo, db_path,
                                                                             tmp_path):
    db_demo.close()
    usb = tmp_path / "USB"
    usb.mkdir()
    sisa = _bunuh_saat_menyalin(db_path, usb)
    assert [p.name for p in sisa] and all(".db.sementara" in p.name for p in sisa), sisa
    # remembered before the copy started
    assert Pengaturan.muat().folder_cadangan == str(usb.absolute())

    lain = tmp_path / "D"
    lain.mkdir()
    hasil = _cli("backup", lain, "--db", db_path)
    assert hasil.returncode == 0, hasil.stderr
    assert "Sisa cadangan yang dulu terhenti dihapus: " in hasil.stdout
    assert str(sisa[0]) in hasil.stdout
    assert list(usb.iterdir()) == []  # the leftover in the other folder is gone
    assert len(list(lain.glob("*.db"))) == 1
    assert Pengaturan.muat().folder_cadangan == str(lain.absolute())


def test_cadangan_konsol_dibunuh_sisanya_dihapus_saat_jendela_mulai(db_demo, db_path, tmp_path):
    from kalbar_desktop.ui.app import bersihkan_sisa_cadangan

    db_demo.close()
    usb = tmp_path / "USB"
    usb.mkdir()
    tujuan = usb / "salinan.db"
    sisa = _bunuh_saat_menyalin(db_path, tujuan)  # maybe with SQLite's -journal of it
    assert usb / "salinan.db.sementara" in sisa
    assert all(p.name.startswith("salinan.db.sementara") for p in sisa), sisa
    assert Pengaturan.muat().folder_cadangan == str(usb.absolute())
    dihapus = bersihkan_sisa_cadangan(db_path, Pengaturan.muat())
    assert sorted(dihapus) == sisa
    assert list(usb.iterdir()) == []
    assert cadangan.sisa_sementara(usb) == []


def test_flashdisk_dicabut_sisanya_dihapus_saat_dicolok_lagi(db_demo, db_path, tmp_path):
    """The stick is pulled out during the backup and is not there at the next backup to another
    folder: its folder stays remembered (before, it was forgotten then and the full copy with
    every name and NIK stayed on the stick for good); the next start that finds it again
    removes the leftover and forgets the folder."""
    from kalbar_desktop.ui.app import bersihkan_sisa_cadangan

    db_demo.close()
    usb = tmp_path / "USB"
    usb.mkdir()
    sisa = _bunuh_saat_menyalin(db_path, usb)
    assert sisa and all(".db.sementara" in p.name for p in sisa), sisa
    dicabut = tmp_path / "USB-dicabut"
    usb.rename(dicabut)  # the stick is not plugged in

    lain = tmp_path / "D"
    lain.mkdir()
    hasil = _cli("backup", lain, "--db", db_path)
    assert hasil.returncode == 0, hasil.stderr
    pengaturan = Pengaturan.muat()
    assert pengaturan.folder_cadangan == str(lain.absolute())
    assert pengaturan.folder_cadangan_tertunda == [str(usb.absolute())]
    assert bersihkan_sisa_cadangan(db_path, pengaturan) == []  # still not there
    assert Pengaturan.muat().folder_cadangan_tertunda == [str(usb.absolute())]

    dicabut.rename(usb)  # plugged in again
    dihapus = bersihkan_sisa_cadangan(db_path, Pengaturan.muat())
    assert sorted(dihapus) == sisa
    assert list(usb.iterdir()) == []
    assert Pengaturan.muat().folder_cadangan_tertunda == []
    assert Pengaturan.muat().folder_cadangan == str(lain.absolute())


def test_flashdisk_dicabut_sisanya_dihapus_cadangan_berikutnya(db_demo, db_path, tmp_path):
    db_demo.close()
    usb = tmp_path / "USB"
    usb.mkdir()
    sisa = _bunuh_saat_menyalin(db_path, usb / "salinan.db")
    usb.rename(tmp_path / "USB-dicabut")
    for nama in ("D", "E"):  # two backups elsewhere while the stick is away
        (tmp_path / nama).mkdir()
        assert _cli("backup", tmp_path / nama, "--db", db_path).returncode == 0
    assert Pengaturan.muat().folder_cadangan_tertunda == [str(usb.absolute())]
    (tmp_path / "USB-dicabut").rename(usb)
    hasil = _cli("backup", tmp_path / "D", "--db", db_path)
    assert hasil.returncode == 0, hasil.stderr
    assert str(sisa[0]) in hasil.stdout
    assert list(usb.iterdir()) == []
    assert Pengaturan.muat().folder_cadangan_tertunda == []
