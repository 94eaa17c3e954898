"""New members in a re-imported workbook: a Data Anggota row with Status anggota "Anggota baru"
whose person this database does not hold (added on a laptop during the visit, or typed into
the workbook by hand) is read as a member to add.

Every database numbers its new members ``{id_keluarga}-B01``, ``-B02``... on its own, so the ID
in the workbook says nothing here: the row is compared with the people of its family (a
16-digit NIK, or the same name and birth date) and, when nobody matches, added with an ID made
here, through the same checks as the form's Tambah anggota
(:func:`kalbar_desktop.storage.verifikasi.periksa_anggota_baru`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kalbar_desktop.domain import keterangan_jejak
from kalbar_desktop.domain import kolom as dkolom
from kalbar_desktop.domain import nik as dnik
from kalbar_desktop.domain.kolom import KOLOM_INDIVIDU
from kalbar_desktop.domain.pesan import Pesan
from kalbar_desktop.storage import ekspor as sekspor
from kalbar_desktop.storage import verifikasi as sv

HEADER_ID_KELUARGA = dkolom.normalisasi_header("ID Keluarga P3KE")
HEADER: dict[str, str] = {f: KOLOM_INDIVIDU[f].header for f in sv.FIELD_ANGGOTA_BARU}
"""Data Anggota columns a new member is read from (field -> header, as exported)."""
HEADER_PERLU = frozenset([HEADER_ID_KELUARGA, *(dkolom.normalisasi_header(h)
                                                 for h in HEADER.values())])


@dataclass(frozen=True)
class AnggotaBaru:
    """A member to add to a family, read from one row of Data Anggota."""

    baris: int
    id_keluarga: str
    id_workbook: str | None
    """The ID the row carries (made by the workbook's database, or typed by hand): kept in the
    audit row that adds the member, never used as the ID here."""
    data: dict
    """The fields of :data:`~kalbar_desktop.storage.verifikasi.FIELD_ANGGOTA_BARU`, as stored."""
    catatan: str | None = None

    @property
    def nama(self) -> str:
        return self.data.get("nama") or ""

    @property
    def kolom(self) -> str:
        """What the preview's Kolom column says: ``Anggota baru (Nama)``."""
        return Pesan("Anggota baru ({nama})", nama=self.nama)

    @property
    def uraian(self) -> str:
        """The member in one line: ``Nama, NIK 6172..., Anak, lahir 05/02/2026``."""
        bagian: list[str] = [self.nama]
        bagian.append(Pesan("NIK {nik}", nik=self.data["nik"]) if self.data.get("nik")
                      else Pesan("tanpa NIK"))
        if self.data.get("hubungan"):
            bagian.append(self.data["hubungan"])
        if self.data.get("tanggal_lahir"):
            tanggal = dt.date.fromisoformat(self.data["tanggal_lahir"]).strftime("%d/%m/%Y")
            bagian.append(Pesan("lahir {tanggal}", tanggal=tanggal))
        return Pesan.gabung(", ", bagian)

    def perubahan(self, lembar: str) -> sv.PerubahanAnggota:
        """The member as :func:`~kalbar_desktop.storage.verifikasi.simpan` adds it."""
        return sv.PerubahanAnggota(None, data_baru=dict(self.data), catatan=self.catatan,
                                   keterangan=keterangan_jejak.anggota_baru_workbook(
                                       self.id_workbook, lembar, self.baris))


def kunci_nama(nama: object) -> str:
    """A name compared case- and space-insensitively."""
    return " ".join(str(nama or "").split()).casefold()


def nik16(nilai: object) -> str | None:
    """A cell as a complete 16-digit NIK or No KK, or ``None`` (empty, masked, too short)."""
    teks, _bentuk = dnik.teks_identitas(nilai)
    return teks if len(teks) == 16 and teks.isdigit() else None


def cocok_tersamar(samar: str, nik: str) -> bool:
    """Whether masked NIK ``samar`` (``617201******0001``) shows the digits of full NIK ``nik``
    where it shows any."""
    return len(samar) == len(nik) and all(s in ("*", n) for s, n in zip(samar, nik, strict=True))


def pilih_nik(perbaikan: object, nik: object, tempat_perbaikan: str,
              tempat_nik: str) -> tuple[object, tuple[str, str] | None]:
    """The cell a new member's NIK is read from: NIK perbaikan when filled, else NIK. A masked
    NIK perbaikan (an export without full NIKs) beside a full 16-digit NIK typed in the NIK
    column gives way to it when its visible digits agree; when they do not, the row is refused
    naming both columns (returned as ``(column, message)``, with no NIK to read)."""
    samar = dnik.teks_identitas(perbaikan)[0]
    penuh = nik16(nik)
    if not ("*" in samar and penuh):
        return (perbaikan if samar else nik), None
    if cocok_tersamar(samar, penuh):
        return nik, None
    return None, (tempat_perbaikan, Pesan(
        "NIK perbaikan {samar} di kolom {kolom_perbaikan} tersamar dan tidak cocok dengan NIK "
        "{nik} di kolom {kolom_nik}. Ketik NIK yang benar 16 digit sebagai teks di kolom "
        "{kolom_nik} dan kosongkan kolom {kolom_perbaikan}, lalu impor lagi", samar=samar,
        kolom_perbaikan=tempat_perbaikan, nik=penuh, kolom_nik=tempat_nik))


def orang_sama(nama: object, nik: Sequence[object], lahir: str | None,
               a: sekspor.KeadaanAnggota) -> bool:
    """Whether a row (its name, NIKs and birth date as ISO text) is member ``a`` of this
    database: a 16-digit NIK equal to its NIK or NIK perbaikan, or the same name and birth
    date."""
    milik = {n for n in (a.nik, a.nik_perbaikan) if n}
    if any(n in milik for n in map(nik16, nik) if n):
        return True
    return bool(lahir and kunci_nama(nama) and kunci_nama(nama) == kunci_nama(a.nama)
                and lahir == a.tanggal_lahir)


def nama_atau_nik_sama(nama: object, nik: Sequence[object], a: sekspor.KeadaanAnggota) -> bool:
    """Whether a row with the ID of new member ``a`` of this database names the same person
    (the same name, or a NIK of theirs); a different name and NIK is another person who was
    given the same ``-Bnn`` number by another database."""
    milik = {n for n in (a.nik, a.nik_perbaikan) if n}
    return (bool(kunci_nama(nama)) and kunci_nama(nama) == kunci_nama(a.nama)) or any(
        n in milik for n in map(nik16, nik) if n)


def baca(nilai: Callable[[str], object], teks: Callable[[object], str | None],
         tempat: Callable[[str], str]) -> tuple[dict, list[tuple[str, str]]]:
    """A new member's fields from a row (``nilai(field)``: the cell of that field's column;
    ``teks``: a cell as text, dates as ISO text; ``tempat(field)``: the column as a problem
    names it). Returns the fields as stored and the problems as ``(column, message)``: the
    form's checks, and a NIK as a number (Excel keeps 15 digits) or masked is refused."""
    masalah: list[tuple[str, str]] = []
    mentah = {f: nilai(f) for f in sv.FIELD_ANGGOTA_BARU}
    nik_teks, bentuk = dnik.teks_identitas(mentah["nik"])
    mentah["nik"] = nik_teks or None
    if nik_teks and "*" in nik_teks:
        # never stored as a NIK; an empty cell is a member without NIK (filled in later)
        masalah.append((tempat("nik"), Pesan(
            "NIK {nik} di kolom {kolom} tersamar (workbook diekspor tanpa NIK lengkap) dan "
            "tidak disimpan sebagai NIK. Ketik NIK lengkap 16 digit sebagai teks (awali dengan "
            "tanda petik '), atau kosongkan sel itu agar anggota ini ditambahkan tanpa NIK "
            "(NIK diisi kemudian di formulir), lalu impor lagi", nik=nik_teks,
            kolom=tempat("nik"))))
        mentah["nik"] = None
    elif nik_teks and bentuk == dnik.BENTUK_ANGKA:
        masalah.append((tempat("nik"), Pesan(
            "NIK {nik} tersimpan sebagai angka, bukan teks: Excel hanya menyimpan 15 digit, "
            "digit terakhir bisa sudah berubah menjadi 0. Ketik ulang NIK sebagai teks (awali "
            "dengan tanda petik ') lalu impor lagi", nik=nik_teks)))
        mentah["nik"] = None
    data, salah = sv.periksa_anggota_baru({f: v if f == "nik" else teks(v)
                                           for f, v in mentah.items()})
    masalah += [(tempat(m.field), m.pesan) for m in salah]
    if data["nik"] and not any(m.field == "nik" for m in salah):
        masalah += [(tempat("nik"), m.pesan)
                    for m in sv.periksa_nik_baru([(data["nik"], None, data["nama"])])]
    return data, masalah
