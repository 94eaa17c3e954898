"""The temporary folder checked from outside (closing note 24): a re-import of a
password-protected corrections workbook and a district-size import (a sheet cut into pieces,
``kalbar-desktop-potongan``) run in their own processes with their own temporary folder
(``TMPDIR``). Each is held at the moment its temporary workbook is complete (the decrypted copy
written, the piece workbook cut, before calamine opens it), and the test looks at the folder
from outside: modes, and full NIKs (``[0-9]{16}``, xlsx unzipped). Then: what a finished, a
refused and a killed run leave there, and that the next export or import removes what a killed
run left (docs/security.md, "Which files hold full NIKs").

The hold makes this exact: a watcher polling every few milliseconds missed the short-lived
files on a loaded machine."""

from __future__ import annotations

import io
import os
import re
import signal
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from kalbar_desktop.exchange import sisa_sementara, xlsx_potong
from kalbar_desktop.storage import db as sdb
from tests.lapangan import db_desa

SANDI_WORKBOOK = "rahasia-kantor-7"
_ENAM_BELAS = re.compile(rb"(?<![0-9])[0-9]{16}(?![0-9])")

_PENGGERAK = """
import os, sys, time, types
from pathlib import Path
import python_calamine
from kalbar_desktop.exchange import impor_koreksi, xlsx_potong

jeda = Path(os.environ["UJI_JEDA"])


def tahan(nama, apa=""):
    (jeda / (nama + ".tmp")).write_text(apa)  # whole before the test sees it
    (jeda / (nama + ".tmp")).replace(jeda / (nama + ".siap"))
    while not (jeda / (nama + ".lanjut")).exists():
        time.sleep(0.01)


buka_asli = impor_koreksi._buka


def _buka(path, kata_sandi, tmp):
    hasil = buka_asli(path, kata_sandi, tmp)
    if hasil != path:  # the decrypted copy is written
        tahan("koreksi")
    return hasil


impor_koreksi._buka = _buka

if os.environ.get("UJI_POTONG"):
    xlsx_potong.UKURAN_MIN, xlsx_potong.UKURAN_POTONGAN, xlsx_potong._BLOK = 1, 3000, 700
    dibuka = []

    class _Calamine:
        @staticmethod
        def from_path(path):  # the piece workbook cut, before calamine opens it
            dibuka.append(path)
            if len(dibuka) == 1:
                tahan("potong", str(path))
            return python_calamine.CalamineWorkbook.from_path(path)

    xlsx_potong.python_calamine = types.SimpleNamespace(CalamineWorkbook=_Calamine)

from kalbar_desktop.cli import main
sys.argv = ["kalbar-desktop", *sys.argv[1:]]
main()
"""
"""The console, held (``tahan``) where its temporary workbook is complete, until the test
lets it go on (``<nama>.lanjut``) or kills it. With ``UJI_POTONG`` every sheet is cut into
pieces of 3 KB (as a district file of 50 MB and more would be), so a small file goes that way."""


def _nik_di(data: bytes) -> set[str]:
    teks = [data]
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            teks = [z.read(n) for n in z.namelist()]
    except zipfile.BadZipFile:
        pass
    return {m.decode() for t in teks for m in _ENAM_BELAS.findall(t)}


def _env(tmp: Path, rumah: Path, potong: bool = False) -> dict[str, str]:
    jeda = tmp.with_name("jeda")
    jeda.mkdir(exist_ok=True)
    env = {**os.environ, "KALBAR_DESKTOP_HOME": str(rumah), "LANG": "C.UTF-8",
           "TMPDIR": str(tmp), "UJI_JEDA": str(jeda)}
    if potong:
        env["UJI_POTONG"] = "1"
    return env


_BERJALAN: list[subprocess.Popen] = []


@pytest.fixture(autouse=True)
def _tanpa_sisa_proses():
    """A test that fails while its console is held kills it and closes its pipes, so that no
    process or open pipe is left for a later test to trip on."""
    yield
    while _BERJALAN:
        proses = _BERJALAN.pop()
        if proses.poll() is None:
            proses.kill()
        proses.communicate(timeout=30)


def _konsol(env: dict[str, str], *arg: str) -> subprocess.Popen:
    proses = subprocess.Popen([sys.executable, "-c", _PENGGERAK, *arg], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env)
    _BERJALAN.append(proses)
    return proses


def _selesai(proses: subprocess.Popen) -> str:
    keluar, galat = proses.communicate(timeout=180)
    assert proses.returncode == 0, (keluar, galat)
    return keluar


def _tunggu_tahan(proses: subprocess.Popen, env: dict[str, str], nama: str) -> None:
    """Wait until ``proses`` is held at ``nama`` (its temporary workbook complete)."""
    siap = Path(env["UJI_JEDA"]) / f"{nama}.siap"
    batas = time.monotonic() + 120
    while not siap.exists():
        if proses.poll() is not None:
            keluar, galat = proses.communicate()
            pytest.fail(f"ended before {nama}: {keluar}{galat}")
        assert time.monotonic() < batas, f"never held at {nama}"
        time.sleep(0.01)


