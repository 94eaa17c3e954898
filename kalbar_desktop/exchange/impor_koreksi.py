"""Re-import of a provincial workbook corrected in Excel: the verification columns of the
Data Keluarga sheet (and the member columns of Data Anggota) come back as a reviewed batch.

Two steps. :func:`baca` reads the workbook and compares each row with the database: it returns
a :class:`Pratinjau` listing, per family, which field changes from what to what, and the rows
that break a rule (with sheet, row and column), without writing anything. :func:`terapkan`
then applies the listed changes in one transaction through
:func:`kalbar_desktop.storage.verifikasi.simpan`, so permissions, required fields, the approval
lock, no-lost-update and the audit trail apply exactly as in the form; a row that fails there
is listed and skipped. Nothing but the verification fields of the listed families is touched.

Only the columns :data:`FIELD_DITERAPKAN` of Data Keluarga and :data:`LABEL_ANGGOTA` of Data
Anggota are read back; the P3KE source columns and the approval state are not (approval goes
through Ajukan/Setujui). A masked NIK perbaikan (``617201******0001``) is ignored.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import re
import tempfile
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

import msoffcrypto

from kalbar_desktop.domain import alamat as dalamat
from kalbar_desktop.domain import keterangan_jejak, status
from kalbar_desktop.domain import kolom as dkolom
from kalbar_desktop.domain import nik as dnik
from kalbar_desktop.domain.akses import Aksi, Pengguna, boleh
from kalbar_desktop.domain.pesan import Pesan, pesan_dari
from kalbar_desktop.domain.status import (
    AlasanTidakLayak,
    Kelayakan,
    Persetujuan,
    StatusAnggota,
    StatusVerifikasi,
)
from kalbar_desktop.domain.tanggal import urai_tanggal
from kalbar_desktop.exchange import koreksi_anggota_baru as kab
from kalbar_desktop.exchange import koreksi_id as kid
from kalbar_desktop.exchange import koreksi_usulan as kus
from kalbar_desktop.exchange.ekspor import (
    BATAS_TEKS,
    BUTIR_NOMOR_AUDIT,
    BUTIR_PENANDA_DIKENAL,
    BUTIR_PENANDA_USULAN,
    BUTIR_WAKTU_EKSPOR,
    LEMBAR_ANGGOTA,
    LEMBAR_KELUARGA,
    LEMBAR_KETERANGAN,
    PENANDA_USULAN_SEBAGIAN,
    bersihkan_teks,
    kolom_data_anggota,
    kolom_data_keluarga,
)
from kalbar_desktop.exchange.reader import (
    KesalahanBerkas,
    buka_lembar,
    huruf_kolom,
    sha256_berkas,
)
from kalbar_desktop.storage import audit, izin
from kalbar_desktop.storage import cadangan as scadangan
from kalbar_desktop.storage import ekspor as sekspor
from kalbar_desktop.storage import verifikasi as sv
from kalbar_desktop.storage import wilayah as swilayah
from kalbar_desktop.storage.db import BasisData, transaksi

Kemajuan = Callable[[str, float], None]

FIELD_DITERAPKAN: tuple[str, ...] = (
    "status_verifikasi", "kelayakan", "alasan", "alasan_lainnya", "pindah_ke",
    "id_keluarga_ganda", "tanggal_kunjungan", "nama_verifikator", "catatan", "no_musdes",
    "tanggal_musdes")
"""Verification fields a corrected workbook may change."""
FIELD_TIDAK_DITERAPKAN: tuple[str, ...] = ("persetujuan", "catatan_pengembalian")
"""Verification fields shown in the workbook that a re-import never changes."""

_LABEL = {"status_verifikasi": StatusVerifikasi, "kelayakan": Kelayakan,
          "alasan": AlasanTidakLayak, "persetujuan": Persetujuan}
_ID = ("id_keluarga_ganda",)
"""Identifier fields (digits kept as text). 'Pindah ke' is not one: it holds an address
('Kab. Kubu Raya') as often as a region code, and a code typed as a number is read as its
digits like any text."""
_HEADER_ID = dkolom.normalisasi_header("ID Keluarga P3KE")
_HEADER_INDIVIDU = dkolom.normalisasi_header("ID Individu")
LABEL_ANGGOTA = {"status_anggota": Pesan("Status anggota"),
                 "nik_perbaikan": Pesan("NIK perbaikan"), "catatan": Pesan("Catatan anggota")}
"""Data Anggota columns a corrected workbook may change (field -> header; a ``Pesan``: a problem
names the column in the interface language, the workbook's header stays Indonesian)."""
PERINGATAN_TANPA_WAKTU = (
    "Workbook ini tidak memuat waktu ekspor (lembar Keterangan tidak ada): isian yang diubah di "
    "aplikasi sesudah ekspor tidak bisa dikenali dan akan ditimpa. Periksa setiap perubahan, "
    "atau minta workbook yang utuh.")
PERINGATAN_BASIS_LAIN = (
    "Workbook ini diekspor dari basis data lain (laptop lain, atau salinan yang sudah diubah "
    "sendiri): isian yang diubah di basis data ini tanpa sepengetahuan workbook dipertahankan; "
    "bila workbook juga mengubahnya ke nilai lain, keluarga itu menunggu Anda memilih nilai "
    "yang dipakai (konflik).")
PESAN_KONFLIK = (
    "{0} keluarga berkonflik ({1} isian diubah di basis data ini dan di workbook dengan nilai "
    "berbeda, misalnya {2}): tidak diterapkan sampai dipilih nilai mana yang dipakai.")
PESAN_NILAI_LAMA = (
    "Nilai lama dari laptop diabaikan: {0} isian di workbook sama dengan nilai yang dulu pernah "
    "dipegang basis data ini (misalnya {1}); nilai basis data dipakai. Bila laptop memang "
    "mengembalikannya, pilih 'Pakai nilai workbook'.")
PESAN_SUDAH_DIPUTUSKAN = (
    "{0} isian sudah diputuskan pada impor sebelumnya (nilai basis data dipakai), tidak "
    "ditanyakan lagi.")
PESAN_KONFLIK_BERMASALAH = (
    "{0} keluarga berkonflik juga punya masalah lain (misalnya ID Keluarga {1}): tidak "
    "diterapkan apa pun pilihannya; betulkan dulu barisnya di workbook, lalu baca lagi.")
PESAN_BARIS_HILANG = (
    "Lembar Data Keluarga kini memuat {0} baris berisi ID, saat diekspor {1}: keluarga yang "
    "barisnya dihapus tidak diubah (baris yang dihapus tidak menghapus apa pun).")
PESAN_HILANG_DISEBUT = (
    "{0} keluarga dan {1} anggota yang ada di workbook saat diekspor tidak punya baris lagi "
    "(dihapus, atau ID-nya diketik ulang); masing-masing disebut di daftar masalah dengan "
    "ID-nya.")
PESAN_ANGGOTA_BARU = "{0} anggota baru akan ditambahkan (ID dibuat di basis data ini)."
PESAN_ANGGOTA_BARU_ADA = "{0} anggota baru sudah ada, tidak ditambahkan lagi."
PESAN_ID_DIPULIHKAN = (
    "{0} ID Keluarga yang tersimpan sebagai angka di workbook (nol di depan hilang) dicocokkan "
    "kembali dengan keluarganya, misalnya baris {1}: {2} -> {3}.")
PESAN_ANGGOTA_BARU_DITAHAN = (
    "{0} anggota baru bermasalah tidak ditambahkan (baris lain keluarganya tetap diterapkan); "
    "betulkan barisnya lalu impor lagi.")
PESAN_USULAN_SAMA = (
    "Usulan keluarga baru {0} kembali dari workbook ini: {1} anggotanya memang anggota usulan "
    "itu di basis data ini, tidak ada yang perlu ditambahkan.")
PAKAI_BASIS = "BASIS_DATA"
PAKAI_WORKBOOK = "WORKBOOK"
AKSI_PILIH = "PILIH_KONFLIK"
"""Audit action of a conflict settled by the user (who chose which value)."""
_POLA_SUMBER = re.compile(r"penanda workbook (\d+:[0-9a-f]+)")
PESAN_DIPERTAHANKAN = (
    "{0} keluarga masih 'Belum diverifikasi' di workbook tetapi sudah diverifikasi di basis "
    "data (misalnya {1}): hasil verifikasi di basis data dipertahankan, tidak ditimpa.")
_AWALAN_USULAN = "UB-"
"""The start of the ID of a proposed new family (``UB-{kode desa}-0001``), made by each
database on its own."""


def _keluarga_tidak_ada(id_keluarga: str) -> str:
    """Why a family of the workbook is not here: a proposed new family (usulan baru) made on a
    laptop is not carried by a re-import (its ID would be another family's at the office)."""
    if id_keluarga.startswith(_AWALAN_USULAN):
        return Pesan("ID Keluarga {id_keluarga} tidak ada di basis data. Usulan keluarga baru "
                     "dari laptop tidak dibawa lewat impor ulang: masukkan di kantor dengan "
                     "Verifikasi > Usulan keluarga baru", id_keluarga=id_keluarga)
    return Pesan("ID Keluarga tidak ada di basis data")


def _tanpa_id(nama: str | None, alamat: str | None, desa: str | None) -> str:
    """Why a Data Keluarga row without ID Keluarga holding entries is not applied, naming the
    family by its head (or, with no name, by its address) and its desa, and what to do."""
    if nama or not alamat:
        return Pesan("ID Keluarga kosong pada baris keluarga '{nama}' di desa '{desa}' yang "
                     "berisi isian: isi ID Keluarga dari baris aslinya, atau catat keluarga ini "
                     "sebagai usulan keluarga baru di kantor (Verifikasi > Usulan keluarga "
                     "baru...)", nama=nama or "-", desa=desa or "-")
    return Pesan("ID Keluarga kosong pada baris berisi alamat '{alamat}' di desa '{desa}' tanpa "
                 "nama kepala keluarga: isi ID Keluarga dari baris aslinya, atau catat keluarga "
                 "ini sebagai usulan keluarga baru di kantor (Verifikasi > Usulan keluarga "
                 "baru...); bila baris ini memang sisa, kosongkan alamatnya", alamat=alamat,
                 desa=desa or "-")


def _kepala_baru_ditahan(nama: str, baris: int, kepala: bool) -> str:
    """Why a family is held back by its new member's bad row that is its new head (``kepala``)
    or may be (its Hubungan cannot be read): a new head replaces the head's data."""
    if kepala:
        return Pesan("Anggota baru {nama} (lembar {lembar} baris {baris}) dicatat sebagai Kepala "
                     "Keluarga tetapi barisnya bermasalah, jadi tidak ada perubahan keluarga ini "
                     "yang diterapkan: kepala keluarga baru mengganti data kepala keluarga, dan "
                     "perubahan lain keluarga ini bisa bergantung padanya. Betulkan baris "
                     "anggota itu lalu impor lagi workbook ini", nama=nama, lembar=LEMBAR_ANGGOTA,
                     baris=baris)
    return Pesan("Anggota baru {nama} (lembar {lembar} baris {baris}) bermasalah dan Hubungan "
                 "dengan Kepala Keluarga-nya tidak terbaca, jadi bisa jadi kepala keluarga baru: "
                 "tidak ada perubahan keluarga ini yang diterapkan, karena kepala keluarga baru "
                 "mengganti data kepala keluarga dan perubahan lain keluarga ini bisa bergantung "
                 "padanya. Betulkan baris anggota itu lalu impor lagi workbook ini", nama=nama,
                 lembar=LEMBAR_ANGGOTA, baris=baris)


def _rumus(akibat: str, galat: str | None = None) -> str:
    """Why a cell holding a formula without a stored value, or an Excel error (``galat``:
    ``#NAME?``), is not read, and what to do."""
    if galat:
        return Pesan("sel ini berisi galat Excel {galat}, bukan isian: biasanya tulisan yang "
                     "diawali tanda '-', '+' atau '=' (misalnya '- rumah kosong') dianggap "
                     "Excel sebagai rumus, jadi isinya tidak terbaca dan {akibat}. Ketik ulang "
                     "isinya diawali tanda petik (') agar Excel menyimpannya sebagai teks, "
                     "misalnya '- rumah kosong, atau tanpa tanda di depannya, lalu impor lagi",
                     galat=galat, akibat=akibat)
    return Pesan("sel ini berisi rumus yang belum pernah dihitung (tanpa nilai tersimpan): "
                 "workbook ditulis program lain dan belum pernah dibuka lalu disimpan di Excel, "
                 "jadi isinya tidak terbaca dan {akibat}. Buka workbook di Excel atau "
                 "LibreOffice lalu simpan (rumusnya dihitung), atau ketik isinya langsung tanpa "
                 "rumus, lalu impor lagi", akibat=akibat)


def _tersamar(nomor: str) -> Pesan:
    """Why a note holding a masked number that stands for nothing stored is not applied (the
    rest of its row is: :data:`JENIS_MASALAH` ``CATATAN_DITAHAN``)."""
    return Pesan("catatan ini berisi nomor tersamar {nomor} yang tidak ada di catatan basis data "
                 "(catatan itu diubah di aplikasi sesudah workbook diekspor, atau nomornya "
                 "disalin dari catatan lain), jadi catatan ini tidak diterapkan: bintangnya "
                 "akan tersimpan sebagai catatan. Catatan di basis data tetap; isian lain baris "
                 "ini tetap diterapkan. Untuk mengganti catatan, ketik nomor lengkapnya atau "
                 "hapus nomor itu, lalu impor lagi", nomor=nomor)


PESAN_CATATAN_DITAHAN = (
    "{0} catatan berisi nomor tersamar yang tidak ada lagi di catatan basis data, jadi tidak "
    "diterapkan (misalnya lembar {1} baris {2}); catatan di basis data tetap, isian lain "
    "barisnya diterapkan.")


AKIBAT_KELUARGA = Pesan("keluarga ini tidak diterapkan")
AKIBAT_BARIS = Pesan("baris ini tidak diterapkan")
PESAN_RUMUS = (
    "{0} sel berisi rumus tanpa nilai tersimpan atau galat Excel seperti #NAME? (misalnya "
    "lembar {1} sel {2}): keluarganya tidak diterapkan; lihat masalah tiap sel untuk cara "
    "membetulkannya, lalu baca lagi.")
PESAN_KOLOM_TAMBAHAN = (
    "Kolom tambahan yang tidak dibaca impor ulang: {0}. Isinya tidak diterapkan: betulkan "
    "alamat (termasuk RT/RW) di formulir keluarga, bagian Identitas dan alamat, atau tulis di "
    "kolom Catatan (Catatan anggota) agar ikut diimpor.")
KOLOM_TAMBAHAN = "lembar {0} kolom {1} '{2}' ({3} baris berisi)"
PESAN_KOLOM_RT_RW = (
    "Kolom RT/RW yang ditambahkan sendiri tidak diterapkan: {0}. RT/RW adalah bagian alamat, "
    "data P3KE yang tidak diubah lewat impor ulang (yang diterapkan hanya kolom verifikasi), "
    "jadi alamat di basis data tetap. Bila RT/RW suatu keluarga memang salah, betulkan "
    "alamatnya di formulir keluarga, bagian Identitas dan alamat.")
_RT_RW = re.compile(r"(no\.?\s*)?r[tw](\s*[/.-]?\s*r[tw])?", re.IGNORECASE)
PESAN_RT_RW_BEDA = (
    "{0} keluarga yang RT/RW-nya di workbook tidak sama dengan alamatnya di basis data disebut "
    "satu per satu di daftar masalah, dengan alamat yang berlaku, untuk dibetulkan di "
    "formulirnya bila memang berubah.")


def kolom_rt_rw(judul: str) -> bool:
    """Whether a column added by hand holds RT and/or RW by its header ('RT', 'RW', 'RT/RW',
    'No. RT')."""
    return _RT_RW.fullmatch(judul.strip()) is not None


def _rumus_per_baris(rumus: dict[int, list[int]], kolom: Iterable[int | None],
                     kepala: int) -> dict[int, list[int]]:
    """The cells of ``rumus`` (column -> rows) in the columns ``kolom`` below header row
    ``kepala``, by row: row -> columns."""
    hasil: dict[int, list[int]] = {}
    for i in sorted({i for i in kolom if i is not None}):
        for nomor in rumus.get(i, ()):
            if nomor > kepala:
                hasil.setdefault(nomor, []).append(i)
    return hasil


def _kolom_tambahan(kepala: list) -> list[tuple[int, str]]:
    """The columns of a header row whose header the application does not write (index,
    header as written)."""
    return [(i, " ".join(h.split())) for i, h in enumerate(kepala) if isinstance(h, str)
            and (n := dkolom.normalisasi_header(h)) and n not in _DIEKSPOR]


def _keluarga_lain(baris: int) -> str:
    """Why a member's row of a laptop's usulan carrying another family's ID is not applied."""
    return Pesan("keluarganya di lembar Data Keluarga (baris {baris}) adalah usulan lain dari "
                 "laptop, bukan keluarga dengan ID ini di basis data ini; tidak diterapkan",
                 baris=baris)


ALASAN_IMPOR_ULANG = sv.ALASAN_IMPOR_ULANG
"""The start of the audit reason of every change a re-import applies."""
BARIS_CARI_HEADER = 10
_ISI_LAIN = "(isi kolom lain)"
"""Stands for the cells of a data row a re-import does not read, when one of them is filled."""
_HEADER_KELUARGA_PERLU = frozenset(
    [_HEADER_ID] + [dkolom.normalisasi_header(status.LABEL_FIELD[f])
                    for f in (*FIELD_DITERAPKAN, *FIELD_TIDAK_DITERAPKAN)])
_HEADER_ANGGOTA_PERLU = frozenset(
    [_HEADER_INDIVIDU] + [dkolom.normalisasi_header(h) for h in LABEL_ANGGOTA.values()])
_HEADER_DESA = dkolom.normalisasi_header(dkolom.KOLOM_KELUARGA["desa"].header)
_HEADER_ALAMAT = dkolom.normalisasi_header(dkolom.KOLOM_KELUARGA["alamat"].header)
_HEADER_STATUS_ANGGOTA = dkolom.normalisasi_header(LABEL_ANGGOTA["status_anggota"])
_DIEKSPOR = frozenset(dkolom.normalisasi_header(k.header)
                      for k in (*kolom_data_keluarga(), *kolom_data_anggota()))
"""The headers the application writes in Data Keluarga and Data Anggota; a column with another
header was added by hand."""
_ID_ANGGOTA_BARU = re.compile(r"-B\d+$", re.IGNORECASE)
"""The end of an ID made for a member added in the application (``{id_keluarga}-B01``)."""


def _usulan(sel: list, posisi: dict[str, int]) -> bool:
    """Whether a Data Keluarga row is a proposed new family (its head's name, NIK, No KK and
    desa are then kept, to tell it from another database's usulan with the same ID), or has
    no ID (a problem about it names the family)."""
    idk = _teks(_sel(sel, posisi.get(_HEADER_ID)))
    return not idk or idk.upper().startswith(_AWALAN_USULAN)


def _mungkin_anggota_baru(sel: list, posisi: dict[str, int]) -> bool:
    """Whether a Data Anggota row may be a new member (its own fields are then kept: name,
    NIK, birth date...): its ID is empty or one made for a new member, or its Status anggota
    reads "Anggota baru" (or cannot be read). A district's other 400,000 rows keep only the
    columns every row needs."""
    idi = _teks(_sel(sel, posisi.get(_HEADER_INDIVIDU)))
    if not idi or _ID_ANGGOTA_BARU.search(idi):
        return True
    try:
        return status.dari_teks(_sel(sel, posisi.get(_HEADER_STATUS_ANGGOTA)),
                                StatusAnggota) == StatusAnggota.ANGGOTA_BARU
    except ValueError:
        return True
MAKS_MASALAH = 5_000
MAKS_TIDAK_BERWENANG = 50
"""At most this many family IDs refused for the region are named in the audit row."""


class KesalahanImporKoreksi(Exception):
    """The workbook cannot be read back. The message is Indonesian and names the file;
    ``lembar``, ``baris`` and ``kolom`` say where in the workbook, when one place is to blame
    (a sheet missing, a header row or column not found), for the problems list
    (``exchange.daftar_masalah_koreksi.ditolak``); ``sha256`` is the refused file's, when it
    could be read."""

    def __init__(self, pesan: object, *, lembar: str | None = None, baris: int | None = None,
                 kolom: str | None = None) -> None:
        super().__init__(pesan)
        self.lembar, self.baris, self.kolom = lembar, baris, kolom
        self.sha256: str | None = None


class Dibatalkan(Exception):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class Perubahan:
    """One field of one family, or of one member (``id_individu``): old -> new (stored values,
    ``None`` = empty)."""

    field: str
    lama: str | None
    baru: str | None
    id_individu: str | None = None
    nama: str | None = None
    """The member's name (member changes)."""
    baris: int | None = None
    """The row in Data Anggota (member changes)."""

    @property
    def kolom(self) -> str:
        if self.id_individu:
            return Pesan("{label} ({nama})", label=LABEL_ANGGOTA[self.field],
                         nama=self.nama or self.id_individu)
        return status.LABEL_FIELD[self.field]

    def teks(self, nilai: str | None) -> str:
        """A value as the user reads it (labels for codes, dd/mm/yyyy for dates)."""
        if nilai is None:
            return ""
        if self.id_individu and self.field == "status_anggota":
            return status.label(nilai, StatusAnggota)
        if self.field in _LABEL and not self.id_individu:
            return status.label(nilai, _LABEL[self.field])
        if self.field in status.FIELD_TANGGAL:
            try:
                return dt.date.fromisoformat(nilai).strftime("%d/%m/%Y")
            except ValueError:
                return nilai
        return nilai


@dataclass
class Konflik:
    """A field changed here without the workbook knowing and differently in the workbook:
    someone chooses which value is kept (:attr:`pilihan`)."""

    perubahan: Perubahan
    """``lama`` = the value in this database, ``baru`` = the workbook's value."""
    asal: str
    """Where this database's value came from (Indonesian: who, when, from which workbook)."""
    jenis: str = "KONFLIK"
    """``KONFLIK`` (undecided until chosen) or ``NILAI_LAMA`` (the workbook holds a value this
    field once held here: a stale copy, the database's value kept unless chosen otherwise)."""
    pilihan: str | None = None
    """:data:`PAKAI_BASIS`, :data:`PAKAI_WORKBOOK` or ``None`` (undecided)."""
    anggota_dasar: sv.PerubahanAnggota | None = None
    """The member's complete state here (member fields), the base the choice is applied to."""

    @property
    def nilai_basis(self) -> str:
        return self.perubahan.teks(self.perubahan.lama)

    def uraian(self, k: PerubahanKeluarga) -> str:
        """``ID Keluarga 0061729003, Catatan: workbook 'awal', basis data 'kantor baru'``."""
        return Pesan("ID Keluarga {id_keluarga}, {kolom}: workbook '{workbook}', basis data "
                     "'{basis}'", id_keluarga=k.id_keluarga, kolom=self.perubahan.kolom,
                     workbook=_ringkas(self.nilai_workbook or "-", 40),
                     basis=_ringkas(self.nilai_basis or "-", 40))

    @property
    def nilai_workbook(self) -> str:
        return self.perubahan.teks(self.perubahan.baru)


@dataclass
class PerubahanKeluarga:
    """The changes of one family: its row of Data Keluarga and its members' rows of Data
    Anggota."""

    baris: int | None
    id_keluarga: str
    nama_kepala: str | None
    versi: int
    """The version the comparison was made against (a later save makes the apply refuse)."""
    perubahan: list[Perubahan]
    verifikasi: status.Verifikasi
    """The complete verification after the changes."""
    anggota: list[sv.PerubahanAnggota] = field(default_factory=list)
    """The members' complete state after the changes (only changed members)."""
    konflik: list[Konflik] = field(default_factory=list)
    """Fields where this database and the workbook disagree; :attr:`verifikasi` and
    :attr:`anggota` hold this database's value there until a choice says otherwise."""
    anggota_baru: list[kab.AnggotaBaru] = field(default_factory=list)
    """Members to add (rows of Data Anggota with "Anggota baru" this database does not hold)."""

    @property
    def menunggu(self) -> bool:
        """Whether a conflict is still undecided (the family is not applied)."""
        return any(k.pilihan is None for k in self.konflik)

    def hasil_pilihan(self) -> tuple[status.Verifikasi, list[sv.PerubahanAnggota]]:
        """The verification and member states to save with the choices applied."""
        v = replace(self.verifikasi)
        anggota = {a.id_individu: a for a in self.anggota if a.id_individu}
        for k in self.konflik:
            if k.pilihan != PAKAI_WORKBOOK:
                continue
            p = k.perubahan
            if p.id_individu:
                dasar = anggota.get(p.id_individu) or k.anggota_dasar
                assert dasar is not None
                anggota[p.id_individu] = replace(dasar, **{p.field: p.baru})
            else:
                setattr(v, p.field, p.baru)
        # each new member is its own PerubahanAnggota (id_individu None: never keyed together)
        return v, [*anggota.values(), *(a for a in self.anggota if not a.id_individu),
                   *(b.perubahan(LEMBAR_ANGGOTA) for b in self.anggota_baru)]

    @property
    def ada_yang_diterapkan(self) -> bool:
        """Whether saving would change anything (a change, or a conflict settled for the
        workbook's value)."""
        return bool(self.perubahan or self.anggota_baru) or any(
            k.pilihan == PAKAI_WORKBOOK for k in self.konflik)

    @property
    def jumlah_diterapkan(self) -> int:
        """Changes saving would make: fields, new members and conflicts settled for the
        workbook's value (what the apply button counts)."""
        return len(self.perubahan) + len(self.anggota_baru) + sum(
            k.pilihan == PAKAI_WORKBOOK for k in self.konflik)


JENIS_MASALAH: dict[str, str] = {
    "ID_KOSONG": "ID Keluarga kosong",
    "ID_GANDA": "ID muncul lebih dari sekali",
    "ID_TIDAK_ADA": "ID tidak ada di basis data",
    "NILAI_TIDAK_SAH": "Nilai tidak sah",
    "TIDAK_LEWAT_IMPOR": "Tidak bisa diubah lewat impor ulang",
    "TIDAK_BERWENANG": "Tidak berwenang",
    "TERKUNCI": "Keluarga sudah diajukan atau disetujui",
    "ISIAN_TIDAK_LENGKAP": "Isian verifikasi tidak lengkap atau tidak cocok",
    "DIUBAH_DI_APLIKASI": "Diubah di aplikasi setelah workbook diekspor",
    "KONFLIK_WORKBOOK": "Diisi dari workbook lain setelah workbook ini diekspor",
    "ANGGOTA_BERMASALAH": "Anggota bermasalah",
    "ANGGOTA_LAIN": "ID Individu milik orang lain di basis data ini",
    "KELUARGA_LAIN": "ID Keluarga milik keluarga lain di basis data ini",
    "KELUARGA_BERMASALAH": "Keluarganya bermasalah",
    "GAGAL_SIMPAN": "Tidak tersimpan",
    "RUMUS_TANPA_NILAI": "Rumus tanpa nilai tersimpan",
    "CATATAN_DITAHAN": "Catatan tidak diterapkan (nomor tersamar)",
    "RT_RW_TIDAK_DITERAPKAN": "RT/RW tidak diterapkan (alamat)",
    "BARIS_DIHAPUS": "Baris dihapus dari workbook",
}
"""What kind of problem a row has (:attr:`MasalahBaris.jenis`), as a short title: the
re-import window shows it translated in another language (the message itself is Indonesian)."""
JENIS_KONFLIK = frozenset({"DIUBAH_DI_APLIKASI", "KONFLIK_WORKBOOK"})
"""Problems a choice settles (:class:`Konflik`): the family waits in :attr:`Pratinjau.konflik`."""
JENIS_SEL_SAJA = frozenset({"CATATAN_DITAHAN", "RT_RW_TIDAK_DITERAPKAN"})
"""Problems of one cell only, left as the database has it: the rest of the row is applied, so
the row is not counted among the rows not applied."""


@dataclass(frozen=True)
class MasalahBaris:
    """A row that is not applied, and why (Indonesian)."""

    baris: int | None
    id_keluarga: str | None
    kolom: str | None
    pesan: str
    lembar: str = LEMBAR_KELUARGA
    jenis: str = "NILAI_TIDAK_SAH"
    """A key of :data:`JENIS_MASALAH`."""
    id_individu: str | None = None
    """The member's ID Individu, for a row of Data Anggota when it has one."""
    nilai: str | None = None
    """The value found in the workbook's cell, when one is to blame (as read: a note may hold
    NIKs; whoever writes it out masks it)."""

    def teks(self) -> str:
        tempat = f"Lembar {self.lembar}"
        if self.baris:
            tempat += f" baris {self.baris}"
        if self.kolom:
            tempat += f", kolom {self.kolom}"
        idk = f" (ID Keluarga {self.id_keluarga})" if self.id_keluarga else ""
        return f"{tempat}{idk}: {self.pesan}"


@dataclass
class Pratinjau:
    """What a corrected workbook would change."""

    berkas: Path
    sha256: str
    keluarga: list[PerubahanKeluarga] = field(default_factory=list)
    masalah: list[MasalahBaris] = field(default_factory=list)
    baris_dibaca: int = 0
    tanpa_perubahan: int = 0
    kolom_tidak_ada: list[str] = field(default_factory=list)
    """Verification columns missing from the sheet (not compared)."""
    verifikasi_dipertahankan: list[str] = field(default_factory=list)
    """Families 'Belum diverifikasi' in the workbook but verified in the database: their
    verification is kept (not reset by the workbook)."""
    waktu_ekspor: dt.datetime | None = None
    """When the workbook was exported (its Keterangan sheet), when known: a family saved in the
    application since then is not overwritten by the workbook."""
    dari_basis_data_lain: bool = False
    """The workbook was exported from another database (another laptop, or a copy that went
    its own way): a field changed here that the workbook did not know keeps its value unless
    the workbook changed it too (then the family is a conflict and waits for a choice)."""
    konflik: list[PerubahanKeluarga] = field(default_factory=list)
    """Families with an undecided conflict (or whose only difference is a stale laptop value):
    applied by :func:`terapkan` once every :class:`Konflik` has a choice."""
    konflik_bermasalah: list[PerubahanKeluarga] = field(default_factory=list)
    """Families in conflict whose row also has another problem (listed in :attr:`masalah`):
    not applied whatever is chosen, so their conflicts are shown beside the others
    (:attr:`konflik_tampil`) but offered for no choice."""
    sudah_diputuskan: int = 0
    """Fields whose same workbook value was refused in an earlier re-import's choice."""
    penanda: str | None = None
    """The workbook's audit marker (``"<number>:<hash prefix>"``), or ``None``."""
    dikenal: list[str] = field(default_factory=list)
    """The markers the workbook carried (what its database knew)."""
    baris_saat_ekspor: int | None = None
    """Data rows of Data Keluarga when exported (Keterangan), when known."""
    anggota_baru_ditahan: list[tuple[int, str]] = field(default_factory=list)
    """New members' rows refused on their own (row of Data Anggota, ID Keluarga): listed in
    :attr:`masalah`, not added; the rest of their family is applied."""
    id_dipulihkan: list[tuple[int, str, str]] = field(default_factory=list)
    """Data Keluarga rows whose ID Keluarga was a number (Excel dropped its leading zeros)
    matched back to the only family with those digits: (row, the number, the ID)."""
    usulan_sama: dict[str, int] = field(default_factory=dict)
    """Usulan of this database coming back from another database's workbook (ID Keluarga ->
    how many of its own members the workbook shows): already here, nothing to add."""
    anggota_baru_sudah_ada: list[tuple[int, str, str]] = field(default_factory=list)
    """New members of the workbook this database already holds (the same workbook again,
    two laptops adding the same baby, typed at the office too), as (row of Data Anggota,
    ID Keluarga, ID Individu here): not added again."""
    rumus_tanpa_nilai: list[tuple[str, str]] = field(default_factory=list)
    """Cells of read columns holding a formula without a stored value, as (sheet, cell such as
    ``AS12``): each is a problem (:data:`JENIS_MASALAH` ``RUMUS_TANPA_NILAI``) holding back its
    family or its row."""
    kolom_tidak_dibaca: list[tuple[str, str, str, int]] = field(default_factory=list)
    """Columns added by hand that hold data (sheet, column letter, header, rows filled): not
    read, named in the summary with where to write their content."""
    sel_galat: list[tuple[str, str, str]] = field(default_factory=list)
    """The cells of :attr:`rumus_tanpa_nilai` holding an Excel error, as (sheet, cell, the
    error such as ``#NAME?``)."""
    keluarga_hilang: list[tuple[str, str | None]] = field(default_factory=list)
    """Families the workbook held when exported whose row is gone from Data Keluarga (deleted,
    or their ID typed over), as (ID Keluarga, head's name); named only when this database
    holds, in the workbook's region, as many families as were exported (see
    :func:`_baris_hilang`)."""
    anggota_hilang: list[tuple[str, str, str | None]] = field(default_factory=list)
    """Members (of families whose row is still there) the workbook held when exported whose
    row is gone from Data Anggota, as (ID Keluarga, ID Individu, name); named on the same
    condition, with the members' count."""

    @property
    def anggota_baru(self) -> list[tuple[PerubahanKeluarga, kab.AnggotaBaru]]:
        """The members to add, with their family: of the families to apply, then of those
        waiting for a conflict's choice (added with their family once it is chosen)."""
        return [(k, b) for k in (*self.keluarga, *self.konflik) for b in k.anggota_baru]

    @property
    def masalah_hilang(self) -> list[MasalahBaris]:
        """:attr:`keluarga_hilang` and :attr:`anggota_hilang` as lines of the problems list
        (nothing is applied for them: a deleted row deletes nothing)."""
        return [*(MasalahBaris(None, idk, None, Pesan(
            "Keluarga ini (kepala keluarga {nama}) ada di workbook saat diekspor, tetapi "
            "barisnya tidak ada lagi di lembar ini (dihapus, atau ID Keluarga-nya diketik "
            "ulang): keluarga ini tidak diubah. Tanyakan kepada yang mengoreksi workbook; bila "
            "keluarga memang tidak layak atau pindah, kembalikan barisnya dan isi kolom "
            "verifikasinya", nama=nama or "-"), jenis="BARIS_DIHAPUS")
            for idk, nama in self.keluarga_hilang),
            *(MasalahBaris(None, idk, None, Pesan(
                "Anggota ini ({nama}) ada di workbook saat diekspor, tetapi barisnya tidak ada "
                "lagi di lembar ini: anggota ini tidak diubah. Tanyakan kepada yang mengoreksi "
                "workbook; bila anggota memang meninggal atau pindah, kembalikan barisnya dan "
                "isi Status anggota", nama=nama or "-"), lembar=LEMBAR_ANGGOTA,
                jenis="BARIS_DIHAPUS", id_individu=idi)
              for idk, idi, nama in self.anggota_hilang)]

    @property
    def jumlah_anggota_baru(self) -> int:
        """New members the changed families would add."""
        return len(self.anggota_baru)

    @property
    def baris_hilang(self) -> int:
        """Data Keluarga rows fewer than at the export (deleted or cut in the spreadsheet)."""
        if self.baris_saat_ekspor is None:
            return 0
        return max(self.baris_saat_ekspor - self.baris_dibaca, 0)

    @property
    def semua_konflik(self) -> list[tuple[PerubahanKeluarga, Konflik]]:
        """Every conflict of the preview, with its family, in row order."""
        return [(k, x) for k in (*self.keluarga, *self.konflik) for x in k.konflik]

    @property
    def konflik_tampil(self) -> list[tuple[PerubahanKeluarga, Konflik]]:
        """What the window's conflicts table lists: :attr:`semua_konflik` (to choose), then the
        conflicts of :attr:`konflik_bermasalah` (shown only; the row must be corrected
        first)."""
        return self.semua_konflik + [(k, x) for k in self.konflik_bermasalah
                                     for x in k.konflik]

    def pilih(self, pilihan: str, id_keluarga: str | None = None) -> int:
        """Choose :data:`PAKAI_BASIS` or :data:`PAKAI_WORKBOOK` for the conflicts of one family
        (every family when ``None``). Returns how many fields were set."""
        n = 0
        for k, x in self.semua_konflik:
            if id_keluarga is None or k.id_keluarga == id_keluarga:
                x.pilihan = pilihan
                n += 1
        return n

    @property
    def siap_diterapkan(self) -> list[PerubahanKeluarga]:
        """The families :func:`terapkan` would save with the current choices."""
        return [k for k in (*self.keluarga, *self.konflik)
                if not k.menunggu and (k.ada_yang_diterapkan or k.anggota)]

    @property
    def baris_bermasalah(self) -> int:
        """Rows not applied for a problem other than a conflict (a row with several problems
        counts once; conflicts are counted in their own sentence)."""
        return len({(m.lembar, m.baris, m.id_keluarga if m.baris is None else None)
                    for m in self.masalah
                    if m.jenis not in JENIS_KONFLIK and m.jenis not in JENIS_SEL_SAJA})

    @property
    def rt_rw_beda(self) -> list[MasalahBaris]:
        """Families whose RT/RW typed in a column added by hand differ from their address
        here (not applied: the address is corrected in the form)."""
        return [m for m in self.masalah if m.jenis == "RT_RW_TIDAK_DITERAPKAN"]

    @property
    def catatan_ditahan(self) -> list[MasalahBaris]:
        """Notes left as the database has them (a masked number standing for nothing stored);
        the rest of their rows is applied."""
        return [m for m in self.masalah if m.jenis == "CATATAN_DITAHAN"]

    @property
    def jumlah_perubahan(self) -> int:
        return sum(len(k.perubahan) for k in self.keluarga)

    def pesan(self) -> str:
        """A summary sentence (Indonesian)."""
        teks = (f"{self.berkas.name}: {self.baris_dibaca} baris dibaca; "
                f"{len(self.keluarga)} keluarga berubah ({self.jumlah_perubahan} isian), "
                f"{self.tanpa_perubahan} tanpa perubahan, {self.baris_bermasalah} baris bermasalah "
                "(tidak diterapkan).")
        if self.kolom_tidak_ada:
            teks += f" Kolom tidak ada (tidak dibandingkan): {', '.join(self.kolom_tidak_ada)}."
        if self.jumlah_anggota_baru:
            teks += " " + PESAN_ANGGOTA_BARU.format(self.jumlah_anggota_baru)
        if self.id_dipulihkan:
            teks += " " + PESAN_ID_DIPULIHKAN.format(len(self.id_dipulihkan),
                                                     *self.id_dipulihkan[0])
        if self.anggota_baru_ditahan:
            teks += " " + PESAN_ANGGOTA_BARU_DITAHAN.format(len(self.anggota_baru_ditahan))
        if ditahan := self.catatan_ditahan:
            teks += " " + PESAN_CATATAN_DITAHAN.format(len(ditahan), ditahan[0].lembar,
                                                       ditahan[0].baris)
        if self.anggota_baru_sudah_ada:
            teks += " " + PESAN_ANGGOTA_BARU_ADA.format(len(self.anggota_baru_sudah_ada))
        if self.rumus_tanpa_nilai:
            teks += " " + PESAN_RUMUS.format(len(self.rumus_tanpa_nilai),
                                             *self.rumus_tanpa_nilai[0])
        rt_rw = [k for k in self.kolom_tidak_dibaca if kolom_rt_rw(k[2])]
        lain = [k for k in self.kolom_tidak_dibaca if not kolom_rt_rw(k[2])]
        if rt_rw:
            teks += " " + PESAN_KOLOM_RT_RW.format(", ".join(KOLOM_TAMBAHAN.format(*k)
                                                             for k in rt_rw))
        if beda := self.rt_rw_beda:
            teks += " " + PESAN_RT_RW_BEDA.format(len(beda))
        if lain:
            teks += " " + PESAN_KOLOM_TAMBAHAN.format(", ".join(KOLOM_TAMBAHAN.format(*k)
                                                                for k in lain))
        for idk, n in self.usulan_sama.items():
            teks += " " + PESAN_USULAN_SAMA.format(idk, n)
        if self.baris_hilang:
            teks += " " + PESAN_BARIS_HILANG.format(self.baris_dibaca, self.baris_saat_ekspor)
        if self.keluarga_hilang or self.anggota_hilang:
            teks += " " + PESAN_HILANG_DISEBUT.format(len(self.keluarga_hilang),
                                                      len(self.anggota_hilang))
        if self.verifikasi_dipertahankan:
            teks += " " + PESAN_DIPERTAHANKAN.format(
                len(self.verifikasi_dipertahankan), self.verifikasi_dipertahankan[0])
        if self.tanpa_waktu_ekspor:
            teks += " " + PERINGATAN_TANPA_WAKTU
        if self.dari_basis_data_lain:
            teks += " " + PERINGATAN_BASIS_LAIN
        nyata = [(k, x) for k, x in self.semua_konflik if x.jenis == "KONFLIK"]
        if nyata:
            k, x = nyata[0]
            teks += " " + PESAN_KONFLIK.format(
                len({k.id_keluarga for k, _x in nyata}), len(nyata), x.uraian(k))
        lama = [(k, x) for k, x in self.semua_konflik if x.jenis == "NILAI_LAMA"]
        if lama:
            k, x = lama[0]
            teks += " " + PESAN_NILAI_LAMA.format(len(lama), x.uraian(k))
        if self.konflik_bermasalah:
            teks += " " + PESAN_KONFLIK_BERMASALAH.format(
                len(self.konflik_bermasalah), self.konflik_bermasalah[0].id_keluarga)
        if self.sudah_diputuskan:
            teks += " " + PESAN_SUDAH_DIPUTUSKAN.format(self.sudah_diputuskan)
        return teks

    @property
    def tanpa_waktu_ekspor(self) -> bool:
        """Changes listed although the workbook does not say when it was exported (its
        Keterangan sheet is missing: data copied into another workbook), so work done in the
        application since cannot be recognised."""
        return bool(self.keluarga) and self.waktu_ekspor is None


@dataclass
class HasilTerap:
    """What :func:`terapkan` did."""

    diterapkan: list[str]
    gagal: list[MasalahBaris]
    cadangan: Path | None = None
    menunggu: list[str] = field(default_factory=list)
    """Families left out because a conflict has no choice yet."""
    diputuskan: int = 0
    """Conflicts settled by a choice (audited as :data:`AKSI_PILIH`)."""
    anggota_baru: int = 0
    """New members added."""

    def pesan(self) -> str:
        teks = f"{len(self.diterapkan)} keluarga diperbarui dari workbook"
        if self.anggota_baru:
            teks += f" ({self.anggota_baru} anggota baru ditambahkan)"
        if self.gagal:
            teks += f"; {len(self.gagal)} tidak diterapkan"
        if self.diputuskan:
            teks += f"; {self.diputuskan} konflik diputuskan"
        if self.menunggu:
            teks += (f"; {len(self.menunggu)} keluarga berkonflik belum dipilih nilainya, tidak "
                     "diterapkan")
        if self.cadangan:
            teks += f". Cadangan sebelum impor: {self.cadangan}"
        return teks + "."


# ---------------------------------------------------------------------------------------------
# Reading.
# ---------------------------------------------------------------------------------------------
def _teks(v: object) -> str | None:
    if v is None:
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, dt.datetime):
        v = v.date()
    if isinstance(v, dt.date):
        return v.isoformat()
    teks = str(v).replace("\r\n", "\n").strip()
    return teks or None


