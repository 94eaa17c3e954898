"""The export dialog's option problems in the English window (found by the acceptance round
terima3): they were plain Indonesian strings of ``exchange/ekspor.periksa_opsi``; the console
prints the same Indonesian."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QLineEdit, QPushButton

from kalbar_desktop.cli import main
from kalbar_desktop.ui import bahasa, create_main_window

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def inggris(qapp, folder_qm):
    t = bahasa.pasang_penerjemah(qapp, "en", folder_qm)
    yield t
    bahasa.lepas_penerjemah(qapp, t)


def test_masalah_opsi_ekspor_berbahasa_inggris(qtbot, inggris, db_isi, tmp_path):
    w = create_main_window(db_isi, user="penguji")
    qtbot.addWidget(w)
    w.show()
    w.findChild(QAction, "aksiEksporProvinsi").trigger()
    # this window's dialog: an earlier test's window may still show its own among the
    # top-level widgets (deleted later), and their order changes from run to run
    d = w.findChild(QDialog, "exportDialog")
    assert d is not None and d.isVisible()
    d.findChild(QAbstractButton, "exportDenganNama").setChecked(True)
    d.findChild(QLineEdit, "exportAlasan").setText("abc")
    d.findChild(QLineEdit, "exportTujuan").setText(str(tmp_path / "hasil.xlsx"))
    status = d.findChild(QLabel, "exportStatus")
    d.findChild(QPushButton, "exportMulai").click()
    qtbot.waitUntil(lambda: "reason" in status.text() or "Alasan" in status.text(),
                    timeout=20000)
    assert status.text() == ("A reason for exporting the list of names is required (at least 5 "
                             "letters); the reason is recorded in the audit trail.")
    assert not (tmp_path / "hasil.xlsx").exists()
    SHOTS.mkdir(exist_ok=True)
    assert d.grab().save(str(SHOTS / "ekspor_alasan_en.png"))
    d.close()
    # the console keeps the Indonesian text
    r = CliRunner().invoke(main, ["--db", str(db_isi), "export", str(tmp_path / "a.xlsx"),
                                  "--dengan-nama", "--alasan", "abc"])
    assert r.exit_code == 1
    assert "Alasan ekspor daftar nama wajib diisi (minimal 5 huruf)" in r.output
