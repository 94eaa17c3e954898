"""Dialogs of the verification work: a required note (send back, reopen), a new member, and a
family's history from the audit log.

Each dialog has a ``minta()``/``tampilkan()`` classmethod that opens it; tests drive them with
``QTimer.singleShot`` + ``QApplication.activeModalWidget()`` through their objectNames.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kalbar_desktop.domain import keterangan_jejak, nik
from kalbar_desktop.ui import bahasa
from kalbar_desktop.ui import label as ul
from kalbar_desktop.ui.isian import IsianNik, IsianTanggal, KotakPilihan
from kalbar_desktop.ui.label_kode import nilai_tampil, pilihan_kode
from kalbar_desktop.ui.layar import atur_ukuran
from kalbar_desktop.ui.lokal import waktu


class DialogCatatan(QDialog):
    """Asks for a required note (objectNames ``catatanDialog``, ``catatanDialogEdit``,
    ``catatanDialogOk``); OK stays disabled until something is written."""

    def __init__(self, judul: str, pertanyaan: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("catatanDialog")
        self.setWindowTitle(judul)
        self.setModal(True)
        self.label = QLabel(pertanyaan)
        self.label.setWordWrap(True)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("catatanDialogEdit")
        self.edit.setTabChangesFocus(True)
        self.tombol = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                       | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.tombol.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("catatanDialogOk")
        self.ok.setText(self.tr("&Simpan"))
        self.tombol.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        self.tombol.accepted.connect(self.accept)
        self.tombol.rejected.connect(self.reject)
        tata = QVBoxLayout(self)
        tata.addWidget(self.label)
        tata.addWidget(self.edit)
        tata.addWidget(self.tombol)
        self.edit.textChanged.connect(self._periksa)
        self._periksa()
        atur_ukuran(self, 460, 240)

    def _periksa(self) -> None:
        self.ok.setEnabled(bool(self.teks()))

    def teks(self) -> str:
        return self.edit.toPlainText().strip()

    @classmethod
    def minta(cls, parent: QWidget | None, judul: str, pertanyaan: str) -> str | None:
        """Open the dialog and return the note, or ``None`` when cancelled."""
        d = cls(judul, pertanyaan, parent)
        try:
            return d.teks() if d.exec() == QDialog.DialogCode.Accepted and d.teks() else None
        finally:
            d.deleteLater()


class DialogAnggotaBaru(QDialog):
    """Enter a new member of the family (objectName ``anggotaBaruDialog``; fields
    ``anggotaBaruNama``, ``anggotaBaruNik``, ``anggotaBaruHubungan``...)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("anggotaBaruDialog")
        self.setWindowTitle(self.tr("Tambah anggota keluarga"))
        self.setModal(True)
        self.nama = QLineEdit()
        self.nama.setObjectName("anggotaBaruNama")
        self.nik = IsianNik("nik")
        self.nik.setObjectName("anggotaBaruNik")
        self.nik.edit.setObjectName("anggotaBaruNikEdit")
        self.hubungan = KotakPilihan(pilihan_kode("hubungan"))
        self.hubungan.setObjectName("anggotaBaruHubungan")
        self.jenis_kelamin = KotakPilihan(pilihan_kode("jenis_kelamin"))
        self.jenis_kelamin.setObjectName("anggotaBaruJenisKelamin")
        self.tanggal_lahir = IsianTanggal()
        self.tanggal_lahir.setObjectName("anggotaBaruTanggalLahir")
        self.status_kawin = KotakPilihan(pilihan_kode("status_kawin"))
        self.pendidikan = KotakPilihan(pilihan_kode("pendidikan"))
        self.pekerjaan = KotakPilihan(pilihan_kode("pekerjaan"))
        self.pesan = QLabel()
        self.pesan.setStyleSheet("color: #b00020;")
        self.pesan.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Nama lengkap *"), self.nama)
        label_nik = QLabel(self.tr("NI&K"))
        label_nik.setBuddy(self.nik.edit)  # the box around the field takes no focus
        form.addRow(label_nik, self.nik)
        form.addRow(self.tr("&Hubungan dengan kepala *"), self.hubungan)
        form.addRow(self.tr("&Jenis kelamin"), self.jenis_kelamin)
        form.addRow(self.tr("Tanggal &lahir"), self.tanggal_lahir)
        form.addRow(self.tr("&Status kawin"), self.status_kawin)
        form.addRow(self.tr("&Pendidikan"), self.pendidikan)
        form.addRow(self.tr("P&ekerjaan"), self.pekerjaan)
        self.tombol = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                       | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.tombol.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("anggotaBaruOk")
        self.ok.setText(self.tr("&Tambahkan"))
        self.tombol.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        self.tombol.accepted.connect(self.accept)
        self.tombol.rejected.connect(self.reject)
        tata = QVBoxLayout(self)
        tata.addLayout(form)
        tata.addWidget(self.pesan)
        tata.addWidget(self.tombol)
        for sinyal in (self.nama.textChanged, self.nik.berubah, self.hubungan.currentIndexChanged,
                       self.tanggal_lahir.textChanged):
            sinyal.connect(self._periksa)
        self._periksa()

    def _masalah_wajib(self) -> list[str]:
        hasil = []
        if not self.nama.text().strip():
            hasil.append(self.tr("Nama wajib diisi"))
        if not self.hubungan.kode():
            hasil.append(self.tr("Hubungan dengan kepala keluarga wajib dipilih"))
        return hasil

    def _masalah_isi(self) -> list[str]:
        hasil = list(self.nik.masalah())
        if not self.tanggal_lahir.sah():
            hasil.append(self.tr("Tanggal lahir tidak bisa dibaca"))
        return hasil

    def masalah(self) -> list[str]:
        """Everything that keeps the member from being added (required fields first)."""
        return self._masalah_wajib() + self._masalah_isi()

    def _periksa(self) -> None:
        self.ok.setEnabled(not self.masalah())
        # Empty required fields are marked by the disabled button and the asterisks; the line
        # under the form names only what is wrong in what was typed.
        self.pesan.setText("; ".join(self._masalah_isi()))

    def data(self) -> dict:
        return {"nama": self.nama.text().strip(), "nik": self.nik.nilai(),
                "hubungan": self.hubungan.kode(), "jenis_kelamin": self.jenis_kelamin.kode(),
                "tanggal_lahir": self.tanggal_lahir.nilai(),
                "status_kawin": self.status_kawin.kode(), "pendidikan": self.pendidikan.kode(),
                "pekerjaan": self.pekerjaan.kode()}

    @classmethod
    def minta(cls, parent: QWidget | None) -> dict | None:
        """Open the dialog; the new member's fields, or ``None`` when cancelled."""
        d = cls(parent)
        try:
            return d.data() if d.exec() == QDialog.DialogCode.Accepted else None
        finally:
            d.deleteLater()


