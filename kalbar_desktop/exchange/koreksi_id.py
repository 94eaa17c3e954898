"""Identifiers that Excel turned into numbers in a re-imported workbook: an ID Keluarga
``0061729003`` or an ID Individu ``006172900103`` converted into a number cell comes back as
``61729003`` or ``6172900103``, its leading zeros lost.

A number is matched back only when exactly one family (member) of this database has those
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
    """The families (``jenis`` ``"keluarga"``) or members (``"anggota"``) numbers of a workbook
    may stand for, looked up once for many numbers."""

    def __init__(self, db: BasisData, jenis: str = "keluarga"):
        self.db = db
        self.jenis = jenis
        self._calon: dict[str, str | tuple[str, ...]] = {}

    def siapkan(self, digit: Iterable[str]) -> None:
        """Look up the IDs of many numbers (as digit text) at once."""
        baru = {d for d in digit if d not in self._calon}
        if baru:
            self._calon.update(dict.fromkeys(baru, ())
                               | sekspor.id_dari_angka(self.db, self.jenis, baru))

    def baca(self, mentah: object, teks: str | None) -> tuple[str | None, tuple[str, ...] | None]:
        """A cell's ID (``teks``: the cell as text): for a number the one ID it stands for (or
        its digits when none or several) and the IDs it may stand for; otherwise ``teks`` and
        ``None``."""
        if not teks or not angka(mentah):
            return teks, None
        calon = self.calon(teks)
        return (calon[0] if len(calon) == 1 else teks), calon

    def calon(self, digit: str) -> tuple[str, ...]:
        """The IDs this number may stand for (sorted; one: the ID to use)."""
        self.siapkan([digit])
        hasil = self._calon[digit]
        return hasil if isinstance(hasil, tuple) else (hasil,)

    def pesan(self, digit: str) -> str:
        """Why a number matching no ID, or several, is not applied (Indonesian)."""
        calon = self.calon(digit)
        if self.jenis == "anggota":
            if calon:
                return Pesan("ID Individu {angka} tersimpan sebagai angka (Excel menghapus nol "
                             "di depan) dan bisa berarti lebih dari satu anggota di basis data "
                             "ini ({daftar}); tidak diterapkan kepada siapa pun. Ketik ulang ID "
                             "Individu sebagai teks (awali dengan tanda petik ') lalu impor lagi",
                             angka=digit, daftar=", ".join(calon))
            return Pesan("ID Individu {angka} tersimpan sebagai angka (Excel menghapus nol di "
                         "depan) dan tidak cocok dengan anggota mana pun di basis data ini. "
                         "Ketik ulang ID Individu sebagai teks (awali dengan tanda petik ') lalu "
                         "impor lagi", angka=digit)
        if calon:
            return Pesan("ID Keluarga {angka} tersimpan sebagai angka (Excel menghapus nol di "
                         "depan) dan bisa berarti lebih dari satu keluarga di basis data ini "
                         "({daftar}); tidak diterapkan kepada siapa pun. Ketik ulang ID Keluarga "
                         "sebagai teks (awali dengan tanda petik ') lalu impor lagi", angka=digit,
                         daftar=", ".join(calon))
        return Pesan("ID Keluarga {angka} tersimpan sebagai angka (Excel menghapus nol di depan) "
                     "dan tidak cocok dengan keluarga mana pun di basis data ini. Ketik ulang ID "
                     "Keluarga sebagai teks (awali dengan tanda petik ') lalu impor lagi",
                     angka=digit)
