"""Writing P3KE-like files for tests the way other programs write them: openpyxl (with NIKs
as numbers, title blocks, upper case, several sheets), the csv module (BOM, semicolons, ANSI),
and LibreOffice converting a CSV. Not our demo generator."""

from __future__ import annotations

import csv
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

import openpyxl

# A small 2023-style individual sheet: 3 families, 7 people, all clean.
# NIK = 617201 + DDMMYY (women +40) + serial; the dates agree with the NIKs.
HEADER_INDIVIDU = [
    "ID Keluarga P3KE", "Kode Kemdagri", "Desil Kesejahteraan", "Alamat", "ID Individu",
    "Nama", "NIK", "Tanggal Lahir", "Jenis Kelamin", "Hubungan dengan Kepala Keluarga",
    "Status Kawin", "Pendidikan",
]
INDIVIDU = [
    ["P3KE001", "6172011001", 1, "Jl. Tani 1", "P3KE00101", "Ahmad", "6172011508800001",
     "1980-08-15", "Laki-laki", "Kepala Keluarga", "Kawin", "Tamat SD/Sederajat"],
    ["P3KE001", "6172011001", 1, "Jl. Tani 1", "P3KE00102", "Siti Aminah", "6172015003850002",
     "1985-03-10", "Perempuan", "Istri/Suami", "Kawin", "Tamat SLTP/Sederajat"],
    ["P3KE001", "6172011001", 1, "Jl. Tani 1", "P3KE00103", "Rizky", "6172010101100003",
     "2010-01-01", "Laki-laki", "Anak", "Belum Kawin", "Masih SD/Sederajat"],
    ["P3KE002", "6172011002", 2, "Gg. Mawar 2", "P3KE00201", "Maria", "6172014412700001",
     "1970-12-04", "Perempuan", "Kepala Keluarga", "Cerai Mati", "Tidak/Belum Sekolah"],
    ["P3KE002", "6172011002", 2, "Gg. Mawar 2", "P3KE00202", "Lukas", "6172010505950004",
     "1995-05-05", "Laki-laki", "Anak", "Belum Kawin", "Tamat SLTA/Sederajat"],
    ["P3KE003", "6172021001", 3, "Jl. Pahlawan 3", "P3KE00301", "Bong Kim Fui",
     "6172022002600001", "1960-02-20", "Laki-laki", "Kepala Keluarga", "Kawin",
     "Tamat SD/Sederajat"],
    ["P3KE003", "6172021001", 3, "Jl. Pahlawan 3", "P3KE00302", "Lim Siu Lan",
     "6172026106620001", "1962-06-21", "Perempuan", "Istri/Suami", "Kawin",
     "Tamat SD/Sederajat"],
]


def baris_individu(ubah: dict[int, dict[str, object]] | None = None) -> list[list]:
    """A copy of :data:`INDIVIDU`; ``ubah={row index: {header: value}}`` seeds defects."""
    hasil = [list(b) for b in INDIVIDU]
    for i, perubahan in (ubah or {}).items():
        for h, v in perubahan.items():
            hasil[i][HEADER_INDIVIDU.index(h)] = v
    return hasil


def tulis_xlsx(path: Path, lembar: Sequence[tuple[str, Sequence, Sequence[Sequence]]], *,
               judul: Sequence[Sequence] = (), nomor_kolom: bool = False,
               gabung_judul: bool = False) -> Path:
    """Write a workbook with openpyxl: each sheet is ``(name, header, rows)``.

    ``judul`` rows go above the header (a title block); ``nomor_kolom`` adds the ``1 2 3 ...``
    row under the header; ``gabung_judul`` merges each title row across the header's width.
    Values are written as given (an ``int`` NIK becomes a number cell).
    """
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for nama, header, rows in lembar:
        ws = wb.create_sheet(nama)
        for j in judul:
            ws.append(list(j))
            if gabung_judul:
                r = ws.max_row
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
        ws.append(list(header))
        if nomor_kolom:
            ws.append(list(range(1, len(header) + 1)))
        for row in rows:
            ws.append(list(row))
    wb.save(path)
    return path


def tulis_csv(path: Path, header: Sequence, rows: Sequence[Sequence], *, pemisah: str = ",",
              encoding: str = "utf-8", judul: Sequence[Sequence] = ()) -> Path:
    """Write a CSV with the csv module (``encoding='utf-8-sig'`` for a BOM, ``cp1252`` for
    Excel's ANSI CSV)."""
    with path.open("w", newline="", encoding=encoding) as f:
        w = csv.writer(f, delimiter=pemisah)
        for j in judul:
            w.writerow(j)
        w.writerow(header)
        w.writerows(rows)
    return path


def soffice() -> str | None:
    """The LibreOffice binary, when installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_ke_xlsx(csv_path: Path, outdir: Path) -> Path:
    """Convert a CSV to xlsx with LibreOffice headless (as an operator's LibreOffice would)."""
    biner = soffice()
    assert biner, "LibreOffice (soffice) tidak terpasang; lihat scripts/system-deps.sh"
    profil = outdir / "lo-profil"
    subprocess.run(
        [biner, f"-env:UserInstallation={profil.as_uri()}", "--headless", "--convert-to",
         "xlsx", "--outdir", str(outdir), str(csv_path)],
        check=True, capture_output=True, timeout=180)
    hasil = outdir / (csv_path.stem + ".xlsx")
    assert hasil.exists(), f"LibreOffice tidak menghasilkan {hasil}"
    return hasil


def libreoffice_simpan_ulang(buku: Path, tmp_path: Path) -> Path:
    """``buku`` opened and saved again as xlsx by LibreOffice headless (which calculates its
    formulas, as an operator opening and saving it would), in ``tmp_path / "lo"``."""
    biner = soffice()
    assert biner, "LibreOffice (soffice) tidak terpasang; lihat scripts/system-deps.sh"
    keluar = tmp_path / "lo"
    subprocess.run([biner, f"-env:UserInstallation={(tmp_path / 'profil').as_uri()}",
                    "--headless", "--norestore", "--convert-to", "xlsx:Calc Office Open XML",
                    "--outdir", str(keluar), str(buku)],
                   check=True, capture_output=True, timeout=180)
    hasil = keluar / (buku.stem + ".xlsx")
    assert hasil.exists(), f"LibreOffice tidak menghasilkan {hasil}"
    return hasil


def libreoffice_makro(folder: Path, makro: str, panggilan: str) -> None:
    """Run the Basic macro ``panggilan`` (``Nama("arg", ...)``) of module ``makro`` in a fresh
    LibreOffice profile under ``folder / "lo-profil"`` (the command line has no password
    option, so encrypted workbooks are opened and saved by a macro)."""
    biner = soffice()
    assert biner, "LibreOffice (soffice) tidak terpasang; lihat scripts/system-deps.sh"
    profil = f"-env:UserInstallation={(folder / 'lo-profil').as_uri()}"
    subprocess.run([biner, profil, "--headless", "--norestore", "--terminate_after_init"],
                   check=True, capture_output=True, timeout=180)
    modul = folder / "lo-profil" / "user" / "basic" / "Standard" / "Module1.xba"
    assert modul.parent.is_dir()
    modul.write_text(makro, encoding="utf-8")
    subprocess.run([biner, profil, "--headless", "--norestore",
                    f"macro:///Standard.Module1.{panggilan}"],
                   check=True, capture_output=True, timeout=180)
