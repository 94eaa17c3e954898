"""Numbers, dates and times as the interface language writes them: the one place the window
formats them (status bar, region tree, tables, dashboard, dialogs).

Everything goes through the application's default :class:`QLocale`, which
:func:`kalbar_desktop.ui.bahasa.pasang_penerjemah` sets from the chosen language (Indonesian:
``1.234``, ``1,5``, ``23 November 2026``; English: ``1,234``, ``1.5``, ``23 November 2026``).
When no language was installed and the process runs in the neutral ``C`` locale (a test
machine with ``LANG=C``), Indonesian is used: the application's default language.

Short dates are written day first with the full year in both languages (``20-11-2026``), the
form the date fields accept when typed.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

POLA_TANGGAL_PENDEK = "dd-MM-yyyy"
"""Short dates (tables, fields): day first, four-digit year, in every language."""


def lokal() -> QLocale:
    """The locale for numbers and dates: the application's default, Indonesian when that is
    the neutral 'C' locale."""
    kini = QLocale()
    if kini.language() == QLocale.Language.C:
        return QLocale("id_ID")
    return kini


class Jumlah(str):
    """A count as the window writes it (``1.234``) that also picks a noun's form in a
    translation: ``{0:row|rows}`` is ``row`` for one, ``rows`` for any other number.

    Indonesian has no plural and its texts never ask; an English translation writes the
    number and the noun apart: ``"{0} audit trail {0:row|rows} exported to {1}."``."""

    nilai: int

    def __new__(cls, teks: str, nilai: int) -> Jumlah:
        diri = super().__new__(cls, teks)
        diri.nilai = nilai
        return diri

    def __format__(self, spek: str) -> str:
        if "|" in spek:
            return pilih_bentuk(self.nilai, spek)
        return str.__format__(self, spek)


def pilih_bentuk(n: int, spek: str) -> str:
    """The form ``spek`` (``"row|rows"``) gives for ``n``: the first for one, else the
    second."""
    satu, banyak = spek.split("|", 1)
    return satu if n == 1 else banyak


def angka(n: int | float) -> Jumlah:
    """An integer with the locale's group separator (Indonesian ``1.234.567``, English
    ``1,234,567``), as a :class:`Jumlah` (a translation may pick a noun's form by it)."""
    return Jumlah(lokal().toString(int(n)), int(n))


def desimal(x: float, digit: int = 1) -> str:
    """A number with ``digit`` decimals in the locale (Indonesian ``1,5``, English ``1.5``)."""
    return lokal().toString(float(x), "f", digit)


def persen(bagian: int, total: int) -> str:
    """A share as whole percent, rounded down so that 100% means done ('-' without a total;
    '<1%' for a small non-zero share)."""
    if total <= 0:
        return "-"
    nilai = math.floor(100 * bagian / total)
    if nilai == 0 and bagian > 0:
        return "<1%"
    return f"{nilai}%"


def ukuran_berkas(byte: int) -> str:
    """A file size in megabytes with one decimal (``12,3 MB``)."""
    return f"{desimal(byte / 1e6)} MB"


def _qdate(nilai: object) -> QDate:
    if isinstance(nilai, dt.datetime):
        nilai = nilai.date()
    if isinstance(nilai, dt.date):
        return QDate(nilai.year, nilai.month, nilai.day)
    return QDate.fromString(str(nilai or "")[:10], "yyyy-MM-dd")


def tanggal(nilai: object, pola: str = "d MMMM yyyy") -> str:
    """A date (``date`` or ISO text) written in the locale (``23 November 2026``); text that is
    not a date is returned as it is."""
    d = _qdate(nilai)
    return lokal().toString(d, pola) if d.isValid() else str(nilai or "")


def tanggal_pendek(nilai: object) -> str:
    """A date as ``20-11-2026`` (tables and fields); text that is not a date is returned as
    it is, an empty value as ''."""
    if not nilai:
        return ""
    return tanggal(nilai, POLA_TANGGAL_PENDEK)


def _qdatetime(nilai: object) -> QDateTime | None:
    if isinstance(nilai, str):
        try:
            nilai = dt.datetime.fromisoformat(nilai.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    if not isinstance(nilai, dt.datetime):
        return None
    return QDateTime(QDate(nilai.year, nilai.month, nilai.day),
                     QTime(nilai.hour, nilai.minute, nilai.second))


def jam(nilai: dt.datetime | dt.time, detik: bool = False) -> str:
    """A time of day as ``14.05`` (Indonesian) or ``14:05`` (English), 24-hour clock."""
    t = QTime(nilai.hour, nilai.minute, nilai.second)
    pemisah = "." if lokal().language() == QLocale.Language.Indonesian else ":"
    pola = pemisah.join(["HH", "mm", "ss"] if detik else ["HH", "mm"])
    return t.toString(pola)


def waktu(nilai: object, detik: bool = False) -> str:
    """A date and time (``datetime`` or ISO text) as ``20-11-2026 14.05``; other text is
    returned as it is."""
    q = _qdatetime(nilai)
    if q is None:
        return str(nilai or "")
    d = q.date()
    return (f"{tanggal_pendek(dt.date(d.year(), d.month(), d.day()))} "
            f"{jam(q.time().toPython(), detik)}")
