"""The Verifikasi menu: enter a new family (usulan baru), open the selected family, search,
clear the filters, and the history of the open family. The work is done by the main window's
table and the family form (:mod:`kalbar_desktop.ui.form_keluarga`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from kalbar_desktop.domain.akses import Aksi, boleh

if TYPE_CHECKING:
    from kalbar_desktop.ui.main_window import MainWindow


def pasang(jendela: MainWindow) -> None:
    """Add the verification actions to the Verifikasi menu of ``jendela``."""
    menu = jendela.menu_verifikasi

    def aksi(teks: str, nama: str, pintasan, kerja) -> QAction:
        a = QAction(QCoreApplication.translate("MenuVerifikasi", teks), jendela)
        a.setObjectName(nama)
        if pintasan:
            a.setShortcut(QKeySequence(pintasan))
        a.triggered.connect(kerja)
        menu.addAction(a)
        return a

    def buka_terpilih() -> None:
        i = jendela.table.currentIndex()
        if i.isValid():
            jendela.buka_baris(i.row())

    jendela.aksi_buka_keluarga = aksi(
        QT_TRANSLATE_NOOP("MenuVerifikasi", "&Buka keluarga terpilih"), "aksiBukaKeluarga",
        None, buka_terpilih)
    jendela.aksi_usulan_baru = aksi(
        QT_TRANSLATE_NOOP("MenuVerifikasi", "&Usulan keluarga baru..."), "aksiUsulanBaru",
        QKeySequence.StandardKey.New, jendela.usulan_baru)
    jendela.aksi_usulan_baru.setEnabled(boleh(jendela.pengguna, Aksi.TAMBAH_USULAN))
    menu.addSeparator()
    # Ctrl+F lives here (not as a separate shortcut of the window) so the menu shows it
    aksi(QT_TRANSLATE_NOOP("MenuVerifikasi", "&Cari keluarga"), "aksiCari",
         QKeySequence.StandardKey.Find, jendela.fokus_cari)
    aksi(QT_TRANSLATE_NOOP("MenuVerifikasi", "&Tampilkan semua (hapus saringan)"),
         "aksiHapusSaringan", None,
         lambda: (jendela.kotak_cari.clear(), jendela.panel_saring.kosongkan(),
                  jendela.region_tree.pilih("")))
    menu.addSeparator()
    aksi(QT_TRANSLATE_NOOP("MenuVerifikasi", "&Riwayat keluarga yang terbuka..."),
         "aksiRiwayat", "Ctrl+H", lambda: jendela.form.riwayat())
