"""Batal of an audit-log export and of a dashboard computation says what was (not) done, in
both languages, like the other cancel lines: the export wrote no file (an earlier file of that
name is left as it was) and recorded nothing; the dashboard counted nothing new and names the
figures that stay on the page (or that there are none yet).

The work is held back in the thread pool until Batal is pressed, so the cancel always lands
before the work's first check (no race with a fast machine)."""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QRunnable, QThreadPool
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog, QPushButton

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.storage import audit
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import create_main_window
from kalbar_desktop.ui.audit_dialog import AuditLogDialog
from kalbar_desktop.ui.dasbor import PanelDasbor

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
ADMIN = Pengguna("adm", Peran.ADMIN)


@contextmanager
def kerja_tertahan() -> Iterator[None]:
    """Background work started inside waits until the block ends (one pool thread, taken)."""
    kolam = QThreadPool.globalInstance()
    assert kolam.waitForDone(10_000)
    lama = kolam.maxThreadCount()
    lepas = threading.Event()

    class _Tahan(QRunnable):
        def run(self) -> None:
            lepas.wait(30)

    kolam.setMaxThreadCount(1)
    kolam.start(_Tahan())
    try:
        yield
    finally:
        lepas.set()
        assert kolam.waitForDone(30_000)
        kolam.setMaxThreadCount(lama)


def _jumlah_audit(db_path: Path) -> int:
    with sdb.terbuka(db_path, baca_saja=True, migrasi=False) as db:
        return db.execute("SELECT count(*) FROM audit_log").fetchone()[0]


@pytest.fixture
def log_panjang(db, db_path) -> Path:
    """2,500 audit rows: the export asks for Batal every 2,000 rows."""
    audit.tulis(db, [audit.Catatan(aksi="UBAH", pengguna="ani", tabel="verifikasi_keluarga",
                                   id_rekaman=f"K{i}", id_keluarga=f"K{i}", kolom="catatan",
                                   nilai_baru=f"catatan {i}") for i in range(2500)])
    return db_path


def _batal_ekspor(qtbot, db, db_path: Path, tujuan: Path, monkeypatch) -> QMessageBox:
    """Export with Batal; the rows xlsxwriter streamed to disk (audit values, NIKs among them)
    are gone from the temporary folder too (they stayed in it, open, after a cancel)."""
    sistem = tujuan.parent / "temp-sistem"
    sistem.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(sistem))
    dialog = AuditLogDialog(db, db_path, ADMIN)
    qtbot.addWidget(dialog)
    with kerja_tertahan():
        tugas = dialog.ekspor(tujuan)
        kemajuan = dialog.findChild(QProgressDialog, "auditEksporKemajuan")
        kemajuan.findChild(QPushButton).click()  # its Batal
    qtbot.waitUntil(lambda: not tugas.berjalan, timeout=20_000)
    kotak = dialog.findChild(QMessageBox, "auditEksporDibatalkan")
    assert kotak is not None and kotak.isVisible()
    assert dialog.hasil_ekspor[0] is None
    assert list(sistem.iterdir()) == []
    sistem.rmdir()
    return kotak


@pytest.mark.parametrize("kode", ["id", "en"])
def test_batal_ekspor_audit_tidak_menulis_berkas(qtbot, qapp, folder_qm, pasang, db,
                                                  log_panjang, tmp_path, monkeypatch, kode):
    pasang(kode, folder_qm)
    tujuan = tmp_path / "jejak.xlsx"
    sebelum = _jumlah_audit(log_panjang)
    kotak = _batal_ekspor(qtbot, db, log_panjang, tujuan, monkeypatch)
    assert kotak.text() == {
        "id": f"Ekspor jejak audit dibatalkan; berkas {tujuan} tidak dibuat.",
        "en": f"Audit log export cancelled; {tujuan} was not created."}[kode]
    assert list(tmp_path.glob("jejak*")) == []
    assert _jumlah_audit(log_panjang) == sebelum  # nothing recorded: nothing was exported
    if kode == "en":
        SHOTS.mkdir(exist_ok=True)
        kotak.grab().save(str(SHOTS / "audit_ekspor_batal_en.png"))


