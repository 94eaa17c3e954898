"""Verifikasi > Setujui semua yang diajukan (``aksiSetujuiSemua``, Ctrl+Shift+T; also the form's
``setujuiSemuaButton``): a verifikator approves every submitted family of the region chosen in
the region tree (the whole database when none is chosen) at once.

What can be approved is counted off the UI thread (a whole kabupaten takes a second or two)
under a busy indicator (``setujuiSemuaMenghitung``) whose Batal stops it; then a confirmation
(``dialogSetujuiSemua``) says how many will be approved and how many are left out and why,
naming them; the work runs off the UI thread in one transaction with a progress
bar (``setujuiSemuaKemajuan``) whose Cancel leaves the database as it was; the result
(``setujuiSemuaHasil``) names the families left out. The rules are the single approve's
(:func:`kalbar_desktop.storage.verifikasi.setujui_semua`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kalbar_desktop.domain import keterangan_jejak
from kalbar_desktop.domain.akses import Aksi, boleh
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.storage import wilayah as swilayah
from kalbar_desktop.ui.bahasa import teks as teks_pesan
from kalbar_desktop.ui.kabar import kabar
from kalbar_desktop.ui.layar import atur_ukuran
from kalbar_desktop.ui.lokal import angka
from kalbar_desktop.ui.tasks import Konteks, Tugas, dialog_kemajuan

if TYPE_CHECKING:
    from kalbar_desktop.ui.main_window import MainWindow

LABEL_SEBAB = {
    sv.SebabDilewati.DIAJUKAN_SENDIRI: QT_TRANSLATE_NOOP(
        "SetujuiSemua", "diajukan oleh Anda sendiri (pekerjaan sendiri tidak boleh disetujui "
        "sendiri)"),
    sv.SebabDilewati.DIISI_SENDIRI: QT_TRANSLATE_NOOP(
        "SetujuiSemua", "datanya diisi atau dikoreksi oleh Anda sendiri (pekerjaan sendiri tidak "
        "boleh disetujui sendiri)"),
    sv.SebabDilewati.LUAR_WILAYAH: QT_TRANSLATE_NOOP("SetujuiSemua", "di luar wilayah kerja Anda"),
    sv.SebabDilewati.BERUBAH: QT_TRANSLATE_NOOP(
        "SetujuiSemua", "tidak lagi berstatus Diajukan (diubah pengguna lain setelah "
        "konfirmasi)"),
    sv.SebabDilewati.TIDAK_DIAJUKAN: QT_TRANSLATE_NOOP(
        "SetujuiSemua", "tidak berstatus Diajukan (hanya keluarga yang diajukan yang bisa "
        "disetujui atau dikembalikan)"),
    sv.SebabDilewati.TIDAK_ADA: QT_TRANSLATE_NOOP(
        "SetujuiSemua", "ID Keluarga tidak ada di basis data ini"),
}
"""Mirror of :data:`kalbar_desktop.storage.verifikasi.LABEL_SEBAB` for Qt Linguist (tested
equal)."""


BARIS_HASIL = 15
"""Families left out named in the result message (all of them are in the confirmation)."""


def _tr(teks: str) -> str:
    return QCoreApplication.translate("SetujuiSemua", teks)


def teks_dilewati(dilewati: list[sv.KeluargaDilewati]) -> str:
    """One line per family left out: ID, head's name, reason."""
    return "\n".join(f"{d.id_keluarga} — {d.nama_kepala or '-'}: {_tr(LABEL_SEBAB[d.sebab])}"
                     for d in dilewati)


def ringkasan_dilewati(dilewati: list[sv.KeluargaDilewati]) -> str:
    """'N dilewati:' with one bullet per reason and its count."""
    jumlah: dict[sv.SebabDilewati, int] = {}
    for d in dilewati:
        jumlah[d.sebab] = jumlah.get(d.sebab, 0) + 1
    return "\n".join(f"• {angka(n)} {_tr(LABEL_SEBAB[s])}" for s, n in jumlah.items())


