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
        spengguna.tambah(db, "Ani", "operator", "Sandi-Kuat-123", wilayah=[DESA], oleh="uji",
                         admin_dulu=False)
        spengguna.tambah(db, "Rina", "verifikator", "Sandi-Kuat-123", oleh="uji",
                         admin_dulu=False)
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


def _picu(qtbot, w, aksi=None):
    """Ctrl+Shift+R: the count runs in the background; the confirmation follows."""
    w.dialog_kembalikan_terpilih = None
    (aksi or w.findChild(QAction, "aksiKembalikanTerpilih")).trigger()
    qtbot.waitUntil(lambda: w.dialog_kembalikan_terpilih is not None, timeout=10000)
    return w.dialog_kembalikan_terpilih


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
        d = _picu(qtbot, w, aksi)
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
        d = _picu(qtbot, w, aksi)
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
        d = _picu(qtbot, w)
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


def _baris_terpilih(w) -> set[int]:
    return {i.row() for i in w.table.selectionModel().selectedRows()}


def _kembalikan(qtbot, w, catatan: str) -> None:
    d = _picu(qtbot, w)
    qtbot.keyClicks(d.findChild(QPlainTextEdit, "kembalikanAlasanEdit"), catatan)
    w.hasil_kembalikan_terpilih = None
    d.findChild(QPushButton, "kembalikanTerpilihOk").click()
    qtbot.waitUntil(lambda: w.hasil_kembalikan_terpilih is not None, timeout=10000)
    w.findChild(QMessageBox, "kembalikanTerpilihHasil").accept()


def test_menghitung_di_latar_dengan_batal(qtbot, desa, monkeypatch):
    """The count runs off the UI thread under a busy bar (``kembalikanTerpilihMenghitung``)
    while the window keeps answering; a second Ctrl+Shift+R does nothing more; Batal stops it,
    no confirmation follows, nothing is written, and the selection is as it was. The count is
    held at its start until Batal was pressed (then the real count over the real file runs and
    stops at once)."""
    import threading

    from PySide6.QtWidgets import QApplication, QProgressDialog

    from kalbar_desktop.ui import kembalikan_terpilih as uk

    lanjut = threading.Event()
    asli = sv.rencana_kembalikan

    def tertahan(*a, **kw):
        lanjut.wait(10)
        return asli(*a, **kw)

    monkeypatch.setattr(uk.sv, "rencana_kembalikan", tertahan)
    w = _buka(desa, "Rina")
    try:
        w.table.selectAll()  # Ctrl+A
        assert len(_baris_terpilih(w)) == 10
        with sdb.terbuka(desa) as db:
            sebelum = cuplikan(db)
        w.dialog_kembalikan_terpilih = None
        w.findChild(QAction, "aksiKembalikanTerpilih").trigger()  # returns at once
        sibuk = w.findChild(QProgressDialog, "kembalikanTerpilihMenghitung")
        assert sibuk is not None and sibuk.maximum() == 0  # a busy bar
        qtbot.waitUntil(lambda: sibuk.isVisible(), timeout=5000)  # the event loop runs
        assert sibuk.labelText() == "Menghitung 10 keluarga terpilih..."
        assert uk.kembalikan_terpilih(w) is None  # a second Ctrl+Shift+R while counting
        SHOTS.mkdir(exist_ok=True)
        sibuk.grab().save(str(SHOTS / "kembalikan_terpilih_menghitung.png"))
        batal = sibuk.findChild(QPushButton)
        assert batal.text() == "Batal"
        batal.click()
        lanjut.set()
        qtbot.waitUntil(lambda: w.tugas_hitung_kembalikan is None, timeout=10000)
        assert "Pengembalian dibatalkan" in w.statusBar().currentMessage()
        qtbot.wait(100)
        assert w.dialog_kembalikan_terpilih is None
        modal = QApplication.activeModalWidget()
        assert modal is None or modal.objectName() != "dialogKembalikanTerpilih"
        assert len(_baris_terpilih(w)) == 10
        with sdb.terbuka(desa) as db:
            assert cuplikan(db) == sebelum
    finally:
        w.close()
        w.deleteLater()


