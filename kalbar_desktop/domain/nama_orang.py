"""A person's name as two files write it: whether two writings are the same name."""

from __future__ import annotations

import unicodedata


def kunci_nama(nama: object) -> str:
    """A name as two writings of it are compared: case, accents, spaces and the punctuation a
    typist adds or drops (``.``, ``,``, ``'``, ``-``) ignored (``"MUH. YUSUF"`` and
    ``"Muh Yusuf"``, ``"Ma'ruf"`` and ``"MARUF"`` give the same). Spelling is not: ``"Achmad"``
    is not ``"Ahmad"``."""
    teks = unicodedata.normalize("NFKD", str(nama or "")).casefold()
    teks = "".join(c if c.isalnum() else " " for c in teks
                   if not unicodedata.combining(c) and c not in "'`’")
    return " ".join(teks.split())
