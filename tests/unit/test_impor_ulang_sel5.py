"""Re-import leftovers, fifth round, cells and columns of a workbook edited by other means than
the application: a formula without a stored value (openpyxl, a script, never opened in Excel)
in a column the re-import reads is named with its sheet, row and column and holds back its
family instead of reading as an empty cell; columns added by hand (RT and RW beside the
address, one RT/RW column) are named in the summary as not read, with where to write their
content. The office database from P3KE files written with openpyxl (tests/lapangan.py); the
workbook exported by the application and edited with openpyxl, once saved again by
LibreOffice."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from kalbar_desktop.exchange import impor_koreksi
from tests.berkas_uji import libreoffice_simpan_ulang
from tests.lapangan import ANAK, ID_KELUARGA, OPERATOR_B, db_desa
from tests.unit.test_dua_laptop import _baca, _ekspor, _simpan, _terapkan, _v

K1, K2, K3 = ID_KELUARGA[:3]
"""Family 1 holds ANAK."""


def _buka(buku: Path):
    """The workbook, and per sheet its columns (header -> number) and rows (ID -> row)."""
    wb = openpyxl.load_workbook(buku)
    kolom, baris = {}, {}
    for nama, id_ in (("Data Keluarga", "ID Keluarga P3KE"), ("Data Anggota", "ID Individu")):
        ws = wb[nama]
        kolom[nama] = {c.value: c.column for c in ws[1]}
        baris[nama] = {ws.cell(r, kolom[nama][id_]).value: r for r in range(2, ws.max_row + 1)}
    return wb, kolom, baris


def _workbook_rumus(tmp_path: Path) -> tuple[Path, Path, dict, dict]:
    """The office (family 1 with a note already), and its workbook where a script wrote
    formulas: family 1's Catatan, family 2's Status verifikasi (its visit date and verifier
    typed) and the child's Catatan anggota (family 1); family 3's Catatan typed as text."""
    kantor = db_desa(tmp_path)
    _simpan(kantor, K1, OPERATOR_B, catatan="kunjungan pertama")
    wb, kolom, baris = _buka(_ekspor(kantor, "kantor"))
    k, a = kolom["Data Keluarga"], kolom["Data Anggota"]
    rk, ra = baris["Data Keluarga"], baris["Data Anggota"]
    wb["Data Keluarga"].cell(rk[K1], k["Catatan"]).value = '="rumah " & "panggung"'
    wb["Data Keluarga"].cell(rk[K2], k["Status verifikasi"]).value = \
        '=IF(1=1,"Tidak ditemukan","")'
    wb["Data Keluarga"].cell(rk[K2], k["Tanggal kunjungan"]).value = dt.datetime(2026, 11, 20)
    wb["Data Keluarga"].cell(rk[K2], k["Nama verifikator"]).value = "Siti"
    wb["Data Keluarga"].cell(rk[K3], k["Catatan"]).value = "dikunjungi ulang"
    wb["Data Anggota"].cell(ra[ANAK], a["Catatan anggota"]).value = '="sekolah "&"SD 3"'
    buku = tmp_path / "rumus.xlsx"
    wb.save(buku)
    return kantor, buku, kolom, baris


def test_rumus_tanpa_nilai_disebut_dan_keluarganya_ditahan(tmp_path):
    """Before: family 1's formula read as an empty Catatan and cleared its note, the child's
    too, without a word. Now each formula cell is a problem naming sheet, row, column and what
    to do; families 1 and 2 are not applied, family 3 is; the summary says it."""
    kantor, buku, kolom, baris = _workbook_rumus(tmp_path)
    k, a = kolom["Data Keluarga"], kolom["Data Anggota"]

    p = _baca(kantor, buku)
    rumus = [m for m in p.masalah if m.jenis == "RUMUS_TANPA_NILAI"]
    assert [(m.lembar, m.baris, m.id_keluarga, m.kolom) for m in rumus] == [
        ("Data Keluarga", baris["Data Keluarga"][K1], K1,
         f"{get_column_letter(k['Catatan'])} (Catatan)"),
        ("Data Keluarga", baris["Data Keluarga"][K2], K2,
         f"{get_column_letter(k['Status verifikasi'])} (Status verifikasi)"),
        ("Data Anggota", baris["Data Anggota"][ANAK], K1,
         f"{get_column_letter(a['Catatan anggota'])} (Catatan anggota)")]
    assert rumus[0].pesan == (
        "sel ini berisi rumus yang belum pernah dihitung (tanpa nilai tersimpan): workbook "
        "ditulis program lain dan belum pernah dibuka lalu disimpan di Excel, jadi isinya tidak "
        "terbaca dan keluarga ini tidak diterapkan. Buka workbook di Excel atau LibreOffice lalu "
        "simpan (rumusnya dihitung), atau ketik isinya langsung tanpa rumus, lalu impor lagi")
    assert [kk.id_keluarga for kk in p.keluarga] == [K3]
    assert ("3 sel berisi rumus tanpa nilai tersimpan atau galat Excel seperti #NAME? "
            "(misalnya lembar Data Keluarga sel "
            f"{get_column_letter(k['Catatan'])}{baris['Data Keluarga'][K1]}): keluarganya tidak "
            "diterapkan; lihat masalah tiap sel untuk cara membetulkannya, lalu baca lagi."
            ) in p.pesan(), p.pesan()
    _terapkan(kantor, p)
    assert _v(kantor, K1).verifikasi.catatan == "kunjungan pertama"
    assert _v(kantor, K2).verifikasi.status_verifikasi == "BELUM"
    assert _v(kantor, K3).verifikasi.catatan == "dikunjungi ulang"


@pytest.mark.slow
def test_rumus_dihitung_libreoffice_lalu_diterapkan(tmp_path):
    """The advice works: the same workbook opened and saved by LibreOffice (which calculates
    the formulas) is read with their values and applied."""
    kantor, buku, _kolom, _baris = _workbook_rumus(tmp_path)
    p = _baca(kantor, libreoffice_simpan_ulang(buku, tmp_path))
    assert not [m for m in p.masalah if m.jenis == "RUMUS_TANPA_NILAI"], p.masalah
    _terapkan(kantor, p)
    assert _v(kantor, K1).verifikasi.catatan == "rumah panggung"
    assert _v(kantor, K2).verifikasi.status_verifikasi == "TIDAK_DITEMUKAN"
    assert [x["catatan"] for x in _v(kantor, K1).anggota
            if x["id_individu"] == ANAK] == ["sekolah SD 3"]


def test_kolom_rt_rw_tambahan_disebut_tidak_dibaca(tmp_path):
    """RT and RW columns inserted by hand right after Alamat (filled for two families), an
    empty added column, and one RT/RW column added at the end of Data Anggota: the summary
    names each filled column with its sheet, letter and rows, says it is not read and where to
    write its content; the other changes of the sheet (shifted by the insertion) apply."""
    kantor = db_desa(tmp_path)
    wb, kolom, baris = _buka(_ekspor(kantor, "kantor"))
    ws = wb["Data Keluarga"]
    c_alamat = kolom["Data Keluarga"]["Alamat"]
    ws.insert_cols(c_alamat + 1, 3)
    for c, judul in enumerate(("RT", "RW", "Keterangan petugas"), start=c_alamat + 1):
        ws.cell(1, c).value = judul
    for idk, rt, rw in ((K1, "003", "001"), (K2, 4, 2)):
        ws.cell(baris["Data Keluarga"][idk], c_alamat + 1).value = rt
        ws.cell(baris["Data Keluarga"][idk], c_alamat + 2).value = rw
    c_catatan = next(c.column for c in ws[1] if c.value == "Catatan")
    ws.cell(baris["Data Keluarga"][K3], c_catatan).value = "rumah di gang buntu"
    wa = wb["Data Anggota"]
    c_rtrw = wa.max_column + 1
    wa.cell(1, c_rtrw).value = "RT/RW"
    wa.cell(baris["Data Anggota"][ANAK], c_rtrw).value = "003/001"
    buku = tmp_path / "rt_rw.xlsx"
    wb.save(buku)

    p = _baca(kantor, buku)
    huruf = get_column_letter
    assert p.kolom_tidak_dibaca == [
        ("Data Keluarga", huruf(c_alamat + 1), "RT", 2),
        ("Data Keluarga", huruf(c_alamat + 2), "RW", 2),
        ("Data Anggota", huruf(c_rtrw), "RT/RW", 1)]
    # RT/RW are part of the address, P3KE data a re-import never changes (closing note 21):
    # the summary says so, and why
    assert (
        "Kolom RT/RW yang ditambahkan sendiri tidak diterapkan: lembar Data Keluarga kolom "
        f"{huruf(c_alamat + 1)} 'RT' (2 baris berisi), lembar Data Keluarga kolom "
        f"{huruf(c_alamat + 2)} 'RW' (2 baris berisi), lembar Data Anggota kolom {huruf(c_rtrw)} "
        "'RT/RW' (1 baris berisi). RT/RW adalah bagian alamat, data P3KE yang tidak diubah lewat "
        "impor ulang (yang diterapkan hanya kolom verifikasi), jadi alamat di basis data tetap. "
        "Bila RT/RW suatu keluarga memang salah, betulkan alamatnya di formulir keluarga, bagian "
        "Identitas dan alamat.") in p.pesan(), p.pesan()
    assert "Kolom tambahan yang tidak dibaca" not in p.pesan()  # nothing else was filled
    # the families whose typed RT/RW their address ('Jl. Merdeka') lacks are listed one by one
    # (cetak4), the rest of their rows applies; Data Anggota's column is only counted
    assert [(m.id_keluarga, m.jenis) for m in p.masalah] == [
        (K1, "RT_RW_TIDAK_DITERAPKAN"), (K2, "RT_RW_TIDAK_DITERAPKAN")]
    assert p.baris_bermasalah == 0
    assert [(kk.id_keluarga, [u.baru for u in kk.perubahan]) for kk in p.keluarga] == [
        (K3, ["rumah di gang buntu"])]


@pytest.mark.parametrize("judul, rt_rw", [
    ("RT", True), ("rw", True), ("RT/RW", True), ("RT / RW", True), ("No. RT", True),
    ("RT.RW", True), ("Keterangan petugas", False), ("RTH", False), ("Catatan RT", False)])
def test_kolom_rt_rw_dikenali_dari_judul(judul, rt_rw):
    assert impor_koreksi.kolom_rt_rw(judul) is rt_rw
