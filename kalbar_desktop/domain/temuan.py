"""Data-quality findings (temuan): rule codes and the rules themselves.

The rules work on plain mappings (a family row and its member rows, as storage returns them), so
they run the same after an import, after a save and over the whole database. Each finding names
its rule, the record and, where known, the source file, sheet and row.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from enum import StrEnum

from kalbar_desktop.domain import codes, nik
from kalbar_desktop.domain.angka import urai_angka
from kalbar_desktop.domain.galat_excel import galat_excel
from kalbar_desktop.domain.kolom import KOLOM_INDIVIDU, KOLOM_KELUARGA, Jenis
from kalbar_desktop.domain.pesan import Label, Pesan


class Aturan(StrEnum):
    NIK_FORMAT = "NIK_FORMAT"
    NIK_RUSAK_EXCEL = "NIK_RUSAK_EXCEL"
    NIK_GANDA = "NIK_GANDA"
    NIK_TGL_LAHIR = "NIK_TGL_LAHIR"
    NIK_JENIS_KELAMIN = "NIK_JENIS_KELAMIN"
    NIK_KOSONG = "NIK_KOSONG"
    KK_TANPA_KEPALA = "KK_TANPA_KEPALA"
    KK_KEPALA_GANDA = "KK_KEPALA_GANDA"
    WILAYAH_TIDAK_DIKENAL = "WILAYAH_TIDAK_DIKENAL"
    KODE_TIDAK_DIKENAL = "KODE_TIDAK_DIKENAL"
    TANGGAL_TIDAK_VALID = "TANGGAL_TIDAK_VALID"
    NO_KK_FORMAT = "NO_KK_FORMAT"
    ID_RUSAK_EXCEL = "ID_RUSAK_EXCEL"
    ID_INDIVIDU_KOSONG = "ID_INDIVIDU_KOSONG"
    NO_KK_KOSONG = "NO_KK_KOSONG"
    NIK_KEPALA_BERBEDA = "NIK_KEPALA_BERBEDA"
    SEL_GALAT_EXCEL = "SEL_GALAT_EXCEL"
    NAMA_KOSONG = "NAMA_KOSONG"


PENJELASAN: dict[Aturan, str] = {
    Aturan.NIK_FORMAT: "NIK tidak 16 digit angka, atau bagiannya tidak mungkin "
                       "(kode provinsi, tanggal, nomor urut 0000).",
    Aturan.NIK_RUSAK_EXCEL: "NIK tersimpan sebagai angka atau notasi ilmiah oleh Excel; "
                            "digit terakhir bisa sudah hilang. Cek ke Dukcapil.",
    Aturan.NIK_GANDA: "NIK yang sama dipakai lebih dari satu orang.",
    Aturan.NIK_TGL_LAHIR: "Tanggal lahir di NIK berbeda dengan kolom Tanggal Lahir.",
    Aturan.NIK_JENIS_KELAMIN: "Jenis kelamin menurut NIK (tanggal +40 untuk perempuan) "
                              "berbeda dengan kolom Jenis Kelamin.",
    Aturan.NIK_KOSONG: "NIK kosong, atau tertulis sebagai tanda kosong (-, NULL, 0, KOSONG, "
                       "TIDAK ADA, N/A).",
    Aturan.KK_TANPA_KEPALA: "Keluarga tanpa anggota berhubungan Kepala Keluarga.",
    Aturan.KK_KEPALA_GANDA: "Keluarga dengan lebih dari satu Kepala Keluarga.",
    Aturan.WILAYAH_TIDAK_DIKENAL: "Kode Kemdagri tidak ada di referensi wilayah yang dimuat.",
    Aturan.KODE_TIDAK_DIKENAL: "Nilai di luar daftar kode P3KE; disimpan apa adanya.",
    Aturan.TANGGAL_TIDAK_VALID: "Tanggal tidak bisa dibaca atau tidak mungkin.",
    Aturan.NO_KK_FORMAT: "No KK tidak 16 digit angka atau bagiannya tidak mungkin.",
    Aturan.ID_RUSAK_EXCEL: "ID Keluarga atau ID Individu tersimpan sebagai angka oleh Excel; "
                           "nol di depannya bisa sudah hilang. Ubah sel menjadi Teks di berkas "
                           "sumber. Teks berakhiran .0 (0061720001.0): .0 dibuang, nol di "
                           "depannya utuh.",
    Aturan.ID_INDIVIDU_KOSONG: "ID Individu kosong di berkas sumber; aplikasi memakai ID "
                               "sementara sampai berkas berikutnya membawa ID aslinya.",
    Aturan.NO_KK_KOSONG: "No KK di berkas sumber tertulis sebagai tanda kosong (-, NULL, 0, "
                         "KOSONG, TIDAK ADA, N/A), atau selnya kosong di berkas yang punya "
                         "kolom No KK. Minta No KK ke Dukcapil.",
    Aturan.NIK_KEPALA_BERBEDA: "NIK Kepala Keluarga di berkas keluarga tidak sama dengan NIK "
                               "anggota berhubungan Kepala Keluarga di berkas individu.",
    Aturan.SEL_GALAT_EXCEL: "Sel di berkas sumber berisi galat Excel (#N/A, #REF!, #VALUE!, "
                            "...), biasanya rumus seperti VLOOKUP yang gagal: nilai aslinya "
                            "tidak ada di berkas. Perbaiki rumusnya di Excel (atau minta berkas "
                            "yang bersih), lalu impor lagi.",
    Aturan.NAMA_KOSONG: "Nama anggota atau kepala keluarga kosong, atau tertulis sebagai tanda "
                        "kosong (-, NULL, 0, KOSONG, TIDAK ADA, N/A). Minta namanya ke "
                        "Dukcapil.",
}
"""What each rule means, for the legend in reports and the user guide."""


@dataclass(frozen=True)
class Temuan:
    """One finding."""

    aturan: str
    id_keluarga: str | None
    id_individu: str | None
    pesan: str
    kolom: str | None = None
    nilai: str | None = None
    file: str | None = None
    lembar: str | None = None
    baris: int | None = None

    def sebagai_dict(self) -> dict:
        return asdict(self)


Baris = Mapping[str, object]


KUNCI_GALAT = "#galat"
"""Key, in a stored row's source JSON and in the row given to the rules, of the cells that held
an Excel error and were stored empty (a name, an address, ID Individu): field -> the error."""


def galat_dari_sumber(baris: dict) -> dict:
    """Take the source JSON out of a stored row (the rules do not read it), keeping under
    :data:`KUNCI_GALAT` the cells stored empty because they held an Excel error. Changes and
    returns ``baris``."""
    sumber = baris.pop("sumber_json", None)
    if sumber and KUNCI_GALAT in sumber:
        galat = json.loads(sumber).get(KUNCI_GALAT)
        if galat:
            baris[KUNCI_GALAT] = galat
    return baris


def _lokasi(baris: Baris) -> dict:
    return {
        "file": baris.get("file_sumber"),
        "lembar": baris.get("lembar_sumber"),
        "baris": baris.get("baris_sumber"),
    }


def hilang_dari_sumber(baris: Baris) -> bool:
    """True for a P3KE record a newer file no longer brings (``ada_di_sumber = 0``); records
    made locally (``asal`` ``baru``/``usulan_baru``) never are. Such a person is not a second
    head of the family nor a second holder of a NIK."""
    return baris.get("asal", "p3ke") == "p3ke" and baris.get("ada_di_sumber", 1) in (0, False)


STATUS_KELUAR = ("PINDAH_KELUAR", "MENIKAH_KELUAR")
"""Member statuses (status anggota) of a person who left the family for another: the same
person may stand in their new family with the same NIK, so they hold no NIK here for
:data:`Aturan.NIK_GANDA`. A person who died still does: Dukcapil never gives a NIK again, so
a living person with the NIK of one who died has a wrong NIK on one of the two records, or a
death Dukcapil has not recorded; either is for Dukcapil to settle. The message names who died
(:attr:`PemegangNik.meninggal`)."""


def sudah_keluar(baris: Baris) -> bool:
    """True for a member marked as moved or married out of the family (:data:`STATUS_KELUAR`)."""
    return baris.get("status_anggota") in STATUS_KELUAR


_LABEL_ID = {"id_keluarga": "ID Keluarga", "id_individu": "ID Individu"}


def _periksa_id(baris: Baris, kolom: str, id_keluarga: str | None, id_individu: str | None,
                lokasi: dict, dugaan: str | None = None,
                id_serupa: Callable[[str, str], str | None] | None = None) -> list[Temuan]:
    """:data:`Aturan.ID_RUSAK_EXCEL` when the row's ``kolom`` arrived as a number (or in
    scientific notation); ``dugaan`` is the ID the row most likely had, said as an assumption
    (the stored ID is never changed). ``id_serupa(kolom, nilai)`` names a stored text ID that
    is this number with leading zeros, when there is exactly one."""
    bentuk = baris.get(f"{kolom}_bentuk")
    if bentuk not in (nik.BENTUK_ANGKA, nik.BENTUK_ILMIAH, nik.BENTUK_DESIMAL):
        return []
    nilai = str(baris.get(kolom) or "")
    label = _LABEL_ID[kolom]
    if bentuk == nik.BENTUK_DESIMAL:
        return [Temuan(Aturan.ID_RUSAK_EXCEL, id_keluarga, id_individu, Pesan(
            "{label} tertulis {nilai}.0 (teks dari angka yang diubah program lain); nol di "
            "depannya utuh, hanya .0 yang dibuang: {nilai}. Periksa kolom ini di berkas sumber",
            label=label, nilai=nilai), kolom, nilai or None, **lokasi)]
    if bentuk == nik.BENTUK_ILMIAH:
        bagian = [Pesan("{label} tertulis dalam notasi ilmiah ({nilai}) oleh Excel; angkanya "
                        "hilang", label=label, nilai=nilai)]
    else:
        bagian = [Pesan("{label} {nilai} tersimpan sebagai angka oleh Excel; nol di depannya "
                        "bisa hilang", label=label, nilai=nilai)]
    serupa = id_serupa(kolom, nilai) if id_serupa is not None and bentuk == nik.BENTUK_ANGKA \
        else None
    if serupa and kolom == "id_keluarga":
        bagian.append(Pesan(" ({label} {serupa} sudah ada di basis data: mungkin keluarga yang "
                            "sama; ID tidak diubah)", label=label, serupa=serupa))
    elif serupa:
        bagian.append(Pesan(" ({label} {serupa} sudah ada di basis data: mungkin orang yang "
                            "sama; ID tidak diubah)", label=label, serupa=serupa))
    elif dugaan:
        bagian.append(Pesan(" (dugaan ID asli: {dugaan}; ID tidak diubah)", dugaan=dugaan))
    bagian.append(Pesan(". Jadikan sel Teks di berkas sumber"))
    pesan = Pesan.gabung("", bagian)
    return [Temuan(Aturan.ID_RUSAK_EXCEL, id_keluarga, id_individu, pesan, kolom, nilai or None,
                   **lokasi)]


def _dugaan_id_individu(anggota: Baris) -> str | None:
    """The ID Individu a number cell most likely stood for, when its family's ID arrived as
    text with leading zeros and the number is that ID without them followed by the member's
    number (``0061720001`` + ``01`` arrived as ``6172000101``): the P3KE pattern. Otherwise
    nothing is assumed."""
    ida = str(anggota.get("id_individu") or "")
    idk = str(anggota.get("id_keluarga") or "")
    if anggota.get("id_keluarga_bentuk") or not ida.isdigit() or not idk.startswith("0"):
        return None
    inti = idk.lstrip("0")
    if inti and ida.startswith(inti) and len(ida) > len(inti):
        return idk + ida[len(inti):]
    return None


def _nik_efektif(anggota: Baris) -> str:
    return str(anggota.get("nik_perbaikan") or anggota.get("nik") or "")


def _periksa_nik(
    nilai: str, bentuk: str | None, tanggal_lahir: object, jenis_kelamin: object,
    id_keluarga: str | None, id_individu: str | None, kolom: str, lokasi: dict,
    hari_ini: dt.date,
) -> list[Temuan]:
    def t(aturan: Aturan, pesan: str) -> Temuan:
        return Temuan(aturan, id_keluarga, id_individu, pesan, kolom, nilai or None, **lokasi)

    if bentuk is not None and galat_excel(nilai):  # from a file, not typed in the form
        return [t(Aturan.SEL_GALAT_EXCEL, _pesan_galat("NIK", nilai))]
    if bentuk is not None and nik.penanda_kosong(nilai):
        return [t(Aturan.NIK_KOSONG, Pesan("NIK kosong (tertulis {nilai!r} di berkas sumber)",
                                           nilai=nilai))]
    if bentuk == nik.BENTUK_ILMIAH or nik.notasi_ilmiah(nilai):
        return [t(Aturan.NIK_RUSAK_EXCEL, Pesan(
            "NIK tertulis dalam notasi ilmiah ({nilai}); angka aslinya sudah hilang",
            nilai=nilai))]
    hasil: list[Temuan] = []
    if bentuk == nik.BENTUK_ANGKA:
        hasil.append(t(Aturan.NIK_RUSAK_EXCEL, Pesan(
            "NIK {nilai} tersimpan sebagai angka oleh Excel; digit terakhir mungkin sudah "
            "berubah", nilai=nilai)))
    info = nik.urai_nik(nilai, hari_ini)
    if info.punya(nik.KOSONG):
        return [t(Aturan.NIK_KOSONG, _NIK_KOSONG)]
    format_masalah = [m for m in info.masalah]
    if format_masalah:
        hasil.append(t(Aturan.NIK_FORMAT, Pesan.gabung("; ", (m.pesan for m in format_masalah))))
    if info.tanggal:
        tgl = _tanggal(tanggal_lahir)
        if tgl and (tgl.day, tgl.month, tgl.year % 100) != (
                info.tanggal.day, info.tanggal.month, info.tanggal.year % 100):
            hasil.append(t(Aturan.NIK_TGL_LAHIR, Pesan(
                "Tanggal lahir di NIK ({nik:%d-%m-%y}) berbeda dengan Tanggal Lahir "
                "({tanggal:%d-%m-%Y})", nik=info.tanggal, tanggal=tgl)))
        jk = codes.JENIS_KELAMIN.cocokkan(jenis_kelamin)
        if jk and info.jenis_kelamin and jk != info.jenis_kelamin:
            hasil.append(t(Aturan.NIK_JENIS_KELAMIN, Pesan(
                "NIK menunjukkan {nik}, tertulis {tertulis}",
                nik=Label("KodeP3KE", info.jenis_kelamin), tertulis=Label("KodeP3KE", jk))))
    return hasil


_NIK_KOSONG = Pesan("NIK kosong")


def _id_individu_kosong(anggota: Baris, idk: str, ida: str | None, lokasi: dict) -> Temuan:
    """:data:`Aturan.ID_INDIVIDU_KOSONG` for a member whose ID was made up: the cell was empty,
    or held an Excel error (:data:`KUNCI_GALAT`), which the message names."""
    galat = (anggota.get(KUNCI_GALAT) or {}).get("id_individu")  # type: ignore[union-attr]
    if galat:
        return Temuan(Aturan.ID_INDIVIDU_KOSONG, idk, ida, Pesan(
            "ID Individu tidak terbaca: sel berisi galat Excel {galat} di berkas sumber (rumus "
            "yang gagal, misalnya VLOOKUP); sementara memakai {id}. Bila berkas berikutnya "
            "membawa ID aslinya, anggota ini dicocokkan lewat NIK atau nama dan tanggal lahir",
            galat=galat, id=ida), "id_individu", galat, **lokasi)
    return Temuan(Aturan.ID_INDIVIDU_KOSONG, idk, ida, Pesan(
        "ID Individu kosong di berkas sumber; sementara memakai {id}. Bila berkas berikutnya "
        "membawa ID aslinya, anggota ini dicocokkan lewat NIK atau nama dan tanggal lahir",
        id=ida), "id_individu", None, **lokasi)


def _pesan_galat(kolom: str, nilai: str) -> Pesan:
    """The message of :data:`Aturan.SEL_GALAT_EXCEL` for column ``kolom``."""
    return Pesan("{kolom}: sel berisi galat Excel {galat} di berkas sumber (rumus yang gagal, "
                 "misalnya VLOOKUP); perbaiki rumusnya di Excel atau minta berkas yang bersih, "
                 "lalu impor lagi", kolom=kolom, galat=nilai.strip())


def _periksa_galat_teks(baris: Baris, kolom_def: Mapping, keluarga: Baris,
                        id_keluarga: str | None, id_individu: str | None,
                        lokasi: dict) -> list[Temuan]:
    """:data:`Aturan.SEL_GALAT_EXCEL` for a name, an address or another text cell that held an
    Excel error in the file and was stored empty (:data:`KUNCI_GALAT`), while it is still
    empty: a value typed in the form, or kept from an earlier file, ends it. A member row's
    family-level cells (Alamat in the Individu file) are judged by the family's value."""
    galat = baris.get(KUNCI_GALAT)
    if not galat:
        return []
    hasil: list[Temuan] = []
    for field, isi in galat.items():  # type: ignore[union-attr]
        if field == "id_individu" or field not in kolom_def:
            continue
        nilai = baris.get(field) if field in baris else keluarga.get(field)
        if nilai not in (None, ""):
            continue
        hasil.append(Temuan(Aturan.SEL_GALAT_EXCEL, id_keluarga, id_individu, Pesan(
            "{kolom}: sel berisi galat Excel {galat} di berkas sumber (rumus yang gagal, "
            "misalnya VLOOKUP), disimpan kosong; isi lewat formulir, atau perbaiki rumusnya di "
            "Excel lalu impor lagi", kolom=kolom_def[field].header, galat=isi), field, isi,
            **lokasi))
    return hasil


