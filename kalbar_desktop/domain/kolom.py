"""P3KE file layouts: columns, their exact headers, header variants and code lists.

Layouts from p3ke-domain.md sections 1.2 (2022: Keluarga + Individu workbooks) and 1.3 (2023:
Kepala Keluarga + Individu). Each column maps to a field name used everywhere else (database,
forms, export). Headers are matched after :func:`normalisasi_header`, so capitalisation and
spacing do not matter; known spelling variants are listed per column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Jenis(StrEnum):
    """How a column's cells are read."""

    ID = "id"  # identifier: always text, apostrophes/spaces/dots stripped
    TEKS = "teks"
    KODE = "kode"  # value from a code list (domain.codes)
    TANGGAL = "tanggal"
    ANGKA = "angka"  # a number kept as text (Usia 2023, Persentil, tahun)


@dataclass(frozen=True)
class Kolom:
    """One P3KE column."""

    field: str
    header: str
    jenis: Jenis = Jenis.TEKS
    kode: str | None = None
    """Name of the code list in :mod:`kalbar_desktop.domain.codes` (for ``Jenis.KODE``)."""
    varian: tuple[str, ...] = ()


def _k(field: str, header: str, jenis: Jenis = Jenis.TEKS, kode: str | None = None,
       *varian: str) -> Kolom:
    return Kolom(field, header, jenis, kode, tuple(varian))


_ID, _KODE, _TGL, _ANGKA = Jenis.ID, Jenis.KODE, Jenis.TANGGAL, Jenis.ANGKA

TEMPAT_TANGGAL_LAHIR = (
    "Tempat, Tanggal Lahir", "Tempat Tanggal Lahir", "Tempat/Tanggal Lahir",
    "Tempat dan Tanggal Lahir", "Tempat & Tanggal Lahir", "Tempat, Tgl Lahir", "Tempat Tgl Lahir",
    "Tempat/Tgl Lahir", "Tempat, Tgl. Lahir", "Tempat Tgl. Lahir", "Tempat/Tgl. Lahir", "TTL")
"""Headers of a column holding the place and the date of birth in one cell (``KETAPANG,
12-03-1980``): the date part is read as Tanggal Lahir, the cell as written stays in the source
(:func:`~kalbar_desktop.domain.tanggal.tanpa_tempat`). P3KE has no place of birth column."""

