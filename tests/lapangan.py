"""A desa of families written with openpyxl (not the project's demo generator) for the
field-day tests: every family in desa 6172011001, heads born 15-08-1980 (NIKs agree with it),
family 0061729001 also with a wife and a child."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import db as sdb
from tests.masukan_luar import INDIVIDU_2023, KEPALA_2023, baris_individu, baris_kepala, xlsx

DESA = "6172011001"
ID_KELUARGA = [f"0061729{i:03d}" for i in range(1, 7)]
ISTRI, ANAK = "006172900102", "006172900103"
NIK_ISTRI, NIK_ANAK = "6172015003850002", "6172010505100003"
OPERATOR_A = Pengguna("Ani", Peran.OPERATOR)
OPERATOR_B = Pengguna("Budi", Peran.OPERATOR)
VERIFIKATOR = Pengguna("Rina", Peran.VERIFIKATOR)
VERIFIKATOR_2 = Pengguna("Yohanes", Peran.VERIFIKATOR)


def nik_kepala(i: int) -> str:
    return f"61720115088000{i:02d}"


def berkas_desa(folder: Path, jumlah: int = 6) -> tuple[Path, Path]:
    """Kepala Keluarga and Individu workbooks (2023 layout) of ``jumlah`` families (IDs
    0061729001, 0061729002...; the first six are :data:`ID_KELUARGA`)."""
    contoh_k = baris_kepala()[0]
    contoh_i = baris_individu()[0]
    ik = {h: j for j, h in enumerate(KEPALA_2023)}
    ii = {h: j for j, h in enumerate(INDIVIDU_2023)}
    kepala, individu = [], []
    for i in range(1, jumlah + 1):
        idk = f"0061729{i:03d}"
        r = list(contoh_k)
        r[ik["ID Keluarga P3KE"]], r[ik["Kode Kemdagri"]] = idk, DESA
        r[ik["Nama Kepala Keluarga"]] = f"Kepala {i}"
        r[ik["NIK Kepala Keluarga"]] = nik_kepala(i)
        r[ik["Jenis Kelamin Kepala Keluarga"]] = "Laki-laki"
        r[ik["Tanggal Lahir Kepala Keluarga"]] = dt.date(1980, 8, 15)
        kepala.append(r)
        orang = [(f"{idk}01", f"Kepala {i}", nik_kepala(i), dt.date(1980, 8, 15), "Laki-laki",
                  "Kepala Keluarga")]
        if i == 1:
            orang += [(ISTRI, "Siti Istri", NIK_ISTRI, dt.date(1985, 3, 10), "Perempuan",
                       "Istri/Suami"),
                      (ANAK, "Dodi Anak", NIK_ANAK, dt.date(2010, 5, 5), "Laki-laki", "Anak")]
        for idi, nama, n, lahir, jk, hub in orang:
            r = list(contoh_i)
            r[ii["ID Keluarga P3KE"]], r[ii["Kode Kemdagri"]] = idk, DESA
            r[ii["ID Individu"]], r[ii["Nama"]], r[ii["NIK"]] = idi, nama, n
            r[ii["Tanggal Lahir"]], r[ii["Jenis Kelamin"]] = lahir, jk
            r[ii["Hubungan dengan Kepala Keluarga"]] = hub
            individu.append(r)
    return (xlsx(folder / "kepala.xlsx", KEPALA_2023, kepala, lembar="Kepala Keluarga"),
            xlsx(folder / "individu.xlsx", INDIVIDU_2023, individu, lembar="Individu"))


def db_desa(folder: Path, jumlah: int = 6) -> Path:
    """A database file with the families of :func:`berkas_desa` imported."""
    path = folder / "kantor.db"
    with sdb.terbuka(path) as db:
        impor_p3ke.impor(db, list(berkas_desa(folder, jumlah)), pengguna="penguji")
    return path