_LABEL_AKSI = {
    "UBAH": QT_TRANSLATE_NOOP("DialogRiwayat", "Ubah"),
    "KOREKSI": QT_TRANSLATE_NOOP("DialogRiwayat", "Koreksi data P3KE"),
    "TAMBAH_ANGGOTA": QT_TRANSLATE_NOOP("DialogRiwayat", "Tambah anggota"),
    "TAMBAH_USULAN": QT_TRANSLATE_NOOP("DialogRiwayat", "Usulan baru dibuat"),
    "AJUKAN": QT_TRANSLATE_NOOP("DialogRiwayat", "Diajukan"),
    "SETUJUI": QT_TRANSLATE_NOOP("DialogRiwayat", "Disetujui"),
    "KEMBALIKAN": QT_TRANSLATE_NOOP("DialogRiwayat", "Dikembalikan"),
    "BUKA_KEMBALI": QT_TRANSLATE_NOOP("DialogRiwayat", "Dibuka kembali"),
    "IMPOR": QT_TRANSLATE_NOOP("DialogRiwayat", "Impor"),
}
"""What happened to a family, as its history reads (other audit codes: the audit labels)."""


def _alasan(alasan: str | None, keterangan: str | None) -> str:
    """A change's reason (or, without one, its note) as the audit window shows it: the
    program's own words in the window's language."""
    if alasan:
        return bahasa.teks_angka(keterangan_jejak.urai_alasan(alasan))
    return bahasa.teks_angka(keterangan_jejak.tampilan(keterangan)) if keterangan else ""