PENANDA_NAMA_KOSONG = frozenset({"NULL", "KOSONG", "TIDAK ADA", "N/A"})
"""What a file writes in a Nama cell for "none" (upper case, trimmed), besides an empty cell and
a run of dashes or zeros. Fewer than :data:`nik.PENANDA_KOSONG`: "Nil" or "Na" may be a name."""

SPASI_NAMA = " \t\r\n"
"""The blanks around a name that do not make it a name (the SQL filter trims the same)."""

TANDA_NAMA_KOSONG = "-0\u2010\u2013\u2014"
"""A name made only of these (``-``, ``--``, ``0``) is no name."""


def nama_kosong(nilai: object) -> bool:
    """True for a Nama that names no one: empty, blank, a run of dashes or zeros, or a word
    for "none" (:data:`PENANDA_NAMA_KOSONG`)."""
    teks = str(nilai or "").strip(SPASI_NAMA)
    return (not teks.strip(TANDA_NAMA_KOSONG)
            or (teks.isascii() and teks.upper() in PENANDA_NAMA_KOSONG))


def _periksa_nama(baris: Baris, field: str, id_keluarga: str | None,
                  id_individu: str | None, lokasi: dict) -> list[Temuan]:
    """:data:`Aturan.NAMA_KOSONG` for a person without a name. A cell that held an Excel error
    has :data:`Aturan.SEL_GALAT_EXCEL` instead (stored empty, its error named)."""
    nilai = baris.get(field)
    if not nama_kosong(nilai) or field in (baris.get(KUNCI_GALAT) or {}):
        return []
    teks = str(nilai or "").strip(SPASI_NAMA)
    pesan = (Pesan("tertulis {nilai!r} di berkas sumber, bukan nama", nilai=teks) if teks
             else _NAMA_KOSONG)
    return [Temuan(Aturan.NAMA_KOSONG, id_keluarga, id_individu, pesan, field, teks or None,
                   **lokasi)]


