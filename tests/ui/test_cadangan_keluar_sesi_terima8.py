"""The closing backup is made "when something changed" (issue 6). A session in which the only
records were the screen locking, a wrong password on the lock screen and unlocking changed
nothing, yet it made a backup on the way out, which pushed an older one (one from before an
import, say) out of the rotating set. Acceptance round terima8."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

from kalbar_desktop.domain.akses import Peran
from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import cadangan
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as sp
from kalbar_desktop.ui import create_main_window
from tests.masukan_luar import pasangan_2023

SANDI = "Rahasia#2026a"


def _aksi(db_path):
    with sdb.terbuka(db_path, baca_saja=True) as db:
        return [r[0] for r in db.execute("SELECT aksi FROM audit_log ORDER BY id")]


def _buka_kunci(qtbot, w, sandi: str) -> None:
    dialog = w.keamanan.dialog_kunci
    assert dialog is not None and dialog.objectName() == "lockDialog"
    dialog.findChild(QLineEdit, "lockSandi").setText(sandi)
    dialog.findChild(QAbstractButton, "lockBuka").click()


def test_sesi_hanya_kunci_layar_tanpa_cadangan_saat_keluar(qtbot, tmp_path):
    db_path = tmp_path / "kantor.db"
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, list(pasangan_2023(tmp_path)), pengguna="penguji")
        sp.tambah(db, "adm", Peran.ADMIN, SANDI, oleh="uji")
        sp.tambah(db, "ani", Peran.OPERATOR, SANDI, ["6172011001"], "Ani Lestari", oleh="adm")
    sebelum = len(_aksi(db_path))
    cadangan_awal = cadangan.daftar(db_path)

    w = create_main_window(db_path, user="ani")
    qtbot.addWidget(w)
    w.show()
    w.keamanan.kunci()
    assert w.keamanan.terkunci
    _buka_kunci(qtbot, w, "salah-sekali")
    pesan = w.keamanan.dialog_kunci.findChild(QLabel, "lockPesan")
    qtbot.waitUntil(lambda: "salah" in pesan.text().lower(), timeout=10000)
    _buka_kunci(qtbot, w, SANDI)
    qtbot.waitUntil(lambda: not w.keamanan.terkunci, timeout=10000)
    w.close()

    assert _aksi(db_path)[sebelum:] == ["KUNCI_LAYAR", "MASUK_GAGAL", "MASUK", "KELUAR"]
    assert cadangan.daftar(db_path) == cadangan_awal  # nothing changed: no closing backup

    w2 = create_main_window(db_path, user="adm")
    qtbot.addWidget(w2)
    w2.show()
    w2.keamanan.kunci()
    _buka_kunci(qtbot, w2, SANDI)
    qtbot.waitUntil(lambda: not w2.keamanan.terkunci, timeout=10000)
    with qtbot.waitSignal(w2.keamanan.cadangkan_sekarang().selesai, timeout=20000):
        pass  # a backup is recorded (a change of the audit trail): the closing backup follows
    w2.close()
    assert cadangan.daftar(db_path)[0].alasan == "saat-keluar"