def tambah_daftar_dilewati(tata: QVBoxLayout, rencana: sv.RencanaSetujui, judul: str,
                           awalan: str) -> QPlainTextEdit:
    """The families a bulk approve or send-back leaves out, under ``judul`` (already
    translated) with a count per reason (``{awalan}Ringkasan``), then one per line
    (``{awalan}Dilewati``, returned; hidden when none is left out)."""
    daftar = QPlainTextEdit(teks_dilewati(rencana.dilewati))
    daftar.setObjectName(f"{awalan}Dilewati")
    daftar.setReadOnly(True)
    daftar.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    if rencana.dilewati:
        label = QLabel(judul + "\n" + ringkasan_dilewati(rencana.dilewati))
        label.setObjectName(f"{awalan}Ringkasan")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        tata.addWidget(label)
        tata.addWidget(daftar, 1)
    else:
        daftar.setVisible(False)
    return daftar


def tambah_tombol(dialog: QDialog, tata: QVBoxLayout, teks_ok: str, teks_batal: str,
                  awalan: str) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """OK (``{awalan}Ok``, never the default) and Batal (``{awalan}Batal``, the default: Enter
    does not start a bulk change) at the foot of a bulk approve or send-back dialog."""
    tombol = QDialogButtonBox()
    ok = QPushButton(teks_ok)
    ok.setObjectName(f"{awalan}Ok")
    ok.setAutoDefault(False)
    batal = QPushButton(teks_batal)
    batal.setObjectName(f"{awalan}Batal")
    batal.setDefault(True)
    tombol.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
    tombol.addButton(batal, QDialogButtonBox.ButtonRole.RejectRole)
    tombol.accepted.connect(dialog.accept)
    tombol.rejected.connect(dialog.reject)
    tata.addWidget(tombol)
    return tombol, ok, batal


