"""Commands about data: demo files, import, region reference, quality findings, counts."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path

import click

from kalbar_desktop.cli import (
    BasisDataBaru,
    akhiri_kemajuan,
    buka,
    gagal,
    kemajuan_konsol,
    main,
    opsi_db,
    opsi_db_tak_dipakai,
    opsi_timpa,
    periksa_tujuan,
)
from kalbar_desktop.cli.akun import (
    BANTUAN_USER,
    BANTUAN_USER_BACA,
    Pandangan,
    pandangan_perintah,
    pengguna_konsol,
    pengguna_perintah,
)
from kalbar_desktop.domain import status as ds
from kalbar_desktop.domain.akses import Aksi, boleh
from kalbar_desktop.domain.nik import samarkan_temuan
from kalbar_desktop.exchange import demo, impor_p3ke, laporan_temuan, wilayah_csv
from kalbar_desktop.storage import impor as simpan
from kalbar_desktop.storage import statistik as sstat
from kalbar_desktop.storage import temuan as stemuan
from kalbar_desktop.storage.db import BasisData

_log = logging.getLogger(__name__)


@main.command("demo-data")
@click.argument("outdir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--keluarga", "jumlah", type=click.IntRange(1, 2_000_000), default=500,
              show_default=True, help="Jumlah keluarga.")
@click.option("--layout", type=click.Choice(["2022", "2023"]), default="2023", show_default=True,
              help="Tata letak P3KE: 2022 (Keluarga + Individu) atau 2023 (Kepala Keluarga + "
                   "Individu).")
@click.option("--seed", type=int, default=1, show_default=True,
              help="Bilangan acak awal: seed yang sama menulis berkas yang sama.")
@click.option("--cacat", type=click.FloatRange(0, 1), default=0.01, show_default=True,
              help="Bagian rekaman yang diberi cacat seperti data asli (0 = bersih).")
@opsi_timpa
@opsi_db_tak_dipakai
def demo_data(outdir: Path, jumlah: int, layout: str, seed: int, cacat: float,
              timpa: bool) -> None:
    """Tulis berkas P3KE demo (keluarga dan individu) ke OUTDIR.

    Berkas dengan nama yang sama di OUTDIR tidak ditimpa kecuali dengan --timpa."""
    for tujuan in demo.nama_berkas(outdir, layout):
        periksa_tujuan(tujuan, timpa=timpa)
    berkas = demo.tulis(outdir, demo.OpsiDemo(keluarga=jumlah, tata_letak=layout, seed=seed,
                                              cacat=cacat))
    for b in berkas:
        click.echo(str(b))


@main.command("import")
@click.argument("berkas", nargs=-1, required=True,
                type=click.Path(dir_okay=False, path_type=Path))
@click.option("--user", "pengguna", default=None, help=BANTUAN_USER)
@click.option("--laporan", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Setelah impor, tulis laporan temuan (xlsx) ke berkas ini.")
@click.option("--timpa", is_flag=True,
              help="Timpa berkas --laporan bila sudah ada (bawaan: ditolak).")
@click.option("--tolak-rilis-lama", is_flag=True,
              help="Tolak impor (tidak ada yang ditulis) bila berkas berasal dari rilis P3KE "
                   "yang lebih lama daripada data keluarga yang sudah diimpor (bawaan: hanya "
                   "peringatan di stderr, impor tetap jalan).")
@opsi_db
def impor(db_path: Path, berkas: tuple[Path, ...], pengguna: str | None,
          laporan: Path | None, timpa: bool, tolak_rilis_lama: bool) -> None:
    """Impor berkas P3KE (berkas keluarga dan individu sekaligus)."""
    if laporan is not None:
        laporan = laporan_temuan.nama_berkas(laporan)
        periksa_tujuan(laporan, timpa=timpa, db_path=db_path, masukan=berkas)
        if not laporan.parent.is_dir():  # before the import, not after it is done
            gagal(f"Folder {laporan.parent} untuk --laporan tidak ada; tidak ada yang diimpor. "
                  "Buat foldernya atau pilih folder lain.")
    baru = BasisDataBaru(db_path)
    db = buka(db_path)
    try:
        # As in the window: the account signs in, and only a role allowed to import may.
        # Without accounts the importer is --user or the login name, as the help says.
        akun = pengguna_perintah(db, pengguna)
        if not boleh(akun, Aksi.IMPOR):
            gagal(f"{akun.nama} ({akun.peran}) tidak berwenang mengimpor berkas P3KE: "
                  "hanya verifikator atau admin dengan wilayah seluruh basis data.")
        pengguna = akun.nama
        hasil = impor_p3ke.impor(db, berkas, pengguna=pengguna, kemajuan=kemajuan_konsol(),
                                 rilis_lama=_rilis_lama_konsol(tolak_rilis_lama))
        akhiri_kemajuan()
        click.echo(hasil.pesan())
        _rilis_lama_wilayah_baru(db, hasil)
        for tempat, kolom in hasil.kolom_tak_dikenal.items():
            click.echo(f"Kolom tambahan disimpan apa adanya ({tempat}): {', '.join(kolom)}")
        if laporan is not None:
            n = laporan_temuan.tulis(db, laporan, pengguna=pengguna,
                                     keluarga_tetap=hasil.ringkasan.id_keluarga_tetap,
                                     kepala_baru=hasil.ringkasan.kepala_baru,
                                     kolom_berubah=hasil.ringkasan.kolom_berubah,
                                     rilis_saja=hasil.ringkasan.keluarga_rilis_saja,
                                     anggota_berubah=hasil.ringkasan.anggota_berubah,
                                     usia_saja=hasil.ringkasan.anggota_usia_saja)
            click.echo(f"Laporan temuan ({n} temuan) ditulis ke {laporan}.")
    except impor_p3ke.KesalahanImpor as e:
        akhiri_kemajuan()
        db.close()
        baru.hapus()
        # a refusal the operator reads on stderr: one line in the log, no traceback
        _log.info("Impor P3KE (%s) berhenti: %s", ", ".join(b.name for b in berkas),
                  type(e).__name__)
        gagal(str(e))
    except laporan_temuan.KesalahanLaporan as e:  # the import itself is done and kept
        gagal(f"Impor selesai dan tersimpan, tetapi laporan temuan tidak ditulis: {e} "
              "Tulis laporannya nanti dengan perintah report-temuan.")
    finally:
        db.close()


def _rilis_lama_wilayah_baru(db: BasisData, hasil: impor_p3ke.HasilImpor) -> None:
    """A warning on stderr after an import of an older P3KE release than some stored families'
    when none of its families went back (:func:`_rilis_lama_konsol` said nothing): a kecamatan
    imported for the first time from an older release, the database now on two releases."""
    jumlah, rilis, _ = hasil.rilis_lebih_baru
    if jumlah or not rilis or (terbaru := simpan.rilis_terbaru(db, rilis)) is None:
        return
    click.echo(f"Peringatan: berkas ini dari rilis P3KE {rilis}, lebih lama daripada rilis "
               f"{terbaru[0]} yang sudah ada di basis data (mis. berkas {terbaru[1]}). Tidak ada "
               f"nilai yang kembali ke rilis lama, tetapi keluarga berkas ini kini tersimpan dari "
               f"rilis {rilis} sedangkan keluarga lain di basis data dari rilis {terbaru[0]}. "
               f"Bila keliru, impor berkas rilis {terbaru[0]} untuk wilayah itu.", err=True)


def _rilis_lama_konsol(tolak: bool) -> Callable[[int, str, str], None]:
    """What ``import`` does, before writing, with files of an older P3KE release than the
    stored families': one warning line on stderr (once, also when the import reads the files
    twice), or with ``--tolak-rilis-lama`` a refusal (nothing written)."""
    sudah = [False]

    def rilis_lama(jumlah: int, rilis: str, terbaru: str) -> None:
        apa = (f"{jumlah} keluarga dalam berkas ini sudah diimpor dari rilis P3KE {terbaru}, "
               f"lebih baru daripada berkas ini (rilis {rilis})")
        if tolak:
            raise impor_p3ke.KesalahanImpor(
                f"Impor ditolak (--tolak-rilis-lama): {apa}. Tidak ada yang ditulis.")
        if not sudah[0]:
            sudah[0] = True
            akhiri_kemajuan()
            click.echo(f"Peringatan: {apa}; impor ini mengembalikan nilai sumber mereka ke "
                       "rilis lama (hasil verifikasi tidak berubah). Bila keliru, impor lagi "
                       "berkas rilis yang lebih baru; --tolak-rilis-lama menolak impor seperti "
                       "ini.", err=True)

    return rilis_lama


@main.command("report-temuan")
@click.argument("keluaran", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--user", "pengguna", default=None, help=BANTUAN_USER)
@opsi_timpa
@opsi_db
def report_temuan(db_path: Path, keluaran: Path, pengguna: str | None, timpa: bool) -> None:
    """Tulis laporan semua temuan kualitas data (xlsx) dengan berkas, lembar dan baris
    sumbernya, untuk diperbaiki bersama Dukcapil. Berkas yang sudah ada tidak ditimpa kecuali
    dengan --timpa. Laporan berisi nama dan NIK, jadi dicatat di jejak audit."""
    keluaran = laporan_temuan.nama_berkas(keluaran)
    periksa_tujuan(keluaran, timpa=timpa, db_path=db_path)
    db = buka(db_path, baru=False)
    try:
        # A by-name list: the writer is a signed-in account when the database has accounts.
        # The report covers every region, so only who may import writes it (as the window's
        # Laporan > Simpan laporan temuan): not an operator, not a region-limited account.
        akun = pengguna_perintah(db, pengguna)
        if not boleh(akun, Aksi.IMPOR):
            gagal(f"{akun.nama} ({akun.peran}) tidak berwenang menulis laporan temuan: laporan "
                  "memuat nama dan NIK seluruh basis data, hanya untuk verifikator atau admin "
                  "dengan wilayah seluruh basis data.")
        n = laporan_temuan.tulis(db, keluaran, pengguna=akun.nama)
    except laporan_temuan.KesalahanLaporan as e:
        gagal(str(e))
    finally:
        db.close()
    click.echo(f"Laporan temuan ({n} temuan) ditulis ke {keluaran}.")


@main.command("import-wilayah")
@click.argument("berkas", type=click.Path(dir_okay=False, path_type=Path))
@opsi_db
def impor_wilayah(db_path: Path, berkas: Path) -> None:
    """Muat referensi wilayah dari CSV (code,name,parent_code,level)."""
    baru = BasisDataBaru(db_path)
    db = buka(db_path)
    try:
        n = wilayah_csv.impor(db, berkas, pengguna=pengguna_konsol())
    except impor_p3ke.KesalahanImpor as e:
        db.close()
        baru.hapus()
        gagal(str(e))
    finally:
        db.close()
    click.echo(f"{n} wilayah dimuat dari {berkas.name}.")


@main.command("check-data")
@click.option("--json", "sebagai_json", is_flag=True, help="Cetak sebagai larik JSON.")
@click.option("--user", "pengguna", default=None, metavar="NAMA", help=BANTUAN_USER_BACA)
@opsi_db
def check_data(db_path: Path, sebagai_json: bool, pengguna: str | None) -> None:
    """Cetak semua temuan kualitas data di basis data.

    Pada basis data yang memakai akun, tanpa --user NIK dan No KK disamarkan (617201******0001);
    dengan --user NAMA (kata sandi ditanyakan) hanya temuan keluarga di wilayah kerja akun itu,
    dengan NIK lengkap bila perannya berhak, seperti di jendela. Basis data tanpa akun: semua
    temuan apa adanya."""
    db = buka(db_path, tulis=False)
    try:
        pandangan = pandangan_perintah(db, pengguna)
        daftar = list(stemuan.semua_temuan(db, pandangan.wilayah))
    finally:
        db.close()
    if not pandangan.nik_penuh:
        for t in daftar:
            t["nilai"], t["pesan"] = samarkan_temuan(t["kolom"], t["nilai"], t["pesan"],
                                                     t["id_keluarga"], t["id_individu"])
    _catatan_pandangan(pandangan, "Temuan")
    if sebagai_json:
        keluaran = [{
            "rule": t["aturan"], "id_keluarga": t["id_keluarga"], "id_individu": t["id_individu"],
            "message": t["pesan"], "column": t["kolom"], "value": t["nilai"], "file": t["file"],
            "sheet": t["lembar"], "row": t["baris"],
        } for t in daftar]
        click.echo(json.dumps(keluaran, ensure_ascii=False, indent=1))
        return
    for t in daftar:
        tempat = f" [{t['file']} / {t['lembar']} baris {t['baris']}]" if t["baris"] else ""
        click.echo(f"{t['aturan']:<22} {t['id_keluarga'] or '-'} {t['id_individu'] or '-'}: "
                   f"{t['pesan']}{tempat}")
    click.echo(f"{len(daftar)} temuan.")


def _catatan_pandangan(p: Pandangan, apa: str) -> None:
    """Say on standard error what a reading command showed on a database with accounts: which
    regions, and that NIKs are masked (standard output keeps its format)."""
    if not p.ada_akun:
        return
    if p.akun is None:
        click.echo(f"Catatan: NIK dan No KK disamarkan (tanpa --user). Pakai --user NAMA untuk "
                   f"melihat {apa.lower()} seperti akun itu di jendela (wilayah kerjanya, NIK "
                   "lengkap bagi yang berhak).", err=True)
        return
    click.echo(_tempat_pandangan(p, apa), err=True)
    if not p.nik_penuh:
        click.echo(f"Catatan: NIK dan No KK disamarkan: {p.akun.nama} ({p.akun.peran}) tidak "
                   "berwenang melihat NIK lengkap.", err=True)


def _tempat_pandangan(p: Pandangan, apa: str) -> str:
    assert p.akun is not None
    if p.wilayah:
        return f"{apa} di wilayah kerja Anda ({p.akun.nama}): {', '.join(p.wilayah)}."
    return f"{apa} di seluruh basis data ({p.akun.nama}: semua wilayah)."


def _label_kunci(per: dict, jenis: type | None, kosong: str) -> dict[str, int]:
    hasil: dict[str, int] = {}
    for nilai, n in per.items():
        if nilai is None or nilai == "":
            kunci = kosong
        elif jenis is not None:
            kunci = ds.label(nilai, jenis)
        else:
            kunci = str(nilai)
        hasil[kunci] = hasil.get(kunci, 0) + n
    return hasil


@main.command("stats")
@click.option("--json", "sebagai_json", is_flag=True, help="Cetak satu objek JSON.")
@click.option("--user", "pengguna", default=None, metavar="NAMA",
              help="Hitung di wilayah kerja akun ini saja. Bila basis data memakai akun, kata "
                   "sandinya ditanyakan di terminal tanpa tampil, atau dibaca dari baris "
                   "pertama stdin bila disalurkan (PERINTAH < sandi.txt). Tanpa --user: "
                   "seluruh basis data, tanpa kata sandi.")
@opsi_db
def stats(db_path: Path, sebagai_json: bool, pengguna: str | None) -> None:
    """Jumlah keluarga dan anggota, per status verifikasi, kelayakan, persetujuan dan desil.

    Dengan --user NAMA hanya keluarga di wilayah kerja akun itu yang dihitung (admin dan akun
    tanpa wilayah: seluruh basis data), seperti yang dilihat akun itu di jendela. Tanpa --user
    seluruh basis data dihitung tanpa menanyakan kata sandi, seperti check-data tanpa --user
    (yang menyamarkan NIK): hanya jumlah, tanpa nama atau NIK."""
    db = buka(db_path, tulis=False)
    try:
        pandangan = pandangan_perintah(db, pengguna)
        s = sstat.statistik(db, pandangan.wilayah)
    finally:
        db.close()
    # Where it counted, said on a database with accounts (without: as it always was); with
    # --json on standard error, so that standard output stays the one JSON object.
    if pandangan.akun is not None and pandangan.ada_akun:
        click.echo(_tempat_pandangan(pandangan, "Dihitung"), err=sebagai_json)
    elif pandangan.ada_akun:
        click.echo("Catatan: dihitung di seluruh basis data (tanpa --user). Pakai --user NAMA "
                   "untuk menghitung di wilayah kerja akun itu saja.", err=True)
    hasil = {
        "keluarga": s["keluarga"],
        "anggota": s["anggota"],
        "status_verifikasi": _label_kunci(s["status_verifikasi"], ds.StatusVerifikasi,
                                          "Belum diverifikasi"),
        "kelayakan": _label_kunci(s["kelayakan"], ds.Kelayakan, "Belum ditentukan"),
        "persetujuan": _label_kunci(s["persetujuan"], ds.Persetujuan, "Draf"),
        "desil": _label_kunci(s["desil"], None, "Kosong"),
    }
    if sebagai_json:  # exactly the keys issue 4 promises (the scope is said on stderr)
        click.echo(json.dumps(hasil, ensure_ascii=False))
        return
    click.echo(f"Keluarga: {hasil['keluarga']}  Anggota: {hasil['anggota']}  "
               f"Temuan: {s['temuan']} (pada {s['keluarga_dengan_temuan']} keluarga)")
    for bagian in ("status_verifikasi", "kelayakan", "persetujuan", "desil"):
        isi = ", ".join(f"{k}: {v}" for k, v in hasil[bagian].items())
        click.echo(f"{bagian}: {isi}")