# ---------------------------------------------------------------------------------------------
# Columns of a family (keluarga) file. The same field may appear under different headers in
# the 2022 and 2023 layouts; the first header is the one the 2023 layout uses where both exist.
# ---------------------------------------------------------------------------------------------
KELUARGA: tuple[Kolom, ...] = (
    _k("id_keluarga", "ID Keluarga P3KE", _ID, None, "ID Keluarga", "IDKeluarga", "ID KK P3KE"),
    _k("dimutakhirkan_tahun", "Dimuktakhirkan Tahun", _ANGKA, None, "Dimutakhirkan Tahun"),
    _k("provinsi", "Provinsi"),
    _k("kabupaten", "Kabupaten/Kota", Jenis.TEKS, None, "Kabupaten", "Kab/Kota", "Kota/Kabupaten"),
    _k("kecamatan", "Kecamatan"),
    _k("desa", "Desa/Kelurahan", Jenis.TEKS, None, "Desa", "Kelurahan", "Kelurahan/Desa"),
    _k("kode_kemdagri", "Kode Kemdagri", _ID, None, "Kode Kemendagri", "Kode Wilayah",
       "Kode Desa", "Kode Kemdagri Desa"),
    _k("desil", "Desil Kesejahteraan", _KODE, "desil", "Desil"),
    _k("persentil", "Persentil", _ANGKA),
    _k("alamat", "Alamat"),
    _k("prioritas_verval", "Prioritas Verval", _KODE, "prioritas_verval_keluarga"),
    _k("no_kk", "No KK", _ID, None, "Nomor KK", "No. KK", "Nomor Kartu Keluarga", "NoKK"),
    _k("nama_kepala", "Nama Kepala Keluarga", Jenis.TEKS, None, "Kepala Keluarga",
       "Nama Kepala Rumah Tangga", "Nama KK"),
    _k("nik_kepala", "NIK Kepala Keluarga", _ID, None, "NIK", "NIK KK", "NIK Kepala"),
    _k("padan_dukcapil", "NIK Kepala Keluarga Padan Kemdagri", _KODE, "padan_dukcapil",
       "Padan Dukcapil", "Padan Kemdagri"),
    _k("jenis_kelamin", "Jenis Kelamin Kepala Keluarga", _KODE, "jenis_kelamin", "Jenis Kelamin"),
    _k("tanggal_lahir", "Tanggal Lahir Kepala Keluarga", _TGL, None, "Tanggal Lahir", "Tgl Lahir",
       *TEMPAT_TANGGAL_LAHIR),
    _k("status_kawin", "Status Kawin Kepala Keluarga", _KODE, "status_kawin", "Status Kawin",
       "Status Perkawinan"),
    _k("pekerjaan", "Pekerjaan Kepala Keluarga", _KODE, "pekerjaan", "Pekerjaan"),
    _k("status_pekerjaan", "Status Pekerjaan Kepala Keluarga", _KODE, "status_pekerjaan",
       "Status Pekerjaan"),
    _k("pendidikan", "Pendidikan Kepala Keluarga", _KODE, "pendidikan", "Pendidikan"),
    _k("kepemilikan_rumah", "Kepemilikan Rumah", _KODE, "kepemilikan_rumah"),
    _k("memiliki_simpanan", "Memiliki Simpanan Uang/Perhiasan/Ternak/Lainnya", _KODE,
       "ya_tidak_kosong", "Memiliki Simpanan"),
    _k("jenis_atap", "Jenis Atap", _KODE, "jenis_atap"),
    _k("kualitas_atap", "Kualitas Atap", _KODE, "kualitas"),
    _k("jenis_dinding", "Jenis Dinding", _KODE, "jenis_dinding"),
    _k("kualitas_dinding", "Kualitas Dinding", _KODE, "kualitas"),
    _k("jenis_lantai", "Jenis Lantai", _KODE, "jenis_lantai"),
    _k("kualitas_lantai", "Kualitas Lantai", _KODE, "kualitas"),
    _k("sumber_penerangan", "Sumber Penerangan", _KODE, "sumber_penerangan"),
    _k("daya_listrik", "Daya Listrik Terpasang", _KODE, "daya_listrik", "Daya Listrik"),
    _k("bahan_bakar_memasak", "Bahan Bakar Memasak", _KODE, "bahan_bakar_memasak"),
    _k("sumber_air_minum", "Sumber Air Minum", _KODE, "sumber_air_minum"),
    _k("fasilitas_bab", "Memiliki fasilitas Buang Air Besar", _KODE, "fasilitas_bab",
       "Fasilitas Buang Air Besar", "Memiliki Fasilitas BAB"),
    _k("resiko_stunting", "Resiko Stunting", _KODE, "resiko_stunting", "Risiko Stunting"),
    _k("penerima_bpnt", "Penerima BPNT", _KODE, "ya_tidak", "Penerima BNPT"),
    _k("penerima_bpum", "Penerima BPUM", _KODE, "ya_tidak"),
    _k("penerima_bst", "Penerima BST", _KODE, "ya_tidak"),
    _k("penerima_pkh", "Penerima PKH", _KODE, "ya_tidak"),
    _k("penerima_sembako", "Penerima SEMBAKO", _KODE, "ya_tidak", "Penerima Sembako"),
    _k("penerima_prakerja", "Penerima Prakerja", _KODE, "ya_tidak"),
    _k("penerima_kur", "Penerima KUR", _KODE, "ya_tidak"),
    _k("pensasaran", "Pensasaran", Jenis.TEKS, None, "Penyasaran", "Sasaran"),
)

