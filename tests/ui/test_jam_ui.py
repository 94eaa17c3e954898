"""The window warns when this computer's clock is behind the database (ui.jam)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from kalbar_desktop.storage import audit
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage.audit import Catatan
from kalbar_desktop.ui import create_main_window

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def _pesan() -> QMessageBox | None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.objectName() == "pesanJamSalah" and w.isVisible():
            return w
    return None


def _buka(qtbot, db_path):
    w = create_main_window(db_path, user="Ani")
    qtbot.addWidget(w)
    w.show()
    return w


def test_jam_komputer_di_belakang_basis_data_diperingatkan(qtbot, db_path, monkeypatch):
    nanti = (dt.datetime.now().astimezone() + dt.timedelta(days=40)).replace(microsecond=0)
    with sdb.terbuka(db_path) as db:
        monkeypatch.setattr(audit, "sekarang", lambda: nanti.isoformat())
        audit.tulis(db, [Catatan(aksi="SIMPAN_VERIFIKASI", pengguna="rina")])
    monkeypatch.undo()
    w = _buka(qtbot, db_path)
    qtbot.waitUntil(lambda: _pesan() is not None)
    pesan = _pesan()
    teks = pesan.informativeText()
    assert "40 hari kemudian" in teks and "rina" in teks
    assert "Pengaturan Windows" in teks
    label = w.findChild(QLabel, "labelJamSalah")
    assert label is not None and label.isVisible()
    assert label.toolTip() == teks
    SHOTS.mkdir(exist_ok=True)
    pesan.grab().save(str(SHOTS / "jam_salah.png"))
    # a warning, not a lock: the window stays usable and nothing was written by it
    pesan.accept()
    assert w.isEnabled()
    with sdb.terbuka(db_path, baca_saja=True, migrasi=False) as db:
        assert audit.catatan_terbaru(db)[0] == nanti.isoformat()
    w.close()


def test_jam_benar_tanpa_peringatan(qtbot, db_path):
    with sdb.terbuka(db_path) as db:
        audit.tulis(db, [Catatan(aksi="SIMPAN_VERIFIKASI", pengguna="rina")])
    w = _buka(qtbot, db_path)
    qtbot.wait(50)
    assert _pesan() is None
    assert w.findChild(QLabel, "labelJamSalah") is None
    w.close()
