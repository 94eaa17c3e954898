"""Commands about user accounts: ``users add``, ``users list``, ``users disable`` (and enable,
passwd, set).

Whoever runs these commands can already read and write the database file, so they ask for no
account of their own; every change is written to the audit trail as made on the console by the
operating-system user (``konsol:NAMA``).
"""

from __future__ import annotations

import getpass
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import click

from kalbar_desktop.cli import BasisDataBaru, buka, gagal, main, opsi_db, pastikan_ada
from kalbar_desktop.domain import keterangan_jejak
from kalbar_desktop.domain.akses import (
    LABEL_PERAN,
    Aksi,
    Pengguna,
    Peran,
    bersinggungan,
    boleh,
    lingkup,
    periksa_sandi,
)
from kalbar_desktop.domain.wilayah import tingkat
from kalbar_desktop.storage import pengguna as spengguna
from kalbar_desktop.storage import wilayah as swilayah
from kalbar_desktop.storage.db import BasisData


def pengguna_konsol() -> str:
    """The name recorded in the audit trail for changes made on the console."""
    try:
        return f"konsol:{getpass.getuser()}"
    except Exception:  # no user name in the environment
        return "konsol"


BANTUAN_USER = ("Nama akun (dicatat di jejak audit; bawaan: nama login). Bila basis data "
                "memakai akun, kata sandinya ditanyakan di terminal tanpa tampil, atau dibaca "
                "dari baris pertama stdin bila disalurkan (PERINTAH < sandi.txt).")
"""The ``--user`` help of the commands that sign in (import, report-temuan, export...)."""


def baca_sandi(nama: str, ulangi: bool = True) -> str:
    """A password from the terminal (hidden, asked twice) or, when standard input is not a
    terminal, the first line of standard input (a byte-order mark that Notepad or PowerShell
    put first, and spaces around it, are dropped). Never from an option or an environment
    variable: an option shows in the process list and the shell's history (README, "Kata sandi
    di konsol")."""
    if sys.stdin is not None and sys.stdin.isatty():
        while True:
            sandi = click.prompt(f"Kata sandi untuk {nama}", hide_input=True,
                                 confirmation_prompt="Ulangi kata sandi" if ulangi else False,
                                 err=True)
            masalah = periksa_sandi(sandi, nama)
            if not masalah or not ulangi:
                return sandi
            click.echo(masalah, err=True)
    baris = sys.stdin.readline() if sys.stdin is not None else ""
    # A password never starts or ends with a space (``akses.periksa_sandi``), so the space that
    # cmd.exe's ``echo sandi | ...`` puts before the line break is not part of it.
    sandi = baris.lstrip("\ufeff").strip()
    if not sandi:
        gagal(f"Kata sandi untuk {nama} tidak diberikan. Jalankan perintah ini di terminal "
              "(kata sandinya ditanyakan), atau salurkan satu baris berisi kata sandi ke "
              "masukan standar, mis. PERINTAH < sandi.txt.")
    return sandi


def pengguna_perintah(db: BasisData, nama: str | None) -> Pengguna:
    """The user a data command acts as: ``--user`` (command or group level), else the login
    name.

    When the database has accounts, the account's password is asked (terminal, or the first
    line of standard input) and checked; the login is audited (unless the database is open
    read-only). Without accounts the named user works as verifikator (as in the window)."""
    ctx = click.get_current_context()
    nama = nama or ctx.find_root().params.get("pengguna")
    if not nama:
        try:
            nama = getpass.getuser()
        except Exception:
            nama = None
    if not nama:
        gagal("Sebutkan nama pengguna dengan --user NAMA (dicatat di jejak audit).")
    if spengguna.ada_akun_apa_pun(db):
        sandi = baca_sandi(nama, ulangi=False)
        try:
            # A reading command on a database another program writes opens it read-only: the
            # sign-in is checked but cannot be recorded (as in a read-only window).
            return spengguna.periksa(db, nama, sandi,
                                     keterangan=keterangan_jejak.masuk_konsol(ctx.info_name),
                                     catat=not getattr(db, "baca_saja", False))
        except spengguna.GagalMasuk as e:
            gagal(str(e))
    return spengguna.pengguna_sesi(db, nama)


@dataclass(frozen=True)
class Pandangan:
    """What a command that reads data (``check-data``, ``stats``) shows: the view of the
    account named with ``--user`` (signed in), or, without one, the whole database with no
    NIK in clear when the database has accounts (UU 27/2022: a name alone gives no rights)."""

    akun: Pengguna | None
    ada_akun: bool
    wilayah: tuple[str, ...]
    """The regions whose families are shown (empty: the whole database)."""
    nik_penuh: bool


