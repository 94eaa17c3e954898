"""The family form on screens shorter than 1366x768: 1280x720 (a window of about 1280x650) and
1366x768 at 125 % (1093x580 logical), and with a larger font. Before, the members' table
shrank to two rows to keep the member buttons under it in view, and below 697 pixels even
that was not enough: at 1093x580 the buttons were at 457 px in a 394 px high form, on two
rows. Now the buttons are one row above the table (short labels when the whole ones do not
fit), in view without scrolling; the table shows at least four members (the form scrolls as a
whole on a short screen); Save and the approval buttons stay under the form in view; every
control can be scrolled to; a table reached by keyboard brings its buttons into view."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
TOMBOL_BAWAH = ("saveButton", "saveNextButton", "previousButton", "nextButton", "reloadButton",
                "closeFormButton", "submitButton", "approveButton", "setujuiSemuaButton",
                "returnButton", "reopenButton", "historyButton")


def _rect(widget: QWidget, ke: QWidget):
    return widget.rect().translated(widget.mapTo(ke, widget.rect().topLeft()))


def _keluarga(w) -> list[str]:
    """The family with most members, and one with a finding."""
    banyak = w.db.execute("SELECT id_keluarga FROM anggota GROUP BY id_keluarga "
                          "ORDER BY count(*) DESC, 1").fetchone()[0]
    temuan = w.db.execute("SELECT id_keluarga FROM temuan ORDER BY 1").fetchone()[0]
    return [banyak, temuan]


def _periksa(w, qtbot, idk: str) -> None:
    assert w.buka_keluarga(idk)
    qtbot.wait(80)
    form = w.form
    isi, vp = form.gulir.widget(), form.gulir.viewport()
    assert form.gulir.verticalScrollBar().value() == 0
    # the member buttons: one row, seen without scrolling, inside the form's width
    tombol = list(form.tombol_anggota.values())
    assert all(t.isVisible() for t in tombol)
    # (the layout placed them as their labels ask: a busy machine may need a moment)
    qtbot.waitUntil(lambda: all(t.width() == t.sizeHint().width() for t in tombol))
    assert len({t.y() for t in tombol}) == 1, idk
    for t in tombol:
        r = _rect(t, isi)
        assert r.bottom() < vp.height() and r.right() < vp.width(), (idk, t.objectName())
    # the table shows at least four members (or all of a smaller family)
    n = form.anggota_model.rowCount()
    assert form.anggota.rowAt(0) == 0
    terlihat = form.anggota.viewport().height() // form.anggota.rowHeight(0)
    assert terlihat >= min(n, 4), (idk, terlihat)
    assert form.anggota.y() > form._baris_tombol_anggota.geometry().bottom()
    # Save and the approval buttons: inside the form and the window, side by side
    kotak = [_rect(form.findChild(QWidget, nama), w) for nama in TOMBOL_BAWAH]
    tepi = _rect(form, w)
    assert all(tepi.contains(r) and w.rect().contains(r) for r in kotak)
    assert not any(a.intersects(b) for i, a in enumerate(kotak) for b in kotak[i + 1:])
    assert _rect(form.temuan, w).bottom() < min(r.top() for r in kotak)


def _semua_terjangkau(form) -> None:
    """Every field and button of the form can be scrolled into view whole."""
    vp = form.gulir.viewport()
    isian = [x for x in form.gulir.widget().findChildren(QWidget)
             if x.isVisible() and x.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert len(isian) > 40
    for x in isian:
        # scrolled to its top edge (as far as the scroll bar goes): seen whole
        form.gulir.verticalScrollBar().setValue(_rect(x, form.gulir.widget()).top())
        r = _rect(x, vp)
        assert r.top() >= 0 and r.bottom() < vp.height(), x.objectName()
    form.gulir.verticalScrollBar().setValue(0)


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
@pytest.mark.parametrize("ukuran", [(1280, 650), (1093, 580)])
def test_formulir_layar_pendek(qtbot, qapp, jendela_ukuran, pasang, folder_qm, bahasa_ui, ukuran):
    pasang(bahasa_ui, folder_qm)
    w = jendela_ukuran(*ukuran)
    for idk in _keluarga(w):
        _periksa(w, qtbot, idk)
    form = w.form
    assert form.temuan.isVisible()
    _semua_terjangkau(form)
    SHOTS.mkdir(exist_ok=True)
    assert w.grab().save(str(SHOTS / f"formulir_{ukuran[0]}x{ukuran[1]}_{bahasa_ui}.png"))
    # the table reached by keyboard from the bottom of the form: its buttons come into view
    gulir = form.gulir.verticalScrollBar()
    gulir.setValue(gulir.maximum())
    form.anggota.setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.waitUntil(lambda: _rect(form.tombol_anggota["TAMBAH"], form.gulir.viewport()).top()
                    >= 0)
    assert _rect(form.anggota, form.gulir.viewport()).top() >= 0


@pytest.fixture
def huruf_besar(qapp):
    """The application font raised to 11 pt (Windows "Make text bigger", about 125 %)."""
    asal = qapp.font()
    besar = qapp.font()
    besar.setPointSizeF(11)
    qapp.setFont(besar)
    yield
    qapp.setFont(asal)


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
def test_tombol_anggota_sebaris_dengan_huruf_besar(qtbot, jendela_ukuran, pasang, folder_qm,
                                                   huruf_besar, bahasa_ui):
    pasang(bahasa_ui, folder_qm)
    w = jendela_ukuran(1280, 650)
    banyak, temuan = _keluarga(w)
    _periksa(w, qtbot, banyak)
    tombol = w.form.tombol_anggota
    # three labels got shorter; the whole label leads the tooltip; names stay for checkers
    assert tombol["TAMBAH"].terpendek() and tombol["KEPALA"].terpendek()
    assert not tombol["MENINGGAL"].terpendek()
    penuh = "Tambah anggota..." if bahasa_ui == "id" else "Add member..."
    assert tombol["TAMBAH"].toolTip().startswith(penuh)
    assert tombol["TAMBAH"].objectName() == "addMemberButton"
    assert tombol["KEPALA"].objectName() == "anggotaJadikanKepalaButton"
    assert w.grab().save(str(SHOTS / f"formulir_huruf_besar_{bahasa_ui}.png"))
    _periksa(w, qtbot, temuan)
    assert tombol["TAMBAH"].terpendek()


def test_label_utuh_bila_muat(qtbot, jendela_ukuran):
    """Where the whole labels fit (1280x650, the usual font, Indonesian) they are shown."""
    w = jendela_ukuran(1280, 650)
    _periksa(w, qtbot, _keluarga(w)[0])
    tombol = w.form.tombol_anggota
    assert not any(t.terpendek() for t in tombol.values())
    assert tombol["TAMBAH"].text() == "Ta&mbah anggota..."
    assert not tombol["TAMBAH"].toolTip().startswith("Tambah anggota...")
    # narrower (1093 px) the three long labels give way, the row stays one
    w.resize(1093, 580)
    qtbot.waitUntil(lambda: tombol["TAMBAH"].terpendek())
    assert tombol["TAMBAH"].text() == "Ta&mbah..." and tombol["KEPALA"].text() == "Kepala"
    assert tombol["TAMBAH"].toolTip().startswith("Tambah anggota...: ")
    _periksa(w, qtbot, _keluarga(w)[1])


def test_temuan_mengalah_di_layar_pendek(qtbot, db_isi, jendela_ukuran):
    """A family with three findings at 1093x580: the findings list under the form gives up
    lines (it scrolls; its heading counts them) so the member buttons stay in view; a taller
    window gives them back. Before, the buttons were 3 px below the form's edge."""
    with sqlite3.connect(db_isi) as lain:  # three members' NIK one digit short
        idk = lain.execute("SELECT id_keluarga FROM anggota GROUP BY id_keluarga "
                           "ORDER BY count(*) DESC, 1").fetchone()[0]
        lain.execute("UPDATE anggota SET nik = substr(nik, 1, 15) WHERE id_individu IN "
                     "(SELECT id_individu FROM anggota WHERE id_keluarga = ? ORDER BY 1 "
                     "LIMIT 3)", [idk])
    lain.close()
    w = jendela_ukuran(1093, 580)
    _periksa(w, qtbot, idk)
    temuan = w.form.temuan
    assert temuan.count() >= 3 and temuan.isVisible()
    utuh = sum(temuan.sizeHintForRow(i) for i in range(temuan.count()))
    assert temuan.viewport().height() < utuh  # gave way: it scrolls
    assert temuan.height() >= temuan.fontMetrics().height()  # a line at least
    assert temuan.verticalScrollBar().maximum() > 0
    SHOTS.mkdir(exist_ok=True)
    assert w.grab().save(str(SHOTS / "formulir_1093x580_tiga_temuan.png"))
    w.resize(1366, 900)
    qtbot.waitUntil(lambda: temuan.height() >= min(utuh, w.form.TINGGI_TEMUAN - 8))
    _periksa(w, qtbot, idk)
