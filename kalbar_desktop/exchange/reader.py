"""Reading spreadsheet files as delivered: ``.xlsx`` (and the other formats python-calamine
reads) and ``.csv`` (UTF-8 with or without BOM, UTF-16 with BOM, comma, semicolon or tab).

Cells come back as Python values exactly as the file holds them (numbers as ``float``, date
cells as ``date``/``datetime``, text as ``str``) so that callers can tell a NIK stored as a
number from a NIK stored as text. Every problem raises :class:`KesalahanBerkas` with an
Indonesian message that names the file.
"""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import python_calamine

EKSTENSI_SPREADSHEET = {".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"}
EKSTENSI_CSV = {".csv", ".txt"}
BATAS_UKURAN_TERURAI = 2_000_000_000
"""A workbook whose parts unpack to more than this many bytes is refused (zip bomb)."""

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class KesalahanBerkas(Exception):
    """A file that cannot be read. The message is Indonesian and names the file."""


@dataclass
class Lembar:
    """One sheet (or a whole CSV file)."""

    berkas: Path
    nama: str
    """Sheet name; for a CSV file the file name."""

    def baris(self) -> Iterator[tuple[int, list]]:
        """Yield ``(row number counted from 1, cells)`` for every row."""
        raise NotImplementedError

    def jumlah_baris(self) -> int:
        """Number of rows (for progress), including rows above the header."""
        raise NotImplementedError

    def lepaskan(self) -> None:
        """Free what reading the sheet holds in memory."""

    def huruf_kolom(self, indeks: int) -> str:
        """Spreadsheet column letter for the 0-based index of a cell in :meth:`baris`."""
        return huruf_kolom(indeks)


def huruf_kolom(indeks: int) -> str:
    """``0`` gives ``A``, ``27`` gives ``AB``."""
    huruf = ""
    n = indeks + 1
    while n:
        n, sisa = divmod(n - 1, 26)
        huruf = chr(65 + sisa) + huruf
    return huruf


@dataclass
class _LembarCalamine(Lembar):
    workbook: python_calamine.CalamineWorkbook | None = None
    _offset: int = 0
    _sheet: python_calamine.CalamineSheet | None = None

    def _muat(self) -> python_calamine.CalamineSheet:
        # Parsing a sheet is the slow part: do it once and keep it for every pass.
        if self._sheet is None:
            self._sheet = self.workbook.get_sheet_by_name(self.nama)  # type: ignore[union-attr]
            # calamine yields rows from row 1 but columns only from the first used column.
            self._offset = self._sheet.start[1] if self._sheet.start else 0
        return self._sheet

    def jumlah_baris(self) -> int:
        sheet = self._muat()
        return (sheet.end[0] + 1) if sheet.end else 0

    def lepaskan(self) -> None:
        self._sheet = None

    def baris(self) -> Iterator[tuple[int, list]]:
        try:
            sheet = self._muat()
            yield from enumerate(sheet.iter_rows(), start=1)
        except KesalahanBerkas:
            raise
        except Exception as e:  # calamine raises several types for broken parts
            raise KesalahanBerkas(
                f"Lembar '{self.nama}' di berkas {self.berkas.name} tidak bisa dibaca: {e}"
            ) from e

    def huruf_kolom(self, indeks: int) -> str:
        return huruf_kolom(indeks + self._offset)


@dataclass
class _LembarCsv(Lembar):
    teks: str = ""
    pemisah: str = ","

    def jumlah_baris(self) -> int:
        return self.teks.count("\n") + 1

    def baris(self) -> Iterator[tuple[int, list]]:
        pembaca = csv.reader(io.StringIO(self.teks, newline=""), delimiter=self.pemisah)
        try:
            yield from enumerate(pembaca, start=1)
        except csv.Error as e:
            raise KesalahanBerkas(
                f"Berkas CSV {self.berkas.name} rusak di baris {pembaca.line_num}: {e}") from e


def sha256_berkas(path: Path) -> str:
    """SHA-256 of a file's bytes (hex)."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for potong in iter(lambda: f.read(1 << 20), b""):
            h.update(potong)
    return h.hexdigest()


def _periksa_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as z:
            total = sum(info.file_size for info in z.infolist())
    except zipfile.BadZipFile as e:
        raise KesalahanBerkas(
            f"Berkas {path.name} bukan workbook Excel (.xlsx) yang utuh: berkas rusak atau "
            "terpotong. Simpan ulang dari Excel lalu impor lagi.") from e
    if total > BATAS_UKURAN_TERURAI:
        raise KesalahanBerkas(
            f"Berkas {path.name} terlalu besar setelah diurai ({total / 1e9:.1f} GB); "
            "berkas ini ditolak demi keamanan.")


def _buka_spreadsheet(path: Path) -> list[Lembar]:
    with path.open("rb") as f:
        awal = f.read(8)
    if not awal:
        raise KesalahanBerkas(f"Berkas {path.name} kosong (0 byte).")
    if awal == _OLE and path.suffix.lower() != ".xls":
        raise KesalahanBerkas(
            f"Berkas {path.name} dilindungi kata sandi (terenkripsi) atau berformat lama. "
            "Buka di Excel, simpan sebagai .xlsx tanpa kata sandi, lalu impor lagi.")
    if path.suffix.lower() in {".xlsx", ".xlsm", ".ods"}:
        _periksa_zip(path)
    try:
        wb = python_calamine.CalamineWorkbook.from_path(str(path))
        nama_lembar = list(wb.sheet_names)
    except Exception as e:
        raise KesalahanBerkas(
            f"Berkas {path.name} tidak bisa dibaca sebagai spreadsheet: {e}") from e
    return [_LembarCalamine(path, nama, wb) for nama in nama_lembar]


def _dekode(path: Path, data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if data[:2000].count(b"\x00") > 10:
        raise KesalahanBerkas(
            f"Berkas {path.name} bukan teks CSV (berisi data biner). Simpan dari Excel sebagai "
            "'CSV UTF-8' lalu impor lagi.")
    # Excel on Windows writes "CSV (Comma delimited)" in the ANSI code page.
    return data.decode("cp1252", errors="replace")


def _pemisah(teks: str) -> str:
    baris_awal = teks.split("\n", 20)[:20]
    calon = {p: sum(b.count(p) for b in baris_awal) for p in (";", ",", "\t", "|")}
    terbaik = max(calon, key=lambda p: calon[p])
    return terbaik if calon[terbaik] else ","


def _buka_csv(path: Path) -> list[Lembar]:
    data = path.read_bytes()
    if not data.strip():
        raise KesalahanBerkas(f"Berkas {path.name} kosong.")
    teks = _dekode(path, data)
    if "\x00" in teks:
        raise KesalahanBerkas(f"Berkas {path.name} berisi karakter NUL; bukan CSV yang sah.")
    return [_LembarCsv(path, path.name, teks, _pemisah(teks))]


def buka_lembar(path: str | Path) -> list[Lembar]:
    """All sheets of a spreadsheet file, or the one 'sheet' of a CSV file."""
    path = Path(path)
    if not path.exists():
        raise KesalahanBerkas(f"Berkas tidak ditemukan: {path}")
    if path.is_dir():
        raise KesalahanBerkas(f"{path} adalah folder, bukan berkas.")
    akhiran = path.suffix.lower()
    if akhiran in EKSTENSI_CSV:
        return _buka_csv(path)
    if akhiran in EKSTENSI_SPREADSHEET:
        return _buka_spreadsheet(path)
    raise KesalahanBerkas(
        f"Jenis berkas {path.name} tidak dikenal. Gunakan .xlsx atau .csv.")
