"""Batal in ``dialogAmankanJurnal`` while the start-up copy's quick check runs (the last step of
the copy before a left-over ``-wal``; seconds on a big file on a slow stick): the check stops at
once (SQLite interrupts it from its progress handler), the partial copy is removed, the
database and its journal stay byte for byte, and the database is not opened. The check is
slowed down by its own hook (a pause at each look at the cancel flag); everything else is
real: a writer killed with its journal, the real dialog, its real Batal button."""

from __future__ import annotations

import hashlib
import shutil
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from kalbar_desktop.storage import cadangan, periksa
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import app
from tests.ui.test_jurnal_tertinggal_ui import _tinggalkan_jurnal


def test_batal_saat_pemeriksaan_salinan_menghentikannya_seketika(qtbot, monkeypatch, tmp_path,
                                                                 db_isi):
    path = tmp_path / "kab.db"
    shutil.copyfile(db_isi, path)
    _tinggalkan_jurnal(path)

    def sidik() -> dict:
        return {a: hashlib.sha256(Path(f"{path}{a}").read_bytes()).hexdigest()
                for a in ("", "-wal")}

    sebelum = sidik()
    folder = cadangan.folder_cadangan(path)
    monkeypatch.setattr(app, "WAL_TAMPIL_MS", 0)
    langkah: list[float] = []
    dimulai = threading.Event()

    def pelan() -> None:  # on the worker thread, inside the quick check
        langkah.append(time.perf_counter())
        dimulai.set()
        time.sleep(0.01)

    monkeypatch.setattr(periksa, "LANGKAH_BATAL", 50)  # many looks: a long check
    monkeypatch.setattr(periksa, "_SELAMA_PERIKSA", pelan)
    waktu: dict = {}

    def batal() -> None:
        d = QApplication.activeModalWidget()
        if (not isinstance(d, QProgressDialog) or d.objectName() != "dialogAmankanJurnal"
                or not dimulai.is_set()):
            QTimer.singleShot(10, batal)
            return
        waktu["sebagian"] = [p.name for p in folder.glob("*.sementara")]
        waktu["nilai"] = d.value()
        waktu["langkah"] = len(langkah)
        waktu["klik"] = time.perf_counter()
        d.findChild(QPushButton).click()

    QTimer.singleShot(0, batal)
    with pytest.raises(app.SalinanJurnalDibatalkan) as info:
        app.buka_sesi(path)
    selesai = time.perf_counter()
    assert waktu["langkah"] >= 1, "Batal was pressed while the check ran"
    assert waktu["nilai"] == 900  # "Memeriksa salinan"
    assert waktu["sebagian"], "the copy was there, being checked"
    # the check stopped at its next look at the flag (a few steps), not at its end
    setelah = [t for t in langkah if t > waktu["klik"]]
    assert len(setelah) <= 3, len(setelah)
    assert selesai - waktu["klik"] < 2.0
    assert str(info.value).startswith("Penyalinan basis data kab.db sebelum jurnal perubahannya "
                                      "diterapkan dibatalkan.")
    assert sidik() == sebelum and sdb.ada_jurnal_tertinggal(path)
    assert list(folder.iterdir()) == []  # no partial copy, no copy at all

    # Without Batal the check (now at full speed) runs to its end and the database opens.
    monkeypatch.setattr(periksa, "_SELAMA_PERIKSA", lambda: langkah.append(0.0))
    langkah.clear()
    db = app.buka_sesi(path)
    try:
        assert [r[0] for r in db.execute("SELECT isi FROM catatan")] == [
            "tersimpan sebelum mati"]
    finally:
        db.close()
    assert langkah  # the check ran with its cancel look
    assert [c for c in cadangan.daftar(path) if c.alasan == cadangan.SEBELUM_WAL]