def _nilai(f: str, v: object) -> str | None:
    """A cell value as the stored value of field ``f``; raises ``ValueError`` (Indonesian)."""
    if f in _LABEL:
        kode = status.dari_teks(v, _LABEL[f])
        return kode.value if kode else None
    if f in status.FIELD_TANGGAL:
        if v is None or (isinstance(v, str) and not v.strip()):
            return None
        tanggal = urai_tanggal(v)
        if tanggal is None:
            raise ValueError(Pesan("bukan tanggal yang sah: {nilai!r}", nilai=v))
        return tanggal.isoformat()
    if f in _ID:
        teks, _bentuk = dnik.teks_identitas(v)
        return teks or None
    return _teks_terbatas(v)


def _teks_terbatas(v: object) -> str | None:
    """A free-text cell; longer than an Excel cell can hold (a script wrote it): refused."""
    teks = _teks(v)
    if teks is not None and len(teks) > BATAS_TEKS:
        raise ValueError(Pesan(
            "teks terlalu panjang ({jumlah} karakter; paling banyak {batas} seperti batas satu "
            "sel Excel)", jumlah=f"{len(teks):,}".replace(",", "."),
            batas=f"{BATAS_TEKS:,}".replace(",", ".")))
    return teks


def _kolom(huruf: str, label: str) -> str:
    """A column of the workbook as a problem names it: ``AS (Status verifikasi)``."""
    return Pesan("{huruf} ({label})", huruf=huruf, label=label)


