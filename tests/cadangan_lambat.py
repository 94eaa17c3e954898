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
    from kalbar_desktop.cli import main as cli
    from kalbar_desktop.storage import cadangan

    asli = cadangan._salin_api
    cadangan._HALAMAN_PER_LANGKAH = 1

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
