"""The workbook for the province: Rekap, Data Keluarga, Data Anggota and Keterangan.

Pure code: :class:`OpsiEkspor` in, one ``.xlsx`` file out, progress through a callback, cancel
honoured. Rows come from :mod:`kalbar_desktop.storage.ekspor` (the only SQL) and are written with
xlsxwriter in ``constant_memory`` mode (rows streamed to disk; 28 MB instead of 250 MB for 100k
rows, tech-notes 3e). The workbook is written to a temporary file beside the target and moved
into place with :func:`os.replace` only when it is complete (and encrypted, when asked): a
failure, a cancel or a killed process never leaves a half file under the final name.

Excel safety: every text goes through ``write_string`` (never ``write``, which would turn
``=...`` into a formula); identifiers are text cells with the ``@`` format; texts starting with
``= + - @`` also carry Excel's quote prefix so that editing the cell keeps it text; dates are
real date cells; control characters are removed.

The SHA-256 in the Keterangan sheet covers the values of the data sheets as described in
:data:`CARA_SHA256`; :func:`sha256_workbook` recomputes it from a workbook read back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

import msoffcrypto
import xlsxwriter

from kalbar_desktop import APP_NAME, __version__
from kalbar_desktop.domain import codes, nik, status
from kalbar_desktop.domain.akses import (
    IZIN,
    LABEL_PERAN,
    Aksi,
    Pengguna,
    Peran,
    boleh,
    lingkup_ekspor,
    wilayah_sendiri,
)
from kalbar_desktop.domain.kolom import KOLOM_INDIVIDU, KOLOM_KELUARGA, Jenis
from kalbar_desktop.domain.pesan import Pesan
from kalbar_desktop.domain.status import (
    AlasanTidakLayak,
    JenisPindah,
    Kelayakan,
    Persetujuan,
    StatusAnggota,
    StatusVerifikasi,
)
from kalbar_desktop.domain.temuan import PENJELASAN
from kalbar_desktop.domain.wilayah import LABEL_TINGKAT, Tingkat, tingkat
from kalbar_desktop.exchange import sisa_sementara
from kalbar_desktop.exchange import tujuan as xtujuan
from kalbar_desktop.exchange.reader import sha256_berkas
from kalbar_desktop.storage import audit, galat
from kalbar_desktop.storage import ekspor as sekspor
from kalbar_desktop.storage.db import BasisData, transaksi

Kemajuan = Callable[[str, float], None]
"""Progress callback: a short Indonesian description and the fraction done (0..1)."""

LEMBAR_REKAP = "Rekap"
LEMBAR_KELUARGA = "Data Keluarga"
LEMBAR_ANGGOTA = "Data Anggota"
LEMBAR_KETERANGAN = "Keterangan"
BUTIR_WAKTU_EKSPOR = "Waktu ekspor"
BUTIR_NOMOR_AUDIT = "Nomor jejak audit terakhir"
BUTIR_PENANDA_DIKENAL = "Penanda jejak yang dikenal"
"""Keterangan row: the audit markers whose state the exporting database held (its chain's
samples, its earlier exports, the workbooks it re-imported): a re-import elsewhere tells from
them which of its own changes this workbook already knew (storage.audit.penanda_dikenal)."""
BUTIR_PENANDA_USULAN = "Penanda usulan baru"
"""Keterangan row of a workbook with names: the markers of the audit rows that made its
proposed new families (storage.ekspor.usulan_dibuat, newest first). A database that reads the
workbook back and has one of them holds the same usulan (a copy of it went its own way after
it was made); an usulan of its own whose marker is missing is another family with the same
``UB-`` ID. The chain's samples in BUTIR_PENANDA_DIKENAL cannot tell that near the copy."""
MAKS_PENANDA_USULAN = 1_000
"""At most this many usulan markers are written (about 21 characters each, within one cell)."""
PENANDA_USULAN_SEBAGIAN = "Sebagian"
"""Start of the third cell of that row when only the newest markers were written."""
PANJANG_SIDIK_AUDIT = 12
"""Hex characters of that row's hash written beside it: enough to tell databases apart, and
too short to look like a NIK (a recap-only workbook holds no 16-digit run)."""
"""Keterangan rows a re-import reads: changes recorded after this audit row were made after
the export and are not overwritten by the workbook."""

BUTIR_NAMA_WILAYAH = "Nama wilayah di Data Keluarga"
ASAL_NAMA_WILAYAH = (
    "Kolom Provinsi, Kabupaten/Kota, Kecamatan dan Desa/Kelurahan berisi nama yang tertulis di "
    "berkas P3KE. Bila berkas tidak memuatnya (berkas P3KE 2023 hanya memuat Kode Kemdagri), "
    "kolom itu diisi nama wilayah yang dikenal basis data ini menurut Kode Kemdagri: dari "
    "referensi wilayah Kemendagri yang dimuat, atau nama yang dibawa berkas P3KE lain. Kolom "
    "itu tidak diterapkan ke basis data saat impor ulang.")
"""Keterangan row of a workbook with names: where Data Keluarga's region names come from."""

BATAS_TEKS = 32_767
"""Excel's limit on the characters of one cell."""
SETIAP_BARIS = 2_000
"""How often (in rows) progress is reported and the cancel flag read."""


class KesalahanEkspor(Exception):
    """An export that cannot go ahead or failed. The message is Indonesian."""


class Dibatalkan(Exception):
    """The user cancelled; no file was written under the final name."""


@dataclass(frozen=True)
class OpsiEkspor:
    """What to export, and where."""

    tujuan: Path
    kode_wilayah: str | None = None
    """A kabupaten/kota (4 digits), kecamatan (6) or desa/kelurahan (10); ``None``: all the
    user sees (the whole database, or all the regions of a region-limited account:
    :func:`kalbar_desktop.domain.akses.lingkup_ekspor`)."""
    hanya_disetujui: bool = False
    dengan_nama: bool = False
    """Add the by-name sheets (Data Keluarga, Data Anggota). Default: recap only, for sharing."""
    nik_penuh: bool = False
    """Full NIK and No KK in the by-name sheets; otherwise masked (first 6 and last 4 digits)."""
    alasan: str | None = None
    """Why names are exported (required with ``dengan_nama``; written to the audit log)."""
    kata_sandi: str | None = None
    """Encrypt the finished workbook with this password (ECMA-376 agile encryption)."""
    kantor: str | None = None
    """Office named in the Keterangan sheet (default: "Dinas Sosial" and the kabupaten/kota)."""


@dataclass
class HasilEkspor:
    """What was written."""

    berkas: Path
    jumlah_baris: dict[str, int]
    sha256_data: str
    sha256_berkas: str
    terenkripsi: bool
    keluarga: int = 0
    anggota: int = 0
    penanda: str | None = None
    """The audit marker written in Keterangan (``"<number>:<hash prefix>"``)."""

    def pesan(self) -> str:
        """One Indonesian sentence for the user."""
        isi = ", ".join(f"{nama} {n:,} baris".replace(",", ".")
                        for nama, n in self.jumlah_baris.items())
        sandi = " (terenkripsi dengan kata sandi)" if self.terenkripsi else ""
        return f"Workbook ditulis ke {self.berkas}{sandi}: {isi}."


