"""Province files with a header in two rows and merged cells: a group title merged over the
headers below it ("Kepala Keluarga" over "Nama | NIK | ...", "Data Pribadi" over "Jenis
Kelamin | Hubungan ..."), the other headers merged down over both rows, "Alamat" and
"Kepemilikan Rumah" merged over two or three columns. The preview and the import find the
header in the second row, take no group title as a column's name (it completes a header that
is no P3KE column alone: "Nama" under "Kepala Keluarga" is Nama Kepala Keluarga), read a
header merged over several columns as one column, and agree with each other. The quick reader
of the preview (openpyxl) gives merged cells as the import's reader (calamine) does: the
top-left value over the whole range, for .xlsx and .ods alike.

Files written by hand with openpyxl (``ws.merge_cells``), and a flat OpenDocument file
(.fods) written by hand and converted by LibreOffice to .xlsx and .ods."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from openpyxl import Workbook

from kalbar_desktop.exchange import impor_p3ke, reader
from kalbar_desktop.storage import db as sdb
from tests import masukan_luar as ml
from tests.berkas_uji import soffice

KELUARGA = [h if h != "Kepala Keluarga" else "Nama" for h in ml.KELUARGA_2022]
"""The 2022 Keluarga columns with the head's name written "Nama" under a group title."""
GRUP_KELUARGA = [("Kepala Keluarga", "Nama", "Tanggal Lahir"),
                 ("Kondisi Rumah", "Kepemilikan Rumah", "Jenis Lantai")]
LEBAR_KELUARGA = {"Alamat": 1, "Kepemilikan Rumah": 2}
"""Headers (and their values) merged over 1 or 2 more columns to their right."""
GRUP_INDIVIDU = [("Data Pribadi", "Jenis Kelamin", "Hubungan dengan Kepala Keluarga")]


def _letak(header: list[str], grup, lebar) -> tuple[dict[str, int], dict[int, tuple]]:
    """1-based column of each header, and the merged ranges (row0, col0, row1, col1) by their
    top-left cell (1-based) of a two-row header with these groups and widths."""
    kolom, c = {}, 1
    for h in header:
        kolom[h] = c
        c += 1 + lebar.get(h, 0)
    rentang: dict[tuple[int, int], tuple] = {}
    dalam: set[int] = set()
    for _judul, a, b in grup:
        c0, c1 = kolom[a], kolom[b] + lebar.get(b, 0)
        rentang[(1, c0)] = (1, c0, 1, c1)
        dalam.update(range(c0, c1 + 1))
    for h, c0 in kolom.items():
        c1 = c0 + lebar.get(h, 0)
        if c0 in dalam:
            if c1 > c0:
                rentang[(2, c0)] = (2, c0, 2, c1)
        else:
            rentang[(1, c0)] = (1, c0, 2, c1)
    return kolom, rentang


def _sel(header, rows, grup, lebar) -> tuple[dict[tuple[int, int], object], dict, int]:
    """Cell values by (row, column) 1-based, the merged ranges, the last column."""
    kolom, rentang = _letak(header, grup, lebar)
    dalam = {c for (r, c), g in rentang.items() if g[0] == 1 and g[2] == 1
             for c in range(g[1], g[3] + 1)}
    sel: dict[tuple[int, int], object] = {}
    for judul, a, _b in grup:
        sel[(1, kolom[a])] = judul
    for h, c in kolom.items():
        sel[(2 if c in dalam else 1, c)] = h
    for r, baris in enumerate(rows, start=3):
        for h, v in zip(header, baris, strict=True):
            sel[(r, kolom[h])] = v
            if lebar.get(h):
                rentang[(r, kolom[h])] = (r, kolom[h], r, kolom[h] + lebar[h])
    return sel, rentang, max(kolom.values()) + max(lebar.values(), default=0)


def xlsx_dua_baris(path: Path, header, rows, grup, lebar=None) -> Path:
    """The sheet written with openpyxl, its merged ranges with ``ws.merge_cells``."""
    sel, rentang, _ = _sel(header, rows, grup, lebar or {})
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    for (r, c), v in sel.items():
        ws.cell(r, c, v)
    for r0, c0, r1, c1 in rentang.values():
        ws.merge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)
    wb.save(path)
    return path


