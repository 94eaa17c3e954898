"""Printed documents of one desa, or of several desa in one PDF (a section per desa), prepared
as plain data (titles, paragraphs, tables, signature blocks); the window and the command line
render them to PDF with Qt's own printing (:mod:`kalbar_desktop.ui.cetak`, QPainter on a
QPdfWriter: a desa of 6,000 families prints in seconds, where Qt's HTML tables needed minutes).

* **Berita Acara Hasil Verifikasi**: counts by status verifikasi and kelayakan, the list of
  families with their result, and signature blocks (operator, verifikator, kepala desa), for the
  village meeting (musyawarah desa); for one meeting held for a whole kecamatan or
  kabupaten/kota, one section per desa of one BA number, with the block of the camat or of the
  head of the Dinas Sosial too.
* **Daftar Kunjungan**: the families to visit with address, head and members, and empty boxes
  for the result, for operators who go out without a laptop. NIKs are masked.

Printing a document with names is recorded in the audit log: by default when it is prepared;
with ``catat=False`` the caller records it (:func:`catat_cetak`) once the PDF is complete and
just before it takes its name, so a PDF that could not be written (a pulled stick, a full disk)
leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum

from kalbar_desktop import APP_NAME, __version__
from kalbar_desktop.domain import nik, status
from kalbar_desktop.domain.akses import Aksi, Pengguna, boleh, lingkup_ekspor, wilayah_sendiri
from kalbar_desktop.domain.pesan import Pesan
from kalbar_desktop.domain.status import (
    AlasanTidakLayak,
    Kelayakan,
    Persetujuan,
    StatusAnggota,
    StatusVerifikasi,
)
from kalbar_desktop.domain.tanggal import NAMA_BULAN, teks_tanggal
from kalbar_desktop.domain.wilayah import Tingkat, tingkat
from kalbar_desktop.storage import audit
from kalbar_desktop.storage import ekspor as sekspor
from kalbar_desktop.storage.db import BasisData, transaksi

BULAN = NAMA_BULAN
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
KOSONG = "...................."


class KesalahanDokumen(Exception):
    """A document that cannot be made (Indonesian message)."""


class Orientasi(StrEnum):
    POTRET = "potret"
    LANSKAP = "lanskap"


class Gaya(StrEnum):
    """Text styles the renderer knows."""

    BIASA = "biasa"
    TEBAL = "tebal"
    KECIL = "kecil"
    JUDUL = "judul"
    SUBJUDUL = "subjudul"


class Rata(StrEnum):
    KIRI = "kiri"
    TENGAH = "tengah"
    KANAN = "kanan"


@dataclass(frozen=True)
class Teks:
    """A paragraph (or one line of a table cell); long text wraps."""

    teks: str
    gaya: Gaya = Gaya.BIASA
    rata: Rata = Rata.KIRI


@dataclass(frozen=True)
class Kolom:
    judul: str
    lebar: float
    """Relative width."""
    rata: Rata = Rata.KIRI


Sel = tuple[Teks, ...]
"""The lines of one table cell."""


@dataclass(frozen=True)
class Tabel:
    """A table; its header row is repeated on every page it spans."""

    kolom: tuple[Kolom, ...]
    baris: list[tuple[Sel, ...]]
    lebar: float = 1.0
    """Share of the page width."""


@dataclass(frozen=True)
class TandaTangan:
    """Signature blocks side by side: (line above, position, name or None for a dotted line)."""

    blok: tuple[tuple[str, str, str | None], ...]
    nip: tuple[str | None, ...] = ()
    """The NIP printed under each block's name ('NIP. ...'), by position; none: no NIP line."""


@dataclass(frozen=True)
class Spasi:
    mm: float = 3.0


Blok = Teks | Tabel | TandaTangan | Spasi


@dataclass
class Dokumen:
    """A document ready to render."""

    judul: str
    blok: list[Blok]
    orientasi: Orientasi
    jumlah_keluarga: int
    nama_berkas: str
    """A suggested file name (``.pdf``)."""
    kaki: str = ""
    """Footer text printed on every page beside the page number."""
    cetak: tuple[str, str, int] | None = None
    """The audit action, desa code and number of families recorded when it is printed."""
    musdes: Musdes | None = None
    """A berita acara's BA number and date of the musyawarah desa, and where they came from."""

    def teks_polos(self) -> str:
        """Every text of the document, one line each (for checks and tests)."""
        baris: list[str] = []
        for b in self.blok:
            if isinstance(b, Teks):
                baris.append(b.teks)
            elif isinstance(b, Tabel):
                baris.append(" | ".join(k.judul for k in b.kolom))
                for r in b.baris:
                    baris.append(" | ".join(" / ".join(t.teks for t in sel) for sel in r))
            elif isinstance(b, TandaTangan):
                for i, (atas, jabatan, nama) in enumerate(b.blok):
                    nip = b.nip[i] if i < len(b.nip) else None
                    baris.append(f"{atas} {jabatan} ( {nama or KOSONG} )"
                                 + (f" NIP. {nip}" if nip else ""))
        return "\n".join(baris)


