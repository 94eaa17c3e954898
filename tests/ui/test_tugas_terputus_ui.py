"""Background work when the database file goes away while it runs (a USB stick pulled, the
folder renamed): the task stops and rolls back, then the window shows the one dialog
``dialogBasisDataBermasalah`` (over the dialog the person is using), the table area says why
the list is empty and offers "Coba lagi", and after "Coba lagi" the table is back and the same
work can be done again. Everything is real: the database sits in a temporary folder that is
renamed away from inside the running task (the import's own "before writing" step, which runs
on the worker thread), so the task meets the missing file as it would a pulled stick."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui.impor_dialog import DialogImpor
from tests.conftest import cuplikan

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def jendela(jendela_flashdisk):
    return jendela_flashdisk  # the USB-stick window of tests/ui/conftest.py


def _isi(path: Path) -> dict:
    with sdb.terbuka(path, baca_saja=True, migrasi=False) as db:
        return cuplikan(db)


def _dialog_terputus(qtbot, w) -> QMessageBox:
    qtbot.waitUntil(lambda: w.penjaga_terputus.dialog is not None
                    and w.penjaga_terputus.dialog.isVisible(), timeout=5000)
    kotak = w.penjaga_terputus.dialog
    assert kotak.objectName() == "dialogBasisDataBermasalah"
    return kotak


def test_impor_saat_flashdisk_dilepas_berhenti_lalu_dialog_dan_tabel_menjelaskan(
        qtbot, jendela, flashdisk, berkas_demo_2022):
    w = jendela
    sebelum = _isi(flashdisk)
    jumlah = w.model.rowCount()
    lepas = flashdisk.parent.with_name("FLASHDISK-dilepas")

    w.buka_impor()
    dialog = w.findChild(DialogImpor, "importDialog")
    with qtbot.waitSignal(dialog.pratinjau_siap, timeout=20000):
        dialog.tambah_berkas(berkas_demo_2022)
    # On the worker thread, right before the import writes: the stick is pulled.
    dialog.sebelum_menulis = lambda _db: flashdisk.parent.rename(lepas)
    with qtbot.waitSignal(dialog.impor_berakhir, timeout=60000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "importStartButton"),
                         Qt.MouseButton.LeftButton)
    assert dialog.hasil is None
    kotak = _dialog_terputus(qtbot, w)
    assert kotak.parentWidget() is dialog  # over the dialog in use, not hidden behind it
    assert kotak.text().startswith(f"Berkas basis data {flashdisk} tidak bisa dibaca lagi: "
                                   f"folder {flashdisk.parent} tidak ada lagi.")
    assert dialog.status.text() == ("Impor dihentikan: berkas basis data tidak bisa dibaca "
                                    "lagi. Tidak ada yang ditulis.")
    assert f"Berkas basis data {flashdisk} hilang saat impor berjalan" in \
        dialog.label_galat.text()
    assert dialog.berkas == [Path(b) for b in berkas_demo_2022]  # the chosen files stay
    qtbot.wait(50)
    SHOTS.mkdir(exist_ok=True)
    kotak.grab().save(str(SHOTS / "terputus_impor_dialog.png"))
    dialog.grab().save(str(SHOTS / "terputus_impor_impordialog.png"))
    # the transaction rolled back: the file (where it went) holds what it held
    assert _isi(lepas / "kab.db") == sebelum

    # the table area says why it is empty
    halaman = w.penjaga_terputus.halaman
    qtbot.waitUntil(lambda: w.isi.currentWidget() is halaman, timeout=3000)
    pesan = halaman.findChild(QLabel, "basisDataTerputusPesan").text()
    assert "Daftar keluarga tidak bisa ditampilkan" in pesan and str(flashdisk) in pesan
    assert "<b>Coba lagi</b>" in pesan

    lepas.rename(flashdisk.parent)  # plugged in again
    kotak.findChild(QPushButton, "cobaLagiButton").click()
    qtbot.waitUntil(lambda: w.penjaga_terputus.dialog is None, timeout=3000)
    assert w.isi.currentWidget() is w.table and w.model.rowCount() == jumlah
    # the same files import now
    dialog.sebelum_menulis = lambda _db: None
    with qtbot.waitSignal(dialog.impor_selesai, timeout=60000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "importStartButton"),
                         Qt.MouseButton.LeftButton)
    assert dialog.hasil is not None and not dialog.hasil.sudah_pernah
    dialog.close()


def test_tabel_saat_berkas_hilang_menjelaskan_dan_kembali_setelah_coba_lagi(
        qtbot, jendela, flashdisk):
    """The table meets the missing file (a search): its area names the file and points at
    Coba lagi; its own Coba lagi button brings the list back once the file is there."""
    w = jendela
    jumlah = w.model.rowCount()
    lepas = flashdisk.parent.with_name("lepas")
    flashdisk.parent.rename(lepas)
    w._cari("a")
    kotak = _dialog_terputus(qtbot, w)
    halaman = w.penjaga_terputus.halaman
    qtbot.waitUntil(lambda: w.isi.currentWidget() is halaman, timeout=3000)
    assert w.pesan_kosong.text() == "" or w.isi.currentWidget() is not w.pesan_kosong
    pesan = halaman.findChild(QLabel, "basisDataTerputusPesan").text()
    assert f"folder {flashdisk.parent} tidak ada lagi" in pesan
    w.grab().save(str(SHOTS / "terputus_tabel.png"))

    # the dialog closed with its title-bar button: the table area still offers Coba lagi
    kotak.done(0)
    qtbot.waitUntil(lambda: w.penjaga_terputus.dialog is None, timeout=3000)
    tombol = halaman.findChild(QPushButton, "cobaLagiTabelButton")
    tombol.click()  # still gone: the dialog again, the page stays
    kotak = _dialog_terputus(qtbot, w)
    assert w.isi.currentWidget() is halaman

    lepas.rename(flashdisk.parent)
    tombol.click()  # the page's button does what the dialog's does, and the dialog closes
    qtbot.waitUntil(lambda: w.penjaga_terputus.dialog is None, timeout=3000)
    assert w.isi.currentWidget() is w.table
    w._cari("")
    assert w.model.rowCount() == jumlah
