"""Verifikasi > Kembalikan keluarga terpilih ke operator at the window, on a desa written with
openpyxl and a database with accounts: rows chosen with Ctrl+click in the household table, the
dialog counts the submitted ones and names the others, OK waits for the note, Batal writes
nothing, OK sends them back in one transaction with one audit row each, and the table shows
it. The form's single send-back is still there."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit, QPushButton

from kalbar_desktop.domain.status import AksiPersetujuan, Verifikasi
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as spengguna
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.ui import create_main_window
from tests.conftest import cuplikan
from tests.lapangan import DESA, OPERATOR_A, VERIFIKATOR, db_desa

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
HARI_INI = dt.date.today()


def _id(i: int) -> str:
    return f"0061729{i:03d}"


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
        spengguna.tambah(db, "Ani", "operator", "Sandi-Kuat-123", wilayah=[DESA], oleh="uji")
        spengguna.tambah(db, "Rina", "verifikator", "Sandi-Kuat-123", oleh="uji")
        for i in range(1, 7):
            _ajukan(db, _id(i), OPERATOR_A)
        _ajukan(db, _id(7), VERIFIKATOR)
    return path


def _buka(desa: Path, nama: str):
    w = create_main_window(desa, user=nama)
    w.resize(1366, 740)
    w.show()
    return w


def _klik(qtbot, w, idk: str, ctrl: bool) -> None:
    """A real click on the row of ``idk`` (Ctrl held: added to the selection)."""
    baris = w.model.baris_dari_id(idk)
    w.table.scrollTo(w.model.index(baris, 0))
    titik = w.table.visualRect(w.model.index(baris, 1)).center()
    qtbot.mouseClick(w.table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier if ctrl
                     else Qt.KeyboardModifier.NoModifier, titik)


def test_kembalikan_beberapa_keluarga_terpilih(qtbot, desa):
    SHOTS.mkdir(exist_ok=True)
    w = _buka(desa, "Rina")
    try:
        aksi = w.findChild(QAction, "aksiKembalikanTerpilih")
        assert aksi.shortcut().toString() == "Ctrl+Shift+R" and aksi.isEnabled()
        # also in the table's right-click menu, after "Buka keluarga terpilih"
        assert w.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
        assert [a.objectName() for a in w.table.actions()] == ["aksiBukaKeluarga",
                                                               "aksiKembalikanTerpilih"]
        for i, idk in enumerate((_id(2), _id(3), _id(7), _id(8))):
            _klik(qtbot, w, idk, ctrl=i > 0)
        assert len(w.table.selectionModel().selectedRows()) == 4
        with sdb.terbuka(desa) as db:
            sebelum = cuplikan(db)

        # Batal: nothing written
        aksi.trigger()
        d = w.dialog_kembalikan_terpilih
        assert d.objectName() == "dialogKembalikanTerpilih" and d.isVisible()
        assert d.findChild(QLabel, "kembalikanTerpilihPesan").text().startswith(
            "Kembalikan <b>3</b> keluarga terpilih berstatus Diajukan ke operator?")
        assert d.findChild(QLabel, "kembalikanTerpilihRingkasan").text() == (
            "1 keluarga terpilih dilewati (tidak berubah):\n• 1 tidak berstatus Diajukan (hanya "
            "keluarga yang diajukan yang bisa disetujui atau dikembalikan)")
        assert d.findChild(QPlainTextEdit, "kembalikanTerpilihDilewati").toPlainText() == (
            f"{_id(8)} — Kepala 8: tidak berstatus Diajukan (hanya keluarga yang diajukan yang "
            "bisa disetujui atau dikembalikan)")
        ok = d.findChild(QPushButton, "kembalikanTerpilihOk")
        assert ok.text() == "&Kembalikan 3 keluarga" and not ok.isEnabled()
        assert d.findChild(QPushButton, "kembalikanTerpilihBatal").isDefault()
        d.findChild(QPushButton, "kembalikanTerpilihBatal").click()
        qtbot.waitUntil(lambda: not d.isVisible())
        with sdb.terbuka(desa) as db:
            assert cuplikan(db) == sebelum

        # OK once the note is written: one transaction, one audit row each
        aksi.trigger()
        d = w.dialog_kembalikan_terpilih
        alasan = d.findChild(QPlainTextEdit, "kembalikanAlasanEdit")
        assert alasan.hasFocus() or d.focusWidget() is alasan
        d.accept()  # Ctrl+Enter before a note: stays open
        assert d.isVisible()
        qtbot.keyClicks(alasan, "Foto rumah belum ada")
        ok = d.findChild(QPushButton, "kembalikanTerpilihOk")
        assert ok.isEnabled()
        d.grab().save(str(SHOTS / "kembalikan_terpilih_dialog.png"))
        ok.click()
        qtbot.waitUntil(lambda: getattr(w, "hasil_kembalikan_terpilih", None) is not None,
                        timeout=10000)
        hasil = w.hasil_kembalikan_terpilih
        assert hasil.disetujui == [_id(2), _id(3), _id(7)]
        kotak = w.findChild(QMessageBox, "kembalikanTerpilihHasil")
        assert kotak.text().startswith("3 keluarga dikembalikan ke operator.")
        assert f"{_id(8)} — Kepala 8: tidak berstatus Diajukan" in kotak.text()
        kotak.grab().save(str(SHOTS / "kembalikan_terpilih_hasil.png"))
        kotak.accept()
        with sdb.terbuka(desa) as db:
            keadaan = {r[0]: r[1:] for r in db.execute(
                "SELECT id_keluarga, persetujuan, catatan_pengembalian FROM verifikasi_keluarga")}
            baris_audit = db.execute(
                "SELECT id_keluarga, pengguna, alasan FROM audit_log WHERE aksi = 'KEMBALIKAN' "
                "ORDER BY id").fetchall()
        assert [keadaan[_id(i)][0] for i in range(1, 11)] == (
            ["DIAJUKAN", "DIKEMBALIKAN", "DIKEMBALIKAN", "DIAJUKAN", "DIAJUKAN", "DIAJUKAN",
             "DIKEMBALIKAN", "DRAF", "DRAF", "DRAF"])
        assert keadaan[_id(2)][1] == "Foto rumah belum ada"
        assert baris_audit == [(_id(i), "Rina", "Foto rumah belum ada") for i in (2, 3, 7)]
        # the table shows it
        kolom = w.model.KOLOM.index("persetujuan")
        assert w.model.index(w.model.baris_dari_id(_id(3)), kolom).data() == (
            "Dikembalikan: Foto rumah belum ada")
        w.grab().save(str(SHOTS / "kembalikan_terpilih_jendela.png"))

        # the one-family path is as it was: the form's Kembalikan... on a submitted family
        w.buka_keluarga(_id(4))
        assert w.form.findChild(QPushButton, "returnButton").isEnabled()
    finally:
        w.close()
        w.deleteLater()


def test_tanpa_pilihan_dan_operator(qtbot, desa):
    w = _buka(desa, "Rina")
    try:
        w.table.clearSelection()
        w.table.setCurrentIndex(w.model.index(-1, -1))
        w.findChild(QAction, "aksiKembalikanTerpilih").trigger()
        kotak = w.findChild(QMessageBox, "kembalikanTerpilihHasil")
        assert kotak.text().startswith("Pilih dulu keluarga berstatus Diajukan di tabel")
        kotak.accept()
        # only draft families chosen: the dialog says so and offers Tutup only
        _klik(qtbot, w, _id(9), ctrl=False)
        w.findChild(QAction, "aksiKembalikanTerpilih").trigger()
        d = w.dialog_kembalikan_terpilih
        assert d.findChild(QLabel, "kembalikanTerpilihPesan").text() == (
            "Tidak ada keluarga terpilih berstatus Diajukan yang dapat Anda kembalikan.")
        assert not d.findChild(QPushButton, "kembalikanTerpilihOk").isEnabled()
        assert d.findChild(QPushButton, "kembalikanTerpilihBatal").text() == "&Tutup"
        d.grab().save(str(SHOTS / "kembalikan_terpilih_kosong.png"))
        d.reject()
    finally:
        w.close()
        w.deleteLater()
    w = _buka(desa, "Ani")
    try:
        assert not w.findChild(QAction, "aksiKembalikanTerpilih").isEnabled()
        assert [a.objectName() for a in w.table.actions()] == ["aksiBukaKeluarga"]
    finally:
        w.close()
        w.deleteLater()
