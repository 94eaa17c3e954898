"""The import report: every data-quality finding with its source file, sheet and row, for the
operator to fix with Dukcapil (xlsx, written with xlsxwriter in constant-memory mode).

Its texts are Indonesian; the window's import dialog passes a translator (``terjemah``) so that
headers, notes, the rules' explanations and the findings' messages follow the window's
language. Sheet names, rule codes and the P3KE column names stay as they are: an outside tool,
and the operator comparing with the file, look for them.

Identifier cells (ID Keluarga, ID Individu, Kode Kemdagri, the value of a NIK finding) are
written as text with the ``@`` format, so Excel never turns a NIK into a number. The file is
written beside its target and moved into place at the end: an interrupted write never leaves a
half report under the chosen name. It holds names and NIKs (personal data), so every report is
recorded in the audit log (``EKSPOR``: who, file, rows, purpose) before it appears under its
name.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import xlsxwriter

from kalbar_desktop.domain import keterangan_jejak
from kalbar_desktop.domain import kolom as dkolom
from kalbar_desktop.domain.akses import Aksi, boleh
from kalbar_desktop.domain.nik import samarkan_temuan
from kalbar_desktop.domain.pesan import Label, Pesan
from kalbar_desktop.domain.temuan import PENJELASAN, Aturan
from kalbar_desktop.exchange import tujuan as xtujuan
from kalbar_desktop.storage import audit
from kalbar_desktop.storage import pengguna as spengguna
from kalbar_desktop.storage import temuan as stemuan
from kalbar_desktop.storage.db import BasisData
from kalbar_desktop.storage.waktu import sekarang

KONTEKS_JUDUL = "LaporanTemuan"
"""The Qt context of the report's headers (``ui/label.py: JUDUL_LAPORAN_TEMUAN``): their own,
since a one-word header such as "Baris" (a row's number) is translated otherwise elsewhere."""


def _j(teks: str) -> Label:
    """A header of the report, Indonesian, which the window's translator writes in its
    language."""
    return Label(KONTEKS_JUDUL, teks)


KOLOM = (
    # (header, width, identifier?)
    (_j("Aturan"), 22, False), (_j("ID Keluarga"), 18, True),
    (_j("ID Individu"), 20, True), (_j("Nama"), 26, False),
    (_j("Kode Kemdagri"), 14, True), (_j("Desa/Kelurahan"), 18, False),
    (_j("Kolom"), 16, False), (_j("Nilai di berkas"), 20, True),
    (_j("Pesan"), 60, False), (_j("Berkas"), 28, False), (_j("Lembar"), 14, False),
    (_j("Baris"), 7, False),
)
"""Columns of the findings sheet, in order."""
_KOLOM_KOLOM = 6
"""Index of "Kolom": the P3KE header of the finding's column (the database has its field)."""
_KOLOM_NILAI, _KOLOM_PESAN = 7, 8

LEMBAR_TEMUAN = "Temuan"
LEMBAR_RINGKASAN = "Ringkasan"
LEMBAR_KELUARGA_TETAP = "Keluarga tetap"
"""The sheet of the families an Individu file had no row for and that stay (written only
for the report made right after such an import)."""
KOLOM_KELUARGA_TETAP = (
    (_j("ID Keluarga"), 18, True), (_j("Nama Kepala Keluarga"), 26, False),
    (_j("Kode Kemdagri"), 14, True), (_j("Desa/Kelurahan"), 18, False),
    (_j("Anggota tidak ada lagi"), 12, False), (_j("Keterangan"), 80, False),
)
LEMBAR_KEPALA_BARU = "Kepala baru"
"""The sheet of the families whose head the import changed (written only for the report made
right after such an import)."""
KOLOM_KEPALA_BARU = (
    (_j("ID Keluarga"), 18, True), (_j("Kepala Keluarga lama"), 26, False),
    (_j("Kepala Keluarga baru"), 26, False), (_j("Kode Kemdagri"), 14, True),
    (_j("Desa/Kelurahan"), 18, False), (_j("Keterangan"), 80, False),
)
LEMBAR_KELUARGA_BERUBAH = "Keluarga berubah"
"""The sheet of the stored families whose substantive values the import changed, with the
columns (written only for the report made right after such an import; the families whose only
change is the release's year or Persentil are counted on the summary sheet, not listed)."""
KOLOM_KELUARGA_BERUBAH = (
    (_j("ID Keluarga"), 18, True), (_j("Nama Kepala Keluarga"), 26, False),
    (_j("Kode Kemdagri"), 14, True), (_j("Desa/Kelurahan"), 18, False),
    (_j("Kolom yang berubah"), 80, False),
)
KETERANGAN_KEPALA_BARU = Pesan(
    "Berkas yang diimpor menyebut kepala keluarga lain (NIK dan nama berbeda): bisa sah bila "
    "kepala keluarga lama meninggal atau pindah. Cocokkan dengan KK saat kunjungan atau dengan "
    "Dukcapil.")
KETERANGAN_KELUARGA_TETAP = Pesan(
    "Tidak ada di berkas Individu yang diimpor, tetapi tetap ada: berkas Individu mendaftar "
    "orang, bukan keluarga. Keluarga ini tanpa Kepala Keluarga (KK_TANPA_KEPALA); pastikan "
    "dengan berkas Keluarga dari rilis yang sama atau saat kunjungan.")
ALASAN_LAPORAN = "Laporan temuan kualitas data untuk diperbaiki bersama Dukcapil"
"""The purpose recorded in the audit log for every findings report."""


class KesalahanLaporan(Exception):
    """The report cannot be written (folder missing, file open in Excel...). Indonesian."""


def nama_berkas(tujuan: str | Path) -> Path:
    """The file the report is written to: ``tujuan`` with ``.xlsx`` when it has another
    suffix."""
    tujuan = Path(tujuan)
    return tujuan if tujuan.suffix.lower() == ".xlsx" else tujuan.with_suffix(".xlsx")


def tulis(db: BasisData, tujuan: str | Path,
          kemajuan: Callable[[str, float], None] | None = None,
          pengguna: str | None = None, keluarga_tetap: Sequence[str] = (),
          kepala_baru: Sequence[tuple[str, str | None, str | None]] = (),
          terjemah: Callable[[object], str] | None = None,
          kolom_berubah: Sequence[tuple[str, str]] = (), rilis_saja: int = 0,
          anggota_berubah: int = 0, usia_saja: int = 0) -> int:
    """Write the report of every finding in ``db`` to ``tujuan``; returns the number of
    findings written. The report is recorded in the audit log as written by ``pengguna``
    (``db`` must be open for writing). On a database with accounts, an account without the
    right to full NIKs (an admin) gets every NIK and No KK masked, as its window shows them.
    ``keluarga_tetap`` (the import's
    :attr:`~kalbar_desktop.storage.impor.Ringkasan.id_keluarga_tetap`) adds the sheet
    :data:`LEMBAR_KELUARGA_TETAP` listing them; ``kepala_baru`` (the import's
    :attr:`~kalbar_desktop.storage.impor.Ringkasan.kepala_baru`) the sheet
    :data:`LEMBAR_KEPALA_BARU`; ``kolom_berubah`` (the import's
    :attr:`~kalbar_desktop.storage.impor.Ringkasan.kolom_berubah`) the sheet
    :data:`LEMBAR_KELUARGA_BERUBAH`, and the summary sheet counts them and ``rilis_saja``
    (:attr:`~kalbar_desktop.storage.impor.Ringkasan.keluarga_rilis_saja`); the summary sheet
    also counts the members whose substantive values changed (``anggota_berubah``) apart from
    those whose age alone moved (``usia_saja``, the import's ``Ringkasan.anggota_usia_saja``).
    ``terjemah`` (the
    window's ``ui.bahasa.teks``) writes the texts in the window's language: each
    :class:`Pesan` or :class:`Label` given to it, and each stored message as the rules make it
    (:func:`storage.temuan.pesan_asli`); without it (the console), Indonesian."""
    tujuan = nama_berkas(tujuan)
    folder = tujuan.parent
    if not folder.is_dir():
        raise KesalahanLaporan(Pesan("Folder {folder} tidak ada; pilih folder lain untuk "
                                     "laporan.", folder=str(folder)))
    alasan = xtujuan.alasan_tidak_bisa_ditulis(tujuan)
    if alasan:
        raise KesalahanLaporan(alasan)
    lapor = kemajuan or (lambda _p, _f: None)
    jumlah = sum(stemuan.jumlah_per_aturan(db).values())
    sementara = None
    try:
        fd, sementara = tempfile.mkstemp(prefix=".laporan-", suffix=".xlsx.sementara",
                                         dir=folder)
        os.close(fd)
        penuh = nik_penuh(db, pengguna)
        n = _tulis(db, Path(sementara), jumlah, lapor, penuh, keluarga_tetap, kepala_baru,
                   terjemah, kolom_berubah, rilis_saja, anggota_berubah, usia_saja)
        audit.catat_ekspor(db, pengguna, tujuan.name, n, alasan=ALASAN_LAPORAN,
                           keterangan=keterangan_jejak.laporan_temuan(penuh))
        os.replace(sementara, tujuan)
    except Exception as e:
        # A full disk, a file open in Excel, a read-only folder: the old report stays as it was.
        teks = xtujuan.pesan_gagal_tulis(e, tujuan, db=getattr(db, "path", None))
        if teks is None:
            raise
        raise KesalahanLaporan(Pesan("Laporan temuan {sebab}", sebab=teks)) from e
    finally:
        if sementara is not None:
            with contextlib.suppress(OSError):
                Path(sementara).unlink(missing_ok=True)
    lapor(Pesan("Selesai"), 1.0)
    return n


def nik_penuh(db: BasisData, pengguna: str | None) -> bool:
    """Whether the report ``pengguna`` writes holds full NIKs: always on a database without
    accounts (as before accounts), else only for an account with the right to see them."""
    if not spengguna.ada_akun_apa_pun(db):
        return True
    akun = spengguna.cari(db, pengguna or "")
    return akun is not None and boleh(akun, Aksi.LIHAT_NIK_PENUH)


def _tulis(db: BasisData, path: Path, jumlah: int, lapor: Callable[[str, float], None],
           penuh: bool = True, keluarga_tetap: Sequence[str] = (),
           kepala_baru: Sequence[tuple[str, str | None, str | None]] = (),
           terjemah: Callable[[object], str] | None = None,
           kolom_berubah: Sequence[tuple[str, str]] = (), rilis_saja: int = 0,
           anggota_berubah: int = 0, usia_saja: int = 0) -> int:
    t: Callable[[object], str] = terjemah or str
    judul_pesan = KOLOM[_KOLOM_PESAN][0]
    # the stored messages are Indonesian text: read again as the rules make them, only when
    # the translator changes anything (not in the Indonesian window)
    asli = stemuan.pesan_asli(db) if t(judul_pesan) != judul_pesan else {}
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    judul = wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E78",
                           "text_wrap": True, "valign": "top", "border": 1})
    teks = wb.add_format({"num_format": "@"})
    bungkus = wb.add_format({"text_wrap": True, "valign": "top"})
    tebal = wb.add_format({"bold": True})

    ringkasan = wb.add_worksheet(LEMBAR_RINGKASAN)
    ws = wb.add_worksheet(LEMBAR_TEMUAN)
    _judul_kolom(ws, KOLOM, judul, teks, t)
    r = 0
    for r, baris in enumerate(stemuan.untuk_laporan(db), start=1):
        baris = list(baris)
        if asli:
            baris[_KOLOM_PESAN] = t(asli.get(baris[_KOLOM_PESAN], baris[_KOLOM_PESAN]))
        if not penuh:
            baris[_KOLOM_NILAI], baris[_KOLOM_PESAN] = samarkan_temuan(
                baris[_KOLOM_KOLOM], baris[_KOLOM_NILAI], baris[_KOLOM_PESAN], baris[1],
                baris[2])
        baris[_KOLOM_KOLOM] = dkolom.header_field(baris[_KOLOM_KOLOM])  # as the file names it
        for c, nilai in enumerate(baris):
            if nilai is None or nilai == "":
                continue
            if c == len(KOLOM) - 1:
                ws.write_number(r, c, int(nilai))
            elif KOLOM[c][2]:
                ws.write_string(r, c, str(nilai), teks)
            else:
                ws.write_string(r, c, str(nilai))  # write_string: '=...' stays text
        if r % 5000 == 0:
            lapor(Pesan("Menulis laporan temuan"), min(r / max(jumlah, 1), 1.0))
    if r:
        ws.autofilter(0, 0, r, len(KOLOM) - 1)
        ws.ignore_errors({"number_stored_as_text": f"A1:L{r + 1}"})

    ringkasan.set_column(0, 0, 24)
    ringkasan.set_column(1, 1, 10)
    ringkasan.set_column(2, 2, 90, bungkus)
    ringkasan.write_string(0, 0, t(Pesan("Laporan temuan kualitas data P3KE")), tebal)
    catatan = [Pesan("Dibuat {waktu}; {n} temuan. Perbaiki bersama Dukcapil; berisi data pribadi "
                     "(UU 27/2022): simpan dan kirim hanya lewat jalur resmi.",
                     waktu=sekarang()[:19].replace("T", " "), n=r)]
    if not penuh:
        catatan.append(Pesan("NIK dan No KK disamarkan (6 digit awal, 4 digit akhir): akun "
                             "penulisnya tidak berhak melihat NIK lengkap; minta verifikator "
                             "menulis laporan untuk Dukcapil."))
    ringkasan.write_string(1, 0, t(Pesan.gabung(" ", catatan)))
    # constant memory: a row is written for good once a later one is, so this comes now
    lain = []
    if keluarga_tetap:
        lain.append(Pesan("{n} keluarga tidak ada di berkas Individu yang diimpor tetapi tetap "
                          "ada: lihat lembar {lembar}.", n=len(keluarga_tetap),
                          lembar=LEMBAR_KELUARGA_TETAP))
    if kepala_baru:
        lain.append(Pesan("{n} keluarga berganti Kepala Keluarga menurut berkas yang diimpor: "
                          "lihat lembar {lembar}.", n=len(kepala_baru),
                          lembar=LEMBAR_KEPALA_BARU))
    if kolom_berubah:
        lain.append(Pesan("{n} keluarga berubah isinya menurut berkas yang diimpor (nama, NIK, "
                          "No KK, alamat, wilayah, desil, rumah, bantuan...): lihat lembar "
                          "{lembar}.", n=len(kolom_berubah), lembar=LEMBAR_KELUARGA_BERUBAH))
    if rilis_saja:
        lain.append(Pesan("{n} keluarga hanya berubah Dimuktakhirkan Tahun atau Persentil, yang "
                          "bergeser di setiap rilis P3KE: tidak didaftar.", n=rilis_saja))
    if anggota_berubah:
        lain.append(Pesan("{n} anggota berubah isinya menurut berkas yang diimpor (nama, NIK, "
                          "tanggal lahir, keluarga, pekerjaan, pendidikan, bantuan...).",
                          n=anggota_berubah))
    if usia_saja:
        lain.append(Pesan("{n} anggota hanya berubah usianya (Usia 2023, Kelompok Usia 2023 "
                          "atau kolom Usia ... Tahun), yang bergeser di setiap rilis P3KE: "
                          "tidak dihitung sebagai berubah.", n=usia_saja))
    if lain:
        ringkasan.write_string(2, 0, t(Pesan.gabung(" ", lain)))
    for c, h in enumerate((_j("Aturan"), _j("Jumlah"), _j("Arti"))):
        ringkasan.write_string(3, c, t(h), judul)
    per = stemuan.jumlah_per_aturan(db)
    for i, a in enumerate(Aturan, start=4):
        ringkasan.write_string(i, 0, a.value)
        ringkasan.write_number(i, 1, per.get(a.value, 0))
        # the window translates the rules' explanations in its own context (ui/label.py)
        ringkasan.write_string(i, 2, t(Label("Temuan", PENJELASAN[a])))
    if keluarga_tetap:
        _tulis_keluarga_tetap(wb.add_worksheet(LEMBAR_KELUARGA_TETAP), db, keluarga_tetap,
                              judul, teks, bungkus, t)
    if kepala_baru:
        _tulis_kepala_baru(wb.add_worksheet(LEMBAR_KEPALA_BARU), db, kepala_baru, judul, teks,
                           bungkus, t)
    if kolom_berubah:
        _tulis_keluarga_berubah(wb.add_worksheet(LEMBAR_KELUARGA_BERUBAH), db, kolom_berubah,
                                judul, teks, bungkus, t)
    wb.close()
    return r