_NAMA_KOSONG = Pesan("tidak ada nama di berkas sumber")


def _tanpa_ganda(hasil: list[Temuan]) -> list[Temuan]:
    """One finding per defect: a family-level finding on the very cell a member's finding is
    about (an Individu file imported alone fills the family row from its head's row, at the
    head's row) is left out; the member's names the person."""
    sel_anggota = {(t.aturan, t.kolom, t.nilai, t.file, t.lembar, t.baris)
                   for t in hasil if t.id_individu is not None}
    if not sel_anggota:
        return hasil
    return [t for t in hasil if t.id_individu is not None
            or (t.aturan, t.kolom, t.nilai, t.file, t.lembar, t.baris) not in sel_anggota]


def _tanggal(nilai: object) -> dt.date | None:
    if isinstance(nilai, dt.datetime):
        return nilai.date()
    if isinstance(nilai, dt.date):
        return nilai
    if not nilai:
        return None
    try:
        return dt.date.fromisoformat(str(nilai)[:10])
    except ValueError:
        return None


def _periksa_kolom(baris: Baris, kolom_def: Mapping, id_keluarga: str | None,
                   id_individu: str | None, lokasi: dict, hari_ini: dt.date,
                   lewati: Iterable[str] = ()) -> list[Temuan]:
    hasil: list[Temuan] = []
    for field, k in kolom_def.items():
        if field in lewati:
            continue
        nilai = baris.get(field)
        if nilai is None or nilai == "":
            continue
        if k.jenis in (Jenis.KODE, Jenis.TANGGAL, Jenis.ANGKA) and galat_excel(nilai):
            hasil.append(Temuan(Aturan.SEL_GALAT_EXCEL, id_keluarga, id_individu,
                                _pesan_galat(k.header, str(nilai)), field, str(nilai),
                                **lokasi))
        elif k.jenis == Jenis.KODE and k.kode:
            if codes.daftar(k.kode).cocokkan(nilai) is None:
                hasil.append(Temuan(
                    Aturan.KODE_TIDAK_DIKENAL, id_keluarga, id_individu,
                    Pesan("{kolom}: nilai {nilai!s} tidak ada di daftar kode", kolom=k.header,
                          nilai=nilai), field, str(nilai), **lokasi))
        elif k.jenis == Jenis.TANGGAL:
            tgl = _tanggal(nilai)
            if tgl is None or tgl > hari_ini or tgl.year < 1900:
                hasil.append(Temuan(
                    Aturan.TANGGAL_TIDAK_VALID, id_keluarga, id_individu,
                    Pesan("{kolom}: tanggal tidak valid: {nilai!s}", kolom=k.header,
                          nilai=nilai), field, str(nilai), **lokasi))
        elif k.jenis == Jenis.ANGKA and urai_angka(nilai) is None:
            # no rule of its own: like a code outside its list, a value kept as written
            hasil.append(Temuan(
                Aturan.KODE_TIDAK_DIKENAL, id_keluarga, id_individu,
                Pesan("{kolom}: nilai {nilai!s} bukan angka", kolom=k.header, nilai=nilai),
                field, str(nilai), **lokasi))
    return hasil