# ---------------------------------------------------------------------------------------------
# Columns of an individual (individu) file. Family-level columns repeated on every person's row
# use the family field names (they fill the family when no family file is given).
# ---------------------------------------------------------------------------------------------
INDIVIDU: tuple[Kolom, ...] = (
    _k("id_keluarga", "ID Keluarga P3KE", _ID, None, "ID Keluarga", "IDKeluarga", "ID KK P3KE"),
    _k("dimutakhirkan_tahun", "Dimuktakhirkan Tahun", _ANGKA, None, "Dimutakhirkan Tahun"),
    _k("provinsi", "Provinsi"),
    _k("kabupaten", "Kabupaten/Kota", Jenis.TEKS, None, "Kabupaten", "Kab/Kota", "Kota/Kabupaten"),
    _k("kecamatan", "Kecamatan"),
    _k("desa", "Desa/Kelurahan", Jenis.TEKS, None, "Desa", "Kelurahan", "Kelurahan/Desa"),
    _k("kode_kemdagri", "Kode Kemdagri", _ID, None, "Kode Kemendagri", "Kode Wilayah",
       "Kode Desa", "Kode Kemdagri Desa"),
    _k("desil", "Desil Kesejahteraan", _KODE, "desil", "Desil"),
    _k("persentil", "Persentil", _ANGKA),
    _k("alamat", "Alamat"),
    _k("no_kk", "No KK", _ID, None, "Nomor KK", "No. KK", "Nomor Kartu Keluarga", "NoKK"),
    _k("id_individu", "ID Individu", _ID, None, "ID Anggota", "ID ART", "IDIndividu"),
    _k("prioritas_verval", "Prioritas Verval", _KODE, "prioritas_verval_individu"),
    _k("nama", "Nama", Jenis.TEKS, None, "Nama Anggota", "Nama Lengkap", "Nama Individu"),
    _k("nik", "NIK", _ID, None, "NIK Anggota", "No NIK", "Nomor NIK"),
    _k("padan_dukcapil", "Padan Dukcapil", _KODE, "padan_dukcapil", "Padan Kemdagri"),
    _k("jenis_kelamin", "Jenis Kelamin", _KODE, "jenis_kelamin", "JK", "L/P"),
    _k("hubungan", "Hubungan dengan Kepala Keluarga", _KODE, "hubungan", "Hubungan",
       "Hubungan Keluarga", "SHDK", "Status Hubungan Dalam Keluarga"),
    _k("tanggal_lahir", "Tanggal Lahir", _TGL, None, "Tgl Lahir", "Tgl. Lahir",
       *TEMPAT_TANGGAL_LAHIR),
    _k("status_kawin", "Status Kawin", _KODE, "status_kawin", "Status Perkawinan"),
    _k("pekerjaan", "Pekerjaan", _KODE, "pekerjaan"),
    _k("status_pekerjaan", "Status Pekerjaan", _KODE, "status_pekerjaan"),
    _k("pendidikan", "Pendidikan", _KODE, "pendidikan", "Pendidikan Terakhir"),
    _k("usia_2023", "Usia 2023", _ANGKA),
    _k("kelompok_usia_2023", "Kelompok Usia 2023", _KODE, "kelompok_usia_2023"),
    _k("usia_lt7", "Usia < 7 Tahun", _KODE, "ya_tidak", "Usia Dibawah 7 Tahun", "Usia <7 Tahun"),
    _k("usia_7_12", "Usia 7-12 Tahun", _KODE, "ya_tidak"),
    _k("usia_13_15", "Usia 13-15 Tahun", _KODE, "ya_tidak"),
    _k("usia_16_18", "Usia 16-18 Tahun", _KODE, "ya_tidak"),
    _k("usia_19_21", "Usia 19-21 Tahun", _KODE, "ya_tidak"),
    _k("usia_22_59", "Usia 22-59 Tahun", _KODE, "ya_tidak"),
    _k("usia_60_plus", "Usia 60+ Tahun", _KODE, "ya_tidak", "Usia 60 Tahun Keatas",
       "Usia 60 Tahun Ke Atas"),
    _k("penerima_bpnt", "Penerima BPNT", _KODE, "ya_tidak", "Penerima BNPT"),
    _k("penerima_bpum", "Penerima BPUM", _KODE, "ya_tidak"),
    _k("penerima_bst", "Penerima BST", _KODE, "ya_tidak"),
    _k("penerima_pkh", "Penerima PKH", _KODE, "ya_tidak"),
    _k("penerima_sembako", "Penerima SEMBAKO", _KODE, "ya_tidak", "Penerima Sembako"),
    _k("penerima_prakerja", "Penerima Prakerja", _KODE, "ya_tidak"),
    _k("penerima_kur", "Penerima KUR", _KODE, "ya_tidak"),
    _k("resiko_stunting", "Resiko Stunting", _KODE, "resiko_stunting", "Risiko Stunting"),
    _k("pensasaran", "Pensasaran", Jenis.TEKS, None, "Penyasaran", "Sasaran"),
)

