"""Reading spreadsheet files as delivered: ``.xlsx`` (and the other formats python-calamine
reads) and ``.csv`` (UTF-8 with or without BOM, UTF-16 with BOM, comma, semicolon or tab).

Cells come back as Python values exactly as the file holds them (numbers as ``float``, date
cells as ``date``/``datetime``, text as ``str``) so that callers can tell a NIK stored as a
number from a NIK stored as text. Every problem raises :class:`KesalahanBerkas` with an
Indonesian message that names the file.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import statistics
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
        # Parsing a sheet is the slow part: do it once and keep it until lepaskan().
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
        """Rows from row 1, cells from column A (index 0 is always column A, as in openpyxl
        and in a CSV, whatever the first used column)."""
        try:
            sheet = self._muat()
            gabungan = self._gabungan(sheet)
            kiri = [""] * self._offset
            if not gabungan:
                if kiri:
                    for nomor, sel in enumerate(sheet.iter_rows(), start=1):
                        yield nomor, kiri + sel
                else:
                    yield from enumerate(sheet.iter_rows(), start=1)
                return
            atas: dict[tuple[int, int], object] = {}
            for nomor, sel in enumerate(sheet.iter_rows(), start=1):
                if kiri:
                    sel = kiri + sel
                for c0, c1, r0 in gabungan.get(nomor - 1, ()):
                    if nomor - 1 == r0:
                        atas[(r0, c0)] = sel[c0] if c0 < len(sel) else ""
                    nilai = atas.get((r0, c0), "")
                    if len(sel) <= c1:
                        sel.extend([""] * (c1 + 1 - len(sel)))
                    for c in range(c0, c1 + 1):
                        sel[c] = nilai
                yield nomor, sel
        except KesalahanBerkas:
            raise
        except Exception as e:  # calamine raises several types for broken parts
            raise KesalahanBerkas(
                f"Lembar '{self.nama}' di berkas {self.berkas.name} tidak bisa dibaca: {e}"
            ) from e

    def _gabungan(self, sheet: python_calamine.CalamineSheet) -> dict[int, list]:
        """Merged ranges by row (0-based): ``row -> [(first column, last column, first row of
        the range)]``. A merged cell shows its top-left value over the whole range, so that is
        what the rows give back (a family's ID Keluarga merged down over its members' rows, a
        title over the columns)."""
        try:
            rentang = sheet.merged_cell_ranges or []
        except Exception:  # a file without merge information
            return {}
        hasil: dict[int, list] = {}
        for (r0, c0), (r1, c1) in rentang:
            if r1 - r0 > 100_000 or c1 - c0 > 1000:
                continue
            for r in range(r0, r1 + 1):
                hasil.setdefault(r, []).append((c0, c1, r0))
        return hasil


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
    """Guess the delimiter from the first lines: the candidate whose field count per line is
    highest in the median line. A semicolon file with unquoted commas in addresses, or a title
    line above the header, does not mislead it the way a plain character count would."""
    baris_awal = [b for b in teks.split("\n", 60)[:60] if b.strip()]
    terbaik, skor_terbaik = ",", 1.0
    for calon in (",", ";", "\t", "|"):
        if not any(calon in b for b in baris_awal):
            continue
        try:
            jumlah = [len(f) for f in csv.reader(baris_awal, delimiter=calon)]
        except csv.Error:
            continue
        skor = statistics.median(jumlah) if jumlah else 1
        if skor > skor_terbaik:
            terbaik, skor_terbaik = calon, skor
    return terbaik


def _buka_csv(path: Path) -> list[Lembar]:
    data = path.read_bytes()
    if not data.strip():
        raise KesalahanBerkas(f"Berkas {path.name} kosong.")
    teks = _dekode(path, data)
    if "\x00" in teks:
        raise KesalahanBerkas(f"Berkas {path.name} berisi karakter NUL; bukan CSV yang sah.")
    return [_LembarCsv(path, path.name, teks, _pemisah(teks))]


@dataclass
class _LembarDaftar(Lembar):
    """The first rows of a sheet, already read (for a preview)."""

    isi: list[list] | None = None

    def baris(self) -> Iterator[tuple[int, list]]:
        yield from enumerate(self.isi or [], start=1)

    def jumlah_baris(self) -> int:
        return len(self.isi or [])


def _nilai_openpyxl(v: object) -> object:
    """An openpyxl value the way calamine gives it, so both readers feed the same conversion:
    numbers as ``float``, midnight datetimes as dates, empty as ``''``."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        return float(v)
    if isinstance(v, dt.datetime) and v.time() == dt.time(0, 0):
        return v.date()
    return v


def _awal_openpyxl(path: Path, n_baris: int) -> list[Lembar]:
    import openpyxl  # only for the quick preview; the import itself uses calamine

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as e:
        raise KesalahanBerkas(
            f"Berkas {path.name} tidak bisa dibaca sebagai workbook Excel: {e}") from e
    hasil: list[Lembar] = []
    try:
        for ws in wb.worksheets:
            if not hasattr(ws, "iter_rows"):
                continue  # a chart sheet
            ws.reset_dimensions()  # some writers store a wrong size; read what is there
            isi = [[_nilai_openpyxl(v) for v in row]
                   for row in ws.iter_rows(max_row=n_baris, values_only=True)]
            hasil.append(_LembarDaftar(path, ws.title, isi))
    except Exception as e:
        raise KesalahanBerkas(f"Berkas {path.name} tidak bisa dibaca: {e}") from e
    finally:
        wb.close()
    return hasil


def buka_lembar_awal(path: str | Path, n_baris: int = 60) -> list[Lembar]:
    """Only the first ``n_baris`` rows of every sheet, quickly, for a preview.

    An ``.xlsx`` is streamed with openpyxl in read-only mode (calamine would parse the whole
    sheet first, which for a district file takes as long as reading it all).
    """
    path = Path(path)
    if path.suffix.lower() in {".xlsx", ".xlsm"} and path.is_file():
        lembar = buka_lembar(path)  # the same checks (empty, encrypted, broken zip) first
        try:
            return _awal_openpyxl(path, n_baris)
        except KesalahanBerkas:
            pass  # openpyxl refuses some files that calamine reads: fall back to it
    else:
        lembar = buka_lembar(path)
    hasil: list[Lembar] = []
    for lb in lembar:
        isi = []
        for nomor, sel in lb.baris():
            if nomor > n_baris:
                break
            isi.append(list(sel))
        lb.lepaskan()
        hasil.append(_LembarDaftar(path, lb.nama, isi))
    return hasil


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
