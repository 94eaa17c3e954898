"""ID Keluarga that Excel turned into numbers in a re-imported workbook: ``0061729003`` typed
(or converted) into a number cell comes back as ``61729003``, its leading zeros lost.

A number is matched back to a family only when exactly one family of this database has those
digits as its ID, with or without leading zeros; with none, or more than one (``61729003``
and ``0061729003`` both here), the row is refused and asks for the ID typed as text. It is never
applied to a guess.
"""

from __future__ import annotations

from collections.abc import Iterable

from kalbar_desktop.domain.pesan import Pesan
from kalbar_desktop.storage import ekspor as sekspor
from kalbar_desktop.storage.db import BasisData


def angka(nilai: object) -> bool:
    """Whether a cell holds a number (not text, not a yes/no)."""
    return isinstance(nilai, (int, float)) and not isinstance(nilai, bool)


class PemulihId:
    """The families numbers of a workbook may stand for, looked up once for many numbers."""

    def __init__(self, db: BasisData):
        self.db = db
        self._calon: dict[str, list[str]] = {}

    def siapkan(self, digit: Iterable[str]) -> None:
        """Look up the families of many numbers (as digit text) at once."""
        baru = {d for d in digit if d not in self._calon}
        if baru:
            self._calon.update({d: [] for d in baru}
                               | sekspor.id_keluarga_dari_angka(self.db, baru))

    def calon(self, digit: str) -> list[str]:
        """The IDs of the families this number may stand for (sorted)."""
        self.siapkan([digit])
        return self._calon[digit]


def pesan_tidak_cocok(digit: str) -> str:
    """Why a number matches no family here (Indonesian)."""
    return Pesan("ID Keluarga {angka} tersimpan sebagai angka (Excel menghapus nol di depan) dan "
                 "tidak cocok dengan keluarga mana pun di basis data ini. Ketik ulang ID Keluarga "
                 "sebagai teks (awali dengan tanda petik ') lalu impor lagi", angka=digit)


def pesan_ganda(digit: str, calon: list[str]) -> str:
    """Why a number matching several families is not applied to any (Indonesian)."""
    return Pesan("ID Keluarga {angka} tersimpan sebagai angka (Excel menghapus nol di depan) dan "
                 "bisa berarti lebih dari satu keluarga di basis data ini ({daftar}); tidak "
                 "diterapkan kepada siapa pun. Ketik ulang ID Keluarga sebagai teks (awali dengan "
                 "tanda petik ') lalu impor lagi", angka=digit, daftar=", ".join(calon))