FIELD_RILIS = ("dimutakhirkan_tahun", "persentil")
"""Family fields that move with every P3KE release whatever happens to the family: the year
of the update (Dimuktakhirkan Tahun) and the ranking (Persentil). A re-import that changes only
these counts the family apart from the ones whose substantive values changed (name, NIK, No
KK, address, region, desil, housing, aid...): ``storage.impor.Ringkasan.keluarga_rilis_saja``."""

FIELD_USIA = ("usia_2023", "kelompok_usia_2023", "usia_lt7", "usia_7_12", "usia_13_15",
              "usia_16_18", "usia_19_21", "usia_22_59", "usia_60_plus")
"""Member fields that move as the person ages from one P3KE release to the next: Usia 2023,
Kelompok Usia 2023 and the 2022 layout's age bands (Usia < 7 Tahun ... Usia 60+ Tahun). A
re-import that changes only these counts the member apart from the ones whose substantive
values changed: ``storage.impor.Ringkasan.anggota_usia_saja``."""

# Family-level fields that an individual file carries on every row.
FIELD_KELUARGA_DI_INDIVIDU = (
    "dimutakhirkan_tahun", "provinsi", "kabupaten", "kecamatan", "desa", "kode_kemdagri", "desil",
    "persentil", "alamat", "no_kk", "pensasaran",
)

# Person-level fields stored per member.
FIELD_ANGGOTA: tuple[str, ...] = tuple(
    k.field for k in INDIVIDU if k.field not in FIELD_KELUARGA_DI_INDIVIDU
    and k.field not in ("id_keluarga", "id_individu")
)

FIELD_KELUARGA: tuple[str, ...] = tuple(k.field for k in KELUARGA if k.field != "id_keluarga")

KOLOM_KELUARGA = {k.field: k for k in KELUARGA}
KOLOM_INDIVIDU = {k.field: k for k in INDIVIDU}

# ---------------------------------------------------------------------------------------------
# The delivered layouts, header by header, in file order (what the demo generator writes).
# ---------------------------------------------------------------------------------------------
LAYOUT_2022_KELUARGA: tuple[tuple[str, str], ...] = (
    ("ID Keluarga", "id_keluarga"), ("Provinsi", "provinsi"), ("Kabupaten", "kabupaten"),
    ("Kecamatan", "kecamatan"), ("Desa", "desa"), ("Kode Kemdagri", "kode_kemdagri"),
    ("Desil Kesejahteraan", "desil"), ("Alamat", "alamat"), ("Kepala Keluarga", "nama_kepala"),
    ("NIK", "nik_kepala"), ("Padan Dukcapil", "padan_dukcapil"),
    ("Jenis Kelamin", "jenis_kelamin"), ("Tanggal Lahir", "tanggal_lahir"),
    ("Pekerjaan", "pekerjaan"), ("Pendidikan", "pendidikan"),
    ("Kepemilikan Rumah", "kepemilikan_rumah"),
    ("Memiliki Simpanan Uang/Perhiasan/Ternak/Lainnya", "memiliki_simpanan"),
    ("Jenis Atap", "jenis_atap"), ("Jenis Dinding", "jenis_dinding"),
    ("Jenis Lantai", "jenis_lantai"), ("Sumber Penerangan", "sumber_penerangan"),
    ("Bahan Bakar Memasak", "bahan_bakar_memasak"), ("Sumber Air Minum", "sumber_air_minum"),
    ("Memiliki Fasilitas Buang Air Besar", "fasilitas_bab"), ("Penerima BNPT", "penerima_bpnt"),
    ("Penerima BPUM", "penerima_bpum"), ("Penerima BST", "penerima_bst"),
    ("Penerima PKH", "penerima_pkh"), ("Penerima SEMBAKO", "penerima_sembako"),
    ("Resiko Stunting", "resiko_stunting"), ("Pensasaran", "pensasaran"),
)

