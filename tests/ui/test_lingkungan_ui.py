"""The window when the disk fills up while a family is being saved: the form says so in
Indonesian, keeps what was typed, the database is unchanged, and saving again once there is
room works. The full disk is real for SQLite: no file of this process may grow past a few KB
(``RLIMIT_FSIZE``) while the save button is clicked."""

from __future__ import annotations

import contextlib
import errno
import resource
import signal
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import create_main_window
from kalbar_desktop.ui.tasks import Tugas
from tests.conftest import cuplikan

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@contextlib.contextmanager
def disk_penuh(batas: int = 8192):
    """No file of this process may grow past ``batas`` bytes (writes fail with EFBIG)."""
    lama_sinyal = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    lunak, keras = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (batas, keras))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (lunak, keras))
        signal.signal(signal.SIGXFSZ, lama_sinyal)


def _w(w, tipe, nama):
    hasil = w.findChild(tipe, nama)
    assert hasil is not None, nama
    return hasil


def _pilih(combo: QComboBox, teks: str) -> None:
    i = combo.findText(teks)
    assert i >= 0, teks
    combo.setCurrentIndex(i)


def _isi(db_path: Path) -> dict:
    with sdb.terbuka(db_path, baca_saja=True, migrasi=False) as db:
        return cuplikan(db)


@pytest.fixture
def jendela(qtbot, db_isi):
    w = create_main_window(db_isi, user="Ani")
    w.resize(1366, 740)
    w.show()
    yield w
    w.form.muat_ulang()
    w.close()
    w.deleteLater()


def test_disk_penuh_saat_menyimpan_keluarga(qtbot, jendela, db_isi):
    w = jendela
    tabel = _w(w, QTableView, "householdTable")
    tabel.setCurrentIndex(tabel.model().index(1, 0))
    assert w.buka_keluarga(w.model.id_keluarga(1), 1)
    form = _w(w, QWidget, "householdForm")
    qtbot.waitUntil(lambda: w.form.data is not None, timeout=3000)
    _pilih(_w(form, QComboBox, "statusVerifikasiCombo"), "Ditemukan")
    _pilih(_w(form, QComboBox, "kelayakanCombo"), "Layak")
    _w(form, QLineEdit, "tanggalKunjunganEdit").setText("20-11-2025")
    _w(form, QLineEdit, "namaVerifikatorEdit").setText("Ani Rahayu")
    w.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    sebelum = _isi(db_isi)

    with disk_penuh():
        _w(form, QPushButton, "saveButton").click()
    pesan = w.form.pesan.text()
    # RLIMIT_FSIZE leaves the disk with room: SQLite's write error is then told as a disk
    # that is not full but refused the write (failing, pulled, or the file at its size limit)
    assert pesan.startswith("Disk penuh") or (
        pesan.startswith("Kesalahan baca/tulis disk") and "sudah sebesar batas disk itu" in pesan
    ), pesan
    assert db_isi.name in pesan
    assert "Belum tersimpan: isian Anda masih ada di formulir" in pesan
    SHOTS.mkdir(exist_ok=True)
    w.grab().save(str(SHOTS / "disk_penuh_simpan.png"))
    assert _isi(db_isi) == sebelum
    assert w.form.ada_perubahan()  # nothing typed is lost

    _w(form, QPushButton, "saveButton").click()  # room again: the same entries are saved
    assert w.form.pesan.text().startswith("Tersimpan"), w.form.pesan.text()
    with sdb.terbuka(db_isi, baca_saja=True, migrasi=False) as db:
        assert db.execute("SELECT nama_verifikator FROM verifikasi_keluarga WHERE "
                          "id_keluarga = ?", [w.form.data.id_keluarga]).fetchone()[0] \
            == "Ani Rahayu"


def test_tugas_latar_melaporkan_galat_lingkungan_dalam_bahasa_indonesia(qtbot):
    """A background task that met a full disk the work did not turn into its own error hands
    the feature an Indonesian message (what every dialog shows with ``str(e)``)."""
    def kerja(_k):
        raise OSError(errno.ENOSPC, "No space left on device", "E:\\rekap.xlsx")

    tugas = Tugas(kerja)
    with qtbot.waitSignal(tugas.gagal, timeout=3000) as sinyal:
        tugas.mulai()
    e = sinyal.args[0]
    assert isinstance(e, sdb.KesalahanLingkungan)
    assert str(e).startswith("Disk penuh: E:\\rekap.xlsx tidak bisa ditulis")

    def salah(_k):
        raise KeyError("kesalahan program")

    tugas = Tugas(salah)
    with qtbot.waitSignal(tugas.gagal, timeout=3000) as sinyal:
        tugas.mulai()
    assert isinstance(sinyal.args[0], KeyError)  # a program error stays what it is


# -- the window's start on a database it cannot open ----------------------------------------------

