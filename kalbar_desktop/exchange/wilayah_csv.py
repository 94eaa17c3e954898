"""Import of a region reference CSV in the shape of ``wilayah_61_all.csv``:
``code,name,parent_code,level`` (codes without dots, read as text), or of a workbook saved from
it in Excel or LibreOffice."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

from kalbar_desktop.domain import keterangan_jejak
from kalbar_desktop.domain import wilayah as dw
from kalbar_desktop.domain.pesan import Pesan, pesan_dari
from kalbar_desktop.exchange import konversi, reader
from kalbar_desktop.exchange.impor_p3ke import KesalahanImpor
from kalbar_desktop.storage import audit
from kalbar_desktop.storage import temuan as simpan_temuan
from kalbar_desktop.storage import wilayah as sw
from kalbar_desktop.storage.db import BasisData, transaksi

_TINGKAT = {
    "provinsi": dw.Tingkat.PROVINSI, "prov": dw.Tingkat.PROVINSI,
    "kabupaten_kota": dw.Tingkat.KABUPATEN_KOTA, "kab_kota": dw.Tingkat.KABUPATEN_KOTA,
    "kabupaten": dw.Tingkat.KABUPATEN_KOTA, "kota": dw.Tingkat.KABUPATEN_KOTA,
    "kab": dw.Tingkat.KABUPATEN_KOTA, "kecamatan": dw.Tingkat.KECAMATAN,
    "kec": dw.Tingkat.KECAMATAN, "desa_kelurahan": dw.Tingkat.DESA_KELURAHAN,
    "kelurahan_desa": dw.Tingkat.DESA_KELURAHAN, "desa": dw.Tingkat.DESA_KELURAHAN,
    "kelurahan": dw.Tingkat.DESA_KELURAHAN, "kel": dw.Tingkat.DESA_KELURAHAN,
    # the level as a number, as Kemendagri's and BPS's lists number them
    "1": dw.Tingkat.PROVINSI, "2": dw.Tingkat.KABUPATEN_KOTA, "3": dw.Tingkat.KECAMATAN,
    "4": dw.Tingkat.DESA_KELURAHAN,
}
_TINGKAT_SAH = "provinsi, kabupaten_kota, kecamatan, desa_kelurahan (atau 1-4)"


def _tingkat(teks: str) -> dw.Tingkat | None:
    kunci = teks.strip().lower().replace("/", "_").replace(" ", "_").replace("-", "_")
    return _TINGKAT.get(kunci.rstrip("._").removesuffix(".0"))


def _teks(path: Path) -> str:
    """The file's text: UTF-8 (with or without BOM), else the Windows code page Excel uses when
    it saves a CSV on an Indonesian or English Windows."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as e:
        raise KesalahanImpor(Pesan("Berkas tidak ditemukan: {path}", path=str(path))) from e
    except OSError as e:
        raise KesalahanImpor(Pesan("Berkas {berkas} tidak bisa dibaca: {galat}",
                                   berkas=path.name, galat=str(e.strerror or e))) from e
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _pemisah(baris_pertama: str) -> str:
    """Comma as in ``wilayah_61_all.csv``; a semicolon (Excel on Windows set to Indonesian
    saves CSV so) or a tab when the header is written with one of those."""
    jumlah = {p: baris_pertama.count(p) for p in (",", ";", "\t")}
    terbanyak = max(jumlah, key=lambda p: jumlah[p])
    return terbanyak if jumlah[terbanyak] else ","


_DESIMAL_NOL = re.compile(r"\s*(\d+)[.,]0+\s*")
"""A code written as a decimal number (``6101.0``: a column that Excel, or a script, held as
numbers, with the province's empty parent code making it a decimal column)."""
_PETUNJUK_PEMISAH = re.compile(r"\ufeff?sep=(.)\s*(?:\r\n?|\n)", re.IGNORECASE)
"""Excel's separator hint above the header (``sep=;``), which it writes and reads."""


def _kode(teks: object) -> str:
    """A region code as written, cleaned: dots and spaces removed (``61.72.01.1001``), a
    decimal number's ``.0`` dropped (``6172011001.0``)."""
    t = str(teks or "")
    m = _DESIMAL_NOL.fullmatch(t)
    return dw.bersihkan_kode(m[1] if m else t)


_WAJIB = ("code", "name", "parent_code", "level")


def _baris_csv(path: Path) -> tuple[list[str], Iterator[tuple[Pesan, dict[str, str]]]]:
    """The header of a reference CSV and its rows, each with its place (file and line)."""
    teks = _teks(path)
    petunjuk = _PETUNJUK_PEMISAH.match(teks)
    if petunjuk:
        pemisah, awal = petunjuk[1], petunjuk.end()
    else:
        pemisah, awal = _pemisah(re.split(r"\r\n?|\n", teks, maxsplit=1)[0]), 0
    pembaca = csv.DictReader(io.StringIO(teks[awal:], newline=""), delimiter=pemisah)
    header = [(h or "").strip().lower() for h in (pembaca.fieldnames or [])]
    pembaca.fieldnames = header

    def baris() -> Iterator[tuple[Pesan, dict[str, str]]]:
        for b in pembaca:
            nomor = pembaca.line_num + (1 if petunjuk else 0)
            yield Pesan("Berkas {berkas}, baris {baris}", berkas=path.name, baris=nomor), {
                k: v for k, v in b.items() if isinstance(k, str) and isinstance(v, str)}

    return header, baris()


