"""P3KE files written from outside, the way offices and a checker write them: openpyxl and the
csv module straight from the column lists of p3ke-domain.md section 1.3, without the project's
demo generator or its column tables. Used by the black-box tests in ``test_masukan_luar.py``."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook

from kalbar_desktop.exchange import impor_p3ke
from tests.conftest import cuplikan

KEPALA_2023 = [
    "ID Keluarga P3KE", "Dimuktakhirkan Tahun", "Kode Kemdagri", "Desil Kesejahteraan",
    "Persentil", "Alamat", "Prioritas Verval", "Nama Kepala Keluarga", "NIK Kepala Keluarga",
    "NIK Kepala Keluarga Padan Kemdagri", "Jenis Kelamin Kepala Keluarga",
    "Tanggal Lahir Kepala Keluarga", "Status Kawin Kepala Keluarga",
    "Pekerjaan Kepala Keluarga", "Status Pekerjaan Kepala Keluarga",
    "Pendidikan Kepala Keluarga", "Kepemilikan Rumah",
    "Memiliki Simpanan Uang/Perhiasan/Ternak/Lainnya", "Jenis Atap", "Kualitas Atap",
    "Jenis Dinding", "Kualitas Dinding", "Jenis Lantai", "Kualitas Lantai",
    "Sumber Penerangan", "Bahan Bakar Memasak", "Sumber Air Minum",
    "Memiliki fasilitas Buang Air Besar", "Resiko Stunting", "Penerima BPNT", "Penerima BPUM",
    "Penerima BST", "Penerima PKH", "Penerima SEMBAKO", "Penerima Prakerja", "Penerima KUR",
]
INDIVIDU_2023 = [
    "ID Keluarga P3KE", "Dimuktakhirkan Tahun", "Kode Kemdagri", "Desil Kesejahteraan",
    "Persentil", "Alamat", "ID Individu", "Prioritas Verval", "Nama", "NIK", "Tanggal Lahir",
    "Padan Dukcapil", "Jenis Kelamin", "Hubungan dengan Kepala Keluarga", "Status Kawin",
    "Pekerjaan", "Status Pekerjaan", "Pendidikan", "Usia 2023", "Kelompok Usia 2023",
    "Penerima BPNT", "Penerima BPUM", "Penerima BST", "Penerima PKH", "Penerima SEMBAKO",
    "Penerima Prakerja", "Penerima KUR",
]

KELUARGA_2022 = [
    "ID Keluarga", "Provinsi", "Kabupaten", "Kecamatan", "Desa", "Kode Kemdagri",
    "Desil Kesejahteraan", "Alamat", "Kepala Keluarga", "NIK", "Padan Dukcapil",
    "Jenis Kelamin", "Tanggal Lahir", "Pekerjaan", "Pendidikan", "Kepemilikan Rumah",
    "Memiliki Simpanan Uang/Perhiasan/Ternak/Lainnya", "Jenis Atap", "Jenis Dinding",
    "Jenis Lantai", "Sumber Penerangan", "Bahan Bakar Memasak", "Sumber Air Minum",
    "Memiliki Fasilitas Buang Air Besar", "Penerima BNPT", "Penerima BPUM", "Penerima BST",
    "Penerima PKH", "Penerima SEMBAKO", "Resiko Stunting", "Pensasaran",
]
"""The 2022 Keluarga workbook (p3ke-domain.md 1.2, the SIPEKA export: "Kabupaten", "Desa",
"Memiliki Fasilitas", the "Penerima BNPT" typo)."""
INDIVIDU_2022 = [
    "No", "ID Keluarga P3KE", "Provinsi", "Kabupaten/Kota", "Kecamatan", "Desa/Kelurahan",
    "Kode Kemdagri", "Desil Kesejahteraan", "Alamat", "ID Individu", "Nama", "NIK",
    "Padan Dukcapil", "Jenis Kelamin", "Hubungan dengan Kepala Keluarga", "Tanggal Lahir",
    "Status Kawin", "Pekerjaan", "Pendidikan", "Usia < 7 Tahun", "Usia 7-12 Tahun",
    "Usia 13-15 Tahun", "Usia 16-18 Tahun", "Usia 19-21 Tahun", "Usia 22-59 Tahun",
    "Usia 60+ Tahun", "Penerima BPNT", "Penerima BPUM", "Penerima BST", "Penerima PKH",
    "Penerima SEMBAKO", "Resiko Stunting",
]
"""The 2022 Individu workbook (p3ke-domain.md 1.2, the ``P3keInd`` export, column A "No")."""

_NAMA_WILAYAH = {"6172011001": ("Singkawang Tengah", "Roban"),
                 "6172011002": ("Singkawang Tengah", "Condong"),
                 "6172021001": ("Singkawang Barat", "Pasiran")}

# (ID Keluarga, Kode Kemdagri, desil, members: (ID Individu, nama, NIK, lahir, kelamin, hubungan))
# Identifiers with leading zeros on purpose; NIKs agree with birth date and sex.
KELUARGA = [
    ("0061720001", "6172011001", 1, [
        ("006172000101", "Ahmad Yani", "6172011508800001", dt.date(1980, 8, 15), "Laki-laki",
         "Kepala Keluarga"),
        ("006172000102", "Siti Aminah", "6172015003850002", dt.date(1985, 3, 10), "Perempuan",
         "Istri/Suami")]),
    ("0061720002", "6172011002", 2, [
        ("006172000201", "Maria Goreti", "6172014412700001", dt.date(1970, 12, 4), "Perempuan",
         "Kepala Keluarga"),
        ("006172000202", "Lukas", "6172010505950004", dt.date(1995, 5, 5), "Laki-laki",
         "Anak")]),
    ("0061720003", "6172021001", 3, [
        ("006172000301", "Bong Kim Fui", "6172022002600001", dt.date(1960, 2, 20), "Laki-laki",
         "Kepala Keluarga")]),
]


def _sama(x):
    return x


def baris_kepala(nik: Callable = _sama, tanggal: Callable = _sama) -> list[list]:
    """Rows of the 2023 Kepala Keluarga sheet for :data:`KELUARGA`."""
    hasil = []
    for idk, kode, desil, anggota in KELUARGA:
        _, nama, n, lahir, jk, _ = anggota[0]
        hasil.append([
            idk, 2023, kode, desil, 12, "Jl. Merdeka", "NORMAL", nama, nik(n), "PADAN", jk,
            tanggal(lahir), "Kawin", "Petani", "Berusaha Sendiri", "Tamat SD/Sederajat",
            "Milik Sendiri", "Tidak", "Asbes/Seng", "Bagus/Kualitas Tinggi", "Kayu/Papan",
            "Jelek/Kualitas Rendah", "Semen", "KOSONG", "Listrik PLN meteran", "Arang/Kayu",
            "Sumur Bor", "Milik Sendiri", "Tidak Beresiko Stunting", "Ya", "Tidak", "Tidak",
            "Ya", "Ya", "Tidak", "Tidak"])
    return hasil


def baris_individu(nik: Callable = _sama, tanggal: Callable = _sama) -> list[list]:
    """Rows of the 2023 Individu sheet for :data:`KELUARGA`."""
    hasil = []
    for idk, kode, desil, anggota in KELUARGA:
        for idi, nama, n, lahir, jk, hub in anggota:
            hasil.append([
                idk, 2023, kode, desil, 12, "Jl. Merdeka", idi, "NORMAL", nama, nik(n),
                tanggal(lahir), "PADAN", jk, hub, "Kawin", "Petani", "Berusaha Sendiri",
                "Tamat SD/Sederajat", 40, "USIA 19 - 59 TAHUN", "Ya", "Tidak", "Tidak", "Ya",
                "Ya", "Tidak", "Tidak"])
    return hasil


def baris_keluarga_2022(nik: Callable = _sama) -> list[list]:
    """Rows of the 2022 Keluarga workbook for :data:`KELUARGA`."""
    hasil = []
    for idk, kode, desil, anggota in KELUARGA:
        _, nama, n, lahir, jk, _ = anggota[0]
        kec, desa = _NAMA_WILAYAH[kode]
        hasil.append([
            idk, "Kalimantan Barat", "Kota Singkawang", kec, desa, kode, desil, "Jl. Merdeka",
            nama, nik(n), "PADAN", jk, lahir, "Petani", "Tamat SD/Sederajat", "Milik Sendiri",
            "Tidak", "Asbes/Seng", "Kayu/Papan", "Semen", "Listrik PLN meteran", "Arang/Kayu",
            "Sumur Bor", "Milik Sendiri", "Ya", "Tidak", "Tidak", "Ya", "Ya",
            "Tidak Beresiko Stunting", ""])
    return hasil


def baris_individu_2022(nik: Callable = _sama) -> list[list]:
    """Rows of the 2022 Individu workbook for :data:`KELUARGA` (age bands as Ya/Tidak)."""
    hasil = []
    for idk, kode, desil, anggota in KELUARGA:
        kec, desa = _NAMA_WILAYAH[kode]
        for idi, nama, n, lahir, jk, hub in anggota:
            hasil.append([
                len(hasil) + 1, idk, "Kalimantan Barat", "Kota Singkawang", kec, desa, kode,
                desil, "Jl. Merdeka", idi, nama, nik(n), "PADAN", jk, hub, lahir, "Kawin",
                "Petani", "Tamat SD/Sederajat", "Tidak", "Tidak", "Tidak", "Tidak", "Tidak",
                "Ya", "Tidak", "Ya", "Tidak", "Tidak", "Ya", "Ya", "Tidak Beresiko Stunting"])
    return hasil


def xlsx(path: Path, header: Sequence, rows: Sequence[Sequence], *, lembar: str = "Sheet1",
         judul: Sequence[str] = ()) -> Path:
    """One sheet written with openpyxl (values as given: an ``int`` NIK is a number cell);
    ``judul`` lines go above the header like an office's title block."""
    wb = Workbook()
    ws = wb.active
    ws.title = lembar
    for t in judul:
        ws.append([t])
    ws.append(list(header))
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


