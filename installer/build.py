"""Build the Kalbar Desktop bundle on the machine this runs on, and smoke-test it.

    python installer/build.py                 # dist/KalbarDesktop/ (PyInstaller one-folder)
    python installer/build.py --uji           # ... then run the smoke test on it
    python installer/build.py --uji-saja      # smoke-test an existing bundle only
    python installer/build.py --arsip         # ... and pack it (.tar.gz on Linux, .zip on Windows)
    python installer/build.py --installer     # Windows: also the Inno Setup installer (ISCC)

Steps: compile the translations (.qm), write LISENSI-PIHAK-KETIGA.txt from the installed
packages' metadata, run PyInstaller with installer/kalbar_desktop.spec, check the bundle holds
what the program needs at run time, report its size. The smoke test runs the frozen program:
``--version``, then ``--uji-asap`` offscreen in a temporary home folder (creates the demo
database, opens the window, prints a JSON report, quits).

Needs the project's environment with PyInstaller: ``pip install -e .[bundle]`` (``make bundle``
does it).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
SPEC = AKAR / "installer" / "kalbar_desktop.spec"
ISS = AKAR / "installer" / "kalbar_desktop.iss"
NAMA = "KalbarDesktop"
WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""

sys.path.insert(0, str(AKAR))
from kalbar_desktop import __version__  # noqa: E402

PAKET_RUNTIME = ("kalbar-desktop",)
"""Distributions whose (transitive) requirements are bundled, for the licence list."""


class GagalBangun(Exception):
    """The bundle could not be built or failed its checks."""


def _kompilasi_terjemahan() -> None:
    subprocess.run([sys.executable, str(AKAR / "scripts" / "i18n.py"), "rilis"], check=True)


def _ketergantungan(nama: str, sudah: set[str]) -> None:
    kunci = nama.lower().replace("_", "-")
    if kunci in sudah:
        return
    try:
        dist = metadata.distribution(nama)
    except metadata.PackageNotFoundError:
        return
    sudah.add(kunci)
    for req in dist.requires or []:
        if "extra ==" in req:
            continue
        cocok = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", req.strip())
        if cocok:
            _ketergantungan(cocok.group(0), sudah)


def _lisensi(dist: metadata.Distribution) -> str:
    m = dist.metadata
    teks = m.get("License-Expression") or ""
    if not teks:
        lic = (m.get("License") or "").strip()
        if lic and "\n" not in lic and len(lic) < 80:
            teks = lic
    if not teks:
        klas = [c.split("::")[-1].strip() for c in m.get_all("Classifier") or []
                if c.startswith("License ::")]
        teks = ", ".join(klas) or "lihat metadata paket"
    return teks


def tulis_lisensi(tujuan: Path) -> Path:
    """Write LISENSI-PIHAK-KETIGA.txt: every bundled package with its version and licence."""
    paket: set[str] = set()
    for nama in PAKET_RUNTIME:
        _ketergantungan(nama, paket)
    baris = [
        f"Kalbar Desktop {__version__} - lisensi MIT.",
        "",
        "Komponen pihak ketiga yang disertakan dalam program ini:",
        "",
        f"  Python {sys.version.split()[0]}  -  Python Software Foundation License",
    ]
    # sqlite-utils declares pip (for its `install` command); neither it nor the packaging
    # tools are bundled.
    for kunci in sorted(paket - {"kalbar-desktop", "pip", "setuptools", "wheel"}):
        dist = metadata.distribution(kunci)
        baris.append(f"  {dist.metadata['Name']} {dist.version}  -  {_lisensi(dist)}")
    baris += [
        "",
        "Qt 6 dan Qt for Python (PySide6, shiboken6) dipakai di bawah GNU LGPL versi 3.",
        "Pustaka Qt disertakan sebagai berkas terpisah di folder _internal dan dapat diganti",
        "dengan versi lain yang kompatibel. Kode sumber Qt: https://download.qt.io/",
        "",
        "Kode wilayah Kemendagri Kalimantan Barat (referensi wilayah, bila disertakan atau",
        "dimuat): proyek cahyadsn/wilayah, MIT License, Copyright (c) 2017 Cahya DSN;",
        "berdasarkan Kepmendagri No. 300.2.2-2430 Tahun 2025.",
        "",
    ]
    tujuan.parent.mkdir(parents=True, exist_ok=True)
    tujuan.write_text("\n".join(baris), encoding="utf-8")
    return tujuan


def ukuran_folder(folder: Path) -> int:
    """Total size in bytes of the files under ``folder``."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def periksa_isi(bundel: Path) -> list[str]:
    """What the program needs at run time, checked in the bundle; returns what is missing."""
    internal = bundel / "_internal"
    plugin = internal / "PySide6" / ("plugins" if WINDOWS else "Qt/plugins")
    pola = {
        "program jendela": [bundel / f"{NAMA}{EXE}"],
        "program konsol": [bundel / f"kalbar-desktop{EXE}"],
        "ikon": [internal / "resources" / "ikon" / "kalbar_desktop_256.png"],
        "terjemahan .qm": list((internal / "resources" / "i18n").glob("*.qm")),
        "panduan pengguna": [internal / "docs" / "panduan.md"],
        "gambar panduan": list((internal / "docs" / "img").glob("*.png")),
        "python_calamine (native)": list((internal / "python_calamine").glob("_python_calamine*")),
        "rustpy_xlsxwriter (native)": list((internal / "rustpy_xlsxwriter").glob("*.so"))
        + list((internal / "rustpy_xlsxwriter").glob("*.pyd")),
        "lisensi": [bundel / "LISENSI-PIHAK-KETIGA.txt"],
    }
    if WINDOWS:
        pola["plugin Qt windows"] = list(plugin.glob("platforms/qwindows.dll"))
    else:
        pola["plugin Qt offscreen"] = list(plugin.glob("platforms/libqoffscreen.so"))
        pola["plugin Qt xcb"] = list(plugin.glob("platforms/libqxcb.so"))
    return [nama for nama, daftar in pola.items() if not any(p.exists() for p in daftar)]


