"""Child process for the full-disk tests: no file of this process may grow beyond ``BATAS``
bytes (``RLIMIT_FSIZE``, with SIGXFSZ ignored, so a write past it fails with EFBIG, or is cut
short, exactly where a full disk would stop it), then it runs the console program with the
given arguments, or one storage operation:

    python tests/disk_penuh.py ARG...              # kalbar-desktop ARG...
    python tests/disk_penuh.py --simpan DB ID      # save one family (the form's save)

With ``BUKA_DULU=DB`` the database is opened before the limit is set (its 32 KB shared-memory
file exists), so the limit can be smaller than that.

``--simpan`` prints the outcome as JSON: ``{"galat": type, "pesan": message}`` or
``{"versi": n}``.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


_SAMBUNGAN = None


def _batasi() -> None:
    batas = int(os.environ["BATAS"])
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    _lunak, keras = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (batas, keras))


def _simpan(db_path: str, idk: str) -> None:
    from kalbar_desktop.domain.akses import Pengguna, Peran
    from kalbar_desktop.domain.status import Verifikasi
    from kalbar_desktop.storage import db as sdb
    from kalbar_desktop.storage import verifikasi as sv

    db = sdb.buka(db_path)
    try:
        versi = sv.muat(db, idk).versi
        _batasi()
        hasil = {"versi": sv.simpan(db, idk, Pengguna("ani", Peran.VERIFIKATOR), Verifikasi(
            status_verifikasi="DITEMUKAN", kelayakan="TIDAK_LAYAK", alasan="MAMPU",
            tanggal_kunjungan="2026-11-20", nama_verifikator="Ani",
            catatan="Rumah permanen, punya mobil " * 200), versi,
            koreksi={"alamat": "Jl. Kapuas 9"})}
    except Exception as e:
        hasil = {"galat": type(e).__name__, "pesan": str(e)}
    finally:
        db.close()
    print(json.dumps(hasil))


def main() -> None:
    if sys.argv[1] == "--simpan":
        _simpan(*sys.argv[2:4])
        return
    if os.environ.get("BUKA_DULU"):
        # The database's shared-memory file (32 KB) exists before the limit, as it does on a
        # disk that filled up while the program was open; the limit then stops the output.
        import sqlite3

        global _SAMBUNGAN
        _SAMBUNGAN = sqlite3.connect(os.environ["BUKA_DULU"])
        _SAMBUNGAN.execute("SELECT count(*) FROM sqlite_master").fetchone()
    _batasi()
    from kalbar_desktop.cli import main as konsol

    konsol(sys.argv[1:], prog_name="kalbar-desktop")


if __name__ == "__main__":
    main()
