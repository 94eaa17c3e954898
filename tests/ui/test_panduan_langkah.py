"""A new office follows docs/panduan.md step by step, in its order, through the real window
(offscreen, driven by objectNames and keys): the admin's first start (section 2), accounts,
import (3) and a backup (7); the operator signs in, finds a family, records the visit and
submits it (4, 5); the verifikator returns it, the operator fixes it, the verifikator approves
and exports the recap (5, 6); the admin sees the backups to restore from (7). Each step checks
the words the guide uses and saves a screenshot into screenshots/panduan2/."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QWidget,
)

from kalbar_desktop.storage import cadangan
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.ui.app import buka_jendela

SHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "panduan2"
SANDI_ADMIN = "Kantor-Dinsos-2026"
SANDI = "Kapuas-Hulu-2026"


class Langkah:
    """Numbered screenshots of the walk."""

    def __init__(self) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.n = 0

    def foto(self, widget: QWidget, nama: str) -> None:
        self.n += 1
        QApplication.processEvents()
        assert widget.grab().save(str(SHOTS / f"{self.n:02d}-{nama}.png"))


def _aksi(w, nama: str) -> QAction:
    aksi = w.findChild(QAction, nama)
    assert aksi is not None, nama
    return aksi


def _masuk(qtbot, db_path: Path, nama: str, sandi: str, langkah: Langkah, foto: str):
    """Start the application on ``db_path`` and sign in through the Masuk window."""
    dilihat: list[str] = []

    def isi() -> None:
        d = QApplication.activeModalWidget()
        dilihat.append(d.objectName())
        d.findChild(QLineEdit, "loginNama").setText(nama)
        d.findChild(QLineEdit, "loginSandi").setText(sandi)
        langkah.foto(d, foto)
        d.findChild(QPushButton, "loginMasuk").click()

    QTimer.singleShot(0, isi)
    w = buka_jendela(db_path)
    assert dilihat == ["loginDialog"]
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    qtbot.waitExposed(w)
    return w


def _tutup(qtbot, w) -> None:
    """Close the window and its database, as quitting does (a findings refresh the form had
    pending, 300 ms after the last keystroke, must not run on the closed database)."""
    w.close()
    w.db.close()


def test_panduan_langkah_demi_langkah(qtbot, tmp_path, berkas_demo_2023, monkeypatch):
    langkah = Langkah()
    db_path = tmp_path / "kantor" / "kalbar.db"
    db_path.parent.mkdir()

    # -- 2. Pertama kali: the application asks for an admin account; 8 characters at least,
    # not holding the user name
    pesan: list[str] = []

    def buat_admin() -> None:
        d = QApplication.activeModalWidget()
        assert d.objectName() == "buatAdminDialog"
        d.findChild(QLineEdit, "adminNama").setText("kasi")
        d.findChild(QLineEdit, "adminNamaLengkap").setText("Kepala Seksi")
        buat = d.findChild(QPushButton, "adminBuat")
        assert buat.text().replace("&", "") == "Buat akun admin"
        for sandi in ("pendek1", "kasi-dinsos-2026"):
            d.findChild(QLineEdit, "adminSandi").setText(sandi)
            d.findChild(QLineEdit, "adminUlangiSandi").setText(sandi)
            buat.click()
            pesan.append(d.findChild(QLabel, "adminPesan").text())
        langkah.foto(d, "buat-admin-sandi-ditolak")
        d.findChild(QLineEdit, "adminSandi").setText(SANDI_ADMIN)
        d.findChild(QLineEdit, "adminUlangiSandi").setText(SANDI_ADMIN)
        buat.click()

    QTimer.singleShot(0, buat_admin)
    w = buka_jendela(db_path)
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    assert "8" in pesan[0], pesan
    assert "nama pengguna" in pesan[1], pesan
    assert w.pengguna.nama == "kasi"
    sambutan = w.pesan_kosong.text()
    assert "Data &gt; Impor P3KE..." in sambutan  # the empty database says where to start
    langkah.foto(w, "jendela-kosong-admin")

    def tambah_akun(kelola, nama: str, peran: str, wilayah: str) -> None:
        kelola.findChild(QPushButton, "penggunaTambah").click()
        d = QApplication.activeModalWidget()
        assert d.objectName() == "akunDialog"
        d.findChild(QLineEdit, "akunNama").setText(nama)
        peran_combo = d.findChild(QComboBox, "akunPeran")
        peran_combo.setCurrentIndex(peran_combo.findData(peran))
        d.findChild(QLineEdit, "akunWilayah").setText(wilayah)
        d.findChild(QLineEdit, "akunSandi").setText(SANDI)
        d.findChild(QLineEdit, "akunUlangiSandi").setText(SANDI)
        langkah.foto(d, f"akun-{nama}")
        d.accept()

    # -- 3. Impor: Data > Impor P3KE... (Ctrl+I), Tambah berkas..., preview, Impor
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(p) for p in berkas_demo_2023], "")))
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    assert _aksi(w, "aksiImporP3KE").isEnabled()
    qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    impor = w.findChild(QDialog, "importDialog")
    assert impor is not None and impor.isVisible(), w.focusWidget()
    with qtbot.waitSignal(impor.pratinjau_siap, timeout=30_000):
        impor.findChild(QPushButton, "importAddFiles").click()
    assert impor.findChild(QListWidget, "importFileList").count() == 2
    assert impor.findChild(QTableView, "importMappingTable").model().rowCount() > 0
    with sdb.terbuka(db_path, baca_saja=True) as db:
        assert db.execute("SELECT count(*) FROM keluarga").fetchone()[0] == 0  # nothing yet
    langkah.foto(impor, "impor-pratinjau")
    mulai = impor.findChild(QPushButton, "importStartButton")
    assert mulai.text().replace("&", "") == "Impor"
    with qtbot.waitSignal(impor.impor_berakhir, timeout=60_000):
        mulai.click()
    ringkasan = impor.findChild(QLabel, "importSummary").text()
    assert "baru" in ringkasan and "emuan" in ringkasan, ringkasan
    laporan = impor.findChild(QPushButton, "importReportButton")
    assert laporan.isEnabled() and laporan.text().replace("&", "") == "Simpan laporan temuan..."
    langkah.foto(impor, "impor-ringkasan")
    impor.findChild(QPushButton, "importCancelButton").click()
    qtbot.waitUntil(lambda: w.model.rowCount() == 120, timeout=5000)

    with sdb.terbuka(db_path, baca_saja=True) as db:
        desa, jumlah_desa = db.execute(
            "SELECT kode_kemdagri, count(*) FROM keluarga GROUP BY 1 ORDER BY 2 DESC LIMIT 1"
        ).fetchone()
    # Alat > Kelola pengguna...: an operator for one desa and a verifikator
    _aksi(w, "aksiKelolaPengguna").trigger()
    kelola = w.findChild(QDialog, "penggunaDialog")
    assert kelola is not None and kelola.isVisible()

    tambah_akun(kelola, "dedi", "operator", desa)
    tambah_akun(kelola, "rina", "verifikator", desa[:6])
    assert kelola.findChild(QTableView, "daftarPengguna") is not None
    langkah.foto(kelola, "kelola-pengguna")
    kelola.close()

    # -- 7. Berkas > Cadangkan sekarang (Ctrl+Shift+B): into "<nama basis data>-cadangan"
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    folder = db_path.parent / "kalbar-cadangan"
    qtbot.waitUntil(lambda: "Cadangan disimpan" in w.statusBar().currentMessage(),
                    timeout=30_000)
    assert folder.is_dir() and any(folder.glob("*-manual.db")), list(db_path.parent.iterdir())
    langkah.foto(w, "cadangan-dibuat")
    _tutup(qtbot, w)

    # -- 4. Operator: Masuk; only the own desa; Ctrl+F, Enter, the form
    w = _masuk(qtbot, db_path, "dedi", SANDI, langkah, "masuk-operator")
    assert w.model.rowCount() == jumlah_desa
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    cari = w.findChild(QLineEdit, "searchBox") or w.findChild(QWidget, "searchBox")
    assert QApplication.focusWidget() is cari or cari.isAncestorOf(QApplication.focusWidget())
    idk = w.model.index(0, 0).data()
    qtbot.keyClicks(QApplication.focusWidget(), idk)
    qtbot.waitUntil(lambda: w.model.rowCount() == 1, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # "panah bawah pindah ke tabel"
    tabel = w.findChild(QTableView, "householdTable")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tabel, timeout=2000)
    qtbot.keyClick(tabel, Qt.Key.Key_Return)  # "tekan Enter"
    form = w.findChild(QWidget, "householdForm")
    qtbot.waitUntil(form.isVisible, timeout=5000)
    status = form.findChild(QComboBox, "statusVerifikasiCombo")
    status.setCurrentIndex(status.findData("DITEMUKAN"))
    judul = form.findChild(QLabel, "judulForm")
    assert "●" in judul.text()  # unsaved changes
    tanggal = form.findChild(QLineEdit, "tanggalKunjunganEdit")
    langkah.foto(w, "formulir-wajib-kosong")
    tanggal.setText(f"{dt.date.today():%d-%m-%Y}")  # "tulis 20-11-2026"
    form.findChild(QLineEdit, "namaVerifikatorEdit").setText("Dedi")
    kelayakan = form.findChild(QComboBox, "kelayakanCombo")
    kelayakan.setCurrentIndex(kelayakan.findData("LAYAK"))
    form.findChild(QPushButton, "saveButton").click()
    qtbot.waitUntil(lambda: "●" not in judul.text(), timeout=5000)
    langkah.foto(w, "formulir-tersimpan")
    # 5. Ajukan
    form.findChild(QPushButton, "submitButton").click()
    with sdb.terbuka(db_path, baca_saja=True) as db:
        assert sv.muat(db, idk).verifikasi.persetujuan == "DIAJUKAN"
    langkah.foto(w, "diajukan")
    w.tutup_form()
    _tutup(qtbot, w)

    # -- 5. Verifikator: Kembalikan... needs a note, shown orange; then Setujui
    w = _masuk(qtbot, db_path, "rina", SANDI, langkah, "masuk-verifikator")
    w.buka_keluarga(idk)
    form = w.findChild(QWidget, "householdForm")
    qtbot.waitUntil(form.isVisible, timeout=5000)
    catatan_kembali = "Foto rumah belum dilampirkan."

    def isi_catatan() -> None:
        d = QApplication.activeModalWidget()
        langkah.foto(d, "kembalikan-catatan")
        d.findChild(QWidget, "catatanDialogEdit").setPlainText(catatan_kembali)
        d.accept()

    QTimer.singleShot(0, isi_catatan)
    form.findChild(QPushButton, "returnButton").click()
    qtbot.waitUntil(lambda: catatan_kembali in form.findChild(QLabel, "bannerForm").text(),
                    timeout=5000)
    langkah.foto(w, "dikembalikan")
    w.tutup_form()
    _tutup(qtbot, w)

    w = _masuk(qtbot, db_path, "dedi", SANDI, langkah, "masuk-operator-lagi")
    w.buka_keluarga(idk)
    form = w.findChild(QWidget, "householdForm")
    qtbot.waitUntil(form.isVisible, timeout=5000)
    assert catatan_kembali in form.findChild(QLabel, "bannerForm").text()
    form.findChild(QWidget, "catatanEdit").setPlainText("Foto sudah dilampirkan.")
    form.findChild(QPushButton, "submitButton").click()  # "Ajukan menyimpan perubahan dulu"
    with sdb.terbuka(db_path, baca_saja=True) as db:
        v = sv.muat(db, idk).verifikasi
    assert v.persetujuan == "DIAJUKAN" and v.catatan == "Foto sudah dilampirkan."
    w.tutup_form()
    _tutup(qtbot, w)

    w = _masuk(qtbot, db_path, "rina", SANDI, langkah, "masuk-verifikator-lagi")
    w.buka_keluarga(idk)
    form = w.findChild(QWidget, "householdForm")
    qtbot.waitUntil(form.isVisible, timeout=5000)
    form.findChild(QPushButton, "approveButton").click()
    with sdb.terbuka(db_path, baca_saja=True) as db:
        assert sv.muat(db, idk).verifikasi.persetujuan == "DISETUJUI"
    langkah.foto(w, "disetujui")
    w.tutup_form()

    # -- 6. Laporan > Ekspor workbook provinsi... (Ctrl+E): Rekap saja is the default
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.findChild(QDialog, "exportDialog") is not None, timeout=3000)
    ekspor = w.findChild(QDialog, "exportDialog")
    assert ekspor.findChild(QWidget, "exportRekapSaja").isChecked()
    langkah.foto(ekspor, "ekspor")
    ekspor.close()
    _tutup(qtbot, w)

    # -- 7. Admin: Berkas > Pulihkan dari cadangan... lists the backups
    w = _masuk(qtbot, db_path, "kasi", SANDI_ADMIN, langkah, "masuk-admin")
    _aksi(w, "aksiPulihkan").trigger()
    pulih = w.findChild(QDialog, "restoreDialog")
    qtbot.waitUntil(lambda: pulih is not None and pulih.isVisible(), timeout=3000)
    daftar = pulih.findChild(QTableView, "daftarCadangan") or pulih.findChild(
        QWidget, "daftarCadangan")
    assert daftar is not None
    lain = pulih.findChild(QPushButton, "pilihBerkasCadangan")
    assert lain.text().replace("&", "") == "Pilih berkas lain..."
    langkah.foto(pulih, "pulihkan")
    assert any(c.alasan == cadangan.MANUAL for c in cadangan.daftar(db_path))
    pulih.close()
    _tutup(qtbot, w)


def test_menu_cadangkan_dan_pulihkan_dari_menu(qtbot, db_demo, db_path):
    """Berkas > Cadangkan sekarang and Berkas > Pulihkan dari cadangan... from the menu (the
    action passes Qt's 'checked' flag: Cadangkan sekarang took it for a target file and said
    "expected str, bytes or os.PathLike object, not bool")."""
    from PySide6.QtWidgets import QMessageBox

    from kalbar_desktop.ui import create_main_window

    db_demo.close()
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    w.show()
    _aksi(w, "aksiCadangkan").trigger()
    folder = db_path.parent / f"{db_path.stem}-cadangan"
    qtbot.waitUntil(lambda: any(folder.glob("*-manual.db")), timeout=30_000)
    qtbot.waitUntil(lambda: "Cadangan disimpan" in w.statusBar().currentMessage(),
                    timeout=10_000)
    assert not [m.text() for m in w.findChildren(QMessageBox) if m.isVisible()]
    _aksi(w, "aksiPulihkan").setEnabled(True)  # admin only where accounts exist
    _aksi(w, "aksiPulihkan").trigger()
    pulih = w.findChild(QDialog, "restoreDialog")
    assert pulih is not None and pulih.isVisible()
    pulih.close()
    w.close()
    w.db.close()


def test_laporan_temuan_dari_menu_laporan(qtbot, db_demo, db_path, tmp_path, monkeypatch):
    """Section 8 of the guide: Laporan > "Simpan laporan temuan..." writes every finding of the
    database (the same report as the import dialog's); a folder that is gone is said in
    Indonesian, naming it, and the database stays as it was; an operator has no such item."""
    import openpyxl
    from PySide6.QtWidgets import QMessageBox

    from kalbar_desktop.storage import temuan as stemuan
    from kalbar_desktop.ui import create_main_window
    from tests.conftest import cuplikan

    jumlah = sum(stemuan.jumlah_per_aturan(db_demo).values())
    assert jumlah > 0
    db_demo.close()
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    w.show()
    aksi = _aksi(w, "aksiLaporanTemuan")
    assert aksi in w.menu_laporan.actions() and aksi.isEnabled()
    assert aksi.text().replace("&", "") == "Simpan laporan temuan..."

    tujuan = tmp_path / "keluar" / "Laporan temuan.xlsx"
    tujuan.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tujuan), "")))
    aksi.trigger()
    qtbot.waitUntil(lambda: w.findChild(QMessageBox, "pesanLaporanTemuan") is not None,
                    timeout=30_000)
    pesan = w.findChild(QMessageBox, "pesanLaporanTemuan")
    assert f"({jumlah} temuan) disimpan" in pesan.text() and str(tujuan) in pesan.text()
    wb = openpyxl.load_workbook(tujuan, read_only=True)
    assert wb.sheetnames[:2] == ["Ringkasan", "Temuan"]
    assert sum(1 for _ in wb["Temuan"].iter_rows(min_row=2)) == jumlah
    wb.close()
    pesan.close()
    pesan.deleteLater()
    qtbot.waitUntil(lambda: w.findChild(QMessageBox, "pesanLaporanTemuan") is None,
                    timeout=3000)

    # the folder is gone (a USB stick pulled): said, nothing written, database unchanged
    with sdb.terbuka(db_path, baca_saja=True) as db:
        sebelum = cuplikan(db)
    hilang = tmp_path / "flashdisk" / "laporan.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(hilang), "")))
    aksi.trigger()
    qtbot.waitUntil(lambda: w.findChild(QMessageBox, "pesanLaporanTemuan") is not None,
                    timeout=30_000)
    teks = w.findChild(QMessageBox, "pesanLaporanTemuan").text()
    assert f"Folder {hilang.parent} tidak ada" in teks, teks
    assert not hilang.parent.exists()
    with sdb.terbuka(db_path, baca_saja=True) as db:
        assert cuplikan(db) == sebelum
    w.findChild(QMessageBox, "pesanLaporanTemuan").grab().save(
        str(SHOTS / "laporan-temuan-folder-hilang.png"))
    w.close()
    w.db.close()

    operator = create_main_window(db_path, user="ani", role="operator")
    qtbot.addWidget(operator)
    assert not _aksi(operator, "aksiLaporanTemuan").isEnabled()
    operator.close()
    operator.db.close()


def test_hanya_verifikator_dan_admin_mengimpor(qtbot, tmp_path):
    """Section 3: "Yang boleh mengimpor adalah verifikator dan admin" - in the window as on the
    command line (an operator could open Data > Impor P3KE... and import); an operator on an
    empty database is told who imports instead of a menu they cannot use."""
    from kalbar_desktop.domain.akses import Peran
    from kalbar_desktop.storage import pengguna as sp
    from kalbar_desktop.ui import create_main_window

    kosong = tmp_path / "kosong.db"
    with sdb.terbuka(kosong) as db:
        sp.tambah(db, "kasi", Peran.ADMIN, SANDI_ADMIN, oleh="uji")
        sp.tambah(db, "dedi", Peran.OPERATOR, SANDI, ["6172011001"], oleh="kasi")
        sp.tambah(db, "rina", Peran.VERIFIKATOR, SANDI, ["617201"], oleh="kasi")
        sp.tambah(db, "budi", Peran.VERIFIKATOR, SANDI, oleh="kasi")
    langkah = Langkah()
    langkah.n = 90
    for user, boleh_impor in (("dedi", False), ("rina", False), ("budi", True), ("kasi", True)):
        w = create_main_window(kosong, user=user)
        qtbot.addWidget(w)
        w.show()
        assert _aksi(w, "aksiImporP3KE").isEnabled() is boleh_impor, user
        assert _aksi(w, "aksiImporWilayah").isEnabled() is boleh_impor, user
        sambutan = w.pesan_kosong.text()
        assert w.pesan_kosong.isVisible()
        assert ("Impor P3KE..." in sambutan) is boleh_impor, sambutan
        if not boleh_impor:
            assert "diimpor oleh verifikator atau admin" in sambutan
            w.activateWindow()
            qtbot.waitUntil(w.isActiveWindow, timeout=3000)
            qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
            assert w.findChild(QDialog, "importDialog") is None
            langkah.foto(w, f"kosong-{user}")
        w.close()
        w.db.close()