def bangun(dist: Path, kerja: Path) -> Path:
    """Build the one-folder bundle into ``dist/KalbarDesktop``; returns that folder."""
    _kompilasi_terjemahan()
    lisensi = tulis_lisensi(kerja / "LISENSI-PIHAK-KETIGA.txt")
    hasil = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(kerja), str(SPEC)],
        cwd=AKAR, capture_output=True, text=True, check=False)
    if hasil.returncode != 0:
        raise GagalBangun(f"PyInstaller gagal:\n{hasil.stdout[-4000:]}{hasil.stderr[-4000:]}")
    bundel = dist / NAMA
    shutil.copy2(lisensi, bundel / lisensi.name)
    kurang = periksa_isi(bundel)
    if kurang:
        raise GagalBangun(f"Bundel tidak lengkap, tidak ada: {', '.join(kurang)}")
    return bundel


def uji_asap(bundel: Path, batas_detik: float = 180) -> dict:
    """Run the frozen program: ``--version``, then ``--uji-asap`` offscreen in a temporary
    home folder. Returns the program's JSON report (``ok`` True); raises on failure."""
    program = bundel / f"kalbar-desktop{EXE}"
    versi = subprocess.run([str(program), "--version"], capture_output=True, text=True,
                           timeout=60, check=False)
    if versi.returncode != 0 or versi.stdout.strip() != f"kalbar-desktop {__version__}":
        raise GagalBangun(f"--version salah: {versi.stdout!r} {versi.stderr[-2000:]!r}")
    with tempfile.TemporaryDirectory(prefix="kalbar-uji-asap-") as rumah:
        env = {**os.environ, "KALBAR_DESKTOP_HOME": rumah, "QT_QPA_PLATFORM": "offscreen"}
        env.setdefault("LANG", "C.UTF-8")
        mulai = time.perf_counter()
        jalan = subprocess.run([str(program), "--uji-asap"], capture_output=True, text=True,
                               env=env, timeout=batas_detik, check=False)
        detik = time.perf_counter() - mulai
        baris = [b for b in jalan.stdout.splitlines() if b.startswith("{")]
        if not baris:
            raise GagalBangun(f"--uji-asap tanpa laporan (status {jalan.returncode}):\n"
                              f"{jalan.stdout[-2000:]}\n{jalan.stderr[-4000:]}")
        laporan = json.loads(baris[-1])
        laporan["detik_proses"] = round(detik, 2)
        laporan["versi_keluaran"] = versi.stdout.strip()
        laporan["log_ada"] = Path(laporan.get("log", "")).is_file()
        if jalan.returncode != 0 or not laporan.get("ok") or not laporan.get("beku"):
            raise GagalBangun(f"uji asap gagal (status {jalan.returncode}): {laporan}\n"
                              f"{jalan.stderr[-4000:]}")
    return laporan


