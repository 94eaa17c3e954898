"""Reading spreadsheet files as delivered: ``.xlsx`` (and the other formats python-calamine
reads: ``.xlsm``, ``.xlsb``, ``.xls``, ``.ods``) and ``.csv``/``.txt``/``.tsv`` (UTF-8 with or
without BOM, UTF-16 with BOM, comma, semicolon, tab or pipe).

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
import re
import statistics
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import python_calamine

from kalbar_desktop.domain.galat_excel import ada_galat_excel, galat_excel
from kalbar_desktop.domain.pesan import Pesan, pesan_dari
from kalbar_desktop.exchange import xlsx_potong
from kalbar_desktop.exchange.xlsx_potong import (
    _ATRIBUT,
    _ELEMEN_LEMBAR,
    _ELEMEN_REL,
    cari_galat,
    cari_rumus,
    nomor_kolom,
)
from kalbar_desktop.storage.galat import pesan_os

EKSTENSI_SPREADSHEET = {".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"}
EKSTENSI_CSV = {".csv", ".txt", ".tsv"}
BATAS_UKURAN_TERURAI = 2_000_000_000
"""A workbook whose parts unpack to more than this many bytes is refused (zip bomb)."""
BATAS_RASIO = 200
"""A part larger than :data:`UKURAN_RASIO` that unpacks to more than this many times its packed
size is refused (zip bomb: spreadsheet XML packs 5 to 20 times, zeros a thousand times)."""
UKURAN_RASIO = 50_000_000
BATAS_LUAS = 40_000_000
"""The reader holds a sheet as a full grid (rows x columns, about 30 bytes per cell, even empty
ones): a sheet whose last cell would make the grid larger than this is refused. A district file
of 400,000 rows x 30 columns is 12 million."""

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class KesalahanBerkas(Exception):
    """A file that cannot be read. The message is Indonesian and names the file."""


class PerluDibacaUtuh(Exception):
    """A sheet read in pieces turned out, at its end, to have merged cells over the rows the
    caller used: the caller reads it again whole (``buka_lembar(path, potong=False)``)."""


@dataclass
class Lembar:
    """One sheet (or a whole CSV file)."""

    berkas: Path
    nama: str
    """Sheet name; for a CSV file the file name."""
    tersembunyi: bool = field(default=False, kw_only=True)
    """A hidden or 'very hidden' sheet (Excel shows no tab for it)."""
    rumus: dict[int, list[int]] | None = field(default=None, kw_only=True, repr=False)
    """Cells holding a formula without a stored result (0-based column -> 1-based rows): the
    program that wrote the workbook (openpyxl, a script) never calculated it, so every reader
    sees it empty. ``None`` until looked at (see :meth:`sel_rumus_kosong`)."""

    galat: dict[int, dict[int, str]] | None = field(default=None, kw_only=True, repr=False)
    """Cells holding an Excel error (``#N/A``, ``#REF!``), which every reader sees empty:
    0-based column -> 1-based row -> the error as Excel shows it. Found by the same scans of
    the sheet XML as :attr:`rumus`; ``None`` until looked at (see :meth:`sel_galat`)."""

    gabungan: list[tuple[int, int, int, int]] | None = field(default=None, kw_only=True,
                                                              repr=False)
    """The merged ranges (0-based first row, first column, last row, last column), which
    :meth:`baris` gives back with the top-left value over the whole range (every reader, the
    quick preview's too); ``None`` when not known (a sheet too large to look through for them
    before it is read, :data:`xlsx_potong.UKURAN_MIN`). A CSV has none. The header of a sheet
    needs them: a header cell merged over three columns is one column, not three with the
    same header, and a group title merged over the headers below it is no column's name."""

    rumus_sampai: int | None = field(default=None, kw_only=True, repr=False)
    """When set, :attr:`rumus` covers only the rows up to this one: a large sheet in a preview,
    whose XML was looked at from its start only (:func:`buka_lembar_awal`)."""

    def sel_rumus_kosong(self) -> dict[int, list[int]]:
        """:attr:`rumus`, looked up when not known yet (a large sheet: its XML is scanned, or
        known once it is cut into pieces); empty for a CSV and the formats without formulas
        in XML."""
        return self.rumus or {}

    def sel_galat(self) -> dict[int, dict[int, str]]:
        """:attr:`galat`, looked up like :meth:`sel_rumus_kosong` (empty for a CSV, which
        holds no error cells, only text)."""
        return self.galat or {}

    def baris(self, dari: int = 1) -> Iterator[tuple[int, list]]:
        """Yield ``(row number counted from 1, cells)`` for every row. ``dari``: the caller
        uses only the rows from this one on (a sheet read in pieces checks its merged cells
        against them, see :class:`PerluDibacaUtuh`)."""
        raise NotImplementedError

    def jumlah_baris(self) -> int:
        """Number of rows (for progress), including rows above the header."""
        raise NotImplementedError

    def lepaskan(self) -> None:
        """Free what reading the sheet holds in memory."""

    def muat_di_latar(self) -> None:
        """Start reading the sheet on a background thread, so that the caller can work on
        another sheet meanwhile; the first call that needs the rows waits for it. A sheet that
        needs no parsing (CSV) ignores this."""

    def huruf_kolom(self, indeks: int) -> str:
        """Spreadsheet column letter for the 0-based index of a cell in :meth:`baris`."""
        return huruf_kolom(indeks)

    def bertahap(self) -> int:
        """Size of the sheet's XML when it is read in pieces (parsed on a background thread
        piece by piece, little memory); 0 when it is read whole."""
        return 0


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
    _latar: threading.Thread | None = field(default=None, repr=False)
    _hasil_latar: list = field(default_factory=list, repr=False)

    def muat_di_latar(self) -> None:
        """Parse the sheet on a background thread: python-calamine releases the GIL while it
        parses, so on two cores the parse costs (almost) no wall time next to Python work."""
        if self._sheet is not None or self._latar is not None:
            return
        wb, nama, hasil = self.workbook, self.nama, []

        def kerja() -> None:
            try:
                hasil.append(wb.get_sheet_by_name(nama))  # type: ignore[union-attr]
            except BaseException as e:  # given to the thread that needs the sheet
                hasil.append(e)

        self._hasil_latar = hasil
        self._latar = threading.Thread(target=kerja, name=f"baca-{nama}", daemon=True)
        self._latar.start()

    def _muat(self) -> python_calamine.CalamineSheet:
        # Parsing a sheet is the slow part: do it once and keep it until lepaskan().
        if self._sheet is None:
            if self._latar is not None:
                self._latar.join()
                hasil = self._hasil_latar[0]
                self._latar, self._hasil_latar = None, []
                if isinstance(hasil, BaseException):
                    raise hasil
                self._sheet = hasil
            else:
                self._sheet = self.workbook.get_sheet_by_name(self.nama)  # type: ignore[union-attr]
            # calamine yields rows from row 1 but columns only from the first used column.
            self._offset = self._sheet.start[1] if self._sheet.start else 0
        return self._sheet

    def jumlah_baris(self) -> int:
        try:
            sheet = self._muat()
        except KesalahanBerkas:
            raise
        except Exception as e:
            raise self._galat(e) from e
        return (sheet.end[0] + 1) if sheet.end else 0

    def lepaskan(self) -> None:
        # A parse still running on its thread finishes there and its result is dropped.
        self._sheet, self._latar, self._hasil_latar = None, None, []

    def baris(self, dari: int = 1) -> Iterator[tuple[int, list]]:
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
            raise self._galat(e) from e

    def _galat(self, e: Exception) -> KesalahanBerkas:
        return _galat_lembar(self, e)

    def sel_rumus_kosong(self) -> dict[int, list[int]]:
        if self.rumus is None or self.galat is None:
            self.rumus, self.galat = {}, {}
            if self.berkas.suffix.lower() in {".xlsx", ".xlsm"}:
                self.rumus, self.galat = _rumus_lembar(self.berkas, self.nama)
        return self.rumus

    def sel_galat(self) -> dict[int, dict[int, str]]:
        self.sel_rumus_kosong()
        return self.galat or {}

    def _gabungan(self, sheet: python_calamine.CalamineSheet) -> dict[int, list]:
        """Merged ranges by row (0-based): ``row -> [(first column, last column, first row of
        the range)]``. A merged cell shows its top-left value over the whole range, so that is
        what the rows give back (a family's ID Keluarga merged down over its members' rows, a
        title over the columns)."""
        try:
            rentang = sheet.merged_cell_ranges or []
        except Exception:  # a file without merge information
            return {}
        if self.gabungan is None:
            self.gabungan = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in rentang]
        elif not rentang and self.gabungan:  # an .ods: calamine gives none, read from its XML
            rentang = [((r0, c0), (r1, c1)) for r0, c0, r1, c1 in self.gabungan]
        hasil: dict[int, list] = {}
        for (r0, c0), (r1, c1) in rentang:
            if r1 - r0 > 100_000 or c1 - c0 > 1000:
                continue
            for r in range(r0, r1 + 1):
                hasil.setdefault(r, []).append((c0, c1, r0))
        return hasil


