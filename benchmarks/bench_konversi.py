"""The per-row conversion alone (``exchange/konversi.py``) on 100,000 rows of the 2023 Individu
layout, as calamine hands them over (numbers as float, dates as date, some text dates and
numbers written as text), without reading or writing any file.

    .venv/bin/python benchmarks/bench_konversi.py [--baris 100000] [--ulang 5]

Prints the fastest of ``--ulang`` runs in process time (the machine is shared: the fastest run
is the one least disturbed)."""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time

from kalbar_desktop.domain import kolom
from kalbar_desktop.exchange.konversi import PengubahBaris
from kalbar_desktop.exchange.reader import huruf_kolom
from kalbar_desktop.storage.impor import KOLOM_STAGE_ANGGOTA


def _baris(n: int) -> tuple[list[str], list[list]]:
    rng = random.Random(7)
    header = [h for h, _ in kolom.LAYOUT_2023_INDIVIDU]
    contoh = {
        "dimutakhirkan_tahun": lambda i: 2023.0,
        "kode_kemdagri": lambda i: f"61720{rng.randint(10, 99)}001",
        "desil": lambda i: float(rng.randint(1, 4)),
        "persentil": lambda i: float(rng.randint(1, 40)),
        "alamat": lambda i: "Jl. Merdeka",
        "prioritas_verval": lambda i: "NORMAL",
        "nama": lambda i: f"Nama {i}",
        "tanggal_lahir": lambda i: (dt.date(1950, 1, 1) + dt.timedelta(days=rng.randint(0, 25000))
                                    if i % 7 else f"{rng.randint(1, 28):02d}/0{rng.randint(1, 9)}"
                                    f"/19{rng.randint(50, 99)}"),
        "padan_dukcapil": lambda i: "PADAN",
        "jenis_kelamin": lambda i: rng.choice(("Laki-laki", "Perempuan")),
        "hubungan": lambda i: rng.choice(("Kepala Keluarga", "Istri/Suami", "Anak")),
        "status_kawin": lambda i: "Kawin",
        "pekerjaan": lambda i: "Petani",
        "status_pekerjaan": lambda i: "Berusaha Sendiri",
        "pendidikan": lambda i: "Tamat SD/Sederajat",
        "usia_2023": lambda i: float(rng.randint(0, 90)),
        "kelompok_usia_2023": lambda i: "USIA 19 - 59 TAHUN",
    }
    rows = []
    for i in range(n):
        idk = f"00617{i // 4:07d}"
        r = []
        for _, f in kolom.LAYOUT_2023_INDIVIDU:
            if f == "id_keluarga":
                r.append(idk)
            elif f == "id_individu":
                r.append(f"{idk}{i % 4 + 1:02d}")
            elif f == "nik":
                r.append(f"61720{rng.randint(10, 99)}0{rng.randint(1, 9)}80{i % 10000:04d}")
            elif f in contoh:
                r.append(contoh[f](i))
            else:
                r.append(rng.choice(("Ya", "Tidak")))
        rows.append(r)
    return header, rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--baris", type=int, default=100_000)
    ap.add_argument("--ulang", type=int, default=5)
    a = ap.parse_args()
    header, rows = _baris(a.baris)
    field = [f or None for _, f in kolom.LAYOUT_2023_INDIVIDU]
    keluar = list(KOLOM_STAGE_ANGGOTA)
    waktu = []
    for _ in range(a.ulang):
        ubah = PengubahBaris(header, field, kolom.KOLOM_INDIVIDU, keluar, {}, huruf_kolom)
        f = ubah.fungsi_baris_penuh()
        mulai = time.process_time()
        for nomor, r in enumerate(rows, start=2):
            f(r, nomor)
        waktu.append(time.process_time() - mulai)
    print(f"{a.baris} baris: tercepat {min(waktu):.3f} s proses, semua "
          + ", ".join(f"{w:.3f}" for w in waktu))


if __name__ == "__main__":
    main()
