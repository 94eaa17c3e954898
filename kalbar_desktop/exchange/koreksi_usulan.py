"""Proposed new families (usulan baru) in a re-imported workbook: every database numbers them
``UB-{kode desa}-0001``, ``-0002``... on its own, so a laptop's first usulan in a desa has the ID
of the office's first usulan there even when they are two different families.

A Data Keluarga row whose ID is a usulan of this database is applied only when it names the
same family: the same desa, and the head's 16-digit NIK equal, or two things agreeing among the
head's name (case and spaces aside), the 16-digit No KK and the workbook having known the usulan
(it was made here before the workbook's export point), compared with the values the usulan held
here since the workbook went out. A head's name alone is not enough: two families of a desa may
well share it.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from kalbar_desktop.domain import kolom as dkolom
from kalbar_desktop.domain import nik as dnik
from kalbar_desktop.domain.kolom import KOLOM_KELUARGA
from kalbar_desktop.domain.pesan import Pesan
from kalbar_desktop.exchange.koreksi_anggota_baru import kunci_nama, nik16
from kalbar_desktop.storage import ekspor as sekspor

ASAL_USULAN = "usulan_baru"


class Dikenal(Enum):
    """Whether a re-imported workbook knew an usulan of this database."""

    YA = "ya"
    """Made here before the workbook's export point (or the point its database shares)."""
    TIDAK = "tidak"
    """Made here after it: the workbook's row with its ID is another database's usulan."""
    TAK_PASTI = "tak_pasti"
    """Another database's workbook that cannot say (see ``impor_koreksi._usulan_dikenal``)."""
    TANPA_WAKTU = "tanpa_waktu"
    """The workbook does not say when it was exported."""
    TANPA_JEJAK = "tanpa_jejak"
    """The usulan's creation is not in this database's audit trail and its stored time cannot
    be compared with the export's."""

FIELD_IDENTITAS = ("nama_kepala", "nik_kepala", "no_kk", "kode_kemdagri")
"""Data Keluarga columns that say which family a row is."""
HEADER: dict[str, str] = {f: KOLOM_KELUARGA[f].header for f in FIELD_IDENTITAS}
"""Those columns' headers, as exported (field -> header)."""
HEADER_PERLU = frozenset(dkolom.normalisasi_header(h) for h in HEADER.values())


def keluarga_lain(nilai: Callable[[str], object], k: sekspor.KeadaanKeluarga,
                  riwayat: Callable[[], dict[str, list[str]]],
                  dikenal: Callable[[], Dikenal]) -> tuple[str, str] | None:
    """Whether a Data Keluarga row with the ID of family ``k`` of this database names another
    family (``nilai(field)``: the row's cell of that identity column, ``None`` when the column
    is missing). Only a usulan of this database is checked; a P3KE family's ID comes from the
    source and is the same family everywhere. ``riwayat()`` gives the values the family's
    identity fields held here since the workbook went out, the value in force last
    (:func:`~kalbar_desktop.storage.ekspor.identitas_tercatat`): a head renamed here after the
    export is still the same family, but a name, NIK or No KK it held only before (or a usulan
    added here after the export) is not what the workbook showed, and a laptop's other family
    carrying it is not taken for this one. ``dikenal()`` says whether the workbook knew the
    usulan (made here before the workbook's export point, so the row's ID is this usulan's).

    The same family: not another desa, and the head's 16-digit NIK one of those values, or two
    things agreeing among the head's name, the 16-digit No KK and the workbook knowing the
    usulan. One value alone (a head's name is common in a desa) is not enough. Returns ``None``
    (the same family) or the field the problem names with its message (Indonesian)."""
    if k.asal != ASAL_USULAN:
        return None
    nama = nilai("nama_kepala")
    teks_nama = " ".join(str(nama).split()) if nama is not None else ""
    desa, _bentuk = dnik.teks_identitas(nilai("kode_kemdagri"))
    tercatat = riwayat()
    sekarang = {f: (v[-1] if v else None) for f, v in tercatat.items()}
    di_sini = Pesan("'{nama}' (desa {desa})", nama=sekarang["nama_kepala"] or "-",
                    desa=sekarang["kode_kemdagri"] or "-")
    di_workbook = Pesan("'{nama}' (desa {desa})", nama=teks_nama or "-",
                        desa=desa or sekarang["kode_kemdagri"] or "-")
    pesan = Pesan(
        "Usulan keluarga baru di workbook ini memakai ID Keluarga yang sama dengan keluarga "
        "lain di basis data ini: kepala keluarga di workbook {workbook}, di basis data "
        "{basis}. Baris ini dan baris anggotanya tidak diterapkan kepada keluarga itu; "
        "masukkan usulan ini di kantor dengan Verifikasi > Usulan keluarga baru",
        workbook=di_workbook, basis=di_sini)
    if desa and any(tercatat["kode_kemdagri"]) and desa not in tercatat["kode_kemdagri"]:
        return "kode_kemdagri", pesan
    nik = nik16(nilai("nik_kepala"))
    if nik is not None and nik in tercatat["nik_kepala"]:
        return None
    cocok = [f for f in ("nama_kepala", "no_kk") if _cocok(f, teks_nama, nilai, tercatat)]
    kenal = dikenal()
    if len(cocok) == 2 or (cocok and kenal is Dikenal.YA):
        return None
    if cocok:
        return cocok[0], Pesan.gabung(" ", (Pesan(
            "Usulan keluarga baru di workbook ini memakai ID Keluarga yang sama dengan usulan "
            "{id_keluarga} di basis data ini, tetapi hanya {isian} yang sama ({nilai}); NIK "
            "kepala keluarga tidak sama atau kosong. Satu isian yang sama belum cukup (keluarga "
            "lain di desa yang sama bisa bernama sama): perlu NIK kepala keluarga yang sama, "
            "atau nama kepala keluarga dan No KK yang sama. Baris ini dan baris anggotanya tidak "
            "diterapkan.", id_keluarga=k.id_keluarga, isian=_ISIAN[cocok[0]],
            nilai=di_workbook if cocok[0] == "nama_kepala" else _nilai_teks(nilai("no_kk"))),
            _sebab(kenal), _cara(k.id_keluarga)))
    if not kunci_nama(teks_nama):
        return "nama_kepala", Pesan(
            "Usulan keluarga baru: baris ini tidak memuat Nama Kepala Keluarga (atau NIK kepala "
            "keluarga/No KK yang sama), sehingga tidak bisa dipastikan keluarga yang sama "
            "dengan {id_keluarga} di basis data ini; tidak diterapkan",
            id_keluarga=k.id_keluarga)
    if kenal is Dikenal.YA:
        return "nama_kepala", Pesan.gabung(". ", (pesan, Pesan(
            "Workbook ini memang memuat usulan {id_keluarga} dari basis data ini, tetapi nama "
            "kepala keluarga, NIK, dan No KK di baris ini tidak sama dengan yang dipegang "
            "usulan itu sejak workbook diekspor. Bila ini memang keluarga yang sama (misalnya "
            "namanya dibetulkan di laptop atau di Excel), ketik nama kepala keluarga yang "
            "berlaku di basis data ini ('{nama}') di baris itu lalu impor lagi",
            id_keluarga=k.id_keluarga, nama=sekarang["nama_kepala"] or "-")))
    if kenal is not Dikenal.TIDAK:
        return "nama_kepala", Pesan.gabung(". ", (pesan, _sebab(kenal), _cara(k.id_keluarga)))
    return "nama_kepala", pesan