def judul_kantor(header: Sequence[str]) -> list[str]:
    """Headers as offices type them: upper case, the first space of every other header an
    Alt+Enter line break, non-breaking spaces and trailing spaces in the rest."""
    return [h.upper().replace(" ", "\n", 1) if i % 2 == 0
            else h.upper().replace(" ", "\u00a0") + "  " for i, h in enumerate(header)]


def xlsx_kantor(path: Path, header: Sequence[str], rows: Sequence[Sequence], *,
                lembar: str = "Data") -> Path:
    """An office's workbook: a 'Petunjuk' and a 'Rekap' sheet before the data sheet (third of
    four), a title block of 11 rows with merged cells, the header in row 12 typed as
    :func:`judul_kantor` with wrapped text, an autofilter over the data."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.active.title = "Petunjuk"
    wb.active.append(["Isi lembar Data; jangan ubah judul kolom."])
    wb.create_sheet("Rekap").append(["Jumlah keluarga", len(rows)])
    ws = wb.create_sheet(lembar)
    wb.create_sheet("Catatan").append(["Catatan", "-"])
    ws["A1"] = "PEMERINTAH KOTA SINGKAWANG"
    ws["A3"] = "DATA P3KE"
    ws.merge_cells("A1:H1")
    ws.merge_cells("A3:H4")
    for c, h in enumerate(judul_kantor(header), start=1):
        ws.cell(row=12, column=c, value=h).alignment = Alignment(wrap_text=True)
    for r, baris in enumerate(rows, start=13):
        for c, v in enumerate(baris, start=1):
            ws.cell(row=r, column=c, value=v)
    ws.auto_filter.ref = f"A12:{get_column_letter(len(header))}{12 + len(rows)}"
    wb.save(path)
    return path


BNBA = ["No", "Kode Kemdagri", "Desa/Kelurahan", "Alamat", "ID Keluarga P3KE", "Desil", "Nama",
        "NIK", "Tanggal Lahir", "Jenis Kelamin", "Hubungan dengan Kepala Keluarga"]
"""A by-name-by-address print (p3ke-domain.md 1.2, the Sambas app's columns plus the desa
code): no ID Individu column, members of a family on consecutive rows, the head first."""


def baris_bnba(urutan: Callable[[list], list] = _sama) -> list[list]:
    """Rows of :data:`BNBA` for :data:`KELUARGA`; ``urutan`` reorders each family's members
    (a newer print)."""
    hasil = []
    for idk, kode, desil, anggota in KELUARGA:
        for _idi, nama, n, lahir, jk, hub in urutan(list(anggota)):
            hasil.append([len(hasil) + 1, kode, "Desa", "Jl. Merdeka", idk, desil, nama, n,
                          lahir.strftime("%d-%m-%Y"), jk.upper(), hub.upper()])
    return hasil


def xlsx_bnba(path: Path, rows: Sequence[Sequence]) -> Path:
    """:data:`BNBA` rows under a title block of 11 rows (header in row 12, data from 13)."""
    return xlsx(path, BNBA, rows, lembar="BNBA", judul=(
        "PEMERINTAH KOTA SINGKAWANG", "DINAS SOSIAL", "", "DAFTAR BY NAME BY ADDRESS P3KE",
        "", "", "", "", "", "", ""))


def xlsx_dengan_lembar_tersembunyi(path: Path, keadaan: str,
                                   sembunyikan_data: bool = False) -> Path:
    """An Individu sheet and an older copy (IDs with an X) in a sheet in state ``keadaan``."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Individu"
    lama = wb.create_sheet("Lama")
    lama.sheet_state = keadaan
    for lembar, akhiran in ((ws, ""), (lama, "X")):
        lembar.append(INDIVIDU_2023)
        for r in baris_individu():
            r[INDIVIDU_2023.index("ID Keluarga P3KE")] += akhiran
            r[INDIVIDU_2023.index("ID Individu")] += akhiran
            lembar.append(r)
    if sembunyikan_data:  # the only P3KE sheet is the hidden one
        wb.remove(ws)
        wb.create_sheet("Rekap", 0).append(["Jumlah keluarga", 3])
    wb.save(path)
    return path


