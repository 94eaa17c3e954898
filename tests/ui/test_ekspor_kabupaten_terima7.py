"""The province receives one workbook per kabupaten/kota (issue 5): a verifikator whose work
region is the whole kabupaten makes it from the export dialog, as the console's
``export --user`` does. The dialog offered only its kecamatan and desa, one workbook each.
From the acceptance round terima7."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDialog, QLineEdit, QPushButton
from python_calamine import CalamineWorkbook

from kalbar_desktop.domain.akses import Peran
from kalbar_desktop.exchange import impor_p3ke, wilayah_csv
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as sp
from kalbar_desktop.ui import create_main_window
from tests.conftest import WILAYAH_61
from tests.masukan_luar import KELUARGA, pasangan_2023

SANDI = "Sungai-Kapuas-77"


@pytest.fixture
def db_akun(tmp_path, db_path) -> Path:
    """The outside 2023 pair (3 families in 2 kecamatan of Kota Singkawang), the region
    reference, a verifikator of the whole kota and an operator of one kecamatan."""
    with sdb.terbuka(db_path) as db:
        wilayah_csv.impor(db, WILAYAH_61)
        impor_p3ke.impor(db, pasangan_2023(tmp_path), pengguna="uji")
        sp.tambah(db, "adm", Peran.ADMIN, SANDI, oleh="uji")
        sp.tambah(db, "rina", Peran.VERIFIKATOR, SANDI, ["6172"], oleh="adm")
        sp.tambah(db, "ani", Peran.OPERATOR, SANDI, ["617201"], oleh="adm")
    return db_path


def _dialog(qtbot, db_path: Path, user: str, aksi: str = "aksiEksporProvinsi",
            nama: str = "exportDialog"):
    """The main window of ``user`` and the dialog its menu action ``aksi`` opens."""
    w = create_main_window(db_path, user=user)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.findChild(QAction, aksi).trigger()
    return w, w.findChild(QDialog, nama)


def _pilihan(d) -> list[tuple[str, str | None]]:
    kotak = d.findChild(QComboBox, "exportWilayah")
    return [(kotak.itemText(i), kotak.itemData(i)) for i in range(kotak.count())]


def test_verifikator_kabupaten_mengekspor_satu_workbook_kabupaten(qtbot, db_akun, tmp_path):
    w, d = _dialog(qtbot, db_akun, "rina")
    pilihan = _pilihan(d)
    assert pilihan[0] == ("Kota Singkawang (6172)", "6172")  # chosen first: the usual work
    assert [k for _, k in pilihan[1:3]] == ["617201", "6172011001"]
    d.findChild(QComboBox, "exportWilayah").grab().save(str(tmp_path / "wilayah.png"))
    tujuan = tmp_path / "kota.xlsx"
    d.findChild(QAbstractButton, "exportRekapSaja").setChecked(True)
    d.findChild(QLineEdit, "exportTujuan").setText(str(tujuan))
    d.findChild(QPushButton, "exportMulai").click()
    qtbot.waitUntil(lambda: not d.berjalan() and tujuan.exists(), timeout=30000)
    rekap = list(openpyxl.load_workbook(tujuan)["Rekap"].iter_rows(values_only=True))
    judul = rekap[0]
    desa = sorted(r[judul.index("Kode Desa/Kelurahan")] for r in rekap[1:]
                  if r[0] == "Desa/Kelurahan")
    assert desa == sorted(kode for _, kode, _, _ in KELUARGA)  # both kecamatan
    total = rekap[-1]
    assert total[0] == "Total" and total[judul.index("Jumlah KK")] == len(KELUARGA)
    assert total[judul.index("Jumlah Jiwa")] == sum(len(a) for *_, a in KELUARGA)
    kal = CalamineWorkbook.from_path(str(tujuan)).get_sheet_by_name("Rekap").to_python()
    assert kal[-1][judul.index("Jumlah KK")] == len(KELUARGA)
    keterangan = {r[0]: r[1] for r in openpyxl.load_workbook(tujuan)["Keterangan"]
                  .iter_rows(values_only=True) if r[0]}
    # the reference's name already says Kota (not 'Kabupaten/Kota Kota Singkawang (6172)')
    assert keterangan["Wilayah"] == "Kota Singkawang (6172)"
    d.close()
    w.tutup_tanpa_tanya = True


def test_operator_satu_kecamatan_tidak_ditawari_kabupaten(qtbot, db_akun):
    w, d = _dialog(qtbot, db_akun, "ani")
    assert [k for _, k in _pilihan(d)] == ["617201", "6172011001", "6172011002"]
    d.close()
    w.tutup_tanpa_tanya = True


def test_tanpa_wilayah_seluruh_basis_data_dulu_lalu_kabupaten(qtbot, db_akun):
    w, d = _dialog(qtbot, db_akun, "adm")
    assert [k for _, k in _pilihan(d)][:3] == [None, "6172", "617201"]
    d.close()
    w.tutup_tanpa_tanya = True