def _lanjut(env: dict[str, str], nama: str) -> None:
    (Path(env["UJI_JEDA"]) / f"{nama}.lanjut").write_text("")


def _bunuh(proses: subprocess.Popen) -> None:
    """SIGKILL ``proses`` (a power cut, the task manager)."""
    proses.send_signal(signal.SIGKILL)
    proses.communicate(timeout=30)


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def _nik_basis_data(path: Path) -> set[str]:
    with sdb.terbuka(path, baca_saja=True) as db:
        return {r[0] for r in db.execute("SELECT nik FROM anggota UNION SELECT no_kk FROM "
                                         "keluarga") if r[0]}


@pytest.fixture
def workbook_sandi(tmp_path):
    """A database of six families and its provincial workbook with names and full NIKs,
    protected with a password."""
    db_path = db_desa(tmp_path)
    rumah, sementara = tmp_path / "rumah", tmp_path / "tmp"
    sementara.mkdir()
    sandi = tmp_path / "sandi.txt"
    sandi.write_text(SANDI_WORKBOOK + "\n")
    wb = tmp_path / "koreksi.xlsx"
    _selesai(_konsol(_env(sementara, rumah), "--db", str(db_path), "export", "--dengan-nama",
                     "--nik-penuh", "--alasan", "koreksi desa", "--password-file", str(sandi),
                     str(wb)))
    assert wb.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"  # encrypted (an OLE container)
    return db_path, wb, sandi, rumah, sementara


def _salinan_terbuka(sementara: Path, nik: set[str]) -> Path:
    """The re-import's one folder ``kalbar-koreksi-*`` (0700) holding only ``terbuka.xlsx``
    (0600) with the workbook's NIKs; returns the folder."""
    (folder,) = sementara.iterdir()
    assert folder.name.startswith("kalbar-koreksi-") and _mode(folder) == 0o700
    assert [p.name for p in folder.iterdir()] == ["terbuka.xlsx"]
    assert _mode(folder / "terbuka.xlsx") == 0o600
    assert _nik_di((folder / "terbuka.xlsx").read_bytes()) & nik  # the workbook's NIKs
    return folder


def test_impor_ulang_sementara_pribadi_dan_dibuang(workbook_sandi):
    """The re-import decrypts the workbook into its own folder ``kalbar-koreksi-*`` (0700),
    as a file of mode 0600 holding what the workbook holds (here full NIKs); the folder is gone
    when it ends, and when the password is wrong."""
    db_path, wb, sandi, rumah, sementara = workbook_sandi
    nik = _nik_basis_data(db_path)
    env = _env(sementara, rumah)
    proses = _konsol(env, "--db", str(db_path), "reimport", "--password-file", str(sandi),
                     str(wb))
    _tunggu_tahan(proses, env, "koreksi")
    _salinan_terbuka(sementara, nik)
    _lanjut(env, "koreksi")
    _selesai(proses)
    assert list(sementara.iterdir()) == []

    salah = sandi.with_name("salah.txt")
    salah.write_text("bukan-sandinya\n")
    proses = _konsol(env, "--db", str(db_path), "reimport", "--password-file", str(salah),
                     str(wb))
    keluar, galat = proses.communicate(timeout=180)
    assert proses.returncode != 0 and "Kata sandi salah" in keluar + galat
    assert list(sementara.iterdir()) == []


def test_impor_ulang_dibunuh_sisanya_dibuang_ekspor_berikutnya(workbook_sandi):
    """A re-import killed (power cut, task manager) while the decrypted copy is there leaves
    it, in a folder only its owner can enter; the next export removes it once nobody has
    written to it for an hour (one still written to belongs to a running program: kept)."""
    db_path, wb, sandi, rumah, sementara = workbook_sandi
    nik = _nik_basis_data(db_path)
    env = _env(sementara, rumah)
    proses = _konsol(env, "--db", str(db_path), "reimport", "--password-file", str(sandi),
                     str(wb))
    _tunggu_tahan(proses, env, "koreksi")
    _bunuh(proses)
    sisa = _salinan_terbuka(sementara, nik)

    keluar = db_path.with_name("rekap.xlsx")
    _selesai(_konsol(env, "--db", str(db_path), "export", str(keluar)))
    assert sisa.exists()  # written to seconds ago: perhaps another window's re-import
    dulu = time.time() - sisa_sementara.UMUR_SISA - 60
    for p in (sisa / "terbuka.xlsx", sisa):
        os.utime(p, (dulu, dulu))
    _selesai(_konsol(env, "--db", str(db_path), "export", "--timpa", str(keluar)))
    assert list(sementara.iterdir()) == []


