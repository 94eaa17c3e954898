"""Dialogs about accounts: signing in (``loginDialog``), creating the first admin account on a
database without accounts (``buatAdminDialog``), the lock screen after idle time
(``lockDialog``) and changing one's password (``gantiSandiDialog``).

The dialogs check names and passwords through :mod:`kalbar_desktop.storage.pengguna`, which
writes every sign-in and every failure to the audit trail. They can be driven by tests: fill the
fields, call :meth:`accept` (or click the button); they never block inside their own logic.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kalbar_desktop import APP_NAME
from kalbar_desktop.domain import keterangan_jejak
from kalbar_desktop.domain.akses import Pengguna, Peran, periksa_sandi
from kalbar_desktop.storage import pengguna as spengguna
from kalbar_desktop.storage.db import BasisData, BasisDataRusak
from kalbar_desktop.ui.bahasa import teks as teks_pesan
from kalbar_desktop.ui.lokal import angka

GAGAL_SEBELUM_JEDA = 5
"""Failed attempts in a row after which the dialog waits before accepting another."""
JEDA_DETIK = 30


class _JedaSetelahGagal:
    """Wait :data:`JEDA_DETIK` seconds after :data:`GAGAL_SEBELUM_JEDA` wrong passwords in a
    row before accepting another: the sign-in dialog and the lock screen alike. The dialog
    sets :attr:`tombol_masuk` and :attr:`pesan`, then calls :meth:`_siapkan_jeda`."""

    tombol_masuk: QPushButton
    pesan: QLabel

    def _siapkan_jeda(self) -> None:
        self.gagal_berturut = 0
        self._jeda = QTimer(self)
        self._jeda.setSingleShot(True)
        self._jeda.timeout.connect(self._akhir_jeda)

    def _catat_gagal(self) -> bool:
        """Count a wrong password; True when the pause begins (its message is shown)."""
        self.gagal_berturut += 1
        if self.gagal_berturut < GAGAL_SEBELUM_JEDA:
            return False
        self.tombol_masuk.setEnabled(False)
        _pesan(self.pesan, QCoreApplication.translate(
            "LoginDialog",
            "{0} kali gagal berturut-turut. Tunggu {1} detik sebelum mencoba lagi, atau "
            "minta admin memeriksa akun Anda.").format(self.gagal_berturut, JEDA_DETIK))
        self._jeda.start(JEDA_DETIK * 1000)
        return True

    def _akhir_jeda(self) -> None:
        self._jeda.stop()
        self.gagal_berturut = 0
        self.tombol_masuk.setEnabled(True)
        _pesan(self.pesan, "")


def _pesan(label: QLabel, teks: str, galat: bool = True) -> None:
    label.setText(teks)
    label.setStyleSheet("color: #b00020;" if galat else "color: #1b5e20;")
    label.setVisible(bool(teks))


def _judul(teks: str) -> QLabel:
    label = QLabel(teks)
    huruf = QFont(label.font())
    huruf.setPointSizeF(huruf.pointSizeF() * 1.3)
    huruf.setBold(True)
    label.setFont(huruf)
    return label


class LoginDialog(QDialog, _JedaSetelahGagal):
    """Sign in with name and password. After accept, :attr:`pengguna` is the signed-in user."""

    def __init__(self, db: BasisData, nama_awal: str = "", baca_saja: bool = False,
                 nama_db: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Masuk - {0}").format(APP_NAME))
        self._db = db
        self._baca_saja = baca_saja
        self.pengguna: Pengguna | None = None

        self.nama = QLineEdit(nama_awal)
        self.nama.setObjectName("loginNama")
        self.sandi = QLineEdit()
        self.sandi.setObjectName("loginSandi")
        self.sandi.setEchoMode(QLineEdit.EchoMode.Password)
        self.pesan = QLabel()
        self.pesan.setObjectName("loginPesan")
        self.pesan.setWordWrap(True)
        self.pesan.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("&Nama pengguna:"), self.nama)
        form.addRow(self.tr("&Kata sandi:"), self.sandi)
        self.tombol = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.tombol_masuk = self.tombol.button(QDialogButtonBox.StandardButton.Ok)
        self.tombol_masuk.setText(self.tr("&Masuk"))
        self.tombol_masuk.setObjectName("loginMasuk")
        self.tombol.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        self.tombol.accepted.connect(self.accept)
        self.tombol.rejected.connect(self.reject)

        tata = QVBoxLayout(self)
        tata.addWidget(_judul(APP_NAME))
        keterangan = QLabel(self.tr("Masuk dengan akun Anda untuk membuka basis data {0}.")
                            .format(nama_db) if nama_db else
                            self.tr("Masuk dengan akun Anda."))
        keterangan.setWordWrap(True)
        tata.addWidget(keterangan)
        tata.addLayout(form)
        tata.addWidget(self.pesan)
        tata.addWidget(self.tombol)
        self.setMinimumWidth(380)
        (self.sandi if nama_awal else self.nama).setFocus()
        self._siapkan_jeda()

    def accept(self) -> None:
        """Check the name and password; stay open with a message when they are wrong."""
        if self._jeda.isActive():
            return
        nama = self.nama.text().strip()
        if not nama:
            _pesan(self.pesan, self.tr("Isi nama pengguna."))
            self.nama.setFocus()
            return
        try:
            try:
                pengguna = spengguna.periksa(self._db, nama, self.sandi.text(),
                                             keterangan=keterangan_jejak.jendela_masuk(),
                                             catat=not self._baca_saja)
            except BasisDataRusak:
                # The health check (run while the password was typed) found damage: nothing is
                # written; the session opens read-only (see ui.app.buka_jendela).
                self._baca_saja = True
                pengguna = spengguna.periksa(self._db, nama, self.sandi.text(), catat=False)
        except spengguna.GagalMasuk:
            self.sandi.clear()
            self.sandi.setFocus()
            if not self._catat_gagal():
                _pesan(self.pesan, self.tr(
                    "Nama pengguna atau kata sandi salah, atau akun tidak aktif. "
                    "Percobaan gagal dicatat di jejak audit."))
            return
        self.pengguna = replace_baca_saja(pengguna, self._baca_saja)
        super().accept()

def replace_baca_saja(pengguna: Pengguna, baca_saja: bool) -> Pengguna:
    """The same user in a read-only session (or not)."""
    return replace(pengguna, baca_saja=baca_saja)


class BuatAdminDialog(QDialog):
    """First start on a database without accounts: create the administrator's account.

    There is no shared default account: the person setting up the computer chooses the admin
    name and password here. After accept, :attr:`pengguna` is the new admin, signed in.
    """

    def __init__(self, db: BasisData, nama_db: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("buatAdminDialog")
        self.setWindowTitle(self.tr("Buat akun admin - {0}").format(APP_NAME))
        self._db = db
        self.pengguna: Pengguna | None = None

        self.nama = QLineEdit()
        self.nama.setObjectName("adminNama")
        self.nama_lengkap = QLineEdit()
        self.nama_lengkap.setObjectName("adminNamaLengkap")
        self.sandi = QLineEdit()
        self.sandi.setObjectName("adminSandi")
        self.sandi.setEchoMode(QLineEdit.EchoMode.Password)
        self.ulangi = QLineEdit()
        self.ulangi.setObjectName("adminUlangiSandi")
        self.ulangi.setEchoMode(QLineEdit.EchoMode.Password)
        self.pesan = QLabel()
        self.pesan.setObjectName("adminPesan")
        self.pesan.setWordWrap(True)
        self.pesan.setVisible(False)

        penjelasan = QLabel(self.tr(
            "Basis data {0} belum punya akun pengguna. Data P3KE berisi NIK dan data anak, "
            "yang dilindungi UU 27/2022 tentang Pelindungan Data Pribadi, jadi setiap orang "
            "yang memakai aplikasi ini masuk dengan akunnya sendiri.<br><br>"
            "Buat dulu akun <b>admin</b> (misalnya untuk Anda sebagai pengelola). Admin "
            "membuat akun operator dan verifikator, tetapi tidak mengubah data verifikasi. "
            "Kata sandi minimal 8 karakter; simpan baik-baik, tidak ada kata sandi bawaan.")
            .format(nama_db))
        penjelasan.setWordWrap(True)
        penjelasan.setTextFormat(Qt.TextFormat.RichText)

        form = QFormLayout()
        form.addRow(self.tr("&Nama pengguna:"), self.nama)
        form.addRow(self.tr("Nama &lengkap:"), self.nama_lengkap)
        form.addRow(self.tr("&Kata sandi:"), self.sandi)
        form.addRow(self.tr("&Ulangi kata sandi:"), self.ulangi)
        tombol = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        tombol.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buat &akun admin"))
        tombol.button(QDialogButtonBox.StandardButton.Ok).setObjectName("adminBuat")
        tombol.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        tombol.accepted.connect(self.accept)
        tombol.rejected.connect(self.reject)

        tata = QVBoxLayout(self)
        tata.addWidget(_judul(self.tr("Selamat datang di {0}").format(APP_NAME)))
        tata.addWidget(penjelasan)
        tata.addLayout(form)
        tata.addWidget(self.pesan)
        tata.addWidget(tombol)
        self.setMinimumWidth(480)

    def accept(self) -> None:
        """Create the admin account when the fields are right; otherwise say what is wrong."""
        nama, sandi = self.nama.text().strip(), self.sandi.text()
        if sandi != self.ulangi.text():
            _pesan(self.pesan, self.tr("Kedua kata sandi tidak sama."))
            self.ulangi.clear()
            self.ulangi.setFocus()
            return
        try:
            spengguna.tambah(self._db, nama, Peran.ADMIN, sandi,
                             nama_lengkap=self.nama_lengkap.text(), oleh=nama or None)
            self.pengguna = spengguna.periksa(self._db, nama, sandi,
                                              keterangan=keterangan_jejak.admin_pertama())
        except (spengguna.KesalahanAkun, spengguna.GagalMasuk) as e:
            _pesan(self.pesan, teks_pesan(e))
            return
        super().accept()


class KunciLayarDialog(QDialog, _JedaSetelahGagal):
    """The lock screen: covers the application after idle time until the same user types their
    password again (or closes the application)."""

    def __init__(self, db: BasisData, pengguna: Pengguna, menit: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("Terkunci - {0}").format(APP_NAME))
        self.setModal(True)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._db = db
        self.pengguna = pengguna
        self.ingin_keluar = False

        self.sandi = QLineEdit()
        self.sandi.setObjectName("lockSandi")
        self.sandi.setEchoMode(QLineEdit.EchoMode.Password)
        self.sandi.setPlaceholderText(self.tr("Kata sandi"))
        self.sandi.setFixedWidth(300)
        # Enter reaches Buka kunci, the default button: tied to returnPressed as well, one
        # wrong password counted (and audited) twice
        self.pesan = QLabel()
        self.pesan.setObjectName("lockPesan")
        self.pesan.setWordWrap(True)
        self.pesan.setVisible(False)
        buka = QPushButton(self.tr("&Buka kunci"))
        buka.setObjectName("lockBuka")
        buka.setDefault(True)
        buka.clicked.connect(self.accept)
        keluar = QPushButton(self.tr("&Tutup aplikasi"))
        keluar.setObjectName("lockKeluar")
        keluar.clicked.connect(self._keluar)

        isi = QWidget()
        isi.setObjectName("lockIsi")
        isi.setFixedWidth(480)
        self._isi = isi
        tata_isi = QVBoxLayout(isi)
        keterangan = QLabel(
            (self.tr("{0} dikunci karena tidak ada aktivitas selama {1} menit,<br>"
                     "untuk melindungi data pribadi di layar.").format(APP_NAME, angka(menit))
             if menit else self.tr("{0} dikunci.").format(APP_NAME))
            + "<br><br>" + self.tr("Ketik kata sandi <b>{0}</b> untuk melanjutkan.<br>"
                                   "Pekerjaan yang belum disimpan tetap ada.")
            .format(pengguna.nama))
        keterangan.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pesan.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pesan.setWordWrap(True)  # the pause message is longer than the column
        judul = _judul(self.tr("Layar terkunci"))
        judul.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for w in (judul, keterangan, self.pesan):
            tata_isi.addWidget(w)
        label_sandi = QLabel(self.tr("&Kata sandi:"))
        label_sandi.setObjectName("lockLabelSandi")
        label_sandi.setBuddy(self.sandi)
        baris_sandi = QHBoxLayout()
        baris_sandi.addStretch(1)
        baris_sandi.addWidget(label_sandi)
        baris_sandi.addWidget(self.sandi)
        baris_sandi.addStretch(1)
        tata_isi.addLayout(baris_sandi)
        for w in (buka, keluar):
            tata_isi.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        tata = QVBoxLayout(self)
        tata.addStretch(1)
        tata.addWidget(isi, 0, Qt.AlignmentFlag.AlignHCenter)
        tata.addStretch(1)
        self.setAutoFillBackground(True)
        self.setMinimumSize(520, 360)
        self.sandi.setFocus()
        self.tombol_masuk = buka
        self._siapkan_jeda()

    def accept(self) -> None:
        if self._jeda.isActive():  # Enter in the password field during the pause
            return
        try:
            spengguna.periksa(self._db, self.pengguna.nama, self.sandi.text(),
                              keterangan=keterangan_jejak.buka_kunci_layar(),
                              catat=not self.pengguna.baca_saja)
        except spengguna.GagalMasuk:
            self.sandi.clear()
            if not self._catat_gagal():
                _pesan(self.pesan, self.tr(
                    "Kata sandi salah (percobaan dicatat di jejak audit)."))
            # the column's layout does not grow a wrapped label by itself
            self.pesan.setMinimumHeight(self.pesan.heightForWidth(self._isi.width()))
            return
        super().accept()

    def reject(self) -> None:
        # Escape must not unlock.
        return

    def _keluar(self) -> None:
        self.ingin_keluar = True
        super().reject()


class GantiSandiDialog(QDialog):
    """Change one's own password (the old one is asked first), or, for an admin resetting
    another account, set a new one."""

    def __init__(self, db: BasisData, nama: str, oleh: Pengguna, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("gantiSandiDialog")
        self.setWindowTitle(self.tr("Ganti kata sandi - {0}").format(nama))
        self._db = db
        self._nama = nama
        self._oleh = oleh
        self._sendiri = nama.casefold() == oleh.nama.casefold()

        self.lama = QLineEdit()
        self.lama.setObjectName("sandiLama")
        self.baru = QLineEdit()
        self.baru.setObjectName("sandiBaru")
        self.ulangi = QLineEdit()
        self.ulangi.setObjectName("sandiUlangi")
        for w in (self.lama, self.baru, self.ulangi):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        self.pesan = QLabel()
        self.pesan.setObjectName("sandiPesan")
        self.pesan.setWordWrap(True)
        self.pesan.setVisible(False)
        form = QFormLayout()
        if self._sendiri:
            form.addRow(self.tr("Kata sandi &lama:"), self.lama)
        else:
            self.lama.setVisible(False)
        form.addRow(self.tr("Kata sandi ba&ru:"), self.baru)
        form.addRow(self.tr("&Ulangi kata sandi baru:"), self.ulangi)
        tombol = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        tombol.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Simpan"))
        tombol.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        tombol.accepted.connect(self.accept)
        tombol.rejected.connect(self.reject)
        tata = QVBoxLayout(self)
        tata.addLayout(form)
        tata.addWidget(self.pesan)
        tata.addWidget(tombol)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        if self.baru.text() != self.ulangi.text():
            _pesan(self.pesan, self.tr("Kedua kata sandi baru tidak sama."))
            return
        masalah = periksa_sandi(self.baru.text(), self._nama)
        if masalah:
            _pesan(self.pesan, teks_pesan(masalah))
            return
        try:
            if self._sendiri:
                spengguna.periksa(self._db, self._nama, self.lama.text(),
                                  keterangan=keterangan_jejak.ganti_sandi())
            spengguna.ganti_sandi(self._db, self._nama, self.baru.text(), oleh=self._oleh.nama)
        except spengguna.GagalMasuk:
            _pesan(self.pesan, self.tr("Kata sandi lama salah."))
            return
        except spengguna.KesalahanAkun as e:
            _pesan(self.pesan, teks_pesan(e))
            return
        super().accept()
