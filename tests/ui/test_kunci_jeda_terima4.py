"""Acceptance round terima4 (issue 6, idle lock): the lock screen pauses after five wrong
passwords in a row, like the sign-in dialog; before, someone at a locked laptop could try
passwords without pause. The right password is not accepted during the pause, and works after."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from kalbar_desktop.domain.akses import Peran
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as sp
from kalbar_desktop.ui import akun_dialog, create_main_window

SANDI = "Sungai-Kapuas-77"


def test_layar_terkunci_jeda_setelah_lima_kali_salah(qtbot, db_isi, monkeypatch):
    with sdb.terbuka(db_isi) as db:
        sp.tambah(db, "adm", Peran.ADMIN, SANDI, oleh="uji")
        sp.tambah(db, "Ani", Peran.OPERATOR, SANDI, ["6172011001"], oleh="adm")
    monkeypatch.setattr(akun_dialog, "JEDA_DETIK", 1)
    w = create_main_window(db_isi, user="Ani")
    qtbot.addWidget(w)
    w.show()
    k = w.keamanan
    k.kunci()
    kunci = k.dialog_kunci
    assert kunci.objectName() == "lockDialog"
    sandi = kunci.findChild(QLineEdit, "lockSandi")
    buka = kunci.findChild(QPushButton, "lockBuka")
    pesan = kunci.findChild(QLabel, "lockPesan")
    for _ in range(5):
        sandi.setText("bukan-itu-123")
        buka.click()
    assert k.terkunci and not buka.isEnabled() and "Tunggu" in pesan.text()
    sandi.setText(SANDI)
    kunci.accept()  # Enter in the password field during the pause: ignored
    assert k.terkunci
    with sdb.terbuka(db_isi, baca_saja=True) as db:
        aksi = [r[0] for r in db.execute("SELECT aksi FROM audit_log WHERE pengguna = 'Ani' "
                                         "ORDER BY id")]
    assert aksi[-6:] == ["KUNCI_LAYAR"] + ["MASUK_GAGAL"] * 5
    qtbot.waitUntil(buka.isEnabled, timeout=5000)
    sandi.setText(SANDI)
    buka.click()
    qtbot.waitUntil(lambda: not k.terkunci, timeout=2000)
    w.tutup_tanpa_tanya = True
    w.close()
