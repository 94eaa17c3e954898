"""The window's account dialog on a database without accounts (a session started as admin by
name, as automation does): a first account that is not an admin is refused with a message
saying the first account must be an admin and how, the database unchanged; an admin first, then
the operator, is accepted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as spengguna
from kalbar_desktop.ui import create_main_window
from tests.conftest import cuplikan
from tests.lapangan import DESA, db_desa

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
SANDI = "Sungai-Kapuas-77"


def _isi(dialog, nama: str, peran: str, wilayah: str = "") -> None:
    dialog.nama.setText(nama)
    dialog.peran.setCurrentIndex(dialog.peran.findData(peran))
    dialog.wilayah.setText(wilayah)
    dialog.sandi.setText(SANDI)
    dialog.ulangi.setText(SANDI)


def test_akun_pertama_di_jendela_harus_admin(qtbot, tmp_path):
    path = db_desa(tmp_path, jumlah=2)
    w = create_main_window(path, user="kepala", role="admin")
    qtbot.addWidget(w)
    w.show()
    dialog = w.keamanan.buka_kelola_pengguna()
    with sdb.terbuka(path) as db:
        sebelum = cuplikan(db)
    tambah = dialog.tambah()
    _isi(tambah, "ani", "operator", DESA)
    tambah.accept()
    pesan = tambah.findChild(QLabel, "akunPesan")
    assert tambah.isVisible() and pesan.isVisible()
    assert pesan.text() == (
        "Akun pertama harus admin: basis data ini belum punya admin aktif, jadi akun ani tidak "
        "dibuat. Pilih Peran: Admin untuk akun ini (admin yang membuat dan mengelola akun lain), "
        "lalu tambahkan akun operator dan verifikator.")
    SHOTS.mkdir(exist_ok=True)
    tambah.grab().save(str(SHOTS / "akun_pertama_admin.png"))
    with sdb.terbuka(path) as db:
        assert cuplikan(db) == sebelum
    _isi(tambah, "kepala", "admin")
    tambah.accept()
    assert not tambah.isVisible()
    tambah = dialog.tambah()
    _isi(tambah, "ani", "operator", DESA)
    tambah.accept()
    assert not tambah.isVisible()
    with sdb.terbuka(path) as db:
        assert [(a.nama, a.peran.value) for a in spengguna.daftar(db)] == [
            ("ani", "operator"), ("kepala", "admin")]
    dialog.close()