def _periksa_nik_baris_keluarga(keluarga: Baris, anggota: list[Baris], idk: str, lok: dict,
                                hari_ini: dt.date) -> list[Temuan]:
    """The NIK rules on the family row's own NIK Kepala Keluarga when none of its members holds
    that NIK: the Kepala Keluarga file's NIK that Excel damaged (a number cell, ``6.17201E+15``)
    while the Individu file has the head's NIK intact. The table, the search and the exports
    show the family's head by that NIK. An empty one says nothing the members do not."""
    nilai = str(keluarga.get("nik_kepala") or "")
    if not nilai or any(nilai in (str(a.get("nik") or ""), _nik_efektif(a)) for a in anggota):
        return []
    return [replace(t, pesan=Pesan.gabung("", (_BARIS_KELUARGA, t.pesan)))
            for t in _periksa_nik(nilai, keluarga.get("nik_kepala_bentuk"),  # type: ignore[arg-type]
                                  keluarga.get("tanggal_lahir"), keluarga.get("jenis_kelamin"),
                                  idk, None, "nik_kepala", lok, hari_ini)
            if t.aturan != Aturan.NIK_KOSONG]


def _periksa_nik_kepala_berbeda(keluarga: Baris, kepala: Baris, idk: str, lok: dict,
                                hari_ini: dt.date) -> list[Temuan]:
    """:data:`Aturan.NIK_KEPALA_BERBEDA` when the family row's NIK Kepala Keluarga is a valid
    NIK that is neither the NIK of the family's one Kepala Keluarga member nor that member's
    NIK perbaikan, and that member's NIK in force is 16 digits. Called only when the family
    row's NIK has no fault of its own (a number cell, a wrong date part:
    :func:`_periksa_nik_baris_keluarga` says so); a head without a NIK has NIK_KOSONG."""
    nilai = str(keluarga.get("nik_kepala") or "")
    nik_kepala = _nik_efektif(kepala)
    if (not nilai or nilai in (str(kepala.get("nik") or ""), nik_kepala)
            or len(nik_kepala) != 16 or not nik_kepala.isdigit()
            or not nik.urai_nik(nilai, hari_ini).sah):
        return []
    tempat = _lokasi(kepala)
    pesan = Pesan(
        "NIK Kepala Keluarga di berkas keluarga ({nik}) tidak sama dengan NIK kepala di berkas "
        "individu ({nik_anggota}; berkas {berkas}, lembar '{lembar}', baris {baris})",
        nik=nilai, nik_anggota=nik_kepala, berkas=tempat["file"], lembar=tempat["lembar"],
        baris=tempat["baris"]) if tempat["file"] and tempat["baris"] else Pesan(
        "NIK Kepala Keluarga di berkas keluarga ({nik}) tidak sama dengan NIK kepala di berkas "
        "individu ({nik_anggota})", nik=nilai, nik_anggota=nik_kepala)
    # the finding stands where the family row's NIK is (the family file's row); the message
    # names the head's row in the Individu file, the other half of the disagreement
    return [Temuan(Aturan.NIK_KEPALA_BERBEDA, idk, None, pesan, "nik_kepala", nilai, **lok)]