def fods_dua_baris(path: Path, header, rows, grup, lebar=None) -> Path:
    """The sheet as a flat OpenDocument spreadsheet written by hand: a merged cell spans
    columns and rows (``table:number-columns-spanned``) and covers the cells under it."""
    sel, rentang, akhir = _sel(header, rows, grup, lebar or {})
    tertutup = {(r, c) for r0, c0, r1, c1 in rentang.values()
                for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)} - set(rentang)
    baris_xml = []
    for r in range(1, len(rows) + 3):
        sel_xml = []
        for c in range(1, akhir + 1):
            if (r, c) in tertutup:
                sel_xml.append("<table:covered-table-cell/>")
                continue
            atribut = ""
            if (r, c) in rentang:
                r0, c0, r1, c1 = rentang[(r, c)]
                atribut = (f' table:number-columns-spanned="{c1 - c0 + 1}"'
                           f' table:number-rows-spanned="{r1 - r0 + 1}"')
            v = sel.get((r, c))
            if v is None or v == "":
                sel_xml.append(f"<table:table-cell{atribut}/>")
            elif isinstance(v, dt.date):
                sel_xml.append(f'<table:table-cell{atribut} office:value-type="date" '
                               f'office:date-value="{v.isoformat()}"><text:p>{v:%d/%m/%Y}'
                               "</text:p></table:table-cell>")
            elif isinstance(v, int):
                sel_xml.append(f'<table:table-cell{atribut} office:value-type="float" '
                               f'office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
            else:
                sel_xml.append(f'<table:table-cell{atribut} office:value-type="string">'
                               f"<text:p>{escape(str(v))}</text:p></table:table-cell>")
        baris_xml.append("<table:table-row>" + "".join(sel_xml) + "</table:table-row>")
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" '
        'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
        '<office:body><office:spreadsheet><table:table table:name="Data">'
        + "".join(baris_xml) +
        "</table:table></office:spreadsheet></office:body></office:document>\n",
        encoding="utf-8")
    return path


def libreoffice(sumber: Path, akhiran: str, folder: Path) -> Path:
    """``sumber`` converted by LibreOffice headless to ``akhiran`` (xlsx, ods)."""
    biner = soffice()
    assert biner, "LibreOffice (soffice) tidak terpasang; lihat scripts/system-deps.sh"
    keluar = folder / akhiran
    subprocess.run([biner, f"-env:UserInstallation={(folder / 'profil').as_uri()}",
                    "--headless", "--norestore", "--convert-to", akhiran, "--outdir",
                    str(keluar), str(sumber)], check=True, capture_output=True, timeout=180)
    hasil = keluar / f"{sumber.stem}.{akhiran}"
    assert hasil.exists(), f"LibreOffice tidak menghasilkan {hasil}"
    return hasil


def _keluarga(folder: Path, cara: str) -> Path:
    rows = ml.baris_keluarga_2022()
    if cara == "openpyxl":
        return xlsx_dua_baris(folder / "keluarga.xlsx", KELUARGA, rows, GRUP_KELUARGA,
                              LEBAR_KELUARGA)
    fods = fods_dua_baris(folder / "keluarga.fods", KELUARGA, rows, GRUP_KELUARGA,
                          LEBAR_KELUARGA)
    return libreoffice(fods, cara, folder)


def _pemetaan(path: Path) -> impor_p3ke.PratinjauLembar:
    (pb,) = impor_p3ke.pratinjau([path])
    assert pb.galat is None, pb.galat
    (pl,) = pb.lembar
    return pl


@pytest.mark.parametrize("cara", ["openpyxl", "xlsx", "ods"])
def test_keluarga_judul_dua_baris(db_path, tmp_path, cara):
    path = _keluarga(tmp_path, cara)
    pl = _pemetaan(path)
    assert pl.baris_header == 2
    kol = {k.huruf: (k.header, k.tujuan) for k in pl.kolom}
    # the group title completes "Nama"; it names no column of its own
    assert kol["J"] == ("Kepala Keluarga: Nama", "Nama Kepala Keluarga")
    assert kol["K"] == ("NIK", "NIK Kepala Keluarga")
    assert kol["N"] == ("Tanggal Lahir", "Tanggal Lahir Kepala Keluarga")
    assert not [k for k in pl.kolom if k.header in ("Kepala Keluarga", "Kondisi Rumah")]
    # merged over several columns: one column, not the same header two or three times
    assert kol["H"] == ("Alamat", "Alamat") and "I" not in kol
    assert kol["Q"] == ("Kepemilikan Rumah", "Kepemilikan Rumah")
    assert "R" not in kol and "S" not in kol
    assert [k.tujuan for k in pl.kolom if k.tujuan == "disimpan apa adanya"] == []
    # the preview says how it read the header (no warning of a column twice)
    assert [" ".join(str(x).split()) for x in pl.peringatan] == [
        "Judul kolom dua baris: judul kelompok di baris 1 ('Kepala Keluarga', 'Kondisi "
        "Rumah') bukan nama kolom; nama kolom dibaca dari baris 2 di bawahnya. Judul kelompok "
        "melengkapi nama kolom yang tanpa itu bukan kolom P3KE (mis. kolom J: 'Kepala "
        "Keluarga: Nama')."]
    assert pl.contoh[0][0] == 3

    with sdb.terbuka(db_path) as db:
        hasil = impor_p3ke.impor(db, [path])
        assert hasil.kolom_tak_dikenal == {}
        assert hasil.ringkasan.keluarga_baru == 3
        assert db.execute(
            "SELECT nama_kepala, nik_kepala, tanggal_lahir, alamat, kepemilikan_rumah, "
            "jenis_lantai, penerima_pkh FROM keluarga WHERE id_keluarga = '0061720002'"
        ).fetchone() == ("Maria Goreti", "6172014412700001", "1970-12-04", "Jl. Merdeka",
                         "Milik Sendiri", "Semen", "Ya")


