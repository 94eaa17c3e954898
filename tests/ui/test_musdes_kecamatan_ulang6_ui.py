"""The document dialog for one meeting held for a whole kecamatan (closing note 23): with a
kecamatan chosen the BA number and the camat's name are open (the kepala desa's stays closed),
and with the date and the place typed every desa's section is a part of that one meeting, of
one number, signed by the camat; the status says so. A single desa's status names why its
number is left for the pen. PDFs read back with pdftotext."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QPushButton

from tests.ui.test_ekspor_kabupaten_terima7 import _dialog as dialog_menu
from tests.unit.test_musdes_per_desa_cetak3 import kantor_musdes

AULA = "Aula Kantor Camat"
NOMOR = "005/BA-MUS/XI/2026"


@pytest.fixture(scope="module")
def kantor(tmp_path_factory) -> Path:
    return kantor_musdes(tmp_path_factory.mktemp("kantor"))


def _pdf(pdf: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def _buat(qtbot, d, pdf: Path) -> None:
    d.findChild(QLineEdit, "dokumenTujuan").setText(str(pdf))
    d.findChild(QPushButton, "dokumenBuat").click()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=60000)


def test_satu_musyawarah_kecamatan_di_dialog(qtbot, kantor, tmp_path):
    w, d = dialog_menu(qtbot, kantor, "vera", "aksiCetakBeritaAcara", "documentDialog")
    kotak = d.findChild(QComboBox, "dokumenDesa")
    nomor, camat = d.findChild(QLineEdit, "dokumenNomor"), d.findChild(QLineEdit, "dokumenCamat")
    kotak.setCurrentIndex(kotak.findData("6172031001"))
    assert nomor.isEnabled() and not camat.isEnabled()
    kotak.setCurrentIndex(kotak.findData("617203"))
    assert nomor.isEnabled() and camat.isEnabled()
    assert not d.findChild(QLineEdit, "dokumenKepalaDesa").isEnabled()
    assert "isi juga Tanggal musyawarah dan Tempat" in nomor.toolTip()
    d.findChild(QLineEdit, "dokumenTempat").setText(AULA)
    d.findChild(QCheckBox, "dokumenIsiTanggal").setChecked(True)
    d.findChild(QDateEdit, "dokumenTanggal").setDate(QDate(2026, 11, 25))
    nomor.setText(NOMOR)
    camat.setText("Drs. Hendri Sulaiman")
    d.grab().save("/tmp/ulang6/dialog_kecamatan.png")
    pdf = tmp_path / "ba.pdf"
    _buat(qtbot, d, pdf)
    assert d.status.text().endswith(
        f"Satu musyawarah kecamatan: 3 desa sebagai bagian berita acara nomor {NOMOR}, "
        "ditandatangani camat."), d.status.text()
    teks = _pdf(pdf)
    assert teks.count(f"Nomor: {NOMOR}") == 3
    assert teks.count("telah dilaksanakan musyawarah tingkat Kecamatan Singkawang Timur") == 3
    assert teks.count("( Drs. Hendri Sulaiman )") == 3
    # to a kabupaten: the number and the camat are emptied (open again for one kabupaten
    # meeting, the field then the kepala dinas's: tests/ui/test_musdes_dokumen5_ui.py)
    kotak.setCurrentIndex(kotak.findData("6172"))
    assert nomor.text() == "" and camat.text() == ""
    kotak.setCurrentIndex(kotak.findData(None))  # Seluruh wilayah saya: closed
    assert not nomor.isEnabled() and not camat.isEnabled()
    d.close()
    w.tutup_tanpa_tanya = True


def test_kecamatan_tanpa_tanggal_nomor_ditolak(qtbot, kantor, tmp_path):
    """A number typed for the kecamatan without the meeting's date: the desa met apart, so
    the number is refused, saying what to do, and no PDF is written."""
    w, d = dialog_menu(qtbot, kantor, "vera", "aksiCetakBeritaAcara", "documentDialog")
    kotak = d.findChild(QComboBox, "dokumenDesa")
    kotak.setCurrentIndex(kotak.findData("617203"))
    d.findChild(QLineEdit, "dokumenNomor").setText(NOMOR)
    pdf = tmp_path / "ba.pdf"
    _buat(qtbot, d, pdf)
    assert "isi tanggal dan tempatnya" in d.status.text(), d.status.text()
    assert not pdf.exists()
    d.close()
    w.tutup_tanpa_tanya = True


def test_satu_desa_status_menyebut_nomor_yang_diisi_tangan(qtbot, kantor, tmp_path):
    w, d = dialog_menu(qtbot, kantor, "vera", "aksiCetakBeritaAcara", "documentDialog")
    kotak = d.findChild(QComboBox, "dokumenDesa")
    kotak.setCurrentIndex(kotak.findData("6172031002"))
    pdf = tmp_path / "ba.pdf"
    _buat(qtbot, d, pdf)
    assert ("nomor BA diisi tangan ('02/BA/III/2026' (0061720008) tercatat hanya di 1 "
            "keluarga; 1 keluarga lain yang sudah diverifikasi atau bermusdes belum "
            "mencatatnya, misalnya 0061720009)") in d.status.text(), d.status.text()
    assert "02/BA/III/2026" not in _pdf(pdf)
    d.close()
    w.tutup_tanpa_tanya = True
