"""The dashboard's counts name a limited account's regions (acceptance round terima5 of issue
7): the status line said "Wilayah Anda: 6101012002, 617202", codes a head of office has to look
up. Files written by openpyxl (tests/masukan_luar.py) and the real region reference."""

from __future__ import annotations

from kalbar_desktop.exchange import impor_p3ke, wilayah_csv
from kalbar_desktop.storage import dasbor as sdasbor
from tests.conftest import WILAYAH_61
from tests.masukan_luar import pasangan_2023


def test_wilayah_pengguna_dengan_nama(db, tmp_path):
    impor_p3ke.impor(db, pasangan_2023(tmp_path), pengguna="penguji")
    assert sdasbor.hitung(db, ("617202",)).wilayah == ("617202",)  # no reference yet
    wilayah_csv.impor(db, WILAYAH_61)
    d = sdasbor.hitung(db, ("617202", "6172011001", "6172999"))
    assert d.wilayah == ("Singkawang Barat", "Roban", "6172999")
    assert d.keluarga == 2  # Roban's and Pasiran's families; 6172999 holds none
    assert sdasbor.hitung(db).wilayah == ()
