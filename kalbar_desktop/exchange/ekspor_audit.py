"""Export of the audit log (filtered as in the log window) to an xlsx workbook.

Every value is written as a text cell (never as a formula: an audit value may hold anything a
source file held), NIKs are masked for users who may not see them in full, the workbook is
written under a temporary name and renamed when complete, and the export itself is recorded in
the audit trail.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import xlsxwriter

from kalbar_desktop.domain import jejak, keterangan_jejak
from kalbar_desktop.domain.akses import Aksi, Pengguna, boleh
from kalbar_desktop.domain.nik import samarkan_nilai
from kalbar_desktop.domain.pesan import Pesan
from kalbar_desktop.exchange import sisa_sementara
from kalbar_desktop.exchange import tujuan as xtujuan
from kalbar_desktop.storage import audit
from kalbar_desktop.storage.db import BasisData
from kalbar_desktop.storage.waktu import sekarang

BARIS_PER_LEMBAR = 1_000_000
JUDUL = ("No", "Waktu", "Pengguna", "Tindakan", "Kode tindakan", "Tabel", "ID rekaman",
         "ID Keluarga", "Kolom", "Nilai lama", "Nilai baru", "Alasan", "Keterangan", "Komputer")
LEBAR = (8, 30, 18, 22, 18, 18, 22, 24, 20, 30, 30, 30, 50, 16)
_K_TABEL = JUDUL.index("Tabel")
_K_KOLOM = JUDUL.index("Kolom")
_K_ID_REKAMAN = JUDUL.index("ID rekaman")
JUDUL_EKSPOR = (*JUDUL[:_K_TABEL + 1], "Kode tabel", *JUDUL[_K_TABEL + 1:_K_KOLOM + 1],
                "Kode kolom", *JUDUL[_K_KOLOM + 1:])
"""The exported workbook's columns: the window's, the stored names of the table and the column
beside their labels."""
LEBAR_EKSPOR = (*LEBAR[:_K_TABEL], 22, 18, *LEBAR[_K_TABEL + 1:_K_KOLOM], 24, 20,
                *LEBAR[_K_KOLOM + 1:])
_BERISI_NIK = ("id_rekaman", "nilai_lama", "nilai_baru", "alasan", "keterangan")


class EksporDibatalkan(Exception):
    """The person cancelled; no file was written under the chosen name."""


class KesalahanEkspor(Exception):
    """The workbook could not be written (the message is Indonesian)."""


def baris_tampilan(baris: tuple, nik_penuh: bool) -> list[str | int | None]:
    """One audit row as the log window and the export show it (:data:`JUDUL` order)."""
    d = dict(zip(audit.KOLOM_LOG, baris, strict=True))
    if not nik_penuh:
        for k in _BERISI_NIK:
            if d[k]:
                # a NIK or No KK field's old and new value masked whole, whatever its shape; a
                # note's and a typed reason's from 13 digits on, the family's ID kept
                kolom = (d["kolom"] if k in ("nilai_lama", "nilai_baru")
                         else "catatan" if k == "alasan" else None)
                d[k] = samarkan_nilai(kolom, str(d[k]), (d["id_keluarga"],))
    return [d["id"], d["waktu"], d["pengguna"], jejak.label_aksi(d["aksi"]), d["aksi"],
            d["tabel"], d["id_rekaman"], d["id_keluarga"], d["kolom"], d["nilai_lama"],
            d["nilai_baru"], d["alasan"], d["keterangan"], d["mesin"]]


def baris_ekspor(baris: tuple, nik_penuh: bool) -> list[str | int | None]:
    """One audit row as the exported workbook holds it (:data:`JUDUL_EKSPOR` order): the
    table and the column in the users' words (as the window shows them), each with its stored
    name beside it; a setting's key in ID rekaman as its label (the key is in Kode kolom)."""
    hasil = baris_tampilan(baris, nik_penuh)
    tabel, kolom = hasil[_K_TABEL], hasil[_K_KOLOM]
    hasil[_K_ID_REKAMAN] = jejak.label_id_rekaman(tabel, hasil[_K_ID_REKAMAN])
    return [*hasil[:_K_TABEL], jejak.label_tabel(tabel) or None, tabel,
            *hasil[_K_TABEL + 1:_K_KOLOM], jejak.label_kolom(kolom) or None, kolom,
            *hasil[_K_KOLOM + 1:]]


def uraian_saring(s: audit.SaringAudit) -> str:
    """The filter in words (Indonesian; the window shows it in its language)."""
    return keterangan_jejak.saringan_audit(s.pengguna, s.aksi, s.id_keluarga, s.dari, s.sampai)


