"""A warning when this computer's clock is behind the database (:mod:`kalbar_desktop.domain.jam`).

Shown once when the window opens (``pesanJamSalah``, not modal: work goes on) and kept in the
status bar (``labelJamSalah``) for as long as the window is open, because every visit date the
form proposes and every audit row would carry the wrong date.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QObject, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox

from kalbar_desktop import APP_NAME
from kalbar_desktop.domain.jam import JamMundur, periksa_jam
from kalbar_desktop.storage import audit

if TYPE_CHECKING:
    from kalbar_desktop.ui.main_window import MainWindow

_log = logging.getLogger(__name__)


def _teks_waktu(waktu: dt.datetime) -> str:
    qt = QDateTime.fromSecsSinceEpoch(int(waktu.timestamp()))
    return QLocale().toString(qt, "d MMMM yyyy, HH.mm")


class PemeriksaJam(QObject):
    """Compares the computer's clock with the latest audit row once, when the window opens."""

    def __init__(self, jendela: MainWindow):
        super().__init__(jendela)
        self.jendela = jendela
        self.hasil: JamMundur | None = None
        self.label: QLabel | None = None
        self.pesan: QMessageBox | None = None
        try:
            terbaru = audit.catatan_terbaru(jendela.db)
        except Exception as e:  # a warning must never stop the window opening
            # (a file gone or damaged has its own dialog or banner)
            _log.warning("Jam tidak diperiksa: %s", e)
            return
        if terbaru is None:
            return
        self.hasil = periksa_jam(dt.datetime.now().astimezone(), *terbaru)
        if self.hasil is None:
            return
        _log.warning("Jam komputer di belakang basis data: sekarang %s, catatan terakhir %s (%s)",
                     self.hasil.sekarang.isoformat(timespec="seconds"),
                     self.hasil.terakhir.isoformat(timespec="seconds"), self.hasil.mesin)
        self.label = QLabel(self.tr("Tanggal komputer salah?"))
        self.label.setObjectName("labelJamSalah")
        self.label.setStyleSheet("color: #a00000; font-weight: bold; padding: 0 6px;")
        self.label.setToolTip(self.teks())
        jendela.statusBar().addPermanentWidget(self.label)
        QTimer.singleShot(0, self.tampilkan)

    def teks(self) -> str:
        """The warning's text: both dates, where the later one was written, what to do."""
        h = self.hasil
        if h is None:
            return ""
        asal = h.mesin or self.tr("komputer lain")
        if h.pengguna:
            asal = self.tr("{0}, oleh {1}").format(asal, h.pengguna)
        return self.tr(
            "Tanggal dan jam komputer ini sekarang {0}, tetapi basis data ini sudah berisi "
            "catatan bertanggal {1} ({2}), {3} hari kemudian.\n\n"
            "Jam salah satu dari kedua komputer itu keliru. Bila jam komputer ini yang salah, "
            "tanggal kunjungan yang diusulkan formulir dan jejak audit akan mencatat tanggal "
            "yang salah: betulkan "
            "tanggal komputer (Pengaturan Windows > Waktu & bahasa > Tanggal & waktu), lalu "
            "buka aplikasi lagi. Bila tanggal komputer ini benar, beri tahu admin bahwa jam "
            "komputer {4} salah.").format(
                _teks_waktu(h.sekarang), _teks_waktu(h.terakhir), asal,
                h.selisih_hari or self.tr("kurang dari 1"),
                h.mesin or self.tr("lain itu"))

    def tampilkan(self) -> None:
        """Open the warning (not modal) once."""
        if self.hasil is None or self.pesan is not None:
            return
        self.pesan = QMessageBox(QMessageBox.Icon.Warning, APP_NAME,
                                 self.tr("Tanggal komputer tampaknya salah"),
                                 QMessageBox.StandardButton.Ok, self.jendela)
        self.pesan.setObjectName("pesanJamSalah")
        self.pesan.setInformativeText(self.teks())
        self.pesan.open()


def pasang(jendela: MainWindow) -> None:
    """Check the clock against the database (see :mod:`kalbar_desktop.ui.fitur`)."""
    jendela.pemeriksa_jam = PemeriksaJam(jendela)
