"""Writes the small hostile and broken input files of this folder (run it again after changing
it; the files are committed so the corpus is fixed). The large ones (a zip bomb, a million empty
rows, a 5 MB cell, a folder named like a workbook, a pipe) are made by the test at run time.

    python tests/data/bad/buat_korpus.py
"""

from __future__ import annotations

import csv
import io
import random
import sys
import zipfile
from pathlib import Path

import openpyxl
import xlsxwriter

AKAR = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(AKAR))

from tests.berkas_uji import HEADER_INDIVIDU, INDIVIDU  # noqa: E402

SINI = Path(__file__).resolve().parent


def _xlsx_openpyxl(nama: str, header, baris, lindungi: str | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Individu"
    ws.append(header)
    for b in baris:
        ws.append(b)
    if lindungi:
        ws.protection.sheet = True
        ws.protection.password = lindungi
    path = SINI / nama
    wb.save(path)
    return path


def _xlsx_xlsxwriter(nama: str, header, baris) -> Path:
    path = SINI / nama
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
    ws = wb.add_worksheet("Individu")
    for r, b in enumerate([header, *baris]):
        for c, v in enumerate(b):
            if isinstance(v, str):
                ws.write_string(r, c, v)
            else:
                ws.write(r, c, v)
    wb.close()
    return path


def _csv(nama: str, header, baris, encoding="utf-8", pemisah=",") -> Path:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=pemisah, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(baris)
    path = SINI / nama
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def _ganti(baris: int, kolom: str, nilai) -> list[list]:
    rows = [list(r) for r in INDIVIDU]
    rows[baris][HEADER_INDIVIDU.index(kolom)] = nilai
    return rows


def main() -> None:
    acak = random.Random(6)
    (SINI / "kosong.xlsx").write_bytes(b"")
    (SINI / "kosong.csv").write_bytes(b"")
    (SINI / "acak.xlsx").write_bytes(bytes(acak.randrange(256) for _ in range(4096)))
    utuh = _xlsx_openpyxl("_utuh.xlsx", HEADER_INDIVIDU, INDIVIDU)
    data = utuh.read_bytes()
    (SINI / "terpotong.xlsx").write_bytes(data[: len(data) // 2])
    utuh.unlink()
    (SINI / "teks_bernama_xlsx.xlsx").write_text(
        ",".join(HEADER_INDIVIDU) + "\n" + ",".join(map(str, INDIVIDU[0])) + "\n",
        encoding="utf-8")
    with zipfile.ZipFile(SINI / "dokumen_word.xlsx", "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document>Surat undangan musdes</w:document>")
    # A workbook whose sheet XML is cut in the middle of a tag.
    sumber = _xlsx_openpyxl("_xml.xlsx", HEADER_INDIVIDU, INDIVIDU)
    with zipfile.ZipFile(sumber) as zin, zipfile.ZipFile(SINI / "xml_rusak.xlsx", "w") as zout:
        for info in zin.infolist():
            isi = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                isi = isi[: len(isi) // 2] + b"<c r=\"A9\" t=\"inlineStr\"><is><t>patah"
            zout.writestr(info, isi)
    sumber.unlink()
    # An old-format (OLE) file renamed .xlsx, not a real workbook.
    (SINI / "ole_lama.xlsx").write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(acak.randrange(256) for _ in range(2040)))
    # A real workbook encrypted with a password (Excel's "Encrypt with Password").
    import msoffcrypto.format.ooxml as ooxml

    polos = _xlsx_openpyxl("_polos.xlsx", HEADER_INDIVIDU, INDIVIDU)
    with open(polos, "rb") as f, open(SINI / "terenkripsi.xlsx", "wb") as keluar:
        ooxml.OOXMLFile(f).encrypt("Rahasia-P3KE-2023", keluar)
    polos.unlink()
    _xlsx_openpyxl("header_salah.xlsx", ["No", "Nama Barang", "Jumlah", "Harga Satuan"],
                   [[1, "Beras 5 kg", 10, 65000], [2, "Minyak goreng", 5, 18000]])
    _xlsx_openpyxl("header_saja.xlsx", HEADER_INDIVIDU, [])
    _csv("header_saja.csv", HEADER_INDIVIDU, [])
    (SINI / "bom_saja.csv").write_bytes(b"\xef\xbb\xbf")
    (SINI / "gambar.csv").write_bytes(
        b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(acak.randrange(256)
                                                           for _ in range(1000)))
    _csv("nul.csv", HEADER_INDIVIDU, _ganti(1, "Nama", "Siti\x00Aminah"))
    # Text cells that look like formulas (written as strings, not as formulas).
    _xlsx_xlsxwriter("rumus_hyperlink.xlsx", HEADER_INDIVIDU,
                     _ganti(0, "Nama", '=HYPERLINK("http://contoh.invalid/x","Klik di sini")'))
    _csv("rumus_dde.csv", HEADER_INDIVIDU, _ganti(2, "Nama", "=cmd|' /C calc'!A0"))
    _csv("rumus_plus_at.csv", HEADER_INDIVIDU,
         _ganti(3, "Alamat", "@SUM(1+1)*cmd|' /C calc'!A0"), pemisah=";")
    _csv("rumus_minus.csv", HEADER_INDIVIDU, _ganti(4, "Nama", "-2+3+cmd|' /C notepad'!A0"))
    _xlsx_xlsxwriter("kontrol.xlsx", HEADER_INDIVIDU, _ganti(1, "Nama", "Siti\x01\x07Aminah"))
    _csv("kontrol.csv", HEADER_INDIVIDU, _ganti(5, "Nama", "Bong \x1b[31mKim\x1b[0m Fui"))
    _csv("rtl_override.csv", HEADER_INDIVIDU, _ganti(0, "Nama", "Ahmad \u202eexe.fdp"))
    _xlsx_openpyxl("rtl_mark.xlsx", HEADER_INDIVIDU, _ganti(6, "Nama", "Lim\u200f Siu Lan"))
    _csv("id_keluarga_kosong.csv", HEADER_INDIVIDU, _ganti(2, "ID Keluarga P3KE", ""))
    _csv("id_individu_ganda.csv", HEADER_INDIVIDU,
         _ganti(1, "ID Individu", INDIVIDU[0][HEADER_INDIVIDU.index("ID Individu")]))
    tanpa_id = [h for h in HEADER_INDIVIDU if h != "ID Keluarga P3KE"]
    _xlsx_openpyxl("kolom_wajib_hilang.xlsx", tanpa_id,
                   [[v for h, v in zip(HEADER_INDIVIDU, b, strict=True)
                     if h != "ID Keluarga P3KE"] for b in INDIVIDU])
    judul = [["Data P3KE"]] + [[f"keterangan {i}"] for i in range(48)]
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(judul)
    w.writerow(HEADER_INDIVIDU)
    w.writerows(INDIVIDU)
    (SINI / "header_di_baris_50.csv").write_text(buf.getvalue(), encoding="utf-8")
    (SINI / "laporan.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n")
    wb = openpyxl.Workbook()
    wb.active.title = "Kosong"
    wb.save(SINI / "lembar_kosong.xlsx")
    _csv("kolom_sangat_banyak.csv", [f"Kolom {i}" for i in range(20_000)], [])
    (SINI / "kutip_tak_ditutup.csv").write_text(
        ",".join(HEADER_INDIVIDU) + '\r\nP3KE001,6172011001,1,"Jl. Tani 1,P3KE00101,Ahmad\r\n'
        + "x" * 140_000 + "\r\n", encoding="utf-8")
    # An XML entity expansion ("billion laughs") inside the sheet.
    sumber = _xlsx_openpyxl("_ent.xlsx", HEADER_INDIVIDU, INDIVIDU)
    tawa = ('<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "hahahahaha">'
            + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'
                      for i in range(9))
            + "]>").encode()
    with zipfile.ZipFile(sumber) as zin, zipfile.ZipFile(SINI / "entitas_xml.xlsx", "w") as zout:
        for info in zin.infolist():
            isi = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                badan = isi.split(b"?>", 1)[1] if isi.startswith(b"<?xml") else isi
                isi = tawa + badan.replace(b">Ahmad<", b">&j;<", 1)
            zout.writestr(info, isi)
    sumber.unlink()
    # A sheet whose one stray value sits in BH1048576 (the reader would build a grid of
    # 63 million cells); the file itself is tiny.
    sumber = _xlsx_openpyxl("_jauh.xlsx", HEADER_INDIVIDU, INDIVIDU)
    with zipfile.ZipFile(sumber) as zin, zipfile.ZipFile(SINI / "sel_jauh.xlsx", "w",
                                                         zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            isi = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                isi = isi.replace(
                    b"</sheetData>",
                    b'<row r="1048576"><c r="BH1048576" t="inlineStr"><is><t>x</t></is></c>'
                    b"</row></sheetData>")
            zout.writestr(info, isi)
    sumber.unlink()
    # Accepted inputs (they must import correctly):
    _csv("diterima_utf16_bom.csv", HEADER_INDIVIDU, INDIVIDU, encoding="utf-16", pemisah="\t")
    _csv("diterima_utf16_tanpa_bom.csv", HEADER_INDIVIDU, INDIVIDU, encoding="utf-16-le")
    tgl = [list(r) for r in INDIVIDU]
    i_tgl = HEADER_INDIVIDU.index("Tanggal Lahir")
    tgl[0][i_tgl], tgl[1][i_tgl], tgl[2][i_tgl] = "15/08/1980", "10-03-1985", "1 Januari 2010"
    _csv("diterima_tanggal_teks.csv", HEADER_INDIVIDU, tgl)
    _xlsx_openpyxl("diterima_lembar_terkunci.xlsx", HEADER_INDIVIDU, INDIVIDU,
                   lindungi="Kunci-Lembar-1")


if __name__ == "__main__":
    main()
