"""The household table's headers are whole in both languages: every column shown by default is
at least as wide as its header's text needs within the style's margins, on a 1366x768 laptop
screen (1366x697 under the taskbar and a title bar) and at the window's usual size, with the
usual font and a larger one (a desktop set to 11 points). "Verification status" was cut:
widths were capped at 130 pixels whatever the header said."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kalbar_desktop.ui import create_main_window
from kalbar_desktop.ui.kolom_tabel import ruang_judul

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def huruf(qapp):
    """Set the application's font size for the test; the old font back afterwards."""
    asal = qapp.font()

    def _atur(poin: int) -> None:
        f = qapp.font()
        f.setPointSize(poin)
        qapp.setFont(f)

    yield _atur
    qapp.setFont(asal)


@pytest.mark.parametrize("poin", [9, 11])
@pytest.mark.parametrize("ukuran", [(1366, 697), (1366, 740)], ids=["1366x768", "biasa"])
@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
def test_judul_kolom_utuh(qtbot, db_isi, pasang, folder_qm, huruf, bahasa_ui, ukuran, poin):
    huruf(poin)
    pasang(bahasa_ui, folder_qm)
    w = create_main_window(db_isi, user="rina")
    qtbot.addWidget(w)
    w.tutup_tanpa_tanya = True
    w.resize(*ukuran)
    w.show()
    qtbot.waitExposed(w)
    kepala = w.table.horizontalHeader()
    fm = kepala.fontMetrics()
    terlihat = [i for i in range(kepala.count()) if not kepala.isSectionHidden(i)]
    assert len(terlihat) >= 8
    judul = {i: w.model.headerData(i, Qt.Orientation.Horizontal) for i in terlihat}
    if bahasa_ui == "en":
        assert "Verification status" in judul.values()
    terpotong = {judul[i]: (fm.horizontalAdvance(judul[i]), ruang_judul(kepala, i))
                 for i in terlihat if fm.horizontalAdvance(judul[i]) > ruang_judul(kepala, i)}
    assert terpotong == {}
    # and the header was not pushed off the table's right edge (no sideways scrolling needed
    # to read it at the usual font)
    if poin == 9:
        assert w.table.horizontalScrollBar().maximum() == 0
    SHOTS.mkdir(exist_ok=True)
    assert w.grab().save(str(SHOTS / f"judul_kolom_{bahasa_ui}_{ukuran[1]}_{poin}pt.png"))