_BARIS_KELUARGA = Pesan("NIK Kepala Keluarga di baris keluarga (tidak sama dengan NIK anggota "
                        "mana pun): ")


_NO_KK_SEL_KOSONG = Pesan(
    "No KK kosong (berkas sumber punya kolom No KK, sel keluarga ini kosong); minta No KK "
    "keluarga ini ke Dukcapil atau lihat kartu KK saat kunjungan")

_TANPA_ANGGOTA = Pesan(
    "Keluarga tanpa satu pun anggota: berkas Individu yang diimpor bersamanya tidak memuat "
    "keluarga ini, juga tidak kepala keluarganya")
_TANPA_ANGGOTA_RILIS = Pesan(
    "Keluarga tanpa satu pun anggota: berkas Individu untuk desanya, dari rilis P3KE yang sama "
    "dengan data keluarga ini atau lebih baru (Dimuktakhirkan Tahun), tidak memuat keluarga "
    "ini, juga tidak kepala keluarganya")
_TANPA_ANGGOTA_DESA = Pesan(
    "Keluarga tanpa satu pun anggota: berkas Individu untuk desanya, diimpor pada hari keluarga "
    "ini pertama masuk atau sesudahnya, tidak memuat keluarga ini, juga tidak kepala "
    "keluarganya")