@pytest.mark.parametrize("cara", ["openpyxl", "ods"])
def test_individu_judul_grup_di_atas_jenis_kelamin(db_path, tmp_path, cara):
    rows = ml.baris_individu()
    if cara == "openpyxl":
        path = xlsx_dua_baris(tmp_path / "individu.xlsx", ml.INDIVIDU_2023, rows,
                              GRUP_INDIVIDU)
    else:
        path = libreoffice(fods_dua_baris(tmp_path / "individu.fods", ml.INDIVIDU_2023, rows,
                                          GRUP_INDIVIDU), "ods", tmp_path)
    pl = _pemetaan(path)
    assert pl.baris_header == 2
    kol = {k.huruf: (k.header, k.tujuan) for k in pl.kolom}
    assert kol["M"] == ("Jenis Kelamin", "Jenis Kelamin")
    assert kol["N"] == ("Hubungan dengan Kepala Keluarga", "Hubungan dengan Kepala Keluarga")
    assert "Data Pribadi" not in {h for h, _ in kol.values()}
    assert pl.contoh[0][0] == 3
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, [path])
        assert dict(db.execute("SELECT id_individu, jenis_kelamin FROM anggota")) == {
            idi: jk for _k, _kd, _d, org in ml.KELUARGA for idi, _n, _nik, _l, jk, _h in org}


@pytest.mark.parametrize("cara", ["openpyxl", "xlsx", "ods"])
def test_pembaca_cepat_dan_impor_melihat_sel_gabungan_sama(tmp_path, cara):
    """The preview's quick reader and the import's reader give the same rows: a merged
    range's top-left value over all of it (not in the top-left cell only), and the same
    ranges."""
    path = _keluarga(tmp_path, cara)
    (cepat,) = reader.buka_lembar_awal(path, 6)
    (penuh,) = reader.buka_lembar(path)
    baris_penuh = [list(sel) for nomor, sel in penuh.baris() if nomor <= 5]
    baris_cepat = [list(sel) for nomor, sel in cepat.baris() if nomor <= 5]
    lebar = max(map(len, baris_penuh + baris_cepat))

    def rata(daftar):
        return [[("" if v is None else v) for v in b] + [""] * (lebar - len(b))
                for b in daftar]

    assert rata(baris_cepat) == rata(baris_penuh)
    assert sorted(cepat.gabungan) == sorted(penuh.gabungan)
    assert (0, 7, 1, 8) in penuh.gabungan  # Alamat: two rows, two columns
    assert baris_penuh[1][9] == "Nama" and baris_penuh[0][9] == "Kepala Keluarga"
    assert baris_penuh[1][0] == "ID Keluarga"  # merged down over both header rows
    assert baris_penuh[2][8] == baris_penuh[2][7] == "Jl. Merdeka"


def test_judul_sama_dua_kali_tanpa_gabungan_tetap_ditolak(db, tmp_path):
    """Two columns typed with the same header (not one merged cell) are still refused."""
    header = [*ml.INDIVIDU_2023, "NIK"]
    rows = [[*r, r[ml.INDIVIDU_2023.index("NIK")]] for r in ml.baris_individu()]
    path = ml.xlsx(tmp_path / "individu.xlsx", header, rows)
    ml.tolak_impor(db, [path], "Judul kolom 'NIK' muncul 2 kali")
