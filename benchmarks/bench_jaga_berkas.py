"""What the window's guard against a database file that went away costs on the household
table's hot path (``BasisData.jaga_berkas``: a ``stat`` of the path before each statement, the
SQLite header before each write transaction, the audit fingerprint after one; and, for bytes
copied into the same file, ``storage/isi_berkas``: the sample of the file read before each
commit and recorded after it, by every connection that writes).

    .venv/bin/python -m benchmarks.bench_jaga_berkas [--keluarga 100000] [--kali 7] [--db PATH]

PATH is the ``bench_ui`` database (``kalbar-bench/ui-<n>.db`` in the system temp folder, built
with the same recipe when missing). The connection is opened for writing, like the window's;
each figure is measured with the guard off and on, in alternating runs, median over ``--kali``
runs (raw times in brackets), wall clock and the process's CPU time:

* ``SELECT 1``: 2,000 trivial statements (the guard's own cost per statement);
* ``halaman``: one page of the household table (``HouseholdModel.HALAMAN`` rows with the
  columns the model fetches, ``daftar.baris``) at random places of the ID order, 15 pages a run;
* ``transaksi tulis``: an empty write transaction on a temporary table (``db.atomic()``: the
  header check before it and, with the guard, the file check before the commit and the audit
  fingerprint after it; guarded or not, the file's record after it), 200 a run.

Run it on a checkout before and after a change of the guard; the guard's cost is the
difference of the two columns.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from pathlib import Path


def _ukur(kerja, kali: int, db, jaga: bool) -> tuple[list[float], list[float]]:
    dinding, cpu = [], []
    for _ in range(kali):
        db.jaga_berkas = jaga
        t0, c0 = time.perf_counter(), time.process_time()
        kerja()
        dinding.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    db.jaga_berkas = False
    return dinding, cpu


def _tulis(nama: str, hasil: dict[bool, tuple[list[float], list[float]]], per: int,
           satuan: str) -> None:
    faktor = 1e6 if satuan == "us" else 1e3
    bagian = []
    for jaga in (False, True):
        dinding, cpu = hasil[jaga]
        mentah = ", ".join(f"{w / per * faktor:.2f}" for w in dinding)
        bagian.append(f"{'dengan' if jaga else 'tanpa'} penjaga "
                      f"{statistics.median(dinding) / per * faktor:7.2f} {satuan} "
                      f"(cpu {statistics.median(cpu) / per * faktor:.2f}) [{mentah}]")
    print(f"{nama:<18} " + "; ".join(bagian), flush=True)


def main() -> None:
    from kalbar_desktop.storage import daftar
    from kalbar_desktop.storage import db as sdb
    from kalbar_desktop.ui.household_model import HouseholdModel

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keluarga", type=int, default=100_000)
    ap.add_argument("--kali", type=int, default=7)
    ap.add_argument("--db", type=Path, default=None)
    a = ap.parse_args()
    path = a.db or Path(tempfile.gettempdir()) / "kalbar-bench" / f"ui-{a.keluarga}.db"
    if not path.exists():
        from benchmarks.bench_ui import bangun

        path.parent.mkdir(parents=True, exist_ok=True)
        bangun(path, a.keluarga)
    db = sdb.buka(path, migrasi=False)
    try:
        semua = daftar.daftar_id(db, daftar.Saring())
        print(f"{len(semua)} keluarga; {path}; beban {os.getloadavg()[0]:.2f}", flush=True)
        rng = random.Random(1)
        hal = HouseholdModel.HALAMAN

        def select_1() -> None:
            for _ in range(2000):
                db.execute("SELECT 1").fetchone()

        def halaman() -> None:
            for _ in range(15):
                awal = rng.randrange(0, len(semua) - hal)
                daftar.baris(db, semua[awal:awal + hal], HouseholdModel._AMBIL)

        db.execute("CREATE TEMP TABLE bench_jaga (x INTEGER)")

        def transaksi() -> None:
            for i in range(200):
                with db.atomic():
                    db.execute("INSERT INTO bench_jaga VALUES (?)", [i])

        for nama, kerja, per, satuan in (("SELECT 1", select_1, 2000, "us"),
                                         ("halaman (200)", halaman, 15, "ms"),
                                         ("transaksi tulis", transaksi, 200, "us")):
            kerja()  # warm
            hasil: dict[bool, tuple[list[float], list[float]]] = {False: ([], []),
                                                                   True: ([], [])}
            for _ in range(a.kali):  # alternating, so that load changes hit both alike
                for jaga in (False, True):
                    d, c = _ukur(kerja, 1, db, jaga)
                    hasil[jaga][0].extend(d)
                    hasil[jaga][1].extend(c)
            _tulis(nama, hasil, per, satuan)
        print(f"beban {os.getloadavg()[0]:.2f}", flush=True)
    finally:
        db.close()


if __name__ == "__main__":
    main()
