"""Turning the cells of one P3KE row into the values we store, fast.

A district file has some 400,000 rows of 27 columns: ten million cells. A general function
called per cell costs more than reading the file, so for each sheet we generate (once) a
function specialised to that sheet's columns, the way :func:`collections.namedtuple` builds its
class: straight-line code per column, cached code-list and date lookups, and a fast path for
identifiers that are already clean text. The rules themselves stay in the domain
(:mod:`kalbar_desktop.domain.codes`, :mod:`~kalbar_desktop.domain.nik`,
:mod:`~kalbar_desktop.domain.tanggal`): the fast path only skips work whose result is known.

What the row function returns per cell:

* identifiers (``Jenis.ID``) as text, spaces/apostrophes/dots stripped; for NIK also how it
  arrived (``teks``, ``angka`` for a number cell, ``ilmiah`` for ``6.17201E+15``), for ID
  Keluarga / ID Individu only when it was not text (:data:`BENTUK_HANYA_RUSAK`);
* codes matched through the code list to their canonical label, or kept as written;
* dates as ISO text when readable, otherwise kept as written;
* numbers (``Jenis.ANGKA``: Persentil, Usia 2023, Dimutakhirkan Tahun) as a number cell gives
  them (``12.5``, ``2023``), also from text with a decimal comma (``12,5``); a value that is no
  number is kept as written and marks the row for the rules;
* other text stripped, whole numbers without ``.0``.

The source JSON (``sumber_json``) keeps what the stored columns do not: every column the
P3KE layouts do not know, and the value as written wherever the stored value differs from it
(an alias matched, a date parsed, an identifier cleaned). A clean row needs none.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable, Sequence

from kalbar_desktop.domain import codes, nik
from kalbar_desktop.domain.angka import teks_angka, urai_angka
from kalbar_desktop.domain.kolom import Jenis, Kolom
from kalbar_desktop.domain.tanggal import BuktiUrutan, urai_tanggal

BENTUK_HANYA_RUSAK = frozenset({"id_keluarga_bentuk", "id_individu_bentuk"})
"""Output columns that say how an ID arrived only when it was not text (``None`` for text)."""


def teks(nilai: object) -> str | None:
    """A cell as text: strings stripped, whole numbers without ``.0``, dates in ISO form,
    empty as ``None``."""
    if nilai is None:
        return None
    if isinstance(nilai, float):
        if nilai.is_integer():
            return str(int(nilai))
        return repr(nilai)
    if hasattr(nilai, "isoformat") and not isinstance(nilai, str):
        t = nilai.isoformat()  # type: ignore[union-attr]
        return t[:10] if t.endswith("T00:00:00") else t
    t = str(nilai).strip()
    return t or None


def _kode_lambat(k: Kolom) -> Callable[[object], tuple[str | None, bool, bool]]:
    """``(stored value, keep the original in the source JSON?, value in the list or empty?)``"""
    daftar = codes.daftar(k.kode) if k.kode else None

    def ubah(nilai: object) -> tuple[str | None, bool, bool]:
        t = teks(nilai)
        hasil = t
        sah = True
        if t is not None and daftar is not None:
            cocok = daftar.cocokkan(t)
            if cocok is None and k.field == "hubungan" and "/" in t:
                # BNBA print files write "Istri/Suami"-style values; the first part counts.
                cocok = daftar.cocokkan(t.split("/")[0])
            hasil = cocok if cocok is not None else t
            sah = cocok is not None
        return hasil, _beda(nilai, hasil), sah

    return ubah


_AWAL = dt.date(1900, 1, 1)
_HARI_INI: list = [None, 0.0]


def _hari_ini() -> dt.date:
    """Today, looked up at most once a minute (it is asked for every distinct date)."""
    if _HARI_INI[0] is None or time.monotonic() - _HARI_INI[1] > 60:
        _HARI_INI[0], _HARI_INI[1] = dt.date.today(), time.monotonic()
    return _HARI_INI[0]


def _tanggal_lambat(nilai: object) -> tuple[str | None, bool, bool]:
    """``(ISO date or the text as written, keep the original?, a possible date or empty?)``"""
    if nilai is None or nilai == "":
        return None, False, True
    tgl = urai_tanggal(nilai)
    hasil = tgl.isoformat() if tgl else teks(nilai)
    sah = tgl is not None and _AWAL <= tgl <= _hari_ini()
    return hasil, _beda(nilai, hasil), sah


def _tanggal_lambat_dicatat(bukti: BuktiUrutan) -> Callable[[object],
                                                               tuple[str | None, bool, bool]]:
    """:func:`_tanggal_lambat` that also notes each value's order in ``bukti`` (it runs once
    per distinct value of the column: the caches hold the rest)."""
    catat = bukti.catat

    def ubah(nilai: object) -> tuple[str | None, bool, bool]:
        if nilai.__class__ is str:
            catat(nilai)
        return _tanggal_lambat(nilai)

    return ubah


def _angka_lambat(nilai: object) -> tuple[str | None, bool, bool]:
    """``(the number as a number cell gives it, or the text as written; keep the original?;
    a number or empty?)``"""
    if nilai is None or nilai == "":
        return None, False, True
    angka = urai_angka(nilai)
    hasil = teks_angka(angka) if angka is not None else teks(nilai)
    return hasil, _beda(nilai, hasil), angka is not None


def nik_bersih(nilai: str | None, bentuk: str | None, tanggal_lahir: str | None,
               jenis_kelamin: str | None) -> bool:
    """True when no NIK rule can fire for this person: clean text, 16 digits, a possible
    province and serial, and a date part that agrees with Tanggal Lahir (an ISO date already
    known to be possible) and Jenis Kelamin (women: day + 40). The same test as the SQL filter
    of :mod:`kalbar_desktop.storage.temuan`; anything else goes to the rules."""
    if (bentuk != nik.BENTUK_TEKS or nilai is None or len(nilai) != 16 or not nilai.isascii()
            or not nilai.isdigit() or not 11 <= int(nilai[:2]) <= 96 or nilai[12:] == "0000"
            or tanggal_lahir is None or len(tanggal_lahir) != 10):
        return False
    if jenis_kelamin == "Laki-laki":
        hari = int(nilai[6:8])
    elif jenis_kelamin == "Perempuan":
        hari = int(nilai[6:8]) - 40
    else:
        return False
    return (hari == int(tanggal_lahir[8:10]) and nilai[8:10] == tanggal_lahir[5:7]
            and nilai[10:12] == tanggal_lahir[2:4])


def no_kk_bersih(nilai: str | None) -> bool:
    """True for an empty No KK or one no No KK rule fires on."""
    return nilai is None or not nik.urai_no_kk(nilai).masalah


def _beda(nilai: object, disimpan: str | None) -> bool:
    """Whether the source JSON should keep ``nilai`` next to the stored value: only when the
    text differs, not for a number or a date cell that says the same thing."""
    if nilai is None or nilai == "":
        return False
    if isinstance(nilai, str):
        return nilai.strip() != disimpan
    return teks(nilai) != disimpan


_TAK_ADA = object()
"""Marks a value not (yet) in a column's cache of plain values."""


