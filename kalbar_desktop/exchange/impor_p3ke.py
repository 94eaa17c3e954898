"""Import of P3KE files as delivered (2022 and 2023 layouts, by-name-by-address sheets with a
title block, xlsx or csv).

Flow: find the P3KE sheets by their headers (:func:`kenali_lembar`) from the top rows of each
file, read quickly; then read each sheet in full (python-calamine, one sheet in memory at a
time), convert each row keeping identifiers as text (:mod:`~kalbar_desktop.exchange.konversi`),
stage everything in one transaction, merge, run the data-quality rules, record the batch. Any
error or a cancel rolls the whole transaction back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from kalbar_desktop.domain import keterangan_jejak, kolom, nik
from kalbar_desktop.domain.pesan import Pesan, Tanggal, pesan_dari
from kalbar_desktop.domain.tanggal import BuktiUrutan, kode_nik, tanpa_tempat, urai_tanggal
from kalbar_desktop.domain.temuan import KUNCI_GALAT
from kalbar_desktop.exchange.konversi import PengubahBaris, teks
from kalbar_desktop.exchange.reader import (
    EKSTENSI_CSV,
    KesalahanBerkas,
    Lembar,
    PerluDibacaUtuh,
    buka_lembar,
    buka_lembar_awal,
    sha256_berkas,
)
from kalbar_desktop.storage import audit, cadangan
from kalbar_desktop.storage import impor as simpan
from kalbar_desktop.storage import temuan as simpan_temuan
from kalbar_desktop.storage import wilayah as swilayah
from kalbar_desktop.storage.db import BasisData, lingkungan, transaksi

HEADER_LAPORAN = (
    "Aturan", "ID Keluarga", "ID Individu", "Nama", "Kode Kemdagri", "Desa/Kelurahan", "Kolom",
    "Nilai di berkas", "Pesan", "Berkas", "Lembar", "Baris")
"""The header of the findings sheet of our own report (exchange/laporan_temuan.py), which
otherwise looks like P3KE data to the recogniser."""

BARIS_CARI_HEADER = 40
"""How many rows from the top are searched for the header row."""

MAKS_KESALAHAN = 20

Kemajuan = Callable[[str, float], None]
"""Progress callback: a short Indonesian description and the fraction done (0..1)."""


class KesalahanImpor(Exception):
    """An import that cannot go ahead. The message says what and where, in Indonesian."""


class Dibatalkan(Exception):
    """The user cancelled; nothing was written."""


@dataclass
class PemetaanLembar:
    """A sheet recognised as P3KE data."""

    lembar: Lembar
    jenis: str  # "keluarga" | "individu"
    tata_letak: str  # "2022" | "2023" | "bnba" | "lain"
    baris_header: int
    header: list[str]
    field: list[str | None]
    """Field per column (``None``: a column we do not know, kept in the source JSON)."""
    grup: dict[int, str] = field(default_factory=dict)
    """A header in two rows: the group title merged over a column's header in the row above
    (``Kepala Keluarga`` over ``Nama | NIK``), per column (0-based). It names no column of its
    own; it completes a header that is no P3KE column alone (``Nama`` under ``Kepala
    Keluarga`` in a family sheet is Nama Kepala Keluarga, see :func:`_cocokkan_header`)."""
    sambungan: frozenset[int] = frozenset()
    """Columns whose header cell continues a header merged from the column on its left
    (``Kepemilikan Rumah`` merged over three columns): no header of their own, not the same
    header three times."""

    @property
    def berkas(self) -> Path:
        return self.lembar.berkas

    def hilang(self) -> list[str]:
        """Required columns that were not found (their P3KE header names)."""
        wajib = kolom.WAJIB_INDIVIDU if self.jenis == "individu" else kolom.WAJIB_KELUARGA
        defs = kolom.KOLOM_INDIVIDU if self.jenis == "individu" else kolom.KOLOM_KELUARGA
        return [defs[f].header for f in wajib if f not in self.field]

    def kolom_kembar(self) -> dict[int, int]:
        """Columns whose header names a P3KE column another column already fills ('NIK (16
        digit)' beside 'NIK'): their index -> the index of the column used (the first)."""
        peta = (kolom.PETA_HEADER_INDIVIDU if self.jenis == "individu"
                else kolom.PETA_HEADER_KELUARGA)
        dipakai = {f: i for i, f in enumerate(self.field) if f}
        hasil = {}
        for i, (h, f) in enumerate(zip(self.header, self.field, strict=True)):
            n = kolom.normalisasi_header(h) if f is None and h else ""
            sama = _cari_field(peta, n) if n else None
            if sama in dipakai:
                hasil[i] = dipakai[sama]
        return hasil

    def kolom_tak_dikenal(self) -> list[str]:
        """Headers of the columns that are no P3KE column (kept in the source JSON); the row
        number column ("No", part of the 2022 layout) is not one to report. A second column
        of a P3KE column says which one is used."""
        kembar = self.kolom_kembar()
        return [h + (f" (kolom {self.lembar.huruf_kolom(i)}; kolom P3KE yang sama dengan kolom "
                     f"{self.lembar.huruf_kolom(kembar[i])} '{self.header[kembar[i]]}', yang "
                     "dipakai)" if i in kembar else "")
                for i, (h, f) in enumerate(zip(self.header, self.field, strict=True))
                if f is None and h and not kolom.nomor_urut(h)]


def _teks_header(sel: object) -> str:
    """A header cell as one line of text: a header typed with line breaks (Alt+Enter in a
    narrow column) or several spaces is named that way in the preview and in messages."""
    if sel is None:
        return ""
    if isinstance(sel, float) and sel.is_integer():
        return str(int(sel))
    return " ".join(str(sel).split())


_KETERANGAN = re.compile(r"\s*\([^()]*\)$")
"""A remark in brackets after a header (``NIK (16 digit)``, ``Tanggal Lahir (dd-mm-yyyy)``)."""


def _cari_field(peta: dict[str, str], n: str) -> str | None:
    """The field of a normalised header; a header not known as written is looked up again
    without a remark in brackets at its end."""
    f = peta.get(n)
    if f is None and n.endswith(")"):
        f = peta.get(_KETERANGAN.sub("", n))
    return f


def _cari_field_grup(peta: dict[str, str], n: str, grup: str | None) -> str | None:
    """:func:`_cari_field`, and for a header under a group title (``grup``) that is no P3KE
    column alone, the header with its group after it or before it (``Nama`` under ``Kepala
    Keluarga`` is ``Nama Kepala Keluarga``, ``BPNT`` under ``Penerima`` is ``Penerima
    BPNT``)."""
    f = _cari_field(peta, n)
    if f is None and n and grup:
        g = kolom.normalisasi_header(grup)
        f = _cari_field(peta, f"{n} {g}") or _cari_field(peta, f"{g} {n}")
    return f


def _cocokkan_header(baris: list, grup: dict[int, str] | None = None
                     ) -> tuple[str | None, list[str | None], int]:
    """Classify a candidate header row: (kind, field per column, number of known columns).
    ``grup``: the group titles over its columns (:attr:`PemetaanLembar.grup`)."""
    norm = [kolom.normalisasi_header(_teks_header(s)) for s in baris]
    grup = grup or {}
    field_i = [_cari_field_grup(kolom.PETA_HEADER_INDIVIDU, n, grup.get(i))
               for i, n in enumerate(norm)]
    field_k = [_cari_field_grup(kolom.PETA_HEADER_KELUARGA, n, grup.get(i))
               for i, n in enumerate(norm)]
    set_i, set_k = set(filter(None, field_i)), set(filter(None, field_k))
    if "id_individu" in set_i or "hubungan" in set_i:
        jenis, field = "individu", field_i
    elif "nama_kepala" in set_k or {"jenis_atap", "kepemilikan_rumah"} & set_k:
        jenis, field = "keluarga", field_k
    elif "nama" in set_i:
        jenis, field = "individu", field_i
    else:
        return None, [], 0
    # A field found twice: the first column wins, the other is kept as an unknown column.
    dilihat: set[str] = set()
    bersih: list[str | None] = []
    for f in field:
        if f and f in dilihat:
            bersih.append(None)
        else:
            bersih.append(f)
            if f:
                dilihat.add(f)
    return jenis, bersih, len(dilihat)


def _tata_letak(fields: set[str], baris_header: int) -> str:
    if fields & {"dimutakhirkan_tahun", "persentil", "prioritas_verval", "kualitas_atap",
                 "usia_2023", "kelompok_usia_2023", "penerima_prakerja", "penerima_kur"}:
        return "2023"
    if fields & {"usia_lt7", "usia_60_plus", "pensasaran", "provinsi"}:
        return "2022"
    if baris_header > 1:
        return "bnba"
    return "lain"


def _judul_bergabung(sel: list, nomor: int, atas: list | None,
                     mendatar: Sequence[tuple[int, int, int, int]]
                     ) -> tuple[list, frozenset[int], dict[int, str]]:
    """Row ``nomor`` read as a header with its merged cells (``mendatar``: the ranges over
    more than one column, :attr:`Lembar.gabungan`): the cells that continue a header merged
    from the left emptied (their columns, :attr:`PemetaanLembar.sambungan`), and the group
    titles merged over its columns in the row above, ``atas`` (:attr:`PemetaanLembar.grup`).
    The reader gives every cell of a range the top-left value, so without this a header
    merged over three columns reads as three columns of the same name."""
    if not mendatar:
        return sel, frozenset(), {}
    r = nomor - 1
    sel = list(sel)
    sambungan: set[int] = set()
    grup: dict[int, str] = {}
    for r0, c0, r1, c1 in mendatar:
        if r0 <= r <= r1:
            for c in range(c0 + 1, min(c1 + 1, len(sel))):
                sel[c] = ""
                sambungan.add(c)
        elif r1 == r - 1 and atas is not None and c0 < len(atas):
            judul = _teks_header(atas[c0])
            if judul:
                grup.update(dict.fromkeys(range(c0, c1 + 1), judul))
    return sel, frozenset(sambungan), grup


def _header_tampil(sel: list, field: list[str | None], grup: dict[int, str],
                   jenis: str) -> list[str]:
    """The header texts of a header row, as the preview and the messages name the columns: a
    column that is a P3KE column only with the group title over it is named with that title
    (``Kepala Keluarga: Nama``)."""
    peta = kolom.PETA_HEADER_INDIVIDU if jenis == "individu" else kolom.PETA_HEADER_KELUARGA
    hasil = [_teks_header(s) for s in sel]
    for i, judul in grup.items():
        if i < len(hasil) and hasil[i] and i < len(field) and field[i] and _cari_field(
                peta, kolom.normalisasi_header(hasil[i])) is None:
            hasil[i] = f"{judul}: {hasil[i]}"
    return hasil


def kenali_lembar(lembar: Lembar) -> PemetaanLembar | None:
    """Find the header row of a P3KE sheet in its first rows; ``None`` if it has none. Merged
    header cells are read as one header, a group title over two-row headers as no column
    (:func:`_judul_bergabung`)."""
    terbaik: tuple | None = None
    mendatar = [g for g in lembar.gabungan or () if g[3] > g[1] and g[0] <= BARIS_CARI_HEADER]
    atas: list | None = None
    for nomor, sel in lembar.baris():
        if nomor > BARIS_CARI_HEADER:
            break
        judul, sambungan, grup = _judul_bergabung(sel, nomor, atas, mendatar)
        atas = sel
        jenis, field, skor = _cocokkan_header(judul, grup)
        if jenis and skor >= 3 and (terbaik is None or skor > terbaik[0]):
            terbaik = (skor, nomor, jenis, field, judul, sambungan, grup)
    if terbaik is None:
        return None
    _, nomor, jenis, field, sel, sambungan, grup = terbaik
    grup = {i: g for i, g in grup.items() if i < len(field) and field[i]}
    return PemetaanLembar(
        lembar, jenis, _tata_letak(set(filter(None, field)), nomor), nomor,
        _header_tampil(sel, field, grup, jenis), field, grup, sambungan)


@dataclass(frozen=True)
class Dilewati:
    """Rows or cells of a sheet the import left aside without an error."""

    jenis: str
    """``rumus`` (cells with a formula never calculated outside the data), ``galat`` (cells
    holding an Excel error, kept as its text), ``header`` (the
    header repeated further down), ``jumlah`` (totals rows), ``catatan`` (a note or a
    signature line under the data, no P3KE value)."""
    berkas: str
    lembar: str
    tempat: tuple[str, ...]
    """The first rows (``12``) or cells (``AB2``)."""
    jumlah: int
    """How many rows or cells."""

    def teks(self) -> Pesan:
        """The note in Indonesian (a :class:`Pesan`: English in the English window), with its
        place and a full stop."""
        tempat = ", ".join(self.tempat)
        if self.jumlah > len(self.tempat):
            tempat += keterangan_jejak.lainnya(self.jumlah - len(self.tempat))
        return keterangan_jejak.dilewati(self.jenis, self.jumlah, self.berkas, self.lembar,
                                         tempat)


