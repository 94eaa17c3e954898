"""The temporary folder checked from outside (closing note 24): while a re-import of a
password-protected corrections workbook and a district-size import (a sheet cut into pieces,
``kalbar-desktop-potongan``) run in their own processes, a watcher copies everything that
appears in their temporary folder (``TMPDIR``) every few milliseconds, with its mode, and looks
for full NIKs (``[0-9]{16}``, xlsx unzipped). Then: what a finished, a refused and a killed run
leave there, and that the next export or import removes what a killed run left
(docs/security.md, "Which files hold full NIKs")."""

from __future__ import annotations

import io
import os
import re
import signal
import stat
import subprocess
import sys
import threading
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kalbar_desktop.exchange import sisa_sementara, xlsx_potong
from kalbar_desktop.storage import db as sdb
from tests.lapangan import db_desa

SANDI_WORKBOOK = "rahasia-kantor-7"
_ENAM_BELAS = re.compile(rb"(?<![0-9])[0-9]{16}(?![0-9])")
_PENGGERAK_POTONG = """
import sys
from kalbar_desktop.exchange import xlsx_potong
xlsx_potong.UKURAN_MIN, xlsx_potong.UKURAN_POTONGAN, xlsx_potong._BLOK = 1, 3000, 700
from kalbar_desktop.cli import main
sys.argv = ["kalbar-desktop", *sys.argv[1:]]
main()
"""
"""The console with every sheet cut into pieces of 3 KB (as a district file of 50 MB and more
would be), so a small file goes the same way."""


@dataclass
class Pengamat:
    """Copies what appears under ``folder`` (names starting ``kalbar-``) every 2 ms."""

    folder: Path
    mode: dict[str, int] = field(default_factory=dict)
    isi: dict[str, bytes] = field(default_factory=dict)
    henti: threading.Event = field(default_factory=threading.Event)

    def _lihat(self) -> None:
        for akar in self.folder.glob("kalbar-*"):
            for p in [akar, *(akar.rglob("*") if akar.is_dir() else [])]:
                nama = str(p.relative_to(self.folder))
                try:
                    self.mode[nama] = stat.S_IMODE(p.stat().st_mode)
                    if p.is_file():
                        data = p.read_bytes()
                        if len(data) >= len(self.isi.get(nama, b"")):
                            self.isi[nama] = data
                except OSError:
                    pass

    def jalan(self) -> None:
        while not self.henti.is_set():
            self._lihat()
            time.sleep(0.002)

    def __enter__(self) -> Pengamat:
        self._thread = threading.Thread(target=self.jalan, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *_a) -> None:
        self.henti.set()
        self._thread.join(5)


def _nik_di(data: bytes) -> set[str]:
    teks = [data]
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            teks = [z.read(n) for n in z.namelist()]
    except zipfile.BadZipFile:
        pass  # caught half-written: its raw bytes
    return {m.decode() for t in teks for m in _ENAM_BELAS.findall(t)}


def _env(tmp: Path, rumah: Path) -> dict[str, str]:
    return {**os.environ, "KALBAR_DESKTOP_HOME": str(rumah), "LANG": "C.UTF-8",
            "TMPDIR": str(tmp)}


def _konsol(env: dict[str, str], *arg: str, skrip: str | None = None) -> subprocess.Popen:
    awal = ["-c", skrip] if skrip else ["-m", "kalbar_desktop"]
    return subprocess.Popen([sys.executable, *awal, *arg], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)


def _selesai(proses: subprocess.Popen) -> str:
    keluar, galat = proses.communicate(timeout=180)
    assert proses.returncode == 0, (keluar, galat)
    return keluar


def _baca(p: Path) -> bytes:
    try:
        return p.read_bytes()
    except OSError:
        return b""


def _bunuh_saat(proses: subprocess.Popen, syarat) -> None:
    """SIGKILL ``proses`` (a power cut) as soon as ``syarat()`` holds."""
    batas = time.monotonic() + 60
    while not syarat():
        assert proses.poll() is None and time.monotonic() < batas, "never seen"
        time.sleep(0.001)
    proses.send_signal(signal.SIGKILL)
    proses.communicate(timeout=10)


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