def _ringkas(teks: str, batas: int = 80) -> str:
    """A value quoted in a message: at most ``batas`` characters."""
    return teks if len(teks) <= batas else teks[:batas - 1] + "…"


def _sama(f: str, lama: str | None, baru: str | None) -> bool:
    if f in _LABEL or f in status.FIELD_TANGGAL or f in _ID:
        return (lama or None) == (baru or None)
    # The workbook shows texts without control characters and at most 32,767 characters.
    return _teks(bersihkan_teks(lama)) == baru if lama else baru is None


def _buka(path: Path, kata_sandi: str | None, tmp: Path) -> Path:
    """The path to read: the workbook itself, or its decrypted copy in ``tmp``."""
    try:
        with path.open("rb") as f:
            awal = f.read(8)
    except OSError as e:
        raise KesalahanImporKoreksi(Pesan("Berkas {berkas} tidak bisa dibuka: {galat}",
                                          berkas=path.name, galat=e)) from e
    if awal != b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return path
    if not kata_sandi:
        raise KesalahanImporKoreksi(Pesan(
            "Berkas {berkas} dilindungi kata sandi. Masukkan kata sandi berkas.",
            berkas=path.name))
    try:
        berkas = msoffcrypto.OfficeFile(io.BytesIO(path.read_bytes()))
        berkas.load_key(password=kata_sandi)
        terbuka = tmp / "terbuka.xlsx"
        with izin.berkas_baru(terbuka) as g:  # the workbook's names and NIKs: 0600
            berkas.decrypt(g)
    except msoffcrypto.exceptions.InvalidKeyError as e:
        raise KesalahanImporKoreksi(Pesan("Kata sandi salah untuk berkas {berkas}.",
                                          berkas=path.name)) from e
    except Exception as e:
        raise KesalahanImporKoreksi(Pesan(
            "Berkas {berkas} tidak bisa dibuka dengan kata sandi itu ({galat}).",
            berkas=path.name, galat=e)) from e
    return terbuka


def _cari_kepala(baris: list[tuple[int, list]], kunci: str) -> int | None:
    """Index of the header row (the first row, within the first rows, holding ``kunci``)."""
    return next((i for i, (_n, sel) in enumerate(baris[:BARIS_CARI_HEADER]) if any(
        dkolom.normalisasi_header(s) == kunci for s in sel if isinstance(s, str))), None)


def _posisi(kepala: list) -> dict[str, int]:
    return {dkolom.normalisasi_header(h): i for i, h in enumerate(kepala)
            if isinstance(h, str) and h.strip()}