def periksa_keluarga(
    keluarga: Baris,
    anggota: list[Baris],
    wilayah_dikenal: Callable[[str], bool] | None = None,
    hari_ini: dt.date | None = None,
    id_serupa: Callable[[str, str], str | None] | None = None,
) -> list[Temuan]:
    """All rules about one family and its members, except :data:`Aturan.NIK_GANDA`.

    ``keluarga`` and each member are mappings of field name to stored value (plus
    ``nik_perbaikan``/``status_anggota`` of the verification, and ``*_sumber`` location
    fields when known). A family without member rows is a :data:`Aturan.KK_TANPA_KEPALA`
    only when ``keluarga['anggota_diharapkan']``: ``'impor'`` (or true) when the import that
    brought it also brought an Individu sheet, which held none of its people; ``'desa'`` when
    an import in a separate command, on the day the family first arrived or later, brought
    members for its desa and none for it (a Keluarga workbook imported alone names the head on
    the family row, and has no member rows to miss; an Individu file of an earlier day than
    the family says nothing about it); ``'rilis'`` when that Individu file is of the
    family's P3KE release or a newer one (both files carry one: the release decides, not the
    day).
    ``wilayah_dikenal`` is given only when a region reference is loaded.
    ``id_serupa`` looks up a stored text ID equal to a number ID with leading zeros (for the
    ID_RUSAK_EXCEL message).
    """
    hari_ini = hari_ini or dt.date.today()
    idk = str(keluarga.get("id_keluarga") or "")
    lok = _lokasi(keluarga)
    hasil: list[Temuan] = []

    kode = str(keluarga.get("kode_kemdagri") or "")
    if galat_excel(kode):
        hasil.append(Temuan(Aturan.SEL_GALAT_EXCEL, idk, None,
                            _pesan_galat("Kode Kemdagri", kode), "kode_kemdagri", kode, **lok))
    elif wilayah_dikenal is not None and not wilayah_dikenal(kode):
        hasil.append(Temuan(Aturan.WILAYAH_TIDAK_DIKENAL, idk, None,
                            Pesan("Kode Kemdagri {kode} tidak ada di referensi wilayah",
                                  kode=kode or Pesan("(kosong)")),
                            "kode_kemdagri", kode or None, **lok))
    hasil += _periksa_kolom(keluarga, KOLOM_KELUARGA, idk, None, lok, hari_ini)
    hasil += _periksa_galat_teks(keluarga, KOLOM_KELUARGA, keluarga, idk, None, lok)
    hasil += _periksa_id(keluarga, "id_keluarga", idk, None, lok, id_serupa=id_serupa)
    no_kk = str(keluarga.get("no_kk") or "")
    if galat_excel(no_kk):
        hasil.append(Temuan(Aturan.SEL_GALAT_EXCEL, idk, None, _pesan_galat("No KK", no_kk),
                            "no_kk", no_kk, **lok))
    elif no_kk and nik.penanda_kosong(no_kk):  # typed in the form, such a value is refused
        hasil.append(Temuan(Aturan.NO_KK_KOSONG, idk, None, Pesan(
            "No KK kosong (tertulis {nilai!r}); minta No KK keluarga ini ke "
            "Dukcapil atau lihat kartu KK saat kunjungan", nilai=no_kk), "no_kk", no_kk, **lok))
    elif no_kk:
        info = nik.urai_no_kk(no_kk, hari_ini)
        if info.masalah:
            hasil.append(Temuan(Aturan.NO_KK_FORMAT, idk, None,
                                Pesan.gabung("; ", (m.pesan for m in info.masalah)), "no_kk",
                                no_kk, **lok))
    elif keluarga.get("no_kk_bentuk") == nik.BENTUK_KOSONG:
        # the file had a No KK column and this cell was empty; the portal's files have none
        hasil.append(Temuan(Aturan.NO_KK_KOSONG, idk, None, _NO_KK_SEL_KOSONG, "no_kk", None,
                            **lok))

    if not anggota:
        hasil += _periksa_nik(str(keluarga.get("nik_kepala") or ""),
                              keluarga.get("nik_kepala_bentuk"),  # type: ignore[arg-type]
                              keluarga.get("tanggal_lahir"), keluarga.get("jenis_kelamin"),
                              idk, None, "nik_kepala", lok, hari_ini)
        hasil += _periksa_nama(keluarga, "nama_kepala", idk, None, lok)
        alasan = keluarga.get("anggota_diharapkan")
        if alasan:
            hasil.append(Temuan(Aturan.KK_TANPA_KEPALA, idk, None,
                                {"desa": _TANPA_ANGGOTA_DESA, "rilis": _TANPA_ANGGOTA_RILIS}.get(
                                    str(alasan), _TANPA_ANGGOTA),
                                "hubungan", None, **lok))
        return hasil

    # A family gone from the source as a whole is judged as it last was; in a family still
    # there, members the newer file removed do not count as heads.
    keluarga_hilang = hilang_dari_sumber(keluarga)
    kepala = 0
    baris_kepala: Baris | None = None
    for a in anggota:
        ida = str(a.get("id_individu") or "") or None
        lok_a = _lokasi(a)
        if codes.HUBUNGAN.cocokkan(a.get("hubungan")) == "Kepala Keluarga" and a.get(
                "status_anggota") in (None, "", "ADA", "ANGGOTA_BARU") and (
                keluarga_hilang or not hilang_dari_sumber(a)):
            kepala += 1
            baris_kepala = a
        perbaikan = a.get("nik_perbaikan")
        hasil += _periksa_nik(
            _nik_efektif(a), None if perbaikan else a.get("nik_bentuk"),  # type: ignore[arg-type]
            a.get("tanggal_lahir"), a.get("jenis_kelamin"), idk, ida, "nik", lok_a, hari_ini)
        hasil += _periksa_kolom(a, KOLOM_INDIVIDU, idk, ida, lok_a, hari_ini,
                                lewati=("desil", "kode_kemdagri"))
        hasil += _periksa_galat_teks(a, KOLOM_INDIVIDU, keluarga, idk, ida, lok_a)
        hasil += _periksa_nama(a, "nama", idk, ida, lok_a)
        hasil += _periksa_id(a, "id_individu", idk, ida, lok_a, _dugaan_id_individu(a),
                             id_serupa)
        if a.get("id_individu_bentuk") == nik.BENTUK_KOSONG:
            hasil.append(_id_individu_kosong(a, idk, ida, lok_a))
        if not keluarga.get("id_keluarga_bentuk"):  # else said once, on the family
            hasil += _periksa_id(a, "id_keluarga", idk, ida, lok_a, id_serupa=id_serupa)
    nik_baris_keluarga = _periksa_nik_baris_keluarga(keluarga, anggota, idk, lok, hari_ini)
    hasil += nik_baris_keluarga
    if kepala == 1 and baris_kepala is not None and not nik_baris_keluarga:
        hasil += _periksa_nik_kepala_berbeda(keluarga, baris_kepala, idk, lok, hari_ini)
    if kepala == 0:
        hasil.append(Temuan(Aturan.KK_TANPA_KEPALA, idk, None,
                            Pesan("Keluarga tidak punya anggota dengan hubungan Kepala "
                                  "Keluarga"),
                            "hubungan", None, **lok))
    elif kepala > 1:
        hasil.append(Temuan(Aturan.KK_KEPALA_GANDA, idk, None,
                            Pesan("Keluarga punya {n} Kepala Keluarga", n=kepala), "hubungan",
                            None, **lok))
    return _tanpa_ganda(hasil)


