"""Commands about the safety of the database: ``check``, ``backup DEST``, ``restore SRC``,
``settings``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kalbar_desktop.cli import (
    KELUAR_GAGAL,
    BasisDataBaru,
    buka,
    gagal,
    main,
    opsi_db,
    pastikan_ada,
    periksa_tujuan,
)
from kalbar_desktop.cli.akun import pengguna_konsol
from kalbar_desktop.storage import cadangan as scadangan
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengaturan as spengaturan
from kalbar_desktop.storage import periksa as speriksa


@main.command("check")
@click.option("--quick", "cepat", is_flag=True,
              help="Pemeriksaan cepat (seperti saat jendela dibuka).")
@opsi_db
def check(db_path: Path, cepat: bool) -> None:
    """Periksa basis data: integritas SQLite, hubungan antar tabel, jejak audit, skema.

    Status keluar 0 bila sehat, 1 bila ada masalah.
    """
    pastikan_ada(db_path)  # a mistyped path is not a damaged database to restore
    hasil = speriksa.periksa_berkas(db_path, cepat=cepat)
    click.echo(hasil.ringkasan())
    if not hasil.sehat:
        sys.exit(KELUAR_GAGAL)


@main.command("backup")
@click.argument("tujuan", type=click.Path(path_type=Path))
@click.option("--timpa", is_flag=True, help="Timpa berkas tujuan yang sudah ada.")
@opsi_db
def backup(db_path: Path, tujuan: Path, timpa: bool) -> None:
    """Salin basis data ke TUJUAN (berkas, atau folder) dengan API cadangan SQLite."""
    pastikan_ada(db_path)
    if not tujuan.is_dir():  # a folder gets a new dated file name
        periksa_tujuan(tujuan, timpa=timpa, db_path=db_path)
    try:
        db = sdb.buka(db_path)
        dicatat = True
    except sdb.BasisDataDipakai:
        db = buka(db_path, tulis=False)
        dicatat = False
    except sdb.KesalahanPenyimpanan as e:
        gagal(str(e))
    dihapus, diingat = scadangan.ingat_tujuan(tujuan if tujuan.is_dir() else tujuan.parent)
    if not diingat:
        click.echo(f"Catatan: folder {tujuan} tidak bisa dicatat di pengaturan; bila cadangan "
                   "ini terhenti, sisanya baru dihapus oleh cadangan berikutnya ke folder itu.",
                   err=True)
    try:
        hasil = scadangan.cadangkan(db, tujuan, dihapus=dihapus)
        if dicatat:
            scadangan.catat_cadangan(db, hasil, pengguna_konsol(), scadangan.MANUAL)
    except scadangan.KesalahanCadangan as e:
        gagal(str(e))
    finally:
        db.close()
    click.echo(f"Cadangan ditulis: {hasil}")
    if dihapus:
        click.echo("Sisa cadangan yang dulu terhenti dihapus: "
                   + ", ".join(str(p) for p in dihapus))
    if not dicatat:
        click.echo("Catatan: basis data sedang dipakai program lain, jadi cadangan ini tidak "
                   "dicatat di jejak audit.")


@main.command("backups")
@opsi_db
def backups(db_path: Path) -> None:
    """Daftar cadangan otomatis di samping basis data, terbaru lebih dulu."""
    daftar = scadangan.daftar(db_path)
    if not daftar:
        click.echo(f"Belum ada cadangan di {scadangan.folder_cadangan(db_path)}.")
        return
    for c in daftar:
        click.echo(f"{c.waktu:%Y-%m-%d %H:%M:%S}  {c.ukuran / 1e6:8.1f} MB  "
                   f"{c.label_alasan:<26} {c.path}")


@main.command("restore")
@click.argument("sumber", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--ya", is_flag=True, help="Jangan minta konfirmasi.")
@opsi_db
def restore(db_path: Path, sumber: Path, ya: bool) -> None:
    """Pulihkan basis data dari cadangan SUMBER (diperiksa dulu; basis data sekarang disalin
    ke folder cadangan sebelum diganti)."""
    # Without a terminal (a script) nobody can answer; the current database is copied to the
    # backup folder before it is replaced, so going ahead loses nothing.
    if not ya and sys.stdin.isatty():
        click.confirm(f"Ganti seluruh isi {db_path} dengan cadangan {sumber.name}?",
                      abort=True, err=True)
    baru = BasisDataBaru(db_path)  # a new laptop set up from the office's backup
    try:
        salinan = scadangan.pulihkan(db_path, sumber, pengguna=pengguna_konsol())
    except scadangan.KesalahanCadangan as e:
        baru.hapus()
        gagal(str(e))
    click.echo(f"Basis data {db_path} dipulihkan dari {sumber}.")
    if salinan != db_path:
        click.echo(f"Salinan basis data sebelumnya disimpan di {salinan}")


@main.command("settings")
@click.argument("kunci", required=False,
                type=click.Choice(sorted(spengaturan.SETELAN), case_sensitive=False))
@click.argument("nilai", required=False, type=int)
@opsi_db
def settings(db_path: Path, kunci: str | None, nilai: int | None) -> None:
    """Tampilkan pengaturan basis data, atau ubah KUNCI menjadi NILAI."""
    db = buka(db_path, tulis=nilai is not None, baru=False)  # a typo is no new database
    try:
        if nilai is not None and kunci:
            try:
                spengaturan.tulis(db, kunci, nilai, pengguna_konsol())
            except ValueError as e:
                gagal(str(e))
        for s in spengaturan.SETELAN.values():
            if kunci is None or s.kunci == kunci:
                click.echo(f"{s.kunci} = {spengaturan.baca(db, s.kunci)}    ({s.label})")
    finally:
        db.close()
