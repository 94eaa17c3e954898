"""An operator removes a wrong No KK from a family: the masked field has a "Kosongkan" button
(kosongkanNoKkButton). Before, the field emptied on focus and, left empty, kept the old No KK:
a No KK that belongs to another family could not be removed by whoever may not see it whole.
A family without a KK card (or whose KK is being re-issued) has no No KK; an empty one is
honest where a wrong one is not. Saved, the No KK is empty (a correction: the P3KE value stays
stored), the change is in the audit trail and in the history (masked for the operator), and
"Urungkan" or Muat ulang before saving brings the old one back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QTableWidget, QToolButton

from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.ui.test_privasi_catatan_ui import IDK, KK, _jendela, db_catatan  # noqa: F401

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
def test_operator_mengosongkan_no_kk(qtbot, db_catatan, pasang, folder_qm,  # noqa: F811
                                     bahasa_ui):
    pasang(bahasa_ui, folder_qm)
    w = _jendela(qtbot, db_catatan, "operator")
    form = w.form
    kk = form.findChild(QLineEdit, "isian_no_kk")
    tombol = form.findChild(QToolButton, "kosongkanNoKkButton")
    assert kk.text() == "617201******0009"
    assert tombol is not None and tombol.isVisible() and tombol.isEnabled()
    assert tombol.toolTip()
    form.gulir.ensureWidgetVisible(kk)
    SHOTS.mkdir(exist_ok=True)
    assert form.grab().save(str(SHOTS / f"no_kk_kosongkan_sebelum_{bahasa_ui}.png"))

    # "Urungkan" before saving: the old No KK again, nothing changed
    teks_awal = tombol.text()
    tombol.click()
    assert kk.text() == "" and form.ada_perubahan()
    assert tombol.text() != teks_awal  # "Urungkan"
    tombol.click()
    assert kk.text() == "617201******0009" and not form.ada_perubahan()

    tombol.click()
    # leaving the empty field does not bring the old number back
    kk.setFocus()
    qtbot.waitUntil(kk.hasFocus)
    form.findChild(QLineEdit, "namaVerifikatorEdit").setFocus()
    qtbot.waitUntil(lambda: not kk.hasFocus())
    assert kk.text() == ""
    assert form.koreksi_form() == {"no_kk": None}
    form.gulir.ensureWidgetVisible(kk)
    assert form.grab().save(str(SHOTS / f"no_kk_kosongkan_{bahasa_ui}.png"))
    assert form.simpan(), form.pesan.text()
    with sdb.terbuka(db_catatan) as db:
        data = sv.muat(db, IDK)
        assert data.nilai["no_kk"] is None
        lama, baru = db.execute(
            "SELECT nilai_lama, nilai_baru FROM audit_log WHERE id_keluarga = ? AND kolom = "
            "'no_kk' ORDER BY id DESC LIMIT 1", [IDK]).fetchone()
    assert (lama, baru) == (KK, None)
    # reloaded: an empty No KK, no button to empty it again, typing one is possible
    kk = w.findChild(QLineEdit, "isian_no_kk")
    assert kk.text() == "" and not kk.isReadOnly()
    assert not w.form.findChild(QToolButton, "kosongkanNoKkButton").isVisible()
    d = w.form.riwayat()
    qtbot.addWidget(d)
    t = d.findChild(QTableWidget, "riwayatTable")
    sel = [t.item(r, c).text() if t.item(r, c) else "" for r in range(t.rowCount())
           for c in range(t.columnCount())]
    assert "617201******0009" in sel and KK not in sel
    d.close()


def test_verifikator_tanpa_tombol_kosongkan(qtbot, db_catatan):  # noqa: F811
    w = _jendela(qtbot, db_catatan, "verifikator")
    kk = w.form.findChild(QLineEdit, "isian_no_kk")
    assert kk.text() == KK  # whole: the verifikator empties it by deleting the digits
    assert not w.form.findChild(QToolButton, "kosongkanNoKkButton").isVisible()
