"""A console command whose output is cut by a closed pipe (``kalbar-desktop ... | head``) ends
quietly: exit status 141 (128 + SIGPIPE, what the shell reports for ``cat`` in the same place),
nothing on standard error, and no "Kesalahan tak terduga" with a BrokenPipeError traceback in
the log. Before, it printed "Gagal: Keluaran program terputus" and logged the traceback
(terima8 item 83); ``--help`` and ``--version`` ended with status 1."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kalbar_desktop.cli import KELUAR_PIPA_TERTUTUP


def _log(rumah) -> str:
    berkas = list(rumah.rglob("kalbar_desktop.log*"))
    return "".join(b.read_text(encoding="utf-8", errors="replace") for b in berkas)


def _jalankan_pembaca_tutup(argumen: list[str]) -> subprocess.CompletedProcess:
    """Run the console with its standard output a pipe whose reader closes it before the
    program writes anything (the program needs a while to start)."""
    proses = subprocess.Popen([sys.executable, "-m", "kalbar_desktop", *argumen],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proses.stdout.close()
    _kosong, galat = proses.communicate(timeout=120)
    return subprocess.CompletedProcess(argumen, proses.returncode, None, galat)


@pytest.mark.parametrize("argumen", [
    ["check-data", "--json"], ["check-data"], ["stats", "--json"], ["check"], ["users", "list"],
])
def test_perintah_dengan_keluaran_terputus_berhenti_diam(db_demo, db_path, _rumah_sementara,
                                                         argumen):
    db_demo.close()
    if argumen == ["users", "list"]:
        subprocess.run([sys.executable, "-m", "kalbar_desktop", "--db", str(db_path), "users",
                        "add", "Admin", "--role", "admin"], input="rahasia-kantor-1\n",
                       text=True, check=True, capture_output=True)
    hasil = _jalankan_pembaca_tutup(["--db", str(db_path), *argumen])
    assert hasil.returncode == KELUAR_PIPA_TERTUTUP == 141
    assert hasil.stderr == b"", hasil.stderr.decode()
    log = _log(_rumah_sementara)
    assert "keluaran terputus" in log
    assert "Kesalahan tak terduga" not in log and "BrokenPipeError" not in log


@pytest.mark.parametrize("argumen", [["--help"], ["--version"], ["export", "--help"]])
def test_bantuan_dan_versi_dengan_keluaran_terputus(argumen, _rumah_sementara):
    hasil = _jalankan_pembaca_tutup(argumen)
    assert hasil.returncode == 141
    assert hasil.stderr == b"", hasil.stderr.decode()


@pytest.mark.skipif(os.name == "nt", reason="a POSIX shell pipeline")
def test_pipa_shell_ke_head_di_tengah_keluaran(db_path, _rumah_sementara, tmp_path):
    """The shell's own ``| head -n 1`` on output far longer than a pipe holds (about 130 KB
    of findings, one line each): ``head`` takes the first line and exits while the program is
    still writing; that line is a finding, and the program stops quietly with 141."""
    from kalbar_desktop.exchange import demo, impor_p3ke
    from kalbar_desktop.storage import db as sdb

    berkas = demo.tulis(tmp_path / "cacat", demo.OpsiDemo(keluarga=1000, tata_letak="2023",
                                                         seed=5, cacat=0.5))
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, berkas, pengguna="penguji")
    skrip = (f"'{sys.executable}' -m kalbar_desktop --db '{db_path}' check-data | head -n 1; "
             "echo \"status=${PIPESTATUS[0]}\"")
    hasil = subprocess.run(["bash", "-c", skrip], capture_output=True, text=True, timeout=300)
    baris_pertama, status = hasil.stdout.splitlines()
    assert baris_pertama.split()[0].isupper() and ": " in baris_pertama  # "NIK_... ID ID: ..."
    assert status == "status=141", hasil.stdout + hasil.stderr
    assert hasil.stderr == "", hasil.stderr
    assert "BrokenPipeError" not in _log(_rumah_sementara)