LAYOUT_2022_INDIVIDU: tuple[tuple[str, str], ...] = (
    ("No", ""), ("ID Keluarga P3KE", "id_keluarga"), ("Provinsi", "provinsi"),
    ("Kabupaten/Kota", "kabupaten"), ("Kecamatan", "kecamatan"), ("Desa/Kelurahan", "desa"),
    ("Kode Kemdagri", "kode_kemdagri"), ("Desil Kesejahteraan", "desil"), ("Alamat", "alamat"),
    ("ID Individu", "id_individu"), ("Nama", "nama"), ("NIK", "nik"),
    ("Padan Dukcapil", "padan_dukcapil"), ("Jenis Kelamin", "jenis_kelamin"),
    ("Hubungan dengan Kepala Keluarga", "hubungan"), ("Tanggal Lahir", "tanggal_lahir"),
    ("Status Kawin", "status_kawin"), ("Pekerjaan", "pekerjaan"), ("Pendidikan", "pendidikan"),
    ("Usia < 7 Tahun", "usia_lt7"), ("Usia 7-12 Tahun", "usia_7_12"),
    ("Usia 13-15 Tahun", "usia_13_15"), ("Usia 16-18 Tahun", "usia_16_18"),
    ("Usia 19-21 Tahun", "usia_19_21"), ("Usia 22-59 Tahun", "usia_22_59"),
    ("Usia 60+ Tahun", "usia_60_plus"), ("Penerima BPNT", "penerima_bpnt"),
    ("Penerima BPUM", "penerima_bpum"), ("Penerima BST", "penerima_bst"),
    ("Penerima PKH", "penerima_pkh"), ("Penerima SEMBAKO", "penerima_sembako"),
    ("Resiko Stunting", "resiko_stunting"),
)

LAYOUT_2023_KELUARGA: tuple[tuple[str, str], ...] = (
    ("ID Keluarga P3KE", "id_keluarga"), ("Dimuktakhirkan Tahun", "dimutakhirkan_tahun"),
    ("Kode Kemdagri", "kode_kemdagri"), ("Desil Kesejahteraan", "desil"),
    ("Persentil", "persentil"), ("Alamat", "alamat"), ("Prioritas Verval", "prioritas_verval"),
    ("Nama Kepala Keluarga", "nama_kepala"), ("NIK Kepala Keluarga", "nik_kepala"),
    ("NIK Kepala Keluarga Padan Kemdagri", "padan_dukcapil"),
    ("Jenis Kelamin Kepala Keluarga", "jenis_kelamin"),
    ("Tanggal Lahir Kepala Keluarga", "tanggal_lahir"),
    ("Status Kawin Kepala Keluarga", "status_kawin"),
    ("Pekerjaan Kepala Keluarga", "pekerjaan"),
    ("Status Pekerjaan Kepala Keluarga", "status_pekerjaan"),
    ("Pendidikan Kepala Keluarga", "pendidikan"), ("Kepemilikan Rumah", "kepemilikan_rumah"),
    ("Memiliki Simpanan Uang/Perhiasan/Ternak/Lainnya", "memiliki_simpanan"),
    ("Jenis Atap", "jenis_atap"), ("Kualitas Atap", "kualitas_atap"),
    ("Jenis Dinding", "jenis_dinding"), ("Kualitas Dinding", "kualitas_dinding"),
    ("Jenis Lantai", "jenis_lantai"), ("Kualitas Lantai", "kualitas_lantai"),
    ("Sumber Penerangan", "sumber_penerangan"), ("Daya Listrik Terpasang", "daya_listrik"),
    ("Bahan Bakar Memasak", "bahan_bakar_memasak"), ("Sumber Air Minum", "sumber_air_minum"),
    ("Memiliki fasilitas Buang Air Besar", "fasilitas_bab"),
    ("Resiko Stunting", "resiko_stunting"), ("Penerima BPNT", "penerima_bpnt"),
    ("Penerima BPUM", "penerima_bpum"), ("Penerima BST", "penerima_bst"),
    ("Penerima PKH", "penerima_pkh"), ("Penerima SEMBAKO", "penerima_sembako"),
    ("Penerima Prakerja", "penerima_prakerja"), ("Penerima KUR", "penerima_kur"),
)