_GABUNGAN_EKOR = re.compile(
    rb'<(?:\w+:)?mergeCell\b[^>]*\bref="\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?"')


@dataclass
class _LembarPotongan(Lembar):
    """A large xlsx sheet read in pieces (:mod:`~kalbar_desktop.exchange.xlsx_potong`): the
    next piece is parsed on a background thread while the caller converts the rows of this
    one. Rows and cells come out exactly as :class:`_LembarCalamine` gives them; a sheet that
    turns out to have merged cells over the rows the caller used raises
    :class:`PerluDibacaUtuh` at its end, and a sheet that cannot be cut is read whole."""

    workbook: python_calamine.CalamineWorkbook | None = None
    sumber: xlsx_potong.Sumber | None = None
    _pembaca: xlsx_potong.PembacaPotongan | None = field(default=None, repr=False)
    _utuh: _LembarCalamine | None = field(default=None, repr=False)

    def _mulai(self) -> xlsx_potong.PembacaPotongan:
        if self._pembaca is None:
            assert self.sumber is not None
            self._pembaca = xlsx_potong.PembacaPotongan(self.berkas, self.sumber)
            self._pembaca.mulai()
        return self._pembaca

    def _cara_utuh(self) -> _LembarCalamine | None:
        """The whole-sheet reader when the sheet could not be cut, else ``None``."""
        if self._utuh is not None:
            return self._utuh
        try:
            self._mulai().tunggu_potong()
        except xlsx_potong.TidakBisaDipotong:
            self._utuh = _LembarCalamine(self.berkas, self.nama, self.workbook,
                                         rumus=self.rumus, galat=self.galat)
            return self._utuh
        except Exception as e:
            raise _galat_lembar(self, e) from e
        return None

    def muat_di_latar(self) -> None:
        self._mulai()

    def sel_rumus_kosong(self) -> dict[int, list[int]]:
        utuh = self._cara_utuh()
        if utuh is not None:
            return utuh.sel_rumus_kosong()
        return self._mulai().tunggu_potong().rumus

    def sel_galat(self) -> dict[int, dict[int, str]]:
        utuh = self._cara_utuh()
        if utuh is not None:
            return utuh.sel_galat()
        return self._mulai().tunggu_potong().galat

    def bertahap(self) -> int:
        return self.sumber.ukuran if self.sumber is not None and self._utuh is None else 0

    def jumlah_baris(self) -> int:
        utuh = self._cara_utuh()
        if utuh is not None:
            return utuh.jumlah_baris()
        return self._mulai().tunggu_potong().perkiraan_baris

    def lepaskan(self) -> None:
        if self._pembaca is not None:
            self._pembaca.hentikan()
        self._pembaca = None
        if self._utuh is not None:
            self._utuh.lepaskan()
        self._utuh = None

    def baris(self, dari: int = 1) -> Iterator[tuple[int, list]]:
        utuh = self._cara_utuh()
        if utuh is not None:
            yield from utuh.baris(dari)
            return
        pembaca = self._mulai()
        try:
            potongan = pembaca.tunggu_potong()
            pertama = True
            for sheet in pembaca.lembar():
                if sheet.start is None:
                    continue
                awal, kiri = sheet.start[0], [""] * sheet.start[1]
                for indeks, sel in enumerate(sheet.iter_rows()):
                    # a later piece repeats the rows before it as empty rows: skip them
                    if indeks < awal and not pertama:
                        continue
                    yield indeks + 1, (kiri + sel if kiri else sel)
                pertama = False
            for c0, r0, c1, r1 in _GABUNGAN_EKOR.findall(potongan.ekor):
                if c1 and (c1 != c0 or r1 != r0) and int(r1 or r0) >= dari:
                    raise PerluDibacaUtuh(self.nama)
        except (KesalahanBerkas, PerluDibacaUtuh):
            raise
        except Exception as e:
            raise _galat_lembar(self, e) from e


