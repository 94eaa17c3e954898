"""Data Keluarga's Provinsi, Kabupaten/Kota, Kecamatan and Desa/Kelurahan columns hold the
region names the database knows when the source file gave none (a 2023 file has no name
columns); a name the file gave stays as written (terima7 items 51 and 78)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import python_calamine

from kalbar_desktop.exchange import ekspor, impor_koreksi, impor_p3ke, wilayah_csv
from tests import masukan_luar as luar
from tests.conftest import WILAYAH_61, isi_tabel
from tests.unit.ekspor_data import VERIFIKATOR

KOLOM_NAMA = ("Provinsi", "Kabupaten/Kota", "Kecamatan", "Desa/Kelurahan")
NAMA_REFERENSI = {
    "0061720001": ("Kalimantan Barat", "Kota Singkawang", "Singkawang Tengah", "Roban"),
    "0061720002": ("Kalimantan Barat", "Kota Singkawang", "Singkawang Tengah", "Condong"),
    "0061720003": ("Kalimantan Barat", "Kota Singkawang", "Singkawang Barat", "Pasiran"),
}


def _ekspor(db, path: Path) -> Path:
    ekspor.ekspor(db, ekspor.OpsiEkspor(path, dengan_nama=True, alasan="Kiriman provinsi"),
                  VERIFIKATOR)
    return path


def _nama_openpyxl(path: Path) -> dict[str, tuple]:
    wb = openpyxl.load_workbook(path, read_only=True)
    baris = list(wb[ekspor.LEMBAR_KELUARGA].iter_rows(values_only=True))
    wb.close()
    return _nama(baris)


def _nama_calamine(path: Path) -> dict[str, tuple]:
    wb = python_calamine.CalamineWorkbook.from_path(str(path))
    return _nama(wb.get_sheet_by_name(ekspor.LEMBAR_KELUARGA).to_python())


def _nama(baris: list) -> dict[str, tuple]:
    kepala = list(baris[0])
    i_id = kepala.index("ID Keluarga P3KE")
    posisi = [kepala.index(h) for h in KOLOM_NAMA]
    return {b[i_id]: tuple(b[i] or None for i in posisi) for b in baris[1:]}


def test_2023_dengan_referensi_nama_wilayah_terisi(db, tmp_path):
    impor_p3ke.impor(db, list(luar.pasangan_2023(tmp_path)))
    tanpa = _ekspor(db, tmp_path / "tanpa_referensi.xlsx")
    # Nobody knows the names yet: the columns stay empty, nothing invented.
    assert set(_nama_openpyxl(tanpa).values()) == {(None, None, None, None)}
    wilayah_csv.impor(db, WILAYAH_61)
    path = _ekspor(db, tmp_path / "provinsi.xlsx")
    assert _nama_openpyxl(path) == NAMA_REFERENSI
    assert _nama_calamine(path) == NAMA_REFERENSI
    # The data SHA-256 covers the names as written.
    dihitung, tercatat = ekspor.sha256_workbook(path)
    assert dihitung == tercatat


def test_nama_dari_berkas_tetap_seperti_tertulis(db, tmp_path):
    """A 2022 file's own names stay (here in capitals), even with the reference loaded."""
    baris = luar.baris_keluarga_2022()
    for b in baris:
        b[1:5] = [b[1].upper(), b[2].upper(), b[3].upper(), b[4].upper()]
    impor_p3ke.impor(db, [luar.xlsx(tmp_path / "keluarga.xlsx", luar.KELUARGA_2022, baris)])
    wilayah_csv.impor(db, WILAYAH_61)
    nama = _nama_openpyxl(_ekspor(db, tmp_path / "provinsi.xlsx"))
    assert nama == {k: tuple(n.upper() for n in v) for k, v in NAMA_REFERENSI.items()}


def test_tanpa_referensi_nama_dari_berkas_lain(db, tmp_path):
    """Without a reference, the names another P3KE file brought for the same desa fill a 2023
    family's empty columns."""
    baris_2022 = luar.baris_keluarga_2022()[:1]  # 0061720001, desa Roban, with names
    impor_p3ke.impor(db, [luar.xlsx(tmp_path / "lama.xlsx", luar.KELUARGA_2022, baris_2022)])
    baris_2023 = luar.baris_kepala()
    for b in baris_2023:
        b[0] = "0071720" + b[0][-3:]  # other families, same desa codes
    impor_p3ke.impor(db, [luar.xlsx(tmp_path / "baru.xlsx", luar.KEPALA_2023, baris_2023)])
    nama = _nama_openpyxl(_ekspor(db, tmp_path / "provinsi.xlsx"))
    roban = NAMA_REFERENSI["0061720001"]
    assert nama["0061720001"] == roban
    assert nama["0071720001"] == roban  # the same desa: every name known
    # Condong (same kecamatan) takes the names of its kecamatan and above; its own is unknown.
    assert nama["0071720002"] == (*roban[:3], None)
    assert nama["0071720003"] == ("Kalimantan Barat", "Kota Singkawang", None, None)


def test_impor_ulang_workbook_dengan_nama_tidak_mengubah_apa_pun(db, tmp_path):
    impor_p3ke.impor(db, list(luar.pasangan_2023(tmp_path)))
    wilayah_csv.impor(db, WILAYAH_61)
    path = _ekspor(db, tmp_path / "provinsi.xlsx")
    assert _nama_openpyxl(path) == NAMA_REFERENSI
    sebelum = {t: isi_tabel(db, t) for t in ("keluarga", "anggota", "verifikasi_keluarga",
                                             "verifikasi_anggota", "wilayah")}
    pratinjau = impor_koreksi.baca(db, path, VERIFIKATOR)
    assert pratinjau.masalah == []
    assert pratinjau.keluarga == []
    assert pratinjau.baris_dibaca == 3 and pratinjau.tanpa_perubahan == 3
    impor_koreksi.terapkan(db, pratinjau, VERIFIKATOR)
    assert {t: isi_tabel(db, t) for t in sebelum} == sebelum
