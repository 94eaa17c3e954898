"""The dashboard's kecamatan bars name their kabupaten/kota when there are several, the same way
for both kinds (acceptance round terima5 of issue 7): the English window said
"Sambas (Sambas Regency)" but "Singkawang Tengah (Kota Singkawang)". Files written by openpyxl
(tests/masukan_luar.py), one family moved to a desa of Kabupaten Sambas."""

from __future__ import annotations

import pytest

from kalbar_desktop.exchange import impor_p3ke, wilayah_csv
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import create_main_window
from kalbar_desktop.ui.dasbor import PanelDasbor
from tests.conftest import WILAYAH_61
from tests.masukan_luar import (
    INDIVIDU_2023,
    KEPALA_2023,
    baris_individu,
    baris_kepala,
    xlsx,
)

SAMBAS = "6101012001"  # Dalam Kaum, kecamatan Sambas, Kabupaten Sambas


@pytest.fixture
def db_dua_kabupaten(db_path, tmp_path):
    kepala, individu = baris_kepala(), baris_individu()
    kolom = KEPALA_2023.index("Kode Kemdagri")
    assert INDIVIDU_2023.index("Kode Kemdagri") == kolom
    for baris in (*kepala, *individu):
        if baris[0] == "0061720003":
            baris[kolom] = SAMBAS
    berkas = [xlsx(tmp_path / "kepala.xlsx", KEPALA_2023, kepala, lembar="Kepala Keluarga"),
              xlsx(tmp_path / "individu.xlsx", INDIVIDU_2023, individu, lembar="Individu")]
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, berkas, pengguna="penguji")
        wilayah_csv.impor(db, WILAYAH_61)
    return db_path


def _label_kecamatan(qtbot, db_path) -> list[str]:
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    w.show()
    panel = w.findChild(PanelDasbor, "dashboard")
    with qtbot.waitSignal(panel.diperbarui, timeout=15000):
        w.tab.setCurrentWidget(panel)
    return [b.label for b in panel.chart_kecamatan.batang()]


def test_kabupaten_dan_kota_berbahasa_indonesia(qtbot, db_dua_kabupaten):
    assert _label_kecamatan(qtbot, db_dua_kabupaten) == [
        "Sambas (Kab. Sambas)", "Singkawang Tengah (Kota Singkawang)"]


def test_kabupaten_dan_kota_berbahasa_inggris(qtbot, pasang, folder_qm, db_dua_kabupaten):
    pasang("en", folder_qm)
    assert _label_kecamatan(qtbot, db_dua_kabupaten) == [
        "Sambas (Sambas Regency)", "Singkawang Tengah (Singkawang City)"]


@pytest.mark.parametrize("bahasa_ui, harapan", [
    ("id", "Wilayah Anda: Sambas, Singkawang Barat; dihitung "),
    ("en", "Your regions: Sambas, Singkawang Barat; computed on "),
])
def test_wilayah_akun_disebut_dengan_nama(qtbot, pasang, folder_qm, db_dua_kabupaten,
                                          bahasa_ui, harapan):
    pasang(bahasa_ui, folder_qm)
    panel = PanelDasbor(db_dua_kabupaten, wilayah=("610101", "617202"))
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.diperbarui, timeout=15000):
        panel.show()
    assert panel.label_status.text().startswith(harapan)
    assert panel.kartu["kartuKeluarga"].angka.text() == "1"
