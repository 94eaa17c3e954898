"""Proposed new families (usulan baru) in a re-imported workbook: every database numbers them
``UB-{kode desa}-0001``, ``-0002``... on its own, so a laptop's first usulan in a desa has the ID
of the office's first usulan there even when they are two different families.

A Data Keluarga row whose ID is a usulan of this database is applied only when it names the
same family, in the spirit of the members' rule
(:func:`kalbar_desktop.exchange.koreksi_anggota_baru.nama_atau_nik_sama`): the same desa, and
the head's 16-digit NIK or the 16-digit No KK equal, or the head's name the same (case and
spaces aside).
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


def keluarga_lain(nilai: Callable[[str], object],
                  k: sekspor.KeadaanKeluarga) -> tuple[str, str] | None:
    """Whether a Data Keluarga row with the ID of family ``k`` of this database names another
    family (``nilai(field)``: the row's cell of that identity column, ``None`` when the column
    is missing). Only a usulan of this database is checked; a P3KE family's ID comes from the
    source and is the same family everywhere. Returns ``None`` (the same family) or the field
    the problem names with its message (Indonesian)."""
    if k.asal != ASAL_USULAN:
        return None
    nama = nilai("nama_kepala")
    teks_nama = " ".join(str(nama).split()) if nama is not None else ""
    desa, _bentuk = dnik.teks_identitas(nilai("kode_kemdagri"))
    di_sini = Pesan("'{nama}' (desa {desa})", nama=k.nama_kepala or "-",
                    desa=k.kode_wilayah or "-")
    di_workbook = Pesan("'{nama}' (desa {desa})", nama=teks_nama or "-",
                        desa=desa or k.kode_wilayah or "-")
    pesan = Pesan(
        "Usulan keluarga baru di workbook ini memakai ID Keluarga yang sama dengan keluarga "
        "lain di basis data ini: kepala keluarga di workbook {workbook}, di basis data "
        "{basis}. Baris ini dan baris anggotanya tidak diterapkan kepada keluarga itu; "
        "masukkan usulan ini di kantor dengan Verifikasi > Usulan keluarga baru",
        workbook=di_workbook, basis=di_sini)
    if desa and k.kode_wilayah and desa != k.kode_wilayah:
        return "kode_kemdagri", pesan
    milik = {("nik_kepala", k.nik_kepala), ("no_kk", k.no_kk)}
    if any((f, nik16(nilai(f))) in milik for f in ("nik_kepala", "no_kk") if nik16(nilai(f))):
        return None
    if kunci_nama(teks_nama) and kunci_nama(teks_nama) == kunci_nama(k.nama_kepala):
        return None
    if not kunci_nama(teks_nama):
        return "nama_kepala", Pesan(
            "Usulan keluarga baru: baris ini tidak memuat Nama Kepala Keluarga (atau NIK kepala "
            "keluarga/No KK yang sama), sehingga tidak bisa dipastikan keluarga yang sama "
            "dengan {id_keluarga} di basis data ini; tidak diterapkan",
            id_keluarga=k.id_keluarga)
    return "nama_kepala", pesan
