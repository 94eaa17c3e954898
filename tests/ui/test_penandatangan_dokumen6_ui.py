"""Laporan > Berita acara remembers the signer of one meeting (closing note 25): the title,
name and NIP last printed for a kecamatan (or, as kepala dinas, for a kabupaten/kota) are
filled in when that region is chosen again, in a new dialog and after the window restarts;
another kecamatan gets its own (or the defaults), what the user typed stays editable, and
nothing is remembered until a PDF is written. The NIP field (``dokumenNip``) opens only for
one meeting; a NIP with letters is refused in the dialog's status, naming the field. PDFs read
back with pdftotext."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QPushButton

from kalbar_desktop.settings import Pengaturan
from tests.ui.test_ekspor_kabupaten_terima7 import _dialog as dialog_menu
from tests.unit.test_musdes_per_desa_cetak3 import kantor_musdes

NIP = "19700101 199003 1 001"


@pytest.fixture(scope="module")
def kantor(tmp_path_factory) -> Path:
    return kantor_musdes(tmp_path_factory.mktemp("kantor"))


def _pdf(pdf: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def _buka(qtbot, kantor):
    return dialog_menu(qtbot, kantor, "vera", "aksiCetakBeritaAcara", "documentDialog")


def _pilih(d, kode: str) -> None:
    kotak = d.findChild(QComboBox, "dokumenDesa")
    kotak.setCurrentIndex(kotak.findData(kode))


def _penandatangan(d) -> tuple[str, str, str]:
    return (d.findChild(QComboBox, "dokumenJabatan").currentText(),
            d.findChild(QLineEdit, "dokumenCamat").text(),
            d.findChild(QLineEdit, "dokumenNip").text())


def _isi(d, jabatan: str, nama: str, nip: str) -> None:
    d.findChild(QComboBox, "dokumenJabatan").setEditText(jabatan)
    d.findChild(QLineEdit, "dokumenCamat").setText(nama)
    d.findChild(QLineEdit, "dokumenNip").setText(nip)


def _buat(qtbot, d, pdf: Path, tanggal=(2026, 11, 25)) -> str:
    d.findChild(QCheckBox, "dokumenIsiTanggal").setChecked(True)
    d.findChild(QDateEdit, "dokumenTanggal").setDate(QDate(*tanggal))
    d.findChild(QLineEdit, "dokumenTujuan").setText(str(pdf))
    d.findChild(QPushButton, "dokumenBuat").click()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=60000)
    return d.status.text()


def _tutup(w, d) -> None:
    d.close()
    w.tutup_tanpa_tanya = True
    w.close()


def test_penandatangan_diingat_per_wilayah(qtbot, kantor, tmp_path):
    w, d = _buka(qtbot, kantor)
    _pilih(d, "617203")
    assert _penandatangan(d) == ("Camat", "", "")
    _isi(d, "Plt. Camat", "Yohanes Kurniawan", NIP)
    assert "ditandatangani camat" in _buat(qtbot, d, tmp_path / "kec.pdf")
    assert f"( Yohanes Kurniawan ) NIP. {NIP}" in _pdf(tmp_path / "kec.pdf")
    _pilih(d, "6172")  # the kepala dinas of the city: remembered on its own
    assert _penandatangan(d) == ("Kepala Dinas Sosial", "", "")
    _isi(d, "Kepala Dinas Sosial", "Dra. Rosmawati", "")
    d.findChild(QLineEdit, "dokumenTempat").setText("Aula Dinas Sosial")
    assert "ditandatangani kepala dinas" in _buat(qtbot, d, tmp_path / "kab.pdf")
    assert "NIP" not in _pdf(tmp_path / "kab.pdf")
    _tutup(w, d)

    # the window started again: a new dialog offers each region's signer
    w, d = _buka(qtbot, kantor)
    _pilih(d, "617203")
    assert _penandatangan(d) == ("Plt. Camat", "Yohanes Kurniawan", NIP)
    _pilih(d, "617201")  # another kecamatan: not Singkawang Timur's camat
    assert _penandatangan(d) == ("Camat", "", "")
    _pilih(d, "6172031001")  # one desa: closed and empty
    assert _penandatangan(d)[1:] == ("", "")
    assert not d.findChild(QLineEdit, "dokumenNip").isEnabled()
    _pilih(d, "6172")
    assert _penandatangan(d) == ("Kepala Dinas Sosial", "Dra. Rosmawati", "")
    _pilih(d, "617203")
    assert _penandatangan(d) == ("Plt. Camat", "Yohanes Kurniawan", NIP)
    # the user may change them: the new signer replaces the old once a PDF is written
    _isi(d, "Camat", "Hendra Saputra", "")
    _pilih(d, "617201")
    assert _penandatangan(d) == ("Camat", "Hendra Saputra", "")  # typed: kept, not wiped
    _pilih(d, "617203")
    assert _penandatangan(d) == ("Plt. Camat", "Yohanes Kurniawan", NIP)
    _isi(d, "Camat", "Hendra Saputra", "")
    _buat(qtbot, d, tmp_path / "kec2.pdf")
    _tutup(w, d)
    simpan = json.loads(Pengaturan.berkas().read_text(encoding="utf-8"))["penandatangan"]
    assert simpan == {
        "617203": {"jabatan": "Camat", "nama": "Hendra Saputra", "nip": ""},
        "6172": {"jabatan": "Kepala Dinas Sosial", "nama": "Dra. Rosmawati", "nip": ""}}


def test_tidak_diingat_tanpa_pdf(qtbot, kantor, tmp_path):
    """A NIP with letters: refused in red naming the field, no PDF, nothing remembered; a
    signer typed and the dialog closed: nothing remembered either."""
    w, d = _buka(qtbot, kantor)
    _pilih(d, "617203")
    _isi(d, "Camat", "Yohanes Kurniawan", "NIP 1970-01-01")
    status = _buat(qtbot, d, tmp_path / "ba.pdf")
    assert status == ("NIP penandatangan hanya boleh berisi angka (boleh dengan spasi atau "
                      "titik), misalnya 19700101 199003 1 001; tertulis: NIP 1970-01-01")
    assert "color" in d.status.styleSheet()
    assert not (tmp_path / "ba.pdf").exists()
    _pilih(d, "6172")
    _isi(d, "Kepala Dinas Sosial", "Dra. Rosmawati", NIP)
    _tutup(w, d)
    assert not Pengaturan.muat().penandatangan
    w, d = _buka(qtbot, kantor)
    _pilih(d, "617203")
    assert _penandatangan(d) == ("Camat", "", "")
    _tutup(w, d)


def test_penandatangan_diingat_saja_bukan_satu_musyawarah(qtbot, kantor, tmp_path):
    """A signer filled in from memory does not by itself make one kecamatan meeting: with only a
    date each desa met apart (the PDF names no camat, the status says why); a place, or another
    name typed, makes it one meeting signed by that camat."""
    w, d = _buka(qtbot, kantor)
    _pilih(d, "617203")
    _isi(d, "Plt. Camat", "Yohanes Kurniawan", NIP)
    d.findChild(QLineEdit, "dokumenTempat").setText("Aula Kantor Camat")
    assert "ditandatangani camat" in _buat(qtbot, d, tmp_path / "rapat.pdf")
    _tutup(w, d)

    w, d = _buka(qtbot, kantor)
    _pilih(d, "617203")
    assert _penandatangan(d) == ("Plt. Camat", "Yohanes Kurniawan", NIP)
    status = _buat(qtbot, d, tmp_path / "per_desa.pdf")
    assert "ditandatangani camat" not in status
    assert "Penandatangan yang diingat tidak dipakai" in status
    teks = _pdf(tmp_path / "per_desa.pdf")
    assert "Yohanes Kurniawan" not in teks and NIP not in teks
    assert _penandatangan(d) == ("Plt. Camat", "Yohanes Kurniawan", NIP)  # still offered
    d.findChild(QLineEdit, "dokumenTempat").setText("Aula Kantor Camat")
    assert "ditandatangani camat" in _buat(qtbot, d, tmp_path / "rapat2.pdf")
    assert f"( Yohanes Kurniawan ) NIP. {NIP}" in _pdf(tmp_path / "rapat2.pdf")
    d.findChild(QLineEdit, "dokumenTempat").clear()
    _isi(d, "Plt. Camat", "Yohanes Kurniawan, S.Sos.", NIP)  # typed now: one meeting
    assert "ditandatangani camat" in _buat(qtbot, d, tmp_path / "rapat3.pdf")
    _tutup(w, d)
