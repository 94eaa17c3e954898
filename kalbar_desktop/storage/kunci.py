"""One writer at a time: the process that opens a database for writing holds an operating-system
lock on a small file beside it (``kalbar.db-kunci``). A second program that wants to write gets
:class:`BasisDataDipakai` and can open the database read-only instead.

The lock belongs to the process: several connections of one process (the window and its
background tasks) share it, counted, and it is released when the last one closes. The operating
system releases it when the process ends, also after a crash, so a stale lock cannot block
anyone. Do not put the database on a network share: file locks there are not reliable.
"""

from __future__ import annotations

import getpass
import json
import os
import platform
import threading
from dataclasses import dataclass
from pathlib import Path

from kalbar_desktop.domain.pesan import Pesan
from kalbar_desktop.storage import izin
from kalbar_desktop.storage.waktu import sekarang

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl


class BasisDataDipakai(Exception):
    """Another program (another Kalbar Desktop window, a command) writes to this database."""


@dataclass
class _Pegangan:
    berkas: object
    jumlah: int


_TERPEGANG: dict[str, _Pegangan] = {}
_KUNCI_PROSES = threading.Lock()


def berkas_kunci(db_path: str | Path) -> Path:
    """The lock file that belongs to ``db_path``."""
    p = Path(db_path)
    return p.with_name(p.name + "-kunci")


def _kunci_os(berkas) -> bool:
    try:
        if os.name == "nt":  # pragma: no cover
            berkas.seek(0)
            msvcrt.locking(berkas.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(berkas.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _lepas_os(berkas) -> None:
    try:
        if os.name == "nt":  # pragma: no cover
            berkas.seek(0)
            msvcrt.locking(berkas.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            fcntl.flock(berkas.fileno(), fcntl.LOCK_UN)
    finally:
        berkas.close()


def _tulis_pemegang(berkas) -> None:
    # Byte 0 is the locked byte (Windows locks are mandatory); who holds it follows.
    info = {"pid": os.getpid(), "mesin": platform.node(), "pengguna_os": _pengguna_os(),
            "sejak": sekarang()}
    berkas.seek(0)
    berkas.truncate()
    berkas.write(b"\n" + json.dumps(info, ensure_ascii=False).encode("utf-8") + b"\n")
    berkas.flush()


def _pengguna_os() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (services)
        return "?"


def info_pemegang(db_path: str | Path) -> dict | None:
    """Who holds the lock (keys ``pengguna_os``, ``mesin``, ``pid``, ``sejak``), as the
    holder wrote it; ``None`` when it cannot be read."""
    try:
        with berkas_kunci(db_path).open("rb") as f:
            f.seek(1)
            info = json.loads(f.read().decode("utf-8"))
    except (OSError, ValueError):
        return None
    return info if isinstance(info, dict) else None


def pemegang(db_path: str | Path) -> str:
    """Who holds the lock, as an Indonesian phrase (best effort)."""
    info = info_pemegang(db_path)
    if info is None:
        return Pesan("program lain")
    return Pesan("{pengguna} di komputer {mesin} (proses {pid}, sejak {sejak})",
                 pengguna=info.get("pengguna_os", "?"), mesin=info.get("mesin", "?"),
                 pid=info.get("pid", "?"), sejak=info.get("sejak", "?"))


def ambil(db_path: str | Path) -> str:
    """Take (or share, inside this process) the writer lock of ``db_path``; returns the key to
    give to :func:`lepas`. Raises :class:`BasisDataDipakai` when another process holds it and
    ``PermissionError``/``OSError`` when the lock file cannot be created."""
    kunci = str(Path(db_path).resolve())
    with _KUNCI_PROSES:
        pegangan = _TERPEGANG.get(kunci)
        if pegangan is not None:
            pegangan.jumlah += 1
            return kunci
        path = berkas_kunci(db_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        # The database's own mode (0600 for a new one), as SQLite gives its -wal and -shm:
        # it names who holds it, and another account that may write the database may lock it.
        fd = izin.buka(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, izin.mode_dari(db_path))
        berkas = os.fdopen(fd, "a+b")  # held open for the life of the lock
        if not _kunci_os(berkas):
            berkas.close()
            raise BasisDataDipakai(Pesan(
                "Basis data {db} sedang dipakai untuk menulis oleh {pemegang}. Tutup jendela "
                "Kalbar Desktop yang lain itu dulu, atau buka basis data ini hanya untuk dibaca.",
                db=Path(db_path).name, pemegang=pemegang(db_path)))
        _tulis_pemegang(berkas)
        _TERPEGANG[kunci] = _Pegangan(berkas, 1)
        return kunci


def lepas(kunci: str) -> None:
    """Give back one share of the lock taken by :func:`ambil`."""
    with _KUNCI_PROSES:
        pegangan = _TERPEGANG.get(kunci)
        if pegangan is None:
            return
        pegangan.jumlah -= 1
        if pegangan.jumlah <= 0:
            del _TERPEGANG[kunci]
            _lepas_os(pegangan.berkas)


def jumlah_pegangan(kunci: str) -> int:
    """How many connections of this process share the lock ``kunci`` (0 when not held)."""
    with _KUNCI_PROSES:
        pegangan = _TERPEGANG.get(kunci)
        return pegangan.jumlah if pegangan is not None else 0


def dipegang_proses_ini(db_path: str | Path) -> bool:
    """True when this process holds the writer lock of ``db_path``."""
    with _KUNCI_PROSES:
        return str(Path(db_path).resolve()) in _TERPEGANG
