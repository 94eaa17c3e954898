"""Proposed new families (usulan baru) in a re-imported workbook: every database numbers them
``UB-{kode desa}-0001``, ``-0002``... on its own, so a laptop's first usulan in a desa has the ID
of the office's first usulan there even when they are two different families.

A Data Keluarga row whose ID is a usulan of this database is applied only when it names the
same family, in the spirit of the members' rule
(:func:`kalbar_desktop.exchange.koreksi_anggota_baru.nama_atau_nik_sama`): the same desa, and
the head's 16-digit NIK or the 16-digit No KK equal, or the head's name the same (case and
spaces aside), compared with the values the usulan held here since the workbook went out.
"""

from __future__ import annotations

from collections.abc import Callable

from kalbar_desktop.domain import kolom as dkolom
from kalbar_desktop.domain import nik as dnik
from kalbar_desktop.domain.kolom import KOLOM_KELUARGA
from kalbar_desktop.domain.pesan import Pesan
from kalbar_desktop.exchange.koreksi_anggota_baru import kunci_nama, nik16
from kalbar_desktop.storage import ekspor as sekspor

ASAL_USULAN = "usulan_baru"
FIELD_IDENTITAS = ("nama_kepala", "nik_kepala", "no_kk", "kode_kemdagri")
"""Data Keluarga columns that say which family a row is."""
HEADER: dict[str, str] = {f: KOLOM_KELUARGA[f].header for f in FIELD_IDENTITAS}
"""Those columns' headers, as exported (field -> header)."""
HEADER_PERLU = frozenset(dkolom.normalisasi_header(h) for h in HEADER.values())


def keluarga_lain(nilai: Callable[[str], object], k: sekspor.KeadaanKeluarga,
                  riwayat: Callable[[], dict[str, list[str]]]) -> tuple[str, str] | None:
    """Whether a Data Keluarga row with the ID of family ``k`` of this database names another
    family (``nilai(field)``: the row's cell of that identity column, ``None`` when the column
    is missing). Only a usulan of this database is checked; a P3KE family's ID comes from the
    source and is the same family everywhere. ``riwayat()`` gives the values the family's
    identity fields held here since the workbook went out, the value in force last
    (:func:`~kalbar_desktop.storage.ekspor.identitas_tercatat`): a head renamed here after the
    export is still the same family, but a name, NIK or No KK it held only before (or a usulan
    added here after the export) is not what the workbook showed, and a laptop's other family
    carrying it is not taken for this one. Returns ``None`` (the same family) or the field the
    problem names with its message (Indonesian)."""
    if k.asal != ASAL_USULAN:
        return None
    nama = nilai("nama_kepala")
    teks_nama = " ".join(str(nama).split()) if nama is not None else ""
    desa, _bentuk = dnik.teks_identitas(nilai("kode_kemdagri"))
    tercatat = riwayat()
    if _sama(teks_nama, desa, nilai, tercatat):
        return None
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
    if not kunci_nama(teks_nama):
        return "nama_kepala", Pesan(
            "Usulan keluarga baru: baris ini tidak memuat Nama Kepala Keluarga (atau NIK kepala "
            "keluarga/No KK yang sama), sehingga tidak bisa dipastikan keluarga yang sama "
            "dengan {id_keluarga} di basis data ini; tidak diterapkan",
            id_keluarga=k.id_keluarga)
    return "nama_kepala", pesan


def _sama(teks_nama: str, desa: str, nilai: Callable[[str], object],
          tercatat: dict[str, list[str | None]]) -> bool:
    """Whether a row names the family whose identity fields held the values ``tercatat``
    (field -> values): not another desa, and the head's 16-digit NIK, the 16-digit No KK or
    the head's name (case and spaces aside) one of them."""
    if desa and any(tercatat["kode_kemdagri"]) and desa not in tercatat["kode_kemdagri"]:
        return False
    if any(nik16(nilai(f)) in tercatat[f] for f in ("nik_kepala", "no_kk") if nik16(nilai(f))):
        return True
    return bool(kunci_nama(teks_nama)) and any(
        kunci_nama(teks_nama) == kunci_nama(n) for n in tercatat["nama_kepala"] if n)