def _galat_lembar(lembar: Lembar, e: Exception) -> KesalahanBerkas:
    if type(e).__name__ in ("XmlError", "CalamineError", "TidakBisaDipotong"):
        sebab = Pesan("isi XML lembar rusak atau tidak utuh ({galat})", galat=e)
    elif isinstance(e, OSError):  # the temporary workbook of a cut sheet: a full disk...
        sebab = pesan_os(e)
    else:
        sebab = pesan_dari(e)
    return KesalahanBerkas(Pesan(
        "Lembar '{lembar}' di berkas {berkas} tidak bisa dibaca: {sebab}. Buka dan simpan ulang "
        "berkas di Excel, lalu impor lagi.", lembar=lembar.nama, berkas=lembar.berkas.name,
        sebab=sebab))


@dataclass
class _LembarCsv(Lembar):
    teks: str = ""
    pemisah: str = ","

    def sel_galat(self) -> dict[int, dict[int, str]]:
        """The cells whose text is one of Excel's error values (``#N/A``: Excel saves a failed
        formula's cell so in a CSV), read like an xlsx's error cells. A file without such a
        value (``ada_galat_excel``, after a plain search for ``#``) is not parsed again."""
        if self.galat is None:
            self.galat = {}
            if ("#" in self.teks or "Err:" in self.teks) and ada_galat_excel(self.teks):
                for nomor, sel in self.baris():
                    for i, v in enumerate(sel):
                        if galat_excel(v):
                            self.galat.setdefault(i, {})[nomor] = v.strip()
        return self.galat

    def jumlah_baris(self) -> int:
        n = self.teks.count("\n")
        return (n if n else self.teks.count("\r")) + 1

    def baris(self, dari: int = 1) -> Iterator[tuple[int, list]]:
        pembaca = csv.reader(io.StringIO(self.teks, newline=""), delimiter=self.pemisah)
        try:
            yield from enumerate(pembaca, start=1)
        except csv.Error as e:
            if "field larger than field limit" in str(e):
                raise KesalahanBerkas(Pesan(
                    "Berkas CSV {berkas} berisi sel yang terlalu panjang di sekitar baris "
                    "{baris} (lebih dari {batas} karakter); periksa apakah ada tanda kutip yang "
                    "tidak ditutup.", berkas=self.berkas.name.replace(",", "."),
                    baris=pembaca.line_num,
                    batas=f"{csv.field_size_limit():,}".replace(",", "."))) from e
            raise KesalahanBerkas(Pesan(
                "Berkas CSV {berkas} rusak di baris {baris}: {galat}", berkas=self.berkas.name,
                baris=pembaca.line_num, galat=e)) from e


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
            daftar = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise KesalahanBerkas(Pesan(
            "Berkas {berkas} bukan workbook Excel (.xlsx) yang utuh: berkas rusak atau "
            "terpotong. Simpan ulang dari Excel lalu impor lagi.", berkas=path.name)) from e
    total = sum(info.file_size for info in daftar)
    if total > BATAS_UKURAN_TERURAI:
        raise KesalahanBerkas(Pesan(
            "Berkas {berkas} terlalu besar setelah diurai ({gb:.1f} GB); berkas ini ditolak "
            "demi keamanan.", berkas=path.name, gb=total / 1e9))
    for info in daftar:
        if info.file_size > UKURAN_RASIO and \
                info.file_size > BATAS_RASIO * max(info.compress_size, 1):
            raise KesalahanBerkas(Pesan(
                "Berkas {berkas} berisi bagian '{bagian}' yang mengembang dari {mb_zip:.1f} MB "
                "menjadi {mb:.0f} MB saat diurai (bom zip); berkas ini ditolak demi keamanan.",
                berkas=path.name, bagian=info.filename, mb_zip=info.compress_size / 1e6,
                mb=info.file_size / 1e6))


_DIMENSI = re.compile(rb'<dimension\b[^>]*\bref="\$?([A-Z]{1,3})\$?(\d{1,7})'
                      rb'(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?"')
_SEL_BERISI = re.compile(rb'<c r="([A-Z]{1,3})(\d{1,7})"(?: [^>/]*)?>')
"""A cell that holds something (``<c r="B7" t="s">``, not the empty ``<c r="B7" s="1"/>``).
Every writer puts ``r`` first; a cell written otherwise is simply not counted."""
_PINDAI_SELALU = 30_000_000
"""Sheets up to this size (unpacked XML) are always scanned for their real size: a fraction
of a second. Larger ones are scanned for formulas only (no size in their header: also for
their size), those of :data:`xlsx_potong.UKURAN_MIN` and more when they are cut or read."""
_PINDAI_MAKS = 200_000_000
"""A larger sheet without a size in its header is scanned only up to this size (larger ones
hold that many cells for real, so their grid is not mostly empty)."""


def _nama_lembar(z: zipfile.ZipFile) -> dict[str, str]:
    """Sheet part name -> sheet title, from the workbook and its relationships."""
    try:
        wb = z.read("xl/workbook.xml")
        rels = z.read("xl/_rels/workbook.xml.rels")
    except (KeyError, OSError, zipfile.BadZipFile):
        return {}
    target = {}
    for elemen in _ELEMEN_REL.findall(rels):
        a = dict(_ATRIBUT.findall(elemen[1:]))
        if b"Id" in a and b"Target" in a:
            target[a[b"Id"].decode()] = a[b"Target"].decode().lstrip("/")
    hasil = {}
    for elemen in _ELEMEN_LEMBAR.findall(wb):
        a = dict(_ATRIBUT.findall(elemen[1:]))
        t = target.get(a.get(b"id", b"").decode(), "")
        bagian = t if t.startswith("xl/") else "xl/" + t
        hasil[bagian] = a.get(b"name", b"").decode("utf-8", "replace")
    return hasil


