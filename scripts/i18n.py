"""Translations (Qt Linguist): ``perbarui`` extracts the interface strings of
``kalbar_desktop/ui`` and the message templates of the lower layers (every
``Pesan("...", ...)`` of ``kalbar_desktop/domain``, ``storage`` and ``exchange``, found by
reading the code: context ``pesan``, see ``kalbar_desktop/domain/pesan.py``) into
``resources/i18n/kalbar_desktop_<bahasa>.ts`` (pyside6-lupdate);
``rilis`` compiles every ``resources/i18n/*.ts`` into ``.qm`` beside it (pyside6-lrelease).

    python scripts/i18n.py perbarui   # after changing texts in the UI (then translate the .ts)
    python scripts/i18n.py rilis      # run by `make i18n`, `make test`, `make run`, the bundle

The ``.qm`` files are build products (git-ignored).
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
FOLDER = AKAR / "resources" / "i18n"
SUMBER_UI = AKAR / "kalbar_desktop" / "ui"
SUMBER_PESAN = tuple(AKAR / "kalbar_desktop" / n for n in ("domain", "storage", "exchange"))
"""Where the ``Pesan`` templates are looked for."""
KONTEKS_PESAN = "pesan"
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


def _nama_panggilan(simpul: ast.expr) -> str | None:
    if isinstance(simpul, ast.Name):
        return simpul.id
    if isinstance(simpul, ast.Attribute):
        return simpul.attr
    return None


def templat_pesan() -> list[str]:
    """Every ``Pesan`` template of the lower layers, in the order of the code (once each).
    A template that is not a string literal cannot be translated: SystemExit names it."""
    hasil: dict[str, None] = {}
    salah = []
    for folder in SUMBER_PESAN:
        for path in sorted(folder.rglob("*.py")):
            if path.name == "pesan.py" and path.parent.name == "domain":
                continue  # the type itself
            for simpul in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
                if not (isinstance(simpul, ast.Call) and _nama_panggilan(simpul.func) == "Pesan"):
                    continue
                arg = simpul.args[0] if simpul.args else None
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    hasil.setdefault(arg.value)
                else:
                    salah.append(f"{path.relative_to(AKAR)}:{simpul.lineno}")
    if salah:
        raise SystemExit("i18n: templat Pesan harus teks tetap (bukan variabel atau f-string): "
                         + ", ".join(salah))
    return list(hasil)


def berkas_sumber(folder: Path) -> list[str]:
    """The files lupdate reads: the UI code, and a file written into ``folder`` that marks each
    ``Pesan`` template with ``QT_TRANSLATE_NOOP`` in the context ``pesan``."""
    pesan = folder / "pesan_lapisan_bawah.py"
    pesan.write_text("".join(f"QT_TRANSLATE_NOOP({KONTEKS_PESAN!r}, {t!r})\n"
                             for t in templat_pesan()), encoding="utf-8")
    return [*sorted(str(p) for p in SUMBER_UI.rglob("*.py")), str(pesan)]


def perbarui() -> None:
    """Refresh the .ts sources from the code (line numbers are left out: fewer conflicts)."""
    with tempfile.TemporaryDirectory() as tmp:
        berkas = berkas_sumber(Path(tmp))
        for bahasa in BAHASA_TERJEMAHAN:
            ts = FOLDER / f"kalbar_desktop_{bahasa}.ts"
            subprocess.run([alat("pyside6-lupdate"), "-locations", "none", "-no-obsolete",
                            "-source-language", "id", "-target-language", bahasa, *berkas,
                            "-ts", str(ts.relative_to(AKAR))], cwd=AKAR, check=True)


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
