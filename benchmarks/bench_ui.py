"""The household table on 100,000 families / 400,000 members: first rows, search, filter, sort,
scrolling and memory, measured in-process in the real window (offscreen Qt).

    .venv/bin/python -m benchmarks.bench_ui [--keluarga 100000] [--kali 5] [--ulang]

The database is built once with the same recipe as ``bench_dasbor`` (demo files written and
imported with the real importer, families spread over every desa of Kalimantan Barat, 40 %
in realistic verification states, member copies up to 4 per family), its search tables
rebuilt, and cached in the system temp folder (``kalbar-bench/ui-<n>.db``); ``--ulang``
rebuilds. Then a fresh process measures (Linux keeps ``ru_maxrss`` of the build otherwise):

* ``jendela -> baris pertama``: from ``create_main_window`` until the first rows are painted;
* ``cari NIK`` (full and last 8 digits) and ``cari nama`` (one or two words, prefixes): from
  the search text being applied (the 250 ms typing pause is not counted) until the table
  shows the first page of the result;
* ``saring``: a change of a filter (status, kelayakan, persetujuan, desil, only findings);
* ``urut``: a click on each column header (ascending and descending);
* ``gulir ke akhir``: scroll to the last row and paint (pages fetched on the way);
* peak RSS of the process.
Each figure is the median over several different queries or runs (raw times in brackets).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

AKAR = Path(__file__).resolve().parents[1]


def _tulis(nama: str, waktu: list[float], batas: float | None = None) -> None:
    median = statistics.median(waktu)
    mentah = ", ".join(f"{w * 1000:.0f}" for w in waktu[:12])
    lebih = " ..." if len(waktu) > 12 else ""
    nilai = f"{median * 1000:7.1f} ms"
    tanda = "" if batas is None else ("  OK" if median <= batas else f"  > {batas * 1000:.0f} ms")
    print(f"{nama:<34} {nilai}  n={len(waktu):<3} [{mentah}{lebih}]{tanda}")


def bangun(path: Path, keluarga: int) -> None:
    """Build the benchmark database (see the module docstring)."""
    from benchmarks.bench_dasbor import bangun as bangun_dasbor
    from kalbar_desktop.storage import cari
    from kalbar_desktop.storage import db as sdb

    bangun_dasbor(path, keluarga)
    with sdb.terbuka(path) as db:
        cari.perbarui_semua(db)


def ukur(path: Path, kali: int) -> None:
    from PySide6.QtWidgets import QApplication

    from kalbar_desktop.storage import db as sdb
    from kalbar_desktop.ui import create_main_window

    app = QApplication.instance() or QApplication([])
    rng = random.Random(3)
    with sdb.terbuka(path) as db:
        k, a = db.execute("SELECT (SELECT count(*) FROM keluarga), "
                          "(SELECT count(*) FROM anggota)").fetchone()
        print(f"{k:,} keluarga, {a:,} anggota, {path.stat().st_size / 1e6:.0f} MB\n")
        nik = [b[0] for b in db.execute(
            "SELECT nik FROM anggota WHERE length(nik) = 16 ORDER BY random() LIMIT 20")]
        nama = [b[0] for b in db.execute(
            "SELECT nama FROM anggota WHERE nama IS NOT NULL ORDER BY random() LIMIT 20")]

    # warm-up: Qt plugins, fonts and styles load once per process, not per window
    w = create_main_window(path, user="bench")
    w.show()
    app.processEvents()
    w.close()
    w.deleteLater()
    app.processEvents()

    waktu = []
    for _ in range(kali):
        t = time.perf_counter()
        w = create_main_window(path, user="bench")
        w.resize(1366, 740)
        w.show()
        w.table.viewport().repaint()
        app.processEvents()
        assert w.model.rowCount() == k
        waktu.append(time.perf_counter() - t)
        if _ < kali - 1:
            w.close()
            w.deleteLater()
            app.processEvents()
    _tulis("jendela -> baris pertama", waktu, 1.0)

    def terapkan(teks: str) -> float:
        t = time.perf_counter()
        w._cari(teks)
        w.model.index(0, 1).data()
        w.table.viewport().repaint()
        app.processEvents()
        return time.perf_counter() - t

    _tulis("cari NIK penuh", [terapkan(n) for n in nik], 0.050)
    _tulis("cari NIK 8 digit terakhir", [terapkan(n[-8:]) for n in nik], 0.050)
    satu = [n.split()[0][: rng.randint(3, 6)] for n in nama]
    dua = [" ".join(x[:4] for x in n.split()[:2]) for n in nama if len(n.split()) > 1]
    _tulis("cari nama, 1 kata (awalan)", [terapkan(n) for n in satu], 0.050)
    _tulis("cari nama, 2 kata (awalan)", [terapkan(n) for n in dua], 0.050)
    terapkan("")

    p = w.panel_saring

    def ganti(kotak, indeks: int) -> float:
        t = time.perf_counter()
        kotak.setCurrentIndex(indeks)
        w.table.viewport().repaint()
        app.processEvents()
        return time.perf_counter() - t

    saring = []
    for kotak in (p.status, p.kelayakan, p.persetujuan, p.desil):
        for i in range(1, min(kotak.count(), 4)):
            saring.append(ganti(kotak, i))
        saring.append(ganti(kotak, 0))
    for nyala in (True, False):
        t = time.perf_counter()
        p.temuan.setChecked(nyala)
        w.table.viewport().repaint()
        app.processEvents()
        saring.append(time.perf_counter() - t)
    _tulis("saring (ganti filter)", saring, 0.300)

    urut = []
    terlama = ("", 0.0)
    for kolom in range(w.model.columnCount()):
        for arah in (1, 0):
            t = time.perf_counter()
            w.table.sortByColumn(kolom, type(w.table.horizontalHeader().sortIndicatorOrder())(arah))
            w.table.viewport().repaint()
            app.processEvents()
            d = time.perf_counter() - t
            urut.append(d)
            if d > terlama[1]:
                terlama = (w.model.JUDUL[kolom], d)
    _tulis("urut (klik judul kolom)", urut, 0.300)
    print(f"{'  terlama':<34} {terlama[1] * 1000:7.1f} ms  ({terlama[0]})")

    w.table.sortByColumn(0, type(w.table.horizontalHeader().sortIndicatorOrder())(0))
    gulir = []
    for _ in range(kali):
        w.table.scrollToTop()
        app.processEvents()
        w.model._halaman.clear()
        t = time.perf_counter()
        w.table.scrollToBottom()
        w.table.viewport().repaint()
        app.processEvents()
        gulir.append(time.perf_counter() - t)
    _tulis("gulir ke akhir (halaman dingin)", gulir, 0.300)
    langkah = []
    w.table.scrollToTop()
    bar = w.table.verticalScrollBar()
    for nilai in range(0, bar.maximum(), max(bar.maximum() // 50, 1)):
        t = time.perf_counter()
        bar.setValue(nilai)
        w.table.viewport().repaint()
        app.processEvents()
        langkah.append(time.perf_counter() - t)
    _tulis("gulir 50 langkah (tiap langkah)", langkah, 0.100)
    print(f"{'  langkah terlama':<34} {max(langkah) * 1000:7.1f} ms")
    w.close()
    print(f"\npeak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--keluarga", type=int, default=100_000)
    p.add_argument("--kali", type=int, default=5)
    p.add_argument("--ulang", action="store_true", help="bangun ulang basis data")
    p.add_argument("--db", type=Path, default=None)
    arg = p.parse_args()
    path = arg.db or Path(tempfile.gettempdir()) / "kalbar-bench" / f"ui-{arg.keluarga}.db"
    if arg.ulang or not path.exists():
        bangun(path, arg.keluarga)
        sys.exit(subprocess.run([sys.executable, "-m", "benchmarks.bench_ui", "--db",
                                 str(path), "--kali", str(arg.kali)], check=False,
                                cwd=AKAR).returncode)
    ukur(path, arg.kali)


if __name__ == "__main__":
    main()
