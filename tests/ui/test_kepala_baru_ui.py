"""'Jadikan kepala keluarga' at the window (an operator, who sees NIKs masked), on a desa written
with openpyxl: the family's head fields follow the new head, making the former head head again
before saving undoes it, a field the operator typed by hand is kept, and the save stores the
corrections beside the P3KE values."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableView, QWidget

from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.ui import create_main_window
from tests.lapangan import NIK_ISTRI, db_desa, nik_kepala

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
HARI_INI = dt.date.today()


@pytest.fixture
def jendela(qtbot, tmp_path):
    path = db_desa(tmp_path, jumlah=3)
    w = create_main_window(path, user="Ani", role="operator")
    w.resize(1366, 740)
    w.show()
    w.path = path
    yield w
    w.form.muat_ulang()
    w.close()
    w.deleteLater()


def _pilih(form, nama: str) -> None:
    tabel = form.findChild(QTableView, "membersTable")
    model = tabel.model()
    baris = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == nama)
    tabel.setCurrentIndex(model.index(baris, 0))


def _kepala(form) -> tuple[str, str | None, str, str | None]:
    nik = form.findChild(QWidget, "isian_nik_kepala")
    return (form.findChild(QLineEdit, "isian_nama_kepala").text(), nik.nilai(),
            form.findChild(QComboBox, "isian_jenis_kelamin").currentText(),
            form.findChild(QWidget, "isian_tanggal_lahir").nilai())


def _hubungan(form, nama: str) -> str:
    model = form.findChild(QTableView, "membersTable").model()
    return next(model.index(r, 2).data() for r in range(model.rowCount())
                if model.index(r, 0).data() == nama)


def test_kepala_baru_mengisi_identitas_dan_bisa_dibatalkan(qtbot, jendela):
    SHOTS.mkdir(exist_ok=True)
    w = jendela
    w.buka_keluarga("0061729001")
    form = w.findChild(QWidget, "householdForm")
    jadikan = form.findChild(QPushButton, "anggotaJadikanKepalaButton")
    assert _kepala(form) == ("Kepala 1", nik_kepala(1), "Laki-laki", "1980-08-15")
    _pilih(form, "Kepala 1")
    form.findChild(QPushButton, "anggotaMeninggalButton").click()
    _pilih(form, "Siti Istri")
    jadikan.click()
    assert _kepala(form) == ("Siti Istri", NIK_ISTRI, "Perempuan", "1985-03-10")
    # an operator sees the head's NIK masked, as everywhere else
    assert form.findChild(QLineEdit, "isian_nik_kepala").text() == "617201******0002"
    assert form.findChild(QLabel, "pesanForm").text().startswith(
        "Siti Istri menjadi kepala keluarga: nama, NIK, jenis kelamin dan tanggal lahir")
    form.grab().save(str(SHOTS / "kepala_baru_form.png"))
    # the child instead: the wife goes back to Istri/Suami, the fields follow the child
    _pilih(form, "Dodi Anak")
    jadikan.click()
    assert _hubungan(form, "Siti Istri") == "Istri/Suami"
    assert _kepala(form)[0] == "Dodi Anak"
    # undo: the former head head again, present again -> nothing left to save
    _pilih(form, "Kepala 1")
    jadikan.click()
    form.findChild(QPushButton, "anggotaAdaButton").click()
    assert _kepala(form) == ("Kepala 1", nik_kepala(1), "Laki-laki", "1980-08-15")
    assert _hubungan(form, "Dodi Anak") == "Anak"
    assert not form.ada_perubahan()


def test_nama_yang_diketik_operator_dipertahankan_lalu_disimpan(qtbot, jendela):
    w = jendela
    w.buka_keluarga("0061729001")
    form = w.findChild(QWidget, "householdForm")
    form.findChild(QLineEdit, "isian_nama_kepala").setText("Siti Aminah")
    _pilih(form, "Kepala 1")
    form.findChild(QPushButton, "anggotaMeninggalButton").click()
    _pilih(form, "Siti Istri")
    form.findChild(QPushButton, "anggotaJadikanKepalaButton").click()
    assert _kepala(form) == ("Siti Aminah", NIK_ISTRI, "Perempuan", "1985-03-10")
    assert form.findChild(QLabel, "pesanForm").text().endswith(
        "Isian yang Anda ketik sendiri tetap: Nama kepala keluarga.")
    status = form.findChild(QComboBox, "statusVerifikasiCombo")
    status.setCurrentIndex(status.findText("Ditemukan"))
    kelayakan = form.findChild(QComboBox, "kelayakanCombo")
    kelayakan.setCurrentIndex(kelayakan.findText("Layak"))
    form.findChild(QLineEdit, "tanggalKunjunganEdit").setText(f"{HARI_INI:%d-%m-%Y}")
    form.findChild(QLineEdit, "namaVerifikatorEdit").setText("Ani")
    form.findChild(QPushButton, "saveButton").click()
    assert not form.ada_perubahan(), form.findChild(QLabel, "pesanForm").text()
    with sdb.terbuka(w.path) as db:
        data = sv.muat(db, "0061729001")
        audit = {r[0] for r in db.execute(
            "SELECT kolom FROM audit_log WHERE id_keluarga = '0061729001' AND aksi = 'KOREKSI'")}
    assert data.koreksi == {"nama_kepala": "Siti Aminah", "nik_kepala": NIK_ISTRI,
                            "jenis_kelamin": "Perempuan", "tanggal_lahir": "1985-03-10"}
    assert data.sumber["nama_kepala"] == "Kepala 1"
    assert audit == {"nama_kepala", "nik_kepala", "jenis_kelamin", "tanggal_lahir"}
    # the title and the table name the new head
    assert form.findChild(QLabel, "judulForm").text().startswith("Siti Aminah")
    form.grab().save(str(SHOTS / "kepala_baru_tersimpan.png"))
