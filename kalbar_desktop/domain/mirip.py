"""How close a mistyped account name is to the real ones, for the record of a failed sign-in.

A name that is no account is never recorded as typed: it may be a password typed into the
name field. What is recorded instead (:func:`uraian_nama_asing`) says only which account the
text is a small typing slip away from, and then its length; a text far from every account name
(a password, a stranger's name) is recorded with nothing of it.
"""

from __future__ import annotations

from collections.abc import Iterable

from kalbar_desktop.domain import keterangan_jejak
from kalbar_desktop.domain.wilayah import jarak_ketik


def batas_salah_ketik(nama_akun: str) -> int:
    """How many slips still make a text a mistyped ``nama_akun``: one for a name of up to
    five letters, two for a longer one."""
    return 1 if len(nama_akun) <= 5 else 2


def akun_termirip(teks: str, nama_akun: Iterable[str]) -> str | None:
    """The account name ``teks`` is a small typing slip away from (the closest; by name when
    two are as close), or ``None``."""
    teks = teks.strip()
    calon = []
    for nama in nama_akun:
        batas = batas_salah_ketik(nama)
        jarak = jarak_ketik(teks.casefold(), nama.casefold(), batas)
        if jarak <= batas:
            calon.append((jarak, nama.casefold(), nama))
    return min(calon)[2] if calon else None


def uraian_nama_asing(teks: str, nama_akun: Iterable[str]) -> str:
    """What the audit trail records of a sign-in name that is no account (Indonesian): the
    account it nearly is and the typed length, or that it is like no account. Never the text
    itself, nor anything computed from it when it is far from every account name."""
    mirip = akun_termirip(teks, nama_akun)
    if mirip is None:
        return keterangan_jejak.nama_asing()
    return keterangan_jejak.nama_mirip(mirip, len(teks.strip()))