# ---------------------------------------------------------------------------------------------
# Column definitions of the data sheets.
# ---------------------------------------------------------------------------------------------
class Sel(StrEnum):
    """How a column's values become cells."""

    TEKS = "teks"
    ID = "id"  # identifier: text cell, '@' format
    NIK = "nik"  # identifier that is masked unless the full NIK is asked for
    TANGGAL = "tanggal"  # ISO text -> date cell (text when it is not a date)
    ANGKA = "angka"  # digits kept as text in the database -> number cell
    BILANGAN = "bilangan"  # an integer from the query
    LABEL = "label"  # a stored code -> its Indonesian label
    KOREKSI = "koreksi"  # ';'-separated field names -> their P3KE headers
    CATATAN = "catatan"  # a note a person typed: NIK-like numbers in it masked with the NIKs


@dataclass(frozen=True)
class KolomLembar:
    field: str
    header: str
    sel: Sel
    lebar: float
    jenis_label: type[StrEnum] | None = None


def _sel_sumber(k) -> Sel:
    if k.field in ("nik", "nik_kepala", "no_kk"):
        return Sel.NIK
    if k.jenis == Jenis.ID:
        return Sel.ID
    if k.jenis == Jenis.TANGGAL:
        return Sel.TANGGAL
    if k.jenis == Jenis.ANGKA or k.field == "desil":
        return Sel.ANGKA
    return Sel.TEKS


_LEBAR = {Sel.TEKS: 18, Sel.ID: 20, Sel.NIK: 19, Sel.TANGGAL: 12, Sel.ANGKA: 10,
          Sel.BILANGAN: 10, Sel.LABEL: 20, Sel.KOREKSI: 24, Sel.CATATAN: 30}
_LEBAR_KHUSUS = {"nama_kepala": 28, "nama": 28, "alamat": 40, "catatan": 40,
                 "catatan_pengembalian": 32, "catatan_anggota": 30, "temuan": 30,
                 "memiliki_simpanan": 14, "kode_kemdagri": 13, "id_individu": 20,
                 "alasan_lainnya": 24}

_JENIS_LABEL: dict[str, type[StrEnum]] = {
    "status_verifikasi": StatusVerifikasi, "kelayakan": Kelayakan,
    "alasan": AlasanTidakLayak, "persetujuan": Persetujuan, "status_anggota": StatusAnggota,
}


def _kolom(field_: str, header: str, sel: Sel) -> KolomLembar:
    return KolomLembar(field_, header, sel, _LEBAR_KHUSUS.get(field_, _LEBAR[sel]),
                       _JENIS_LABEL.get(field_))


def _kolom_verifikasi(f: str) -> KolomLembar:
    if f in _JENIS_LABEL:
        return _kolom(f, status.LABEL_FIELD[f], Sel.LABEL)
    if f in status.FIELD_TANGGAL:
        return _kolom(f, status.LABEL_FIELD[f], Sel.TANGGAL)
    if f in ("pindah_ke", "id_keluarga_ganda"):
        return _kolom(f, status.LABEL_FIELD[f], Sel.ID)
    if f in nik.KOLOM_CATATAN:
        return _kolom(f, status.LABEL_FIELD[f], Sel.CATATAN)
    return _kolom(f, status.LABEL_FIELD[f], Sel.TEKS)


def kolom_data_keluarga() -> list[KolomLembar]:
    """Columns of the Data Keluarga sheet: P3KE headers, then the verification columns."""
    hasil = []
    for f in sekspor.KOLOM_DATA_KELUARGA:
        if f in KOLOM_KELUARGA:
            k = KOLOM_KELUARGA[f]
            hasil.append(_kolom(f, k.header, _sel_sumber(k)))
        elif f == "koreksi":
            hasil.append(_kolom(f, "Kolom dikoreksi", Sel.KOREKSI))
        elif f == "temuan":
            hasil.append(_kolom(f, "Kode temuan", Sel.TEKS))
        elif f == "jumlah_anggota":
            hasil.append(_kolom(f, "Jumlah anggota", Sel.BILANGAN))
        elif f == "pindah_ke_kode":
            hasil.append(_kolom(f, status.LABEL_FIELD[f], Sel.ID))
        elif f == "jenis_pindah":
            hasil.append(_kolom(f, "Jenis pindah", Sel.TEKS))
        else:
            hasil.append(_kolom_verifikasi(f))
    return hasil


def kolom_data_anggota() -> list[KolomLembar]:
    """Columns of the Data Anggota sheet: the member's status and corrected NIK beside the
    original, then the P3KE person columns."""
    khusus = {
        "id_keluarga": ("ID Keluarga P3KE", Sel.ID), "kode_kemdagri": ("Kode Kemdagri", Sel.ID),
        "nik_perbaikan": ("NIK perbaikan", Sel.NIK),
        "status_anggota": ("Status anggota", Sel.LABEL),
        "catatan_anggota": ("Catatan anggota", Sel.CATATAN),
    }
    hasil = []
    for f in sekspor.KOLOM_DATA_ANGGOTA:
        if f in khusus:
            hasil.append(_kolom(f, *khusus[f]))
        else:
            k = KOLOM_INDIVIDU[f]
            hasil.append(_kolom(f, k.header, _sel_sumber(k)))
    return hasil


VALIDASI_KELUARGA = ("status_verifikasi", "kelayakan", "alasan")
"""Data Keluarga columns that carry a drop-down list (what may come back in a re-import)."""

# ---------------------------------------------------------------------------------------------
# The recap.
# ---------------------------------------------------------------------------------------------
_DESIL = ("1", "2", "3", "4")


@dataclass(frozen=True)
class KategoriRekap:
    nama: str
    cocok: Callable[[sekspor.KelompokRekap], bool]


def _kategori() -> list[KategoriRekap]:
    k: list[KategoriRekap] = [KategoriRekap(f"Desil {d}", lambda g, d=d: g.desil == d)
                              for d in _DESIL]
    k.append(KategoriRekap("Desil lain/kosong", lambda g: g.desil not in _DESIL))
    for s in StatusVerifikasi:
        k.append(KategoriRekap(f"Status {status.LABEL[s]}",
                               lambda g, s=s: g.status_verifikasi == s))
    for s in Kelayakan:
        k.append(KategoriRekap(f"Kelayakan {status.LABEL[s]}", lambda g, s=s: g.kelayakan == s))
    k.append(KategoriRekap("Kelayakan belum ditentukan",
                           lambda g: g.kelayakan not in set(Kelayakan)))
    for s in Persetujuan:
        k.append(KategoriRekap(f"Persetujuan {status.LABEL[s]}",
                               lambda g, s=s: g.persetujuan == s))
    k.append(KategoriRekap("Usulan Baru", lambda g: g.usulan_baru))
    return k


KATEGORI_REKAP = _kategori()
KEPALA_REKAP: tuple[str, ...] = (
    "Tingkat", "Kode Kecamatan", "Kecamatan", "Kode Desa/Kelurahan", "Desa/Kelurahan",
    "Jumlah KK", "Jumlah Jiwa",
    *(f"{satuan} {k.nama}" for k in KATEGORI_REKAP for satuan in ("KK", "Jiwa")),
    "KK dengan temuan", "% Terverifikasi", "% Disetujui",
    *(f"{satuan} {status.LABEL[j]}" for j in JenisPindah for satuan in ("KK", "Jiwa")),
)
"""Rekap header. KK = families, Jiwa = people (rows of Data Anggota). The kinds of move
(within / out of the kabupaten, which split "Status Pindah") came later and stand last, so the
columns before them keep their places."""


