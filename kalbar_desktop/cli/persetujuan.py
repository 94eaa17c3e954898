"""The verifikator's commands: ``approve`` (approve submitted families by ID, in a region, or
all) and ``send-back`` (return one submitted family to the operator with a reason).

The rules are the window's, through the same storage functions
(:func:`kalbar_desktop.storage.verifikasi.setujui_semua` and
:func:`~kalbar_desktop.storage.verifikasi.ubah_persetujuan`): the account's role and region,
nobody approves their own work on a database with accounts, one transaction, one audit row per
family. On a database with accounts the account's password is read like every command that
acts for an account (:func:`kalbar_desktop.cli.akun.pengguna_perintah`).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kalbar_desktop.cli import akhiri_kemajuan, buka, gagal, kemajuan_konsol, main, opsi_db
from kalbar_desktop.cli.akun import BANTUAN_USER, pengguna_perintah, tolak_luar_wilayah
from kalbar_desktop.domain import keterangan_jejak
from kalbar_desktop.domain.akses import Aksi, boleh
from kalbar_desktop.domain.status import AksiPersetujuan
from kalbar_desktop.domain.wilayah import Tingkat, bersihkan_kode, tingkat
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.storage import wilayah as swilayah

KELUAR_DILEWATI = 3
"""Exit status of ``approve`` when a family named with ``--id`` was not approved (the others
were); 1 is a refusal where nothing was written."""


BARIS_DAFTAR = 50
"""Families listed by name on the console; a whole kabupaten's 100,000 are only counted (every
one is in ``--json``)."""


def _json_dilewati(dilewati: list[sv.KeluargaDilewati]) -> list[dict]:
    return [{"id_keluarga": d.id_keluarga, "nama_kepala": d.nama_kepala, "sebab": d.sebab.value,
             "pesan": sv.LABEL_SEBAB[d.sebab]} for d in dilewati]


def _cetak_dilewati(dilewati: list[sv.KeluargaDilewati], kata: str) -> None:
    if not dilewati:
        return
    click.echo(f"{len(dilewati)} keluarga tidak {kata}:")
    for d in dilewati[:BARIS_DAFTAR]:
        click.echo(f"  {d.id_keluarga} ({d.nama_kepala or '-'}): {sv.LABEL_SEBAB[d.sebab]}")
    _cetak_sisa(len(dilewati))


def _cetak_sisa(jumlah: int) -> None:
    if jumlah > BARIS_DAFTAR:
        click.echo(f"  ... dan {jumlah - BARIS_DAFTAR} keluarga lainnya (daftar lengkap: --json)")


@main.command("approve")
@click.option("--id", "id_keluarga", multiple=True, metavar="ID_KELUARGA",
              help="Setujui keluarga ini (boleh diulang atau dipisah koma).")
@click.option("--wilayah", default=None, metavar="KODE",
              help="Setujui semua keluarga berstatus Diajukan di kecamatan (6 digit) atau "
                   "desa/kelurahan (10 digit) ini.")
@click.option("--semua", is_flag=True,
              help="Setujui semua keluarga berstatus Diajukan di wilayah kerja akun.")
@click.option("--dry-run", "coba", is_flag=True,
              help="Hanya tampilkan yang akan disetujui dan yang dilewati beserta sebabnya; "
                   "tidak ada yang ditulis.")
@click.option("--json", "sebagai_json", is_flag=True, help="Cetak hasil sebagai satu objek JSON.")
@click.option("--user", "nama_pengguna", default=None, help=BANTUAN_USER)
@opsi_db
def approve(db_path: Path, id_keluarga: tuple[str, ...], wilayah: str | None, semua: bool,
            coba: bool, sebagai_json: bool, nama_pengguna: str | None) -> None:
    """Setujui keluarga berstatus Diajukan (verifikator), dengan aturan yang sama seperti di
    jendela: pekerjaan sendiri tidak disetujui sendiri (basis data dengan akun), hanya di
    wilayah kerja akun, satu transaksi, satu baris jejak audit per keluarga.

    Pilih tepat satu: --id, --wilayah atau --semua. Yang dilewati disebutkan dengan sebabnya.
    Status keluar 0 bila berhasil (keluarga yang dilewati dari --wilayah/--semua disebutkan
    saja), 1 bila ditolak (tidak ada yang ditulis), 3 bila keluarga yang disebut dengan --id
    tidak disetujui (yang lain tetap disetujui)."""
    ids = [i.strip() for v in id_keluarga for i in v.split(",") if i.strip()]
    if sum((bool(ids), wilayah is not None, semua)) != 1:
        gagal("Pilih tepat satu: --id ID_KELUARGA, --wilayah KODE atau --semua.")
    kode = None
    if wilayah is not None:
        kode = bersihkan_kode(wilayah)
        if tingkat(kode) not in (Tingkat.KECAMATAN, Tingkat.DESA_KELURAHAN):
            gagal(f"Kode wilayah {wilayah!r} tidak sah: gunakan kode kecamatan (6 digit) atau "
                  "desa/kelurahan (10 digit), misalnya 617201 atau 6172011001.")
    db = buka(db_path, baru=False)
    try:
        pengguna = pengguna_perintah(db, nama_pengguna)
        if boleh(pengguna, Aksi.SETUJUI):  # a role that may not approve is told so below
            tolak_luar_wilayah(pengguna, kode, "tidak ada yang disetujui")
        if kode is not None and swilayah.tanpa_keluarga(db, [kode]):
            gagal(f"Tidak ada satu keluarga pun di wilayah {kode} di basis data ini; periksa "
                  "kodenya. Tidak ada yang disetujui.")
        try:
            if ids:
                rencana = sv.rencana_setujui_terpilih(db, pengguna, ids)
            elif kode is None and pengguna.wilayah:
                # --semua of an account limited to some regions: its regions, not every
                # other region's families listed as left out
                rencana = sv.RencanaSetujui(None, [], [])
                dilihat: set[str] = set()  # regions may overlap (a kecamatan and its desa)
                for w in pengguna.wilayah:
                    bagian = sv.rencana_setujui_semua(db, pengguna, w)
                    rencana.disetujui += [i for i in bagian.disetujui if i not in dilihat]
                    rencana.dilewati += [d for d in bagian.dilewati
                                         if d.id_keluarga not in dilihat]
                    rencana.kode_desa.update(bagian.kode_desa)
                    dilihat.update(bagian.disetujui)
                    dilihat.update(d.id_keluarga for d in bagian.dilewati)
            else:
                rencana = sv.rencana_setujui_semua(db, pengguna, kode)
        except sv.TidakBerwenang as e:
            gagal(f"{e} Menyetujui hanya boleh oleh verifikator.")
        tempat = (f"wilayah {kode}" if kode else "keluarga yang disebut" if ids
                  else "seluruh wilayah kerja")
        if coba:
            hasil = sv.HasilSetujui(rencana.disetujui, rencana.dilewati)
        else:
            try:
                hasil = sv.setujui_semua(db, pengguna, rencana,
                                         alasan=keterangan_jejak.alasan_setujui_konsol(tempat),
                                         lapor=kemajuan_konsol())
            except sv.TidakBerwenang as e:
                gagal(str(e))
            akhiri_kemajuan()
    finally:
        db.close()
    if sebagai_json:
        click.echo(json.dumps({"dry_run": coba, "disetujui": hasil.disetujui,
                               "dilewati": _json_dilewati(hasil.dilewati)},
                              ensure_ascii=False, indent=1))
    elif not hasil.disetujui and not hasil.dilewati:
        click.echo(f"Tidak ada keluarga berstatus Diajukan ({tempat}); tidak ada yang "
                   "disetujui.")
    else:
        if coba:
            click.echo(f"Pratinjau saja (--dry-run), tidak ada yang ditulis. Akan disetujui "
                       f"{len(hasil.disetujui)} keluarga ({tempat})"
                       + (":" if hasil.disetujui else "."))
        else:
            click.echo(f"{len(hasil.disetujui)} keluarga disetujui ({tempat})"
                       + (":" if hasil.disetujui else "."))
        for idk in hasil.disetujui[:BARIS_DAFTAR]:
            click.echo(f"  {idk}")
        _cetak_sisa(len(hasil.disetujui))
        _cetak_dilewati(hasil.dilewati, "akan disetujui" if coba else "disetujui")
    if ids and hasil.dilewati and not coba:
        sys.exit(KELUAR_DILEWATI)


@main.command("send-back")
@click.argument("id_keluarga", metavar="ID_KELUARGA")
@click.option("--alasan", required=True, metavar="TEKS",
              help="Apa yang harus diperbaiki operator (wajib; dicatat di jejak audit dan "
                   "tampil di formulir keluarga).")
@click.option("--json", "sebagai_json", is_flag=True, help="Cetak hasil sebagai satu objek JSON.")
@click.option("--user", "nama_pengguna", default=None, help=BANTUAN_USER)
@opsi_db
def send_back(db_path: Path, id_keluarga: str, alasan: str, sebagai_json: bool,
              nama_pengguna: str | None) -> None:
    """Kembalikan satu keluarga berstatus Diajukan ke operator dengan alasan (verifikator),
    seperti tombol Kembalikan di formulir keluarga: hanya di wilayah kerja akun, satu baris
    jejak audit. Status keluar 1 bila ditolak (tidak ada yang ditulis)."""
    idk = id_keluarga.strip()
    if not alasan.strip():
        gagal("Alasan pengembalian wajib diisi: --alasan \"apa yang harus diperbaiki\".")
    db = buka(db_path, baru=False)
    try:
        pengguna = pengguna_perintah(db, nama_pengguna)
        try:
            versi = sv.muat(db, idk).versi
            sv.ubah_persetujuan(db, idk, pengguna, AksiPersetujuan.KEMBALIKAN, versi, alasan)
        except sv.KeluargaTidakAda:
            gagal(f"ID Keluarga {idk} tidak ada di basis data ini.")
        except sv.TidakBerwenang as e:
            gagal(f"{e} Mengembalikan hanya boleh oleh verifikator.")
        except (sv.PerubahanDitolak, sv.KonflikVersi) as e:
            gagal(f"Keluarga {idk}: {e}.")
    finally:
        db.close()
    if sebagai_json:
        click.echo(json.dumps({"id_keluarga": idk, "persetujuan": "DIKEMBALIKAN",
                               "alasan": alasan.strip()}, ensure_ascii=False))
    else:
        click.echo(f"Keluarga {idk} dikembalikan ke operator: {alasan.strip()}")
