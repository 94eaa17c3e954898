"""The installation smoke test (``--uji-asap``), from source and on the frozen Linux bundle
built by installer/build.py (PyInstaller one-folder) - the same check `make bundle-test` runs."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kalbar_desktop import __version__

AKAR = Path(__file__).resolve().parents[2]


def _build():
    spec = importlib.util.spec_from_file_location("build_installer",
                                                  AKAR / "installer" / "build.py")
    modul = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modul)
    return modul


@pytest.mark.slow
def test_uji_asap_dari_sumber(tmp_path):
    env = {**os.environ, "KALBAR_DESKTOP_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    hasil = subprocess.run([sys.executable, "-m", "kalbar_desktop", "--uji-asap"],
                           capture_output=True, text=True, env=env, timeout=180, check=False)
    assert hasil.returncode == 0, hasil.stderr[-3000:]
    laporan = json.loads(hasil.stdout.strip().splitlines()[-1])
    assert laporan["ok"] and not laporan["beku"]
    assert laporan["versi"] == __version__
    assert laporan["keluarga_di_tabel"] == 1500
    assert laporan["menu_bantuan"] == ["aksiPanduan", "aksiBukaFolderLog", "aksiTentang"]
    assert laporan["panduan"]
    assert Path(laporan["db"]) == tmp_path / "data" / "demo.db"
    teks_log = (tmp_path / "log" / "kalbar_desktop.log").read_text(encoding="utf-8")
    assert "mulai (jendela)" in teks_log and "Aplikasi ditutup (status 0)" in teks_log


@pytest.mark.slow
def test_bundel_linux_dibangun_dan_lolos_uji_asap(tmp_path, capsys):
    build = _build()
    dist, kerja = tmp_path / "dist", tmp_path / "kerja"
    try:
        mulai = time.perf_counter()
        bundel = build.bangun(dist, kerja)
        detik_bangun = time.perf_counter() - mulai
        assert build.periksa_isi(bundel) == []
        laporan = build.uji_asap(bundel)
        ukuran = build.ukuran_folder(bundel)
    finally:
        shutil.rmtree(tmp_path, ignore_errors=True)
    assert laporan["ok"] and laporan["beku"]
    assert laporan["versi_keluaran"] == f"kalbar-desktop {__version__}"
    assert laporan["keluarga_di_tabel"] == 1500 and laporan["jendela_tampil"]
    assert laporan["platform_qt"] == "offscreen" and laporan["ikon"]
    assert laporan["modul_native"] == {"python_calamine": True, "rustpy_xlsxwriter": True}
    assert {"qtbase_id.qm", "kalbar_desktop_en.qm"} <= set(laporan["terjemahan_qm"])
    assert laporan["panduan"]  # the user guide (Help > Panduan pengguna) is in the bundle
    assert laporan["log_ada"]  # the frozen program wrote its log file
    assert ukuran < 300e6
    with capsys.disabled():
        print(f"\n[bundel Linux] {ukuran / 1e6:.0f} MB, dibangun dalam {detik_bangun:.0f} s, "
              f"uji asap {laporan['detik_proses']} s")
