"""Corrected workbooks a re-import refuses whole, and one with conflicts, written by hand
(openpyxl, msoffcrypto, LibreOffice headless; not the project's exporter) on the desa of
:mod:`tests.lapangan`.

:data:`DITOLAK`: name -> (builder, password to read it with, where the refusal is: sheet, row,
column, a piece of the reason)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import msoffcrypto.format.ooxml as ooxml
import openpyxl

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.berkas_uji import libreoffice_simpan_ulang
from tests.lapangan import ID_KELUARGA, ISTRI

K1 = ID_KELUARGA[0]
KOLOM_VERIFIKASI = "Status verifikasi, Kelayakan, Alasan tidak layak..."
SANDI = "Koreksi-Kec-2026"
NIK_KANTOR, NIK_LAPANGAN = "6172015003850099", "6172015003850077"
"""The wife's NIK perbaikan as typed at the office after the export, and in the workbook."""
CATATAN_KANTOR, CATATAN_LAPANGAN = "kantor: atap bocor", "lapangan: atap sudah diganti"


def _data_keluarga(ws, kepala: list[str] | None = None) -> None:
    ws.append(kepala or ["ID Keluarga P3KE", "Nama Kepala Keluarga", "Catatan"])
    for i, idk in enumerate(ID_KELUARGA, start=1):
        ws.append([idk, f"Kepala {i}", None])
        ws.cell(ws.max_row, 1).number_format = "@"


def lembar_diganti_nama(folder: Path) -> Path:
    """The family sheet renamed by the editor ('Data Keluarga (2)')."""
    wb = openpyxl.Workbook()
    wb.active.title = "Data Keluarga (2)"
    _data_keluarga(wb.active)
    wb.save(path := folder / "lembar diganti.xlsx")
    return path


def kolom_id_diganti(folder: Path) -> Path:
    """'ID Keluarga P3KE' retyped as 'ID Keluarga' in the header row."""
    wb = openpyxl.Workbook()
    wb.active.title = "Data Keluarga"
    _data_keluarga(wb.active, ["ID Keluarga", "Nama Kepala Keluarga", "Catatan"])
    wb.save(path := folder / "kolom id.xlsx")
    return path


def tanpa_kolom_verifikasi_libreoffice(folder: Path) -> Path:
    """A sheet with IDs and names but no verification column (the editor cut them off), saved
    again by LibreOffice headless (``soffice --convert-to xlsx``); the header row is row 3,
    under a title."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data Keluarga"
    ws.append(["Daftar keluarga desa"])
    ws.append([])
    _data_keluarga(ws, ["ID Keluarga P3KE", "Nama Kepala Keluarga", "Keterangan lapangan"])
    sumber = folder / "lo-sumber"
    sumber.mkdir()
    wb.save(sumber / "tanpa verifikasi.xlsx")
    return libreoffice_simpan_ulang(sumber / "tanpa verifikasi.xlsx", folder)


def bukan_workbook(folder: Path) -> Path:
    """A text file named .xlsx (a letter saved under the wrong name)."""
    path = folder / "surat.xlsx"
    path.write_text("Kepada Yth. Kepala Dinas Sosial\n", encoding="utf-8")
    return path


def bersandi(folder: Path) -> Path:
    """A correct-looking workbook encrypted with :data:`SANDI` (Excel's Encrypt with
    Password), by msoffcrypto."""
    wb = openpyxl.Workbook()
    wb.active.title = "Data Keluarga"
    _data_keluarga(wb.active)
    polos = folder / "polos.xlsx"
    wb.save(polos)
    path = folder / "bersandi.xlsx"
    with polos.open("rb") as f, path.open("wb") as keluar:
        ooxml.OOXMLFile(f).encrypt(SANDI, keluar)
    polos.unlink()
    return path


DITOLAK: dict[str, tuple[Callable[[Path], Path], str | None,
                         tuple[str | None, int | None, str | None, str]]] = {
    "lembar": (lembar_diganti_nama, None, (
        "Data Keluarga", None, None, "lembarnya: 'Data Keluarga (2)'")),
    "kolom_id": (kolom_id_diganti, None, (
        "Data Keluarga", None, "ID Keluarga P3KE", "baris judul dengan kolom 'ID Keluarga P3KE'")),
    "libreoffice": (tanpa_kolom_verifikasi_libreoffice, None, (
        "Data Keluarga", 3, KOLOM_VERIFIKASI, "tidak punya satu pun kolom verifikasi")),
    "bukan_xlsx": (bukan_workbook, None, (None, None, None, "surat.xlsx")),
    "tanpa_sandi": (bersandi, None, (None, None, None, "dilindungi kata sandi")),
    "sandi_salah": (bersandi, "Koreksi-Kec-2025", (None, None, None, "Kata sandi salah")),
}


def konflik(folder: Path, kantor: Path) -> Path:
    """After the workbook's export (1 November) the office changed family 1's note and the
    wife's NIK perbaikan; the workbook changes both to other values: two conflicts."""
    with sdb.terbuka(kantor) as db:
        data = sv.muat(db, K1)
        sv.simpan(db, K1, Pengguna("Ani", Peran.OPERATOR), Verifikasi(catatan=CATATAN_KANTOR),
                  data.versi, anggota=[sv.PerubahanAnggota(ISTRI, nik_perbaikan=NIK_KANTOR)])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data Keluarga"
    _data_keluarga(ws)
    ws.cell(2, 3).value = CATATAN_LAPANGAN
    wa = wb.create_sheet("Data Anggota")
    wa.append(["ID Individu", "ID Keluarga P3KE", "Nama", "NIK perbaikan"])
    wa.append([ISTRI, K1, "Siti Istri", NIK_LAPANGAN])
    ket = wb.create_sheet("Keterangan")
    ket.append(["Waktu ekspor", dt.datetime(2026, 11, 1, 9, 30)])
    ket.append(["Jumlah baris Data Keluarga", len(ID_KELUARGA)])
    wb.save(path := folder / "konflik.xlsx")
    return path


def baris_dihapus(folder: Path, wilayah: str | None = "Kelurahan Contoh (6172011001)",
                  keluarga: int = 6, anggota: int = 8,
                  waktu: dt.datetime = dt.datetime(2026, 11, 1, 9, 30)) -> Path:
    """A workbook exported with ``keluarga`` families and ``anggota`` members (Keterangan,
    region ``wilayah``) coming back without family 6's rows (its row and its head's) and
    without the child's row of family 1."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data Keluarga"
    _data_keluarga(ws, ["ID Keluarga P3KE", "Nama Kepala Keluarga", "Catatan"])
    ws.delete_rows(ws.max_row)  # family 6
    wa = wb.create_sheet("Data Anggota")
    wa.append(["ID Individu", "ID Keluarga P3KE", "Nama", "Status anggota"])
    for i, idk in enumerate(ID_KELUARGA[:5], start=1):
        wa.append([f"{idk}01", idk, f"Kepala {i}", None])
    wa.append([ISTRI, K1, "Siti Istri", None])
    ket = wb.create_sheet("Keterangan")
    ket.append(["Workbook hasil verifikasi P3KE"])
    if wilayah is not None:
        ket.append(["Wilayah", wilayah])
    ket.append(["Saringan", "Semua keluarga (semua status persetujuan)"])
    ket.append(["Waktu ekspor", waktu])
    ket.append(["Jumlah baris Data Keluarga", f"{keluarga} (tanpa baris judul)"])
    ket.append(["Jumlah baris Data Anggota", f"{anggota} (tanpa baris judul)"])
    wb.save(path := folder / "baris dihapus.xlsx")
    return path
