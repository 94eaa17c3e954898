"""Berkas > "Buka basis data lain...": the guide tells an office to copy a database from a CD
or a shared folder and open the copy, and an operator to work on the office copy; this is the
window's way to open it (before, only the command line's --db could)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from kalbar_desktop.domain.akses import Peran
from kalbar_desktop.settings import Pengaturan
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as sp
from kalbar_desktop.ui import create_main_window

SHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "panduan2"
SANDI = "Kapuas-Hulu-2026"


def test_buka_basis_data_lain_dari_menu_berkas(qtbot, db_demo, db_path, tmp_path, monkeypatch):
    db_demo.close()
    lain = tmp_path / "salinan" / "kantor.db"
    lain.parent.mkdir()
    with sdb.terbuka(lain) as db:
        sp.tambah(db, "kasi", Peran.ADMIN, SANDI, oleh="uji")
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    w.show()
    aksi = w.findChild(QAction, "aksiBukaBasisData")
    assert aksi in w.menu_berkas.actions()
    assert w.menu_berkas.actions()[0] is aksi
    assert aksi.text().replace("&", "") == "Buka basis data lain..."
    dipilih: list[Path] = []

    def pilih(*_a, **_k):
        dipilih.append(lain)
        return str(lain), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(pilih))

    # unsaved entries in the open family: "Batal" keeps everything where it was
    w.buka_keluarga(w.model.index(0, 0).data())
    status = w.form.findChild(QComboBox, "statusVerifikasiCombo")
    status.setCurrentIndex(status.findData("DITEMUKAN"))

    def batal() -> None:
        QApplication.activeModalWidget().findChild(QPushButton, "konfirmasiBatal").click()

    QTimer.singleShot(0, batal)
    aksi.trigger()
    assert dipilih == [] and w.isVisible() and w.form.isVisible()
    assert w.form.findChild(QComboBox, "statusVerifikasiCombo").currentData() == "DITEMUKAN"
    w.form.muat_ulang()  # the entries discarded on purpose for the next step

    # the other file signs in like a start; this database is closed, its lock let go
    def masuk() -> None:
        d = QApplication.activeModalWidget()
        assert d.objectName() == "loginDialog"
        d.findChild(QLineEdit, "loginNama").setText("kasi")
        d.findChild(QLineEdit, "loginSandi").setText(SANDI)
        d.findChild(QPushButton, "loginMasuk").click()

    QTimer.singleShot(0, masuk)
    aksi.trigger()
    baru = w.jendela_berikut
    qtbot.addWidget(baru)
    assert dipilih == [lain]
    assert Path(baru.db_path) == lain and baru.isVisible() and not w.isVisible()
    assert baru.pengguna.nama == "kasi"
    assert Pengaturan.muat().db_terakhir == str(lain)  # the next start opens it
    with sdb.terbuka(db_path) as db:
        assert not db.baca_saja
    SHOTS.mkdir(parents=True, exist_ok=True)
    baru.grab().save(str(SHOTS / "buka-basis-data-lain.png"))

    # the same file again: said, nothing else
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(lain), "")))
    baru.findChild(QAction, "aksiBukaBasisData").trigger()
    pesan = baru.findChild(QMessageBox, "pesanBukaBasisData")
    assert pesan is not None and "sudah terbuka" in pesan.text()
    assert baru.isVisible() and not hasattr(baru, "jendela_berikut")
    pesan.close()
    baru.close()
    baru.db.close()
    assert isinstance(w, QWidget)


def test_basis_data_demo_tidak_diingat_sebagai_basis_data_kerja(qtbot, db_path):
    """After `kalbar-desktop --demo` the next plain start opens the office database again, not
    the demo (whose blue DEMO band says it is no real data)."""
    from kalbar_desktop import paths
    from kalbar_desktop.ui.app import buka_jendela

    with sdb.terbuka(db_path):
        pass
    pengaturan = Pengaturan.muat()
    pengaturan.catat_db(str(db_path))
    pengaturan.simpan()
    paths.db_demo().parent.mkdir(parents=True, exist_ok=True)
    with sdb.terbuka(paths.db_demo()):
        pass
    w = buka_jendela(paths.db_demo())
    qtbot.addWidget(w)
    assert w.pengguna.nama == "demo"
    assert Pengaturan.muat().db_terakhir == str(db_path)
    w.close()
    w.db.close()
