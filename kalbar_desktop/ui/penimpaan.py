"""A read-only window notices a copy written over its database file (closing note 22: plain
``cp cadangan.db kab.db`` over the open file went unseen there; the table went on showing
the old rows, then a read failed with "database disk image is malformed").

The writing program tells its own writes from another program's bytes
(:mod:`kalbar_desktop.storage.isi_berkas`). A window that only reads cannot do that: the file
changes under it whenever the writer moves its journal into it. What it can tell is *which*
database the file holds, read from the file alone (:func:`~kalbar_desktop.storage.sidik.
baca_berkas`): the writer never changes the database's id and only moves the audit seal
forward along the same chain; a copy put over the file has another id, or a seal that falls
short of the audit row seen before or does not hold it.

The file is looked at when the window becomes active again and every :data:`SELANG_MS` (a
``stat``; the file itself is read only when its size or times changed), never on the table's or
the dashboard's paths. A difference is read once more after :data:`KONFIRMASI_MS`, and counts
only when the file's size and times stood still across both reads (a checkpoint under way can
show a b-tree page pointing to one not yet written) before the window says so through the guard
of :mod:`.terputus`: the table's place says why, the dialog names what stands there and offers
"Pakai berkas ini", another database or quit, and the connection refuses every read until it is
opened anew on the file (the old file's journal is then set aside, as in a window that writes).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from kalbar_desktop.storage import sidik as ssidik

if TYPE_CHECKING:
    from kalbar_desktop.ui.main_window import MainWindow

_log = logging.getLogger(__name__)

SELANG_MS = 3000
"""How often a read-only window looks at its file (a ``stat``)."""
KONFIRMASI_MS = 500
"""A difference found is looked at again after this long before the window says so."""


def _tanda(path: Path) -> tuple[int, int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


class PengawasPenimpaan(QObject):
    """Watches the file of a read-only window for another database written over it."""

    def __init__(self, jendela: MainWindow):
        super().__init__(jendela)
        self.jendela = jendela
        self.dikenal: ssidik.SidikBerkas | None = ssidik.baca_berkas(jendela.db_path)
        self._tanda = _tanda(jendela.db_path)
        self._curiga: tuple[int, int, int, int] | None = None
        """The file's ``stat`` when a difference was first read (to be read again)."""
        self.ditemukan: str | None = None
        """What was found in the file and reported (``None``: nothing, or since reopened)."""
        self.pengawas = QTimer(self)
        self.pengawas.setObjectName("pengawasPenimpaan")
        self.pengawas.setInterval(SELANG_MS)
        self.pengawas.timeout.connect(self.periksa)
        self.pengawas.start()
        jendela.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """The window became active again (the person comes back to it): look at once."""
        if obj is self.jendela and event.type() == QEvent.Type.WindowActivate:
            QTimer.singleShot(0, self.periksa)
        return False

    def periksa(self) -> None:
        """One look at the file (see the module's text)."""
        penjaga = getattr(self.jendela, "penjaga_terputus", None)
        if penjaga is None or penjaga.terputus is not None:
            return  # the guard already shows what is wrong
        path = self.jendela.db_path
        tanda = _tanda(path)
        if self.ditemukan is not None or self.dikenal is None:
            # opened anew on the file since ("Pakai berkas ini"), or not readable at the start:
            # what the file holds now is the database this window reads
            self.ditemukan, self.dikenal, self._tanda = None, ssidik.baca_berkas(path), tanda
            return
        if tanda is None or (tanda == self._tanda and self._curiga is None):
            return
        beda, kini = ssidik.beda_berkas(path, self.dikenal)
        if kini is None or _tanda(path) != tanda:
            # not readable as a database now (a copy half written), or written while read:
            # the next look
            self._curiga = None
            return
        if beda is None:
            self.dikenal, self._tanda, self._curiga = kini, tanda, None
            return
        if self._curiga != tanda:
            # Once more after a moment, and only if the file stood still meanwhile: a
            # checkpoint of the other program copies pages one after another, and a read in
            # the middle can follow a new page to one not yet written (the file's times
            # change while it writes).
            self._curiga = tanda
            QTimer.singleShot(KONFIRMASI_MS, self.periksa)
            return
        self._curiga = None
        self.ditemukan = beda
        _log.warning("Berkas basis data %s ditimpa salinan lain: %s", path, beda)
        self.jendela.db.tandai_ditimpa(beda)
        penjaga.berkas_diganti(beda)


def pasang(jendela: MainWindow) -> None:
    """Watch the file of a read-only window (see :mod:`kalbar_desktop.ui.fitur`)."""
    if getattr(jendela.db, "baca_saja", False) and jendela.db_path is not None:
        jendela.pengawas_penimpaan = PengawasPenimpaan(jendela)
