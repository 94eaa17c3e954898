"""The family form on screens shorter than 1366x768: 1280x720 (a window of about 1280x650) and
1366x768 at 125 % (1093x580 logical), and with a larger font. Before stop 23 the members'
table shrank to two rows to keep the member buttons under it in view; stop 23 put the buttons
above the table and let the form scroll as a whole, so at 1093x580 the table showed only its
first row until the form was scrolled (two scroll bars, the table's inside the form's), and
with an 11 pt font the buttons ended 8 px below the form's edge. Now the members' group sits
under the scrolling fields and never scrolls away: its buttons in one row (short labels when
the whole ones do not fit) and at least four members in view when the form opens, the
verification's first rows (status to visit date) above it; Save and the approval buttons stay
under the form in view; every field can be scrolled to."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.ui.form_terlihat import kotak, terlihat_utuh

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
TOMBOL_BAWAH = ("saveButton", "saveNextButton", "previousButton", "nextButton", "reloadButton",
                "closeFormButton", "submitButton", "approveButton", "setujuiSemuaButton",
                "returnButton", "reopenButton", "historyButton")


def _keluarga(w) -> list[str]:
    """The family with most members, and one with a finding."""
    banyak = w.db.execute("SELECT id_keluarga FROM anggota GROUP BY id_keluarga "
                          "ORDER BY count(*) DESC, 1").fetchone()[0]
    temuan = w.db.execute("SELECT id_keluarga FROM temuan ORDER BY 1").fetchone()[0]
    return [banyak, temuan]


def _periksa(w, qtbot, idk: str) -> None:
    assert w.buka_keluarga(idk)
    # (the form shares its height once laid out: a busy machine may need a moment)
    qtbot.waitUntil(lambda: _seperti_terlihat(w, idk))


def _seperti_terlihat(w, idk: str) -> None:
    """What the user sees of the form just opened (raises AssertionError otherwise)."""
    form = w.form
    assert form.gulir.verticalScrollBar().value() == 0
    # the member buttons: one row, seen without scrolling, inside the form's width
    tombol = list(form.tombol_anggota.values())
    assert all(t.width() == t.sizeHint().width() for t in tombol)
    assert len({t.y() for t in tombol}) == 1, idk
    for t in tombol:
        assert terlihat_utuh(t, form), (idk, t.objectName())
    # the table under them, seen whole, showing at least four members (or a smaller family)
    assert terlihat_utuh(form.anggota, form), idk
    n = form.anggota_model.rowCount()
    assert form.anggota.rowAt(0) == 0
    terlihat = form.anggota.viewport().height() // form.anggota.rowHeight(0)
    # four members; fewer (two at least) beside a findings list the user keeps shown on a
    # short form with an 11 pt font (stop 26: before, the visit date gave way to the list)
    sedikit = 2 if form.temuan.isVisible() and form._temuan_dibuka else 4
    assert terlihat >= min(n, sedikit), (idk, terlihat)
    assert form.anggota.y() > form._baris_tombol_anggota.geometry().bottom()
    # above them the verification's first rows: status to the visit date and the verifier's
    # name (with an 11 pt font on a 1366x768 screen at 125 % the findings list folds for them;
    # shown by the user, the table gives rows)
    isian = [form.status_combo, form.kelayakan_combo, form.alasan_combo, form.tanggal_kunjungan,
             form.nama_verifikator]
    for x in isian:
        assert terlihat_utuh(x, form), (idk, x.objectName())
    # Save and the approval buttons: inside the form and the window, side by side
    bawah = [kotak(form.findChild(QWidget, nama), w) for nama in TOMBOL_BAWAH]
    tepi = kotak(form, w)
    assert all(tepi.contains(r) and w.rect().contains(r) for r in bawah)
    assert not any(a.intersects(b) for i, a in enumerate(bawah) for b in bawah[i + 1:])
    temuan = form.temuan if form.temuan.isVisible() else form.label_temuan
    assert kotak(form.grup_anggota, w).bottom() < kotak(temuan, w).top()
    assert kotak(temuan, w).bottom() < min(r.top() for r in bawah)


def _semua_terjangkau(form) -> None:
    """Every field and button of the form can be scrolled into view whole."""
    vp = form.gulir.viewport()
    isian = [x for x in form.gulir.widget().findChildren(QWidget)
             if x.isVisible() and x.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert len(isian) > 40
    for x in isian:
        # scrolled to its top edge (as far as the scroll bar goes): seen whole
        form.gulir.verticalScrollBar().setValue(kotak(x, form.gulir.widget()).top())
        r = kotak(x, vp)
        assert r.top() >= 0 and r.bottom() < vp.height(), x.objectName()
    form.gulir.verticalScrollBar().setValue(0)


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
@pytest.mark.parametrize("ukuran", [(1280, 650), (1093, 580)])
def test_formulir_layar_pendek(qtbot, qapp, jendela_ukuran, pasang, folder_qm, bahasa_ui, ukuran):
    pasang(bahasa_ui, folder_qm)
    w = jendela_ukuran(*ukuran)
    for idk in _keluarga(w):
        _periksa(w, qtbot, idk)
    assert w.size().toTuple() == ukuran
    form = w.form
    assert form.temuan.isVisible()
    _semua_terjangkau(form)
    SHOTS.mkdir(exist_ok=True)
    assert w.grab().save(str(SHOTS / f"formulir_{ukuran[0]}x{ukuran[1]}_{bahasa_ui}.png"))
    # the fields scroll, the members stay: one scroll bar for the fields, the table's own
    tabel = kotak(form.anggota, w)
    gulir = form.gulir.verticalScrollBar()
    gulir.setValue(gulir.maximum())
    assert kotak(form.anggota, w) == tabel and terlihat_utuh(form.anggota, form)
    assert terlihat_utuh(form.tombol_anggota["KEPALA"], form)
    assert not terlihat_utuh(form.status_combo, form)


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
@pytest.mark.parametrize("ukuran", [(1280, 650), (1093, 580)])
def test_tombol_anggota_sebaris_dengan_huruf_besar(qtbot, jendela_ukuran, pasang, folder_qm,
                                                   huruf_besar, bahasa_ui, ukuran):
    pasang(bahasa_ui, folder_qm)
    w = jendela_ukuran(*ukuran)
    banyak, temuan = _keluarga(w)
    _periksa(w, qtbot, banyak)
    tombol = w.form.tombol_anggota
    # three labels got shorter, still saying what they do; the whole label leads the
    # tooltip; names stay for checkers
    assert tombol["TAMBAH"].terpendek() and tombol["KEPALA"].terpendek()
    assert not tombol["MENINGGAL"].terpendek()
    pendek = {"id": ("Ta&mbah...", "Ubah NIK", "Jadi kepala"),
              "en": ("+ Mem&ber", "Fix NIK", "Set head")}[bahasa_ui]
    assert tuple(tombol[k].text() for k in ("TAMBAH", "NIK", "KEPALA")) == pendek
    penuh = {"id": ("Tambah anggota...", "Perbaiki NIK", "Jadikan kepala"),
             "en": ("Add member...", "Correct NIK", "Make head")}[bahasa_ui]
    for k, teks in zip(("TAMBAH", "NIK", "KEPALA"), penuh, strict=True):
        assert tombol[k].toolTip().startswith(teks + ": ")
    assert tombol["TAMBAH"].objectName() == "addMemberButton"
    assert tombol["KEPALA"].objectName() == "anggotaJadikanKepalaButton"
    assert w.grab().save(str(SHOTS / f"formulir_huruf_besar_{ukuran[0]}_{bahasa_ui}.png"))
    _periksa(w, qtbot, temuan)
    assert tombol["TAMBAH"].terpendek()


def test_label_utuh_bila_muat(qtbot, jendela_ukuran):
    """Where the whole labels fit (1280x650 and 1093x580, the usual font, Indonesian: the
    members' group is as wide as the form) they are shown; narrower they give way."""
    w = jendela_ukuran(1280, 650)
    _periksa(w, qtbot, _keluarga(w)[0])
    tombol = w.form.tombol_anggota
    assert not any(t.terpendek() for t in tombol.values())
    assert tombol["TAMBAH"].text() == "Ta&mbah anggota..."
    assert not tombol["TAMBAH"].toolTip().startswith("Tambah anggota...")
    w.resize(1093, 580)
    _periksa(w, qtbot, _keluarga(w)[1])
    assert not any(t.terpendek() for t in tombol.values())
    # narrower still the three long labels give way, the row stays one
    w.resize(1000, 580)
    qtbot.waitUntil(lambda: tombol["TAMBAH"].terpendek())
    assert tombol["NIK"].text() == "Ubah NIK" and tombol["KEPALA"].text() == "Jadi kepala"
    assert tombol["TAMBAH"].toolTip().startswith("Tambah anggota...: ")
    _periksa(w, qtbot, _keluarga(w)[0])


def test_temuan_mengalah_di_layar_pendek(qtbot, db_isi, jendela_ukuran, huruf_besar):
    """A family with three findings at 1093x580 with an 11 pt font: the findings list under
    the form folds into its heading's line (the count, and a button "Tampilkan") so that the
    verification's first rows, status to visit date, are in view above the members (the list
    giving up lines left only status to alasan). Shown by the button, the list gives up lines
    (it scrolls) and the lines it shows are whole (a second line was cut in half), the members'
    table gives a row, the visit date stays in view (stop 26; before, it gave way); folded
    again by the button, and Ctrl+T shows it with the cursor in it; a taller window shows the
    list whole."""
    with sqlite3.connect(db_isi) as lain:  # three members' NIK one digit short
        idk = lain.execute("SELECT id_keluarga FROM anggota GROUP BY id_keluarga "
                           "ORDER BY count(*) DESC, 1").fetchone()[0]
        lain.execute("UPDATE anggota SET nik = substr(nik, 1, 15) WHERE id_individu IN "
                     "(SELECT id_individu FROM anggota WHERE id_keluarga = ? ORDER BY 1 "
                     "LIMIT 3)", [idk])
    lain.close()
    w = jendela_ukuran(1093, 580)
    _periksa(w, qtbot, idk)
    # the table's first height (its nine wanted rows) did not raise the window's least height:
    # a top-level window grows to that and stays (it was 644 pixels high)
    assert w.height() == 580
    form = w.form
    temuan, tombol = form.temuan, form.tombol_temuan
    assert temuan.count() >= 3
    qtbot.waitUntil(lambda: not temuan.isVisible() and tombol.isVisible())
    assert form.label_temuan.text() == "Temuan kualitas data (3)"
    assert tombol.text() == "Tampilkan" and tombol.objectName() == "findingsToggle"
    assert tombol.height() <= form.label_temuan.height() + 2  # one line: no taller
    for x in (form.status_combo, form.kelayakan_combo, form.alasan_combo,
              form.tanggal_kunjungan):
        assert terlihat_utuh(x, form), x.objectName()
    SHOTS.mkdir(exist_ok=True)
    assert w.grab().save(str(SHOTS / "formulir_1093x580_tiga_temuan_dilipat.png"))
    # shown by the button: whole lines only, it scrolls
    tombol.click()
    qtbot.waitUntil(temuan.isVisible)
    qtbot.wait(50)
    assert tombol.text() == "Sembunyikan"
    utuh = sum(temuan.sizeHintForRow(i) for i in range(temuan.count()))
    assert temuan.viewport().height() < utuh  # gave way: it scrolls
    assert temuan.height() >= temuan.fontMetrics().height()  # a line at least
    assert temuan.verticalScrollBar().maximum() > 0
    vp = temuan.viewport().rect()
    baris = [temuan.visualItemRect(temuan.item(i)) for i in range(temuan.count())]
    assert all(vp.contains(r) for r in baris if vp.intersects(r))
    assert w.grab().save(str(SHOTS / "formulir_1093x580_tiga_temuan.png"))
    _periksa(w, qtbot, idk)  # the members and the buttons as before
    assert terlihat_utuh(form.nama_verifikator, form)  # the visit date's row: seen whole
    assert form.anggota.viewport().height() // form.anggota.rowHeight(0) == 3  # gave one
    # folded again by the button; Ctrl+T shows it, the cursor on its first finding
    tombol.click()
    qtbot.waitUntil(lambda: not temuan.isVisible())
    form.status_combo.setFocus()
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(temuan.isVisible)
    assert w.focusWidget() is temuan and temuan.currentRow() == 0
    w.resize(1366, 900)
    qtbot.waitUntil(lambda: temuan.height() >= min(utuh, w.form.TINGGI_TEMUAN - 8))
    _periksa(w, qtbot, idk)
