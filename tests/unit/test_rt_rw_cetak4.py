"""RT/RW typed by the province in columns added by hand (closing note 22). Decided with the
domain doc: the address is P3KE data that verification may correct (the family's form keeps
the source value beside the correction), but P3KE's Alamat is free text with no RT/RW fields,
and the re-import applies verification columns only (not even the workbook's own Alamat
column), so RT/RW are still not applied. What the office had to do by hand was find which
families need it: now each family whose typed RT/RW says something its address in force does
not is a problem line of its own (sheet, row, column, the typed RT/RW and the address), while
the rest of its row applies; a typed RT/RW the address already carries is not listed. Workbook
exported by the application, columns inserted with openpyxl."""

from __future__ import annotations

import openpyxl

from kalbar_desktop.domain import alamat
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.lapangan import ID_KELUARGA, OPERATOR_B, db_desa
from tests.unit.test_dua_laptop import _baca, _ekspor, _terapkan, _v
from tests.unit.test_impor_ulang_sel5 import _buka

K1, K2, K3 = ID_KELUARGA[:3]


def _alamat(path, idk: str, teks: str) -> None:
    """The family's address corrected in the form."""
    with sdb.terbuka(path) as db:
        d = sv.muat(db, idk)
        sv.simpan(db, idk, OPERATOR_B, d.verifikasi, d.versi, koreksi={"alamat": teks})


def test_rt_rw_dari_alamat_dan_kolom():
    assert alamat.dari_alamat("JL. PARIT HAJI HUSIN RT 003 RW 015") == alamat.RtRw(3, 15)
    assert alamat.dari_alamat("Dusun Suka Maju RT.001/RW.002") == alamat.RtRw(1, 2)
    assert alamat.dari_alamat("RT/RW 004/002 Gg. Mawar") == alamat.RtRw(4, 2)
    assert alamat.dari_alamat("Gg. Mawar No 12") == alamat.RtRw()
    assert alamat.dari_alamat("Jl. Sartika (PARIT) rt 7") == alamat.RtRw(7, None)
    assert alamat.dari_kolom({"RT": "003", "RW": 15.0}) == alamat.RtRw(3, 15)
    assert alamat.dari_kolom({"RT/RW": "003/015"}) == alamat.RtRw(3, 15)
    assert alamat.dari_kolom({"No. RT": "RT 4"}) == alamat.RtRw(4, None)
    assert not alamat.berbeda(alamat.RtRw(3, None), alamat.RtRw(3, 15))
    assert alamat.berbeda(alamat.RtRw(3, 15), alamat.RtRw(3, None))


def test_rt_rw_beda_disebut_per_keluarga(tmp_path):
    kantor = db_desa(tmp_path)
    _alamat(kantor, K2, "Jl. Merdeka RT 004 RW 002")
    _alamat(kantor, K3, "Jl. Merdeka RT 003")
    wb, kolom, baris = _buka(_ekspor(kantor, "kantor"))
    ws = wb["Data Keluarga"]
    c = kolom["Data Keluarga"]["Alamat"] + 1
    ws.insert_cols(c, 2)
    ws.cell(1, c).value, ws.cell(1, c + 1).value = "RT", "RW"
    for idk, rt, rw in ((K1, "003", "001"), (K2, 4, 2), (K3, "5", None)):
        ws.cell(baris["Data Keluarga"][idk], c).value = rt
        ws.cell(baris["Data Keluarga"][idk], c + 1).value = rw
    c_catatan = next(x.column for x in ws[1] if x.value == "Catatan")
    ws.cell(baris["Data Keluarga"][K1], c_catatan).value = "rumah di ujung gang"
    buku = tmp_path / "rt_rw.xlsx"
    wb.save(buku)

    p = _baca(kantor, buku)
    huruf = openpyxl.utils.get_column_letter
    assert [(m.id_keluarga, m.baris, m.kolom, m.jenis) for m in p.masalah] == [
        (K1, baris["Data Keluarga"][K1], f"{huruf(c)} (RT), {huruf(c + 1)} (RW)",
         "RT_RW_TIDAK_DITERAPKAN"),
        (K3, baris["Data Keluarga"][K3], f"{huruf(c)} (RT)", "RT_RW_TIDAK_DITERAPKAN")]
    assert p.masalah[0].pesan == (
        "RT/RW di workbook (RT 3, RW 1) tidak diterapkan: alamat di basis data 'Jl. Merdeka' "
        "(tanpa RT/RW). Alamat adalah data P3KE; bila RT/RW keluarga ini memang berubah, "
        "betulkan alamatnya di formulir keluarga, bagian Identitas dan alamat.")
    assert "alamat di basis data 'Jl. Merdeka RT 003' (RT 3)" in p.masalah[1].pesan
    assert p.baris_bermasalah == 0  # the rest of those rows applies
    assert ("2 keluarga yang RT/RW-nya di workbook tidak sama dengan alamatnya di basis data "
            "disebut satu per satu di daftar masalah") in p.pesan()
    assert [(k.id_keluarga, [u.baru for u in k.perubahan]) for k in p.keluarga] == [
        (K1, ["rumah di ujung gang"])]
    _terapkan(kantor, p)
    assert _v(kantor, K1).verifikasi.catatan == "rumah di ujung gang"
    assert _v(kantor, K1).nilai["alamat"] == "Jl. Merdeka"  # not applied
    assert _v(kantor, K3).nilai["alamat"] == "Jl. Merdeka RT 003"
