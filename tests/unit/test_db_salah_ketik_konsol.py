"""A mistyped ``--db`` on the console (closing note 21, section 9): ``settings KEY VALUE`` created
an empty database at the mistyped path and stored the setting there, where no one would find it;
``users add`` of an operator created one and then failed (no admin yet), leaving it behind; a
failed ``restore`` left the lock file. Now every command refuses a path that does not exist and
leaves nothing there, except the ones whose job is to create a database: ``import`` and
``import-wilayah`` (the first data), ``users add --role admin`` (the first account) and
``restore`` (a new laptop set up from the office's backup), which remove what they made when
they fail."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengaturan as spengaturan

SANDI = "Sungai-Kapuas-77"
NAMA_GAGAL = "tidak ada. Periksa nama berkas pada --db"


def _jalankan(db, *argumen: str, masukan: str = ""):
    return CliRunner().invoke(main, ["--db", str(db), *argumen], input=masukan)


@pytest.mark.parametrize("argumen", [
    ("settings", "kunci_layar_menit", "15"),
    ("settings", "jumlah_cadangan", "3"),
    ("settings",),
    ("users", "add", "ani", "--role", "operator", "--wilayah", "617201"),
    ("users", "add", "rina", "--role", "verifikator"),
    ("users", "passwd", "ani"),
    ("users", "set", "ani", "--role", "verifikator"),
    ("users", "disable", "ani"),
    ("users", "list"),
    ("stats",),
    ("check",),
    ("approve", "--semua", "--user", "rina"),
    ("send-back", "0061729001", "--alasan", "foto", "--user", "rina"),
])
def test_perintah_menolak_db_yang_tidak_ada(tmp_path, argumen):
    salah = tmp_path / "kab2.db"
    hasil = _jalankan(salah, *argumen, masukan=SANDI + "\n")
    assert hasil.exit_code == 1, hasil.output
    assert f"Basis data {salah} {NAMA_GAGAL}" in hasil.output
    assert "Kata sandi" not in hasil.output  # refused before asking for a password
    assert list(tmp_path.iterdir()) == []


def test_settings_mengubah_basis_data_yang_ada(db_path):
    with sdb.terbuka(db_path):
        pass
    hasil = _jalankan(db_path, "settings", "kunci_layar_menit", "15")
    assert hasil.exit_code == 0, hasil.output
    with sdb.terbuka(db_path) as db:
        assert spengaturan.baca(db, "kunci_layar_menit") == 15


def test_admin_pertama_membuat_basis_data_dan_gagal_tidak_meninggalkannya(tmp_path):
    baru = tmp_path / "kab.db"
    hasil = _jalankan(baru, "users", "add", "adm", "--role", "admin", "--wilayah", "617201",
                      masukan=SANDI + "\n")
    assert hasil.exit_code == 1 and "jangan beri wilayah" in hasil.output, hasil.output
    assert list(tmp_path.iterdir()) == []
    hasil = _jalankan(baru, "users", "add", "adm", "--role", "admin", masukan=SANDI + "\n")
    assert hasil.exit_code == 0 and "Akun adm dibuat" in hasil.output, hasil.output
    assert baru.is_file()


def test_pemulihan_gagal_ke_db_baru_tidak_meninggalkan_berkas(tmp_path):
    sumber = tmp_path / "cadangan.db"
    sumber.write_bytes(b"bukan basis data")
    salah = tmp_path / "kab.db"
    hasil = _jalankan(salah, "restore", str(sumber), "--ya")
    assert hasil.exit_code == 1, hasil.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cadangan.db"]