@dataclass(frozen=True)
class PemegangNik:
    """One person holding a NIK, for the duplicate check."""

    nik: str
    id_keluarga: str
    id_individu: str | None
    file: str | None = None
    lembar: str | None = None
    baris: int | None = None
    meninggal: bool = False
    """Verified as died (status anggota ``MENINGGAL``): still holds the NIK, and is named so."""


def _nama_pemegang(p: PemegangNik) -> str:
    """A holder as :data:`Aturan.NIK_GANDA`'s message lists it: ``ID Keluarga/ID Individu``,
    marked when verified as died."""
    teks = f"{p.id_keluarga}/{p.id_individu or '-'}"
    return Pesan("{pemegang} (meninggal)", pemegang=teks) if p.meninggal else teks


def periksa_nik_ganda(pemegang: Iterable[PemegangNik]) -> list[Temuan]:
    """:data:`Aturan.NIK_GANDA` for every person whose NIK another person also holds.

    Only well-formed NIKs (16 digits) count; empty or damaged ones have their own findings.
    The caller leaves out the people gone from the source (:func:`hilang_dari_sumber`).
    """
    per_nik: dict[str, list[PemegangNik]] = defaultdict(list)
    for p in pemegang:
        if len(p.nik) == 16 and p.nik.isdigit():
            per_nik[p.nik].append(p)
    hasil: list[Temuan] = []
    for nilai, daftar in per_nik.items():
        if len(daftar) < 2:
            continue
        for p in daftar:
            lain = [_nama_pemegang(q) for q in daftar if q is not p]
            lima = Pesan.gabung(", ", lain[:5])
            hasil.append(Temuan(
                Aturan.NIK_GANDA, p.id_keluarga, p.id_individu,
                Pesan("NIK {nik} juga dipakai oleh {lain}", nik=nilai, lain=lima)
                if len(lain) <= 5 else
                Pesan("NIK {nik} juga dipakai oleh {lain} dan {n} lainnya", nik=nilai,
                      lain=lima, n=len(lain) - 5),
                "nik", nilai, p.file, p.lembar, p.baris))
    return hasil
