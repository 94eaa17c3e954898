"""Bank numbers typed bare in a note (closing note 24: a 13-digit bank number without a bank word
was masked as a NIK, keeping ten of its digits). Decided (docs/security.md, "Numbers in notes"):
13 to 15 digits without a NIK label keep only their last four digits (a NIK with digits missing
and a Mandiri or BRI account cannot be told apart); "transfer (ke)", "tf" before a number and
"a.n." / "atas nama" after it mark a bank account of any length from 6 digits; phone numbers
stay, and so do numbers of 10 to 12 digits without any of these words (a meter number, a
region code). Notes as operators type them, through the masking, the restoring of an edited
note and the by-name workbook with masked NIKs."""

from __future__ import annotations

import openpyxl
import pytest

from kalbar_desktop.domain.nik import nomor_tersamar, pulihkan_catatan, samarkan_catatan
from tests.lapangan import ID_KELUARGA, OPERATOR_B, db_desa
from tests.unit.test_dua_laptop import _simpan
from tests.unit.test_ekspor_catatan_samar import _ekspor

NIK = "6172011508800001"


@pytest.mark.parametrize(("teks", "samar"), [
    ("no rek 0123456789012", "no rek *********9012"),
    ("transfer ke 1234567890123 a.n. Siti Aminah", "transfer ke *********0123 a.n. Siti Aminah"),
    ("transfer ke 1234567890 a.n. Siti", "transfer ke ******7890 a.n. Siti"),
    ("sudah tf 0987654321 kemarin", "sudah tf ******4321 kemarin"),
    ("Transfer ke BNI 0123456789", "Transfer ke BNI ******6789"),
    ("bantuan masuk ke 1420012345678", "bantuan masuk ke *********5678"),  # Mandiri, bare
    ("rekening lama 302101012345503 tutup", "rekening lama ***********5503 tutup"),
    ("302101012345503 (BRI anak)", "***********5503 (BRI anak)"),  # BRI, 15 digits, bare
    ("1234567890 a.n. Siti", "******7890 a.n. Siti"),
    ("nomor 1234567890 atas nama ibu", "nomor ******7890 atas nama ibu"),
    ("istri 6172015003852", "istri *********3852"),  # a NIK three digits short: less shown
])
def test_nomor_rekening_tanpa_kata_bank(teks, samar):
    assert samarkan_catatan(teks) == samar
    assert samarkan_catatan(samar) == samar
    assert pulihkan_catatan(samar + " (dicek)", teks) == teks + " (dicek)"
    assert nomor_tersamar(pulihkan_catatan(samar, teks)) is None


@pytest.mark.parametrize(("teks", "samar"), [
    ("NIK 617201150880001 kurang satu digit", "NIK 617201*****0001 kurang satu digit"),
    ("NIK istri 6172015003852", "NIK istri 617201***3852"),
    (f"NIK baru {NIK}", "NIK baru 617201******0001"),
    (NIK, "617201******0001"),
])
def test_nik_berlabel_dan_nik_penuh_tetap_bentuk_nik(teks, samar):
    assert samarkan_catatan(teks) == samar


@pytest.mark.parametrize("teks", [
    "HP 0812-3456-7890",  # decided: a phone number stays readable
    "telp 0812 3456 7890 (anak)",
    "HP 081234567890 a.n. Budi",  # whose number it is
    "+62 812 3456 7890 a.n. Budi",
    "transfer pulsa ke 081234567890",
    "pindah ke desa 6172011001",  # a region code
    "ID pelanggan PLN 532100123456",  # 12 digits: a meter number
    "uang Rp 2.500.000 a.n. Siti",
    "sejak 2021 2022 2023 2024",
    "tf 2 kali",
])
def test_yang_tetap_terbaca(teks):
    assert samarkan_catatan(teks) == teks


def test_catatan_ekspor_tersamar(tmp_path):
    """The by-name workbook with masked NIKs (the default) masks a bare bank number the same
    way: none of its first digits is in the workbook."""
    catatan = "transfer ke 1234567890123 a.n. Siti; HP 0812-3456-7890"
    kantor = db_desa(tmp_path)
    _simpan(kantor, ID_KELUARGA[0], OPERATOR_B, catatan=catatan)
    wb = openpyxl.load_workbook(_ekspor(kantor, "samar", nik_penuh=False))
    teks = [str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value]
    assert "transfer ke *********0123 a.n. Siti; HP 0812-3456-7890" in teks
    assert not any("123456789" in t for t in teks)
