"""Verifikasi > Kembalikan keluarga terpilih ke operator (``aksiKembalikanTerpilih``,
Ctrl+Shift+R; also in the table's right-click menu): a verifikator selects several submitted
families in the household table (Ctrl+click, Shift+click) and sends them back with one note.

What can be sent back is counted off the UI thread (Ctrl+A on a kabupaten is 100,000 rows: a
second or two) under a busy indicator (``kembalikanTerpilihMenghitung``) whose Batal stops it,
as "Setujui semua" counts. Then a dialog (``dialogKembalikanTerpilih``) says how many, names the
selected families that are left out and why (not submitted, outside the user's regions), and
asks for the note
(``kembalikanAlasanEdit``, required); the work runs off the UI thread in one transaction with a
progress bar (``kembalikanTerpilihKemajuan``) whose Cancel leaves the database as it was; the
result is ``kembalikanTerpilihHasil``. The rules are the single send-back's
(:func:`kalbar_desktop.storage.verifikasi.kembalikan_semua`: one audit row ``KEMBALIKAN`` per
family). Afterwards the same families stay selected in the table (or, when they left a filter
such as Persetujuan = Diajukan, the row where the selection was stays current). The form's own
**Kembalikan...** button still sends back the open family alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kalbar_desktop.domain.akses import Aksi, boleh
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.ui.bahasa import teks as teks_pesan
from kalbar_desktop.ui.kabar import kabar
from kalbar_desktop.ui.layar import atur_ukuran
from kalbar_desktop.ui.lokal import angka
from kalbar_desktop.ui.setujui_semua import (
    BARIS_HASIL,
    hitung_di_latar,
    ringkasan_dilewati,
    tambah_daftar_dilewati,
    tambah_tombol,
    teks_dilewati,
)
from kalbar_desktop.ui.tasks import Konteks, Tugas, dialog_kemajuan

if TYPE_CHECKING:
    from kalbar_desktop.ui.main_window import MainWindow


class DialogKembalikanTerpilih(QDialog):
    """Asks before sending the selected families back (objectName
    ``dialogKembalikanTerpilih``; the message ``kembalikanTerpilihPesan``, the families left out
    ``kembalikanTerpilihDilewati``, the note ``kembalikanAlasanEdit``, the buttons
    ``kembalikanTerpilihOk`` - enabled once a note is written - and ``kembalikanTerpilihBatal``).
    """

    def __init__(self, rencana: sv.RencanaSetujui, parent: QWidget | None = None):
        super().__init__(parent)
        self.rencana = rencana
        self.setObjectName("dialogKembalikanTerpilih")
        self.setWindowTitle(self.tr("Kembalikan keluarga terpilih ke operator"))
        self.setModal(True)
        n, lewat = len(rencana.disetujui), len(rencana.dilewati)
        if n:
            teks = self.tr("Kembalikan <b>{0}</b> keluarga terpilih berstatus Diajukan ke "
                           "operator?").format(angka(n))
            teks += "<br>" + self.tr("Operator dapat memperbaikinya lalu mengajukannya lagi. "
                                     "Catatan di bawah tampil di formulir setiap keluarga ini.")
        else:
            teks = self.tr("Tidak ada keluarga terpilih berstatus Diajukan yang dapat Anda "
                           "kembalikan.")
        self.pesan = QLabel(teks)
        self.pesan.setObjectName("kembalikanTerpilihPesan")
        self.pesan.setWordWrap(True)
        tata = QVBoxLayout(self)
        tata.addWidget(self.pesan)
        self.daftar = tambah_daftar_dilewati(
            tata, rencana, self.tr("{0} keluarga terpilih dilewati (tidak berubah):").format(
                angka(lewat)), "kembalikanTerpilih")
        self.alasan = QPlainTextEdit()
        self.alasan.setObjectName("kembalikanAlasanEdit")
        self.alasan.setTabChangesFocus(True)
        self.alasan.setPlaceholderText(self.tr("misalnya: Foto rumah belum ada"))
        label_alasan = QLabel(self.tr("&Apa yang harus diperbaiki operator? (wajib diisi, sama "
                                      "untuk semua keluarga ini)"))
        label_alasan.setWordWrap(True)
        label_alasan.setBuddy(self.alasan)
        if n:
            tata.addWidget(label_alasan)
            tata.addWidget(self.alasan, 1)
        else:
            label_alasan.setVisible(False)
            self.alasan.setVisible(False)
        self.tombol, self.ok, self.batal = tambah_tombol(
            self, tata, self.tr("&Kembalikan {0} keluarga").format(angka(n)) if n
            else self.tr("Kembalikan"), self.tr("&Batal") if n else self.tr("&Tutup"),
            "kembalikanTerpilih")
        self.alasan.textChanged.connect(self._periksa)
        self._periksa()
        if n:
            self.alasan.setFocus()
        atur_ukuran(self, 560, 420 if lewat else 300)

    def teks_alasan(self) -> str:
        """The note as written (trimmed)."""
        return self.alasan.toPlainText().strip()

    def _periksa(self) -> None:
        self.ok.setEnabled(bool(self.rencana.disetujui) and bool(self.teks_alasan()))

    def accept(self) -> None:
        if not self.ok.isEnabled():  # Ctrl+Enter or a script before a note is written
            self.alasan.setFocus()
            return
        super().accept()


@dataclass(frozen=True)
class PilihanTabel:
    """Where the user was in the household table, kept across a reload of the list: the
    selected families by row id (in table order), the current family, and the row the
    selection started on."""

    rowid: list[int]
    rowid_kini: int | None
    baris_awal: int


def pilihan_tabel(jendela: MainWindow) -> PilihanTabel:
    """The rows selected in the household table (the current row when none is selected). Read
    from the selection's ranges: Ctrl+A on 100,000 rows is one range, not 100,000 indexes."""
    tabel = jendela.table
    pilihan = tabel.selectionModel()
    baris: set[int] = set()
    if pilihan is not None:
        for rentang in pilihan.selection():
            baris.update(range(rentang.top(), rentang.bottom() + 1))
    kini = tabel.currentIndex()
    if not baris and kini.isValid():
        baris = {kini.row()}
    urut = sorted(baris)
    rowid_kini = jendela.model.rowid_baris([kini.row()]) if kini.isValid() else []
    return PilihanTabel(jendela.model.rowid_baris(urut), rowid_kini[0] if rowid_kini else None,
                        urut[0] if urut else (kini.row() if kini.isValid() else -1))


