"""'Pindah ke' in the family form: a choice between a desa of this database (picked from a
list, stored as its code, shown by name) and 'Luar kabupaten' with free text; an old free-text
value shows as it was; the required field is marked on the part to fill."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from kalbar_desktop.exchange import impor_p3ke, wilayah_csv
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.ui import create_main_window
from tests.conftest import WILAYAH_61

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
HARI_INI = dt.date.today()
DESA_LAIN = "6172021001"


@pytest.fixture
def jendela(qtbot, db_path, berkas_demo_2023):
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, berkas_demo_2023, pengguna="penguji")
        wilayah_csv.impor(db, WILAYAH_61)
        ids = [r[0] for r in db.execute("SELECT id_keluarga FROM keluarga ORDER BY 1 LIMIT 3")]
    conn = sqlite3.connect(db_path)  # a value written before the choice existed
    with conn:
        conn.execute("UPDATE verifikasi_keluarga SET pindah_ke = 'Jl. Veteran, Pontianak' "
                     "WHERE id_keluarga = ?", [ids[2]])
    conn.close()
    w = create_main_window(db_path, user="Rina", role="verifikator")
    w.resize(1366, 740)
    w.show()
    w.ids = ids
    yield w
    w.form.muat_ulang()
    w.close()
    w.deleteLater()


def _isi_kunjungan(form, status: str = "Pindah") -> None:
    kotak = form.findChild(QComboBox, "statusVerifikasiCombo")
    kotak.setCurrentIndex(kotak.findText(status))
    form.findChild(QLineEdit, "tanggalKunjunganEdit").setText(f"{HARI_INI:%d-%m-%Y}")
    form.findChild(QLineEdit, "namaVerifikatorEdit").setText("Rina")


def _pilih(kotak: QComboBox, teks: str) -> None:
    i = kotak.findText(teks)
    assert i >= 0, (teks, [kotak.itemText(j) for j in range(kotak.count())][:5])
    kotak.setCurrentIndex(i)


def test_pindah_ke_desa_atau_luar_kabupaten(qtbot, jendela, db_path):
    SHOTS.mkdir(exist_ok=True)
    w = jendela
    dalam, luar, lama = w.ids
    w.buka_keluarga(dalam)
    form = w.findChild(QWidget, "householdForm")
    jenis = form.findChild(QComboBox, "pindahJenisCombo")
    desa = form.findChild(QComboBox, "pindahDesaCombo")
    teks = form.findChild(QLineEdit, "pindahKeEdit")
    _isi_kunjungan(form)
    assert jenis.property("wajib") is True  # the part to fill is marked
    form.findChild(QPushButton, "saveButton").click()
    assert "Pindah ke wajib diisi untuk status ini" in form.findChild(QLabel, "pesanForm").text()
    _pilih(jenis, "Desa di kabupaten ini")
    assert desa.isVisibleTo(form) and not teks.isVisibleTo(form)
    assert desa.property("wajib") is True
    _pilih(desa, "Pasiran, Singkawang Barat")
    assert not desa.property("wajib")
    assert all(desa.itemData(i) is None or desa.itemData(i).startswith("6172")
               for i in range(desa.count()))  # only this database's kabupaten
    qtbot.wait(50)  # the shown list is laid out
    form.grab().save(str(SHOTS / "pindah_ke_desa.png"))
    form.findChild(QPushButton, "saveButton").click()
    assert not form.ada_perubahan(), form.findChild(QLabel, "pesanForm").text()
    with sdb.terbuka(db_path) as db:
        v = sv.muat(db, dalam).verifikasi
    assert (v.pindah_ke_kode, v.pindah_ke) == (DESA_LAIN, None)
    w.buka_keluarga(dalam)  # shown again by name
    assert (jenis.currentText(), desa.currentText()) == ("Desa di kabupaten ini",
                                                         "Pasiran, Singkawang Barat")

    w.buka_keluarga(luar)
    _isi_kunjungan(form)
    _pilih(jenis, "Luar kabupaten")
    assert teks.isVisibleTo(form) and teks.isEnabled() and not desa.isVisibleTo(form)
    teks.setText("Kab. Sambas, Kalimantan Barat")
    form.grab().save(str(SHOTS / "pindah_ke_luar.png"))
    form.findChild(QPushButton, "saveButton").click()
    assert not form.ada_perubahan(), form.findChild(QLabel, "pesanForm").text()
    with sdb.terbuka(db_path) as db:
        v = sv.muat(db, luar).verifikasi
    assert (v.pindah_ke_kode, v.pindah_ke) == (None, "Kab. Sambas, Kalimantan Barat")

    w.buka_keluarga(lama)  # old free text: readable, as it was, nothing changed by opening
    assert (jenis.currentText(), teks.text()) == ("Luar kabupaten", "Jl. Veteran, Pontianak")
    assert not form.ada_perubahan()
