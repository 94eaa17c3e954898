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

A *newer* copy of the same database (the same id, its audit trail carried further on another
laptop and copied back over the file) looks like the writer's own rows moved into the file.
What tells them apart is the window's connection: the writer commits to the journal first, so
the connection has seen a commit (SQLite's ``data_version``) and reads the new last audit row
itself; a copy changes neither, and the connection would go on mixing its cached pages and the
writer's journal with the copy's pages (:func:`~kalbar_desktop.storage.sidik.
salinan_lebih_baru`). Such a copy, holding every change this window read, is what anyone
opening the file now reads: the window opens the file anew without asking, reloads the table
(and a form left unchanged) and says so in the status bar. A copy of the same database that
lacks the last change read here is asked about like another database.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from kalbar_desktop.storage import sidik as ssidik
from kalbar_desktop.storage.db import KesalahanPenyimpanan

if TYPE_CHECKING:
    from kalbar_desktop.ui.main_window import MainWindow

_log = logging.getLogger(__name__)

SELANG_MS = 3000
"""How often a read-only window looks at its file (a ``stat``)."""
KONFIRMASI_MS = 500
"""A difference found is looked at again after this long before the window says so."""
PESAN_MS = 60000
"""How long the status bar says that a newer copy is read now."""


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
        self._versi = -1
        self._terbaca: tuple[int, str] | None = None
        """``data_version`` and the last audit row of the window's connection at the last look
        that found nothing (:func:`~kalbar_desktop.storage.sidik.salinan_lebih_baru`)."""
        self._ingat_sambungan()
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
            self._ingat_sambungan()
            return
        if tanda is None or (tanda == self._tanda and self._curiga is None):
            return
        beda, kini = ssidik.beda_berkas(path, self.dikenal)
        if kini is None or _tanda(path) != tanda:
            # not readable as a database now (a copy half written), or written while read:
            # the next look
            self._curiga = None
            return
        lanjutan = False
        if beda is None and kini.segel != self.dikenal.segel:
            try:
                beda, lanjutan = ssidik.salinan_lebih_baru(
                    path, self.jendela.db, kini, self._versi, self._terbaca)
            except KesalahanPenyimpanan:
                return  # the guard was told and shows it
        if beda is None:
            self.dikenal, self._tanda, self._curiga = kini, tanda, None
            self._ingat_sambungan()
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
        if lanjutan:
            self._baca_salinan(beda)
        else:
            penjaga.berkas_diganti(beda)

    def _baca_salinan(self, beda: str) -> None:
        """A newer copy of the same database stands in the file: read it from now on (the
        file opened anew, the table and an unchanged form reloaded) and say so."""
        jendela = self.jendela
        if not jendela.penjaga_terputus.coba_lagi(paksa=True):
            return  # the guard says what went wrong
        self.ditemukan, self.dikenal = None, ssidik.baca_berkas(jendela.db_path)
        self._tanda = _tanda(jendela.db_path)
        self._ingat_sambungan()
        if jendela._form_terbuka() and not jendela.form.ada_perubahan():
            try:
                jendela.form.muat_ulang()
            except KesalahanPenyimpanan as e:
                _log.warning("Formulir tidak bisa dimuat ulang: %s", e)
        _log.info("Jendela hanya-baca kini membaca salinan yang lebih baru: %s", beda)
        jendela.statusBar().showMessage(self.tr(
            "Berkas basis data diganti dari luar dengan salinan yang lebih baru; daftar dimuat "
            "ulang dari berkas itu."), PESAN_MS)

    def _ingat_sambungan(self) -> None:
        """What the window's connection reads now (see :attr:`_terbaca`)."""
        try:
            terbaca = ssidik.baca_sambungan(self.jendela.db)
        except KesalahanPenyimpanan as e:
            terbaca = None
            _log.info("Sambungan jendela tidak terbaca: %s", e)
        if terbaca is not None:
            self._versi, self._terbaca = terbaca


def pasang(jendela: MainWindow) -> None:
    """Watch the file of a read-only window (see :mod:`kalbar_desktop.ui.fitur`)."""
    if getattr(jendela.db, "baca_saja", False) and jendela.db_path is not None:
        jendela.pengawas_penimpaan = PengawasPenimpaan(jendela)
