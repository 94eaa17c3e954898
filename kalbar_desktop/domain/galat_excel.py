"""Excel's error values (``#N/A``, ``#REF!``...): what a cell shows when its formula failed,
such as a VLOOKUP that found nothing. A workbook stores them as error cells, which every reader
sees empty; the import keeps the error as the cell's text, and a CSV saved from Excel writes
that same text."""

from __future__ import annotations

import re

_GALAT = re.compile(
    r"#(?:N/A|NAME\?|VALUE!|REF!|DIV/0!|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!"
    r"|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)|Err:\d{3}", re.IGNORECASE)


def galat_excel(nilai: object) -> bool:
    """True for a value that is one of Excel's (or LibreOffice's ``Err:502``) error values,
    spaces around it aside."""
    return isinstance(nilai, str) and _GALAT.fullmatch(nilai.strip()) is not None


def ada_galat_excel(teks: str) -> bool:
    """True when ``teks`` (a whole CSV file, say) holds one of the error values anywhere: the
    cells need looking at only then (a ``#`` in an address, ``Jl. Merdeka #5``, is no reason)."""
    return _GALAT.search(teks) is not None
