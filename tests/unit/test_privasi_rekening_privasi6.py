"""Bank account and card numbers in notes (closing note 23, "Personal data": a 15-digit bank
account number in a note was masked like a NIK, keeping 10 of its 15 digits, and one of 10 to
12 digits after "rek BNI" stayed whole). A bank number is personal financial data (UU 27/2022
art. 4), not a NIK: after a bank label (rek, rekening, norek, BRI, BNI, BSI, BCA, BTN,
Mandiri, Bank ..., KKS, ATM), written as BRI prints one, or 14 digits or more starting with 0
(no NIK starts with 0, no phone number is that long), only its last four digits stay, from 6
digits on. NIKs and No KKs keep their own masks; phone numbers, amounts, years and short
numbers without a label stay. The rule is in docs/security.md. Whatever is masked comes back
whole when the note is edited around it (``pulihkan_catatan``). Through an export and the
re-import of that workbook too."""

from __future__ import annotations

import openpyxl
import pytest

from kalbar_desktop.domain.nik import (
    nomor_tersamar,
    pulihkan_catatan,
    samarkan_catatan,
    samarkan_nilai,
)
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.lapangan import ID_KELUARGA, OPERATOR_B, db_desa
from tests.unit.test_dua_laptop import _baca, _simpan, _terapkan, _v
from tests.unit.test_ekspor_catatan_samar import _ekspor

NIK = "6172011508800001"


@pytest.mark.parametrize(("teks", "samar"), [
    # after a label, whatever the length from 6 digits on
    ("transfer ke rek BRI 012301012345501 a.n. ibu",
     "transfer ke rek BRI ***********5501 a.n. ibu"),
    ("No. Rek: 0123-01-012345-50-1", "No. Rek: ****-**-*****5-50-1"),
    ("rekening 1234567890", "rekening ******7890"),
    ("BNI 0123456789 atas nama anak", "BNI ******6789 atas nama anak"),
    ("norek 3021 0101 2345 503", "norek **** **** ***5 503"),
    ("KKS 6013011234567890", "KKS ************7890"),
    ("ATM BRI 5221 8412 3456 7890", "ATM BRI **** **** **** 7890"),
    ("Mandiri 1420012345678", "Mandiri *********5678"),
    ("Bank Kalbar 1002003004", "Bank Kalbar ******3004"),
    ("rekening BRI baru: 3021 01 012345 50 3", "rekening BRI baru: **** ** *****5 50 3"),
    ("rek 123456", "rek **3456"),
    (f"rek. {NIK}", "rek. ************0001"),  # a NIK there is hidden even more
    # without a label: the shapes only a bank number has
    ("saldo di 0123-01-012345-50-1", "saldo di ****-**-*****5-50-1"),
    ("012301012345501", "***********5501"),
    ("buku tabungan 0123 0101 2345 5501", "buku tabungan **** **** **** 5501"),
])
def test_nomor_rekening_hanya_empat_digit_terakhir(teks, samar):
    assert samarkan_catatan(teks) == samar
    assert samarkan_nilai("catatan", teks) == samar
    assert samarkan_nilai("alasan_lainnya", teks) == samar
    assert samarkan_catatan(samar) == samar
    assert pulihkan_catatan(samar + " (dicek)", teks) == teks + " (dicek)"
    assert nomor_tersamar(pulihkan_catatan(samar, teks)) is None


@pytest.mark.parametrize(("teks", "samar"), [
    (f"NIK baru {NIK}", "NIK baru 617201******0001"),
    (NIK, "617201******0001"),
    ("NIK 123401012345501", "NIK 123401*****5501"),  # 15 digits after a NIK label
    ("NIK 6172011203", "NIK 61********"),
    (f"NIK {NIK} rek BRI 0123-01-012345-50-1",
     "NIK 617201******0001 rek BRI ****-**-*****5-50-1"),
    (f"rek BRI NIK {NIK}", "rek BRI NIK 617201******0001"),  # the NIK label is nearer
])
def test_nik_tetap_disamarkan_seperti_nik(teks, samar):
    assert samarkan_catatan(teks) == samar


@pytest.mark.parametrize("teks", [
    "HP 081234567890", "telp 0812 3456 7890", "+62 812 3456 7890", "KKS 2023",
    "rek 2 buah", "BRI unit Sungai Raya", "setor Rp 1.500.000 ke rek 1.500.000",
    "bank di desa 2 orang", "rekening dibuka 12-05-2023", "ATM 2021 2022 2023 2024",
    "ID 0061720001 rek 0061720001",  # the family's own ID stays, whatever the label
])
def test_yang_bukan_nomor_rekening_tetap_terbaca(teks):
    assert samarkan_catatan(teks, ("0061720001",)) == teks


def test_catatan_ekspor_tersamar_dan_kembali_tanpa_perubahan(tmp_path):
    """The by-name workbook with masked NIKs (the default) masks the bank numbers of a note
    the same way; it comes back unchanged without changing anything, and a note edited in it
    around the masked numbers keeps them whole."""
    k1, k2 = ID_KELUARGA[:2]
    catatan = f"NIK baru {NIK}; bantuan ke rek BRI 0123-01-012345-50-1, BNI 0123456789"
    lainnya = "pindah, rekening 012301012345501 ditutup"
    kantor = db_desa(tmp_path)
    _simpan(kantor, k1, OPERATOR_B, catatan=catatan)
    _simpan(kantor, k2, OPERATOR_B, kelayakan="TIDAK_LAYAK", alasan="LAINNYA",
            alasan_lainnya=lainnya)
    buku = _ekspor(kantor, "samar", nik_penuh=False)
    wb = openpyxl.load_workbook(buku)
    teks = [str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value]
    assert ("NIK baru 617201******0001; bantuan ke rek BRI ****-**-*****5-50-1, "
            "BNI ******6789") in teks
    assert "pindah, rekening ***********5501 ditutup" in teks
    assert not any(n in t for t in teks for n in ("012345-50", "0123456789", "012301012345501"))
    p = _baca(kantor, buku)
    assert p.masalah == [] and p.keluarga == [], (p.masalah, p.keluarga)
    ws = wb["Data Keluarga"]
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str) and c.value.startswith("NIK baru 617201"):
                c.value = c.value + " (sudah dicek)"
    wb.save(buku)
    p = _baca(kantor, buku)
    assert p.masalah == []
    _terapkan(kantor, p)
    assert _v(kantor, k1).verifikasi.catatan == catatan + " (sudah dicek)"
    assert _v(kantor, k2).verifikasi.alasan_lainnya == lainnya
    assert _ekspor(kantor, "penuh", nik_penuh=True).exists()
    with sdb.terbuka(kantor) as db:
        assert sv.muat(db, k1).verifikasi.catatan == catatan + " (sudah dicek)"


def test_jaring_log_menyamarkan_nomor_rekening():
    """The log's safety net (every number of 12 digits or more, whatever the role) masks a bank
    number to its last four digits too, not keeping 10 of them as the NIK mask does."""
    from kalbar_desktop.log import samarkan_angka

    assert samarkan_angka(f"nilai '{NIK}' rek 0123-01-012345-50-1") == (
        "nilai '617201******0001' rek ****-**-*****5-50-1")
    assert samarkan_angka("rekening 012301012345501") == "rekening ***********5501"
