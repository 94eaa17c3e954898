"""Reading dates as they arrive in P3KE files: real date cells, ISO text, Indonesian day-first
text (``23/11/1980``, ``23-11-1980``, ``23.11.1980``, ``23 Nov 1980``, ``Minggu, 23 November
1980``, two-digit years ``23/11/80``), ``1980/11/23``, Excel serial numbers (also written out
as five-digit text in a CSV), the US order where it cannot be a day first (``11/23/1980``,
``November 23, 1980``, ``Nov 23, 1980``), eight digits without separators (``19801123``,
else ``23111980``) and the place of birth before the date (``KETAPANG, 12-03-1980``,
``KETAPANG 12-03-1980``, ``Ketapang/12-03-1980``, ``KETAPANG; 12 MARET 1980``: a "Tempat,
Tanggal Lahir" column)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

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
_TEMPAT = re.compile(r"^([^\d,]*[^\W\d_][^\d,]*),\s*(\S.*)$")
"""A place of birth before a comma, then the date (``KETAPANG, 12-03-1980``, ``Kab. Sambas,
12 Maret 1980``): a "Tempat, Tanggal Lahir" cell. The place holds a letter and no digit."""


_TEMPAT_PEMISAH = re.compile(
    r"^([^\W\d_](?:[^\W\d_]|[ .'\-])*?)\s*(?:[/;\-]\s*|\s)(\d.*)$")
"""A place of birth of letters only (spaces, dots, apostrophes and dashes inside: ``Kab.
Sambas``, ``Sungai-Raya``), then a space, a slash, a semicolon or a dash, then the date from
its first digit (``KETAPANG 12-03-1980``, ``Ketapang/12-03-1980``, ``KETAPANG; 12 MARET
1980``, ``Ketapang - 12-03-1980``): a "Tempat, Tanggal Lahir" cell typed without the comma."""
_NAMA_HARI = frozenset((
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))


def tanpa_tempat(teks: str) -> str:
    """The date part of a cell holding the place of birth and the date (``KETAPANG,
    12-03-1980``, ``KETAPANG 12-03-1980``, ``Ketapang/12-03-1980``, ``KETAPANG; 12 MARET 1980``
    give the date after the place), else ``teks`` as it is. The place holds letters and no
    digit (before a comma, anything but a digit); a weekday is no place. Only a day-first
    date, ISO or with the month's name counts as the date part: ``Nov 23, 1980`` is no place
    and date."""
    m = _TEMPAT.match(teks) or _TEMPAT_PEMISAH.match(teks)
    if m is None or m[1].strip(" .").casefold() in _NAMA_HARI:
        return teks
    tanggal = _HARI.sub("", m[2].strip())
    if _DMY.match(tanggal) or _DMY_NAMA.match(tanggal) or _ISO.match(tanggal):
        return tanggal
    return teks


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
    if ("," in teks or teks[0].isalpha()) and (tanggal := tanpa_tempat(teks)) is not teks:
        return urai_tanggal(tanggal)  # the written text stays in the source (the caller's)
    return None


NAMA_BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember")


def teks_tanggal(tgl: dt.date) -> str:
    """A date in Indonesian words: ``10 Maret 1985``."""
    return f"{tgl.day} {NAMA_BULAN[tgl.month - 1]} {tgl.year}"


def teks_waktu(iso: str) -> str:
    """A stored time with its UTC offset (``2026-11-24T19:32:03+00:00``) as a person reads it,
    in this computer's time zone, day first like the window's dates: ``24-11-2026 19.32``.
    Text that is not such a time is returned as it is."""
    try:
        waktu = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if waktu.tzinfo is not None:
        waktu = waktu.astimezone()
    return waktu.strftime("%d-%m-%Y %H.%M")


_GARIS_MIRING = re.compile(r"^(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4}|\d{2})(?:\s.*)?$")
"""A date written with slashes, the way both Indonesia (day first) and the US (month first)
write it: the order of its two numbers is the question."""


def _dua_urutan(nilai: object) -> tuple[dt.date | None, dt.date | None]:
    """Both readings of a date written ``a/b/yyyy``: (day first, month first), each ``None``
    when it is no real date; both ``None`` for any other value."""
    if nilai.__class__ is not str:
        return None, None
    m = _GARIS_MIRING.match(tanpa_tempat(_HARI.sub("", nilai.strip())))  # type: ignore[union-attr]
    if not m:
        return None, None
    a, b, tahun = int(m[1]), int(m[2]), _tahun(m[3])
    try:
        hari_dulu: dt.date | None = dt.date(tahun, b, a)
    except ValueError:
        hari_dulu = None
    try:
        bulan_dulu: dt.date | None = dt.date(tahun, a, b)
    except ValueError:
        bulan_dulu = None
    return hari_dulu, bulan_dulu


def tanggal_bulan_dulu(nilai: object) -> dt.date | None:
    """The US reading (month first) of a date written with slashes (``3/10/1985`` is 10 March
    1985), ``None`` for any other value."""
    return _dua_urutan(nilai)[1]


@dataclass
class BuktiUrutan:
    """What the slash dates of one column say about their order (:meth:`catat` each distinct
    text once): a column holding dates that can only be month first (``08/15/1980``) and none
    that can only be day first (``25/12/1980``) was written in the US order, so its dates that
    read either way (``3/10/1985``) are month first too. Mixed evidence keeps day first (as
    :func:`urai_tanggal` reads them) and is for the user to check."""

    bulan_dulu: list[str] = field(default_factory=list)
    """Texts that can only be month first (the first few, as examples)."""
    hari_dulu: list[str] = field(default_factory=list)
    """Texts that can only be day first (the first few)."""
    ambigu: list[str] = field(default_factory=list)
    """Texts that read as two different dates (as written, each once)."""
    jumlah_bulan_dulu: int = 0
    jumlah_hari_dulu: int = 0
    nik_hari: int = 0
    """Rows holding a two-way date whose NIK carries its day-first reading (set by the caller
    when :attr:`perlu_nik`, see :func:`kode_nik`)."""
    nik_bulan: int = 0
    """Rows holding a two-way date whose NIK carries its month-first reading."""

    CONTOH = 3

    def catat(self, nilai: object) -> None:
        """Note one distinct cell value of the column (anything but a slash date is ignored).
        Called for every distinct text of a date column while a district file converts: the
        common cases cost no date object."""
        if nilai.__class__ is not str or "/" not in nilai:  # type: ignore[operator]
            return
        teks = nilai.strip()  # type: ignore[union-attr]
        if teks[:1].isalpha():
            teks = tanpa_tempat(_HARI.sub("", teks))
        m = _GARIS_MIRING.match(teks)
        if not m:
            return
        a, b = int(m[1]), int(m[2])
        if a <= 12 and b <= 12:
            if a != b and a and b:
                self.ambigu.append(nilai)  # type: ignore[arg-type]
            return
        if a > 12 and b > 12:
            return
        try:  # a real date only the one way round
            dt.date(_tahun(m[3]), min(a, b), max(a, b))
        except ValueError:
            return
        if b > 12:
            self.jumlah_bulan_dulu += 1
            if len(self.bulan_dulu) < self.CONTOH:
                self.bulan_dulu.append(teks)
        else:
            self.jumlah_hari_dulu += 1
            if len(self.hari_dulu) < self.CONTOH:
                self.hari_dulu.append(teks)

    def peta(self) -> dict[str, tuple[str, str]]:
        """Each text of :attr:`ambigu` -> (its day-first, its month-first ISO date)."""
        hasil = {}
        for teks in self.ambigu:
            hari, bulan = _dua_urutan(teks)
            if hari is not None and bulan is not None:
                hasil[teks] = (hari.isoformat(), bulan.isoformat())
        return hasil

    @property
    def perlu_nik(self) -> bool:
        """Every slash date of the column reads two ways (``3/10/1985``; a small desa file can
        hold nothing else): only the NIKs of those rows can tell the order
        (:attr:`nik_hari`, :attr:`nik_bulan`)."""
        return bool(self.ambigu) and not self.jumlah_bulan_dulu and not self.jumlah_hari_dulu

    @property
    def keputusan(self) -> str | None:
        """``bulan`` (read the ambiguous dates month first: dates that can only be month
        first), ``nik_bulan`` (month first: the NIKs say so, :func:`putusan_nik`), ``campur``
        (evidence both ways: day first kept, to be checked), ``belum_pasti`` (every date reads
        two ways and the NIKs do not decide: day first kept, to be checked) or ``None`` (day
        first, nothing to say: dates that can only be day first, or NIKs that say so)."""
        if not self.ambigu:
            return None
        if self.jumlah_bulan_dulu and not self.jumlah_hari_dulu:
            return "bulan"
        if self.jumlah_bulan_dulu and self.jumlah_hari_dulu:
            return "campur"
        if self.jumlah_hari_dulu:
            return None
        putusan = putusan_nik(self.nik_hari, self.nik_bulan)
        if putusan == "bulan":
            return "nik_bulan"
        return None if putusan == "hari" else "belum_pasti"


NIK_MINIMAL = 3
"""NIKs that must carry one reading of a column's two-way dates before it decides the order.
Each agreeing NIK is strong evidence (six digits matching a date by chance is rare), but one
or two can be a NIK registered with another birth date or a row typed the other way; three
is what a desa file of a few families gives when its people have NIKs at all."""
NIK_MAYORITAS = 4
"""The reading the NIKs decide for must be carried by at least this many times as many NIKs
as the other reading (80 %): a few rows typed the other way, or NIKs issued with a wrong
date, do not stop a clear column, while a column truly written both ways stays undecided."""


def putusan_nik(hari: int, bulan: int) -> str | None:
    """What the NIKs of a column's two-way dates decide: ``bulan`` (month first), ``hari``
    (day first) or ``None`` (too few, or no clear majority): ``hari``/``bulan`` count the
    rows whose NIK carries the day-first/month-first reading (see :data:`NIK_MINIMAL`,
    :data:`NIK_MAYORITAS`)."""
    if bulan >= NIK_MINIMAL and bulan >= NIK_MAYORITAS * hari:
        return "bulan"
    if hari >= NIK_MINIMAL and hari >= NIK_MAYORITAS * bulan:
        return "hari"
    return None


def kode_nik(iso: str) -> tuple[str, str]:
    """The birth-date digits (7 to 12, ``DDMMYY``) a NIK carries for the date ``iso``
    (``1985-03-10``): a man's (``100385``) and a woman's (day + 40: ``500385``)."""
    hari, sisa = iso[8:10], iso[5:7] + iso[2:4]
    return hari + sisa, f"{int(hari) + 40}{sisa}"


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
