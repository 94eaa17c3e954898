"""A background task that ends after the window (and with it the task's signal object) was
deleted, as when the program closes during a long count: nothing is raised on the worker
thread (it printed "RuntimeError: Signal source has been deleted"), and the log says it."""

from __future__ import annotations

import logging
import threading

import shiboken6
from PySide6.QtCore import QThreadPool

from kalbar_desktop.ui.tasks import Tugas


def test_tugas_yang_selesai_sesudah_objeknya_dihapus_tidak_memunculkan_galat(qtbot, caplog):
    lanjut = threading.Event()
    mulai = threading.Event()

    def kerja(konteks):
        mulai.set()
        lanjut.wait(10)
        konteks.lapor("Menghitung", 0.5)
        return 42

    tugas = Tugas(kerja)
    tugas.mulai()
    assert mulai.wait(10)
    shiboken6.delete(tugas._sinyal)  # what closing the program does to it
    with caplog.at_level(logging.INFO, logger="kalbar_desktop.ui.tasks"):
        lanjut.set()
        assert QThreadPool.globalInstance().waitForDone(10_000)
    assert "selesai sesudah jendelanya ditutup" in caplog.text
