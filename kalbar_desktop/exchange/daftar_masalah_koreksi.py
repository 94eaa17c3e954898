"""The problems list of a re-import (what a corrected workbook could not apply), saved as a
workbook or laid out for printing, for the person who edited the workbook.

One row per problem: sheet, row, column, ID Keluarga / ID Individu, the value found in the
workbook's cell (when one is to blame) and the reason, which says what was expected; a
conflict (a field changed here since the export and in the workbook to another value) also
gives this database's value and what was chosen; above it
a title block naming the workbook, the start of its SHA-256 (so that the editor corrects the
very file that was read), when and by whom.

What the list may hold: it travels (handed over on paper or sent back as a file), so every NIK
and No KK in it is masked always, whoever makes it, as the printed documents and a masked
by-name workbook mask them (``domain.nik.samarkan_catatan``: the values and the messages;
phone numbers, dates, RT/RW and the row's own IDs stay). ID Keluarga and ID Individu stay in
full: they are how the editor finds the row. Names quoted in a reason (a member's, a head's)
stay: the editor's workbook holds them already. Writing the file is recorded in the audit log
(:func:`catat`) by the caller, as every file holding names is.

Texts are Indonesian; the window passes its translator (``terjemah``) so that headers and
reasons follow its language, as the findings report does. Identifier cells are text cells
(``@``): Excel never turns an ID into a number.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import xlsxwriter

from kalbar_desktop.domain import nik as dnik
from kalbar_desktop.domain.pesan import Label, Pesan, pesan_dari
from kalbar_desktop.exchange import dokumen as xdokumen
from kalbar_desktop.exchange import impor_koreksi
from kalbar_desktop.exchange import tujuan as xtujuan
from kalbar_desktop.exchange.ekspor import LEMBAR_ANGGOTA, LEMBAR_KELUARGA
from kalbar_desktop.storage import audit
from kalbar_desktop.storage.db import BasisData

KONTEKS_JENIS = "MasalahImporUlang"
"""The window's translation context of the kinds of problem (``ui/laporan.py``)."""
AWAL_SHA = 16
"""Hex digits of the workbook's SHA-256 the list names (enough to tell two files apart)."""
LEMBAR = "Masalah impor ulang"
"""The sheet's name."""
BARIS_JUDUL = 9
"""The sheet's row (1-based) of the table's headers: the title block comes above."""
ALASAN_AUDIT = "Daftar masalah impor ulang untuk pengoreksi workbook"
"""The purpose the audit log records for a saved or printed problems list."""

JENIS_TAMBAHAN: dict[str, Pesan] = {
    "BARIS_DIHAPUS": Pesan("Baris dihapus dari workbook"),
    "KOLOM_TIDAK_DIBACA": Pesan("Kolom tambahan tidak dibaca"),
    "DITOLAK": Pesan("Workbook ditolak"),
    "KONFLIK": Pesan("Konflik"),
}
"""Kinds of problem of the whole workbook, beside :data:`impor_koreksi.JENIS_MASALAH`."""


@dataclass(frozen=True)
class Butir:
    """One problem of the list."""

    lembar: str | None
    baris: int | None
    kolom: str | None
    id_keluarga: str | None
    id_individu: str | None
    nilai: str | None
    pesan: str
    """The reason, saying what was expected (Indonesian, a :class:`Pesan` when made so)."""
    jenis: str
    nilai_basis: str | None = None
    """A conflict's value in this database (the workbook's is :attr:`nilai`)."""
    pilihan: str | None = None
    """A conflict's choice: ``impor_koreksi.PAKAI_BASIS``, ``PAKAI_WORKBOOK``, ``None``
    (undecided) or :data:`BERMASALAH` (its row has another problem: nothing to choose)."""


BERMASALAH = "BARIS_BERMASALAH"
PILIHAN: dict[str | None, Pesan] = {
    impor_koreksi.PAKAI_BASIS: Pesan("Pakai basis data"),
    impor_koreksi.PAKAI_WORKBOOK: Pesan("Pakai workbook"),
    None: Pesan("Belum dipilih"),
    BERMASALAH: Pesan("Baris bermasalah"),
}
"""What a conflict's row of the list says was chosen."""


