"""Security in the window: signing in, the first admin account, the idle lock, read-only and
damaged-database sessions, backups and restore, the audit log window, region scope, accounts."""

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kalbar_desktop.domain.akses import Aksi, Peran, boleh
from kalbar_desktop.exchange import ekspor_audit
from kalbar_desktop.storage import audit, cadangan
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as sp
from kalbar_desktop.ui import create_main_window
from kalbar_desktop.ui.akun_dialog import LoginDialog

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
SANDI = "Sungai-Kapuas-77"


def _foto(widget, nama):
    SHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{nama}.png"))


def _aksi(db_path):
    with sdb.terbuka(db_path, baca_saja=True) as db:
        return [(r[0], r[1]) for r in db.execute("SELECT aksi, pengguna FROM audit_log "
                                                 "ORDER BY id")]


@pytest.fixture
def db_akun(db_demo, db_path):
    sp.tambah(db_demo, "adm", Peran.ADMIN, SANDI, oleh="uji")
    sp.tambah(db_demo, "ani", Peran.OPERATOR, SANDI, ["6172011001"], "Ani Lestari", oleh="adm")
    db_demo.close()
    return db_path


def _jendela(qtbot, db_path, user):
    w = create_main_window(db_path, user=user)
    qtbot.addWidget(w)
    w.show()
    return w


def test_masuk_salah_lalu_benar(qtbot, db_akun):
    with sdb.terbuka(db_akun) as db:
        d = LoginDialog(db, "ani", nama_db="uji.db")
        qtbot.addWidget(d)
        d.show()
        assert d.objectName() == "loginDialog"
        d.sandi.setText("salah-sekali")
        d.tombol_masuk.click()
        assert d.isVisible() and d.pengguna is None
        assert "salah" in d.pesan.text()
        _foto(d, "login_gagal")
        d.sandi.setText(SANDI)
        with qtbot.waitSignal(d.accepted):
            d.tombol_masuk.click()
        assert d.pengguna.nama == "ani" and d.pengguna.wilayah == ("6172011001",)
    assert _aksi(db_akun)[-2:] == [("MASUK_GAGAL", "ani"), ("MASUK", "ani")]


def test_jeda_setelah_lima_kali_gagal(qtbot, db_akun):
    with sdb.terbuka(db_akun) as db:
        d = LoginDialog(db, "adm")
        qtbot.addWidget(d)
        for _ in range(5):
            d.sandi.setText("bukan-itu-123")
            d.accept()
        assert not d.tombol_masuk.isEnabled() and "Tunggu" in d.pesan.text()
        d.sandi.setText(SANDI)
        d.accept()  # ignored during the pause
        assert d.pengguna is None
        d._akhir_jeda()
        d.sandi.setText(SANDI)
        d.accept()
        assert d.pengguna.peran == Peran.ADMIN


def test_mulai_di_basis_data_baru_meminta_akun_admin(qtbot, tmp_path):
    from kalbar_desktop.ui.app import buka_jendela

    path = tmp_path / "kantor.db"
    langkah = []

    def isi_dialog():
        d = QApplication.activeModalWidget()
        langkah.append(d.objectName())
        _foto(d, "buat_admin")
        d.nama.setText("kasi.dtks")
        d.nama_lengkap.setText("Kepala Seksi DTKS")
        d.sandi.setText(SANDI)
        d.ulangi.setText("lain")
        d.accept()
        langkah.append(d.pesan.text())
        d.ulangi.setText(SANDI)
        d.accept()

    QTimer.singleShot(0, isi_dialog)
    w = buka_jendela(path)
    qtbot.addWidget(w)
    assert langkah[0] == "buatAdminDialog" and "tidak sama" in langkah[1]
    assert w.pengguna.nama == "kasi.dtks" and w.pengguna.peran == Peran.ADMIN
    assert w.keamanan.aksi_pengguna.isEnabled()
    assert [a for a, _ in _aksi(path)] == ["AKUN_DIBUAT", "MASUK"]


