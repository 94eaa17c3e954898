"""README.md and the user guide name console commands: each of them exists, its ``--help``
works (exit status 0, Indonesian) and names every option the README gives it; the make targets,
scripts and installer options the README names exist. Read from the README itself, so a
renamed command or option fails here."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import click
from click.testing import CliRunner

from kalbar_desktop.cli import main

AKAR = Path(__file__).resolve().parents[2]
README = AKAR / "README.md"
PANDUAN = AKAR / "docs" / "panduan.md"


def _blok_kode(teks: str) -> list[str]:
    return re.findall(r"```[a-z]*\n(.*?)```", teks, re.DOTALL)


def _perintah_readme() -> list[tuple[list[str], list[str]]]:
    """(command path, options) of every ``kalbar-desktop ...`` line of the README's code blocks
    and inline code of the README and the guide ("users list | users disable NAMA": two)."""
    baris: list[str] = []
    for teks in (README.read_text(encoding="utf-8"), PANDUAN.read_text(encoding="utf-8")):
        for blok in _blok_kode(teks):
            blok = blok.replace("\\\n", " ")
            baris += [b for b in blok.splitlines() if re.match(r"\s*(\S*[/\\])?kalbar-desktop ", b)]
        baris += re.findall(r"`((?:\S*[/\\])?kalbar-desktop [^`]*)`", teks)
    hasil = []
    for b in baris:
        b = re.sub(r"\s#.*", "", b).replace("[", " ").replace("]", " ")
        for i, bagian in enumerate(b.split(" | ")):
            kata = shlex.split(bagian)
            if i == 0:
                kata = kata[1:]  # the program's name
            jalur: list[str] = []
            opsi: list[str] = []
            grup: click.Command = main
            lewati = False
            for k in kata:
                if lewati:
                    lewati = False
                elif k.startswith("-"):
                    opsi.append(k)
                    lewati = k == "--db"
                elif isinstance(grup, click.Group):
                    if k not in grup.commands and not jalur:
                        jalur.append(k)  # unknown command: its --help fails below
                        break
                    if k in grup.commands:
                        jalur.append(k)
                        grup = grup.commands[k]
            hasil.append((jalur, opsi))
    return hasil


def test_setiap_perintah_readme_ada_dan_bantuannya_berjalan():
    daftar = _perintah_readme()
    nama = {" ".join(j) for j, _o in daftar}
    assert {"demo-data", "import", "import-wilayah", "check-data", "report-temuan", "stats",
            "export", "export-check", "reimport", "document", "users add", "users list",
            "users disable", "check", "backup", "backups", "restore", "approve", "send-back",
            ""} <= nama, nama
    salah = []
    for jalur, opsi in daftar:
        hasil = CliRunner().invoke(main, [*jalur, "--help"], prog_name="kalbar-desktop")
        if hasil.exit_code != 0:
            salah.append(f"{' '.join(jalur)} --help: status {hasil.exit_code}: "
                         f"{hasil.output[-300:]}")
            continue
        assert "Pemakaian:" in hasil.output and "Usage:" not in hasil.output
        for o in opsi:
            if o not in ("--help", "--db") and o not in hasil.output:
                salah.append(f"{' '.join(jalur) or '(tanpa perintah)'}: opsi {o} tidak ada")
    assert not salah, "\n".join(salah)


def test_perintah_dokumen_readme_dikenal():
    """``document berita-acara`` / ``document daftar-kunjungan``: the kinds the README names."""
    hasil = CliRunner().invoke(main, ["document", "--help"], prog_name="kalbar-desktop")
    assert hasil.exit_code == 0
    jenis = set(re.findall(r"kalbar-desktop .*?document (\S+)", README.read_text("utf-8")))
    assert jenis == {"berita-acara", "daftar-kunjungan"}
    for j in jenis:
        assert j in hasil.output


def test_versi_dari_program_terpasang(tmp_path):
    """``kalbar-desktop --version`` (issue 7), through the installed entry point's module."""
    from kalbar_desktop import __version__

    hasil = subprocess.run([sys.executable, "-m", "kalbar_desktop", "--version"],
                           capture_output=True, text=True, timeout=60, check=False,
                           cwd=tmp_path)
    assert hasil.returncode == 0, hasil.stderr
    assert __version__ in hasil.stdout


def test_target_make_skrip_dan_opsi_installer_di_readme_ada():
    teks = README.read_text(encoding="utf-8")
    makefile = (AKAR / "Makefile").read_text(encoding="utf-8")
    target = set(re.findall(r"^([a-z0-9-]+):", makefile, re.MULTILINE))
    disebut = set(re.findall(r"(?:^|`)make ([a-z0-9-]+)", teks, re.MULTILINE))
    assert {"run", "test", "bundle", "bundle-test", "i18n", "i18n-update"} <= disebut
    assert disebut <= target, disebut - target
    for berkas in re.findall(r"`((?:scripts|installer|kalbar_desktop|docs|resources)/[\w./-]+)",
                             teks):
        assert (AKAR / berkas.rstrip("/")).exists(), berkas
    assert "make test" in (AKAR / ".ci" / "run").read_text(encoding="utf-8")
    build = (AKAR / "installer" / "build.py").read_text(encoding="utf-8")
    for opsi in re.findall(r"installer\\build\.py ([^`\n]*)", teks)[0].split():
        assert f'"{opsi}"' in build, opsi