@dataclass
class DaftarMasalah:
    """The problems of one re-import of one workbook."""

    berkas: str
    """The workbook's file name."""
    sha256: str | None
    pengguna: str | None
    butir: list[Butir] = field(default_factory=list)
    waktu: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))

    @property
    def sha_awal(self) -> str:
        """The start of the workbook's SHA-256 the list names."""
        return (self.sha256 or "")[:AWAL_SHA]


def _butir(m: impor_koreksi.MasalahBaris) -> Butir:
    return Butir(m.lembar, m.baris, m.kolom, m.id_keluarga, m.id_individu, m.nilai, m.pesan,
                 m.jenis)


def _konflik(pratinjau: impor_koreksi.Pratinjau) -> list[Butir]:
    """The conflicts of the window's conflicts table, in its order, with the choice made."""
    bisa_dipilih = len(pratinjau.semua_konflik)
    hasil = []
    for i, (k, x) in enumerate(pratinjau.konflik_tampil):
        u = x.perubahan
        if x.jenis == "NILAI_LAMA":
            pesan = Pesan(
                "Nilai di workbook pernah dipegang basis data ini (salinan lama dari laptop): "
                "nilai basis data dipakai kecuali dipilih lain. Nilai basis data: {asal}",
                asal=x.asal)
        else:
            pesan = Pesan(
                "Diubah di basis data ini sesudah workbook diekspor dan di workbook dengan "
                "nilai lain: dipakai nilai yang dipilih. Nilai basis data: {asal}", asal=x.asal)
        if i >= bisa_dipilih:
            pesan = Pesan.gabung(" ", [pesan, Pesan(
                "Baris ini juga punya masalah lain (lihat daftar ini), jadi tidak diterapkan "
                "apa pun pilihannya.")])
        hasil.append(Butir(
            LEMBAR_ANGGOTA if u.id_individu else LEMBAR_KELUARGA,
            u.baris if u.id_individu else k.baris, u.kolom, k.id_keluarga, u.id_individu,
            u.teks(u.baru) or None, pesan, "KONFLIK", nilai_basis=u.teks(u.lama) or None,
            pilihan=BERMASALAH if i >= bisa_dipilih else x.pilihan))
    return hasil


def dari_masalah(berkas: str | Path, sha256: str | None, pengguna: str | None,
                 masalah: Sequence[impor_koreksi.MasalahBaris],
                 pratinjau: impor_koreksi.Pratinjau | None = None) -> DaftarMasalah:
    """The list of ``masalah`` (what the re-import window's problems table shows), with what
    ``pratinjau`` knows beside it: its conflicts (each with both values and the choice made so
    far), and the problems of the whole workbook: columns added by hand that are not read, and
    the rows deleted since the export: each family and member by its IDs when they can be
    named (``Pratinjau.keluarga_hilang``), else the count."""
    daftar = DaftarMasalah(Path(berkas).name, sha256, pengguna, [_butir(m) for m in masalah])
    if pratinjau is None:
        return daftar
    daftar.butir += _konflik(pratinjau)
    for lembar, huruf, judul, n in pratinjau.kolom_tidak_dibaca:
        daftar.butir.append(Butir(
            lembar, None, huruf, None, None, judul, Pesan(
                "Kolom tambahan '{judul}' ({n} baris berisi) tidak dibaca impor ulang, jadi "
                "isinya tidak diterapkan. Alamat (termasuk RT/RW) dibetulkan di formulir "
                "keluarga; keterangan lain ditulis di kolom Catatan (Catatan anggota) agar ikut "
                "diimpor", judul=judul, n=n), "KOLOM_TIDAK_DIBACA"))
    daftar.butir += [_butir(m) for m in pratinjau.masalah_hilang]
    if pratinjau.baris_hilang and not pratinjau.keluarga_hilang:  # not named: the count
        daftar.butir.append(Butir(
            LEMBAR_KELUARGA, None, None, None, None, None, Pesan(
                "Lembar ini kini memuat {n} baris berisi ID, saat diekspor {semula}: keluarga "
                "yang barisnya dihapus tidak diubah (baris yang dihapus tidak menghapus apa "
                "pun). Bila keluarga memang tidak layak atau pindah, kembalikan barisnya dan isi "
                "kolom verifikasinya", n=pratinjau.baris_dibaca,
                semula=pratinjau.baris_saat_ekspor or 0), "BARIS_DIHAPUS"))
    return daftar


