"""Writing a large printed document to PDF (``ui/cetak.tulis_pdf``): wall time, peak RSS and
file size of a Daftar Kunjungan of 6,000 families (four members each, a desa as large as
they come), made of the document's own blocks (no database needed).

    .venv/bin/python -m benchmarks.bench_cetak_pdf [--keluarga 6000] [--akar CHECKOUT]

``--akar`` imports ``kalbar_desktop`` from another checkout (e.g. ``/work/main``) to compare:
run the script once per checkout, in fresh processes, alternating. The PDF is drawn in memory
and then written through ``exchange/tujuan.tulis_utuh`` (since terputus2), so the peak RSS
holds the whole PDF once or twice; before, Qt wrote it to the file as it went.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path


def _hwm_mb() -> int:
    for baris in Path("/proc/self/status").read_text().splitlines():
        if baris.startswith("VmHWM"):
            return int(baris.split()[1]) // 1024
    return -1


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--keluarga", type=int, default=6000)
    p.add_argument("--akar", type=Path, default=None, help="checkout lain untuk dibandingkan")
    arg = p.parse_args()
    if arg.akar is not None:
        sys.path.insert(0, str(arg.akar.resolve()))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kalbar_desktop.exchange.dokumen import Dokumen, Gaya, Kolom, Orientasi, Rata, Tabel, Teks
    from kalbar_desktop.ui import cetak

    baris = []
    for i in range(arg.keluarga):
        baris.append((
            (Teks(str(i + 1)),),
            (Teks(f"Keluarga Budi Santoso {i}", Gaya.TEBAL),
             Teks(f"Jl. Kapuas Gg. Melati No. {i}, RT 00{i % 9}/RW 00{i % 7}")),
            tuple(Teks(f"{j + 1}. Anggota {i}-{j} (617202******{i % 10000:04d}) L, 34 th, Anak")
                  for j in range(4)),
            (Teks("\u2610 Ditemukan \u2610 Tidak ditemukan \u2610 Pindah"),),
            (Teks("\u2610 Layak \u2610 Tidak layak"),), (Teks(""),)))
    dok = Dokumen("Daftar Kunjungan - uji", [Teks("DAFTAR KUNJUNGAN", Gaya.JUDUL), Tabel((
        Kolom("No", 0.45, Rata.KANAN), Kolom("Kepala keluarga / alamat", 2.6),
        Kolom("Anggota keluarga", 3.6), Kolom("Hasil kunjungan", 1.9), Kolom("Kelayakan", 2.0),
        Kolom("Catatan", 2.3)), baris)], Orientasi.LANSKAP, arg.keluarga, "x.pdf", "kaki")
    sebelum = _hwm_mb()
    with tempfile.TemporaryDirectory() as tmp:
        keluar = Path(tmp) / "kunjungan.pdf"
        t = time.perf_counter()
        cetak.tulis_pdf(dok, keluar)
        detik = time.perf_counter() - t
        ukuran = keluar.stat().st_size
    beban = Path("/proc/loadavg").read_text().split()[0]
    print(f"{arg.akar or 'ini'}: {arg.keluarga} keluarga, {detik:.1f} s, PDF "
          f"{ukuran / 2**20:.1f} MB, VmHWM sebelum {sebelum} MB, sesudah {_hwm_mb()} MB, "
          f"beban {beban}")


if __name__ == "__main__":
    main()
