"""Notes masking, what closing note 21 left open (privasi5):

- a NIK or No KK of 12 digits or fewer was never masked in a note, even labelled as one ("NIK
  6172011203", "KK: 61720112", "nik=617201"): a number after a NIK/KK label is masked whatever
  its length from 6 digits on, keeping only the province (``61********``); a plain 12-digit run
  (a phone number) stays;
- a list of years ("2021 2022 2023 2024") and an amount followed by years were joined into one
  16-digit number and masked;
- another family's ID Keluarga typed after "ID" (a duplicate) was masked, and so was the
  duplicate's ID in the audit window: an ID is P3KE's record number, shown to everyone, unless
  it is a valid NIK.

Whatever is masked is restored when the note comes back edited (``pulihkan_catatan``), and the
re-import of a masked workbook sent back unchanged changes nothing."""

from __future__ import annotations

import pytest

from kalbar_desktop.domain.nik import (
    nomor_tersamar,
    pulihkan_catatan,
    samarkan_catatan,
    samarkan_nilai,
    samarkan_teks,
)
from tests.lapangan import ID_KELUARGA, OPERATOR_B
from tests.unit.test_dua_laptop import _baca, _simpan, _terapkan, _v
from tests.unit.test_ekspor_catatan_samar import _ekspor
from tests.unit.test_impor_ulang_sel5 import _buka

NIK = "6172011508800001"


@pytest.mark.parametrize(("teks", "samar"), [
    ("NIK 6172011203", "NIK 61********"),
    ("KK: 61720112 rusak", "KK: 61****** rusak"),
    ("nik=617201", "nik=61****"),
    ("No. KK 617201120315 (kurang 4)", "No. KK 61********** (kurang 4)"),
    ("No KK 6172011203", "No KK 61********"),
    ("nomor induk kependudukan 6172011508", "nomor induk kependudukan 61********"),
    ("NIK kepala keluarga: 61720115088", "NIK kepala keluarga: 61*********"),
    ("NIK istri 6172 0115 088", "NIK istri 61** **** ***"),
    ("NIK-nya 617201150880", "NIK-nya 61**********"),
    ("NIK6172011508800001", "NIK61**************"),
    ("KTP 6172011508", "KTP 61********"),
])
def test_nomor_berlabel_nik_atau_kk_disamarkan_apa_pun_panjangnya(teks, samar):
    assert samarkan_catatan(teks) == samar
    assert samarkan_nilai("catatan", teks) == samar
    assert samarkan_catatan(samar) == samar
    assert pulihkan_catatan(samar + " (dicek)", teks) == teks + " (dicek)"


@pytest.mark.parametrize("teks", [
    "081234567890", "HP 081234567890", "telp 0812 3456 7890", "KK 2 orang", "KK 2019",
    "NIK: 12-05-2023", "NIK tidak ada, HP 081234567", "tahun 2021 2022 2023 2024",
    "2021 2022 2023 2024", "Rp 1.500.000 2023 2024", "1.500.000 2.000.000 3.500.000 4.000.000",
    "NIK ke-3 dari 5", "bantuan 2019-2020-2021-2022", "KKS 2023",
    "duplikat dengan P3KE61720123456789", "duplikat dengan ID 6172000000123",
    "ganda dengan ID Keluarga 61720123456789", "ID Individu 617200000012301",
])
def test_yang_bukan_nik_tetap_terbaca(teks):
    assert samarkan_catatan(teks) == teks


def test_tahun_dan_jumlah_tidak_lagi_disamarkan_di_teks_lain():
    """The general masking (findings, audit values) joined them the same way."""
    assert samarkan_teks("2021 2022 2023 2024") == "2021 2022 2023 2024"
    assert samarkan_teks("Rp 1.500.000 2023 2024 2025") == "Rp 1.500.000 2023 2024 2025"


