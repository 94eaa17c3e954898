"""Kemendagri region codes: 2 (provinsi), 4 (kab/kota), 6 (kecamatan), 10 digits (desa/kel)."""

from __future__ import annotations

import re
from enum import StrEnum


class Tingkat(StrEnum):
    PROVINSI = "provinsi"
    KABUPATEN_KOTA = "kabupaten_kota"
    KECAMATAN = "kecamatan"
    DESA_KELURAHAN = "desa_kelurahan"


PANJANG: dict[Tingkat, int] = {
    Tingkat.PROVINSI: 2,
    Tingkat.KABUPATEN_KOTA: 4,
    Tingkat.KECAMATAN: 6,
    Tingkat.DESA_KELURAHAN: 10,
}
_TINGKAT_MENURUT_PANJANG = {v: k for k, v in PANJANG.items()}

LABEL_TINGKAT = {
    Tingkat.PROVINSI: "Provinsi",
    Tingkat.KABUPATEN_KOTA: "Kabupaten/Kota",
    Tingkat.KECAMATAN: "Kecamatan",
    Tingkat.DESA_KELURAHAN: "Desa/Kelurahan",
}


def bersihkan_kode(kode: object) -> str:
    """Remove dots and spaces from a region code (``61.72.01.1001`` gives ``6172011001``)."""
    return "".join(ch for ch in str(kode or "") if ch.isdigit() or ch.isalpha())


def tingkat(kode: str) -> Tingkat | None:
    """Level of a clean region code, by its length; ``None`` when the length fits no level."""
    if not kode.isdigit():
        return None
    return _TINGKAT_MENURUT_PANJANG.get(len(kode))


def induk(kode: str) -> str | None:
    """The code of the region one level up (``None`` for a provinsi or an invalid code)."""
    t = tingkat(kode)
    if t is None or t == Tingkat.PROVINSI:
        return None
    urutan = list(PANJANG.values())
    return kode[: urutan[urutan.index(len(kode)) - 1]]


def leluhur(kode: str) -> list[str]:
    """All codes above ``kode`` from the provinsi down (``6172011001`` gives 61, 6172, 617201)."""
    hasil = []
    k = induk(kode)
    while k:
        hasil.append(k)
        k = induk(k)
    return list(reversed(hasil))


def jenis_desa(kode: str) -> str | None:
    """``kelurahan``, ``desa`` or ``desa adat`` from the first digit of the 4-digit part."""
    if tingkat(kode) != Tingkat.DESA_KELURAHAN:
        return None
    return {"1": "kelurahan", "2": "desa", "3": "desa adat"}.get(kode[6])


_AWALAN_DESA = re.compile(r"(?:desa|kelurahan|kel\.)\s*", re.IGNORECASE)


def kunci_nama_desa(teks: object) -> str:
    """A desa name as two writings of it are compared: case and spaces ignored, and a leading
    "Desa"/"Kelurahan"/"Kel." (``"  desa  SUNGAI Wie"`` and ``"Sungai Wie"`` give the same)."""
    t = " ".join(str(teks or "").split()).casefold()
    m = _AWALAN_DESA.match(t)
    if m and len(t) > m.end():
        t = t[m.end():]
    return t
