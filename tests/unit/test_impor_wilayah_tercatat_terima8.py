"""Acceptance round terima8 (issue 6, "the log records ... imports"): loading the region
reference on the console (``import-wilayah``) is recorded under the console's name
(``konsol:<login>``) like the other console commands that ask for no account (users, backup,
restore, settings); before, its IMPOR_WILAYAH row named no one."""

from __future__ import annotations

import csv

from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.storage import db as sdb


def test_impor_wilayah_konsol_mencatat_siapa(tmp_path, monkeypatch):
    for v in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(v, "siti")
    referensi = tmp_path / "wilayah.csv"
    with open(referensi, "w", newline="", encoding="utf-8") as f:
        tulis = csv.writer(f)
        tulis.writerow(["code", "name", "parent_code", "level"])
        tulis.writerows([["61", "Kalimantan Barat", "", "1"],
                         ["6172", "Kota Singkawang", "61", "2"],
                         ["617201", "Singkawang Tengah", "6172", "3"],
                         ["6172011001", "Roban", "617201", "4"]])
    db_path = tmp_path / "kab.db"
    runner = CliRunner()
    hasil = runner.invoke(main, ["--db", str(db_path), "users", "add", "Admin", "--role",
                                 "admin"], input="Rahasia#2026a\n")
    assert hasil.exit_code == 0, hasil.output
    hasil = runner.invoke(main, ["--db", str(db_path), "import-wilayah", str(referensi)])
    assert hasil.exit_code == 0, hasil.output
    with sdb.terbuka(db_path, baca_saja=True) as db:
        assert db.execute("SELECT pengguna, keterangan FROM audit_log WHERE aksi = "
                          "'IMPOR_WILAYAH'").fetchall() == [("konsol:siti",
                                                             "wilayah.csv: 4 wilayah")]
