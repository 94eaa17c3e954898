"""Help > About, Help > Buka folder log, the application icon, and the error guard."""

from __future__ import annotations

import platform
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt, QUrl, Slot, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImageReader
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton

from kalbar_desktop import __version__, log, paths
from kalbar_desktop.sumber import berkas_sumber
from kalbar_desktop.ui import create_main_window, dukungan

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
NIK = "6172014107850003"


@pytest.fixture
def jendela(qtbot, db_path):
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    w.show()
    return w


def _dialog(nama: str):
    for w in QApplication.topLevelWidgets():
        if w.objectName() == nama and w.isVisible():
            return w
    return None


class _Penangkap(QObject):
    """Receives the URLs QDesktopServices would hand to the file manager."""

    def __init__(self):
        super().__init__()
        self.url: list[QUrl] = []

    @Slot(QUrl)
    def tangkap(self, url: QUrl) -> None:
        self.url.append(url)


@pytest.fixture
def penangkap_file():
    p = _Penangkap()
    QDesktopServices.setUrlHandler("file", p, "tangkap")
    yield p
    QDesktopServices.unsetUrlHandler("file")


def test_jendela_dan_aplikasi_memakai_ikon(jendela):
    assert not jendela.windowIcon().isNull()
    ukuran = {s.width() for s in jendela.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= ukuran
    reader = QImageReader(str(berkas_sumber("ikon", "kalbar_desktop.ico")))
    assert reader.canRead() and reader.imageCount() == 7


def test_menu_bantuan_berisi_folder_log_dan_tentang(jendela):
    nama = [a.objectName() for a in jendela.menu_bantuan.actions()]
    assert nama[-2:] == ["aksiBukaFolderLog", "aksiTentang"]
    assert jendela.aksi_tentang.text() == "&Tentang Kalbar Desktop"


def test_dialog_tentang(qtbot, jendela, db_path):
    jendela.aksi_tentang.trigger()
    dialog = _dialog("aboutDialog")
    assert dialog is not None and dialog.isModal()
    assert dialog.windowTitle() == "Tentang Kalbar Desktop"
    assert dialog.label_versi.text() == f"Versi {__version__}"
    assert dialog.findChild(QLineEdit, "aboutDbPath").text() == str(db_path)
    assert dialog.label_info["python"].text() == platform.python_version()
    assert dialog.label_info["qt"].text() == qVersion()
    assert dialog.label_info["log"].text() == str(paths.folder_log())
    assert dialog.label_info["sqlite"].text().count(".") >= 2
    lisensi = dialog.findChild(type(dialog.label_versi), "aboutLicense").text()
    assert "cahyadsn/wilayah" in lisensi and "MIT" in lisensi and "LGPL" in lisensi
    assert not dialog.findChild(type(dialog.label_versi), "aboutIcon").pixmap().isNull()

    qtbot.mouseClick(dialog.tombol_salin, Qt.MouseButton.LeftButton)
    disalin = QGuiApplication.clipboard().text()
    assert f"Versi: {__version__}" in disalin and str(db_path) in disalin

    SHOTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "tentang.png"))
    dialog.tombol_tutup.click()
    qtbot.waitUntil(lambda: _dialog("aboutDialog") is None)


def test_buka_folder_log_dari_menu(jendela, penangkap_file):
    jendela.aksi_buka_folder_log.trigger()
    assert [u.toLocalFile() for u in penangkap_file.url] == [str(paths.folder_log())]
    assert paths.folder_log().is_dir()


def test_folder_log_tidak_bisa_dibuka_menampilkan_jalurnya(qtbot, jendela, monkeypatch):
    class _TanpaPengelolaBerkas:
        @staticmethod
        def openUrl(_url) -> bool:
            return False

    monkeypatch.setattr(dukungan, "QDesktopServices", _TanpaPengelolaBerkas)
    jendela.aksi_buka_folder_log.trigger()
    qtbot.waitUntil(lambda: _dialog("pesanFolderLog") is not None)
    pesan = _dialog("pesanFolderLog")
    assert "tidak bisa dibuka" in pesan.text()
    assert str(paths.folder_log()) in pesan.informativeText()
    pesan.close()