def test_batal_ekspor_audit_membiarkan_berkas_lama(qtbot, qapp, folder_qm, pasang, db,
                                                    log_panjang, tmp_path, monkeypatch):
    pasang("en", folder_qm)
    tujuan = tmp_path / "jejak.xlsx"
    tujuan.write_bytes(b"ekspor kemarin")
    kotak = _batal_ekspor(qtbot, db, log_panjang, tujuan, monkeypatch)
    assert kotak.text() == f"Audit log export cancelled; {tujuan} was left unchanged."
    assert tujuan.read_bytes() == b"ekspor kemarin"
    assert [p.name for p in tmp_path.glob("jejak*")] == ["jejak.xlsx"]


def _jendela_dasbor(qtbot, db_path: Path):
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    panel = w.findChild(PanelDasbor, "dashboard")
    return w, panel


def _batal_hitung(qtbot, panel: PanelDasbor) -> None:
    tombol = panel.findChild(QPushButton, "tombolBatalDasbor")
    with kerja_tertahan():
        panel.segarkan()
        assert panel.sedang_menghitung() and not tombol.isHidden()
        tombol.click()
    qtbot.waitUntil(lambda: not panel.sedang_menghitung(), timeout=20_000)
    assert tombol.isHidden()


@pytest.mark.parametrize("kode", ["id", "en"])
def test_batal_dasbor_menyebut_angka_yang_tetap(qtbot, qapp, folder_qm, pasang, db_isi, kode):
    pasang(kode, folder_qm)
    w, panel = _jendela_dasbor(qtbot, db_isi)
    with qtbot.waitSignal(panel.diperbarui, timeout=15_000):
        w.tab.setCurrentWidget(panel)
    lama = panel.data()
    status = panel.findChild(QLabel, "labelStatusDasbor")
    sebelum = status.text()
    _batal_hitung(qtbot, panel)
    assert panel.data() is lama  # the figures shown are the earlier ones
    kapan = sebelum.split("; ", 1)[1]  # "dihitung 24 November 2026 pukul 14.21"
    if kode == "id":
        assert status.text() == (
            f"Penghitungan dibatalkan; angka yang tampil {kapan}.")
    else:
        assert status.text().startswith("Counting cancelled; the figures shown were computed on ")
        assert status.text().endswith(kapan.removeprefix("computed on ") + ".")
        SHOTS.mkdir(exist_ok=True)
        w.grab().save(str(SHOTS / "dasbor_batal_en.png"))
    # Segarkan counts again and the cancel line goes
    with qtbot.waitSignal(panel.diperbarui, timeout=15_000):
        panel.tombol_segarkan.click()
    assert "dibatalkan" not in status.text() and "cancelled" not in status.text()
    w.close()


@pytest.mark.parametrize("kode", ["id", "en"])
def test_batal_dasbor_sebelum_angka_pertama(qtbot, qapp, folder_qm, pasang, db_isi, kode):
    pasang(kode, folder_qm)
    w, panel = _jendela_dasbor(qtbot, db_isi)  # the dashboard's page never shown: not counted
    _batal_hitung(qtbot, panel)
    assert not panel.data().dihitung_pada  # nothing counted
    assert panel.label_status.text() == {
        "id": "Penghitungan dibatalkan; belum ada angka. Klik Segarkan untuk menghitung.",
        "en": "Counting cancelled; there are no figures yet. Click Refresh to count."}[kode]
    assert {k.angka.text() for k in panel.kartu.values()} == {"\u2013"}  # not "0 families"
    assert {g.pesan_kosong for g in panel._semua_grafik()} == {
        {"id": "Angka belum dihitung.", "en": "Not counted yet."}[kode]}
    w.close()
