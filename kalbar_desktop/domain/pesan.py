"""Messages of the lower layers that the window can show in the interface language.

The domain, storage and exchange layers write their messages in Indonesian and know nothing of
Qt. A :class:`Pesan` is such a message: it *is* the Indonesian ``str`` (so every place that
compares, logs, prints or writes it to a workbook sees the same text as before), and it also
carries the Indonesian template it was made from (``templat``, with named placeholders) and the
arguments (``argumen``). The window (``ui/bahasa.py: teks``) looks the template up in Qt's
translations (context :data:`KONTEKS`) and formats it with the arguments; the console and the
files keep the Indonesian text.

``scripts/i18n.py perbarui`` finds the templates by reading the code (every ``Pesan(...)`` call
in ``domain/``, ``storage/`` and ``exchange/``): the template must be a string literal.

A :class:`Label` is a label of a code or a field (``Status verifikasi``, ``Diajukan``...) that
the interface already translates in its own context (``ui/label.py``): as an argument of a
message it is shown translated too. A :class:`Tanggal` is a date as an argument: Indonesian
words in the text, written in the interface language's own way by the window; an
:class:`Angka` is a count, written with the interface language's group separator.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from kalbar_desktop.domain.tanggal import teks_tanggal

KONTEKS = "pesan"
"""The translation context of every :class:`Pesan` template."""


class Pesan(str):
    """An Indonesian message made from ``templat`` (``str.format`` placeholders by name) and
    its arguments; equal to ``templat.format(**argumen)``.

    >>> p = Pesan("Berkas {berkas} kosong.", berkas="a.xlsx")
    >>> p, p.templat, p.argumen
    ('Berkas a.xlsx kosong.', 'Berkas {berkas} kosong.', {'berkas': 'a.xlsx'})
    """

    templat: str
    argumen: dict[str, object]
    bagian: tuple[str, ...] | None
    pemisah: str

    def __new__(cls, templat: str, /, **argumen: object) -> Pesan:
        diri = super().__new__(cls, templat.format(**argumen) if argumen else templat)
        diri.templat = templat
        diri.argumen = argumen
        diri.bagian = None
        diri.pemisah = ""
        return diri

    @classmethod
    def gabung(cls, pemisah: str, bagian: Iterable[str]) -> Pesan:
        """Messages (each a :class:`Pesan` or plain text) joined by ``pemisah`` (not
        translated: punctuation and line breaks), shown each in the interface language."""
        bagian = tuple(bagian)
        diri = super().__new__(cls, pemisah.join(bagian))
        diri.templat = ""
        diri.argumen = {}
        diri.bagian = bagian
        diri.pemisah = pemisah
        return diri

    def __reduce__(self):  # kept whole across pickling (a worker process, a copy)
        if self.bagian is not None:
            return (_gabungan, (self.pemisah, self.bagian))
        return (_pesan, (self.templat, self.argumen))

    def __add__(self, lain: str) -> Pesan:  # type: ignore[override]
        return Pesan.gabung("", (self, lain))

    def __radd__(self, lain: str) -> Pesan:
        return Pesan.gabung("", (lain, self))


def _pesan(templat: str, argumen: dict[str, object]) -> Pesan:
    return Pesan(templat, **argumen)


def _gabungan(pemisah: str, bagian: tuple[str, ...]) -> Pesan:
    return Pesan.gabung(pemisah, bagian)


class Label(str):
    """A label the interface translates in the Qt context ``konteks`` (the contexts of
    ``ui/label.py``: ``IsianVerifikasi``, ``Persetujuan``, ``Temuan``...). It is the
    Indonesian label itself."""

    konteks: str

    def __new__(cls, konteks: str, teks: str) -> Label:
        diri = super().__new__(cls, teks)
        diri.konteks = konteks
        return diri

    def __reduce__(self):
        return (Label, (self.konteks, str(self)))


class Tanggal(str):
    """A date as an argument of a message: the Indonesian words (``3 Oktober 1985``) that the
    console and the files show, and the date itself (``nilai``), which the window writes in
    the interface language (``ui/lokal.py``: ``3 October 1985``)."""

    nilai: dt.date

    def __new__(cls, nilai: dt.date) -> Tanggal:
        diri = super().__new__(cls, teks_tanggal(nilai))
        diri.nilai = nilai
        return diri

    def __reduce__(self):
        return (Tanggal, (self.nilai,))


class Angka(str):
    """A count as an argument of a message read back from a stored note: its digits in the
    text (``100000``, as stored and as the console and the files show it), and the number
    (``nilai``), which the window writes with the interface language's group separator
    (``ui/lokal.py``: ``100.000``, ``100,000``)."""

    nilai: int

    def __new__(cls, nilai: int) -> Angka:
        diri = super().__new__(cls, str(nilai))
        diri.nilai = nilai
        return diri

    def __reduce__(self):
        return (Angka, (self.nilai,))


def pesan_dari(galat: BaseException) -> str:
    """The message of an exception raised with one message (a :class:`Pesan` stays one: for
    raising it again as another kind of error); else ``str(galat)``."""
    if len(galat.args) == 1 and isinstance(galat.args[0], Pesan) \
            and str(galat) == str(galat.args[0]):
        return galat.args[0]
    return str(galat)
