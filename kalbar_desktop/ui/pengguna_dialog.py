"""Administration dialogs: accounts (``penggunaDialog``: add, disable/enable, change role and
regions, reset a password) and the database's security settings
(``pengaturanKeamananDialog``). Only an admin opens them; every change is audited by storage."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.storage import pengaturan as spengaturan
from kalbar_desktop.storage import pengguna as spengguna
from kalbar_desktop.storage.db import BasisData
from kalbar_desktop.ui.akun_dialog import GantiSandiDialog, _pesan
from kalbar_desktop.ui.bahasa import teks as teks_pesan
from kalbar_desktop.ui.label import label_peran, label_setelan
from kalbar_desktop.ui.layar import atur_ukuran
from kalbar_desktop.ui.lokal import waktu


class AkunDialog(QDialog):
    """Add an account (``nama`` empty) or change an existing one's role and regions."""

    def __init__(self, db: BasisData, oleh: Pengguna, akun: spengguna.Akun | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("akunDialog")
        self.setWindowTitle(self.tr("Tambah akun") if akun is None else
                            self.tr("Ubah akun {0}").format(akun.nama))
        self._db, self._oleh, self._akun = db, oleh, akun
        self.nama = QLineEdit(akun.nama if akun else "")
        self.nama.setObjectName("akunNama")
        self.nama.setReadOnly(akun is not None)
        self.nama_lengkap = QLineEdit((akun.nama_lengkap or "") if akun else "")
        self.nama_lengkap.setObjectName("akunNamaLengkap")
        self.nama_lengkap.setReadOnly(akun is not None)
        self.peran = QComboBox()
        self.peran.setObjectName("akunPeran")
        for p in Peran:
            self.peran.addItem(label_peran(p), p.value)
        if akun:
            self.peran.setCurrentIndex(self.peran.findData(akun.peran.value))
        self.wilayah = QLineEdit(", ".join(akun.wilayah) if akun else "")
        self.wilayah.setObjectName("akunWilayah")
        self.wilayah.setPlaceholderText(self.tr("kode kecamatan/desa, pisahkan dengan koma"))
        self.sandi = QLineEdit()
        self.sandi.setObjectName("akunSandi")
        self.ulangi = QLineEdit()
        self.ulangi.setObjectName("akunUlangiSandi")
        for w in (self.sandi, self.ulangi):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        self.pesan = QLabel()
        self.pesan.setObjectName("akunPesan")
        self.pesan.setWordWrap(True)
        self.pesan.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("&Nama pengguna:"), self.nama)
        form.addRow(self.tr("Nama &lengkap:"), self.nama_lengkap)
        form.addRow(self.tr("&Peran:"), self.peran)
        form.addRow(self.tr("&Wilayah kerja:"), self.wilayah)
        if akun is None:
            form.addRow(self.tr("&Kata sandi awal:"), self.sandi)
            form.addRow(self.tr("&Ulangi kata sandi:"), self.ulangi)
        petunjuk = QLabel(self.tr(
            "Operator wajib diberi wilayah (kecamatan 6 digit atau desa 10 digit) dan hanya "
            "melihat keluarga di wilayah itu. Verifikator tanpa wilayah melihat seluruh basis "
            "data. Admin tidak diberi wilayah."))
        petunjuk.setWordWrap(True)
        tombol = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        tombol.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Simpan"))
        tombol.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        tombol.accepted.connect(self.accept)
        tombol.rejected.connect(self.reject)
        tata = QVBoxLayout(self)
        tata.addLayout(form)
        tata.addWidget(petunjuk)
        tata.addWidget(self.pesan)
        tata.addSpacing(8)
        tata.addWidget(tombol)
        self.setMinimumWidth(460)

    def accept(self) -> None:
        wilayah = [w.strip() for w in self.wilayah.text().split(",") if w.strip()]
        try:
            if self._akun is None:
                if self.sandi.text() != self.ulangi.text():
                    _pesan(self.pesan, self.tr("Kedua kata sandi tidak sama."))
                    return
                spengguna.tambah(self._db, self.nama.text(), self.peran.currentData(),
                                 self.sandi.text(), wilayah, self.nama_lengkap.text(),
                                 oleh=self._oleh.nama)
            else:
                spengguna.ubah(self._db, self._akun.nama, self.peran.currentData(), wilayah,
                               oleh=self._oleh.nama)
        except spengguna.AdminBelumAda:
            _pesan(self.pesan, self.tr(
                "Akun pertama harus admin: basis data ini belum punya admin aktif, jadi akun "
                "{0} tidak dibuat. Pilih Peran: Admin untuk akun ini (admin yang membuat dan "
                "mengelola akun lain), lalu tambahkan akun operator dan verifikator.").format(
                self.nama.text().strip()))
            self.peran.setFocus()
            return
        except spengguna.KesalahanAkun as e:
            _pesan(self.pesan, teks_pesan(e))
            return
        super().accept()


