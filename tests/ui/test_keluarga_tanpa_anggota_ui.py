"""The family without members of the Individu file imported with it (KK_TANPA_KEPALA, found by
the acceptance round terima6) in the window: the form lists the finding, and 'only families
with findings' shows that family. Files written with openpyxl and the csv module."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QWidget

from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import create_main_window
from tests import masukan_luar as ml

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def test_formulir_dan_saringan_menunjukkan_keluarga_tanpa_anggota(qtbot, db_path, tmp_path):
    kepala = ml.xlsx(tmp_path / "kepala.xlsx", ml.KEPALA_2023, ml.baris_kepala(),
                     lembar="Kepala Keluarga")
    individu = ml.csv_berkas(tmp_path / "individu.csv", ml.INDIVIDU_2023,
                             [r for r in ml.baris_individu() if r[0] != "0061720003"])
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, [kepala, individu], pengguna="penguji")
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()

    w.findChild(QCheckBox, "findingsOnlyCheck").setChecked(True)
    qtbot.waitUntil(lambda: w.model.rowCount() == 1, timeout=3000)
    w.buka_keluarga("0061720003")
    form = w.findChild(QWidget, "householdForm")
    qtbot.waitUntil(lambda: form.temuan_aturan() == ["KK_TANPA_KEPALA"], timeout=3000)
    teks = form.temuan.item(0).text()
    assert "berkas Individu yang diimpor bersamanya tidak memuat keluarga ini" in teks, teks
    SHOTS.mkdir(exist_ok=True)
    w.grab().save(str(SHOTS / "keluarga_tanpa_anggota.png"))

    w.buka_keluarga("0061720001")  # a whole family: nothing
    qtbot.waitUntil(lambda: form.temuan_aturan() == [], timeout=3000)
    w.close()
