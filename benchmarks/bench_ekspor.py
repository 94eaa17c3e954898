"""Speed and memory of the provincial workbook export (issue 5).

    .venv/bin/python -m benchmarks.bench_ekspor [--db PATH] [--runs 3] [--keluarga 100000]

The database (100,000 families, about 400,000 people, demo data in the 2023 layout) is built
once at ``--db`` (default ``/tmp/kalbar-bench/ekspor_100k.db``) with the same demo generator and
importer the users have, and reused by later runs.

Three cases, each run in its own fresh process ``--runs`` times (median and all runs printed,
wall time and the process's CPU time (user + system) over the same span, peak RSS = the
process's ``VmHWM``; CPU time is less disturbed by other work on a shared machine):

* ``nama``: our export with both by-name sheets and full NIK (Rekap, Data Keluarga,
  Data Anggota, Keterangan): SQL, conversion, SHA-256, data validation, the temp-file-then-replace.
* ``dasar``: xlsxwriter in constant_memory mode alone writing the same cells: the cells our
  writer produces are recorded first (not timed), then replayed into a fresh workbook with the
  same ``write_string``/``write_number``/``write_datetime`` calls and formats; the time covers
  the writing and ``close()`` only.
* ``rekap``: a recap-only export of the same database.

Targets: ``nama`` <= 1.3 x ``dasar``; ``nama`` peak RSS <= 500 MB; ``rekap`` <= 5 s.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BAWAAN_DB = Path(tempfile.gettempdir()) / "kalbar-bench" / "ekspor_100k.db"


def _rss_mb() -> float:
    """Peak resident memory of this process. ``VmHWM`` is reset by exec; ``ru_maxrss`` is not
    (a child started by a big parent would report the parent's peak)."""
    try:
        for baris in Path("/proc/self/status").read_text().splitlines():
            if baris.startswith("VmHWM:"):
                return int(baris.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def siapkan(db_path: Path, keluarga: int) -> None:
    """Build the benchmark database when it is missing."""
    from kalbar_desktop.exchange import demo, impor_p3ke
    from kalbar_desktop.storage import db as sdb

    if db_path.exists():
        return
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kalbar-bench-") as tmp:
        t = time.perf_counter()
        berkas = demo.tulis(tmp, demo.OpsiDemo(keluarga=keluarga, tata_letak="2023", seed=11,
                                               cacat=0.01, rata_anggota=4.5))
        sementara = db_path.with_suffix(".sementara")
        sementara.unlink(missing_ok=True)
        with sdb.terbuka(sementara) as db:
            impor_p3ke.impor(db, berkas, pengguna="bench")
        sementara.rename(db_path)
        print(f"basis data dibuat dalam {time.perf_counter() - t:.0f} s: {db_path}", flush=True)


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _pengguna():
    from kalbar_desktop.domain.akses import Pengguna, Peran

    return Pengguna("bench", Peran.VERIFIKATOR)


def kasus_nama(db_path: Path, out: Path) -> dict:
    from kalbar_desktop.exchange import ekspor
    from kalbar_desktop.storage import db as sdb

    with sdb.terbuka(db_path) as db:
        t, c = time.perf_counter(), _cpu()
        hasil = ekspor.ekspor(db, ekspor.OpsiEkspor(out, dengan_nama=True, nik_penuh=True,
                                                    alasan="benchmark"), _pengguna())
        waktu, cpu = time.perf_counter() - t, _cpu() - c
    return {"detik": waktu, "cpu": cpu, "baris": hasil.jumlah_baris,
            "mb_berkas": out.stat().st_size / 1e6}


def kasus_rekap(db_path: Path, out: Path) -> dict:
    from kalbar_desktop.exchange import ekspor
    from kalbar_desktop.storage import db as sdb

    with sdb.terbuka(db_path) as db:
        t, c = time.perf_counter(), _cpu()
        hasil = ekspor.ekspor(db, ekspor.OpsiEkspor(out), _pengguna())
        waktu, cpu = time.perf_counter() - t, _cpu() - c
    return {"detik": waktu, "cpu": cpu, "baris": hasil.jumlah_baris}


class _Rekam:
    """A stand-in worksheet that records the cell writes (every other call is ignored)."""

    def __init__(self) -> None:
        self.sel: list[tuple] = []

    def write_string(self, r, c, v, f=None):
        self.sel.append((0, r, c, v, f))

    def write_number(self, r, c, v, f=None):
        self.sel.append((1, r, c, v, f))

    def write_datetime(self, r, c, v, f=None):
        self.sel.append((2, r, c, v, f))

    def __getattr__(self, nama):
        return lambda *a, **k: None


def kasus_dasar(db_path: Path, out: Path) -> dict:
    import hashlib

    from kalbar_desktop.exchange import ekspor
    from kalbar_desktop.storage import db as sdb
    from kalbar_desktop.storage import ekspor as sekspor

    with tempfile.TemporaryDirectory(prefix="kalbar-bench-") as tmp:
        penulis = ekspor._Penulis(out, tmp)
        lembar = []
        with sdb.terbuka(db_path) as db:
            lingkup = sekspor.Lingkup()
            for nama, kolom, baris in (
                    ("Data Keluarga", ekspor.kolom_data_keluarga(), sekspor.keluarga(db, lingkup)),
                    ("Data Anggota", ekspor.kolom_data_anggota(), sekspor.anggota(db, lingkup))):
                rekam = _Rekam()
                penulis.data(rekam, kolom, baris, hashlib.sha256(), True, lambda r: None)
                lembar.append((nama, kolom, rekam.sel))
        jumlah_sel = sum(len(s) for _, _, s in lembar)
        # The recorded cells are millions of objects: keep the cyclic garbage collector from
        # walking them again and again while the writer allocates (our export holds no such
        # list, so this keeps the comparison fair).
        gc.collect()
        gc.freeze()
        t, c = time.perf_counter(), _cpu()
        for nama, kolom, sel in lembar:
            ws = penulis.wb.add_worksheet(nama)
            for c, k in enumerate(kolom):
                ws.set_column(c, c, k.lebar)
            tulis = (ws.write_string, ws.write_number, ws.write_datetime)
            for jenis, r, c, v, f in sel:
                tulis[jenis](r, c, v, f)
        penulis.wb.close()
        waktu, cpu = time.perf_counter() - t, _cpu() - c
    return {"detik": waktu, "cpu": cpu, "sel": jumlah_sel, "mb_berkas": out.stat().st_size / 1e6}


KASUS = {"nama": kasus_nama, "dasar": kasus_dasar, "rekap": kasus_rekap}


def anak(kasus: str, db_path: Path) -> None:
    """One measurement in this (fresh) process; prints one JSON line."""
    with tempfile.TemporaryDirectory(prefix="kalbar-bench-out-") as tmp:
        hasil = KASUS[kasus](db_path, Path(tmp) / f"{kasus}.xlsx")
    hasil["rss_mb"] = _rss_mb()
    print(json.dumps(hasil))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", type=Path, default=BAWAAN_DB)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--keluarga", type=int, default=100_000)
    p.add_argument("--kasus", choices=list(KASUS), nargs="*", default=["rekap", "dasar", "nama"])
    p.add_argument("--anak", choices=list(KASUS), help=argparse.SUPPRESS)
    a = p.parse_args()
    if a.anak:
        anak(a.anak, a.db)
        return
    siapkan(a.db, a.keluarga)
    hasil: dict[str, list[dict]] = {}
    for _ in range(a.runs):
        for kasus in a.kasus:
            keluaran = subprocess.run(
                [sys.executable, "-m", "benchmarks.bench_ekspor", "--db", str(a.db),
                 "--anak", kasus], check=True, capture_output=True, text=True).stdout
            r = json.loads(keluaran.strip().splitlines()[-1])
            hasil.setdefault(kasus, []).append(r)
            print(kasus, json.dumps(r), flush=True)
    print()
    median, median_cpu = {}, {}
    for kasus, daftar in hasil.items():
        detik = [r["detik"] for r in daftar]
        cpu = [r["cpu"] for r in daftar]
        median[kasus] = statistics.median(detik)
        median_cpu[kasus] = statistics.median(cpu)
        print(f"{kasus:6s} median {median[kasus]:7.2f} s  runs "
              f"{', '.join(f'{d:.2f}' for d in detik)}  CPU median {median_cpu[kasus]:.2f} s "
              f"(runs {', '.join(f'{d:.2f}' for d in cpu)})  peak RSS "
              f"{max(r['rss_mb'] for r in daftar):.0f} MB")
    if "nama" in median and "dasar" in median:
        print(f"rasio nama/dasar = {median['nama'] / median['dasar']:.2f} wall, "
              f"{median_cpu['nama'] / median_cpu['dasar']:.2f} CPU (target <= 1.3)")
        rasio = [n["detik"] / d["detik"] for n, d in zip(hasil["nama"], hasil["dasar"],
                                                          strict=False)]
        print(f"rasio per putaran (wall): {', '.join(f'{r:.2f}' for r in rasio)}")


if __name__ == "__main__":
    main()
