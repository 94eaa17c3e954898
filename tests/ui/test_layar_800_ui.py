"""The main window at 800x600 (and 1366x768): the status bar's database path gives way to the
counts and the user instead of being cut (shortened in the middle with "...", the drive and
the file name kept, the whole path as tooltip), and the short key hint under the table is
shortened instead of running into the count beside it ("120 keluarga ditampilkannulir")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import create_main_window

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def _muat(label) -> bool:
    """The label's shown text fits its width."""
    tampil = QLabel.text(label)  # what is painted (text(): the whole text)
    return label.fontMetrics().horizontalAdvance(tampil) <= label.contentsRect().width()


@pytest.fixture
def db_jauh(tmp_path, berkas_demo_2023) -> Path:
    """The demo families in a database as deep in folders as an office's usually is."""
    folder = tmp_path / "Dinas Sosial Kabupaten Sanggau" / "Verifikasi P3KE 2024" / "Kecamatan"
    folder.mkdir(parents=True)
    path = folder / "kab_sanggau_verifikasi_p3ke_2024.db"
    with sdb.terbuka(path) as db:
        impor_p3ke.impor(db, berkas_demo_2023)
    return path


@pytest.mark.parametrize("bahasa_ui", ["id", "en"])
def test_jalur_basis_data_dipendekkan_di_800(qtbot, db_jauh, pasang, folder_qm, bahasa_ui):
    pasang(bahasa_ui, folder_qm)
    w = create_main_window(db_jauh, user="rina")
    qtbot.addWidget(w)
    w.tutup_tanpa_tanya = True
    w.resize(800, 600)
    w.show()
    qtbot.waitExposed(w)
    qtbot.wait(20)
    assert w.width() == 800  # the path does not widen the window
    label = w.label_db
    assert str(db_jauh) in label.text()  # the whole text, for whoever reads it
    assert _muat(label)
    tampil = QLabel.text(label)
    assert label.terpotong()
    assert "\u2026" in tampil
    assert tampil.endswith(db_jauh.name)  # the file name is what tells databases apart
    assert tampil.startswith(label.text()[:12])  # "Basis data: /" and the drive
    assert label.toolTip() == label.text()
    # the counts and the user stay whole beside it
    for kanan in (w.label_jumlah, w.findChild(type(w.label_jumlah), "labelPengguna")):
        if kanan is not None:
            assert kanan.width() >= kanan.sizeHint().width()
    assert label.geometry().right() <= w.label_jumlah.geometry().left()

    # the short hint under the table is shortened, never drawn into the count beside it
    hint = w.petunjuk_singkat
    assert hint.isVisible()
    assert _muat(hint)
    assert hint.geometry().left() > w.label_tampil.geometry().right()
    assert hint.toolTip() == w._teks_petunjuk  # its own, longer tooltip kept
    SHOTS.mkdir(exist_ok=True)
    assert w.grab().save(str(SHOTS / f"jendela_800_{bahasa_ui}.png"))

    # wider, more of the path shows; whole once it fits, without a tooltip then
    sempit = len(tampil)
    w.resize(1366, 697)
    qtbot.wait(20)
    assert len(QLabel.text(label)) > sempit and _muat(label)
    label.setText(w.tr("Basis data: {0}").format(db_jauh.name))
    assert not label.terpotong()
    assert label.toolTip() == ""
