"""An office of Kota Singkawang with families in four kecamatan and accounts of every role and
region shape, written from outside (openpyxl, :mod:`tests.masukan_luar`), for the tests of who
may export which region (``export`` on the console, the export dialog)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kalbar_desktop.domain.akses import Peran
from kalbar_desktop.exchange import impor_p3ke, wilayah_csv
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as sp
from tests import masukan_luar as luar
from tests.conftest import WILAYAH_61

SANDI = "Sungai-Kapuas-77"

TAMBAHAN = {  # ID Keluarga -> (Kode Kemdagri, members)
    "0061720004": ("6172021002", 2),
    "0061720005": ("6172031001", 3),
    "0061720006": ("6172031005", 1),
    "0061720007": ("6172041001", 2),
}
"""Families added to the outside pair (617201: two desa, 617202: one): a second desa of
617202, two desa of 617203, one of 617204."""

AKUN: dict[str, tuple[Peran, tuple[str, ...]]] = {
    "adm": (Peran.ADMIN, ()),
    "vera": (Peran.VERIFIKATOR, ()),
    "rina": (Peran.VERIFIKATOR, ("6172",)),
    "sari": (Peran.VERIFIKATOR, ("617202", "617203")),
    "ani": (Peran.OPERATOR, ("6172011001",)),
    "oki": (Peran.OPERATOR, ("617201", "6172041001")),
}
"""Every region shape: the whole database (admin, a verifikator without regions), one
kabupaten/kota, two kecamatan, one desa, a kecamatan and a desa of another kecamatan."""


def _tambahan(lain: dict[str, tuple[str, int]]) -> tuple[list[list], list[list]]:
    kepala, individu = luar.baris_kepala(), luar.baris_individu()
    contoh_k, contoh_i = kepala[-1], individu[-1]
    for n, (idk, (kode, anggota)) in enumerate({**TAMBAHAN, **lain}.items(), start=1):
        kepala.append([idk, 2023, kode, *contoh_k[3:7], f"Kepala Tambahan {n}",
                       f"61720{n}2002600001", *contoh_k[9:]])
        for i in range(anggota):
            baris = list(contoh_i)
            baris[0], baris[2], baris[6] = idk, kode, f"{idk}{i + 1:02d}"
            baris[8] = f"Kepala Tambahan {n}" if i == 0 else f"Anggota {n}.{i}"
            baris[9] = f"61720{n}2002600{i + 1:03d}"
            baris[13] = "Kepala Keluarga" if i == 0 else "Anak"
            individu.append(baris)
    return kepala, individu


def buat_kantor(folder: Path, lain: dict[str, tuple[str, int]] | None = None) -> Path:
    """The database file: the outside 2023 pair with :data:`TAMBAHAN` (and the families
    ``lain`` in its shape), the region reference and the accounts of :data:`AKUN` (password
    :data:`SANDI`)."""
    kepala, individu = _tambahan(lain or {})
    berkas = [luar.xlsx(folder / "kepala.xlsx", luar.KEPALA_2023, kepala,
                        lembar="Kepala Keluarga"),
              luar.xlsx(folder / "individu.xlsx", luar.INDIVIDU_2023, individu,
                        lembar="Individu")]
    path = folder / "kantor.db"
    with sdb.terbuka(path) as db:
        wilayah_csv.impor(db, WILAYAH_61)
        impor_p3ke.impor(db, berkas, pengguna="uji")
        sp.tambah(db, "adm", Peran.ADMIN, SANDI, oleh="uji")
        for nama, (peran, wilayah) in AKUN.items():
            if nama != "adm":
                sp.tambah(db, nama, peran, SANDI, list(wilayah), oleh="adm")
    return path


def hitung_sqlite(path: Path, wilayah: tuple[str, ...]) -> dict[str, tuple[int, int]]:
    """Families and members per desa under the region codes ``wilayah``, counted with plain
    sqlite3 (not the program's queries)."""
    con = sqlite3.connect(path)
    try:
        hasil: dict[str, tuple[int, int]] = {}
        for kode, kk, jiwa in con.execute(
                "SELECT k.kode_kemdagri, count(DISTINCT k.id_keluarga), count(a.id_individu) "
                "FROM keluarga k LEFT JOIN anggota a ON a.id_keluarga = k.id_keluarga "
                "GROUP BY k.kode_kemdagri"):
            if any(kode.startswith(w) for w in wilayah):
                hasil[kode] = (kk, jiwa)
        return hasil
    finally:
        con.close()


LINGKUP_UJI: tuple[str | None, ...] = (
    None, "6172", "617201", "6172011001", "617202", "6172021002", "617203", "617204",
    "6172041001")
"""The scopes tried: none (the account's whole view), the kabupaten/kota, kecamatan and desa."""

BOLEH: dict[str, set[str | None]] = {
    "adm": set(LINGKUP_UJI),
    "vera": set(LINGKUP_UJI),
    "rina": set(LINGKUP_UJI),
    "sari": {None, "617202", "6172021002", "617203"},
    "ani": {None, "6172011001"},
    "oki": {None, "617201", "6172011001", "6172041001"},
}
"""Who may export which of :data:`LINGKUP_UJI`, written out by hand: a region lying within the
account's regions, or none (all of them). A region only partly within (617201 for ani, who has
one of its desa; the kabupaten/kota for sari) is refused."""