def _cari_gabungan(data: bytes, hasil: list[tuple[int, int, int, int]]) -> None:
    """Add the merged ranges of a piece of sheet XML (:attr:`Lembar.gabungan`) to ``hasil``."""
    if b"mergeCell" not in data:
        return
    for c0, r0, c1, r1 in _GABUNGAN_EKOR.findall(data):
        if c1:
            hasil.append((int(r0) - 1, nomor_kolom(c0) - 1, int(r1) - 1, nomor_kolom(c1) - 1))


def _luas_sebenarnya(z: zipfile.ZipFile, info: zipfile.ZipInfo, hanya_rumus: bool = False
                     ) -> tuple[int, int, dict[int, list[int]], dict[int, dict[int, str]],
                                list[tuple[int, int, int, int]]]:
    """(last row, last column) of the cells that hold something (0, 0 with ``hanya_rumus``),
    the formula cells without a stored result, the cells holding an Excel error and the merged
    ranges, by scanning the sheet XML."""
    baris = kolom = 0
    rumus: dict[int, list[int]] = {}
    galat: dict[int, dict[int, str]] = {}
    gabungan: list[tuple[int, int, int, int]] = []
    sisa = b""
    with z.open(info) as f:
        while True:
            potong = f.read(1 << 22)
            if not potong:
                break
            data = sisa + potong
            # cut before the last cell (whole cells for the formula check), else the last tag
            akhir = data.rfind(b"<c ")
            if akhir <= 0:
                akhir = data.rfind(b"<")
            data, sisa = data[:akhir], data[akhir:]
            if not hanya_rumus:
                for huruf, nomor in _SEL_BERISI.findall(data):
                    baris = max(baris, int(nomor))
                    kolom = max(kolom, nomor_kolom(huruf))
            cari_rumus(data, rumus)
            cari_galat(data, galat)
            _cari_gabungan(data, gabungan)
    if not hanya_rumus:
        for huruf, nomor in _SEL_BERISI.findall(sisa):
            baris = max(baris, int(nomor))
            kolom = max(kolom, nomor_kolom(huruf))
    cari_rumus(sisa, rumus)
    cari_galat(sisa, galat)
    _cari_gabungan(sisa, gabungan)
    return baris, kolom, rumus, galat, gabungan


def _rumus_lembar(path: Path, nama: str
                  ) -> tuple[dict[int, list[int]], dict[int, dict[int, str]]]:
    """The formula cells without a stored result and the cells holding an Excel error of one
    sheet (a large one read whole)."""
    try:
        with zipfile.ZipFile(path) as z:
            sumber = xlsx_potong.cari_sumber(z, nama)
            if sumber is None:
                return {}, {}
            return _luas_sebenarnya(z, z.getinfo(sumber.bagian), hanya_rumus=True)[2:4]
    except (zipfile.BadZipFile, OSError, ValueError, KeyError):
        return {}, {}


def sel_galat(path: Path, nama: str) -> dict[int, dict[int, str]]:
    """The cells of sheet ``nama`` of the xlsx ``path`` holding an Excel error (``#NAME?``,
    ``#N/A``...), which every reader sees empty: 0-based column -> 1-based row -> the error.
    Empty for a file that is not an xlsx or whose sheet cannot be found the standard way."""
    if path.suffix.lower() not in {".xlsx", ".xlsm"}:
        return {}
    return _rumus_lembar(path, nama)[1]


def _semua_berukuran(path: Path) -> bool:
    """True when every sheet of the workbook states its size (``<dimension ref=...>``)."""
    try:
        with zipfile.ZipFile(path) as z:
            for info in z.infolist():
                nama = info.filename
                if nama.startswith("xl/worksheets/") and nama.endswith(".xml"):
                    with z.open(info) as f:
                        if _DIMENSI.search(f.read(4096)) is None:
                            return False
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    return True


_SelKhusus = tuple[dict[int, list[int]], dict[int, dict[int, str]],
                   list[tuple[int, int, int, int]]]
"""A sheet's formula cells without a stored result, its cells holding an Excel error and its
merged ranges (see :attr:`Lembar.rumus`, :attr:`Lembar.galat` and :attr:`Lembar.gabungan`)."""
_LUAS_DIPERIKSA: dict[tuple[str, int, int], KesalahanBerkas | dict[str, _SelKhusus]] = {}


def _periksa_luas(path: Path) -> dict[str, _SelKhusus]:
    """See :func:`_periksa_luas_berkas`; the verdict is kept per file version (the import reads
    a file twice: to recognise it and to import it)."""
    info = path.stat()
    kunci = (str(path.resolve()), info.st_size, info.st_mtime_ns)
    if kunci not in _LUAS_DIPERIKSA:
        try:
            _LUAS_DIPERIKSA[kunci] = _periksa_luas_berkas(path)
        except KesalahanBerkas as e:
            _LUAS_DIPERIKSA[kunci] = e
        if len(_LUAS_DIPERIKSA) > 64:
            _LUAS_DIPERIKSA.pop(next(iter(_LUAS_DIPERIKSA)))
    hasil = _LUAS_DIPERIKSA[kunci]
    if isinstance(hasil, KesalahanBerkas):
        raise KesalahanBerkas(pesan_dari(hasil))
    return hasil


