"""A journal (``-wal``) left by a writer that was killed: the window's start copies the file
into the backup set on a worker thread with a "please wait" (``dialogAmankanJurnal``, shown
when the copy takes longer than ``app.WAL_TAMPIL_MS``; about 1.1-1.3 s on 100,000 families,
docs/benchmarks.md), then opens the database with the saved change applied."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QProgressDialog

from kalbar_desktop.storage import cadangan
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import app

AKAR = Path(__file__).resolve().parents[2]
SHOTS = AKAR / "screenshots"


def _tinggalkan_jurnal(path: Path) -> None:
    skrip = textwrap.dedent(f"""
        import os, signal
        from kalbar_desktop.storage import db as sdb
        db = sdb.buka({str(path)!r})
        db.execute("PRAGMA wal_autocheckpoint = 0")
        with db.atomic():
            db.execute("CREATE TABLE IF NOT EXISTS catatan (isi TEXT)")
            db.execute("INSERT INTO catatan VALUES ('tersimpan sebelum mati')")
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    hasil = subprocess.run([sys.executable, "-c", skrip], capture_output=True, text=True,
                           timeout=60, env=dict(os.environ, PYTHONPATH=str(AKAR)))
    assert hasil.returncode == -signal.SIGKILL, hasil.stderr


def test_jurnal_tertinggal_disalin_dengan_mohon_tunggu(qtbot, monkeypatch, tmp_path, db_isi):
    path = tmp_path / "kab.db"
    shutil.copyfile(db_isi, path)
    _tinggalkan_jurnal(path)
    assert sdb.ada_jurnal_tertinggal(path)
    monkeypatch.setattr(app, "WAL_TAMPIL_MS", 0)  # the demo file copies in milliseconds
    dilihat: list[str] = []

    class Pengamat(QObject):
        """Notes the dialog when it is shown (synchronously, inside its setValue)."""

        def eventFilter(self, obj, event) -> bool:
            if (event.type() == QEvent.Type.Show and isinstance(obj, QProgressDialog)
                    and obj.objectName() == "dialogAmankanJurnal"):
                dilihat.append(obj.labelText())
                SHOTS.mkdir(exist_ok=True)
                obj.grab().save(str(SHOTS / "jurnal_tertinggal.png"))
            return False

    pengamat = Pengamat()
    QApplication.instance().installEventFilter(pengamat)
    cadangan._POTONGAN_SALIN, lama = 64 * 1024, cadangan._POTONGAN_SALIN  # many progress steps
    try:
        db = app.buka_sesi(path)
    finally:
        cadangan._POTONGAN_SALIN = lama
        QApplication.instance().removeEventFilter(pengamat)
    try:
        assert dilihat and "tidak ditutup dengan benar terakhir kali" in dilihat[0]
        assert [r[0] for r in db.execute("SELECT isi FROM catatan")] == [
            "tersimpan sebelum mati"]
        salinan = [c for c in cadangan.daftar(path) if c.alasan == cadangan.SEBELUM_WAL]
        assert len(salinan) == 1  # one copy (the opening after it did not copy again)
    finally:
        db.close()
    assert not sdb.ada_jurnal_tertinggal(path)


def test_tanpa_jurnal_tidak_ada_salinan(qtbot, tmp_path, db_isi):
    path = tmp_path / "kab.db"
    shutil.copyfile(db_isi, path)
    assert app.amankan_jurnal(path) is None
    db = app.buka_sesi(path)
    db.close()
    assert not [c for c in cadangan.daftar(path) if c.alasan == cadangan.SEBELUM_WAL]
