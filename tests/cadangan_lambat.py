"""Child process for the killed-backup tests: the console program (``kalbar-desktop ARG...``)
with a backup copy slowed down to one page every few milliseconds (as from a slow USB stick),
so that the parent can kill it for real while the copy is half written.

Usage: python tests/cadangan_lambat.py backup DEST --db DB
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    import sqlite3

    from kalbar_desktop.cli import main as cli
    from kalbar_desktop.storage import cadangan

    asli = cadangan._salin_api
    cadangan._HALAMAN_PER_LANGKAH = 1
    sambung = sqlite3.connect

    def sambung_kecil(path, *args, **kwargs):
        # A test database fits in SQLite's page cache, so its copy would reach the disk only
        # at the end, milliseconds before the rename: the parent could miss it. A one-page cache
        # writes each page as it comes, as the copy of a district's database does.
        conn = sambung(path, *args, **kwargs)
        if str(path).endswith(cadangan.AKHIRAN_SEMENTARA):
            conn.execute("PRAGMA cache_size = 1")
        return conn

    sqlite3.connect = sambung_kecil

    def lambat(sumber, tujuan_path, kemajuan=None):
        def lapor(pesan: str, fraksi: float) -> None:
            time.sleep(0.005)
            if kemajuan:
                kemajuan(pesan, fraksi)
        return asli(sumber, tujuan_path, lapor)

    cadangan._salin_api = lambat
    cli.main(sys.argv[1:], prog_name="kalbar-desktop")


if __name__ == "__main__":
    main()
