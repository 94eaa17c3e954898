"""The export dialog offers exactly the regions the console accepts (one rule,
``akses.lingkup_ekspor``), and "Seluruh wilayah saya" to an account of several regions: one
workbook of all of them, as ``export`` without a scope option makes (closing note 19, Export)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPushButton
from python_calamine import CalamineWorkbook

from tests.ekspor_wilayah_luar import AKUN, BOLEH, LINGKUP_UJI, buat_kantor, hitung_sqlite
from tests.ui.test_ekspor_kabupaten_terima7 import _dialog


@pytest.fixture(scope="module")
def kantor(tmp_path_factory) -> Path:
    return buat_kantor(tmp_path_factory.mktemp("kantor"))


def _pilihan(d) -> list[tuple[str, str | None, bool]]:
    kotak = d.findChild(QComboBox, "exportWilayah")
    return [(kotak.itemText(i), kotak.itemData(i), kotak.model().item(i).isEnabled())
            for i in range(kotak.count())]


@pytest.mark.parametrize("akun", list(AKUN))
def test_dialog_menawarkan_tepat_wilayah_yang_boleh(qtbot, kantor, akun):
    w, d = _dialog(qtbot, kantor, akun)
    pilihan = _pilihan(d)
    dapat = {k for _, k, aktif in pilihan if aktif}
    satu_wilayah = len(AKUN[akun][1]) == 1  # 'all of mine' is that region, listed itself
    assert dapat & set(LINGKUP_UJI) == BOLEH[akun] - ({None} if satu_wilayah else set())
    assert (None in dapat) == (not satu_wilayah)
    # the kecamatan of which the account has only a desa: a heading above it, not a choice
    mati = [k for _, k, aktif in pilihan if not aktif]
    assert mati == {"ani": ["617201"], "oki": ["617204"]}.get(akun, [])
    assert pilihan[d.findChild(QComboBox, "exportWilayah").currentIndex()][2]
    d.close()
    w.tutup_tanpa_tanya = True


def test_seluruh_wilayah_saya_satu_workbook(qtbot, kantor, tmp_path):
    w, d = _dialog(qtbot, kantor, "sari")
    kotak = d.findChild(QComboBox, "exportWilayah")
    assert (kotak.itemText(0), kotak.itemData(0)) == (
        "Seluruh wilayah saya (617202, 617203)", None)
    assert kotak.currentIndex() == 0
    assert [k for _, k, _a in _pilihan(d)][1:] == [
        "617202", "6172021001", "6172021002", "617203", "6172031001", "6172031005"]
    d.grab().save(str(tmp_path / "dialog.png"))
    tujuan = tmp_path / "sari.xlsx"
    d.findChild(QAbstractButton, "exportRekapSaja").setChecked(True)
    d.findChild(QLineEdit, "exportTujuan").setText(str(tujuan))
    d.findChild(QPushButton, "exportMulai").click()
    qtbot.waitUntil(lambda: not d.berjalan() and tujuan.exists(), timeout=30000)
    harapan = hitung_sqlite(kantor, ("617202", "617203"))
    rekap = list(openpyxl.load_workbook(tujuan)["Rekap"].iter_rows(values_only=True))
    judul = rekap[0]
    kk, jiwa = judul.index("Jumlah KK"), judul.index("Jumlah Jiwa")
    assert {r[3]: (r[kk], r[jiwa]) for r in rekap[1:] if r[0] == "Desa/Kelurahan"} == harapan
    assert [r[1] for r in rekap[1:] if r[0] == "Kecamatan"] == ["617202", "617203"]
    kal = CalamineWorkbook.from_path(str(tujuan)).get_sheet_by_name("Rekap").to_python()
    assert kal[-1][0] == "Total"
    assert kal[-1][kk] == sum(v[0] for v in harapan.values())
    assert kal[-1][jiwa] == sum(v[1] for v in harapan.values())
    d.close()
    w.tutup_tanpa_tanya = True