def _sel(sel: list, i: int | None) -> object:
    return sel[i] if i is not None and i < len(sel) else None


@dataclass
class _Keluarga:
    """The comparison of one family (row of Data Keluarga and rows of Data Anggota)."""

    baris: int | None
    keadaan: sekspor.KeadaanKeluarga
    baru: dict
    perubahan: list[Perubahan] = field(default_factory=list)
    masalah: list[MasalahBaris] = field(default_factory=list)
    anggota: dict[str, sv.PerubahanAnggota] = field(default_factory=dict)
    tunda: list[MasalahBaris] = field(default_factory=list)
    """Persetujuan / Catatan pengembalian differing from the database: a problem unless the
    application changed the approval after the export (decided by _gabung_dengan_aplikasi)."""
    konflik: list[Konflik] = field(default_factory=list)
    dipertahankan: bool = False
    """'Belum diverifikasi' in the workbook, verified here since: this database's verification
    stays (named in the preview)."""
    anggota_baru: list[kab.AnggotaBaru] = field(default_factory=list)


@dataclass(frozen=True)
class _Ekspor:
    """When the workbook was exported, from its Keterangan sheet."""

    waktu: dt.datetime
    nomor_audit: int | None
    """The last audit row at the export (workbooks of older versions: ``None``); for a
    workbook from another database, the highest row of this database's chain it knew (0 when
    none)."""
    hash_audit: str | None = None
    """That row's hash (workbooks of older versions: ``None``)."""
    asing: bool = False
    """Exported from another database (another laptop, or a copy that went its own way): its
    own number and time say nothing about this database's log."""
    dikenal: tuple[str, ...] = ()
    """The workbook's marker and the markers it carried (newest first): a change re-imported
    here from a workbook with one of these markers was known to this workbook."""
    token: str | None = None
    """The workbook's own marker (``"<number>:<hash prefix>"``)."""
    baris_keluarga: int | None = None
    """Data rows of Data Keluarga at the export ('Jumlah baris Data Keluarga')."""
    usulan: tuple[str, ...] | None = None
    """The markers of the audit rows that made the workbook's usulan baru, newest first
    (``None``: a workbook of an older version, which did not write them)."""
    usulan_sejak: int = 0
    """When only the newest usulan markers were written: the oldest one's row number (an
    usulan made before it may be missing from them); 0 when all were written."""
    wilayah: tuple[str, ...] | None = None
    """The region codes the export covered (Keterangan 'Wilayah'; ``()``: the whole
    database), ``None`` when not written."""
    hanya_disetujui: bool = False
    """Only approved families were exported (Keterangan 'Saringan')."""
    baris_anggota: int | None = None
    """Data rows of Data Anggota at the export ('Jumlah baris Data Anggota')."""


def _penanda_ekspor(baris: list[tuple[int, list]]) -> _Ekspor | None:
    """The export time ('Waktu ekspor': a date cell, and the ISO text with its offset beside
    it), the audit marker and the markers the workbook carried, written in the Keterangan
    sheet, or ``None``."""
    waktu, nomor, hash_, dikenal, jumlah = None, None, None, [], None
    usulan: list[str] | None = None
    wilayah: tuple[str, ...] | None = None
    hanya_disetujui, jumlah_anggota = False, None
    sebagian = False
    for _nomor, sel in baris[:60]:
        label = _teks(sel[0]) if sel else None
        if label == BUTIR_WAKTU_EKSPOR:
            for v in (_sel(sel, 2), _sel(sel, 1)):
                try:
                    if isinstance(v, str):
                        v = dt.datetime.fromisoformat(v.strip())
                except ValueError:
                    continue
                if isinstance(v, dt.datetime):
                    waktu = v if v.tzinfo else v.astimezone()
                    break
        elif label == BUTIR_NOMOR_AUDIT:
            teks = _teks(_sel(sel, 1))
            nomor = int(teks) if teks and teks.isdigit() else None
            hash_ = _teks(_sel(sel, 2))
        elif label == BUTIR_PENANDA_DIKENAL:
            dikenal = [t for t in str(_sel(sel, 1) or "").split() if audit.urai_token(t)]
        elif label == BUTIR_PENANDA_USULAN:
            usulan = [t for t in str(_sel(sel, 1) or "").split() if audit.urai_token(t)]
            sebagian = str(_sel(sel, 2) or "").startswith(PENANDA_USULAN_SEBAGIAN)
        elif label in (f"Jumlah baris {LEMBAR_KELUARGA}", f"Jumlah baris {LEMBAR_ANGGOTA}"):
            angka = (_teks(_sel(sel, 1)) or "").split(" ")[0].replace(".", "")
            if label.endswith(LEMBAR_KELUARGA):
                jumlah = int(angka) if angka.isdigit() else None
            else:
                jumlah_anggota = int(angka) if angka.isdigit() else None
        elif label == BUTIR_WILAYAH:
            wilayah = _wilayah_ekspor(_teks(_sel(sel, 1)) or "")
        elif label == BUTIR_SARINGAN:
            hanya_disetujui = (_teks(_sel(sel, 1)) or "").startswith(SARINGAN_DISETUJUI)
    if not waktu:
        return None
    token = audit.token_penanda(nomor, hash_) if nomor is not None and hash_ else None
    return _Ekspor(waktu, nomor, hash_ or None,
                   dikenal=tuple(dict.fromkeys([*([token] if token else []), *dikenal])),
                   token=token, baris_keluarga=jumlah,
                   usulan=tuple(usulan) if usulan is not None else None,
                   usulan_sejak=min((audit.urai_token(t)[0] for t in usulan), default=0)
                   if usulan and sebagian else 0,
                   wilayah=wilayah, hanya_disetujui=hanya_disetujui,
                   baris_anggota=jumlah_anggota)


BUTIR_WILAYAH = "Wilayah"
BUTIR_SARINGAN = "Saringan"
SARINGAN_DISETUJUI = "Hanya keluarga yang sudah disetujui"
_KODE_DALAM_KURUNG = re.compile(r"\((\d{2,10})\)")


def _wilayah_ekspor(teks: str) -> tuple[str, ...] | None:
    """The region codes of Keterangan's 'Wilayah' ('Kecamatan Pontianak Kota (617201)',
    'Seluruh wilayah kerja pengguna: ... (6172011001), ...'); ``()`` for the whole database
    ('Seluruh basis data: ...' names its kabupaten, not a choice); ``None`` when unreadable."""
    if teks.startswith("Seluruh basis data"):
        return ()
    return tuple(_KODE_DALAM_KURUNG.findall(teks)) or None


def _baris_perlu(baris: Iterable[tuple[int, list]], kunci: str, perlu: frozenset[str],
                 tambahan: frozenset[str] = frozenset(),
                 pakai_tambahan: Callable[[list, dict[str, int]], bool] | None = None,
                 diekspor: frozenset[str] = frozenset(),
                 ) -> list[tuple[int, list]]:
    """The rows of a sheet, keeping of each data row only the cells of the columns a re-import
    reads (found by their headers in the header row, the first of the first rows holding
    ``kunci``): a district's workbook has tens of source columns per row that are never read
    back. The columns ``tambahan`` are kept only in the rows ``pakai_tambahan`` picks. A column
    whose header is not one the application exports (``diekspor``: added by hand, such as RT
    and RW beside the address) is kept too, so that the preview can say it is not read. A data
    row that had content only in other columns ends with :data:`_ISI_LAIN`, so it still counts
    as not empty."""
    hasil: list[tuple[int, list]] = []
    indeks: set[int] | None = None
    semua: set[int] = set()
    posisi: dict[str, int] = {}
    batas = 0
    for nomor, sel in baris:
        if indeks is None:
            hasil.append((nomor, sel))
            if len(hasil) <= BARIS_CARI_HEADER and any(
                    isinstance(h, str) and dkolom.normalisasi_header(h) == kunci for h in sel):
                judul = [dkolom.normalisasi_header(h) if isinstance(h, str) else None
                         for h in sel]
                posisi = {h: i for i, h in reversed(list(enumerate(judul))) if h}
                indeks = {i for i, h in enumerate(judul)
                          if h in perlu or (diekspor and h and h not in diekspor)}
                semua = indeks | {i for i, h in enumerate(judul) if h in tambahan}
                batas = max(semua) + 1
            continue
        pakai = semua if semua != indeks and pakai_tambahan is not None \
            and pakai_tambahan(sel, posisi) else indeks
        ringkas = [sel[i] if i in pakai else None for i in range(min(len(sel), batas))]
        if any(v is not None and not (isinstance(v, str) and not v.strip())
               for i, v in enumerate(sel) if i not in pakai):
            ringkas.extend([None] * (batas - len(ringkas)))
            ringkas.append(_ISI_LAIN)
        hasil.append((nomor, ringkas))
    return hasil


@dataclass
class _Dibaca:
    """What :func:`_baca_lembar` read of a workbook."""

    keluarga: list
    """Rows of Data Keluarga."""
    huruf: Callable[[int], str]
    """Column letter of a cell index of those rows."""
    anggota: list | None
    """Rows of Data Anggota, or ``None`` (no such sheet)."""
    ekspor: _Ekspor | None
    """The export time and markers from Keterangan, or ``None``."""
    rumus_keluarga: dict[int, list[int]] = field(default_factory=dict)
    rumus_anggota: dict[int, list[int]] = field(default_factory=dict)
    """Cells of each sheet holding a formula without a stored result (0-based column -> 1-based
    rows): written by a program that never calculated them, every reader sees them empty; the
    cells holding an Excel error are among them (see :attr:`galat`)."""
    galat: dict[tuple[str, int, int], str] = field(default_factory=dict)
    """The cells holding an Excel error (``#NAME?``): (sheet, 0-based column, 1-based row) ->
    the error."""


def _tambah_galat(rumus: dict[int, list[int]], galat: dict[int, dict[int, str]], lembar: str,
                  hasil: dict[tuple[str, int, int], str]) -> dict[int, list[int]]:
    """``rumus`` with the cells of ``galat`` (column -> row -> error) added, which also go to
    ``hasil`` under sheet name ``lembar``."""
    if not galat:
        return rumus
    gabung = {k: list(v) for k, v in rumus.items()}
    for k, per_baris in galat.items():
        gabung.setdefault(k, []).extend(per_baris)
        hasil.update(((lembar, k, n), g) for n, g in per_baris.items())
    return gabung


def _baca_lembar(path: Path, kata_sandi: str | None, lapor: Kemajuan) -> _Dibaca:
    """Rows of Data Keluarga and of Data Anggota, their formula cells without a stored value,
    and the export time from Keterangan."""
    with tempfile.TemporaryDirectory(prefix="kalbar-koreksi-", ignore_cleanup_errors=True) as tmp:
        sumber = _buka(path, kata_sandi, Path(tmp))
        try:
            semua = buka_lembar(sumber)
            nama = {dkolom.normalisasi_header(s.nama): s for s in semua}
            lembar_k = nama.get(dkolom.normalisasi_header(LEMBAR_KELUARGA))
            if lembar_k is None:
                raise KesalahanImporKoreksi(Pesan(
                    "Berkas {berkas} tidak punya lembar '{lembar}' (lembarnya: {ada}). Impor "
                    "ulang hanya untuk workbook provinsi yang diekspor dengan daftar nama; bila "
                    "lembarnya diganti nama, kembalikan namanya.", berkas=path.name,
                    lembar=LEMBAR_KELUARGA, ada=", ".join(f"'{s.nama}'" for s in semua) or "-"),
                    lembar=LEMBAR_KELUARGA)
            lapor(Pesan("Membaca workbook"), 0.05)
            baris_k = _baris_perlu(lembar_k.baris(), _HEADER_ID, _HEADER_KELUARGA_PERLU,
                                   kus.HEADER_PERLU | {_HEADER_DESA, _HEADER_ALAMAT}, _usulan,
                                   _DIEKSPOR)
            galat: dict[tuple[str, int, int], str] = {}
            rumus_k = _tambah_galat(lembar_k.sel_rumus_kosong(),
                                    lembar_k.sel_galat(), LEMBAR_KELUARGA, galat)
            lembar_k.lepaskan()
            waktu = None
            lembar_ket = nama.get(dkolom.normalisasi_header(LEMBAR_KETERANGAN))
            if lembar_ket is not None:
                waktu = _penanda_ekspor(list(lembar_ket.baris()))
                lembar_ket.lepaskan()
            lembar_a = nama.get(dkolom.normalisasi_header(LEMBAR_ANGGOTA))
            baris_a, rumus_a = None, {}
            if lembar_a is not None:
                lapor(Pesan("Membaca workbook"), 0.15)
                baris_a = _baris_perlu(lembar_a.baris(), _HEADER_INDIVIDU,
                                       _HEADER_ANGGOTA_PERLU, kab.HEADER_PERLU,
                                       _mungkin_anggota_baru, _DIEKSPOR)
                rumus_a = _tambah_galat(lembar_a.sel_rumus_kosong(),
                                        lembar_a.sel_galat(), LEMBAR_ANGGOTA, galat)
                lembar_a.lepaskan()
            for s in semua:
                s.lepaskan()
        except KesalahanBerkas as e:
            raise KesalahanImporKoreksi(str(e).replace(sumber.name, path.name)) from e
    return _Dibaca(baris_k, lembar_k.huruf_kolom, baris_a, waktu, rumus_k, rumus_a, galat)


def baca(db: BasisData, path: str | Path, pengguna: Pengguna, kata_sandi: str | None = None,
         kemajuan: Kemajuan | None = None,
         dibatalkan: Callable[[], bool] | None = None) -> Pratinjau:
    """Compare the verification columns of a corrected workbook (Data Keluarga; Data Anggota
    when present) with the database; nothing is written. Raises
    :class:`KesalahanImporKoreksi` when the workbook cannot be used at all (with the file's
    SHA-256 when it can be read, for the problems list)."""
    try:
        return _baca(db, Path(path), pengguna, kata_sandi, kemajuan, dibatalkan)
    except KesalahanImporKoreksi as e:
        if e.sha256 is None:
            with contextlib.suppress(OSError):
                e.sha256 = sha256_berkas(Path(path))
        raise