def _jawab(qtbot, langkah: list, tombol: str, foto: str | None = None) -> None:
    """Answer the start-up problem dialog with ``tombol`` once it is shown."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    def coba() -> None:
        d = QApplication.activeModalWidget()
        if not isinstance(d, QMessageBox) or d.objectName() != "dialogBasisDataBermasalah":
            QTimer.singleShot(20, coba)
            return
        langkah.append(d.text())
        if foto:
            SHOTS.mkdir(exist_ok=True)
            d.grab().save(str(SHOTS / foto))
        d.findChild(QPushButton, tombol).click()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, coba)


def test_mulai_saat_flashdisk_basis_data_terakhir_dilepas(qtbot, tmp_path, db_isi,
                                                         monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from kalbar_desktop.settings import Pengaturan
    from kalbar_desktop.ui.app import buka_jendela

    hilang = tmp_path / "Flashdisk E" / "Data Dinsos" / "Kapuas Hulu – 2024" / "ç.db"
    langkah: list[str] = []
    _jawab(qtbot, langkah, "keluarButton", "mulai_flashdisk_dilepas.png")
    assert buka_jendela(hilang, Pengaturan(), nama="Ani") is None
    assert "tidak ada" in langkah[0] and str(hilang.parent) in langkah[0]
    assert "flashdisk" in langkah[0]
    assert not hilang.parent.exists()  # no empty folder (and database) made in its place

    # "Buka basis data lain...": the person picks the database; the window opens on it.
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(db_isi), "")))
    _jawab(qtbot, langkah, "bukaLainButton")
    w = buka_jendela(hilang, Pengaturan(), nama="Ani")
    qtbot.addWidget(w)
    assert w.db_path == db_isi and w.model.rowCount() == 120 and not w.db.baca_saja
    w.db.close()


def test_mulai_pada_basis_data_terpotong(qtbot, tmp_path, db_isi):
    from kalbar_desktop.settings import Pengaturan
    from kalbar_desktop.ui.app import buka_jendela

    terpotong = tmp_path / "terpotong.db"
    isi = db_isi.read_bytes()
    terpotong.write_bytes(isi[: len(isi) // 2])
    langkah: list[str] = []
    _jawab(qtbot, langkah, "keluarButton", "mulai_basis_data_terpotong.png")
    assert buka_jendela(terpotong, Pengaturan(), nama="Ani") is None
    assert "terpotong" in langkah[0] and terpotong.name in langkah[0]
    assert terpotong.read_bytes() == isi[: len(isi) // 2]


def test_mulai_pada_berkas_hanya_baca(qtbot, db_isi):
    from kalbar_desktop.settings import Pengaturan
    from kalbar_desktop.ui.app import buka_jendela

    db_isi.chmod(0o444)
    try:
        w = buka_jendela(db_isi, Pengaturan(), nama="Ani")
        qtbot.addWidget(w)
        w.show()
        assert w.db.baca_saja and "hanya boleh dibaca" in w.db.alasan_baca_saja
        assert w.model.rowCount() == 120
        SHOTS.mkdir(exist_ok=True)
        w.grab().save(str(SHOTS / "mulai_berkas_hanya_baca.png"))
        banner = w.findChild(QLabel, "bannerBacaSaja")
        assert banner.isVisible() and "hanya boleh dibaca" in banner.text()
        w.db.close()
    finally:
        db_isi.chmod(0o644)


def test_konsol_mengimpor_saat_jendela_terbuka(qtbot, jendela, db_isi, berkas_demo_2022):
    """One writer: the console's import while the window is open is refused, naming who holds
    the database; the window's unsaved entries are still saved afterwards."""
    import os
    import subprocess
    import sys

    w = jendela
    assert w.buka_keluarga(w.model.id_keluarga(3), 3)
    qtbot.waitUntil(lambda: w.form.data is not None, timeout=3000)
    form = _w(w, QWidget, "householdForm")
    _pilih(_w(form, QComboBox, "statusVerifikasiCombo"), "Tidak ditemukan")
    _w(form, QLineEdit, "tanggalKunjunganEdit").setText("21-11-2025")
    _w(form, QLineEdit, "namaVerifikatorEdit").setText("Budi Santoso")
    sebelum = _isi(db_isi)
    hasil = subprocess.run([sys.executable, "-m", "kalbar_desktop", "--db", str(db_isi),
                            "import", *map(str, berkas_demo_2022)],
                           capture_output=True, text=True, timeout=60)
    assert hasil.returncode == 1 and "Traceback" not in hasil.stderr
    assert "sedang dipakai untuk menulis" in hasil.stderr
    assert f"proses {os.getpid()}" in hasil.stderr  # who holds it
    assert _isi(db_isi) == sebelum
    _w(form, QPushButton, "saveButton").click()
    assert w.form.pesan.text().startswith("Tersimpan"), w.form.pesan.text()
