"""The database's USB stick comes back while the window waits without it: nobody has to press
"Coba lagi". A timer looks at the path every few seconds (only while the file is gone); when
the same database stands there again (same schema and audit trail, the latest audit row the
window knew still in it) the window reconnects on its own, says so in the status bar, and what
was typed in the open form is still there to be saved. Another database at that path (another
office's file, an older copy such as a backup put back by hand) is never taken silently: the
dialog says what stands there and offers "Pakai berkas ini". Another database made the same
way (an empty one here) is told apart by its own id.

Everything is real: the database sits in a temporary folder that is renamed away and back, or
whose file is removed and copied back, while the window has it open."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QPushButton

from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import terputus
from tests.ui.test_terputus_ui import _isi_form, _simpan_tercatat

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
TUNGGU_MS = 3 * terputus.SELANG_AWAS_MS + 2000


@pytest.fixture
def jendela(jendela_flashdisk):
    yield jendela_flashdisk
    jendela_flashdisk.form.muat_ulang()  # closed without the "unsaved entries" question


def _baca_tabel(w) -> None:
    """Make the table read pages (it meets a missing file first)."""
    w.table.scrollToBottom()
    w.model.segarkan_baris()
    w.table.viewport().repaint()


def _dialog(qtbot, w) -> QMessageBox:
    qtbot.waitUntil(lambda: w.penjaga_terputus.dialog is not None
                    and w.penjaga_terputus.dialog.isVisible(), timeout=3000)
    return w.penjaga_terputus.dialog


def _salin(path: Path, tujuan: Path) -> Path:
    """A whole copy of the database at ``path`` as it is now (its journal included)."""
    sumber = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    salinan = sqlite3.connect(tujuan)
    sumber.backup(salinan)
    salinan.close()
    sumber.close()
    return tujuan


def test_flashdisk_dipasang_lagi_tersambung_sendiri_isian_formulir_tetap(
        qtbot, jendela, flashdisk):
    w = jendela
    penjaga = w.penjaga_terputus
    assert not penjaga.pengawas.isActive()  # nothing watched while connected
    _isi_form(qtbot, w)  # typed, not saved yet
    idk = w.form.data.id_keluarga
    lepas = flashdisk.parent.with_name("FLASHDISK-dilepas")
    flashdisk.parent.rename(lepas)  # the stick is pulled
    _baca_tabel(w)
    kotak = _dialog(qtbot, w)
    assert "aplikasi menyambung sendiri dalam beberapa detik" in kotak.informativeText()
    assert penjaga.pengawas.isActive()
    assert penjaga.pengawas.interval() == terputus.SELANG_AWAS_MS
    qtbot.wait(terputus.SELANG_AWAS_MS + 300)  # a look while still gone changes nothing
    assert penjaga.terputus is not None and penjaga.dialog is kotak

    lepas.rename(flashdisk.parent)  # plugged in again; nobody presses anything
    mulai = time.monotonic()
    qtbot.waitUntil(lambda: penjaga.terputus is None and penjaga.dialog is None,
                    timeout=TUNGGU_MS)
    assert time.monotonic() - mulai < terputus.SELANG_AWAS_MS / 1000 + 1.5
    assert not penjaga.pengawas.isActive()
    assert w.isi.currentWidget() is w.table and w.terjangkau
    pesan = w.statusBar().currentMessage()
    assert pesan.startswith("Basis data bisa dibaca lagi dan tersambung otomatis."), pesan
    assert "Isian formulir yang belum tersimpan masih ada" in pesan
    assert w.form.ada_perubahan()
    assert w.form.findChild(QLineEdit, "namaVerifikatorEdit").text() == "Ani Rahayu"
    qtbot.wait(50)
    SHOTS.mkdir(exist_ok=True)
    w.grab().save(str(SHOTS / "terputus_tersambung_otomatis.png"))
    w.form.findChild(QPushButton, "saveButton").click()
    assert w.form.pesan.text().startswith("Tersimpan"), w.form.pesan.text()
    assert _simpan_tercatat(flashdisk, idk) == "Ani Rahayu"


def test_berkas_disalin_kembali_tersambung_ulang_ke_berkas_baru(qtbot, jendela, flashdisk,
                                                                tmp_path):
    """The file removed and the same database copied back (another inode, as from a stick
    plugged in again): a new connection, rows read from the file that is there."""
    w = jendela
    jumlah = w.model.rowCount()
    salinan = _salin(flashdisk, tmp_path / "salinan.db")
    for akhiran in ("", "-wal", "-shm"):
        Path(f"{flashdisk}{akhiran}").unlink(missing_ok=True)
    _baca_tabel(w)
    _dialog(qtbot, w)
    shutil.copyfile(salinan, flashdisk)
    qtbot.waitUntil(lambda: w.penjaga_terputus.terputus is None, timeout=TUNGGU_MS)
    assert w.model.rowCount() == jumlah
    assert w.model.data(w.model.index(jumlah - 1, 0))  # rows are read from the new file
    assert "tersambung otomatis" in w.statusBar().currentMessage()


def test_basis_data_lain_atau_cadangan_lama_tidak_dipakai_diam_diam(
        qtbot, jendela, flashdisk, tmp_path):
    w = jendela
    penjaga = w.penjaga_terputus
    cadangan = _salin(flashdisk, tmp_path / "cadangan-pagi.db")  # before the save
    _isi_form(qtbot, w)
    idk = w.form.data.id_keluarga
    w.form.findChild(QPushButton, "saveButton").click()  # a new audit row: the head moves
    assert w.form.pesan.text().startswith("Tersimpan"), w.form.pesan.text()
    asli = _salin(flashdisk, tmp_path / "asli.db")
    lain = tmp_path / "kantor-lain.db"
    sdb.buka(lain).close()  # another office's (empty) database

    # The stick's file replaced while open by the morning's backup (copied over by hand; the
    # window's journal with the save stays beside it and must not be read into the backup).
    subprocess.run(["cp", "--remove-destination", str(cadangan), str(flashdisk)], check=True)
    _baca_tabel(w)  # the window's connection sees another file under the name
    qtbot.waitUntil(lambda: penjaga.berkas_lain is not None, timeout=TUNGGU_MS)
    kotak = _dialog(qtbot, w)
    assert kotak.text().startswith(
        f"Di tempat berkas basis data {flashdisk} sekarang ada basis data yang bukan yang tadi "
        "dibuka: salinan yang lebih lama (misalnya cadangan); catatan jejak audit nomor "), \
        kotak.text()
    assert "Aplikasi tidak melanjutkan ke berkas itu tanpa bertanya" in kotak.informativeText()
    assert kotak.findChild(QPushButton, "pakaiBerkasIniButton") is not None
    kotak.grab().save(str(SHOTS / "terputus_berkas_lain_dialog.png"))
    qtbot.wait(2 * terputus.SELANG_AWAS_MS + 300)  # asked once; still not connected
    assert penjaga.dialog is kotak and penjaga.terputus is not None
    assert w.isi.currentWidget() is penjaga.halaman
    # "Coba lagi" does not take it either
    kotak.findChild(QPushButton, "cobaLagiButton").click()
    kotak = _dialog(qtbot, w)
    assert "salinan yang lebih lama" in kotak.text() and penjaga.terputus is not None

    # Another office's database under the name: said too, with what it is.
    shutil.copyfile(lain, flashdisk)
    qtbot.waitUntil(lambda: penjaga.dialog is not None and "dibuka: basis data lain (kode "
                    "identitasnya berbeda)" in penjaga.dialog.text(), timeout=TUNGGU_MS)
    assert penjaga.terputus is not None

    # The right stick back: connected on its own, the morning's backup was never written to.
    shutil.copyfile(asli, flashdisk)
    qtbot.waitUntil(lambda: penjaga.terputus is None and penjaga.dialog is None,
                    timeout=TUNGGU_MS)
    assert penjaga.berkas_lain is None
    assert _simpan_tercatat(flashdisk, idk) == "Ani Rahayu"
    assert _simpan_tercatat(cadangan, idk) != "Ani Rahayu"
    assert len(list(flashdisk.parent.glob("kab.db-wal.terlepas-*"))) == 1  # kept aside


def test_pakai_berkas_ini_menyambung_ke_cadangan_yang_dipilih(qtbot, jendela, flashdisk,
                                                               tmp_path):
    """A backup restored on purpose: "Pakai berkas ini" connects to it and the window shows
    its content."""
    w = jendela
    penjaga = w.penjaga_terputus
    cadangan = _salin(flashdisk, tmp_path / "cadangan.db")
    _isi_form(qtbot, w)
    idk = w.form.data.id_keluarga
    w.form.findChild(QPushButton, "saveButton").click()
    assert _simpan_tercatat(flashdisk, idk) == "Ani Rahayu"
    w.form.muat_ulang()
    subprocess.run(["mv", "-f", str(cadangan), str(flashdisk)], check=True)
    _baca_tabel(w)
    qtbot.waitUntil(lambda: penjaga.berkas_lain is not None and penjaga.dialog is not None,
                    timeout=TUNGGU_MS)
    penjaga.dialog.findChild(QPushButton, "pakaiBerkasIniButton").click()
    qtbot.waitUntil(lambda: penjaga.terputus is None, timeout=3000)
    assert w.isi.currentWidget() is w.table and penjaga.berkas_lain is None
    assert not penjaga.pengawas.isActive()
    assert _simpan_tercatat(flashdisk, idk) != "Ani Rahayu"  # the backup's content
    with sdb.terbuka(flashdisk, baca_saja=True, migrasi=False) as db:
        assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_tidak_menyambung_di_bawah_pemilih_berkas_yang_terbuka(qtbot, jendela, flashdisk):
    """While "Buka basis data lain..." shows its file chooser the window does not reconnect
    under it; once the chooser is closed it does."""
    w = jendela
    penjaga = w.penjaga_terputus
    lepas = flashdisk.parent.with_name("FLASHDISK-dilepas")
    flashdisk.parent.rename(lepas)
    _baca_tabel(w)
    _dialog(qtbot, w).done(0)
    pemilih = QFileDialog(w, "Buka basis data")
    pemilih.setOption(QFileDialog.Option.DontUseNativeDialog)
    pemilih.setWindowModality(Qt.WindowModality.ApplicationModal)
    pemilih.open()
    qtbot.waitUntil(pemilih.isVisible, timeout=3000)
    lepas.rename(flashdisk.parent)
    qtbot.wait(2 * terputus.SELANG_AWAS_MS + 300)
    assert penjaga.terputus is not None
    pemilih.reject()
    qtbot.waitUntil(lambda: penjaga.terputus is None, timeout=TUNGGU_MS)
    assert "tersambung otomatis" in w.statusBar().currentMessage()


def test_cadangan_disalin_ke_dalam_berkas_yang_terbuka_tidak_dipakai_diam_diam(
        qtbot, jendela, flashdisk, tmp_path):
    """Plain ``cp`` of the morning's backup over the open file (the same inode: its bytes
    rewritten in place) is found like a file put in its place: the dialog names the older copy,
    the window's journal with the save is kept aside instead of being mixed into the copy, and
    the right file back reconnects on its own."""
    w = jendela
    penjaga = w.penjaga_terputus
    cadangan = _salin(flashdisk, tmp_path / "cadangan-pagi.db")
    _isi_form(qtbot, w)
    idk = w.form.data.id_keluarga
    w.form.findChild(QPushButton, "saveButton").click()
    assert w.form.pesan.text().startswith("Tersimpan"), w.form.pesan.text()
    asli = _salin(flashdisk, tmp_path / "asli.db")
    inode = flashdisk.stat().st_ino
    subprocess.run(["cp", str(cadangan), str(flashdisk)], check=True)
    assert flashdisk.stat().st_ino == inode
    _baca_tabel(w)
    qtbot.waitUntil(lambda: penjaga.berkas_lain is not None and penjaga.dialog is not None,
                    timeout=TUNGGU_MS)
    kotak = _dialog(qtbot, w)
    assert "salinan yang lebih lama (misalnya cadangan)" in kotak.text(), kotak.text()
    assert kotak.findChild(QPushButton, "pakaiBerkasIniButton") is not None
    assert len(list(flashdisk.parent.glob("kab.db-wal.terlepas-*"))) == 1
    assert _simpan_tercatat(flashdisk, idk) != "Ani Rahayu"  # the journal was not mixed in
    with sdb.terbuka(flashdisk, baca_saja=True, migrasi=False) as db:
        assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    SHOTS.mkdir(exist_ok=True)
    kotak.grab().save(str(SHOTS / "terputus_isi_ditimpa_dialog.png"))

    subprocess.run(["cp", str(asli), str(flashdisk)], check=True)  # the right one back
    qtbot.waitUntil(lambda: penjaga.terputus is None and penjaga.dialog is None,
                    timeout=TUNGGU_MS)
    assert _simpan_tercatat(flashdisk, idk) == "Ani Rahayu"
    assert w.isi.currentWidget() is w.table
    w.model.segarkan_baris()
    assert w.model.rowCount() > 0
