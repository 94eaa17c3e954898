"""Every Alt+letter does one thing. When two shown widgets of one window share a mnemonic, Qt
only moves the cursor between them and presses nothing (Alt+S never saved while the status label
had it too). Walked: the main window with a family's form open, as operator and as verifikator,
for a family in each approval state (each shows other buttons), with the menu bar's titles; and
the everyday dialogs (import, export, send back, member, note), each on its own. In Indonesian
and in English."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kalbar_desktop.ui import create_main_window
from tests.ui.form_terlihat import terlihat_utuh
from tests.ui.mnemonik import bentrok, mnemonik

PERSETUJUAN = ["DRAF", "DIAJUKAN", "DIKEMBALIKAN", "DISETUJUI"]
"""One family in each approval state; each shows other buttons (Ajukan, Setujui, Kembalikan,
Buka kembali). A new family (usulan baru) is walked as well."""


@pytest.fixture
def db_empat(db_isi):
    """:func:`db_isi` with the first four families in the four approval states."""
    db = sqlite3.connect(db_isi)
    ids = [r[0] for r in db.execute(
        "SELECT id_keluarga FROM keluarga ORDER BY id_keluarga LIMIT 4").fetchall()]
    with db:
        for idk, p in zip(ids, PERSETUJUAN, strict=True):
            db.execute("UPDATE verifikasi_keluarga SET persetujuan = ?, "
                       "status_verifikasi = 'DITEMUKAN', kelayakan = 'LAYAK' "
                       "WHERE id_keluarga = ?", [p, idk])
    db.close()
    return db_isi, ids


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
@pytest.mark.parametrize("peran", ["operator", "verifikator"])
def test_jendela_utama_dengan_formulir(qtbot, db_empat, pasang, folder_qm, bahasa_ui, peran):
    pasang(bahasa_ui, folder_qm)
    db_path, ids = db_empat
    w = create_main_window(db_path, user="rina", role=peran)
    qtbot.addWidget(w)
    w.tutup_tanpa_tanya = True
    w.resize(1366, 740)
    w.show()
    qtbot.waitExposed(w)
    assert bentrok(w) == {}, "without a family open"
    temuan = {}
    tombol_terlihat = set()
    for idk, p in zip(ids, PERSETUJUAN, strict=True):
        assert w.buka_keluarga(idk)
        qtbot.waitUntil(lambda: terlihat_utuh(w.form.tombol_simpan, w.form))
        assert w.form.data.verifikasi.persetujuan == p
        tombol_terlihat |= {b.objectName() for b in w.form.findChildren(QAbstractButton)
                            if b.isVisible()}
        if b := bentrok(w):
            temuan[p] = b
    assert w.usulan_baru()  # a family not in P3KE: its village field is shown too
    assert w.form.desa_combo.isVisible()
    if b := bentrok(w):
        temuan["usulan baru"] = b
    assert temuan == {}
    # the walk saw each state's own buttons
    milik = {"operator": {"submitButton"},
             "verifikator": {"approveButton", "returnButton", "reopenButton"}}[peran]
    assert milik <= tombol_terlihat


def _tampilkan(qtbot, d: QWidget) -> QWidget:
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
def test_dialog_sehari_hari(qtbot, db_empat, pasang, folder_qm, bahasa_ui):
    """Import, export, send back or approve the chosen families, add a member, the note asked
    on Kembalikan:
    each dialog on its own has no letter twice."""
    from kalbar_desktop.storage.verifikasi import RencanaSetujui
    from kalbar_desktop.ui.dialog_verifikasi import DialogAnggotaBaru, DialogCatatan
    from kalbar_desktop.ui.impor_dialog import DialogImpor
    from kalbar_desktop.ui.kembalikan_terpilih import DialogKembalikanTerpilih
    from kalbar_desktop.ui.laporan import DialogEkspor
    from kalbar_desktop.ui.setujui_semua import DialogSetujuiSemua

    pasang(bahasa_ui, folder_qm)
    db_path, ids = db_empat
    w = create_main_window(db_path, user="rina", role="verifikator")
    qtbot.addWidget(w)
    w.tutup_tanpa_tanya = True
    w.show()
    qtbot.waitExposed(w)
    dialog = {
        "impor": DialogImpor(db_path, "rina", w),
        "ekspor": DialogEkspor(w),
        "kembalikan": DialogKembalikanTerpilih(RencanaSetujui(None, [ids[1]], []), w),
        "setujui": DialogSetujuiSemua(RencanaSetujui(None, [ids[1]], []), "Kalbar", w),
        "anggota": DialogAnggotaBaru(w),
        "catatan": DialogCatatan("Kembalikan", "Catatan", w),
    }
    temuan = {}
    for nama, d in dialog.items():
        _tampilkan(qtbot, d)
        assert mnemonik(d), nama  # the walk found the dialog's letters
        if b := bentrok(d):
            temuan[nama] = b
        d.close()
    assert temuan == {}
    QApplication.processEvents()


def test_alt_huruf_menekan_tombol(qtbot, db_empat):
    """The letters that moved do their one thing: Alt+J submits (it was Alt+A, shared with the
    menu Alat and the Alasan field), Alt+U approves, Alt+G reaches the visit date."""
    from PySide6.QtCore import Qt

    db_path, ids = db_empat
    w = create_main_window(db_path, user="rina", role="verifikator")
    qtbot.addWidget(w)
    w.tutup_tanpa_tanya = True
    w.resize(1366, 740)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    alt = Qt.KeyboardModifier.AltModifier
    assert w.buka_keluarga(ids[0])  # Belum diajukan
    qtbot.waitUntil(lambda: terlihat_utuh(w.form.tombol_simpan, w.form))
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_G, alt)
    assert w.focusWidget() is w.form.tanggal_kunjungan
    w.form.tanggal_kunjungan.setText("18/11/2025")
    w.form.nama_verifikator.setText("Budi")
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_J, alt)
    qtbot.waitUntil(lambda: w.form.data.verifikasi.persetujuan == "DIAJUKAN")
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_U, alt)
    qtbot.waitUntil(lambda: w.form.data.verifikasi.persetujuan == "DISETUJUI")


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
def test_layar_pendek_huruf_besar(qtbot, db_empat, pasang, folder_qm, huruf_besar, bahasa_ui):
    """On a 1366x768 laptop at 125 % (1093x580, 11 pt) the member buttons take their short
    labels and the findings list folds behind a button: still no letter twice."""
    pasang(bahasa_ui, folder_qm)
    db_path, ids = db_empat
    w = create_main_window(db_path, user="rina", role="verifikator")
    qtbot.addWidget(w)
    w.tutup_tanpa_tanya = True
    w.resize(1093, 580)
    w.show()
    qtbot.waitExposed(w)
    temuan = {}
    for idk, p in zip(ids, PERSETUJUAN, strict=True):
        assert w.buka_keluarga(idk)
        qtbot.waitUntil(lambda: terlihat_utuh(w.form.tombol_simpan, w.form))
        if b := bentrok(w):
            temuan[p] = b
    tambah = w.form.findChild(QAbstractButton, "addMemberButton")
    assert tambah.text() == {"id": "Ta&mbah...", "en": "+ Mem&ber"}[bahasa_ui]
    assert temuan == {}
