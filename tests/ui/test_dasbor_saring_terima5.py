"""A group clicked on the dashboard is what the Data tab's controls say (acceptance round
terima5 of issue 7): the search box and the filters show it, narrowing with a filter afterwards
narrows that group, and "Tampilkan semua (hapus saringan)" shows every family again, also after
a visit day, a finding rule or the verified card (conditions without a control of their own,
named under the filters)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QToolButton

from kalbar_desktop.exchange import impor_p3ke, wilayah_csv
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import create_main_window
from kalbar_desktop.ui.dasbor import PanelDasbor
from kalbar_desktop.ui.saring import JEDA_CARI_MS
from tests.bantu_verifikasi import verifikasi_contoh
from tests.conftest import WILAYAH_61
from tests.masukan_luar import (
    INDIVIDU_2023,
    KEPALA_2023,
    baris_individu,
    baris_kepala,
    xlsx,
)

HARI_INI = dt.date.today()


@pytest.fixture
def jendela(qtbot, db_path, berkas_demo_2023):
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, berkas_demo_2023, pengguna="penguji")
        wilayah_csv.impor(db, WILAYAH_61)
        verifikasi_contoh(db, jumlah=30, hari_ini=HARI_INI)
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    yield w
    w.close()


def _hitung(db_path, sql: str, *param) -> int:
    with sdb.terbuka(db_path) as db:
        return db.execute("SELECT count(*) FROM keluarga k JOIN verifikasi_keluarga v "
                          f"USING (id_keluarga) WHERE {sql}", param).fetchone()[0]


def _dasbor(qtbot, w) -> PanelDasbor:
    panel = w.findChild(PanelDasbor, "dashboard")
    with qtbot.waitSignal(panel.diperbarui, timeout=15000):
        w.tab.setCurrentWidget(panel)
    return panel


def _klik(qtbot, w, panel, grafik, i: int) -> int:
    w.tab.setCurrentWidget(panel)
    qtbot.mouseClick(grafik, Qt.MouseButton.LeftButton, pos=grafik.titik(i, 0))
    assert w.tab.currentWidget() is w.pemisah
    return w.model.rowCount()


def test_klik_batang_mengganti_pencarian_dan_saringan_yang_tampil(qtbot, jendela, db_path):
    w = jendela
    cari = w.findChild(QLineEdit, "searchBox")
    desil = w.findChild(QComboBox, "desilFilter")
    temuan = w.findChild(QCheckBox, "findingsOnlyCheck")
    status = w.findChild(QComboBox, "statusFilter")
    qtbot.keyClicks(cari, "a")
    qtbot.keyClick(cari, Qt.Key.Key_Return)
    desil.setCurrentIndex(desil.findData("2"))
    temuan.setChecked(True)
    panel = _dasbor(qtbot, w)

    n = _klik(qtbot, w, panel, panel.chart_desil, 0)
    assert n == _hitung(db_path, "k.desil = '1'")
    # the controls say what the table shows: no search, Desil 1, all families
    assert cari.text() == ""
    assert desil.currentData() == "1"
    assert not temuan.isChecked()
    qtbot.wait(JEDA_CARI_MS * 2)  # the cleared search box does not search again
    assert w.model.rowCount() == n
    # narrowing afterwards narrows the clicked group
    status.setCurrentIndex(status.findData("BELUM"))
    assert w.model.rowCount() == _hitung(db_path, "k.desil = '1' AND "
                                                  "v.status_verifikasi = 'BELUM'") > 0

    # the 'not verified' card is the status filter 'Belum diverifikasi'
    w.tab.setCurrentWidget(panel)
    qtbot.mouseClick(panel.kartu["kartuBelum"], Qt.MouseButton.LeftButton)
    assert status.currentData() == "BELUM" and desil.currentData() == ""
    assert w.model.rowCount() == 90
    assert not w.findChild(QLabel, "saringDasborLabel").isVisible()


def test_tampilkan_semua_setelah_hari_kunjungan_aturan_temuan_dan_kartu(qtbot, jendela,
                                                                     db_path):
    w = jendela
    panel = _dasbor(qtbot, w)
    label = w.findChild(QLabel, "saringDasborLabel")
    hapus_semua = w.findChild(QAction, "aksiHapusSaringan")
    assert not label.isVisible()

    akhir = len(panel.chart_kunjungan.batang()) - 1
    n = _klik(qtbot, w, panel, panel.chart_kunjungan, akhir)
    assert n == _hitung(db_path, "v.tanggal_kunjungan = ?", HARI_INI.isoformat()) < 120
    assert label.isVisible()
    assert label.text().startswith("Dari dasbor: dikunjungi ")
    assert str(HARI_INI.year) in label.text()
    hapus_semua.trigger()
    assert w.model.rowCount() == 120
    assert not label.isVisible()

    # a finding rule: named, and its own button removes it (the other filters stay)
    aturan = panel.data().temuan[0]
    n = _klik(qtbot, w, panel, panel.chart_temuan, 0)
    assert n == aturan.keluarga < 120
    assert panel.chart_temuan.batang()[0].label in label.text()
    w.findChild(QComboBox, "desilFilter").setCurrentIndex(
        w.findChild(QComboBox, "desilFilter").findData("1"))
    w.findChild(QToolButton, "hapusSaringDasborButton").click()
    assert w.model.rowCount() == _hitung(db_path, "k.desil = '1'")
    assert not label.isVisible()

    # the verified card
    w.tab.setCurrentWidget(panel)
    qtbot.mouseClick(panel.kartu["kartuTerverifikasi"], Qt.MouseButton.LeftButton)
    assert w.model.rowCount() == 30
    assert label.text() == "Dari dasbor: sudah diverifikasi"
    hapus_semua.trigger()
    assert w.model.rowCount() == 120


def test_batang_tanpa_desil_tampil_di_saringan_desil(qtbot, db_path, tmp_path):
    """A family without desil (an empty cell in a file written by openpyxl): its bar shows it,
    and the desil filter says 'Tanpa desil' (there was no such choice)."""
    kepala, individu = baris_kepala(), baris_individu()
    kolom = KEPALA_2023.index("Desil Kesejahteraan")
    for baris in (*kepala, *individu):
        if baris[0] == "0061720002":
            baris[kolom] = None
    berkas = [xlsx(tmp_path / "kepala.xlsx", KEPALA_2023, kepala, lembar="Kepala Keluarga"),
              xlsx(tmp_path / "individu.xlsx", INDIVIDU_2023, individu, lembar="Individu")]
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, berkas, pengguna="penguji")
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    w.show()
    panel = _dasbor(qtbot, w)
    batang = panel.chart_desil.batang()
    assert [(b.label, b.total) for b in batang][-1] == ("Tanpa desil", 1)
    assert _klik(qtbot, w, panel, panel.chart_desil, len(batang) - 1) == 1
    assert w.model.id_keluarga(0) == "0061720002"
    desil = w.findChild(QComboBox, "desilFilter")
    assert desil.currentText() == "Tanpa desil"
    desil.setCurrentIndex(0)
    assert w.model.rowCount() == 3
    desil.setCurrentIndex(desil.findText("Tanpa desil"))
    assert w.model.rowCount() == 1
