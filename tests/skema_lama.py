"""Test helper: a database as the version before migration 0007 left it, holding the demo data
(imported with today's importer into a current database, then copied table by table, row ids
kept, into a database migrated only up to 0006)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from kalbar_desktop.storage import cari, migrations
from kalbar_desktop.storage import db as sdb

_TABEL = ("wilayah", "impor", "impor_file", "keluarga", "verifikasi_keluarga", "anggota",
          "verifikasi_anggota", "temuan")


def buat_db_lama(path: Path, berkas: Sequence[Path], sampai: str = "0007_daftar_cepat") -> None:
    from kalbar_desktop.exchange import impor_p3ke

    baru = path.with_name(path.stem + "-baru.db")
    with sdb.terbuka(baru) as db:
        impor_p3ke.impor(db, list(berkas), pengguna="penguji")
    conn = sqlite3.connect(path, isolation_level=None)
    lama = sdb.BasisData(conn, execute_plugins=False)
    migrations.terapkan(lama, sampai=sampai)
    conn.execute("ATTACH DATABASE ? AS baru", [str(baru)])
    conn.execute("BEGIN")
    for tabel in _TABEL:
        kolom_lama = [r[1] for r in conn.execute(f"PRAGMA main.table_info({tabel})")]
        kolom_baru = {r[1] for r in conn.execute(f"PRAGMA baru.table_info({tabel})")}
        kolom = ", ".join(k for k in kolom_lama if k in kolom_baru)
        conn.execute(f"INSERT INTO main.{tabel} (rowid, {kolom}) "
                     f"SELECT rowid, {kolom} FROM baru.{tabel}")
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE baru")
    cari.perbarui_semua(lama)
    conn.close()
    baru.unlink()
    for sisa in baru.parent.glob(baru.name + "-*"):
        sisa.unlink()