LAYOUT_2023_INDIVIDU: tuple[tuple[str, str], ...] = (
    ("ID Keluarga P3KE", "id_keluarga"), ("Dimuktakhirkan Tahun", "dimutakhirkan_tahun"),
    ("Kode Kemdagri", "kode_kemdagri"), ("Desil Kesejahteraan", "desil"),
    ("Persentil", "persentil"), ("Alamat", "alamat"), ("ID Individu", "id_individu"),
    ("Prioritas Verval", "prioritas_verval"), ("Nama", "nama"), ("NIK", "nik"),
    ("Tanggal Lahir", "tanggal_lahir"), ("Padan Dukcapil", "padan_dukcapil"),
    ("Jenis Kelamin", "jenis_kelamin"), ("Hubungan dengan Kepala Keluarga", "hubungan"),
    ("Status Kawin", "status_kawin"), ("Pekerjaan", "pekerjaan"),
    ("Status Pekerjaan", "status_pekerjaan"), ("Pendidikan", "pendidikan"),
    ("Usia 2023", "usia_2023"), ("Kelompok Usia 2023", "kelompok_usia_2023"),
    ("Penerima BPNT", "penerima_bpnt"), ("Penerima BPUM", "penerima_bpum"),
    ("Penerima BST", "penerima_bst"), ("Penerima PKH", "penerima_pkh"),
    ("Penerima SEMBAKO", "penerima_sembako"), ("Penerima Prakerja", "penerima_prakerja"),
    ("Penerima KUR", "penerima_kur"),
)

# Identifier fields: text everywhere, never numbers.
FIELD_ID = frozenset({"id_keluarga", "id_individu", "nik", "nik_kepala", "no_kk", "kode_kemdagri"})

# Columns without which a sheet cannot be imported (issue 3): ID Keluarga, NIK, Nama, Kode.
WAJIB_KELUARGA = ("id_keluarga", "nik_kepala", "nama_kepala", "kode_kemdagri")
WAJIB_INDIVIDU = ("id_keluarga", "nik", "nama", "kode_kemdagri")

NOMOR_URUT = frozenset({"no", "no.", "nomor", "no urut", "nomor urut", "no. urut"})
"""Headers of the row-number column (column A "No" of the 2022 Individu layout): kept in the
source JSON like any other column, but not reported as an extra column."""


def nomor_urut(header: object) -> bool:
    """Whether ``header`` is a row-number column's header ("No", "NO.", "Nomor Urut"...)."""
    return normalisasi_header(header) in NOMOR_URUT


def header_field(field: str | None) -> str | None:
    """The P3KE header of a field, as the files write it (``nik`` gives ``NIK``,
    ``tanggal_lahir`` gives ``Tanggal Lahir``); ``None`` for no field, the field itself when it
    is no P3KE column. A person's column is named as the Individu file writes it."""
    if not field:
        return None
    for kolom in (*INDIVIDU, *KELUARGA):
        if kolom.field == field:
            return kolom.header
    return field


