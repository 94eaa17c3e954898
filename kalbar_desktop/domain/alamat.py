"""RT and RW in a P3KE address. P3KE's Alamat is free text ("JL. MERDEKA RT 003 RW 015",
"DUSUN SUKA MAJU RT.001/RW.002", "GG. MAWAR NO 5"): there are no RT/RW fields, so a workbook's
RT/RW column can only be compared with the numbers the address text carries."""

from __future__ import annotations

import re
from dataclasses import dataclass

_RT = re.compile(r"\bRT\.?\s*:?\s*0*(\d{1,3})\b", re.IGNORECASE)
_RW = re.compile(r"\bRW\.?\s*:?\s*0*(\d{1,3})\b", re.IGNORECASE)
_GABUNG = re.compile(r"\bRT\s*[/.-]?\s*RW\.?\s*:?\s*0*(\d{1,3})\s*[/.-]\s*0*(\d{1,3})\b",
                     re.IGNORECASE)
_ANGKA = re.compile(r"\d{1,3}")


@dataclass(frozen=True)
class RtRw:
    """RT and RW numbers (without leading zeros); ``None`` where not known."""

    rt: int | None = None
    rw: int | None = None

    def teks(self) -> str:
        """'RT 3, RW 15' (what is known)."""
        return ", ".join(f"{n} {v}" for n, v in (("RT", self.rt), ("RW", self.rw))
                         if v is not None)


def dari_alamat(alamat: str | None) -> RtRw:
    """The RT and RW an address text names ('RT 003 RW 015', 'RT.1/RW.2', 'RT/RW 001/002')."""
    teks = alamat or ""
    if m := _GABUNG.search(teks):
        return RtRw(int(m.group(1)), int(m.group(2)))
    rt, rw = _RT.search(teks), _RW.search(teks)
    return RtRw(int(rt.group(1)) if rt else None, int(rw.group(1)) if rw else None)


def dari_kolom(nilai: dict[str, object]) -> RtRw:
    """The RT and RW typed in a workbook's own columns (header -> cell): a column 'RT' or
    'RW' holds one number ('003', 3, 'RT 3'); a column 'RT/RW' holds both ('003/015')."""
    rt = rw = None
    for judul, isi in nilai.items():
        if isi is None:
            continue
        if isinstance(isi, float) and isi.is_integer():
            isi = int(isi)
        angka = [int(a) for a in _ANGKA.findall(str(isi))]
        kepala = judul.upper().replace(" ", "")
        if "RT" in kepala and "RW" in kepala:
            if angka:
                rt = angka[0]
            if len(angka) > 1:
                rw = angka[1]
        elif "RW" in kepala and angka:
            rw = angka[0]
        elif "RT" in kepala and angka:
            rt = angka[0]
    return RtRw(rt, rw)


def berbeda(diketik: RtRw, alamat: RtRw) -> bool:
    """Whether what a workbook typed says something the address does not: a number typed
    that the address lacks or holds otherwise."""
    return any(k is not None and k != a for k, a in ((diketik.rt, alamat.rt),
                                                     (diketik.rw, alamat.rw)))
