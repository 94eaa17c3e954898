"""Private working folders under the system's temporary folder, and the removal of those a
killed process left behind.

An export with names, the audit export and a re-import stream their rows (names, NIKs) through
files in a folder of their own, removed however the operation ends - except when the process is
killed (power cut, task manager, SIGKILL): then the folder stays in the user's temporary folder
for good. :func:`hapus_sisa` removes such folders at the application's start and before each of
these operations; one still in use by another program is left alone, because it was written to
within :data:`UMUR_SISA`.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import time
from pathlib import Path

PREFIKS = ("kalbar-ekspor-", "kalbar-audit-", "kalbar-koreksi-")
"""Name prefixes of the working folders (the provincial export, the audit export, the
re-import)."""
UMUR_SISA = 60 * 60
"""Seconds without a write after which a working folder counts as left behind. Far above the
longest pause between two writes of a running export (its files grow row by row)."""


def buat(prefiks: str) -> str:
    """Create a private working folder (mode 0700) named ``prefiks...``, after removing the
    ones killed processes left behind."""
    hapus_sisa()
    return tempfile.mkdtemp(prefix=prefiks)


def _terakhir_ditulis(folder: Path) -> float:
    waktu = folder.stat().st_mtime
    for berkas in folder.iterdir():
        with contextlib.suppress(OSError):
            waktu = max(waktu, berkas.stat().st_mtime)
    return waktu


def hapus_sisa(umur: float = UMUR_SISA) -> int:
    """Remove the working folders left behind (see :data:`PREFIKS`) not written to for
    ``umur`` seconds. Returns how many were removed."""
    batas = time.time() - umur
    n = 0
    with contextlib.suppress(OSError):
        for folder in Path(tempfile.gettempdir()).iterdir():
            if not folder.name.startswith(PREFIKS):
                continue
            with contextlib.suppress(OSError):
                if folder.is_dir() and not folder.is_symlink() \
                        and _terakhir_ditulis(folder) < batas:
                    shutil.rmtree(folder)
                    n += 1
    return n