@dataclass(frozen=True)
class Musdes:
    """The BA number and date a berita acara of one desa prints, given by the user or taken
    from the desa's families (their Nomor BA musdes and Tanggal musdes), and why one is left
    for filling in by hand."""

    kode_desa: str
    nama_desa: str
    nomor: str | None
    tanggal: dt.date | None
    nomor_tercatat: int
    """Distinct BA numbers recorded for the desa's families (0: none; 1: the one printed)."""
    tanggal_tercatat: int
    """Distinct musdes dates recorded for the desa's families (0: none; 1: the one printed)."""
    tanggal_lain: bool = False
    """The date was typed, and the desa's families record another one."""
    nomor_catatan: Tercatat | None = None
    """What the desa's families record as BA number (``None``: not looked at, it was typed or
    the section belongs to one kecamatan meeting)."""
    tanggal_catatan: Tercatat | None = None
    """What the desa's families record as musdes date (``None``: not looked at)."""
    musyawarah_kecamatan: bool = False
    """A section of one meeting held for the whole kecamatan: its BA number is the meeting's,
    typed, never a desa's record."""
    musyawarah_kabupaten: bool = False
    """A section of one meeting held for the whole kabupaten/kota (likewise)."""

    def uraian(self) -> str:
        """One line (Indonesian): what the section prints, and why a line is left empty."""
        def bagian(apa: str, nilai: str | None, catatan: Tercatat | None,
                   lain: bool = False) -> str:
            if nilai and lain:
                return Pesan("{apa} {nilai} (diisi; data keluarganya mencatat tanggal lain)",
                             apa=apa, nilai=nilai)
            if nilai:
                return Pesan.gabung(" ", (apa, nilai))  # "tanggal musdes" translated
            if catatan is not None and catatan.sebab() is not None:
                return Pesan("{apa} diisi tangan ({sebab})", apa=apa, sebab=catatan.sebab())
            if self.musyawarah_kecamatan:
                return Pesan("{apa} diisi tangan (satu musyawarah kecamatan: nomornya tidak "
                             "diambil dari data keluarga tiap desa; isi Nomor BA)", apa=apa)
            if self.musyawarah_kabupaten:
                return Pesan("{apa} diisi tangan (satu musyawarah kabupaten/kota: nomornya tidak "
                             "diambil dari data keluarga tiap desa; isi Nomor BA)", apa=apa)
            return Pesan("{apa} diisi tangan (belum tercatat di data keluarganya)", apa=apa)
        return Pesan("{desa} ({kode}): {tanggal}; {nomor}", desa=self.nama_desa,
                     kode=self.kode_desa,
                     tanggal=bagian(Pesan("tanggal musdes"), self.tanggal.strftime("%d/%m/%Y")
                                    if self.tanggal else None, self.tanggal_catatan,
                                    self.tanggal_lain),
                     nomor=bagian(Pesan("nomor BA"), self.nomor, self.nomor_catatan))


@dataclass(frozen=True)
class Tercatat:
    """One musdes field (BA number or date) as a desa's families record it."""

    nilai: dict[str, list[str]]
    """Each value recorded -> the families recording it (ID Keluarga, in the desa's order)."""
    tanpa: list[str]
    """Families that went through verification or a musdes (a status other than Belum
    diverifikasi, or the other musdes field recorded) and record no value here."""
    tanggal: bool = False
    """The values are dates (ISO text), named as ``12/03/2026``."""

    @property
    def satu(self) -> str | None:
        """The desa's value: the only one recorded, and no family that should record it lacks
        it. A value on some families only (the others verified or with a musdes date but no
        number) may be a slip or an older meeting's: it is not printed for the whole desa."""
        if len(self.nilai) == 1 and not self.tanpa:
            return next(iter(self.nilai))
        return None

    def sebab(self) -> str | None:
        """Why no value is taken (Indonesian), ``None`` when there is nothing recorded."""
        if len(self.nilai) > 1:
            return Pesan("{n} berbeda di data keluarganya: {daftar}", n=len(self.nilai),
                         daftar=Pesan.gabung(", ", (self._contoh(nilai, ids) for nilai, ids in
                                                    sorted(self.nilai.items(),
                                                           key=lambda x: -len(x[1])))))
        if self.nilai and self.tanpa:
            [(nilai, ids)] = self.nilai.items()
            return Pesan(
                "{nilai} tercatat hanya di {n} keluarga; {m} keluarga lain yang sudah "
                "diverifikasi atau bermusdes belum mencatatnya, misalnya {contoh}",
                nilai=self._contoh(nilai, ids), n=len(ids), m=len(self.tanpa),
                contoh=", ".join(self.tanpa[:3]))
        return None

    def _contoh(self, nilai: str, ids: list[str]) -> str:
        """``'01/BA/2026' (0061720008 dan 2 lainnya)``: a message, so that the English window
        says "and 2 more" (an f-string would have fixed the Indonesian words)."""
        if self.tanggal and (t := _tanggal(nilai)) is not None:
            nilai = t.strftime("%d/%m/%Y")
        if len(ids) > 1:
            return Pesan("'{nilai}' ({id} dan {n} lainnya)", nilai=nilai, id=ids[0],
                         n=len(ids) - 1)
        return f"'{nilai}' ({ids[0]})"


def musdes_tercatat(keluarga: list[dict]) -> tuple[Tercatat, Tercatat]:
    """The BA numbers and musdes dates (ISO text) recorded for ``keluarga`` (rows of
    :func:`~kalbar_desktop.storage.ekspor.keluarga_desa`), and the families that should record
    one and do not (:attr:`Tercatat.tanpa`)."""
    nomor: dict[str, list[str]] = {}
    tanggal: dict[str, list[str]] = {}
    tanpa_nomor: list[str] = []
    tanpa_tanggal: list[str] = []
    for k in keluarga:
        n = " ".join(str(k["no_musdes"] or "").split())
        t = str(k["tanggal_musdes"] or "").strip()
        idk = k["id_keluarga"]
        dilalui = bool(n or t) or k["status_verifikasi"] not in (None, "", StatusVerifikasi.BELUM)
        for nilai, daftar, tanpa in ((n, nomor, tanpa_nomor), (t, tanggal, tanpa_tanggal)):
            if nilai:
                daftar.setdefault(nilai, []).append(idk)
            elif dilalui:
                tanpa.append(idk)
    return Tercatat(nomor, tanpa_nomor), Tercatat(tanggal, tanpa_tanggal, tanggal=True)


