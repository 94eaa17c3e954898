"""Approve all (Verifikasi > Setujui semua yang diajukan) on 100,000 submitted families.

    .venv/bin/python -m benchmarks.bench_setujui [--keluarga 100000] [--runs 3] [--ulang]

The database is built once (demo files written and imported with the real importer, accounts
created, every family submitted by an operator: an ``AJUKAN`` audit row each, written with
plain SQL because 100,000 saves through ``storage/verifikasi.simpan`` would take most of an
hour) and kept in ``out/bench/setujui.db`` (git-ignored); ``--ulang`` rebuilds. Each run works
on a fresh copy of it. Measured, as medians over ``--runs`` (raw times in brackets):

* ``rencana``: :func:`storage.verifikasi.rencana_setujui_semua` over the whole database (what
  the window runs before the confirmation: the submitted families and the four-eyes query);
* ``setujui``: :func:`storage.verifikasi.setujui_semua` (one transaction: the families checked
  again, the updates, one hash-chained audit row each, the commit);
* ``batal``: the same cancelled at its last step (the rollback's cost).

With ``--kembalikan`` it measures sending every family back instead (the window's
Verifikasi > Kembalikan keluarga terpilih on a table selected whole with Ctrl+A):

* ``pilihan``: the selection's row ids on the UI thread (``ui.kembalikan_terpilih.
  pilihan_tabel`` on a real ``QTableView`` over the real ``HouseholdModel``, all rows selected
  as Ctrl+A does; offscreen Qt);
* ``rencana``: :func:`storage.verifikasi.rencana_kembalikan` for those row ids (worker thread,
  under the busy bar, before the confirmation);
* ``batal``: from Batal pressed 0.3 s into that count to the count stopped
  (``KembalikanDibatalkan``);
* ``kembalikan``: :func:`storage.verifikasi.kembalikan_semua` (one transaction, one
  ``KEMBALIKAN`` audit row each);
* ``pulihkan``: the list loaded again and the same 100,000 rows selected again
  (``HouseholdModel.muat_ulang`` + ``ui.kembalikan_terpilih.pulihkan_pilihan``, UI thread).

Peak RSS is the process's ``ru_maxrss`` at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]


def bangun(tujuan: Path, keluarga: int) -> None:
    from kalbar_desktop.domain.akses import Peran
    from kalbar_desktop.exchange import demo, impor_p3ke
    from kalbar_desktop.storage import audit, pengguna
    from kalbar_desktop.storage import db as sdb

    path = tujuan.with_name(tujuan.name + ".sedang")  # renamed once complete
    path.parent.mkdir(parents=True, exist_ok=True)
    for akhiran in ("", "-wal", "-shm"):
        Path(f"{path}{akhiran}").unlink(missing_ok=True)
    t = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, sdb.terbuka(path) as db:
        berkas = demo.tulis(tmp, demo.OpsiDemo(keluarga=keluarga, tata_letak="2023", seed=11))
        impor_p3ke.impor(db, berkas, pengguna="bench")
        print(f"impor selesai: {time.perf_counter() - t:.1f} s", file=sys.stderr)
        kabupaten = db.execute("SELECT substr(kode_kemdagri, 1, 4) FROM keluarga LIMIT 1"
                               ).fetchone()[0]
        pengguna.tambah(db, "Operator", Peran.OPERATOR, "Sandi-Kuat-123", wilayah=[kabupaten],
                        oleh="bench", admin_dulu=False)
        pengguna.tambah(db, "Verifikator", Peran.VERIFIKATOR, "Sandi-Kuat-123", oleh="bench",
                        admin_dulu=False)
        with db.atomic():
            db.execute("UPDATE verifikasi_keluarga SET status_verifikasi = 'DITEMUKAN', "
                       "kelayakan = 'LAYAK', tanggal_kunjungan = date('now'), "
                       "nama_verifikator = 'Operator', persetujuan = 'DIAJUKAN', versi = 2")
            ids = [b[0] for b in db.execute("SELECT id_keluarga FROM keluarga")]
            audit.tulis(db, (audit.Catatan(
                aksi="AJUKAN", pengguna="Operator", tabel="verifikasi_keluarga", id_rekaman=i,
                id_keluarga=i, kolom="persetujuan", nilai_lama="DRAF", nilai_baru="DIAJUKAN")
                for i in ids))
    path.replace(tujuan)
    print(f"basis data siap: {time.perf_counter() - t:.1f} s", file=sys.stderr)


def _rss_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--keluarga", type=int, default=100_000)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--ulang", action="store_true")
    p.add_argument("--kembalikan", action="store_true",
                   help="send every family back (a whole-table selection) instead")
    a = p.parse_args()
    from kalbar_desktop.domain.akses import Pengguna, Peran
    from kalbar_desktop.storage import db as sdb
    from kalbar_desktop.storage import verifikasi as sv

    asal = AKAR / "out" / "bench" / f"setujui-{a.keluarga}.db"
    if a.ulang or not asal.exists():
        bangun(asal, a.keluarga)
    verifikator = Pengguna("Verifikator", Peran.VERIFIKATOR)
    if a.kembalikan:
        kembalikan(asal, verifikator, a.runs)
        return
    waktu: dict[str, list[float]] = {"rencana": [], "setujui": [], "batal": []}
    jumlah = 0
    with tempfile.TemporaryDirectory(dir=asal.parent) as tmp:
        for _ in range(a.runs):
            for nama in ("setujui", "batal"):
                salinan = Path(tmp) / "salinan.db"
                shutil.copyfile(asal, salinan)
                os.sync()
                with sdb.terbuka(salinan, migrasi=False) as db:
                    t = time.perf_counter()
                    rencana = sv.rencana_setujui_semua(db, verifikator, None)
                    if nama == "setujui":
                        waktu["rencana"].append(time.perf_counter() - t)
                    langkah: list[float] = []
                    langkah_akhir = -(-len(rencana.disetujui) // sv.SETIAP_SETUJUI)
                    batal = ((lambda n=langkah, akhir=langkah_akhir: len(n) >= akhir)
                             if nama == "batal" else None)
                    t = time.perf_counter()
                    try:
                        hasil = sv.setujui_semua(db, verifikator, rencana, "bench",
                                                 lapor=lambda _p, f, n=langkah: n.append(f),
                                                 dibatalkan=batal)
                        jumlah = len(hasil.disetujui)
                    except sv.SetujuiDibatalkan:
                        pass
                    waktu[nama].append(time.perf_counter() - t)
                salinan.unlink()
    print(f"{jumlah:,} keluarga disetujui ({a.runs} kali; median [mentah])")
    for nama, w in waktu.items():
        print(f"{nama:<10} {statistics.median(w):7.2f} s   [{', '.join(f'{x:.2f}' for x in w)}]")
    print(f"RSS puncak {_rss_mb():.0f} MB; beban {os.getloadavg()[0]:.1f}")


def kembalikan(asal: Path, verifikator, runs: int) -> None:
    import threading
    from types import SimpleNamespace

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

    from kalbar_desktop.storage import db as sdb
    from kalbar_desktop.storage import verifikasi as sv
    from kalbar_desktop.ui.household_model import HouseholdModel
    from kalbar_desktop.ui.kembalikan_terpilih import pilihan_tabel, pulihkan_pilihan

    app = QApplication.instance() or QApplication([])
    waktu: dict[str, list[float]] = {"pilihan": [], "rencana": [], "batal": [],
                                     "kembalikan": [], "pulihkan": []}
    jumlah = 0
    with tempfile.TemporaryDirectory(dir=asal.parent) as tmp:
        for _ in range(runs):
            salinan = Path(tmp) / "salinan.db"
            shutil.copyfile(asal, salinan)
            os.sync()
            with sdb.terbuka(salinan, migrasi=False) as db:
                model = HouseholdModel(db)
                tabel = QTableView()
                tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
                tabel.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
                tabel.setModel(model)
                tabel.selectAll()  # Ctrl+A
                app.processEvents()
                jendela = SimpleNamespace(table=tabel, model=model)
                t = time.perf_counter()
                pilihan = pilihan_tabel(jendela)
                waktu["pilihan"].append(time.perf_counter() - t)
                with sdb.terbuka(salinan, baca_saja=True, migrasi=False) as baca:
                    t = time.perf_counter()
                    rencana = sv.rencana_kembalikan(baca, verifikator, rowid=pilihan.rowid,
                                                    dibatalkan=lambda: False)
                    waktu["rencana"].append(time.perf_counter() - t)
                    batal = threading.Event()
                    t = time.perf_counter()
                    threading.Timer(0.3, batal.set).start()
                    with contextlib.suppress(sv.KembalikanDibatalkan):
                        sv.rencana_kembalikan(baca, verifikator, rowid=pilihan.rowid,
                                              dibatalkan=batal.is_set)
                    waktu["batal"].append(max(time.perf_counter() - t - 0.3, 0.0))
                t = time.perf_counter()
                hasil = sv.kembalikan_semua(db, verifikator, rencana, "Foto rumah belum ada",
                                            lapor=lambda _p, _f: None)
                waktu["kembalikan"].append(time.perf_counter() - t)
                jumlah = len(hasil.disetujui)
                t = time.perf_counter()
                model.muat_ulang()
                pulihkan_pilihan(jendela, pilihan)
                waktu["pulihkan"].append(time.perf_counter() - t)
                assert len(tabel.selectionModel().selectedRows()) == len(pilihan.rowid)
                tabel.setModel(None)
                tabel.deleteLater()
                model.deleteLater()
                app.processEvents()
            salinan.unlink()
    print(f"{jumlah:,} keluarga dikembalikan ({runs} kali; median [mentah])")
    for nama, w in waktu.items():
        print(f"{nama:<10} {statistics.median(w):7.2f} s   [{', '.join(f'{x:.2f}' for x in w)}]")
    print(f"RSS puncak {_rss_mb():.0f} MB; beban {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