LABEL_ISIAN: dict[str, str] = {
    "id_keluarga": "ID Keluarga",
    "dimutakhirkan_tahun": "Dimutakhirkan tahun",
    "provinsi": "Provinsi",
    "kabupaten": "Kabupaten/kota",
    "kecamatan": "Kecamatan",
    "desa": "Desa/kelurahan",
    "kode_kemdagri": "Kode wilayah Kemendagri",
    "desil": "Desil",
    "persentil": "Persentil",
    "alamat": "Alamat",
    "prioritas_verval": "Prioritas verval",
    "no_kk": "No KK",
    "nama_kepala": "Nama kepala keluarga",
    "nik_kepala": "NIK kepala keluarga",
    "padan_dukcapil": "Padan Dukcapil",
    "jenis_kelamin": "Jenis kelamin",
    "tanggal_lahir": "Tanggal lahir",
    "status_kawin": "Status kawin",
    "pekerjaan": "Pekerjaan",
    "status_pekerjaan": "Status pekerjaan",
    "pendidikan": "Pendidikan",
    "kepemilikan_rumah": "Kepemilikan rumah",
    "memiliki_simpanan": "Memiliki simpanan",
    "jenis_atap": "Jenis atap",
    "kualitas_atap": "Kualitas atap",
    "jenis_dinding": "Jenis dinding",
    "kualitas_dinding": "Kualitas dinding",
    "jenis_lantai": "Jenis lantai",
    "kualitas_lantai": "Kualitas lantai",
    "sumber_penerangan": "Penerangan",
    "daya_listrik": "Daya listrik",
    "bahan_bakar_memasak": "Bahan bakar masak",
    "sumber_air_minum": "Sumber air minum",
    "fasilitas_bab": "Fasilitas BAB",
    "resiko_stunting": "Risiko stunting",
    "penerima_bpnt": "Penerima BPNT",
    "penerima_bpum": "Penerima BPUM",
    "penerima_bst": "Penerima BST",
    "penerima_pkh": "Penerima PKH",
    "penerima_sembako": "Penerima Sembako",
    "penerima_prakerja": "Penerima Prakerja",
    "penerima_kur": "Penerima KUR",
    "pensasaran": "Pensasaran",
    # members (anggota)
    "id_individu": "ID Individu",
    "nama": "Nama",
    "nik": "NIK",
    "hubungan": "Hubungan dengan kepala keluarga",
}
"""Short names of the P3KE fields in the users' words: the ONE source of the labels the form,
the family history, the audit window and the exported audit log show (the exact P3KE header,
:attr:`Kolom.header`, is what the files write; the form shows it in a tooltip). A field of a
family and of a person has one name (``jenis_kelamin``: the head's in a family file, the
person's in an Individu file). ``ui/label.py`` mirrors it for translation."""


def label_isian(field: str | None) -> str | None:
    """The short name of a P3KE field (:data:`LABEL_ISIAN`), else its P3KE header, else the
    field itself; ``None`` for no field."""
    if not field:
        return None
    return LABEL_ISIAN.get(field) or header_field(field)


_SPASI = re.compile(r"\s+")
_TAK_TAMPAK = re.compile("[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")
"""Characters that show nothing (zero-width space, BOM, soft hyphen, direction marks): carried
into a header copied from a web page or a PDF."""
_SEKITAR_GARING = re.compile(r"\s*/\s*")


def normalisasi_header(teks: object) -> str:
    """Header comparison key: case-folded, spaces (also non-breaking ones) collapsed, characters
    that show nothing removed, no spaces around ``/``."""
    if teks is None:
        return ""
    s = _SPASI.sub(" ", _TAK_TAMPAK.sub("", str(teks))).strip().casefold()
    s = _SEKITAR_GARING.sub("/", s)
    return s.rstrip(" *:")


def _peta_header(kolom: tuple[Kolom, ...]) -> dict[str, str]:
    peta: dict[str, str] = {}
    for k in kolom:
        for h in (k.header, *k.varian):
            peta.setdefault(normalisasi_header(h), k.field)
    return peta


PETA_HEADER_KELUARGA = _peta_header(KELUARGA)
PETA_HEADER_INDIVIDU = _peta_header(INDIVIDU)