def _baca(db: BasisData, path: Path, pengguna: Pengguna, kata_sandi: str | None,
          kemajuan: Kemajuan | None, dibatalkan: Callable[[], bool] | None) -> Pratinjau:
    lapor = kemajuan or (lambda _p, _f: None)
    batal = dibatalkan or (lambda: False)

    def cek_batal() -> None:
        if batal():
            raise Dibatalkan(Pesan("Impor ulang dibatalkan."))

    dibaca = _baca_lembar(path, kata_sandi, lapor)
    baris, huruf, baris_a, ekspor = dibaca.keluarga, dibaca.huruf, dibaca.anggota, dibaca.ekspor
    dari_basis_lain = bool(
        ekspor and ekspor.nomor_audit is not None and ekspor.hash_audit
        and not audit.punya_penanda(db, ekspor.nomor_audit, ekspor.hash_audit))
    if dari_basis_lain:
        # What of this database the workbook's database knew: a copy of this file shares the
        # start of its chain; a workbook exported here and re-imported there names our marker.
        ekspor = replace(ekspor, nomor_audit=audit.batas_dikenal(
            db, (*ekspor.dikenal, *(ekspor.usulan or ()))), asing=True)
    pratinjau = Pratinjau(path, sha256_berkas(path),
                          waktu_ekspor=ekspor.waktu if ekspor else None,
                          dari_basis_data_lain=dari_basis_lain,
                          penanda=ekspor.token if ekspor else None,
                          dikenal=list(ekspor.dikenal) if ekspor else [],
                          baris_saat_ekspor=ekspor.baris_keluarga if ekspor else None)
    kepala_i = _cari_kepala(baris, _HEADER_ID)
    if kepala_i is None:
        raise KesalahanImporKoreksi(Pesan(
            "Lembar {lembar} di berkas {berkas}: baris judul dengan kolom 'ID Keluarga P3KE' "
            "tidak ditemukan di {n} baris pertama.", lembar=LEMBAR_KELUARGA, berkas=path.name,
            n=BARIS_CARI_HEADER), lembar=LEMBAR_KELUARGA, kolom="ID Keluarga P3KE")
    posisi = _posisi(baris[kepala_i][1])
    i_id = posisi[_HEADER_ID]
    kolom_f: dict[str, int] = {}
    for f in (*FIELD_DITERAPKAN, *FIELD_TIDAK_DITERAPKAN):
        i = posisi.get(dkolom.normalisasi_header(status.LABEL_FIELD[f]))
        if i is None:
            pratinjau.kolom_tidak_ada.append(status.LABEL_FIELD[f])
        else:
            kolom_f[f] = i
    if not any(f in kolom_f for f in FIELD_DITERAPKAN):
        raise KesalahanImporKoreksi(Pesan(
            "Lembar {lembar} di berkas {berkas} tidak punya satu pun kolom verifikasi "
            "({kolom}...).", lembar=LEMBAR_KELUARGA, berkas=path.name,
            kolom=", ".join(str(status.LABEL_FIELD[f]) for f in FIELD_DITERAPKAN[:3])),
            lembar=LEMBAR_KELUARGA, baris=baris[kepala_i][0],
            kolom=", ".join(str(status.LABEL_FIELD[f]) for f in FIELD_DITERAPKAN[:3]) + "...")
    data = baris[kepala_i + 1:]

    pemulih = kid.PemulihId(db)
    pemulih.siapkan(_teks(v) or "" for _n, sel in data if kid.angka(v := _sel(sel, i_id)))

    def id_baris(sel: list) -> tuple[str | None, tuple[str, ...] | None]:
        """The row's ID Keluarga, and for a number cell the families it may stand for."""
        return pemulih.baca(mentah := _sel(sel, i_id), _teks(mentah))

    i_identitas = {f: posisi.get(dkolom.normalisasi_header(h)) for f, h in kus.HEADER.items()}
    i_desa, i_alamat = posisi.get(_HEADER_DESA), posisi.get(_HEADER_ALAMAT)
    # A row without ID holding nothing of a family's verification, identity or address (blank
    # cells, its region or other columns a re-import does not read) is a leftover, as in Data
    # Anggota; an address is something the field officer typed.
    i_berisi = {*kolom_f.values(), *(i for f in ("nama_kepala", "nik_kepala", "no_kk")
                                     if (i := i_identitas[f]) is not None),
                *([i_alamat] if i_alamat is not None else [])}
    rumus = _rumus_per_baris(dibaca.rumus_keluarga, [i_id, *kolom_f.values()],
                             baris[kepala_i][0])
    # an usulan's row is also read for its head's name, NIK, No KK and desa
    rumus_usulan = _rumus_per_baris(dibaca.rumus_keluarga, i_identitas.values(),
                                    baris[kepala_i][0])
    tambahan = _kolom_tambahan(baris[kepala_i][1])
    isi_tambahan = dict.fromkeys((i for i, _h in tambahan), 0)
    kolom_rt_rw_k = [(i, h) for i, h in tambahan if kolom_rt_rw(h)]
    rt_rw_diketik: list[tuple[int, str, dict[str, object]]] = []
    del baris
    per_id: dict[str, list[int]] = {}
    for nomor, sel in data:
        idk, _calon = id_baris(sel)
        if tambahan:
            for i in isi_tambahan:
                isi_tambahan[i] += bool(_teks(_sel(sel, i)))
            if idk and (nilai := {h: v for i, h in kolom_rt_rw_k
                                  if _teks(v := _sel(sel, i))}):
                rt_rw_diketik.append((nomor, idk, nilai))
        if idk:
            per_id.setdefault(idk, []).append(nomor)
        elif i_id in rumus.get(nomor, ()):
            pratinjau.rumus_tanpa_nilai.append((LEMBAR_KELUARGA, f"{huruf(i_id)}{nomor}"))
            pratinjau.masalah.append(MasalahBaris(
                nomor, None, _kolom(huruf(i_id), "ID Keluarga P3KE"),
                _rumus(AKIBAT_BARIS, dibaca.galat.get((LEMBAR_KELUARGA, i_id, nomor))),
                jenis="RUMUS_TANPA_NILAI"))
        elif any(_teks(_sel(sel, i)) for i in i_berisi):
            pratinjau.masalah.append(MasalahBaris(
                nomor, None, _kolom(huruf(i_id), "ID Keluarga P3KE"),
                _tanpa_id(_teks(_sel(sel, i_identitas["nama_kepala"])),
                          _teks(_sel(sel, i_alamat)),
                          _teks(_sel(sel, i_desa))
                          or _teks(_sel(sel, i_identitas["kode_kemdagri"]))),
                jenis="ID_KOSONG"))
    pratinjau.kolom_tidak_dibaca += [(LEMBAR_KELUARGA, huruf(i), h, isi_tambahan[i])
                                     for i, h in tambahan if isi_tambahan[i]]
    keadaan: dict[str, sekspor.KeadaanKeluarga] = {}
    ids = list(per_id)
    for awal in range(0, len(ids), 2000):
        keadaan.update(sekspor.keadaan_keluarga(db, ids[awal:awal + 2000]))
        cek_batal()
    lapor(Pesan("Membandingkan dengan basis data"), 0.3)

    keluarga: dict[str, _Keluarga] = {}
    keluarga_lain: dict[str, int] = {}
    """Usulan IDs of this database whose row names another family (ID -> row)."""
    desa_dikenal: swilayah.DesaTujuan | None = None
    for j, (nomor, sel) in enumerate(data):
        if j % 2000 == 0:
            lapor(Pesan("Membandingkan dengan basis data"), 0.3 + 0.4 * j / max(len(data), 1))
            cek_batal()
        idk, calon = id_baris(sel)
        if not idk:
            continue
        pratinjau.baris_dibaca += 1
        if calon is not None and len(calon) != 1:
            pratinjau.masalah.append(MasalahBaris(
                nomor, None, _kolom(huruf(i_id), "ID Keluarga P3KE"),
                pemulih.pesan(idk), jenis="NILAI_TIDAK_SAH" if calon else "ID_TIDAK_ADA",
                nilai=_teks(_sel(sel, i_id))))
            continue
        if calon and idk != _teks(_sel(sel, i_id)):
            pratinjau.id_dipulihkan.append((nomor, _teks(_sel(sel, i_id)) or "", idk))
        if len(per_id[idk]) > 1:
            pratinjau.masalah.append(MasalahBaris(
                nomor, idk, None, Pesan(
                    "ID Keluarga muncul lebih dari sekali (baris {baris}); tidak ada yang "
                    "diterapkan", baris=", ".join(map(str, per_id[idk]))),
                jenis="ID_GANDA"))
            continue
        k = keadaan.get(idk)
        if k is None:
            pratinjau.masalah.append(MasalahBaris(
                nomor, idk, None, _keluarga_tidak_ada(idk), jenis="ID_TIDAK_ADA",
                nilai=_teks(_sel(sel, i_id))))
            continue
        if k.asal == kus.ASAL_USULAN and nomor in rumus_usulan:
            for f, i in i_identitas.items():
                if i in rumus_usulan[nomor]:
                    pratinjau.rumus_tanpa_nilai.append((LEMBAR_KELUARGA, f"{huruf(i)}{nomor}"))
                    pratinjau.masalah.append(MasalahBaris(
                        nomor, idk, _kolom(huruf(i), kus.HEADER[f]),
                        _rumus(AKIBAT_BARIS, dibaca.galat.get((LEMBAR_KELUARGA, i, nomor))),
                        jenis="RUMUS_TANPA_NILAI"))
            continue
        lain = kus.keluarga_lain(lambda f, sel=sel: _sel(sel, i_identitas[f]), k,
                                 lambda idk=idk: sekspor.identitas_tercatat(
                                     db, idk, partial(_sesudah_ekspor, ekspor)),
                                 lambda idk=idk: _usulan_dikenal(db, idk, ekspor))
        if lain is not None:
            f, pesan = lain
            i = i_identitas[f]
            pratinjau.masalah.append(MasalahBaris(
                nomor, idk, _kolom(huruf(i), kus.HEADER[f]) if i is not None else kus.HEADER[f],
                pesan, jenis="KELUARGA_LAIN"))
            keluarga_lain[idk] = nomor
            continue
        lama = k.verifikasi.sebagai_dict()
        kk = _Keluarga(nomor, k, dict(lama))
        keluarga[idk] = kk
        kosong = rumus.get(nomor)
        for f, i in kolom_f.items():
            tempat = _kolom(huruf(i), status.LABEL_FIELD[f])
            if kosong and i in kosong:
                pratinjau.rumus_tanpa_nilai.append((LEMBAR_KELUARGA, f"{huruf(i)}{nomor}"))
                kk.masalah.append(MasalahBaris(
                    nomor, idk, tempat,
                    _rumus(AKIBAT_KELUARGA, dibaca.galat.get((LEMBAR_KELUARGA, i, nomor))),
                    jenis="RUMUS_TANPA_NILAI"))
                continue
            try:
                nilai = _nilai(f, _sel(sel, i))
            except ValueError as e:
                kk.masalah.append(MasalahBaris(nomor, idk, tempat, pesan_dari(e),
                                               nilai=_teks(_sel(sel, i))))
                continue
            if nilai and "*" in nilai and f in dnik.KOLOM_CATATAN:
                # a note exported masked: its untouched masked NIKs stand for the stored ones
                nilai = dnik.pulihkan_catatan(nilai, lama[f], (idk,))
                if (tersamar := dnik.nomor_tersamar(nilai)) is not None:
                    # the note stays as stored; the family's other fields go on
                    pratinjau.masalah.append(MasalahBaris(nomor, idk, tempat, _tersamar(tersamar),
                                                          jenis="CATATAN_DITAHAN",
                                                          nilai=_teks(_sel(sel, i))))
                    continue
            if f == "catatan_pengembalian" and nilai is not None and nilai == \
                    status.catatan_pengembalian_tertulis(lama["persetujuan"], lama[f]):
                continue  # an answered note as the workbook writes it: the stored one
            if f == "pindah_ke":
                # a desa of this database (by name and code, as exported) or free text
                if desa_dikenal is None:
                    desa_dikenal = swilayah.DesaTujuan(db)
                kode, teks = status.pisah_pindah(nilai, desa_dikenal)
                for f2, baru2 in (("pindah_ke", teks), ("pindah_ke_kode", kode)):
                    if not _sama(f2, lama[f2], baru2):
                        kk.baru[f2] = baru2
                        kk.perubahan.append(Perubahan(f2, lama[f2], baru2))
                continue
            if _sama(f, lama[f], nilai):
                continue
            if f in FIELD_TIDAK_DITERAPKAN:
                kk.tunda.append(MasalahBaris(
                    nomor, idk, tempat, Pesan(
                        "{isian} tidak bisa diubah lewat impor ulang (gunakan "
                        "Ajukan/Setujui/Kembalikan di aplikasi); baris ini tidak diterapkan",
                        isian=status.LABEL_FIELD[f]), jenis="TIDAK_LEWAT_IMPOR"))
                continue
            kk.baru[f] = nilai
            kk.perubahan.append(Perubahan(f, lama[f], nilai))
    del data
    pratinjau.masalah += _rt_rw_beda(db, rt_rw_diketik, keadaan.keys() - keluarga_lain.keys(),
                                     {h: _kolom(huruf(i), h) for i, h in kolom_rt_rw_k})

    if baris_a:
        _bandingkan_anggota(db, baris_a, keluarga, pratinjau, cek_batal, keluarga_lain,
                            pemulih, dibaca.rumus_anggota, dibaca.galat)
    pratinjau.sudah_diputuskan = _gabung_dengan_aplikasi(
        db, keluarga, ekspor, lambda f: _kolom(huruf(kolom_f[f]), status.LABEL_FIELD[f])
        if f in kolom_f else status.LABEL_FIELD[f])
    pratinjau.verifikasi_dipertahankan = _pertahankan_verifikasi(keluarga)
    lapor(Pesan("Memeriksa aturan"), 0.9)

    for idk, kk in keluarga.items():
        if not (kk.perubahan or kk.anggota or kk.anggota_baru or kk.masalah or kk.konflik):
            pratinjau.tanpa_perubahan += 1
            continue
        k = kk.keadaan
        v = status.Verifikasi.dari_dict(kk.baru)
        masalah = [m for m in kk.masalah if m.jenis not in JENIS_KONFLIK]
        menunggu = any(x.pilihan is None for x in kk.konflik)
        if not masalah:
            if not boleh(pengguna, Aksi.UBAH_VERIFIKASI, k.kode_wilayah):
                masalah.append(MasalahBaris(kk.baris, idk, None, Pesan(
                    "{nama} ({peran}) tidak berwenang mengubah keluarga di wilayah {wilayah}",
                    nama=pengguna.nama, peran=pengguna.peran, wilayah=k.kode_wilayah or "-"),
                    jenis="TIDAK_BERWENANG"))
            elif status.Persetujuan(k.verifikasi.persetujuan) not in status.BISA_DIUBAH:
                masalah.append(MasalahBaris(kk.baris, idk, None, Pesan(
                    "Keluarga berstatus {persetujuan} tidak bisa diubah",
                    persetujuan=status.label(k.verifikasi.persetujuan, status.Persetujuan)),
                    jenis="TERKUNCI"))
            elif kk.perubahan and not menunggu:
                # With a conflict undecided the fields are checked when it is applied.
                for m in status.periksa_verifikasi(v, idk):
                    i = kolom_f.get(m.field)
                    tempat = (_kolom(huruf(i), status.LABEL_FIELD[m.field]) if i is not None
                              else status.LABEL_FIELD.get(m.field, m.field))
                    masalah.append(MasalahBaris(kk.baris, idk, tempat, m.pesan,
                                                jenis="ISIAN_TIDAK_LENGKAP"))
            if not masalah and kk.perubahan and v.id_keluarga_ganda \
                    and v.id_keluarga_ganda != k.verifikasi.id_keluarga_ganda \
                    and not sekspor.keadaan_keluarga(db, [v.id_keluarga_ganda]):
                masalah.append(MasalahBaris(
                    kk.baris, idk, status.LABEL_FIELD["id_keluarga_ganda"],
                    Pesan("ID Keluarga {id_keluarga} tidak ada di basis data",
                          id_keluarga=v.id_keluarga_ganda),
                    jenis="ID_TIDAK_ADA"))
        pk = PerubahanKeluarga(kk.baris, idk, k.nama_kepala, k.versi, kk.perubahan, v,
                               list(kk.anggota.values()), kk.konflik, kk.anggota_baru)
        if masalah:
            # A row with another problem is not applied whatever is chosen: all of it listed,
            # its conflicts also beside the others (shown, not offered for a choice).
            if len(pratinjau.masalah) < MAKS_MASALAH:
                pratinjau.masalah.extend(masalah + [m for m in kk.masalah
                                                    if m.jenis in JENIS_KONFLIK])
            if any(x.jenis == "KONFLIK" for x in kk.konflik):
                pratinjau.konflik_bermasalah.append(pk)
            continue
        if menunggu:
            if len(pratinjau.masalah) < MAKS_MASALAH:
                pratinjau.masalah.extend(kk.masalah)
            pratinjau.konflik.append(pk)
        elif kk.perubahan or kk.anggota or kk.anggota_baru:
            pratinjau.keluarga.append(pk)
        elif kk.konflik:  # only stale laptop values, kept unless chosen otherwise
            pratinjau.konflik.append(pk)
        else:
            pratinjau.tanpa_perubahan += 1
    pratinjau.masalah.sort(key=lambda m: (m.lembar != LEMBAR_KELUARGA, m.baris or 0))
    if ekspor is not None:
        _baris_hilang(db, ekspor, per_id.keys(), baris_a, pratinjau)
    lapor(Pesan("Pratinjau siap"), 1.0)
    galat_sel = {(lembar, f"{huruf_kolom(k)}{n}"): g
                 for (lembar, k, n), g in dibaca.galat.items()}
    pratinjau.sel_galat = [(lembar, sel, galat_sel[lembar, sel])
                           for lembar, sel in pratinjau.rumus_tanpa_nilai
                           if (lembar, sel) in galat_sel]
    return pratinjau


