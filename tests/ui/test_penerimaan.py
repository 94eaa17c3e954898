"""Acceptance checks of issue 4 written the way an outside tester drives the window: only the
public entry point ``create_main_window`` and the objectNames the issue lists, Qt's own test
input (``qtbot.mouseDClick``...), nothing from inside the window's classes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QTreeView,
    QWidget,
)

from kalbar_desktop.ui import create_main_window

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"

NAMA_OBJEK = {  # issue 4, "Testability contract", with the kind of widget each one is
    "regionTree": QTreeView, "householdTable": QTableView, "searchBox": QWidget,
    "statusFilter": QComboBox, "desilFilter": QComboBox, "findingsOnlyCheck": QCheckBox,
    "householdForm": QWidget, "statusVerifikasiCombo": QComboBox, "kelayakanCombo": QComboBox,
    "alasanCombo": QComboBox, "catatanEdit": QPlainTextEdit, "membersTable": QTableView,
    "findingsList": QListWidget, "saveButton": QAbstractButton,
    "saveNextButton": QAbstractButton, "submitButton": QAbstractButton,
    "approveButton": QAbstractButton, "returnButton": QAbstractButton,
}


@pytest.fixture
def jendela(qtbot, db_isi):
    dibuka = []

    def buat(**opsi):
        w = create_main_window(db_isi, user="penguji", **opsi)
        dibuka.append(w)
        w.resize(1366, 740)
        w.show()
        qtbot.waitExposed(w)
        return w

    yield buat
    for w in dibuka:
        w.close()
        w.deleteLater()


def test_semua_objectname_ada_sebelum_keluarga_dibuka(jendela):
    w = jendela()
    hilang = {nama: jenis.__name__ for nama, jenis in NAMA_OBJEK.items()
              if w.findChild(jenis, nama) is None}
    assert not hilang
    # the form is there but hidden: the table keeps the room until a family is opened
    assert not w.findChild(QWidget, "householdForm").isVisible()
    lebar = w.findChild(QTableView, "householdTable").width()
    lambat = jendela(form_siap=False)  # the application's own start builds it on first use
    assert lambat.findChild(QWidget, "householdForm") is None
    assert lambat.findChild(QTableView, "householdTable").width() == lebar
    w.grab().save(str(SHOTS / "penerimaan_jendela_awal.png"))


def test_klik_dua_kali_membuka_keluarga(qtbot, jendela):
    w = jendela()
    tabel = w.findChild(QTableView, "householdTable")
    indeks = tabel.model().index(3, 1)
    id_keluarga = tabel.model().index(3, 0).data()
    # Qt's test input sends the double click alone, without the press before it
    qtbot.mouseDClick(tabel.viewport(), Qt.MouseButton.LeftButton,
                      pos=tabel.visualRect(indeks).center())
    form = w.findChild(QWidget, "householdForm")
    assert form.isVisible()
    assert id_keluarga in w.findChild(QWidget, "judulForm").text()
    assert tabel.currentIndex().row() == 3
    # a double click on the header opens nothing else
    qtbot.mouseDClick(tabel.horizontalHeader().viewport(), Qt.MouseButton.LeftButton,
                      pos=tabel.horizontalHeader().viewport().rect().center())
    assert id_keluarga in w.findChild(QWidget, "judulForm").text()
