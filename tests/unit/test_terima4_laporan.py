"""Acceptance round terima4 (issue 6, region scope): the findings report lists names and NIKs of
the whole database. On the console, as in the window (Laporan > Simpan laporan temuan), only an
account that may import writes it; an operator or a verifikator limited to a kecamatan is
refused and no file is written. Before, any signed-in account could write it."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kalbar_desktop.cli import main
from tests.masukan_luar import pasangan_2023

SANDI = "Sungai-Kapuas-77"


def _cli(db_path, *args):
    return CliRunner().invoke(main, ["--db", str(db_path), *map(str, args)], input=SANDI + "\n")


@pytest.fixture
def db_akun(tmp_path):
    db_path = tmp_path / "kab.db"
    assert _cli(db_path, "import", *pasangan_2023(tmp_path), "--user", "Budi").exit_code == 0
    for nama, peran, wilayah in (("adm", "admin", ()), ("Ani", "operator", ("6172011001",)),
                                 ("Vera", "verifikator", ("617201",)),
                                 ("Rina", "verifikator", ())):
        opsi = [x for w in wilayah for x in ("--wilayah", w)]
        assert _cli(db_path, "users", "add", nama, "--role", peran, *opsi).exit_code == 0
    return db_path


@pytest.mark.parametrize("nama", ["Ani", "Vera"])
def test_laporan_temuan_ditolak_untuk_akun_berwilayah(db_akun, tmp_path, nama):
    keluaran = tmp_path / "temuan.xlsx"
    hasil = _cli(db_akun, "report-temuan", keluaran, "--user", nama)
    assert hasil.exit_code == 1
    assert "tidak berwenang menulis laporan temuan" in hasil.output
    assert not keluaran.exists()


def test_laporan_temuan_untuk_verifikator_seluruh_basis_data(db_akun, tmp_path):
    keluaran = tmp_path / "temuan.xlsx"
    hasil = _cli(db_akun, "report-temuan", keluaran, "--user", "Rina")
    assert hasil.exit_code == 0, hasil.output
    assert keluaran.is_file()
