"""Fixtures shared by the window tests: translations and a database with demo families."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.ui import bahasa

AKAR = Path(__file__).resolve().parents[2]


def skrip_i18n() -> ModuleType:
    """``scripts/i18n.py`` (finds lrelease/lupdate, compiles the .ts sources)."""
    spec = importlib.util.spec_from_file_location("i18n_skrip", AKAR / "scripts" / "i18n.py")
    modul = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modul)
    return modul


@pytest.fixture(scope="session")
def folder_qm(tmp_path_factory) -> Path:
    """The repository's translations compiled into a temporary folder (once per session)."""
    folder = tmp_path_factory.mktemp("qm")
    lrelease = skrip_i18n().alat("pyside6-lrelease")
    for ts in (AKAR / "resources" / "i18n").glob("*.ts"):
        subprocess.run([lrelease, "-silent", str(ts), "-qm",
                        str(folder / ts.with_suffix(".qm").name)], check=True)
    return folder


@pytest.fixture
def pasang(qapp):
    """Install a translation for the test; removed again afterwards."""
    terpasang = []

    def _pasang(kode: str, folder: Path | None = None) -> bahasa.Terjemahan:
        t = bahasa.pasang_penerjemah(qapp, kode, folder)
        terpasang.append(t)
        return t

    yield _pasang
    for t in reversed(terpasang):
        bahasa.lepas_penerjemah(qapp, t)


@pytest.fixture
def db_isi(db_path, berkas_demo_2023) -> Path:
    """A database file with the 2023 demo families imported."""
    with sdb.terbuka(db_path) as db:
        impor_p3ke.impor(db, berkas_demo_2023, pengguna="penguji")
    return db_path


@pytest.fixture
def flashdisk(tmp_path, db_isi) -> Path:
    """The demo database on a 'USB stick' (a folder of its own), for tests that pull it."""
    folder = tmp_path / "FLASHDISK"
    folder.mkdir()
    tujuan = folder / "kab.db"
    shutil.copyfile(db_isi, tujuan)
    return tujuan


def verifikasi_di_laptop_lain(berkas: Path, jumlah: int = 7) -> None:
    """While the stick was pulled it was in a colleague's laptop: the first ``jumlah`` families
    were verified there (written with the plain sqlite3 module; the window's writer lock is
    in this process)."""
    import sqlite3

    lain = sqlite3.connect(berkas)
    with lain:
        lain.execute("UPDATE verifikasi_keluarga SET status_verifikasi = 'DITEMUKAN' WHERE "
                     "id_keluarga IN (SELECT id_keluarga FROM keluarga ORDER BY id_keluarga "
                     "LIMIT ?)", [jumlah])
    lain.close()


@pytest.fixture
def jendela_flashdisk(qtbot, flashdisk):
    """The main window on :func:`flashdisk`, signed in as Ani; closed without questions."""
    from PySide6.QtWidgets import QMessageBox

    from kalbar_desktop.ui import create_main_window

    w = create_main_window(flashdisk, user="Ani")
    w.resize(1366, 740)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.tutup_tanpa_tanya = True
    for kotak in w.findChildren(QMessageBox):
        kotak.close()
    w.close()
    w.deleteLater()


@pytest.fixture
def jendela_ukuran(qtbot, db_isi):
    """Opens the main window on :func:`db_isi` as rina at a given size (a laptop screen less
    its taskbar, say 1093x580 for 1366x768 at 125 %); closed without questions."""
    from kalbar_desktop.ui import create_main_window

    def buka(lebar: int, tinggi: int):
        w = create_main_window(db_isi, user="rina")
        qtbot.addWidget(w)
        w.tutup_tanpa_tanya = True
        w.resize(lebar, tinggi)
        w.show()
        qtbot.waitExposed(w)
        return w

    return buka


@pytest.fixture
def huruf_besar(qapp):
    """The application font raised to 11 pt (Windows "Make text bigger", about 125 %)."""
    asal = qapp.font()
    besar = qapp.font()
    besar.setPointSizeF(11)
    qapp.setFont(besar)
    yield
    qapp.setFont(asal)
