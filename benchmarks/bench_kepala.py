"""The household table's head columns after new heads were chosen (corrections): a page of
rows and the sort by "Kepala Keluarga" / "NIK" on 100,000 families.

    .venv/bin/python -m benchmarks.bench_kepala [--db PATH] [--kali 7] [--koreksi 1000]

PATH is a copy of the ``bench_ui`` database (``kalbar-bench/ui-100000.db`` in the system temp
folder; build it first with ``python -m benchmarks.bench_ui``): the script works on its own
copy (``kalbar-bench/kepala-100000.db``), in which ``--koreksi`` families (spread evenly) get a
new head stored as corrections the way the form stores them (``koreksi_json``: name, NIK).
Each figure is the median over ``--kali`` runs (raw times in brackets), wall clock and the
process's CPU time (the machine's 2 cores are shared: the CPU figure is what an idle machine
would show):

* ``halaman``: one page of the table (``HouseholdModel.HALAMAN`` rows with the columns the
  model fetches, ``daftar.baris``) at random places of the ID order;
* ``urut kepala``/``urut NIK``: the list in head-name / head-NIK order, ascending and
  descending (``daftar.daftar_id``), and the first page of it.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path


def _ukur(nama: str, kerja, kali: int) -> None:
    dinding, cpu = [], []
    for _ in range(kali):
        t0, c0 = time.perf_counter(), time.process_time()
        kerja()
        dinding.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    mentah = ", ".join(f"{w * 1000:.1f}" for w in dinding)
    print(f"{nama:<28} {statistics.median(dinding) * 1000:7.1f} ms  "
          f"cpu {statistics.median(cpu) * 1000:7.1f} ms  [{mentah}]", flush=True)


def siapkan(sumber: Path, tujuan: Path, koreksi: int) -> None:
    """Copy the benchmark database and give ``koreksi`` families a new head."""
    from kalbar_desktop.storage import db as sdb

    shutil.copyfile(sumber, tujuan)
    with sdb.terbuka(tujuan) as db:
        n = db.execute("SELECT count(*) FROM keluarga").fetchone()[0]
        langkah = max(1, n // max(1, koreksi))
        with db.atomic():
            for i, (idk, nik) in enumerate(db.execute(
                    "SELECT id_keluarga, nik_kepala FROM keluarga WHERE rowid % ? = 0",
                    [langkah]).fetchall()):
                db.execute("UPDATE verifikasi_keluarga SET koreksi_json = ? "
                           "WHERE id_keluarga = ?",
                           [json.dumps({"nama_kepala": f"Kepala Baru {i:05d}",
                                        "nik_kepala": (nik or "6100000000000000")[:-4]
                                        + f"{i % 10000:04d}"}), idk])


def main() -> None:
    from kalbar_desktop.storage import daftar
    from kalbar_desktop.storage import db as sdb
    from kalbar_desktop.ui.household_model import HouseholdModel

    folder = Path(tempfile.gettempdir()) / "kalbar-bench"
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, default=folder / "ui-100000.db")
    ap.add_argument("--kali", type=int, default=7)
    ap.add_argument("--koreksi", type=int, default=1000)
    a = ap.parse_args()
    salinan = folder / "kepala-100000.db"
    if not salinan.exists():
        siapkan(a.db, salinan, a.koreksi)
    with sdb.terbuka(salinan, baca_saja=True) as db:
        n, k = db.execute("SELECT count(*), total(json_extract(koreksi_json, '$.nama_kepala') "
                          "IS NOT NULL) FROM verifikasi_keluarga").fetchone()
        print(f"{n} keluarga, {int(k)} dengan kepala baru (koreksi)")
        saring = daftar.Saring()
        semua = daftar.daftar_id(db, saring)
        rng = random.Random(1)
        kolom = HouseholdModel._AMBIL
        hal = HouseholdModel.HALAMAN

        def halaman() -> None:
            awal = rng.randrange(0, len(semua) - hal)
            daftar.baris(db, semua[awal:awal + hal], kolom)

        _ukur("halaman (200 baris)", halaman, a.kali * 5)
        for urut in ("nama_kepala", "nik_kepala"):
            for turun in (False, True):
                def kerja(urut=urut, turun=turun) -> None:
                    ids = daftar.daftar_id(db, saring, urut, turun)
                    daftar.baris(db, ids[:hal], kolom)
                _ukur(f"urut {urut} {'turun' if turun else 'naik'}", kerja, a.kali)


if __name__ == "__main__":
    main()