def test_mulai_dengan_akun_meminta_masuk(qtbot, db_akun):
    from kalbar_desktop.ui.app import buka_jendela

    def isi_dialog():
        d = QApplication.activeModalWidget()
        assert d.objectName() == "loginDialog"
        d.nama.setText("ani")
        d.sandi.setText(SANDI)
        d.accept()

    QTimer.singleShot(0, isi_dialog)
    w = buka_jendela(db_akun)
    qtbot.addWidget(w)
    assert w.pengguna.nama == "ani"
    with sdb.terbuka(db_akun, baca_saja=True) as db:
        n_desa = db.execute("SELECT count(*) FROM keluarga WHERE kode_kemdagri = '6172011001'"
                            ).fetchone()[0]
    assert 0 < n_desa < 120
    assert w.model.rowCount() == n_desa  # an operator sees only the assigned desa
    from PySide6.QtWidgets import QTreeWidgetItemIterator

    terlihat = []
    it = QTreeWidgetItemIterator(w.region_tree)
    while it.value():
        if not it.value().isHidden():
            terlihat.append(it.value().data(0, Qt.ItemDataRole.UserRole + 1))
        it += 1
    assert "6172011001" in terlihat and "6172021001" not in terlihat
    assert all(k == "" or "6172011001".startswith(k) or k.startswith("6172011001")
               for k in terlihat)
    from dataclasses import replace

    from kalbar_desktop.storage.daftar import Saring
    w.model.set_saring(replace(Saring(), kode_wilayah="6172"))  # a filter cannot widen it
    assert w.model.rowCount() == n_desa


def test_layar_terkunci_setelah_diam(qtbot, db_akun):
    w = _jendela(qtbot, db_akun, "ani")
    k = w.keamanan
    k.atur_kunci_ms(150)
    qtbot.waitUntil(lambda: k.dialog_kunci is not None and k.dialog_kunci.isVisible(),
                    timeout=5000)
    kunci = k.dialog_kunci
    assert kunci.objectName() == "lockDialog"
    assert not w.centralWidget().isVisible() and not w.menuBar().isEnabled()
    w.close()
    assert w.isVisible()  # a locked window does not close from outside
    kunci.reject()  # Escape does not unlock
    assert k.terkunci
    kunci.sandi.setText("salah-sekali")
    kunci.accept()
    assert k.terkunci and "salah" in kunci.pesan.text()
    _foto(kunci, "layar_terkunci")
    kunci.sandi.setText(SANDI)
    kunci.accept()
    qtbot.waitUntil(lambda: not k.terkunci, timeout=2000)
    assert w.centralWidget().isVisible() and w.menuBar().isEnabled()
    aksi = [a for a, _ in _aksi(db_akun)]
    assert aksi[-3:] == ["KUNCI_LAYAR", "MASUK_GAGAL", "MASUK"]
    k.atur_kunci_ms(0)


