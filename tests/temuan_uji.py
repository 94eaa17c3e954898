"""Helpers of the findings tests that import files through the console: run a command, read
``check-data --json``, and recompute the findings every way the application does."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from kalbar_desktop.cli import main
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import temuan as stemuan


def cli(db_path: Path, *args) -> Result:
    """Run one console command on ``db_path``."""
    return CliRunner().invoke(main, ["--db", str(db_path), *map(str, args)],
                              catch_exceptions=False)


def temuan_json(db_path: Path) -> list[dict]:
    """The findings ``check-data --json`` prints."""
    hasil = cli(db_path, "check-data", "--json")
    assert hasil.exit_code == 0, hasil.output
    return json.loads(hasil.output)


def temuan_semua_cara(db_path: Path) -> list[dict]:
    """The stored findings after the whole-database check with and without its SQL filter and
    after a re-check of each family alone, which must agree (in the stored order)."""
    with sdb.terbuka(db_path) as db:
        stemuan.hitung_ulang_semua(db)
        dengan = sorted(map(repr, stemuan.semua_temuan(db)))
        stemuan.hitung_ulang_semua(db, saring=False)
        assert sorted(map(repr, stemuan.semua_temuan(db))) == dengan
        for (idk,) in db.execute("SELECT id_keluarga FROM keluarga").fetchall():
            stemuan.hitung_ulang_keluarga(db, idk)
        assert sorted(map(repr, stemuan.semua_temuan(db))) == dengan
        return list(stemuan.semua_temuan(db))
