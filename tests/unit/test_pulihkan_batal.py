"""Batal during a restore: asked at every step before the database file is replaced, the
database stays exactly as it was and no temporary file is left; from the replacement on, the
restore completes (a restore is never half done)."""

from __future__ import annotations

import pytest

from kalbar_desktop.storage import cadangan
from kalbar_desktop.storage import db as sdb
from tests.conftest import cuplikan


def _langkah_sampai_batal(n: int):
    """A cancel flag that turns on at its ``n``-th question."""
    ditanya = [0]

    def batal() -> bool:
        ditanya[0] += 1
        return ditanya[0] >= n

    return batal, ditanya


@pytest.mark.parametrize("pada", [1, 2, 3, 4])
def test_batal_sebelum_diganti_basis_data_tetap(db_demo, db_path, tmp_path, pada):
    sumber = cadangan.cadangkan(db_demo, tmp_path / "lama.db")
    with db_demo.conn:
        db_demo.execute("UPDATE anggota SET nama = 'SESUDAH CADANGAN'")
    sebelum = cuplikan(db_demo)
    db_demo.close()
    isi_folder = sorted(p.name for p in db_path.parent.iterdir())

    batal, ditanya = _langkah_sampai_batal(pada)
    with pytest.raises(cadangan.PemulihanDibatalkan) as galat:
        cadangan.pulihkan(db_path, sumber, pengguna="adm", batal=batal)
    assert ditanya[0] == pada
    assert str(galat.value) == f"Pemulihan dibatalkan; basis data {db_path.name} tidak diganti."
    # (the database's own -wal/-shm come from opening it to copy it, as at any open)
    sisa = {p.name for p in db_path.parent.iterdir()} - set(isi_folder) - {
        f"{db_path.name}-wal", f"{db_path.name}-shm"}
    with sdb.terbuka(db_path, baca_saja=True) as db:
        assert cuplikan(db) == sebelum
    # at most the copy of the current database kept before restoring (step 3 on), never a
    # half-made replacement
    assert not [n for n in sisa if "pulih-sementara" in n], sisa
    assert all(n.startswith(f"{db_path.stem}-cadangan") for n in sisa), sisa


def test_batal_sesudah_mulai_mengganti_tidak_menghentikan(db_demo, db_path, tmp_path):
    sumber = cadangan.cadangkan(db_demo, tmp_path / "lama.db")
    with db_demo.conn:
        db_demo.execute("UPDATE anggota SET nama = 'SESUDAH CADANGAN'")
    db_demo.close()
    batal, ditanya = _langkah_sampai_batal(5)  # the steps before replacing are 4
    cadangan.pulihkan(db_path, sumber, pengguna="adm", batal=batal)
    assert ditanya[0] == 4
    with sdb.terbuka(db_path, baca_saja=True) as db:
        assert db.execute("SELECT count(*) FROM anggota WHERE nama = 'SESUDAH CADANGAN'"
                          ).fetchone()[0] == 0