def _periksa_luas_berkas(path: Path) -> dict[str, _SelKhusus]:
    """Refuse a sheet whose last cell lies so far away that reading it would fill the memory
    (one stray value in cell XFD1048576 makes a grid of 17 billion cells). The size written at
    the top of a large sheet is trusted when it is modest; small sheets (where a crafted file
    would hide such a cell) and sheets claiming a huge size are scanned. Returns the formula
    cells without a stored result of the sheets below :data:`xlsx_potong.UKURAN_MIN` (those
    are read whole): sheet title -> column -> rows; a sheet not in it is looked at when it is
    read (:meth:`Lembar.sel_rumus_kosong`). The cells holding an Excel error come with them
    (the same scan)."""
    rumus: dict[str, _SelKhusus] = {}
    try:
        with zipfile.ZipFile(path) as z:
            judul = None
            for info in z.infolist():
                nama = info.filename
                if not (nama.startswith("xl/worksheets/") and nama.endswith(".xml")):
                    continue
                with z.open(info) as f:
                    awal = f.read(4096)
                m = _DIMENSI.search(awal)
                hanya_rumus = False
                if info.file_size > _PINDAI_SELALU:
                    # Large sheets are trusted to state their size; scanning them would cost
                    # seconds on every district file. Formulas: see above.
                    if m and (m[3] is None or nomor_kolom(m[3]) * int(m[4]) <= BATAS_LUAS):
                        if info.file_size >= xlsx_potong.UKURAN_MIN:
                            continue
                        hanya_rumus = True
                    elif not m and info.file_size > _PINDAI_MAKS:
                        continue
                baris, kolom, sel_rumus, sel_galat, gabungan = _luas_sebenarnya(
                    z, info, hanya_rumus)
                if info.file_size < xlsx_potong.UKURAN_MIN:
                    judul = judul if judul is not None else _nama_lembar(z)
                    rumus[judul.get(nama, nama)] = (sel_rumus, sel_galat, gabungan)
                if baris * kolom > BATAS_LUAS:
                    judul = judul if judul is not None else _nama_lembar(z)
                    raise KesalahanBerkas(Pesan(
                        "Lembar '{lembar}' di berkas {berkas} memakai area sangat luas: sampai "
                        "sel {sel} ({jumlah} sel). Membacanya bisa menghabiskan memori komputer. "
                        "Hapus isi sel yang jauh di bawah atau di kanan data (Ctrl+End di Excel "
                        "menunjukkan sel terakhir), simpan, lalu impor lagi.",
                        lembar=judul.get(nama, nama).replace(",", "."),
                        berkas=path.name.replace(",", "."), sel=f"{huruf_kolom(kolom - 1)}{baris}",
                        jumlah=f"{baris * kolom:,}".replace(",", ".")))
    except (zipfile.BadZipFile, OSError, ValueError):
        return {}  # the reader itself reports a broken file
    return rumus


CUPLIKAN_JENIS = 65_536
"""How much of a file named like a workbook is read to tell what it really holds: an HTML
export may start with a long ``<head>`` (styles, scripts), comments or blank lines."""


def _isi_sebenarnya(awal: bytes) -> str | None:
    """What a file that is no workbook really holds, from its first bytes (up to
    :data:`CUPLIKAN_JENIS`), in the words of the message (``None`` when it cannot be told):
    portals hand out HTML tables, XML Spreadsheet 2003 files and CSV text under the name
    ``.xls`` or ``.xlsx``."""
    if awal.startswith((b"PK", _OLE)):
        return None
    if awal.startswith((b"\xff\xfe", b"\xfe\xff")):
        teks = awal[:len(awal) // 2 * 2].decode("utf-16", errors="replace")
    else:
        # the window may end inside a character; a few replaced ones do not hide the tags
        teks = awal.decode("utf-8-sig", errors="replace")
    kepala = teks.lstrip().lower()
    if ("urn:schemas-microsoft-com:office:spreadsheet" in kepala
            or 'progid="excel.sheet"' in kepala) and "<html" not in kepala:
        return Pesan("XML Spreadsheet 2003")
    if kepala.startswith(("<!doctype html", "<meta")) or "<html" in kepala \
            or "<table" in kepala or (kepala.startswith("mime-version:")
                                      and "text/html" in kepala):
        return Pesan("halaman web (HTML)")
    if kepala.startswith("<?xml"):
        return None
    # CSV text: printable from its first bytes on (binary damage is not text)
    kode_teks = (("utf-16",) if awal.startswith((b"\xff\xfe", b"\xfe\xff"))
                 else ("utf-8-sig", "cp1252"))
    for kode in kode_teks:
        try:
            teks = awal[:2048].decode(kode)
            break
        except UnicodeDecodeError:
            continue
    else:
        return None
    baris_satu = teks.lstrip().lower().split("\n", 1)[0]
    if all(c.isprintable() or c in "\r\n\t" for c in teks) and any(
            c in baris_satu for c in ",;\t"):
        return _TEKS_CSV
    return None


_TEKS_CSV = Pesan("teks (CSV)")


def _tolak_bukan_workbook(path: Path, awal: bytes) -> None:
    """Refuse a file named like a workbook whose content is HTML, XML 2003 or CSV text, saying
    what it is and how to turn it into a workbook."""
    isi = _isi_sebenarnya(awal)
    if isi is None:
        return
    cara = (Pesan("Ganti akhiran nama berkasnya menjadi .csv, atau buka berkas itu di Excel "
                  "lalu pilih Simpan Sebagai > Buku Kerja Excel (.xlsx), lalu impor lagi.")
            if isi == _TEKS_CSV else
            Pesan("Buka berkas itu di Excel (atau LibreOffice), pilih Simpan Sebagai > Buku "
                  "Kerja Excel (.xlsx), lalu impor berkas .xlsx itu."))
    raise KesalahanBerkas(Pesan(
        "Berkas {berkas} bukan workbook Excel ({akhiran}) yang utuh: isinya {isi} yang diberi "
        "akhiran {akhiran} (seperti unduhan dari sebagian aplikasi atau portal). {cara}",
        berkas=path.name, akhiran=path.suffix, isi=isi, cara=cara))


_AKHIRAN_DATA = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
UKURAN_KUNCI_EXCEL = 4096
"""Excel's owner file (``~$Data.xlsx`` beside an open ``Data.xlsx``) holds a user name in
165 bytes; a file named so and this small is one."""
_TANDA_BERKAS = ((b"%PDF", Pesan("dokumen PDF"), False),
                 (b"\xff\xd8\xff", Pesan("gambar (JPEG)"), False),
                 (b"\x89PNG", Pesan("gambar (PNG)"), False),
                 (b"Rar!", Pesan("arsip RAR"), True), (b"7z\xbc\xaf", Pesan("arsip 7-Zip"), True))
"""First bytes, what they make the file, and whether it is an archive to extract."""
_BAGIAN_ZIP = (("word/", Pesan("dokumen Word")), ("ppt/", Pesan("presentasi PowerPoint")))


def _dokumen_lain(path: Path, awal: bytes) -> tuple[Pesan, Pesan] | None:
    """What a file that holds no spreadsheet really is (a PDF, a picture, a Word document, a
    zip archive...) and what to do, or ``None`` when it may be a spreadsheet or CSV: operators
    pick the BAST PDF or the archive that P3KE data arrives in, or a renamed one."""
    for tanda, isi, arsip in _TANDA_BERKAS:
        if awal.startswith(tanda):
            return isi, _CARA_EKSTRAK if arsip else _CARA_PILIH
    if not awal.startswith(b"PK"):
        return None
    try:
        with zipfile.ZipFile(path) as z:
            daftar = z.infolist()
            mimetype = z.read("mimetype")[:80] if "mimetype" in z.namelist() else b""
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, NotImplementedError):
        return None  # a damaged workbook: the caller says so
    nama = [i.filename for i in daftar]
    if any(n.startswith("xl/") for n in nama) or b"spreadsheet" in mimetype:
        return None
    for awalan, jenis in _BAGIAN_ZIP:
        if any(n.startswith(awalan) for n in nama):
            return jenis, _CARA_PILIH
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        return Pesan("dokumen OpenDocument (bukan lembar kerja)"), _CARA_PILIH
    data = [n.rsplit("/", 1)[-1] for n in nama if n.lower().endswith(_AKHIRAN_DATA)]
    if not data:
        return None  # a zip of something else: the reader's own refusal says enough
    isi = (Pesan("arsip ZIP yang dilindungi kata sandi") if any(i.flag_bits & 1 for i in daftar)
           else Pesan("arsip ZIP"))
    return isi, Pesan("{cara} Di dalamnya: {daftar}.", cara=_CARA_EKSTRAK,
                      daftar=", ".join(data[:6]) + (", ..." if len(data) > 6 else ""))


