"""Owner-only files and folders on POSIX systems (Linux, macOS).

The files the application makes can hold personal data (UU 27/2022): the database and its
journal, backups, the log, the settings, working files. On a computer shared by several
accounts they are made readable by their owner only: files 0600, folders 0700, whatever the
umask. On Windows nothing is done here: a file made in the user's profile is private to that
account through the folder's access lists (NTFS ACLs), and Python's modes only touch the
read-only flag there.

Files that already exist keep their mode (a database the user put in a shared folder, with a
mode of their choosing), except the application's own folders and log, which it tightens.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import BinaryIO

BERKAS = 0o600
"""Mode of a file the application creates."""
FOLDER = 0o700
"""Mode of a folder the application creates."""
POSIX = os.name != "nt"


def buka(path: str | Path, flags: int, mode: int = BERKAS) -> int:
    """``os.open`` of ``path`` with ``mode`` for a file it creates (0600 unless told);
    a file already there keeps its mode. Binary on Windows, like Python's ``open``."""
    return os.open(path, flags | getattr(os, "O_BINARY", 0), mode)


def berkas_baru(path: str | Path) -> BinaryIO:
    """A new file ``path`` (refused when there) opened for writing bytes, mode 0600."""
    return os.fdopen(buka(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL), "wb")


def buat_kosong(path: str | Path, mode: int = BERKAS) -> bool:
    """Create ``path`` as an empty file with ``mode`` (0600), before another library (SQLite)
    writes it with its own default (0644): SQLite keeps the mode of a file that is there and
    gives its ``-wal``, ``-shm`` and ``-journal`` the same one. False when it was there."""
    try:
        fd = buka(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def mode_dari(path: str | Path) -> int:
    """The permission bits of ``path`` (0600 when it is not there or cannot be read): a file
    that belongs to another (a lock file, a restored copy) is given the same."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode) & 0o666 or BERKAS
    except OSError:
        return BERKAS


def folder(path: str | Path, rapatkan: bool = False) -> Path:
    """Create the folder ``path`` (and its missing parents, which keep the default mode) with
    mode 0700. ``rapatkan``: the folder is the application's own (its data, settings and log
    folders, the backups beside a database): one there already, made by an older version with
    0755, is set to 0700 when it belongs to this account."""
    path = Path(path)
    path.mkdir(mode=FOLDER, parents=True, exist_ok=True)
    if rapatkan:
        rapatkan_milik(path, FOLDER)
    return path


def rapatkan_milik(path: str | Path, mode: int) -> None:
    """Set ``path`` to ``mode`` when it allows more and belongs to this account (POSIX only;
    an error is ignored: the file stays as it was)."""
    if not POSIX:  # pragma: no cover - Windows: NTFS ACLs
        return
    with contextlib.suppress(OSError):
        st = os.stat(path, follow_symlinks=False)
        if st.st_uid == os.getuid() and not stat.S_ISLNK(st.st_mode) \
                and stat.S_IMODE(st.st_mode) & ~mode:
            os.chmod(path, stat.S_IMODE(st.st_mode) & mode)