def _judul_kolom(ws, kolom, judul, teks, t: Callable[[object], str], bungkus=None) -> None:
    """The header row of a sheet with ``kolom`` (title, width, identifier), frozen; identifier
    columns hold text cells; with ``bungkus`` the last column (the explanation) wraps."""
    ws.freeze_panes(1, 0)
    akhir = len(kolom) - 1
    for c, (h, lebar, identitas) in enumerate(kolom):
        ws.set_column(c, c, lebar, teks if identitas else (bungkus if c == akhir else None))
        ws.write_string(0, c, t(h), judul)


def _tulis_keluarga_tetap(ws, db: BasisData, id_keluarga: Sequence[str], judul, teks,
                          bungkus, t: Callable[[object], str] = str) -> None:
    """The families an Individu file had no row for and that stay, in ID order, with their
    members no longer in the files."""
    _judul_kolom(ws, KOLOM_KELUARGA_TETAP, judul, teks, t, bungkus)
    keterangan = t(KETERANGAN_KELUARGA_TETAP)
    r = 0
    for r, (idk, nama, kode, desa, hilang) in enumerate(
            stemuan.keluarga_untuk_laporan(db, id_keluarga), start=1):
        for c, nilai in enumerate((idk, nama, kode, desa)):
            if nilai:
                ws.write_string(r, c, str(nilai), teks if KOLOM_KELUARGA_TETAP[c][2] else None)
        ws.write_number(r, 4, hilang)
        ws.write_string(r, 5, keterangan)
    ws.autofilter(0, 0, r, len(KOLOM_KELUARGA_TETAP) - 1)
    ws.ignore_errors({"number_stored_as_text": f"A1:D{r + 1}"})