def ekspor(db: BasisData, saring: audit.SaringAudit, tujuan: str | Path, pengguna: Pengguna,
           kemajuan: Callable[[str, float], None] | None = None,
           batal: Callable[[], bool] | None = None) -> int:
    """Write the matching audit rows to ``tujuan`` (xlsx); returns the number of rows."""
    if not boleh(pengguna, Aksi.LIHAT_AUDIT):
        raise KesalahanEkspor(Pesan("{nama} tidak berwenang mengekspor jejak audit.",
                                    nama=pengguna.nama))
    if getattr(db, "baca_saja", False):
        raise KesalahanEkspor(Pesan(
            "Ekspor jejak audit harus dicatat di jejak audit, tetapi basis data sedang dibuka "
            "hanya untuk dibaca. Tutup program lain yang memakainya, lalu ulangi."))
    tujuan = Path(tujuan)
    alasan = xtujuan.alasan_tidak_bisa_ditulis(tujuan)
    if alasan:
        raise KesalahanEkspor(alasan)
    lapor = kemajuan or (lambda _p, _f: None)
    nik_penuh = boleh(pengguna, Aksi.LIHAT_NIK_PENUH)
    total = max(audit.hitung(db, saring), 1)
    sementara = tujuan.with_name(tujuan.name + ".sementara")
    n = 0
    # the rows xlsxwriter streams to disk hold audit values (NIKs among them): in a folder of
    # our own, removed however the export ends (they stayed in the system's temp folder)
    folder_baris = sisa_sementara.buat("kalbar-audit-")
    wb = None
    try:
        wb = xlsxwriter.Workbook(str(sementara), {
            "constant_memory": True, "tmpdir": folder_baris, "strings_to_formulas": False,
            "strings_to_numbers": False, "strings_to_urls": False})
        tebal = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
        teks = wb.add_format({"num_format": "@"})
        info = wb.add_worksheet("Keterangan")
        for i, (k, v) in enumerate((
                ("Jejak audit Kalbar Desktop", ""), ("Basis data", str(getattr(db, "path", ""))),
                ("Saringan", uraian_saring(saring)), ("Diekspor oleh", pengguna.nama),
                ("Waktu ekspor", sekarang()),
                ("NIK", "lengkap" if nik_penuh else "disamarkan (6 digit awal, 4 digit akhir)"))):
            info.write_string(i, 0, k, tebal if i == 0 else None)
            info.write_string(i, 1, v)
        info.set_column(0, 0, 22)
        info.set_column(1, 1, 70)
        lembar = None
        baris_lembar = 0
        for baris in audit.semua(db, saring):
            if lembar is None or baris_lembar >= BARIS_PER_LEMBAR:
                nomor = n // BARIS_PER_LEMBAR + 1
                lembar = wb.add_worksheet("Jejak audit" + (f" {nomor}" if nomor > 1 else ""))
                for k, (judul, lebar) in enumerate(zip(JUDUL_EKSPOR, LEBAR_EKSPOR, strict=True)):
                    lembar.write_string(0, k, judul, tebal)
                    lembar.set_column(k, k, lebar, teks if k else None)
                lembar.freeze_panes(1, 0)
                baris_lembar = 0
            baris_lembar += 1
            for k, nilai in enumerate(baris_ekspor(baris, nik_penuh)):
                if nilai is None:
                    continue
                if k == 0:
                    lembar.write_number(baris_lembar, k, int(nilai))
                else:
                    lembar.write_string(baris_lembar, k, str(nilai))
            n += 1
            if n % 2000 == 0:
                if batal and batal():
                    raise EksporDibatalkan()
                lapor(Pesan("Menulis jejak audit"), min(n / total, 1.0) * 0.95)
        wb.close()
        with open(sementara, "r+b") as f:  # Windows flushes only a handle open for writing
            os.fsync(f.fileno())
        os.replace(sementara, tujuan)
    except EksporDibatalkan:
        xtujuan.buang_workbook(wb)
        sementara.unlink(missing_ok=True)
        raise
    except (OSError, xlsxwriter.exceptions.XlsxWriterException) as e:
        if wb is not None:
            xtujuan.buang_workbook(wb)
        with contextlib.suppress(OSError):
            sementara.unlink(missing_ok=True)
        teks = xtujuan.pesan_gagal_tulis(e, tujuan) or f"Berkas {tujuan} tidak bisa ditulis: {e}"
        raise KesalahanEkspor(teks) from e
    finally:
        shutil.rmtree(folder_baris, ignore_errors=True)
    audit.tulis(db, [audit.Catatan(
        aksi=jejak.EKSPOR_AUDIT, pengguna=pengguna.nama,
        keterangan=keterangan_jejak.ekspor_audit(n, uraian_saring(saring), tujuan.name))])
    lapor(Pesan("Selesai"), 1.0)
    return n