def _id_lambat(nilai: object) -> tuple[str | None, str]:
    if nilai is None or nilai == "":
        return None, nik.BENTUK_TEKS
    t, bentuk = nik.teks_identitas(nilai)
    return (t or None), bentuk


class PengubahBaris:
    """The row function of one sheet.

    ``kolom_keluaran`` names the output columns in order; a name is either a field of
    ``definisi`` (filled from the sheet's column that maps to it, ``None`` when the sheet has
    none), ``<field>_bentuk`` for how an identifier arrived, ``sumber_json`` or one of
    ``konstanta``. ``baris_sumber`` is the row number given to the call; ``periksa`` is 1 when the
    data-quality rules must look at the row (a code outside its list, an impossible date, a NIK
    or No KK that is not plainly right), else 0.
    """

    def __init__(self, header: Sequence[str], field: Sequence[str | None],
                 definisi: dict[str, Kolom], kolom_keluaran: Sequence[str],
                 konstanta: dict[str, object], huruf: Callable[[int], str]):
        self.lebar = len(header)
        kunci = [h or f"kolom_{huruf(i)}" for i, h in enumerate(header)]
        self.kunci_sumber = kunci
        """The key of each column's value in the source JSON."""
        self.bukti_tanggal: dict[str, tuple[int, BuktiUrutan]] = {}
        """Per date field: its column and what its slash dates say about their order
        (:class:`~kalbar_desktop.domain.tanggal.BuktiUrutan`, filled while rows convert)."""
        self._huruf = huruf
        indeks = {f: i for i, f in enumerate(field) if f}
        ruang: dict[str, object] = {
            "_id": _id_lambat, "_tgl": _tanggal_lambat, "_teks": teks, "_kunci": kunci,
            "_json": json.dumps, "_lebar": self.lebar, "_tambahan": self._tambahan,
            "_nik_bersih": nik_bersih, "_kk_bersih": no_kk_bersih, "_M": _TAK_ADA,
        }
        baris = ["def ubah(sel, nomor):", "    beda = None", "    periksa = 0"]
        hasil: list[str] = []
        rusak_id: list[str] = []
        for j, nama in enumerate(kolom_keluaran):
            if nama in konstanta:
                ruang[f"_k{j}"] = konstanta[nama]
                hasil.append(f"_k{j}")
            elif nama == "baris_sumber":
                hasil.append("nomor")
            elif nama == "sumber_json":
                hasil.append("beda")  # replaced below
            elif nama == "periksa":
                hasil.append("periksa")
            elif nama in BENTUK_HANYA_RUSAK and nama[:-7] in indeks:
                # text is the rule here: stored as NULL, flagged for the rules otherwise
                b = f"b{kolom_keluaran.index(nama[:-7])}"
                hasil.append(f"(None if {b} == 'teks' else {b})")
                rusak_id.append(b)
            elif nama.endswith("_bentuk") and nama[:-7] in indeks:
                hasil.append(f"b{kolom_keluaran.index(nama[:-7])}")
            elif nama in indeks and nama in definisi:
                if definisi[nama].jenis == Jenis.TANGGAL:
                    self.bukti_tanggal[nama] = (indeks[nama], BuktiUrutan())
                    ruang[f"_l{j}"] = _tanggal_lambat_dicatat(self.bukti_tanggal[nama][1])
                baris += self._kode_kolom(j, indeks[nama], definisi[nama], ruang)
                hasil.append(f"x{j}")
            else:
                hasil.append("None")
        # Columns the layouts do not know: kept as written.
        for i, f in enumerate(field):
            if f is None:
                baris += [f"    v = sel[{i}]",
                          "    if v != '' and v is not None:",
                          "        if beda is None: beda = {}",
                          f"        beda[_kunci[{i}]] = v"]
        # The row needs the data-quality rules unless every check they would make is known
        # to pass (see storage.temuan: the rules then run only on such rows' families).
        x = {nama: f"x{j}" for j, nama in enumerate(kolom_keluaran)
             if nama in indeks and nama in definisi}
        if "nik" in definisi and "periksa" in kolom_keluaran:
            nik_x = x.get("nik", "None")
            bentuk = f"b{kolom_keluaran.index('nik')}" if "nik" in x else "None"
            baris.append(f"    if not periksa and not _nik_bersih({nik_x}, {bentuk}, "
                         f"{x.get('tanggal_lahir', 'None')}, {x.get('jenis_kelamin', 'None')}):")
            baris.append("        periksa = 1")
        if "periksa" in kolom_keluaran:
            for b in rusak_id:  # an ID that arrived as a number: ID_RUSAK_EXCEL
                baris.append(f"    if {b} != 'teks': periksa = 1")
        if "no_kk" in x:
            baris.append(f"    if not periksa and {x['no_kk']} is not None "
                         f"and not _kk_bersih({x['no_kk']}):")
            baris.append("        periksa = 1")
        baris += ["    if len(sel) > _lebar:", "        beda = _tambahan(sel, beda)"]
        baris.append("    if beda is not None:")
        baris.append("        beda = _json(beda, ensure_ascii=False, default=str)")
        baris.append(f"    return [{', '.join(hasil)}]")
        exec("\n".join(baris), ruang)  # code built above from our own column tables only
        self._ubah = ruang["ubah"]
        self._ruang = ruang
        self._keluaran = {nama: j for j, nama in enumerate(kolom_keluaran)}

    @staticmethod
    def _kode_kolom(j: int, i: int, k: Kolom, ruang: dict) -> list[str]:
        """Straight-line code converting cell ``i`` into ``x{j}`` (and ``b{j}`` for an ID)."""
        v = f"    v = sel[{i}]"
        catat = ["        if beda is None: beda = {}", f"        beda[_kunci[{i}]] = v"]
        if k.jenis == Jenis.ID:
            return [v,
                    "    if v.__class__ is str and v.isascii() and v.isalnum():",
                    f"        x{j} = v; b{j} = 'teks'",
                    "    else:",
                    f"        x{j}, b{j} = _id(v)",
                    f"        if v.__class__ is str and x{j} != v.strip() and x{j} is not None:",
                    *["    " + c for c in catat]]
        if k.jenis in (Jenis.KODE, Jenis.TANGGAL, Jenis.ANGKA):
            # _b{j}: texts seen before that are in the list (a possible date, a number) and
            # stored as written (nothing for the source JSON): most cells of a district file, one
            # lookup each. Any other value goes the full way, its verdict cached in _c{j}
            # (not for a bool: True would find the verdict on 1).
            ruang[f"_b{j}"] = {}
            ruang[f"_c{j}"] = {}
            ruang.setdefault(f"_l{j}", {
                Jenis.KODE: _kode_lambat(k) if k.jenis == Jenis.KODE else None,
                Jenis.TANGGAL: _tanggal_lambat, Jenis.ANGKA: _angka_lambat}[k.jenis])
            blok = [f"    x{j} = _b{j}.get(v, _M)",
                    f"    if x{j} is _M:",
                    f"        r = None if v.__class__ is bool else _c{j}.get(v)",
                    "        if r is None:",
                    f"            r = _l{j}(v)",
                    "            if v.__class__ is not bool:",
                    f"                _c{j}[v] = r",
                    f"                if v.__class__ is str and r[2] and not r[1] "
                    f"and len(_b{j}) < 10000:",
                    f"                    _b{j}[v] = r[0]",
                    f"        x{j} = r[0]",
                    "        if not r[2]: periksa = 1",
                    "        if r[1]:",
                    *["    " + c for c in catat]]
            if k.jenis != Jenis.ANGKA:
                return [v, *blok]
            # a number cell (most of them) is a number: its text, cached in _a{j}; NaN and
            # infinity (v - v is not 0) are no number: the rules look
            ruang[f"_a{j}"] = {}
            return [v,
                    "    if v.__class__ is float:",
                    f"        x{j} = _a{j}.get(v)",
                    f"        if x{j} is None:",
                    f"            x{j} = _teks(v)",
                    "            if v - v == 0:",
                    f"                if len(_a{j}) < 10000: _a{j}[v] = x{j}",
                    "            else: periksa = 1",
                    "    else:",
                    *["    " + c for c in blok]]
        ruang[f"_c{j}"] = {}
        return [v,
                "    if v.__class__ is str:",
                f"        x{j} = v.strip() or None",
                "    else:",
                f"        x{j} = _c{j}.get(v)",
                f"        if x{j} is None:",
                f"            x{j} = _teks(v)",
                f"            if v.__class__ is float and len(_c{j}) < 10000: _c{j}[v] = x{j}"]

    def nilai_angka(self, field: str) -> set[str]:
        """The distinct values, as stored, that the number column ``field`` held in the rows
        converted so far (``{'2022', '2023'}`` for Dimuktakhirkan Tahun), read from the caches
        the conversion keeps anyway: no work per row. A column with more distinct values than
        the caches hold (10,000) gives only some of them; one the sheet lacks gives none."""
        j = self._keluaran.get(field)
        if j is None or f"_a{j}" not in self._ruang:
            return set()
        r = self._ruang
        return ({x for x in r[f"_a{j}"].values() if x is not None}
                | {x for x in r[f"_b{j}"].values() if x is not None}
                | {v[0] for v in r[f"_c{j}"].values() if v[0] is not None})

    def _tambahan(self, sel: list, beda: dict | None) -> dict | None:
        """Cells to the right of the header's last column (no header): kept by letter."""
        for i in range(self.lebar, len(sel)):
            v = sel[i]
            if v != "" and v is not None:
                if beda is None:
                    beda = {}
                beda[f"kolom_{self._huruf(i)}"] = v
        return beda

    def fungsi_baris_penuh(self) -> Callable[[list, int], list]:
        """The bare row function, for rows of at least :attr:`lebar` cells (as calamine gives
        them): the same result as calling this object, without the length check."""
        return self._ubah

    def __call__(self, sel: list, nomor: int) -> list:
        """The output values of one row (a list in ``kolom_keluaran`` order)."""
        if len(sel) < self.lebar:
            sel = list(sel) + [""] * (self.lebar - len(sel))
        return self._ubah(sel, nomor)