TEMPAT_DISEBUT = 5
"""Rows or cells named one by one in a :class:`Dilewati` note; more are counted."""


def _dilewati(jenis: str, p: PemetaanLembar, tempat: Sequence[object]) -> Dilewati:
    return Dilewati(jenis, p.berkas.name, p.lembar.nama,
                    tuple(str(t) for t in tempat[:TEMPAT_DISEBUT]), len(tempat))


@dataclass(frozen=True)
class UrutanTanggal:
    """A date column whose slash dates read two ways (``3/10/1985``): what was decided."""

    berkas: str
    lembar: str
    kolom: str
    """The column's letter and header: ``K (Tanggal Lahir)``."""
    bulan_dulu: bool
    """True: the column is in the US order and those dates were read month first; False:
    read day first (evidence both ways, or nothing decided: to be checked)."""
    jumlah: int
    """How many rows hold such a date."""
    contoh: str
    """One such date as written."""
    contoh_dibaca: dt.date
    """What it was read as."""
    bukti_bulan: str = ""
    """A date that can only be month first (``08/15/1980``); empty when every date of the
    column reads two ways."""
    bukti_hari: str = ""
    """One that can only be day first (``25/12/1980``), for mixed evidence."""
    alasan: str = "tanggal"
    """Why: ``tanggal`` (dates that can only be month first), ``campur`` (dates that can only
    be read one way, both ways), ``nik`` (every date reads two ways; the NIKs of those rows
    carry the month-first reading), ``belum_pasti`` (every date reads two ways, the NIKs do
    not decide: day first kept)."""
    nik_bulan: int = 0
    """Rows whose NIK carries the month-first reading (``nik``, ``belum_pasti``)."""
    nik_hari: int = 0
    """Rows whose NIK carries the day-first reading."""

    def teks(self, pratinjau: Pesan | None = None) -> Pesan:
        """The note in Indonesian (a :class:`Pesan`: English in the English window), with its
        place and a full stop; ``pratinjau``: as the preview says it, ending with what it was
        decided from (:func:`dasar_pratinjau`: every row of the sheet, or its first rows
        only)."""
        tempat = {"kolom": self.kolom, "berkas": self.berkas, "lembar": self.lembar,
                  "bukti_bulan": self.bukti_bulan, "bukti_hari": self.bukti_hari,
                  "n": self.jumlah, "contoh": self.contoh,
                  "dibaca": Tanggal(self.contoh_dibaca), "nik_bulan": self.nik_bulan,
                  "nik_hari": self.nik_hari, "dasar": pratinjau}
        if self.alasan == "belum_pasti" and not self.nik_hari and not self.nik_bulan:
            return self._tanpa_nik(tempat, pratinjau is not None)
        if pratinjau is not None:
            if self.alasan == "tanggal":
                return Pesan(
                    "Tanggal di kolom {kolom}, berkas {berkas}, lembar '{lembar}' ditulis bulan "
                    "dulu seperti di Amerika (mis. {bukti_bulan}), maka {n} tanggal yang bisa "
                    "dibaca dua cara juga akan dibaca bulan dulu (mis. {contoh} akan dibaca "
                    "{dibaca}). {dasar}", **tempat)
            if self.alasan == "campur":
                return Pesan(
                    "Tanggal di kolom {kolom}, berkas {berkas}, lembar '{lembar}' ditulis dengan "
                    "dua urutan: bulan dulu (mis. {bukti_bulan}) dan hari dulu (mis. "
                    "{bukti_hari}); {n} tanggal yang bisa dibaca dua cara akan dibaca hari dulu "
                    "(mis. {contoh} akan dibaca {dibaca}): periksa tanggal-tanggal itu. {dasar}",
                    **tempat)
            if self.alasan == "nik":
                return Pesan(
                    "Semua tanggal di kolom {kolom}, berkas {berkas}, lembar '{lembar}' bisa "
                    "dibaca dua cara, dan NIK menunjukkan bulan dulu seperti di Amerika "
                    "({nik_bulan} NIK cocok bila dibaca bulan dulu, {nik_hari} bila dibaca hari "
                    "dulu): {n} tanggal itu akan dibaca bulan dulu (mis. {contoh} akan dibaca "
                    "{dibaca}). {dasar}", **tempat)
            return Pesan(
                "{n} tanggal di kolom {kolom}, berkas {berkas}, lembar '{lembar}' bisa dibaca "
                "dua cara dan akan dibaca hari dulu (mis. {contoh} akan dibaca {dibaca}); NIK "
                "tidak memastikan urutannya ({nik_hari} NIK cocok bila dibaca hari dulu, "
                "{nik_bulan} bila dibaca bulan dulu): periksa tanggal-tanggal itu. {dasar}",
                **tempat)
        if self.alasan == "tanggal":
            return keterangan_jejak.urutan_bulan_dulu(
                self.kolom, self.berkas, self.lembar, self.bukti_bulan, self.jumlah, self.contoh,
                tempat["dibaca"])
        if self.alasan == "campur":
            return keterangan_jejak.urutan_campur(
                self.kolom, self.berkas, self.lembar, self.bukti_bulan, self.bukti_hari,
                self.jumlah, self.contoh, tempat["dibaca"])
        if self.alasan == "nik":
            return keterangan_jejak.urutan_nik(
                self.kolom, self.berkas, self.lembar, self.nik_bulan, self.nik_hari, self.jumlah,
                self.contoh, tempat["dibaca"])
        return keterangan_jejak.urutan_belum_pasti(
            self.jumlah, self.kolom, self.berkas, self.lembar, self.contoh, tempat["dibaca"],
            self.nik_hari, self.nik_bulan)


    @staticmethod
    def _tanpa_nik(tempat: dict, pratinjau: bool) -> Pesan:
        """Every date reads two ways and no row's NIK carries either reading (empty, damaged,
        or registered with another date): the day-first order is only assumed, and said so
        with the column."""
        if pratinjau:
            return Pesan(
                "{n} tanggal di kolom {kolom}, berkas {berkas}, lembar '{lembar}' bisa dibaca "
                "dua cara dan akan dibaca hari dulu (mis. {contoh} akan dibaca {dibaca}), tanpa "
                "bukti: tidak ada NIK di baris itu yang cocok dengan salah satu cara baca (NIK "
                "kosong, rusak, atau bertanggal lain). Bila berkas ini ditulis bulan dulu seperti "
                "di Amerika, tanggal itu salah baca: periksa. {dasar}", **tempat)
        return keterangan_jejak.urutan_tanpa_bukti(tempat["n"], tempat["kolom"], tempat["berkas"],
                                                   tempat["lembar"], tempat["contoh"],
                                                   tempat["dibaca"])


def dasar_pratinjau(utuh: bool, n: int) -> Pesan:
    """What a preview's guess about a whole sheet (the order of its dates, its P3KE release)
    rests on: every one of its ``n`` data rows (a small sheet: what the import will do), or
    only its first ``n`` rows (a larger sheet: the import decides from all of them)."""
    if utuh:
        return Pesan("Pratinjau membaca semua {n} baris data lembar ini, jadi impor akan "
                     "melakukan hal yang sama.", n=n)
    return Pesan("Ini dugaan dari {n} baris data pertama yang dibaca pratinjau, bukan dari "
                 "seluruh lembar: impor memutuskan dari semua baris, dan ringkasan sesudah impor "
                 "menyebut hasilnya.", n=n)


def _urutan_tanggal(p: PemetaanLembar, i: int, bukti: BuktiUrutan, jumlah: Callable[
        [dict[str, tuple[str, str]], bool], int],
        nik: Callable[[dict[str, tuple[str, str]]], tuple[int, int]] | None = None
        ) -> UrutanTanggal | None:
    """What to do with the two-way dates of column ``i`` of sheet ``p`` (see
    :class:`~kalbar_desktop.domain.tanggal.BuktiUrutan`): ``jumlah(peta, ubah)`` counts the
    rows holding such a date and, with ``ubah``, gives them the month-first reading;
    ``nik(peta)`` counts, when every date reads two ways, the rows whose NIK carries (the
    day-first, the month-first) reading (no NIK column: nothing decides)."""
    peta = bukti.peta()
    if bukti.perlu_nik and nik is not None and peta:
        bukti.nik_hari, bukti.nik_bulan = nik(peta)
    keputusan = bukti.keputusan
    if keputusan is None:
        return None
    bulan = keputusan in ("bulan", "nik_bulan")
    n = jumlah(peta, bulan)
    if not n:
        return None
    contoh, (hari_iso, bulan_iso) = next(iter(peta.items()))
    alasan = {"bulan": "tanggal", "nik_bulan": "nik"}.get(keputusan, keputusan)
    return UrutanTanggal(
        p.berkas.name, p.lembar.nama, f"{p.lembar.huruf_kolom(i)} ({p.header[i]})", bulan, n,
        contoh.strip(), dt.date.fromisoformat(bulan_iso if bulan else hari_iso),
        bukti.bulan_dulu[0] if bukti.bulan_dulu else "",
        bukti.hari_dulu[0] if bukti.hari_dulu else "", alasan, bukti.nik_bulan, bukti.nik_hari)


_FIELD_NIK = {"keluarga": "nik_kepala", "individu": "nik"}
"""The NIK of the person whose birth date a sheet's Tanggal Lahir is."""


def _tanggal_dua_cara(stage: simpan.Pementasan, p: PemetaanLembar,
                     bukti: dict[str, tuple[int, BuktiUrutan, str]]) -> list[UrutanTanggal]:
    """Once sheet ``p`` is staged: its date columns in the US order get the month-first
    reading of their two-way dates; what was decided, per column (see :func:`_urutan_tanggal`)."""
    tabel = "stage_keluarga" if p.jenis == "keluarga" else "stage_anggota"
    field_nik = _FIELD_NIK[p.jenis] if _FIELD_NIK[p.jenis] in p.field else None
    hasil = []
    for f, (i, b, kunci) in bukti.items():
        def jumlah(peta: dict[str, tuple[str, str]], ubah: bool, f: str = f,
                   kunci: str = kunci) -> int:
            return stage.tanggal_ambigu(tabel, f, kunci, p.berkas.name, p.lembar.nama, peta,
                                        ubah)

        def nik(peta: dict[str, tuple[str, str]], f: str = f, kunci: str = kunci,
                field_nik: str | None = field_nik) -> tuple[int, int]:
            if f != "tanggal_lahir" or field_nik is None:
                return 0, 0
            return stage.nik_tanggal_ambigu(tabel, f, field_nik, kunci, p.berkas.name,
                                            p.lembar.nama, peta)
        dua_cara = _urutan_tanggal(p, i, b, jumlah, nik)
        if dua_cara is not None:
            hasil.append(dua_cara)
    return hasil


@dataclass
class _Kesalahan:
    """Row errors collected over the sheets (the first :data:`MAKS_KESALAHAN` shown), listed
    in the order of the files and sheets whatever order they were read in."""

    per_lembar: dict[int, list[str]] = field(default_factory=dict)
    total: int = 0
    lembar: int = 0
    """The place (in the files' order) of the sheet whose rows are being read."""
    catatan_per_lembar: dict[int, list[Dilewati]] = field(default_factory=dict)
    """What was left aside without an error (a totals row, a repeated header), per sheet."""

    def catat(self, pesan: Dilewati) -> None:
        self.catatan_per_lembar.setdefault(self.lembar, []).append(pesan)

    @property
    def catatan(self) -> list[Dilewati]:
        return [pesan for i in sorted(self.catatan_per_lembar)
                for pesan in self.catatan_per_lembar[i]]

    def tambah(self, pesan: str) -> None:
        self.total += 1
        daftar = self.per_lembar.setdefault(self.lembar, [])
        if len(daftar) < MAKS_KESALAHAN:
            daftar.append(pesan)

    @property
    def daftar(self) -> list[str]:
        return [pesan for i in sorted(self.per_lembar)
                for pesan in self.per_lembar[i]][:MAKS_KESALAHAN]

    def angkat(self, judul: str) -> None:
        if not self.total:
            return
        lagi = self.total - len(self.daftar)
        bagian = [judul, *self.daftar]
        if lagi > 0:
            bagian.append(Pesan("... dan {lagi} masalah lain", lagi=lagi))
        raise KesalahanImpor(Pesan.gabung("\n- ", bagian))


_NOMOR_KOLOM = re.compile(r"^[(\[]?\s*(\d{1,3})\s*[)\].]?$")


