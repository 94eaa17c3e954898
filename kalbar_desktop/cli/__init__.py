"""Command line: the application's operations without a window.

``kalbar-desktop`` with no command opens the window. Every command takes ``--db PATH`` (before or
after the command name); without it the database in the user data folder is used.
Errors are printed in Indonesian on standard error with a non-zero exit status.

The group and shared helpers live here; each feature's commands live in their own module of
this package and are registered at the bottom.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import logging
import os
import shutil
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NoReturn

import click

from kalbar_desktop import __version__, log, paths
from kalbar_desktop.cli import bahasa
from kalbar_desktop.storage import cadangan
from kalbar_desktop.storage import db as sdb

bahasa.pasang()  # before any option is declared: click.Path names its type when created

KELUAR_GAGAL = 1
KELUAR_PIPA_TERTUTUP = 141
"""Exit status when the program reading the output stopped early (``| head``): 128 + SIGPIPE,
what a shell reports for ``cat`` or ``grep`` in the same place, so a script with ``pipefail``
knows the output was not all read."""
_WINDOWS_PIPA_TERTUTUP = {109, 232}  # ERROR_BROKEN_PIPE, ERROR_NO_DATA (the pipe is closing)


_META_DB = "kalbar_desktop.db_path"


def opsi_db(fungsi: Callable) -> Callable:
    """Add ``--db`` to a command; the command-level value wins over the group-level one."""

    @click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
                  default=None, help="Berkas basis data (bawaan: folder data pengguna).")
    @click.pass_context
    @functools.wraps(fungsi)
    def pembungkus(ctx: click.Context, *args, db_path: Path | None = None, **kwargs):
        induk = ctx.find_root().params.get("db_path")
        db_path = db_path or induk or paths.db_bawaan()
        ctx.meta[_META_DB] = db_path  # named by the message of an error nobody caught
        return ctx.invoke(fungsi, *args, db_path=db_path, **kwargs)

    return pembungkus


opsi_db_tak_dipakai = click.option(
    "--db", type=click.Path(dir_okay=False, path_type=Path), default=None, expose_value=False,
    help="Diterima seperti pada perintah lain, tetapi tidak dipakai: perintah ini tidak "
         "membuka basis data.")
"""``--db`` for a command that opens no database: every command takes ``--db PATH`` after its
name (issue 2), so a script that always passes it works with this one too."""


def gagal(pesan: str) -> None:
    click.echo(f"Gagal: {pesan}", err=True)
    sys.exit(KELUAR_GAGAL)


OPSI_TIMPA = "--timpa"
"""The option that lets a command write over an existing output file (as ``backup`` names it)."""

opsi_timpa = click.option("--timpa", is_flag=True,
                          help="Timpa berkas tujuan bila sudah ada (bawaan: ditolak).")

def _berkas_sama(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.normcase(a.absolute()) == os.path.normcase(b.absolute())


def periksa_tujuan(tujuan: Path, *, timpa: bool, db_path: Path | None = None,
                   masukan: Iterable[Path] = ()) -> None:
    """Refuse (exit 1 with an Indonesian message naming the file) to write ``tujuan`` over the
    database (or its companion files) or over one of the ``masukan`` files, even with
    ``--timpa``; and over any other existing file unless ``timpa``."""
    if db_path is not None:
        for berkas in sdb.berkas_pendamping(db_path):
            if _berkas_sama(tujuan, berkas):
                gagal(f"Berkas tujuan {tujuan} adalah berkas basis data ({berkas.name}); "
                      "tidak akan ditimpa. Pilih nama lain.")
    for berkas in masukan:
        if _berkas_sama(tujuan, berkas):
            gagal(f"Berkas tujuan {tujuan} adalah berkas yang sedang diimpor; tidak akan "
                  "ditimpa. Pilih nama lain.")
    if tujuan.is_dir():
        gagal(f"Tujuan {tujuan} adalah folder; sebutkan nama berkas.")
    if tujuan.exists() and not timpa:
        gagal(f"Berkas {tujuan} sudah ada; pilih nama lain atau pakai {OPSI_TIMPA} untuk "
              "menimpanya.")


def _kemajuan_migrasi(db_path: Path):
    """A schema upgrade can take a minute on a big database: say so, then report every 10 %."""
    tertunda = sdb.migrasi_tertunda(db_path)
    if not tertunda:
        return None
    click.echo(f"Memperbarui struktur basis data {db_path.name} ({', '.join(tertunda)}); "
               "sekali saja, untuk 100.000 keluarga bisa sekitar satu menit...", err=True)
    terakhir = [-1]

    def lapor(_pesan: str, fraksi: float) -> None:
        persen = int(fraksi * 10) * 10
        if persen > terakhir[0]:
            terakhir[0] = persen
            click.echo(f"  {persen}%", err=True)

    return lapor


def kemajuan_konsol() -> Callable[[str, float], None]:
    """A progress callback for long console work: one line on a terminal's stderr, rewritten in
    place ("Membaca ... 42%"); nothing when stderr is a file or a pipe. End the line with
    :func:`akhiri_kemajuan`."""
    terakhir = [""]

    def lapor(pesan: str, fraksi: float) -> None:
        teks = f"{pesan} {fraksi * 100:3.0f}%"
        if teks != terakhir[0] and sys.stderr.isatty():
            click.echo(f"\r{teks:<60}", err=True, nl=False)
            terakhir[0] = teks

    return lapor


def akhiri_kemajuan() -> None:
    """End the line :func:`kemajuan_konsol` rewrote (on a terminal only)."""
    if sys.stderr.isatty():
        click.echo("", err=True)


def pastikan_ada(db_path: Path) -> None:
    """Stop with a message when the database file does not exist (a mistyped ``--db``)."""
    if not db_path.is_file():
        gagal(f"Basis data {db_path} tidak ada. Periksa nama berkas pada --db "
              "(atau impor data dulu).")


class BasisDataBaru:
    """What a writing command creates when ``--db`` names a file that does not exist yet: the
    database, the files SQLite and the writer lock keep beside it, the backup folder. When the
    command fails they are removed again, so a failed first import leaves no empty database
    behind (a later ``stats`` would report 0 families instead of saying the file is missing)."""

    def __init__(self, db_path: Path):
        self.db_path = db_path
        self.baru = not db_path.exists()
        self.folder = cadangan.folder_cadangan(db_path)
        self.folder_baru = not self.folder.exists()
        self.induk_baru = not db_path.parent.exists()  # opening creates the database's folder

    def hapus(self) -> None:
        """Remove what the command created (call after closing the database)."""
        if not self.baru:
            return
        for berkas in sdb.berkas_pendamping(self.db_path):
            berkas.unlink(missing_ok=True)
        if self.folder_baru and self.folder.is_dir():
            shutil.rmtree(self.folder, ignore_errors=True)
        if self.induk_baru:
            with contextlib.suppress(OSError):  # only when empty
                self.db_path.parent.rmdir()


def buka(db_path: Path, tulis: bool = True, baru: bool | None = None) -> sdb.BasisData:
    """Open the database for a command. ``tulis=False`` (commands that only read) falls back to
    a read-only connection while another program writes to the database or when the file or
    its folder is read-only. A schema upgrade
    (database of an older version) is announced on standard error with its progress.

    ``baru``: whether a missing file may be created as a new database (default: only for
    commands that write). A command that reads or reports on data refuses a missing file, so a
    mistyped ``--db`` is an error, not an empty database reporting 0 families."""
    if not (tulis if baru is None else baru):
        pastikan_ada(db_path)
    try:
        return sdb.buka(db_path, kemajuan=_kemajuan_migrasi(db_path))
    except (sdb.BasisDataDipakai, sdb.BasisDataHanyaBaca) as e:
        # Another program writes, or the file or folder is read-only: reading still works.
        if tulis:
            gagal(str(e))
        try:
            return sdb.buka(db_path, baca_saja=True)
        except sdb.KesalahanPenyimpanan as e2:
            gagal(str(e2))
    except sdb.KesalahanPenyimpanan as e:
        gagal(str(e))
    raise AssertionError  # unreachable: gagal() exits


def pipa_tertutup(e: BaseException) -> bool:
    """True when ``e`` is a write to a pipe whose reader has gone (``| head`` stopped
    reading)."""
    return isinstance(e, OSError) and (
        e.errno == errno.EPIPE or getattr(e, "winerror", None) in _WINDOWS_PIPA_TERTUTUP)


def keluaran_terputus(perintah: str) -> NoReturn:
    """End quietly after the output's reader went away: no message, no traceback, status
    :data:`KELUAR_PIPA_TERTUTUP`. What is still buffered for the closed pipe goes nowhere, so
    Python's flush at exit raises nothing. A write in progress has been rolled back by the
    exception on its way here, as any failed command's."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        nul = os.open(os.devnull, os.O_WRONLY)
        for aliran in (sys.stdout, sys.stderr):
            os.dup2(nul, aliran.fileno())
        os.close(nul)
    logging.getLogger("kalbar_desktop").info(
        "perintah %s: keluaran terputus (pembacanya sudah berhenti)", perintah)
    sys.exit(KELUAR_PIPA_TERTUTUP)