def pulihkan_pilihan(jendela: MainWindow, pilihan: PilihanTabel) -> None:
    """After the list was loaded again: select the same families where they still are in the
    list, and keep the current one. Families that left the list (a table filtered on
    "Diajukan" after a send-back) cannot be selected; then the row where the selection was
    stays current (nothing selected, so nothing is sent back by mistake)."""
    model, tabel = jendela.model, jendela.table
    baris = model.baris_rowid(pilihan.rowid)
    seleksi = QItemSelection()
    kolom_akhir = model.columnCount() - 1
    awal = None
    for i, b in enumerate(baris):  # consecutive rows as one range (Ctrl+A: a single range)
        if awal is None:
            awal = b
        if i + 1 == len(baris) or baris[i + 1] != b + 1:
            seleksi.select(model.index(awal, 0), model.index(b, kolom_akhir))
            awal = None
    sm = tabel.selectionModel()
    sm.select(seleksi, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    kini = -1
    if pilihan.rowid_kini is not None:
        ada = model.baris_rowid([pilihan.rowid_kini])
        kini = ada[0] if ada else -1
    if kini < 0:
        kini = baris[0] if baris else min(pilihan.baris_awal, model.rowCount() - 1)
    if kini >= 0:
        indeks = model.index(kini, max(tabel.currentIndex().column(), 0))
        sm.setCurrentIndex(indeks, QItemSelectionModel.SelectionFlag.NoUpdate)
        tabel.scrollTo(indeks)


def kembalikan_terpilih(jendela: MainWindow) -> Tugas | None:
    """Count what can be sent back among the families selected in the table (off the UI
    thread, under a busy indicator ``kembalikanTerpilihMenghitung`` whose Batal stops it: a
    whole kabupaten selected takes a second or two), then ask (``dialogKembalikanTerpilih``,
    ``jendela.dialog_kembalikan_terpilih``), then send back. Returns the counting task (None
    when nothing is done: nothing selected, not allowed, already counting)."""
    if not boleh(jendela.pengguna, Aksi.KEMBALIKAN):
        return None
    lama = getattr(jendela, "tugas_hitung_kembalikan", None)
    if lama is not None and lama.berjalan:
        return None  # already counting (a second Ctrl+Shift+R)
    pilihan = pilihan_tabel(jendela)
    if not pilihan.rowid:
        kabar(jendela, QCoreApplication.translate(
            "KembalikanTerpilih", "Pilih dulu keluarga berstatus Diajukan di tabel: klik satu "
            "baris, lalu Ctrl+klik atau Shift+klik untuk memilih beberapa."),
              "info", nama="kembalikanTerpilihHasil")
        return None
    path, pengguna = jendela.db_path, jendela.pengguna

    def hitung(k: Konteks) -> sv.RencanaSetujui:
        with sdb.terbuka(path, baca_saja=True, migrasi=False, jaga_berkas=True) as db:
            return sv.rencana_kembalikan(db, pengguna, rowid=pilihan.rowid,
                                         dibatalkan=k.dibatalkan)

    return hitung_di_latar(
        jendela, hitung, "tugas_hitung_kembalikan", nama="kembalikanTerpilihMenghitung",
        teks=QCoreApplication.translate(
            "KembalikanTerpilih", "Menghitung {0} keluarga terpilih...").format(
            angka(len(pilihan.rowid))),
        batal=QCoreApplication.translate("KembalikanTerpilih", "Batal"),
        dibatalkan=sv.KembalikanDibatalkan, teks_dibatalkan=QCoreApplication.translate(
            "KembalikanTerpilih", "Pengembalian dibatalkan; tidak ada keluarga yang "
            "dikembalikan."),
        nama_hasil="kembalikanTerpilihHasil",
        lanjut=lambda rencana: _tanya(jendela, rencana, pilihan))


def _tanya(jendela: MainWindow, rencana: sv.RencanaSetujui,
           pilihan: PilihanTabel) -> DialogKembalikanTerpilih:
    """The confirmation (window-modal, not blocking); OK starts the send-back."""
    dialog = DialogKembalikanTerpilih(rencana, jendela)
    dialog.accepted.connect(lambda: _jalankan(jendela, rencana, dialog.teks_alasan(), pilihan))
    dialog.finished.connect(dialog.deleteLater)
    jendela.dialog_kembalikan_terpilih = dialog
    dialog.open()
    return dialog


def _jalankan(jendela: MainWindow, rencana: sv.RencanaSetujui, catatan: str,
              pilihan: PilihanTabel) -> Tugas:
    path, pengguna = jendela.db_path, jendela.pengguna

    def kerja(k: Konteks) -> sv.HasilSetujui:
        with sdb.terbuka(path, migrasi=False, jaga_berkas=True) as db:
            return sv.kembalikan_semua(db, pengguna, rencana, catatan, k.lapor, k.dibatalkan)

    tugas = Tugas(kerja, jendela)
    kemajuan = dialog_kemajuan(
        tugas, QCoreApplication.translate("KembalikanTerpilih", "Mengembalikan..."),
        QCoreApplication.translate("KembalikanTerpilih", "Batal"), jendela,
        "kembalikanTerpilihKemajuan")
    kemajuan.setMinimumWidth(380)

    def tutup() -> None:
        kemajuan.close()
        kemajuan.deleteLater()
        jendela.segarkan()
        form = jendela._form  # reload an open family that is not being edited
        if form is not None and form.data is not None and not form.ada_perubahan():
            form.buka(form.data.id_keluarga)
        pulihkan_pilihan(jendela, pilihan)  # the reload cleared it: keep the user's place
    def selesai(hasil: sv.HasilSetujui) -> None:
        tutup()
        teks = QCoreApplication.translate(
            "KembalikanTerpilih", "{0} keluarga dikembalikan ke operator.").format(
            angka(len(hasil.disetujui)))
        if hasil.dilewati:
            teks += "\n\n" + QCoreApplication.translate(
                "KembalikanTerpilih", "{0} keluarga terpilih dilewati (tidak berubah):").format(
                angka(len(hasil.dilewati))) + "\n" + ringkasan_dilewati(hasil.dilewati)
            teks += "\n\n" + teks_dilewati(hasil.dilewati[:BARIS_HASIL])
            if len(hasil.dilewati) > BARIS_HASIL:
                teks += "\n" + QCoreApplication.translate(
                    "KembalikanTerpilih", "... dan {0} keluarga lainnya").format(
                    angka(len(hasil.dilewati) - BARIS_HASIL))
        kabar(jendela, teks, "info", nama="kembalikanTerpilihHasil")
        jendela.hasil_kembalikan_terpilih = hasil

    def gagal(e: object, _jejak: str) -> None:
        tutup()
        jendela.hasil_kembalikan_terpilih = e
        if isinstance(e, sdb.BasisDataTerputus):
            return  # the window's "Basis data bermasalah" says it (nothing was written)
        if isinstance(e, sv.KembalikanDibatalkan):
            kabar(jendela, QCoreApplication.translate(
                "KembalikanTerpilih", "Pengembalian dibatalkan; tidak ada keluarga yang "
                "dikembalikan."), "info", nama="kembalikanTerpilihHasil")
        else:
            kabar(jendela, teks_pesan(e), "peringatan", nama="kembalikanTerpilihHasil")

    tugas.selesai.connect(selesai)
    tugas.gagal.connect(gagal)
    jendela.tugas_kembalikan_terpilih = tugas
    tugas.mulai()
    return tugas


def pasang(jendela: MainWindow) -> None:
    """Add Verifikasi > Kembalikan keluarga terpilih ke operator."""
    aksi = QAction(QCoreApplication.translate(
        "MenuVerifikasi", "&Kembalikan keluarga terpilih ke operator..."), jendela)
    aksi.setObjectName("aksiKembalikanTerpilih")
    aksi.setShortcut(QKeySequence("Ctrl+Shift+R"))
    aksi.setEnabled(boleh(jendela.pengguna, Aksi.KEMBALIKAN))
    aksi.triggered.connect(lambda: kembalikan_terpilih(jendela))
    jendela.menu_verifikasi.addAction(aksi)
    jendela.aksi_kembalikan_terpilih = aksi
    # also on a right click in the table, where the families were just selected
    tabel = jendela.table
    tabel.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    buka = getattr(jendela, "aksi_buka_keluarga", None)
    if buka is not None:
        tabel.addAction(buka)
    if aksi.isEnabled():  # not offered greyed out to an operator
        tabel.addAction(aksi)