def _label_kolom(kolom: str | None) -> str:
    return ul.label_field(kolom) if kolom else ""


class DialogRiwayat(QDialog):
    """The audit rows of one family, newest first (objectName ``riwayatDialog``, table
    ``riwayatTable``)."""

    JUDUL = (QT_TRANSLATE_NOOP("DialogRiwayat", "Waktu"),
             QT_TRANSLATE_NOOP("DialogRiwayat", "Pengguna"),
             QT_TRANSLATE_NOOP("DialogRiwayat", "Tindakan"),
             QT_TRANSLATE_NOOP("DialogRiwayat", "Isian"),
             QT_TRANSLATE_NOOP("DialogRiwayat", "Nilai lama"),
             QT_TRANSLATE_NOOP("DialogRiwayat", "Nilai baru"),
             QT_TRANSLATE_NOOP("DialogRiwayat", "Alasan"))

    def __init__(self, id_keluarga: str, baris: list[dict], nik_penuh: bool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("riwayatDialog")
        self.setWindowTitle(self.tr("Riwayat perubahan keluarga {0}").format(id_keluarga))
        self.tabel = QTableWidget(len(baris), len(self.JUDUL))
        self.tabel.setObjectName("riwayatTable")
        self.tabel.setHorizontalHeaderLabels([self.tr(j) for j in self.JUDUL])
        self.tabel.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabel.verticalHeader().hide()
        self.tabel.setWordWrap(False)
        # who may not see full NIKs: a NIK or No KK field's values masked whole, whatever
        # their shape, NIK-like numbers in other values, in a note or a typed reason from 13
        # digits on; the family's ID kept
        def samar(kolom: str | None, teks: str) -> str:
            return teks if nik_penuh else nik.samarkan_nilai(kolom, teks, (id_keluarga,))

        for i, r in enumerate(baris):
            sel = (waktu(r["waktu"], detik=True),
                   ul.pelaku_audit(r["pengguna"], r["keterangan"]),
                   (self.tr(_LABEL_AKSI[r["aksi"]]) if r["aksi"] in _LABEL_AKSI
                    else ul.label_aksi_audit(r["aksi"])),
                   _label_kolom(r["kolom"]) or (r["id_rekaman"] if r["tabel"] == "anggota"
                                                else ""),
                   samar(r["kolom"], nilai_tampil(r["kolom"], r["nilai_lama"])),
                   samar(r["kolom"], nilai_tampil(r["kolom"], r["nilai_baru"])),
                   # the reason is typed (a send-back note) or the program's own words, the
                   # details the program's: both in the window's language
                   samar("catatan" if r["alasan"] else None,
                         _alasan(r["alasan"], r["keterangan"])))
            for j, teks in enumerate(sel):
                item = QTableWidgetItem(teks)
                item.setToolTip(teks)
                self.tabel.setItem(i, j, item)
        self.tabel.resizeColumnsToContents()
        self.tabel.horizontalHeader().setSectionResizeMode(
            len(self.JUDUL) - 1, QHeaderView.ResizeMode.Stretch)
        kosong = QLabel(self.tr("Belum ada perubahan yang tercatat."))
        kosong.setVisible(not baris)
        tombol = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        tombol.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup"))
        tombol.rejected.connect(self.reject)
        tata = QVBoxLayout(self)
        tata.addWidget(kosong)
        tata.addWidget(self.tabel)
        tata.addWidget(tombol)
        atur_ukuran(self, 900, 420)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
