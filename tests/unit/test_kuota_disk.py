"""A disk quota (``EDQUOT``: the user's share of a shared or network disk is used up while the
disk itself has room) is told apart from a full disk and from a full temporary folder: the
message says "kuota disk pengguna habis" and names the place."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from kalbar_desktop.exchange import tujuan as xtujuan
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import galat


def test_kuota_dari_sistem_operasi_bukan_disk_penuh():
    e = OSError(errno.EDQUOT, "Disk quota exceeded", "H:\\Dinsos\\rekap.xlsx")
    teks = galat.pesan(e)
    assert teks.startswith("Kuota disk pengguna habis: H:\\Dinsos\\rekap.xlsx tidak bisa "
                           "ditulis sampai selesai."), teks
    assert "Disk penuh" not in teks and "minta administrator jaringan menambah kuota" in teks
    assert galat.kuota_habis(e) and galat.disk_penuh(e)
    # a full disk still reads as one
    penuh = OSError(errno.ENOSPC, "No space left on device", "H:\\Dinsos\\rekap.xlsx")
    assert galat.pesan(penuh).startswith("Disk penuh: H:\\Dinsos\\rekap.xlsx")
    assert not galat.kuota_habis(penuh)


def test_kuota_windows():
    """Windows reports an NTFS quota as ERROR_DISK_QUOTA_EXCEEDED (winerror 1295; its errno is
    no quota errno there)."""
    e = OSError(errno.EINVAL, "Kuota disk telah terlampaui", "D:\\Dinsos\\kab.db")
    e.winerror = 1295
    assert galat.kuota_habis(e) and galat.disk_penuh(e)
    assert galat.pesan(e).startswith("Kuota disk pengguna habis: D:\\Dinsos\\kab.db")


def test_coba_tulis_di_folder_biasa_dan_yang_hilang(tmp_path):
    """The probe writes for real and leaves nothing behind."""
    assert galat.coba_tulis(tmp_path) is None
    assert list(tmp_path.iterdir()) == []
    assert galat.coba_tulis(tmp_path / "dilepas") is None  # gone: not a quota
    assert galat.folder_kuota_habis(tmp_path, None) is None


@pytest.fixture
def kuota_di(monkeypatch):
    """The kernel here has no quotas (no EDQUOT can be made for real): the folder probe is
    told which folder's quota is used up; everything else is real."""
    habis: list[Path] = []
    asli = galat.coba_tulis

    def coba(folder):
        if folder and Path(folder) in habis:
            return errno.EDQUOT
        return asli(folder)

    monkeypatch.setattr(galat, "coba_tulis", coba)
    return habis


def test_kuota_disk_basis_data_bukan_folder_sementara(tmp_path, kuota_di, db_path):
    """SQLite's "disk full" on a database whose disk has room (a quota) used to be put down to
    the temporary folder; now the database's own folder is named as a quota."""
    kuota_di.append(db_path.parent)
    e = sqlite3.OperationalError("database or disk is full")
    e.sqlite_errorname = "SQLITE_FULL"
    teks = galat.pesan(e, db=db_path)
    assert teks.startswith(f"Kuota disk pengguna habis: basis data {db_path.name} tidak bisa "
                           "ditulis sampai selesai."), teks
    assert f"(folder basis data {db_path.parent})" in teks
    assert "folder sementara" not in teks
    # a write error SQLite calls I/O (the quota refused a page of the journal) reads the same
    io = sqlite3.OperationalError("disk I/O error")
    io.sqlite_errorname = "SQLITE_IOERR_WRITE"
    assert galat.pesan(io, db=db_path).startswith("Kuota disk pengguna habis")
    # the same error through a storage call keeps the database as it was
    k = sdb.lingkungan(e, db=db_path)
    assert isinstance(k, sdb.KesalahanLingkungan) and "Kuota disk pengguna habis" in str(k)


def test_kuota_folder_sementara_disebut(tmp_path, kuota_di, monkeypatch):
    monkeypatch.setenv("SQLITE_TMPDIR", str(tmp_path / "Temp"))
    (tmp_path / "Temp").mkdir()
    (tmp_path / "D").mkdir()
    kuota_di.append(tmp_path / "Temp")
    e = sqlite3.OperationalError("database or disk is full")
    e.sqlite_errorname = "SQLITE_FULL"
    teks = galat.pesan(e, db=tmp_path / "D" / "kab.db")
    assert teks.startswith("Kuota disk pengguna habis: basis data kab.db"), teks
    assert f"(folder sementara SQLite {tmp_path / 'Temp'})" in teks


def test_kuota_saat_menulis_workbook(tmp_path, kuota_di):
    """A write to an open work file names no file: the folder whose quota refuses is named."""
    sementara = tmp_path / "Temp" / "kalbar-ekspor-1"
    sementara.mkdir(parents=True)
    usb = tmp_path / "H"
    usb.mkdir()
    e = OSError(errno.EDQUOT, "Disk quota exceeded")
    kuota_di.append(sementara)
    teks = xtujuan.pesan_gagal_tulis(e, usb / "rekap.xlsx", sementara)
    assert teks.startswith("rekap.xlsx tidak ditulis") and (
        f"Kuota disk pengguna habis: folder sementara sistem {tmp_path / 'Temp'}") in teks
    kuota_di[:] = [usb]
    teks = xtujuan.pesan_gagal_tulis(e, usb / "rekap.xlsx", sementara)
    assert f"Kuota disk pengguna habis: {usb / 'rekap.xlsx'}" in teks, teks
