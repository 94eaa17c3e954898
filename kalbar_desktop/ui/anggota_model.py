"""The members table of the family form: the members as loaded, the operator's marks (died,
moved out, married out), NIK corrections (the old NIK is kept) and new members, turned into
:class:`kalbar_desktop.storage.verifikasi.PerubahanAnggota` on save."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate

from kalbar_desktop.domain import nik
from kalbar_desktop.domain.status import StatusAnggota
from kalbar_desktop.domain.temuan import nama_kosong
from kalbar_desktop.storage.verifikasi import PerubahanAnggota
from kalbar_desktop.ui import label as ul
from kalbar_desktop.ui.bahasa import teks as teks_pesan
from kalbar_desktop.ui.label_kode import nilai_isian, tip_isian
from kalbar_desktop.ui.lokal import tanggal_pendek

Indeks = QModelIndex | QPersistentModelIndex

STATUS_DIPILIH = (StatusAnggota.ADA, StatusAnggota.MENINGGAL, StatusAnggota.PINDAH_KELUAR,
                  StatusAnggota.MENIKAH_KELUAR)
"""Statuses the operator can give an existing member (a new member is ``ANGGOTA_BARU``)."""


class AnggotaModel(QAbstractTableModel):
    """Members of one family with the unsaved changes."""

    JUDUL = (QT_TRANSLATE_NOOP("AnggotaModel", "Nama"), QT_TRANSLATE_NOOP("AnggotaModel", "NIK"),
             QT_TRANSLATE_NOOP("AnggotaModel", "Hubungan"),
             QT_TRANSLATE_NOOP("AnggotaModel", "Jenis kelamin"),
             QT_TRANSLATE_NOOP("AnggotaModel", "Tgl lahir"),
             QT_TRANSLATE_NOOP("AnggotaModel", "Status"),
             QT_TRANSLATE_NOOP("AnggotaModel", "NIK perbaikan"))
    """Column headers (translated when shown)."""
    K_STATUS, K_NIK_PERBAIKAN = 5, 6
    berubah = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._baris: list[dict] = []
        self._asli: dict[str, dict] = {}
        self.nik_penuh = False
        self.baca_saja = False

    # -- data ---------------------------------------------------------------------------------
    def muat(self, anggota: list[dict], nik_penuh: bool) -> None:
        """Show ``anggota`` (rows of :func:`kalbar_desktop.storage.verifikasi.muat`)."""
        self.beginResetModel()
        self.nik_penuh = nik_penuh
        self._baris = [dict(a) for a in anggota]
        self._asli = {a["id_individu"]: {"status_anggota": a.get("status_anggota"),
                                         "nik_perbaikan": a.get("nik_perbaikan"),
                                         "hubungan": a.get("hubungan")}
                      for a in anggota}
        self.endResetModel()

    def tambah(self, data: dict) -> None:
        """Add a new member (fields of ``FIELD_ANGGOTA_BARU``); saved with the family."""
        n = len(self._baris)
        self.beginInsertRows(QModelIndex(), n, n)
        self._baris.append({**data, "id_individu": None,
                            "status_anggota": StatusAnggota.ANGGOTA_BARU, "baru": True})
        self.endInsertRows()
        self.berubah.emit()

    def anggota(self, baris: int) -> dict:
        return self._baris[baris]

    def atur_status(self, baris: int, kode: str) -> None:
        """Mark a member (died, moved out, married out, or present again)."""
        a = self._baris[baris]
        if a.get("baru"):
            return
        a["status_anggota"] = kode
        self._berubah(baris)

    def atur_nik_perbaikan(self, baris: int, nilai: str | None) -> None:
        """Correct a member's NIK; the NIK from P3KE stays as it is."""
        a = self._baris[baris]
        teks = (nilai or "").strip() or None
        if a.get("baru"):
            a["nik"] = teks
        else:
            a["nik_perbaikan"] = None if teks == a.get("nik") else teks
        self._berubah(baris)

    def atur_hubungan(self, baris: int, hubungan: str) -> None:
        """Give a member another Hubungan dengan Kepala Keluarga (the new head when the head
        died or left); the P3KE value stays as it is."""
        a = self._baris[baris]
        a["hubungan"] = hubungan
        self._berubah(baris)

    def kembalikan_kepala_lain(self, baris: int) -> None:
        """Members other than ``baris`` made head in this form go back to their relationship
        (one new head at a time; choosing the former head again undoes the change)."""
        for i, a in enumerate(self._baris):
            if i == baris or a.get("baru"):
                continue
            asli = self._asli.get(a["id_individu"], {}).get("hubungan")
            if a.get("hubungan") == "Kepala Keluarga" and asli != "Kepala Keluarga":
                a["hubungan"] = asli
                self._berubah(i)

    def _berubah(self, baris: int) -> None:
        self.dataChanged.emit(self.index(baris, 0), self.index(baris, len(self.JUDUL) - 1))
        self.berubah.emit()

    def ada_perubahan(self) -> bool:
        return bool(self.perubahan())

    def perubahan(self) -> list[PerubahanAnggota]:
        """The changes to save (marks, NIK corrections, new members)."""
        hasil = []
        for a in self._baris:
            if a.get("baru"):
                data = {k: a.get(k) for k in ("nama", "nik", "jenis_kelamin", "hubungan",
                                               "tanggal_lahir", "status_kawin", "pekerjaan",
                                               "pendidikan")}
                hasil.append(PerubahanAnggota(None, data_baru=data, catatan=a.get("catatan")))
                continue
            asli = self._asli.get(a["id_individu"], {})
            hubungan = a.get("hubungan") if a.get("hubungan") != asli.get("hubungan") else None
            if (a.get("status_anggota") != asli.get("status_anggota") or hubungan
                    or (a.get("nik_perbaikan") or None) != (asli.get("nik_perbaikan") or None)):
                hasil.append(PerubahanAnggota(a["id_individu"],
                                              status_anggota=a.get("status_anggota"),
                                              nik_perbaikan=a.get("nik_perbaikan"),
                                              catatan=a.get("catatan"), hubungan=hubungan))
        return hasil

    def untuk_pemeriksaan(self) -> list[dict]:
        """Members as the data-quality rules read them (with the unsaved changes)."""
        return [dict(a) for a in self._baris]

    def sebutan(self, id_individu: str | None) -> str:
        """How the form's findings name a member: the name as written, or, when that names no
        one (empty, '-', 'TIDAK ADA': :func:`~kalbar_desktop.domain.temuan.nama_kosong`), its
        row in this table and its NIK as the table shows it (masked unless the account sees
        whole NIKs), else its ID Individu. A member not in the table: its ID Individu."""
        baris = next((i for i, a in enumerate(self._baris)
                      if a.get("id_individu") == id_individu), None)
        if baris is None:
            return id_individu or ""
        nama = self._baris[baris].get("nama")
        if not nama_kosong(nama):
            return str(nama)
        nik_tampil = self.data(self.index(baris, 1))
        if nik_tampil:
            return self.tr("Anggota ke-{0} (NIK {1})").format(baris + 1, nik_tampil)
        return self.tr("Anggota ke-{0} (ID Individu {1})").format(baris + 1, id_individu)

    def masalah_nik(self, baris: int) -> list[str]:
        a = self._baris[baris]
        teks = a.get("nik") if a.get("baru") else a.get("nik_perbaikan")
        if not teks:
            return []
        return [teks_pesan(m.pesan) for m in nik.urai_nik(teks).masalah]

    # -- Qt model -----------------------------------------------------------------------------
    def rowCount(self, parent: Indeks = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._baris)

    def columnCount(self, parent: Indeks = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.JUDUL)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.JUDUL[section])
        return None

    def flags(self, index: Indeks):
        f = super().flags(index)
        if self.baca_saja or not index.isValid():
            return f
        a = self._baris[index.row()]
        if index.column() == self.K_NIK_PERBAIKAN or (
                index.column() == self.K_STATUS and not a.get("baru")):
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index: Indeks, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a = self._baris[index.row()]
        k = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if k == 0:
                return a.get("nama") or ""
            if k == 1:
                v = a.get("nik") or ""
                return v if (self.nik_penuh or a.get("baru")) else nik.samarkan_nik(v)
            if k in (2, 3):  # the stored value for editing, its label (translated) shown
                nilai = a.get("hubungan" if k == 2 else "jenis_kelamin")
                if role == Qt.ItemDataRole.EditRole:
                    return nilai or ""
                return nilai_isian("hubungan" if k == 2 else "jenis_kelamin", nilai)
            if k == 4:
                return tanggal_pendek(a.get("tanggal_lahir"))
            if k == self.K_STATUS:
                if role == Qt.ItemDataRole.EditRole:
                    return a.get("status_anggota")
                return ul.label(a.get("status_anggota"), StatusAnggota)
            if k == self.K_NIK_PERBAIKAN:
                return "" if a.get("baru") else (a.get("nik_perbaikan") or "")
        if role == Qt.ItemDataRole.ForegroundRole and a.get("status_anggota") in (
                StatusAnggota.MENINGGAL, StatusAnggota.PINDAH_KELUAR,
                StatusAnggota.MENIKAH_KELUAR):
            return QBrush(QColor("#757575"))
        if role == Qt.ItemDataRole.BackgroundRole:
            if k in (1, self.K_NIK_PERBAIKAN) and self.masalah_nik(index.row()) and (
                    (k == 1) == bool(a.get("baru"))):
                return QBrush(QColor("#ffebee"))
            if a.get("baru"):
                return QBrush(QColor("#e8f5e9"))
        if role == Qt.ItemDataRole.ToolTipRole:
            masalah = self.masalah_nik(index.row())
            if masalah and k in (1, self.K_NIK_PERBAIKAN):
                return "; ".join(masalah)
            if k == self.K_NIK_PERBAIKAN and not a.get("baru"):
                return self.tr("Ketik NIK yang benar (16 digit); NIK asal P3KE tetap disimpan")
            if k in (2, 3):
                field = "hubungan" if k == 2 else "jenis_kelamin"
                return tip_isian(field, a.get(field))
        return None

    def setData(self, index: Indeks, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == self.K_STATUS:
            self.atur_status(index.row(), str(value))
            return True
        if index.column() == self.K_NIK_PERBAIKAN:
            self.atur_nik_perbaikan(index.row(), str(value or ""))
            return True
        return False


class DelegasiAnggota(QStyledItemDelegate):
    """Editors of the members table: a status list and a digits-only NIK field."""

    def createEditor(self, parent, option, index):
        if index.column() == AnggotaModel.K_STATUS:
            kotak = QComboBox(parent)
            kotak.setObjectName("statusAnggotaEditor")
            for s in STATUS_DIPILIH:
                kotak.addItem(ul.label(s, StatusAnggota), s.value)
            return kotak
        if index.column() == AnggotaModel.K_NIK_PERBAIKAN:
            edit = QLineEdit(parent)
            edit.setObjectName("nikPerbaikanEditor")
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,16}")))
            return edit
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):
        if isinstance(editor, QComboBox):
            i = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(i, 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())
        else:
            super().setModelData(editor, model, index)
