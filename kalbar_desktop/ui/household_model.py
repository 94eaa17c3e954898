"""The household table model: holds the ordered row ids of the matching families and fetches
the shown columns page by page from storage (never 100,000 Python objects)."""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from kalbar_desktop.domain import status as ds
from kalbar_desktop.domain.nik import samarkan_catatan, samarkan_nik
from kalbar_desktop.storage import daftar
from kalbar_desktop.storage.db import BasisData, KesalahanPenyimpanan
from kalbar_desktop.ui import label as ul

Indeks = QModelIndex | QPersistentModelIndex
_log = logging.getLogger(__name__)


class HouseholdModel(QAbstractTableModel):
    """Lazy table over :mod:`kalbar_desktop.storage.daftar`."""

    HALAMAN = 200
    MAKS_HALAMAN = 50
    KOLOM = ("id_keluarga", "nama_kepala", "nik_kepala", "desil", "desa", "status_verifikasi",
             "kelayakan", "persetujuan", "jumlah_temuan")
    JUDUL = (QT_TRANSLATE_NOOP("HouseholdModel", "ID Keluarga"),
             QT_TRANSLATE_NOOP("HouseholdModel", "Kepala Keluarga"),
             QT_TRANSLATE_NOOP("HouseholdModel", "NIK"),
             QT_TRANSLATE_NOOP("HouseholdModel", "Desil"),
             QT_TRANSLATE_NOOP("HouseholdModel", "Desa/Kelurahan"),
             QT_TRANSLATE_NOOP("HouseholdModel", "Status verifikasi"),
             QT_TRANSLATE_NOOP("HouseholdModel", "Kelayakan"),
             QT_TRANSLATE_NOOP("HouseholdModel", "Persetujuan"),
             QT_TRANSLATE_NOOP("HouseholdModel", "Temuan"))
    """Column headers (translated when shown)."""
    JUDUL_PENDEK: ClassVar[dict[str, str]] = {
        "desil": QT_TRANSLATE_NOOP("HouseholdModel", "D")}
    """Shorter headers a narrow table shows (:meth:`atur_judul_pendek`); the whole title stays
    in the header's tooltip and the column menu."""
    _AMBIL = (*KOLOM, "catatan_pengembalian")
    """Columns fetched per page: the shown ones and the send-back note (shown with the
    approval state)."""
    _LABEL: ClassVar[dict] = {"status_verifikasi": ds.StatusVerifikasi, "kelayakan": ds.Kelayakan,
              "persetujuan": ds.Persetujuan}
    _I_PERSETUJUAN = KOLOM.index("persetujuan")
    RowIdRole = Qt.ItemDataRole.UserRole + 1
    IdKeluargaRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, db: BasisData, nik_penuh: bool = False, parent=None,
                 wilayah_pengguna: tuple[str, ...] = (), muat: bool = True):
        """``muat=False`` leaves the table empty until :meth:`muat_ulang` (the main window loads
        it once, after the view's sort indicator is set)."""
        super().__init__(parent)
        self._db = db
        self.nik_penuh = nik_penuh
        self.wilayah_pengguna = tuple(wilayah_pengguna)
        """The user's region scope: applied to every query whatever filter is set."""
        self.saring = daftar.Saring()
        self._urut = ("id_keluarga", False)
        self._id: list[int] = []
        self._halaman: OrderedDict[int, dict[int, tuple]] = OrderedDict()
        self._label: dict[tuple[str, str], str] = {}
        self._dimuat = False
        self._pendek: frozenset[str] = frozenset()
        if muat:
            self.muat_ulang()

    # -- data source -------------------------------------------------------------------------
    def muat_ulang(self) -> None:
        """Re-run the query (after a filter, sort or data change)."""
        self.beginResetModel()
        try:
            self._id = daftar.daftar_id(self._db, self._saring_efektif(), *self._urut)
        except KesalahanPenyimpanan as e:  # a damaged file: show what can be read, no traceback
            _log.warning("Daftar keluarga tidak bisa dibaca: %s", e)
            self._id = []
        self._halaman.clear()
        self._dimuat = True
        self.endResetModel()

    def _saring_efektif(self) -> daftar.Saring:
        if not self.wilayah_pengguna:
            return self.saring
        return replace(self.saring, wilayah_pengguna=self.wilayah_pengguna)

    def set_saring(self, saring: daftar.Saring) -> None:
        self.saring = saring
        self.muat_ulang()

    def segarkan_baris(self) -> None:
        """Forget cached pages so the shown rows are fetched again (same order)."""
        self._halaman.clear()
        if self._id:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._id) - 1, len(self.KOLOM) - 1))

    def _nilai(self, baris: int) -> tuple:
        nomor = baris // self.HALAMAN
        halaman = self._halaman.get(nomor)
        if halaman is None:
            ids = self._id[nomor * self.HALAMAN:(nomor + 1) * self.HALAMAN]
            try:
                halaman = daftar.baris(self._db, ids, self._AMBIL)
            except KesalahanPenyimpanan as e:
                _log.warning("Halaman %d daftar keluarga tidak bisa dibaca: %s", nomor, e)
                halaman = {}
            self._halaman[nomor] = halaman
            if len(self._halaman) > self.MAKS_HALAMAN:
                self._halaman.popitem(last=False)
        else:
            self._halaman.move_to_end(nomor)
        return halaman.get(self._id[baris], ())

    def id_keluarga(self, baris: int) -> str | None:
        if 0 <= baris < len(self._id):
            nilai = self._nilai(baris)
            return nilai[0] if nilai else None
        return None

    def id_keluarga_baris(self, baris: Sequence[int]) -> list[str]:
        """The ID Keluarga of several rows (a selection), in the given order, fetched without
        filling the page cache (a selection may be the whole table)."""
        rowid = [self._id[b] for b in baris if 0 <= b < len(self._id)]
        try:
            nilai = daftar.baris(self._db, rowid, ("id_keluarga",))
        except KesalahanPenyimpanan as e:
            _log.warning("Baris terpilih tidak bisa dibaca: %s", e)
            return []
        return [nilai[r][0] for r in rowid if r in nilai]

    def rowid_baris(self, baris: Iterable[int]) -> list[int]:
        """The families' row ids (``keluarga.rowid``) of several rows, in the given order: they
        stay the same when the list is loaded again (see :meth:`baris_rowid`)."""
        return [self._id[b] for b in baris if 0 <= b < len(self._id)]

    def baris_rowid(self, rowid: Iterable[int]) -> list[int]:
        """The rows (ascending) of the families with these row ids that are in the current
        list (one pass over the list, without reading the database)."""
        cari = set(rowid)
        return [i for i, r in enumerate(self._id) if r in cari] if cari else []

    def baris_dari_id(self, id_keluarga: str) -> int:
        """Row of a family in the current order (-1 when it is not in the list)."""
        try:
            rowid = daftar.rowid_keluarga(self._db, id_keluarga)
        except KesalahanPenyimpanan as e:  # the file went away: the window's dialog says so
            _log.warning("Baris keluarga tidak bisa dicari: %s", e)
            return -1
        try:
            return self._id.index(rowid) if rowid is not None else -1
        except ValueError:
            return -1

    def urutan(self) -> tuple[str, bool]:
        """The current sort: (column name, descending)."""
        return self._urut

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: Indeks = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._id)

    def columnCount(self, parent: Indeks = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.KOLOM)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # the tooltip: the whole title where a narrow column cuts it (or a short one shows)
            kolom = self.KOLOM[section]
            if role == Qt.ItemDataRole.DisplayRole and kolom in self._pendek:
                return self.tr(self.JUDUL_PENDEK[kolom])
            return self.tr(self.JUDUL[section])
        return None

    def atur_judul_pendek(self, kolom: set[str] | frozenset[str]) -> None:
        """Show the short header (:data:`JUDUL_PENDEK`) of the columns ``kolom``, the whole
        one of the others."""
        kolom = frozenset(kolom) & self.JUDUL_PENDEK.keys()
        if kolom != self._pendek:
            self._pendek = kolom
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.KOLOM) - 1)

    def judul_pendek(self) -> frozenset[str]:
        """The columns showing their short header now."""
        return self._pendek

    _TAMPIL = int(Qt.ItemDataRole.DisplayRole)
    _TIP = int(Qt.ItemDataRole.ToolTipRole)
    _WARNA = int(Qt.ItemDataRole.ForegroundRole)
    _RATA = int(Qt.ItemDataRole.TextAlignmentRole)
    _PERAN = frozenset({_TAMPIL, _TIP, _WARNA, _RATA, int(IdKeluargaRole), int(RowIdRole)})
    """The roles answered; a paint asks ~6 roles of each of ~250 cells, the others return at
    once."""
    _TENGAH = int(Qt.AlignmentFlag.AlignCenter)

    def _label_kode(self, kolom: str, kode: str | None) -> str:
        """The translated label of a status code (looked up once per code)."""
        kunci = (kolom, kode or "")
        teks = self._label.get(kunci)
        if teks is None:
            teks = self._label[kunci] = ul.label(kode, self._LABEL[kolom])
        return teks

    def data(self, index: Indeks, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in self._PERAN or not index.isValid():
            return None
        if role == self.RowIdRole:
            return self._id[index.row()]
        nilai = self._nilai(index.row())
        if not nilai:
            return None
        if role == self.IdKeluargaRole:
            return nilai[0]
        kolom = self.KOLOM[index.column()]
        if role == self._RATA:
            return self._TENGAH if kolom in ("desil", "jumlah_temuan") else None
        v = nilai[index.column()]
        catatan = nilai[-1] if nilai[self._I_PERSETUJUAN] == ds.Persetujuan.DIKEMBALIKAN else None
        if catatan and not self.nik_penuh:
            catatan = samarkan_catatan(catatan, (nilai[0],))
        if role == self._TAMPIL:
            if kolom == "nik_kepala" and not self.nik_penuh:
                return samarkan_nik(v)
            if kolom == "persetujuan" and catatan:
                return f"{self._label_kode(kolom, v)}: {catatan}"
            if kolom in self._LABEL:
                return self._label_kode(kolom, v)
            if kolom == "jumlah_temuan":
                return v or ""
            return "" if v is None else v
        if role == self._TIP and catatan:
            return self.tr("Dikembalikan oleh verifikator: {0}").format(catatan)
        if role == self._WARNA and kolom == "persetujuan" and catatan:
            return QBrush(QColor("#b23c00"))
        return None

    def catatan_pengembalian(self, baris: int) -> str | None:
        """The send-back note of the family on ``baris`` (``None`` unless sent back)."""
        if not 0 <= baris < len(self._id):
            return None
        nilai = self._nilai(baris)
        if not nilai or nilai[self._I_PERSETUJUAN] != ds.Persetujuan.DIKEMBALIKAN:
            return None
        return nilai[-1]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.KOLOM):
            return
        urut = (self.KOLOM[column], order == Qt.SortOrder.DescendingOrder)
        # The view calls sort() when sorting is enabled and when its indicator is set: the same
        # order must not run the 100,000-row query again.
        if urut == self._urut and self._dimuat:
            return
        self._urut = urut
        if self._dimuat:
            self.muat_ulang()
