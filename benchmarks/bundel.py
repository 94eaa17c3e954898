"""Bundle figures: PyInstaller build time and size, and the frozen program's start-up
against the same program run from source (medians, peak RSS of each process).

    .venv/bin/python benchmarks/bundel.py [--runs 5] [--dist /tmp/kalbar-bundel]

Cases, each in a fresh process, ``--runs`` times:
  versi      ``kalbar-desktop --version`` (process start, imports, CLI)
  uji-asap   ``kalbar-desktop --uji-asap`` offscreen in a new empty home folder: creates the
             1,500-family demo database (writes two xlsx, imports them), opens the window,
             quits after the first event-loop turn.
The build runs once (``--bangun-ulang`` forces it even when the bundle exists).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]


def _build():
    spec = importlib.util.spec_from_file_location("build_installer",
                                                  AKAR / "installer" / "build.py")
    modul = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modul)
    return modul


def jalankan(perintah: list[str], env: dict) -> tuple[float, int]:
    """Wall time (s) and peak RSS (KB) of one process."""
    mulai = time.perf_counter()
    proses = subprocess.Popen(perintah, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    _pid, status, pakai = os.wait4(proses.pid, 0)
    detik = time.perf_counter() - mulai
    proses.returncode = os.waitstatus_to_exitcode(status)
    if proses.returncode != 0:
        raise SystemExit(f"gagal ({proses.returncode}): {' '.join(perintah)}")
    return detik, pakai.ru_maxrss


def ukur(nama: str, perintah: list[str], runs: int) -> None:
    waktu, rss = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="kalbar-bench-") as rumah:
            env = {**os.environ, "KALBAR_DESKTOP_HOME": rumah, "QT_QPA_PLATFORM": "offscreen"}
            d, r = jalankan(perintah, env)
        waktu.append(d)
        rss.append(r)
    print(f"| {nama} | {statistics.median(waktu):.2f} s | "
          f"{', '.join(f'{w:.2f}' for w in waktu)} | {max(rss) / 1024:.0f} MB |")


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--dist", type=Path, default=Path(tempfile.gettempdir()) / "kalbar-bundel")
    p.add_argument("--bangun-ulang", action="store_true")
    arg = p.parse_args()
    build = _build()
    bundel = arg.dist / "dist" / build.NAMA
    if arg.bangun_ulang or not bundel.is_dir():
        mulai = time.perf_counter()
        build.bangun(arg.dist / "dist", arg.dist / "kerja")
        print(f"build: {time.perf_counter() - mulai:.1f} s (1 run)")
    print(f"bundle: {build.ukuran_folder(bundel) / 1e6:.0f} MB in {bundel}")
    print(f"load average before the runs: {os.getloadavg()[0]:.2f}")
    print("| case | median | runs | peak RSS |\n| --- | --- | --- | --- |")
    beku = [str(bundel / "kalbar-desktop")]
    sumber = [sys.executable, "-m", "kalbar_desktop"]
    ukur("frozen `--version`", [*beku, "--version"], arg.runs)
    ukur("source `--version`", [*sumber, "--version"], arg.runs)
    ukur("frozen `--uji-asap`", [*beku, "--uji-asap"], arg.runs)
    ukur("source `--uji-asap`", [*sumber, "--uji-asap"], arg.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
