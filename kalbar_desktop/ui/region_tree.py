"""The region tree: kabupaten/kota > kecamatan > desa/kelurahan, with the number of families and
the share already verified on each node."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from kalbar_desktop.storage import wilayah as sw
from kalbar_desktop.storage.db import BasisData
from kalbar_desktop.ui.lokal import angka, persen

KODE_ROLE = Qt.ItemDataRole.UserRole + 1
JUMLAH_ROLE = Qt.ItemDataRole.UserRole + 2


def _isi_jumlah(item: QTreeWidgetItem, keluarga: int, terverifikasi: int) -> None:
    item.setData(0, JUMLAH_ROLE, (keluarga, terverifikasi))
    item.setText(1, angka(keluarga))
    item.setText(2, persen(terverifikasi, keluarga))
    item.setToolTip(2, QCoreApplication.translate(
        "RegionTree", "{0} dari {1} keluarga sudah diverifikasi").format(
        angka(terverifikasi), angka(keluarga)))


class RegionTree(QTreeWidget):
    """Emits :attr:`wilayah_dipilih` with a region code ('' for everything).

    The counts come from one grouped read of one index (:func:`sw.pohon`). The desa nodes of a
    kecamatan (2,000 for the whole province) are created when it is first expanded or one of
    its desa is chosen, so the tree is ready in a few milliseconds.
    """

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
        self.itemExpanded.connect(self._isi_anak)
        self._simpul: dict[str, QTreeWidgetItem] = {}
        self._jumlah: dict[str, tuple[int, int]] = {}
        """(families, verified) of every region of the tree, created or not ('' = all)."""
        self._tunda: dict[str, list[sw.SimpulPohon]] = {}
        """Desa nodes not yet created, by the code of their kecamatan."""
        self._lingkup: tuple[str, ...] = ()

    def muat(self, db: BasisData) -> None:
        """Rebuild the tree from the database, keeping the selected region."""
        terpilih = self.kode_terpilih()
        # Read first: a file gone meanwhile leaves the tree as it was (the window greys it).
        simpul = sw.pohon(db, self._lingkup)
        self.blockSignals(True)
        try:
            self._isi(simpul, terpilih)
        finally:
            self.blockSignals(False)

    def _isi(self, simpul: list[sw.SimpulPohon], terpilih: str) -> None:
        self.clear()
        semua = QTreeWidgetItem([self.tr("Wilayah kerja Anda") if self._lingkup
                                 else self.tr("Semua wilayah"), "", ""])
        semua.setData(0, KODE_ROLE, "")
        self.addTopLevelItem(semua)
        self._simpul = {"": semua}
        self._jumlah = {}
        self._tunda = {}
        total = verif = 0
        kode_kecamatan = {s.kode for s in simpul if s.tingkat == "kecamatan"}
        for s in simpul:
            self._jumlah[s.kode] = (s.keluarga, s.terverifikasi)
            if s.tingkat == "kabupaten_kota":
                total += s.keluarga
                verif += s.terverifikasi
            if s.tingkat == "desa_kelurahan" and s.induk in kode_kecamatan:
                self._tunda.setdefault(s.induk, []).append(s)
            else:
                self._buat(s)
        self._jumlah[""] = (total, verif)
        _isi_jumlah(semua, total, verif)
        for kode in self._tunda:
            self._simpul[kode].setChildIndicatorPolicy(
                QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        semua.setExpanded(True)
        for kode, item in self._simpul.items():
            if len(kode) == 4:
                item.setExpanded(True)
        self._buka_lingkup()
        self.setCurrentItem(self._item(terpilih) or semua)

    def atur_lingkup(self, wilayah: tuple[str, ...]) -> None:
        """Show a region-scoped user (``akses.lingkup``) only the branches that lead to or lie
        inside their regions, their own regions opened, every count limited to their families
        (from the next :meth:`muat`; the table is filtered by the model itself)."""
        self._lingkup = tuple(wilayah)
        for kode, item in self._simpul.items():
            item.setHidden(not self._terkait(kode))
        self._buka_lingkup()

    def _terkait(self, kode: str) -> bool:
        return not self._lingkup or not kode or any(
            w.startswith(kode) or kode.startswith(w) for w in self._lingkup)

    def _buka_lingkup(self) -> None:
        for kode in self._lingkup:
            item = self._item(kode)
            while item is not None and item.parent() is not None:
                item = item.parent()
                item.setExpanded(True)

    def _buat(self, s: sw.SimpulPohon) -> QTreeWidgetItem:
        item = QTreeWidgetItem([s.nama, "", ""])
        _isi_jumlah(item, *self._jumlah[s.kode])
        item.setData(0, KODE_ROLE, s.kode)
        item.setToolTip(0, f"{s.kode} {s.nama}")
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
        (self._simpul.get(s.induk or "") or self._simpul[""]).addChild(item)
        item.setHidden(not self._terkait(s.kode))
        self._simpul[s.kode] = item
        return item

    def _isi_anak(self, item: QTreeWidgetItem) -> None:
        """Create the desa nodes of a kecamatan (when it is expanded or one is chosen)."""
        anak = self._tunda.pop(item.data(0, KODE_ROLE) or "", None)
        if anak:
            for s in anak:
                self._buat(s)

    def _item(self, kode: str) -> QTreeWidgetItem | None:
        """The node of ``kode`` (creating the desa nodes of its kecamatan when needed)."""
        item = self._simpul.get(kode or "")
        if item is None and kode and len(kode) > 6:
            for induk, anak in list(self._tunda.items()):
                if any(s.kode == kode for s in anak):
                    self._isi_anak(self._simpul[induk])
                    break
            item = self._simpul.get(kode)
        return item

    def ubah_terverifikasi(self, kode_desa: str | None, selisih: int) -> None:
        """Add ``selisih`` to the verified count of a desa and of the nodes above it (after a
        save changed a family from or to 'Belum'), without reading the whole database."""
        if not selisih or not kode_desa:
            return
        for kode in {kode_desa[:n] for n in (4, 6, 10)} | {""}:
            if kode not in self._jumlah:
                continue
            n, v = self._jumlah[kode]
            self._jumlah[kode] = (n, max(0, min(n, v + selisih)))
            item = self._simpul.get(kode)
            if item is not None:
                _isi_jumlah(item, *self._jumlah[kode])

    def jumlah(self, kode: str) -> tuple[int, int] | None:
        """(families, verified) shown on the node of ``kode`` ('' for everything)."""
        return self._jumlah.get(kode or "")

    def kode_terpilih(self) -> str:
        item = self.currentItem()
        return item.data(0, KODE_ROLE) if item else ""

    def pilih(self, kode: str) -> bool:
        """Select the node of ``kode``; False when the tree has no such node."""
        item = self._item(kode)
        if item is None:
            return False
        self.setCurrentItem(item)
        return True

    def _dipilih(self, item: QTreeWidgetItem | None, _sebelumnya) -> None:
        self.wilayah_dipilih.emit(item.data(0, KODE_ROLE) if item else "")
