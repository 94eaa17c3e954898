"""The database file goes away while the window works on it (a USB stick pulled, the folder
renamed or removed, the file replaced by another or overwritten): the household table (scroll,
search, filter), the dashboard and a save in the form all lead to the one dialog
``dialogBasisDataBermasalah`` saying the file cannot be read any more and where it was; the
form keeps what was typed; once the file is back "Coba lagi" reloads and the same entries save.

Everything is real: the database sits in a temporary folder that is renamed, removed or
overwritten while the window has it open (on Linux the open connection would otherwise go on
reading, and writing, a file nobody can see any more)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from kalbar_desktop.storage import db as sdb
from tests.conftest import cuplikan

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def jendela(jendela_flashdisk):
    """The USB-stick window of tests/ui/conftest.py; entries typed in the form are dropped."""
    yield jendela_flashdisk
    if jendela_flashdisk.isVisible():  # a test that chose Keluar closed it already
        jendela_flashdisk.form.muat_ulang()


def _dialog(qtbot, w) -> QMessageBox:
    qtbot.waitUntil(lambda: w.penjaga_terputus.dialog is not None
                    and w.penjaga_terputus.dialog.isVisible(), timeout=3000)
    kotak = w.penjaga_terputus.dialog
    assert kotak.objectName() == "dialogBasisDataBermasalah"
    return kotak


def _tombol(kotak: QMessageBox, nama: str) -> QPushButton:
    tombol = kotak.findChild(QPushButton, nama)
    assert tombol is not None, nama
    return tombol


def _isi_form(qtbot, w) -> None:
    assert w.buka_baris(2)
    qtbot.waitUntil(lambda: w.form.data is not None, timeout=3000)
    w.form.findChild(QComboBox, "statusVerifikasiCombo").setCurrentIndex(
        w.form.findChild(QComboBox, "statusVerifikasiCombo").findText("Ditemukan"))
    w.form.findChild(QComboBox, "kelayakanCombo").setCurrentIndex(
        w.form.findChild(QComboBox, "kelayakanCombo").findText("Layak"))
    w.form.findChild(QLineEdit, "tanggalKunjunganEdit").setText("20-11-2025")
    w.form.findChild(QLineEdit, "namaVerifikatorEdit").setText("Ani Rahayu")


def _simpan_tercatat(path: Path, id_keluarga: str) -> str | None:
    with sdb.terbuka(path, baca_saja=True, migrasi=False) as db:
        baris = db.execute("SELECT nama_verifikator FROM verifikasi_keluarga WHERE "
                           "id_keluarga = ?", [id_keluarga]).fetchone()
    return baris[0] if baris else None


def test_folder_diganti_nama_saat_menyimpan_isian_tetap_dan_tersimpan_setelah_kembali(
        qtbot, jendela, flashdisk):
    w = jendela
    _isi_form(qtbot, w)
    idk = w.form.data.id_keluarga
    sebelum = flashdisk.parent.with_name("FLASHDISK-dilepas")
    flashdisk.parent.rename(sebelum)  # the stick is pulled

    w.form.findChild(QPushButton, "saveButton").click()
    kotak = _dialog(qtbot, w)
    assert kotak.text().startswith(f"Berkas basis data {flashdisk} tidak bisa dibaca lagi: "
                                   f"folder {flashdisk.parent} tidak ada lagi.")
    assert "Tidak ada yang ditulis ke basis data" in kotak.text()
    assert "Isian di formulir yang terbuka tidak hilang" in kotak.informativeText()
    assert {"cobaLagiButton", "bukaLainButton", "bawaanButton", "keluarButton"} <= {
        b.objectName() for b in kotak.findChildren(QPushButton)}
    assert "Belum tersimpan: isian Anda masih ada di formulir" in w.form.pesan.text()
    assert w.form.ada_perubahan()
    SHOTS.mkdir(exist_ok=True)
    kotak.grab().save(str(SHOTS / "terputus_simpan_dialog.png"))
    w.grab().save(str(SHOTS / "terputus_simpan_jendela.png"))
    # nothing went to the file behind the window's back
    assert _simpan_tercatat(sebelum / "kab.db", idk) != "Ani Rahayu"

    _tombol(kotak, "cobaLagiButton").click()  # still gone: the dialog comes back
    kotak = _dialog(qtbot, w)
    assert "tidak ada lagi" in kotak.text()

    sebelum.rename(flashdisk.parent)  # plugged in again
    _tombol(kotak, "cobaLagiButton").click()
    qtbot.waitUntil(lambda: w.penjaga_terputus.dialog is None, timeout=3000)
    assert w.penjaga_terputus.terputus is None
    assert w.form.ada_perubahan()
    assert w.form.findChild(QLineEdit, "namaVerifikatorEdit").text() == "Ani Rahayu"
    w.form.findChild(QPushButton, "saveButton").click()
    assert w.form.pesan.text().startswith("Tersimpan"), w.form.pesan.text()
    assert _simpan_tercatat(flashdisk, idk) == "Ani Rahayu"


def test_berkas_dihapus_lalu_disalin_kembali_tabel_mencari_dan_menyambung_ulang(
        qtbot, jendela, flashdisk, tmp_path):
    w = jendela
    salinan = tmp_path / "salinan.db"
    with sdb.terbuka(flashdisk, baca_saja=True, migrasi=False) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(flashdisk, salinan)
    jumlah = w.model.rowCount()
    for akhiran in ("", "-wal", "-shm"):
        Path(f"{flashdisk}{akhiran}").unlink(missing_ok=True)

    w.kotak_cari.setText("a")
    w._cari("a")  # the search box's own signal does the same after its short delay
    kotak = _dialog(qtbot, w)
    assert f"berkas kab.db tidak ada lagi di folder {flashdisk.parent}" in kotak.text()
    assert not flashdisk.exists()  # no empty database made in its place

    shutil.copyfile(salinan, flashdisk)  # the file is back (another inode: a new connection)
    _tombol(kotak, "cobaLagiButton").click()
    qtbot.waitUntil(lambda: w.penjaga_terputus.dialog is None, timeout=3000)
    w._cari("")
    assert w.model.rowCount() == jumlah
    assert w.model.data(w.model.index(jumlah - 1, 0))  # scrolled to the end: rows are read


def test_berkas_ditimpa_sampah_menggulir_tabel_dan_dasbor(qtbot, jendela, flashdisk):
    w = jendela
    with sdb.terbuka(flashdisk, baca_saja=True, migrasi=False) as db:
        isi_awal = cuplikan(db)
    asli = flashdisk.with_name("asli.db")
    os.replace(flashdisk, asli)
    flashdisk.write_bytes(os.urandom(64 * 1024))  # another file under its name

    w.table.scrollToBottom()
    w.model.segarkan_baris()
    w.table.viewport().repaint()  # paints the rows: reads pages
    kotak = _dialog(qtbot, w)
    assert "berkas lain sekarang memakai nama kab.db" in kotak.text()
    kotak.close()
    qtbot.waitUntil(lambda: w.penjaga_terputus.dialog is None, timeout=3000)

    w.tab.setCurrentWidget(w.dasbor)  # the dashboard refreshes when shown
    kotak = _dialog(qtbot, w)
    assert "berkas lain sekarang memakai nama kab.db" in w.dasbor.label_status.text()
    # no figures of the file from before (tests/ui/test_terputus_dasbor_ui.py)
    assert w.dasbor.chart_kecamatan.batang() == []
    assert w.dasbor.chart_kecamatan.pesan_kosong == "Basis data tidak terjangkau."
    w.grab().save(str(SHOTS / "terputus_dasbor.png"))

    flashdisk.unlink()
    os.replace(asli, flashdisk)  # the same file back under its name
    _tombol(kotak, "cobaLagiButton").click()
    qtbot.waitUntil(lambda: w.penjaga_terputus.dialog is None, timeout=3000)
    qtbot.waitUntil(lambda: w.dasbor.data is not None, timeout=10000)
    with sdb.terbuka(flashdisk, baca_saja=True, migrasi=False) as db:
        assert cuplikan(db) == isi_awal


def test_isi_ditimpa_di_tempat_dan_keluar(qtbot, jendela, flashdisk):
    """The file overwritten where it is (same inode); Keluar closes the window without the
    closing backup and without asking about the form."""
    w = jendela
    _isi_form(qtbot, w)
    with open(flashdisk, "r+b") as f:
        f.write(b"\0" * 4096)
    w.form.findChild(QPushButton, "saveButton").click()
    kotak = _dialog(qtbot, w)
    assert "isinya bukan basis data lagi" in kotak.text()
    _tombol(kotak, "keluarButton").click()
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=3000)
    assert not list(flashdisk.parent.glob("kab-cadangan/*saat-keluar*"))
    assert QApplication.activeModalWidget() is None


def test_saring_saat_folder_dihapus(qtbot, jendela, flashdisk, tmp_path):
    """A filter (here 'only families with findings') after the stick's folder is gone: the
    dialog; the table keeps no stale rows; the same filter works once the folder is back."""
    w = jendela
    cadangan_folder = tmp_path / "salinan-folder"
    shutil.copytree(flashdisk.parent, cadangan_folder)
    shutil.rmtree(flashdisk.parent)
    w.findChild(QCheckBox, "findingsOnlyCheck").setChecked(True)
    kotak = _dialog(qtbot, w)
    assert f"folder {flashdisk.parent} tidak ada lagi" in kotak.text()
    assert w.model.rowCount() == 0

    shutil.copytree(cadangan_folder, flashdisk.parent)
    _tombol(kotak, "cobaLagiButton").click()
    qtbot.waitUntil(lambda: w.penjaga_terputus.dialog is None, timeout=3000)
    assert 0 < w.model.rowCount() < 120  # the filter applies to the file that is back


def test_pilih_basis_data_bawaan_membuka_jendela_baru(qtbot, jendela, flashdisk):
    """'Basis data bawaan' while the stick is out: a window on the default database opens for
    the same person, the old one closes without asking."""
    from kalbar_desktop import paths

    w = jendela
    flashdisk.parent.rename(flashdisk.parent.with_name("lepas"))
    w.table.scrollToBottom()
    w.model.segarkan_baris()
    w.table.viewport().repaint()
    kotak = _dialog(qtbot, w)
    _tombol(kotak, "bawaanButton").click()
    baru = w.penjaga_terputus.jendela_baru
    assert baru is not None and baru.isVisible()
    try:
        assert baru.db_path == paths.db_bawaan()
        assert baru.pengguna.nama == "Ani"
        assert not w.isVisible()
    finally:
        baru.close()
        baru.db.close()
        baru.deleteLater()