def pandangan_perintah(db: BasisData, nama: str | None) -> Pandangan:
    """The :class:`Pandangan` of a reading command for ``--user`` (command or group level);
    the account signs in like :func:`pengguna_perintah`. Without ``--user`` on a database
    without accounts everything is shown, as before accounts existed."""
    nama = nama or click.get_current_context().find_root().params.get("pengguna")
    ada_akun = spengguna.ada_akun_apa_pun(db)
    if not nama:
        return Pandangan(None, ada_akun, (), nik_penuh=not ada_akun)
    akun = pengguna_perintah(db, nama)
    return Pandangan(akun, ada_akun, lingkup(akun), boleh(akun, Aksi.LIHAT_NIK_PENUH))


BANTUAN_USER_BACA = ("Tampilkan seperti yang dilihat akun ini di jendela: hanya keluarga di "
                     "wilayah kerjanya, NIK lengkap hanya bagi peran yang berhak. Bila basis "
                     "data memakai akun, kata sandinya ditanyakan di terminal tanpa tampil, atau "
                     "dibaca dari baris pertama stdin bila disalurkan (PERINTAH < sandi.txt).")
"""The ``--user`` help of the commands that read data (check-data, stats)."""


def tolak_luar_wilayah(pengguna: Pengguna, kode: str | None, akibat: str) -> None:
    """Stop (exit 1) when the region a command was given lies wholly outside the account's
    regions, naming both; ``akibat`` ends the message (``tidak ada yang disetujui``). Before,
    ``approve --wilayah`` listed the region's families as left out and exited 0. A code that
    is no region code is left to the command's own check (it says what a code looks like)."""
    if kode and tingkat(kode) is not None and not bersinggungan(pengguna, kode):
        gagal(f"Wilayah {kode} di luar wilayah kerja {pengguna.nama} "
              f"({', '.join(pengguna.wilayah)}); {akibat}.")


def _ingatkan_wilayah_kosong(db_path: Path, nama: str, wilayah: tuple[str, ...]) -> None:
    """A work region under which the database holds no family is most likely mistyped: the
    account would see an empty table. Said, not refused (the region's files may come later)."""
    if not wilayah:
        return
    db = buka(db_path, tulis=False)
    try:
        kosong = swilayah.tanpa_keluarga(db, wilayah)
    finally:
        db.close()
    if kosong:
        click.echo(f"Catatan: belum ada satu keluarga pun di wilayah {', '.join(kosong)}; "
                   "periksa kodenya (akun ini hanya melihat keluarga di wilayah kerjanya). Ubah "
                   f"dengan: kalbar-desktop users set {nama} --wilayah KODE", err=True)


def _wilayah(nilai: tuple[str, ...]) -> list[str]:
    return [w.strip() for v in nilai for w in v.split(",") if w.strip()]


@main.group("users")
def users() -> None:
    """Kelola akun pengguna (nama, peran, wilayah, kata sandi)."""


@users.command("add")
@click.argument("nama")
@click.option("--role", "peran", required=True,
              type=click.Choice([p.value for p in Peran], case_sensitive=False),
              help="Peran: operator, verifikator atau admin.")
@click.option("--wilayah", multiple=True, metavar="KODE",
              help="Kode kecamatan/desa wilayah kerja (boleh diulang atau dipisah koma).")
@click.option("--nama-lengkap", default=None, help="Nama lengkap (untuk laporan).")
@opsi_db
def tambah(db_path: Path, nama: str, peran: str, wilayah: tuple[str, ...],
           nama_lengkap: str | None) -> None:
    """Buat akun NAMA. Kata sandi ditanyakan di terminal (dua kali, tidak tampil) atau dibaca
    dari baris pertama stdin bila disalurkan (users add NAMA ... < sandi.txt).

    Akun pertama harus admin: selama belum ada admin aktif, akun operator atau verifikator
    ditolak."""
    admin = peran.lower() == Peran.ADMIN.value
    if not admin:  # the first account of a new database is an admin: a missing file is a typo
        pastikan_ada(db_path)
    sandi = baca_sandi(nama)
    baru = BasisDataBaru(db_path)
    db = buka(db_path, baru=admin)
    try:
        p = spengguna.tambah(db, nama, peran, sandi, _wilayah(wilayah), nama_lengkap,
                             oleh=pengguna_konsol())
    except spengguna.AdminBelumAda as e:
        gagal(f"{e} Buat admin dulu: kalbar-desktop users add NAMA_ADMIN --role admin, lalu "
              f"ulangi perintah ini untuk {nama}.")
    except spengguna.KesalahanAkun as e:
        db.close()
        baru.hapus()
        gagal(str(e))
    finally:
        db.close()
    click.echo(f"Akun {p.nama} dibuat: {LABEL_PERAN[p.peran]}"
               + (f", wilayah {', '.join(p.wilayah)}" if p.wilayah else ", seluruh basis data")
               + ".")
    _ingatkan_wilayah_kosong(db_path, p.nama, p.wilayah)