def _baris_nomor_kolom(sel: list) -> bool:
    """True for the '1 2 3 4 ...' row (also '(1) (2) ...') that many Indonesian sheets put
    under the header."""
    angka = [s for s in sel if s not in (None, "")]
    if len(angka) < 3:
        return False
    nilai = []
    for s in angka:
        if isinstance(s, int | float) and not isinstance(s, bool):
            if s != int(s):
                return False
            nilai.append(int(s))
            continue
        m = _NOMOR_KOLOM.match(str(s).strip())
        if not m:
            return False
        nilai.append(int(m[1]))
    return nilai == list(range(nilai[0], nilai[0] + len(nilai)))


PANJANG_SEL_MAKS = 32_767
"""Excel's own limit for one cell; a longer text did not come from a spreadsheet."""
_BERBAHAYA = re.compile(
    # A formula or DDE command: a sign first, then a function call or a pipe somewhere
    # (=HYPERLINK("..."), =cmd|' /C calc'!A0, @SUM(...), -2+3+cmd|...). Code values such as
    # "=< 900 WATT" start with '=' but call nothing.
    "(?:^|\x00)\\s*[=+@-][^\x00]*?(?:[A-Za-z_][\\w.]*\\(|\\|)"
    "|[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"  # control characters
    "|[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")  # direction marks and overrides


def _alasan_sel(v: str) -> str | None:
    """Why a text cell is refused, in Indonesian (``None`` when it is fine)."""
    if len(v) > PANJANG_SEL_MAKS:
        return Pesan("Isi sel terlalu panjang ({panjang} karakter; batas Excel {batas})",
                     panjang=f"{len(v):,}".replace(",", "."),
                     batas=f"{PANJANG_SEL_MAKS:,}".replace(",", "."))
    m = _BERBAHAYA.search(v)
    if m is None:
        return None
    tanda = m.group(0).strip("\x00").strip()
    if tanda[:1] in ("=", "+", "@", "-"):
        return Pesan("Sel berisi rumus atau perintah ({isi!r}); data P3KE tidak berisi "
                     "rumus, ketik ulang sebagai teks biasa", isi=v.strip()[:40])
    # one character (strip() would remove a control character that counts as a space)
    tanda = m.group(0)[-1]
    if unicodedata.category(tanda) == "Cf":
        return Pesan("Sel berisi tanda arah tulisan tersembunyi (U+{kode:04X}) yang bisa "
                     "membuat teks tampil berbeda dari isinya; hapus tanda itu", kode=ord(tanda))
    return Pesan("Sel berisi karakter kontrol tersembunyi (kode {kode:d}); hapus karakter "
                 "itu (biasanya terbawa saat menyalin dari program lain)", kode=ord(tanda))


_CALON_RUMUS = re.compile("\x1f[=+@\\- \t\r\n]")
"""A cell (joined behind a \\x1f) that starts with a sign or a space: worth the full check."""
_SEL_CALON = re.compile("\x1f([=+@\\- \t\r\n][^\x1f]*)")
"""Such cells whole (no cell holds the separator once the row passed the count check)."""
_AWAL_CALON = frozenset("=+@- \t\r\n")
_DIPERIKSA: dict[str, str | None] = {}
"""Verdicts on cells that start with a sign or a space: code values such as ``=< 900 WATT``
fill that column on most rows of a family file."""


def _alasan_sel_calon(v: str) -> str | None:
    alasan = _DIPERIKSA.get(v, "")
    if alasan == "":
        alasan = _alasan_sel(v)
        if len(v) <= 200 and len(_DIPERIKSA) < 10_000:
            _DIPERIKSA[v] = alasan
    return alasan


def _periksa_sel(sel: list) -> tuple[int, str] | None:
    """The first refused text cell of a row: (its index, why). A row is first looked at as one
    joined text with checks that cost a few microseconds (printable, not over-long, no cell
    starting with a sign); a printable row with a cell that starts with a sign or a space has
    only those cells checked (a printable cell can be refused only for a formula, which starts
    that way); any other row is examined cell by cell."""
    teks_sel = [v for v in sel if v.__class__ is str]
    if not teks_sel:
        return None
    gabung = "\x1f" + "\x1f".join(teks_sel)
    # the count catches a cell that holds the separator itself (a control character)
    if len(gabung) <= PANJANG_SEL_MAKS and gabung.count("\x1f") == len(teks_sel) \
            and gabung.replace("\x1f", "").isprintable():
        if _CALON_RUMUS.search(gabung) is None:
            return None
        # the cells that start so (cached verdicts); their places only for a refused one
        if not any(map(_alasan_sel_calon, _SEL_CALON.findall(gabung))):
            return None
        for i, v in enumerate(sel):
            if v.__class__ is str and v[:1] in _AWAL_CALON and v:
                alasan = _alasan_sel_calon(v)
                if alasan:
                    return i, alasan
        return None
    for i, v in enumerate(sel):
        if v.__class__ is str and v:
            alasan = _alasan_sel(v)
            if alasan:
                return i, alasan
    return None


def _tempat(p: PemetaanLembar, nomor: int, indeks: int | None = None) -> Pesan:
    if indeks is None:
        return Pesan("berkas {berkas}, lembar '{lembar}', baris {baris}",
                     berkas=p.berkas.name, lembar=p.lembar.nama, baris=nomor)
    return Pesan("berkas {berkas}, lembar '{lembar}', baris {baris}, kolom {kolom} ({judul})",
                 berkas=p.berkas.name, lembar=p.lembar.nama, baris=nomor,
                 kolom=p.lembar.huruf_kolom(indeks), judul=p.header[indeks])


_JUMLAH = re.compile(r"^\s*(?:jumlah|jml\.?|total|sub\s*total|grand\s*total|rekap)\b",
                     re.IGNORECASE)
"""A cell that makes its row a totals row (``Jumlah``, ``JUMLAH KK``, ``Total``)."""
PESAN_RUMUS = Pesan("berkas dibuat oleh program yang tidak menghitung rumus, sehingga nilainya "
                    "akan terbaca kosong. Buka berkas itu di Excel atau LibreOffice, simpan "
                    "ulang, lalu impor lagi")


def _baris_jumlah(p: PemetaanLembar, sel: list) -> bool:
    """True for a totals row (a cell reading ``Jumlah``/``Total``, no NIK, no ID Individu):
    offices add one under the data, or under each desa."""
    for f in ("nik", "nik_kepala", "id_individu"):
        if f in p.field:
            i = p.field.index(f)
            if i < len(sel) and sel[i] not in ("", None):
                return False
    return any(v.__class__ is str and _JUMLAH.match(v) for v in sel)


_FIELD_ID = ("id_keluarga", "id_individu", "nik", "nik_kepala", "no_kk")
_FIELD_NAMA = ("nama", "nama_kepala")


def _baris_catatan(p: PemetaanLembar, sel: list, kecuali: str = "") -> bool:
    """True for a note under the data (``Dicetak dari SIKS-NG pada ...``, ``Mengetahui, Kepala
    Desa``): at most two cells, nothing in a name column, no digit in an identifier column
    (but the field ``kecuali``)."""
    if len(sel) - sel.count("") - sel.count(None) > 2:
        return False
    for f in (*_FIELD_ID, *_FIELD_NAMA):
        if f in p.field and f != kecuali:
            i = p.field.index(f)
            v = sel[i] if i < len(sel) else ""
            if v in ("", None):
                continue
            if f in _FIELD_NAMA or not isinstance(v, str) or any(c.isdigit() for c in v):
                return False
    return True


def _jenis_id_teks(p: PemetaanLembar, sel: list, v: str, kepala_id: str) -> str | None:
    """What a row whose ID Keluarga cell holds the text ``v`` (not starting with a digit) is
    when it is no data: ``header`` (the header again, at the top of a printed page), ``jumlah``
    ("Total" in the ID column) or ``catatan`` (words in the ID column: "Dicetak dari ... pada
    ..."); ``None`` otherwise."""
    if kolom.normalisasi_header(v) == kepala_id and _cocokkan_header(sel)[0] == p.jenis:
        return "header"
    if _JUMLAH.match(v) and _baris_jumlah(p, sel):
        return "jumlah"
    if " " in v.strip() and _baris_catatan(p, sel, kecuali="id_keluarga"):
        return "catatan"
    return None


def _jenis_id_kosong(p: PemetaanLembar, sel: list) -> str | None:
    """What a row without an ID Keluarga is when it is no data: ``jumlah`` or ``catatan``;
    ``None`` for a row that lacks its ID (an error)."""
    if _baris_jumlah(p, sel):
        return "jumlah"
    if _baris_catatan(p, sel):
        return "catatan"
    return None


def _bukan_data(p: PemetaanLembar, sel: list) -> bool:
    """For the preview: the header repeated further down, a totals row or a note, which the
    import skips (the same tests as :func:`_baris_stage`)."""
    i = p.field.index("id_keluarga") if "id_keluarga" in p.field else None
    v = sel[i] if i is not None and i < len(sel) else None
    if v.__class__ is str and v and not v[:1].isdigit() and \
            _jenis_id_teks(p, sel, v, kolom.normalisasi_header(p.header[i])):
        return True
    return v in ("", None) and _jenis_id_kosong(p, sel) is not None


def _rumus_per_baris(p: PemetaanLembar, kesalahan: _Kesalahan) -> dict[int, int]:
    """Rows below the header with a formula without a stored result in a column the import
    maps: row -> the first such column (0-based). Such cells elsewhere (a column we do not
    know, rows above the header) are noted and left aside."""
    per_baris: dict[int, int] = {}
    lain: list[str] = []
    for i, baris in sorted(p.lembar.sel_rumus_kosong().items()):
        dipetakan = i < len(p.field) and p.field[i] is not None
        for nomor in baris:
            if dipetakan and nomor > p.baris_header:
                if nomor not in per_baris:
                    per_baris[nomor] = i
            else:
                lain.append(f"{p.lembar.huruf_kolom(i)}{nomor}")
    if lain:
        kesalahan.catat(_dilewati("rumus", p, lain))
    return per_baris


def _galat_per_baris(p: PemetaanLembar) -> dict[int, list[tuple[int, str]]]:
    """Cells below the header holding an Excel error (:meth:`Lembar.sel_galat`): row -> (0-based
    column, the error as Excel shows it)."""
    per_baris: dict[int, list[tuple[int, str]]] = {}
    for i, per in sorted(p.lembar.sel_galat().items()):
        for nomor, galat in per.items():
            if nomor > p.baris_header:
                per_baris.setdefault(nomor, []).append((i, galat))
    return per_baris


def _isi_galat(p: PemetaanLembar, sel: list, nomor: int, galat: list[tuple[int, str]],
               kesalahan: _Kesalahan, dicatat: list[str]) -> dict[str, str] | None:
    """Put the Excel errors of row ``nomor`` into its identifier, code, date and number cells
    as the text Excel shows (readers see such a cell empty), so that the rules name them
    (SEL_GALAT_EXCEL) and the source keeps them. A name, an address or another text cell, and
    ID Individu (the import makes an ID up, as for a blank one), stay empty: no family is named
    "#N/A"; their errors are returned (field -> error) for the source JSON, where the rules
    find them (:func:`_tandai_galat_teks`). ``None``, with an error, when the ID Keluarga cell
    holds one: like an empty one, the row cannot be imported."""
    for i, isi in galat:
        if i < len(p.field) and p.field[i] == "id_keluarga":
            kesalahan.tambah(Pesan(
                "Sel {sel} berisi galat Excel {galat} ({tempat}): ID Keluarga tidak terbaca. "
                "Perbaiki rumusnya di Excel atau minta berkas yang bersih, lalu impor lagi",
                sel=f"{p.lembar.huruf_kolom(i)}{nomor}", galat=isi,
                tempat=_tempat(p, nomor, i)))
            return None
    defs = kolom.KOLOM_INDIVIDU if p.jenis == "individu" else kolom.KOLOM_KELUARGA
    kosongkan: dict[str, str] = {}
    for i, isi in galat:
        dicatat.append(f"{p.lembar.huruf_kolom(i)}{nomor}")
        f = p.field[i] if i < len(p.field) else None
        if f is not None and (f == "id_individu" or (
                f in defs and defs[f].jenis == kolom.Jenis.TEKS)):
            kosongkan[f] = isi.strip()
            if i < len(sel):
                sel[i] = ""
        elif i < len(sel):
            sel[i] = isi
    return kosongkan


def _tandai_galat_teks(hasil: list, i_json: int, i_periksa: int | None,
                       galat: dict[str, str]) -> None:
    """Note in a converted row's source JSON the text cells (and ID Individu) that held an
    Excel error and were stored empty (key :data:`domain.temuan.KUNCI_GALAT`), and send the
    row to the rules."""
    sumber = json.loads(hasil[i_json]) if hasil[i_json] else {}
    sumber[KUNCI_GALAT] = galat
    hasil[i_json] = json.dumps(sumber, ensure_ascii=False, default=str)
    if i_periksa is not None:
        hasil[i_periksa] = 1


