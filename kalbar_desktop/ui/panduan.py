"""Help > "Panduan pengguna" (F1): the user guide ``docs/panduan.md`` shown inside the
application (objectName ``panduanWindow``), so it works offline and in the installed program.

Qt renders the Markdown itself (``QTextBrowser`` with a Markdown source); the screenshots in
``docs/img`` are found relative to the guide. A list of the guide's sections beside the text
jumps to a section; the search box finds text (Enter: next match).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kalbar_desktop import APP_NAME
from kalbar_desktop.sumber import berkas_panduan
from kalbar_desktop.ui import bahasa
from kalbar_desktop.ui.ikon import ikon_aplikasi
from kalbar_desktop.ui.layar import atur_ukuran

if TYPE_CHECKING:
    from pathlib import Path

    from kalbar_desktop.ui.main_window import MainWindow

_log = logging.getLogger(__name__)
POSISI_ROLE = Qt.ItemDataRole.UserRole + 1


class JendelaPanduan(QDialog):
    """The user guide in a window of its own (not modal: the person can keep it open beside
    the main window while working)."""

    def __init__(self, berkas: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("panduanWindow")
        self.setWindowTitle(self.tr("Panduan pengguna - {0}").format(APP_NAME))
        self.setWindowIcon(ikon_aplikasi())
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.berkas = berkas or berkas_panduan()

        self.cari = QLineEdit()
        self.cari.setObjectName("panduanCari")
        self.cari.setClearButtonEnabled(True)
        self.cari.setPlaceholderText(self.tr("Cari di panduan... (Ctrl+F, Enter: berikutnya)"))
        self.cari.returnPressed.connect(self.cari_berikutnya)
        self.cari.textChanged.connect(lambda _t: self.cari_berikutnya(dari_awal=True))
        self.label_cari = QLabel()
        self.label_cari.setObjectName("panduanHasilCari")
        self.label_cari.setMinimumWidth(self.label_cari.fontMetrics().horizontalAdvance(
            self.tr("Tidak ditemukan")) + 8)
        self.catatan_bahasa = QLabel(self.tr(
            "Panduan ini ditulis dalam bahasa Indonesia, bahasa kerja P3KE."))
        self.catatan_bahasa.setObjectName("panduanCatatanBahasa")
        self.catatan_bahasa.setVisible(bahasa.bahasa_aktif() != bahasa.BAWAAN)

        self.daftar_isi = QListWidget()
        self.daftar_isi.setObjectName("panduanDaftarIsi")
        self.daftar_isi.itemActivated.connect(self._ke_bagian)
        self.daftar_isi.itemClicked.connect(self._ke_bagian)
        self.browser = QTextBrowser()
        self.browser.setObjectName("panduanBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDocumentMargin(16)

        pemisah = QSplitter(Qt.Orientation.Horizontal)
        pemisah.addWidget(self.daftar_isi)
        pemisah.addWidget(self.browser)
        pemisah.setStretchFactor(1, 1)
        pemisah.setSizes([270, 770])

        tutup = QPushButton(self.tr("&Tutup"))
        tutup.setObjectName("panduanTutup")
        tutup.clicked.connect(self.close)
        label_cari = QLabel(self.tr("&Cari:"))
        label_cari.setObjectName("panduanLabelCari")
        label_cari.setBuddy(self.cari)
        atas = QHBoxLayout()
        atas.addWidget(label_cari)
        atas.addWidget(self.cari, 1)
        atas.addWidget(self.label_cari)
        bawah = QHBoxLayout()
        bawah.addWidget(self.catatan_bahasa)
        bawah.addStretch(1)
        bawah.addWidget(tutup)
        tata = QVBoxLayout(self)
        tata.addLayout(atas)
        tata.addWidget(pemisah, 1)
        tata.addLayout(bawah)
        cari = QShortcut(QKeySequence.StandardKey.Find, self)
        cari.activated.connect(self._fokus_cari)
        self._waktu_gambar = QTimer(self)
        self._waktu_gambar.setSingleShot(True)
        self._waktu_gambar.setInterval(150)
        self._waktu_gambar.timeout.connect(self._sesuaikan_gambar)
        atur_ukuran(self, 1040, 680)
        self.muat()

    def muat(self) -> bool:
        """Load the guide; when its file is missing, say so in the window. Returns whether the
        guide was found."""
        if not self.berkas.is_file():
            _log.warning("Panduan pengguna tidak ditemukan: %s", self.berkas)
            self.browser.setPlainText(self.tr(
                "Panduan pengguna tidak ditemukan di {0}. Pasang ulang {1}.").format(
                str(self.berkas), APP_NAME))
            return False
        self.browser.setSource(QUrl.fromLocalFile(str(self.berkas)),
                               QTextDocument.ResourceType.MarkdownResource)
        self._isi_daftar_isi()
        self._lebar_gambar = -1
        self._sesuaikan_gambar()
        return True

    def _fragmen_gambar(self):
        """(cursor over the image, its format) of every image of the guide."""
        blok = self.browser.document().begin()
        while blok.isValid():
            it = blok.begin()
            while not it.atEnd():
                fragmen = it.fragment()
                if fragmen.isValid() and fragmen.charFormat().isImageFormat():
                    kursor = QTextCursor(self.browser.document())
                    kursor.setPosition(fragmen.position())
                    kursor.setPosition(fragmen.position() + fragmen.length(),
                                       QTextCursor.MoveMode.KeepAnchor)
                    yield kursor, fragmen.charFormat().toImageFormat()
                it += 1
            blok = blok.next()

    def _sesuaikan_gambar(self) -> None:
        """Scale the screenshots down to the width of the text (never up), so a wide window
        picture fits without scrolling sideways."""
        lebar = max(200, self.browser.viewport().width()
                    - 2 * int(self.browser.document().documentMargin()) - 8)
        if lebar == self._lebar_gambar:
            return
        self._lebar_gambar = lebar
        for kursor, fmt in list(self._fragmen_gambar()):
            gambar = self.browser.loadResource(
                QTextDocument.ResourceType.ImageResource.value, QUrl(fmt.name()))
            if not isinstance(gambar, QImage | QPixmap) or gambar.isNull():
                continue
            skala = min(1.0, lebar / gambar.width())
            fmt.setWidth(gambar.width() * skala)
            fmt.setHeight(gambar.height() * skala)
            kursor.setCharFormat(fmt)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.berkas.is_file() and hasattr(self, "_lebar_gambar"):
            self._sesuaikan_gambar()

    def keyPressEvent(self, event) -> None:
        # Enter belongs to the search field (next place) and the contents (go to the section):
        # the dialog would pass it on to Tutup, its default button, and close the guide. A
        # button with the focus takes its own Enter before this.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.berkas.is_file() and hasattr(self, "_lebar_gambar"):
            self._waktu_gambar.start()

    def judul(self) -> str:
        """The guide's title (its first heading)."""
        for i in range(self.daftar_isi.count()):
            item = self.daftar_isi.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == 1:
                return item.text()
        return ""

    def _isi_daftar_isi(self) -> None:
        self.daftar_isi.clear()
        blok = self.browser.document().begin()
        while blok.isValid():
            tingkat = blok.blockFormat().headingLevel()
            if tingkat in (1, 2) and blok.text().strip():
                item = QListWidgetItem(blok.text().strip() if tingkat == 1
                                       else "   " + blok.text().strip())
                item.setData(Qt.ItemDataRole.UserRole, tingkat)
                item.setData(POSISI_ROLE, blok.position())
                if tingkat == 1:
                    huruf = item.font()
                    huruf.setBold(True)
                    item.setFont(huruf)
                self.daftar_isi.addItem(item)
            blok = blok.next()

    def bagian(self) -> list[str]:
        """The section headings listed beside the text."""
        return [self.daftar_isi.item(i).text().strip() for i in range(self.daftar_isi.count())]

    def _ke_bagian(self, item: QListWidgetItem) -> None:
        posisi = item.data(POSISI_ROLE)
        if posisi is None:
            return
        kursor = QTextCursor(self.browser.document())
        kursor.setPosition(int(posisi))
        self.browser.setTextCursor(kursor)
        # the heading at the top of the view, not merely somewhere visible
        blok = self.browser.document().findBlock(int(posisi))
        atas = self.browser.document().documentLayout().blockBoundingRect(blok).top()
        self.browser.verticalScrollBar().setValue(int(atas))

    def tampilkan_bagian(self, judul: str) -> bool:
        """Scroll to the section whose heading starts with ``judul``."""
        for i in range(self.daftar_isi.count()):
            item = self.daftar_isi.item(i)
            if item.text().strip().startswith(judul):
                self.daftar_isi.setCurrentItem(item)
                self._ke_bagian(item)
                return True
        return False

    def gambar(self) -> list[tuple[str, bool]]:
        """Every image of the guide and whether it was found (name, loaded)."""
        hasil = []
        for _kursor, fmt in self._fragmen_gambar():
            data = self.browser.loadResource(
                QTextDocument.ResourceType.ImageResource.value, QUrl(fmt.name()))
            hasil.append((fmt.name(), data is not None and not _kosong(data)))
        return hasil

    def _fokus_cari(self) -> None:
        self.cari.setFocus()
        self.cari.selectAll()

    def cari_berikutnya(self, dari_awal: bool = False) -> bool:
        """Select the next match of the search text (wrapping around); False when none."""
        teks = self.cari.text().strip()
        if not teks:
            self.label_cari.setText("")
            return False
        if dari_awal:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        ketemu = self.browser.find(teks)
        if not ketemu:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            ketemu = self.browser.find(teks)
        self.label_cari.setText("" if ketemu else self.tr("Tidak ditemukan"))
        return ketemu


