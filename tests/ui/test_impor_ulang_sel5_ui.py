"""Laporan > Impor ulang workbook hasil koreksi on a workbook written by a script (a formula
never calculated in a Catatan cell) with RT and RW columns added by hand: the problems table
names the formula cell and the summary names the added columns, in Indonesian and in
English."""

from __future__ import annotations

from pathlib import Path

from openpyxl.utils import get_column_letter
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from tests.lapangan import ID_KELUARGA, db_desa
from tests.ui.test_terima_impor_ulang_ui import _pratinjau_di_jendela
from tests.unit.test_dua_laptop import _ekspor
from tests.unit.test_impor_ulang_sel5 import _buka

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
K1, K2 = ID_KELUARGA[:2]


def _workbook(tmp_path: Path) -> tuple[Path, Path, int, str, str]:
    """The office and its workbook: family 1's Catatan a formula, an RT column added after
    Alamat (filled for family 2), family 2's Catatan typed. Returns the formula's row, the
    Catatan letter and the RT letter."""
    kantor = db_desa(tmp_path)
    wb, kolom, baris = _buka(_ekspor(kantor, "kantor"))
    ws = wb["Data Keluarga"]
    c_alamat = kolom["Data Keluarga"]["Alamat"]
    ws.insert_cols(c_alamat + 1)
    ws.cell(1, c_alamat + 1).value = "RT"
    ws.cell(baris["Data Keluarga"][K2], c_alamat + 1).value = "005"
    c_catatan = next(c.column for c in ws[1] if c.value == "Catatan")
    ws.cell(baris["Data Keluarga"][K1], c_catatan).value = '=A1&"x"'
    ws.cell(baris["Data Keluarga"][K2], c_catatan).value = "dikunjungi"
    buku = tmp_path / "skrip.xlsx"
    wb.save(buku)
    return kantor, buku, baris["Data Keluarga"][K1], get_column_letter(c_catatan), \
        get_column_letter(c_alamat + 1)


def _masalah(d) -> list[tuple[str, str, str, str]]:
    model = d.findChild(QTableView, "reimportProblems").model()
    return [(model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 2).data(),
             model.index(r, 3).data(Qt.ItemDataRole.ToolTipRole) or model.index(r, 3).data())
            for r in range(model.rowCount())]


def test_rumus_dan_kolom_tambahan_di_jendela(qtbot, tmp_path):
    kantor, buku, r, catatan, rt = _workbook(tmp_path)
    d = _pratinjau_di_jendela(qtbot, kantor, buku)
    assert _masalah(d) == [(str(r), K1, f"{catatan} (Catatan)", (
        "sel ini berisi rumus yang belum pernah dihitung (tanpa nilai tersimpan): workbook "
        "ditulis program lain dan belum pernah dibuka lalu disimpan di Excel, jadi isinya tidak "
        "terbaca dan keluarga ini tidak diterapkan. Buka workbook di Excel atau LibreOffice "
        "lalu simpan (rumusnya dihitung), atau ketik isinya langsung tanpa rumus, lalu impor "
        "lagi")), (str(r + 1), K2, f"{rt} (RT)", (
        "RT/RW di workbook (RT 5) tidak diterapkan: alamat di basis data 'Jl. Merdeka' (tanpa "
        "RT/RW). Alamat adalah data P3KE; bila RT/RW keluarga ini memang berubah, betulkan "
        "alamatnya di formulir keluarga, bagian Identitas dan alamat."))]
    assert d.model_ubah.rowCount() == 1
    ringkasan = d.ringkasan.text()
    assert (f"1 sel berisi rumus tanpa nilai tersimpan atau galat Excel seperti #NAME? "
            f"(misalnya lembar Data Keluarga sel {catatan}{r})") in ringkasan
    assert (f"Kolom RT/RW yang ditambahkan sendiri tidak diterapkan: lembar Data Keluarga kolom "
            f"{rt} 'RT' (1 baris berisi). RT/RW adalah bagian alamat") in ringkasan
    assert ("1 keluarga yang RT/RW-nya di workbook tidak sama dengan alamatnya di basis data "
            "disebut satu per satu di daftar masalah") in ringkasan
    SHOTS.mkdir(exist_ok=True)
    d.resize(1150, 640)
    d.grab().save(str(SHOTS / "impor_ulang_rumus_kolom.png"))
    d.reject()


def test_rumus_dan_kolom_tambahan_berbahasa_inggris(qtbot, tmp_path, pasang, folder_qm):
    kantor, buku, r, catatan, rt = _workbook(tmp_path)
    pasang("en", folder_qm)
    d = _pratinjau_di_jendela(qtbot, kantor, buku)
    model = d.findChild(QTableView, "reimportProblems").model()
    assert model.index(0, 3).data() == "Formula without a stored value"
    assert model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole).endswith(
        "this cell holds a formula that was never calculated (no stored value): the workbook "
        "was written by another program and never opened and saved in Excel, so its content "
        "cannot be read and this family is not applied. Open the workbook in Excel or "
        "LibreOffice and save it (the formula is calculated), or type the content without a "
        "formula, then import again")
    ringkasan = d.ringkasan.text()
    assert ("Cells holding a formula without a stored value or an Excel error such as #NAME?: "
            f"1 (for example sheet Data Keluarga cell {catatan}{r})") in ringkasan
    assert (f"Added RT/RW columns are not applied: sheet Data Keluarga column {rt} 'RT' "
            "(rows filled: 1). RT/RW are part of the address") in ringkasan
    d.resize(1150, 640)
    d.grab().save(str(SHOTS / "impor_ulang_rumus_kolom_en.png"))
    d.reject()
