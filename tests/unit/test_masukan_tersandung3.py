"""Inputs an operator still tripped on (task tersandung3), each written the way the other
program writes it: the csv module, openpyxl, xlsxwriter, hand-edited workbook XML; never the
project's demo generator."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kalbar_desktop.domain.tanggal import urai_tanggal
from kalbar_desktop.exchange import impor_p3ke
from tests import masukan_luar as ml

H = ml.INDIVIDU_2023
K = ml.KEPALA_2023
LAHIR = {"006172000101": "1980-08-15", "006172000102": "1985-03-10",
         "006172000201": "1970-12-04", "006172000202": "1995-05-05",
         "006172000301": "1960-02-20"}


def _anggota(db) -> dict[str, dict]:
    return {r["id_individu"]: r for r in db.query("SELECT * FROM anggota")}


def _temuan(db) -> list[tuple]:
    return db.execute("SELECT aturan, id_individu, kolom, nilai FROM temuan "
                      "ORDER BY 1, 2").fetchall()


# --- 1. dates -------------------------------------------------------------------------------

def test_tanggal_urutan_amerika_hanya_bila_pasti_dan_nama_bulan_di_depan():
    assert urai_tanggal("08/15/1980") == dt.date(1980, 8, 15)  # 15 cannot be a month
    assert urai_tanggal("05/06/1980") == dt.date(1980, 6, 5)  # day first, as Indonesia writes
    assert urai_tanggal("12/13/1980") == dt.date(1980, 12, 13)
    assert urai_tanggal("13/12/1980") == dt.date(1980, 12, 13)
    for t in ("Agustus 15, 1980", "August 15, 1980", "Aug 15, 1980", "Aug. 15 1980",
              "Friday, August 15, 1980", "19800815", "15081980", 19800815.0, "19800815.0"):
        assert urai_tanggal(t) == dt.date(1980, 8, 15), t
    # yyyymmdd first; ddmmyyyy only when yyyymmdd is no real date of 1900..this year
    assert urai_tanggal("20121990") == dt.date(1990, 12, 20)
    assert urai_tanggal("01012000") == dt.date(2000, 1, 1)
    for t in ("31/02/1980", "13/13/1980", "02/30/1980", "Agustus 32, 1980", "31021980",
              "99999999", "Agustusan 15, 1980"):
        assert urai_tanggal(t) is None, t


def test_tanggal_amerika_delapan_digit_dan_nama_bulan_dari_csv(db, tmp_path):
    tertulis = ["08/15/1980", "Mar 10, 1985", "19701204", "05051995", "02/20/1960"]
    rows = ml.baris_individu()
    for r, t in zip(rows, tertulis, strict=True):
        r[H.index("Tanggal Lahir")] = t
    impor_p3ke.impor(db, [ml.csv_berkas(tmp_path / "individu.csv", H, rows)])
    anggota = _anggota(db)
    assert {k: v["tanggal_lahir"] for k, v in anggota.items()} == LAHIR
    assert _temuan(db) == []  # the dates agree with the NIKs
    assert json.loads(anggota["006172000101"]["sumber_json"])["Tanggal Lahir"] == "08/15/1980"


def test_tanggal_dari_openpyxl_angka_delapan_digit_dan_tanggal_mustahil(db, tmp_path):
    # Typed into an Excel sheet: an 8-digit number cell, English and Indonesian month names
    # first, and one impossible date that must stay a finding, kept as written.
    tertulis = ["Agustus 15, 1980", 19850310, "December 4, 1970", "05/05/1995", "31/02/1960"]
    rows = ml.baris_individu()
    for r, t in zip(rows, tertulis, strict=True):
        r[H.index("Tanggal Lahir")] = t
    impor_p3ke.impor(db, [ml.xlsx(tmp_path / "individu.xlsx", H, rows, lembar="Individu")])
    lahir = {k: v["tanggal_lahir"] for k, v in _anggota(db).items()}
    assert lahir == {**LAHIR, "006172000301": "31/02/1960"}
    # said once, on the member (the family it heads has no family sheet: its row is the
    # head's row, the same cell; closing note 22 counted it twice)
    assert _temuan(db) == [("TANGGAL_TIDAK_VALID", "006172000301", "tanggal_lahir",
                            "31/02/1960")]


# --- 2. numbers -----------------------------------------------------------------------------

def test_persentil_koma_desimal_dan_angka_sebagai_teks(db, tmp_path):
    kepala = ml.baris_kepala(tanggal=lambda d: d)
    for r, v in zip(kepala, ["12,5", "12.5", "dua belas"], strict=True):
        r[K.index("Persentil")] = v
    kepala[0][K.index("Dimuktakhirkan Tahun")] = "2023"
    rows = ml.baris_individu()
    for r, v in zip(rows, [" 40,0 ", "40.5", 40, "empat puluh", 12.25], strict=True):
        r[H.index("Usia 2023")] = v
    path_k = ml.xlsx(tmp_path / "kepala.xlsx", K, kepala, lembar="Kepala Keluarga")
    path_i = ml.csv_berkas(tmp_path / "individu.csv", H, rows)
    impor_p3ke.impor(db, [path_k, path_i])
    keluarga = {r["id_keluarga"]: r for r in db.query("SELECT * FROM keluarga")}
    assert {k: v["persentil"] for k, v in keluarga.items()} == {
        "0061720001": "12.5", "0061720002": "12.5", "0061720003": "dua belas"}
    assert keluarga["0061720001"]["dimutakhirkan_tahun"] == "2023"
    assert json.loads(keluarga["0061720001"]["sumber_json"])["Persentil"] == "12,5"
    usia = {k: v["usia_2023"] for k, v in _anggota(db).items()}
    assert usia == {"006172000101": "40", "006172000102": "40.5", "006172000201": "40",
                    "006172000202": "empat puluh", "006172000301": "12.25"}
    assert _temuan(db) == [
        ("KODE_TIDAK_DIKENAL", None, "persentil", "dua belas"),
        ("KODE_TIDAK_DIKENAL", "006172000202", "usia_2023", "empat puluh")]
    pesan = db.execute("SELECT pesan FROM temuan WHERE kolom = 'persentil'").fetchone()[0]
    assert pesan == "Persentil: nilai dua belas bukan angka"


def test_pengubah_baris_angka_ulang_sama_dengan_pertama():
    """A number met again (from the column's caches) converts as the first time: a bool is no
    number and not confused with 1, NaN marks the row for the rules every time."""
    from kalbar_desktop.domain import kolom
    from kalbar_desktop.exchange.konversi import PengubahBaris
    from kalbar_desktop.exchange.reader import huruf_kolom

    header = ["ID Keluarga P3KE", "Persentil"]
    field = ["id_keluarga", "persentil"]
    keluar = [*field, "sumber_json", "periksa"]
    nilai = [12.5, "12,5", 1.0, True, "1", float("nan"), "x", "", None, 40.0, " 40 "]
    ubah = PengubahBaris(header, field, kolom.KOLOM_KELUARGA, keluar, {}, huruf_kolom)
    pertama = [ubah(["K1", v], 2) for v in nilai]
    for _ in range(2):
        for v, p in zip(nilai, pertama, strict=True):
            assert ubah(["K1", v], 2)[1:] == p[1:], v
    hasil = {repr(v): (p[1], p[3]) for v, p in zip(nilai, pertama, strict=True)}
    assert hasil == {"12.5": ("12.5", 0), "'12,5'": ("12.5", 0), "1.0": ("1", 0),
                     "True": ("True", 1), "'1'": ("1", 0), "nan": ("nan", 1),
                     "'x'": ("x", 1), "''": (None, 0), "None": (None, 0),
                     "40.0": ("40", 0), "' 40 '": ("40", 0)}
    assert json.loads(pertama[1][2]) == {"Persentil": "12,5"}


# --- 3. what a file named .xls/.xlsx really is, looked at further than 2 KB ----------------

def _html_panjang(rows) -> bytes:
    """An HTML table as report generators write it: a BOM, blank lines, a comment and a long
    <head> (styles) before <html>'s table."""
    gaya = "".join(f".xl{i} {{mso-number-format:\"\\@\"; font-family:Arial;}}\n"
                   for i in range(300))
    isi = ("\n" * 40 + "<!-- dibuat oleh aplikasi pelaporan -->\n" + " " * 3000
           + "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\">\n<html><head>"
           + "<meta http-equiv=Content-Type content='text/html; charset=utf-8'>"
           + f"<style>{gaya}</style></head><body><table><tr>"
           + "".join(f"<th>{h}</th>" for h in H) + "</tr>"
           + "".join("<tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>" for r in rows)
           + "</table></body></html>")
    assert isi.index("<table") > 8000
    return b"\xef\xbb\xbf" + isi.encode("utf-8")


@pytest.mark.parametrize("akhiran", [".xls", ".xlsx"])
def test_html_dan_xml2003_dengan_kepala_panjang_dikenali(db_demo, tmp_path, akhiran):
    rows = ml.baris_individu(tanggal=lambda d: d.isoformat())
    portal = tmp_path / f"portal{akhiran}"
    portal.write_bytes(_html_panjang(rows))
    ml.tolak_impor(db_demo, [portal], f"Berkas portal{akhiran} bukan workbook Excel ({akhiran})",
           "isinya halaman web (HTML)", "Simpan Sebagai > Buku Kerja Excel (.xlsx)")
    assert "isinya halaman web (HTML)" in impor_p3ke.pratinjau([portal])[0].galat
    # XML Spreadsheet 2003 with a long comment and document properties first
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
           + "<!-- " + "x" * 5000 + " -->\n"
           + '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
           'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="D">'
           "<Table>" + "".join("<Row>" + "".join(f'<Cell><Data ss:Type="String">{v}</Data>'
                                                 "</Cell>" for v in r) + "</Row>"
                               for r in [H, *rows]) + "</Table></Worksheet></Workbook>")
    lama = tmp_path / f"xml2003{akhiran}"
    lama.write_text(xml, encoding="utf-8")
    ml.tolak_impor(db_demo, [lama], "isinya XML Spreadsheet 2003")
    # Excel's "single file web page" (MHTML) saved under .xls
    mht = tmp_path / f"halaman{akhiran}"
    mht.write_bytes(b"MIME-Version: 1.0\r\nX-Document-Type: Workbook\r\nContent-Type: "
                    b"multipart/related; boundary=\"----=_NextPart_01D9\"\r\n\r\n"
                    + b"-" * 3000 + b"\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\r\n"
                    + _html_panjang(rows)[3:])
    ml.tolak_impor(db_demo, [mht], "isinya halaman web (HTML)")


