"""Where the application keeps its files (platformdirs), overridable for tests and portable use
with the environment variable ``KALBAR_DESKTOP_HOME``."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

from kalbar_desktop.storage import izin

_APP = "KalbarDesktop"


def _rumah() -> Path | None:
    nilai = os.environ.get("KALBAR_DESKTOP_HOME")
    return Path(nilai) if nilai else None


def folder_data() -> Path:
    """Folder for databases and backups."""
    rumah = _rumah()
    return rumah / "data" if rumah else Path(platformdirs.user_data_dir(_APP, appauthor=False))


def folder_konfigurasi() -> Path:
    """Folder for the user's settings file."""
    rumah = _rumah()
    return rumah / "config" if rumah else Path(platformdirs.user_config_dir(_APP, appauthor=False))


def folder_log() -> Path:
    """Folder for the rotating log files."""
    rumah = _rumah()
    return rumah / "log" if rumah else Path(platformdirs.user_log_dir(_APP, appauthor=False))


def _di_folder_data(nama: str) -> Path:
    folder = folder_data()
    # The application's own folder is created when needed (opening a database never creates a
    # missing folder: that is a pulled USB stick). When it cannot be, opening says why. It is
    # the owner's only (0700), also one an older version made: it holds the database and its
    # backups.
    with contextlib.suppress(OSError):
        izin.folder(folder, rapatkan=True)
    return folder / nama


def db_bawaan() -> Path:
    """The database used when no ``--db`` is given (its folder is created when missing)."""
    return _di_folder_data("kalbar.db")


def db_demo() -> Path:
    """The demo database (created on first use of ``--demo``; its folder when missing)."""
    return _di_folder_data("demo.db")