def dari_pratinjau(pratinjau: impor_koreksi.Pratinjau, pengguna: str | None,
                   hasil: impor_koreksi.HasilTerap | None = None) -> DaftarMasalah:
    """The list of a preview (and of what applying it could not save, ``hasil``): every
    problem, the conflicts with the choice made for them."""
    masalah = [*(hasil.gagal if hasil else []),
               *(m for m in pratinjau.masalah if m.jenis not in impor_koreksi.JENIS_KONFLIK)]
    return dari_masalah(pratinjau.berkas, pratinjau.sha256, pengguna, masalah, pratinjau)


def ditolak(berkas: str | Path, alasan: str, pengguna: str | None,
            sha256: str | None = None, lembar: str | None = None, baris: int | None = None,
            kolom: str | None = None) -> DaftarMasalah:
    """The list of a workbook refused whole (not a provincial workbook, a wrong password...):
    one problem, the refusal, and where when one place is to blame."""
    return DaftarMasalah(Path(berkas).name, sha256, pengguna,
                         [Butir(lembar, baris, kolom, None, None, None, alasan, "DITOLAK")])


def dari_penolakan(berkas: str | Path, galat: impor_koreksi.KesalahanImporKoreksi,
                   pengguna: str | None) -> DaftarMasalah:
    """:func:`ditolak` for the refusal ``galat`` raised by ``impor_koreksi.baca`` (its message,
    where, and the file's SHA-256)."""
    return ditolak(berkas, pesan_dari(galat), pengguna, galat.sha256, galat.lembar,
                   galat.baris, galat.kolom)


def judul_jenis(jenis: str) -> str:
    """A kind of problem's short title (Indonesian; a :class:`Label` or :class:`Pesan` the
    window translates)."""
    if jenis in JENIS_TAMBAHAN:
        return JENIS_TAMBAHAN[jenis]
    return Label(KONTEKS_JENIS, impor_koreksi.JENIS_MASALAH.get(jenis, jenis))


def tempat_baris(b: Butir) -> str:
    """The row as the re-import window names it: ``12`` in Data Keluarga, ``A 12`` in Data
    Anggota."""
    if b.baris is None:
        return ""
    return f"A {b.baris}" if b.lembar == LEMBAR_ANGGOTA else str(b.baris)


def _samar(teks: str, b: Butir) -> str:
    return dnik.samarkan_catatan(teks, (b.id_keluarga, b.id_individu))


def _nilai(b: Butir, nilai: str | None, t: Callable[[object], str]) -> str:
    if not nilai:
        return ""
    if b.kolom and "NIK" in str(b.kolom):
        return dnik.samarkan_nik(nilai)
    return _samar(t(nilai), b)


KOLOM: tuple[tuple[str, float], ...] = (
    # "Baris" is a count elsewhere in the messages: the findings report's header is a row's
    (Pesan("No"), 5), (Pesan("Lembar"), 15), (Label("LaporanTemuan", "Baris"), 7),
    (Pesan("Kolom"), 24),
    (Pesan("ID Keluarga"), 20), (Pesan("ID Individu"), 22), (Pesan("Nilai di workbook"), 24),
    (Pesan("Masalah (alasan, nilai yang diharapkan)"), 70), (Pesan("Jenis masalah"), 26),
    (Pesan("Nilai di basis data"), 24), (Pesan("Dipakai"), 18),
)
"""The table's columns (header, width in characters); the last two are a conflict's."""
_ID = frozenset({4, 5})
_NILAI = frozenset({6, 9})


def baris_tabel(daftar: DaftarMasalah, terjemah: Callable[[object], str] | None = None
                ) -> list[tuple[int, str, int | None, str, str, str, str, str, str, str, str]]:
    """The rows of the list as written and printed: number, sheet, row, column, IDs, the value
    found and the reason (masked: see the module's note), the kind of problem, and for a
    conflict this database's value (masked the same way) and what was chosen."""
    t: Callable[[object], str] = terjemah or str
    return [(i, b.lembar or "", b.baris, t(b.kolom) if b.kolom else "", b.id_keluarga or "",
             b.id_individu or "", _nilai(b, b.nilai, t), _samar(t(b.pesan), b),
             t(judul_jenis(b.jenis)), _nilai(b, b.nilai_basis, t),
             t(PILIHAN[b.pilihan]) if b.jenis == "KONFLIK" else "")
            for i, b in enumerate(daftar.butir, start=1)]


