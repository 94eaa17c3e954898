"""The family form by keyboard: about 45 Tab stops lie between the status and the member
buttons. Keys jump: Ctrl+M to the members' table, Ctrl+T to the findings list (shown when a
short form folded it), Ctrl+K to the status and Alt+Home back to the first field; the section
titles have Alt+letters of their own (Identitas, Rumah, Bantuan), the field reached scrolled
into view. The status label no longer shares Alt+S with Simpan (Alt+S only moved the cursor
between the two; now it saves). Checked at 1093x580 with an 11 pt font, in both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from kalbar_desktop.ui.form_keluarga import PINTASAN_LOMPAT
from tests.ui.form_terlihat import terlihat_utuh

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
HURUF_BAGIAN = {"id": {"grupIdentitas": "I", "grupRumah": "H", "grupBantuan": "E",
                       "status": "F"},
                "en": {"grupIdentitas": "Y", "grupRumah": "O", "grupBantuan": "C",
                       "status": "I"}}
"""The Alt+letters of the section titles and of the status label, per language."""


def _buka(w, qtbot, sql: str) -> str:
    idk = w.db.execute(sql).fetchone()[0]
    assert w.buka_keluarga(idk)
    w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow() and terlihat_utuh(w.form.anggota, w.form))
    qtbot.wait(50)
    return idk


def _tekan(w, qtbot, kunci, mod=Qt.KeyboardModifier.NoModifier) -> QWidget:
    qtbot.keyClick(w.focusWidget(), kunci, mod)
    return w.focusWidget()


def _huruf(teks: str) -> str | None:
    m = re.search(r"&([^&])", teks.replace("&&", ""))
    return m.group(1).upper() if m else None


def _mnemonik(w) -> dict[str, list[str]]:
    """Alt+letter -> the shown widgets (and menus) of the window that take it."""
    hasil: dict[str, list[str]] = {}
    for x in w.findChildren(QWidget):
        if not x.isVisible():
            continue
        if isinstance(x, QLabel | QAbstractButton):
            teks = x.text()
        elif isinstance(x, QGroupBox):
            teks = x.title()
        else:
            continue
        if (h := _huruf(teks)) is not None:
            hasil.setdefault(h, []).append(x.objectName() or teks)
    for a in w.menuBar().actions():
        if (h := _huruf(a.text())) is not None:
            hasil.setdefault(h, []).append("menu " + a.text())
    return hasil


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
def test_lompat_dengan_tombol(qtbot, jendela_ukuran, pasang, folder_qm, huruf_besar,
                              bahasa_ui):
    pasang(bahasa_ui, folder_qm)
    w = jendela_ukuran(1093, 580)
    form = w.form
    # a family with a finding and members
    _buka(w, qtbot, "SELECT t.id_keluarga FROM temuan t JOIN anggota a USING (id_keluarga) "
                    "ORDER BY 1")
    assert w.width() == 1093
    assert w.focusWidget() is form.status_combo
    # no menu, button or other key of the window takes them
    lain = {s.toString() for a in w.findChildren(QAction) for s in a.shortcuts()}
    assert not lain & set(PINTASAN_LOMPAT.values())

    x = _tekan(w, qtbot, Qt.Key.Key_M, CTRL)
    assert x is form.anggota and form.anggota.currentIndex().row() == 0
    assert terlihat_utuh(form.anggota, form)
    x = _tekan(w, qtbot, Qt.Key.Key_T, CTRL)  # folded on this short form: shown
    assert x is form.temuan and form.temuan.isVisible() and form.temuan.currentRow() == 0
    assert terlihat_utuh(form.temuan, form)
    x = _tekan(w, qtbot, Qt.Key.Key_K, CTRL)
    assert x is form.status_combo and terlihat_utuh(x, form)

    # a section's Alt+letter: its first field, scrolled into view
    huruf = HURUF_BAGIAN[bahasa_ui]
    for nama, pertama in (("grupIdentitas", "isian_nama_kepala"),
                          ("grupRumah", "isian_kepemilikan_rumah"),
                          ("grupBantuan", "isian_penerima_bpnt")):
        grup = form.findChild(QGroupBox, nama)
        assert _huruf(grup.title()) == huruf[nama]
        x = _tekan(w, qtbot, getattr(Qt.Key, f"Key_{huruf[nama]}"), ALT)
        assert x.objectName() == pertama, (nama, x.objectName())
        qtbot.waitUntil(lambda x=x: terlihat_utuh(x, form))
    assert form.gulir.verticalScrollBar().value() > 0
    # far down the fields, Alt+Home goes back to the first one, the form scrolled to its top
    x = _tekan(w, qtbot, Qt.Key.Key_Home, ALT)
    assert x is form.status_combo
    assert form.gulir.verticalScrollBar().value() == 0
    # the status label's own letter
    form.tanggal_kunjungan.setFocus()
    x = _tekan(w, qtbot, getattr(Qt.Key, f"Key_{huruf['status']}"), ALT)
    assert x is form.status_combo

    # each letter of the form's window is taken once (the section titles, the status, Simpan)
    dipakai = _mnemonik(w)
    milik = [*huruf.values(), _huruf(form.tombol_simpan.text())]
    assert {h: dipakai[h] for h in milik if len(dipakai.get(h, [])) != 1} == {}
    # tooltips name the keys
    assert PINTASAN_LOMPAT["anggota"] in form.grup_anggota.toolTip()
    assert PINTASAN_LOMPAT["temuan"] in form.label_temuan.toolTip()
    assert PINTASAN_LOMPAT["temuan"] in form.tombol_temuan.toolTip()
    tip_status = form._label_v["status_verifikasi"].toolTip()
    assert PINTASAN_LOMPAT["status"] in tip_status and PINTASAN_LOMPAT["pertama"] in tip_status
    SHOTS.mkdir(exist_ok=True)
    assert w.grab().save(str(SHOTS / f"formulir_lompat_{bahasa_ui}.png"))


def test_alt_s_menyimpan(qtbot, jendela_ukuran):
    """Alt+S is Simpan's alone: it saves (it moved the cursor between the status and Simpan)."""
    w = jendela_ukuran(1093, 580)
    _buka(w, qtbot, "SELECT id_keluarga FROM keluarga ORDER BY 1")
    form = w.form
    form.nama_verifikator.setFocus()
    qtbot.keyClicks(form.nama_verifikator, "Budi")
    assert form.ada_perubahan()
    _tekan(w, qtbot, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: not form.ada_perubahan())
    assert form.data.verifikasi.nama_verifikator == "Budi"
    assert form.pesan.text().startswith("Tersimpan")


def test_lompat_tanpa_temuan_dan_usulan_baru(qtbot, jendela_ukuran):
    w = jendela_ukuran(1093, 580)
    form = w.form
    _buka(w, qtbot, "SELECT id_keluarga FROM keluarga WHERE id_keluarga NOT IN "
                    "(SELECT id_keluarga FROM temuan) ORDER BY 1")
    assert form.temuan.isHidden() and not form.tombol_temuan.isVisible()
    x = _tekan(w, qtbot, Qt.Key.Key_T, CTRL)  # nothing to go to: it says so, the cursor stays
    assert x is form.status_combo
    assert form.pesan.isVisible() and form.pesan.text() == "Tidak ada temuan kualitas data."
    # a new family: its first field is the desa; the status is fixed, Ctrl+K goes there too
    assert w.usulan_baru()
    form.catatan.setFocus()
    assert _tekan(w, qtbot, Qt.Key.Key_Home, ALT) is form.desa_combo
    form.catatan.setFocus()
    assert _tekan(w, qtbot, Qt.Key.Key_K, CTRL) is form.desa_combo
    assert QKeySequence(PINTASAN_LOMPAT["pertama"]).toString() == "Alt+Home"
