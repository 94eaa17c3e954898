"""Batal while a backup is written to a chosen place (a USB stick): no half-written copy is
left there, not even under its temporary name (it stayed until the next backup or start), the
status bar says so, and nothing is recorded in the audit trail."""

from __future__ import annotations

from kalbar_desktop.storage import cadangan
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import create_main_window
from kalbar_desktop.ui.tasks import Tugas


def _jumlah_audit(db_path) -> int:
    with sdb.terbuka(db_path, baca_saja=True) as db:
        return db.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def test_batal_cadangan_tidak_meninggalkan_salinan_setengah_jadi(qtbot, db_demo, db_path,
                                                                  tmp_path, monkeypatch):
    db_demo.close()
    monkeypatch.setattr(cadangan, "_HALAMAN_PER_LANGKAH", 1)  # many steps: Batal lands mid-copy
    usb = tmp_path / "USB"
    usb.mkdir()
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    w.show()
    audit_awal = _jumlah_audit(db_path)

    tugas: Tugas = w.keamanan.cadangkan_sekarang(usb)
    tugas.batalkan()
    with qtbot.waitSignal(tugas.gagal, timeout=20000):
        pass
    qtbot.waitUntil(lambda: "dibatalkan" in w.statusBar().currentMessage(), timeout=5000)
    assert w.statusBar().currentMessage() == (
        "Pencadangan dibatalkan; tidak ada cadangan yang ditulis.")
    assert list(usb.iterdir()) == []
    assert _jumlah_audit(db_path) == audit_awal
    w.close()