_CARA_PILIH = Pesan("Pilih berkas Excel (.xlsx) atau CSV yang berisi data P3KE.")
_CARA_EKSTRAK = Pesan(
    "Ekstrak arsip itu dulu (klik kanan > Extract All; bila diminta kata sandi, pakai kata "
    "sandi dari berita acara serah terima data P3KE), lalu impor berkas .xlsx atau .csv di "
    "dalamnya.")


def _tolak_dokumen_lain(path: Path, awal: bytes) -> None:
    """Refuse a file that holds no spreadsheet at all (:func:`_dokumen_lain`), saying what it
    is and what to pick instead."""
    asli = path.name[2:]
    if path.name.startswith("~$") and asli and not awal.startswith(b"PK") \
            and path.stat().st_size <= UKURAN_KUNCI_EXCEL:
        raise KesalahanBerkas(Pesan(
            "Berkas {berkas} adalah berkas kunci sementara yang dibuat Excel selama {asli} "
            "terbuka, bukan data P3KE. Keluarkan berkas ini dari daftar dan pilih berkas {asli} "
            "itu sendiri (tanpa ~$ di depan namanya).", berkas=path.name, asli=asli))
    lain = _dokumen_lain(path, awal)
    if lain is None:
        return
    isi, cara = lain
    if path.suffix.lower() in EKSTENSI_SPREADSHEET | EKSTENSI_CSV:
        raise KesalahanBerkas(Pesan(
            "Berkas {berkas} bukan workbook Excel atau CSV: isinya {isi} yang diberi akhiran "
            "{akhiran}. {cara}", berkas=path.name, isi=isi, akhiran=path.suffix, cara=cara))
    raise KesalahanBerkas(Pesan("Berkas {berkas} adalah {isi}, bukan data P3KE. {cara}",
                                berkas=path.name, isi=isi, cara=cara))


_NS_STRICT = b"http://purl.oclc.org/ooxml/spreadsheetml/main"


def _tolak_strict(path: Path) -> None:
    """Refuse a workbook saved as Excel's "Strict Open XML Spreadsheet": calamine finds no
    sheet in it, which would read as a file without P3KE data."""
    try:
        with zipfile.ZipFile(path) as z:
            awal = z.open("xl/workbook.xml").read(4096)
    except (KeyError, zipfile.BadZipFile, OSError, ValueError):
        return
    if _NS_STRICT in awal:
        raise KesalahanBerkas(Pesan(
            "Berkas {berkas} disimpan dalam format 'Strict Open XML Spreadsheet' yang tidak "
            "bisa dibaca. Buka berkas itu di Excel, pilih Simpan Sebagai > Buku Kerja Excel "
            "(.xlsx), lalu impor berkas itu lagi.", berkas=path.name))


_TABEL_ODS = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
BATAS_GABUNGAN_ODS = 16_000_000
"""An .ods whose content unpacks to more than this many bytes is not looked through for its
merged cells (:func:`_gabungan_ods`): its merged cells read as openpyxl reads an xlsx's, the
value in the top-left cell only."""
BARIS_GABUNGAN_ODS = 1_000
"""Rows of each .ods table whose merged cells are noted (the header is in the first 40)."""


def _gabungan_ods(path: Path) -> dict[str, list[tuple[int, int, int, int]]]:
    """The merged ranges of each table of an .ods in its first rows (:attr:`Lembar.gabungan`):
    python-calamine reports none for the OpenDocument format, where a merged cell is a cell
    spanning columns or rows followed by covered cells. Empty when the file is too large
    (:data:`BATAS_GABUNGAN_ODS`) or cannot be read this way (the reader reports that)."""
    import xml.etree.ElementTree as ET

    t = _TABEL_ODS
    hasil: dict[str, list[tuple[int, int, int, int]]] = {}
    try:
        with zipfile.ZipFile(path) as z:
            info = z.getinfo("content.xml")
            if info.file_size > BATAS_GABUNGAN_ODS:
                return {}
            with z.open(info) as f:
                daftar: list[tuple[int, int, int, int]] = []
                r = c = 0
                for peristiwa, el in ET.iterparse(f, events=("start", "end")):
                    if peristiwa == "start":
                        if el.tag == t + "table":
                            daftar = hasil.setdefault(el.get(t + "name", ""), [])
                            r = 0
                        elif el.tag == t + "table-row":
                            c = 0
                        continue
                    if el.tag in (t + "table-cell", t + "covered-table-cell"):
                        lebar = int(el.get(t + "number-columns-spanned", "1"))
                        tinggi = int(el.get(t + "number-rows-spanned", "1"))
                        if (lebar > 1 or tinggi > 1) and r < BARIS_GABUNGAN_ODS:
                            daftar.append((r, c, r + tinggi - 1, c + lebar - 1))
                        c += int(el.get(t + "number-columns-repeated", "1"))
                        el.clear()
                    elif el.tag == t + "table-row":
                        r += int(el.get(t + "number-rows-repeated", "1"))
                        el.clear()
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, ET.ParseError):
        return {}
    return hasil


