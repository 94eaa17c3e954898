"""click's own texts (usage errors, help) are Indonesian; usage errors keep exit status 2."""

from __future__ import annotations

import re
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from kalbar_desktop.cli import main

INGGRIS = re.compile(r"Usage:|Options:|Commands:|Error:|Try '|Show this|Show the|No such|"
                     r"Missing|Invalid value|is not|does not|Did you mean|\[OPTIONS\]|"
                     r"\[default|\[required\]|\bTEXT\b|\bINTEGER\b|\bFILE\b|\bPATH\b|"
                     r"\bFLOAT\b|\bCOMMAND\b|\bDIRECTORY\b|Got unexpected|requires")


def _jalan(*args: str):
    return CliRunner().invoke(main, list(args), prog_name="kalbar-desktop")


@pytest.mark.parametrize("args, pesan", [
    (["exprot"], "Perintah 'exprot' tidak dikenal. Maksudnya 'export'?"),
    (["stats", "--jsn"], "Opsi '--jsn' tidak dikenal. Maksudnya '--json'?"),
    (["demo-data", "x", "--keluarga", "abc"],
     "Nilai tidak sah untuk '--keluarga': 'abc' bukan bilangan yang sah."),
    (["demo-data", "x", "--layout", "2024"],
     "Nilai tidak sah untuk '--layout': '2024' bukan salah satu dari '2022', '2023'."),
    (["demo-data", "x", "--cacat", "5"], "Nilai tidak sah untuk '--cacat': 5.0 di luar rentang"),
    (["export"], "Argumen belum diisi: 'OUT.xlsx'."),
    (["import", "a.xlsx", "--laporan"], "Opsi '--laporan' memerlukan nilai."),
    (["export-check", "/tidak/ada.xlsx"],
     "Nilai tidak sah untuk 'BERKAS': Berkas '/tidak/ada.xlsx' tidak ada."),
    (["stats", "lebih"], "Argumen lebih yang tidak diharapkan: lebih"),
    (["users", "hapus"], "Perintah 'hapus' tidak dikenal."),
    (["users", "add"], "Argumen belum diisi: 'NAMA'."),
])
def test_kesalahan_pemakaian_bahasa_indonesia_status_2(args, pesan):
    hasil = _jalan(*args)
    assert hasil.exit_code == 2, hasil.output
    assert pesan in hasil.output
    assert hasil.output.count("Gagal: ") == 1
    assert not INGGRIS.search(hasil.output), hasil.output


def _semua_perintah(grup: click.Group, awalan: tuple[str, ...] = ()):
    yield awalan
    for nama, perintah in grup.commands.items():
        if isinstance(perintah, click.Group):
            yield from _semua_perintah(perintah, (*awalan, nama))
        else:
            yield (*awalan, nama)


def test_bantuan_setiap_perintah_bahasa_indonesia():
    perintah = list(_semua_perintah(main))
    assert ("export",) in perintah and ("users", "add") in perintah
    for p in perintah:
        hasil = _jalan(*p, "--help")
        assert hasil.exit_code == 0, (p, hasil.output)
        assert hasil.output.startswith("Pemakaian: kalbar-desktop"), p
        assert "Opsi:" in hasil.output, p
        assert not INGGRIS.search(hasil.output), (p, INGGRIS.search(hasil.output), hasil.output)
    assert "[bawaan: 500" in _jalan("demo-data", "--help").output


def test_program_terpasang_keluar_2_dengan_pesan_indonesia(tmp_path):
    # The real entry point (python -m), not the test runner: stderr and the exit status.
    hasil = subprocess.run([sys.executable, "-m", "kalbar_desktop", "exprot"],
                           capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert hasil.returncode == 2
    assert "Gagal: Perintah 'exprot' tidak dikenal." in hasil.stderr
    assert "Pemakaian: " in hasil.stderr and "Error" not in hasil.stderr
