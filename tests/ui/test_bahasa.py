"""Loading the interface translation at start-up (the full English translation and the
language menu come later; here the loader and the build of the .qm files)."""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from kalbar_desktop.ui import bahasa, create_main_window
from tests.ui.conftest import skrip_i18n

AKAR = Path(__file__).resolve().parents[2]
TS_EN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context><name>MainWindow</name>
<message><source>&amp;Berkas</source><translation>&amp;File</translation></message>
<message><source>{0} keluarga, {1} anggota</source>
<translation>{0} families, {1} members</translation></message>
</context>
</TS>
"""


@pytest.fixture
def folder_qm(tmp_path) -> Path:
    """resources/i18n compiled into a temporary folder, plus a small English translation."""
    i18n = skrip_i18n()
    lrelease = i18n.alat("pyside6-lrelease")
    (tmp_path / "kalbar_desktop_en.ts").write_text(TS_EN, encoding="utf-8")
    sumber = [tmp_path / "kalbar_desktop_en.ts", AKAR / "resources" / "i18n" / "qtbase_id.ts"]
    for ts in sumber:
        subprocess.run([lrelease, "-silent", str(ts), "-qm",
                        str(tmp_path / ts.with_suffix(".qm").name)], check=True)
    return tmp_path


def _teks_tombol(tombol: QMessageBox.StandardButton) -> str:
    kotak = QMessageBox()
    kotak.setStandardButtons(tombol)
    teks = kotak.button(tombol).text()
    kotak.deleteLater()
    return teks


def test_bahasa_indonesia_menerjemahkan_tombol_qt(pasang, folder_qm):
    assert _teks_tombol(QMessageBox.StandardButton.Cancel) == "Cancel"
    t = pasang("id", folder_qm)
    assert len(t.penerjemah) == 1  # Qt's texts only: the application's are Indonesian already
    assert _teks_tombol(QMessageBox.StandardButton.Cancel) == "Batal"
    assert _teks_tombol(QMessageBox.StandardButton.Close) == "Tutup"
    assert _teks_tombol(QMessageBox.StandardButton.Yes) == "&Ya"
    assert QLocale().name() == "id_ID"
    assert QLocale().toString(1234567) == "1.234.567"


def test_lepas_mengembalikan_keadaan_semula(qapp, folder_qm):
    lokal = QLocale().name()
    t = bahasa.pasang_penerjemah(qapp, "id", folder_qm)
    bahasa.lepas_penerjemah(qapp, t)
    assert _teks_tombol(QMessageBox.StandardButton.Cancel) == "Cancel"
    assert QLocale().name() == lokal


def test_bahasa_inggris_dimuat_dari_pengaturan(qtbot, pasang, folder_qm, db_path):
    t = pasang("en", folder_qm)
    assert len(t.penerjemah) == 2  # Qt's own English + the application's
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    assert w.menu_berkas.title() == "&File"
    assert w.label_jumlah.text() == "0 families, 0 members"
    assert w.menu_data.title() == "&Data"  # not translated yet: the Indonesian source text


def test_bahasa_tak_dikenal_atau_qm_hilang_tetap_bahasa_indonesia(pasang, tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="kalbar_desktop"):
        t = pasang("fr", tmp_path)
    assert t.bahasa == "id" and t.penerjemah == []
    assert "Bahasa tidak dikenal" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="kalbar_desktop"):
        t = pasang("en", tmp_path)
    assert "kalbar_desktop_en.qm tidak ditemukan" in caplog.text
    assert QApplication.translate("MainWindow", "&Berkas") == "&Berkas"


def test_skrip_i18n_mengompilasi_semua_ts_di_resources():
    qm = skrip_i18n().rilis()
    nama = {p.name for p in qm}
    assert {"qtbase_id.qm", "kalbar_desktop_en.qm"} <= nama
    assert all(p.stat().st_size > 0 for p in qm)
