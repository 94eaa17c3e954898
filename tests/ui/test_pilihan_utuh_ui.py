"""A closed choice shows its chosen text whole on a 1366x768 laptop screen, in both languages:
the form's status verifikasi ("Meninggal (seluruh anggota)") and kelayakan ("Eligible with
intervention"), each on a row of its own, and every filter ("Desil 4 (Vulnerable to
poverty)"), each as wide as the filter panel. Measured with the font's metrics against the box's
text area, for every choice of each list (stop 19 had them cut with "...")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

from kalbar_desktop.ui import create_main_window

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def _terpotong(qapp, k: QComboBox) -> list[str]:
    """The choices of ``k`` whose text does not fit its closed box when chosen."""
    asal = k.currentIndex()
    k.blockSignals(True)
    hasil = []
    try:
        for i in range(k.count()):
            k.setCurrentIndex(i)
            qapp.processEvents()
            opsi = QStyleOptionComboBox()
            k.initStyleOption(opsi)
            ruang = k.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opsi,
                                             QStyle.SubControl.SC_ComboBoxEditField, k)
            if k.fontMetrics().horizontalAdvance(k.currentText()) > ruang.width():
                hasil.append(k.currentText())
    finally:
        k.setCurrentIndex(asal)
        k.blockSignals(False)
    return hasil


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
def test_pilihan_tertutup_utuh_di_layar_1366(qtbot, qapp, db_isi, pasang, folder_qm,
                                              bahasa_ui):
    pasang(bahasa_ui, folder_qm)
    w = create_main_window(db_isi, user="rina")
    qtbot.addWidget(w)
    w.tutup_tanpa_tanya = True
    w.resize(1366, 697)  # 1366x768 under the taskbar and a title bar
    w.show()
    qtbot.waitExposed(w)
    saring = [w.findChild(QComboBox, n) for n in ("statusFilter", "kelayakanFilter",
                                                  "persetujuanFilter", "desilFilter")]
    assert {k.objectName(): _terpotong(qapp, k) for k in saring} == {
        k.objectName(): [] for k in saring}
    idk = w.db.execute("SELECT id_keluarga FROM keluarga ORDER BY 1 LIMIT 1").fetchone()[0]
    assert w.buka_keluarga(idk)
    qapp.processEvents()
    form = w.form
    assert w.pemisah.sizes()[0] > 0  # the filters stay beside the open form
    for k in (*saring, form.status_combo, form.kelayakan_combo, form.alasan_combo):
        assert _terpotong(qapp, k) == [], k.objectName()
    form.status_combo.setCurrentIndex(form.status_combo.findData("MENINGGAL"))
    form.kelayakan_combo.setCurrentIndex(form.kelayakan_combo.findData("LAYAK_INTERVENSI"))
    saring[3].setCurrentIndex(saring[3].findData("4"))
    qapp.processEvents()
    SHOTS.mkdir(exist_ok=True)
    w.grab().save(str(SHOTS / f"pilihan_utuh_{bahasa_ui}.png"))
    w.close()
