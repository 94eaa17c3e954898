"""A corrected by-name workbook written by hand with openpyxl (not the project's exporter), on
the desa of :mod:`tests.lapangan`, with one problem of each kind an editor makes: an ID
Keluarga typed over, a note holding a masked NIK that stands for nothing stored, an RT/RW
typed in a column added by hand, a row deleted, a value that is not one of the choices (a NIK
typed in Kelayakan) and a member's status that is not one either."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from tests.lapangan import ANAK, ID_KELUARGA, db_desa

K1, K2, K3, K4, K5, K6 = ID_KELUARGA
ID_SALAH = "0061729999"
"""Family 2's ID Keluarga as the editor typed it over."""
CATATAN_SAMAR = "NIK lama 617201******9999 sudah dicek"
NIK_DI_KELAYAKAN = "6172015012900003"
"""A NIK typed in family 3's Kelayakan: not a choice, and shown masked in the list."""
RT_RW = "007/003"
STATUS_SALAH = "Pindah ke kota"


def workbook_koreksi(folder: Path) -> tuple[Path, Path]:
    """The office's database (6 families) and the corrected workbook: rows of families 1-5
    (family 6's row deleted: Keterangan says 6 rows were exported)."""
    kantor = db_desa(folder)
    buku = folder / "koreksi kecamatan.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data Keluarga"
    ws.append(["ID Keluarga P3KE", "Nama Kepala Keluarga", "RT/RW", "Status verifikasi",
               "Kelayakan", "Catatan"])
    ws.append([K1, "Kepala 1", None, None, None, CATATAN_SAMAR])
    ws.append([ID_SALAH, "Kepala 2", None, None, None, "sudah dikunjungi"])
    ws.append([K3, "Kepala 3", None, None, NIK_DI_KELAYAKAN, None])
    ws.append([K4, "Kepala 4", RT_RW, None, None, None])
    ws.append([K5, "Kepala 5", None, None, None, None])
    for r in range(2, ws.max_row + 1):
        ws.cell(r, 1).number_format = "@"
    wa = wb.create_sheet("Data Anggota")
    wa.append(["ID Individu", "ID Keluarga P3KE", "Nama", "Status anggota", "NIK perbaikan",
               "Catatan anggota"])
    wa.append([ANAK, K1, "Dodi Anak", STATUS_SALAH, None, None])
    ket = wb.create_sheet("Keterangan")
    ket.append(["Waktu ekspor", dt.datetime(2026, 11, 1, 9, 30)])
    ket.append(["Jumlah baris Data Keluarga", 6])
    wb.save(buku)
    return kantor, buku
