"""Tab in the family form follows what the eye sees within each part: the verification's
fields top to bottom (left, right, next row), the member buttons, the members' table under
them, Save and the approval buttons row by row, then the P3KE fields top to bottom (stop 26:
after the members, see test_urutan_kerja_jendela7_ui.py). Before, Tab went from the notes to the
members' table and only then to the buttons above it; Save & next came after Close. Every
field is scrolled into view as Tab reaches it."""

from __future__ import annotations

from itertools import pairwise, takewhile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.ui.form_terlihat import kotak, terlihat_utuh

TOMBOL_ANGGOTA = ["addMemberButton", "anggotaMeninggalButton", "anggotaPindahKeluarButton",
                  "anggotaMenikahKeluarButton", "anggotaAdaButton", "fixNikButton",
                  "anggotaJadikanKepalaButton"]


def _tekan_tab(w, qtbot, kali: int) -> tuple[list[QWidget], list[str]]:
    """The widgets the keyboard reaches pressing Tab ``kali`` times from the one it is in, and
    those of the form not in view when reached (a text field: its cursor line, as far as Qt
    scrolls it into view)."""
    urutan, tak_terlihat = [], []
    vp = w.form.gulir.viewport()
    for _ in range(kali):
        qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Tab)
        x = w.focusWidget()
        urutan.append(x)
        if not w.form.isAncestorOf(x):
            continue
        if not (terlihat_utuh(x, w.form) or vp.rect().contains(kotak(x, vp).center())):
            tak_terlihat.append(x.objectName())
    return urutan, tak_terlihat


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
@pytest.mark.parametrize("ukuran", [(1093, 580), (1366, 697)])
def test_tab_mengikuti_mata(qtbot, jendela_ukuran, pasang, folder_qm, bahasa_ui, ukuran):
    pasang(bahasa_ui, folder_qm)
    w = jendela_ukuran(*ukuran)
    idk = w.db.execute("SELECT id_keluarga FROM anggota GROUP BY id_keluarga "
                       "ORDER BY count(*) DESC, 1").fetchone()[0]
    assert w.buka_keluarga(idk)
    form = w.form
    qtbot.waitUntil(lambda: terlihat_utuh(form.anggota, form))  # laid out
    qtbot.wait(50)
    form.status_combo.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: w.focusWidget() is form.status_combo)
    urutan, tak_terlihat = _tekan_tab(w, qtbot, 80)
    assert tak_terlihat == []  # each scrolled into view as Tab reached it
    nama = [x.objectName() for x in urutan]
    simpan = nama.index("saveButton")
    anggota = nama.index(TOMBOL_ANGGOTA[0])
    # the verification's fields: in the scrolling part, top to bottom (a row left to right);
    # after the buttons the P3KE fields, the same way
    isi = form.gulir.widget()
    riwayat = nama.index("historyButton")
    for isian in ([form.status_combo, *urutan[:anggota]],
                  list(takewhile(form.isAncestorOf, urutan[riwayat + 1:]))):
        isian = [x for x in isian if isi.isAncestorOf(x)]
        assert len(isian) > 8
        for a, b in pairwise(isian):
            ka, kb = kotak(a, isi), kotak(b, isi)
            assert kb.top() > ka.top() or (kb.top() == ka.top() and kb.left() > ka.left()), (
                a.objectName(), b.objectName())
    assert all(form.grup_verifikasi.isAncestorOf(x) for x in urutan[:anggota]), nama
    assert nama[:3] == ["kelayakanCombo", "alasanCombo", "tanggalKunjunganEdit"] or \
        nama[:2] == ["kelayakanCombo", "tanggalKunjunganEdit"]  # alasan: only when not layak
    # then the member buttons, the table, Save and the approval buttons
    assert nama[anggota:simpan + 1] == [*TOMBOL_ANGGOTA, "membersTable", "saveButton"]
    bawah = nama[simpan:][:8]
    assert bawah == ["saveButton", "saveNextButton", "previousButton", "nextButton",
                     "reloadButton", "closeFormButton", "submitButton", "setujuiSemuaButton"]
    # Shift+Tab goes back the same way
    form.tombol_simpan.setFocus(Qt.FocusReason.TabFocusReason)
    for harap in (form.anggota, form.tombol_anggota["KEPALA"]):
        qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert w.focusWidget() is harap
