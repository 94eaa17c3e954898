"""A family opened from the table with Enter that the account cannot change (submitted, or
approved) takes the keyboard into its form too, so PgDn / PgUp move between families and Esc
closes the form, as the guide's key table says. Found from outside (terima10): the status
choice of such a family is locked, the cursor stayed in the table, and PgDn paged the table
(its selection jumped a screen down) while the form kept showing the family opened; Esc did
nothing. A verifikator reviewing submitted families opens nothing else."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import AksiPersetujuan, Verifikasi
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.ui import create_main_window
from tests.lapangan import ID_KELUARGA, db_desa

ANI = Pengguna("Ani", Peran.OPERATOR)
BUDI = Pengguna("Budi", Peran.VERIFIKATOR)


@pytest.fixture
def db_diajukan(tmp_path) -> Path:
    """A desa written with openpyxl: families 2 and 3 submitted by Ani, family 3 approved."""
    path = db_desa(tmp_path, jumlah=5)
    with sdb.terbuka(path) as db:
        for idk in ID_KELUARGA[1:3]:
            versi = sv.simpan(db, idk, ANI, Verifikasi(
                status_verifikasi="DITEMUKAN", kelayakan="LAYAK",
                tanggal_kunjungan=dt.date.today().isoformat(), nama_verifikator="Ani"), 0)
            versi = sv.ubah_persetujuan(db, idk, ANI, AksiPersetujuan.AJUKAN, versi)
        sv.ubah_persetujuan(db, ID_KELUARGA[2], BUDI, AksiPersetujuan.SETUJUI, versi)
    return path


def _jendela(qtbot, path: Path, user: str, role: str):
    """The window of one account, active (the form's keys work in the active window)."""
    w = create_main_window(path, user=user, role=role)
    qtbot.addWidget(w)
    w.resize(1366, 697)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    qtbot.waitUntil(lambda: w.model.rowCount() == 5)
    return w


def _enter_di_tabel(qtbot, w, idk: str) -> None:
    baris = w.model.baris_dari_id(idk)
    w.table.setFocus()
    w.table.setCurrentIndex(w.model.index(baris, 0))
    qtbot.keyClick(w.table, Qt.Key.Key_Return)


def _judul(w) -> str:
    return w.form.findChild(QLabel, "judulForm").text()


@pytest.mark.parametrize("idk", [ID_KELUARGA[1], ID_KELUARGA[2]], ids=["diajukan", "disetujui"])
def test_pgdn_pgup_esc_sesudah_enter_pada_keluarga_terkunci(qtbot, db_diajukan, idk):
    w = _jendela(qtbot, db_diajukan, "Rina", "verifikator")
    _enter_di_tabel(qtbot, w, idk)
    assert idk in _judul(w)
    assert not w.form.status_combo.isEnabled()  # locked for this account
    fokus = QApplication.focusWidget()
    assert fokus is w.form or w.form.isAncestorOf(fokus)
    urutan = [w.model.id_keluarga(b) for b in range(w.model.rowCount())]
    i = urutan.index(idk)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert urutan[i + 1] in _judul(w)
    assert w.model.id_keluarga(w.table.currentIndex().row()) == urutan[i + 1]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp)
    assert idk in _judul(w)
    assert w.model.id_keluarga(w.table.currentIndex().row()) == idk

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert w._id_form is None and not w.form.isVisible()
    assert QApplication.focusWidget() is w.table


def test_enter_pada_keluarga_yang_bisa_diubah_tetap_ke_status(qtbot, db_diajukan):
    w = _jendela(qtbot, db_diajukan, "Ani", "operator")
    _enter_di_tabel(qtbot, w, ID_KELUARGA[0])
    assert QApplication.focusWidget() is w.form.status_combo
