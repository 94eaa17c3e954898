"""What the readers give back for every kind of cell, and how an identifier cell of each kind
is turned into text (tech-notes section 5: calamine returns every number as a float, so a
16-digit NIK number cell must be recognised as damaged)."""

from __future__ import annotations

import datetime as dt

import openpyxl

from kalbar_desktop.domain import nik
from kalbar_desktop.exchange.reader import buka_lembar, buka_lembar_awal


def _tulis(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sel"
    nilai = [
        ("angka16", 6172015508900001),          # Excel stores it as a number
        ("angka_besar", 9171012345678901),      # above 2**53: the last digit is gone in a float
        ("teks16", "6172015508900001"),
        ("ilmiah", "6.17201E+15"),
        ("kutip", "'6172015508900001"),
        ("tanggal", dt.date(1980, 1, 2)),
        ("waktu_tanggal", dt.datetime(1980, 1, 2, 3, 4)),
        ("benar", True),
        ("kosong", None),
        ("rumus", "=1+1"),                      # openpyxl writes a formula without a value
        ("desimal", 1.5),
        ("jam", dt.time(3, 4)),
    ]
    for baris in nilai:
        ws.append(list(baris))
    ws["C1"] = "kolom C"
    wb.save(path)
    return [n for n, _ in nilai]


def test_tipe_sel_calamine_dan_identitas(tmp_path):
    nama = _tulis(tmp_path / "sel.xlsx")
    (lembar,) = buka_lembar(tmp_path / "sel.xlsx")
    sel = {r[0]: r[1] for _, r in lembar.baris()}
    assert list(sel) == nama
    assert sel["angka16"] == 6172015508900001.0 and isinstance(sel["angka16"], float)
    assert sel["angka_besar"] == 9171012345678900.0
    assert sel["teks16"] == "6172015508900001"
    assert sel["tanggal"] == dt.date(1980, 1, 2)
    assert sel["waktu_tanggal"] == dt.datetime(1980, 1, 2, 3, 4)
    assert sel["benar"] is True
    assert sel["kosong"] == "" and sel["rumus"] == ""
    assert sel["desimal"] == 1.5 and sel["jam"] == dt.time(3, 4)

    assert nik.teks_identitas(sel["angka16"]) == ("6172015508900001", nik.BENTUK_ANGKA)
    assert nik.teks_identitas(sel["angka_besar"]) == ("9171012345678900", nik.BENTUK_ANGKA)
    assert nik.teks_identitas(sel["teks16"]) == ("6172015508900001", nik.BENTUK_TEKS)
    assert nik.teks_identitas(sel["ilmiah"]) == ("6.17201E+15", nik.BENTUK_ILMIAH)
    assert nik.teks_identitas(sel["kutip"]) == ("6172015508900001", nik.BENTUK_TEKS)


def test_pembaca_cepat_memberi_nilai_seperti_calamine(tmp_path):
    _tulis(tmp_path / "sel.xlsx")
    (penuh,) = buka_lembar(tmp_path / "sel.xlsx")
    (cepat,) = buka_lembar_awal(tmp_path / "sel.xlsx", 60)
    a = {r[0]: r[1] for _, r in penuh.baris()}
    # the quick reader may end a row at its last written cell
    b = {r[0]: (r[1] if len(r) > 1 else "") for _, r in cepat.baris()}
    for k in ("angka16", "angka_besar", "teks16", "ilmiah", "kutip", "tanggal", "benar",
              "kosong", "desimal"):
        assert (k, type(b[k]), b[k]) == (k, type(a[k]), a[k])
    assert b["rumus"] in ("", "=1+1")  # openpyxl shows the formula text, calamine its value


def test_kolom_a_kosong_tetap_indeks_0(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["C3"], ws["D3"], ws["C4"] = "ID Keluarga P3KE", "NIK", "P3KE001"
    wb.save(tmp_path / "geser.xlsx")
    (lembar,) = buka_lembar(tmp_path / "geser.xlsx")
    baris = dict(lembar.baris())
    assert baris[3][2:4] == ["ID Keluarga P3KE", "NIK"] and baris[4][2] == "P3KE001"
    assert lembar.huruf_kolom(2) == "C"