def _baris_stage(p: PemetaanLembar, kolom_stage: Sequence[str], kesalahan: _Kesalahan,
                 langkah: Callable[[int], None],
                 bukti: dict[str, tuple[int, BuktiUrutan, str]] | None = None,
                 tahun: set[str] | None = None) -> Iterator[list]:
    """Converted rows of one sheet, as lists in ``kolom_stage`` order, ready for staging.

    The header row is matched again on the full read (merged header cells show their value
    there, unlike in the quick read that recognised the sheet). Empty rows, the
    column-numbering row under the header, the header repeated further down (printed pages)
    and totals rows are skipped (the last two noted); a row without an ID Keluarga, or with a
    formula never calculated in a column the import maps, is an error (collected, so the user
    sees the first ones together).

    ``bukti`` receives, once the rows are read, per date field: its column, what its slash
    dates say about their order and the column's key in the source JSON; ``tahun`` the
    distinct values of "Dimuktakhirkan Tahun" (the file's P3KE release, see
    :func:`rilis_berkas`).
    """
    defs = kolom.KOLOM_INDIVIDU if p.jenis == "individu" else kolom.KOLOM_KELUARGA
    i_id = kolom_stage.index("id_keluarga")
    i_json = kolom_stage.index("sumber_json")
    i_periksa = kolom_stage.index("periksa") if "periksa" in kolom_stage else None
    i_nik = next((kolom_stage.index(f) for f in ("nik", "nik_kepala") if f in kolom_stage
                  and f in p.field), None)
    ubah: PengubahBaris | None = None
    pertama = True
    kosong = ("", None)
    hitung = 0
    for nomor, sel in p.lembar.baris(dari=p.baris_header):
        if nomor < p.baris_header:
            continue
        if ubah is None:
            _cocokkan_ulang(p, sel)
            ubah = PengubahBaris(
                p.header, p.field, defs, kolom_stage,
                {"file_sumber": p.berkas.name, "lembar_sumber": p.lembar.nama,
                 "tata_letak": p.tata_letak},
                p.lembar.huruf_kolom)
            ubah_penuh, lebar = ubah.fungsi_baris_penuh(), ubah.lebar
            sumber_id = p.field.index("id_keluarga")
            kepala_id = kolom.normalisasi_header(p.header[sumber_id])
            rumus = _rumus_per_baris(p, kesalahan)
            galat = _galat_per_baris(p)
            sel_galat: list[str] = []
            galat_teks: dict[int, dict[str, str]] = {}
            lewati: dict[str, list[int]] = {"header": [], "jumlah": [], "catatan": []}
            continue
        hitung += 1
        if hitung == _Langkah.SETIAP:
            langkah(hitung)
            hitung = 0
        if sel.count("") + sel.count(None) == len(sel):
            continue
        if pertama:
            pertama = False
            if _baris_nomor_kolom(sel):
                continue
        if galat and nomor in galat:
            kosong_galat = _isi_galat(p, sel, nomor, galat[nomor], kesalahan, sel_galat)
            if kosong_galat is None:
                continue
            if kosong_galat:
                galat_teks[nomor] = kosong_galat
        v = sel[sumber_id] if sumber_id < len(sel) else None
        if v.__class__ is str and not v[:1].isdigit():
            jenis = _jenis_id_teks(p, sel, v, kepala_id)
            if jenis is not None:
                lewati[jenis].append(nomor)
                pertama = jenis == "header"  # a repeated header has its column-numbering row
                continue
        if rumus and nomor in rumus:
            if v in kosong and _baris_jumlah(p, sel):
                lewati["jumlah"].append(nomor)
                continue
            i = rumus[nomor]
            kesalahan.tambah(Pesan(
                "Sel {sel} berisi rumus yang belum pernah dihitung (tanpa nilai tersimpan) "
                "({tempat}): {sebab}", sel=f"{p.lembar.huruf_kolom(i)}{nomor}",
                tempat=_tempat(p, nomor, i), sebab=PESAN_RUMUS))
            continue
        bahaya = _periksa_sel(sel)
        if bahaya is not None:
            kesalahan.tambah(Pesan("{alasan} ({tempat})", alasan=bahaya[1],
                                   tempat=_tempat(p, nomor, bahaya[0])))
            continue
        hasil = ubah_penuh(sel, nomor) if len(sel) >= lebar else ubah(sel, nomor)
        if hasil[i_id] in kosong:
            jenis = _jenis_id_kosong(p, sel)
            if jenis is not None:
                lewati[jenis].append(nomor)
                continue
            kesalahan.tambah(Pesan("ID Keluarga kosong ({tempat})",
                                   tempat=_tempat(p, nomor, sumber_id)))
            continue
        if i_nik is not None and hasil[i_nik] in kosong and _baris_jumlah(p, sel):
            lewati["jumlah"].append(nomor)  # a count under ID Keluarga: =COUNTA() calculated
            continue
        if galat_teks and nomor in galat_teks:
            _tandai_galat_teks(hasil, i_json, i_periksa, galat_teks[nomor])
        yield hasil
    if ubah is not None:
        for jenis, nomor_baris in lewati.items():
            if nomor_baris:
                kesalahan.catat(_dilewati(jenis, p, nomor_baris))
        if sel_galat:
            kesalahan.catat(_dilewati("galat", p, sel_galat))
        if bukti is not None:
            for f, (i, b) in ubah.bukti_tanggal.items():
                bukti[f] = (i, b, ubah.kunci_sumber[i])
        if tahun is not None:
            tahun |= ubah.nilai_angka("dimutakhirkan_tahun")


def _cocokkan_ulang(p: PemetaanLembar, sel: list) -> None:
    """Match the header row as the full read gives it; it must still be the same kind of P3KE
    sheet with every required column."""
    if p.sambungan:
        sel = ["" if i in p.sambungan else v for i, v in enumerate(sel)]
    jenis, field_baru, _ = _cocokkan_header(sel, p.grup)
    if jenis != p.jenis:
        raise KesalahanImpor(Pesan(
            "Baris judul kolom lembar '{lembar}' di berkas {berkas} (baris {baris}) terbaca "
            "berbeda saat impor; simpan ulang berkas dari Excel.",
            lembar=p.lembar.nama, berkas=p.berkas.name, baris=p.baris_header))
    p.header = _header_tampil(sel, field_baru, p.grup, p.jenis)
    p.field = field_baru
    hilang = p.hilang()
    if hilang:
        raise KesalahanImpor(_kolom_wajib_hilang(p.berkas.name, p, hilang))


_SELALU = frozenset({"id_keluarga", "id_individu", "id_individu_bentuk", "urutan", "hubungan",
                     "tata_letak", "sumber_json", "file_sumber", "lembar_sumber", "baris_sumber",
                     "periksa"})


def _kolom_stage(p: PemetaanLembar, semua: Sequence[str]) -> list[str]:
    """The staging columns this sheet fills (the others stay empty)."""
    ada = set(filter(None, p.field))
    return [k for k in semua
            if k in _SELALU or k in ada or (k.endswith("_bentuk") and k[:-7] in ada)]


def _lengkapi_anggota(p: PemetaanLembar, k: Sequence[str], baris: Iterator[list]
                      ) -> Iterator[list]:
    """Number members within their family and fill what a BNBA sheet leaves implicit: a missing
    ID Individu (``<ID Keluarga>-<nn>``) and, without a Hubungan column, the head as the first
    row of each family. ``k`` names the row's columns.

    A made-up ID is marked ``id_individu_bentuk``: ``'kosong'`` for a blank cell of a sheet
    that has an ID Individu column (finding ID_INDIVIDU_KOSONG), ``'tanpa_kolom'`` in a sheet
    without one (a BNBA print). The next import keeps each person's ID by NIK or name and
    birth date whatever the order of the rows, and a later file with the real ID is matched to
    it (:meth:`storage.impor.Pementasan.pertahankan_id_buatan`, ``cocokkan_id_buatan``)."""
    i_ind, i_kel, i_urut, i_hub = (k.index("id_individu"), k.index("id_keluarga"),
                                   k.index("urutan"), k.index("hubungan"))
    i_bentuk = k.index("id_individu_bentuk")
    i_periksa = k.index("periksa") if "periksa" in k else None
    ada_kolom = "id_individu" in p.field
    tanpa_hubungan = "hubungan" not in p.field
    urutan: dict[str, int] = {}
    for b in baris:
        idk = b[i_kel]
        n = urutan.get(idk, 0) + 1
        urutan[idk] = n
        b[i_urut] = n
        if not b[i_ind]:
            b[i_ind] = f"{idk}-{n:02d}"
            if ada_kolom:  # the sheet has the column, this row left it blank
                b[i_bentuk] = nik.BENTUK_KOSONG
                if i_periksa is not None:
                    b[i_periksa] = 1
            else:
                b[i_bentuk] = nik.BENTUK_TANPA_KOLOM
        if tanpa_hubungan:
            b[i_hub] = "Kepala Keluarga" if n == 1 else None
        yield b


@dataclass
class HasilImpor:
    """What an import did."""

    sudah_pernah: bool = False
    tata_letak: str = ""
    impor_id: int | None = None
    ringkasan: simpan.Ringkasan = field(default_factory=simpan.Ringkasan)
    jumlah_temuan: int = 0
    berkas: list[dict] = field(default_factory=list)
    kolom_tak_dikenal: dict[str, list[str]] = field(default_factory=dict)
    desa_tanpa_nama: int = 0
    """Desa/kelurahan shown by their code only (no names in the file, no region reference)."""
    lembar_tersembunyi: list[str] = field(default_factory=list)
    """Hidden sheets holding P3KE data that were not imported (``file 'sheet'``)."""
    lembar_templat: list[tuple[str, str, str]] = field(default_factory=list)
    """Visible sheets with a P3KE header and no data row, left aside because a hidden sheet of
    the same kind holds the data: (file, sheet, the hidden sheets imported ``'Data'``)."""
    lembar_kosong: list[tuple[str, str, str]] = field(default_factory=list)
    """Visible sheets with a P3KE header and nothing below it, left aside because a visible
    sheet of the same kind holds the data: (file, sheet, the sheets imported ``'Data'``)."""
    dilewati: list[Dilewati] = field(default_factory=list)
    """Rows and cells left aside without an error, with their place: totals rows, notes
    under the data, the header repeated further down, formulas never calculated outside the
    data."""
    kode_bukan_desa: tuple[int, tuple[str, str, str, int] | None] = (0, None)
    """Families whose Kode Kemdagri is no 10-digit desa code: how many, and the first (code,
    file, sheet, row)."""
    kode_anggota_beda: tuple[int, tuple[str, str, str, str, str, str, int] | None] = (0, None)
    keluarga_tanpa_anggota: tuple[int, tuple[str, str, str, int] | None] = (0, None)
    """Families imported with no member although the import brought members: how many, and
    the first (ID Keluarga, file, sheet, row)."""
    """Members whose row names another Kode Kemdagri than their family: how many, and the
    first (ID Individu, its code, ID Keluarga, the family's code, file, sheet, row)."""
    rilis_lebih_baru: tuple[int, str | None, str | None] = (0, None, None)
    """Families stored from a newer P3KE release than this import's files: how many, this
    import's release, the newest stored one (:meth:`simpan.Pementasan.rilis_lebih_baru`)."""
    urutan_tanggal: list[UrutanTanggal] = field(default_factory=list)
    """Date columns whose dates that read two ways were read month first (the US order), or
    kept day first on mixed evidence."""

    def pesan(self) -> str:
        """A one-paragraph Indonesian summary for the user (a :class:`Pesan`: the window shows
        it in its language). Each sentence is made in :mod:`keterangan_jejak`, which reads
        the import's audit note holding it back."""
        if self.sudah_pernah:
            return keterangan_jejak.sudah_pernah_diimpor()
        r = self.ringkasan
        bagian: list[str] = [keterangan_jejak.ringkasan_impor(
            self.tata_letak, r.jumlah_keluarga, r.jumlah_anggota, r.keluarga_baru,
            r.keluarga_berubah, r.keluarga_hilang, r.anggota_baru, r.anggota_berubah,
            r.anggota_hilang, self.jumlah_temuan)]
        if r.keluarga_rilis_saja:
            bagian.append(" " + keterangan_jejak.keluarga_rilis_saja(r.keluarga_rilis_saja))
        if r.anggota_usia_saja:
            bagian.append(" " + keterangan_jejak.anggota_usia_saja(r.anggota_usia_saja))
        if r.id_individu_dicocokkan:
            bagian.append(keterangan_jejak.id_dicocokkan(len(r.id_individu_dicocokkan)))
        if self.desa_tanpa_nama:
            bagian.append(keterangan_jejak.desa_tanpa_nama(self.desa_tanpa_nama))
        bagian.append(pesan_desa_tidak_ada(r.desa_tidak_ada))
        if self.lembar_tersembunyi:
            bagian.append(" " + keterangan_jejak.lembar_tersembunyi(
                ", ".join(self.lembar_tersembunyi)))
        bagian += [" " + keterangan_jejak.lembar_templat(lembar, b, sembunyi)
                   for b, lembar, sembunyi in self.lembar_templat]
        bagian += [" " + keterangan_jejak.lembar_kosong(lembar, b, isi)
                   for b, lembar, isi in self.lembar_kosong]
        bagian += [pesan_kode_bukan_desa(*self.kode_bukan_desa),
                   pesan_kode_anggota_beda(*self.kode_anggota_beda),
                   pesan_keluarga_tanpa_anggota(*self.keluarga_tanpa_anggota),
                   pesan_keluarga_tetap(r.id_keluarga_tetap, r.anggota_keluarga_tetap),
                   pesan_rilis_lebih_lama(*self.rilis_lebih_baru),
                   pesan_kepala_baru(r.kepala_baru)]
        bagian += [" " + u.teks() for u in self.urutan_tanggal]
        bagian += [" " + d.teks() for d in self.dilewati]
        return Pesan.gabung("", [b for b in bagian if b])


