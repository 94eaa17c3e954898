"""A one- or two-digit search in the household table on 100,000 families, after the search
follows the corrected head's NIK (task kembalikan2).

    .venv/bin/python -m benchmarks.bench_cari_pendek [--db out/bench/setujui-100000.db] [--runs 5]

Works on a copy of the database ``bench_setujui`` builds (run that first), in which 500
families get a new head's NIK as a correction (what "Jadikan kepala keluarga" stores). Times
:func:`storage.daftar.daftar_id` (the row ids the table shows) for short searches, sorted by
ID (read through ``keluarga``) and by Persetujuan (read through ``verifikasi_keluarga``), with
the current condition and with the previous one (the P3KE head's NIK only), medians over
``--runs`` (raw in brackets).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import tempfile
import time
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]


def _syarat_lama(asli):
    """The previous short-number condition: ID, No KK or the P3KE head's NIK."""
    from kalbar_desktop.storage import cari

    def syarat(teks: str, alias: str = "k", rowid: str | None = None):
        nama, nomor = cari.kata_kunci(teks)
        if nama or any(len(n) >= cari.MIN_NOMOR for n in nomor):
            return asli(teks, alias, rowid)
        bagian, params = [], []
        for n in nomor:
            bagian.append(f"({alias}.id_keluarga GLOB ? OR {alias}.no_kk GLOB ? "
                          f"OR {alias}.nik_kepala GLOB ?)")
            params.extend([re.sub(r"([*?\[])", r"[\1]", n) + "*"] * 3)
        return " AND ".join(bagian), params

    return syarat


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--db", type=Path, default=AKAR / "out" / "bench" / "setujui-100000.db")
    p.add_argument("--runs", type=int, default=5)
    a = p.parse_args()
    from kalbar_desktop.storage import cari, daftar
    from kalbar_desktop.storage import db as sdb

    with tempfile.TemporaryDirectory(dir=a.db.parent) as tmp:
        salinan = Path(tmp) / "cari.db"
        shutil.copyfile(a.db, salinan)
        with sdb.terbuka(salinan, migrasi=False) as db:
            with db.atomic():
                ids = [b[0] for b in db.execute(
                    "SELECT id_keluarga FROM keluarga ORDER BY id_keluarga LIMIT 500")]
                for i, idk in enumerate(ids):
                    db.execute("UPDATE verifikasi_keluarga SET koreksi_json = ? "
                               "WHERE id_keluarga = ?",
                               [json.dumps({"nik_kepala": f"6271{i:012d}"}), idk])
            asli = cari.syarat
            for versi, fungsi in (("sekarang", asli), ("sebelumnya", _syarat_lama(asli))):
                cari.syarat = fungsi
                for teks in ("6", "62", "61"):
                    for urut in ("id_keluarga", "persetujuan"):
                        waktu, n = [], 0
                        for _ in range(a.runs):
                            t = time.perf_counter()
                            n = len(daftar.daftar_id(db, daftar.Saring(cari=teks), urut))
                            waktu.append(time.perf_counter() - t)
                        print(f"{versi:<10} cari {teks!r:<5} urut {urut:<12} {n:>7,} keluarga "
                              f"{statistics.median(waktu) * 1000:7.1f} ms   "
                              f"[{', '.join(f'{x * 1000:.0f}' for x in waktu)}]")
            cari.syarat = asli
    print(f"beban {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