def _rt_rw_beda(db: BasisData, diketik: list[tuple[int, str, dict[str, object]]],
                dikenal: Collection[str], kolom: dict[str, str]) -> list[MasalahBaris]:
    """A problem line for each family of ``dikenal`` whose RT/RW typed in columns added by
    hand (row, ID, header -> cell) says something its address here does not: not applied
    (the address is P3KE data, corrected in the family's form, where the source value stays
    beside it), but listed with the address in force so that the office can copy what is
    really new by hand. A typed RT/RW the address already carries is no work and not listed."""
    baris = [(n, idk, nilai) for n, idk, nilai in diketik if idk in dikenal]
    if not baris:
        return []
    alamat = sekspor.alamat_berlaku(db, [idk for _n, idk, _v in baris])
    hasil = []
    for nomor, idk, nilai in baris:
        ketik, di_alamat = dalamat.dari_kolom(nilai), dalamat.dari_alamat(alamat.get(idk))
        if not dalamat.berbeda(ketik, di_alamat):
            continue
        hasil.append(MasalahBaris(nomor, idk, ", ".join(kolom[h] for h in nilai), Pesan(
            "RT/RW di workbook ({diketik}) tidak diterapkan: alamat di basis data '{alamat}' "
            "({di_alamat}). Alamat adalah data P3KE; bila RT/RW keluarga ini memang berubah, "
            "betulkan alamatnya di formulir keluarga, bagian Identitas dan alamat.",
            diketik=ketik.teks(), alamat=alamat.get(idk) or "-",
            di_alamat=di_alamat.teks() or Pesan("tanpa RT/RW")), jenis="RT_RW_TIDAK_DITERAPKAN",
            nilai=", ".join(t for v in nilai.values() if (t := _teks(v)))))
    return hasil


def _saat_ekspor(baris: list[tuple], jumlah: int | None, waktu: dt.datetime | None
                 ) -> list[tuple] | None:
    """Of ``baris`` (rows of this database whose last item is when the row was made here),
    those an export of ``jumlah`` rows at ``waktu`` held: all of them when there are that many,
    else those made before the export when they are that many; ``None`` when neither (the
    database gained or lost rows since in a way that cannot be told apart)."""
    if jumlah is None:
        return None
    if len(baris) == jumlah:
        return baris
    if waktu is not None:
        lama = [b for b in baris if (w := _waktu(b[-1])) is None or w <= waktu]
        if len(lama) == jumlah:
            return lama
    return None


def _kunci_id(teks: str) -> str:
    """An ID as compared with a workbook's cell: a number cell lost its leading zeros."""
    return teks.lstrip("0") if teks.isdigit() else teks


def _baris_hilang(db: BasisData, ekspor: _Ekspor, dibaca: Collection[str],
                  baris_a: list | None, pratinjau: Pratinjau) -> None:
    """Name the families (and the members of families still there) the workbook held when it
    was exported whose rows are gone (:attr:`Pratinjau.keluarga_hilang`,
    :attr:`Pratinjau.anggota_hilang`). What it held is read from this database: the families
    (members) of the export's region and filter (Keterangan; the whole database when not
    written), taken only when they are as many as Keterangan's row count says, all of them or
    those made here before the export; otherwise nothing is named (the count stays in the
    summary). A sheet holding as many IDs as were exported is taken as whole (the database is
    not read: a 100,000-family workbook's members are 400,000 rows); a row deleted while
    another was added (an ID typed over, a new member) is then not named."""
    if ekspor.baris_keluarga is None:
        return
    ada = set(dibaca)
    kepala = _cari_kepala(baris_a, _HEADER_INDIVIDU) if baris_a is not None else None
    idi_dibaca: set[str] = set()
    if kepala is not None and ekspor.baris_anggota is not None:
        i = _posisi(baris_a[kepala][1])[_HEADER_INDIVIDU]
        idi_dibaca = {_kunci_id(t) for _n, sel in baris_a[kepala + 1:]
                      if (t := _teks(_sel(sel, i)))}
    anggota_utuh = (kepala is None or ekspor.baris_anggota is None
                    or len(idi_dibaca) == ekspor.baris_anggota)
    if len(ada) == ekspor.baris_keluarga and anggota_utuh:
        return
    lingkup = sekspor.Lingkup(ekspor.wilayah or (), ekspor.hanya_disetujui)
    keluarga = _saat_ekspor(sekspor.keluarga_lingkup(db, lingkup), ekspor.baris_keluarga,
                            ekspor.waktu)
    if keluarga is None:
        return
    pratinjau.keluarga_hilang = sorted((idk, nama) for idk, nama, _w in keluarga
                                       if idk not in ada)
    if anggota_utuh:
        return
    anggota = _saat_ekspor(sekspor.anggota_lingkup(db, lingkup), ekspor.baris_anggota,
                           ekspor.waktu)
    if anggota is None:
        return
    pratinjau.anggota_hilang = sorted(
        (idk, idi, nama) for idi, idk, nama, _w in anggota
        if idk in ada and _kunci_id(idi) not in idi_dibaca)


def _waktu(teks: str | None) -> dt.datetime | None:
    """A stored ISO time with its offset (one without is local time), or ``None``."""
    try:
        w = dt.datetime.fromisoformat(teks) if teks else None
    except ValueError:
        return None
    return w if w is None or w.tzinfo else w.astimezone()


def _diubah_sejak(k: sekspor.KeadaanKeluarga, waktu_ekspor: dt.datetime | None) -> bool:
    """Whether the family was saved in the application at or after the export (whole seconds,
    so a save in the export's own second counts as later: a false alarm, never a lost edit)."""
    disimpan = _waktu(k.diubah_pada)
    return waktu_ekspor is not None and disimpan is not None and disimpan >= waktu_ekspor


def _setelah(u: sekspor.UbahTercatat, ekspor: _Ekspor) -> bool:
    """Whether an audited change was made after the export: by its audit number, or (older
    workbooks) its time, where the export's own second counts as after."""
    return _sesudah_ekspor(ekspor, u.id, u.waktu)


def _sesudah_ekspor(ekspor: _Ekspor | None, nomor: int, waktu: str | None) -> bool:
    """Whether audit row ``nomor`` written at ``waktu`` came after the export (see
    :func:`_setelah`); with no export time known, none did."""
    if ekspor is None:
        return False
    if ekspor.nomor_audit is not None:
        return nomor > ekspor.nomor_audit
    w = _waktu(waktu)
    return w is None or w >= ekspor.waktu  # unreadable: recent (a false alarm, never a loss)


def _usulan_dikenal(db: BasisData, id_keluarga: str, ekspor: _Ekspor | None) -> kus.Dikenal:
    """Whether the workbook knew usulan ``id_keluarga`` of this database: made here before the
    workbook's export point (for another database's workbook, before the point it shares with
    this one, which the markers of the workbook's own usulan place exactly at this usulan when
    its database holds it), so the workbook's row with that ID is this usulan.

    Not known for sure (:attr:`~kus.Dikenal.TAK_PASTI`) only for another database's workbook
    that lists no usulan markers (an older version) or only its newest ones: the chain's
    sampled markers leave a stretch before the point the two databases parted where nothing
    tells whether a row is shared. An usulan older than the audit trail: see
    :func:`_usulan_tanpa_jejak`."""
    if ekspor is None:
        return kus.Dikenal.TANPA_WAKTU
    dibuat = sv.usulan_ditambah(db, id_keluarga)
    if dibuat is None:
        return _usulan_tanpa_jejak(db, id_keluarga, ekspor)
    if not _sesudah_ekspor(ekspor, *dibuat):
        return kus.Dikenal.YA
    if not ekspor.asing or (ekspor.usulan is not None and dibuat[0] >= ekspor.usulan_sejak):
        return kus.Dikenal.TIDAK
    return kus.Dikenal.TAK_PASTI


def _usulan_tanpa_jejak(db: BasisData, id_keluarga: str, ekspor: _Ekspor) -> kus.Dikenal:
    """Usulan ``id_keluarga`` with no audit row of its creation (made before the trail recorded
    it, or stored by another tool): its row's own creation time against the export's, or for
    another database's workbook against the time of the last audit row both databases hold
    (the copy was taken after it). By the clock, not by the chain, so the export's own second
    counts as after, as for a workbook of an older version; with no time to compare, not known
    (:attr:`~kus.Dikenal.TANPA_JEJAK`), never "made after"."""
    dibuat = _waktu(sv.usulan_dibuat_pada(db, id_keluarga))
    if ekspor.asing:
        titik = _waktu(audit.waktu_baris(db, ekspor.nomor_audit)) if ekspor.nomor_audit else None
    else:
        titik = ekspor.waktu
    if dibuat is None or titik is None:
        return kus.Dikenal.TANPA_JEJAK
    return kus.Dikenal.YA if dibuat < titik else kus.Dikenal.TIDAK


def _sumber(u: sekspor.UbahTercatat) -> str | None:
    """The marker of the workbook a re-imported change came from (``None``: made in the
    application, or re-imported by a version that did not record it)."""
    m = _POLA_SUMBER.search(u.keterangan or "")
    return m.group(1) if m else None


def _dikenal_workbook(u: sekspor.UbahTercatat, ekspor: _Ekspor) -> bool:
    """Whether the workbook knew this change: made before its export (or before the point its
    database shares with this one), or re-imported here from a workbook its database had
    written before or read. A re-import of a workbook with this workbook's own marker is not
    known to it: two operators may each have been given a copy of the same export, and
    nothing tells the second copy from the first corrected again (a value that differs is
    asked, never overwritten). A re-import recorded without a marker (older versions) is
    known only to a workbook without one either (as those versions did)."""
    if not _setelah(u, ekspor):
        return True
    if not (u.alasan or "").startswith(ALASAN_IMPOR_ULANG):
        return False
    sumber = _sumber(u)
    if sumber is None:
        return ekspor.token is None
    return sumber in ekspor.dikenal and sumber != ekspor.token


def _asal(u: sekspor.UbahTercatat) -> str:
    """Where the value of a field here came from (Indonesian)."""
    if (u.alasan or "").startswith(ALASAN_IMPOR_ULANG):
        nama = (u.alasan or "")[len(ALASAN_IMPOR_ULANG):].strip() or "lain"
        return keterangan_jejak.asal_impor_ulang(nama, u.pengguna or "-", _jam(u.waktu))
    return keterangan_jejak.asal_aplikasi(u.pengguna or "-", _jam(u.waktu))


def _gabung_dengan_aplikasi(db: BasisData, keluarga: dict[str, _Keluarga],
                            ekspor: _Ekspor | None, tempat: Callable[[str], str]) -> int:
    """A workbook shows each field as its database knew it. For a field changed here without
    the workbook knowing (in the application, or by re-importing another laptop's workbook):
    left as the workbook knew it, the newer value here stays (dropped from the changes);
    changed in the workbook too, to another value, it is a :class:`Konflik` the family waits
    on until someone chooses. Fields changed in one place only are applied as usual. Returns
    the number of fields whose same workbook value a choice already refused.

    Persetujuan and Catatan pengembalian are never applied; differing from the database they
    keep the row out ('use Ajukan/Setujui'), except when the approval was changed in the
    application after the export: then the workbook only shows the older state."""
    calon = [idk for idk, kk in keluarga.items()
             if ekspor is not None and (kk.perubahan or kk.anggota or kk.tunda)
             and ((ekspor.asing and kk.keadaan.diubah_pada is not None)
                  or _diubah_sejak(kk.keadaan, ekspor.waktu))]
    tercatat = sekspor.ubah_verifikasi_tercatat(db, calon) if calon else {}
    for kk in keluarga.values():
        if kk.tunda and not (ekspor is not None and any(
                u.kolom == "persetujuan" and _setelah(u, ekspor)
                for u in tercatat.get(kk.keadaan.id_keluarga, []))):
            kk.masalah.extend(kk.tunda)
        kk.tunda = []
    sudah = 0
    for idk in calon:
        assert ekspor is not None
        kk = keluarga[idk]
        # each changed member as this database has it: the base a choice is applied to
        asli = {idi: replace(a, **{p.field: p.lama for p in kk.perubahan
                                   if p.id_individu == idi})
                for idi, a in kk.anggota.items()}
        tak_dikenal: dict[tuple, list[sekspor.UbahTercatat]] = {}  # oldest first
        putusan: dict[tuple, sekspor.UbahTercatat] = {}  # latest choice about this workbook
        for u in tercatat.get(idk, []):
            kunci = (u.tabel, u.id_rekaman if u.tabel == "verifikasi_anggota" else None,
                     u.kolom)
            if u.aksi == AKSI_PILIH:
                if _sumber(u) in ekspor.dikenal \
                        and (u.keterangan or "").startswith("dipakai nilai basis data"):
                    putusan[kunci] = u
            elif not _dikenal_workbook(u, ekspor):
                tak_dikenal.setdefault(kunci, []).append(u)
        if not tak_dikenal and not putusan:
            continue
        tetap: list[Perubahan] = []
        diam: list[tuple[Perubahan, sekspor.UbahTercatat]] = []
        for p in kk.perubahan:
            kunci = (("verifikasi_anggota", p.id_individu, p.field) if p.id_individu
                     else ("verifikasi_keluarga", None, p.field))
            daftar = tak_dikenal.get(kunci)
            f = "catatan" if p.id_individu and p.field == "catatan" else (
                "status_verifikasi" if p.id_individu else p.field)
            pilih = putusan.get(kunci)
            if pilih is not None and _sama(f, pilih.nilai_baru, p.baru) and (
                    not daftar or pilih.id > daftar[-1].id):
                # this value of this workbook (or of one before it on its laptop) was refused
                # by an earlier choice, and nothing changed here since: not asked again
                sudah += 1
                _pakai_basis(kk, p)
                continue
            if not daftar:
                tetap.append(p)
                continue
            terakhir = daftar[-1]
            if _sama(f, daftar[0].nilai_lama, p.baru):
                # As the workbook knew it: this database's
                # newer value stays.
                kk.dipertahankan |= (p.field == "status_verifikasi" and not p.id_individu
                                     and (p.baru or StatusVerifikasi.BELUM)
                                     == StatusVerifikasi.BELUM)
                diam.append((p, terakhir))
                _pakai_basis(kk, p)
                continue
            # Another database's workbook holding a value this field held here since they
            # parted is most likely a stale copy, not a change made there: kept, but named.
            lama = ekspor.asing and any(_sama(f, u.nilai_lama, p.baru) for u in daftar)
            dasar = asli[p.id_individu] if p.id_individu else None
            _pakai_basis(kk, p)
            kk.konflik.append(Konflik(p, _asal(terakhir), "NILAI_LAMA" if lama else "KONFLIK",
                                      PAKAI_BASIS if lama else None, dasar))
            if lama:
                continue
            kolom = p.kolom if p.id_individu else tempat(p.field)
            kk.masalah.append(MasalahBaris(
                p.baris if p.id_individu else kk.baris, idk, kolom,
                Pesan("{asal}, {kapan}: di basis data '{lama}', di workbook '{baru}'; keluarga "
                      "tidak diterapkan sampai dipilih nilai mana yang dipakai (di jendela impor "
                      "ulang, atau --pakai-workbook/--pakai-basis-data), agar tidak ada yang "
                      "tertimpa", asal=_asal(terakhir),
                      kapan=Pesan("dan workbook berasal dari basis data lain (laptop lain)")
                      if ekspor.asing else Pesan("setelah workbook diekspor ({waktu})",
                                                 waktu=_jam(ekspor.waktu)),
                      lama=_ringkas(p.teks(p.lama) or "-"), baru=_ringkas(p.teks(p.baru) or "-")),
                LEMBAR_ANGGOTA if p.id_individu else LEMBAR_KELUARGA,
                "KONFLIK_WORKBOOK" if (terakhir.alasan or "").startswith(ALASAN_IMPOR_ULANG)
                else "DIUBAH_DI_APLIKASI"))
        if any(x.jenis == "KONFLIK" for x in kk.konflik):
            # Whoever settles the family sees every field where the two differ, so choosing
            # one side's row keeps its Alasan with its Kelayakan: a field only the workbook
            # changed, or only this database, is a choice too.
            sisi = [(p, _asal(u)) for p, u in diam if not (
                p.field == "status_verifikasi" and not p.id_individu
                and (p.baru or StatusVerifikasi.BELUM) == StatusVerifikasi.BELUM)]
            sisi += [(p, Pesan("hanya workbook yang mengubah isian ini")) for p in tetap]
            for p, asal in sisi:
                dasar = asli[p.id_individu] if p.id_individu else None
                _pakai_basis(kk, p)
                kk.konflik.append(Konflik(p, asal, "KONFLIK", None, dasar))
            tetap = []
        kk.perubahan = tetap
        for idi in [idi for idi in kk.anggota
                    if not any(p.id_individu == idi for p in tetap)]:
            del kk.anggota[idi]
    return sudah


