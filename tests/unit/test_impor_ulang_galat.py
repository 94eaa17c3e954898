"""Re-import of a workbook whose cells hold an Excel error (``#NAME?``, ``#VALUE!``, ``#N/A``)
where the field officer typed something: a note starting with ``-``, ``+`` or ``=`` that Excel
took for a formula, or a lookup gone wrong. Every reader (python-calamine, openpyxl's values)
sees such a cell empty, so the re-import read an empty Catatan and cleared the office's note
without a word. Now each such cell is a problem naming sheet, row, column and the error, and
saying how to type the text; its family is held back. The workbooks: exported by the
application, edited with openpyxl, and once recalculated by LibreOffice (a real formula with an
error result, as Excel writes it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl.utils import get_column_letter

from kalbar_desktop.exchange.reader import sel_galat
from tests.berkas_uji import libreoffice_simpan_ulang
from tests.lapangan import ANAK, ID_KELUARGA, OPERATOR_B, db_desa
from tests.unit.test_dua_laptop import _baca, _ekspor, _simpan, _terapkan, _v
from tests.unit.test_impor_ulang_sel5 import _buka

K1, K2, K3 = ID_KELUARGA[:3]
"""Family 1 holds ANAK."""


def _workbook(tmp_path: Path, catatan_k1: str, catatan_anak: str) -> tuple[Path, Path, dict]:
    """The office (family 1 with a note already) and its workbook with family 1's Catatan and
    the child's Catatan anggota set to the given cell values, family 3's Catatan typed as text.
    Returns the office, the workbook and the rows (sheet -> ID -> row)."""
    kantor = db_desa(tmp_path)
    _simpan(kantor, K1, OPERATOR_B, catatan="kunjungan pertama")
    _simpan(kantor, K2, OPERATOR_B, catatan="catatan kantor")
    wb, kolom, baris = _buka(_ekspor(kantor, "kantor"))
    k, a = kolom["Data Keluarga"], kolom["Data Anggota"]
    wb["Data Keluarga"].cell(baris["Data Keluarga"][K1], k["Catatan"]).value = catatan_k1
    wb["Data Keluarga"].cell(baris["Data Keluarga"][K3], k["Catatan"]).value = "dikunjungi ulang"
    wb["Data Anggota"].cell(baris["Data Anggota"][ANAK], a["Catatan anggota"]).value = \
        catatan_anak
    buku = tmp_path / "galat.xlsx"
    wb.save(buku)
    return kantor, buku, {"kolom": kolom, "baris": baris}


def _periksa(kantor: Path, buku: Path, info: dict, galat_k1: str, galat_anak: str) -> None:
    """Both error cells are problems naming their place and error; family 1 keeps its office
    note and the child hers; family 3's typed note applies; family 2 is untouched."""
    k, a = info["kolom"]["Data Keluarga"], info["kolom"]["Data Anggota"]
    baris = info["baris"]
    p = _baca(kantor, buku)
    masalah = [m for m in p.masalah if m.jenis == "RUMUS_TANPA_NILAI"]
    assert [(m.lembar, m.baris, m.id_keluarga, m.kolom) for m in masalah] == [
        ("Data Keluarga", baris["Data Keluarga"][K1], K1,
         f"{get_column_letter(k['Catatan'])} (Catatan)"),
        ("Data Anggota", baris["Data Anggota"][ANAK], K1,
         f"{get_column_letter(a['Catatan anggota'])} (Catatan anggota)")]
    assert masalah[0].pesan == (
        f"sel ini berisi galat Excel {galat_k1}, bukan isian: biasanya tulisan yang diawali "
        "tanda '-', '+' atau '=' (misalnya '- rumah kosong') dianggap Excel sebagai rumus, jadi "
        "isinya tidak terbaca dan keluarga ini tidak diterapkan. Ketik ulang isinya diawali "
        "tanda petik (') agar Excel menyimpannya sebagai teks, misalnya '- rumah kosong, atau "
        "tanpa tanda di depannya, lalu impor lagi")
    assert f"galat Excel {galat_anak}" in masalah[1].pesan
    assert "2 sel berisi rumus tanpa nilai tersimpan atau galat Excel" in p.pesan(), p.pesan()
    assert [kk.id_keluarga for kk in p.keluarga] == [K3]
    _terapkan(kantor, p)
    assert _v(kantor, K1).verifikasi.catatan == "kunjungan pertama"
    assert _v(kantor, K2).verifikasi.catatan == "catatan kantor"
    assert _v(kantor, K3).verifikasi.catatan == "dikunjungi ulang"


def test_sel_galat_tertulis_disebut_dan_catatan_kantor_tetap(tmp_path):
    """Error values written as such (openpyxl stores '#NAME?' as an error cell, t="e"): before,
    family 1's Catatan read as empty and the office's note was cleared."""
    kantor, buku, info = _workbook(tmp_path, "#NAME?", "#N/A")
    _periksa(kantor, buku, info, "#NAME?", "#N/A")


@pytest.mark.slow
def test_rumus_bergalat_dari_libreoffice_disebut(tmp_path):
    """Notes typed as '=- rumah kosong' and '=+62 812', recalculated by LibreOffice: real
    formulas whose stored result is an error (``<f>...</f><v>#NAME?</v>``), as Excel saves a
    note typed starting with '-'. The same problems; the scanner finds them in the saved XML."""
    kantor, buku, info = _workbook(tmp_path, "=-rumah kosong", "=+sekolah SD")
    hasil = libreoffice_simpan_ulang(buku, tmp_path)
    galat = {n: g for per_baris in sel_galat(hasil, "Data Keluarga").values()
             for n, g in per_baris.items()}
    assert list(galat) == [info["baris"]["Data Keluarga"][K1]], galat
    g_k1 = galat[info["baris"]["Data Keluarga"][K1]]
    g_anak = next(g for per_baris in sel_galat(hasil, "Data Anggota").values()
                  for g in per_baris.values())
    assert g_k1.startswith("#") and g_anak.startswith("#")
    _periksa(kantor, hasil, info, g_k1, g_anak)
