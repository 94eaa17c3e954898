"""The region tree: kabupaten/kota > kecamatan > desa/kelurahan, with the number of families and
the share already verified on each node."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from kalbar_desktop.storage import wilayah as sw
from kalbar_desktop.storage.db import BasisData

KODE_ROLE = Qt.ItemDataRole.UserRole + 1
JUMLAH_ROLE = Qt.ItemDataRole.UserRole + 2


def _angka(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _isi_jumlah(item: QTreeWidgetItem, keluarga: int, terverifikasi: int) -> None:
    item.setData(0, JUMLAH_ROLE, (keluarga, terverifikasi))
    item.setText(1, _angka(keluarga))
    item.setText(2, f"{100 * terverifikasi / keluarga:.0f}%" if keluarga else "-")
    item.setToolTip(2, f"{_angka(terverifikasi)} dari {_angka(keluarga)} keluarga "
                       "sudah diverifikasi")


class RegionTree(QTreeWidget):
    """Emits :attr:`wilayah_dipilih` with a region code ('' for everything)."""

    wilayah_dipilih = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("regionTree")
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Wilayah"), self.tr("KK"), self.tr("Verif.")])
        self.headerItem().setToolTip(1, self.tr("Jumlah keluarga"))
        self.headerItem().setToolTip(2, self.tr("Bagian keluarga yang sudah diverifikasi"))
        self.setUniformRowHeights(True)
        kepala = self.header()
        kepala.setStretchLastSection(False)
        kepala.setSectionResizeMode(0, kepala.ResizeMode.Stretch)
        kepala.setSectionResizeMode(1, kepala.ResizeMode.ResizeToContents)
        kepala.setSectionResizeMode(2, kepala.ResizeMode.ResizeToContents)
        self.setAlternatingRowColors(True)
        self.currentItemChanged.connect(self._dipilih)
        self._simpul: dict[str, QTreeWidgetItem] = {}

    def muat(self, db: BasisData) -> None:
        """Rebuild the tree from the database, keeping the selected region."""
        terpilih = self.kode_terpilih()
        self.blockSignals(True)
        self.clear()
        semua = QTreeWidgetItem([self.tr("Semua wilayah"), "", ""])
        semua.setData(0, KODE_ROLE, "")
        self.addTopLevelItem(semua)
        simpul: dict[str, QTreeWidgetItem] = {}
        total = verif = 0
        for s in sw.pohon(db):
            item = QTreeWidgetItem([f"{s.nama}", "", ""])
            _isi_jumlah(item, s.keluarga, s.terverifikasi)
            item.setData(0, KODE_ROLE, s.kode)
            item.setToolTip(0, f"{s.kode} {s.nama}")
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
            induk = simpul.get(s.induk or "")
            (induk or semua).addChild(item)
            simpul[s.kode] = item
            if s.tingkat == "kabupaten_kota":
                total += s.keluarga
                verif += s.terverifikasi
        _isi_jumlah(semua, total, verif)
        self._simpul = simpul
        semua.setExpanded(True)
        for item in simpul.values():
            if item.data(0, KODE_ROLE) and len(item.data(0, KODE_ROLE)) == 4:
                item.setExpanded(True)
        self.setCurrentItem(simpul.get(terpilih or "", semua))
        self.blockSignals(False)

    def ubah_terverifikasi(self, kode_desa: str | None, selisih: int) -> None:
        """Add ``selisih`` to the verified count of a desa and of the nodes above it (after a
        save changed a family from or to 'Belum'), without reading the whole database."""
        if not selisih or not kode_desa:
            return
        simpul = self._simpul
        item_semua = self.topLevelItem(0)
        for item in [simpul.get(kode_desa[:n]) for n in (4, 6, 10)] + [item_semua]:
            if item is None:
                continue
            n, v = item.data(0, JUMLAH_ROLE) or (0, 0)
            _isi_jumlah(item, n, max(0, min(n, v + selisih)))

    def jumlah(self, kode: str) -> tuple[int, int] | None:
        """(families, verified) shown on the node of ``kode`` ('' for everything)."""
        item = self._simpul.get(kode) if kode else self.topLevelItem(0)
        return tuple(item.data(0, JUMLAH_ROLE)) if item else None

    def kode_terpilih(self) -> str:
        item = self.currentItem()
        return item.data(0, KODE_ROLE) if item else ""

    def pilih(self, kode: str) -> bool:
        """Select the node of ``kode``; False when the tree has no such node."""
        for item in self.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if item.data(0, KODE_ROLE) == kode:
                self.setCurrentItem(item)
                return True
        return False

    def _dipilih(self, item: QTreeWidgetItem | None, _sebelumnya) -> None:
        self.wilayah_dipilih.emit(item.data(0, KODE_ROLE) if item else "")
