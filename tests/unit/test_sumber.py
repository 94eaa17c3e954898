"""Resource files: found from source and from the frozen bundle; the icon files are usable."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import pytest

from kalbar_desktop import sumber

AKAR = Path(__file__).resolve().parents[2]


def test_dari_sumber_folder_resources_di_repositori():
    assert sumber.folder_sumber() == AKAR / "resources"
    assert sumber.berkas_sumber("ikon", "kalbar_desktop.svg").is_file()


def test_dari_bundel_memakai_meipass(tmp_path, monkeypatch):
    (tmp_path / "resources" / "ikon").mkdir(parents=True)
    (tmp_path / "resources" / "ikon" / "a.png").write_bytes(b"x")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert sumber.folder_sumber() == tmp_path / "resources"
    assert sumber.berkas_sumber("ikon", "a.png") == tmp_path / "resources" / "ikon" / "a.png"
    with pytest.raises(sumber.SumberTidakDitemukan, match=r"tidak ditemukan: .*b\.png"):
        sumber.berkas_sumber("ikon", "b.png")
    assert not sumber.berkas_sumber("ikon", "b.png", wajib=False).exists()


def test_ikon_png_semua_ukuran_ada():
    for sisi in (16, 24, 32, 48, 64, 128, 256):
        data = sumber.berkas_sumber("ikon", f"kalbar_desktop_{sisi}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        lebar, tinggi = struct.unpack(">II", data[16:24])
        assert (lebar, tinggi) == (sisi, sisi)


def test_ikon_ico_windows_berisi_tujuh_ukuran_png():
    data = sumber.berkas_sumber("ikon", "kalbar_desktop.ico").read_bytes()
    nol, jenis, jumlah = struct.unpack("<HHH", data[:6])
    assert (nol, jenis, jumlah) == (0, 1, 7)
    ukuran = []
    for i in range(jumlah):
        w, h, _c, _r, _p, _bpp, panjang, posisi = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i:22 + 16 * i])
        assert data[posisi:posisi + 8] == b"\x89PNG\r\n\x1a\n"
        assert posisi + panjang <= len(data)
        assert w == h
        ukuran.append(w or 256)
    assert ukuran == [16, 24, 32, 48, 64, 128, 256]
