"""Starting the application: the QApplication, the database (the demo one on request), the
user's name, then the main window. Migrations run when the database is opened, before any
window is shown."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QProgressDialog

from kalbar_desktop import APP_NAME, __version__, paths
from kalbar_desktop.exchange import demo
from kalbar_desktop.settings import Pengaturan
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import statistik
from kalbar_desktop.ui.tasks import Konteks, Tugas


def _tr(teks: str) -> str:
    return QCoreApplication.translate("app", teks)


def siapkan_demo(path: Path) -> None:
    """Create the demo database at ``path`` when it is missing or empty, with a progress dialog
    (the work runs off the UI thread)."""
    with sdb.terbuka(path) as db:
        if statistik.jumlah(db)[0] > 0:
            return
    dialog = QProgressDialog(_tr("Menyiapkan basis data demo..."), "", 0, 100)
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
        None, APP_NAME, _tr("Nama Anda (dicatat di jejak audit):"), QLineEdit.EchoMode.Normal,
        pengaturan.pengguna_terakhir)
    teks = teks.strip()
    return teks if ok and teks else None


def jalankan(db_path: Path | None = None, demo: bool = False, pengguna: str | None = None) -> int:
    """Run the application; returns the exit status."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    pengaturan = Pengaturan.muat()
    if demo and db_path is None:
        db_path = paths.db_demo()
    db_path = Path(db_path or pengaturan.db_terakhir or paths.db_bawaan())
    try:
        if demo:
            siapkan_demo(db_path)
        db = sdb.buka(db_path)
    except (sdb.KesalahanPenyimpanan, RuntimeError) as e:
        QMessageBox.critical(None, APP_NAME, str(e))
        return 1
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
    return app.exec()