@pytest.mark.parametrize(("teks", "samar"), [
    (f"Rp 1.500.000 {NIK}", "Rp 1.500.000 617201******0001"),
    ("Rp 1.500.000 6172 0115 0880 0001", "Rp 1.500.000 6172 01** **** 0001"),
    ("6.172.011.508.800.001", "6.172.01*.***.**0.001"),  # Excel's thousands: not an amount
    (f"ID {NIK}", "ID 617201******0001"),  # a valid NIK, whatever the label
    ("ID KK 6172011203", "ID KK 61********"),
    (f"tahun 2023 {NIK}", "tahun 2023 61**********0001"),
])
def test_nik_di_samping_jumlah_tahun_atau_id_tetap_tersamar(teks, samar):
    assert samarkan_catatan(teks) == samar


def test_id_keluarga_ganda_di_jejak_audit_tampil_utuh():
    assert samarkan_nilai("id_keluarga_ganda", "61720000000123456") == "61720000000123456"
    assert samarkan_nilai("id_keluarga", "61720000000123456") == "61720000000123456"
    assert samarkan_nilai("id_keluarga_ganda", NIK) == "617201******0001"


def test_nomor_berlabel_yang_diubah_bintangnya_tetap_tersamar_ditemukan():
    asli = "NIK 6172011203 dan KK 61720112"
    samar = samarkan_catatan(asli)
    assert samar == "NIK 61******** dan KK 61******"
    assert pulihkan_catatan(samar.replace("dan", "serta"), asli) == asli.replace("dan", "serta")
    dibiarkan = pulihkan_catatan("NIK 61*******", asli)  # a star removed: stands for nothing
    assert nomor_tersamar(dibiarkan) == "61*******"


K1, K2 = ID_KELUARGA[:2]
CATATAN = f"NIK istri 6172011203 rusak; bantuan 2021 2022 2023 2024; NIK baru {NIK}"
LAINNYA = "ganda dengan ID 00617290000002 (keluarga lain)"


def test_workbook_tersamar_kembali_utuh_dengan_nomor_berlabel(tmp_path):
    """The workbook masks what the window masks; sent back unchanged it changes nothing, and a
    note edited around the labelled number keeps the number whole."""
    from tests.lapangan import db_desa
    kantor = db_desa(tmp_path)
    _simpan(kantor, K1, OPERATOR_B, catatan=CATATAN)
    _simpan(kantor, K2, OPERATOR_B, kelayakan="TIDAK_LAYAK", alasan="LAINNYA",
            alasan_lainnya=LAINNYA)
    buku = _ekspor(kantor, "samar", nik_penuh=False)
    wb, kolom, baris = _buka(buku)
    k, kk, rk = wb["Data Keluarga"], kolom["Data Keluarga"], baris["Data Keluarga"]
    assert k.cell(rk[K1], kk["Catatan"]).value == (
        "NIK istri 61******** rusak; bantuan 2021 2022 2023 2024; NIK baru 617201******0001")
    assert k.cell(rk[K2], kk["Alasan lainnya"]).value == LAINNYA
    p = _baca(kantor, buku)
    assert p.masalah == [] and p.keluarga == [], (p.masalah, p.keluarga)
    sel = k.cell(rk[K1], kk["Catatan"])
    sel.value = sel.value.replace("rusak", "rusak, sudah ke Dukcapil")
    wb.save(buku)
    p = _baca(kantor, buku)
    assert p.masalah == []
    _terapkan(kantor, p)
    assert _v(kantor, K1).verifikasi.catatan == CATATAN.replace("rusak",
                                                                "rusak, sudah ke Dukcapil")


@pytest.mark.parametrize(("teks", "tersamar"), [
    ("NIK61******** belum dicek", "61********"),  # a labelled mask glued to its label
    ("NIK 61**** lama", "61****"),
    ("ukuran 4x6*2 meter", "4x6*2"),  # as before: a star among digits after a space
    ("kode rumah A2*3, Rp5** saja", None),  # a star or two glued to a word: no mask
])
def test_nomor_tersamar_yang_menempel_pada_kata(teks, tersamar):
    assert nomor_tersamar(teks) == tersamar
