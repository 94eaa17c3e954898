"""Dashboard refresh on 100,000 families / ~400,000 members.

    .venv/bin/python -m benchmarks.bench_dasbor [--keluarga 100000] [--ulang] [--kali 5]

The database is built once (demo files written and imported with the real importer, then
families spread over every desa of Kalimantan Barat from ``../shared/wilayah_61`` and put into
realistic verification states) and kept in ``out/bench/`` (git-ignored); ``--ulang`` rebuilds.
The verification states (and member copies up to 4 per family: the demo families have 3.5)
are written with plain SQL here, because going through
``storage/verifikasi.simpan`` for 40,000 families would take most of an hour and measures
something else; the dashboard reads the same columns either way.

Measured, each as the median over ``--kali`` runs (raw times in brackets), in one process:
* ``hitung``: the storage aggregates alone (storage/dasbor.py) on an open connection;
* ``segarkan -> diperbarui``: the whole dashboard refresh in the window (offscreen Qt): a new
  connection on a worker thread, the aggregates, then building the charts on the UI thread;
* ``_tampilkan``: the UI-thread part alone (what could make the window stutter);
* ``klik kecamatan`` / ``klik desil``: a click on a bar until the household table holds the
  filtered families (region tree follows, the table's query runs).
Peak RSS is the process's ``ru_maxrss`` at the end (a fresh process after a build).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

AKAR = Path(__file__).resolve().parents[1]
WILAYAH = AKAR.parent / "shared" / "wilayah_61" / "wilayah_61_all.csv"


def _median(kali: int, fungsi) -> tuple[float, list[float]]:
    waktu = []
    for _ in range(kali):
        t = time.perf_counter()
        fungsi()
        waktu.append(time.perf_counter() - t)
    return statistics.median(waktu), waktu


def _tulis(nama: str, median: float, waktu: list[float]) -> None:
    mentah = ", ".join(f"{w:.3f}" for w in waktu)
    print(f"{nama:<34} {median:8.3f} s   [{mentah}]")


def bangun(path: Path, keluarga: int) -> None:
    """Write demo files, import them, spread the families over Kalbar and verify some."""
    import tempfile

    from kalbar_desktop.exchange import demo, impor_p3ke, wilayah_csv
    from kalbar_desktop.storage import db as sdb

    path.parent.mkdir(parents=True, exist_ok=True)
    for akhiran in ("", "-wal", "-shm"):
        Path(f"{path}{akhiran}").unlink(missing_ok=True)
    t = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, sdb.terbuka(path) as db:
        berkas = demo.tulis(tmp, demo.OpsiDemo(keluarga=keluarga, tata_letak="2023", seed=11,
                                               cacat=0.01))
        print(f"berkas demo ditulis: {time.perf_counter() - t:.1f} s", file=sys.stderr)
        impor_p3ke.impor(db, berkas, pengguna="bench")
        print(f"impor selesai: {time.perf_counter() - t:.1f} s", file=sys.stderr)
        wilayah_csv.impor(db, WILAYAH)
    with open(WILAYAH, encoding="utf-8") as f:
        desa = [b["code"] for b in csv.DictReader(f) if b["level"] == "desa_kelurahan"]
    rng = random.Random(5)
    conn = sqlite3.connect(path)
    with conn:
        ids = [b[0] for b in conn.execute("SELECT id_keluarga FROM keluarga")]
        conn.executemany(
            "UPDATE keluarga SET kode_kemdagri = ?, kode_kecamatan = substr(?, 1, 6), "
            "kode_kabupaten = substr(?, 1, 4) WHERE id_keluarga = ?",
            [(d, d, d, i) for i, d in ((i, rng.choice(desa)) for i in ids)])
        hari_ini = time.time()
        baris = []
        for i in ids:
            r = rng.random()
            if r >= 0.40:
                continue
            tgl = time.strftime("%Y-%m-%d", time.localtime(hari_ini - rng.randint(0, 90) * 86400))
            kel = rng.choice(("LAYAK", "LAYAK", "LAYAK_INTERVENSI", "TIDAK_LAYAK"))
            pers = ("DISETUJUI" if r < 0.10 else "DIAJUKAN" if r < 0.25
                    else "DIKEMBALIKAN" if r < 0.28 else "DRAF")
            baris.append(("DITEMUKAN", kel, "MAMPU" if kel == "TIDAK_LAYAK" else None, tgl,
                          "Bench", pers, i))
        conn.executemany(
            "UPDATE verifikasi_keluarga SET status_verifikasi = ?, kelayakan = ?, alasan = ?, "
            "tanggal_kunjungan = ?, nama_verifikator = ?, persetujuan = ? WHERE id_keluarga = ?",
            baris)
        # The demo families have 3.5 members on average; copies of members (new IDs, no NIK)
        # bring the total to 4 per family, as in the target 100,000 / 400,000.
        kurang = 4 * keluarga - conn.execute("SELECT count(*) FROM anggota").fetchone()[0]
        if kurang > 0:
            conn.execute(
                "INSERT INTO anggota (id_individu, id_keluarga, asal, ada_di_sumber, urutan, "
                "nama, hubungan, jenis_kelamin, tanggal_lahir) "
                "SELECT id_individu || '-S', id_keluarga, 'p3ke', 1, urutan + 20, nama, "
                "'Lainnya', jenis_kelamin, tanggal_lahir FROM anggota ORDER BY rowid LIMIT ?",
                [kurang])
            conn.execute("INSERT INTO verifikasi_anggota (id_individu) SELECT id_individu "
                         "FROM anggota WHERE id_individu LIKE '%-S'")
    conn.close()
    print(f"basis data siap: {time.perf_counter() - t:.1f} s", file=sys.stderr)


def ukur(path: Path, kali: int) -> None:
    from PySide6.QtWidgets import QApplication

    from kalbar_desktop.storage import dasbor as sdasbor
    from kalbar_desktop.storage import db as sdb
    from kalbar_desktop.storage.dasbor import Tahap
    from kalbar_desktop.ui import create_main_window
    from kalbar_desktop.ui.dasbor import tampilkan_keluarga

    app = QApplication.instance() or QApplication([])
    with sdb.terbuka(path) as db:
        k, a = db.execute("SELECT (SELECT count(*) FROM keluarga), "
                          "(SELECT count(*) FROM anggota)").fetchone()
        print(f"{k:,} keluarga, {a:,} anggota, {path.stat().st_size / 1e6:.0f} MB\n")
        hasil = sdasbor.hitung(db)
        print(f"{len(hasil.kecamatan)} kecamatan, {len(hasil.kunjungan)} hari kunjungan, "
              f"{len(hasil.temuan)} aturan temuan\n")
        _tulis("hitung (storage)", *_median(kali, lambda: sdasbor.hitung(db)))
        _tulis("hitung, wilayah 1 kabupaten", *_median(
            kali, lambda: sdasbor.hitung(db, wilayah=("6101",))))

    w = create_main_window(path, user="bench", form_siap=False)
    w.resize(1366, 740)
    w.show()
    panel = w.dasbor
    w.tab.setCurrentWidget(panel)

    def tunggu() -> None:
        selesai = []
        panel.diperbarui.connect(lambda: selesai.append(1))
        panel.segarkan()
        while not selesai:
            app.processEvents()
            time.sleep(0.001)
        panel.diperbarui.disconnect()

    tunggu()  # first computation (tab shown)
    _tulis("segarkan -> diperbarui (jendela)", *_median(kali, tunggu))
    data = panel.data()
    _tulis("_tampilkan (utas UI saja)", *_median(kali, lambda: (
        panel._tampilkan(data), panel.repaint())))

    kec = max(data.kecamatan, key=lambda x: x.keluarga)
    _tulis(f"klik kecamatan ({kec.keluarga:,} kel.)", *_median(kali, lambda: (
        w.tab.setCurrentWidget(panel), tampilkan_keluarga(w, kec.saring),
        w.region_tree.pilih(""))))
    desil = data.desil[0]
    _tulis(f"klik desil 1 ({desil.keluarga:,} kel.)", *_median(kali, lambda: (
        w.tab.setCurrentWidget(panel), tampilkan_keluarga(w, desil.saring))))
    _tulis("klik tahap Belum (semua wilayah)", *_median(kali, lambda: (
        w.tab.setCurrentWidget(panel),
        tampilkan_keluarga(w, sdasbor.saring_tahap(Tahap.BELUM, panel.dasar)))))
    w.close()
    print(f"\npeak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--keluarga", type=int, default=100_000)
    p.add_argument("--kali", type=int, default=5)
    p.add_argument("--ulang", action="store_true", help="bangun ulang basis data")
    p.add_argument("--db", type=Path, default=None)
    arg = p.parse_args()
    path = arg.db or AKAR / "out" / "bench" / f"dasbor-{arg.keluarga}.db"
    if arg.ulang or not path.exists():
        bangun(path, arg.keluarga)
        # measure in a fresh process (not exec: Linux keeps ru_maxrss across exec), so that the
        # peak memory is the dashboard's, not the import's
        sys.exit(subprocess.run([sys.executable, "-m", "benchmarks.bench_dasbor", "--db",
                                 str(path), "--kali", str(arg.kali)], check=False).returncode)
    ukur(path, arg.kali)


if __name__ == "__main__":
    main()