def _pakai_basis(kk: _Keluarga, p: Perubahan) -> None:
    """Leave field ``p`` as this database has it in the family's state to save."""
    if p.id_individu:
        a = kk.anggota[p.id_individu]
        kk.anggota[p.id_individu] = replace(a, **{p.field: p.lama})
    else:
        kk.baru[p.field] = p.lama


def _pertahankan_verifikasi(keluarga: dict[str, _Keluarga]) -> list[str]:
    """A row still 'Belum diverifikasi' in the workbook for a family verified in the database
    says nothing about it: the workbook went out before that visit was recorded, or came from
    another laptop that verified the other half of the desa. Its family fields are left as the
    database has them (two halves re-imported one after the other merge; neither undoes the
    other). Returns those families' IDs. Resetting a verification is done in the form."""
    dipertahankan = []
    for idk, kk in keluarga.items():
        if kk.dipertahankan:
            dipertahankan.append(idk)
            continue
        if (kk.baru.get("status_verifikasi") or StatusVerifikasi.BELUM) != StatusVerifikasi.BELUM:
            continue
        if (kk.keadaan.verifikasi.status_verifikasi or StatusVerifikasi.BELUM) == \
                StatusVerifikasi.BELUM:
            continue
        if any(p.id_individu is None for p in kk.perubahan) or any(
                x.perubahan.id_individu is None for x in kk.konflik):
            kk.perubahan = [p for p in kk.perubahan if p.id_individu is not None]
            kk.konflik = [x for x in kk.konflik if x.perubahan.id_individu is not None]
            kk.masalah = [m for m in kk.masalah if m.jenis not in JENIS_KONFLIK
                          or m.lembar != LEMBAR_KELUARGA]
            kk.baru = kk.keadaan.verifikasi.sebagai_dict()
            dipertahankan.append(idk)
    return dipertahankan


def _jam(waktu: str | dt.datetime | None) -> str:
    if isinstance(waktu, str):
        try:
            waktu = dt.datetime.fromisoformat(waktu)
        except ValueError:
            return waktu
    if waktu is None:
        return "-"
    return waktu.astimezone().strftime("%d/%m/%Y %H:%M:%S")


def _bandingkan_anggota(db: BasisData, baris: list[tuple[int, list]],
                        keluarga: dict[str, _Keluarga], pratinjau: Pratinjau,
                        cek_batal: Callable[[], None],
                        keluarga_lain: dict[str, int], pemulih: kid.PemulihId,
                        rumus_sel: dict[int, list[int]],
                        galat: dict[tuple[str, int, int], str]) -> None:
    """Compare Status anggota, NIK perbaikan and Catatan anggota of Data Anggota; the changes
    join their family's (a member of a family whose row has a problem is not applied either).
    A row of a person this database does not hold, marked "Anggota baru", is a member to add
    (:class:`_AnggotaBaruDibaca`). A row of a family in ``keluarga_lain`` (a laptop's usulan
    with the ID of another family here: ID -> its row of Data Keluarga) is not applied.
    ``rumus_sel``: the sheet's cells holding a formula without a stored value (column ->
    rows); one in a column read for the row is a problem holding back the row's family (a
    new member: its row). ``galat``: those holding an Excel error (see :class:`_Dibaca`)."""
    kepala_i = _cari_kepala(baris, _HEADER_INDIVIDU)
    if kepala_i is None:
        return
    posisi = _posisi(baris[kepala_i][1])
    i_id = posisi[_HEADER_INDIVIDU]
    kolom_tambahan = _kolom_tambahan(baris[kepala_i][1])
    if kolom_tambahan:
        isi = {i: sum(bool(_teks(_sel(s, i))) for _n, s in baris[kepala_i + 1:])
               for i, _h in kolom_tambahan}
        pratinjau.kolom_tidak_dibaca += [(LEMBAR_ANGGOTA, huruf_kolom(i), h, isi[i])
                                         for i, h in kolom_tambahan if isi[i]]
    kolom = {f: posisi.get(dkolom.normalisasi_header(h)) for f, h in LABEL_ANGGOTA.items()}
    if all(i is None for i in kolom.values()):
        return
    tambahan = _AnggotaBaruDibaca(db, posisi, kolom, keluarga, pratinjau, keluarga_lain,
                                  pemulih)
    judul = baris[kepala_i][1]
    rumus = _rumus_per_baris(rumus_sel, [i_id, *kolom.values()], baris[kepala_i][0])
    rumus_baru = _rumus_per_baris(rumus_sel, [i_id, *kolom.values(), tambahan.i_keluarga,
                                              *tambahan.i_field.values()], baris[kepala_i][0])
    # A row without ID Individu holding nothing of a person (only its family's ID, or blank
    # cells: a member's cells cleared in Excel, or columns added by hand) is a leftover, not a
    # row to report.
    i_keluarga = posisi.get(kab.HEADER_ID_KELUARGA)
    bukan_orang = {i_keluarga, *(i for i, _h in kolom_tambahan)}
    data = [(n, s) for n, s in baris[kepala_i + 1:]
            if _teks(_sel(s, i_id)) or n in rumus_baru
            or any(_teks(v) for j, v in enumerate(s) if v != _ISI_LAIN and j not in bukan_orang)]
    pemulih_a = kid.PemulihId(db, "anggota")
    pemulih_a.siapkan(_teks(v) or "" for _n, s in data if kid.angka(v := _sel(s, i_id)))

    def id_baris(sel: list) -> tuple[str | None, tuple[str, ...] | None]:
        """The row's ID Individu, and for a number cell the members it may stand for."""
        return pemulih_a.baca(mentah := _sel(sel, i_id), _teks(mentah))

    keadaan: dict[str, sekspor.KeadaanAnggota] = {}
    ids = [i for i in (id_baris(s)[0] for _n, s in data) if i]
    for awal in range(0, len(ids), 2000):
        keadaan.update(sekspor.keadaan_anggota(db, ids[awal:awal + 2000]))
        cek_batal()
    dilihat: set[str] = set()
    for nomor, sel in data:
        idi, calon = id_baris(sel)

        def masalah(pesan: str, kolom_: str | None = None, idk: str | None = None,
                    nomor: int = nomor, jenis: str = "NILAI_TIDAK_SAH", idi: str | None = idi,
                    nilai: object = None) -> MasalahBaris:
            return MasalahBaris(nomor, idk, kolom_, pesan, LEMBAR_ANGGOTA, jenis, idi,
                                _teks(nilai))

        if idi and calon is not None and (len(calon) > 1 or (
                not calon and not tambahan.berstatus_baru(sel))):
            # a number standing for several members, or for nobody in a row that is not a
            # new member: never applied to a guess
            pratinjau.masalah.append(masalah(
                pemulih_a.pesan(idi), _kolom(huruf_kolom(i_id), "ID Individu"),
                jenis="NILAI_TIDAK_SAH" if calon else "ID_TIDAK_ADA"))
            continue
        a = keadaan.get(idi) if idi else None

        if a is None or (a.asal == "baru" and not tambahan.orang_ini(sel, a)):
            # unknown here, or another person numbered -Bnn by another database
            if nomor in rumus_baru:
                tambahan.rumus(nomor, sel, rumus_baru[nomor], judul, galat)
                continue
            tambahan.baca(nomor, sel, idi, a)
            continue
        if a.asal == "baru" and pratinjau.dari_basis_data_lain and tambahan.berstatus_baru(sel):
            # another database's new member that came here before (the same workbook again):
            # counted; its own columns are compared below like anyone's. This database's own
            # workbook shows its own new members: nothing to say about them. An usulan's own
            # members (IDs -01, -02... made with it) come back with the same usulan.
            if a.id_keluarga.startswith(_AWALAN_USULAN) \
                    and not _ID_ANGGOTA_BARU.search(a.id_individu):
                pratinjau.usulan_sama[a.id_keluarga] = \
                    pratinjau.usulan_sama.get(a.id_keluarga, 0) + 1
            else:
                pratinjau.anggota_baru_sudah_ada.append((nomor, a.id_keluarga, a.id_individu))
        if idi in dilihat:
            pratinjau.masalah.append(masalah(Pesan("ID Individu {id_individu} muncul lebih "
                                                   "dari sekali", id_individu=idi),
                                             idk=a.id_keluarga, jenis="ID_GANDA"))
            continue
        dilihat.add(idi)
        kk = keluarga.get(a.id_keluarga)
        lama = {"status_anggota": a.status_anggota, "nik_perbaikan": a.nik_perbaikan,
                "catatan": a.catatan}
        baru = dict(lama)
        salah: list[MasalahBaris] = []
        ubah: list[Perubahan] = []
        kosong = rumus.get(nomor)
        for f, i in kolom.items():
            if i is None:
                continue
            mentah = _sel(sel, i)
            tempat = _kolom(huruf_kolom(i), LABEL_ANGGOTA[f])
            if kosong and i in kosong:
                pratinjau.rumus_tanpa_nilai.append((LEMBAR_ANGGOTA, f"{huruf_kolom(i)}{nomor}"))
                salah.append(masalah(
                    _rumus(AKIBAT_KELUARGA, galat.get((LEMBAR_ANGGOTA, i, nomor))), tempat,
                    a.id_keluarga, jenis="RUMUS_TANPA_NILAI"))
                continue
            if f == "status_anggota":
                try:
                    kode = status.dari_teks(mentah, StatusAnggota)
                except ValueError as e:
                    salah.append(masalah(pesan_dari(e), tempat, a.id_keluarga, nilai=mentah))
                    continue
                nilai = kode.value if kode else a.status_anggota
            elif f == "nik_perbaikan":
                nilai, bentuk = dnik.teks_identitas(mentah)
                nilai = nilai or None
                if nilai and "*" in nilai:
                    continue  # a masked workbook: the corrected NIK cannot come back from it
                if nilai and bentuk == dnik.BENTUK_ANGKA \
                        and nilai not in (a.nik_perbaikan, a.nik):
                    salah.append(masalah(Pesan(
                        "NIK perbaikan {nik} tersimpan sebagai angka, bukan teks: Excel "
                        "hanya menyimpan 15 digit, digit terakhir bisa sudah berubah menjadi 0. "
                        "Ketik ulang NIK sebagai teks (awali dengan tanda petik ') lalu impor "
                        "lagi", nik=nilai), tempat, a.id_keluarga))
                    continue
                if nilai:
                    info = dnik.urai_nik(nilai)
                    if info.punya(dnik.PANJANG) or info.punya(dnik.BUKAN_ANGKA) \
                            or info.punya(dnik.ILMIAH):
                        salah.append(masalah(Pesan("NIK perbaikan: {masalah}",
                                                   masalah=info.masalah[0].pesan), tempat,
                                             a.id_keluarga))
                        continue
                    if nilai == a.nik:
                        nilai = None
            else:
                try:
                    nilai = _teks_terbatas(mentah)
                except ValueError as e:
                    salah.append(masalah(pesan_dari(e), tempat, a.id_keluarga, nilai=mentah))
                    continue
                if nilai and "*" in nilai:
                    nilai = dnik.pulihkan_catatan(nilai, lama[f], (a.id_keluarga, idi))
                    if (tersamar := dnik.nomor_tersamar(nilai)) is not None:
                        pratinjau.masalah.append(masalah(_tersamar(tersamar), tempat,
                                                         a.id_keluarga, jenis="CATATAN_DITAHAN",
                                                         nilai=mentah))
                        continue
                if _sama("catatan", lama[f], nilai):
                    continue
            if (lama[f] or None) == (nilai or None):
                continue
            baru[f] = nilai
            ubah.append(Perubahan(f, lama[f], nilai, idi, a.nama, nomor))
        if not salah and not ubah:
            continue
        if kk is None and a.id_keluarga in keluarga_lain:
            salah.append(masalah(_keluarga_lain(keluarga_lain[a.id_keluarga]),
                                 idk=a.id_keluarga, jenis="KELUARGA_LAIN"))
        elif kk is None:
            salah.append(masalah(Pesan("keluarganya tidak ada di lembar Data Keluarga atau "
                                       "barisnya bermasalah; tidak diterapkan"), idk=a.id_keluarga,
                                 jenis="KELUARGA_BERMASALAH"))
        if salah:
            pratinjau.masalah.extend(salah)
            if kk is not None:
                kk.masalah.append(MasalahBaris(
                    kk.baris, a.id_keluarga, None, Pesan(
                        "anggota {nama} bermasalah di lembar {lembar} (baris {baris}); keluarga "
                        "tidak diterapkan", nama=a.nama or idi, lembar=LEMBAR_ANGGOTA,
                        baris=nomor),
                    jenis="ANGGOTA_BERMASALAH"))
            continue
        kk.perubahan.extend(ubah)
        kk.anggota[idi] = sv.PerubahanAnggota(idi, status_anggota=baru["status_anggota"],
                                              nik_perbaikan=baru["nik_perbaikan"],
                                              catatan=baru["catatan"])


