"""The environment's errors say what is true. A network share's quota mostly comes back from
the server as "disk full" (ENOSPC; Windows ERROR_DISK_FULL 112): on a folder of a share that no
longer reads "Disk penuh" (the share's disk is rarely full; the user's quota there is), but
"Ruang Anda di folder jaringan penuh" with what to do for a quota and for a full server. The
other mapped errors, made for real by the kernel where it can be done here (a read-only disk,
a flash drive's folder gone after it was unmounted), read as what happened."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kalbar_desktop.storage import galat

AKAR = Path(__file__).resolve().parents[2]
SHARE = "\\\\fs01\\dinsos\\rekap.xlsx"
MOUNTS = textwrap.dedent("""\
    /dev/sda2 / ext4 rw,relatime 0 0
    //fs01/dinsos /mnt/kantor cifs rw,vers=3.1.1,username=ani 0 0
    tmpfs /mnt/kantor/lokal tmpfs rw 0 0
    fs02:/data /mnt/data\\040bersama nfs4 rw 0 0
    /dev/sdb1 /media/ani/FLASHDISK vfat rw 0 0
    """)


def test_disk_penuh_di_folder_jaringan_bukan_disk_penuh():
    for e in (OSError(errno.ENOSPC, "No space left on device", SHARE),
              OSError(errno.EINVAL, "There is not enough space on the disk", SHARE)):
        if e.errno == errno.EINVAL:
            e.winerror = 112  # ERROR_DISK_FULL, what a Windows client gets for a share's quota
        teks = galat.pesan(e)
        assert teks.startswith("Ruang Anda di folder jaringan penuh: server menolak "
                               f"{SHARE} dengan pesan 'disk penuh'."), teks
        assert "kuota (jatah ruang) akun Anda di server" in teks
        assert "minta administrator jaringan memeriksa kuota Anda" in teks
        assert "Disk penuh" not in teks


def test_disk_penuh_lokal_tetap_disk_penuh(tmp_path):
    e = OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "rekap.xlsx"))
    assert galat.pesan(e).startswith(f"Disk penuh: {tmp_path / 'rekap.xlsx'}")
    # and the quota's own errno keeps its message
    q = OSError(errno.EDQUOT, "Disk quota exceeded", SHARE)
    assert galat.pesan(q).startswith(f"Kuota disk pengguna habis: {SHARE}")


@pytest.mark.parametrize("jalur, jaringan", [
    ("/mnt/kantor/Dinsos/rekap.xlsx", True),
    ("/mnt/kantor", True),
    ("/mnt/kantor/lokal/rekap.xlsx", False),  # a local disk mounted inside the share
    ("/mnt/kantorlama/rekap.xlsx", False),
    ("/mnt/data bersama/kab.db", True),
    ("/media/ani/FLASHDISK/rekap.xlsx", False),
    ("/home/ani/rekap.xlsx", False),
    ("//fs01/dinsos/kab.db", True),
    (SHARE, True),
    (None, False),
])
def test_folder_jaringan_dari_daftar_mount(jalur, jaringan):
    assert galat.folder_jaringan(jalur, MOUNTS) is jaringan


def test_folder_jaringan_pada_mesin_ini(tmp_path):
    """This machine's own /proc/self/mounts: the test folder is not on a share."""
    assert galat.folder_jaringan(tmp_path / "x.db") is False


def test_sqlite_disk_penuh_pada_basis_data_di_folder_jaringan(tmp_path, monkeypatch):
    """SQLite's "database or disk is full" for a database on a CIFS mount (this machine's
    mount list given with the test folder mounted from a share)."""
    daftar = tmp_path / "mounts"
    daftar.write_text(f"/dev/sda2 / ext4 rw 0 0\n//fs01/dinsos {tmp_path} cifs rw 0 0\n",
                      encoding="utf-8")
    monkeypatch.setattr(galat, "MOUNTS", daftar)
    monkeypatch.setenv("SQLITE_TMPDIR", str(tmp_path))
    e = sqlite3.OperationalError("database or disk is full")
    e.sqlite_errorname = "SQLITE_FULL"
    teks = galat.pesan(e, db=tmp_path / "kab.db")
    assert teks.startswith("Ruang Anda di folder jaringan penuh: server menolak basis data "
                           "kab.db"), teks
    monkeypatch.setattr(galat, "MOUNTS", tmp_path / "tidak-ada")
    assert galat.pesan(e, db=tmp_path / "kab.db").startswith("Disk penuh: basis data kab.db")


def test_akses_ditolak_menyebut_izin_juga():
    teks = galat.pesan(PermissionError(errno.EACCES, "Permission denied", "/srv/x/rekap.xlsx"))
    assert "akun Anda tidak punya izin di folder itu" in teks and "Excel" in teks


def test_kesalahan_baca_tulis():
    teks = galat.pesan(OSError(errno.EIO, "Input/output error", "/media/ani/FD/kab.db"))
    assert teks.startswith("Kesalahan baca/tulis disk pada /media/ani/FD/kab.db: flashdisk atau "
                           "folder jaringan mungkin terlepas, atau disk rusak.")


@pytest.mark.skipif(not shutil.which("unshare") or os.name == "nt",
                    reason="unshare (util-linux) dibutuhkan")
def test_disk_hanya_baca_dan_flashdisk_dilepas_nyata(tmp_path):
    """The kernel's own errors: a write to a disk mounted read-only (EROFS), and to a folder of
    a flash drive that has been unmounted (ENOENT), in a private mount namespace."""
    ro, stick = tmp_path / "ro", tmp_path / "FLASHDISK"
    ro.mkdir()
    stick.mkdir()
    kode = textwrap.dedent(f"""\
        import os
        from kalbar_desktop.storage import galat
        for p in ({str(ro / 'rekap.xlsx')!r}, {str(stick / 'Kalbar' / 'rekap.xlsx')!r}):
            try:
                os.open(p, os.O_WRONLY | os.O_CREAT)
            except OSError as e:
                print(galat.pesan(e))
        """)
    skrip = (f"mount -t tmpfs -o size=1m,ro tmpfs '{ro}'\n"
             f"mount -t tmpfs -o size=1m tmpfs '{stick}'\nmkdir '{stick}/Kalbar'\n"
             f"umount '{stick}'\n'{sys.executable}' -c \"$KODE\"")
    hasil = subprocess.run(["unshare", "--mount", "--map-root-user", "sh", "-ec", skrip],
                           capture_output=True, text=True, timeout=60,
                           env=dict(os.environ, PYTHONPATH=str(AKAR), KODE=kode))
    assert hasil.returncode == 0, hasil.stderr
    erofs, enoent = hasil.stdout.splitlines()
    assert erofs.startswith(f"Disk tempat {ro / 'rekap.xlsx'} hanya bisa dibaca"), erofs
    assert "flashdisk bermasalah yang oleh sistem dijadikan hanya-baca" in erofs
    assert enoent.startswith(f"{stick / 'Kalbar' / 'rekap.xlsx'} tidak ditemukan: folder atau "
                             "flashdisk tempatnya mungkin sudah dilepas"), enoent