def pesan_rilis_lebih_lama(jumlah: int, rilis: str | None, terbaru: str | None) -> str:
    """What the summary says when an older release's file brings families a newer release
    already brought (their source values go back); starts with a space."""
    if not jumlah:
        return ""
    return " " + keterangan_jejak.rilis_lebih_lama(jumlah, rilis, terbaru)


def pesan_kode_anggota_beda(jumlah: int, contoh: tuple[str, str, str, str, str, str, int] |
                            None) -> str:
    """What the summary says about members whose row names another Kode Kemdagri than their
    family (:meth:`simpan.Pementasan.kode_anggota_berbeda`)."""
    if not jumlah or contoh is None:
        return ""
    idi, kode, idk, kode_k, berkas, lembar, baris = contoh
    return " " + keterangan_jejak.kode_anggota_beda(jumlah, idi, berkas, lembar, baris, kode,
                                                    idk, kode_k)


def pesan_keluarga_tanpa_anggota(jumlah: int, contoh: tuple[str, str, str, int] | None
                                 ) -> str:
    """What the summary says about families imported with no member although the import
    brought members (:meth:`simpan.Pementasan.keluarga_tanpa_anggota`); starts with a space."""
    if not jumlah or contoh is None:
        return ""
    idk, berkas, lembar, baris = contoh
    return " " + keterangan_jejak.keluarga_tanpa_anggota(jumlah, idk, berkas, lembar, baris)


KELUARGA_TETAP_DISEBUT = 5
"""Families left in place named in the summary; the findings report lists them all."""


def pesan_keluarga_tetap(id_keluarga: Sequence[str], anggota: int) -> str:
    """What the summary says about the families of the files' desa an Individu file has no
    row for and that stay (:attr:`simpan.Ringkasan.id_keluarga_tetap`): how many, the first
    few IDs, why, and what to do; empty when none, else starts with a space."""
    if not id_keluarga:
        return ""
    contoh = ", ".join(id_keluarga[:KELUARGA_TETAP_DISEBUT])
    if len(id_keluarga) > KELUARGA_TETAP_DISEBUT:
        contoh += keterangan_jejak.lainnya(len(id_keluarga) - KELUARGA_TETAP_DISEBUT)
    return " " + Pesan.gabung(" ", (keterangan_jejak.keluarga_tetap(len(id_keluarga), contoh),
                                    keterangan_jejak.keluarga_tetap_akibat(anggota),
                                    keterangan_jejak.keluarga_tetap_saran()))


def pesan_kepala_baru(kepala_baru: Sequence[tuple[str, str | None, str | None]]) -> str:
    """What the summary says about the families whose head the files change
    (:attr:`simpan.Ringkasan.kepala_baru`): how many, the first, what to check; empty when
    none, else starts with a space."""
    if not kepala_baru:
        return ""
    idk, lama, baru = kepala_baru[0]
    return " " + keterangan_jejak.kepala_baru(len(kepala_baru), idk, lama or "-", baru or "-")


def pesan_kode_bukan_desa(jumlah: int, contoh: tuple[str, str, str, int] | None) -> str:
    """What the summary says about families whose Kode Kemdagri is no 10-digit desa code."""
    if not jumlah or contoh is None:
        return ""
    kode, berkas, lembar, baris = contoh
    bagian = [keterangan_jejak.kode_bukan_desa(jumlah, kode, berkas, lembar, baris)]
    if kode.isdigit() and len(kode) < 10:
        bagian.append(keterangan_jejak.kode_nol_depan(kode.zfill(10)))
    bagian.append(keterangan_jejak.perbaiki_kode())
    return " " + Pesan.gabung(" ", bagian)


DESA_DISEBUT = 10
"""Desa named one by one in the summary; more are counted."""


class DesaTidakAdaRingkas(NamedTuple):
    """The desa left out by the files, as the summary tells them."""

    celah: list[simpan.DesaTidakAda]
    """Desa missing while other desa of their kecamatan are in the files (named)."""
    kecamatan_lain: int
    """Other kecamatan of the district not in the files (counted)..."""
    keluarga_lain: int
    """...and their families."""


def ringkas_desa_tidak_ada(daftar: Sequence[simpan.DesaTidakAda]) -> DesaTidakAdaRingkas:
    """Split the desa left out by the files into those named and those counted."""
    luar = [d for d in daftar if not d.kecamatan_ada_di_berkas]
    return DesaTidakAdaRingkas([d for d in daftar if d.kecamatan_ada_di_berkas],
                               len({d.kode_kemdagri[:6] for d in luar}),
                               sum(d.jumlah_keluarga for d in luar))


def pesan_desa_tidak_ada(daftar: Sequence[simpan.DesaTidakAda]) -> str:
    """What the summary says about desa of the district that the files leave out (empty when
    none): a desa missing among its kecamatan's others by name, other kecamatan counted."""
    if not daftar:
        return ""
    r = ringkas_desa_tidak_ada(daftar)
    bagian = []
    if r.celah:
        nama = [keterangan_jejak.desa_celah(d.nama_desa, d.nama_kecamatan, d.jumlah_keluarga)
                for d in r.celah[:DESA_DISEBUT]]
        if len(r.celah) > DESA_DISEBUT:
            nama.append(keterangan_jejak.desa_lain(len(r.celah) - DESA_DISEBUT))
        bagian.append(keterangan_jejak.desa_tidak_ada(len(r.celah), Pesan.gabung("; ", nama)))
    if r.kecamatan_lain:
        bagian.append(keterangan_jejak.kecamatan_lain(r.kecamatan_lain, r.keluarga_lain))
    bagian.append(keterangan_jejak.desa_tidak_diubah())
    return " " + Pesan.gabung(" ", bagian)


def _tolak_header_ganda(p: PemetaanLembar) -> None:
    """A P3KE header written twice in one sheet (two 'NIK' columns) is an error: which column
    holds the right values cannot be known, and taking one would be a guess. Two different
    headers of the same column ('NIK' and 'NIK (16 digit)') are not: the first is used and the
    other is named (:meth:`PemetaanLembar.kolom_kembar`)."""
    peta = kolom.PETA_HEADER_INDIVIDU if p.jenis == "individu" else kolom.PETA_HEADER_KELUARGA
    posisi: dict[str, list[int]] = {}
    for i, h in enumerate(p.header):
        n = kolom.normalisasi_header(h)
        if n and _cari_field(peta, n):
            posisi.setdefault(n, []).append(i)
    for daftar in posisi.values():
        if len(daftar) > 1:
            huruf = Pesan.gabung(Pesan(" dan "), (p.lembar.huruf_kolom(i) for i in daftar))
            raise KesalahanImpor(Pesan(
                "Judul kolom '{judul}' muncul {n} kali (kolom {huruf}) di berkas {berkas}, "
                "lembar '{lembar}', baris {baris}. Hapus atau ganti nama kolom yang salah, lalu "
                "impor lagi.", judul=p.header[daftar[0]], n=len(daftar), huruf=huruf,
                berkas=p.berkas.name, lembar=p.lembar.nama, baris=p.baris_header))


TANPA_DATA = "hanya judul kolom, tanpa baris data; data diambil dari lembar tersembunyi"
"""How a visible template sheet left aside for the hidden sheet with the data is named."""
TANPA_DATA_TAMPIL = "hanya judul kolom, tanpa baris data; datanya di lembar"
"""How an empty template sheet left aside for a visible sheet with the data is named."""


def _ada_baris_data(p: PemetaanLembar) -> bool:
    """Whether the rows read of sheet ``p`` (the top of it) hold a data row below the header:
    not empty, not the column-numbering row, not a repeated header, totals row or note."""
    pertama = True
    for nomor, sel in p.lembar.baris():
        if nomor <= p.baris_header or all(s in ("", None) for s in sel):
            continue
        if pertama:
            pertama = False
            if _baris_nomor_kolom(sel):
                continue
        if not _bukan_data(p, sel):
            return True
    return False


def _hanya_judul(p: PemetaanLembar) -> bool:
    """Whether sheet ``p`` ends at its header: no cell filled below it, and the sheet's end
    lies within the rows read (data far below the header is no template)."""
    terakhir = p.baris_header
    for nomor, sel in p.lembar.baris():
        terakhir = max(terakhir, nomor)
        if nomor > p.baris_header and any(s not in ("", None) for s in sel):
            return False
    return terakhir < BARIS_CARI_HEADER + 5


def _lewati_templat_kosong(dikenali: list[PemetaanLembar], diabaikan: list[str]) -> None:
    """An empty template sheet (a P3KE header and nothing below it) beside a sheet of the
    same kind with data is left aside and named; alone, the import refuses it."""
    for jenis in ("keluarga", "individu"):
        sejenis = [p for p in dikenali if p.jenis == jenis]
        isi = [p for p in sejenis if _ada_baris_data(p)]
        kosong = [p for p in sejenis if p not in isi and _hanya_judul(p)]
        if not (isi and kosong):
            continue
        _sisihkan(dikenali, diabaikan, kosong, TANPA_DATA_TAMPIL, isi)


def _sisihkan(dikenali: list[PemetaanLembar], diabaikan: list[str],
              templat: list[PemetaanLembar], sebab: str, isi: list[PemetaanLembar]) -> None:
    """Leave the ``templat`` sheets aside, named with ``sebab`` and the sheets ``isi`` that
    hold the data instead."""
    nama = ", ".join(f"'{p.lembar.nama}'" for p in isi)
    for p in templat:
        p.lembar.lepaskan()
        dikenali.remove(p)
        diabaikan.append(f"{p.lembar.nama} ({sebab} {nama})")


def _kenali(path: Path, lembar: list[Lembar]) -> tuple[list[PemetaanLembar], list[str]]:
    """The P3KE sheets of one file and the names of the sheets left aside.

    A sheet whose header row lacks a required column is an error naming the column, sheet and
    file; except that a sheet without even an ID Keluarga column (a recap or a note that
    happens to mention Kecamatan, Desa and Nama) is left aside when another sheet of the same
    file is complete P3KE data.
    """
    dikenali: list[PemetaanLembar] = []
    diabaikan: list[str] = []
    try:
        for lb in lembar:
            p = kenali_lembar(lb)
            if p is None:
                lb.lepaskan()
                diabaikan.append(lb.nama)
            else:
                dikenali.append(p)
    except KesalahanBerkas as e:
        raise KesalahanImpor(pesan_dari(e)) from e
    if not dikenali:
        nama = ", ".join(f"'{lb.nama}'" for lb in lembar) or Pesan("(tidak ada lembar)")
        raise KesalahanImpor(Pesan(
            "Berkas {berkas} tidak berisi data P3KE yang dikenali: tidak ada baris judul kolom "
            "P3KE (misalnya 'ID Keluarga P3KE', 'NIK', 'Nama', 'Kode Kemdagri') di {n} baris "
            "pertama lembar {lembar}.", berkas=path.name, n=BARIS_CARI_HEADER, lembar=nama))
    for p in dikenali:
        if [h for h in p.header if h] == list(HEADER_LAPORAN):
            raise KesalahanImpor(Pesan(
                "Berkas {berkas} adalah laporan temuan Kalbar Desktop, bukan berkas P3KE; "
                "keluarkan dari daftar berkas yang diimpor.", berkas=path.name))
    if any(not p.lembar.tersembunyi for p in dikenali):
        # A hidden sheet beside visible P3KE data is an old copy, a backup or a working sheet
        # the office hid: nobody sees it, so it is not imported (and is named). But when the
        # visible sheets of its kind are an empty template (a header, no data row), the data
        # the office meant is the hidden one's: it is imported, the template left aside. A
        # single hidden sheet of a kind that no visible sheet has (the Individu sheet hidden
        # beside a shown Kepala Keluarga sheet) copies nothing: it is imported too.
        for jenis in ("keluarga", "individu"):
            terlihat = [p for p in dikenali if p.jenis == jenis and not p.lembar.tersembunyi]
            sembunyi = [p for p in dikenali if p.jenis == jenis and p.lembar.tersembunyi]
            isi = [p for p in sembunyi if _ada_baris_data(p)]
            if not terlihat and len(isi) == 1:
                isi[0].lembar.tersembunyi = False
                continue
            if not (terlihat and isi) or any(_ada_baris_data(p) for p in terlihat):
                continue
            _sisihkan(dikenali, diabaikan, terlihat, TANPA_DATA, isi)
            for p in isi:
                p.lembar.tersembunyi = False  # taken as if shown
        for p in [p for p in dikenali if p.lembar.tersembunyi]:
            p.lembar.lepaskan()
            dikenali.remove(p)
            diabaikan.append(f"{p.lembar.nama} (tersembunyi)")
    _lewati_templat_kosong(dikenali, diabaikan)
    for p in dikenali:
        _tolak_header_ganda(p)
    lengkap = [p for p in dikenali if not p.hilang()]
    hasil = []
    for p in dikenali:
        hilang = p.hilang()
        if hilang and lengkap and "id_keluarga" not in p.field:
            p.lembar.lepaskan()
            diabaikan.append(p.lembar.nama)
            continue
        if hilang:
            raise KesalahanImpor(_kolom_wajib_hilang(path.name, p, hilang))
        hasil.append(p)
    return hasil, diabaikan