class _AnggotaBaruDibaca:
    """Reads the rows of Data Anggota whose person this database does not hold: with Status
    anggota "Anggota baru" under a family of this database whose row is applicable, a member
    to add (:attr:`_Keluarga.anggota_baru`), unless the family already holds the person
    (:attr:`Pratinjau.anggota_baru_sudah_ada`); otherwise a problem naming row and column."""

    def __init__(self, db: BasisData, posisi: dict[str, int], kolom: dict[str, int | None],
                 keluarga: dict[str, _Keluarga], pratinjau: Pratinjau,
                 keluarga_lain: dict[str, int], pemulih: kid.PemulihId):
        self.db = db
        self.pemulih = pemulih
        self.keluarga = keluarga
        self.keluarga_lain = keluarga_lain
        self.pratinjau = pratinjau
        self.i_keluarga = posisi.get(kab.HEADER_ID_KELUARGA)
        self.i_field = {f: posisi.get(dkolom.normalisasi_header(h))
                        for f, h in kab.HEADER.items()}
        self.i_status = kolom["status_anggota"]
        self.i_perbaikan = kolom["nik_perbaikan"]
        self.i_catatan = kolom["catatan"]
        self._anggota: dict[str, list[sekspor.KeadaanAnggota]] = {}
        self._ada: dict[str, bool] = {}
        self._idi: str | None = None
        """The ID Individu of the row being read (its problems name it)."""

    def _tempat(self, f: str) -> str:
        """Column ``f`` as a problem names it: ``K (Jenis Kelamin)``."""
        if f in LABEL_ANGGOTA:
            i, label = ({"status_anggota": self.i_status, "catatan": self.i_catatan,
                         "nik_perbaikan": self.i_perbaikan}[f], LABEL_ANGGOTA[f])
        elif f == "id_keluarga":
            i, label = self.i_keluarga, "ID Keluarga P3KE"
        else:
            i, label = self.i_field.get(f), kab.HEADER.get(f, f)
        return _kolom(huruf_kolom(i), label) if i is not None else label

    def _nik(self, sel: list) -> list[object]:
        """The row's NIKs: NIK perbaikan (when filled) first."""
        return [v for v in (_sel(sel, self.i_perbaikan), _sel(sel, self.i_field["nik"]))
                if _teks(v)]

    def orang_ini(self, sel: list, a: sekspor.KeadaanAnggota) -> bool:
        """Whether the row names new member ``a`` of this database (its name or a NIK)."""
        return kab.nama_atau_nik_sama(_sel(sel, self.i_field["nama"]), self._nik(sel), a)

    def berstatus_baru(self, sel: list) -> bool:
        """Whether the row's Status anggota reads "Anggota baru"."""
        try:
            return status.dari_teks(_sel(sel, self.i_status), StatusAnggota) \
                == StatusAnggota.ANGGOTA_BARU
        except ValueError:
            return False

    def _anggota_di_sini(self, idk: str) -> list[sekspor.KeadaanAnggota]:
        if idk not in self._anggota:
            self._anggota.update({idk: []} | sekspor.anggota_keluarga(self.db, [idk]))
        return self._anggota[idk]

    def _keluarga_ada(self, idk: str) -> bool:
        if idk not in self._ada:
            self._ada[idk] = bool(sekspor.keadaan_keluarga(self.db, [idk]))
        return self._ada[idk]

    def _masalah(self, nomor: int, pesan: str, kolom: str | None = None, idk: str | None = None,
                 jenis: str = "NILAI_TIDAK_SAH") -> None:
        self.pratinjau.masalah.append(MasalahBaris(nomor, idk, kolom, pesan, LEMBAR_ANGGOTA,
                                                   jenis, self._idi))

    def baca(self, nomor: int, sel: list, idi: str | None,
             lain: sekspor.KeadaanAnggota | None) -> None:
        """Row ``nomor`` (ID ``idi``, ``lain``: the other person holding that ID here)."""
        self._idi = idi  # named by this row's problems
        try:
            kode = status.dari_teks(_sel(sel, self.i_status), StatusAnggota) \
                if self.i_status is not None else None
        except ValueError as e:
            self._masalah(nomor, pesan_dari(e), self._tempat("status_anggota"),
                          lain.id_keluarga if lain else None)
            return
        if kode != StatusAnggota.ANGGOTA_BARU:
            if lain is not None:
                self._masalah(nomor, Pesan(
                    "ID Individu {id_individu} di basis data ini milik anggota baru lain "
                    "({nama}), bukan orang di baris ini; tidak diterapkan kepadanya. Bila orang "
                    "ini baru ditambahkan, isi Status anggota 'Anggota baru'", id_individu=idi,
                    nama=lain.nama or "-"), idk=lain.id_keluarga, jenis="ANGGOTA_LAIN")
            elif idi:
                self._masalah(nomor, Pesan("ID Individu {id_individu} tidak ada di basis data",
                                           id_individu=idi), jenis="ID_TIDAK_ADA")
            else:
                self._masalah(nomor, Pesan(
                    "ID Individu kosong. Untuk menambah anggota baru, isi Status anggota "
                    "'Anggota baru' (ID dibuat oleh aplikasi)"), self._tempat("status_anggota"))
            return
        idk, bentuk = dnik.teks_identitas(_sel(sel, self.i_keluarga))
        if idk and bentuk == dnik.BENTUK_ANGKA:
            calon = self.pemulih.calon(idk)
            if len(calon) != 1:
                self._masalah(nomor, self.pemulih.pesan(idk), self._tempat("id_keluarga"),
                              jenis="NILAI_TIDAK_SAH" if calon else "ID_TIDAK_ADA")
                return
            idk = calon[0]
        if not idk:
            self._masalah(nomor, Pesan("ID Keluarga kosong: anggota baru harus menyebut "
                                       "keluarganya"), self._tempat("id_keluarga"),
                          jenis="ID_KOSONG")
            return
        kk = self.keluarga.get(idk)
        if kk is None:
            if idk in self.keluarga_lain:
                self._masalah(nomor, _keluarga_lain(self.keluarga_lain[idk]), idk=idk,
                              jenis="KELUARGA_LAIN")
            elif self._keluarga_ada(idk):
                self._masalah(nomor, Pesan("keluarganya tidak ada di lembar Data Keluarga atau "
                                           "barisnya bermasalah; tidak diterapkan"), idk=idk,
                              jenis="KELUARGA_BERMASALAH")
            else:
                self._masalah(nomor, _keluarga_tidak_ada(idk) if idk.startswith(_AWALAN_USULAN)
                              else Pesan("ID Keluarga {id_keluarga} tidak ada di basis data; "
                                         "anggota baru hanya ditambahkan ke keluarga yang ada",
                                         id_keluarga=idk), self._tempat("id_keluarga"), idk,
                              jenis="ID_TIDAK_ADA")
            return
        nama, nik = _sel(sel, self.i_field["nama"]), self._nik(sel)
        mentah_lahir = _sel(sel, self.i_field["tanggal_lahir"])
        lahir = urai_tanggal(mentah_lahir) if _teks(mentah_lahir) else None
        lahir_iso = lahir.isoformat() if lahir else None
        sama = next((a for a in self._anggota_di_sini(idk)
                     if kab.orang_sama(nama, nik, lahir_iso, a)), None)
        if sama is not None:
            self.pratinjau.anggota_baru_sudah_ada.append((nomor, idk, sama.id_individu))
            return
        kembar = next((b for b in kk.anggota_baru if kab.orang_sama(
            nama, nik, lahir_iso, sekspor.KeadaanAnggota(
                "", idk, b.nama, b.data.get("nik"), StatusAnggota.ANGGOTA_BARU, None, None,
                tanggal_lahir=b.data.get("tanggal_lahir")))), None)
        salah: list[tuple[str, str]] = []
        if kembar is not None:
            salah.append((self._tempat("nama"), Pesan(
                "orang yang sama dengan anggota baru di baris {baris} ({nama}); tidak "
                "ditambahkan dua kali", baris=kembar.baris, nama=kembar.nama)))
        sel_nik, salah_nik = kab.pilih_nik(
            _sel(sel, self.i_perbaikan), _sel(sel, self.i_field["nik"]),
            self._tempat("nik_perbaikan"), self._tempat("nik"))
        if salah_nik:
            salah.append(salah_nik)
        data, salah_isi = kab.baca(
            lambda f: sel_nik if f == "nik" else _sel(sel, self.i_field[f]), _teks,
            self._tempat)
        salah += salah_isi
        try:
            catatan = _teks_terbatas(_sel(sel, self.i_catatan))
        except ValueError as e:
            salah.append((self._tempat("catatan"), pesan_dari(e)))
            catatan = None
        if salah:
            for kolom, pesan in salah:
                self._masalah(nomor, Pesan("Anggota baru: {masalah}", masalah=pesan), kolom, idk)
            if self._mungkin_kepala(sel, data, salah):
                kk.masalah.append(MasalahBaris(
                    kk.baris, idk, None, _kepala_baru_ditahan(
                        _teks(nama) or idi or "-", nomor,
                        data.get("hubungan") == status.HUBUNGAN_KEPALA),
                    jenis="ANGGOTA_BERMASALAH"))
            else:
                # an added person on its own: the family's other rows do not depend on it
                self.pratinjau.anggota_baru_ditahan.append((nomor, idk))
            return
        kk.anggota_baru.append(kab.AnggotaBaru(nomor, idk, idi, data, catatan))

    def rumus(self, nomor: int, sel: list, kolom: list[int], judul: list,
              galat: dict[tuple[str, int, int], str]) -> None:
        """Row ``nomor`` of a person this database does not hold has cells ``kolom`` holding a
        formula without a stored value or an Excel error (``galat``, see :class:`_Dibaca`):
        each is a problem, the row is not added."""
        self._idi = None
        idk = dnik.teks_identitas(_sel(sel, self.i_keluarga))[0] or None
        for i in kolom:
            self.pratinjau.rumus_tanpa_nilai.append((LEMBAR_ANGGOTA, f"{huruf_kolom(i)}{nomor}"))
            self._masalah(nomor, _rumus(AKIBAT_BARIS, galat.get((LEMBAR_ANGGOTA, i, nomor))),
                          _kolom(huruf_kolom(i), " ".join(str(_sel(judul, i) or "").split())),
                          idk, "RUMUS_TANPA_NILAI")
        self.pratinjau.anggota_baru_ditahan.append((nomor, idk or "-"))

    def _mungkin_kepala(self, sel: list, data: dict, salah: list[tuple[str, str]]) -> bool:
        """Whether a refused new member's row reads as the family's new head (or its Hubungan
        cannot be read): such a row holds back its family, whose head data it would change."""
        if data.get("hubungan") == status.HUBUNGAN_KEPALA:
            return True
        tempat = self._tempat("hubungan")
        return bool(_teks(_sel(sel, self.i_field["hubungan"]))) and any(
            kolom == tempat for kolom, _p in salah)


# ---------------------------------------------------------------------------------------------
# Applying.
# ---------------------------------------------------------------------------------------------
def cadangan_sebelum_impor(db: BasisData) -> Path | None:
    """The backup made before a re-import writes (the rotating set of
    :mod:`kalbar_desktop.storage.cadangan`); the window and the command line pass this to
    :func:`terapkan` as ``sebelum_menulis``. Returns the backup file."""
    return scadangan.sebelum_impor(db)


def terapkan(db: BasisData, pratinjau: Pratinjau, pengguna: Pengguna,
             sebelum_menulis: Callable[[BasisData], Path | None] | None = None,
             kemajuan: Kemajuan | None = None,
             dibatalkan: Callable[[], bool] | None = None,
             pilihan: Sequence[str] | None = None) -> HasilTerap:
    """Apply the changes of ``pratinjau`` (only the families in ``pilihan``, when given) in one
    transaction.

    ``sebelum_menulis(db)`` runs before anything is written: the place for the backup made
    before every re-import (issue 6; the window and the command line pass it). It may return the
    backup's path, which is reported and audited; an exception it raises stops the re-import.

    A family saved by someone else since the preview, or failing a rule, is listed in
    :attr:`HasilTerap.gagal` and left as it is. A cancel rolls everything back.
    """
    lapor = kemajuan or (lambda _p, _f: None)
    batal = dibatalkan or (lambda: False)
    terpilih = set(pilihan) if pilihan is not None else None

    def ikut(k: PerubahanKeluarga) -> bool:
        return terpilih is None or k.id_keluarga in terpilih

    daftar = [k for k in pratinjau.siap_diterapkan if ikut(k)]
    # Settled for this database's value everywhere: nothing to save, the choice is recorded.
    putusan_saja = [k for k in pratinjau.konflik if ikut(k) and not k.menunggu
                    and not k.ada_yang_diterapkan
                    and any(x.jenis == "KONFLIK" for x in k.konflik)]
    path_cadangan = sebelum_menulis(db) if sebelum_menulis else None
    hasil = HasilTerap([], [], path_cadangan,
                       menunggu=[k.id_keluarga for k in pratinjau.konflik
                                 if ikut(k) and k.menunggu])
    alasan = keterangan_jejak.alasan_impor_ulang(pratinjau.berkas.name)
    sumber = keterangan_jejak.penanda_workbook(pratinjau.penanda) if pratinjau.penanda else None
    ditolak = sorted({m.id_keluarga for m in pratinjau.masalah
                      if m.jenis == "TIDAK_BERWENANG" and m.id_keluarga})
    with transaksi(db):
        for j, k in enumerate(daftar):
            if j % 200 == 0:
                lapor(Pesan("Menerapkan perubahan"), j / max(len(daftar), 1))
                if batal():
                    raise Dibatalkan(Pesan("Impor ulang dibatalkan; tidak ada yang diubah."))
            v, anggota = k.hasil_pilihan()
            try:
                sv.simpan(db, k.id_keluarga, pengguna, v, k.versi, anggota=anggota,
                          alasan=alasan, keterangan=sumber)
            except sv.KonflikVersi as e:
                hasil.gagal.append(MasalahBaris(k.baris, k.id_keluarga, None, Pesan(
                    "{galat} Baca workbook lagi untuk pratinjau baru.", galat=pesan_dari(e)),
                    jenis="GAGAL_SIMPAN"))
            except (sv.TidakBerwenang, sv.KeluargaTidakAda) as e:
                hasil.gagal.append(MasalahBaris(k.baris, k.id_keluarga, None, pesan_dari(e),
                                                jenis="GAGAL_SIMPAN"))
            except sv.PerubahanDitolak as e:
                for m in e.masalah:
                    hasil.gagal.append(MasalahBaris(
                        k.baris, k.id_keluarga, status.LABEL_FIELD.get(m.field, m.field),
                        m.pesan, jenis="ISIAN_TIDAK_LENGKAP"))
            else:
                hasil.diterapkan.append(k.id_keluarga)
                hasil.anggota_baru += len(k.anggota_baru)
                hasil.diputuskan += _catat_pilihan(db, k, pengguna, alasan, sumber)
        for k in putusan_saja:
            hasil.diputuskan += _catat_pilihan(db, k, pengguna, alasan, sumber)
        audit.tulis(db, [audit.Catatan(
            aksi="IMPOR_KOREKSI", pengguna=pengguna.nama, tabel="verifikasi_keluarga",
            alasan=alasan, keterangan=json.dumps({
                "berkas": pratinjau.berkas.name, "sha256": pratinjau.sha256,
                "diterapkan": len(hasil.diterapkan), "gagal": len(hasil.gagal),
                # Rows refused at the preview (a problem in the row, or no right to the
                # family's region): an attempt outside one's region shows in the trail.
                "baris_bermasalah": pratinjau.baris_bermasalah,
                **({"tidak_berwenang": ditolak[:MAKS_TIDAK_BERWENANG]} if ditolak else {}),
                "isian": sum(len(k.perubahan) for k in daftar
                             if k.id_keluarga in set(hasil.diterapkan)),
                "anggota_baru": hasil.anggota_baru,
                "konflik_diputuskan": hasil.diputuskan,
                "menunggu_keputusan": len(hasil.menunggu),
                "cadangan": str(path_cadangan) if path_cadangan else None,
                **({"penanda": pratinjau.penanda} if pratinjau.penanda else {}),
                **({"dikenal": pratinjau.dikenal[:audit.MAKS_PENANDA_DIKENAL]}
                   if pratinjau.dikenal else {}),
            }, ensure_ascii=False))])
    lapor(Pesan("Selesai"), 1.0)
    return hasil


def _catat_pilihan(db: BasisData, k: PerubahanKeluarga, pengguna: Pengguna, alasan: str,
                   sumber: str | None) -> int:
    """Audit who chose which value for each conflict of ``k`` (a stale laptop value only when
    the workbook's was chosen). Returns the number of rows written."""
    catatan = []
    for x in k.konflik:
        if x.jenis != "KONFLIK" and x.pilihan != PAKAI_WORKBOOK:
            continue
        p = x.perubahan
        catatan.append(audit.Catatan(
            aksi=AKSI_PILIH, pengguna=pengguna.nama,
            tabel="verifikasi_anggota" if p.id_individu else "verifikasi_keluarga",
            id_rekaman=p.id_individu or k.id_keluarga, id_keluarga=k.id_keluarga,
            kolom=p.field, nilai_lama=p.lama, nilai_baru=p.baru, alasan=alasan,
            keterangan=Pesan.gabung("; ", [keterangan_jejak.pilihan_konflik(
                x.pilihan == PAKAI_WORKBOOK, x.asal), *filter(None, [sumber])])))
    if catatan:
        audit.tulis(db, catatan)
    return len(catatan)