def kepala(daftar: DaftarMasalah, terjemah: Callable[[object], str] | None = None
           ) -> list[tuple[str, str]]:
    """The title block's lines (label, value)."""
    t: Callable[[object], str] = terjemah or str
    return [(t(Pesan("Workbook")), daftar.berkas),
            (t(Pesan("SHA-256 (awal)")), daftar.sha_awal or "-"),
            (t(Pesan("Dibuat")), daftar.waktu.strftime("%d-%m-%Y %H:%M")),
            (t(Pesan("Oleh")), daftar.pengguna or "-"),
            (t(Pesan("Jumlah masalah")), str(len(daftar.butir)))]


def _judul(terjemah: Callable[[object], str] | None) -> str:
    return (terjemah or str)(Pesan("Daftar masalah impor ulang workbook hasil koreksi"))


def _catatan(terjemah: Callable[[object], str] | None) -> str:
    return (terjemah or str)(Pesan(
        "Baris dan isian ini tidak diterapkan. Betulkan di workbook yang sama (lihat SHA-256), "
        "lalu kirim kembali untuk diimpor ulang. NIK dan No KK disamarkan; berisi data pribadi "
        "(UU 27/2022): simpan dan kirim hanya lewat jalur resmi."))


def isi_xlsx(daftar: DaftarMasalah, terjemah: Callable[[object], str] | None = None) -> bytes:
    """The list as the bytes of an xlsx workbook (one sheet, :data:`LEMBAR`)."""
    t: Callable[[object], str] = terjemah or str
    keluaran = io.BytesIO()
    wb = xlsxwriter.Workbook(keluaran, {"in_memory": True})
    tebal = wb.add_format({"bold": True})
    judul_tabel = wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E78",
                                 "text_wrap": True, "valign": "top", "border": 1})
    teks = wb.add_format({"num_format": "@", "valign": "top"})
    bungkus = wb.add_format({"text_wrap": True, "valign": "top"})
    atas = wb.add_format({"valign": "top"})
    ws = wb.add_worksheet(LEMBAR)
    for c, (_h, lebar) in enumerate(KOLOM):
        ws.set_column(c, c, lebar, teks if c in _ID else (bungkus if c in (7, 8) else atas))
    ws.write_string(0, 0, _judul(terjemah), wb.add_format({"bold": True, "font_size": 14}))
    for r, (label, nilai) in enumerate(kepala(daftar, terjemah), start=1):
        ws.write_string(r, 0, label, tebal)
        ws.write_string(r, 3, nilai, teks)  # the SHA-256 and the workbook's name stay text
    ws.write_string(len(kepala(daftar)) + 1, 0, _catatan(terjemah))
    r0 = BARIS_JUDUL - 1
    for c, (h, _lebar) in enumerate(KOLOM):
        ws.write_string(r0, c, t(h), judul_tabel)
    ws.freeze_panes(BARIS_JUDUL, 0)
    r = r0
    for r, baris in enumerate(baris_tabel(daftar, terjemah), start=BARIS_JUDUL):
        for c, nilai in enumerate(baris):
            if nilai is None or nilai == "":
                continue
            if isinstance(nilai, int):
                ws.write_number(r, c, nilai)
            else:  # write_string: a value such as '=SUM(...)' stays text
                ws.write_string(r, c, nilai, teks if c in _ID or c in _NILAI else None)
    ws.autofilter(r0, 0, max(r, r0), len(KOLOM) - 1)
    ws.ignore_errors({"number_stored_as_text": f"A1:K{r + 1}"})
    ws.set_landscape()
    ws.repeat_rows(r0)
    ws.fit_to_pages(1, 0)
    wb.close()
    return keluaran.getvalue()


