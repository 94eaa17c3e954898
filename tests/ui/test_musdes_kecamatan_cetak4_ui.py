"""The document dialog for a kecamatan that held one musyawarah for all its desa (closing note
22): the place and date stay open for several desa and, typed, are every desa's section's; the
kepala desa's name stays closed (the BA number opens for a kecamatan since ulang6: both typed,
they are one kecamatan meeting). Moving from one desa to the kecamatan empties
the place and date, so one desa's meeting never lands on the others unseen. The status says the
typed date went to every desa and how many desa record another one. PDF read back with
pdftotext."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QPushButton

from tests.ui.test_ekspor_kabupaten_terima7 import _dialog as dialog_menu
from tests.unit.test_musdes_per_desa_cetak3 import kantor_musdes

AULA = "Aula Kantor Camat"


@pytest.fixture(scope="module")
def kantor(tmp_path_factory) -> Path:
    return kantor_musdes(tmp_path_factory.mktemp("kantor"))


def test_kecamatan_satu_tanggal_dan_tempat_diketik_sekali(qtbot, kantor, tmp_path):
    w, d = dialog_menu(qtbot, kantor, "vera", "aksiCetakBeritaAcara", "documentDialog")
    tempat, isi = d.findChild(QLineEdit, "dokumenTempat"), d.findChild(QCheckBox,
                                                                      "dokumenIsiTanggal")
    kotak = d.findChild(QComboBox, "dokumenDesa")
    kotak.setCurrentIndex(kotak.findData("6172031001"))
    tempat.setText("Balai Kelurahan Pajintan")
    isi.setChecked(True)
    kotak.setCurrentIndex(kotak.findData("617203"))
    assert tempat.text() == "" and not isi.isChecked()  # one desa's meeting not carried over
    assert tempat.isEnabled() and isi.isEnabled()
    assert d.findChild(QLineEdit, "dokumenNomor").isEnabled()  # one kecamatan meeting's (ulang6)
    assert not d.findChild(QLineEdit, "dokumenKepalaDesa").isEnabled()
    assert "dipakai untuk semua desa" in tempat.toolTip()

    tempat.setText(AULA)
    isi.setChecked(True)
    d.findChild(QDateEdit, "dokumenTanggal").setDate(QDate(2026, 11, 25))
    d.grab().save(str(tmp_path / "kecamatan-diisi.png"))
    pdf = tmp_path / "ba.pdf"
    d.findChild(QLineEdit, "dokumenTujuan").setText(str(pdf))
    d.findChild(QPushButton, "dokumenBuat").click()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=60000)
    # date and place together: one kecamatan meeting (ulang6)
    assert d.status.text().endswith(
        "Satu musyawarah kecamatan: 3 desa sebagai bagiannya, ditandatangani camat; nomor BA "
        "diisi tangan."), d.status.text()
    teks = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert teks.count(f"bertempat di {AULA}, telah dilaksanakan") == 3
    assert teks.count(f"{AULA}, 25 November 2026") == 3
    assert "Maret 2026" not in teks and "bertempat di Kelurahan" not in teks
    d.close()
    w.tutup_tanpa_tanya = True


def test_kecamatan_status_berbahasa_inggris(qtbot, kantor, tmp_path, pasang, folder_qm):
    pasang("en", folder_qm)
    w, d = dialog_menu(qtbot, kantor, "vera", "aksiCetakBeritaAcara", "documentDialog")
    kotak = d.findChild(QComboBox, "dokumenDesa")
    kotak.setCurrentIndex(kotak.findData("617203"))
    d.findChild(QCheckBox, "dokumenIsiTanggal").setChecked(True)
    d.findChild(QDateEdit, "dokumenTanggal").setDate(QDate(2026, 11, 25))
    d.findChild(QLineEdit, "dokumenTujuan").setText(str(tmp_path / "ba.pdf"))
    d.findChild(QPushButton, "dokumenBuat").click()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=60000)
    assert d.status.text().endswith(
        "The meeting date entered is used for all 3 villages, minutes number recorded for 1; "
        "the rest is filled in by hand. 2 villages record another meeting date for their "
        "families."), d.status.text()
    d.close()
    w.tutup_tanpa_tanya = True
