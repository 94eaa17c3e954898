"""Verifikasi > Setujui semua yang diajukan at the window, on a desa written with openpyxl and
a database with accounts: the confirmation counts and names what is left out (own work), Batal
writes nothing, OK approves the rest with one audit row each and the table shows it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from kalbar_desktop.domain.status import AksiPersetujuan, Verifikasi
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as spengguna
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.ui import create_main_window
from kalbar_desktop.ui import setujui_semua as uss
from tests.conftest import cuplikan
from tests.lapangan import DESA, OPERATOR_A, VERIFIKATOR, db_desa

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
HARI_INI = dt.date.today()


def _ajukan(db, idk: str, pengguna) -> None:
    v = Verifikasi(status_verifikasi="DITEMUKAN", kelayakan="LAYAK",
                   tanggal_kunjungan=HARI_INI.isoformat(), nama_verifikator=pengguna.nama)
    versi = sv.simpan(db, idk, pengguna, v, sv.muat(db, idk).versi)
    sv.ubah_persetujuan(db, idk, pengguna, AksiPersetujuan.AJUKAN, versi)


@pytest.fixture
def desa(tmp_path) -> Path:
    """Ten families: 1-6 submitted by the operator, 7 by Rina herself, 8-10 not submitted."""
    path = db_desa(tmp_path, jumlah=10)
    with sdb.terbuka(path) as db:
        spengguna.tambah(db, "Ani", "operator", "Sandi-Kuat-123", wilayah=[DESA], oleh="uji",
                         admin_dulu=False)
        spengguna.tambah(db, "Rina", "verifikator", "Sandi-Kuat-123", oleh="uji",
                         admin_dulu=False)
        for i in range(1, 7):
            _ajukan(db, f"0061729{i:03d}", OPERATOR_A)
        _ajukan(db, "0061729007", VERIFIKATOR)
    return path


@pytest.fixture
def jendela(qtbot, desa):
    w = create_main_window(desa, user="Rina", role="verifikator")
    w.resize(1366, 740)
    w.show()
    yield w
    w.close()
    w.deleteLater()


def _jawab(qtbot, tombol: str, simpan_gambar: str | None = None) -> dict:
    """Answer the confirmation with ``tombol`` (from a timer, as the dialog runs modal) and
    say what it showed."""
    dilihat: dict = {}

    def jawab() -> None:
        d = QApplication.activeModalWidget()
        if d is None or d.objectName() != "dialogSetujuiSemua":
            QTimer.singleShot(20, jawab)
            return
        dilihat["pesan"] = d.findChild(QLabel, "setujuiSemuaPesan").text()
        ringkas = d.findChild(QLabel, "setujuiSemuaRingkasan")
        dilihat["ringkasan"] = ringkas.text() if ringkas else ""
        dilihat["daftar"] = d.findChild(QPlainTextEdit, "setujuiSemuaDilewati").toPlainText()
        dilihat["ok"] = d.findChild(QPushButton, "setujuiSemuaOk").text()
        dilihat["default"] = d.findChild(QPushButton, "setujuiSemuaBatal").isDefault()
        if simpan_gambar:
            d.grab().save(str(SHOTS / simpan_gambar))
        d.findChild(QPushButton, tombol).click()

    QTimer.singleShot(0, jawab)
    return dilihat


def test_setujui_semua_desa_melewati_ajuan_sendiri(qtbot, jendela, desa):
    SHOTS.mkdir(exist_ok=True)
    w = jendela
    assert w.region_tree.pilih(DESA)
    aksi = w.findChild(QAction, "aksiSetujuiSemua")
    assert aksi.shortcut().toString() == "Ctrl+Shift+T" and aksi.isEnabled()
    with sdb.terbuka(desa) as db:
        sebelum = cuplikan(db)
    dilihat = _jawab(qtbot, "setujuiSemuaBatal")
    aksi.trigger()  # counted off the UI thread; the confirmation follows
    qtbot.waitUntil(lambda: "default" in dilihat, timeout=10000)
    assert "Setujui <b>6</b> keluarga berstatus Diajukan di" in dilihat["pesan"]
    assert DESA in dilihat["pesan"]
    assert dilihat["ringkasan"] == (
        "1 keluarga Diajukan dilewati (tetap Diajukan):\n• 1 diajukan oleh Anda sendiri "
        "(pekerjaan sendiri tidak boleh disetujui sendiri)")
    assert dilihat["daftar"] == ("0061729007 — Kepala 7: diajukan oleh Anda sendiri (pekerjaan "
                                 "sendiri tidak boleh disetujui sendiri)")
    assert dilihat["ok"] == "&Setujui 6 keluarga" and dilihat["default"]
    with sdb.terbuka(desa) as db:
        assert cuplikan(db) == sebelum  # Batal: nothing written

    # the form's button does the same; OK approves
    w.buka_keluarga("0061729002")
    tombol = w.form.findChild(QPushButton, "setujuiSemuaButton")
    assert tombol.isEnabled()
    dilihat = _jawab(qtbot, "setujuiSemuaOk", "setujui_semua_konfirmasi.png")
    tombol.click()
    qtbot.waitUntil(lambda: getattr(w, "hasil_setujui_semua", None) is not None, timeout=10000)
    hasil = w.hasil_setujui_semua
    assert hasil.disetujui == [f"0061729{i:03d}" for i in range(1, 7)]
    kotak = w.findChild(QMessageBox, "setujuiSemuaHasil")
    assert kotak.text().startswith("6 keluarga di ")
    assert "1 keluarga Diajukan dilewati" in kotak.text()
    assert kotak.text().endswith("0061729007 — Kepala 7: diajukan oleh Anda sendiri (pekerjaan "
                                 "sendiri tidak boleh disetujui sendiri)")
    assert not kotak.detailedText()
    kotak.grab().save(str(SHOTS / "setujui_semua_hasil.png"))
    kotak.accept()
    # the open family was reloaded: approved, read-only; the table shows the new state
    assert w.form.data.verifikasi.persetujuan == "DISETUJUI"
    assert not w.form.findChild(QPushButton, "saveButton").isEnabled()
    with sdb.terbuka(desa) as db:
        persetujuan = dict(db.execute(
            "SELECT id_keluarga, persetujuan FROM verifikasi_keluarga"))
        audit = db.execute("SELECT id_keluarga, pengguna, alasan FROM audit_log "
                           "WHERE aksi = 'SETUJUI' ORDER BY id").fetchall()
    assert [persetujuan[f"0061729{i:03d}"] for i in range(1, 11)] == (
        ["DISETUJUI"] * 6 + ["DIAJUKAN"] + ["DRAF"] * 3)
    assert [a[0] for a in audit] == [f"0061729{i:03d}" for i in range(1, 7)]
    assert {a[1] for a in audit} == {"Rina"}
    assert audit[0][2].startswith("Setujui semua: ")
    w.grab().save(str(SHOTS / "setujui_semua_jendela.png"))


def test_operator_tidak_punya_setujui_semua(qtbot, desa):
    w = create_main_window(desa, user="Ani", role="operator")
    try:
        assert not w.findChild(QAction, "aksiSetujuiSemua").isEnabled()
        w.buka_keluarga("0061729001")
        assert not w.form.findChild(QWidget, "setujuiSemuaButton").isEnabled()
        assert uss.setujui_semua(w) is None
    finally:
        w.close()
        w.deleteLater()


def test_label_sebab_sama_dengan_storage():
    assert {k: v for k, v in uss.LABEL_SEBAB.items()} == sv.LABEL_SEBAB


def test_batal_saat_menyetujui_tidak_menulis_apa_pun(qtbot, jendela, desa, monkeypatch):
    """Cancel in the progress dialog: the worker stops at its next step and the transaction
    rolls back; the window says nothing was approved."""
    import threading

    from PySide6.QtWidgets import QProgressDialog

    lanjut = threading.Event()
    asli = sv.setujui_semua

    def tertahan(db, pengguna, rencana, alasan, lapor, dibatalkan):
        def batal() -> bool:  # the work waits at its first step until Batal was pressed
            lanjut.wait(10)
            return dibatalkan()
        return asli(db, pengguna, rencana, alasan, lapor, batal)

    monkeypatch.setattr(uss.sv, "setujui_semua", tertahan)
    w = jendela
    assert w.region_tree.pilih(DESA)
    with sdb.terbuka(desa) as db:
        sebelum = cuplikan(db)
    _jawab(qtbot, "setujuiSemuaOk")
    w.findChild(QAction, "aksiSetujuiSemua").trigger()
    qtbot.waitUntil(lambda: w.findChild(QProgressDialog, "setujuiSemuaKemajuan") is not None,
                    timeout=10000)
    kemajuan = w.findChild(QProgressDialog, "setujuiSemuaKemajuan")
    qtbot.waitUntil(lambda: kemajuan.isVisible(), timeout=5000)
    qtbot.wait(50)
    kemajuan.grab().save(str(SHOTS / "setujui_semua_kemajuan.png"))
    batal = kemajuan.findChild(QPushButton)
    assert batal.text() == "Batal"
    batal.click()  # as the person does (QProgressDialog.cancel() alone emits nothing)
    lanjut.set()
    qtbot.waitUntil(lambda: getattr(w, "hasil_setujui_semua", None) is not None, timeout=10000)
    assert isinstance(w.hasil_setujui_semua, sv.SetujuiDibatalkan)
    kotak = w.findChild(QMessageBox, "setujuiSemuaHasil")
    assert kotak.text() == "Setujui semua dibatalkan; tidak ada keluarga yang disetujui."
    kotak.accept()
    with sdb.terbuka(desa) as db:
        assert cuplikan(db) == sebelum


def test_menghitung_di_latar_dengan_batal(qtbot, jendela, desa, monkeypatch):
    """Counting a whole kabupaten takes a second or two: it runs off the UI thread under a busy
    indicator (``setujuiSemuaMenghitung``) while the window keeps answering; its Batal stops
    the count, no confirmation follows and nothing is written. The count is held at its start
    until Batal was pressed (a real count over the real file follows, and stops at once)."""
    import threading

    from PySide6.QtWidgets import QProgressDialog

    lanjut = threading.Event()
    asli = sv.rencana_setujui_semua

    def tertahan(db, pengguna, kode, dibatalkan=None):
        lanjut.wait(10)
        return asli(db, pengguna, kode, dibatalkan=dibatalkan)

    monkeypatch.setattr(uss.sv, "rencana_setujui_semua", tertahan)
    w = jendela
    with sdb.terbuka(desa) as db:
        sebelum = cuplikan(db)
    w.findChild(QAction, "aksiSetujuiSemua").trigger()  # returns at once
    sibuk = w.findChild(QProgressDialog, "setujuiSemuaMenghitung")
    assert sibuk is not None and sibuk.maximum() == 0  # a busy bar
    qtbot.waitUntil(lambda: sibuk.isVisible(), timeout=5000)  # the event loop runs meanwhile
    assert "Menghitung keluarga berstatus Diajukan di seluruh basis data" in sibuk.labelText()
    assert uss.setujui_semua(w) is None  # a second Ctrl+Shift+T while counting: nothing more
    qtbot.wait(50)
    sibuk.grab().save(str(SHOTS / "setujui_semua_menghitung.png"))
    batal = sibuk.findChild(QPushButton)
    assert batal.text() == "Batal"
    batal.click()
    lanjut.set()
    qtbot.waitUntil(lambda: w.tugas_hitung_setujui is None, timeout=10000)
    assert "Setujui semua dibatalkan" in w.statusBar().currentMessage()
    qtbot.wait(100)
    modal = QApplication.activeModalWidget()
    assert modal is None or modal.objectName() != "dialogSetujuiSemua"
    with sdb.terbuka(desa) as db:
        assert cuplikan(db) == sebelum


def test_rencana_berhenti_saat_dibatalkan(desa):
    with sdb.terbuka(desa, baca_saja=True, migrasi=False) as db:
        with pytest.raises(sv.SetujuiDibatalkan):
            sv.rencana_setujui_semua(db, VERIFIKATOR, None, dibatalkan=lambda: True)
        assert len(sv.rencana_setujui_semua(db, VERIFIKATOR, None,
                                            dibatalkan=lambda: False).disetujui) == 6