class _GrupTercatat(click.Group):
    """The command group; an unexpected error in any command is written to the log file
    (with its masked traceback) before it is reported: in Indonesian without a traceback when
    the environment caused it (:func:`sdb.lingkungan`), else as usual. Its commands and sub-groups
    show click's own texts (usage errors, help headings) in Indonesian."""

    context_class = bahasa.Konteks
    command_class = bahasa.Perintah
    group_class = type  # sub-groups (users) are of this class too

    def make_context(self, *args, **kwargs) -> click.Context:
        # --help and --version print while the command line is read, before invoke
        try:
            return super().make_context(*args, **kwargs)
        except OSError as e:
            if pipa_tertutup(e):
                keluaran_terputus("bantuan")
            raise

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit,
                click.exceptions.Abort):
            raise
        except sdb.KesalahanPenyimpanan as e:
            gagal(str(e))
        except Exception as e:
            if pipa_tertutup(e):
                keluaran_terputus(f"{ctx.command_path} {ctx.invoked_subcommand or ''}".strip())
            log.catat_galat(sys.exc_info(), f"perintah {ctx.invoked_subcommand or 'jendela'}")
            # The disk filled up, a file is open in Excel, a USB stick was pulled: an
            # Indonesian message and exit status 1, not a traceback. A program error is still
            # reported by Python as usual.
            galat = sdb.lingkungan(e, db=ctx.meta.get(_META_DB) or ctx.params.get("db_path"))
            if galat is None:
                raise
            gagal(str(galat))


