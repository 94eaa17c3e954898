"""Kemendagri region codes: 2 (provinsi), 4 (kab/kota), 6 (kecamatan), 10 digits (desa/kel)."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
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


def jarak_ketik(a: str, b: str, batas: int) -> int:
    """How many typing slips turn ``a`` into ``b``: a letter left out, added, replaced, or two
    neighbours swapped ("Ambwang" / "Ambawang": one). Stops early: anything above ``batas``
    is returned as ``batas + 1``."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > batas:
        return batas + 1
    dua: list[int] = []
    satu = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        kini = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            kini[j] = min(satu[j] + 1, kini[j - 1] + 1, satu[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                kini[j] = min(kini[j], dua[j - 2] + 1)
        if min(kini) > batas:
            return batas + 1
        dua, satu = satu, kini
    return min(satu[-1], batas + 1)


def batas_salah_ketik(kunci: str) -> int:
    """How many typing slips a desa name (a :func:`kunci_nama_desa` key) may carry and still be
    suggested: none under 5 letters (a slip there names another desa as easily: "Jawa"), one,
    two from 12 letters ("Sungai Garam Hilir")."""
    n = len(kunci.replace(" ", ""))
    return 0 if n < 5 else 1 if n < 12 else 2


def desa_mirip(teks: object, nama: Mapping[str, Collection[str]]) -> str | None:
    """The one desa an old free text probably means when it names none exactly: ``nama`` maps
    each :func:`kunci_nama_desa` key to the desa codes of that name. Returns the code when the
    text is within :func:`batas_salah_ketik` slips of names of exactly one desa ("Desa Sungai
    Ambwang" for Sungai Ambawang); ``None`` when it names a desa exactly, or none or several
    are that close (a human decides; nothing is guessed)."""
    kunci = kunci_nama_desa(teks)
    if not kunci or kunci in nama:
        return None
    batas = batas_salah_ketik(kunci)
    if not batas:
        return None
    kode = {k for n, semua in nama.items() if jarak_ketik(kunci, n, batas) <= batas
            for k in semua}
    return next(iter(kode)) if len(kode) == 1 else None
