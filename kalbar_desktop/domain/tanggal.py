"""Reading dates as they arrive in P3KE files: real date cells, ISO text, Indonesian day-first
text (``23/11/1980``, ``23-11-1980``, ``23.11.1980``, ``23 Nov 1980``, ``Minggu, 23 November
1980``, two-digit years ``23/11/80``), ``1980/11/23``, Excel serial numbers (also written out
as five-digit text in a CSV), the US order where it cannot be a day first (``11/23/1980``,
``November 23, 1980``, ``Nov 23, 1980``) and eight digits without separators (``19801123``,
else ``23111980``)."""

from __future__ import annotations

import datetime as dt
import re

_EXCEL_EPOCH = dt.date(1899, 12, 30)
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_DMY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})(?:\s.*)?$")
_YMD_GARIS = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_SERIAL = re.compile(r"^\d{5}(?:\.0+)?$")  # an Excel serial written out as text (a CSV)
_DMY_NAMA = re.compile(
    r"^(\d{1,2})(?:st|nd|rd|th)?[\s\-]+([A-Za-z]+)\.?,?[\s\-]+(\d{4}|\d{2})$", re.IGNORECASE)
_MDY_NAMA = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(\d{4})$",
                       re.IGNORECASE)
"""English order with the month's name (``August 15, 1980``, ``Aug 15, 1980``, also written
with the Indonesian name): Excel's US long date copied as text."""
_DELAPAN = re.compile(r"^\d{8}(?:\.0+)?$")
_HARI = re.compile(r"^(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|"
                   r"wednesday|thursday|friday|saturday|sunday)\s*,\s*", re.IGNORECASE)
"""The weekday of Excel's long date format (``Minggu, 23 November 1980``) copied as text."""


def tahun_dua_digit(yy: int, hari_ini: dt.date | None = None) -> int:
    """The year of two digits: the latest such year not after this one (``80`` is 1980,
    ``15`` is 2015), as in a date typed short and in the birth date of a NIK."""
    tahun = 2000 + yy
    return tahun if tahun <= (hari_ini or dt.date.today()).year else 1900 + yy


def _tahun(teks: str) -> int:
    """A year written with four digits, or two (:func:`tahun_dua_digit`)."""
    return tahun_dua_digit(int(teks)) if len(teks) == 2 else int(teks)

BULAN = {
    "jan": 1, "januari": 1, "january": 1, "feb": 2, "februari": 2, "february": 2, "peb": 2,
    "mar": 3, "maret": 3, "march": 3, "apr": 4, "april": 4, "mei": 5, "may": 5, "jun": 6,
    "juni": 6, "june": 6, "jul": 7, "juli": 7, "july": 7, "agu": 8, "agt": 8, "agustus": 8,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "okt": 10, "oktober": 10,
    "oct": 10, "october": 10, "nov": 11, "nopember": 11, "november": 11, "des": 12,
    "desember": 12, "dec": 12, "december": 12,
    # older and office spellings: Pebruari, Mrt, Agst/Agus/Ags, Nop
    "pebruari": 2, "mrt": 3, "agst": 8, "agus": 8, "ags": 8, "nop": 11,
}


def urai_tanggal(nilai: object) -> dt.date | None:
    """Return the date ``nilai`` stands for, or ``None`` when it cannot be read as one."""
    if nilai is None or isinstance(nilai, bool):
        return None
    if isinstance(nilai, dt.datetime):
        return nilai.date()
    if isinstance(nilai, dt.date):
        return nilai
    if isinstance(nilai, int | float):
        if 10_000_000 <= nilai < 100_000_000 and nilai == int(nilai):
            return _delapan_digit(str(int(nilai)))  # 19800815 typed into a number cell
        if not 1 <= nilai <= 2958465 or nilai != nilai:
            return None
        return _EXCEL_EPOCH + dt.timedelta(days=int(nilai))
    teks = _HARI.sub("", str(nilai).strip())
    if not teks:
        return None
    try:
        m = _ISO.match(teks)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = _DMY.match(teks)
        if m:
            hari, bulan = int(m[1]), int(m[2])
            if bulan > 12 and hari <= 12:
                # 08/15/1980 cannot be day first: the US order (05/06/1980 stays 5 June)
                hari, bulan = bulan, hari
            return dt.date(_tahun(m[3]), bulan, hari)
        m = _YMD_GARIS.match(teks)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if _SERIAL.match(teks):
            return urai_tanggal(float(teks))
        m = _DMY_NAMA.match(teks)
        if m and m[2].casefold() in BULAN:
            return dt.date(_tahun(m[3]), BULAN[m[2].casefold()], int(m[1]))
        m = _MDY_NAMA.match(teks)
        if m and m[1].casefold() in BULAN:
            return dt.date(int(m[3]), BULAN[m[1].casefold()], int(m[2]))
        if _DELAPAN.match(teks):
            return _delapan_digit(teks[:8])
    except ValueError:
        return None
    return None


def _delapan_digit(teks: str) -> dt.date | None:
    """Eight digits without separators: ``yyyymmdd`` when that is a real date of a year from
    1900 to this one (``19800815``), else ``ddmmyyyy`` (``15081980``)."""
    try:
        tgl = dt.date(int(teks[:4]), int(teks[4:6]), int(teks[6:]))
        if 1900 <= tgl.year <= dt.date.today().year:
            return tgl
    except ValueError:
        pass
    try:
        return dt.date(int(teks[4:]), int(teks[2:4]), int(teks[:2]))
    except ValueError:
        return None