def _impor_potong(env: dict[str, str], db_path: Path, berkas: list[Path]) -> subprocess.Popen:
    return _konsol(env, "--db", str(db_path), "import", *map(str, berkas))


def _potongan(sementara: Path) -> tuple[Path, list[Path]]:
    """The account's piece folder (0700) and the piece workbooks in it (each 0600), the only
    thing in the temporary folder. While one reading thread is held, the other file's thread
    goes on and may remove its own piece between the listing and the look: such a piece is
    left out."""
    folder = sementara / f"{xlsx_potong.FOLDER_SEMENTARA}-{os.getuid()}"
    assert list(sementara.iterdir()) == [folder] and _mode(folder) == 0o700
    mode = {}
    for p in folder.iterdir():
        try:
            mode[p] = _mode(p)
        except FileNotFoundError:
            continue
    assert mode and {p.suffix for p in mode} == {".xlsx"}
    assert set(mode.values()) == {0o600}
    return folder, list(mode)


def _ditahan(env: dict[str, str]) -> Path:
    """The piece workbook the held reading thread was about to open (complete, kept while
    held)."""
    return Path((Path(env["UJI_JEDA"]) / "potong.siap").read_text())


def test_potongan_lembar_pribadi_dan_dibuang(tmp_path, berkas_demo_2023):
    """A sheet read in pieces is cut into a workbook of mode 0600 in the account's own folder
    ``kalbar-desktop-potongan-<uid>`` (0700), holding the sheet's rows (full NIKs); each is
    gone when the import ends, and the folder is empty."""
    rumah, sementara = tmp_path / "rumah", tmp_path / "tmp"
    sementara.mkdir()
    env = _env(sementara, rumah, potong=True)
    db_path = tmp_path / "kab.db"
    proses = _impor_potong(env, db_path, berkas_demo_2023)
    _tunggu_tahan(proses, env, "potong")
    folder, _ = _potongan(sementara)
    ditahan = _ditahan(env)
    assert ditahan.parent == folder and _mode(ditahan) == 0o600
    isi = ditahan.read_bytes()
    _lanjut(env, "potong")
    _selesai(proses)
    assert _nik_di(isi) & _nik_basis_data(db_path)  # the P3KE file's NIKs
    assert list(sementara.iterdir()) == [folder]
    assert list(folder.iterdir()) == []


def test_potongan_dibunuh_sisanya_dibuang_impor_berikutnya(tmp_path, berkas_demo_2023):
    """An import killed while a cut sheet waits to be read leaves the piece workbook (0600, in
    the 0700 folder); the next import removes it once it is 10 minutes old."""
    rumah, sementara = tmp_path / "rumah", tmp_path / "tmp"
    sementara.mkdir()
    env = _env(sementara, rumah, potong=True)
    db_path = tmp_path / "kab.db"
    proses = _impor_potong(env, db_path, berkas_demo_2023)
    _tunggu_tahan(proses, env, "potong")
    _bunuh(proses)
    folder, sisa = _potongan(sementara)
    isi = b"".join(p.read_bytes() for p in sisa)
    dulu = time.time() - xlsx_potong.UMUR_SISA - 60
    for p in sisa:
        os.utime(p, (dulu, dulu))
    (Path(env["UJI_JEDA"]) / "potong.siap").unlink()
    _lanjut(env, "potong")
    _selesai(_impor_potong(env, db_path, berkas_demo_2023))
    assert list(folder.iterdir()) == []
    assert _nik_di(isi) & _nik_basis_data(db_path)  # it held the P3KE file's NIKs


def test_folder_potongan_tautan_lembar_dibaca_utuh(tmp_path, monkeypatch, berkas_demo_2023):
    """Another account may have put a link (or its own folder) at the account's folder name
    in the shared /tmp before it: no piece is written through it; the sheet is read whole."""
    from kalbar_desktop.exchange import reader

    monkeypatch.setattr(xlsx_potong, "UKURAN_MIN", 1)
    monkeypatch.setattr(xlsx_potong, "UKURAN_POTONGAN", 3000)
    monkeypatch.setattr(xlsx_potong, "_BLOK", 700)
    sementara, lain = tmp_path / "tmp", tmp_path / "milik-lain"
    sementara.mkdir()
    lain.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(sementara))
    xlsx_potong.folder_sementara().symlink_to(lain, target_is_directory=True)
    individu = next(p for p in berkas_demo_2023 if "Individu" in p.name)
    (lb,) = reader.buka_lembar(individu)
    try:
        baris = [list(sel) for _n, sel in lb.baris()]
        assert lb.bertahap() == 0  # read whole
    finally:
        lb.lepaskan()
    assert len(baris) > 100
    assert list(lain.iterdir()) == []