def _buka_spreadsheet(path: Path, potong: bool = True) -> list[Lembar]:
    with path.open("rb") as f:
        awal = f.read(CUPLIKAN_JENIS)
    if not awal:
        raise KesalahanBerkas(Pesan("Berkas {berkas} kosong (0 byte).", berkas=path.name))
    _tolak_bukan_workbook(path, awal)
    _tolak_dokumen_lain(path, awal)
    awal = awal[:8]
    if awal == _OLE and path.suffix.lower() != ".xls":
        raise KesalahanBerkas(Pesan(
            "Berkas {berkas} dilindungi kata sandi (terenkripsi) atau berformat lama. Buka di "
            "Excel, simpan sebagai .xlsx tanpa kata sandi, lalu impor lagi.", berkas=path.name))
    if path.suffix.lower() in {".xlsx", ".xlsm", ".ods"}:
        _periksa_zip(path)
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        _tolak_strict(path)
    rumus: dict[str, _SelKhusus] | None = None
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        rumus = _periksa_luas(path)
    try:
        wb = python_calamine.CalamineWorkbook.from_path(str(path))
        nama_lembar = list(wb.sheet_names)
    except Exception as e:
        raise KesalahanBerkas(Pesan(
            "Berkas {berkas} bukan workbook Excel yang bisa dibaca (rusak, atau dokumen jenis "
            "lain yang diberi akhiran {akhiran}). Buka berkas itu di Excel atau LibreOffice, "
            "simpan sebagai Buku Kerja Excel (.xlsx), lalu impor lagi. (Rincian teknis: "
            "{galat})", berkas=path.name,
            akhiran=path.suffix, galat=e)) from e
    try:
        tersembunyi = {m.name for m in wb.sheets_metadata
                       if m.visible != python_calamine.SheetVisibleEnum.Visible}
    except Exception:  # a format without sheet states
        tersembunyi = set()
    ods = _gabungan_ods(path) if path.suffix.lower() == ".ods" else None
    besar: dict[str, xlsx_potong.Sumber] = {}
    if potong and path.suffix.lower() in {".xlsx", ".xlsm"}:
        try:
            with zipfile.ZipFile(path) as z:
                for nama in nama_lembar:
                    sumber = xlsx_potong.cari_sumber(z, nama)
                    if sumber is not None and sumber.ukuran >= xlsx_potong.UKURAN_MIN:
                        besar[nama] = sumber
        except (zipfile.BadZipFile, OSError, ValueError):
            besar = {}
    # other formats: calamine reads their formulas' results, or none
    def keadaan(nama: str) -> dict:
        if rumus is None:
            return {"tersembunyi": nama in tersembunyi, "rumus": {}, "galat": {},
                    "gabungan": ods.get(nama, []) if ods else None}
        sel = rumus.get(nama)
        return {"tersembunyi": nama in tersembunyi, "rumus": sel and sel[0],
                "galat": sel and sel[1], "gabungan": sel[2] if sel else None}

    return [_LembarPotongan(path, nama, wb, besar[nama], **keadaan(nama)) if nama in besar
            else _LembarCalamine(path, nama, wb, **keadaan(nama)) for nama in nama_lembar]