class KelolaPenggunaDialog(QDialog):
    """The list of accounts with the administrator's actions."""

    KOLOM = (QT_TRANSLATE_NOOP("KelolaPenggunaDialog", "Nama"),
             QT_TRANSLATE_NOOP("KelolaPenggunaDialog", "Nama lengkap"),
             QT_TRANSLATE_NOOP("KelolaPenggunaDialog", "Peran"),
             QT_TRANSLATE_NOOP("KelolaPenggunaDialog", "Wilayah"),
             QT_TRANSLATE_NOOP("KelolaPenggunaDialog", "Aktif"),
             QT_TRANSLATE_NOOP("KelolaPenggunaDialog", "Terakhir masuk"))

    def __init__(self, db: BasisData, oleh: Pengguna, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("penggunaDialog")
        self.setWindowTitle(self.tr("Kelola pengguna"))
        self._db, self._oleh = db, oleh
        self.anak: QDialog | None = None
        self.tabel = QTableWidget(0, len(self.KOLOM))
        self.tabel.setObjectName("daftarPengguna")
        self.tabel.setHorizontalHeaderLabels([self.tr(k) for k in self.KOLOM])
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabel.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabel.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabel.verticalHeader().hide()
        self.tabel.horizontalHeader().setStretchLastSection(True)
        self.tabel.itemSelectionChanged.connect(self._segarkan_tombol)
        self.pesan = QLabel()
        self.pesan.setObjectName("penggunaPesan")
        self.pesan.setWordWrap(True)
        self.pesan.setVisible(False)

        self.tombol_tambah = QPushButton(self.tr("&Tambah akun..."))
        self.tombol_tambah.setObjectName("penggunaTambah")
        self.tombol_tambah.clicked.connect(self.tambah)
        self.tombol_ubah = QPushButton(self.tr("Ubah &peran/wilayah..."))
        self.tombol_ubah.setObjectName("penggunaUbah")
        self.tombol_ubah.clicked.connect(self.ubah)
        self.tombol_aktif = QPushButton(self.tr("&Nonaktifkan"))
        self.tombol_aktif.setObjectName("penggunaAktif")
        self.tombol_aktif.clicked.connect(self.ubah_aktif)
        self.tombol_sandi = QPushButton(self.tr("Atur ulang &kata sandi..."))
        self.tombol_sandi.setObjectName("penggunaSandi")
        self.tombol_sandi.clicked.connect(self.atur_sandi)
        tutup = QPushButton(self.tr("T&utup"))
        tutup.clicked.connect(self.accept)
        baris = QHBoxLayout()
        for t in (self.tombol_tambah, self.tombol_ubah, self.tombol_aktif, self.tombol_sandi):
            baris.addWidget(t)
        baris.addStretch(1)
        baris.addWidget(tutup)
        tata = QVBoxLayout(self)
        tata.addWidget(self.tabel)
        tata.addWidget(self.pesan)
        tata.addLayout(baris)
        atur_ukuran(self, 820, 420)
        self.muat()

    def muat(self) -> None:
        """Reload the list of accounts."""
        terpilih = self.terpilih()
        self.akun = spengguna.daftar(self._db)
        self.tabel.setRowCount(len(self.akun))
        for i, a in enumerate(self.akun):
            nilai = (a.nama, a.nama_lengkap or "", label_peran(a.peran),
                     ", ".join(a.wilayah) or self.tr("semua"),
                     self.tr("ya") if a.aktif else self.tr("tidak"),
                     waktu(a.terakhir_masuk) if a.terakhir_masuk else "-")
            for k, v in enumerate(nilai):
                item = QTableWidgetItem(v)
                if not a.aktif:
                    item.setForeground(Qt.GlobalColor.gray)
                self.tabel.setItem(i, k, item)
            if terpilih is not None and a.nama == terpilih.nama:
                self.tabel.selectRow(i)
        self.tabel.resizeColumnsToContents()
        self._segarkan_tombol()

    def pilih(self, nama: str) -> None:
        """Select the account called ``nama``."""
        for i, a in enumerate(self.akun):
            if a.nama.casefold() == nama.casefold():
                self.tabel.selectRow(i)

    def terpilih(self) -> spengguna.Akun | None:
        baris = self.tabel.selectionModel().selectedRows() if self.tabel.selectionModel() else []
        if not baris or not getattr(self, "akun", None):
            return None
        return self.akun[baris[0].row()]

    def _segarkan_tombol(self) -> None:
        a = self.terpilih()
        for t in (self.tombol_ubah, self.tombol_aktif, self.tombol_sandi):
            t.setEnabled(a is not None)
        self.tombol_aktif.setText(self.tr("&Aktifkan") if a is not None and not a.aktif
                                  else self.tr("&Nonaktifkan"))

    def _buka(self, dialog: QDialog) -> QDialog:
        dialog.accepted.connect(self.muat)
        self.anak = dialog
        dialog.open()
        return dialog

    def tambah(self) -> QDialog:
        return self._buka(AkunDialog(self._db, self._oleh, None, self))

    def ubah(self) -> QDialog | None:
        a = self.terpilih()
        return self._buka(AkunDialog(self._db, self._oleh, a, self)) if a else None

    def atur_sandi(self) -> QDialog | None:
        a = self.terpilih()
        return self._buka(GantiSandiDialog(self._db, a.nama, self._oleh, self)) if a else None

    def ubah_aktif(self) -> None:
        a = self.terpilih()
        if a is None:
            return
        try:
            if a.aktif:
                spengguna.nonaktifkan(self._db, a.nama, oleh=self._oleh.nama)
            else:
                spengguna.aktifkan(self._db, a.nama, oleh=self._oleh.nama)
        except spengguna.KesalahanAkun as e:
            _pesan(self.pesan, teks_pesan(e))
            return
        _pesan(self.pesan, "")
        self.muat()


def _dengan_huruf(teks: str, terpakai: set[str]) -> str:
    """``teks`` with an Alt+letter on its first letter that ``terpakai`` (the dialog's letters
    taken, upper case) does not hold yet; the letter is added to ``terpakai``. The settings'
    labels are shared with the audit log, which shows them without a letter."""
    teks = teks.replace("&", "&&")
    for i, c in enumerate(teks):
        if c.isalpha() and c.upper() not in terpakai:
            terpakai.add(c.upper())
            return teks[:i] + "&" + teks[i:]
    return teks


class PengaturanDialog(QDialog):
    """The database's security settings (idle lock, number of backups kept)."""

    def __init__(self, db: BasisData, oleh: Pengguna, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pengaturanKeamananDialog")
        self.setWindowTitle(self.tr("Pengaturan keamanan"))
        self._db, self._oleh = db, oleh
        self.isian: dict[str, QSpinBox] = {}
        tombol = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        tombol.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Simpan"))
        tombol.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        tombol.accepted.connect(self.accept)
        tombol.rejected.connect(self.reject)
        terpakai = {QKeySequence.mnemonic(b.text()).toString().removeprefix("Alt+")
                    for b in tombol.buttons()}
        form = QFormLayout()
        for s in spengaturan.SETELAN.values():
            kotak = QSpinBox()
            kotak.setObjectName(f"setelan_{s.kunci}")
            kotak.setRange(s.minimum, s.maksimum)
            kotak.setValue(spengaturan.baca(db, s.kunci))
            self.isian[s.kunci] = kotak
            kotak.setMaximumWidth(kotak.fontMetrics().horizontalAdvance("00000") + 60)
            label = QLabel(_dengan_huruf(label_setelan(s.kunci, s.label), terpakai))
            label.setWordWrap(True)
            label.setBuddy(kotak)
            label.setMinimumWidth(300)  # the narrow number fields leave the text the room
            form.addRow(label, kotak)
        form.setVerticalSpacing(10)
        self.pesan = QLabel()
        self.pesan.setWordWrap(True)
        self.pesan.setVisible(False)
        tata = QVBoxLayout(self)
        tata.addLayout(form)
        tata.addWidget(self.pesan)
        tata.addSpacing(8)
        tata.addWidget(tombol)
        self.setMinimumWidth(460)

    def accept(self) -> None:
        try:
            for kunci, kotak in self.isian.items():
                spengaturan.tulis(self._db, kunci, kotak.value(), self._oleh.nama)
        except ValueError as e:
            _pesan(self.pesan, teks_pesan(e))
            return
        super().accept()
