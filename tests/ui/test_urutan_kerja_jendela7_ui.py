"""Tab in the family form follows the work done on every family: the verification's fields,
the members (their buttons, the table), Save and the approval buttons, and only then the P3KE
fields (identity, housing, aid), which are rarely corrected. Before, about 45 Tab stops came
before the member buttons (every P3KE field of the scrolling part). The jump keys (Ctrl+M,
Ctrl+T, Ctrl+K, Alt+Home) keep their places."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kalbar_desktop.ui.form_keluarga import BANTUAN, IDENTITAS, RUMAH
from tests.ui.form_terlihat import kotak, terlihat_utuh

VERIFIKASI = ["statusVerifikasiCombo", "kelayakanCombo", "alasanCombo", "tanggalKunjunganEdit",
              "namaVerifikatorEdit"]
TOMBOL_ANGGOTA = ["addMemberButton", "anggotaMeninggalButton", "anggotaPindahKeluarButton",
                  "anggotaMenikahKeluarButton", "anggotaAdaButton", "fixNikButton",
                  "anggotaJadikanKepalaButton"]
TOMBOL_BAWAH = ["saveButton", "saveNextButton", "previousButton", "nextButton", "reloadButton",
                "closeFormButton", "submitButton", "setujuiSemuaButton"]


def _rantai(form, dari: QWidget) -> list[QWidget]:
    """The form's widgets Tab reaches from ``dari``, in order, walked along Qt's focus chain
    (visible, enabled, taking Tab), until the chain leaves the form's widgets for good or
    comes back."""
    hasil = [dari]
    w = dari.nextInFocusChain()
    while w is not dari and len(hasil) < 500:
        if (form.isAncestorOf(w) and w.isVisible() and w.isEnabled()
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None):
            hasil.append(w)
        w = w.nextInFocusChain()
    return hasil


def _nama_isian(form, x: QWidget) -> str:
    """The P3KE field (IDENTITAS/RUMAH/BANTUAN) ``x`` belongs to, or its objectName."""
    for f, isian in form._isian.items():
        if x is isian or isian.isAncestorOf(x):
            return f
    return x.objectName()


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
def test_tab_mengikuti_kerja(qtbot, jendela_ukuran, pasang, folder_qm, huruf_besar, bahasa_ui):
    pasang(bahasa_ui, folder_qm)
    w = jendela_ukuran(1093, 580)
    idk = w.db.execute("SELECT id_keluarga FROM anggota GROUP BY id_keluarga "
                       "ORDER BY count(*) DESC, 1").fetchone()[0]
    assert w.buka_keluarga(idk)
    form = w.form
    qtbot.waitUntil(lambda: terlihat_utuh(form.anggota, form))
    nama = [_nama_isian(form, x) for x in _rantai(form, form.status_combo)]
    # the verification's fields first (alasan and the others disabled until they apply), the
    # notes last of them; the members right after: a dozen stops, not ~45
    anggota = nama.index(TOMBOL_ANGGOTA[0])
    assert nama[:anggota] == [*VERIFIKASI[:2], "tanggalKunjunganEdit", "namaVerifikatorEdit",
                              *nama[4:anggota - 1], "catatanEdit"]
    assert anggota <= 12, nama[:anggota]
    assert all(form.grup_verifikasi.isAncestorOf(form.findChild(QWidget, n))
               for n in nama[:anggota]), nama[:anggota]
    simpan = nama.index("saveButton")
    assert nama[anggota:simpan + 1] == [*TOMBOL_ANGGOTA, "membersTable", "saveButton"]
    assert nama[simpan:simpan + len(TOMBOL_BAWAH)] == TOMBOL_BAWAH
    # then the P3KE fields, in the order they are seen (sections top to bottom)
    p3ke = [n for n in nama[simpan:] if n in (*IDENTITAS, *RUMAH, *BANTUAN)]
    urut = [f for f in (*IDENTITAS, *RUMAH, *BANTUAN) if form._isian[f].isEnabled()]
    assert list(dict.fromkeys(p3ke)) == urut
    assert nama.index(p3ke[0]) > nama.index("historyButton")


def test_tab_dengan_tombol_dan_lompatan(qtbot, jendela_ukuran):
    """Pressed for real: Tab from the notes reaches the first member button, Shift+Tab goes
    back; from History Tab reaches the first P3KE field, scrolled into view. The jump keys
    still land where they did."""
    w = jendela_ukuran(1093, 580)
    assert w.buka_keluarga("6172000000021")
    form = w.form
    qtbot.waitUntil(lambda: terlihat_utuh(form.anggota, form))
    form.catatan.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: w.focusWidget() is form.catatan)
    qtbot.keyClick(form.catatan, Qt.Key.Key_Tab)
    assert w.focusWidget() is form.tombol_anggota["TAMBAH"]
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert w.focusWidget() is form.catatan
    form.tombol_riwayat.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(form.tombol_riwayat, Qt.Key.Key_Tab)
    pertama = form._isian[IDENTITAS[0]]
    assert w.focusWidget() is pertama
    qtbot.waitUntil(lambda: terlihat_utuh(pertama, form))
    for kunci, harap in ((Qt.Key.Key_K, form.status_combo), (Qt.Key.Key_M, form.anggota)):
        qtbot.keyClick(w.focusWidget(), kunci, Qt.KeyboardModifier.ControlModifier)
        assert w.focusWidget() is harap
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert w.focusWidget() is form.status_combo


def test_urutan_antar_baris_terlihat(qtbot, jendela_ukuran):
    """Within the verification's group and within the P3KE sections, Tab still follows the
    rows as seen (left, right, next row)."""
    w = jendela_ukuran(1366, 900)
    assert w.buka_keluarga("6172000000021")
    form = w.form
    qtbot.waitUntil(lambda: terlihat_utuh(form.anggota, form))
    rantai = _rantai(form, form.status_combo)
    isi = form.gulir.widget()
    for bagian in (rantai[:rantai.index(form.tombol_anggota["TAMBAH"])],
                   rantai[rantai.index(form.tombol_riwayat) + 1:]):
        bagian = [x for x in bagian if isi.isAncestorOf(x)]
        assert len(bagian) >= 6
        for a, b in pairwise(bagian):
            ka, kb = kotak(a, isi), kotak(b, isi)
            assert kb.top() > ka.top() or (kb.top() == ka.top() and kb.left() > ka.left()), (
                a.objectName(), b.objectName())
