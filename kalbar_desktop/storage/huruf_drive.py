"""The same flash drive under another drive letter.

Windows gives a stick plugged in again the first free letter: the stick that was ``F:`` when a
backup to it was cut off may be ``E:`` the next day, so a folder remembered as ``F:\\P3KE`` is
looked for as ``E:\\P3KE`` too. On Linux and macOS a stick is mounted under its label
(``/media/USER/LABEL``), the same path each time: nothing to look for.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path, PureWindowsPath

DRIVE_REMOVABLE, DRIVE_FIXED = 2, 3
"""``GetDriveTypeW`` values of the drives looked at: a flash drive, or a USB disk that Windows
counts as fixed. Network drives (a share that is gone answers after seconds) and CD/DVD drives
(a disc spins up) are never asked."""


def akar_lokal() -> list[Path]:
    """Roots of the local drives (``C:\\``, ``E:\\``, ...) on Windows; none elsewhere. Neither
    call reads a drive: ``GetLogicalDrives`` is a bit mask of the letters in use,
    ``GetDriveTypeW`` the kind of device behind one."""
    if sys.platform != "win32":
        return []
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    huruf = kernel32.GetLogicalDrives()
    hasil = []
    for i in range(26):
        if huruf >> i & 1:
            akar = f"{chr(ord('A') + i)}:\\"
            if kernel32.GetDriveTypeW(ctypes.c_wchar_p(akar)) in (DRIVE_REMOVABLE, DRIVE_FIXED):
                hasil.append(Path(akar))
    return hasil


def di_drive_lain(folder: str | Path, akar: Iterable[Path]) -> list[Path]:
    """``folder`` on a drive letter (``F:\\P3KE\\salinan``) at the same place on each other
    drive of ``akar`` where it exists (``E:\\P3KE\\salinan``). Empty for a folder not on a
    drive letter (a UNC path, a Linux path)."""
    folder = PureWindowsPath(folder)
    if not re.fullmatch(r"[A-Za-z]:", folder.drive) or not folder.root:
        return []
    bagian = folder.relative_to(folder.anchor).parts
    hasil = []
    for a in akar:
        if PureWindowsPath(a).drive.upper() == folder.drive.upper():
            continue
        calon = Path(a, *bagian)
        try:
            if calon.is_dir():
                hasil.append(calon)
        except OSError:  # a card reader without a card
            continue
    return hasil
