"""``make run`` (``kalbar-desktop --demo``) on a Linux session without a display (a server, an
SSH session): before, Qt aborted with an English message blaming a missing ``xcb-cursor0``
library and a core dump (status 134). Now the console says in Indonesian that the session has
no display and what to do, with status 1, before any database is made; console commands work
as ever."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux: X11/Wayland")


def _tanpa_layar(**tambahan) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return {**env, **tambahan}


def test_jendela_tanpa_layar_ditolak_dengan_pesan(tmp_path, _rumah_sementara):
    hasil = subprocess.run([sys.executable, "-m", "kalbar_desktop", "--demo"],
                           capture_output=True, text=True, timeout=120, env=_tanpa_layar())
    assert hasil.returncode == 1, hasil.stdout + hasil.stderr
    assert hasil.stderr.startswith(
        "Gagal: Jendela tidak bisa dibuka: sesi ini tidak punya layar (DISPLAY dan "
        "WAYLAND_DISPLAY kosong"), hasil.stderr
    assert "QT_QPA_PLATFORM=offscreen" in hasil.stderr
    assert "qt.qpa" not in hasil.stderr
    assert not list(_rumah_sementara.rglob("*.db"))  # no demo database made for nothing


def test_perintah_konsol_tanpa_layar_tetap_jalan(tmp_path):
    hasil = subprocess.run([sys.executable, "-m", "kalbar_desktop", "demo-data",
                            str(tmp_path / "d"), "--keluarga", "2"],
                           capture_output=True, text=True, timeout=120, env=_tanpa_layar())
    assert hasil.returncode == 0, hasil.stderr
    assert len(list((tmp_path / "d").glob("*.xlsx"))) == 2
