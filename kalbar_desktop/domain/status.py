"""The verification status model: what a field visit found, eligibility, and approval.

Codes (``StrEnum`` values) are what the database stores; labels are what users read in
Indonesian and what the provincial workbook shows. Which fields each status requires is data
(:data:`WAJIB_MENURUT_STATUS`, :data:`WAJIB_MENURUT_KELAYAKAN`, :data:`WAJIB_MENURUT_ALASAN`),
checked by :func:`periksa_verifikasi`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Container
from dataclasses import dataclass, fields
from enum import StrEnum

from kalbar_desktop.domain.codes import kunci
from kalbar_desktop.domain.pesan import Label, Pesan


class StatusVerifikasi(StrEnum):
    BELUM = "BELUM"
    DITEMUKAN = "DITEMUKAN"
    TIDAK_DITEMUKAN = "TIDAK_DITEMUKAN"
    PINDAH = "PINDAH"
    MENINGGAL = "MENINGGAL"
    GANDA = "GANDA"
    USULAN_BARU = "USULAN_BARU"


class Kelayakan(StrEnum):
    LAYAK = "LAYAK"
    LAYAK_INTERVENSI = "LAYAK_INTERVENSI"
    TIDAK_LAYAK = "TIDAK_LAYAK"


class AlasanTidakLayak(StrEnum):
    MAMPU = "MAMPU"
    ASN_TNI_POLRI = "ASN_TNI_POLRI"
    MENINGGAL = "MENINGGAL"
    PINDAH = "PINDAH"
    TIDAK_DITEMUKAN = "TIDAK_DITEMUKAN"
    LAINNYA = "LAINNYA"


class Persetujuan(StrEnum):
    DRAF = "DRAF"
    DIAJUKAN = "DIAJUKAN"
    DISETUJUI = "DISETUJUI"
    DIKEMBALIKAN = "DIKEMBALIKAN"


class StatusAnggota(StrEnum):
    ADA = "ADA"
    MENINGGAL = "MENINGGAL"
    PINDAH_KELUAR = "PINDAH_KELUAR"
    MENIKAH_KELUAR = "MENIKAH_KELUAR"
    ANGGOTA_BARU = "ANGGOTA_BARU"


LABEL: dict[StrEnum, str] = {
    StatusVerifikasi.BELUM: "Belum diverifikasi",
    StatusVerifikasi.DITEMUKAN: "Ditemukan",
    StatusVerifikasi.TIDAK_DITEMUKAN: "Tidak ditemukan",
    StatusVerifikasi.PINDAH: "Pindah",
    StatusVerifikasi.MENINGGAL: "Meninggal (seluruh anggota)",
    StatusVerifikasi.GANDA: "Ganda",
    StatusVerifikasi.USULAN_BARU: "Usulan baru",
    Kelayakan.LAYAK: "Layak",
    Kelayakan.LAYAK_INTERVENSI: "Layak dengan intervensi",
    Kelayakan.TIDAK_LAYAK: "Tidak layak",
    AlasanTidakLayak.MAMPU: "Mampu",
    AlasanTidakLayak.ASN_TNI_POLRI: "ASN/TNI/Polri",
    AlasanTidakLayak.MENINGGAL: "Meninggal",
    AlasanTidakLayak.PINDAH: "Pindah",
    AlasanTidakLayak.TIDAK_DITEMUKAN: "Tidak ditemukan",
    AlasanTidakLayak.LAINNYA: "Lainnya",
    Persetujuan.DRAF: "Draf",
    Persetujuan.DIAJUKAN: "Diajukan",
    Persetujuan.DISETUJUI: "Disetujui",
    Persetujuan.DIKEMBALIKAN: "Dikembalikan",
    StatusAnggota.ADA: "Ada",
    StatusAnggota.MENINGGAL: "Meninggal",
    StatusAnggota.PINDAH_KELUAR: "Pindah/keluar",
    StatusAnggota.MENIKAH_KELUAR: "Menikah keluar",
    StatusAnggota.ANGGOTA_BARU: "Anggota baru",
}


def label(kode: str | None, jenis: type[StrEnum]) -> str:
    """Indonesian label of a stored code (a :class:`~kalbar_desktop.domain.pesan.Label` the
    window translates in the context named after ``jenis``); an unknown code is returned as it
    is."""
    if not kode:
        return ""
    try:
        return Label(jenis.__name__, LABEL[jenis(kode)])
    except ValueError:
        return kode


def dari_teks(teks: object, jenis: type[StrEnum]) -> StrEnum | None:
    """Read a code or a label back (``'Tidak layak'``, ``'TIDAK_LAYAK'``, ``'tidak  LAYAK'``).

    Returns ``None`` for empty text; raises ``ValueError`` for text that is neither.
    """
    if teks is None or str(teks).strip() == "":
        return None
    k = kunci(teks)
    for anggota in jenis:
        if k in (kunci(anggota.value), kunci(LABEL[anggota])):
            return anggota
    # The accepted values stay Indonesian in every language (plain text, not a Label): a
    # workbook is read in Indonesian, so those are what the person must type; the sentence
    # around them is translated.
    pilihan = ", ".join(LABEL[a] for a in jenis)
    raise ValueError(Pesan("Nilai {nilai!r} tidak dikenal; pilihan: {pilihan}",
                           nilai=str(teks).strip(), pilihan=pilihan))


@dataclass
class Verifikasi:
    """The verification state of one family (what the operator records)."""

    status_verifikasi: str = StatusVerifikasi.BELUM
    kelayakan: str | None = None
    alasan: str | None = None
    alasan_lainnya: str | None = None
    pindah_ke: str | None = None
    id_keluarga_ganda: str | None = None
    tanggal_kunjungan: str | None = None
    nama_verifikator: str | None = None
    catatan: str | None = None
    no_musdes: str | None = None
    tanggal_musdes: str | None = None
    persetujuan: str = Persetujuan.DRAF
    catatan_pengembalian: str | None = None
    pindah_ke_kode: str | None = None
    """Where a family moved within this database's kabupaten: the desa/kelurahan code (shown by
    name). ``pindah_ke`` then stays empty; it holds a move out of the kabupaten as free text
    (kabupaten/kota, provinsi), and the free text of databases from before the choice."""

    @classmethod
    def dari_dict(cls, data: dict) -> Verifikasi:
        """Build from a mapping (e.g. a database row), ignoring unknown keys."""
        nama = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in nama})

    def sebagai_dict(self) -> dict[str, str | None]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


FIELD_VERIFIKASI: tuple[str, ...] = tuple(f.name for f in fields(Verifikasi))

HUBUNGAN_KEPALA = "Kepala Keluarga"
"""The Hubungan dengan Kepala Keluarga value of the head (code list ``hubungan``)."""

IDENTITAS_KEPALA: dict[str, str] = {
    "nama_kepala": "nama", "nik_kepala": "nik", "jenis_kelamin": "jenis_kelamin",
    "tanggal_lahir": "tanggal_lahir"}
"""Family fields that describe the head as a person (P3KE's Kepala Keluarga sheet), and the
member field each is taken from when a member becomes head. The head's marital status, work
and schooling are not copied: they are what the visit checks, not who the head is."""


def identitas_kepala(anggota: dict) -> dict[str, str | None]:
    """The family's head fields for a member who becomes head (its corrected NIK when it has
    one), so that the export, the recap and the documents name the new head."""
    return {f: (anggota.get("nik_perbaikan") or anggota.get("nik")) if fa == "nik"
            else anggota.get(fa) for f, fa in IDENTITAS_KEPALA.items()}

LABEL_FIELD: dict[str, str] = {k: Label("IsianVerifikasi", v) for k, v in {
    "status_verifikasi": "Status verifikasi",
    "kelayakan": "Kelayakan",
    "alasan": "Alasan tidak layak",
    "alasan_lainnya": "Alasan lainnya",
    "pindah_ke": "Pindah ke",
    "id_keluarga_ganda": "ID Keluarga ganda (yang dipertahankan)",
    "tanggal_kunjungan": "Tanggal kunjungan",
    "nama_verifikator": "Nama verifikator",
    "catatan": "Catatan",
    "no_musdes": "Nomor BA musdes",
    "tanggal_musdes": "Tanggal musdes",
    "persetujuan": "Persetujuan",
    "catatan_pengembalian": "Catatan pengembalian",
    "pindah_ke_kode": "Kode desa tujuan pindah",
}.items()}

_KUNJUNGAN = ("tanggal_kunjungan", "nama_verifikator")

WAJIB_MENURUT_STATUS: dict[StatusVerifikasi, tuple[str, ...]] = {
    StatusVerifikasi.BELUM: (),
    StatusVerifikasi.DITEMUKAN: (*_KUNJUNGAN, "kelayakan"),
    StatusVerifikasi.TIDAK_DITEMUKAN: _KUNJUNGAN,
    StatusVerifikasi.PINDAH: (*_KUNJUNGAN, "pindah_ke"),
    StatusVerifikasi.MENINGGAL: _KUNJUNGAN,
    StatusVerifikasi.GANDA: ("id_keluarga_ganda",),
    StatusVerifikasi.USULAN_BARU: (*_KUNJUNGAN, "kelayakan"),
}
"""Fields each status verifikasi requires."""

WAJIB_MENURUT_KELAYAKAN: dict[Kelayakan, tuple[str, ...]] = {
    Kelayakan.LAYAK: (),
    Kelayakan.LAYAK_INTERVENSI: (),
    Kelayakan.TIDAK_LAYAK: ("alasan",),
}

WAJIB_MENURUT_ALASAN: dict[AlasanTidakLayak, tuple[str, ...]] = {
    AlasanTidakLayak.LAINNYA: ("alasan_lainnya",),
}

FIELD_TANGGAL = ("tanggal_kunjungan", "tanggal_musdes")


@dataclass(frozen=True)
class MasalahIsian:
    """A problem with one field of a form: which field and what to do, in Indonesian."""

    field: str
    pesan: str


def field_wajib(v: Verifikasi) -> tuple[str, ...]:
    """All fields that ``v`` requires given its status, kelayakan and alasan."""
    wajib: list[str] = []
    for peta, nilai, jenis in (
        (WAJIB_MENURUT_STATUS, v.status_verifikasi, StatusVerifikasi),
        (WAJIB_MENURUT_KELAYAKAN, v.kelayakan, Kelayakan),
        (WAJIB_MENURUT_ALASAN, v.alasan, AlasanTidakLayak),
    ):
        if not nilai:
            continue
        try:
            wajib.extend(peta.get(jenis(nilai), ()))
        except ValueError:
            continue
    return tuple(dict.fromkeys(wajib))


def _tanggal_iso(teks: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(teks)
    except ValueError:
        return None


def tahun_data(nilai: object) -> int | None:
    """The year of a family's P3KE data (``Dimutakhirkan Tahun``: 2023, '2023', 2023.0), or
    ``None`` when it is empty or no plausible year."""
    try:
        tahun = int(float(str(nilai).strip()))
    except (TypeError, ValueError):
        return None
    return tahun if 2000 <= tahun <= 2100 else None


def periksa_verifikasi(v: Verifikasi, id_keluarga: str | None = None,
                       hari_ini: dt.date | None = None,
                       tahun: int | None = None) -> list[MasalahIsian]:
    """Check a verification record; an empty list means it may be saved.

    ``tahun`` is the year of the family's P3KE data: a visit or musdes before it is refused,
    and so is any save while the computer's date lies before it (a laptop clock that is
    wrong would stamp the audit trail with that date and make a right date look future)."""
    hari_ini = hari_ini or dt.date.today()
    masalah: list[MasalahIsian] = []
    jam_salah = tahun is not None and hari_ini.year < tahun
    if jam_salah:
        masalah.append(MasalahIsian("tanggal_kunjungan", Pesan(
            "Tanggal komputer ini ({hari_ini:%d-%m-%Y}) lebih awal dari data P3KE keluarga "
            "ini (dimutakhirkan {tahun}): tanggal/jam komputer salah. Betulkan dulu tanggal "
            "komputer (Pengaturan Windows > Waktu), lalu simpan lagi; jejak audit mencatat "
            "waktu dari komputer.", hari_ini=hari_ini, tahun=tahun)))
    for nama, jenis in (("status_verifikasi", StatusVerifikasi), ("kelayakan", Kelayakan),
                        ("alasan", AlasanTidakLayak), ("persetujuan", Persetujuan)):
        nilai = getattr(v, nama)
        if nilai:
            try:
                jenis(nilai)
            except ValueError:
                masalah.append(MasalahIsian(nama, Pesan("{isian} tidak dikenal: {nilai}",
                                                        isian=LABEL_FIELD[nama], nilai=nilai)))
    for nama in field_wajib(v):
        nilai = getattr(v, nama)
        if nama == "pindah_ke":
            nilai = v.pindah_ke or v.pindah_ke_kode
        if nilai is None or str(nilai).strip() == "":
            masalah.append(MasalahIsian(
                nama, Pesan("{isian} wajib diisi untuk status ini", isian=LABEL_FIELD[nama])))
    for nama in FIELD_TANGGAL:
        nilai = getattr(v, nama)
        if nilai:
            tanggal = _tanggal_iso(str(nilai))
            if tanggal is None:
                masalah.append(MasalahIsian(nama, Pesan(
                    "{isian} bukan tanggal yang sah: {nilai}", isian=LABEL_FIELD[nama],
                    nilai=nilai)))
            elif tanggal > hari_ini and not jam_salah:
                masalah.append(MasalahIsian(nama, Pesan(
                    "{isian} {tanggal:%d-%m-%Y} tidak boleh di masa depan (hari ini menurut "
                    "komputer: {hari_ini:%d-%m-%Y}; bila tanggal komputer salah, betulkan dulu)",
                    isian=LABEL_FIELD[nama], tanggal=tanggal, hari_ini=hari_ini)))
            elif tahun is not None and tanggal.year < tahun:
                masalah.append(MasalahIsian(nama, Pesan(
                    "{isian} {tanggal:%d-%m-%Y} lebih awal dari data P3KE yang diverifikasi "
                    "(dimutakhirkan {tahun}); periksa tahunnya", isian=LABEL_FIELD[nama],
                    tanggal=tanggal, tahun=tahun)))
    if v.pindah_ke_kode and not _KODE_DESA.fullmatch(v.pindah_ke_kode):
        masalah.append(MasalahIsian("pindah_ke", Pesan(
            "Desa tujuan pindah harus kode desa/kelurahan 10 digit ({kode})",
            kode=v.pindah_ke_kode)))
    elif v.pindah_ke_kode and v.pindah_ke and v.pindah_ke.strip():
        masalah.append(MasalahIsian("pindah_ke", Pesan(
            "Pindah ke: pilih desa di kabupaten ini, atau tulis tujuan di luar kabupaten; "
            "tidak keduanya")))
    if v.kelayakan and (v.status_verifikasi or StatusVerifikasi.BELUM) == StatusVerifikasi.BELUM:
        # It would count in the recap sent to the province as a judged family.
        masalah.append(MasalahIsian("kelayakan", Pesan(
            "Kelayakan hanya diisi bila keluarga sudah diverifikasi: pilih status verifikasinya, "
            "atau kosongkan Kelayakan")))
    if v.alasan and v.kelayakan != Kelayakan.TIDAK_LAYAK:
        masalah.append(MasalahIsian("alasan", Pesan(
            "Alasan hanya diisi bila keluarga tidak layak")))
    if id_keluarga and v.id_keluarga_ganda and v.id_keluarga_ganda.strip() == id_keluarga:
        masalah.append(MasalahIsian("id_keluarga_ganda", Pesan(
            "ID Keluarga ganda tidak boleh sama dengan keluarga ini")))
    return masalah


_KODE_DESA = re.compile(r"\d{10}")
_KODE_DI_TEKS = re.compile(r"(?:.*\()?\s*(\d{10})\s*\)?", re.DOTALL)


class JenisPindah(StrEnum):
    DALAM_KABUPATEN = "DALAM_KABUPATEN"
    LUAR_KABUPATEN = "LUAR_KABUPATEN"


LABEL[JenisPindah.DALAM_KABUPATEN] = "Pindah dalam kabupaten"
LABEL[JenisPindah.LUAR_KABUPATEN] = "Pindah keluar kabupaten"


def jenis_pindah(v: Verifikasi) -> JenisPindah | None:
    """Within the kabupaten (a desa of this database was chosen) or out of it (free text: the
    'luar kabupaten' choice, and the free text of databases from before the choice); ``None``
    when the family did not move."""
    if v.status_verifikasi != StatusVerifikasi.PINDAH:
        return None
    if v.pindah_ke_kode:
        return JenisPindah.DALAM_KABUPATEN
    if v.pindah_ke and v.pindah_ke.strip():
        return JenisPindah.LUAR_KABUPATEN
    return None


def teks_pindah(kode: str | None, teks: str | None, nama: str | None = None) -> str:
    """'Pindah ke' as people read it: the desa's name with its code (``Sungai Ambawang Kuala,
    Sungai Ambawang (6112010001)``) or the free text."""
    if kode:
        return f"{nama} ({kode})" if nama and nama != kode else kode
    return (teks or "").strip()


def pisah_pindah(teks: object, desa_dikenal: Container[str]) -> tuple[str | None, str | None]:
    """Read 'Pindah ke' back (a workbook, a script, free text of old databases): a desa code of
    this database (alone or in brackets after the name, as :func:`teks_pindah` writes it)
    gives ``(code, None)``; any other text ``(None, text)``."""
    t = str(teks).strip() if teks is not None else ""
    if not t:
        return None, None
    m = _KODE_DI_TEKS.fullmatch(t)
    if m and m.group(1) in desa_dikenal:
        return m.group(1), None
    return None, t


class AksiPersetujuan(StrEnum):
    AJUKAN = "AJUKAN"
    SETUJUI = "SETUJUI"
    KEMBALIKAN = "KEMBALIKAN"
    BUKA_KEMBALI = "BUKA_KEMBALI"


@dataclass(frozen=True)
class Transisi:
    dari: frozenset[Persetujuan]
    ke: Persetujuan
    wajib_catatan: bool
    label: str


TRANSISI: dict[AksiPersetujuan, Transisi] = {
    AksiPersetujuan.AJUKAN: Transisi(
        frozenset({Persetujuan.DRAF, Persetujuan.DIKEMBALIKAN}), Persetujuan.DIAJUKAN, False,
        Pesan("Ajukan")),
    AksiPersetujuan.SETUJUI: Transisi(
        frozenset({Persetujuan.DIAJUKAN}), Persetujuan.DISETUJUI, False, Pesan("Setujui")),
    AksiPersetujuan.KEMBALIKAN: Transisi(
        frozenset({Persetujuan.DIAJUKAN}), Persetujuan.DIKEMBALIKAN, True, Pesan("Kembalikan")),
    AksiPersetujuan.BUKA_KEMBALI: Transisi(
        frozenset({Persetujuan.DISETUJUI}), Persetujuan.DRAF, True, Pesan("Buka kembali")),
}
"""Approval transitions: from which states, to which state, and whether a note is required."""

BISA_DIUBAH = frozenset({Persetujuan.DRAF, Persetujuan.DIKEMBALIKAN})
"""Approval states in which the verification may be edited."""


def periksa_transisi(v: Verifikasi, aksi: AksiPersetujuan, catatan: str | None = None,
                     id_keluarga: str | None = None,
                     tahun: int | None = None) -> list[MasalahIsian]:
    """Check whether ``aksi`` may be applied to ``v``; an empty list means yes."""
    t = TRANSISI[aksi]
    masalah: list[MasalahIsian] = []
    if Persetujuan(v.persetujuan) not in t.dari:
        masalah.append(MasalahIsian("persetujuan", Pesan(
            "{aksi} tidak bisa dilakukan pada keluarga berstatus {status}", aksi=t.label,
            status=label(v.persetujuan, Persetujuan))))
    if t.wajib_catatan and not (catatan and catatan.strip()):
        masalah.append(MasalahIsian("catatan_pengembalian", Pesan(
            "{aksi}: catatan/alasan wajib diisi", aksi=t.label)))
    if aksi == AksiPersetujuan.AJUKAN:
        if v.status_verifikasi == StatusVerifikasi.BELUM:
            masalah.append(MasalahIsian("status_verifikasi", Pesan(
                "Keluarga yang belum diverifikasi tidak bisa diajukan")))
        masalah.extend(periksa_verifikasi(v, id_keluarga, tahun=tahun))
    return masalah


AWALAN_SUDAH_DIAJUKAN = "(sudah diajukan lagi) "
"""What a workbook writes before a send-back note the family has answered (see
:func:`catatan_pengembalian_tertulis`): short, so that the note itself still shows in the
column's width."""


def catatan_pengembalian_tertulis(persetujuan: str | None, catatan: str | None) -> str | None:
    """The send-back note as a workbook shows it. The note stays stored after the family is
    submitted again (each send-back and its note are also in the audit trail): while the family
    is Dikembalikan it is the note itself; in any other state it was answered (leaving
    Dikembalikan is only by Ajukan), so it is marked as such, and the province does not read an
    old note as an open one."""
    if not catatan or persetujuan == Persetujuan.DIKEMBALIKAN:
        return catatan
    return AWALAN_SUDAH_DIAJUKAN + catatan


def terapkan_transisi(v: Verifikasi, aksi: AksiPersetujuan,
                      catatan: str | None = None) -> Verifikasi:
    """Return a copy of ``v`` after ``aksi`` (call :func:`periksa_transisi` first)."""
    baru = Verifikasi.dari_dict(v.sebagai_dict())
    baru.persetujuan = TRANSISI[aksi].ke
    if aksi == AksiPersetujuan.KEMBALIKAN:
        baru.catatan_pengembalian = catatan
    elif aksi == AksiPersetujuan.AJUKAN:
        baru.catatan_pengembalian = v.catatan_pengembalian
    return baru
