"""The application's log: a rotating file in the user log folder, for support calls.

:func:`siapkan_log` is called once at start-up by the window and by every command-line run.
Everything goes through the ``kalbar_desktop`` logger (``logging.getLogger(__name__)`` in each
module). Personal data stays out of the log (UU 27/2022): code logs events, counts, paths
and rule codes, never a NIK, a name or an address; as a safety net the formatter masks every
run of 12 or more digits (NIK, No KK, bank account) and, in exception messages, every quoted
text that is not a plain lower-case identifier (a value from the data, e.g. a name).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import re
import sys
import traceback
from pathlib import Path
from types import TracebackType

from kalbar_desktop import APP_NAME, __version__, paths
from kalbar_desktop.domain.nik import samarkan_teks
from kalbar_desktop.storage import izin

NAMA_BERKAS = "kalbar_desktop.log"
UKURAN_MAKS = 1_000_000
"""Bytes per log file before it rotates."""
JUMLAH_CADANGAN = 5
"""Rotated files kept (``kalbar_desktop.log.1`` ... ``.5``): at most ~6 MB in all."""
FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(process)d]: %(message)s"

_LOGGER = logging.getLogger("kalbar_desktop")
_KUTIPAN = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"")
_PENGENAL = re.compile(r"[a-z][a-z0-9_]*")
_BARIS_RANTAI = (
    "Traceback (most recent call last):",
    "The above exception was the direct cause of the following exception:",
    "During handling of the above exception, another exception occurred:",
)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def samarkan_angka(teks: str) -> str:
    """Mask every number of 12 or more digits (NIK, No KK, in any shape a NIK is written:
    :func:`~kalbar_desktop.domain.nik.samarkan_teks`) the way lists show a NIK; one that is a
    bank account's (starting with 0, or written as BRI prints one) keeps its last four digits
    only, as notes show it."""
    return samarkan_teks(teks, panjang=12, rekening=True)


def _samarkan_kutipan(teks: str) -> str:
    def ganti(m: re.Match[str]) -> str:
        isi = m.group(0)[1:-1]
        return m.group(0) if not isi or _PENGENAL.fullmatch(isi) else "'…'"

    return _KUTIPAN.sub(ganti, teks)


def teks_jejak(exc_info: ExcInfo) -> str:
    """The traceback as text without personal data: frames (file, line, code) are kept,
    exception messages are masked (long digit runs, quoted values)."""
    baris_keluar = []
    for blok in traceback.format_exception(*exc_info):
        for baris in blok.splitlines():
            # Frame lines are indented; the exception's own message starts at column 0.
            if baris and not baris[0].isspace() and baris.strip() not in _BARIS_RANTAI:
                baris = _samarkan_kutipan(baris)
            baris_keluar.append(samarkan_angka(baris))
    return "\n".join(baris_keluar)


class FormatAman(logging.Formatter):
    """A formatter that masks personal data (see the module docstring)."""

    def formatException(self, ei) -> str:
        return teks_jejak(ei)

    def format(self, record: logging.LogRecord) -> str:
        return samarkan_angka(super().format(record))


def berkas_log() -> Path:
    """The current log file."""
    return paths.folder_log() / NAMA_BERKAS


class _BerkasLog(logging.handlers.RotatingFileHandler):
    """The rotating log file, readable by its owner only (0600; the rotated files keep that
    mode, being renamed). When the disk is full or the folder is gone the record is
    dropped: the program carries on, and the console shows its own Indonesian message rather
    than Python's 'Logging error' traceback."""

    def _open(self):
        fd = izin.buka(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        try:
            izin.rapatkan_milik(self.baseFilename, izin.BERKAS)  # one an older version made
            return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)
        except BaseException:
            os.close(fd)
            raise

    def handleError(self, record: logging.LogRecord) -> None:
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handleError(record)


def _handler_kami() -> logging.handlers.RotatingFileHandler | None:
    for h in _LOGGER.handlers:
        if isinstance(h, logging.handlers.RotatingFileHandler) and getattr(h, "_kalbar", False):
            return h
    return None


def siapkan_log(peran: str = "") -> Path | None:
    """Attach the rotating log file to the ``kalbar_desktop`` logger (once per log folder;
    calling again is harmless) and record the start. ``peran`` names what started
    (``jendela`` or the command's name). Returns the log file, or ``None`` when the folder
    cannot be written (the application then runs without a log file)."""
    path = berkas_log()
    lama = _handler_kami()
    if lama is not None and lama.baseFilename == os.path.abspath(path):
        return path
    if lama is not None:  # another log folder (tests change KALBAR_DESKTOP_HOME)
        _LOGGER.removeHandler(lama)
        lama.close()
    try:
        izin.folder(path.parent, rapatkan=True)
        for i in range(1, JUMLAH_CADANGAN + 1):  # rotated by an older version
            izin.rapatkan_milik(f"{path}.{i}", izin.BERKAS)
        handler = _BerkasLog(
            path, maxBytes=UKURAN_MAKS, backupCount=JUMLAH_CADANGAN, encoding="utf-8",
            delay=True)
    except OSError:
        return None
    handler._kalbar = True  # type: ignore[attr-defined]
    handler.setFormatter(FormatAman(FORMAT))
    handler.setLevel(logging.INFO)
    _LOGGER.addHandler(handler)
    if _LOGGER.level == logging.NOTSET or _LOGGER.level > logging.INFO:
        _LOGGER.setLevel(logging.INFO)
    _LOGGER.info("%s %s mulai (%s), Python %s, %s", APP_NAME, __version__, peran or "-",
                 platform.python_version(), platform.platform())
    return path


def tutup_log() -> None:
    """Detach and close the log file (tests; the end of the process does it otherwise)."""
    h = _handler_kami()
    if h is not None:
        _LOGGER.removeHandler(h)
        h.close()


def catat_galat(exc_info: ExcInfo, tempat: str) -> None:
    """Write an unexpected error with its (masked) traceback to the log."""
    _LOGGER.error("Kesalahan tak terduga di %s: %s", tempat, exc_info[0].__name__,
                  exc_info=exc_info)
