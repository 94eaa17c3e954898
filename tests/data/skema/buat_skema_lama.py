"""Writes a database with the code of an earlier version, for the schema-upgrade test.

Run with the old version's source on the path (not this checkout's), e.g. for schema 0001 as of
the foundation commit:

    git archive 826818c | (mkdir /tmp/v1 && tar -x -C /tmp/v1)
    PYTHONPATH=/tmp/v1 python tests/data/skema/buat_skema_lama.py tests/data/skema/skema_0001.db

Only what that version's code could do is used: demo files imported (and re-imported with
changes), the region reference, and, when the version has them, accounts (an admin and an
operator with a desa) and verification work through the storage API.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import kalbar_desktop
from kalbar_desktop.exchange import demo, impor_p3ke, wilayah_csv
from kalbar_desktop.storage import db as sdb

WILAYAH = Path(__file__).resolve().parents[4] / "shared" / "wilayah_61" / "wilayah_61_all.csv"


def main(keluar: Path) -> None:
    assert "wt-" not in kalbar_desktop.__file__ and "/work/main" not in kalbar_desktop.__file__, \
        f"jalankan dengan kode versi lama, bukan {kalbar_desktop.__file__}"
    keluar.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        v1 = demo.tulis(Path(tmp) / "v1", demo.OpsiDemo(keluarga=25, seed=21, cacat=0.05))
        v2 = demo.tulis(Path(tmp) / "v2", demo.OpsiDemo(keluarga=28, seed=22, cacat=0.05))
        db = sdb.buka(keluar)
        if WILAYAH.is_file():
            wilayah_csv.impor(db, WILAYAH)
        impor_p3ke.impor(db, v1, pengguna="penguji lama")
        try:
            from kalbar_desktop.domain.akses import Pengguna, Peran
            from kalbar_desktop.domain.status import AksiPersetujuan, Verifikasi
            from kalbar_desktop.storage import verifikasi as sv
        except ImportError:
            sv = None
        try:
            from kalbar_desktop.storage import pengguna as akun
        except ImportError:
            akun = None
        if akun is not None:
            akun.tambah(db, "admin", "admin", "Sandi-Lama-2023", oleh="penguji lama")
            desa = db.execute("SELECT min(kode_kemdagri) FROM keluarga").fetchone()[0]
            akun.tambah(db, "Ani", "operator", "Sandi-Lama-2024", wilayah=[desa],
                        oleh="penguji lama")
        if sv is not None:
            ids = [r[0] for r in db.execute(
                "SELECT id_keluarga FROM keluarga ORDER BY id_keluarga LIMIT 3")]
            budi = Pengguna("Budi", Peran.VERIFIKATOR)
            rina = Pengguna("Rina", Peran.VERIFIKATOR)  # not one's own work (schema 0009 on)
            for i, idk in enumerate(ids):
                data = sv.muat(db, idk)
                v = sv.simpan(db, idk, budi, Verifikasi(
                    status_verifikasi="DITEMUKAN", kelayakan="LAYAK",
                    tanggal_kunjungan="2026-11-1" + str(i), nama_verifikator="Budi",
                    catatan=f"kunjungan ke-{i + 1}"), data.versi)
                if i == 0:
                    v = sv.ubah_persetujuan(db, idk, budi, AksiPersetujuan.AJUKAN, v)
                    sv.ubah_persetujuan(db, idk, rina, AksiPersetujuan.SETUJUI, v)
        impor_p3ke.impor(db, v2, pengguna="penguji lama")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute("PRAGMA journal_mode = DELETE")
        db.close()
    print(keluar, keluar.stat().st_size)


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve())