def _tanpa_layar() -> str | None:
    """Why the window cannot open on this Linux session (no X11 or Wayland display and no Qt
    platform chosen: a server, an SSH session), or ``None``. Qt itself would abort with an
    English message and a core dump (status 134) that blames a missing library."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return ("Jendela tidak bisa dibuka: sesi ini tidak punya layar (DISPLAY dan WAYLAND_DISPLAY "
            "kosong, mis. server atau sesi SSH). Jalankan dari desktop, atau pakai perintah "
            "konsol (kalbar-desktop --help). Untuk uji tanpa layar: QT_QPA_PLATFORM=offscreen.")


@click.group(cls=_GrupTercatat, invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Berkas basis data (bawaan: folder data pengguna).")
@click.option("--demo", is_flag=True, help="Buka aplikasi dengan basis data demo.")
@click.option("--user", "pengguna", default=None, help="Nama pengguna (lewati pilihan awal).")
@click.option("--uji-asap", is_flag=True, hidden=True,
              help="Uji asap instalasi: basis data demo, jendela, laporan JSON, lalu keluar.")
@click.version_option(__version__, "--version", "-V", prog_name="kalbar-desktop",
                      message="%(prog)s %(version)s")
@click.pass_context
def main(ctx: click.Context, db_path: Path | None, demo: bool, pengguna: str | None,
         uji_asap: bool) -> None:
    """Kalbar Desktop: verifikasi data P3KE secara luring.

    Tanpa perintah, jendela aplikasi dibuka.

    Pada basis data yang memakai akun, perintah yang bekerja atas nama akun (import,
    report-temuan, export, reimport, document, approve, send-back; check-data dan
    stats dengan --user)
    menanyakan kata sandinya
    di terminal tanpa menampilkannya, atau membacanya dari baris pertama stdin bila
    disalurkan (skrip terjadwal: PERINTAH < sandi.txt). Kata sandi tidak pernah diberikan
    sebagai opsi.
    """
    log.siapkan_log(ctx.invoked_subcommand or "jendela")
    if ctx.invoked_subcommand is not None:
        return
    tanpa_layar = _tanpa_layar()
    if tanpa_layar:
        gagal(tanpa_layar)
    from kalbar_desktop.ui.app import jalankan  # Qt is loaded only for the window

    sys.exit(jalankan(db_path=db_path, demo=demo, pengguna=pengguna, uji_asap=uji_asap))




# Commands of each feature (imported for their registration on ``main``).
from kalbar_desktop.cli import akun as _akun  # noqa: E402, F401
from kalbar_desktop.cli import data as _data  # noqa: E402, F401
from kalbar_desktop.cli import ekspor as _ekspor  # noqa: E402, F401
from kalbar_desktop.cli import keamanan as _keamanan  # noqa: E402, F401
from kalbar_desktop.cli import persetujuan as _persetujuan  # noqa: E402, F401
