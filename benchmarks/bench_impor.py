"""Benchmark of the P3KE import (issue 3).

Generates 100,000 families / about 400,000 people in the 2023 layout with the demo generator,
then, in the same run and each in a fresh process (so peak RSS belongs to that measurement):

* ``calamine``: python-calamine alone reading both files, every row into Python;
* ``impor``: our full import into an empty database (staging, merge, rules, audit);
* ``cek``: the whole-database quality check ``storage.temuan.hitung_ulang_semua``.

Each measurement runs ``--runs`` times (default 3); the median wall time and the largest peak
RSS are reported. Run from the repository root::

    .venv/bin/python -m benchmarks.bench_impor --keluarga 100000 --runs 3 [--dir D --pakai-ulang]
        [--bandingkan FOLDER]

``--bandingkan FOLDER`` also runs the import of another checkout of the repository (e.g. an
older commit unpacked with ``git archive``) in the same alternation, as ``impor_lain``: a
before/after comparison under the same load.

Targets (issue 3): import <= 1.5 x calamine-alone, peak RSS <= 1 GB, quality check <= 10 s.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _calamine(berkas: list[str]) -> dict:
    import python_calamine

    mulai = time.perf_counter()
    n = 0
    for b in berkas:
        wb = python_calamine.CalamineWorkbook.from_path(b)
        for nama in wb.sheet_names:
            for baris in wb.get_sheet_by_name(nama).iter_rows():
                n += len(baris)
    return {"detik": time.perf_counter() - mulai, "sel": n}


def _impor(berkas: list[str], db_path: str) -> dict:
    from kalbar_desktop.exchange import impor_p3ke
    from kalbar_desktop.storage import db as sdb

    db = sdb.buka(db_path)
    mulai = time.perf_counter()
    hasil = impor_p3ke.impor(db, berkas, pengguna="benchmark")
    detik = time.perf_counter() - mulai
    db.close()
    return {"detik": detik, "keluarga": hasil.ringkasan.jumlah_keluarga,
            "anggota": hasil.ringkasan.jumlah_anggota, "temuan": hasil.jumlah_temuan}


def _cek(db_path: str) -> dict:
    from kalbar_desktop.storage import db as sdb
    from kalbar_desktop.storage import temuan

    db = sdb.buka(db_path)
    mulai = time.perf_counter()
    n = temuan.hitung_ulang_semua(db)
    detik = time.perf_counter() - mulai
    db.close()
    return {"detik": detik, "temuan": n}


def _anak(argv: list[str]) -> None:
    """Run one measurement in this process and print it as JSON."""
    jenis, *sisa = argv
    if jenis == "calamine":
        hasil = _calamine(sisa)
    elif jenis == "impor":
        hasil = _impor(sisa[1:], sisa[0])
    else:
        hasil = _cek(sisa[0])
    hasil["rss_mb"] = _rss_mb()
    pakai = resource.getrusage(resource.RUSAGE_SELF)
    hasil["cpu_s"] = pakai.ru_utime + pakai.ru_stime  # whole process, start-up included
    print(json.dumps(hasil))


def _jalankan(*argv: str, cwd: str | None = None) -> dict:
    keluaran = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_impor", "--anak", *argv],
        check=True, capture_output=True, text=True, cwd=cwd).stdout
    return json.loads(keluaran.strip().splitlines()[-1])


def _ringkas(nama: str, daftar: list[dict]) -> dict:
    detik = [d["detik"] for d in daftar]
    cpu = [d["cpu_s"] for d in daftar]
    hasil = {"median_s": statistics.median(detik), "runs_s": [round(d, 2) for d in detik],
             "median_cpu_s": statistics.median(cpu), "cpu_s": [round(c, 1) for c in cpu],
             "peak_rss_mb": max(d["rss_mb"] for d in daftar)}
    print(f"{nama:<10} median {hasil['median_s']:.2f} s  runs {hasil['runs_s']}  "
          f"CPU median {hasil['median_cpu_s']:.1f} s {hasil['cpu_s']}  "
          f"peak RSS {hasil['peak_rss_mb']:.0f} MB", flush=True)
    return hasil


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--anak":
        _anak(sys.argv[2:])
        return
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--keluarga", type=int, default=100_000)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--dir", default=None, help="Folder kerja (bawaan: folder sementara).")
    p.add_argument("--pakai-ulang", action="store_true",
                   help="Pakai berkas demo yang sudah ada di --dir (dibuat oleh run sebelumnya "
                        "dengan --keluarga yang sama).")
    p.add_argument("--bandingkan", default=None,
                   help="Folder checkout lain (mis. commit lama dari git archive): impornya ikut "
                        "diukur bergantian sebagai impor_lain.")
    a = p.parse_args()

    from kalbar_desktop.exchange import demo

    kerja = Path(a.dir or tempfile.mkdtemp(prefix="bench-impor-"))
    kerja.mkdir(parents=True, exist_ok=True)
    tanda = kerja / f"demo-{a.keluarga}.json"
    if a.pakai_ulang and tanda.exists():
        berkas = json.loads(tanda.read_text())
        print("reusing " + ", ".join(Path(b).name for b in berkas), flush=True)
    else:
        mulai = time.perf_counter()
        berkas = [str(b) for b in demo.tulis(kerja, demo.OpsiDemo(
            keluarga=a.keluarga, tata_letak="2023", seed=11, cacat=0.01, rata_anggota=4.5))]
        tanda.write_text(json.dumps(berkas))
        print(f"generated {a.keluarga} families in {time.perf_counter() - mulai:.1f} s: "
              + ", ".join(f"{Path(b).name} {os.path.getsize(b) / 1e6:.1f} MB" for b in berkas),
              flush=True)
    print(f"load average before: {os.getloadavg()}", flush=True)

    # calamine and the import alternate, so that both see the same share of a busy machine
    def db_baru(nama: str) -> str:
        db_path = str(kerja / f"{nama}.db")
        for akhiran in ("", "-wal", "-shm", "-kunci"):
            Path(db_path + akhiran).unlink(missing_ok=True)
        shutil.rmtree(kerja / f"{nama}-cadangan", ignore_errors=True)
        return db_path

    lain_dir = str(Path(a.bandingkan).resolve()) if a.bandingkan else None
    cal, imp, lain = [], [], []
    for i in range(a.runs):
        cal.append(_jalankan("calamine", *berkas))
        if lain_dir:
            lain.append(_jalankan("impor", db_baru(f"lain{i}"), *berkas, cwd=lain_dir))
        imp.append(_jalankan("impor", db_baru(f"impor{i}"), *berkas))
        print(f"round {i + 1}: calamine {cal[-1]['detik']:.1f} s, impor {imp[-1]['detik']:.1f} s"
              + (f", impor_lain {lain[-1]['detik']:.1f} s" if lain else "")
              + f"; load average {os.getloadavg()[0]:.2f}", flush=True)
    print(f"imported {imp[0]['keluarga']} families, {imp[0]['anggota']} people, "
          f"{imp[0]['temuan']} findings"
          + (f" (impor_lain: {lain[0]['temuan']} findings)" if lain else ""), flush=True)
    cek = [_jalankan("cek", str(kerja / "impor0.db")) for _ in range(a.runs)]

    if lain:
        r_lain = _ringkas("impor_lain", lain)
    r_cal, r_imp, r_cek = _ringkas("calamine", cal), _ringkas("impor", imp), _ringkas("cek", cek)
    if lain:
        print(f"impor_lain / calamine = {r_lain['median_s'] / r_cal['median_s']:.2f} wall, "
              f"{r_lain['median_cpu_s'] / r_cal['median_cpu_s']:.2f} CPU")
    rasio = r_imp["median_s"] / r_cal["median_s"]
    print(f"load average after: {os.getloadavg()}")
    print(f"CPU-time ratio impor / calamine = {r_imp['median_cpu_s'] / r_cal['median_cpu_s']:.2f}"
          " (less sensitive to other programs on the machine than wall time)")
    print(f"ratio impor / calamine = {rasio:.2f} (target <= 1.5); impor peak "
          f"{r_imp['peak_rss_mb']:.0f} MB (target <= 1024); cek {r_cek['median_s']:.2f} s "
          f"(target <= 10)")
    if not a.dir:
        shutil.rmtree(kerja, ignore_errors=True)


if __name__ == "__main__":
    main()
