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

import pytest
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


def test_batal_menghentikan_salinan_tanpa_mengubah_apa_pun(qtbot, monkeypatch, tmp_path,
                                                           db_isi):
    """On a slow stick the copy takes 10-40 s: Batal stops it, the partial copy is removed, the
    database and its journal stay byte for byte, and the start-up offers another database or
    quitting (dialogBasisDataBermasalah). The copy is slowed down by the copy's own hook (a
    pause after each piece), the rest is real."""
    import hashlib
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPushButton

    from kalbar_desktop.settings import Pengaturan

    path = tmp_path / "kab.db"
    shutil.copyfile(db_isi, path)
    _tinggalkan_jurnal(path)

    def sidik() -> dict:
        return {a: hashlib.sha256(Path(f"{path}{a}").read_bytes()).hexdigest()
                for a in ("", "-wal")}

    sebelum = sidik()
    folder = cadangan.folder_cadangan(path)
    monkeypatch.setattr(app, "WAL_TAMPIL_MS", 0)
    monkeypatch.setattr(cadangan, "_POTONGAN_SALIN", 16 * 1024)
    monkeypatch.setattr(cadangan, "_SETELAH_POTONGAN", lambda: time.sleep(0.02))
    dilihat: dict = {}

    def batal() -> None:
        d = QApplication.activeModalWidget()
        if not isinstance(d, QProgressDialog) or d.objectName() != "dialogAmankanJurnal":
            QTimer.singleShot(20, batal)
            return
        dilihat["sebagian"] = [p.name for p in folder.glob("*.sementara")]
        dilihat["tombol"] = d.findChild(QPushButton).text()
        dilihat["teks"] = d.labelText()
        SHOTS.mkdir(exist_ok=True)
        d.grab().save(str(SHOTS / "jurnal_tertinggal_batal.png"))
        d.findChild(QPushButton).click()

    QTimer.singleShot(150, batal)
    with pytest.raises(app.SalinanJurnalDibatalkan) as info:
        app.buka_sesi(path)
    assert dilihat["sebagian"], "the copy was under way when Batal was pressed"
    assert dilihat["tombol"] == "Batal"
    assert "Batal menghentikan penyalinan tanpa mengubah apa pun" in dilihat["teks"]
    teks = str(info.value)
    assert teks.startswith("Penyalinan basis data kab.db sebelum jurnal perubahannya "
                           "diterapkan dibatalkan. Basis data kab.db dan jurnalnya "
                           "(kab.db-wal) tidak diubah"), teks
    assert sidik() == sebelum  # the journal was not applied, the file not touched
    assert sdb.ada_jurnal_tertinggal(path)
    assert list(folder.iterdir()) == []  # no partial copy, no copy at all

    # at start-up: the choices (here Keluar); the lock was given back, nothing changed
    def keluar() -> None:
        d = QApplication.activeModalWidget()
        if d is None or d.objectName() == "dialogAmankanJurnal":
            QTimer.singleShot(20, keluar)
            return
        dilihat["pilihan"] = (d.objectName(), d.text(), d.informativeText())
        d.grab().save(str(SHOTS / "jurnal_tertinggal_batal_pilihan.png"))
        d.findChild(QPushButton, "keluarButton").click()

    QTimer.singleShot(150, batal)
    QTimer.singleShot(200, keluar)
    assert app.buka_jendela(path, Pengaturan()) is None
    assert dilihat["pilihan"][0] == "dialogBasisDataBermasalah"
    assert "dibatalkan" in dilihat["pilihan"][1]
    assert dilihat["pilihan"][2] == ""  # no "after the stick is back" hint: it was no stick
    assert sidik() == sebelum and list(folder.iterdir()) == []
    with sdb.terbuka(path) as db:  # nobody holds the lock: it opens (and copies) as usual
        assert [r[0] for r in db.execute("SELECT isi FROM catatan")] == [
            "tersimpan sebelum mati"]
