"""The printed-documents dialog offers the export's scopes (closing note 20, Export): a kecamatan
or all of an account's regions makes one PDF with a section per desa; the BA number and the
kepala desa's name, which belong to one desa, are then left for filling in by hand. A desa is
still the default and prints as before."""

from __future__ import annotations

import re
import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton

from kalbar_desktop.ui import create_main_window
from tests.ekspor_wilayah_luar import buat_kantor, hitung_sqlite
from tests.ui.test_ekspor_kabupaten_terima7 import _dialog as dialog_menu


@pytest.fixture(scope="module")
def kantor(tmp_path_factory) -> Path:
    return buat_kantor(tmp_path_factory.mktemp("kantor"), {"0061720008": ("6172031002", 2)})


def _dialog(qtbot, db_path: Path, user: str):
    return dialog_menu(qtbot, db_path, user, "aksiCetakBeritaAcara", "documentDialog")


def _pilihan(d) -> list[tuple[str | None, bool]]:
    kotak = d.findChild(QComboBox, "dokumenDesa")
    return [(kotak.itemData(i), kotak.model().item(i).isEnabled()) for i in range(kotak.count())]


def test_kecamatan_satu_pdf_per_desa(qtbot, kantor, tmp_path):
    w, d = _dialog(qtbot, kantor, "sari")
    kotak = d.findChild(QComboBox, "dokumenDesa")
    assert [k for k, _a in _pilihan(d)] == [
        None, "617202", "6172021001", "6172021002", "617203", "6172031001", "6172031002",
        "6172031005"]
    assert kotak.itemText(0) == "Seluruh wilayah saya (617202, 617203)"
    assert len(kotak.currentData()) == 10  # a desa by default, as before
    nomor, kepala = (d.findChild(QLineEdit, n) for n in ("dokumenNomor", "dokumenKepalaDesa"))
    catatan = d.findChild(QLabel, "dokumenCatatanWilayah")
    assert nomor.isEnabled() and kepala.isEnabled() and not catatan.isVisible()
    nomor.setText("12/BA/2026")
    kepala.setText("H. Syarif")

    kotak.setCurrentIndex(kotak.findData("617203"))
    # the number stays open for one kecamatan meeting (ulang6), but the desa's is not carried
    assert nomor.isEnabled() and not kepala.isEnabled() and catatan.isVisible()
    assert nomor.text() == kepala.text() == ""  # not printed on every desa's page
    tujuan = d.findChild(QLineEdit, "dokumenTujuan")
    assert Path(tujuan.text()).name == "Berita_Acara_617203.pdf"
    d.grab().save(str(tmp_path / "dialog_kecamatan.png"))

    pdf = tmp_path / "ba.pdf"
    tujuan.setText(str(pdf))
    d.findChild(QPushButton, "dokumenBuat").click()
    qtbot.waitUntil(lambda: not d.berjalan(), timeout=60000)
    harapan = hitung_sqlite(kantor, ("617203",))
    assert d.status.text() == (
        f"Berita Acara Hasil Verifikasi - Kecamatan Singkawang Timur (617203): 3 "
        f"desa/kelurahan, {sum(k for k, _j in harapan.values())} keluarga, disimpan ke {pdf}. "
        "Tanggal musdes tercatat untuk 0 dari 3 desa, nomor BA untuk 0; selebihnya diisi "
        "tangan.")
    teks = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert re.findall(r"\(kode (\d{10})\)", " ".join(teks.split())) == sorted(harapan)
    con = sqlite3.connect(kantor)
    try:
        dicetak = [r for (r,) in con.execute(
            "SELECT id_rekaman FROM audit_log WHERE aksi = 'CETAK_BERITA_ACARA' AND pengguna = "
            "'sari' ORDER BY id")]
    finally:
        con.close()
    assert dicetak == sorted(harapan)

    kotak.setCurrentIndex(kotak.findData("6172031001"))  # back to one desa: the fields again
    assert nomor.isEnabled() and kepala.isEnabled() and not catatan.isVisible()
    d.close()
    w.tutup_tanpa_tanya = True


def test_kecamatan_sebagian_tidak_bisa_dipilih(qtbot, kantor):
    """ani works in one desa of 617201: the kecamatan is a greyed heading, her desa chosen."""
    w, d = _dialog(qtbot, kantor, "ani")
    assert _pilihan(d) == [("617201", False), ("6172011001", True)]
    assert d.findChild(QComboBox, "dokumenDesa").currentData() == "6172011001"
    d.close()
    w.tutup_tanpa_tanya = True


def test_kecamatan_terpilih_di_pohon_jadi_bawaan(qtbot, kantor):
    """The region chosen in the tree is the default, a kecamatan too (before, only a desa was:
    a kecamatan chosen there gave the first desa of the whole list)."""
    w = create_main_window(kantor, user="sari")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.region_tree.pilih("617203")
    w.findChild(QAction, "aksiCetakDaftarKunjungan").trigger()
    d = w.findChild(QDialog, "documentDialog")
    assert d.findChild(QComboBox, "dokumenDesa").currentData() == "617203"
    assert Path(d.findChild(QLineEdit, "dokumenTujuan").text()).name == \
        "Daftar_Kunjungan_617203.pdf"
    d.close()
    w.tutup_tanpa_tanya = True
