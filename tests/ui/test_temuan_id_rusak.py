"""ID_RUSAK_EXCEL in the window: the family form lists it with its short name and explanation,
in Indonesian and in English (the dashboard and filters name rules through the same labels)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import bahasa, create_main_window
from kalbar_desktop.ui import label as ul
from tests import masukan_luar as ml
from tests.unit.test_id_rusak_excel import _xlsx_angka

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def _db_id_angka(db_path: Path, tmp_path: Path) -> Path:
    kepala, _ = ml.pasangan_2023(tmp_path)
    individu = _xlsx_angka(tmp_path / "individu.xlsx", ml.INDIVIDU_2023, ml.baris_individu(),
                           "Individu", {"ID Individu": "000000000000"})
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, [kepala, individu])
    return db_path


def _teks_temuan(form) -> list[str]:
    return [form.temuan.item(i).text() for i in range(form.temuan.count())]


def test_formulir_menampilkan_id_rusak_excel(qtbot, qapp, db_path, tmp_path, folder_qm):
    _db_id_angka(db_path, tmp_path)
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    qtbot.waitExposed(w)
    assert w.buka_keluarga("0061720001")
    form = w.form
    form.perbarui_temuan()
    assert form.temuan_aturan() == ["ID_RUSAK_EXCEL", "ID_RUSAK_EXCEL"]
    teks = _teks_temuan(form)
    assert all("ID rusak oleh Excel" in t for t in teks), teks
    assert any("dugaan ID asli: 006172000101" in t for t in teks), teks
    tip = form.temuan.item(0).toolTip()
    assert "nol di depannya bisa sudah hilang" in tip
    SHOTS.mkdir(exist_ok=True)
    assert form.grab().save(str(SHOTS / "temuan_id_rusak_excel.png"))

    t = bahasa.pasang_penerjemah(qapp, "en", folder_qm)
    try:
        assert ul.nama_aturan("ID_RUSAK_EXCEL") == "ID damaged by Excel"
        assert ul.penjelasan_aturan("ID_RUSAK_EXCEL").startswith(
            "Excel stored the family ID or person ID as a number")
        form.perbarui_temuan()
        assert all(x.startswith("⚠ ") and "ID damaged by Excel" in x
                   for x in _teks_temuan(form)), _teks_temuan(form)
        assert form.temuan.item(0).data(Qt.ItemDataRole.UserRole) == "ID_RUSAK_EXCEL"
    finally:
        bahasa.lepas_penerjemah(qapp, t)
        form.perbarui_temuan()
