"""The main window at 800 pixels wide (a 1024x768 screen at 125 %, or a window snapped to half
of a 1600-pixel screen) with a family's form open, at 11 pt and at the default font, in both
languages. Before, the region tree, the table and the form together needed 867 pixels at 11 pt
(807 in English): the window grew past the screen, and the table beside the form showed the ID
and part of the name and scrolled sideways. Now the form takes the whole width, the way back in
sight ("Kembali ke daftar (Esc)" on the tabs' row, Esc, Tutup, Ctrl+F); at 1024 and 1093
pixels the table stays beside the form and shows only columns that fit whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from tests.ui.layar_kecil import kolom_terlihat

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
IDK = "6172000000021"


@pytest.fixture(params=[False, True], ids=["9pt", "11pt"])
def huruf(request, qapp):
    """The default application font, or 11 pt (Windows "Make text bigger")."""
    asal = qapp.font()
    if request.param:
        besar = qapp.font()
        besar.setPointSizeF(11)
        qapp.setFont(besar)
    yield request.param
    qapp.setFont(asal)


def _di_jendela(w, widget) -> bool:
    """``widget`` is shown whole inside the window."""
    return widget.isVisible() and w.rect().contains(
        QRect(widget.mapTo(w, QPoint(0, 0)), widget.size()))


def _buka(qtbot, jendela_ukuran, lebar: int, tinggi: int = 600):
    w = jendela_ukuran(lebar, tinggi)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    assert w.buka_keluarga(IDK)
    qtbot.waitUntil(w.form.isVisible)
    qtbot.wait(50)  # the layout request that used to widen the window
    return w


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
def test_800_formulir_selebar_jendela(qtbot, jendela_ukuran, pasang, folder_qm, huruf,
                                      bahasa_ui):
    pasang(bahasa_ui, folder_qm)
    w = _buka(qtbot, jendela_ukuran, 800)
    assert w.width() == 800
    assert w.minimumSizeHint().width() <= 800
    assert w.formulir_penuh
    assert not w.table.isVisible() and not w.region_tree.isVisible()
    assert not w.kotak_cari.isVisible()
    # the form has the whole width: its right edge and its Close button inside the window
    form = w.form
    assert form.width() >= 800 - 20
    assert form.mapTo(w, form.rect().topRight()).x() < 800
    assert _di_jendela(w, form.tombol_tutup)
    kembali = w.tombol_kembali
    assert _di_jendela(w, kembali)
    assert kembali.text() == {"id": "Kembali ke daftar (Esc)",
                              "en": "Back to the list (Esc)"}[bahasa_ui]
    SHOTS.mkdir(exist_ok=True)
    assert w.grab().save(str(SHOTS / f"formulir_800_{int(huruf)}_{bahasa_ui}.png"))
    # the button goes back to the list at that family's row, the table whole again
    qtbot.mouseClick(kembali, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.table.isVisible() and not w.form.isVisible())
    assert not w.formulir_penuh and not kembali.isVisible()
    assert w.model.id_keluarga(w.table.currentIndex().row()) == IDK
    assert QApplication.focusWidget() is w.table
    assert w.pemisah.sizes()[0] > 0  # the region tree is back
    qtbot.waitUntil(lambda: w.table.horizontalScrollBar().maximum() == 0)
    assert w.width() == 800


def test_esc_dan_pgdn_di_formulir_selebar_jendela(qtbot, jendela_ukuran, huruf_besar):
    """PgDn moves to the next family with the table folded away; Esc goes back to the list
    at the row of the family last shown."""
    w = _buka(qtbot, jendela_ukuran, 800)
    assert w.formulir_penuh
    baris = w.model.baris_dari_id(IDK)
    berikut = w.model.id_keluarga(baris + 1)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: w._id_form == berikut)
    assert w.formulir_penuh and not w.table.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: w.table.isVisible() and not w.form.isVisible())
    assert w.model.id_keluarga(w.table.currentIndex().row()) == berikut
    assert QApplication.focusWidget() is w.table


def test_ctrl_f_di_formulir_selebar_jendela_kembali_ke_kotak_cari(qtbot, jendela_ukuran,
                                                                   huruf_besar):
    w = _buka(qtbot, jendela_ukuran, 800)
    assert w.formulir_penuh
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.kotak_cari.isVisible() and w.kotak_cari.hasFocus())
    assert not w.form.isVisible()


def test_tab_dasbor_tanpa_tombol_kembali(qtbot, jendela_ukuran, huruf_besar):
    w = _buka(qtbot, jendela_ukuran, 800)
    assert w.tombol_kembali.isVisible()
    w.tab.setCurrentIndex(1)
    assert not w.tombol_kembali.isVisible()
    w.tab.setCurrentIndex(0)
    assert w.tombol_kembali.isVisible()


def test_lebar_jendela_berubah_saat_formulir_terbuka(qtbot, jendela_ukuran, huruf_besar):
    """Snapped to half of the screen and back: the table comes back beside the form on a wide
    window and folds away again on a narrow one; the window keeps the width it is given."""
    w = _buka(qtbot, jendela_ukuran, 800)
    assert w.formulir_penuh
    w.resize(1366, 697)
    qtbot.waitUntil(lambda: w.table.isVisible())
    assert not w.formulir_penuh and not w.tombol_kembali.isVisible()
    assert w.form.isVisible()
    w.resize(800, 600)
    qtbot.waitUntil(lambda: not w.table.isVisible())
    assert w.formulir_penuh
    qtbot.wait(50)
    assert w.width() == 800


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
@pytest.mark.parametrize("lebar", [1024, 1093])
def test_tabel_di_samping_formulir_tanpa_geser_samping(qtbot, jendela_ukuran, pasang,
                                                       folder_qm, huruf, bahasa_ui, lebar):
    """At 1024 and 1093 pixels the table stays beside the form, as before; it shows the ID and
    the name whole and only columns that fit whole (at 11 pt the status or the findings count
    gave way, half shown, the table scrolling sideways)."""
    pasang(bahasa_ui, folder_qm)
    w = _buka(qtbot, jendela_ukuran, lebar, 580)
    assert w.width() == lebar
    assert not w.formulir_penuh and not w.tombol_kembali.isVisible()
    assert w.table.isVisible() and w.form.isVisible()
    qtbot.waitUntil(lambda: w.table.horizontalScrollBar().maximum() == 0)
    terlihat = kolom_terlihat(w)
    assert terlihat["id_keluarga"] and terlihat["nama_kepala"]
    kolom = w.model.KOLOM
    tampil = [k for k in kolom if not w.table.isColumnHidden(kolom.index(k))]
    assert all(terlihat[k] for k in tampil), terlihat
    fm = w.table.fontMetrics()
    assert w.table.columnWidth(kolom.index("nama_kepala")) >= 8 * fm.averageCharWidth()
    assert w.grab().save(str(SHOTS / f"formulir_{lebar}_{int(huruf)}_{bahasa_ui}_j8.png"))


def test_bagian_digeser_pengguna_lalu_jendela_disempitkan(qtbot, jendela_ukuran, huruf_besar):
    """The operator dragged the handle between the table and the form at 1024 pixels, then
    snapped the window to half of the screen: the dragged shares no longer fit, so the form
    takes the whole width as it does at 800 pixels (the window grew past 800 before)."""
    w = _buka(qtbot, jendela_ukuran, 1024, 580)
    assert not w.formulir_penuh
    kiri, tabel, form = w.pemisah.sizes()
    w.pemisah.setSizes([kiri, tabel - 40, form + 40])
    w.pemisah.splitterMoved.emit(tabel - 40, 2)  # as a drag by the mouse reports it
    assert w._diatur_pengguna
    w.resize(800, 600)
    qtbot.waitUntil(lambda: w.formulir_penuh)
    qtbot.wait(50)
    assert w.width() == 800
    assert w.form.mapTo(w, w.form.rect().topRight()).x() < 800


def test_kembali_dengan_perubahan_belum_disimpan_bertanya_dulu(qtbot, jendela_ukuran,
                                                              huruf_besar):
    """An entry not saved yet: the back button and Ctrl+F ask first (save, discard, cancel);
    Batal keeps the form on the whole width with the entry."""
    w = _buka(qtbot, jendela_ukuran, 800)
    nama = w.form.findChild(QLineEdit, "namaVerifikatorEdit")
    nama.setText("belum disimpan")
    jawaban = []

    def jawab(tombol: str) -> None:
        kotak = QApplication.activeModalWidget()
        jawaban.append(kotak.objectName())
        kotak.findChild(QPushButton, tombol).click()

    QTimer.singleShot(0, lambda: jawab("konfirmasiBatal"))
    qtbot.mouseClick(w.tombol_kembali, Qt.MouseButton.LeftButton)
    assert jawaban == ["konfirmasiPerubahan"]
    assert w.formulir_penuh and w.form.isVisible() and nama.text() == "belum disimpan"
    QTimer.singleShot(0, lambda: jawab("konfirmasiBatal"))
    w.fokus_cari()  # Ctrl+F
    assert jawaban == ["konfirmasiPerubahan"] * 2
    assert w.formulir_penuh and not w.kotak_cari.isVisible()
    # discarded: back to the list
    QTimer.singleShot(0, lambda: jawab("konfirmasiBuang"))
    qtbot.mouseClick(w.tombol_kembali, Qt.MouseButton.LeftButton)
    assert jawaban == ["konfirmasiPerubahan"] * 3
    assert not w.formulir_penuh and w.table.isVisible() and not w.form.isVisible()


def test_usulan_baru_selebar_jendela(qtbot, jendela_ukuran, huruf_besar):
    """A new family's empty form (Usulan keluarga baru) takes the whole width at 800 pixels
    too; Esc goes back to the list."""
    w = jendela_ukuran(800, 600)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    assert w.usulan_baru()
    qtbot.waitUntil(lambda: w.formulir_penuh)
    qtbot.wait(50)
    assert w.width() == 800 and w.tombol_kembali.isVisible()
    assert _di_jendela(w, w.form.tombol_tutup)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: w.table.isVisible() and not w.form.isVisible())
    assert not w.tombol_kembali.isVisible()