def _kolom_wajib_hilang(berkas: str, p: PemetaanLembar, hilang: list[str]) -> Pesan:
    return Pesan("Kolom wajib tidak ditemukan di berkas {berkas}, lembar '{lembar}' (judul kolom "
                 "di baris {baris}): {kolom}.", berkas=berkas, lembar=p.lembar.nama,
                 baris=p.baris_header, kolom=", ".join(hilang))


def kenali_berkas(berkas: Sequence[str | Path], tersembunyi: list[str] | None = None,
                  templat: list[tuple[str, str, str]] | None = None,
                  kosong: list[tuple[str, str, str]] | None = None) -> list[PemetaanLembar]:
    """Recognise the P3KE sheets of the given files from their top rows (read quickly, see
    :func:`~kalbar_desktop.exchange.reader.buka_lembar_awal`); raise :class:`KesalahanImpor`
    when a file holds none or lacks a required column. Hidden sheets left aside beside
    visible P3KE data are added to ``tersembunyi`` as ``file 'sheet'``; visible sheets left
    aside for a hidden one with the data to ``templat`` as (file, sheet, the hidden sheets
    ``'Data'``); empty template sheets left aside for a visible one with the data to
    ``kosong`` the same way."""
    hasil: list[PemetaanLembar] = []
    for b in berkas:
        path = Path(b)
        try:
            # a few rows past the header search: a header found low still shows a data row
            lembar = buka_lembar_awal(path, BARIS_CARI_HEADER + 5)
        except KesalahanBerkas as e:
            raise KesalahanImpor(pesan_dari(e)) from e
        dikenali, diabaikan = _kenali(path, lembar)
        hasil.extend(dikenali)
        if tersembunyi is not None:
            tersembunyi.extend(f"{path.name} '{nama.removesuffix(' (tersembunyi)')}'"
                               for nama in diabaikan if nama.endswith(" (tersembunyi)"))
        if templat is not None:
            for nama in diabaikan:
                if f" ({TANPA_DATA} " in nama:
                    terlihat, sisa = nama.split(f" ({TANPA_DATA} ", 1)
                    templat.append((path.name, terlihat, sisa[:-1]))
        if kosong is not None:
            for nama in diabaikan:
                if f" ({TANPA_DATA_TAMPIL} " in nama:
                    templat_kosong, sisa = nama.split(f" ({TANPA_DATA_TAMPIL} ", 1)
                    kosong.append((path.name, templat_kosong, sisa[:-1]))
    return hasil


LABEL_TATA_LETAK = {
    "2022": "P3KE 2022",
    "2023": "P3KE 2023",
    "bnba": "By-name-by-address (judul kolom di bawah kop)",
    "lain": "Kolom P3KE (tata letak lain)",
}
LABEL_JENIS = {"keluarga": "Keluarga", "individu": "Individu (anggota keluarga)"}


@dataclass
class KolomPratinjau:
    """One column of a previewed sheet: where it is, its header, what it becomes."""

    huruf: str
    header: str
    field: str | None
    tujuan: str
    """The P3KE column it fills, or ``disimpan apa adanya`` for a column we do not know."""


@dataclass
class PratinjauLembar:
    """What the import would make of one sheet (nothing is written)."""

    berkas: Path
    lembar: str
    jenis: str
    tata_letak: str
    baris_header: int
    kolom: list[KolomPratinjau]
    contoh: list[tuple[int, list[str]]]
    """The first data rows: (row number, cell texts in column order)."""
    peringatan: list[str] = field(default_factory=list)
    """What the first rows already show the operator should know (Indonesian)."""
    id_keluarga: list[str] = field(default_factory=list)
    """The ID Keluarga of every data row read (not only the examples)."""
    tahun: set[str] = field(default_factory=set)
    """The "Dimuktakhirkan Tahun" years of the rows read (the file's release as far as they
    tell, :func:`rilis_berkas`)."""
    utuh: bool = False
    """Every row of the sheet was read (a small sheet): what the preview makes of its dates
    and its release is what the import will; otherwise a guess from the first rows."""
    kecamatan: set[str] = field(default_factory=set)
    """The kecamatan codes (6 digits of Kode Kemdagri) of the rows read."""

    @property
    def keterangan(self) -> str:
        return (f"{LABEL_JENIS.get(self.jenis, self.jenis)}, "
                f"{LABEL_TATA_LETAK.get(self.tata_letak, self.tata_letak)}, "
                f"judul kolom di baris {self.baris_header}")


@dataclass
class PratinjauBerkas:
    """The preview of one file: its P3KE sheets, the sheets left aside, or why it cannot be
    imported."""

    berkas: Path
    lembar: list[PratinjauLembar] = field(default_factory=list)
    diabaikan: list[str] = field(default_factory=list)
    galat: str | None = None


def _teks_pratinjau(nilai: object) -> str:
    t = teks(nilai)
    return "" if t is None else t


def pratinjau(berkas: Sequence[str | Path], n_contoh: int = 10) -> list[PratinjauBerkas]:
    """Detected layout per sheet, the header mapping and the first rows of each file, read
    quickly from the top of the files only (never the whole workbook). Problems are reported
    per file in :attr:`PratinjauBerkas.galat`, not raised."""
    hasil = []
    n_baca = BARIS_CARI_HEADER + n_contoh + 2
    for b in berkas:
        path = Path(b)
        pb = PratinjauBerkas(path)
        hasil.append(pb)
        try:
            lembar = buka_lembar_awal(path, n_baca)
            dikenali, pb.diabaikan = _kenali(path, lembar)
        except (KesalahanImpor, KesalahanBerkas) as e:
            pb.galat = pesan_dari(e)
            continue
        except Exception as e:  # a file no reader expected: say so, keep the dialog alive
            pb.galat = Pesan("Berkas {berkas} tidak bisa dibaca: {galat}", berkas=path.name,
                             galat=e)
            continue
        defs = {"individu": kolom.KOLOM_INDIVIDU, "keluarga": kolom.KOLOM_KELUARGA}
        for p in dikenali:
            kol = [KolomPratinjau(p.lembar.huruf_kolom(i), h, f,
                                  defs[p.jenis][f].header if f else "disimpan apa adanya")
                   for i, (h, f) in enumerate(zip(p.header, p.field, strict=True))
                   if h or f]
            contoh: list[tuple[int, list[str]]] = []
            angka: dict[int, int] = {}
            kode_pendek: dict[int, tuple[int, str]] = {}
            ilmiah: dict[int, int] = {}
            id_kolom = [i for i, f in enumerate(p.field)
                        if f and defs[p.jenis][f].jenis == kolom.Jenis.ID]
            # every row read (not only the examples) tells the order of the slash dates
            tanggal: dict[int, list] = {i: [] for i, f in enumerate(p.field)
                                        if f and defs[p.jenis][f].jenis == kolom.Jenis.TANGGAL}
            i_nik = (p.field.index(_FIELD_NIK[p.jenis]) if _FIELD_NIK[p.jenis] in p.field
                     else None)
            nik_baris: list = []
            nomor_data: list[int] = []
            """The row number of each data row read, beside its dates."""
            """The NIK of each row read, beside its dates (the order of two-way dates)."""
            i_id = p.field.index("id_keluarga")
            i_tahun = (p.field.index("dimutakhirkan_tahun") if "dimutakhirkan_tahun" in p.field
                       else None)
            i_kode = p.field.index("kode_kemdagri") if "kode_kemdagri" in p.field else None
            id_baris: list[str] = []
            tahun_baris: set[str] = set()
            kecamatan: set[str] = set()
            pertama = True
            terakhir = p.baris_header
            """The last row read (the preview reads the top of the sheet only)."""
            for nomor, sel in p.lembar.baris():
                terakhir = max(terakhir, nomor)
                if nomor <= p.baris_header or not any(s not in (None, "") for s in sel):
                    continue
                if pertama:
                    pertama = False
                    if _baris_nomor_kolom(sel):
                        continue
                if _bukan_data(p, sel):
                    pertama = True  # a repeated header's column-numbering row may follow
                    continue
                for i, nilai in tanggal.items():
                    nilai.append(sel[i] if i < len(sel) else None)
                if tanggal:
                    nomor_data.append(nomor)
                if i_id < len(sel):
                    id_baris.append(nik.teks_identitas(sel[i_id])[0])
                if i_tahun is not None and i_tahun < len(sel):
                    tahun_baris.add(_teks_pratinjau(sel[i_tahun]))
                if i_kode is not None and i_kode < len(sel):
                    kecamatan.add(nik.teks_identitas(sel[i_kode])[0][:6])
                if tanggal and i_nik is not None:
                    nik_baris.append(sel[i_nik] if i_nik < len(sel) else None)
                if len(contoh) >= n_contoh:
                    continue
                contoh.append((nomor, [_teks_pratinjau(sel[i]) if i < len(sel) else ""
                                       for i in range(len(p.header))]))
                for i in id_kolom:
                    v = sel[i] if i < len(sel) else None
                    if isinstance(v, int | float) and not isinstance(v, bool):
                        angka.setdefault(i, nomor)
                        if p.field[i] == "kode_kemdagri" and 0 < v < 1e9:
                            kode_pendek.setdefault(i, (nomor, teks(v) or ""))
                    elif nik.notasi_ilmiah(v):
                        ilmiah.setdefault(i, nomor)
            peringatan = []
            for i, nomor in sorted(angka.items()):
                di = Pesan("Kolom {kolom} ({judul}) berisi angka, bukan teks",
                           kolom=p.lembar.huruf_kolom(i), judul=p.header[i])
                if p.field[i] in ("id_keluarga", "id_individu"):
                    peringatan.append(Pesan(
                        "{di} (mis. baris {baris}): nol di depan ID tidak tersimpan di sel angka, "
                        "sehingga ID bisa tidak cocok dengan berkas lain. Nilai disimpan apa "
                        "adanya dan dilaporkan (ID_RUSAK_EXCEL).", di=di, baris=nomor))
                elif p.field[i] == "kode_kemdagri":
                    if i in kode_pendek:  # a 10-digit code in a number cell is read right
                        baris_pendek, kode = kode_pendek[i]
                        peringatan.append(Pesan(
                            "{di}, dan kode di baris {baris} hanya {n} digit ({kode}): nol di "
                            "depan tidak tersimpan di sel angka (format angka seperti "
                            "0000000000 hanya mengubah tampilan). Kode desa 10 digit; perbaiki "
                            "kodenya di berkas.", di=di, baris=baris_pendek, n=len(kode),
                            kode=kode))
                else:
                    peringatan.append(Pesan(
                        "{di} (mis. baris {baris}): Excel hanya menyimpan 15 digit, digit "
                        "terakhir NIK bisa sudah hilang. Nilai disimpan apa adanya sebagai teks "
                        "dan NIK-nya dilaporkan (NIK_RUSAK_EXCEL).", di=di, baris=nomor))
            for i, nomor in sorted(ilmiah.items()):
                peringatan.append(Pesan(
                    "Kolom {kolom} ({judul}) berisi notasi ilmiah seperti 6.17201E+15 (mis. "
                    "baris {baris}): angkanya sudah hilang; minta berkas asli atau perbaiki "
                    "bersama Dukcapil.", kolom=p.lembar.huruf_kolom(i), judul=p.header[i],
                    baris=nomor))
            baris_contoh = {n for n, _ in contoh}
            if p.grup:
                peringatan.append(_judul_kelompok(p))
            for i, j in p.kolom_kembar().items():
                peringatan.append(Pesan(
                    "Kolom {kolom} ({judul}) adalah kolom P3KE yang sama dengan kolom {dipakai} "
                    "({judul_dipakai}): yang dipakai kolom {dipakai}; isi kolom {kolom} "
                    "disimpan apa adanya. Hapus kolom yang salah bila bukan itu maksudnya.",
                    kolom=p.lembar.huruf_kolom(i), judul=p.header[i],
                    dipakai=p.lembar.huruf_kolom(j), judul_dipakai=p.header[j]))
            if p.lembar.rumus_sampai is not None and contoh:
                # a large sheet: only the rows read were looked at, the import looks at all
                peringatan.append(Pesan(
                    "Lembar ini besar: pratinjau hanya memeriksa rumus yang belum pernah "
                    "dihitung di {n} baris pertama; impor memeriksa seluruh lembar dan "
                    "menolaknya bila ada rumus seperti itu di kolom data.",
                    n=p.lembar.rumus_sampai))
            for i, baris in sorted((p.lembar.rumus or {}).items()):
                di_data = [n for n in baris if n in baris_contoh]
                if i < len(p.field) and p.field[i] and di_data:
                    peringatan.append(Pesan(
                        "Sel {sel} ({judul}) berisi rumus yang belum pernah dihitung (tanpa nilai "
                        "tersimpan); impor akan ditolak: {sebab}.",
                        sel=f"{p.lembar.huruf_kolom(i)}{di_data[0]}", judul=p.header[i],
                        sebab=PESAN_RUMUS))
            # a sheet that ended before the rows read did was read whole
            utuh = terakhir < n_baca
            for i, nilai in tanggal.items():
                if (tanpa_tanggal := _bukan_tanggal(p, i, nilai, nomor_data)) is not None:
                    peringatan.append(tanpa_tanggal)
                if (tempat := _tempat_dan_tanggal(p, i, nilai, nomor_data)) is not None:
                    peringatan.append(tempat)
                bukti = BuktiUrutan()
                for v in dict.fromkeys(v for v in nilai if v.__class__ is str):
                    bukti.catat(v)
                dua_cara = _urutan_tanggal(
                    p, i, bukti, lambda peta, _ubah, nilai=nilai: sum(
                        1 for v in nilai if v.__class__ is str and v in peta),
                    lambda peta, nilai=nilai, nik_i=(
                        nik_baris if p.field[i] == "tanggal_lahir" else []): _nik_pratinjau(
                        peta, nilai, nik_i))
                if dua_cara is not None:
                    peringatan.append(dua_cara.teks(dasar_pratinjau(utuh, len(id_baris))))
            if not contoh and terakhir <= p.baris_header:
                # the import would refuse it: say so before Impor is pressed
                peringatan.append(Pesan(
                    "Lembar ini hanya berisi judul kolom (baris {baris}) tanpa baris data di "
                    "bawahnya: impor akan ditolak. Pilih berkas yang berisi datanya.",
                    baris=p.baris_header))
            elif not contoh:
                peringatan.append(Pesan(
                    "Tidak ada baris data di bawah judul kolom (baris {baris}) sampai baris "
                    "{terakhir} yang dibaca untuk pratinjau. Bila lembar ini memang hanya berisi "
                    "judul kolom, impor akan ditolak: pilih berkas yang berisi datanya.",
                    baris=p.baris_header, terakhir=terakhir))
            pb.lembar.append(PratinjauLembar(path, p.lembar.nama, p.jenis, p.tata_letak,
                                             p.baris_header, kol, contoh, peringatan,
                                             id_baris, tahun_baris, utuh,
                                             {k for k in kecamatan if len(k) == 6}))
    return hasil


