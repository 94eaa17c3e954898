"""The by-name workbook's Catatan pengembalian of a family sent back and submitted again
(closing note 23, Export and re-import): the stored note stays (each send-back and its note
are in the audit trail), and the workbook wrote it as if the family were still sent back. Now
the note of a family that is Dikembalikan is written as it is; any other state marks it
answered. The workbook comes back unchanged without a problem, masked or not, and so does one
exported before (the bare note beside Diajukan). Workbooks read and edited with openpyxl."""

from __future__ import annotations

import pytest

from kalbar_desktop.domain.status import AWALAN_SUDAH_DIAJUKAN, AksiPersetujuan
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.lapangan import OPERATOR_B, VERIFIKATOR
from tests.unit.test_dua_laptop import _baca
from tests.unit.test_ekspor_catatan_samar import K1, K3, KEMBALI_K3, _ekspor, _kantor
from tests.unit.test_impor_ulang_sel5 import _buka

KEMBALI_K1 = "alamat belum sesuai KK"


def _kantor_diajukan_lagi(tmp_path):
    """Family 3 sent back (its note holds a NIK) and submitted again; family 1 sent back now."""
    kantor = _kantor(tmp_path)
    with sdb.terbuka(kantor) as db:
        sv.ubah_persetujuan(db, K3, OPERATOR_B, AksiPersetujuan.AJUKAN, sv.muat(db, K3).versi)
        v = sv.ubah_persetujuan(db, K1, OPERATOR_B, AksiPersetujuan.AJUKAN,
                                sv.muat(db, K1).versi)
        sv.ubah_persetujuan(db, K1, VERIFIKATOR, AksiPersetujuan.KEMBALIKAN, v, KEMBALI_K1)
        assert sv.muat(db, K3).verifikasi.catatan_pengembalian == KEMBALI_K3  # kept stored
    return kantor


def _sel(buku, idk: str, kolom: str):
    wb, k, b = _buka(buku)
    return wb["Data Keluarga"].cell(b["Data Keluarga"][idk], k["Data Keluarga"][kolom]).value


@pytest.mark.parametrize("nik_penuh", [True, False])
def test_catatan_yang_sudah_dijawab_ditandai_dan_kembali_tanpa_masalah(tmp_path, nik_penuh):
    kantor = _kantor_diajukan_lagi(tmp_path)
    buku = _ekspor(kantor, "prov", nik_penuh=nik_penuh)
    assert _sel(buku, K3, "Persetujuan") == "Diajukan"
    teks = _sel(buku, K3, "Catatan pengembalian")
    assert teks.startswith("(sudah diajukan lagi) cek lagi NIK "), teks
    assert teks.endswith(KEMBALI_K3[-16:] if nik_penuh else "******0003"), teks
    assert _sel(buku, K1, "Persetujuan") == "Dikembalikan"
    assert _sel(buku, K1, "Catatan pengembalian") == KEMBALI_K1
    p = _baca(kantor, buku)
    assert p.masalah == [] and p.keluarga == [], p.masalah


def test_workbook_lama_dengan_catatan_polos_tidak_ditolak(tmp_path):
    """A workbook exported before this change wrote the bare note beside Diajukan."""
    kantor = _kantor_diajukan_lagi(tmp_path)
    buku = _ekspor(kantor, "lama", nik_penuh=True)
    wb, k, b = _buka(buku)
    ws = wb["Data Keluarga"]
    ws.cell(b["Data Keluarga"][K3], k["Data Keluarga"]["Catatan pengembalian"]).value = \
        KEMBALI_K3
    wb.save(buku)
    p = _baca(kantor, buku)
    assert p.masalah == [], p.masalah


def test_catatan_pengembalian_diubah_di_workbook_tetap_ditolak(tmp_path):
    kantor = _kantor_diajukan_lagi(tmp_path)
    buku = _ekspor(kantor, "ubah", nik_penuh=True)
    wb, k, b = _buka(buku)
    wb["Data Keluarga"].cell(b["Data Keluarga"][K3],
                             k["Data Keluarga"]["Catatan pengembalian"]).value = (
        AWALAN_SUDAH_DIAJUKAN + "diubah provinsi")
    wb.save(buku)
    p = _baca(kantor, buku)
    assert [(m.id_keluarga, m.jenis) for m in p.masalah] == [(K3, "TIDAK_LEWAT_IMPOR")]
