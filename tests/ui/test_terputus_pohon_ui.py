"""While the database file is gone (a USB stick pulled: its folder renamed away for real), the
region tree and the status bar do not keep their old figures as if all were well: the tree is
greyed with its counts hidden and a one-line note (``pohonTerputusLabel``), the status bar says
"Basis data tidak terjangkau" (``jumlahStatusLabel``). They come back, with the figures of the
file that is there now, at the moment the table comes back ("Coba lagi"), through the one
notice ``MainWindow.basis_data_terjangkau``."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QTreeWidget

from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import statistik
from kalbar_desktop.storage import wilayah as sw
from kalbar_desktop.ui.lokal import angka
from tests.ui.conftest import verifikasi_di_laptop_lain

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def jendela(jendela_flashdisk):
    return jendela_flashdisk  # the USB-stick window of tests/ui/conftest.py


def _angka_berkas(path: Path) -> tuple[tuple[int, int], int, int]:
    """(families, members), and the whole tree's families and verified, read from the file."""
    with sdb.terbuka(path, baca_saja=True, migrasi=False) as db:
        simpul = [s for s in sw.pohon(db) if s.tingkat == "kabupaten_kota"]
        return (statistik.jumlah(db), sum(s.keluarga for s in simpul),
                sum(s.terverifikasi for s in simpul))


def test_pohon_dan_status_bar_saat_berkas_hilang_lalu_kembali_dengan_angka_baru(
        qtbot, jendela, flashdisk):
    w = jendela
    pohon = w.findChild(QTreeWidget, "regionTree")
    label = w.findChild(QLabel, "jumlahStatusLabel")
    catatan = w.findChild(QLabel, "pohonTerputusLabel")
    (k, a), _n, _v = _angka_berkas(flashdisk)
    assert label.text() == f"{angka(k)} keluarga, {angka(a)} anggota"
    assert pohon.isEnabled() and not catatan.isVisible()
    assert pohon.topLevelItem(0).text(1) == angka(k)
    assert w.region_tree.jumlah("")[1] == 0  # nothing verified yet in this copy

    lepas = flashdisk.parent.with_name("FLASHDISK-dilepas")
    flashdisk.parent.rename(lepas)  # the stick is pulled
    kabar: list[bool] = []
    w.basis_data_terjangkau.connect(kabar.append)
    w._cari("a")  # the table meets the missing file
    qtbot.waitUntil(lambda: kabar == [False], timeout=3000)
    assert w.isi.currentWidget() is w.penjaga_terputus.halaman
    assert label.text() == "Basis data tidak terjangkau"
    assert not pohon.isEnabled() and catatan.isVisible()
    assert pohon.isColumnHidden(1) and pohon.isColumnHidden(2)  # no old counts shown
    assert catatan.text().startswith("Basis data tidak terjangkau")
    assert not w.panel_saring.isEnabled()
    assert w.label_tampil.text() == ""  # not "0 keluarga ditampilkan"
    dasbor = w.findChild(QLabel, "labelStatusDasbor")  # the dashboard's tab says it too
    assert dasbor.text().startswith("Dasbor tidak bisa dihitung: Berkas basis data "), \
        dasbor.text()
    qtbot.wait(50)
    SHOTS.mkdir(exist_ok=True)
    w.grab().save(str(SHOTS / "terputus_pohon_status.png"))

    # A reload while the file is still gone (e.g. after a failed import) counts nothing.
    w.segarkan()
    assert label.text() == "Basis data tidak terjangkau"
    assert not pohon.isEnabled() and pohon.isColumnHidden(1)
    kotak = w.penjaga_terputus.dialog or w.penjaga_terputus.tampilkan()
    assert kotak is not None
    kotak.findChild(QPushButton, "cobaLagiButton").click()  # still gone: stays greyed
    qtbot.wait(20)
    assert label.text() == "Basis data tidak terjangkau" and not pohon.isEnabled()
    assert kabar == [False]

    verifikasi_di_laptop_lain(lepas / "kab.db")  # seven families verified there
    lepas.rename(flashdisk.parent)  # plugged in again
    (k2, a2), n2, v2 = _angka_berkas(flashdisk)
    assert v2 == 7
    qtbot.waitUntil(lambda: w.penjaga_terputus.dialog is not None, timeout=3000)
    with qtbot.waitSignal(w.basis_data_terjangkau, timeout=3000,
                          check_params_cb=lambda ok: ok is True):
        w.penjaga_terputus.halaman.findChild(QPushButton, "cobaLagiTabelButton").click()
    # the same moment as the table: tree, counts and the table together
    assert w.isi.currentWidget() is w.table
    assert kabar == [False, True]
    assert pohon.isEnabled() and not catatan.isVisible()
    assert not pohon.isColumnHidden(1) and not pohon.isColumnHidden(2)
    assert w.panel_saring.isEnabled()
    assert label.text() == f"{angka(k2)} keluarga, {angka(a2)} anggota"
    assert w.region_tree.jumlah("") == (n2, v2)
    assert pohon.topLevelItem(0).text(1) == angka(n2)
    assert w.label_tampil.text() == f"{angka(w.model.rowCount())} keluarga ditampilkan"
    qtbot.wait(50)
    w.grab().save(str(SHOTS / "terputus_pohon_kembali.png"))