def test_rencana_berhenti_saat_dibatalkan(desa):
    from tests.lapangan import VERIFIKATOR

    with sdb.terbuka(desa, baca_saja=True, migrasi=False) as db:
        rowid = [r[0] for r in db.execute("SELECT rowid FROM keluarga ORDER BY id_keluarga")]
        with pytest.raises(sv.KembalikanDibatalkan):
            sv.rencana_kembalikan(db, VERIFIKATOR, rowid=rowid, dibatalkan=lambda: True)
        rencana = sv.rencana_kembalikan(db, VERIFIKATOR, rowid=rowid, dibatalkan=lambda: False)
        # by row id as by ID Keluarga, in the given order
        assert rencana.disetujui == [_id(i) for i in range(1, 8)]
        assert [d.id_keluarga for d in rencana.dilewati] == [_id(i) for i in (8, 9, 10)]
        assert rencana == sv.rencana_kembalikan(db, VERIFIKATOR, [_id(i) for i in range(1, 11)])


def test_pilihan_tetap_setelah_dikembalikan(qtbot, desa):
    """After the send-back the same families stay selected and the current row stays; on a
    table filtered on Persetujuan = Diajukan, the families sent back leave the list: the ones
    still there (left out) stay selected, else the row where the selection was stays
    current with nothing selected."""
    from kalbar_desktop.ui.isian import KotakPilihan

    w = _buka(desa, "Rina")
    try:
        for i, idk in enumerate((_id(2), _id(3), _id(8))):
            _klik(qtbot, w, idk, ctrl=i > 0)
        sebelum = _baris_terpilih(w)
        assert len(sebelum) == 3
        assert w.table.currentIndex().row() == w.model.baris_dari_id(_id(8))
        _kembalikan(qtbot, w, "Foto rumah belum ada")
        assert w.hasil_kembalikan_terpilih.disetujui == [_id(2), _id(3)]
        assert _baris_terpilih(w) == sebelum
        assert w.table.currentIndex().row() == w.model.baris_dari_id(_id(8))
        kolom = w.model.KOLOM.index("persetujuan")
        assert w.model.index(w.model.baris_dari_id(_id(2)), kolom).data().startswith(
            "Dikembalikan")
        w.grab().save(str(SHOTS / "kembalikan_terpilih_pilihan_tetap.png"))

        # filtered on "Diajukan": 1, 4, 5, 6, 7 are shown
        saring = w.findChild(KotakPilihan, "persetujuanFilter")
        saring.atur_kode("DIAJUKAN")
        qtbot.waitUntil(lambda: w.model.rowCount() == 5)
        assert [w.model.id_keluarga(b) for b in range(5)] == [_id(i) for i in (1, 4, 5, 6, 7)]
        # 4 and 5 chosen (Shift+click), 5 the current row: both leave the list
        _klik(qtbot, w, _id(4), ctrl=False)
        titik = w.table.visualRect(w.model.index(w.model.baris_dari_id(_id(5)), 1)).center()
        qtbot.mouseClick(w.table.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.ShiftModifier, titik)
        assert _baris_terpilih(w) == {1, 2}
        _kembalikan(qtbot, w, "KTP belum difoto")
        assert [w.model.id_keluarga(b) for b in range(w.model.rowCount())] == [
            _id(i) for i in (1, 6, 7)]
        assert _baris_terpilih(w) == set()  # nothing the user did not choose
        assert w.table.currentIndex().row() == 1  # where the selection was: now family 6
        assert w.model.id_keluarga(w.table.currentIndex().row()) == _id(6)
    finally:
        w.close()
        w.deleteLater()