def _baris_workbook(path: Path) -> tuple[list[str], Iterator[tuple[Pesan, dict[str, str]]]]:
    """The header and rows of the first sheet of a workbook (saved from the CSV in Excel or
    LibreOffice) whose first filled row holds the reference's columns, else of its first
    sheet; each row with its place (file, sheet and row)."""
    try:
        daftar = reader.buka_lembar(path, potong=False)
    except reader.KesalahanBerkas as e:
        raise KesalahanImpor(pesan_dari(e)) from e
    pertama: tuple[list[str], Iterator[tuple[Pesan, dict[str, str]]]] | None = None
    for lembar in sorted(daftar, key=lambda lb: lb.tersembunyi):
        # each cell as the text a CSV would hold: a whole number without ``.0``
        semua = ((nomor, [konversi.teks(v) or "" for v in sel]) for nomor, sel in lembar.baris())
        header: list[str] = []
        for _, isi in semua:
            if any(isi):
                header = [h.lower() for h in isi]
                break

        def baris(lembar=lembar, semua=semua, header=header
                  ) -> Iterator[tuple[Pesan, dict[str, str]]]:
            for nomor, isi in semua:
                yield Pesan("Berkas {berkas}, lembar '{lembar}', baris {baris}",
                            berkas=path.name, lembar=lembar.nama, baris=nomor), dict(
                    zip(header, isi, strict=False))

        if set(_WAJIB) <= set(header):
            return header, baris()
        pertama = pertama or (header, baris())
    return pertama or ([], iter(()))


def baca(path: str | Path) -> list[sw.Wilayah]:
    """Read and check a reference CSV (or a workbook saved from one: its first sheet with the
    columns); raise :class:`KesalahanImpor` naming the row.

    Accepted besides the exact shape: a semicolon or tab as separator, the level written as a
    number (1-4) or in words (``Kabupaten/Kota``, ``Desa``...), a blank level or parent code
    (taken from the code's length), empty rows (skipped), codes with dots or written as decimal
    numbers (``6101.0``), Excel's ``sep=;`` line above the header, any line ends."""
    path = Path(path)
    if path.suffix.lower() in reader.EKSTENSI_SPREADSHEET and path.is_file():
        header, semua = _baris_workbook(path)
    else:
        header, semua = _baris_csv(path)
    if not set(_WAJIB) <= set(header):
        raise KesalahanImpor(Pesan(
            "Berkas {berkas} bukan referensi wilayah: baris judul kolom harus "
            "code,name,parent_code,level (tertulis: {tertulis}).", berkas=path.name,
            tertulis=",".join(header) or Pesan("kosong")))
    hasil: list[sw.Wilayah] = []
    for tempat, baris in semua:
        if not any(v.strip() for v in baris.values()):
            continue  # an empty row (Excel leaves ";;;" below the data)
        tertulis = (baris.get("code") or "").strip()
        kode = _kode(tertulis)
        nama = (baris.get("name") or "").strip()
        menurut_kode = dw.tingkat(kode)
        if menurut_kode is None:
            raise KesalahanImpor(Pesan(
                "{tempat}, kolom code: kode '{kode}' bukan kode wilayah Kemendagri (2, 4, 6 "
                "atau 10 digit angka).", tempat=tempat, kode=tertulis))
        level = (baris.get("level") or "").strip()
        tingkat = _tingkat(level) if level else menurut_kode
        if tingkat is None:
            raise KesalahanImpor(Pesan(
                "{tempat}, kolom level: '{level}' tidak dikenal; tulis salah satu dari "
                "provinsi, kabupaten_kota, kecamatan, desa_kelurahan (atau 1-4).",
                tempat=tempat, level=level))
        if tingkat != menurut_kode:
            raise KesalahanImpor(Pesan(
                "{tempat}: kode {kode} ({digit} digit) adalah kode {tingkat}, tetapi level "
                "tertulis '{level}'.", tempat=tempat, kode=kode, digit=len(kode),
                tingkat=dw.LABEL_TINGKAT[menurut_kode], level=level))
        if not nama:
            raise KesalahanImpor(Pesan("{tempat}, kolom name: nama wilayah {kode} kosong.",
                                       tempat=tempat, kode=kode))
        induk = _kode(baris.get("parent_code")) or dw.induk(kode)
        if induk != dw.induk(kode):
            raise KesalahanImpor(Pesan(
                "{tempat}, kolom parent_code: induk {induk} tidak cocok dengan kode {kode}.",
                tempat=tempat, induk=induk, kode=kode))
        hasil.append(sw.Wilayah(kode, nama, tingkat.value, induk))
    if not hasil:
        raise KesalahanImpor(Pesan("Berkas {berkas} tidak berisi satu pun wilayah.",
                                   berkas=path.name))
    return hasil


def impor(db: BasisData, path: str | Path, pengguna: str | None = None) -> int:
    """Load the reference into ``db`` and re-run the quality rules; returns the row count."""
    daftar = baca(path)
    with transaksi(db):
        n = sw.simpan_referensi(db, daftar)
        simpan_temuan.hitung_ulang_semua(db)
        audit.tulis(db, [audit.Catatan(
            aksi="IMPOR_WILAYAH", pengguna=pengguna,
            keterangan=keterangan_jejak.wilayah(Path(path).name, n))])
    return n
