"""What a cancellable quick check costs: ``storage/periksa.periksa_berkas(cepat=True)`` without
and with ``batal`` (SQLite's progress handler asking the cancel flag every
``periksa.LANGKAH_BATAL`` steps: the start-up copy before a left-over ``-wal`` checks its copy
that way, so its Batal stops the check at once), and how soon Batal takes effect.

    .venv/bin/python -m benchmarks.bench_periksa_batal [--db PATH] [--kali 5]

The database is a private copy (SQLite backup API, in ``kalbar-bench/periksa-batal/`` of the
system temp folder) of ``--db`` or of the 100,000-family database ``benchmarks.bench_ui``
builds and caches (``kalbar-bench/ui-100000.db``; built when missing). The two kinds of run
alternate, each in the same process after one warm-up check (the file in the page cache);
wall time medians. "Batal" sets the flag from another thread 0.5 s into a check and measures
the time until the check returned.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
from pathlib import Path


def _beban() -> str:
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", type=Path, default=None, help="basis data besar (bawaan: bench_ui)")
    p.add_argument("--kali", type=int, default=5)
    arg = p.parse_args()

    from kalbar_desktop.storage import periksa

    folder = Path(tempfile.gettempdir()) / "kalbar-bench"
    sumber = arg.db or folder / "ui-100000.db"
    if not sumber.exists():
        from benchmarks.bench_ui import bangun

        bangun(sumber, 100_000)
    kerja = folder / "periksa-batal" / "kab.db"
    kerja.parent.mkdir(parents=True, exist_ok=True)
    if not kerja.exists():
        import sqlite3

        asal = sqlite3.connect(f"{sumber.resolve().as_uri()}?mode=ro", uri=True)
        tujuan = sqlite3.connect(kerja)
        asal.backup(tujuan)
        tujuan.close()
        asal.close()
    print(f"{kerja} ({kerja.stat().st_size // 2**20} MB), beban {_beban()}")
    assert periksa.periksa_berkas(kerja, cepat=True).sehat  # warm-up

    polos, dengan, batal_s = [], [], []
    for _ in range(arg.kali):
        t = time.perf_counter()
        assert periksa.periksa_berkas(kerja, cepat=True).sehat
        polos.append(time.perf_counter() - t)
        t = time.perf_counter()
        assert periksa.periksa_berkas(kerja, cepat=True, batal=lambda: False).sehat
        dengan.append(time.perf_counter() - t)
        bendera = threading.Event()
        ditekan: list[float] = []

        def tekan(bendera=bendera, ditekan=ditekan) -> None:
            time.sleep(0.5)
            ditekan.append(time.perf_counter())
            bendera.set()

        threading.Thread(target=tekan).start()
        periksa.periksa_berkas(kerja, cepat=True, batal=bendera.is_set)
        akhir = time.perf_counter()
        batal_s.append(akhir - ditekan[0] if ditekan else float("nan"))
    for nama, xs in (("tanpa batal", polos), ("dengan batal (bendera tidak diset)", dengan),
                     ("Batal setelah 0,5 s -> kembali dalam", batal_s)):
        print(f"{nama}: median {statistics.median(xs):.3f} s  ("
              + ", ".join(f"{x:.3f}" for x in xs) + ")")
    print(f"beban akhir {_beban()}")


if __name__ == "__main__":
    main()
