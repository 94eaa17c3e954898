"""Translations (Qt Linguist): ``perbarui`` extracts the interface strings of
``kalbar_desktop/ui`` into ``resources/i18n/kalbar_desktop_<bahasa>.ts`` (pyside6-lupdate);
``rilis`` compiles every ``resources/i18n/*.ts`` into ``.qm`` beside it (pyside6-lrelease).

    python scripts/i18n.py perbarui   # after changing texts in the UI (then translate the .ts)
    python scripts/i18n.py rilis      # run by `make i18n`, `make test`, `make run`, the bundle

The ``.qm`` files are build products (git-ignored).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
FOLDER = AKAR / "resources" / "i18n"
SUMBER_UI = AKAR / "kalbar_desktop" / "ui"
BAHASA_TERJEMAHAN = ("en",)
"""Languages with a translation of the application (Indonesian is the source language)."""


def alat(nama: str) -> str:
    """Path of a PySide6 tool (``pyside6-lupdate``...): beside this Python, else on PATH."""
    folder = Path(sys.executable).parent
    for calon in (folder / nama, folder / f"{nama}.exe", folder / "Scripts" / f"{nama}.exe"):
        if calon.is_file():
            return str(calon)
    ketemu = shutil.which(nama)
    if not ketemu:
        raise SystemExit(f"i18n: {nama} tidak ditemukan (pasang PySide6 di lingkungan ini)")
    return ketemu


def perbarui() -> None:
    """Refresh the .ts sources from the UI code (line numbers are left out: fewer conflicts)."""
    berkas = sorted(str(p.relative_to(AKAR)) for p in SUMBER_UI.rglob("*.py"))
    for bahasa in BAHASA_TERJEMAHAN:
        ts = FOLDER / f"kalbar_desktop_{bahasa}.ts"
        subprocess.run([alat("pyside6-lupdate"), "-locations", "none", "-no-obsolete",
                        "-source-language", "id",
                        "-target-language", bahasa, *berkas, "-ts", str(ts.relative_to(AKAR))],
                       cwd=AKAR, check=True)


def rilis() -> list[Path]:
    """Compile every .ts into .qm; returns the .qm files."""
    hasil = []
    for ts in sorted(FOLDER.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        keluaran = subprocess.run([alat("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                                  capture_output=True, text=True, check=False)
        if keluaran.returncode != 0 or not qm.is_file():
            raise SystemExit(f"i18n: {ts.name} tidak bisa dikompilasi:\n"
                             f"{keluaran.stdout}{keluaran.stderr}")
        hasil.append(qm)
    return hasil


def main(argv: list[str]) -> int:
    perintah = argv[1] if len(argv) > 1 else "rilis"
    if perintah == "perbarui":
        perbarui()
    elif perintah == "rilis":
        print(f"i18n: {len(rilis())} berkas .qm dibuat di {FOLDER.relative_to(AKAR)}")
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
