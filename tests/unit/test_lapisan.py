"""The layering contracts of pyproject.toml hold (import-linter)."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_kontrak_lapisan_terpenuhi():
    lint = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    hasil = subprocess.run([lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                           check=False)
    assert hasil.returncode == 0, hasil.stdout + hasil.stderr
    assert "broken" in hasil.stdout and "0 broken" in hasil.stdout


def test_domain_tidak_memuat_qt_saat_diimpor():
    kode = ("import sys, kalbar_desktop.domain.temuan, kalbar_desktop.storage.impor, "
            "kalbar_desktop.exchange.impor_p3ke, kalbar_desktop.cli; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    keluaran = subprocess.run([sys.executable, "-c", kode], capture_output=True, text=True,
                              check=True).stdout.strip()
    assert keluaran == "False"