# --- 4. formulas never calculated: refused only inside the data's mapped columns ------------

def _dengan_rumus(path, *, total: bool, kolom_tambahan: bool, nik_baris: int | None = None):
    """The Individu sheet written by a script with openpyxl (formulas get no cached value): a
    totals row with =COUNTA under the data, an extra column of formulas, and optionally one
    NIK as a formula."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Individu"
    ws.append([*H, "Cek"] if kolom_tambahan else H)
    rows = ml.baris_individu()
    for n, r in enumerate(rows, start=2):
        if nik_baris == n:
            r[H.index("NIK")] = f'="{r[H.index("NIK")]}"'
        ws.append([*r, f"=LEN(J{n})"] if kolom_tambahan else r)
    if total:
        ws.append([])
        ws.append(["=COUNTA(A2:A6)", None, None, None, None, None, None, None, "JUMLAH"])
        ws.append(["=COUNTA(A2:A6)"])
    wb.save(path)
    return path


def test_rumus_di_luar_data_diabaikan_dan_disebut(db, tmp_path):
    path = _dengan_rumus(tmp_path / "rumus.xlsx", total=True, kolom_tambahan=True)
    hasil = impor_p3ke.impor(db, [path])
    assert len(_anggota(db)) == 5 and hasil.ringkasan.jumlah_keluarga == 3
    pesan = hasil.pesan()
    assert ("5 sel berisi rumus yang belum dihitung di luar data P3KE (berkas rumus.xlsx, "
            "lembar 'Individu', sel AB2, AB3, AB4, AB5, AB6) tidak dibaca") in pesan
    assert "Baris jumlah/total dilewati (berkas rumus.xlsx, lembar 'Individu', baris 8)" \
        in pesan
    assert _temuan(db) == []


def test_rumus_tanpa_nilai_di_kolom_data_ditolak_dengan_sel(db_demo, tmp_path):
    path = _dengan_rumus(tmp_path / "rumus.xlsx", total=True, kolom_tambahan=True, nik_baris=4)
    ml.tolak_impor(db_demo, [path], "Sel J4 berisi rumus yang belum pernah dihitung",
           "berkas rumus.xlsx, lembar 'Individu', baris 4, kolom J (NIK)", "simpan ulang")
    # the preview says it before the import is started
    pl = impor_p3ke.pratinjau([path])[0].lembar[0]
    assert any(w.startswith("Sel J4 (NIK) berisi rumus yang belum pernah dihitung")
               for w in pl.peringatan), pl.peringatan


def test_rumus_tanpa_nilai_di_lembar_besar_yang_dipotong(db_demo, tmp_path, monkeypatch):
    """A sheet above the size read whole is cut into pieces; the formula check then comes
    from the cut (no size limit any more)."""
    from kalbar_desktop.exchange import xlsx_potong

    monkeypatch.setattr(xlsx_potong, "UKURAN_MIN", 1000)
    monkeypatch.setattr(xlsx_potong, "UKURAN_POTONGAN", 1500)
    path = _dengan_rumus(tmp_path / "rumus.xlsx", total=True, kolom_tambahan=False,
                         nik_baris=5)
    ml.tolak_impor(db_demo, [path], "Sel J5 berisi rumus yang belum pernah dihitung")
    path = _dengan_rumus(tmp_path / "rumus2.xlsx", total=True, kolom_tambahan=True)
    hasil = impor_p3ke.impor(db_demo, [path])
    assert "Baris jumlah/total dilewati (berkas rumus2.xlsx, lembar 'Individu', baris 8)" \
        in hasil.pesan()


# --- 6. other inputs ------------------------------------------------------------------------

def test_header_berulang_per_halaman_dan_baris_jumlah_dilewati(db, tmp_path):
    """A sheet laid out for printing (xlsxwriter): the header and its column-numbering row
    repeated on every page, a blank row between families and a JUMLAH row at the end; the
    family sheet as a CSV with an Excel 'sep=;' line and a 'Total' row."""
    import xlsxwriter

    path = tmp_path / "individu.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Individu")
    teks = wb.add_format({"num_format": "@"})
    nomor = 0
    rows = ml.baris_individu(tanggal=lambda d: d.strftime("%d-%m-%Y"))
    for i, r in enumerate(rows):
        if i in (0, 3):  # a page starts
            ws.write_row(nomor, 0, H)
            ws.write_row(nomor + 1, 0, list(range(1, len(H) + 1)))
            nomor += 2
        if i and r[0] != rows[i - 1][0]:
            nomor += 1  # a blank row between families
        ws.write_row(nomor, 0, r, teks)
        nomor += 1
    ws.write_row(nomor, 0, ["", "", "", "", "", "", "", "", "JUMLAH ANGGOTA", "", "5"])
    wb.close()
    kepala = tmp_path / "kepala.csv"
    with open(kepala, "w", encoding="utf-8-sig", newline="") as f:
        import csv

        f.write("sep=;\r\n")
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(K)
        w.writerows(ml.baris_kepala(tanggal=lambda d: d.isoformat()))
        w.writerow(["Total", "", "", "", "", "", "", "3 keluarga"])
    hasil = impor_p3ke.impor(db, [kepala, path])
    assert len(_anggota(db)) == 5 and hasil.ringkasan.jumlah_keluarga == 3
    assert {k: v["tanggal_lahir"] for k, v in _anggota(db).items()} == LAHIR
    pesan = hasil.pesan()
    assert ("Baris judul kolom yang berulang di tengah data dilewati (berkas individu.xlsx, lembar "
            "'Individu', baris 7)") in pesan
    assert ("Baris jumlah/total dilewati (berkas individu.xlsx, lembar 'Individu', baris 12)"
            in pesan)
    assert "Baris jumlah/total dilewati (berkas kepala.csv, lembar 'kepala.csv', baris 6)" \
        in pesan
    assert _temuan(db) == []


def test_csv_utf16_tanpa_bom_dan_baris_catatan_di_bawah_data(db, tmp_path):
    """A tab-separated UTF-16 LE file without a BOM (an old export tool), with a printed-by
    line and a signature line under the data: the notes are skipped and named."""
    import csv

    rows = ml.baris_individu(tanggal=lambda d: d.strftime("%d/%m/%Y"))
    rows += [["Dicetak dari SIKS-NG pada 12/11/2023 10:15"], [],
             ["", "", "", "", "", "", "", "", "", "Mengetahui,", "Kepala Desa"]]
    path = tmp_path / "individu.csv"
    with open(path, "w", encoding="utf-16-le", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\r\n")
        w.writerow(H)
        w.writerows(rows)
    assert not path.read_bytes().startswith((b"\xff\xfe", b"\xfe\xff"))
    hasil = impor_p3ke.impor(db, [path])
    assert {k: v["tanggal_lahir"] for k, v in _anggota(db).items()} == LAHIR
    assert ("Baris catatan tanpa data P3KE dilewati (berkas individu.csv, lembar "
            "'individu.csv', baris 7, 9)") in hasil.pesan()
    assert _temuan(db) == []


def test_baris_tanpa_id_dengan_nama_tetap_ditolak(db_demo, tmp_path):
    # a person without an ID Keluarga is no note: refused with its place, nothing written
    rows = ml.baris_individu()
    rows[2][H.index("ID Keluarga P3KE")] = ""
    path = ml.xlsx(tmp_path / "individu.xlsx", H, rows, lembar="Individu")
    ml.tolak_impor(db_demo, [path], "ID Keluarga kosong (berkas individu.xlsx, lembar 'Individu', "
           "baris 4, kolom A (ID Keluarga P3KE))")


def test_nik_teks_kaya_dan_sel_angka_dari_xlsxwriter(db, tmp_path):
    """xlsxwriter writes rich text (a NIK typed with its first digits in bold) as runs in the
    shared strings; a NIK typed as a number is a number cell."""
    import xlsxwriter

    path = tmp_path / "individu.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Individu")
    tebal = wb.add_format({"bold": True})
    ws.write_row(0, 0, H)
    for i, r in enumerate(ml.baris_individu(tanggal=lambda d: d.isoformat()), start=1):
        for j, v in enumerate(r):
            if H[j] == "NIK" and i == 1:
                ws.write_rich_string(i, j, tebal, v[:6], v[6:])
            elif H[j] == "ID Keluarga P3KE" and i == 3:
                ws.write_rich_string(i, j, v[:4], tebal, v[4:])
            elif H[j] == "NIK" and i == 2:
                ws.write_number(i, j, int(v))
            else:
                ws.write(i, j, v)
    wb.close()
    hasil = impor_p3ke.impor(db, [path])
    assert hasil.ringkasan.jumlah_keluarga == 3
    anggota = _anggota(db)
    assert anggota["006172000101"]["nik"] == "6172011508800001"
    assert anggota["006172000101"]["nik_bentuk"] == "teks"
    assert anggota["006172000201"]["id_keluarga"] == "0061720002"
    assert (anggota["006172000102"]["nik"], anggota["006172000102"]["nik_bentuk"]) == (
        "6172015003850002", "angka")
    assert _temuan(db) == [("NIK_RUSAK_EXCEL", "006172000102", "nik", "6172015003850002")]


def test_kolom_wilayah_digabung_dan_tanggal_bergaya_teks(db, tmp_path):
    """Kode Kemdagri and Dimuktakhirkan Tahun merged over all rows of a desa (one value shown
    for the whole desa), Tanggal Lahir cells formatted as Text holding a serial number or a
    typed date (openpyxl)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Individu"
    ws.append(H)
    rows = ml.baris_individu()
    k_kode, k_lahir = H.index("Kode Kemdagri") + 1, H.index("Tanggal Lahir") + 1
    for n, r in enumerate(rows, start=2):
        ws.append(r)
        if n > 2:
            ws.cell(row=n, column=k_kode).value = None
            ws.cell(row=n, column=2).value = None
        sel = ws.cell(row=n, column=k_lahir)
        lahir = r[k_lahir - 1]
        sel.value = (lahir - dt.date(1899, 12, 30)).days if n % 2 else lahir.strftime(
            "%d/%m/%Y")
        sel.number_format = "@"
    ws.merge_cells(start_row=2, end_row=6, start_column=k_kode, end_column=k_kode)
    ws.merge_cells(start_row=2, end_row=6, start_column=2, end_column=2)
    path = tmp_path / "individu.xlsx"
    wb.save(path)
    impor_p3ke.impor(db, [path])
    assert {r[0]: r[1:] for r in db.execute(
        "SELECT id_keluarga, kode_kemdagri, dimutakhirkan_tahun FROM keluarga")} == {
        "0061720001": ("6172011001", "2023"), "0061720002": ("6172011001", "2023"),
        "0061720003": ("6172011001", "2023")}
    assert {k: v["tanggal_lahir"] for k, v in _anggota(db).items()} == LAHIR
    assert _temuan(db) == []