def _tulis_kepala_baru(ws, db: BasisData, kepala_baru: Sequence[tuple[str, str | None,
                                                                      str | None]],
                       judul, teks, bungkus, t: Callable[[object], str] = str) -> None:
    """The families whose head the import changed, in ID order: the former and the new head's
    names, region code and desa."""
    _judul_kolom(ws, KOLOM_KEPALA_BARU, judul, teks, t, bungkus)
    keterangan = t(KETERANGAN_KEPALA_BARU)
    wilayah = {idk: (kode, desa) for idk, _n, kode, desa, _h in
               stemuan.keluarga_untuk_laporan(db, [k[0] for k in kepala_baru])}
    r = 0
    for r, (idk, lama, baru) in enumerate(sorted(kepala_baru), start=1):
        kode, desa = wilayah.get(idk, (None, None))
        for c, nilai in enumerate((idk, lama, baru, kode, desa)):
            if nilai:
                ws.write_string(r, c, str(nilai), teks if KOLOM_KEPALA_BARU[c][2] else None)
        ws.write_string(r, 5, keterangan)
    ws.autofilter(0, 0, r, len(KOLOM_KEPALA_BARU) - 1)
    ws.ignore_errors({"number_stored_as_text": f"A1:E{r + 1}"})


def _tulis_keluarga_berubah(ws, db: BasisData, kolom_berubah: Sequence[tuple[str, str]], judul,
                            teks, bungkus, t: Callable[[object], str] = str) -> None:
    """The families whose substantive values the import changed, in ID order, with the P3KE
    columns that changed (named as the files write them)."""
    _judul_kolom(ws, KOLOM_KELUARGA_BERUBAH, judul, teks, t, bungkus)
    kolom = dict(kolom_berubah)
    r = 0
    for r, (idk, nama, kode, desa, _h) in enumerate(
            stemuan.keluarga_untuk_laporan(db, list(kolom)), start=1):
        for c, nilai in enumerate((idk, nama, kode, desa)):
            if nilai:
                ws.write_string(r, c, str(nilai),
                                teks if KOLOM_KELUARGA_BERUBAH[c][2] else None)
        ws.write_string(r, 4, ", ".join(dkolom.header_field(f) or f
                                        for f in dict.fromkeys(kolom[idk].split(",")) if f))
    ws.autofilter(0, 0, r, len(KOLOM_KELUARGA_BERUBAH) - 1)
    ws.ignore_errors({"number_stored_as_text": f"A1:C{r + 1}"})
