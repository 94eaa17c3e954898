"""Berkas > "Buka basis data lain..." (objectName ``aksiBukaBasisData``): work on another
database file - a copy brought on a USB stick, a database copied from a read-only folder, the
office database after the demo. The window closes its database (asking first about unsaved
entries, with the usual backup on closing) and a new window opens the chosen file the way the
application starts: signing in, or creating the first admin account on a new file. The choice
is remembered for the next start."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from kalbar_desktop import paths
from kalbar_desktop.ui.kabar import kabar

if TYPE_CHECKING:
    from kalbar_desktop.ui.main_window import MainWindow


def _sama(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def pilih_basis_data(jendela: MainWindow) -> MainWindow | None:
    """Ask for a database file and open it (see :func:`buka_basis_data`)."""
    if not jendela.tutup_form():  # unsaved entries: the person chose to stay
        return None
    folder = Path(jendela.db_path).parent
    if not folder.is_dir():
        folder = paths.folder_data()
    nama, _ = QFileDialog.getOpenFileName(
        jendela, QCoreApplication.translate("BukaBasisData", "Buka basis data"), str(folder),
        QCoreApplication.translate("BukaBasisData",
                                   "Basis data Kalbar Desktop (*.db);;Semua berkas (*)"))
    return buka_basis_data(jendela, Path(nama)) if nama else None


def buka_basis_data(jendela: MainWindow, path: Path) -> MainWindow | None:
    """Open ``path`` in a new window and close ``jendela`` and its database; returns the new
    window, or ``None`` when ``jendela`` stays (the same file, unsaved entries kept, the
    sign-in cancelled or the file not opened)."""
    from kalbar_desktop.settings import Pengaturan
    from kalbar_desktop.ui.app import buka_jendela

    if _sama(path, Path(jendela.db_path)):
        kabar(jendela, QCoreApplication.translate(
            "BukaBasisData", "Basis data {0} sudah terbuka di jendela ini.").format(path.name),
            nama="pesanBukaBasisData")
        return None
    if not jendela.tutup_form():
        return None
    baru = buka_jendela(path, Pengaturan.muat())
    if baru is None:
        return None
    jendela.jendela_berikut = baru  # keeps the new window alive once this one is gone
    baru.tampilkan()
    if not jendela.close():
        baru.close()
        baru.db.close()
        return None
    jendela.db.close()
    return baru


def pasang(jendela: MainWindow) -> None:
    """Berkas > "Buka basis data lain..."."""
    aksi = QAction(QCoreApplication.translate("BukaBasisData", "&Buka basis data lain..."), jendela)
    aksi.setObjectName("aksiBukaBasisData")
    aksi.setStatusTip(QCoreApplication.translate(
        "BukaBasisData", "Tutup basis data ini dan buka berkas basis data lain (misalnya "
        "salinan dari flashdisk)"))
    aksi.triggered.connect(lambda _c=False: pilih_basis_data(jendela))
    jendela.menu_berkas.addAction(aksi)