def _judul_kelompok(p: PemetaanLembar) -> Pesan:
    """The preview's line on a header in two rows: the group titles above are no columns; the
    columns are named in the row below, completed by their group where that makes them a
    P3KE column."""
    grup = ", ".join(f"'{g}'" for g in dict.fromkeys(p.grup[i] for i in sorted(p.grup)))
    lengkap = [(p.lembar.huruf_kolom(i), p.header[i]) for i in sorted(p.grup)
               if p.header[i].startswith(p.grup[i] + ": ")]
    pesan = Pesan("Judul kolom dua baris: judul kelompok di baris {atas} ({grup}) bukan nama "
                  "kolom; nama kolom dibaca dari baris {baris} di bawahnya.",
                  atas=p.baris_header - 1, grup=grup, baris=p.baris_header)
    if lengkap:
        huruf, judul = lengkap[0]
        pesan = Pesan("{pesan} Judul kelompok melengkapi nama kolom yang tanpa itu bukan kolom "
                      "P3KE (mis. kolom {kolom}: '{judul}').", pesan=pesan, kolom=huruf,
                      judul=judul)
    return pesan


def _bukan_tanggal(p: PemetaanLembar, i: int, nilai: Sequence[object],
                   nomor: Sequence[int]) -> Pesan | None:
    """The preview's line for a date column none of whose filled cells in the rows read is a
    date (``tidak tahu``, ``-``, a place without a date): most likely the wrong column, which
    the import would take as one TANGGAL_TIDAK_VALID per row. Three such cells at least. A
    place and a date in one cell (``KETAPANG, 12-03-1980``) is a date
    (:func:`_tempat_dan_tanggal`)."""
    terisi = [(n, v) for n, v in zip(nomor, nilai, strict=False) if v not in (None, "")]
    if len(terisi) < 3 or any(urai_tanggal(v) is not None for _, v in terisi):
        return None
    baris, contoh = terisi[0]
    return Pesan(
        "Kolom {kolom} ({judul}): tidak satu pun dari {n} isian di baris yang dibaca pratinjau "
        "terbaca sebagai tanggal (mis. '{contoh}' di baris {baris}). Periksa apakah kolomnya "
        "benar; bila diimpor, nilai itu disimpan apa adanya dan setiap barisnya dilaporkan "
        "(TANGGAL_TIDAK_VALID).", kolom=p.lembar.huruf_kolom(i), judul=p.header[i],
        n=len(terisi), contoh=_teks_pratinjau(contoh), baris=baris)


def _tempat_dan_tanggal(p: PemetaanLembar, i: int, nilai: Sequence[object],
                        nomor: Sequence[int]) -> Pesan | None:
    """The preview's line for a date column whose cells hold the place of birth before the
    date (``KETAPANG, 12-03-1980``, ``KETAPANG 12-03-1980``, a "Tempat, Tanggal Lahir"
    column): the import reads the date and keeps the cell as written in the source; said so
    the operator is not surprised that the place is not shown as a column of its own."""
    for n, v in zip(nomor, nilai, strict=False):
        if (v.__class__ is str  # the place before a comma, or a place starting the cell
                and ("," in v or v.lstrip()[:1].isalpha())  # type: ignore[operator,union-attr]
                and tanpa_tempat(v.strip()) != v.strip()  # type: ignore[union-attr]
                and urai_tanggal(v) is not None):
            return Pesan(
                "Kolom {kolom} ({judul}) berisi tempat dan tanggal lahir dalam satu sel (mis. "
                "'{contoh}' di baris {baris}): tanggalnya dibaca sebagai tanggal lahir, dan isi "
                "sel seperti tertulis (dengan tempatnya) tetap disimpan di data sumber.",
                kolom=p.lembar.huruf_kolom(i), judul=p.header[i], contoh=_teks_pratinjau(v),
                baris=n)
    return None


def _nik_pratinjau(peta: dict[str, tuple[str, str]], tanggal: Sequence[object],
                   nik_baris: Sequence[object]) -> tuple[int, int]:
    """The preview's NIK evidence (:meth:`simpan.Pementasan.nik_tanggal_ambigu` for the rows
    it read): rows whose NIK carries (the day-first, the month-first) reading of their
    two-way date."""
    hari = bulan = 0
    for t, n in zip(tanggal, nik_baris, strict=False):
        dua = peta.get(t) if t.__class__ is str else None  # type: ignore[call-overload]
        if dua is None:
            continue
        digit = nik.teks_identitas(n)[0][6:12]
        if digit in kode_nik(dua[0]):
            hari += 1
        elif digit in kode_nik(dua[1]):
            bulan += 1
    return hari, bulan


def impor(db: BasisData, berkas: Sequence[str | Path], pengguna: str | None = None,
          kemajuan: Kemajuan | None = None,
          batal: Callable[[], bool] | None = None,
          sebelum_menulis: Callable[[BasisData], None] | None = None,
          rilis_lama: Callable[[int, str, str], None] | None = None) -> HasilImpor:
    """Import the given P3KE files (family and individual workbooks together) into ``db``.

    All or nothing: on :class:`KesalahanImpor` or :class:`Dibatalkan` the database is exactly as
    it was. Importing files that were all imported before (same SHA-256) changes nothing.

    ``sebelum_menulis(db)`` runs once the files are recognised and before anything is written;
    by default it is the backup made before every import
    (:func:`kalbar_desktop.storage.cadangan.sebelum_impor`), so the window, the command line and
    any other caller get it. An exception it raises stops the import.

    ``rilis_lama(jumlah, rilis, terbaru)`` runs once the files are read and before the stored
    families are changed, when ``jumlah`` families the files bring are stored from a newer P3KE
    release (``terbaru``) than the files' (``rilis``); the summary says it too
    (:attr:`HasilImpor.rilis_lebih_baru`). An exception it raises stops the import (rolled
    back).
    """
    lapor = kemajuan or (lambda _pesan, _fraksi: None)
    lapor(Pesan("Memeriksa berkas"), 0.0)
    paths = [Path(b) for b in berkas]
    if not paths:
        raise KesalahanImpor(Pesan("Tidak ada berkas yang dipilih untuk diimpor."))
    info = []
    for p in paths:
        if not p.is_file():
            if p.is_dir():
                raise KesalahanImpor(Pesan("{berkas} adalah folder, bukan berkas; pilih "
                                           "berkasnya.", berkas=p))
            if p.exists():  # a pipe or a device: reading it could wait forever
                raise KesalahanImpor(Pesan("{berkas} bukan berkas biasa (pipa atau perangkat).",
                                           berkas=p))
            raise KesalahanImpor(Pesan("Berkas tidak ditemukan: {berkas}", berkas=p))
        try:
            info.append({"nama_file": p.name, "sha256": sha256_berkas(p),
                         "ukuran": p.stat().st_size})
        except OSError as e:
            raise KesalahanImpor(Pesan(
                "Berkas {berkas} tidak bisa dibaca ({sebab}); tutup berkas itu di program lain "
                "atau periksa izinnya, lalu impor lagi.", berkas=p.name,
                sebab=e.strerror or e)) from e
    paths, info = _tanpa_kembar(paths, info)
    if simpan.sudah_diimpor(db, [i["sha256"] for i in info]):
        return HasilImpor(sudah_pernah=True, berkas=info)

    lapor(Pesan("Mengenali lembar dan kolom"), 0.01)
    tersembunyi: list[str] = []
    templat: list[tuple[str, str, str]] = []
    kosong: list[tuple[str, str, str]] = []
    pemetaan = kenali_berkas(paths, tersembunyi, templat, kosong)
    hasil = HasilImpor(tata_letak=", ".join(sorted({p.tata_letak for p in pemetaan})),
                       berkas=info, lembar_tersembunyi=tersembunyi, lembar_templat=templat,
                       lembar_kosong=kosong)
    # Progress: each sheet's share of the reading is its file's share of the bytes.
    ukuran = {i["nama_file"]: max(i["ukuran"], 1) for i in info}
    per_berkas = {n: sum(1 for p in pemetaan if p.berkas.name == n) for n in ukuran}
    bobot = [ukuran[p.berkas.name] / per_berkas[p.berkas.name] / sum(ukuran.values())
             for p in pemetaan]

    def periksa_batal() -> None:
        if batal and batal():
            raise Dibatalkan()

    periksa_batal()
    lapor(Pesan("Membuat cadangan sebelum impor"), 0.01)
    try:
        (sebelum_menulis or cadangan.sebelum_impor)(db)
    except cadangan.KesalahanCadangan as e:
        raise KesalahanImpor(Pesan("Impor dibatalkan karena cadangan sebelum impor gagal: "
                                   "{sebab}", sebab=pesan_dari(e))) from e
    try:
        try:
            _tulis(db, pemetaan, info, bobot, hasil, pengguna, lapor, periksa_batal, potong=True,
                   rilis_lama=rilis_lama)
        except PerluDibacaUtuh:
            # Merged cells over the data rows, seen at the end of a sheet read in pieces: all
            # was rolled back; read the sheets whole (merged cells filled) and import again.
            for i in info:
                i.pop("jumlah_baris", None)
            hasil.kolom_tak_dikenal.clear()
            hasil.urutan_tanggal.clear()
            _tulis(db, pemetaan, info, bobot, hasil, pengguna, lapor, periksa_batal,
                   potong=False, rilis_lama=rilis_lama)
    except (KesalahanImpor, Dibatalkan):
        raise
    except Exception as e:
        # The disk filled up, the file's USB stick was pulled: all was rolled back.
        galat = lingkungan(e, db=getattr(db, "path", None))
        if galat is None:
            raise
        raise KesalahanImpor(Pesan("Impor gagal; basis data tidak berubah. {sebab}",
                                   sebab=galat)) from e
    lapor(Pesan("Selesai"), 1.0)
    return hasil