@dataclass
class _Jumlah:
    angka: list[int] = field(default_factory=lambda: [0] * (3 + 2 * len(KATEGORI_REKAP)))
    pindah: list[int] = field(default_factory=lambda: [0] * (2 * len(JenisPindah)))

    def tambah(self, g: sekspor.KelompokRekap) -> None:
        a = self.angka
        a[0] += g.keluarga
        a[1] += g.jiwa
        for i, k in enumerate(KATEGORI_REKAP):
            if k.cocok(g):
                a[2 + 2 * i] += g.keluarga
                a[3 + 2 * i] += g.jiwa
        if g.ada_temuan:
            a[-1] += g.keluarga
        for i, j in enumerate(JenisPindah):
            if g.jenis_pindah == j:
                self.pindah[2 * i] += g.keluarga
                self.pindah[2 * i + 1] += g.jiwa

    def gabung(self, lain: _Jumlah) -> None:
        for i, n in enumerate(lain.angka):
            self.angka[i] += n
        for i, n in enumerate(lain.pindah):
            self.pindah[i] += n

    def nilai(self, terverifikasi: int, disetujui: int) -> list:
        kk = self.angka[0]
        return [*self.angka, round(terverifikasi / kk, 4) if kk else 0,
                round(disetujui / kk, 4) if kk else 0, *self.pindah]


TINGKAT_KECAMATAN_SEBAGIAN = "Kecamatan (sebagian)"
"""Rekap's Tingkat of a kecamatan subtotal counting only some of its desa (the workbook holds
a desa of it, not the whole kecamatan): a filter on 'Kecamatan' does not take it for the
kecamatan's figure."""
TOTAL_SELURUHNYA = "JUMLAH SELURUHNYA"
"""Rekap's label of the grand total (column E of the row whose Tingkat is 'Total'), in every
workbook: the province's tools look for this text."""
TOTAL_SEBAGIAN = "Hanya desa dalam workbook ini"
"""Written beside :data:`TOTAL_SELURUHNYA` (the total row's Nama Kecamatan cell, read before the
label) when a kecamatan is held only partly: the total is not that kecamatan's figure."""


def kecamatan_utuh(kode_kecamatan: str, wilayah: Sequence[str]) -> bool:
    """True when a workbook of the regions ``wilayah`` (empty: the whole database) holds every
    desa of the kecamatan ``kode_kecamatan``, False when only some (a desa of it)."""
    return not wilayah or any(kode_kecamatan.startswith(w) for w in wilayah)


def baris_rekap(kelompok: Iterable[sekspor.KelompokRekap], nama: dict[str, str],
                wilayah: Sequence[str] = ()) -> list[tuple[str, list]]:
    """Rows of the Rekap sheet: ``(tingkat, values)`` per desa, a subtotal per kecamatan, and a
    grand total. ``tingkat`` is ``desa``, ``kecamatan`` or ``total``. A kecamatan the workbook
    (of the regions ``wilayah``, empty: the whole database) holds only partly gets a subtotal
    labelled as the sum of its desa in the workbook, and the total says so beside its label,
    which stays :data:`TOTAL_SELURUHNYA` (tools look for it): the province must not read the
    count of one desa as the kecamatan's."""
    per_desa: dict[str, _Jumlah] = defaultdict(_Jumlah)
    verif: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for g in kelompok:
        kode = g.kode_desa or ""
        per_desa[kode].tambah(g)
        if g.status_verifikasi != StatusVerifikasi.BELUM:
            verif[kode][0] += g.keluarga
        if g.persetujuan == Persetujuan.DISETUJUI:
            verif[kode][1] += g.keluarga
    per_kec: dict[str, list[str]] = defaultdict(list)
    for kode in per_desa:
        per_kec[kode[:6]].append(kode)
    hasil: list[tuple[str, list]] = []
    total, total_v = _Jumlah(), [0, 0]
    semua_utuh = True
    for kec in sorted(per_kec):
        jumlah_kec, kec_v = _Jumlah(), [0, 0]
        nama_kec = nama.get(kec, "") if kec else "(tanpa kode wilayah)"
        for desa in sorted(per_kec[kec]):
            j = per_desa[desa]
            hasil.append(("desa", [LABEL_TINGKAT[Tingkat.DESA_KELURAHAN], kec, nama_kec, desa,
                                   nama.get(desa, ""), *j.nilai(*verif[desa])]))
            jumlah_kec.gabung(j)
            kec_v = [kec_v[0] + verif[desa][0], kec_v[1] + verif[desa][1]]
        if kecamatan_utuh(kec, wilayah):
            label = [LABEL_TINGKAT[Tingkat.KECAMATAN], f"Jumlah {nama_kec or kec}"]
        else:
            semua_utuh = False
            label = [TINGKAT_KECAMATAN_SEBAGIAN,
                     f"Jumlah {nama_kec or kec}: hanya desa dalam workbook ini, bukan seluruh "
                     "kecamatan"]
        hasil.append(("kecamatan", [label[0], kec, nama_kec, "", label[1],
                                    *jumlah_kec.nilai(*kec_v)]))
        total.gabung(jumlah_kec)
        total_v = [total_v[0] + kec_v[0], total_v[1] + kec_v[1]]
    hasil.append(("total", ["Total", "", "" if semua_utuh else TOTAL_SEBAGIAN, "",
                            TOTAL_SELURUHNYA, *total.nilai(*total_v)]))
    return hasil


# ---------------------------------------------------------------------------------------------
# The SHA-256 over the data sheets.
# ---------------------------------------------------------------------------------------------
CARA_SHA256 = (
    "SHA-256 dihitung atas nilai lembar data (Rekap, lalu Data Keluarga dan Data Anggota bila "
    "ada; lembar Keterangan tidak ikut) dengan cara berikut.",
    "1. Untuk setiap lembar, sesuai urutan: tulis nama lembar sebagai string JSON, lalu "
    "karakter LF (\\n).",
    "2. Lalu untuk setiap baris lembar itu, mulai dari baris judul kolom: tulis larik JSON "
    "berisi teks setiap sel, sebanyak jumlah kolom di baris judul, lalu LF.",
    "3. Teks sel: sel kosong = \"\"; teks apa adanya; angka dengan format '.10g' "
    "(contoh: 12, 0.4567); tanggal sebagai YYYY-MM-DD.",
    "4. JSON ditulis seperti json.dumps(larik, ensure_ascii=False, separators=(',', ':')) di "
    "Python: tanpa spasi, huruf non-ASCII apa adanya. Seluruh teks dikodekan UTF-8.",
    "Program pemeriksa (Python + openpyxl) ada di docs/ekspor.md; aplikasi: "
    "kalbar-desktop export-check BERKAS.xlsx",
)
"""How the data SHA-256 is computed (written into the Keterangan sheet)."""


def teks_sel(nilai: object) -> str:
    """A cell value as it enters the SHA-256 (see :data:`CARA_SHA256`), whatever the reader
    returned: ``None``/``''`` -> ``''``, numbers ``'.10g'``, dates ``YYYY-MM-DD``."""
    if nilai is None:
        return ""
    if isinstance(nilai, bool):
        return "TRUE" if nilai else "FALSE"
    if isinstance(nilai, int | float):
        return format(nilai, ".10g")
    if isinstance(nilai, dt.datetime):
        return nilai.date().isoformat()
    if isinstance(nilai, dt.date):
        return nilai.isoformat()
    return str(nilai)


