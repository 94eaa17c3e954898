"""Benchmark of the safety features (issue 6) on a district-sized database.

Builds (once, cached in ``--folder``) a database of ``--keluarga`` demo families (100,000 gives
about 400,000 people) with some audit rows, then measures, each run in a fresh process (so the
peak RSS belongs to that measurement):

* ``cadangan``: a backup with SQLite's online backup API (what runs before every import and at
  exit after a change), with the file size;
* ``cek_cepat``: the quick check the window runs at start (``quick_check`` + audit seal);
* ``cek_lengkap``: ``kalbar-desktop check`` (``integrity_check``, foreign keys, whole audit
  chain, schema);
* ``pulihkan``: a restore (check of the backup, copy of the current database, copy back);
* ``argon2``: hashing and verifying one password (sign-in and unlocking cost);
* ``sel``: the import's hostile-cell check over every row of the individual workbook (what it
  adds to an import), and ``luas``: the workbook-size check on the same file.

Run from the repository root::

    .venv/bin/python -m benchmarks.bench_keamanan --keluarga 100000 --runs 3
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
import time
from pathlib import Path


def _rss_mb() -> float:
    """Peak RSS of this process. ``ru_maxrss`` would include the parent's peak at fork time
    (Linux keeps it across exec), so the kernel's own high-water mark is read when it can be."""
    try:
        for baris in Path("/proc/self/status").read_text().splitlines():
            if baris.startswith("VmHWM:"):
                return int(baris.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _siapkan(folder: Path, keluarga: int) -> tuple[Path, list[Path]]:
    from kalbar_desktop.domain.akses import Pengguna, Peran
    from kalbar_desktop.domain.status import Verifikasi
    from kalbar_desktop.exchange import demo, impor_p3ke
    from kalbar_desktop.storage import db as sdb
    from kalbar_desktop.storage import verifikasi as sv

    folder.mkdir(parents=True, exist_ok=True)
    berkas = sorted((folder / "demo").glob("*.xlsx"))
    if len(berkas) != 2:
        berkas = demo.tulis(folder / "demo", demo.OpsiDemo(keluarga=keluarga, seed=5))
    path = folder / "kab.db"
    if not path.exists():
        sementara = folder / "kab-sedang-dibuat.db"
        with sdb.terbuka(sementara) as db:
            impor_p3ke.impor(db, berkas, pengguna="benchmark", sebelum_menulis=lambda _d: None)
            budi = Pengguna("budi", Peran.VERIFIKATOR)
            ids = [r[0] for r in db.execute(
                "SELECT id_keluarga FROM keluarga ORDER BY id_keluarga LIMIT 2000")]
            for idk in ids:  # about 8,000 audit rows of verification work
                sv.simpan(db, idk, budi, Verifikasi(
                    status_verifikasi="DITEMUKAN", kelayakan="LAYAK",
                    tanggal_kunjungan="2026-11-20", nama_verifikator="Budi",
                    catatan="kunjungan"), 0)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.rmtree(folder / "kab-sedang-dibuat-cadangan", ignore_errors=True)
        sementara.rename(path)
    return path, list(berkas)


def _ukur(jenis: str, path: Path, berkas: list[Path], kerja: Path) -> dict:
    from kalbar_desktop.storage import cadangan, periksa
    from kalbar_desktop.storage import db as sdb

    if jenis == "cadangan":
        with sdb.terbuka(path) as db:
            mulai = time.perf_counter()
            hasil = cadangan.cadangkan(db, kerja / "salinan.db")
            detik = time.perf_counter() - mulai
        return {"detik": detik, "mb": hasil.stat().st_size / 1e6}
    if jenis in ("cek_cepat", "cek_lengkap"):
        mulai = time.perf_counter()
        h = periksa.periksa_berkas(path, cepat=jenis == "cek_cepat")
        return {"detik": time.perf_counter() - mulai, "sehat": h.sehat}
    if jenis == "pulihkan":
        salinan = kerja / "kab.db"
        shutil.copyfile(path, salinan)
        with sdb.terbuka(salinan) as db:
            cadangan.cadangkan(db, kerja / "b.db")
        mulai = time.perf_counter()
        cadangan.pulihkan(salinan, kerja / "b.db", pengguna="benchmark")
        return {"detik": time.perf_counter() - mulai}
    if jenis == "argon2":
        from kalbar_desktop.storage.pengguna import _HASHER

        mulai = time.perf_counter()
        h = _HASHER.hash("Sungai-Kapuas-77")
        tengah = time.perf_counter()
        _HASHER.verify(h, "Sungai-Kapuas-77")
        return {"detik": tengah - mulai, "verifikasi_detik": time.perf_counter() - tengah}
    if jenis in ("sel", "luas"):
        from kalbar_desktop.exchange import reader
        from kalbar_desktop.exchange.impor_p3ke import _periksa_sel

        individu = next(b for b in berkas if "Individu" in b.name)
        if jenis == "luas":
            mulai = time.perf_counter()
            reader._periksa_luas_berkas(individu)
            return {"detik": time.perf_counter() - mulai}
        baris = [list(s) for lb in reader.buka_lembar(individu) for _n, s in lb.baris()]
        mulai = time.perf_counter()
        n = sum(1 for s in baris if _periksa_sel(s) is not None)
        return {"detik": time.perf_counter() - mulai, "baris": len(baris), "ditolak": n}
    raise SystemExit(jenis)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--keluarga", type=int, default=100_000)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--folder", type=Path, default=Path("out/bench-keamanan"))
    p.add_argument("--anak", nargs="*", help=argparse.SUPPRESS)
    a = p.parse_args()
    folder = a.folder.resolve()
    if a.anak:
        jenis, path, kerja = a.anak
        berkas = sorted((folder / "demo").glob("*.xlsx"))
        hasil = _ukur(jenis, Path(path), berkas, Path(kerja))
        hasil["rss_mb"] = _rss_mb()
        print(json.dumps(hasil))
        return
    mulai = time.perf_counter()
    path, _berkas = _siapkan(folder, a.keluarga)
    print(f"basis data {path} ({path.stat().st_size / 1e6:.0f} MB) siap dalam "
          f"{time.perf_counter() - mulai:.0f} s; beban {os.getloadavg()}", flush=True)
    for jenis in ("cadangan", "cek_cepat", "cek_lengkap", "pulihkan", "argon2", "sel", "luas"):
        hasil = []
        for i in range(a.runs):
            kerja = folder / f"kerja-{jenis}-{i}"
            shutil.rmtree(kerja, ignore_errors=True)
            kerja.mkdir()
            keluaran = subprocess.run(
                [sys.executable, "-m", "benchmarks.bench_keamanan", "--folder", str(folder),
                 "--anak", jenis, str(path), str(kerja)],
                capture_output=True, text=True, check=True).stdout
            hasil.append(json.loads(keluaran.strip().splitlines()[-1]))
            shutil.rmtree(kerja, ignore_errors=True)
        detik = [h["detik"] for h in hasil]
        lain = {k: v for k, v in hasil[0].items() if k not in ("detik", "rss_mb")}
        print(f"{jenis:12s} median {statistics.median(detik):7.2f} s  runs "
              f"{', '.join(f'{d:.2f}' for d in detik)}  peak RSS "
              f"{max(h['rss_mb'] for h in hasil):.0f} MB  {lain}  beban {os.getloadavg()[0]:.1f}",
              flush=True)


if __name__ == "__main__":
    main()
