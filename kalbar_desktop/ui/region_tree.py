"""The region tree: kabupaten/kota > kecamatan > desa/kelurahan, with the number of families and
the share already verified on each node."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from kalbar_desktop.storage import wilayah as sw
from kalbar_desktop.storage.db import BasisData

KODE_ROLE = Qt.ItemDataRole.UserRole + 1


class RegionTree(QTreeWidget):
    """Emits :attr:`wilayah_dipilih` with a region code ('' for everything)."""

    wilayah_dipilih = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("regionTree")
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Wilayah"), self.tr("Keluarga"), self.tr("Terverifikasi")])
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.currentItemChanged.connect(self._dipilih)

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
            persen = f"{100 * s.terverifikasi / s.keluarga:.0f}%" if s.keluarga else "-"
            item = QTreeWidgetItem([f"{s.nama}", f"{s.keluarga:,}".replace(",", "."), persen])
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
        semua.setText(1, f"{total:,}".replace(",", "."))
        semua.setText(2, f"{100 * verif / total:.0f}%" if total else "-")
        semua.setExpanded(True)
        for item in simpul.values():
            if item.data(0, KODE_ROLE) and len(item.data(0, KODE_ROLE)) == 4:
                item.setExpanded(True)
        self.resizeColumnToContents(0)
        self.setCurrentItem(simpul.get(terpilih or "", semua))
        self.blockSignals(False)

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
