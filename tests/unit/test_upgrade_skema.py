"""Schema upgrades: a database written by each earlier version of the application (kept in
``tests/data/skema/``, made with that version's own code by ``buat_skema_lama.py``) opens with
this version, is upgraded, and keeps every row of every table as it was; its audit trail stays
whole and new work can be saved on it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.storage import audit, migrations, periksa
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv

SKEMA = Path(__file__).resolve().parents[1] / "data" / "skema"
BERKAS = sorted(SKEMA.glob("skema_*.db"))


def test_ada_berkas_dari_skema_pertama():
    assert [p.name for p in BERKAS][:1] == ["skema_0001.db"]
    versi = {int(p.stem.split("_")[1]) for p in BERKAS}
    assert versi < {migrations.versi_terbaru()} | versi  # all older than this version


def _urut(kolom: list[str]) -> str:
    return ", ".join(str(i + 1) for i in range(len(kolom)))


def _isi_lama(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every table of the old file: its columns and rows (read with plain sqlite3)."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        hasil = {}
        # The inner tables of a full-text index (its segments) are rebuilt by upgrades (0007:
        # the identifier index without positions); the index's own rows are compared.
        virtual = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")]
        dalam = {f"{v}_{x}" for v in virtual for x in ("data", "idx", "docsize", "config")}
        for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                 "NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'"):
            if t in dalam:
                continue
            kolom = [r[1] for r in conn.execute(f"PRAGMA table_info({t})")]
            hasil[t] = (kolom, conn.execute(
                f"SELECT {', '.join(kolom)} FROM {t} ORDER BY {_urut(kolom)}").fetchall())
        return hasil
    finally:
        conn.close()


@pytest.mark.parametrize("asal", BERKAS, ids=lambda p: p.stem)
def test_naik_ke_skema_terbaru_tanpa_kehilangan_baris(asal, tmp_path):
    path = tmp_path / asal.name
    shutil.copyfile(asal, path)
    lama = _isi_lama(path)
    assert sum(len(b) for _k, b in lama.values()) > 1000
    with sdb.terbuka(path) as db:
        assert migrations.versi_terpasang(db) == migrations.versi_terbaru()
        terpasang = {r[0] for r in db.execute("SELECT name FROM _sqlite_migrations")}
        assert terpasang == set(migrations.nama_migrasi())
        for tabel, (kolom, baris) in lama.items():
            if tabel == "_sqlite_migrations":
                continue
            sekarang = db.execute(
                f"SELECT {', '.join(kolom)} FROM {tabel} ORDER BY {_urut(kolom)}").fetchall()
            assert sekarang == baris, tabel
        assert audit.periksa_jejak(db) == []
        hasil = periksa.periksa(db)
        assert hasil.sehat, hasil.ringkasan()
        # New work on the upgraded database is saved and audited.
        idk = db.execute("SELECT id_keluarga FROM verifikasi_keluarga WHERE persetujuan = 'DRAF' "
                         "ORDER BY id_keluarga DESC LIMIT 1").fetchone()[0]
        data = sv.muat(db, idk)
        sv.simpan(db, idk, Pengguna("Citra", Peran.VERIFIKATOR), Verifikasi(
            status_verifikasi="TIDAK_DITEMUKAN", tanggal_kunjungan="2026-11-22",
            nama_verifikator="Citra"), data.versi)
        assert periksa.periksa(db).sehat
    assert periksa.periksa_berkas(path).sehat