def _json_baris(teks: Sequence[str]) -> bytes:
    return (json.dumps(teks, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def _json_nama(nama: str) -> bytes:
    return (json.dumps(nama, ensure_ascii=False) + "\n").encode("utf-8")


def sha256_baris(lembar: Iterable[tuple[str, Iterable[Sequence[object]]]]) -> str:
    """The data SHA-256 of sheets given as ``(name, rows)`` with cell values as any reader
    returns them (rows are cut or padded to the width of their first row, the header)."""
    h = hashlib.sha256()
    for nama, baris in lembar:
        h.update(_json_nama(nama))
        lebar = None
        for b in baris:
            teks = [teks_sel(v) for v in b]
            if lebar is None:
                while teks and teks[-1] == "":
                    teks.pop()
                lebar = len(teks)
            teks = (teks + [""] * lebar)[:lebar]
            h.update(_json_baris(teks))
    return h.hexdigest()


def _buka_untuk_sha(path: Path, kata_sandi: str | None):
    """The workbook opened read-only with openpyxl (decrypted in memory when encrypted)."""
    import io

    import openpyxl

    data = path.read_bytes()
    if msoffcrypto.olefile.isOleFile(io.BytesIO(data)):
        if not kata_sandi:
            raise KesalahanEkspor(Pesan("Berkas {berkas} terenkripsi; kata sandi diperlukan.",
                                        berkas=path.name))
        berkas = msoffcrypto.OfficeFile(io.BytesIO(data))
        try:
            berkas.load_key(password=kata_sandi)
            keluar = io.BytesIO()
            berkas.decrypt(keluar)
        except Exception as e:
            raise KesalahanEkspor(Pesan("Kata sandi salah untuk berkas {berkas}.",
                                        berkas=path.name)) from e
        data = keluar.getvalue()
    try:
        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as e:
        raise KesalahanEkspor(Pesan(
            "Berkas {berkas} bukan workbook .xlsx yang bisa dibaca (kosong, rusak, terpotong "
            "atau format lain). Periksa bahwa ini workbook provinsi dari Kalbar Desktop.",
            berkas=path.name)) from e


def sha256_workbook(path: str | Path, kata_sandi: str | None = None) -> tuple[str, str | None]:
    """Recompute the data SHA-256 of an exported workbook read back with openpyxl.

    Returns ``(computed, recorded in Keterangan or None)``; they are equal for an unchanged
    workbook. The data sheets are read row by row (a district's workbook holds millions of
    cells; they were all held in memory at once).
    """
    path = Path(path)
    wb = _buka_untuk_sha(path, kata_sandi)
    try:
        tercatat = None
        if LEMBAR_KETERANGAN in wb.sheetnames:
            for baris in wb[LEMBAR_KETERANGAN].iter_rows(values_only=True):
                if baris and baris[0] == "SHA-256 data" and len(baris) > 1:
                    tercatat = str(baris[1])
        urutan = [n for n in (LEMBAR_REKAP, LEMBAR_KELUARGA, LEMBAR_ANGGOTA)
                  if n in wb.sheetnames]
        dihitung = sha256_baris((n, wb[n].iter_rows(values_only=True)) for n in urutan)
    finally:
        wb.close()
    return dihitung, tercatat


# ---------------------------------------------------------------------------------------------
# Writing.
# ---------------------------------------------------------------------------------------------
_KONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_AWAL_RUMUS = ("=", "+", "-", "@")


def bersihkan_teks(teks: str) -> str:
    """Text as the workbook holds it: control characters removed, at most 32,767 characters."""
    teks = _KONTROL.sub("", teks)
    return teks[:BATAS_TEKS]


class _Penulis:
    """One workbook being written: the formats and the sheet writing loop."""

    def __init__(self, path: Path, tmpdir: str):
        self.wb = xlsxwriter.Workbook(str(path), {
            "constant_memory": True, "tmpdir": tmpdir, "strings_to_numbers": False,
            "strings_to_formulas": False, "strings_to_urls": False})
        tambah = self.wb.add_format
        self.f_kepala = tambah({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E78",
                                "text_wrap": True, "valign": "top", "border": 1})
        self.f_teks_id = tambah({"num_format": "@"})
        self.f_tanggal = tambah({"num_format": "dd/mm/yyyy"})
        self.f_waktu = tambah({"num_format": "dd/mm/yyyy hh:mm", "align": "left"})
        self.f_kutip = tambah({"quote_prefix": True})
        self.f_persen = tambah({"num_format": "0.0%"})
        self.f_tebal = tambah({"bold": True, "bg_color": "#DDEBF7"})
        self.f_tebal_persen = tambah({"bold": True, "bg_color": "#DDEBF7", "num_format": "0.0%"})
        self.f_total = tambah({"bold": True, "bg_color": "#BDD7EE", "top": 1})
        # Code columns of the subtotal and total rows: their style, and text like every code.
        self.f_tebal_id = tambah({"bold": True, "bg_color": "#DDEBF7", "num_format": "@"})
        self.f_total_id = tambah({"bold": True, "bg_color": "#BDD7EE", "top": 1,
                                  "num_format": "@"})
        self.f_total_persen = tambah({"bold": True, "bg_color": "#BDD7EE", "top": 1,
                                      "num_format": "0.0%"})
        self.f_judul = tambah({"bold": True, "font_size": 13})
        self.f_sub = tambah({"bold": True})
        self.f_bungkus = tambah({"text_wrap": True, "valign": "top"})
        self.f_bungkus_id = tambah({"text_wrap": True, "valign": "top", "num_format": "@"})

    def lembar(self, nama: str):
        ws = self.wb.add_worksheet(nama)
        ws.ignore_errors({"number_stored_as_text": "A1:XFD1048576"})
        return ws

    def data(self, ws, kolom: Sequence[KolomLembar], baris: Iterable[Sequence],
             sha: hashlib._Hash, nik_penuh: bool, maju: Callable[[int], None]) -> int:
        """Write the rows of a data sheet under its header; returns the number of rows."""
        for c, k in enumerate(kolom):
            ws.set_column(c, c, k.lebar, self.f_teks_id if k.sel in (Sel.ID, Sel.NIK) else None)
        ws.set_row(0, 45)
        for c, k in enumerate(kolom):
            ws.write_string(0, c, k.header, self.f_kepala)
        ws.freeze_panes(1, 0)
        sha.update(_json_baris([k.header for k in kolom]))

        tulis_teks, tulis_angka, tulis_tanggal = (ws.write_string, ws.write_number,
                                                  ws.write_datetime)
        f_id, f_tgl, f_kutip = self.f_teks_id, self.f_tanggal, self.f_kutip
        sel = [k.sel for k in kolom]
        label = [({j.value: status.LABEL[j] for j in k.jenis_label} if k.jenis_label else None)
                 for k in kolom]
        header_field = {**{f: k.header for f, k in KOLOM_KELUARGA.items()}}
        n = len(kolom)
        dari_iso = dt.date.fromisoformat
        samarkan = nik.samarkan_nik
        samarkan_catatan = nik.samarkan_catatan
        # a note keeps the row's own IDs readable (the same IDs the re-import passes back)
        milik = [i for i, k in enumerate(kolom) if k.field in ("id_keluarga", "id_individu")]
        TEKS, ID, NIK, TANGGAL, ANGKA, BILANGAN, LABEL, KOREKSI, CATATAN = (
            Sel.TEKS, Sel.ID, Sel.NIK, Sel.TANGGAL, Sel.ANGKA, Sel.BILANGAN, Sel.LABEL,
            Sel.KOREKSI, Sel.CATATAN)
        r = 0
        for r, b in enumerate(baris, start=1):
            teks = [""] * n
            for c in range(n):
                v = b[c]
                if v is None or v == "":
                    continue
                s = sel[c]
                if s is TEKS or s is CATATAN:
                    if not isinstance(v, str):
                        v = str(v)
                    if s is CATATAN and not nik_penuh:
                        v = samarkan_catatan(v, tuple(b[i] for i in milik))
                    if not v.isprintable():
                        v = bersihkan_teks(v)
                        if not v:
                            continue
                    if v[0] in _AWAL_RUMUS:
                        tulis_teks(r, c, v, f_kutip)
                    else:
                        tulis_teks(r, c, v)
                    teks[c] = v
                elif s is ID or s is NIK:
                    v = str(v)
                    if s is NIK and not nik_penuh:
                        v = samarkan(v)
                    if not v.isprintable():
                        v = bersihkan_teks(v)
                        if not v:
                            continue
                    tulis_teks(r, c, v, f_id)
                    teks[c] = v
                elif s is LABEL:
                    v = label[c].get(v, v)
                    tulis_teks(r, c, v)
                    teks[c] = v
                elif s is TANGGAL:
                    try:
                        d = dari_iso(v)
                    except (ValueError, TypeError):
                        d = None
                    if d is not None and d.year >= 1900:
                        tulis_tanggal(r, c, d, f_tgl)
                        teks[c] = d.isoformat()
                    else:
                        v = bersihkan_teks(str(v))
                        tulis_teks(r, c, v, f_kutip if v[:1] in _AWAL_RUMUS else None)
                        teks[c] = v
                elif s is ANGKA:
                    if isinstance(v, str) and v.isascii() and v.isdigit() and len(v) < 10:
                        v = int(v)
                        tulis_angka(r, c, v)
                        teks[c] = str(v)
                    else:
                        v = bersihkan_teks(str(v))
                        tulis_teks(r, c, v, f_kutip if v[:1] in _AWAL_RUMUS else None)
                        teks[c] = v
                elif s is BILANGAN:
                    tulis_angka(r, c, v)
                    teks[c] = format(v, ".10g")
                elif s is KOREKSI:
                    v = "; ".join(header_field.get(f, f) for f in v.split(";"))
                    tulis_teks(r, c, v)
                    teks[c] = v
            sha.update(_json_baris(teks))
            if r % SETIAP_BARIS == 0:
                maju(r)
        maju(r)
        if r:
            ws.autofilter(0, 0, r, n - 1)
        else:
            ws.autofilter(0, 0, 0, n - 1)
        return r

    def validasi(self, ws, c: int, baris_akhir: int, jenis: type[StrEnum], judul: str) -> None:
        ws.data_validation(1, c, max(baris_akhir, 1) + 1000, c, {
            "validate": "list", "source": [status.LABEL[j] for j in jenis],
            "ignore_blank": True, "error_type": "stop", "error_title": judul,
            "error_message": "Pilih nilai dari daftar pilihan (lihat lembar Keterangan)."})

    def tutup(self) -> None:
        self.wb.close()

    def buang(self) -> None:
        """Give up: close the workbook's open files (:func:`tujuan.buang_workbook`)."""
        xtujuan.buang_workbook(self.wb)


def cakupan(opsi: OpsiEkspor, pengguna: Pengguna | None) -> tuple[str, ...]:
    """The region codes the workbook covers (empty: the whole database), by the one rule
    :func:`kalbar_desktop.domain.akses.lingkup_ekspor`. A region the user may not export stays
    as asked: :func:`periksa_opsi` refuses it before anything is written."""
    wilayah = lingkup_ekspor(pengguna, opsi.kode_wilayah)
    if wilayah is None:
        return (opsi.kode_wilayah,) if opsi.kode_wilayah else ()
    return wilayah


def periksa_opsi(db: BasisData, opsi: OpsiEkspor, pengguna: Pengguna | None) -> list[str]:
    """Problems that stop the export (Indonesian :class:`Pesan`, shown in the interface
    language by the window); an empty list means it may go ahead."""
    masalah: list[str] = []
    kode = opsi.kode_wilayah
    if kode and tingkat(kode) not in (Tingkat.KECAMATAN, Tingkat.DESA_KELURAHAN,
                                      Tingkat.KABUPATEN_KOTA):
        masalah.append(Pesan("Kode wilayah {kode} tidak sah: pakai kode kecamatan (6 digit) "
                             "atau desa/kelurahan (10 digit).", kode=kode))
    if pengguna is None:
        masalah.append(Pesan("Pengguna tidak diketahui; ekspor harus atas nama seseorang."))
        return masalah
    aksi = Aksi.EKSPOR_NAMA if opsi.dengan_nama else Aksi.EKSPOR_REKAP
    if not boleh(pengguna, aksi):
        # The role lacks the action everywhere: saying 'outside the region' would mislead.
        peran_boleh = [LABEL_PERAN[p].lower() for p in Peran if aksi in IZIN[p]]
        bisa = (Pesan("{awal} atau {akhir}", awal=", ".join(peran_boleh[:-1]),
                      akhir=peran_boleh[-1]) if len(peran_boleh) > 1 else peran_boleh[0])
        masalah.append(
            Pesan("{nama} ({peran}) tidak berwenang mengekspor daftar nama: hanya peran {bisa} "
                  "yang boleh.", nama=pengguna.nama, peran=pengguna.peran, bisa=bisa)
            if opsi.dengan_nama else
            Pesan("{nama} ({peran}) tidak berwenang mengekspor rekap: hanya peran {bisa} yang "
                  "boleh.", nama=pengguna.nama, peran=pengguna.peran, bisa=bisa))
    elif kode and lingkup_ekspor(pengguna, kode) is None:
        tempat = Pesan("wilayah {kode}", kode=kode)
        masalah.append(Pesan.gabung(" ", [
            Pesan("{nama} ({peran}) tidak berwenang mengekspor daftar nama untuk {tempat}.",
                  nama=pengguna.nama, peran=pengguna.peran, tempat=tempat)
            if opsi.dengan_nama else
            Pesan("{nama} ({peran}) tidak berwenang mengekspor rekap untuk {tempat}.",
                  nama=pengguna.nama, peran=pengguna.peran, tempat=tempat),
            Pesan("Wilayah kerjanya {wilayah}: pilih wilayah yang seluruhnya ada di dalamnya, "
                  "atau seluruh wilayah kerjanya.",
                  wilayah=", ".join(wilayah_sendiri(pengguna)))]))
    if opsi.dengan_nama and not (opsi.alasan and len(opsi.alasan.strip()) >= 5):
        masalah.append(Pesan("Alasan ekspor daftar nama wajib diisi (minimal 5 huruf); "
                             "alasan dicatat di jejak audit."))
    if opsi.nik_penuh and not opsi.dengan_nama:
        masalah.append(Pesan("NIK lengkap hanya ada pada ekspor dengan daftar nama."))
    if opsi.nik_penuh and not boleh(pengguna, Aksi.LIHAT_NIK_PENUH, kode):
        masalah.append(Pesan("{nama} ({peran}) tidak berwenang melihat NIK lengkap.",
                             nama=pengguna.nama, peran=pengguna.peran))
    if opsi.kata_sandi is not None and len(opsi.kata_sandi) < 6:
        masalah.append(Pesan("Kata sandi berkas minimal 6 karakter."))
    tujuan = Path(opsi.tujuan)
    if tujuan.suffix.lower() != ".xlsx":
        masalah.append(Pesan("Nama berkas tujuan harus berakhiran .xlsx: {nama}",
                             nama=tujuan.name))
    if not tujuan.parent.is_dir():
        masalah.append(xtujuan.folder_tujuan_tidak_ada(tujuan))
    elif tujuan.is_dir():
        masalah.append(Pesan("{tujuan} adalah folder, bukan berkas.", tujuan=str(tujuan)))
    elif db.path is not None and tujuan.exists() and Path(db.path).exists() \
            and os.path.samefile(tujuan, db.path):
        masalah.append(Pesan("Berkas tujuan {nama} adalah basis data itu sendiri; pilih nama "
                             "lain.", nama=tujuan.name))
    elif alasan := xtujuan.alasan_tidak_bisa_ditulis(tujuan):  # a read-only file
        masalah.append(alasan)
    return masalah


class _NamaWilayah:
    """Region names looked up once per export."""

    def __init__(self, db: BasisData):
        self.db = db
        self.simpan: dict[str, str | None] = {}

    def __call__(self, kode: str) -> str | None:
        if kode not in self.simpan:
            self.simpan[kode] = sekspor.nama_wilayah(self.db, kode)
        return self.simpan[kode]


AWAL_WILAYAH_KERJA = "Seluruh wilayah kerja pengguna: "
"""How Keterangan's Wilayah starts for a workbook of all the regions of an account that has
more than one."""


def _uraian_wilayah(nama: Callable[[str], str | None], wilayah: Sequence[str],
                    kecamatan: Sequence[str]) -> str:
    if not wilayah:
        kab = sorted({k[:4] for k in kecamatan})
        daftar = ", ".join(f"{nama(k) or 'Kabupaten/Kota'} ({k})" for k in kab)
        return f"Seluruh basis data: {daftar}" if daftar else "Seluruh basis data"
    if len(wilayah) > 1:
        return AWAL_WILAYAH_KERJA + ", ".join(_satu_wilayah(nama, k) for k in wilayah)
    return _satu_wilayah(nama, wilayah[0])


def _satu_wilayah(nama: Callable[[str], str | None], kode: str) -> str:
    t = tingkat(kode)
    nama_wilayah = nama(kode) or ""
    if t == Tingkat.KABUPATEN_KOTA and nama_wilayah.split(" ", 1)[0] in ("Kabupaten", "Kota"):
        return f"{nama_wilayah} ({kode})"  # the name says which: not 'Kabupaten/Kota Kota ...'
    label = LABEL_TINGKAT[t] if t else "Wilayah"
    return f"{label} {nama_wilayah} ({kode})".replace("  ", " ")


def _kantor(nama: Callable[[str], str | None], opsi: OpsiEkspor,
            kecamatan: Sequence[str]) -> str:
    if opsi.kantor:
        return opsi.kantor
    kab = sorted({k[:4] for k in kecamatan})
    if len(kab) == 1:
        return f"Dinas Sosial {nama(kab[0]) or kab[0]}"
    return "Dinas Sosial"


def _hapus_sisa(tujuan: Path, kecuali: Path) -> None:
    """Remove temporary files a killed export to the same target left behind."""
    for sisa in tujuan.parent.glob(f".{tujuan.name}.*.sementara"):
        if sisa != kecuali:
            with contextlib.suppress(OSError):
                sisa.unlink()


def _enkripsi(polos: Path, hasil: Path, kata_sandi: str) -> None:
    from msoffcrypto.format.ooxml import OOXMLFile

    with polos.open("rb") as f, hasil.open("wb") as g:
        OOXMLFile(f).encrypt(kata_sandi, g)
        g.flush()
        os.fsync(g.fileno())


def _fsync(path: Path) -> None:
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def ekspor(db: BasisData, opsi: OpsiEkspor, pengguna: Pengguna | None,
           kemajuan: Kemajuan | None = None,
           dibatalkan: Callable[[], bool] | None = None) -> HasilEkspor:
    """Write the provincial workbook described by ``opsi``.

    Raises :class:`KesalahanEkspor` (nothing written) or :class:`Dibatalkan`. Every export is
    recorded in the audit log (``EKSPOR_NAMA`` with the stated reason for by-name exports).
    """
    lapor = kemajuan or (lambda _p, _f: None)
    batal = dibatalkan or (lambda: False)
    tujuan = Path(opsi.tujuan).absolute()
    sementara = tujuan.parent / f".{tujuan.name}.{uuid.uuid4().hex[:8]}.sementara"
    terenkripsi = tujuan.parent / f".{tujuan.name}.{uuid.uuid4().hex[:8]}.enkripsi.sementara"
    tmpdir = None
    try:
        tmpdir = sisa_sementara.buat("kalbar-ekspor-")
        # One read transaction: the recap and the detail sheets see the same snapshot even
        # when someone saves a family while the export runs.
        with transaksi(db):
            isi = _tulis_workbook(db, opsi, pengguna, lapor, batal, sementara, tmpdir)
        assert pengguna is not None
        if batal():
            raise Dibatalkan(Pesan("Ekspor dibatalkan."))
        if opsi.kata_sandi:
            lapor(Pesan("Mengenkripsi workbook"), 0.995)
            _enkripsi(sementara, terenkripsi, opsi.kata_sandi)
            sementara.unlink()
            os.replace(terenkripsi, sementara)
        else:
            _fsync(sementara)
        hasil = HasilEkspor(tujuan, isi.jumlah_baris, isi.sha_data, sha256_berkas(sementara),
                            bool(opsi.kata_sandi), isi.keluarga, isi.anggota, isi.penanda)
        # The audit entry comes before the file appears under its name: a workbook with names
        # is never on disk without its record.
        _catat_audit(db, opsi, pengguna, hasil)
        try:
            os.replace(sementara, tujuan)
        except OSError as e:
            _catat_audit(db, opsi, pengguna, hasil, gagal=str(e))
            if not tujuan.parent.is_dir():  # the stick was pulled at the last moment
                raise KesalahanEkspor(xtujuan.folder_tujuan_hilang(tujuan)) from e
            raise KesalahanEkspor(Pesan(
                "Berkas {berkas} tidak bisa ditimpa dan tetap seperti semula. {sebab}",
                berkas=tujuan.name, sebab=galat.pesan_os(e, tujuan))) from e
        lapor(Pesan("Selesai"), 1.0)
        return hasil
    except (KesalahanEkspor, Dibatalkan):
        raise
    except Exception as e:
        # A full disk (here or in the temporary folder), a folder that refuses writing, a
        # USB stick pulled while writing: say so; the old file was never touched.
        teks = xtujuan.pesan_gagal_tulis(e, tujuan, tmpdir, db.path)
        if teks is None:
            raise
        raise KesalahanEkspor(teks) from e
    finally:
        if tmpdir is not None:
            shutil.rmtree(tmpdir, ignore_errors=True)
        for sisa in (sementara, terenkripsi):
            with contextlib.suppress(OSError):
                sisa.unlink()


@dataclass
class _Isi:
    jumlah_baris: dict[str, int]
    sha_data: str
    keluarga: int
    anggota: int
    penanda: str | None = None


def _tulis_workbook(db: BasisData, opsi: OpsiEkspor, pengguna: Pengguna | None, lapor: Kemajuan,
                    batal: Callable[[], bool], sementara: Path, tmpdir: str) -> _Isi:
    """Check the options, then write the whole workbook to ``sementara`` (closed)."""
    wilayah = cakupan(opsi, pengguna)
    lingkup = sekspor.Lingkup(wilayah, opsi.hanya_disetujui)
    # Taken before the snapshot's first read: a family saved at or after this second may be
    # missing from the workbook, so a re-import treats it as changed since the export
    # (impor_koreksi), never the other way round.
    waktu = dt.datetime.now().astimezone().replace(microsecond=0)
    lapor(Pesan("Menghitung rekap"), 0.0)
    kelompok = sekspor.rekap(db, lingkup)
    # The last audit row of the same snapshot: every later change has a higher number, so a
    # re-import of this workbook knows exactly what was done after it (impor_koreksi).
    nomor_audit, hash_audit = audit.penanda(db)
    dikenal = audit.penanda_dikenal(db)
    usulan = sekspor.usulan_dibuat(db, lingkup, nomor_audit) if opsi.dengan_nama else None
    kecamatan = sorted({(g.kode_desa or "")[:6] for g in kelompok} - {""})
    masalah = periksa_opsi(db, opsi, pengguna)
    if masalah:
        raise KesalahanEkspor(Pesan.gabung("\n", masalah))
    assert pengguna is not None
    n_keluarga = sum(g.keluarga for g in kelompok)
    n_anggota = sum(g.jiwa for g in kelompok)
    if n_keluarga == 0:
        tempat = _uraian_wilayah(_NamaWilayah(db), wilayah, kecamatan)
        if tempat.startswith("Seluruh basis data: "):  # mid-sentence, and translated
            tempat = Pesan("seluruh basis data: {daftar}",
                           daftar=tempat.removeprefix("Seluruh basis data: "))
        elif tempat.startswith(AWAL_WILAYAH_KERJA):
            tempat = Pesan("seluruh wilayah kerja Anda: {daftar}",
                           daftar=tempat.removeprefix(AWAL_WILAYAH_KERJA))
        elif tempat == "Seluruh basis data":
            tempat = Pesan("seluruh basis data")
        raise KesalahanEkspor(
            Pesan("Tidak ada keluarga yang sudah disetujui dalam {tempat}; tidak ada yang "
                  "diekspor.", tempat=tempat) if opsi.hanya_disetujui else
            Pesan("Tidak ada keluarga dalam {tempat}; tidak ada yang diekspor.", tempat=tempat))
    _hapus_sisa(Path(opsi.tujuan).absolute(), sementara)
    total_kerja = 1 + (n_keluarga + n_anggota if opsi.dengan_nama else 0)
    sha = hashlib.sha256()
    jumlah_baris: dict[str, int] = {}
    penulis = _Penulis(sementara, tmpdir)
    try:
        ws_rekap = penulis.lembar(LEMBAR_REKAP)
        ws_keluarga = penulis.lembar(LEMBAR_KELUARGA) if opsi.dengan_nama else None
        ws_anggota = penulis.lembar(LEMBAR_ANGGOTA) if opsi.dengan_nama else None
        ws_ket = penulis.lembar(LEMBAR_KETERANGAN)

        nama = sekspor.nama_desa_dan_kecamatan(db, [g.kode_desa for g in kelompok if g.kode_desa])
        jumlah_baris[LEMBAR_REKAP] = _tulis_rekap(
            penulis, ws_rekap, baris_rekap(kelompok, nama, wilayah), sha)
        if batal():
            raise Dibatalkan(Pesan("Ekspor dibatalkan."))
        if opsi.dengan_nama:

            def maju(dasar: int, pesan: str) -> Callable[[int], None]:
                def f(r: int) -> None:
                    lapor(pesan, (1 + dasar + r) / total_kerja)
                    if batal():
                        raise Dibatalkan(Pesan("Ekspor dibatalkan."))
                return f

            kolom_k = kolom_data_keluarga()
            sha.update(_json_nama(LEMBAR_KELUARGA))
            n = penulis.data(ws_keluarga, kolom_k, sekspor.keluarga(db, lingkup), sha,
                             opsi.nik_penuh, maju(0, Pesan("Menulis Data Keluarga")))
            jumlah_baris[LEMBAR_KELUARGA] = n
            for f in VALIDASI_KELUARGA:
                c = next(i for i, k in enumerate(kolom_k) if k.field == f)
                penulis.validasi(ws_keluarga, c, n, _JENIS_LABEL[f], kolom_k[c].header)
            kolom_a = kolom_data_anggota()
            sha.update(_json_nama(LEMBAR_ANGGOTA))
            n = penulis.data(ws_anggota, kolom_a, sekspor.anggota(db, lingkup), sha,
                             opsi.nik_penuh, maju(n_keluarga, Pesan("Menulis Data Anggota")))
            jumlah_baris[LEMBAR_ANGGOTA] = n
            c = next(i for i, k in enumerate(kolom_a) if k.field == "status_anggota")
            penulis.validasi(ws_anggota, c, n, StatusAnggota, kolom_a[c].header)
        sha_data = sha.hexdigest()
        _tulis_keterangan(penulis, ws_ket, db, opsi, pengguna, waktu, jumlah_baris, sha_data,
                          wilayah, kecamatan, nomor_audit, hash_audit, dikenal, usulan)
        lapor(Pesan("Menyimpan workbook"), 0.99)
        penulis.tutup()
        penulis = None
    finally:
        if penulis is not None:
            penulis.buang()
    return _Isi(jumlah_baris, sha_data, n_keluarga, n_anggota if opsi.dengan_nama else 0,
                audit.token_penanda(nomor_audit, hash_audit))


def _catat_audit(db: BasisData, opsi: OpsiEkspor, pengguna: Pengguna, hasil: HasilEkspor,
                 gagal: str | None = None) -> None:
    wilayah = cakupan(opsi, pengguna)
    keterangan = json.dumps({
        "berkas": hasil.berkas.name,
        "wilayah": (wilayah[0] if len(wilayah) == 1 else list(wilayah)) if wilayah else "semua",
        "hanya_disetujui": opsi.hanya_disetujui, "nik_penuh": opsi.nik_penuh,
        "terenkripsi": hasil.terenkripsi, "baris": hasil.jumlah_baris,
        "sha256_data": hasil.sha256_data, "sha256_berkas": hasil.sha256_berkas,
        **({"penanda": hasil.penanda} if hasil.penanda and opsi.dengan_nama else {}),
        **({"gagal": gagal} if gagal else {}),
    }, ensure_ascii=False)
    aksi = "EKSPOR_NAMA" if opsi.dengan_nama else "EKSPOR_REKAP"
    if gagal:
        aksi += "_GAGAL"
    with transaksi(db):
        audit.tulis(db, [audit.Catatan(
            aksi=aksi, pengguna=pengguna.nama, tabel="ekspor",
            id_rekaman=", ".join(wilayah) or None,
            alasan=(opsi.alasan or "").strip() or None, keterangan=keterangan)])


def _tulis_rekap(p: _Penulis, ws, baris: list[tuple[str, list]], sha: hashlib._Hash) -> int:
    lebar = ([16, 12, 22, 14, 26, 10, 10] + [11] * (2 * len(KATEGORI_REKAP)) + [11, 13, 13]
             + [11] * (2 * len(JenisPindah)))
    for c, w in enumerate(lebar):
        ws.set_column(c, c, w, p.f_teks_id if c in (1, 3) else None)
    sha.update(_json_nama(LEMBAR_REKAP))
    ws.set_row(0, 60)
    for c, h in enumerate(KEPALA_REKAP):
        ws.write_string(0, c, h, p.f_kepala)
    sha.update(_json_baris(list(KEPALA_REKAP)))
    ws.freeze_panes(1, 5)
    ws.outline_settings(True, False, True, False)
    n_teks = 5
    persen = {KEPALA_REKAP.index("% Terverifikasi"), KEPALA_REKAP.index("% Disetujui")}
    for r, (tingkat_, nilai) in enumerate(baris, start=1):
        if tingkat_ == "desa":
            ws.set_row(r, None, None, {"level": 1})
            f_teks, f_id, f_angka, f_persen = None, p.f_teks_id, None, p.f_persen
        elif tingkat_ == "kecamatan":
            f_teks, f_id, f_angka, f_persen = (p.f_tebal, p.f_tebal_id, p.f_tebal,
                                               p.f_tebal_persen)
        else:
            f_teks, f_id, f_angka, f_persen = (p.f_total, p.f_total_id, p.f_total,
                                               p.f_total_persen)
        teks = []
        for c, v in enumerate(nilai):
            if c < n_teks:
                v = bersihkan_teks(str(v or ""))
                fmt = f_id if c in (1, 3) else f_teks
                if v or fmt is not None:
                    ws.write_string(r, c, v, fmt)
                teks.append(v)
            elif c in persen:
                ws.write_number(r, c, v, f_persen)
                teks.append(format(v, ".10g"))
            else:
                ws.write_number(r, c, v, f_angka)
                teks.append(format(v, ".10g"))
        sha.update(_json_baris(teks))
    akhir = len(baris)
    ws.autofilter(0, 0, akhir, len(KEPALA_REKAP) - 1)
    ws.set_landscape()
    ws.set_paper(9)
    ws.repeat_rows(0)
    ws.repeat_columns(0, 4)
    return akhir


def _legenda() -> list[tuple[str, str, str]]:
    hasil: list[tuple[str, str, str]] = []
    for f, jenis in _JENIS_LABEL.items():
        judul = status.LABEL_FIELD.get(f, "Status anggota")
        for j in jenis:
            hasil.append((judul, j.value, status.LABEL[j]))
    for d, label in codes.LABEL_DESIL.items():
        hasil.append(("Desil Kesejahteraan", d, label))
    for aturan, penjelasan in PENJELASAN.items():
        hasil.append(("Kode temuan", aturan.value, penjelasan))
    return hasil


def _tulis_keterangan(p: _Penulis, ws, db: BasisData, opsi: OpsiEkspor, pengguna: Pengguna,
                      waktu: dt.datetime, jumlah_baris: dict[str, int], sha_data: str,
                      wilayah: Sequence[str], kecamatan: Sequence[str], nomor_audit: int = 0,
                      hash_audit: str = "", dikenal: Sequence[str] = (),
                      usulan: Sequence[tuple[int, str]] | None = None) -> None:
    ws.set_column(0, 0, 30)
    ws.set_column(1, 1, 70)
    ws.set_column(2, 2, 70)
    r = 0
    ws.write_string(r, 0, "Workbook hasil verifikasi P3KE", p.f_judul)
    r += 2

    def butir(nama: str, nilai: str, fmt=None) -> None:
        nonlocal r
        ws.write_string(r, 0, nama, p.f_sub)
        nilai = bersihkan_teks(nilai)
        ws.write_string(r, 1, nilai, fmt or (p.f_kutip if nilai[:1] in _AWAL_RUMUS else
                                             p.f_bungkus))
        r += 1

    nama = _NamaWilayah(db)
    butir("Kantor", _kantor(nama, opsi, kecamatan))
    butir("Wilayah", _uraian_wilayah(nama, wilayah, kecamatan))
    butir("Saringan", "Hanya keluarga yang sudah disetujui" if opsi.hanya_disetujui
          else "Semua keluarga (semua status persetujuan)")
    butir("Isi", "Rekap dengan daftar nama (Data Keluarga, Data Anggota)" if opsi.dengan_nama
          else "Rekap saja, tanpa nama dan NIK")
    if opsi.dengan_nama:
        butir("NIK dan No KK", "Lengkap" if opsi.nik_penuh
              else "Disamarkan: 6 digit awal dan 4 digit akhir (contoh 617201******0001), juga "
                   "nomor serupa NIK/No KK yang diketik di catatan")
        butir("Alasan ekspor daftar nama", (opsi.alasan or "").strip())
        butir(BUTIR_NAMA_WILAYAH, ASAL_NAMA_WILAYAH)
    ws.write_string(r, 0, BUTIR_WAKTU_EKSPOR, p.f_sub)
    ws.write_datetime(r, 1, waktu.replace(tzinfo=None), p.f_waktu)
    ws.write_string(r, 2, waktu.isoformat(), p.f_bungkus)
    r += 1
    # Its hash beside it: the number only means something in the database whose audit row of
    # that number has that hash (not on another laptop, nor on a copy that went its own way).
    ws.write_string(r, 2, hash_audit[:PANJANG_SIDIK_AUDIT], p.f_bungkus_id)
    butir(BUTIR_NOMOR_AUDIT, str(nomor_audit))
    if dikenal:
        butir(BUTIR_PENANDA_DIKENAL, " ".join(dikenal), p.f_bungkus_id)
    if usulan is not None:
        if len(usulan) > MAKS_PENANDA_USULAN:
            ws.write_string(r, 2, f"{PENANDA_USULAN_SEBAGIAN}: {MAKS_PENANDA_USULAN} usulan "
                                  f"terbaru dari {len(usulan)}", p.f_bungkus)
        butir(BUTIR_PENANDA_USULAN, " ".join(audit.token_penanda(n, h) for n, h in
                                             usulan[:MAKS_PENANDA_USULAN]) or "-",
              p.f_bungkus_id)
    butir("Pengguna", f"{pengguna.nama} ({pengguna.peran})")
    butir("Versi aplikasi", f"{APP_NAME} {__version__}")
    butir("Kata sandi berkas", "Ya (berkas terenkripsi)" if opsi.kata_sandi else "Tidak")
    for nama, n in jumlah_baris.items():
        butir(f"Jumlah baris {nama}", f"{n} (tanpa baris judul)")
    butir("SHA-256 data", sha_data, p.f_bungkus_id)
    for i, teks in enumerate(CARA_SHA256):
        ws.write_string(r, 0, "Cara menghitung SHA-256" if i == 0 else "", p.f_sub)
        ws.write_string(r, 1, teks, p.f_bungkus)
        r += 1
    r += 1
    ws.write_string(r, 0, "Catatan", p.f_sub)
    ws.write_string(r, 1, (
        "Rekap: KK = jumlah keluarga, Jiwa = jumlah anggota keluarga (baris Data Anggota). "
        "Baris Tingkat 'Kecamatan' dan 'Total' adalah jumlah; saring kolom Tingkat = "
        "'Desa/Kelurahan' untuk baris rinci. Kecamatan yang hanya sebagian desanya ada di "
        f"workbook ini (ekspor satu desa) bertingkat '{TINGKAT_KECAMATAN_SEBAGIAN}': jumlahnya "
        "hanya desa dalam workbook ini, bukan angka seluruh kecamatan, dan baris Total "
        f"('{TOTAL_SELURUHNYA}') bertuliskan '{TOTAL_SEBAGIAN}' di kolom Nama Kecamatan: "
        "jumlahnya juga hanya desa dalam workbook ini. Kolom verifikasi di Data Keluarga (Status "
        "verifikasi, Kelayakan, Alasan, tanggal, verifikator, catatan, musdes) dan di Data "
        "Anggota (Status anggota, NIK perbaikan, Catatan anggota) boleh diperbaiki (status: "
        "pilih dari daftar) lalu workbook dikirim kembali untuk diimpor ulang; kolom lain "
        "tidak dibaca kembali."), p.f_bungkus)
    r += 2
    ws.write_string(r, 0, "Keterangan kode", p.f_judul)
    r += 1
    for c, h in enumerate(("Kolom", "Kode", "Arti")):
        ws.write_string(r, c, h, p.f_kepala)
    r += 1
    for kolom_, kode, arti in _legenda():
        ws.write_string(r, 0, kolom_)
        ws.write_string(r, 1, kode, p.f_teks_id)
        ws.write_string(r, 2, arti, p.f_bungkus)
        r += 1
