"""The household table names the head the form chose: after 'Jadikan kepala keluarga' and a
save, the row shows the new head's name and (masked) NIK, sorts by them, and the search finds
the family by the new head (a desa written with openpyxl)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QTableView, QWidget

from kalbar_desktop.ui import create_main_window
from tests.lapangan import NIK_ISTRI, db_desa

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
HARI_INI = dt.date.today()
IDK = "0061729001"


@pytest.fixture
def jendela(qtbot, tmp_path):
    path = db_desa(tmp_path, jumlah=4)
    w = create_main_window(path, user="Ani", role="operator")
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    yield w
    w.close()


def _pilih(form, nama: str) -> None:
    tabel = form.findChild(QTableView, "membersTable")
    model = tabel.model()
    baris = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == nama)
    tabel.setCurrentIndex(model.index(baris, 0))


def _isi_tabel(w) -> list[tuple[str, str, str]]:
    m = w.model
    return [(m.index(r, 0).data(), m.index(r, 1).data(), m.index(r, 2).data())
            for r in range(m.rowCount())]


def test_tabel_menampilkan_kepala_baru(qtbot, jendela):
    w = jendela
    w.buka_keluarga(IDK)
    form = w.findChild(QWidget, "householdForm")
    _pilih(form, "Kepala 1")
    form.findChild(QPushButton, "anggotaMeninggalButton").click()
    _pilih(form, "Siti Istri")
    form.findChild(QPushButton, "anggotaJadikanKepalaButton").click()
    status = form.findChild(QComboBox, "statusVerifikasiCombo")
    status.setCurrentIndex(status.findText("Ditemukan"))
    kelayakan = form.findChild(QComboBox, "kelayakanCombo")
    kelayakan.setCurrentIndex(kelayakan.findText("Layak"))
    form.findChild(QLineEdit, "tanggalKunjunganEdit").setText(f"{HARI_INI:%d-%m-%Y}")
    form.findChild(QLineEdit, "namaVerifikatorEdit").setText("Ani")
    form.findChild(QPushButton, "saveButton").click()
    assert not form.ada_perubahan()
    baris = {idk: (nama, nik) for idk, nama, nik in _isi_tabel(w)}
    assert baris[IDK] == ("Siti Istri", NIK_ISTRI[:6] + "******" + NIK_ISTRI[-4:])
    assert baris["0061729002"][0] == "Kepala 2"
    w.table.setFocus()
    w.grab().save(str(SHOTS / "kepala_baru_tabel.png"))
    # sorted by the head's name: "Siti Istri" after every "Kepala n"; descending first
    kolom = w.model.KOLOM.index("nama_kepala")
    w.table.sortByColumn(kolom, Qt.SortOrder.AscendingOrder)
    assert [b[0] for b in _isi_tabel(w)][-1] == IDK
    w.table.sortByColumn(kolom, Qt.SortOrder.DescendingOrder)
    assert _isi_tabel(w)[0][0] == IDK
    # by NIK: the wife's NIK (...5003850002) sorts after the heads' (...15088000nn)
    w.table.sortByColumn(w.model.KOLOM.index("nik_kepala"), Qt.SortOrder.AscendingOrder)
    assert [b[0] for b in _isi_tabel(w)][-1] == IDK
    # the search finds the family by the new head's name and NIK
    w.kotak_cari.setText("Siti")
    w.kotak_cari.cari.emit("Siti")
    assert [b[0] for b in _isi_tabel(w)] == [IDK]
    w.kotak_cari.cari.emit(NIK_ISTRI)
    assert [b[:2] for b in _isi_tabel(w)] == [(IDK, "Siti Istri")]