def _tanpa_kembar(paths: list[Path], info: list[dict]) -> tuple[list[Path], list[dict]]:
    """The same file chosen twice is read once; two files with the same bytes under two names
    (a downloaded copy, ``individu (1).xlsx``) are an error naming both, instead of every
    identifier being reported as a duplicate."""
    dilihat: dict[str, Path] = {}
    paths_baru, info_baru = [], []
    for p, i in zip(paths, info, strict=True):
        lain = dilihat.get(i["sha256"])
        if lain is None:
            dilihat[i["sha256"]] = p
            paths_baru.append(p)
            info_baru.append(i)
        elif lain.resolve() != p.resolve():
            raise KesalahanImpor(Pesan(
                "Berkas {berkas} isinya sama persis dengan {lain} (salinan berkas yang sama). "
                "Pilih salah satunya saja, lalu impor lagi.", berkas=p.name, lain=lain.name))
    return paths_baru, info_baru


def _tulis(db: BasisData, pemetaan: list[PemetaanLembar], info: list[dict],
           bobot: list[float], hasil: HasilImpor, pengguna: str | None, lapor: Kemajuan,
           periksa_batal: Callable[[], None], potong: bool,
           rilis_lama: Callable[[int, str, str], None] | None = None) -> None:
    """Read every recognised sheet in full, stage, merge, check and record, in one transaction
    (rolled back on any exception). ``potong``: large xlsx sheets are read in pieces;
    ``rilis_lama``: as :func:`impor`'s."""
    kesalahan = _Kesalahan()
    kemajuan_baca = [0.0]

    terbuka: dict[Path, dict[str, Lembar]] = {}
    tahun_berkas: dict[str, set[str]] = {}
    with transaksi(db):
        stage = simpan.Pementasan(db)
        try:
            ada_anggota = False

            def lembar_penuh(p: PemetaanLembar) -> Lembar:
                if p.berkas not in terbuka:
                    try:
                        terbuka[p.berkas] = {lb.nama: lb
                                             for lb in buka_lembar(p.berkas, potong=potong)}
                    except KesalahanBerkas as e:
                        raise KesalahanImpor(pesan_dari(e)) from e
                return terbuka[p.berkas][p.lembar.nama]

            # Sheets read in pieces start at once: they hold little memory, and their first
            # pieces are ready when their turn comes.
            bertahap = []
            for p in pemetaan:
                try:
                    bertahap.append(lembar_penuh(p).bertahap())
                except KesalahanImpor:
                    bertahap.append(0)  # reported when that file's turn comes
            for p, ukuran in zip(pemetaan, bertahap, strict=True):
                if ukuran:
                    lembar_penuh(p).muat_di_latar()
            urutan = _urutan_baca(pemetaan, bertahap)
            for posisi, i in enumerate(urutan):
                p, w = pemetaan[i], bobot[i]
                kesalahan.lembar = i
                lapor(Pesan("Membaca baris"), 0.03 + 0.67 * kemajuan_baca[0])
                periksa_batal()
                p.lembar = lembar_penuh(p)
                total = [max(p.lembar.jumlah_baris(), 1)]
                if posisi + 1 < len(urutan) and _baca_di_latar(p, pemetaan[urutan[posisi + 1]]):
                    # an error opening it is reported when that file's turn comes
                    with contextlib.suppress(KesalahanImpor):
                        lembar_penuh(pemetaan[urutan[posisi + 1]]).muat_di_latar()
                langkah = _Langkah(lambda n, w=w, total=total: (
                    periksa_batal(),
                    lapor(Pesan("Membaca baris"),
                          0.03 + 0.67 * (kemajuan_baca[0] + w * n / total[0]))))
                n_awal = sum(stage.jumlah())
                bukti: dict[str, tuple[int, BuktiUrutan, str]] = {}
                tahun = tahun_berkas.setdefault(p.berkas.name, set())
                if p.jenis == "keluarga":
                    kol = _kolom_stage(p, simpan.KOLOM_STAGE_KELUARGA)
                    stage.tambah_keluarga(
                        _baris_stage(p, kol, kesalahan, langkah, bukti, tahun), kol)
                else:
                    ada_anggota = True
                    kol = _kolom_stage(p, simpan.KOLOM_STAGE_ANGGOTA)
                    stage.tambah_anggota(_lengkapi_anggota(
                        p, kol, _baris_stage(p, kol, kesalahan, langkah, bukti, tahun)), kol)
                hasil.urutan_tanggal += _tanggal_dua_cara(stage, p, bukti)
                p.lembar.lepaskan()  # one parsed sheet in memory at a time (+ the next one's)
                if all(pemetaan[j].berkas != p.berkas for j in urutan[posisi + 1:]):
                    terbuka.pop(p.berkas, None)
                kemajuan_baca[0] += w
                n_lembar = sum(stage.jumlah()) - n_awal
                if n_lembar == 0 and not kesalahan.total:
                    raise KesalahanImpor(Pesan(
                        "Lembar '{lembar}' di berkas {berkas} hanya berisi judul kolom (baris "
                        "{baris}) tanpa satu pun baris data di bawahnya.", lembar=p.lembar.nama,
                        berkas=p.berkas.name, baris=p.baris_header))
                for i in info:
                    if i["nama_file"] == p.berkas.name:
                        i["jumlah_baris"] = (i.get("jumlah_baris") or 0) + n_lembar
            for lembar in (lb for isi in terbuka.values() for lb in isi.values()):
                lembar.lepaskan()
            terbuka.clear()
            kesalahan.angkat(Pesan("Impor dibatalkan karena ada baris yang tidak bisa dibaca:"))
            hasil.dilewati = kesalahan.catatan
            for p in pemetaan:
                tak_dikenal = p.kolom_tak_dikenal()
                if tak_dikenal:
                    hasil.kolom_tak_dikenal[f"{p.berkas.name} / {p.lembar.nama}"] = tak_dikenal
            for i in info:
                lembar = [p for p in pemetaan if p.berkas.name == i["nama_file"]]
                i["jenis"] = ", ".join(sorted({p.jenis for p in lembar}))
                i["lembar"] = ", ".join(p.lembar.nama for p in lembar)
                i["rilis"] = rilis_berkas((p.tata_letak for p in lembar),
                                          tahun_berkas.get(i["nama_file"], set()))
            periksa_batal()
            lapor(Pesan("Menggabungkan data"), 0.72)
            stage.perbesar_cache()
            stage.indeks()
            _periksa_duplikat(stage)
            periksa_batal()
            stage.lengkapi_keluarga_dari_anggota()
            if any(d.jenis == "galat" for d in hasil.dilewati):
                stage.pertahankan_teks_galat()
            hasil.kode_bukan_desa = stage.kode_wilayah_bukan_desa()
            hasil.kode_anggota_beda = stage.kode_anggota_berbeda()
            hasil.keluarga_tanpa_anggota = stage.keluarga_tanpa_anggota()
            rilis_ini = max((i["rilis"] for i in info if i.get("rilis")), default=None)
            n_baru, rilis_baru = stage.rilis_lebih_baru(rilis_ini)
            hasil.rilis_lebih_baru = (n_baru, rilis_ini, rilis_baru)
            if n_baru and rilis_lama is not None:
                rilis_lama(n_baru, rilis_ini or "", rilis_baru or "")
            stage.lengkapi_nama_wilayah()
            stage.tandai_no_kk_kosong((p.berkas.name, p.lembar.nama) for p in pemetaan
                                      if "no_kk" in p.field)
            impor_id = simpan.catat_impor(db, pengguna, hasil.tata_letak, info)
            hasil.impor_id = impor_id
            hasil.ringkasan = stage.gabungkan(impor_id, ada_anggota)
            periksa_batal()
            lapor(Pesan("Memeriksa kualitas data"), 0.85)
            periksa_batal()
            hasil.jumlah_temuan = simpan_temuan.hitung_ulang_impor(db)
            hasil.desa_tanpa_nama = swilayah.jumlah_tanpa_nama(db)
            simpan.simpan_ringkasan(db, impor_id, hasil.ringkasan, hasil.jumlah_temuan)
            audit.tulis(db, [audit.Catatan(
                aksi="IMPOR", pengguna=pengguna, tabel="impor", id_rekaman=str(impor_id),
                keterangan=keterangan_jejak.impor(
                    hasil.pesan(), [(i["nama_file"], i["sha256"]) for i in info])),
                *[audit.Catatan(
                    aksi="IMPOR", pengguna=pengguna, tabel="anggota", id_rekaman=baru,
                    id_keluarga=idk, kolom="id_individu", nilai_lama=lama, nilai_baru=baru,
                    keterangan=keterangan_jejak.id_individu_diganti())
                  for idk, lama, baru in hasil.ringkasan.id_individu_dicocokkan]])
            periksa_batal()
        finally:
            for lembar in (lb for isi in terbuka.values() for lb in isi.values()):
                lembar.lepaskan()  # stops the threads of sheets read in pieces
            stage.hapus()


_TAHUN = re.compile(r"[12]\d{3}")


def rilis_berkas(tata_letak: Iterable[str], tahun: set[str]) -> str | None:
    """The P3KE release of a file (``impor_file.rilis``): the newest "Dimuktakhirkan Tahun" of
    its rows, ``'2022'`` for a file of the 2022 layout (that column came with the 2023
    update), else none (a BNBA print, an office's layout: the same-day rule decides).
    ``tata_letak``: the layouts of the file's sheets."""
    tahun_sah = [t for t in tahun if _TAHUN.fullmatch(t)]
    if tahun_sah:
        return max(tahun_sah)
    return "2022" if "2022" in set(tata_letak) else None


def _urutan_baca(pemetaan: Sequence[PemetaanLembar],
                 bertahap: Sequence[int] | None = None) -> list[int]:
    """The order in which the sheets are read: individual sheets (the large ones) first, else
    as given. Reading the family workbook second lets its parse run on a background thread
    while the individual rows are converted (:func:`_baca_di_latar`). When every sheet is read
    in pieces (``bertahap``: their XML sizes, see :meth:`Lembar.bertahap`), memory is no
    concern: the smallest first, so that converting starts soonest."""
    if bertahap and all(bertahap):
        return sorted(range(len(pemetaan)), key=lambda i: bertahap[i])
    return sorted(range(len(pemetaan)), key=lambda i: pemetaan[i].jenis != "individu")


RASIO_BACA_DI_LATAR = 0.5
"""The next file is parsed in the background only when it is at most this share of the size of
the file being converted. Its parse then needs less memory than the parse of the current one
did (a parsed sheet takes about 20 bytes per byte of file, twice that while it is parsed): the
import's peak stays that of the largest sheet, e.g. ~1 GB for a district's individual file."""


def _baca_di_latar(sekarang: PemetaanLembar, berikut: PemetaanLembar) -> bool:
    """Whether ``berikut`` may be parsed in the background while ``sekarang`` is converted."""
    if berikut.berkas == sekarang.berkas or berikut.berkas.suffix.lower() in EKSTENSI_CSV:
        return False
    try:
        return (berikut.berkas.stat().st_size
                <= RASIO_BACA_DI_LATAR * sekarang.berkas.stat().st_size)
    except OSError:
        return False


class _Langkah:
    """Counts rows and, every :data:`SETIAP`, checks for a cancel and reports progress."""

    SETIAP = 2000

    def __init__(self, lapor: Callable[[int], object]):
        self.n = 0
        self._lapor = lapor

    def __call__(self, n: int) -> None:
        """``n`` more rows were read."""
        self.n += n
        self._lapor(self.n)


def _periksa_duplikat(stage: simpan.Pementasan) -> None:
    for duplikat, nama in ((stage.duplikat_keluarga(), "ID Keluarga"),
                           (stage.duplikat_anggota(), "ID Individu")):
        if not duplikat:
            continue
        baris = [Pesan("Impor dibatalkan: {nama} harus unik di berkas.", nama=nama)]
        for d in duplikat:
            tempat = Pesan.gabung("; ", (Pesan("{berkas}, lembar '{lembar}', baris {baris}",
                                               berkas=f, lembar=s, baris=r)
                                         for f, s, r in d.lokasi[:4]))
            baris.append(Pesan("{nama} {nilai} muncul lebih dari sekali: {tempat}", nama=nama,
                               nilai=d.nilai, tempat=tempat))
        raise KesalahanImpor(Pesan.gabung("\n- ", baris))
