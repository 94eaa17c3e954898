"""The form's findings list shows the rules of closing note 18 (NIK_KEPALA_BERBEDA,
NO_KK_KOSONG) for a family imported from files written with openpyxl, NIKs masked for an
operator, and both go when the operator types the head's NIK and a real No KK in Identitas
and saves."""

from __future__ import annotations

from click.testing import CliRunner
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QListWidget, QWidget

from kalbar_desktop.cli import main
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import create_main_window
from tests import masukan_luar as ml


def _aturan(daftar: QListWidget) -> list[str]:
    return [daftar.item(i).data(Qt.ItemDataRole.UserRole) for i in range(daftar.count())
            if daftar.item(i).data(Qt.ItemDataRole.UserRole)]


def _formulir(qtbot, db_path, user: str, role: str) -> tuple[QWidget, QWidget]:
    """The main window for ``user`` with the form of family 0061720001 open."""
    w = create_main_window(db_path, user=user, role=role)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.buka_keluarga("0061720001")
    return w, w.findChild(QWidget, "householdForm")


def test_temuan_baru_di_formulir_dan_hilang_setelah_disimpan(qtbot, db_path, tmp_path):
    baris = ml.baris_kepala()
    baris[0][ml.KEPALA_2023.index("NIK Kepala Keluarga")] = "6172011508800002"
    for r in baris:
        r.append("-")
    kepala = ml.xlsx(tmp_path / "kepala.xlsx", [*ml.KEPALA_2023, "No KK"], baris,
                     lembar="Kepala Keluarga")
    individu = ml.xlsx(tmp_path / "individu.xlsx", ml.INDIVIDU_2023, ml.baris_individu(),
                       lembar="Individu")
    hasil = CliRunner().invoke(main, ["--db", str(db_path), "import", str(kepala),
                                      str(individu)], catch_exceptions=False)
    assert hasil.exit_code == 0, hasil.output

    w, form = _formulir(qtbot, db_path, "Budi", "operator")
    daftar = form.findChild(QListWidget, "findingsList")
    assert sorted(_aturan(daftar)) == ["NIK_KEPALA_BERBEDA", "NO_KK_KOSONG"]
    teks = [daftar.item(i).text() for i in range(daftar.count())]
    berbeda = next(t for t in teks if "NIK kepala berbeda" in t)
    assert "617201******0002" in berbeda and "617201******0001" in berbeda
    assert "6172011508800002" not in berbeda  # an operator sees masked NIKs
    assert any(t.startswith("⚠ No KK kosong: No KK kosong (tertulis '-')") for t in teks)
    form.grab().save(str(tmp_path / "form_temuan.png"))
    w.close()

    # a verifikator corrects Identitas (an operator may not change the head's NIK)
    _v, form = _formulir(qtbot, db_path, "Rina", "verifikator")
    daftar = form.findChild(QListWidget, "findingsList")
    form.findChild(QLineEdit, "isian_nik_kepala").setText("6172011508800001")
    form.findChild(QLineEdit, "isian_no_kk").setText("6172011508800001")
    form.perbarui_temuan()
    assert _aturan(daftar) == []
    form.findChild(QAbstractButton, "saveButton").click()
    assert not form.ada_perubahan(), form.findChild(QLabel, "pesanForm").text()
    with sdb.terbuka(db_path) as db:
        assert db.execute("SELECT count(*) FROM temuan WHERE id_keluarga = '0061720001'"
                          ).fetchone()[0] == 0
