"""Issue 2 from outside (konsol2): ``demo-data`` writes over no file that is already there (an
office's real P3KE file can carry the demo's name, ``P3KE_2023_Individu_6172.xlsx``) unless
``--timpa`` is given, and its options say what they do; ``make test`` in a clone that does not
sit beside the project's ``shared`` folder stops at once naming the missing region reference,
instead of failing dozens of tests with FileNotFoundError."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

AKAR = Path(__file__).resolve().parents[2]


def _make(folder: Path, *argumen: str) -> subprocess.CompletedProcess:
    """``make`` as a newcomer runs it: not inside another make (``make test`` runs this test,
    and a nested make would announce its directories)."""
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS")}
    return subprocess.run(["make", *argumen], cwd=folder, capture_output=True, text=True,
                          timeout=60, env=env)


def _cli(*argumen) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kalbar_desktop", *map(str, argumen)],
                          capture_output=True, text=True, timeout=120)


def test_demo_data_tidak_menimpa_berkas_yang_ada(tmp_path):
    folder = tmp_path / "P3KE"
    folder.mkdir()
    asli = folder / "P3KE_2023_Individu_6172.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["ID Keluarga P3KE", "NIK", "Nama"])
    wb.active.append(["0061720001", "6172010101900001", "Data kantor"])
    wb.save(asli)
    isi = asli.read_bytes()

    hasil = _cli("demo-data", folder, "--keluarga", 3)
    assert hasil.returncode == 1, hasil.stdout + hasil.stderr
    assert hasil.stderr.strip() == (
        f"Gagal: Berkas {asli} sudah ada; pilih nama lain atau pakai --timpa untuk menimpanya.")
    assert asli.read_bytes() == isi
    assert sorted(p.name for p in folder.iterdir()) == [asli.name]  # nothing written

    hasil = _cli("demo-data", folder, "--keluarga", 3, "--timpa")
    assert hasil.returncode == 0, hasil.stderr
    assert asli.read_bytes() != isi
    assert openpyxl.load_workbook(asli).active.cell(1, 1).value == "ID Keluarga P3KE"
    # the other layout's files are other names: written beside them
    assert _cli("demo-data", folder, "--keluarga", 3, "--layout", "2022").returncode == 0
    assert len(list(folder.glob("*.xlsx"))) == 4


def test_demo_data_bantuan_menjelaskan_setiap_opsi():
    bantuan = _cli("demo-data", "--help").stdout
    for opsi, kata in (("--layout", "Tata letak P3KE"), ("--seed", "seed yang sama"),
                       ("--timpa", "Timpa berkas tujuan")):
        baris = bantuan[bantuan.index(f"\n  {opsi}"):]
        assert kata in " ".join(baris.split()[:20]), (opsi, bantuan)


@pytest.mark.skipif(shutil.which("make") is None, reason="make dibutuhkan")
def test_make_test_tanpa_folder_shared_berhenti_dengan_pesan(tmp_path):
    klon = tmp_path / "klon"
    klon.mkdir()
    shutil.copy(AKAR / "Makefile", klon / "Makefile")
    hasil = _make(klon, "shared-cek")
    assert hasil.returncode != 0
    assert hasil.stdout.startswith(
        "Gagal: ../shared/wilayah_61/wilayah_61_all.csv tidak ada."), hasil.stdout
    # beside the shared folder it passes
    (tmp_path / "shared" / "wilayah_61").mkdir(parents=True)
    (tmp_path / "shared" / "wilayah_61" / "wilayah_61_all.csv").write_text("kode,nama\n")
    hasil = _make(klon, "shared-cek")
    assert hasil.returncode == 0, hasil.stdout + hasil.stderr
    # and `make test` asks for it before anything else
    uji = _make(klon, "-n", "test")
    assert uji.stdout.lstrip().startswith("test -f ../shared/wilayah_61/wilayah_61_all.csv")
