"""Reading numbers as they arrive in P3KE files (Persentil, Usia 2023, Dimutakhirkan Tahun):
number cells, text with a decimal point or an Indonesian decimal comma (``12,5``), and
thousands separators either way (``1.234,5``, ``1,234.5``)."""

from __future__ import annotations

import re

_ANGKA = re.compile(r"^[+-]?\d[\d.,]*$")
_SATUAN = re.compile(r"(?:%|tahun|thn\.?|th\.?)$", re.IGNORECASE)
"""A unit written after the number (``12,5%``, ``45 tahun``, ``45 thn``)."""


def urai_angka(nilai: object) -> float | None:
    """The number ``nilai`` stands for, or ``None`` when it is not one (empty, words, a
    bool); a unit after it (``%``, ``tahun``, ``thn``) is left out. One comma without a point
    is a decimal comma (``12,5``); with both, the one written last is the decimal sign;
    several of one kind are thousands separators."""
    if nilai is None or isinstance(nilai, bool):
        return None
    if isinstance(nilai, int | float):
        angka = float(nilai)
        return angka if angka == angka and angka not in (float("inf"), float("-inf")) else None
    teks = _SATUAN.sub("", str(nilai).strip().replace("\u00a0", "").replace(" ", ""))
    if not _ANGKA.match(teks):
        return None
    koma, titik = teks.count(","), teks.count(".")
    if koma and titik:
        if teks.rfind(",") > teks.rfind("."):
            teks = teks.replace(".", "").replace(",", ".")
        else:
            teks = teks.replace(",", "")
    elif koma:
        teks = teks.replace(",", ".") if koma == 1 else teks.replace(",", "")
    elif titik > 1:
        teks = teks.replace(".", "")
    try:
        return float(teks)
    except ValueError:  # "1,2,3.4,5": separators no writer puts so
        return None


def teks_angka(angka: float) -> str:
    """How a number is stored: whole numbers without ``.0`` (``2023``), others as Python
    writes them (``12.5``), the same text a number cell gives."""
    return str(int(angka)) if angka.is_integer() else repr(angka)
