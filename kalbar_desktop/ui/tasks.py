"""The one background-task helper: long work (import, export, slow queries) runs off the UI
thread; progress, result and error come back on the UI thread; Cancel is honoured.

The work function receives a :class:`Konteks` to report progress and to ask whether the user
cancelled. It must open its own database connection (SQLite connections are bound to a thread).

The lower layers describe their progress in Indonesian, as a
:class:`~kalbar_desktop.domain.pesan.Pesan` (the console prints it as it is);
:attr:`Tugas.kemajuan` hands it on already in the interface language (``bahasa.teks``), so every
label and progress dialog that shows it is translated in this one place.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from kalbar_desktop import APP_NAME
from kalbar_desktop.storage.db import BasisDataTerputus, KesalahanPenyimpanan, lingkungan
from kalbar_desktop.ui import bahasa

_log = logging.getLogger(__name__)


class Konteks:
    """Given to the work function: progress reporting and the cancel flag."""

    def __init__(self, sinyal: _Sinyal):
        self._sinyal = sinyal
        self._batal = threading.Event()

    def lapor(self, pesan: str, fraksi: float) -> None:
        """Report progress: ``pesan`` (Indonesian, a ``Pesan`` to be shown translated) and the
        fraction done (0..1)."""
        self._sinyal.kemajuan.emit(pesan, float(fraksi))

    def dibatalkan(self) -> bool:
        return self._batal.is_set()

    def batalkan(self) -> None:
        self._batal.set()


class _Sinyal(QObject):
    kemajuan = Signal(object, float)  # object: a Pesan crosses the thread whole, not as a str
    selesai = Signal(object)
    gagal = Signal(object, str)


class Tugas(QObject):
    """A running background task. Connect to its signals before :meth:`mulai`."""

    kemajuan = Signal(str, float)
    """(description in the interface language, fraction 0..1)"""
    selesai = Signal(object)
    """The work function's return value."""
    gagal = Signal(object, str)
    """(the exception, its traceback as text)"""

    def __init__(self, kerja: Callable[[Konteks], Any], parent: QObject | None = None,
                 apa: str = ""):
        super().__init__(parent)
        self._kerja = kerja
        self.apa = apa or "Tugas latar"
        """What the work is, for the log line of a refusal or a cancel (e.g. ``Impor P3KE
        (a.xlsx, b.xlsx)``): file names, never data."""
        self._sinyal = _Sinyal()
        self.konteks = Konteks(self._sinyal)
        self._sinyal.kemajuan.connect(self._lapor_kemajuan)
        self._sinyal.selesai.connect(self._akhir_selesai)
        self._sinyal.gagal.connect(self._akhir_gagal)
        self.berjalan = False

    def mulai(self) -> None:
        """Start the work on the global thread pool."""
        self.berjalan = True
        kerja, konteks, sinyal = self._kerja, self.konteks, self._sinyal

        class _Runnable(QRunnable):
            def run(self) -> None:  # runs on a worker thread
                try:
                    try:
                        hasil = kerja(konteks)
                    except BaseException as e:  # reported to the UI thread, never swallowed
                        sinyal.gagal.emit(e, traceback.format_exc())
                    else:
                        sinyal.selesai.emit(hasil)
                except RuntimeError:
                    # The program is closing and Qt already deleted the signal's object: no
                    # one is left to tell; say it in the log rather than on the console.
                    _log.info("Tugas latar selesai sesudah jendelanya ditutup")

        QThreadPool.globalInstance().start(_Runnable())

    def batalkan(self) -> None:
        """Ask the work to stop; it ends with an error of the work's cancel type."""
        self.konteks.batalkan()

    def _lapor_kemajuan(self, pesan: object, fraksi: float) -> None:
        self.kemajuan.emit(bahasa.teks(pesan), fraksi)

    def _akhir_selesai(self, hasil: object) -> None:
        self.berjalan = False
        self.selesai.emit(hasil)

    def _akhir_gagal(self, e: object, jejak: str) -> None:
        self.berjalan = False
        if isinstance(e, BaseException) and _galat_sendiri(e):
            # A refusal or a cancel the work raised on purpose: the feature shows its message;
            # the log needs one line, not a traceback (which would read like a crash).
            _log.info("%s berhenti: %s", self.apa, type(e).__name__)
        elif isinstance(e, BaseException):  # logged (masked) even if no one shows it
            _log.warning("%s berhenti dengan %s", self.apa, type(e).__name__,
                         exc_info=(type(e), e, e.__traceback__))
        if isinstance(e, BaseException):
            # A full disk, a file open in Excel, a pulled USB stick that the work did not turn
            # into its own error: the feature shows an Indonesian message, not SQLite's English.
            # An error of the program's own (an export's "folder tujuan ... tidak ada lagi")
            # already says it, naming the file, whatever OSError caused it: kept as it is.
            if not isinstance(e, KesalahanPenyimpanan) and not _galat_sendiri(e):
                e = lingkungan(e) or e
            e = self._periksa_basis_data(e)
        self.gagal.emit(e, jejak)

    def _jendela(self) -> QObject | None:
        """The main window this task works for (its parent, or its parent's parent...)."""
        obj = self.parent()
        while obj is not None and getattr(obj, "penjaga_terputus", None) is None:
            obj = obj.parent()
        return obj

    def _periksa_basis_data(self, e: BaseException) -> BaseException:
        """The work stopped (and rolled back): when the window's database file is gone (a
        stick pulled, the folder renamed while it ran), the window's guard shows
        ``dialogBasisDataBermasalah`` as for everything else in the window, and the feature
        gets that :class:`BasisDataTerputus` to say in a line that it stopped."""
        jendela = self._jendela()
        if jendela is None:
            return e
        try:
            jendela.db.periksa_berkas(isi=True)  # gone: its guard is told and shows the dialog
        except BasisDataTerputus as terputus:
            return terputus
        if isinstance(e, BasisDataTerputus):  # gone for the task, back already: same way
            jendela.penjaga_terputus.laporkan(e)
        return e


def _galat_sendiri(e: BaseException) -> bool:
    """True for an error class of this program (its message is already the user's)."""
    return type(e).__module__.startswith("kalbar_desktop.")


def dialog_kemajuan(tugas: Tugas, teks: str, batal: str, induk: QWidget,
                    nama: str) -> QProgressDialog:
    """A window-modal progress dialog over ``induk`` for ``tugas``: each report sets its label
    and bar, its Cancel asks the task to stop. Shown after 300 ms; it stays open (no auto
    close or reset) until the caller closes it when the task ends."""
    dialog = QProgressDialog(teks, batal, 0, 100, induk)
    dialog.setObjectName(nama)
    dialog.setWindowTitle(APP_NAME)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(tugas.batalkan)
    tugas.kemajuan.connect(lambda pesan, f: (dialog.setLabelText(pesan),
                                             dialog.setValue(int(f * 100))))
    return dialog
