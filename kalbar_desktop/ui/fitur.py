"""Features plug their menu actions, panels and dialogs into the main window here, so the
window itself stays a layout. Each feature module has ``pasang(jendela)``; add the module's
name to :data:`FITUR` (one line per feature, in menu order)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kalbar_desktop.ui.main_window import MainWindow

FITUR: list[str] = [
    "kalbar_desktop.ui.buka_db",  # Berkas > Buka basis data lain...
    "kalbar_desktop.ui.impor_dialog",  # Data > Impor P3KE (Ctrl+I), Impor referensi wilayah
    "kalbar_desktop.ui.kolom_tabel",  # Data > Kolom tabel; right click on the table's header
    "kalbar_desktop.ui.verifikasi",  # Verifikasi: usulan baru, buka, cari, riwayat
    "kalbar_desktop.ui.setujui_semua",  # Verifikasi > Setujui semua yang diajukan (Ctrl+Shift+T)
    "kalbar_desktop.ui.kembalikan_terpilih",  # Verifikasi > Kembalikan terpilih (Ctrl+Shift+R)
    "kalbar_desktop.ui.panduan",  # Bantuan > Panduan pengguna (F1)
    "kalbar_desktop.ui.dukungan",  # Bantuan: Buka folder log, Tentang (window icon)
    "kalbar_desktop.ui.dasbor",  # Laporan > Dasbor; the Dasbor tab
    "kalbar_desktop.ui.laporan",  # Laporan > Ekspor workbook provinsi, Impor ulang, Cetak BA/DK
    "kalbar_desktop.ui.keamanan",  # cadangan, pulihkan, kunci layar, jejak audit, pengguna
    "kalbar_desktop.ui.bahasa",  # Alat > Bahasa (Language)
    "kalbar_desktop.ui.terputus",  # the database file gone mid-work (USB stick pulled)
    "kalbar_desktop.ui.penimpaan",  # a read-only window: the file's bytes replaced (cp)
    "kalbar_desktop.ui.jam",  # a warning when this computer's clock is behind the database
]
"""Modules whose ``pasang(jendela)`` is called when the main window builds its menus."""


def pasang_semua(jendela: MainWindow) -> None:
    """Call every feature's installer on ``jendela``."""
    for nama in FITUR:
        importlib.import_module(nama).pasang(jendela)
