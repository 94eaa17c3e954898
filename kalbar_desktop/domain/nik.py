"""NIK and No KK parsing.

NIK: 16 digits = 2 provinsi + 2 kab/kota + 2 kecamatan (where first registered) + DDMMYY birth
date (women: day + 40) + 4-digit serial from 0001 (p3ke-domain.md section 3.1).
No KK: 16 digits = 6-digit region of issue + DDMMYY registration date + 4-digit serial.

Parsing never guesses a repair. It returns the cleaned text together with structured findings
(:class:`MasalahNomor`), so callers decide what is an error and what is a warning.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from kalbar_desktop.domain.pesan import Pesan
from kalbar_desktop.domain.tanggal import tahun_dua_digit

_DIBUANG = re.compile(r"[\s'.\u2019\u2018`\u00a0]+")
_KOMA_RIBUAN = re.compile(r"^\d{1,3}(?:,\d{3})+$")
_KELOMPOK_STRIP = re.compile(r"^\d{2,}(?:[-\u2010-\u2013]\d{2,})+$")
"""Digits in groups joined by hyphens or dashes (``6172-0115-0880-0001``), as people write a
NIK so they can read it aloud: the same identifier as without them."""
"""``6,172,015,003,850,002``: a number shown with English thousands separators, copied as text."""
_RUMUS_TEKS = re.compile(r'^\s*=\s*"([^"]*)"\s*$')
"""``="6172011508800001"``: the CSV trick (portals, Excel users) that makes Excel show a long
number as text; Excel shows the text between the quotes, so that is the value."""
_ILMIAH = re.compile(r"^\s*'?\s*\d+(?:[.,]\d+)?\s*[eE]\s*\+?\s*\d+\s*$")


@dataclass(frozen=True)
class MasalahNomor:
    """One problem found in a NIK or No KK. ``kode`` is stable, ``pesan`` is Indonesian."""

    kode: str
    pesan: str


# Problem codes (stable, used by rules and tests).
KOSONG = "KOSONG"
ILMIAH = "ILMIAH"  # scientific notation such as 6.17201E+15: digits lost for good
BUKAN_ANGKA = "BUKAN_ANGKA"
PANJANG = "PANJANG"
PROVINSI = "PROVINSI"
TANGGAL = "TANGGAL"
URUT_NOL = "URUT_NOL"


@dataclass(frozen=True)
class InfoNomor:
    """A parsed NIK or No KK."""

    teks: str
    """The value after stripping spaces, apostrophes and dots; never otherwise changed."""
    masalah: tuple[MasalahNomor, ...]
    kode_wilayah: str | None = None
    """The 6-digit region part (kecamatan of first registration for a NIK)."""
    tanggal: dt.date | None = None
    """Birth date (NIK) or registration date (No KK) encoded in the number."""
    jenis_kelamin: str | None = None
    """``Laki-laki`` or ``Perempuan`` from the day offset (NIK only)."""
    nomor_urut: str | None = None

    @property
    def sah(self) -> bool:
        """True when no problem was found."""
        return not self.masalah

    def punya(self, kode: str) -> bool:
        """True when a problem with this code was found."""
        return any(m.kode == kode for m in self.masalah)


def bersihkan(nilai: object) -> str:
    """Strip spaces, apostrophes, dots, invisible characters, English thousands separators and
    the hyphens between groups of digits from an identifier, and write other scripts' digits as
    ASCII. ``None`` gives ``''``.

    Only for text: a number read from a spreadsheet goes through :func:`teks_identitas`.
    """
    if nilai is None:
        return ""
    teks = str(nilai)
    if not teks.isascii():
        teks = _ascii(teks)
    if len(teks.split()) > 1 and _dalam_kata(teks) in PENANDA_KOSONG:
        return " ".join(teks.split())  # "TIDAK ADA" as written, not "TIDAKADA"
    teks = _DIBUANG.sub("", teks)
    if "," in teks and _KOMA_RIBUAN.match(teks):
        teks = teks.replace(",", "")
    if not teks.isdigit() and _KELOMPOK_STRIP.match(teks):
        teks = re.sub(r"[-\u2010-\u2013]", "", teks)
    return teks


def _ascii(teks: str) -> str:
    """Invisible characters (zero-width space, BOM, word joiner, soft hyphen: Unicode format
    characters) removed and digits of other scripts (full-width ``６``, Arabic-Indic ``٦``)
    written as ASCII digits: they look the same on screen, so they are the same identifier."""
    hasil = []
    for c in unicodedata.normalize("NFKC", teks):
        if unicodedata.category(c) == "Cf":
            continue
        if not c.isascii() and c.isdecimal():
            c = str(unicodedata.decimal(c))
        hasil.append(c)
    return "".join(hasil)


def notasi_ilmiah(nilai: object) -> bool:
    """True for text like ``6.17201E+15``: Excel showed a long number in scientific notation."""
    return isinstance(nilai, str) and bool(_ILMIAH.match(nilai))


# How an identifier arrived in the source file.
BENTUK_TEKS = "teks"
BENTUK_ANGKA = "angka"  # a number cell: Excel keeps 15 significant digits, the 16th may be lost
BENTUK_ILMIAH = "ilmiah"  # text such as 6.17201E+15: digits lost for good
BENTUK_DESIMAL = "desimal"
"""Text such as ``0061720001.0``: a program wrote the ID out with ``.0``, but its leading
zeros are there (a number has none), so only the ``.0`` was dropped."""
BENTUK_KOSONG = "kosong"  # an empty ID Individu cell: the importer made the ID up
BENTUK_TANPA_KOLOM = "tanpa_kolom"  # a sheet without an ID Individu column: made up as well
BENTUK_BUATAN = (BENTUK_KOSONG, BENTUK_TANPA_KOLOM)
"""The ``id_individu_bentuk`` of an ID Individu the importer made up (``<ID Keluarga>-01``)."""


def teks_identitas(nilai: object) -> tuple[str, str]:
    """Turn a cell value into identifier text and tell how it arrived (``BENTUK_*``).

    Text is cleaned with :func:`bersihkan`; a number is written out in full without a decimal
    part (``6172015508900001.0`` gives ``'6172015508900001'``) and marked ``angka``. Nothing is
    guessed: a number that lost its last digit keeps the digit Excel stored.
    """
    if nilai is None:
        return "", BENTUK_TEKS
    if isinstance(nilai, bool):
        return str(nilai), BENTUK_TEKS
    if isinstance(nilai, int):
        return str(nilai), BENTUK_ANGKA
    if isinstance(nilai, float):
        if nilai != nilai or nilai in (float("inf"), float("-inf")):
            return str(nilai), BENTUK_ANGKA
        if nilai.is_integer():
            return str(int(nilai)), BENTUK_ANGKA
        return repr(nilai), BENTUK_ANGKA
    teks = str(nilai)
    m = _RUMUS_TEKS.match(teks)
    if m:
        teks = m[1]
    if notasi_ilmiah(teks):
        return teks.strip().lstrip("'").strip(), BENTUK_ILMIAH
    m = _ANGKA_DESIMAL.match(teks)
    if m:  # a number a program wrote out as text ("6172015508900001.0"): it passed as a number
        return m[1], BENTUK_DESIMAL if m[1].startswith("0") else BENTUK_ANGKA
    return bersihkan(teks), BENTUK_TEKS


_ANGKA_DESIMAL = re.compile(r"^\s*(\d{6,})\.0+\s*$")


PENANDA_KOSONG = frozenset({"NULL", "NONE", "NIL", "KOSONG", "TIDAK ADA", "TIDAKADA",
                            "TIDAK PUNYA", "TIDAKPUNYA", "BELUM ADA", "BELUMADA", "N/A", "NA",
                            "#N/A", "-"})
"""What people write in a NIK or No KK cell for "none" (upper case, words one space apart);
also any run of dashes or of zeros (``--``, ``0``)."""


def _dalam_kata(teks: str) -> str:
    """``teks`` upper case with its words one space apart (``' Tidak  ada '`` gives
    ``'TIDAK ADA'``), to compare with :data:`PENANDA_KOSONG`."""
    return " ".join(teks.split()).upper()


def penanda_kosong(nilai: object) -> bool:
    """True for a NIK or No KK that a source file wrote as "none" (``-``, ``NULL``, ``0``,
    ``KOSONG``, ``TIDAK ADA``, ``N/A``). Only for values from a file: typed in the form, ``-`` is
    still not a NIK (:func:`urai_nik` refuses it)."""
    teks = bersihkan(nilai).upper()
    return bool(teks) and (teks in PENANDA_KOSONG or not teks.strip("-\u2010\u2013\u2014")
                           or not teks.strip("0"))


def _tanggal(dd: int, mm: int, yy: int, hari_ini: dt.date) -> dt.date | None:
    try:
        return dt.date(tahun_dua_digit(yy, hari_ini), mm, dd)
    except ValueError:
        return None


def _periksa_bentuk(teks: str, asli: object, nama: str) -> list[MasalahNomor]:
    if notasi_ilmiah(asli):
        return [MasalahNomor(ILMIAH, Pesan(
            "{nama} tertulis dalam notasi ilmiah ({nilai}); angka terakhirnya sudah hilang "
            "karena Excel", nama=nama, nilai=str(asli).strip()))]
    if not teks:
        return [MasalahNomor(KOSONG, Pesan("{nama} kosong", nama=nama))]
    if not teks.isascii() or not teks.isdigit():
        return [MasalahNomor(BUKAN_ANGKA, Pesan(
            "{nama} mengandung karakter selain angka: {teks!r}", nama=nama, teks=teks))]
    if len(teks) != 16:
        return [MasalahNomor(PANJANG, Pesan("{nama} harus 16 digit, tertulis {n} digit",
                                            nama=nama, n=len(teks)))]
    return []


def urai_nik(nilai: object, hari_ini: dt.date | None = None) -> InfoNomor:
    """Parse a NIK given as text (spaces, apostrophes and dots are ignored)."""
    hari_ini = hari_ini or dt.date.today()
    teks = bersihkan(nilai)
    masalah = _periksa_bentuk(teks, nilai, "NIK")
    if masalah:
        return InfoNomor(teks, tuple(masalah))
    prov = int(teks[:2])
    if not 11 <= prov <= 96:
        masalah.append(MasalahNomor(PROVINSI, Pesan("Kode provinsi NIK tidak dikenal: {kode}",
                                                    kode=teks[:2])))
    dd, mm, yy = int(teks[6:8]), int(teks[8:10]), int(teks[10:12])
    jenis_kelamin = None
    if 41 <= dd <= 71:
        jenis_kelamin, dd = "Perempuan", dd - 40
    elif 1 <= dd <= 31:
        jenis_kelamin = "Laki-laki"
    tanggal = _tanggal(dd, mm, yy, hari_ini) if jenis_kelamin else None
    if tanggal is None:
        masalah.append(MasalahNomor(
            TANGGAL,
            Pesan("Bagian tanggal lahir NIK tidak mungkin: {tanggal}",
                  tanggal=f"{teks[6:8]}-{teks[8:10]}-{teks[10:12]}")))
    if teks[12:] == "0000":
        masalah.append(MasalahNomor(URUT_NOL, Pesan("Nomor urut NIK tidak boleh 0000")))
    return InfoNomor(
        teks,
        tuple(masalah),
        kode_wilayah=teks[:6],
        tanggal=tanggal,
        jenis_kelamin=jenis_kelamin if tanggal else None,
        nomor_urut=teks[12:],
    )


def urai_no_kk(nilai: object, hari_ini: dt.date | None = None) -> InfoNomor:
    """Parse a Nomor Kartu Keluarga given as text."""
    hari_ini = hari_ini or dt.date.today()
    teks = bersihkan(nilai)
    masalah = _periksa_bentuk(teks, nilai, "No KK")
    if masalah:
        return InfoNomor(teks, tuple(masalah))
    if not 11 <= int(teks[:2]) <= 96:
        masalah.append(MasalahNomor(PROVINSI, Pesan("Kode provinsi No KK tidak dikenal: {kode}",
                                                    kode=teks[:2])))
    tanggal = _tanggal(int(teks[6:8]), int(teks[8:10]), int(teks[10:12]), hari_ini)
    if tanggal is None:
        masalah.append(MasalahNomor(
            TANGGAL, Pesan("Bagian tanggal No KK tidak mungkin: {tanggal}",
                           tanggal=f"{teks[6:8]}-{teks[8:10]}-{teks[10:12]}")))
    if teks[12:] == "0000":
        masalah.append(MasalahNomor(URUT_NOL, Pesan("Nomor urut No KK tidak boleh 0000")))
    return InfoNomor(teks, tuple(masalah), kode_wilayah=teks[:6], tanggal=tanggal,
                     nomor_urut=teks[12:])


def samarkan_nik(nik: str | None) -> str:
    """Mask a NIK or No KK value for who may not see it in full: first 6 and last 4 digits
    kept (``617201******0001``), every other digit a ``*``; a value of 10 digits or fewer is all
    ``*``. Whatever the value's shape: separators stay where they were written
    (``6172 01** **** 0001``), a letter among the digits stays, a number in scientific notation
    keeps only its first digit (``6.*****E+15``). Text without digits (``NULL``) is unchanged."""
    if not nik:
        return ""
    if nik.isdigit():  # the usual case, on every NIK cell of an export: kept quick
        return "*" * len(nik) if len(nik) <= 10 else nik[:6] + "*" * (len(nik) - 10) + nik[-4:]
    if notasi_ilmiah(nik):
        return _ILMIAH_DALAM_TEKS.sub(_samarkan_ilmiah, nik)
    return _samarkan_digit(nik)


def _samarkan_digit(teks: str) -> str:
    n = sum(c.isdigit() for c in teks)
    simpan = (lambda _i: False) if n <= 10 else (lambda i: i < 6 or i >= n - 4)
    hasil, i = [], 0
    for c in teks:
        if c.isdigit():
            c = c if simpan(i) else "*"
            i += 1
        hasil.append(c)
    return "".join(hasil)


_ILMIAH_DALAM_TEKS = re.compile(r"(?<![\w.,])(\d[.,])(\d+)(\s?[eE]\s?\+?\s?\d+)(?![\w.])")
_RUNTUT_ANGKA = re.compile(
    r"(?<![\w*])\d(?:(?:[ .,'\u2019\u2018`\u00a0\-]|[A-Za-z])?\d)*(?![\w*])")
"""Digits written as one number: a run of digits, or digits joined by single separators as
people write a NIK (``6172 0115 0880 0001``, ``6172.0115.0880.0001``, ``6172-0115-...``) or with
a single letter typed among them (``61720115O8800001``)."""
_DESIMAL_NOL = re.compile(r"\.0+$")
_CAP_WAKTU = re.compile(
    r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])[-_ T]?[0-2]\d[0-5]\d[0-5]\d"
    r"|\d{1,2}[-.]\d{1,2}[-.](?:19|20)\d\d[ T]\d{1,2}[.:]\d\d(?:[.:]\d\d)?"
    r"|(?:19|20)\d\d[-.]\d\d[-.]\d\d[ T]\d{1,2}[.:]\d\d(?:[.:]\d\d)?")
"""A time stamp (a backup's ``kalbar-20261124-192301.db``, ``24-11-2026 19.33.36``): not a
NIK."""
PANJANG_NOMOR = 14
"""A number of this many digits or more in a free text is taken for a NIK or No KK (16
digits, one or two lost or added); shorter ones (rows, RT/RW, years, counts, dates, region
codes, most IDs) stay."""


def _samarkan_ilmiah(m: re.Match[str]) -> str:
    return m[1] + "*" * len(m[2]) + m[3]


def samarkan_teks(teks: str | None, nomor: tuple[str | None, ...] = (),
                  kecuali: tuple[str | None, ...] = (), panjang: int = PANJANG_NOMOR,
                  telepon: bool = False, rekening: bool = False) -> str:
    """Mask the NIKs and No KKs inside a free text (a finding's message, an audit value, a
    tooltip) for who may not see them in full, as :func:`samarkan_nik` masks a value: every
    number of ``panjang`` digits or more in any of the shapes a NIK is written in (one run,
    groups joined by spaces, dots, apostrophes or hyphens, a letter among the digits), every
    number in scientific notation (``6.17201E+15``), and the values in ``nomor`` (a finding's
    own NIK or No KK, whatever its length) wherever they appear. Identifiers in ``kecuali`` (ID
    Keluarga, ID Individu) stay; so do shorter numbers. ``telepon``: a phone number (see
    :func:`nomor_telepon`) stays too. ``rekening``: a number that is no NIK but a bank
    account's (starting with ``0``, which no NIK or No KK does, and not a phone number; or
    written as BRI prints one) keeps only its last four digits."""
    if not teks:
        return teks or ""
    for v in nomor:
        if v and any(c.isdigit() for c in v):
            samar = samarkan_nik(v)
            teks = re.sub(rf"(?<![\w*]){re.escape(v)}(?![\w*])", lambda _m, s=samar: s, teks)
    if "e" in teks or "E" in teks:
        teks = _ILMIAH_DALAM_TEKS.sub(_samarkan_ilmiah, teks)
    tetap = {k for k in kecuali if k}

    def samarkan(runtut: str, sebelum: str) -> str:
        if (sum(c.isdigit() for c in runtut) < panjang or _DESIMAL_NOL.sub("", runtut) in tetap
                or _CAP_WAKTU.fullmatch(runtut) or _DAFTAR_TAHUN.fullmatch(runtut)
                or (telepon and nomor_telepon(runtut, sebelum))):
            return runtut
        if rekening and (runtut[0] == "0" or _BENTUK_BRI.fullmatch(runtut)):
            # too long for a phone number, yet not a NIK (a province code never starts with
            # 0), or written as BRI prints its accounts: a bank account or card number
            return _samarkan_kecuali_akhir(runtut)
        return _samarkan_digit(runtut)

    def ganti(m: re.Match[str]) -> str:
        runtut, sebelum = m[0], m.string[m.start() - 1:m.start()]
        if not _JUMLAH.search(runtut):
            return samarkan(runtut, sebelum)
        # an amount is a number of its own: what a space joins to it (a year, another amount,
        # a NIK) is judged apart from it
        hasil = []
        for i, bagian in enumerate(_JUMLAH.split(runtut)):
            if i % 2 or not bagian.strip():
                hasil.append(bagian)
            else:
                isi = bagian.strip(" \u00a0")
                awal = bagian[:len(bagian) - len(bagian.lstrip(" \u00a0"))]
                hasil.append(awal + samarkan(isi, sebelum if i == 0 else " ")
                             + bagian[len(awal) + len(isi):])
        return "".join(hasil)

    return _RUNTUT_ANGKA.sub(ganti, teks)


_DAFTAR_TAHUN = re.compile(r"(?:19|20)\d\d(?:[ .,\u00a0\-](?:19|20)\d\d)+")
"""Years one after the other (``2021 2022 2023 2024``): never a NIK or No KK written in groups
of four, whose third group is the month and year of birth or issue (``0880``: month 01-12)."""
_JUMLAH = re.compile(r"((?<![^ \u00a0])\d{1,3}(?:[.,]\d{3}){1,3}(?:,\d{1,2})?(?![^ \u00a0]))")
"""An amount with thousands separators, up to hundreds of billions (``1.500.000``,
``12.500.000,00``), between spaces. A NIK copied from a cell Excel showed with thousands
separators (``6.172.011.508.800.001``) has more groups: it stays one number."""


def nomor_telepon(runtut: str, sebelum: str = "") -> bool:
    """True for a number written as an Indonesian phone number: starting with ``0`` (``0812
    3456 7890``, ``0561-123456``) with at most 13 digits, or after a ``+`` (``+62 812...``) with
    at most 15. A NIK or No KK never starts with ``0`` (its first two digits are a province
    code, 11 to 96)."""
    n = sum(c.isdigit() for c in runtut)
    return (runtut[:1] == "0" and n <= 13) or (sebelum == "+" and n <= 15)


PANJANG_CATATAN = 13
"""In a note people type, a number of this many digits or more is taken for a NIK or No KK:
one typed with up to three digits missing (or added) is still one."""
KOLOM_CATATAN = frozenset({"catatan", "catatan_pengembalian", "alasan_lainnya", "pindah_ke"})
"""Fields that hold a note a person typed (where NIKs get written: "NIK baru 6172...")."""


def samarkan_catatan(teks: str | None, kecuali: tuple[str | None, ...] = ()) -> str:
    """A note a person typed (Catatan, the send-back note, the "Lainnya" reason, the reason of
    a change) as shown to who may not see full NIKs: like :func:`samarkan_teks`, but every
    number of 13 digits or more is masked (a NIK or No KK typed with a digit or three missing),
    while phone numbers (:func:`nomor_telepon`), dates, amounts, RT/RW and years stay, and so do
    the IDs in ``kecuali`` (the family's own ID Keluarga and ID Individu).

    The label before a number decides too. A number of 6 digits or more written after NIK, KK,
    No. KK, KTP, nomor induk ... (:data:`_LABEL_NOMOR`) is a NIK or No KK whatever its length
    (a damaged or partial one, ``NIK 6172011203``): only its first two digits, the province,
    stay. A number written after ID, ID Keluarga, ID Individu (``ID 6172000000123``, another
    family's ID for a duplicate) stays, unless it is a valid 16-digit NIK or No KK: an ID
    Keluarga is P3KE's record number, not a person's identity number.

    A bank account or card number is personal financial data (UU 27/2022 art. 4), not a NIK:
    written after rek, rekening, no. rek, norek, transfer, tf, a bank's name (BRI, BNI, BSI, BCA,
    BTN, Mandiri, Bank ...), KKS or ATM, or before a.n. / atas nama, or written the way BRI
    prints one (``0123-01-012345-50-1``), or 14 digits or more starting with ``0`` (a NIK or No
    KK starts with its province, a phone number has at most 13 digits), only its last four
    digits stay (``***********5501``), from 6 digits on. So do numbers of 13 to 15 digits
    without a NIK label: a NIK with digits missing cannot be told from a bank account typed bare
    (Mandiri 13 digits, BRI 15), and the NIK mask would show ten of its digits."""
    if not teks or not _DUA_ANGKA.search(teks):  # no number a label could name
        return samarkan_teks(teks, kecuali=kecuali, panjang=PANJANG_CATATAN, telepon=True,
                             rekening=True)
    kecil = teks.lower()  # the label patterns only where their words are (quick on a note)
    teks = _samarkan_rekening(teks, kecil, kecuali)
    if kecil.startswith("id") or any(k in kecil for k in _SEBELUM_ID):
        kecuali += tuple(m[1] for m in _DENGAN_ID.finditer(teks) if not _nik_sah(m[1]))
    teks = _samarkan_tanpa_label(teks, kecil, kecuali)
    teks = samarkan_teks(teks, kecuali=kecuali, panjang=PANJANG_CATATAN, telepon=True,
                         rekening=True)
    if not any(k in kecil for k in _KATA_LABEL) or not _LABEL_NOMOR.search(teks):
        return teks
    tetap = {k for k in kecuali if k}

    def ganti(m: re.Match[str]) -> str:
        runtut = m[2]
        if (sum(c.isdigit() for c in runtut) < 6 or runtut in tetap
                or _TANGGAL_ANGKA.fullmatch(runtut) or _DAFTAR_TAHUN.fullmatch(runtut)
                or _CAP_WAKTU.fullmatch(runtut)):
            return m[0]
        return m[1] + _samarkan_kecuali_provinsi(runtut)

    return _BERLABEL.sub(ganti, teks)


def _samarkan_rekening(teks: str, kecil: str, kecuali: tuple[str | None, ...]) -> str:
    """``teks`` with the bank account and card numbers written after a label masked (see
    :func:`samarkan_catatan`; those without a label are told apart by
    :func:`samarkan_teks`)."""
    tetap = {k for k in kecuali if k}

    def bukan_rekening(runtut: str) -> bool:
        return (sum(c.isdigit() for c in runtut) < 6 or runtut in tetap
                or bool(_TANGGAL_ANGKA.fullmatch(runtut) or _DAFTAR_TAHUN.fullmatch(runtut)
                        or _CAP_WAKTU.fullmatch(runtut) or _JUMLAH.search(runtut)))

    def berlabel(m: re.Match[str]) -> str:
        runtut = m[2]
        return m[0] if bukan_rekening(runtut) else m[1] + _samarkan_kecuali_akhir(runtut)

    if any(k in kecil for k in _KATA_REKENING):
        teks = _BERLABEL_REKENING.sub(berlabel, teks)
    if "a.n" in kecil or "a/n" in kecil or "atas nama" in kecil:
        def atas_nama(m: re.Match[str]) -> str:
            runtut = m[1]
            if bukan_rekening(runtut) or runtut.startswith("08") or m.string[
                    m.start() - 1:m.start()] == "+":  # a mobile number: whose it is
                return m[0]
            return _samarkan_kecuali_akhir(runtut)

        teks = _SEBELUM_ATAS_NAMA.sub(atas_nama, teks)
    return teks


PANJANG_NIK_PENUH = 16
"""Digits of a NIK or No KK."""


def _samarkan_tanpa_label(teks: str, kecil: str, kecuali: tuple[str | None, ...]) -> str:
    """``teks`` with the numbers of 13 to 15 digits written without a NIK label masked as a
    bank number (last four digits only): too long for a phone number, too short for a NIK, they
    are a bank account (Mandiri 13 digits, BRI 15) as often as a NIK with digits missing, and
    the NIK mask would show ten of their digits. After a NIK label such a number keeps the NIK
    mask (:func:`samarkan_teks`); the IDs in ``kecuali``, phone numbers, amounts, years and time
    stamps stay."""
    tetap = {k for k in kecuali if k}
    berlabel = ({m.start(2) for m in _BERLABEL.finditer(teks)}
                if any(k in kecil for k in _KATA_LABEL) else set())

    def ganti(m: re.Match[str]) -> str:
        runtut = m[0]
        n = sum(c.isdigit() for c in runtut)
        if (not PANJANG_CATATAN <= n < PANJANG_NIK_PENUH or m.start() in berlabel
                or _DESIMAL_NOL.sub("", runtut) in tetap or _JUMLAH.search(runtut)
                or _CAP_WAKTU.fullmatch(runtut) or _DAFTAR_TAHUN.fullmatch(runtut)
                or nomor_telepon(runtut, m.string[m.start() - 1:m.start()])):
            return runtut
        return _samarkan_kecuali_akhir(runtut)

    return _RUNTUT_ANGKA.sub(ganti, teks)


def _samarkan_kecuali_akhir(runtut: str) -> str:
    """Every digit a ``*`` but the last four (``***********5501``), as banks print an account
    number; the masked number keeps digits, so :func:`pulihkan_catatan` restores it."""
    n = sum(c.isdigit() for c in runtut)
    hasil, i = [], 0
    for c in runtut:
        if c.isdigit():
            c = c if i >= n - 4 else "*"
            i += 1
        hasil.append(c)
    return "".join(hasil)


_KATA_DI_ANTARA = (r"(?:baru|lama|asli|benar|salah|seharusnya|sebenarnya|sebelumnya|yang|adalah"
                   r"|di|ktp|kk|tertulis|terdaftar|kepala|keluarga|istri|suami|anak|ibu|ayah"
                   r"|perbaikan|pengganti|lengkap)")
_LABEL_NOMOR = re.compile(
    r"(?<!\w)(?:N\.?I\.?K|N\.?K\.?K|K\.?K|KTP|No(?:mor|\.)?\s*(?:KK|KTP|NIK|Kartu\s+Keluarga"
    r"|Induk(?:\s+Kependudukan)?)|Kartu\s+Keluarga|Nomor\s+Induk(?:\s+Kependudukan)?)"
    rf"(?:-?nya)?(?:\s+{_KATA_DI_ANTARA}){{0,3}}\s*[:=#.]?\s*(?=\d)", re.IGNORECASE)
"""A label that names the number after it as a NIK or No KK (``NIK``, ``NIK baru:``, ``KK:``,
``No. KK``, ``nik=``, ``NIK kepala keluarga``, ``nomor induk kependudukan``), up to three
words such as baru, lama, istri, di KTP between the label and the number."""
_DUA_ANGKA = re.compile(r"\d\d")
_KATA_LABEL = ("nik", "kk", "ktp", "induk", "kartu", "n.i.k", "n.k.k", "k.k")
"""What every :data:`_LABEL_NOMOR` holds, lower case."""
_SEBELUM_ID = tuple(f"{c}id" for c in " \t\n(,.:;/-\"'")
"""An ``ID`` label as it mostly stands in a note (one found otherwise is missed: the number
stays masked)."""
_RUNTUT_SETELAH_LABEL = r"(\d(?:(?:[ .,'\u2019\u2018`\u00a0\-]|[A-Za-z])?\d)*)(?![\w*])"
_BERLABEL = re.compile(f"({_LABEL_NOMOR.pattern}){_RUNTUT_SETELAH_LABEL}", re.IGNORECASE)
_NAMA_BANK = r"(?:BRI|BNI|BSI|BCA|BTN|Mandiri|Bank(?:\s+[A-Z][A-Za-z]+){0,2})"
_LABEL_REKENING = re.compile(
    r"(?<!\w)(?:(?:No(?:mor|\.)?\s*)?Rek(?:ening)?\.?|No\.?rek|A/C|KKS|ATM|Kartu\s+ATM"
    rf"|Transfer|Trf|TF|{_NAMA_BANK})(?:\s+(?:{_NAMA_BANK}|baru|lama|yang|benar|di|ke|no\.?"
    r"|nomor|rek(?:ening)?\.?|tabungan|Britama|Simpedes)){0,3}\s*[:=#.]?\s*(?=\d)",
    re.IGNORECASE)
"""A label that names the number after it as a bank account or card number (``rek``,
``No. Rek:``, ``rekening BRI``, ``BNI``, ``Bank Kalbar``, ``KKS``, ``ATM``, ``transfer ke``)."""
_SEBELUM_ATAS_NAMA = re.compile(
    r"(?<![\w*])(\d(?:(?:[ .\-]|[A-Za-z])?\d)*)(?=\s*,?\s*(?:a\.\s?n\.?|a/n|atas\s+nama)(?!\w))",
    re.IGNORECASE)
"""A number followed by "a.n." or "atas nama" (in whose name an account is: ``1234567890 a.n.
Siti``)."""
_BERLABEL_REKENING = re.compile(f"({_LABEL_REKENING.pattern}){_RUNTUT_SETELAH_LABEL}",
                                re.IGNORECASE)
_KATA_REKENING = ("rek", "bri", "bni", "bsi", "bca", "btn", "mandiri", "bank", "kks", "atm",
                  "a/c", "transfer", "trf", "tf")
"""What every :data:`_LABEL_REKENING` holds, lower case."""
_BENTUK_BRI = re.compile(r"\d{4}([-. ])\d{2}\1\d{6}\1\d{2}\1\d")
"""A BRI account number as BRI prints it (branch, product, number, check digit)."""
_DENGAN_ID = re.compile(
    r"(?<!\w)ID(?:\s+(?:Keluarga|Individu|Anggota|P3KE))*\s*[:=#.]?\s*(?<![\w*])"
    + _RUNTUT_SETELAH_LABEL, re.IGNORECASE)
"""A number written after ``ID``, ``ID Keluarga``, ``ID Individu`` (``duplikat dengan ID
6172000000123``)."""
_TANGGAL_ANGKA = re.compile(r"\d{1,2}[-.]\d{1,2}[-.](?:\d\d){1,2}")


def _nik_sah(teks: str) -> bool:
    """True for a valid 16-digit NIK or No KK (an ID label before one does not unmask it)."""
    return len(teks) == 16 and teks.isdigit() and (urai_nik(teks).sah or urai_no_kk(teks).sah)


def _samarkan_kecuali_provinsi(runtut: str) -> str:
    """Every digit a ``*`` but the first two (``61********``): a partial NIK shows nothing of
    the person, and the masked number keeps a digit, so :func:`pulihkan_catatan` restores it and
    :func:`nomor_tersamar` finds it."""
    hasil, i = [], 0
    for c in runtut:
        if c.isdigit():
            c = c if i < 2 else "*"
            i += 1
        hasil.append(c)
    return "".join(hasil)


_RUNTUT_SAMAR = re.compile(
    r"(?<![\d*])[\d*](?:(?:[ .,'\u2019\u2018`\u00a0\-]|[A-Za-z])?[\d*])*(?![\w*])")
"""A number as :data:`_RUNTUT_ANGKA` finds it, some of its digits masked (``617201******0001``),
also one written right after a label (``NIK61**********``)."""


def pulihkan_catatan(diubah: str, asli: str | None, kecuali: tuple[str | None, ...] = ()) -> str:
    """A note edited in its masked form (:func:`samarkan_catatan` of ``asli``) with every masked
    number the editor left as it was written back in full, so that editing a note around a NIK
    one may not see keeps the NIK. Masked numbers changed or removed stay as the editor left
    them; a masked number standing for two different ones is given them in their order."""
    if not asli:
        return diubah
    samar = samarkan_catatan(asli, kecuali)
    if diubah == samar or samar == asli:
        return asli if diubah == samar else diubah
    aslinya: dict[str, list[str]] = {}
    for m in _RUNTUT_SAMAR.finditer(samar):  # masking keeps every character's place
        if "*" in m[0]:
            aslinya.setdefault(m[0], []).append(asli[m.start():m.end()])
    dipakai: dict[str, int] = {}

    def kembalikan(m: re.Match[str]) -> str:
        calon = aslinya.get(m[0])
        if not calon:
            return m[0]
        i = dipakai.get(m[0], 0)
        dipakai[m[0]] = i + 1
        return calon[min(i, len(calon) - 1)]

    return _RUNTUT_SAMAR.sub(kembalikan, diubah)


def nomor_tersamar(teks: str | None) -> str | None:
    """The first masked number (``617201******0003``) left in a note after
    :func:`pulihkan_catatan`: one that stands for no number of the stored note (changed there
    since the note was shown masked), so storing the note would store the stars. ``None`` when
    there is none."""
    if not teks or "*" not in teks:
        return None
    for m in _RUNTUT_SAMAR.finditer(teks):
        if "*" in m[0] and any(c.isdigit() for c in m[0]) and (
                m[0].count("*") >= 3 or not _KATA.match(teks, max(m.start() - 1, 0), m.start())):
            return m[0]  # glued to a word (NIK61****), only with the stars a mask leaves
    return None


_KATA = re.compile(r"\w")


KOLOM_NOMOR = frozenset({"nik", "nik_kepala", "no_kk", "nik_perbaikan"})
"""Fields that hold a NIK or No KK (the ``kolom`` of a data-quality finding)."""
KOLOM_ID = frozenset({"id_keluarga", "id_individu"})
"""Fields that hold an ID: shown in full to everyone."""


def samarkan_nilai(kolom: str | None, nilai: str | None,
                   kecuali: tuple[str | None, ...] = ()) -> str:
    """A stored or audited value of field ``kolom`` as shown to who may not see full NIKs: a
    NIK or No KK field's value masked whole (:func:`samarkan_nik`, whatever its length), an
    ID's (:data:`KOLOM_ID`, the duplicate's ID Keluarga) in full unless it is a valid NIK, a
    note's (:data:`KOLOM_CATATAN`) like :func:`samarkan_catatan`, any other value's NIK-like
    numbers masked (:func:`samarkan_teks`). IDs in ``kecuali`` stay."""
    if not nilai:
        return nilai or ""
    if kolom in KOLOM_NOMOR:
        return samarkan_nik(nilai)
    if kolom in KOLOM_ID or kolom == "id_keluarga_ganda":
        return samarkan_nik(nilai) if _nik_sah(nilai) else nilai
    if kolom in KOLOM_CATATAN:
        return samarkan_catatan(nilai, kecuali)
    return samarkan_teks(nilai, kecuali=kecuali)


def samarkan_pesan(pesan: str | None, kolom: str | None = None, nilai: str | None = None,
                   id_keluarga: str | None = None, id_individu: str | None = None) -> str:
    """A data-quality finding's message (stored, or translated for the window) as shown to who
    may not see full NIKs (:func:`samarkan_teks`): the finding's own NIK or No KK masked
    whatever its length, every NIK-like number masked, the finding's IDs kept."""
    return samarkan_teks(pesan, nomor=(nilai,) if kolom in KOLOM_NOMOR else (),
                         kecuali=(id_keluarga, id_individu, nilai if kolom in KOLOM_ID else None))


def samarkan_temuan(kolom: str | None, nilai: str | None, pesan: str | None,
                    id_keluarga: str | None = None, id_individu: str | None = None
                    ) -> tuple[str | None, str]:
    """A data-quality finding's value and message as shown to who may not see full NIKs: a
    NIK or No KK value masked like :func:`samarkan_nik`, the message like
    :func:`samarkan_pesan`. IDs (ID Keluarga, ID Individu) stay."""
    pesan = samarkan_pesan(pesan, kolom, nilai, id_keluarga, id_individu)
    if nilai and kolom in KOLOM_NOMOR:
        nilai = samarkan_nik(nilai)
    return nilai, pesan
