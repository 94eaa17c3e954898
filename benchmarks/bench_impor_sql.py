"""Benchmark of the SQL half of the P3KE import (issue 3): everything after the rows are staged.

Three steps, run from the repository root:

* ``simpan STAGE.db FILE...``: runs the real import of the files up to the end of staging and
  copies the staged rows into ``STAGE.db`` (nothing is imported);
* ``ukur STAGE.db TARGET.db [BASE.db]``: loads the staged rows back into the temporary tables
  and runs the rest of ``exchange.impor_p3ke.impor`` as it does (merge, search tables,
  findings, audit, drop of the staging tables, commit, close) into ``TARGET.db`` (a new file,
  or a copy of ``BASE.db`` for a re-import), printing wall and CPU time per phase;
* ``bandingkan N SKENARIO=STAGE.db[:BASE.db]... --kode NAME=FOLDER...``: ``ukur`` for each
  scenario and each checkout (e.g. ``main`` before a change unpacked with ``git archive``), in
  alternation, N rounds, each in its own process; medians of the total (without loading the
  stage and closing) and of every phase.

The copy in ``ukur`` must follow ``impor()`` when that changes (see ``_gabung``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time


class _Berhenti(Exception):
    pass


def simpan(keluar: str, berkas: list[str]) -> None:
    from kalbar_desktop.exchange import impor_p3ke
    from kalbar_desktop.storage import db as sdb
    from kalbar_desktop.storage import impor as simp

    def salin(self) -> None:
        out = sqlite3.connect(keluar)
        for t in ("stage_keluarga", "stage_anggota"):
            cur = self.db.conn.execute(f"SELECT * FROM temp.{t}")
            kol = [d[0] for d in cur.description]
            out.execute(f"DROP TABLE IF EXISTS {t}")
            out.execute(f"CREATE TABLE {t} ({', '.join(kol)})")
            out.executemany(f"INSERT INTO {t} VALUES ({', '.join('?' * len(kol))})", cur)
        out.execute("CREATE TABLE IF NOT EXISTS meta (k, v)")
        out.execute("DELETE FROM meta")
        out.execute("INSERT INTO meta VALUES ('terisi', ?)", [json.dumps(
            {k: sorted(v) for k, v in self._kolom_terisi.items()})])
        out.commit()
        out.close()
        raise _Berhenti

    simp.Pementasan.perbesar_cache = salin
    db = sdb.buka(keluar + ".kosong.db")
    try:
        impor_p3ke.impor(db, berkas, pengguna="benchmark", sebelum_menulis=lambda _d: None)
    except _Berhenti:
        print(f"baris stage disimpan di {keluar}")
    finally:
        db.close()


def ukur(stage_db: str, target: str, base: str | None) -> dict:
    from kalbar_desktop.exchange import impor_p3ke
    from kalbar_desktop.storage import audit, cari
    from kalbar_desktop.storage import db as sdb
    from kalbar_desktop.storage import impor as simpan_
    from kalbar_desktop.storage import temuan as simpan_temuan
    from kalbar_desktop.storage import wilayah as swilayah
    from kalbar_desktop.storage.db import transaksi

    for akhiran in ("", "-wal", "-shm"):
        if os.path.exists(target + akhiran):
            os.remove(target + akhiran)
    if base:
        shutil.copyfile(base, target)
    db = sdb.buka(target)
    db.execute("ATTACH ? AS s", [stage_db])
    terisi = json.loads(db.execute("SELECT v FROM s.meta WHERE k = 'terisi'").fetchone()[0])
    fase: list[tuple[str, float, float]] = []
    t = [time.perf_counter(), time.process_time()]

    def f(nama: str) -> None:
        w, c = time.perf_counter(), time.process_time()
        fase.append((nama, w - t[0], c - t[1]))
        t[0], t[1] = w, c

    def bungkus(fn):
        def w(*a, **k):
            f("gabung: baris + indeks")
            hasil = fn(*a, **k)
            f("tabel cari")
            return hasil
        return w

    for nama in ("perbarui_semua", "perbarui_keluarga", "perbarui_dari_tabel"):
        if hasattr(cari, nama):
            setattr(cari, nama, bungkus(getattr(cari, nama)))
    with transaksi(db):
        stage = simpan_.Pementasan(db)
        stage._kolom_terisi = {k: set(v) for k, v in terisi.items()}
        for tb in ("stage_keluarga", "stage_anggota"):
            db.execute(f"INSERT INTO temp.{tb} SELECT * FROM s.{tb}")
        f("(muat stage)")
        try:
            # _gabung: as impor_p3ke.impor after the read loop
            stage.perbesar_cache()
            stage.indeks()
            impor_p3ke._periksa_duplikat(stage)
            stage.lengkapi_keluarga_dari_anggota()
            stage.lengkapi_nama_wilayah()
            f("indeks stage + duplikat")
            impor_id = simpan_.catat_impor(db, "benchmark", "2023",
                                           [{"nama_file": "x", "sha256": "-"}])
            ring = stage.gabungkan(impor_id, True)
            f("gabung: sisa")
            n = simpan_temuan.hitung_ulang_impor(db)
            f("temuan")
            swilayah.jumlah_tanpa_nama(db)
            simpan_.simpan_ringkasan(db, impor_id, ring, n)
            audit.tulis(db, [audit.Catatan(aksi="IMPOR", pengguna="benchmark", tabel="impor",
                                           id_rekaman=str(impor_id), keterangan="benchmark")])
            f("audit")
        finally:
            stage.hapus()
            f("hapus stage")
    f("COMMIT (+ checkpoint)")
    db.execute("DETACH s")
    db.close()
    f("(tutup)")
    inti = [x for x in fase if not x[0].startswith("(")]
    return {"wall": sum(x[1] for x in inti), "cpu": sum(x[2] for x in inti), "fase": fase,
            "ringkasan": {k: v for k, v in vars(ring).items() if isinstance(v, int)},
            "temuan": n}


def bandingkan(n: int, skenario: list[str], kode: list[str]) -> None:
    sk = {}
    for s in skenario:
        nama, _, berkas = s.partition("=")
        stage_db, _, base = berkas.partition(":")
        sk[nama] = (stage_db, base or None)
    folder = dict(k.split("=", 1) for k in kode)
    hasil: dict[tuple[str, str], list[tuple[float, float, float, dict]]] = {}
    skrip = os.path.abspath(__file__)
    for _ in range(n):
        for s, (stage_db, base) in sk.items():
            for nama, path in folder.items():
                tujuan = os.path.join(os.path.dirname(os.path.abspath(stage_db)),
                                      f"ukur_{nama}.db")
                beban = os.getloadavg()[0]
                argv = [sys.executable, skrip, "ukur", stage_db, tujuan] + ([base] if base else [])
                out = subprocess.run(argv, env={**os.environ, "PYTHONPATH": path},
                                     capture_output=True, text=True, check=True)
                j = json.loads(out.stdout.strip().splitlines()[-1])
                hasil.setdefault((s, nama), []).append((j["wall"], j["cpu"], beban, j))
                print(f"{s:10s} {nama:8s} wall {j['wall']:6.2f} s  cpu {j['cpu']:6.2f} s  "
                      f"load {beban:.2f}", flush=True)
    print()
    for (s, nama), r in hasil.items():
        print(f"{s:10s} {nama:8s} wall {statistics.median(x[0] for x in r):6.2f} "
              f"({', '.join(f'{x[0]:.2f}' for x in r)})  cpu "
              f"{statistics.median(x[1] for x in r):6.2f} "
              f"({', '.join(f'{x[1]:.2f}' for x in r)})  load "
              f"{min(x[2] for x in r):.1f}-{max(x[2] for x in r):.1f}")
        for i, (fn, _w, _c) in enumerate(r[0][3]["fase"]):
            print(f"     {fn:26s} wall {statistics.median(x[3]['fase'][i][1] for x in r):6.2f}"
                  f"  cpu {statistics.median(x[3]['fase'][i][2] for x in r):6.2f}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("simpan")
    a.add_argument("stage")
    a.add_argument("berkas", nargs="+")
    b = sub.add_parser("ukur")
    b.add_argument("stage")
    b.add_argument("target")
    b.add_argument("base", nargs="?")
    c = sub.add_parser("bandingkan")
    c.add_argument("n", type=int)
    c.add_argument("skenario", nargs="+")
    c.add_argument("--kode", nargs="+", required=True)
    args = p.parse_args()
    if args.cmd == "simpan":
        simpan(args.stage, args.berkas)
    elif args.cmd == "ukur":
        j = ukur(args.stage, args.target, args.base)
        for nama, w, cpu in j["fase"]:
            print(f"# {nama:26s} {w:6.2f} {cpu:6.2f}", file=sys.stderr)
        print(json.dumps(j))
    else:
        bandingkan(args.n, args.skenario, args.kode)


if __name__ == "__main__":
    main()