def test_impor_ulang_sementara_pribadi_dan_dibuang(workbook_sandi):
    """The re-import decrypts the workbook into its own folder ``kalbar-koreksi-*`` (0700),
    as a file of mode 0600 holding what the workbook holds (here full NIKs); the folder is gone
    when it ends, and when the password is wrong."""
    db_path, wb, sandi, rumah, sementara = workbook_sandi
    nik = _nik_basis_data(db_path)
    env = _env(sementara, rumah)
    with Pengamat(sementara) as lihat:
        _selesai(_konsol(env, "--db", str(db_path), "reimport", "--password-file", str(sandi),
                         str(wb)))
    folder = [n for n in lihat.mode if "/" not in n]
    assert len(folder) == 1 and folder[0].startswith("kalbar-koreksi-"), lihat.mode
    assert lihat.mode[folder[0]] == 0o700
    berkas = {n: m for n, m in lihat.mode.items() if "/" in n}
    assert berkas == {f"{folder[0]}/terbuka.xlsx": 0o600}
    assert _nik_di(lihat.isi[f"{folder[0]}/terbuka.xlsx"]) & nik  # the workbook's NIKs
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
    _bunuh_saat(proses, lambda: any(_nik_di(_baca(p)) & nik for p in
                                    sementara.glob("kalbar-koreksi-*/terbuka.xlsx")))
    (sisa,) = sementara.glob("kalbar-koreksi-*")
    assert stat.S_IMODE(sisa.stat().st_mode) == 0o700
    assert stat.S_IMODE((sisa / "terbuka.xlsx").stat().st_mode) == 0o600
    assert _nik_di((sisa / "terbuka.xlsx").read_bytes()) & nik

    keluar = db_path.with_name("rekap.xlsx")
    _selesai(_konsol(env, "--db", str(db_path), "export", str(keluar)))
    assert sisa.exists()  # written to seconds ago: perhaps another window's re-import
    dulu = time.time() - sisa_sementara.UMUR_SISA - 60
    for p in (sisa / "terbuka.xlsx", sisa):
        os.utime(p, (dulu, dulu))
    _selesai(_konsol(env, "--db", str(db_path), "export", "--timpa", str(keluar)))
    assert list(sementara.iterdir()) == []


def _impor_potong(tmp_path: Path, env: dict[str, str], db_path: Path,
                  berkas: list[Path]) -> subprocess.Popen:
    return _konsol(env, "--db", str(db_path), "import", *map(str, berkas),
                   skrip=_PENGGERAK_POTONG)


def test_potongan_lembar_pribadi_dan_dibuang(tmp_path, berkas_demo_2023):
    """A sheet read in pieces is cut into a workbook of mode 0600 in the account's own folder
    ``kalbar-desktop-potongan-<uid>`` (0700), holding the sheet's rows (full NIKs); each is
    gone when the import ends, and the folder is empty."""
    rumah, sementara = tmp_path / "rumah", tmp_path / "tmp"
    sementara.mkdir()
    env = _env(sementara, rumah)
    db_path = tmp_path / "kab.db"
    with Pengamat(sementara) as lihat:
        _selesai(_impor_potong(tmp_path, env, db_path, berkas_demo_2023))
    nik = _nik_basis_data(db_path)
    folder = f"{xlsx_potong.FOLDER_SEMENTARA}-{os.getuid()}"
    assert lihat.mode[folder] == 0o700
    potongan = {n: m for n, m in lihat.mode.items() if n.startswith(f"{folder}/")}
    assert potongan and set(potongan.values()) == {0o600}, potongan
    assert set().union(*(_nik_di(lihat.isi[n]) for n in potongan if n in lihat.isi)) & nik
    assert [p.name for p in sementara.iterdir()] == [folder]
    assert list((sementara / folder).iterdir()) == []


def test_potongan_dibunuh_sisanya_dibuang_impor_berikutnya(tmp_path, berkas_demo_2023):
    """An import killed while it cuts a sheet leaves the piece workbook (0600, in the 0700
    folder); the next import removes it once it is 10 minutes old."""
    rumah, sementara = tmp_path / "rumah", tmp_path / "tmp"
    sementara.mkdir()
    env = _env(sementara, rumah)
    db_path = tmp_path / "kab.db"
    folder = sementara / f"{xlsx_potong.FOLDER_SEMENTARA}-{os.getuid()}"
    proses = _impor_potong(tmp_path, env, db_path, berkas_demo_2023)
    # killed while it cuts, after the first rows are out (once calamine has opened the
    # workbook it is unlinked: then nothing would be left)
    _bunuh_saat(proses, lambda: any(_ENAM_BELAS.search(_baca(p)) for p in folder.glob("*.xlsx")))
    sisa = list(folder.glob("*.xlsx"))  # one per sheet being cut
    assert sisa and {stat.S_IMODE(p.stat().st_mode) for p in sisa} == {0o600}
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    isi = b"".join(p.read_bytes() for p in sisa)
    dulu = time.time() - xlsx_potong.UMUR_SISA - 60
    for p in sisa:
        os.utime(p, (dulu, dulu))
    _selesai(_impor_potong(tmp_path, env, db_path, berkas_demo_2023))
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