def test_xlsx_strict_open_xml_ditolak_dengan_cara_menyimpan(db_demo, tmp_path):
    """Excel's 'Strict Open XML Spreadsheet' (other namespaces; calamine sees no sheet): was
    'tidak berisi data P3KE ... (tidak ada lembar)'."""
    import zipfile

    path = ml.xlsx(tmp_path / "strict.xlsx", H, ml.baris_individu(), lembar="Individu")
    sumber = path.with_suffix(".tmp")
    path.rename(sumber)
    with zipfile.ZipFile(sumber) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            z.writestr(info, zin.read(info).replace(
                b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                b"http://purl.oclc.org/ooxml/spreadsheetml/main").replace(
                b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                b"http://purl.oclc.org/ooxml/officeDocument/relationships"))
    ml.tolak_impor(db_demo, [path], "Berkas strict.xlsx disimpan dalam format 'Strict Open XML "
           "Spreadsheet'", "Simpan Sebagai > Buku Kerja Excel (.xlsx)")
    assert "Strict Open XML" in impor_p3ke.pratinjau([path])[0].galat


def test_ejaan_bulan_kantor_dan_satuan_angka_dari_csv(db, tmp_path):
    """Month names as offices type them (Pebruari, Agst, Nop, Mrt, an English ordinal, a comma
    after the month) and ages or percentiles with their unit (45 tahun, 12,5%)."""
    from kalbar_desktop.domain.angka import urai_angka

    for t, harapan in (("15 Agst 1980", dt.date(1980, 8, 15)), ("29 Pebruari 1980",
                       dt.date(1980, 2, 29)), ("3 Nop 1980", dt.date(1980, 11, 3)),
                       ("1 MRT 1980", dt.date(1980, 3, 1)), ("15th August 1980",
                       dt.date(1980, 8, 15)), ("15 Juli, 1980", dt.date(1980, 7, 15))):
        assert urai_tanggal(t) == harapan, t
    assert [urai_angka(v) for v in ("45 tahun", "45 Thn.", "12,5%", "tahun", "%")] == [
        45.0, 45.0, 12.5, None, None]
    rows = ml.baris_individu()
    for r, t, usia in zip(rows, ["15 Agst 1980", "10 Mrt 1985", "4 Desember, 1970",
                                 "5th May 1995", "20 Pebruari 1960"],
                          ["43 tahun", "38 thn", "53", "28 Th", "63 tahun"], strict=True):
        r[H.index("Tanggal Lahir")] = t
        r[H.index("Usia 2023")] = usia
        r[H.index("Persentil")] = "12,5%"
    impor_p3ke.impor(db, [ml.csv_berkas(tmp_path / "individu.csv", H, rows)])
    anggota = _anggota(db)
    assert {k: v["tanggal_lahir"] for k, v in anggota.items()} == LAHIR
    assert [anggota[k]["usia_2023"] for k in sorted(anggota)] == ["43", "38", "53", "28", "63"]
    assert {r[0] for r in db.execute("SELECT persentil FROM keluarga")} == {"12.5"}
    assert _temuan(db) == []