def tulis(daftar: DaftarMasalah, tujuan: str | Path,
          terjemah: Callable[[object], str] | None = None,
          sebelum_dipasang: Callable[[], None] | None = None) -> Path:
    """Write the list to the xlsx file ``tujuan`` (``.xlsx`` added when it has another suffix)
    through :func:`kalbar_desktop.exchange.tujuan.tulis_utuh`: under a temporary name beside it,
    renamed when complete, so a full disk or a pulled flashdisk leaves nothing half-written and
    an old file of that name as it was. ``sebelum_dipasang`` (the audit record: :func:`catat`)
    runs before the file takes its name. Raises
    :class:`~kalbar_desktop.exchange.tujuan.TujuanTidakBisaDitulis`."""
    return xtujuan.tulis_utuh(nama_berkas_xlsx(tujuan), isi_xlsx(daftar, terjemah),
                              sebelum_dipasang)


def nama_berkas_xlsx(tujuan: str | Path) -> Path:
    """The file the list is written to: ``tujuan`` with ``.xlsx`` when it has another
    suffix."""
    tujuan = Path(tujuan)
    return tujuan if tujuan.suffix.lower() == ".xlsx" else tujuan.with_suffix(".xlsx")


def catat(db: BasisData, daftar: DaftarMasalah, tujuan: str | Path) -> None:
    """Record the saved or printed list in the audit log (it holds names and IDs)."""
    audit.catat_ekspor(db, daftar.pengguna, Path(tujuan).name, len(daftar.butir),
                       alasan=ALASAN_AUDIT)


def dokumen(daftar: DaftarMasalah, terjemah: Callable[[object], str] | None = None
            ) -> xdokumen.Dokumen:
    """The list laid out for printing (landscape A4): the title block, then the table with its
    row numbers, whose header repeats on every page. The page header, :func:`kepala_halaman`,
    is given to the printer (``ui.cetak.tulis_pdf(kepala=...)``), which draws it on every
    page."""
    t: Callable[[object], str] = terjemah or str
    blok: list[xdokumen.Blok] = [xdokumen.Teks(_judul(terjemah), xdokumen.Gaya.JUDUL)]
    for label, nilai in kepala(daftar, terjemah):
        blok.append(xdokumen.Teks(f"{label}: {nilai}"))
    blok += [xdokumen.Teks(_catatan(terjemah), xdokumen.Gaya.KECIL), xdokumen.Spasi(2)]
    # the printed columns: KOLOM's first seven, this database's value, then the kind, the
    # choice and the reason in one
    lebar = ((0, 0.5), (1, 1.2), (2, 0.7), (3, 1.6), (4, 1.3), (5, 1.5), (6, 2.0), (9, 2.0),
             (7, 4.2))
    kolom = tuple(xdokumen.Kolom(t(KOLOM[i][0]), w, xdokumen.Rata.KANAN if i in (0, 2) else
                                 xdokumen.Rata.KIRI) for i, w in lebar)
    baris = []
    for (no, lembar, _baris, kol, idk, idi, nilai, pesan, jenis, basis,
         pilihan) in baris_tabel(daftar, terjemah):
        b = daftar.butir[no - 1]
        if pilihan:
            jenis = t(Pesan("{jenis} ({dipakai}: {pilihan})", jenis=judul_jenis(b.jenis),
                            dipakai=KOLOM[10][0], pilihan=PILIHAN[b.pilihan]))
        baris.append(tuple((xdokumen.Teks(s),) for s in (
            str(no), lembar, tempat_baris(b), kol, idk, idi, nilai, basis,
            f"{jenis}: {pesan}")))
    blok.append(xdokumen.Tabel(kolom, baris))
    return xdokumen.Dokumen(
        judul=_judul(terjemah), blok=blok, orientasi=xdokumen.Orientasi.LANSKAP,
        jumlah_keluarga=max(len(baris), 1),
        nama_berkas=f"masalah-impor-ulang-{Path(daftar.berkas).stem}.pdf")


def kepala_halaman(daftar: DaftarMasalah, terjemah: Callable[[object], str] | None = None
                   ) -> str:
    """The line printed on every page: what list, of which workbook."""
    return (terjemah or str)(Pesan("Masalah impor ulang {berkas} (SHA-256 {sha}), {waktu}",
                                   berkas=daftar.berkas, sha=daftar.sha_awal or "-",
                                   waktu=daftar.waktu.strftime("%d-%m-%Y %H:%M")))


def nama_berkas(berkas: str | Path) -> str:
    """A suggested file name for the list of workbook ``berkas``."""
    return f"masalah-impor-ulang-{Path(berkas).stem}.xlsx"