def _dekode(path: Path, data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    awal = data[:4000]
    if len(awal) >= 8 and awal[1::2].count(0) > len(awal) * 0.4 and awal[0::2].count(0) < 4:
        # UTF-16 little endian without its BOM (mostly ASCII: every second byte is zero).
        try:
            return data.decode("utf-16-le")
        except UnicodeDecodeError:
            pass
    if len(awal) >= 8 and awal[0::2].count(0) > len(awal) * 0.4 and awal[1::2].count(0) < 4:
        try:
            return data.decode("utf-16-be")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if data[:2000].count(b"\x00") > 10:
        raise KesalahanBerkas(Pesan(
            "Berkas {berkas} bukan teks CSV (berisi data biner). Simpan dari Excel sebagai "
            "'CSV UTF-8' lalu impor lagi.", berkas=path.name))
    # Excel on Windows writes "CSV (Comma delimited)" in the ANSI code page.
    return data.decode("cp1252", errors="replace")


_BARIS_BARU = re.compile(r"\r\n?|\n")
"""A line break as the csv module reads one: CRLF (Windows), LF, or a lone CR (Excel for Mac
saves "CSV (Macintosh)" so)."""
_AWAL_PEMISAH = 1_000_000
"""Characters at the start of a CSV that the delimiter is guessed from."""


def _pemisah(teks: str) -> str:
    """Guess the delimiter from the first lines: the candidate whose field count per line is
    highest in the median line. A semicolon file with unquoted commas in addresses, or a title
    line above the header, does not mislead it the way a plain character count would."""
    baris_awal = [b for b in _BARIS_BARU.split(teks[:_AWAL_PEMISAH], 60)[:60] if b.strip()]
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
        raise KesalahanBerkas(Pesan("Berkas {berkas} kosong.", berkas=path.name))
    _tolak_dokumen_lain(path, data[:16])
    teks = _dekode(path, data)
    if "\x00" in teks:
        raise KesalahanBerkas(Pesan("Berkas {berkas} berisi karakter NUL; bukan CSV yang sah.",
                                    berkas=path.name))
    return [_LembarCsv(path, path.name, teks, _pemisah(teks), gabungan=[])]


@dataclass
class _LembarDaftar(Lembar):
    """The first rows of a sheet, already read (for a preview)."""

    isi: list[list] | None = None

    def baris(self, dari: int = 1) -> Iterator[tuple[int, list]]:
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
        raise KesalahanBerkas(Pesan(
            "Berkas {berkas} tidak bisa dibaca sebagai workbook Excel: {galat}",
            berkas=path.name, galat=e)) from e
    hasil: list[Lembar] = []
    try:
        for ws in wb.worksheets:
            if not hasattr(ws, "iter_rows"):
                continue  # a chart sheet
            ws.reset_dimensions()  # some writers store a wrong size; read what is there
            isi = [[_nilai_openpyxl(v) for v in row]
                   for row in ws.iter_rows(max_row=n_baris, values_only=True)]
            hasil.append(_LembarDaftar(path, ws.title, isi,
                                       tersembunyi=ws.sheet_state != "visible"))
    except Exception as e:
        raise KesalahanBerkas(Pesan("Berkas {berkas} tidak bisa dibaca: {galat}",
                                    berkas=path.name, galat=e)) from e
    finally:
        wb.close()
    return hasil


def _isi_gabungan(isi: list[list], gabungan: list[tuple[int, int, int, int]]) -> None:
    """Give the rows read by openpyxl (only a merged range's top-left cell holds its value)
    the top-left value over each whole range, as :class:`_LembarCalamine` gives them, so that
    the preview sees the sheet as the import does (the same bounds)."""
    for r0, c0, r1, c1 in gabungan:
        if r0 >= len(isi) or r1 - r0 > 100_000 or c1 - c0 > 1000:
            continue
        atas = isi[r0]
        nilai = atas[c0] if c0 < len(atas) else ""
        for r in range(r0, min(r1, len(isi) - 1) + 1):
            sel = isi[r]
            if len(sel) <= c1:
                sel.extend([""] * (c1 + 1 - len(sel)))
            for c in range(c0, c1 + 1):
                sel[c] = nilai


_BARIS_XML = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="(\d{1,7})"')
BATAS_RUMUS_AWAL = 16_000_000
"""Bytes of sheet XML a preview looks through for the formulas of its first rows at most."""


def _rumus_awal(path: Path, nama: str, n_baris: int) -> dict[int, list[int]]:
    """The formula cells without a stored result in the first ``n_baris`` rows of sheet
    ``nama`` (a large sheet, whose formulas are otherwise found only when the import cuts it):
    its XML read from the start until a later row, a few hundred kilobytes."""
    rumus: dict[int, list[int]] = {}
    try:
        with zipfile.ZipFile(path) as z:
            bagian = next((b for b, judul in _nama_lembar(z).items() if judul == nama), None)
            if bagian is None:
                return {}
            data = b""
            with z.open(bagian) as f:
                while len(data) < BATAS_RUMUS_AWAL:
                    potong = f.read(1 << 18)
                    if not potong:
                        break
                    data += potong
                    nomor = _BARIS_XML.findall(data, max(0, len(data) - len(potong) - 200))
                    if nomor and int(nomor[-1]) > n_baris:
                        break
            akhir = data.rfind(b"<c ")  # whole cells only
            cari_rumus(data, rumus, akhir if akhir > 0 else None)
    except (zipfile.BadZipFile, OSError, ValueError, KeyError):
        return {}
    return {k: baris for k, v in rumus.items() if (baris := [r for r in v if r <= n_baris])}


def _rumus_lembar_besar(path: Path, lembar: list[Lembar], n_baris: int) -> None:
    """Give the preview's large sheets (formulas not looked up yet) those of their first
    ``n_baris`` rows, saying so in :attr:`Lembar.rumus_sampai`."""
    for lb in lembar:
        if lb.rumus is None:
            lb.rumus = _rumus_awal(path, lb.nama, n_baris)
            lb.rumus_sampai = n_baris


def buka_lembar_awal(path: str | Path, n_baris: int = 60) -> list[Lembar]:
    """Only the first ``n_baris`` rows of every sheet, quickly, for a preview.

    An ``.xlsx`` is streamed with openpyxl in read-only mode (calamine would parse the whole
    sheet first, which for a district file takes as long as reading it all).
    """
    path = Path(path)
    if path.suffix.lower() in {".xlsx", ".xlsm"} and path.is_file():
        lembar = buka_lembar(path)  # the same checks (empty, encrypted, broken zip) first
        # openpyxl reads a sheet that does not state its size to the end just to measure it
        # (a million rows: many seconds); calamine is quicker then.
        if _semua_berukuran(path):
            try:
                awal = _awal_openpyxl(path, n_baris)
            except KesalahanBerkas:
                pass  # openpyxl refuses some files that calamine reads: fall back to it
            else:
                rumus = {lb.nama: lb.rumus for lb in lembar}
                gabungan = {lb.nama: lb.gabungan for lb in lembar}
                for lb in awal:
                    lb.rumus = rumus.get(lb.nama)
                    lb.gabungan = gabungan.get(lb.nama)
                    _isi_gabungan(lb.isi or [], lb.gabungan or [])
                _rumus_lembar_besar(path, awal, n_baris)
                return awal
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
        hasil.append(_LembarDaftar(path, lb.nama, isi, tersembunyi=lb.tersembunyi,
                                   rumus=lb.rumus, gabungan=lb.gabungan))
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        _rumus_lembar_besar(path, hasil, n_baris)
    return hasil


def buka_lembar(path: str | Path, potong: bool = True) -> list[Lembar]:
    """All sheets of a spreadsheet file, or the one 'sheet' of a CSV file. A large xlsx sheet
    is read in pieces unless ``potong`` is false (see :class:`PerluDibacaUtuh`)."""
    path = Path(path)
    if not path.exists():
        raise KesalahanBerkas(Pesan("Berkas tidak ditemukan: {berkas}", berkas=path))
    if path.is_dir():
        raise KesalahanBerkas(Pesan("{berkas} adalah folder, bukan berkas.", berkas=path))
    akhiran = path.suffix.lower()
    try:
        if akhiran in EKSTENSI_CSV:
            return _buka_csv(path)
        if akhiran in EKSTENSI_SPREADSHEET:
            return _buka_spreadsheet(path, potong)
    except OSError as e:
        raise KesalahanBerkas(Pesan(
            "Berkas {berkas} tidak bisa dibaca ({sebab}); tutup berkas itu di program lain atau "
            "periksa izinnya.", berkas=path.name, sebab=e.strerror or e)) from e
    try:
        with path.open("rb") as f:
            _tolak_dokumen_lain(path, f.read(16))
    except OSError:
        pass
    raise KesalahanBerkas(Pesan("Jenis berkas {berkas} tidak dikenal. Gunakan .xlsx atau .csv.",
                                berkas=path.name))
