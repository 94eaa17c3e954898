"""A folder that lets a file be made but not removed (closing note 20, Export: the writable-folder
probe ``.kalbar-coba-tulis-<uuid>.sementara`` stayed there, one more with every attempt until
closing note 21; its name is now always ``.kalbar-coba-tulis.sementara``). Only a named file
tells whether the folder lets a name be removed, so the probe stays; but the export used to go
on, write the whole workbook under its temporary name, fail to rename it and leave it there too
(with the names in it), saying the file was 'held open by Excel'. Now the work is refused at the
probe, naming the folder and the one empty file left.

The real folder is a Linux append-only folder (``chattr +a``: files can be made, not removed or
renamed, root included), made when this machine allows it; the same refusal is also tested by a
removal refused at the probe's one call site, which runs everywhere."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.exchange import tujuan as xtujuan
from tests.ekspor_wilayah_luar import SANDI, buat_kantor

AWAL = ".kalbar-coba-tulis"
COBA = ".kalbar-coba-tulis.sementara"


def _harapan(tujuan: Path, coba: str) -> str:
    return (f"{tujuan.name} tidak ditulis: folder tujuan {tujuan.parent} mengizinkan membuat "
            f"berkas baru, tetapi tidak menghapus atau mengganti nama berkas, padahal "
            f"{tujuan.name} ditulis dulu dengan nama sementara lalu diganti namanya. Tidak ada "
            f"data yang ditulis; hanya berkas kosong {coba} tertinggal di sana")


@pytest.fixture(scope="module")
def kantor(tmp_path_factory) -> Path:
    return buat_kantor(tmp_path_factory.mktemp("kantor"))


@pytest.fixture
def tanpa_hapus(tmp_path):
    """An append-only folder; removed again after the test."""
    folder = tmp_path / "kotak-masuk"
    folder.mkdir()
    hasil = subprocess.run(["chattr", "+a", str(folder)], capture_output=True, text=True)
    if hasil.returncode != 0:
        pytest.skip(f"chattr +a tidak bisa di mesin ini: {hasil.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["chattr", "-a", str(folder)], check=True)


def _audit(db: Path) -> list[str]:
    """The audit rows' actions but the console's sign-ins."""
    con = sqlite3.connect(db)
    try:
        return [a for (a,) in con.execute("SELECT aksi FROM audit_log WHERE aksi <> 'MASUK' "
                                          "ORDER BY id")]
    finally:
        con.close()


def _jalan(db: Path, *args: str):
    return CliRunner().invoke(main, ["--db", str(db), *args], input=SANDI + "\n",
                              catch_exceptions=False)


def test_folder_tanpa_hapus_satu_berkas_coba_dan_pesan(tanpa_hapus):
    tujuan = tanpa_hapus / "x.xlsx"
    alasan = xtujuan.alasan_tidak_bisa_ditulis(tujuan)
    [coba] = os.listdir(tanpa_hapus)
    assert coba.startswith(AWAL) and (tanpa_hapus / coba).stat().st_size == 0
    assert alasan is not None and _harapan(tujuan, coba) in alasan


def test_ekspor_dan_dokumen_ditolak_tanpa_menulis_data(kantor, tanpa_hapus):
    """The console's export (with names) and berita acara: refused before any work, exit 1, no
    workbook or PDF under any name there, no audit row but the sign-ins; only the empty probe of
    each try."""
    sebelum = _audit(kantor)
    ekspor = _jalan(kantor, "export", str(tanpa_hapus / "x.xlsx"), "--user", "vera",
                    "--dengan-nama", "--alasan", "Kiriman provinsi")
    assert ekspor.exit_code == 1
    [coba] = os.listdir(tanpa_hapus)
    assert _harapan(tanpa_hapus / "x.xlsx", coba) in " ".join(ekspor.output.split())
    dokumen = _jalan(kantor, "document", "berita-acara", str(tanpa_hapus / "ba.pdf"), "--desa",
                     "6172011001", "--user", "vera")
    assert dokumen.exit_code == 1
    assert os.listdir(tanpa_hapus) == [coba] == [COBA]  # the same probe, not one per try
    assert _harapan(tanpa_hapus / "ba.pdf", coba) in " ".join(dokumen.output.split())
    assert (tanpa_hapus / coba).stat().st_size == 0
    assert _audit(kantor) == sebelum


def test_percobaan_berulang_satu_berkas_coba(tanpa_hapus):
    """Ten refused attempts (an office clicking Export again and again) leave one probe."""
    for i in range(10):
        tujuan = tanpa_hapus / f"x{i}.xlsx"
        alasan = xtujuan.alasan_tidak_bisa_ditulis(tujuan)
        assert alasan is not None and _harapan(tujuan, COBA) in alasan
    assert os.listdir(tanpa_hapus) == [COBA]


def test_berkas_coba_sisa_di_folder_biasa_dihapus(tmp_path):
    """A probe left in an ordinary folder (a crash between making and removing it) does not make
    the folder look refused: it is removed, the probe made and removed again."""
    (tmp_path / COBA).write_bytes(b"")
    assert xtujuan.alasan_tidak_bisa_ditulis(tmp_path / "x.xlsx") is None
    assert os.listdir(tmp_path) == []


def _hapus_ditolak(monkeypatch, galat: OSError, kali: int = 99) -> list[str]:
    """``os.unlink`` of a probe file fails ``kali`` times with ``galat``; returns the probes
    tried."""
    asli = os.unlink
    dicoba: list[str] = []

    def unlink(path, *a, **k):
        if Path(path).name.startswith(AWAL) and len(dicoba) < kali:
            dicoba.append(Path(path).name)
            raise galat
        return asli(path, *a, **k)

    monkeypatch.setattr(os, "unlink", unlink)
    return dicoba


def test_hapus_ditolak_di_titik_panggil(monkeypatch, tmp_path):
    """The same refusal where the machine cannot make an append-only folder: the probe's
    removal refused (EPERM) at its one call site."""
    _hapus_ditolak(monkeypatch, PermissionError(errno.EPERM, "Operation not permitted"))
    tujuan = tmp_path / "x.xlsx"
    alasan = xtujuan.alasan_tidak_bisa_ditulis(tujuan)
    [coba] = os.listdir(tmp_path)
    assert alasan is not None and _harapan(tujuan, coba) in alasan


def test_berkas_sedang_dipindai_antivirus_bukan_salah_folder(monkeypatch, tmp_path):
    """Windows: an antivirus holding the new file a moment (ERROR_SHARING_VIOLATION) is not the
    folder's fault; the removal is tried again and the folder passes."""
    galat = PermissionError(errno.EACCES, "The process cannot access the file")
    galat.winerror = 32
    dicoba = _hapus_ditolak(monkeypatch, galat, kali=2)
    assert xtujuan.alasan_tidak_bisa_ditulis(tmp_path / "x.xlsx") is None
    assert len(dicoba) == 2 and os.listdir(tmp_path) == []