@users.command("list")
@click.option("--json", "sebagai_json", is_flag=True, help="Cetak sebagai larik JSON.")
@opsi_db
def daftar(db_path: Path, sebagai_json: bool) -> None:
    """Daftar akun: nama, peran, wilayah, aktif, terakhir masuk."""
    db = buka(db_path, tulis=False)
    try:
        akun = spengguna.daftar(db)
    finally:
        db.close()
    if sebagai_json:
        click.echo(json.dumps([{
            "nama": a.nama, "nama_lengkap": a.nama_lengkap, "peran": a.peran.value,
            "wilayah": list(a.wilayah), "aktif": a.aktif, "dibuat_pada": a.dibuat_pada,
            "terakhir_masuk": a.terakhir_masuk} for a in akun], ensure_ascii=False, indent=1))
        return
    if not akun:
        click.echo("Belum ada akun. Buat admin pertama: kalbar-desktop users add NAMA "
                   "--role admin")
        return
    click.echo(f"{'NAMA':<20} {'PERAN':<12} {'AKTIF':<6} {'TERAKHIR MASUK':<26} WILAYAH")
    for a in akun:
        click.echo(f"{a.nama:<20} {a.peran.value:<12} {'ya' if a.aktif else 'tidak':<6} "
                   f"{a.terakhir_masuk or '-':<26} {', '.join(a.wilayah) or 'semua'}")


@users.command("disable")
@click.argument("nama")
@opsi_db
def nonaktifkan(db_path: Path, nama: str) -> None:
    """Nonaktifkan akun NAMA (tidak bisa masuk lagi; riwayatnya tetap)."""
    db = buka(db_path, baru=False)
    try:
        spengguna.nonaktifkan(db, nama, oleh=pengguna_konsol())
    except spengguna.KesalahanAkun as e:
        gagal(str(e))
    finally:
        db.close()
    click.echo(f"Akun {nama} dinonaktifkan.")


@users.command("enable")
@click.argument("nama")
@opsi_db
def aktifkan(db_path: Path, nama: str) -> None:
    """Aktifkan kembali akun NAMA."""
    db = buka(db_path, baru=False)
    try:
        spengguna.aktifkan(db, nama, oleh=pengguna_konsol())
    except spengguna.KesalahanAkun as e:
        gagal(str(e))
    finally:
        db.close()
    click.echo(f"Akun {nama} diaktifkan.")


@users.command("passwd")
@click.argument("nama")
@opsi_db
def ganti_sandi(db_path: Path, nama: str) -> None:
    """Ganti kata sandi akun NAMA: ditanyakan di terminal (dua kali, tidak tampil) atau dibaca
    dari baris pertama stdin bila disalurkan."""
    pastikan_ada(db_path)  # before asking for a password that would go nowhere
    sandi = baca_sandi(nama)
    db = buka(db_path, baru=False)
    try:
        spengguna.ganti_sandi(db, nama, sandi, oleh=pengguna_konsol())
    except spengguna.KesalahanAkun as e:
        gagal(str(e))
    finally:
        db.close()
    click.echo(f"Kata sandi {nama} diganti.")


@users.command("set")
@click.argument("nama")
@click.option("--role", "peran", default=None,
              type=click.Choice([p.value for p in Peran], case_sensitive=False))
@click.option("--wilayah", multiple=True, metavar="KODE",
              help="Wilayah kerja baru (menggantikan yang lama).")
@opsi_db
def ubah(db_path: Path, nama: str, peran: str | None, wilayah: tuple[str, ...]) -> None:
    """Ubah peran dan/atau wilayah akun NAMA."""
    db = buka(db_path, baru=False)
    try:
        p = spengguna.ubah(db, nama, peran, _wilayah(wilayah) if wilayah else None,
                           oleh=pengguna_konsol())
    except spengguna.KesalahanAkun as e:
        gagal(str(e))
    finally:
        db.close()
    click.echo(f"Akun {p.nama}: {LABEL_PERAN[p.peran]}, wilayah "
               f"{', '.join(p.wilayah) or 'seluruh basis data'}.")
    _ingatkan_wilayah_kosong(db_path, p.nama, p.wilayah)
