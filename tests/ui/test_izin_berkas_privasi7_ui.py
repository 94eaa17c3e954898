"""The window's files are its owner's only on POSIX (docs/security.md, "Who can read the
files"): a database the window creates, its -wal, -shm and lock file while it is open, the
backup made with Berkas > Cadangkan sekarang and the one made on the way out, under a umask
that would let everyone read them (000)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kalbar_desktop.storage import cadangan
from kalbar_desktop.ui import create_main_window


def _mode(p: Path) -> int:
    return stat.S_IMODE(os.stat(p).st_mode)


@pytest.fixture
def umask_terbuka():
    lama = os.umask(0)
    yield
    os.umask(lama)


def test_berkas_jendela_hanya_pemilik(qtbot, tmp_path, umask_terbuka):
    folder = tmp_path / "kantor"
    folder.mkdir()
    db_path = folder / "baru.db"
    w = create_main_window(db_path, user="penguji")
    qtbot.addWidget(w)
    w.show()
    terbuka = [db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm"),
               folder / "baru.db-kunci"]
    assert {p.name: oct(_mode(p)) for p in terbuka} == {p.name: oct(0o600) for p in terbuka}
    tugas = w.keamanan.cadangkan_sekarang()
    with qtbot.waitSignal(tugas.selesai, timeout=20000):
        pass
    w.close()  # a backup was recorded since the window opened: another on the way out
    semua = cadangan.daftar(db_path)
    assert {c.alasan for c in semua} == {"manual", "saat-keluar"}
    assert [oct(_mode(c.path)) for c in semua] == [oct(0o600)] * 2
    assert _mode(cadangan.folder_cadangan(db_path)) == 0o700
    assert _mode(db_path) == 0o600