_ISIAN = {"nama_kepala": Pesan("nama kepala keluarga"), "no_kk": Pesan("No KK")}


def _nilai_teks(v: object) -> str:
    teks, _bentuk = dnik.teks_identitas(v)
    return teks or "-"


def _sebab(kenal: Dikenal) -> str:
    """Why the workbook cannot vouch that its row is this database's usulan."""
    if kenal is Dikenal.TAK_PASTI:
        return Pesan("Workbook ini berasal dari basis data lain (laptop lain) dan tidak "
                     "mencatat usulan mana saja yang dimuatnya (diekspor versi aplikasi yang "
                     "lebih lama, atau hanya usulan terbarunya yang tercatat), jadi tidak bisa "
                     "dipastikan usulan ini sudah ada di basis data itu: usulan ini dibuat di "
                     "basis data ini sesudah titik terakhir yang pasti sama di kedua basis data "
                     "(sekitar waktu laptopnya disalin), dan ID yang sama di workbook bisa milik "
                     "usulan laptop sendiri.")
    if kenal is Dikenal.TANPA_JEJAK:
        return Pesan("Pembuatan usulan ini tidak tercatat di jejak audit basis data ini (dibuat "
                     "sebelum jejak audit mencatatnya, atau di luar aplikasi) dan waktu "
                     "pembuatannya tidak bisa dibandingkan dengan waktu ekspor workbook, jadi "
                     "tidak bisa dipastikan usulan ini ikut di workbook; ID yang sama di workbook "
                     "bisa milik usulan lain.")
    if kenal is Dikenal.TANPA_WAKTU:
        return Pesan("Workbook ini tidak memuat waktu ekspor (lembar Keterangan tidak ada), "
                     "jadi tidak bisa dipastikan usulan ini ikut di workbook ketika diekspor; "
                     "hanya nilai yang berlaku sekarang yang dipakai.")
    return Pesan("Usulan di basis data ini dibuat sesudah workbook ini diekspor (atau sesudah "
                 "laptopnya disalin), jadi ID yang sama di workbook bisa milik usulan laptop "
                 "sendiri.")


def _cara(id_keluarga: str) -> str:
    """What to do with a row that may be this database's usulan or another family."""
    return Pesan("Bila keluarga lain, masukkan usulan ini di kantor dengan Verifikasi > Usulan "
                 "keluarga baru. Bila keluarga yang sama, ketik di baris itu NIK kepala "
                 "keluarga (atau nama kepala keluarga dan No KK) seperti tercatat di formulir "
                 "usulan {id_keluarga} di basis data ini lalu impor lagi, atau isi hasil "
                 "kunjungannya langsung di formulir itu.", id_keluarga=id_keluarga)


def _cocok(f: str, teks_nama: str, nilai: Callable[[str], object],
           tercatat: dict[str, list[str | None]]) -> bool:
    """Whether the row's head name (case and spaces aside) or 16-digit No KK is one of the
    values ``tercatat[f]``."""
    if f == "nama_kepala":
        return bool(kunci_nama(teks_nama)) and any(
            kunci_nama(teks_nama) == kunci_nama(n) for n in tercatat[f] if n)
    v = nik16(nilai(f))
    return v is not None and v in tercatat[f]
