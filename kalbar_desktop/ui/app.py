"""Starting the application: the QApplication (icon, log file, error guard, translation),
the database (the demo one on request), the user's name, then the main window. Migrations run
when the database is opened, before any window is shown."""

from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QProgressDialog

from kalbar_desktop import APP_NAME, __version__, log, paths
from kalbar_desktop.exchange import demo
from kalbar_desktop.settings import Pengaturan
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import statistik
from kalbar_desktop.ui import bahasa
from kalbar_desktop.ui.dukungan import PenjagaGalat, pasang_pesan_qt
from kalbar_desktop.ui.ikon import ikon_aplikasi
from kalbar_desktop.ui.tasks import Konteks, Tugas

_log = logging.getLogger(__name__)


def siapkan_demo(path: Path) -> None:
    """Create the demo database at ``path`` when it is missing or empty, with a progress dialog
    (the work runs off the UI thread)."""
    with sdb.terbuka(path) as db:
        if statistik.jumlah(db)[0] > 0:
            return
    dialog = QProgressDialog(
        QCoreApplication.translate("app", "Menyiapkan basis data demo..."), "", 0, 100)
    dialog.setWindowTitle(APP_NAME)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    galat: list[str] = []

    def kerja(k: Konteks) -> None:
        with sdb.terbuka(path) as db:
            demo.buat_db_demo(db, kemajuan=k.lapor)

    tugas = Tugas(kerja)
    tugas.kemajuan.connect(lambda pesan, f: (dialog.setLabelText(pesan),
                                              dialog.setValue(int(f * 100))))
    tugas.selesai.connect(lambda _h: dialog.done(0))
    tugas.gagal.connect(lambda e, _j: (galat.append(str(e)), dialog.done(1)))
    tugas.mulai()
    dialog.exec()
    if galat:
        raise RuntimeError(galat[0])


def _nama_pengguna(pengaturan: Pengaturan, nama: str | None) -> str | None:
    if nama:
        return nama
    teks, ok = QInputDialog.getText(
        None, APP_NAME, QCoreApplication.translate("app", "Nama Anda (dicatat di jejak audit):"),
        QLineEdit.EchoMode.Normal, pengaturan.pengguna_terakhir)
    teks = teks.strip()
    return teks if ok and teks else None


def jalankan(db_path: Path | None = None, demo: bool = False, pengguna: str | None = None,
             uji_asap: bool = False) -> int:
    """Run the application; returns the exit status.

    ``uji_asap`` (smoke test of an installation or of the frozen bundle, implies ``demo``):
    create the demo database, open the window, print a JSON report on standard output after
    the first turn of the event loop and quit (status 0 when the window showed the data).
    """
    mulai = time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(ikon_aplikasi())
    log.siapkan_log("jendela")
    penjaga = PenjagaGalat(app)
    penjaga.pasang()
    pasang_pesan_qt()
    pengaturan = Pengaturan.muat()
    bahasa.pasang_penerjemah(app, pengaturan.bahasa)
    if uji_asap:
        demo = True
    if demo and db_path is None:
        db_path = paths.db_demo()
    db_path = Path(db_path or pengaturan.db_terakhir or paths.db_bawaan())
    try:
        if demo:
            siapkan_demo(db_path)
        db = sdb.buka(db_path)
    except (sdb.KesalahanPenyimpanan, RuntimeError) as e:
        _log.error("Basis data tidak bisa dibuka: %s", e)
        if uji_asap:
            print(json.dumps({"ok": False, "galat": str(e)}, ensure_ascii=False))
            return 1
        QMessageBox.critical(None, APP_NAME, str(e))
        return 1
    _log.info("Basis data dibuka: %s", db_path)
    nama = _nama_pengguna(pengaturan, pengguna or ("demo" if demo else None))
    if not nama:
        return 0
    pengaturan.pengguna_terakhir = nama
    pengaturan.catat_db(str(db_path))
    pengaturan.simpan()

    from kalbar_desktop.storage.pengguna import pengguna_sesi
    from kalbar_desktop.ui.main_window import MainWindow

    jendela = MainWindow(db, db_path, pengguna_sesi(db, nama))
    jendela.show()
    if uji_asap:
        hasil: dict = {}
        QTimer.singleShot(0, lambda: hasil.update(_laporan_uji_asap(app, jendela, mulai)))
    kode = app.exec()
    _log.info("Aplikasi ditutup (status %s)", kode)
    if uji_asap:
        print(json.dumps(hasil, ensure_ascii=False))
        return 0 if hasil.get("ok") else 1
    return kode


def _laporan_uji_asap(app: QApplication, jendela, mulai: float) -> dict:
    """What the smoke test checks, gathered once the window has been shown; then quit."""
    from kalbar_desktop.ui.bahasa import folder_terjemahan

    app.processEvents()
    baris = jendela.model.rowCount()
    laporan = {
        "versi": __version__,
        "beku": bool(getattr(sys, "frozen", False)),
        "python": sys.version.split()[0],
        "qt": qVersion(),
        "pyside6": PySide6.__version__,
        "platform_qt": QGuiApplication.platformName(),
        "jendela_tampil": jendela.isVisible(),
        "judul": jendela.windowTitle(),
        "ikon": not app.windowIcon().isNull() and not jendela.windowIcon().isNull(),
        "keluarga_di_tabel": baris,
        "modul_native": {m: m in sys.modules for m in ("python_calamine", "rustpy_xlsxwriter")},
        "terjemahan_qm": sorted(p.name for p in folder_terjemahan().glob("*.qm")),
        "menu_bantuan": [a.objectName() for a in jendela.menu_bantuan.actions()
                         if a.objectName()],
        "db": str(jendela.db_path),
        "log": str(log.berkas_log()),
        "detik": round(time.perf_counter() - mulai, 2),
    }
    laporan["ok"] = bool(laporan["jendela_tampil"] and baris > 0 and laporan["ikon"]
                         and all(laporan["modul_native"].values()))
    jendela.close()
    app.quit()
    return laporan
