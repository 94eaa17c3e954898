"""P3KE code lists (p3ke-domain.md section 1.4) with case- and spelling-insensitive aliases.

A value is matched through :func:`kunci`, which ignores case, spacing and punctuation, and through
explicit aliases (``Tdk Tamat`` = ``Tidak Tamat``, ``YA`` = ``Ya``). Numeric codes match whatever
their leading zeros (``1`` = ``01`` = ``1.0``). A value that matches nothing is *not* replaced:
:meth:`DaftarKode.cocokkan` returns ``None`` and the caller keeps the value as written and reports
a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

_BUKAN_ALNUM = re.compile(r"[^0-9a-z<>=+]+")
_ANGKA = re.compile(r"^0*(\d+)(?:\.0+)?$")


def kunci(nilai: object) -> str:
    """Comparison key of a code value: lower case, letters/digits and ``< > = +`` only.

    Pure numbers lose their leading zeros and a trailing ``.0`` (``'01'``, ``1`` and ``1.0``
    give the same key).
    """
    teks = str(nilai).strip().casefold()
    m = _ANGKA.match(teks)
    if m:
        return m.group(1)
    return _BUKAN_ALNUM.sub("", teks)


@dataclass(frozen=True)
class DaftarKode:
    """One code list: canonical labels in file order, plus aliases and numeric codes."""

    nama: str
    nilai: tuple[str, ...]
    alias: Mapping[str, str] = field(default_factory=dict)
    kode_angka: bool = False
    """When true, ``1`` .. ``n`` stand for the labels in order (PK-BKKBN style codes)."""

    def __post_init__(self) -> None:
        peta: dict[str, str] = {}
        for label in self.nilai:
            peta[kunci(label)] = label
        for alias, label in self.alias.items():
            if label not in self.nilai:
                raise ValueError(f"alias {alias!r} menunjuk nilai yang tidak ada: {label!r}")
            peta[kunci(alias)] = label
        if self.kode_angka:
            for i, label in enumerate(self.nilai, start=1):
                peta.setdefault(str(i), label)
        object.__setattr__(self, "_peta", peta)
        object.__setattr__(self, "_label", frozenset(self.nilai))

    def cocokkan(self, nilai: object) -> str | None:
        """Return the canonical label for ``nilai``, or ``None`` when it is not in the list."""
        if nilai is None:
            return None
        if nilai in self._label:  # type: ignore[attr-defined]
            return nilai  # type: ignore[return-value]
        k = kunci(nilai)
        if not k:
            return None
        return self._peta.get(k)  # type: ignore[attr-defined]

    def __contains__(self, nilai: object) -> bool:
        return self.cocokkan(nilai) is not None


def _daftar(nama: str, nilai: Iterable[str], alias: Mapping[str, str] | None = None,
            kode_angka: bool = False) -> DaftarKode:
    return DaftarKode(nama, tuple(nilai), dict(alias or {}), kode_angka)


# A yes/no column holds no numeric code, so 1/0 (a flag typed or kept as a number, an Excel
# TRUE/FALSE cell) can only mean Ya/Tidak there. Lists where 1 is a code (Desil, Jenis Kelamin,
# Hubungan...) never get these aliases.
_ALIAS_YA_TIDAK = {"Y": "Ya", "T": "Tidak", "Tdk": "Tidak", "1": "Ya", "0": "Tidak",
                   "True": "Ya", "False": "Tidak"}
YA_TIDAK = _daftar("ya_tidak", ["Ya", "Tidak"], _ALIAS_YA_TIDAK)
YA_TIDAK_KOSONG = _daftar("ya_tidak_kosong", ["Ya", "Tidak", "KOSONG"], _ALIAS_YA_TIDAK)

DESIL = _daftar(
    "desil",
    ["1", "2", "3", "4"],
    {"Desil 1": "1", "Desil 2": "2", "Desil 3": "3", "Desil 4": "4",
     "D1": "1", "D2": "2", "D3": "3", "D4": "4"},
)
LABEL_DESIL = {
    "1": "Sangat miskin",
    "2": "Miskin",
    "3": "Hampir miskin",
    "4": "Rentan miskin",
}

PADAN_DUKCAPIL = _daftar(
    "padan_dukcapil",
    ["PADAN", "TIDAK PADAN", "KOSONG", "YA", "TIDAK"],
    {"Padan Dukcapil": "PADAN", "Tdk Padan": "TIDAK PADAN"},
)

JENIS_KELAMIN = _daftar(
    "jenis_kelamin",
    ["Laki-laki", "Perempuan"],
    {"L": "Laki-laki", "Lk": "Laki-laki", "Pria": "Laki-laki", "P": "Perempuan",
     "Pr": "Perempuan", "Wanita": "Perempuan"},
    kode_angka=True,
)

HUBUNGAN = _daftar(
    "hubungan",
    ["Kepala Keluarga", "Istri/Suami", "Anak", "Lainnya"],
    {"KK": "Kepala Keluarga", "Kepala": "Kepala Keluarga", "Istri": "Istri/Suami",
     "Isteri": "Istri/Suami", "Suami": "Istri/Suami", "Suami/Istri": "Istri/Suami",
     # the other places of the family card's (KK) Status Hubungan Dalam Keluarga: a child of
     # any kind is Anak, everyone else Lainnya (the value as written stays in the source JSON)
     "Anak Kandung": "Anak", "Anak Tiri": "Anak", "Anak Angkat": "Anak",
     "Menantu": "Lainnya", "Cucu": "Lainnya", "Orang Tua": "Lainnya", "Orangtua": "Lainnya",
     "Mertua": "Lainnya", "Famili Lain": "Lainnya", "Famili Lainnya": "Lainnya",
     "Pembantu": "Lainnya"},
    kode_angka=True,
)

STATUS_KAWIN = _daftar(
    "status_kawin",
    ["Belum Kawin", "Kawin", "Cerai Hidup", "Cerai Mati"],
    {"Kawin Tercatat": "Kawin", "Kawin Belum Tercatat": "Kawin", "Belum Menikah": "Belum Kawin",
     "Menikah": "Kawin"},
    kode_angka=True,
)

PEKERJAAN = _daftar(
    "pekerjaan",
    ["Tidak/Belum Bekerja", "Petani", "Nelayan", "Pedagang", "Pegawai Swasta", "Wiraswasta",
     "Pekerja Lepas", "Pensiunan", "PNS/TNI/Polri", "Pejabat Negara"],
    {"Tidak Bekerja": "Tidak/Belum Bekerja", "Belum Bekerja": "Tidak/Belum Bekerja",
     "Belum/Tidak Bekerja": "Tidak/Belum Bekerja", "Tdk/Belum Bekerja": "Tidak/Belum Bekerja",
     "PNS/TNI/POLRI": "PNS/TNI/Polri", "PNS": "PNS/TNI/Polri"},
)

STATUS_PEKERJAAN = _daftar(
    "status_pekerjaan",
    ["Berusaha Sendiri", "Berusaha dibantu Buruh Tidak Tetap/Buruh Tidak Dibayar",
     "Berusaha dibantu Buruh Tetap/Dibayar", "Buruh/Karyawan/Pegawai", "Pekerja Bebas",
     "Pekerja Keluarga/Tidak Dibayar", "KOSONG"],
)

PENDIDIKAN = _daftar(
    "pendidikan",
    ["Tidak/Belum Sekolah", "Tidak Tamat SD/Sederajat", "Masih SD/Sederajat", "Tamat SD/Sederajat",
     "Masih SLTP/Sederajat", "Tamat SLTP/Sederajat", "Masih SLTA/Sederajat",
     "Tamat SLTA/Sederajat", "Masih PT/Akademi", "Tamat PT/Akademi"],
    {"Tdk Tamat SD/Sederajat": "Tidak Tamat SD/Sederajat",
     "Tdk Tamat SD": "Tidak Tamat SD/Sederajat", "Tidak Tamat SD": "Tidak Tamat SD/Sederajat",
     "Masih SD": "Masih SD/Sederajat", "Masih SLTP": "Masih SLTP/Sederajat",
     "Masih SLTA": "Masih SLTA/Sederajat", "Masih PT": "Masih PT/Akademi",
     "Masih SMP": "Masih SLTP/Sederajat", "Masih SMA": "Masih SLTA/Sederajat",
     "Tamat SMP": "Tamat SLTP/Sederajat", "Tamat SMA": "Tamat SLTA/Sederajat",
     "Tamat PT": "Tamat PT/Akademi",
     "Tdk/Belum Sekolah": "Tidak/Belum Sekolah", "Belum/Tidak Sekolah": "Tidak/Belum Sekolah",
     "Tidak Sekolah": "Tidak/Belum Sekolah", "Belum Sekolah": "Tidak/Belum Sekolah",
     "Tamat SD": "Tamat SD/Sederajat", "Tamat SLTP": "Tamat SLTP/Sederajat",
     "Tamat SMP/Sederajat": "Tamat SLTP/Sederajat", "Tamat SLTA": "Tamat SLTA/Sederajat",
     "Tamat SMA/Sederajat": "Tamat SLTA/Sederajat", "Masih SMP/Sederajat": "Masih SLTP/Sederajat",
     "Masih SMA/Sederajat": "Masih SLTA/Sederajat"},
    kode_angka=True,
)

KELOMPOK_USIA_2023 = _daftar(
    "kelompok_usia_2023",
    ["USIA < 5 TAHUN", "USIA 6-12 TAHUN", "USIA 13-15 TAHUN", "USIA 16-18 TAHUN",
     "USIA 19 - 59 TAHUN", "USIA 60+ TAHUN"],
)

KEPEMILIKAN_RUMAH = _daftar(
    "kepemilikan_rumah",
    ["Milik Sendiri", "Kontrak/Sewa", "Bebas Sewa/Menumpang", "Dinas", "Lainnya"],
    {"Sewa": "Kontrak/Sewa", "Kontrak": "Kontrak/Sewa", "Menumpang": "Bebas Sewa/Menumpang",
     "Bebas Sewa": "Bebas Sewa/Menumpang"},
)

JENIS_ATAP = _daftar(
    "jenis_atap",
    ["Beton", "Genteng", "Asbes/Seng", "Kayu/Sirap", "Bambu", "Jerami/Ijuk/Rumbia/Daun-daunan",
     "Lainnya"],
    {"Seng": "Asbes/Seng", "Asbes": "Asbes/Seng", "Sirap": "Kayu/Sirap",
     "Jerami/Ijuk/Daun-daunan/Rumbia": "Jerami/Ijuk/Rumbia/Daun-daunan"},
)

JENIS_DINDING = _daftar(
    "jenis_dinding",
    ["Tembok", "Kayu/Papan", "Bambu", "Seng", "Lainnya"],
    {"Kayu": "Kayu/Papan", "Papan": "Kayu/Papan"},
)

JENIS_LANTAI = _daftar(
    "jenis_lantai",
    ["Keramik/Granit/Marmer/Ubin/Tegel/Teraso", "Semen", "Kayu/Papan", "Bambu", "Tanah", "Lainnya"],
    {"Keramik": "Keramik/Granit/Marmer/Ubin/Tegel/Teraso", "Kayu": "Kayu/Papan",
     "Papan": "Kayu/Papan", "Semen/Bata Merah": "Semen"},
)

KUALITAS = _daftar(
    "kualitas",
    ["Bagus/Kualitas Tinggi", "Jelek/Kualitas Rendah", "KOSONG"],
    {"Bagus": "Bagus/Kualitas Tinggi", "Jelek": "Jelek/Kualitas Rendah"},
)

SUMBER_PENERANGAN = _daftar(
    "sumber_penerangan",
    ["Listrik PLN meteran", "Listrik PLN non meteran", "Listrik non-PLN", "Bukan listrik"],
    {"Listrik PLN dengan meteran": "Listrik PLN meteran",
     "Listrik PLN tanpa meteran": "Listrik PLN non meteran", "Bukan Listrik": "Bukan listrik"},
)

DAYA_LISTRIK = _daftar(
    "daya_listrik",
    ["=< 900 WATT", "> 900 WATT", "KOSONG"],
    {"<= 900 WATT": "=< 900 WATT", "<=900": "=< 900 WATT", ">900": "> 900 WATT"},
)

BAHAN_BAKAR_MEMASAK = _daftar(
    "bahan_bakar_memasak",
    ["Listrik/Gas", "Minyak Tanah", "Arang/Kayu", "Lainnya"],
    {"Gas": "Listrik/Gas", "Kayu Bakar": "Arang/Kayu", "Kayu": "Arang/Kayu"},
)

SUMBER_AIR_MINUM = _daftar(
    "sumber_air_minum",
    ["Air Kemasan/Isi Ulang", "Ledeng/PAM", "Sumur Bor", "Sumur Terlindung",
     "Sumur Tidak Terlindung", "Air Permukaan (Sungai, Danau, dll)", "Air Hujan", "Lainnya"],
    {"Ledeng": "Ledeng/PAM", "PAM": "Ledeng/PAM", "Air Isi Ulang": "Air Kemasan/Isi Ulang",
     "Air Permukaan": "Air Permukaan (Sungai, Danau, dll)"},
)

FASILITAS_BAB = _daftar(
    "fasilitas_bab",
    ["Milik Sendiri", "Umum/Bersama", "Lainnya", "KOSONG"],
    # No alias for "Tidak Ada": the P3KE list has no code for a family without a toilet, and
    # "Lainnya" is another kind of facility. Such a value is kept as written and reported.
    {"Bersama": "Umum/Bersama", "Umum": "Umum/Bersama"},
)

RESIKO_STUNTING = _daftar(
    "resiko_stunting",
    ["Beresiko Stunting", "Tidak Beresiko Stunting", "Bukan Target Sasaran"],
    {"Berisiko Stunting": "Beresiko Stunting", "Tidak Berisiko Stunting": "Tidak Beresiko Stunting",
     "Ya": "Beresiko Stunting", "Tidak": "Tidak Beresiko Stunting"},
)

PRIORITAS_VERVAL_INDIVIDU = _daftar("prioritas_verval_individu", ["NIK DUPLIKAT", "NORMAL"])

PRIORITAS_VERVAL_KELUARGA = _daftar(
    "prioritas_verval_keluarga",
    ["KELUARGA DUPLIKAT (NIK & NAMA)", "KELUARGA NIK KOSONG", "KELUARGA TIDAK ADA USIA 17+ TAHUN",
     "NORMAL"],
)

SEMUA: dict[str, DaftarKode] = {
    d.nama: d
    for d in (
        YA_TIDAK, YA_TIDAK_KOSONG, DESIL, PADAN_DUKCAPIL, JENIS_KELAMIN, HUBUNGAN, STATUS_KAWIN,
        PEKERJAAN, STATUS_PEKERJAAN, PENDIDIKAN, KELOMPOK_USIA_2023, KEPEMILIKAN_RUMAH,
        JENIS_ATAP, JENIS_DINDING, JENIS_LANTAI, KUALITAS, SUMBER_PENERANGAN, DAYA_LISTRIK,
        BAHAN_BAKAR_MEMASAK, SUMBER_AIR_MINUM, FASILITAS_BAB, RESIKO_STUNTING,
        PRIORITAS_VERVAL_INDIVIDU, PRIORITAS_VERVAL_KELUARGA,
    )
}


def daftar(nama: str) -> DaftarKode:
    """The code list called ``nama`` (raises ``KeyError`` for an unknown name)."""
    return SEMUA[nama]