@pytest.fixture
def penjaga(qtbot):
    log.siapkan_log("uji")
    p = dukungan.PenjagaGalat()
    p.pasang()
    yield p
    p.lepas()
    for w in QApplication.topLevelWidgets():
        if w.objectName() == "dialogGalat":
            w.close()
    log.tutup_log()


def _tombol_yang_meledak(qtbot) -> QPushButton:
    nama = "Siti Aminah"

    def meledak() -> None:
        raise ValueError(f"NIK {NIK} milik {nama!r} tidak sah")

    tombol = QPushButton("Simpan")
    qtbot.addWidget(tombol)
    tombol.clicked.connect(meledak)
    return tombol


@pytest.mark.qt_no_exception_capture
def test_slot_yang_gagal_dicatat_dan_ditampilkan(qtbot, penjaga, penangkap_file):
    _tombol_yang_meledak(qtbot).click()
    qtbot.waitUntil(lambda: _dialog("dialogGalat") is not None)
    kotak: QMessageBox = _dialog("dialogGalat")
    assert kotak.text() == "Maaf, terjadi kesalahan yang tidak terduga."
    info = kotak.informativeText()
    assert "data yang sudah tersimpan tetap aman" in info
    assert str(log.berkas_log()) in info and "ValueError di test_dukungan.py:" in info
    assert NIK not in kotak.detailedText() and "Siti Aminah" not in kotak.detailedText()
    assert "617201******0003" in kotak.detailedText()
    teks_log = log.berkas_log().read_text(encoding="utf-8")
    assert "Kesalahan tak terduga di test_dukungan.py" in teks_log
    assert NIK not in teks_log and "Siti Aminah" not in teks_log
    SHOTS.mkdir(exist_ok=True)
    assert kotak.grab().save(str(SHOTS / "dialog_galat.png"))

    kotak.findChild(QPushButton, "tombolBukaFolderLog").click()
    assert [u.toLocalFile() for u in penangkap_file.url] == [str(paths.folder_log())]
    qtbot.waitUntil(lambda: _dialog("dialogGalat") is None)
    assert penjaga.terakhir[0] == "ValueError"
    # the closed box stays alive until the next one: deleting it from its own `finished`
    # signal crashed the process (seen in 9 of 25 runs at application exit)
    assert shiboken6.isValid(kotak) and penjaga._dialog is kotak


@pytest.mark.qt_no_exception_capture
def test_kesalahan_berulang_tidak_menumpuk_dialog(qtbot, penjaga):
    tombol = _tombol_yang_meledak(qtbot)
    tombol.click()
    tombol.click()  # while the first message is open: logged only
    qtbot.waitUntil(lambda: _dialog("dialogGalat") is not None)
    qtbot.wait(20)
    assert sum(w.objectName() == "dialogGalat" and w.isVisible()
               for w in QApplication.topLevelWidgets()) == 1
    ditampilkan = 1
    for _ in range(4):
        kotak = _dialog("dialogGalat")
        if kotak is not None:
            kotak.findChild(QPushButton, "tombolTutup").click()
            qtbot.waitUntil(lambda: _dialog("dialogGalat") is None)
        tombol.click()
        qtbot.wait(20)
        ditampilkan += _dialog("dialogGalat") is not None
    assert ditampilkan == dukungan.BATAS_TAMPIL_SAMA
    teks_log = log.berkas_log().read_text(encoding="utf-8")
    assert teks_log.count("Kesalahan tak terduga") == 6


@pytest.mark.qt_no_exception_capture
def test_penjaga_mengembalikan_hook_semula(penjaga):
    assert sys.excepthook == penjaga._hook
    penjaga.lepas()
    assert sys.excepthook != penjaga._hook


def test_tugas_latar_yang_gagal_tercatat_di_log(qtbot):
    from kalbar_desktop.ui.tasks import Tugas

    log.siapkan_log("uji")
    nama = "Budi Santoso"

    def kerja(_k) -> None:
        raise OSError(f"berkas milik {nama!r} (NIK {NIK}) terkunci")

    tugas = Tugas(kerja)
    try:
        with qtbot.waitSignal(tugas.gagal, timeout=5000):
            tugas.mulai()
        teks = log.berkas_log().read_text(encoding="utf-8")
    finally:
        log.tutup_log()
    assert "Tugas latar berhenti dengan OSError" in teks and "in kerja" in teks
    assert NIK not in teks and nama not in teks and "617201******0003" in teks
