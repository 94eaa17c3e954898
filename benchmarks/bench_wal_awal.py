"""The copy made at start-up before SQLite applies a left-over ``-wal`` journal, on a
100,000-family database (``storage/cadangan.amankan_sebelum_wal``, run by ``storage/db.buka``
when the first connection of a process opens a database for writing and a non-empty journal
waits beside it: a crash, a laptop switched off, a journal copied from another computer).

    .venv/bin/python -m benchmarks.bench_wal_awal [--db PATH] [--kali 5]

The database is the one ``benchmarks.bench_ui`` builds and caches (``kalbar-bench/ui-100000.db``
in the system temp folder; built here when missing). It is copied once (SQLite backup API) to
``kalbar-bench/wal-awal/kab.db``. Each run then, in fresh processes:

1. a writer opens the copy, saves one small change with automatic checkpoints off and is
   killed (SIGKILL): the database file plus a non-empty ``-wal``, as after a crash;
2. ``salin``: a fresh process calls ``amankan_sebelum_wal`` alone (holding the writer lock, as
   ``buka`` does): copy of the file in 8 MB pieces, quick check of the copy, fsync, rename;
3. the journal is left again (step 1) and ``buka``: a fresh process runs ``storage.db.buka``
   (the copy, then SQLite applying the journal, then the schema check) - what the window's
   start waits for.

Wall time and peak RSS (``VmHWM``) of the measuring process, medians over the runs; the backup
folder is emptied before each run (the copy lands in the rotating set). ``--dingin`` first drops
this one file from the system's page cache (``posix_fadvise(DONTNEED)``, nothing else is
touched), as after a reboot: the copy then reads from the disk.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]


def _rss_mb() -> float:
    for baris in Path("/proc/self/status").read_text().splitlines():
        if baris.startswith("VmHWM:"):
            return int(baris.split()[1]) / 1024
    return 0.0


def _beban() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def _anak(*args: str) -> dict:
    hasil = subprocess.run([sys.executable, "-m", "benchmarks.bench_wal_awal", *args],
                           capture_output=True, text=True, cwd=AKAR, check=False)
    if hasil.returncode != 0:
        raise SystemExit(hasil.stderr)
    return json.loads(hasil.stdout.strip().splitlines()[-1])


def tinggalkan_wal(path: Path) -> None:
    """Child: save a small change with checkpoints off, then die without closing."""
    from kalbar_desktop.storage import db as sdb

    db = sdb.buka(path)
    db.execute("PRAGMA wal_autocheckpoint = 0")
    with db.atomic():
        db.execute("CREATE TABLE IF NOT EXISTS bench_wal (n INTEGER)")
        db.execute("INSERT INTO bench_wal VALUES (?)", [time.time_ns()])
    os.kill(os.getpid(), signal.SIGKILL)


def ukur_salin(path: Path) -> None:
    from kalbar_desktop.storage import cadangan
    from kalbar_desktop.storage import kunci as skunci

    kunci = skunci.ambil(path)
    t = time.perf_counter()
    hasil = cadangan.amankan_sebelum_wal(path)
    detik = time.perf_counter() - t
    skunci.lepas(kunci)
    print(json.dumps({"detik": detik, "rss": _rss_mb(), "ok": hasil is not None}))


def ukur_buka(path: Path) -> None:
    from kalbar_desktop.storage import cadangan
    from kalbar_desktop.storage import db as sdb

    t = time.perf_counter()
    db = sdb.buka(path)
    detik = time.perf_counter() - t
    ada = any(c.alasan == cadangan.SEBELUM_WAL for c in cadangan.daftar(path))
    db.close()
    print(json.dumps({"detik": detik, "rss": _rss_mb(), "ok": ada}))


def _siapkan_wal(path: Path, dingin: bool) -> int:
    shutil.rmtree(path.with_name(path.stem + "-cadangan"), ignore_errors=True)
    subprocess.run([sys.executable, "-m", "benchmarks.bench_wal_awal", "--tinggalkan",
                    "--db", str(path)], cwd=AKAR, check=False, capture_output=True)
    ukuran = Path(f"{path}-wal").stat().st_size
    assert ukuran > 0, "tidak ada jurnal tertinggal"
    if dingin:
        os.sync()
        fd = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)
    return ukuran


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", type=Path, default=None, help="basis data 100.000 keluarga")
    p.add_argument("--kali", type=int, default=5)
    p.add_argument("--dingin", action="store_true",
                   help="baca dari disk: berkas ini dikeluarkan dari cache sistem tiap run")
    p.add_argument("--tinggalkan", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--ukur-salin", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--ukur-buka", action="store_true", help=argparse.SUPPRESS)
    arg = p.parse_args()
    if arg.tinggalkan:
        tinggalkan_wal(arg.db)
    if arg.ukur_salin:
        ukur_salin(arg.db)
        return
    if arg.ukur_buka:
        ukur_buka(arg.db)
        return

    folder = Path(tempfile.gettempdir()) / "kalbar-bench"
    sumber = arg.db or folder / "ui-100000.db"
    if not sumber.exists():
        from benchmarks.bench_ui import bangun

        bangun(sumber, 100_000)
    kerja = folder / "wal-awal" / "kab.db"
    kerja.parent.mkdir(parents=True, exist_ok=True)
    if not kerja.exists():
        import sqlite3

        asal = sqlite3.connect(f"{sumber.resolve().as_uri()}?mode=ro", uri=True)
        tujuan = sqlite3.connect(kerja)
        asal.backup(tujuan)
        tujuan.close()
        asal.close()
    from kalbar_desktop.storage import db as sdb

    with sdb.terbuka(kerja):  # schema up to date, journal folded in
        pass
    ukuran = kerja.stat().st_size
    print(f"basis data {kerja} {ukuran / 2**20:.0f} MB{'; cache dingin' if arg.dingin else ''}; "
          f"beban {_beban()}", flush=True)
    hasil: dict[str, list[dict]] = {"salin": [], "buka": []}
    for i in range(arg.kali):
        for jenis in ("salin", "buka"):
            wal = _siapkan_wal(kerja, arg.dingin)
            r = _anak(f"--ukur-{jenis}", "--db", str(kerja))
            assert r["ok"], r
            hasil[jenis].append(r)
            print(f"  run {i + 1} {jenis:<5} {r['detik']:6.2f} s  RSS {r['rss']:5.0f} MB  "
                  f"(-wal {wal / 1024:.0f} KB, beban {_beban()})", flush=True)
    for jenis, runs in hasil.items():
        detik = [r["detik"] for r in runs]
        rss = [r["rss"] for r in runs]
        print(f"{jenis:<5} median {statistics.median(detik):.2f} s "
              f"[{', '.join(f'{d:.2f}' for d in detik)}]; peak RSS median "
              f"{statistics.median(rss):.0f} MB (max {max(rss):.0f})", flush=True)


if __name__ == "__main__":
    main()
