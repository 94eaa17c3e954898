"""P3KE code-list values as the window shows them: the window's words, in its language.

The values themselves (``Laki-laki``, ``Kepala Keluarga``, ``Tamat SLTA/Sederajat``...) are
data: stored as the official Indonesian labels of :mod:`kalbar_desktop.domain.codes`, written
so in the provincial workbook, every export and the printed documents, whatever language the
window speaks. Only where the window *shows* one (the members table, the form's and the new
member's choices, the history, the audit window's old and new values, the re-import preview)
is it translated, here: :data:`LABEL_KODE` mirrors every list with ``QT_TRANSLATE_NOOP`` (one
context, ``KodeP3KE``: the same word reads the same in every list), and
``tests/ui/test_bahasa_lengkap.py`` checks the mirror against the domain, so a value added to a
list without its entry here fails the tests. A value outside its list (as a file wrote it) is
shown as it is. The desil list is numbers (its names are :func:`label.label_desil`).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kalbar_desktop.domain import codes
from kalbar_desktop.domain import status as ds
from kalbar_desktop.domain.kolom import KOLOM_INDIVIDU, KOLOM_KELUARGA, Jenis
from kalbar_desktop.ui import label as ul
from kalbar_desktop.ui.lokal import tanggal_pendek

LABEL_KODE: dict[str, tuple[str, ...]] = {
    "ya_tidak": (
        QT_TRANSLATE_NOOP("KodeP3KE", "Ya"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Tidak"),
    ),
    "ya_tidak_kosong": (
        QT_TRANSLATE_NOOP("KodeP3KE", "Ya"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Tidak"),
        QT_TRANSLATE_NOOP("KodeP3KE", "KOSONG"),
    ),
    "padan_dukcapil": (
        QT_TRANSLATE_NOOP("KodeP3KE", "PADAN"),
        QT_TRANSLATE_NOOP("KodeP3KE", "TIDAK PADAN"),
        QT_TRANSLATE_NOOP("KodeP3KE", "KOSONG"),
        QT_TRANSLATE_NOOP("KodeP3KE", "YA"),
        QT_TRANSLATE_NOOP("KodeP3KE", "TIDAK"),
    ),
    "jenis_kelamin": (
        QT_TRANSLATE_NOOP("KodeP3KE", "Laki-laki"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Perempuan"),
    ),
    "hubungan": (
        QT_TRANSLATE_NOOP("KodeP3KE", "Kepala Keluarga"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Istri/Suami"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Anak"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Lainnya"),
    ),
    "status_kawin": (
        QT_TRANSLATE_NOOP("KodeP3KE", "Belum Kawin"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Kawin"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Cerai Hidup"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Cerai Mati"),
    ),
    "pekerjaan": (
        QT_TRANSLATE_NOOP("KodeP3KE", "Tidak/Belum Bekerja"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Petani"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Nelayan"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Pedagang"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Pegawai Swasta"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Wiraswasta"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Pekerja Lepas"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Pensiunan"),
        QT_TRANSLATE_NOOP("KodeP3KE", "PNS/TNI/Polri"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Pejabat Negara"),
    ),
    "status_pekerjaan": (
        QT_TRANSLATE_NOOP("KodeP3KE", "Berusaha Sendiri"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Berusaha dibantu Buruh Tidak Tetap/Buruh Tidak Dibayar"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Berusaha dibantu Buruh Tetap/Dibayar"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Buruh/Karyawan/Pegawai"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Pekerja Bebas"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Pekerja Keluarga/Tidak Dibayar"),
        QT_TRANSLATE_NOOP("KodeP3KE", "KOSONG"),
    ),
    "pendidikan": (
        QT_TRANSLATE_NOOP("KodeP3KE", "Tidak/Belum Sekolah"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Tidak Tamat SD/Sederajat"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Masih SD/Sederajat"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Tamat SD/Sederajat"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Masih SLTP/Sederajat"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Tamat SLTP/Sederajat"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Masih SLTA/Sederajat"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Tamat SLTA/Sederajat"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Masih PT/Akademi"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Tamat PT/Akademi"),
    ),
    "kelompok_usia_2023": (
        QT_TRANSLATE_NOOP("KodeP3KE", "USIA < 5 TAHUN"),
        QT_TRANSLATE_NOOP("KodeP3KE", "USIA 6-12 TAHUN"),
        QT_TRANSLATE_NOOP("KodeP3KE", "USIA 13-15 TAHUN"),
        QT_TRANSLATE_NOOP("KodeP3KE", "USIA 16-18 TAHUN"),
        QT_TRANSLATE_NOOP("KodeP3KE", "USIA 19 - 59 TAHUN"),
        QT_TRANSLATE_NOOP("KodeP3KE", "USIA 60+ TAHUN"),
    ),
    "kepemilikan_rumah": (
        QT_TRANSLATE_NOOP("KodeP3KE", "Milik Sendiri"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Kontrak/Sewa"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Bebas Sewa/Menumpang"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Dinas"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Lainnya"),
    ),
    "jenis_atap": (
        QT_TRANSLATE_NOOP("KodeP3KE", "Beton"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Genteng"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Asbes/Seng"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Kayu/Sirap"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Bambu"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Jerami/Ijuk/Rumbia/Daun-daunan"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Lainnya"),
    ),
    "jenis_dinding": (
        QT_TRANSLATE_NOOP("KodeP3KE", "Tembok"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Kayu/Papan"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Bambu"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Seng"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Lainnya"),
    ),
    "jenis_lantai": (
        QT_TRANSLATE_NOOP("KodeP3KE", "Keramik/Granit/Marmer/Ubin/Tegel/Teraso"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Semen"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Kayu/Papan"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Bambu"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Tanah"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Lainnya"),
    ),
    "kualitas": (
        QT_TRANSLATE_NOOP("KodeP3KE", "Bagus/Kualitas Tinggi"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Jelek/Kualitas Rendah"),
        QT_TRANSLATE_NOOP("KodeP3KE", "KOSONG"),
    ),
    "sumber_penerangan": (
        QT_TRANSLATE_NOOP("KodeP3KE", "Listrik PLN meteran"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Listrik PLN non meteran"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Listrik non-PLN"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Bukan listrik"),
    ),
    "daya_listrik": (
        QT_TRANSLATE_NOOP("KodeP3KE", "=< 900 WATT"),
        QT_TRANSLATE_NOOP("KodeP3KE", "> 900 WATT"),
        QT_TRANSLATE_NOOP("KodeP3KE", "KOSONG"),
    ),
    "bahan_bakar_memasak": (
        QT_TRANSLATE_NOOP("KodeP3KE", "Listrik/Gas"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Minyak Tanah"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Arang/Kayu"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Lainnya"),
    ),
    "sumber_air_minum": (
        QT_TRANSLATE_NOOP("KodeP3KE", "Air Kemasan/Isi Ulang"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Ledeng/PAM"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Sumur Bor"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Sumur Terlindung"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Sumur Tidak Terlindung"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Air Permukaan (Sungai, Danau, dll)"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Air Hujan"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Lainnya"),
    ),
    "fasilitas_bab": (
        QT_TRANSLATE_NOOP("KodeP3KE", "Milik Sendiri"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Umum/Bersama"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Lainnya"),
        QT_TRANSLATE_NOOP("KodeP3KE", "KOSONG"),
    ),
    "resiko_stunting": (
        QT_TRANSLATE_NOOP("KodeP3KE", "Beresiko Stunting"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Tidak Beresiko Stunting"),
        QT_TRANSLATE_NOOP("KodeP3KE", "Bukan Target Sasaran"),
    ),
    "prioritas_verval_individu": (
        QT_TRANSLATE_NOOP("KodeP3KE", "NIK DUPLIKAT"),
        QT_TRANSLATE_NOOP("KodeP3KE", "NORMAL"),
    ),
    "prioritas_verval_keluarga": (
        QT_TRANSLATE_NOOP("KodeP3KE", "KELUARGA DUPLIKAT (NIK & NAMA)"),
        QT_TRANSLATE_NOOP("KodeP3KE", "KELUARGA NIK KOSONG"),
        QT_TRANSLATE_NOOP("KodeP3KE", "KELUARGA TIDAK ADA USIA 17+ TAHUN"),
        QT_TRANSLATE_NOOP("KodeP3KE", "NORMAL"),
    ),
}
"""Mirror of every list of :data:`kalbar_desktop.domain.codes.SEMUA` but the desil."""

def _kode_isian() -> dict[str, tuple[str, ...]]:
    hasil: dict[str, tuple[str, ...]] = {}
    for k in (*KOLOM_KELUARGA.values(), *KOLOM_INDIVIDU.values()):
        if k.kode in LABEL_KODE and k.kode not in hasil.get(k.field, ()):
            hasil[k.field] = (*hasil.get(k.field, ()), k.kode)
    return hasil


KODE_ISIAN = _kode_isian()
"""P3KE field -> the code lists of its values (``prioritas_verval``: the family's list and the
member's)."""


def nilai_kode(daftar: str, nilai: str | None) -> str:
    """``nilai`` of the code list ``daftar`` in the window's language; a value outside the
    list as it is, ``None`` as ''."""
    if not nilai:
        return ""
    if daftar in LABEL_KODE and nilai in codes.SEMUA[daftar].nilai:
        return QCoreApplication.translate("KodeP3KE", nilai)
    return str(nilai)


def nilai_isian(field: str | None, nilai: str | None) -> str:
    """A stored value of the P3KE field ``field`` as the window shows it: translated when it
    is a value of the field's code list, else as stored."""
    for daftar in KODE_ISIAN.get(field or "", ()):
        if nilai in codes.SEMUA[daftar].nilai:
            return nilai_kode(daftar, nilai)
    return nilai or ""


def pilihan_kode(daftar: str) -> list[tuple[str, str]]:
    """(stored value, label shown) of every value of the code list ``daftar``, for a
    :class:`~kalbar_desktop.ui.isian.KotakPilihan`."""
    return [(v, nilai_kode(daftar, v)) for v in codes.daftar(daftar).nilai]


_JENIS_STATUS = {"status_verifikasi": ds.StatusVerifikasi, "kelayakan": ds.Kelayakan,
                 "alasan": ds.AlasanTidakLayak, "persetujuan": ds.Persetujuan,
                 "status_anggota": ds.StatusAnggota}


_FIELD_TANGGAL = frozenset((*ds.FIELD_TANGGAL, *(
    k.field for k in (*KOLOM_KELUARGA.values(), *KOLOM_INDIVIDU.values())
    if k.jenis == Jenis.TANGGAL)))


def nilai_tampil(kolom: str | None, nilai: str | None) -> str:
    """A stored value of the column ``kolom`` (of an audit row, the history) as the window
    shows it: a status code's label, a role's name, a code-list value, each in the window's
    language; a date as the form writes it (``20-11-2026``); anything else as stored."""
    jenis = _JENIS_STATUS.get(kolom or "")
    if jenis and nilai:
        return ul.label(nilai, jenis)
    if kolom == "peran" and nilai:
        return ul.label_peran(nilai)
    if kolom in _FIELD_TANGGAL and nilai:
        return tanggal_pendek(nilai)
    return nilai_isian(kolom, nilai)


def tip_isian(field: str | None, nilai: str | None) -> str:
    """The tooltip of a shown value: the label and, when it differs, the official value the
    data and the workbook hold (``Head of family (Kepala Keluarga)``)."""
    tampil = nilai_isian(field, nilai)
    return f"{tampil} ({nilai})" if nilai and tampil != nilai else tampil