def arsipkan(bundel: Path) -> Path:
    """Pack the bundle (.zip on Windows, .tar.gz elsewhere) beside it."""
    dasar = bundel.parent / f"{NAMA}-{__version__}-{sys.platform}"
    return Path(shutil.make_archive(str(dasar), "zip" if WINDOWS else "gztar",
                                    root_dir=bundel.parent, base_dir=bundel.name))


def buat_installer(bundel: Path, keluaran: Path) -> Path:
    """Windows: compile installer/kalbar_desktop.iss with Inno Setup 6 (ISCC)."""
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if not iscc:
        for akar in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES"),
                     os.environ.get("LOCALAPPDATA", "") + r"\Programs"):
            calon = Path(akar or "") / "Inno Setup 6" / "ISCC.exe"
            if akar and calon.is_file():
                iscc = str(calon)
                break
    if not iscc:
        raise GagalBangun("Inno Setup 6 (ISCC.exe) tidak ditemukan; pasang dari jrsoftware.org")
    subprocess.run([iscc, f"/DVersiAplikasi={__version__}", f"/DFolderBundel={bundel}",
                    f"/O{keluaran}", str(ISS)], check=True)
    return keluaran / f"{NAMA}-Setup-{__version__}.exe"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--dist", type=Path, default=AKAR / "dist")
    p.add_argument("--kerja", type=Path, default=AKAR / "build" / "pyinstaller")
    p.add_argument("--uji", action="store_true", help="uji asap setelah membangun")
    p.add_argument("--uji-saja", action="store_true", help="hanya uji asap bundel yang ada")
    p.add_argument("--arsip", action="store_true", help="kemas bundel (.tar.gz/.zip)")
    p.add_argument("--installer", action="store_true", help="Windows: buat installer Inno Setup")
    arg = p.parse_args(argv)
    try:
        bundel = arg.dist / NAMA
        if not arg.uji_saja:
            mulai = time.perf_counter()
            bundel = bangun(arg.dist, arg.kerja)
            print(f"Bundel: {bundel} dibangun dalam {time.perf_counter() - mulai:.1f} s, "
                  f"{ukuran_folder(bundel) / 1e6:.0f} MB")
        if arg.uji or arg.uji_saja:
            laporan = uji_asap(bundel)
            print(f"Uji asap OK: {laporan['versi_keluaran']}, {laporan['keluarga_di_tabel']} "
                  f"keluarga demo di jendela (Qt {laporan['qt']}, {laporan['platform_qt']}), "
                  f"{laporan['detik_proses']} s; ukuran bundel "
                  f"{ukuran_folder(bundel) / 1e6:.0f} MB")
        if arg.arsip:
            arsip = arsipkan(bundel)
            print(f"Arsip: {arsip} ({arsip.stat().st_size / 1e6:.0f} MB)")
        if arg.installer:
            if not WINDOWS:
                raise GagalBangun("Installer Inno Setup hanya bisa dibuat di Windows")
            print(f"Installer: {buat_installer(bundel, arg.dist)}")
    except GagalBangun as e:
        print(f"GAGAL: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
