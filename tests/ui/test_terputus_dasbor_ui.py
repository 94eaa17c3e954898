"""While the database file is gone (a USB stick pulled: its folder renamed away for real), the
dashboard does not keep showing the figures from before: the cards show a dash, the charts are
emptied with a note, cards, legend and charts are greyed and refuse clicks, and a line under
the title says why (``dasborTerputusLabel``). Once the file is back ("Coba lagi") the figures
are computed again from the file that is there now."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QToolButton

from kalbar_desktop.storage import dasbor as sdasbor
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui.lokal import angka
from tests.ui.conftest import verifikasi_di_laptop_lain

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def jendela(jendela_flashdisk):
    return jendela_flashdisk  # the USB-stick window of tests/ui/conftest.py


def _tutup_dialog(qtbot, w) -> None:
    """Close the guard's window-modal dialog (it would block every click on the window)."""
    qtbot.waitUntil(lambda: w.penjaga_terputus.dialog is not None, timeout=3000)
    w.penjaga_terputus.dialog.close()
    qtbot.waitUntil(lambda: w.penjaga_terputus.dialog is None, timeout=3000)


def test_dasbor_menyembunyikan_angka_lama_dan_menolak_klik_lalu_menghitung_ulang(
        qtbot, jendela, flashdisk):
    w = jendela
    panel = w.dasbor
    w.tab.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.data() is not None and bool(panel.data().dihitung_pada),
                    timeout=10000)
    with sdb.terbuka(flashdisk, baca_saja=True, migrasi=False) as db:
        awal = sdasbor.hitung(db, ())
    kartu = panel.kartu["kartuKeluarga"]
    assert kartu.angka.text() == angka(awal.keluarga) and awal.keluarga > 0
    assert panel.chart_kecamatan.batang() and panel.chart_desil.batang()
    dipilih: list[object] = []
    panel.saring_dipilih.connect(dipilih.append)

    lepas = flashdisk.parent.with_name("FLASHDISK-dilepas")
    flashdisk.parent.rename(lepas)  # the stick is pulled
    with qtbot.waitSignal(w.basis_data_terjangkau, timeout=3000,
                          check_params_cb=lambda ada: ada is False):
        panel.findChild(QPushButton, "tombolSegarkan").click()
    _tutup_dialog(qtbot, w)

    catatan = panel.findChild(QLabel, "dasborTerputusLabel")
    assert catatan.isVisible() and catatan.text().startswith("Basis data tidak terjangkau")
    assert panel.data() is None
    assert all(k.angka.text() == "\u2013" and not k.isEnabled() for k in panel.kartu.values())
    for grafik in panel._semua_grafik():
        assert grafik.batang() == [] and not grafik.isEnabled(), grafik.objectName()
        assert grafik.pesan_kosong == "Basis data tidak terjangkau."
    assert not panel.findChild(QPushButton, "tombolSegarkan").isEnabled()
    assert panel.label_status.text().startswith("Dasbor tidak bisa dihitung: Berkas basis data")
    qtbot.wait(50)
    SHOTS.mkdir(exist_ok=True)
    w.grab().save(str(SHOTS / "terputus_dasbor_tertutup.png"))

    # clicks on a card, a legend entry and a chart do nothing
    qtbot.mouseClick(kartu, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.findChild(QToolButton, "legendaDisetujui"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.chart_desil, Qt.MouseButton.LeftButton)
    panel.segarkan()  # a refresh asked for meanwhile computes nothing from the old file
    assert dipilih == [] and w.tab.currentWidget() is panel
    assert panel.data() is None and not panel.sedang_menghitung()

    verifikasi_di_laptop_lain(lepas / "kab.db")  # seven families verified there
    lepas.rename(flashdisk.parent)  # plugged in again
    kotak = w.penjaga_terputus.tampilkan()
    assert isinstance(kotak, QMessageBox)
    kotak.findChild(QPushButton, "cobaLagiButton").click()
    qtbot.waitUntil(lambda: panel.data() is not None and bool(panel.data().dihitung_pada),
                    timeout=10000)
    assert panel.terjangkau() and not catatan.isVisible()
    assert panel.kartu["kartuTerverifikasi"].angka.text() == "7"
    assert kartu.angka.text() == angka(awal.keluarga) and kartu.isEnabled()
    assert panel.chart_kecamatan.batang() and panel.chart_desil.isEnabled()
    qtbot.mouseClick(kartu, Qt.MouseButton.LeftButton)
    assert len(dipilih) == 1  # clicks work again
    qtbot.wait(50)
    w.grab().save(str(SHOTS / "terputus_dasbor_kembali.png"))
