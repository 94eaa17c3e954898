"""An Individu sheet of 50 data rows whose used range covers whole columns: (a) its
``<dimension>`` says A1:AZ1048576 and whole columns are formatted, (b) also 1,000,000 empty
formatted rows under the data (a 96 MB sheet XML in a 10 MB file). Import and preview, each in
a fresh process: wall time and peak RSS (VmHWM; Linux).

    .venv/bin/python -m benchmarks.bench_baris_kosong [--baris-kosong 1000000] [--ulang 3]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from openpyxl import Workbook

from tests import masukan_luar as ml

_ANAK = """
import os, sys, tempfile
from pathlib import Path
from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import db as sdb
berkas = Path(sys.argv[1])
if sys.argv[2] == "pratinjau":
    pb = impor_p3ke.pratinjau([berkas])[0]
    assert pb.galat is None, pb.galat
else:
    db = sdb.buka(Path(tempfile.mkdtemp()) / "b.db")
    h = impor_p3ke.impor(db, [berkas], sebelum_menulis=lambda d: None)
    assert h.ringkasan.jumlah_anggota == 50, h.pesan()
# this process's own peak (ru_maxrss would carry the parent's size over fork and exec)
print(next(b.split()[1] for b in open("/proc/self/status") if b.startswith("VmHWM")))
"""


def tulis(folder: Path, baris_kosong: int) -> list[Path]:
    """The two workbooks (openpyxl, then the sheet XML edited as Excel writes it)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Individu"
    ws.append(ml.INDIVIDU_2023)
    for k in range(10):
        for r in ml.baris_individu():
            r[0] += str(k)  # ID Keluarga
            r[6] = r[0] + r[6][-2:]  # ID Individu
            ws.append(r)
    asal = folder / "asal.xlsx"
    wb.save(asal)
    with zipfile.ZipFile(asal) as z:
        bagian = {n: z.read(n) for n in z.namelist()}
    xml = bagian["xl/worksheets/sheet1.xml"].decode()
    xml = re.sub(r'<dimension ref="[^"]*"\s*/>', '<dimension ref="A1:AZ1048576"/>', xml)
    xml = xml.replace("<sheetData>", '<cols><col min="1" max="52" width="12" style="1" '
                                     'customWidth="1"/></cols><sheetData>')
    kosong = "".join(f'<row r="{n}" spans="1:52" s="1" customFormat="1"><c r="A{n}" s="1"/>'
                     f'<c r="J{n}" s="1"/><c r="AZ{n}" s="1"/></row>'
                     for n in range(52, 52 + baris_kosong))
    hasil = []
    for nama, isi in (("kolom_penuh.xlsx", xml),
                      ("baris_kosong.xlsx", xml.replace("</sheetData>", kosong + "</sheetData>"))):
        with zipfile.ZipFile(folder / nama, "w", zipfile.ZIP_DEFLATED) as z:
            for n, data in bagian.items():
                z.writestr(n, isi if n == "xl/worksheets/sheet1.xml" else data)
        hasil.append(folder / nama)
    return hasil


def ukur(berkas: Path, cara: str) -> tuple[float, float]:
    """(wall seconds, peak RSS MB) of one import or preview in a fresh process."""
    env = {**os.environ, "KALBAR_DESKTOP_HOME": tempfile.mkdtemp()}
    mulai = time.perf_counter()
    hasil = subprocess.run([sys.executable, "-c", _ANAK, str(berkas), cara], env=env,
                           capture_output=True, text=True)
    waktu = time.perf_counter() - mulai
    if hasil.returncode:
        raise SystemExit(f"{cara} {berkas.name} gagal: {hasil.stderr[-2000:]}")
    return waktu, int(hasil.stdout.split()[-1]) / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--baris-kosong", type=int, default=1_000_000)
    ap.add_argument("--ulang", type=int, default=3)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for berkas in tulis(Path(folder), a.baris_kosong):
            with zipfile.ZipFile(berkas) as z:
                xml = z.getinfo("xl/worksheets/sheet1.xml").file_size
            for cara in ("impor", "pratinjau"):
                hasil = [ukur(berkas, cara) for _ in range(a.ulang)]
                print(f"{berkas.name} ({berkas.stat().st_size / 1e6:.1f} MB, XML "
                      f"{xml / 1e6:.1f} MB) {cara}: median "
                      f"{statistics.median(w for w, _ in hasil):.2f} s, peak "
                      f"{max(r for _, r in hasil):.0f} MB (semua "
                      + ", ".join(f"{w:.2f}" for w, _ in hasil) + ")")


if __name__ == "__main__":
    main()
