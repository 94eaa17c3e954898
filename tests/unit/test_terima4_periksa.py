"""Acceptance round terima4 (issue 6, check): a family deleted with an outside SQLite tool
leaves its members and its verification row orphaned; ``check`` names each orphan row by the
identifier people know (ID Keluarga), not only by SQLite's row number."""

from __future__ import annotations

import sqlite3

from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import db as sdb
from tests.masukan_luar import pasangan_2023


def test_check_menyebut_id_keluarga_baris_yatim(tmp_path):
    db_path = tmp_path / "kab.db"
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, list(pasangan_2023(tmp_path)), pengguna="penguji")
    conn = sqlite3.connect(db_path)  # foreign keys are off in a plain connection
    conn.execute("DELETE FROM keluarga WHERE id_keluarga = '0061720002'")
    conn.commit()
    conn.close()
    hasil = CliRunner().invoke(main, ["--db", str(db_path), "check"])
    assert hasil.exit_code == 1
    baris = [b for b in hasil.output.splitlines() if "Hubungan antar tabel" in b]
    assert len(baris) == 3  # the verification row and two members
    assert all("(id_keluarga 0061720002) menunjuk ke keluarga yang tidak ada" in b
               for b in baris)
    assert sum("tabel anggota" in b for b in baris) == 2
