"""Is this computer's clock behind what the database already holds?

A laptop whose clock was reset (a flat BIOS battery) or set by hand to a wrong date stamps
every visit date it proposes and every audit row with that date. A clock before the year of
the P3KE data is refused at each save (:func:`kalbar_desktop.domain.status.periksa_verifikasi`);
a clock that is wrong but still after that year is told by the database itself: it holds rows
written *later* than "now". Which of the two computers was wrong cannot be known, so this is a
warning to the person, never a refusal (a refusal could lock a correct laptop out because the
office computer's clock ran ahead once).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

TOLERANSI = dt.timedelta(hours=6)
"""Clocks of two computers differ by minutes; a time zone set wrong by an hour or two changes
no date that matters. Beyond this the date of a visit can be a day off."""


@dataclass(frozen=True)
class JamMundur:
    """This computer's clock lies before the latest row the database holds."""

    sekarang: dt.datetime
    terakhir: dt.datetime
    mesin: str | None
    pengguna: str | None

    @property
    def selisih_hari(self) -> int:
        """Days between the latest row and now, rounded (at least 0)."""
        return max(0, round((self.terakhir - self.sekarang).total_seconds() / 86400))


def periksa_jam(sekarang: dt.datetime, terakhir: str | dt.datetime | None,
                mesin: str | None = None, pengguna: str | None = None) -> JamMundur | None:
    """``JamMundur`` when ``sekarang`` (aware) lies more than :data:`TOLERANSI` before
    ``terakhir`` (the latest audit row's ISO time with its UTC offset), else ``None``.

    A time that cannot be read, or one without an offset, tells nothing: ``None``."""
    if terakhir is None:
        return None
    if isinstance(terakhir, str):
        try:
            terakhir = dt.datetime.fromisoformat(terakhir)
        except ValueError:
            return None
    if terakhir.tzinfo is None or sekarang.tzinfo is None:
        return None
    if sekarang + TOLERANSI >= terakhir:
        return None
    return JamMundur(sekarang, terakhir, mesin, pengguna)
