"""Shared fixtures. Qt runs offscreen; the application's folders point into a temporary
directory so tests never touch the user's real data."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

import pytest

from kalbar_desktop.exchange import demo
from kalbar_desktop.storage import db as sdb

SHARED = Path(__file__).resolve().parents[2] / "shared"
WILAYAH_61 = SHARED / "wilayah_61" / "wilayah_61_all.csv"


@pytest.fixture(autouse=True)
def _rumah_sementara(tmp_path_factory, monkeypatch):
    rumah = tmp_path_factory.mktemp("rumah")
    monkeypatch.setenv("KALBAR_DESKTOP_HOME", str(rumah))
    return rumah


@pytest.fixture(scope="session")
def berkas_demo_2023(tmp_path_factory) -> list[Path]:
    """Demo files, 2023 layout, 120 families, with the usual share of defects."""
    out = tmp_path_factory.mktemp("demo2023")
    return demo.tulis(out, demo.OpsiDemo(keluarga=120, tata_letak="2023", seed=3, cacat=0.05))


@pytest.fixture(scope="session")
def berkas_demo_2022(tmp_path_factory) -> list[Path]:
    """Demo files, 2022 layout, 80 families, clean."""
    out = tmp_path_factory.mktemp("demo2022")
    return demo.tulis(out, demo.OpsiDemo(keluarga=80, tata_letak="2022", seed=4, cacat=0))


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "uji.db"


@pytest.fixture
def db(db_path):
    basis = sdb.buka(db_path)
    yield basis
    basis.close()


@pytest.fixture
def db_demo(db, berkas_demo_2023):
    """A database holding the 2023 demo files."""
    from kalbar_desktop.exchange import impor_p3ke

    impor_p3ke.impor(db, berkas_demo_2023, pengguna="penguji")
    return db


@pytest.fixture(scope="session")
def templat_ekspor(tmp_path_factory, berkas_demo_2023):
    """A database file with the 2023 demo families, the region reference and a spread of
    verification results (tests/unit/ekspor_data.py); tests copy it (``salin``). Returns
    ``(path, role -> ID Keluarga)``."""
    from tests.unit.ekspor_data import buat_templat

    return buat_templat(tmp_path_factory.mktemp("templat_ekspor"), berkas_demo_2023)


def isi_tabel(db, tabel: str) -> list[tuple]:
    """Every row of a table, in a stable order (for before/after comparisons)."""
    return db.execute(f"SELECT * FROM {tabel} ORDER BY 1").fetchall()


def cuplikan(db) -> dict[str, list[tuple]]:
    """The content of every data table."""
    tabel = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {t: isi_tabel(db, t) for t in sorted(tabel)}
