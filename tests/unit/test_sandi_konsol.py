"""One way for an account's password on the console, for every command that signs in: asked on
a real terminal without echo, or the first line of standard input when piped or redirected
(a byte-order mark from Notepad/PowerShell dropped); never an option or an environment
variable; ``--help`` and the README say so."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import click
import pytest

from kalbar_desktop.cli import main
from kalbar_desktop.exchange import demo
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as sp

AKAR = Path(__file__).resolve().parents[2]
SANDI = "Kapuas-Hulu-2026!"
PERINTAH_AKUN = ("import", "report-temuan", "export", "reimport", "document", "approve",
                 "send-back")


@pytest.fixture(scope="module")
def berkas(tmp_path_factory) -> list[Path]:
    return demo.tulis(tmp_path_factory.mktemp("demo"), demo.OpsiDemo(keluarga=12, seed=2))


@pytest.fixture
def db_akun(tmp_path) -> Path:
    path = tmp_path / "kab.db"
    with sdb.terbuka(path) as db:
        sp.tambah(db, "budi", "verifikator", SANDI, [], "Budi", oleh="uji",
                  admin_dulu=False)
    return path


def _env() -> dict:
    return dict(os.environ, PYTHONPATH=str(AKAR))


def _di_terminal(args: list[str], ketik: str, batas: float = 60) -> tuple[int, str]:
    """Run the console in a real pseudo-terminal; type ``ketik`` once it asks."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the console with the terminal as stdin/stdout/stderr
        os.execve(sys.executable, [sys.executable, "-m", "kalbar_desktop", *args], _env())
    keluaran = b""
    diketik = False
    akhir = time.monotonic() + batas
    try:
        while time.monotonic() < akhir:
            siap, _, _ = select.select([fd], [], [], 0.2)
            if siap:
                try:
                    potong = os.read(fd, 4096)
                except OSError:
                    break
                if not potong:
                    break
                keluaran += potong
            if not diketik and b"Kata sandi untuk" in keluaran:
                os.write(fd, ketik.encode() + b"\r")
                diketik = True
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    return os.waitstatus_to_exitcode(status), keluaran.decode("utf-8", "replace")


@pytest.mark.parametrize("perintah", ["import", "report-temuan"])
def test_terminal_menanyakan_tanpa_menampilkan(db_akun, berkas, tmp_path, perintah):
    if perintah == "import":
        args = ["--db", str(db_akun), "import", *map(str, berkas), "--user", "budi"]
    else:
        args = ["--db", str(db_akun), "report-temuan", str(tmp_path / "t.xlsx"), "--user", "budi"]
    kode, keluaran = _di_terminal(args, SANDI)
    assert kode == 0, keluaran
    assert "Kata sandi untuk budi:" in keluaran
    assert SANDI not in keluaran  # not echoed


def test_stdin_disalurkan_dengan_bom_dan_tanpa_sandi(db_akun, berkas, tmp_path):
    sandi = tmp_path / "sandi.txt"
    sandi.write_text(SANDI + "\r\n", encoding="utf-8-sig")  # as Notepad saves it
    with sandi.open("rb") as masuk:
        hasil = subprocess.run(
            [sys.executable, "-m", "kalbar_desktop", "--db", str(db_akun), "import",
             *map(str, berkas), "--user", "budi"], stdin=masuk, capture_output=True,
            text=True, env=_env(), timeout=120)
    assert hasil.returncode == 0, hasil.stderr
    assert "Impor selesai" in hasil.stdout

    hasil = subprocess.run(
        [sys.executable, "-m", "kalbar_desktop", "--db", str(db_akun), "report-temuan",
         str(tmp_path / "t.xlsx"), "--user", "budi"], stdin=subprocess.DEVNULL,
        capture_output=True, text=True, env=_env(), timeout=120)
    assert hasil.returncode == 1
    assert hasil.stderr.strip() == (
        "Gagal: Kata sandi untuk budi tidak diberikan. Jalankan perintah ini di terminal (kata "
        "sandinya ditanyakan), atau salurkan satu baris berisi kata sandi ke masukan standar, "
        "mis. PERINTAH < sandi.txt.")
    assert not (tmp_path / "t.xlsx").exists()


def _semua_perintah(grup: click.Group, awalan: str = ""):
    for nama, perintah in grup.commands.items():
        if isinstance(perintah, click.Group):
            yield from _semua_perintah(perintah, f"{awalan}{nama} ")
        else:
            yield f"{awalan}{nama}", perintah


def test_tidak_ada_opsi_kata_sandi_dan_bantuan_menjelaskan_caranya():
    for nama, perintah in _semua_perintah(main):
        for p in perintah.params:
            for opsi in getattr(p, "opts", []):
                # --password-file is a workbook's encryption password, read from a file
                assert opsi == "--password-file" or not any(
                    k in opsi.lower() for k in ("sandi", "password", "pass")), (nama, opsi)
    for nama in PERINTAH_AKUN:
        perintah = main.commands[nama]
        bantuan = perintah.get_help(click.Context(perintah, info_name=nama))
        bantuan = " ".join(bantuan.split())
        assert "kata sandinya ditanyakan di terminal tanpa tampil" in bantuan, nama
        assert "dibaca dari baris pertama stdin bila disalurkan (PERINTAH < sandi.txt)" \
            in bantuan, nama
    teks = " ".join(main.get_help(click.Context(main, info_name="kalbar-desktop")).split())
    assert "Kata sandi tidak pernah diberikan sebagai opsi" in teks
    readme = " ".join((AKAR / "README.md").read_text(encoding="utf-8").split())
    assert "There is no password option and no environment variable on purpose" in readme


def test_spasi_dari_echo_cmd_diabaikan_tanpa_catatan_gagal(db_akun, berkas):
    """cmd.exe's ``echo sandi | kalbar-desktop ...`` pipes "sandi \\r\\n"."""
    hasil = _import_disalurkan(db_akun, berkas, SANDI + " \r\n")
    assert hasil.returncode == 0, hasil.stderr
    assert _gagal_masuk(db_akun) == 0



def test_sandi_tidak_pernah_berakhir_spasi(tmp_path):
    """Why the piped line may be stripped: such a password cannot be set."""
    with sdb.terbuka(tmp_path / "spasi.db") as db, pytest.raises(sp.KesalahanAkun,
                                                               match="diakhiri spasi"):
        sp.tambah(db, "budi", "verifikator", SANDI + " ", [], "Budi", oleh="uji")

def _import_disalurkan(db_path: Path, berkas: list[Path], masukan: str):
    return subprocess.run(
        [sys.executable, "-m", "kalbar_desktop", "--db", str(db_path), "import",
         *map(str, berkas), "--user", "budi"], input=masukan.encode(), capture_output=True,
        env=_env(), timeout=120)


def _gagal_masuk(db_path: Path) -> int:
    with sdb.terbuka(db_path) as db:
        return db.execute("SELECT count(*) FROM audit_log WHERE aksi = 'MASUK_GAGAL'"
                          ).fetchone()[0]