def xlsx_dengan_baris_dilewati(path: Path) -> Path:
    """An Individu sheet with an extra column of formulas never calculated (openpyxl writes no
    value), the header repeated after two rows and a totals row under the data."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Individu"
    ws.append([*INDIVIDU_2023, "Cek"])
    for n, r in enumerate(baris_individu(), start=2):
        ws.append([*r, f"=LEN(J{n})"])
        if n == 4:
            ws.append([*INDIVIDU_2023, "Cek"])
    ws.append(["JUMLAH", None, None, None, None, None, None, None, "=COUNTA(I2:I7)"])
    wb.save(path)
    return path


def csv_berkas(path: Path, header: Sequence, rows: Sequence[Sequence], *, pemisah: str = ";",
               encoding: str = "utf-8-sig") -> Path:
    """A CSV as Excel in an Indonesian locale saves it (semicolons, BOM, CRLF) by default."""
    with open(path, "w", newline="", encoding=encoding) as f:
        w = csv.writer(f, delimiter=pemisah, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)
    return path


def pasangan_2023(folder: Path, **ubah) -> tuple[Path, Path]:
    """The Kepala Keluarga and Individu workbooks of the 2023 layout."""
    return (xlsx(folder / "kepala.xlsx", KEPALA_2023, baris_kepala(**ubah),
                 lembar="Kepala Keluarga"),
            xlsx(folder / "individu.xlsx", INDIVIDU_2023, baris_individu(**ubah),
                 lembar="Individu"))


def tolak_impor(db, berkas, *harapan: str) -> str:
    """Import ``berkas``, expect it refused with a message holding every ``harapan``, and the
    database unchanged; returns the message."""
    sebelum = cuplikan(db)
    with pytest.raises(impor_p3ke.KesalahanImpor) as e:
        impor_p3ke.impor(db, berkas)
    pesan = str(e.value)
    for h in harapan:
        assert h in pesan, pesan
    assert cuplikan(db) == sebelum
    return pesan


def xlsx_tanpa_shared_strings(src: Path, dst: Path, *, str_kolom: str = "",
                              makro: bool = False) -> Path:
    """Rewrite an openpyxl workbook the way Google Sheets and WPS write theirs: every text an
    inline string (``t="inlineStr"``), no sharedStrings part; the cells of column ``str_kolom``
    as ``t="str"`` (a formula's text result, written without the formula). ``makro``: the
    content type of a macro workbook (``.xlsm``)."""
    import re
    import zipfile
    from xml.sax.saxutils import escape

    with zipfile.ZipFile(src) as z:
        bagian = {n: z.read(n) for n in z.namelist()}
    teks = [m.decode() for m in re.findall(rb"<si><t[^>]*>(.*?)</t></si>",
                                           bagian.get("xl/sharedStrings.xml", b""), re.S)]

    def sel(m: re.Match) -> str:
        ref, nilai = m[1], teks[int(m[2])]
        kolom = re.match(r"[A-Z]+", ref)[0]
        if kolom == str_kolom:
            return f'<c r="{ref}" t="str"><v>{escape(nilai)}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(nilai)}</t></is></c>'

    for n in list(bagian):
        if n.startswith("xl/worksheets/sheet"):
            bagian[n] = re.sub(r'<c r="([A-Z]+\d+)"(?: s="\d+")? t="s"><v>(\d+)</v></c>', sel,
                               bagian[n].decode()).encode()
    bagian.pop("xl/sharedStrings.xml", None)
    bagian["xl/_rels/workbook.xml.rels"] = re.sub(
        rb'<Relationship [^>]*sharedStrings[^>]*/>', b"", bagian["xl/_rels/workbook.xml.rels"])
    jenis = re.sub(rb'<Override [^>]*sharedStrings[^>]*/>', b"", bagian["[Content_Types].xml"])
    if makro:
        jenis = jenis.replace(
            b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
    bagian["[Content_Types].xml"] = jenis
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for n, isi in bagian.items():
            z.writestr(n, isi)
    return dst