class DialogSetujuiSemua(QDialog):
    """Asks before approving (objectName ``dialogSetujuiSemua``; the message
    ``setujuiSemuaPesan``, the families left out ``setujuiSemuaDilewati``, the buttons
    ``setujuiSemuaOk`` and ``setujuiSemuaBatal``; Batal is the default)."""

    def __init__(self, rencana: sv.RencanaSetujui, wilayah: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dialogSetujuiSemua")
        self.setWindowTitle(self.tr("Setujui semua yang diajukan"))
        self.setModal(True)
        n, lewat = len(rencana.disetujui), len(rencana.dilewati)
        if n:
            teks = self.tr("Setujui <b>{0}</b> keluarga berstatus Diajukan di {1}?").format(
                angka(n), wilayah)
            teks += "<br>" + self.tr("Keluarga yang disetujui terkunci; verifikator dapat "
                                     "membukanya kembali satu per satu dengan alasan.")
        else:
            teks = self.tr("Tidak ada keluarga berstatus Diajukan yang dapat Anda setujui di "
                           "{0}.").format(wilayah)
        self.pesan = QLabel(teks)
        self.pesan.setObjectName("setujuiSemuaPesan")
        self.pesan.setWordWrap(True)
        tata = QVBoxLayout(self)
        tata.addWidget(self.pesan)
        self.daftar = tambah_daftar_dilewati(
            tata, rencana, self.tr("{0} keluarga Diajukan dilewati (tetap Diajukan):").format(
                angka(lewat)), "setujuiSemua")
        self.tombol, self.ok, self.batal = tambah_tombol(
            self, tata, self.tr("&Setujui {0} keluarga").format(angka(n)) if n
            else self.tr("Setujui"), self.tr("&Batal") if n else self.tr("&Tutup"),
            "setujuiSemua")
        self.ok.setEnabled(n > 0)
        atur_ukuran(self, 560, 380 if lewat else 160)


def _nama_wilayah(jendela: MainWindow, kode: str | None) -> str:
    if not kode:
        return QCoreApplication.translate("SetujuiSemua", "seluruh basis data")
    nama = swilayah.nama(jendela.db, kode)
    return f"{nama} ({kode})" if nama and nama != kode else kode


def setujui_semua(jendela: MainWindow) -> Tugas | None:
    """Count what can be approved in the region chosen in the tree (off the UI thread, with a
    busy indicator ``setujuiSemuaMenghitung`` whose Batal stops it: a whole kabupaten takes a
    second or two), then ask (``dialogSetujuiSemua``), then approve. Returns the counting task
    (None when nothing is done); the approving one is ``jendela.tugas_setujui_semua``."""
    if not boleh(jendela.pengguna, Aksi.SETUJUI):
        return None
    lama = getattr(jendela, "tugas_hitung_setujui", None)
    if lama is not None and lama.berjalan:
        return None  # already counting (a second Ctrl+Shift+T)
    kode = jendela.region_tree.kode_terpilih() or None
    wilayah = _nama_wilayah(jendela, kode)
    path, pengguna = jendela.db_path, jendela.pengguna

    def hitung(k: Konteks) -> sv.RencanaSetujui:
        with sdb.terbuka(path, baca_saja=True, migrasi=False, jaga_berkas=True) as db:
            return sv.rencana_setujui_semua(db, pengguna, kode, dibatalkan=k.dibatalkan)

    return hitung_di_latar(
        jendela, hitung, "tugas_hitung_setujui", nama="setujuiSemuaMenghitung",
        teks=QCoreApplication.translate(
            "SetujuiSemua", "Menghitung keluarga berstatus Diajukan di {0}...").format(wilayah),
        batal=QCoreApplication.translate("SetujuiSemua", "Batal"),
        dibatalkan=sv.SetujuiDibatalkan, teks_dibatalkan=QCoreApplication.translate(
            "SetujuiSemua", "Setujui semua dibatalkan; tidak ada keluarga yang disetujui."),
        nama_hasil="setujuiSemuaHasil",
        lanjut=lambda rencana: _tanya(jendela, rencana, wilayah))


def hitung_di_latar(jendela: MainWindow, hitung: Callable[[Konteks], sv.RencanaSetujui],
                    atribut: str, *, nama: str, teks: str, batal: str,
                    dibatalkan: type[BaseException], teks_dibatalkan: str, nama_hasil: str,
                    lanjut: Callable[[sv.RencanaSetujui], object]) -> Tugas:
    """Run ``hitung`` (a count before a bulk approval or send-back) off the UI thread under a
    busy indicator ``nama`` whose ``batal`` button interrupts it; then ``lanjut(rencana)``.
    The task is kept as ``jendela.<atribut>`` while it runs. A cancel (``dibatalkan``) is said
    in the status bar, any other failure in a message named ``nama_hasil``."""
    tugas = Tugas(hitung, jendela)
    sibuk = dialog_kemajuan(tugas, teks, batal, jendela, nama)
    sibuk.setRange(0, 0)  # busy: a count has no steps to show
    sibuk.setMinimumWidth(380)

    def tutup_sibuk() -> None:
        sibuk.close()
        sibuk.deleteLater()
        tugas.deleteLater()
        setattr(jendela, atribut, None)

    def terhitung(rencana: sv.RencanaSetujui) -> None:
        # Read before closing: closing a progress dialog emits its canceled signal.
        dibatalkan_pengguna = tugas.konteks.dibatalkan()
        tutup_sibuk()
        if dibatalkan_pengguna:
            # Batal came as the count finished: the user said no, so no question follows.
            jendela.statusBar().showMessage(teks_dibatalkan, 10000)
            return
        lanjut(rencana)

    def gagal(e: object, _jejak: str) -> None:
        tutup_sibuk()
        if isinstance(e, sdb.BasisDataTerputus):
            return  # the window's "Basis data bermasalah" says it
        if isinstance(e, dibatalkan):
            jendela.statusBar().showMessage(teks_dibatalkan, 10000)
            return
        kabar(jendela, teks_pesan(e), "peringatan", nama=nama_hasil)

    tugas.selesai.connect(terhitung)
    tugas.gagal.connect(gagal)
    setattr(jendela, atribut, tugas)
    tugas.mulai()
    return tugas


def _tanya(jendela: MainWindow, rencana: sv.RencanaSetujui, wilayah: str) -> DialogSetujuiSemua:
    """The confirmation (window-modal, not blocking); OK starts the approval."""
    dialog = DialogSetujuiSemua(rencana, wilayah, jendela)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def dijawab(hasil: int) -> None:
        if hasil == QDialog.DialogCode.Accepted and rencana.disetujui:
            _setujui(jendela, rencana, wilayah)

    dialog.finished.connect(dijawab)
    dialog.open()
    return dialog


def _setujui(jendela: MainWindow, rencana: sv.RencanaSetujui, wilayah: str) -> Tugas:
    path, pengguna = jendela.db_path, jendela.pengguna
    # stored in Indonesian whatever the window's language (shown in it by the audit window)
    alasan = keterangan_jejak.alasan_setujui_semua(wilayah if rencana.kode_wilayah else None)

    def kerja(k: Konteks) -> sv.HasilSetujui:
        with sdb.terbuka(path, migrasi=False, jaga_berkas=True) as db:
            return sv.setujui_semua(db, pengguna, rencana, alasan, k.lapor, k.dibatalkan)

    tugas = Tugas(kerja, jendela)
    kemajuan = dialog_kemajuan(
        tugas, QCoreApplication.translate("SetujuiSemua", "Menyetujui..."),
        QCoreApplication.translate("SetujuiSemua", "Batal"), jendela, "setujuiSemuaKemajuan")
    kemajuan.setMinimumWidth(380)

    def segarkan() -> None:
        jendela.segarkan()
        form = jendela._form  # reload an open family that is not being edited
        if form is not None and form.data is not None and not form.ada_perubahan():
            form.buka(form.data.id_keluarga)

    def selesai(hasil: sv.HasilSetujui) -> None:
        kemajuan.close()
        kemajuan.deleteLater()
        segarkan()
        teks = QCoreApplication.translate(
            "SetujuiSemua", "{0} keluarga di {1} disetujui.").format(
            angka(len(hasil.disetujui)), wilayah)
        if hasil.dilewati:
            teks += "\n\n" + QCoreApplication.translate(
                "SetujuiSemua", "{0} keluarga Diajukan dilewati (tetap Diajukan):").format(
                angka(len(hasil.dilewati))) + "\n" + ringkasan_dilewati(hasil.dilewati)
        if hasil.dilewati:
            # named here (Qt's own "Show Details..." button would speak English)
            teks += "\n\n" + teks_dilewati(hasil.dilewati[:BARIS_HASIL])
            if len(hasil.dilewati) > BARIS_HASIL:
                teks += "\n" + QCoreApplication.translate(
                    "SetujuiSemua", "... dan {0} keluarga lainnya (semuanya tetap Diajukan: "
                    "saring Persetujuan = Diajukan untuk melihatnya)").format(
                    angka(len(hasil.dilewati) - BARIS_HASIL))
        kabar(jendela, teks, "info", nama="setujuiSemuaHasil")
        jendela.hasil_setujui_semua = hasil

    def gagal(e: object, _jejak: str) -> None:
        kemajuan.close()
        kemajuan.deleteLater()
        jendela.hasil_setujui_semua = e
        if isinstance(e, sdb.BasisDataTerputus):
            # the window's "Basis data bermasalah" says it; no second message over it
            jendela.statusBar().showMessage(QCoreApplication.translate(
                "SetujuiSemua", "Setujui semua dihentikan: berkas basis data tidak bisa dibaca "
                "lagi; tidak ada keluarga yang disetujui."), 30000)
        elif isinstance(e, sv.SetujuiDibatalkan):
            kabar(jendela, QCoreApplication.translate(
                "SetujuiSemua", "Setujui semua dibatalkan; tidak ada keluarga yang disetujui."),
                "info", nama="setujuiSemuaHasil")
        else:
            kabar(jendela, teks_pesan(e), "peringatan", nama="setujuiSemuaHasil")

    tugas.selesai.connect(selesai)
    tugas.gagal.connect(gagal)
    jendela.tugas_setujui_semua = tugas
    tugas.mulai()
    return tugas


def pasang(jendela: MainWindow) -> None:
    """Add Verifikasi > Setujui semua yang diajukan and listen to the form's button."""
    aksi = QAction(QCoreApplication.translate(
        "MenuVerifikasi", "Setujui &semua yang diajukan di wilayah terpilih..."), jendela)
    aksi.setObjectName("aksiSetujuiSemua")
    aksi.setShortcut(QKeySequence("Ctrl+Shift+T"))
    aksi.setEnabled(boleh(jendela.pengguna, Aksi.SETUJUI))
    aksi.triggered.connect(lambda: setujui_semua(jendela))
    jendela.menu_verifikasi.addAction(aksi)
    jendela.aksi_setujui_semua = aksi
    jendela.minta_setujui_semua.connect(aksi.trigger)
