"""The application's resource files (icons, translations) in ``resources/`` and the user guide
in ``docs/`` (``panduan.md`` and its images in ``docs/img``).

From a source checkout they sit beside the package (``<repo>/resources``, ``<repo>/docs``); in
the frozen PyInstaller bundle they are copied to ``resources/`` and ``docs/`` inside the
bundle's data folder (``sys._MEIPASS``). Every part of the application finds them through this
module only.
"""

from __future__ import annotations

import sys
from pathlib import Path


class SumberTidakDitemukan(FileNotFoundError):
    """A resource file the application needs is missing (damaged installation)."""


def _akar() -> Path:
    beku = getattr(sys, "_MEIPASS", None)
    return Path(beku) if beku else Path(__file__).resolve().parent.parent


def folder_sumber() -> Path:
    """The ``resources`` folder, from source and from the frozen bundle."""
    return _akar() / "resources"


def berkas_panduan() -> Path:
    """The user guide (``docs/panduan.md``), from source and from the frozen bundle."""
    return _akar() / "docs" / "panduan.md"


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