def _tanggal(teks: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(teks) if teks else None
    except ValueError:
        return None


@dataclass
class DokumenWilayah:
    """A document of several desa in one PDF: a section per desa (its own :class:`Dokumen`,
    made only when it is printed, so a kabupaten is never held in memory at once), each
    starting on a new page with its own page numbers and, for a berita acara, its own signature
    block: a berita acara is signed per desa."""

    judul: str
    orientasi: Orientasi
    nama_berkas: str
    """A suggested file name (``.pdf``)."""
    desa: list[tuple[str, int]]
    """(desa code, families) of the sections, in print order."""
    buat_bagian: Callable[[str], Dokumen]
    """Makes the section of one desa."""
    dicetak: list[tuple[str, str, int]] = field(default_factory=list)
    """The audit records of the sections made so far (:func:`catat_cetak`)."""
    musdes: list[Musdes] = field(default_factory=list)
    """A berita acara's BA number and musdes date per section made so far."""

    @property
    def jumlah_keluarga(self) -> int:
        """Families in the document (counted when it was prepared; once printed, as printed)."""
        if len(self.dicetak) == len(self.desa):
            return sum(n for _a, _k, n in self.dicetak)
        return sum(n for _k, n in self.desa)

    def bagian(self) -> Iterator[Dokumen]:
        """The sections, one desa each, made one at a time."""
        self.dicetak.clear()
        self.musdes.clear()
        for kode, _n in self.desa:
            dok = self.buat_bagian(kode)
            if dok.cetak is not None:
                self.dicetak.append(dok.cetak)
            if dok.musdes is not None:
                self.musdes.append(dok.musdes)
            yield dok


@dataclass(frozen=True)
class OpsiBeritaAcara:
    kode_desa: str
    nomor: str | None = None
    tanggal: dt.date | None = None
    """Date of the musyawarah desa. Not given: the one Tanggal musdes recorded for the desa's
    families (those without one aside); none or several: empty lines to fill in by hand. The
    BA number likewise from their Nomor BA musdes. Given for several desa (one meeting for a
    kecamatan): every section's date."""
    tempat: str | None = None
    """Where the musyawarah was held; not given: the desa itself ('Desa Sungai Rasau'), for one
    kecamatan meeting the camat's office ('Kantor Camat Singkawang Timur'), for one
    kabupaten/kota meeting a dotted line. Given for several desa: every section's place."""
    nama_operator: str | None = None
    nama_verifikator: str | None = None
    nama_kepala_desa: str | None = None
    kantor: str | None = None
    nama_camat: str | None = None
    """The camat who signs a berita acara of one kecamatan meeting (see
    :attr:`musyawarah_kecamatan`)."""
    nama_kepala_dinas: str | None = None
    """The head of the Dinas Sosial who signs a berita acara of one kabupaten/kota meeting."""
    jabatan: str | None = None
    """The title of the official who signs one meeting's berita acara, printed as given
    ('Plt. Camat', 'a.n. Camat'), followed by the region's name unless it holds it already;
    not given: 'Camat' (kecamatan), 'Kepala Dinas Sosial' (kabupaten/kota)."""
    nip: str | None = None
    """That official's NIP, printed under the name as 'NIP. <nip>' (see :func:`nip_pejabat`);
    not given: no NIP line."""
    musyawarah_kecamatan: bool = False
    """Set by :func:`dokumen_wilayah` for each section of one meeting held for the whole
    kecamatan (:func:`musyawarah_wilayah`): the section reads as part of that meeting, prints
    its one BA number (given, or a dotted line) and the camat's signature block."""
    musyawarah_kabupaten: bool = False
    """Likewise for one meeting held for the whole kabupaten/kota, signed by the head of the
    Dinas Sosial."""
    bagian: tuple[int, int] | None = None
    """The section's place among the desa of that meeting (1-based, and how many)."""


@dataclass(frozen=True)
class OpsiDaftarKunjungan:
    kode_desa: str
    semua: bool = False
    """All families; by default only those not yet visited (status Belum diverifikasi) and
    those sent back by the verifikator."""
    nama_petugas: str | None = None


def tanggal_panjang(tanggal: dt.date) -> str:
    """``23 November 2026``."""
    return teks_tanggal(tanggal)


def _usia(lahir: str | None, pada: dt.date) -> str:
    try:
        t = dt.date.fromisoformat(lahir or "")
    except ValueError:
        return ""
    return str(pada.year - t.year - ((pada.month, pada.day) < (t.month, t.day)))


def _periksa_desa(db: BasisData, kode: str, pengguna: Pengguna) -> tuple[str, str, str]:
    """Check the code and the permission; returns (desa, kecamatan, kabupaten/kota) names."""
    if tingkat(kode or "") != Tingkat.DESA_KELURAHAN:
        raise KesalahanDokumen(Pesan("Kode desa/kelurahan {kode!r} tidak sah: pakai kode 10 "
                                     "digit.", kode=kode))
    if not boleh(pengguna, Aksi.LIHAT, kode):
        raise KesalahanDokumen(Pesan("{nama} ({peran}) tidak berwenang untuk desa/kelurahan "
                                     "{kode}.", nama=pengguna.nama, peran=str(pengguna.peran),
                                     kode=kode))
    nama = sekspor.nama_desa_dan_kecamatan(db, [kode])
    kab = sekspor.nama_wilayah(db, kode[:4]) or kode[:4]
    return nama.get(kode, kode), nama.get(kode[:6], kode[:6]), kab


def _jenis_desa(kode: str) -> str:
    return "Kelurahan" if kode[6:7] == "1" else "Desa"


def _nama_desa(kode: str, wilayah: str) -> Pesan:
    """'Kelurahan Pajintan' as a message (the window says 'Village' for a desa)."""
    if _jenis_desa(kode) == "Kelurahan":
        return Pesan("Kelurahan {wilayah}", wilayah=wilayah)
    return Pesan("Desa {wilayah}", wilayah=wilayah)


def _catat(db: BasisData, pengguna: Pengguna, cetak: list[tuple[str, str, int]]) -> None:
    with transaksi(db):
        audit.tulis(db, [audit.Catatan(
            aksi=aksi, pengguna=pengguna.nama, tabel="dokumen", id_rekaman=kode,
            keterangan=json.dumps({"desa": kode, "keluarga": jumlah}, ensure_ascii=False))
            for aksi, kode, jumlah in cetak])


def catat_cetak(db: BasisData, dokumen: Dokumen | DokumenWilayah, pengguna: Pengguna) -> None:
    """Record in the audit log that ``dokumen`` (prepared with ``catat=False``) was printed:
    one row per desa, as when each desa is printed alone."""
    if isinstance(dokumen, DokumenWilayah):
        _catat(db, pengguna, dokumen.dicetak)
    elif dokumen.cetak is not None:
        _catat(db, pengguna, [dokumen.cetak])


def _t(teks: object, gaya: Gaya = Gaya.BIASA, rata: Rata = Rata.KIRI) -> Teks:
    return Teks("" if teks is None else str(teks), gaya, rata)


def _tabel_hitung(judul: str, baris: list[tuple[str, int, int]]) -> Tabel:
    isi: list[tuple[Sel, ...]] = [((_t(n),), (_t(k, rata=Rata.KANAN),), (_t(j, rata=Rata.KANAN),))
                                  for n, k, j in baris]
    isi.append(((_t("Jumlah", Gaya.TEBAL),),
                (_t(sum(k for _n, k, _j in baris), Gaya.TEBAL, Rata.KANAN),),
                (_t(sum(j for _n, _k, j in baris), Gaya.TEBAL, Rata.KANAN),)))
    return Tabel((Kolom(judul, 3), Kolom("Jumlah keluarga", 1.5, Rata.KANAN),
                  Kolom("Jumlah jiwa", 1.5, Rata.KANAN)), isi, lebar=0.6)


def _kaki(pengguna: Pengguna, tambahan: str | None = None) -> str:
    teks = (f"Dicetak dengan {APP_NAME} {__version__} oleh {pengguna.nama} pada "
            f"{dt.datetime.now().strftime('%d/%m/%Y %H:%M')}")
    return f"{teks} - {tambahan}" if tambahan else teks


JABATAN_KECAMATAN = ("Camat", "Plt. Camat", "Pj. Camat", "Sekretaris Camat", "a.n. Camat")
"""Titles offered for the official signing one kecamatan meeting's berita acara (the first is
the default); any other may be typed."""
JABATAN_KABUPATEN = ("Kepala Dinas Sosial", "Plt. Kepala Dinas Sosial",
                     "Sekretaris Dinas Sosial", "a.n. Kepala Dinas Sosial")
"""Likewise for one kabupaten/kota meeting."""


def jabatan_pejabat(jabatan: str, wilayah: str) -> str:
    """The title line of the official's signature block: ``jabatan`` exactly as given, then
    the region's name unless the title names it already ('Plt. Camat' -> 'Plt. Camat
    Singkawang Timur'; 'a.n. Camat Singkawang Timur' as it is)."""
    jabatan = " ".join(jabatan.split())
    if " ".join(wilayah.split()).casefold() in jabatan.casefold():
        return jabatan
    return f"{jabatan} {wilayah}"


def tempat_bawaan(kecamatan: str) -> str:
    """Where one kecamatan meeting was held when no place is given: the camat's office."""
    return f"Kantor Camat {kecamatan}"


def nama_kabupaten(kode: str, nama: str) -> str:
    """'Kota Singkawang', 'Kabupaten Sambas': the name with its kind (a P3KE file may give the
    bare name; codes 71-99 are cities)."""
    if nama.split(" ", 1)[0].casefold() in ("kabupaten", "kota"):
        return nama
    return f"{'Kota' if kode[2:4] >= '71' else 'Kabupaten'} {nama}"


def nip_pejabat(nip: str | None) -> str | None:
    """The official's NIP as it will be printed: digits, with the spaces or dots it was
    written with (runs of spaces made one; a leading 'NIP' or 'NIP.' dropped, the print adds
    it); ``None`` when empty. Anything else (a letter, a dash) is refused, naming the field."""
    teks = " ".join((nip or "").split())
    if teks[:3].casefold() == "nip":
        teks = teks[3:].lstrip(" .")
    if not teks:
        return None
    if not any(c.isdigit() for c in teks) or any(
            c not in "0123456789 ." for c in teks):
        raise KesalahanDokumen(Pesan(
            "NIP penandatangan hanya boleh berisi angka (boleh dengan spasi atau titik), "
            "misalnya 19700101 199003 1 001; tertulis: {nip}", nip=" ".join(nip.split())))
    return teks


def _nip_tanpa_musyawarah() -> Pesan:
    return Pesan(
        "NIP penandatangan hanya dicetak pada berita acara satu musyawarah kecamatan atau "
        "kabupaten/kota: pilih wilayahnya dan isi tanggal serta tempat musyawarahnya.")


def _jabatan_tanpa_musyawarah() -> Pesan:
    return Pesan(
        "Jabatan penandatangan hanya dicetak pada berita acara satu musyawarah kecamatan atau "
        "kabupaten/kota: pilih wilayahnya dan isi tanggal serta tempat musyawarahnya.")


def berita_acara(db: BasisData, opsi: OpsiBeritaAcara, pengguna: Pengguna,
                 catat: bool = True) -> Dokumen:
    """The Berita Acara Hasil Verifikasi of one desa (recorded in the audit log now, or with
    ``catat=False`` by :func:`catat_cetak`)."""
    kode = opsi.kode_desa
    desa, kec, kab = _periksa_desa(db, kode, pengguna)
    keluarga = sekspor.keluarga_desa(db, kode)
    if not keluarga:
        raise KesalahanDokumen(Pesan("Tidak ada keluarga di desa/kelurahan {desa} ({kode}).",
                                     desa=desa, kode=kode))
    jenis = _jenis_desa(kode)
    per_status: Counter = Counter()
    jiwa_status: Counter = Counter()
    per_layak: Counter = Counter()
    jiwa_layak: Counter = Counter()
    for k in keluarga:
        per_status[k["status_verifikasi"]] += 1
        jiwa_status[k["status_verifikasi"]] += k["jumlah_anggota"]
        per_layak[k["kelayakan"] or ""] += 1
        jiwa_layak[k["kelayakan"] or ""] += k["jumlah_anggota"]
    disetujui = sum(1 for k in keluarga if k["persetujuan"] == Persetujuan.DISETUJUI)

    baris: list[tuple[Sel, ...]] = []
    for i, k in enumerate(keluarga, start=1):
        ket = []
        if k["alasan"]:
            ket.append(status.label(k["alasan"], AlasanTidakLayak))
        if k["alasan_lainnya"]:
            ket.append(nik.samarkan_catatan(k["alasan_lainnya"], (k["id_keluarga"],)))
        if k["pindah_ke"]:
            ket.append(f"pindah ke {k['pindah_ke']}")
        if k["id_keluarga_ganda"]:
            ket.append(f"ganda dengan {k['id_keluarga_ganda']}")
        baris.append(((_t(i, rata=Rata.KANAN),), (_t(k["id_keluarga"]),), (_t(k["nama_kepala"]),),
                      (_t(k["alamat"]),), (_t(k["desil"], rata=Rata.TENGAH),),
                      (_t(k["jumlah_anggota"], rata=Rata.KANAN),),
                      (_t(status.label(k["status_verifikasi"], StatusVerifikasi)),),
                      (_t(status.label(k["kelayakan"], Kelayakan)),), (_t("; ".join(ket)),),
                      (_t(status.label(k["persetujuan"], Persetujuan)),)))

    # A musdes is held in each desa on its own day: given nothing, the desa's own records. One
    # meeting for the kecamatan or kabupaten has one BA number: typed, never a desa's record.
    kecamatan, kabupaten = opsi.musyawarah_kecamatan, opsi.musyawarah_kabupaten
    if opsi.nama_camat and not kecamatan:
        raise KesalahanDokumen(Pesan(
            "Nama camat hanya dicetak pada berita acara satu musyawarah kecamatan: pilih "
            "kecamatannya dan isi tanggal serta tempat musyawarahnya."))
    if opsi.nama_kepala_dinas and not kabupaten:
        raise KesalahanDokumen(Pesan(
            "Nama kepala dinas hanya dicetak pada berita acara satu musyawarah kabupaten/kota: "
            "pilih kabupaten/kotanya dan isi tanggal serta tempat musyawarahnya."))
    if opsi.jabatan and not (kecamatan or kabupaten):
        raise KesalahanDokumen(_jabatan_tanpa_musyawarah())
    nip = nip_pejabat(opsi.nip)
    if nip and not (kecamatan or kabupaten):
        raise KesalahanDokumen(_nip_tanpa_musyawarah())
    nomor_ada, tanggal_ada = musdes_tercatat(keluarga)
    satu = kecamatan or kabupaten
    musdes = Musdes(kode, desa,
                    opsi.nomor or (None if satu else nomor_ada.satu),
                    opsi.tanggal or _tanggal(tanggal_ada.satu),
                    len(nomor_ada.nilai), len(tanggal_ada.nilai),
                    tanggal_lain=bool(opsi.tanggal) and bool(
                        tanggal_ada.nilai.keys() - {opsi.tanggal.isoformat()}),
                    nomor_catatan=None if opsi.nomor or satu else nomor_ada,
                    tanggal_catatan=None if opsi.tanggal else tanggal_ada,
                    musyawarah_kecamatan=kecamatan, musyawarah_kabupaten=kabupaten)
    if musdes.tanggal:
        t = musdes.tanggal
        pembuka = (f"Pada hari ini {HARI[t.weekday()]} tanggal {t.day} bulan {BULAN[t.month - 1]}"
                   f" tahun {t.year}")
    else:
        pembuka = f"Pada hari ini {KOSONG} tanggal {KOSONG} bulan {KOSONG} tahun {KOSONG}"
    tempat = (opsi.tempat or (tempat_bawaan(kec) if kecamatan else KOSONG if kabupaten
                              else f"{jenis} {desa}"))
    kepala_desa = "Lurah" if jenis == "Kelurahan" else "Kepala Desa"
    tengah = Rata.TENGAH
    p3ke = "data Pensasaran Percepatan Penghapusan Kemiskinan Ekstrem (P3KE)"
    if satu:
        ke, dari = opsi.bagian or (1, 1)
        if kecamatan:
            judul = f"MUSYAWARAH KECAMATAN {kec.upper()} - {kab.upper()}"
            tingkat_rapat, bagian = f"Kecamatan {kec}", f"{jenis} {desa} (kode {kode})"
            hadir = "perwakilan setiap desa/kelurahan"
            pejabat = ("Mengetahui,", jabatan_pejabat(opsi.jabatan or JABATAN_KECAMATAN[0],
                                                      kec), opsi.nama_camat)
        else:
            kab = nama_kabupaten(kode, kab)
            judul = f"MUSYAWARAH {kab.upper()}"
            tingkat_rapat = kab
            bagian = f"{jenis} {desa} (kode {kode}), Kecamatan {kec}"
            hadir = "perwakilan setiap kecamatan dan desa/kelurahan"
            pejabat = ("Mengetahui,", jabatan_pejabat(opsi.jabatan or JABATAN_KABUPATEN[0],
                                                      kab), opsi.nama_kepala_dinas)
        kepala: list[Blok] = [
            _t(judul, Gaya.SUBJUDUL, tengah),
            _t(f"Nomor: {musdes.nomor or KOSONG * 2}", rata=tengah),
            _t(f"Bagian {ke} dari {dari}: {bagian}", Gaya.TEBAL, tengah),
            Spasi(),
            _t(f"{pembuka}, bertempat di {tempat}, telah dilaksanakan musyawarah tingkat "
               f"{tingkat_rapat} untuk membahas hasil verifikasi {p3ke} desa/kelurahan di "
               f"{tingkat_rapat}, dihadiri {hadir}. Berita acara ini "
               f"terdiri atas {dari} bagian dengan nomor yang sama, satu untuk setiap "
               f"desa/kelurahan; bagian ini memuat hasil {bagian} sebagai berikut."),
        ]
        tanda_tangan = TandaTangan((
            ("Dibuat oleh,", "Operator", opsi.nama_operator),
            ("Diperiksa oleh,", "Verifikator", opsi.nama_verifikator),
            (f"Perwakilan {jenis.lower()},", f"{kepala_desa} {desa}", opsi.nama_kepala_desa),
            pejabat), (None, None, None, nip) if nip else ())
    else:
        kepala = [
            _t(f"{jenis.upper()} {desa.upper()} KECAMATAN {kec.upper()} - {kab.upper()}",
               Gaya.SUBJUDUL, tengah),
            _t(f"Nomor: {musdes.nomor or KOSONG * 2}", rata=tengah),
            Spasi(),
            _t(f"{pembuka}, bertempat di {tempat}, telah dilaksanakan musyawarah "
               f"{jenis.lower()} untuk membahas hasil verifikasi {p3ke} {jenis} {desa} (kode "
               f"{kode}), dengan hasil sebagai berikut."),
        ]
        tanda_tangan = TandaTangan((
            ("Dibuat oleh,", "Operator", opsi.nama_operator),
            ("Diperiksa oleh,", "Verifikator", opsi.nama_verifikator),
            ("Mengetahui,", f"{kepala_desa} {desa}", opsi.nama_kepala_desa)))
    blok: list[Blok] = [
        _t("BERITA ACARA", Gaya.JUDUL, tengah),
        _t("HASIL VERIFIKASI DATA P3KE", Gaya.JUDUL, tengah),
        *kepala,
        Spasi(),
        _t(f"A. Rekapitulasi hasil verifikasi ({len(keluarga)} keluarga)", Gaya.SUBJUDUL),
        _tabel_hitung("Status verifikasi", [
            (status.LABEL[s], per_status[s.value], jiwa_status[s.value])
            for s in StatusVerifikasi]),
        Spasi(2),
        _tabel_hitung("Kelayakan", [
            *((status.LABEL[s], per_layak[s.value], jiwa_layak[s.value]) for s in Kelayakan),
            ("Belum ditentukan", per_layak[""], jiwa_layak[""])]),
        _t(f"Keluarga yang sudah disetujui verifikator: {disetujui} dari {len(keluarga)}."),
        Spasi(),
        _t("B. Daftar keluarga dan hasil verifikasi", Gaya.SUBJUDUL),
        Tabel((Kolom("No", 0.5, Rata.KANAN), Kolom("ID Keluarga", 2.1),
               Kolom("Kepala keluarga", 2.2), Kolom("Alamat", 2.1),
               Kolom("Desil", 0.6, Rata.TENGAH), Kolom("Jml jiwa", 0.7, Rata.KANAN),
               Kolom("Status verifikasi", 1.6), Kolom("Kelayakan", 1.5),
               Kolom("Keterangan", 1.6), Kolom("Persetujuan", 1.3)), baris),
        Spasi(),
        _t("Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana "
           "mestinya."),
        _t(f"{tempat if satu else opsi.tempat or desa}, "
           f"{tanggal_panjang(musdes.tanggal) if musdes.tanggal else KOSONG}", rata=Rata.KANAN),
        tanda_tangan,
    ]
    dok = Dokumen(Pesan("Berita Acara Hasil Verifikasi - {desa}", desa=_nama_desa(kode, desa)),
                  blok, Orientasi.LANSKAP,
                  len(keluarga), f"Berita_Acara_{kode}.pdf", _kaki(pengguna, opsi.kantor),
                  ("CETAK_BERITA_ACARA", kode, len(keluarga)), musdes)
    if catat:
        catat_cetak(db, dok, pengguna)
    return dok


KOTAK = "\u2610"
"""A ballot box to tick by hand."""


def daftar_kunjungan(db: BasisData, opsi: OpsiDaftarKunjungan, pengguna: Pengguna,
                     catat: bool = True) -> Dokumen:
    """The field list of one desa: families to visit with their members and boxes for the
    result (recorded in the audit log now, or with ``catat=False`` by :func:`catat_cetak`).
    NIKs are masked."""
    kode = opsi.kode_desa
    desa, kec, kab = _periksa_desa(db, kode, pengguna)
    keluarga = sekspor.keluarga_desa(db, kode, dengan_anggota=True)
    if not opsi.semua:
        keluarga = [k for k in keluarga if k["status_verifikasi"] == StatusVerifikasi.BELUM
                    or k["persetujuan"] == Persetujuan.DIKEMBALIKAN]
    jenis = _jenis_desa(kode)
    if not keluarga:
        raise KesalahanDokumen(Pesan(
            "Tidak ada keluarga yang perlu dikunjungi di {jenis} {desa} ({kode}).",
            jenis=jenis.lower(), desa=desa, kode=kode))
    hari_ini = dt.date.today()
    hasil = (*(_t(f"{KOTAK} {status.LABEL[s]}") for s in (
        StatusVerifikasi.DITEMUKAN, StatusVerifikasi.TIDAK_DITEMUKAN, StatusVerifikasi.PINDAH,
        StatusVerifikasi.MENINGGAL, StatusVerifikasi.GANDA)), _t("Pindah ke: __________"))
    layak = (*(_t(f"{KOTAK} {status.LABEL[s]}") for s in Kelayakan), _t("Alasan: __________"))
    baris: list[tuple[Sel, ...]] = []
    for i, k in enumerate(keluarga, start=1):
        anggota: list[Teks] = []
        for a in k.get("anggota", []):
            jk = {"Laki-laki": "L", "Perempuan": "P"}.get(a["jenis_kelamin"] or "", "")
            usia = _usia(a["tanggal_lahir"], hari_ini)
            tanda = ""
            if a["status_anggota"] and a["status_anggota"] != StatusAnggota.ADA:
                tanda = f" [{status.label(a['status_anggota'], StatusAnggota)}]"
            rincian = ", ".join(x for x in (a["hubungan"], jk, f"{usia} th" if usia else "") if x)
            anggota.append(_t(f"{a['nama'] or '-'} - {rincian}{tanda}"))
            anggota.append(_t(f"   NIK {nik.samarkan_nik(a['nik']) or '-'}", Gaya.KECIL))
        kepala = [_t(k["nama_kepala"], Gaya.TEBAL), _t(k["alamat"]),
                  _t(f"ID {k['id_keluarga']} - desil {k['desil'] or '-'}", Gaya.KECIL)]
        if k["persetujuan"] == Persetujuan.DIKEMBALIKAN:
            catatan = nik.samarkan_catatan(k.get("catatan_pengembalian"), (k["id_keluarga"],))
            kepala.append(_t(f"Dikembalikan: {catatan}", Gaya.TEBAL))
        baris.append(((_t(i, rata=Rata.KANAN),), tuple(kepala), tuple(anggota) or (_t("-"),),
                      hasil, layak, (_t(""),)))
    saring = ("keluarga (semua keluarga di desa ini)" if opsi.semua
              else "keluarga yang belum diverifikasi atau dikembalikan verifikator")
    blok: list[Blok] = [
        _t("DAFTAR KUNJUNGAN VERIFIKASI P3KE", Gaya.JUDUL, Rata.TENGAH),
        _t(f"{jenis} {desa} ({kode}) - Kecamatan {kec} - {kab}", Gaya.SUBJUDUL, Rata.TENGAH),
        Spasi(2),
        _t(f"Isi: {len(keluarga)} {saring}. Dicetak {tanggal_panjang(hari_ini)}.    "
           f"Petugas: {opsi.nama_petugas or KOSONG * 2}    Tanggal kunjungan: {KOSONG}"),
        _t("Beri tanda centang pada hasil kunjungan dan kelayakan; tulis catatan di kolom "
           "terakhir. NIK ditampilkan tersamar (6 digit awal dan 4 digit akhir); cocokkan dengan "
           "KTP/KK.", Gaya.KECIL),
        Spasi(2),
        Tabel((Kolom("No", 0.45, Rata.KANAN), Kolom("Kepala keluarga / alamat", 2.6),
               Kolom("Anggota keluarga", 3.6), Kolom("Hasil kunjungan", 1.9),
               Kolom("Kelayakan", 2.0), Kolom("Catatan", 2.3)), baris),
    ]
    dok = Dokumen(Pesan("Daftar Kunjungan - {desa}", desa=_nama_desa(kode, desa)),
                  blok, Orientasi.LANSKAP,
                  len(keluarga), f"Daftar_Kunjungan_{kode}.pdf", _kaki(pengguna),
                  ("CETAK_DAFTAR_KUNJUNGAN", kode, len(keluarga)))
    if catat:
        catat_cetak(db, dok, pengguna)
    return dok


def _uraian_lingkup(db: BasisData, wilayah: tuple[str, ...]) -> str:
    """'Kecamatan Singkawang Barat (617202)', 'Wilayah kerja 617202, 617203' or 'Seluruh basis
    data': what a document of the regions ``wilayah`` covers."""
    if not wilayah:
        return Pesan("Seluruh basis data")
    if len(wilayah) > 1:
        return Pesan("Wilayah kerja {daftar}", daftar=", ".join(wilayah))
    kode = wilayah[0]
    t = tingkat(kode)
    nama = sekspor.nama_wilayah(db, kode) or ""
    if t == Tingkat.KABUPATEN_KOTA and nama.split(" ", 1)[0] in ("Kabupaten", "Kota"):
        return f"{nama} ({kode})"
    isi = f"{nama} ({kode})" if nama else f"({kode})"
    # messages, so that the window names the level in its language
    if t == Tingkat.DESA_KELURAHAN:
        return _nama_desa(kode, isi)
    if t == Tingkat.KECAMATAN:
        return Pesan("Kecamatan {wilayah}", wilayah=isi)
    if t == Tingkat.KABUPATEN_KOTA:
        return Pesan("Kabupaten/Kota {wilayah}", wilayah=isi)
    return Pesan("Wilayah {wilayah}", wilayah=isi)


def musyawarah_wilayah(opsi: OpsiBeritaAcara, kode_wilayah: str | None) -> Tingkat | None:
    """The level (kecamatan or kabupaten/kota) of the one meeting a berita acara of
    ``kode_wilayah`` records, ``None`` for each desa meeting on its own: a kecamatan or a
    kabupaten/kota chosen, the meeting's date given, and its place, its BA number, the title
    or the name of the official who signs it. A date alone may be several desa meetings on
    one day, a place alone several days in one hall. A kecamatan meeting without a place was
    held at the camat's office (:func:`tempat_bawaan`); a kabupaten/kota meeting's place is
    then written by hand."""
    t = tingkat(kode_wilayah or "")
    if t not in (Tingkat.KECAMATAN, Tingkat.KABUPATEN_KOTA) or opsi.tanggal is None:
        return None
    if ((opsi.tempat or "").strip() or opsi.nomor or opsi.nama_camat or opsi.nama_kepala_dinas
            or opsi.jabatan or (opsi.nip or "").strip()):
        return t
    return None


def musyawarah_kecamatan(opsi: OpsiBeritaAcara, kode_wilayah: str | None) -> bool:
    """Whether a berita acara of ``kode_wilayah`` records one meeting held for a whole
    kecamatan (:func:`musyawarah_wilayah`)."""
    return musyawarah_wilayah(opsi, kode_wilayah) == Tingkat.KECAMATAN


def dokumen_wilayah(db: BasisData, opsi: OpsiBeritaAcara | OpsiDaftarKunjungan,
                    pengguna: Pengguna, kode_wilayah: str | None) -> DokumenWilayah:
    """A berita acara or visit list (by the kind of ``opsi``, whose ``kode_desa`` is set per
    section) of every desa of ``kode_wilayah`` in one PDF: a kabupaten/kota, a kecamatan, a desa,
    or ``None`` for all the user sees. The scopes are the export's
    (:func:`kalbar_desktop.domain.akses.lingkup_ekspor`): a region only partly within the user's
    regions is refused. A visit list leaves out the desa with no family to visit. The name of
    the kepala desa belongs to one desa: given for several desa, it is refused (left blank, it
    is filled in by hand). A place or date given for several desa is every section's; not
    given, each section takes its desa and the date recorded for its families. A kecamatan or
    kabupaten/kota with the meeting's date and its place, number or signing official given is
    one meeting (:func:`musyawarah_wilayah`): its sections read as parts of it, with one BA
    number (given, or a dotted line) and the signature of the camat or of the head of the
    Dinas Sosial; otherwise a BA number for several desa, an official's name or title is
    refused, before anything is written or recorded."""
    ba = isinstance(opsi, OpsiBeritaAcara)
    if kode_wilayah and tingkat(kode_wilayah) not in (
            Tingkat.KABUPATEN_KOTA, Tingkat.KECAMATAN, Tingkat.DESA_KELURAHAN):
        raise KesalahanDokumen(Pesan(
            "Kode wilayah {kode} tidak sah: pakai kode kabupaten/kota (4 digit), kecamatan "
            "(6 digit) atau desa/kelurahan (10 digit).", kode=kode_wilayah))
    wilayah = lingkup_ekspor(pengguna, kode_wilayah)
    if wilayah is None or not boleh(pengguna, Aksi.LIHAT):
        raise KesalahanDokumen(Pesan(
            "{nama} ({peran}) tidak berwenang mencetak dokumen untuk wilayah {kode}. Wilayah "
            "kerjanya {wilayah}: pilih wilayah yang seluruhnya ada di dalamnya.",
            nama=pengguna.nama if pengguna else "-", peran=str(pengguna.peran) if pengguna else "-",
            kode=kode_wilayah or "-",
            wilayah=", ".join(wilayah_sendiri(pengguna)) or "-"))
    if ba:
        desa = sekspor.desa_dokumen(db, wilayah)
    else:
        desa = sekspor.desa_dokumen(db, wilayah, () if opsi.semua else (
            StatusVerifikasi.BELUM,), () if opsi.semua else (Persetujuan.DIKEMBALIKAN,))
    tempat = _uraian_lingkup(db, wilayah)
    if not desa:
        raise KesalahanDokumen(
            Pesan("Tidak ada keluarga dalam {tempat}; tidak ada yang dicetak.", tempat=tempat)
            if ba or opsi.semua else
            Pesan("Tidak ada keluarga yang perlu dikunjungi dalam {tempat}; tidak ada yang "
                  "dicetak.", tempat=tempat))
    rapat = musyawarah_wilayah(opsi, kode_wilayah) if ba else None
    if ba and nip_pejabat(opsi.nip) and rapat is None:
        raise KesalahanDokumen(_nip_tanpa_musyawarah())
    if ba and len(desa) > 1 and opsi.nama_kepala_desa:
        raise KesalahanDokumen(Pesan(
            "{tempat} memuat {n} desa/kelurahan: nama kepala desa/lurah berbeda untuk setiap "
            "desa, jadi kosongkan (diisi tangan di PDF), atau cetak satu desa.",
            tempat=tempat, n=len(desa)))
    if ba and rapat is None and (opsi.nama_camat or opsi.nama_kepala_dinas or opsi.jabatan
                                 or (len(desa) > 1 and opsi.nomor)):
        raise KesalahanDokumen(Pesan(
            "{tempat} memuat {n} desa/kelurahan dengan musyawarahnya masing-masing: nomor "
            "berita acara berbeda untuk setiap desa dan tidak ada tanda tangan camat atau "
            "kepala dinas, jadi kosongkan nomor, jabatan, dan nama camat atau kepala dinas. "
            "Setiap desa mendapat nomor BA musdes yang tercatat di data keluarganya (Nomor BA "
            "musdes) bila sama untuk semua keluarganya yang sudah diverifikasi atau bermusdes; "
            "selebihnya diisi tangan di PDF. Atau cetak satu desa. Bila satu musyawarah "
            "kecamatan atau kabupaten/kota diadakan untuk semua desanya, pilih kecamatannya "
            "atau kabupaten/kotanya dan isi tanggal dan tempatnya: nomor BA, jabatan, dan nama "
            "penandatangannya lalu berlaku untuk semua desa itu.",
            tempat=tempat, n=len(desa)))
    if rapat == Tingkat.KABUPATEN_KOTA and opsi.nama_camat:
        raise KesalahanDokumen(Pesan(
            "Satu musyawarah {tempat} ditandatangani kepala dinas, bukan camat: kosongkan nama "
            "camat dan isi nama kepala dinas. Nama camat hanya dicetak pada berita acara satu "
            "musyawarah kecamatan: pilih kecamatannya dan isi tanggal serta tempat "
            "musyawarahnya.", tempat=tempat))
    if rapat == Tingkat.KECAMATAN and opsi.nama_kepala_dinas:
        raise KesalahanDokumen(Pesan(
            "Satu musyawarah {tempat} ditandatangani camat, bukan kepala dinas: kosongkan nama "
            "kepala dinas dan isi nama camat. Nama kepala dinas hanya dicetak pada berita acara "
            "satu musyawarah kabupaten/kota.", tempat=tempat))
    urutan = {kode: i for i, (kode, _n) in enumerate(desa, start=1)}

    def buat(kode: str) -> Dokumen:
        o = replace(opsi, kode_desa=kode)
        if isinstance(o, OpsiBeritaAcara) and rapat is not None:
            o = replace(o, musyawarah_kecamatan=rapat == Tingkat.KECAMATAN,
                        musyawarah_kabupaten=rapat == Tingkat.KABUPATEN_KOTA,
                        bagian=(urutan[kode], len(desa)))
        if isinstance(o, OpsiBeritaAcara):
            return berita_acara(db, o, pengguna, catat=False)
        return daftar_kunjungan(db, o, pengguna, catat=False)

    judul = (Pesan("Berita Acara Hasil Verifikasi - {tempat}", tempat=tempat) if ba
             else Pesan("Daftar Kunjungan - {tempat}", tempat=tempat))
    berkas = "Berita_Acara" if ba else "Daftar_Kunjungan"
    return DokumenWilayah(judul, Orientasi.LANSKAP,
                          f"{berkas}_{kode_wilayah or 'semua'}.pdf", desa, buat)