def test_jendela_kedua_hanya_baca_dengan_banner(qtbot, db_demo, db_path):
    db_demo.close()
    penulis = subprocess.Popen(
        [sys.executable, "-c", "import sys; from kalbar_desktop.storage import db; "
         f"d = db.buka({str(db_path)!r}); print('siap', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert penulis.stdout.readline().strip() == "siap"
        w = _jendela(qtbot, db_path, "penguji")
        banner = w.findChild(type(w.keamanan.banner_label), "bannerBacaSaja")
        assert banner.isVisible() and "Hanya baca" in banner.text()
        assert "sedang dipakai" in banner.text()
        assert w.pengguna.baca_saja
        assert not boleh(w.pengguna, Aksi.UBAH_VERIFIKASI)
        assert not w.keamanan.aksi_pulihkan.isEnabled()
        assert w.model.rowCount() == 120
        _foto(w, "jendela_hanya_baca")
        w.close()
    finally:
        penulis.communicate("", timeout=30)


def test_basis_data_rusak_ditolak_dan_dipulihkan(qtbot, db_demo, db_path):
    baik = cadangan.cadangkan_otomatis(db_demo, cadangan.MANUAL)
    with sdb.terbuka(baik, baca_saja=True) as b:
        jumlah = b.execute("SELECT count(*) FROM keluarga").fetchone()[0]
    db_demo.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_demo.close()
    with open(db_path, "r+b") as f:
        f.seek(os.path.getsize(db_path) // 2 // 4096 * 4096)
        f.write(os.urandom(4096 * 2))
    w = create_main_window(db_path, user="penguji", role="admin")
    qtbot.addWidget(w)
    w.show()
    k = w.keamanan
    assert k.rusak and w.pengguna.baca_saja
    assert "rusak" in k.banner_label.text().lower()
    assert k.tombol_pulih_banner.isVisible()
    _foto(w, "jendela_basis_data_rusak")
    with pytest.raises(Exception, match="readonly"):
        w.db.execute("UPDATE keluarga SET nama_kepala = 'x'")
    dialog = k.buka_dialog_pulih(baik)
    assert dialog.objectName() == "restoreDialog" and dialog.terpilih() == baik
    _foto(dialog, "dialog_pulihkan")
    dialog.konfirmasi()
    with qtbot.waitSignal(dialog.dipilih, timeout=10000):
        dialog.tanya.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: getattr(k, "jendela_baru", None) is not None, timeout=30000)
    baru = k.jendela_baru
    qtbot.addWidget(baru)
    assert not baru.keamanan.rusak and not baru.pengguna.baca_saja
    assert baru.model.rowCount() == jumlah
    assert not w.isVisible()
    baru.close()


def test_cadangkan_sekarang_dan_cadangan_saat_keluar(qtbot, db_demo, db_path):
    db_demo.close()
    w = _jendela(qtbot, db_path, "penguji")
    k = w.keamanan
    assert w.findChild(type(k.aksi_cadangkan), "aksiCadangkan").isEnabled()
    tugas = k.cadangkan_sekarang()
    with qtbot.waitSignal(tugas.selesai, timeout=20000):
        pass
    assert k.berkas_cadangan_terakhir.is_file()
    assert _aksi(db_path)[-1] == ("CADANGAN", "penguji")
    w.close()  # something was recorded since the window opened: backup on the way out
    assert cadangan.daftar(db_path)[0].alasan == "saat-keluar"
    w2 = _jendela(qtbot, db_path, "penguji")
    n = len(cadangan.daftar(db_path))
    w2.close()  # nothing changed: no backup
    assert len(cadangan.daftar(db_path)) == n


def test_jendela_jejak_audit(qtbot, db_akun, tmp_path):
    w = _jendela(qtbot, db_akun, "adm")
    assert w.keamanan.aksi_audit.isEnabled()
    dialog = w.keamanan.buka_jejak_audit()
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "auditLogDialog"
    semua = dialog.model.rowCount()
    assert semua >= 3
    dialog.pilih_pengguna.setCurrentIndex(dialog.pilih_pengguna.findData("adm"))
    assert dialog.model.rowCount() == 1  # the account 'ani' created by adm
    dialog.pilih_pengguna.setCurrentIndex(0)
    dialog.pilih_aksi.setCurrentIndex(dialog.pilih_aksi.findData("IMPOR"))
    assert dialog.model.rowCount() == 1 and "1 baris cocok" in dialog.jumlah.text()
    # the Tabel column in the users' words, the stored name in the tooltip
    sel = dialog.model.index(0, ekspor_audit.JUDUL.index("Tabel"))
    assert sel.data() == "Impor"
    dialog.pilih_aksi.setCurrentIndex(0)
    dialog.pilih_pengguna.setCurrentIndex(dialog.pilih_pengguna.findData("adm"))
    sel = dialog.model.index(0, ekspor_audit.JUDUL.index("Tabel"))
    assert sel.data() == "Akun pengguna"
    assert sel.data(Qt.ItemDataRole.ToolTipRole) == "Akun pengguna (pengguna)"
    dialog.pilih_pengguna.setCurrentIndex(0)
    dialog.pilih_aksi.setCurrentIndex(0)
    dialog.pakai_sampai.setChecked(True)
    dialog.sampai.setDate(dialog.sampai.date().addYears(-30))
    dialog.muat()
    assert dialog.model.rowCount() == 0
    dialog.pakai_sampai.setChecked(False)
    dialog.muat()
    _foto(dialog, "jejak_audit")
    tujuan = tmp_path / "jejak.xlsx"
    tugas = dialog.ekspor(tujuan)
    with qtbot.waitSignal(tugas.selesai, timeout=20000):
        pass
    ws = openpyxl.load_workbook(tujuan)["Jejak audit"]
    assert ws.max_row - 1 == semua
    for kotak in dialog.findChildren(QMessageBox):
        kotak.close()
    assert _aksi(db_akun)[-1] == ("EKSPOR_AUDIT", "adm")


def test_operator_tidak_melihat_menu_admin(qtbot, db_akun):
    w = _jendela(qtbot, db_akun, "ani")
    k = w.keamanan
    assert not k.aksi_audit.isEnabled() and not k.aksi_pengguna.isEnabled()
    assert not k.aksi_pulihkan.isEnabled() and not k.aksi_cadangkan.isEnabled()
    assert k.aksi_kunci.isEnabled() and k.aksi_ganti_sandi.isEnabled()
    assert k.buka_jejak_audit() is None


def test_admin_mengelola_akun(qtbot, db_akun):
    w = _jendela(qtbot, db_akun, "adm")
    dialog = w.keamanan.buka_kelola_pengguna()
    assert dialog.objectName() == "penggunaDialog" and dialog.tabel.rowCount() == 2
    tambah = dialog.tambah()
    tambah.nama.setText("budi")
    tambah.peran.setCurrentIndex(tambah.peran.findData("verifikator"))
    tambah.wilayah.setText("617201")
    tambah.sandi.setText(SANDI)
    tambah.ulangi.setText(SANDI)
    _foto(tambah, "tambah_akun")
    tambah.accept()
    assert dialog.tabel.rowCount() == 3
    dialog.pilih("ani")
    dialog.ubah_aktif()
    _foto(dialog, "kelola_pengguna")
    with sdb.terbuka(db_akun, baca_saja=True) as db:
        assert sp.cari(db, "budi").wilayah == ("617201",)
        assert sp.cari(db, "ani") is None
    dialog.pilih("adm")
    dialog.ubah_aktif()
    assert "admin aktif terakhir" in dialog.pesan.text()
    pengaturan = w.keamanan.buka_pengaturan()
    _foto(pengaturan, "pengaturan_keamanan")
    pengaturan.isian["kunci_layar_menit"].setValue(3)
    pengaturan.accept()
    assert w.keamanan._timer_diam.interval() == 180_000
    _foto(w, "jendela_admin")
    dialog.close()


def test_demo_tanpa_akun_dengan_banner(qtbot):
    from kalbar_desktop import paths
    from kalbar_desktop.ui.app import buka_jendela

    with sdb.terbuka(paths.db_demo()):
        pass
    w = buka_jendela(paths.db_demo(), demo=True)
    qtbot.addWidget(w)
    w.show()
    assert w.pengguna.nama == "demo" and "DEMO" in w.windowTitle()
    assert w.keamanan.banner.isVisible() and "DEMO" in w.keamanan.banner_label.text()
    assert not w.keamanan.aksi_kunci.isEnabled()
    _foto(w, "jendela_demo")
    with sdb.terbuka(paths.db_demo(), baca_saja=True) as db:
        assert audit.hitung(db, audit.SaringAudit(aksi="MASUK")) == 0


def test_ganti_sandi_sendiri(qtbot, db_akun):
    w = _jendela(qtbot, db_akun, "ani")
    w.keamanan.ganti_sandi()
    d = w.keamanan.dialog_terbuka
    assert d.objectName() == "gantiSandiDialog" and d.lama.isVisibleTo(d)
    d.lama.setText("bukan-sandi-lama")
    d.baru.setText("Danau-Sentarum-2026")
    d.ulangi.setText("Danau-Sentarum-2026")
    d.accept()
    assert d.isVisible() and "lama salah" in d.pesan.text()
    _foto(d, "ganti_sandi")
    d.lama.setText(SANDI)
    d.accept()
    assert not d.isVisible()
    with sdb.terbuka(db_akun, baca_saja=True) as db:
        assert sp.periksa(db, "ani", "Danau-Sentarum-2026", catat=False).nama == "ani"
    assert _aksi(db_akun)[-1] == ("SANDI_DIGANTI", "ani")


def test_demo_kedua_terbuka_hanya_baca(qtbot):
    from kalbar_desktop import paths
    from kalbar_desktop.ui.app import buka_jendela, siapkan_demo

    penulis = subprocess.Popen(
        [sys.executable, "-c", "import sys; from kalbar_desktop.storage import db; "
         f"d = db.buka({str(paths.db_demo())!r}); print('siap', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=dict(os.environ))
    try:
        assert penulis.stdout.readline().strip() == "siap"
        siapkan_demo(paths.db_demo())  # does not fail: the first window has it ready
        w = buka_jendela(paths.db_demo(), demo=True)
        qtbot.addWidget(w)
        assert w.pengguna.baca_saja and "Hanya baca" in w.keamanan.banner_label.text()
        w.close()
    finally:
        penulis.communicate("", timeout=30)
