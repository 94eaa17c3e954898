"""The application's resource files (icons, translations) in ``resources/``.

From a source checkout they sit beside the package (``<repo>/resources``); in the frozen
PyInstaller bundle they are copied to ``resources/`` inside the bundle's data folder
(``sys._MEIPASS``). Every part of the application finds them through this module only.
"""

from __future__ import annotations

import sys
from pathlib import Path


class SumberTidakDitemukan(FileNotFoundError):
    """A resource file the application needs is missing (damaged installation)."""


def folder_sumber() -> Path:
    """The ``resources`` folder, from source and from the frozen bundle."""
    beku = getattr(sys, "_MEIPASS", None)
    if beku:
        return Path(beku) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def berkas_sumber(*bagian: str, wajib: bool = True) -> Path:
    """The path of a resource, e.g. ``berkas_sumber("ikon", "kalbar_desktop.svg")``.

    With ``wajib`` (the default) a missing file raises :class:`SumberTidakDitemukan` with an
    Indonesian message naming the file; otherwise the (missing) path is returned.
    """
    path = folder_sumber().joinpath(*bagian)
    if wajib and not path.is_file():
        raise SumberTidakDitemukan(
            f"Berkas sumber aplikasi tidak ditemukan: {path}. Pasang ulang Kalbar Desktop.")
    return path
