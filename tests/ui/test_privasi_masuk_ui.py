"""The window's sign-in dialog and lock screen keep a mistyped name out of the audit trail:
an operator who types her password into the name field finds it neither in the audit log nor
in the application's log file; the lock screen records failures under the signed-in account."""

from __future__ import annotations

import pytest

from kalbar_desktop import log
from kalbar_desktop.domain.akses import Peran
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as sp
from kalbar_desktop.ui import create_main_window
from kalbar_desktop.ui.akun_dialog import LoginDialog

SANDI = "Sungai-Kapuas-77"


def _jejak(db_path) -> list[tuple]:
    with sdb.terbuka(db_path, baca_saja=True) as db:
        return db.execute("SELECT * FROM audit_log ORDER BY id").fetchall()


@pytest.fixture
def db_akun(db_demo, db_path):
    sp.tambah(db_demo, "adm", Peran.ADMIN, SANDI, oleh="uji")
    sp.tambah(db_demo, "ani", Peran.OPERATOR, SANDI, ["6172011001"], "Ani Lestari", oleh="adm")
    db_demo.close()
    return db_path


def test_sandi_di_kolom_nama_tidak_tercatat(qtbot, db_akun):
    log.siapkan_log("jendela")
    with sdb.terbuka(db_akun) as db:
        d = LoginDialog(db, "", nama_db="uji.db")
        qtbot.addWidget(d)
        d.show()
        d.nama.setText(SANDI)  # the password, in the name field
        d.sandi.setText(SANDI)
        d.tombol_masuk.click()
        assert d.isVisible() and d.pengguna is None
        assert "salah" in d.pesan.text()
        d.nama.setText("ANI")
        d.sandi.setText(SANDI)
        with qtbot.waitSignal(d.accepted):
            d.tombol_masuk.click()
    jejak = _jejak(db_akun)
    gagal = [b for b in jejak if b[3] == "MASUK_GAGAL"]
    assert len(gagal) == 1 and gagal[0][2] is None
    assert gagal[0][11] == "jendela masuk; nama tidak dikenal (tidak mirip nama akun mana pun)"
    assert not any(SANDI in str(v) for b in jejak for v in b)
    assert jejak[-1][2:4] == ("ani", "MASUK")
    log.tutup_log()
    assert SANDI not in log.berkas_log().read_text(encoding="utf-8")


def test_salah_ketik_nama_di_jendela_masuk_dicatat_mirip_akun(qtbot, db_akun):
    """"anni" for the account "ani": the admin reads a mistyped name, not a password."""
    with sdb.terbuka(db_akun) as db:
        d = LoginDialog(db, "", nama_db="uji.db")
        qtbot.addWidget(d)
        d.show()
        d.nama.setText("anni")
        d.sandi.setText(SANDI)
        d.tombol_masuk.click()
        assert d.isVisible() and d.pengguna is None
    gagal = [b for b in _jejak(db_akun) if b[3] == "MASUK_GAGAL"]
    assert [(b[2], b[11]) for b in gagal] == [
        (None, "jendela masuk; nama tidak dikenal, mirip akun 'ani' (4 karakter)")]


def test_layar_terkunci_mencatat_akunnya(qtbot, db_akun):
    w = create_main_window(db_akun, user="ani")
    qtbot.addWidget(w)
    w.show()
    k = w.keamanan
    k.kunci()
    kunci = k.dialog_kunci
    kunci.sandi.setText("Sandi-Yang-Salah-9")
    kunci.accept()
    assert k.terkunci
    kunci.sandi.setText(SANDI)
    kunci.accept()
    qtbot.waitUntil(lambda: not k.terkunci, timeout=2000)
    jejak = _jejak(db_akun)
    assert [b[2:4] for b in jejak[-2:]] == [("ani", "MASUK_GAGAL"), ("ani", "MASUK")]
    assert not any("Sandi-Yang-Salah-9" in str(v) for b in jejak for v in b)
