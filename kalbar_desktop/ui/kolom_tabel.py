"""Which columns the household table shows: Data > Kolom tabel, and the same list on a right
click on the table's header. Every column is shown by default: ID Keluarga to Temuan with
Kelayakan fit a 1366-pixel laptop screen (the hint beside the table gives way); on a 1093-pixel
one (125 %) Kelayakan gives way by itself, and with a larger font (11 pt) the names and the
villages give up width (down to about eight characters: :func:`lebar_pas`), Desil's title
shortens to "D" and the region tree narrows; narrower still (1024, 800 pixels) NIK, Desa and
Persetujuan give way, Desil stays (see :meth:`MainWindow._kolom_tanpa_form`): the table never
scrolls sideways. The choice is remembered
(``Pengaturan.kolom_tersembunyi``). Beside an open form the table shows only what fits whole of the
chosen columns, and on an 800-pixel window none: the form takes the whole width (see
:meth:`MainWindow._kolom_dengan_form`). A column is at least as wide as its
header's text needs (:func:`lebar_judul`), in both languages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QMenu, QStyle, QStyleOptionHeader

from kalbar_desktop.ui.household_model import HouseholdModel

if TYPE_CHECKING:
    from kalbar_desktop.ui.main_window import MainWindow


def ruang_judul(kepala: QHeaderView, kolom: int, lebar: int | None = None) -> int:
    """Width the header's style leaves for the text of section ``kolom`` when it is ``lebar``
    pixels wide (its present width by default), sort arrow included."""
    opsi = QStyleOptionHeader()
    opsi.initFrom(kepala)
    opsi.rect = QRect(0, 0, kepala.sectionSize(kolom) if lebar is None else lebar,
                      kepala.height())
    opsi.section = kolom
    opsi.text = kepala.model().headerData(kolom, Qt.Orientation.Horizontal)
    opsi.textAlignment = Qt.AlignmentFlag.AlignCenter
    opsi.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    return kepala.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, opsi, kepala).width()


def fm_judul(kepala: QHeaderView) -> QFontMetrics:
    """Metrics of the font a section's title is drawn in at its widest."""
    huruf = QFont(kepala.font())
    huruf.setBold(huruf.bold() or kepala.highlightSections())
    return QFontMetrics(huruf)


def lebar_judul(kepala: QHeaderView, kolom: int, ruang: int = 14, judul: str | None = None
                ) -> int:
    """Least width of section ``kolom`` showing its header's text (or ``judul``) whole: the
    text, the style's margins around it and at least ``ruang`` pixels of them (in bold when
    the header bolds the titles of a selected row's columns)."""
    teks = fm_judul(kepala).horizontalAdvance(
        judul if judul is not None
        else kepala.model().headerData(kolom, Qt.Orientation.Horizontal))
    contoh = 1000
    return teks + max(ruang, contoh - ruang_judul(kepala, kolom, contoh))


def lebar_pas(lebar: dict[str, int], paling_kecil: dict[str, int], lebih: int
              ) -> dict[str, int]:
    """Column widths ``lebar`` made ``lebih`` pixels narrower in all, as far as the columns of
    ``paling_kecil`` (column -> least width) allow: each gives in proportion to what it has
    above its least width."""
    kendur = {k: max(0, lebar[k] - w) for k, w in paling_kecil.items() if k in lebar}
    semua = sum(kendur.values())
    if lebih <= 0 or semua <= 0:
        return dict(lebar)
    ambil = min(lebih, semua)
    hasil = dict(lebar)
    sisa = ambil
    for i, (k, w) in enumerate(kendur.items()):
        potong = sisa if i == len(kendur) - 1 else ambil * w // semua
        hasil[k] -= potong
        sisa -= potong
    return hasil


def isi_menu(menu: QMenu, jendela: MainWindow) -> None:
    """Fill ``menu`` with one checkable action per column (ID Keluarga always shown)."""
    menu.clear()
    for i, nama in enumerate(HouseholdModel.KOLOM):
        # the whole title, also of a column showing a short one ("D": Desil)
        aksi = menu.addAction(jendela.model.headerData(i, Qt.Orientation.Horizontal,
                                                       Qt.ItemDataRole.ToolTipRole))
        aksi.setObjectName(f"aksiKolom_{nama}")
        aksi.setCheckable(True)
        aksi.setChecked(nama not in jendela.kolom_tersembunyi)
        aksi.setEnabled(nama != "id_keluarga")
        aksi.toggled.connect(lambda tampil, k=nama: jendela.atur_kolom(k, tampil))


def menu_kepala(jendela: MainWindow, pos: QPoint) -> QMenu:
    """The column list at ``pos`` of the table's header (opened without blocking)."""
    menu = QMenu(jendela.table)
    menu.setObjectName("menuKolomKepala")
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    isi_menu(menu, jendela)
    menu.popup(jendela.table.horizontalHeader().mapToGlobal(pos))
    return menu


def pasang(jendela: MainWindow) -> None:
    """Add Data > Kolom tabel and the header's right-click menu."""
    jendela.menu_data.addSeparator()
    menu = jendela.menu_data.addMenu(QCoreApplication.translate("KolomTabel", "&Kolom tabel"))
    menu.setObjectName("menuKolomTabel")
    menu.aboutToShow.connect(lambda: isi_menu(menu, jendela))
    isi_menu(menu, jendela)
    jendela.menu_kolom = menu
    kepala = jendela.table.horizontalHeader()
    kepala.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    kepala.customContextMenuRequested.connect(lambda pos: menu_kepala(jendela, pos))