def _kosong(data: object) -> bool:
    for nama in ("isNull", "isEmpty"):
        fungsi = getattr(data, nama, None)
        if callable(fungsi):
            return bool(fungsi())
    return not data


def buka_panduan(jendela: MainWindow, bagian: str | None = None) -> JendelaPanduan:
    """Open the guide (or bring its window to the front), at ``bagian`` when given."""
    lama = getattr(jendela, "jendela_panduan", None)
    if lama is None or not lama.isVisible():
        if lama is not None:
            lama.deleteLater()
        lama = JendelaPanduan(parent=jendela)
        lama.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        jendela.jendela_panduan = lama
    if bagian:
        lama.tampilkan_bagian(bagian)
    lama.show()
    lama.raise_()
    lama.activateWindow()
    return lama


def pasang(jendela: MainWindow) -> None:
    """Help > "Panduan pengguna" (F1)."""
    aksi = QAction(QCoreApplication.translate("Panduan", "&Panduan pengguna"), jendela)
    aksi.setObjectName("aksiPanduan")
    aksi.setShortcut(QKeySequence.StandardKey.HelpContents)
    aksi.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    aksi.setStatusTip(QCoreApplication.translate(
        "Panduan", "Buka panduan pengguna: impor, verifikasi, persetujuan, ekspor, cadangan"))
    aksi.triggered.connect(lambda: buka_panduan(jendela))
    jendela.menu_bantuan.addAction(aksi)
    jendela.aksi_panduan = aksi