def test_baris_jumlah_dengan_hitungan_di_kolom_id(db, tmp_path):
    """Excel calculated the totals row (xlsxwriter stores the result): the count stands under
    ID Keluarga, JUMLAH under Nama; it is no family."""
    import xlsxwriter

    path = tmp_path / "individu.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Individu")
    ws.write_row(0, 0, H)
    rows = ml.baris_individu(tanggal=lambda d: d.isoformat())
    for i, r in enumerate(rows, start=1):
        ws.write_row(i, 0, r)
    ws.write_formula(len(rows) + 1, 0, "=COUNTA(A2:A6)", None, 5)
    ws.write_string(len(rows) + 1, H.index("Nama"), "JUMLAH")
    wb.close()
    hasil = impor_p3ke.impor(db, [path])
    assert hasil.ringkasan.jumlah_keluarga == 3 and len(_anggota(db)) == 5
    assert "Baris jumlah/total dilewati (berkas individu.xlsx, lembar 'Individu', baris 7)" \
        in hasil.pesan()


def test_header_dengan_keterangan_dalam_kurung(db, tmp_path):
    """Headers with a remark in brackets (NIK (16 digit), Tanggal Lahir (dd-mm-yyyy)) were
    unknown: 'Kolom wajib tidak ditemukan: NIK'."""
    header = list(H)
    for lama, baru in (("NIK", "NIK (16 digit)"), ("Tanggal Lahir", "Tanggal Lahir (dd-mm-yyyy)"),
                       ("Persentil", "Persentil (%)")):
        header[header.index(lama)] = baru
    rows = ml.baris_individu(tanggal=lambda d: d.strftime("%d-%m-%Y"))
    hasil = impor_p3ke.impor(db, [ml.csv_berkas(tmp_path / "individu.csv", header, rows)])
    assert hasil.kolom_tak_dikenal == {}
    assert {k: (v["nik"], v["tanggal_lahir"]) for k, v in _anggota(db).items()}[
        "006172000101"] == ("6172011508800001", "1980-08-15")
    assert _temuan(db) == []
