"""An export with names killed half-way (SIGKILL) leaves its rows - names and NIKs in clear - in
a working folder under the user's temporary folder. The next export (and the window's start)
removes such a folder once nobody has written to it for an hour; a folder still being written
is left alone. From the acceptance round terima8 (issue 6, crash safety)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.exchange import demo, ekspor, ekspor_audit, impor_p3ke, sisa_sementara
from kalbar_desktop.storage import audit
from kalbar_desktop.storage import db as sdb
from tests import masukan_luar

ALAT = Path(__file__).resolve().parents[1] / "alat_mati.py"
AKAR = Path(__file__).resolve().parents[2]
BUDI = Pengguna("budi", Peran.VERIFIKATOR)


@pytest.fixture
def temp_sendiri(tmp_path, monkeypatch) -> Path:
    """A temporary folder of the test's own (the system's holds other runs' leftovers)."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _basis_data(tmp_path: Path, keluarga: int = 0) -> Path:
    """The outside pair; with ``keluarga``, a demo district of that size instead (rows enough
    to pass the writer's buffer before the kill)."""
    path = tmp_path / "kab.db"
    berkas = (demo.tulis(tmp_path / "demo", demo.OpsiDemo(keluarga=keluarga, seed=8))
              if keluarga else masukan_luar.pasangan_2023(tmp_path))
    with sdb.terbuka(path) as db:
        impor_p3ke.impor(db, list(berkas), pengguna="penguji")
    return path


def _ekspor_dibunuh(db_path: Path, temp: Path, keluaran: Path) -> Path:
    """Run the by-name export in a child process and SIGKILL it half-way through its rows;
    returns the working folder it left in ``temp``."""
    env = dict(os.environ, PYTHONPATH=str(AKAR), TEMP_MATI=str(temp))
    kering = subprocess.run([sys.executable, str(ALAT), "ekspor", str(db_path), str(keluaran)],
                            capture_output=True, text=True, timeout=120, env=env, check=True)
    langkah = json.loads(kering.stdout)["langkah"]
    keluaran.unlink()
    assert list(temp.iterdir()) == [], "an export that ended left its working folder"
    dibunuh = subprocess.run([sys.executable, str(ALAT), "ekspor", str(db_path), str(keluaran)],
                             capture_output=True, text=True, timeout=120,
                             env=dict(env, TITIK_MATI=str(langkah * 3 // 4)))
    assert dibunuh.returncode == -signal.SIGKILL, dibunuh.stderr
    assert not keluaran.exists()
    sisa = [p for p in temp.iterdir() if p.name.startswith("kalbar-ekspor-")]
    assert len(sisa) == 1, list(temp.iterdir())
    return sisa[0]


def _tua(folder: Path, detik: float) -> None:
    lalu = time.time() - detik
    for p in [*folder.iterdir(), folder]:
        os.utime(p, (lalu, lalu))


def test_ekspor_berikutnya_menghapus_sisa_ekspor_yang_dibunuh(tmp_path, temp_sendiri):
    db_path = _basis_data(tmp_path, keluarga=400)
    sisa = _ekspor_dibunuh(db_path, temp_sendiri, tmp_path / "prov.xlsx")
    isi = b"".join(p.read_bytes() for p in sisa.iterdir())
    with sdb.terbuka(db_path, baca_saja=True) as db:
        nama = [r[0] for r in db.execute("SELECT nama FROM anggota")]
    assert sum(f"<t>{n}</t>".encode() in isi for n in nama) > 100  # names, in clear
    _tua(sisa, 2 * 60 * 60)
    masih_ditulis = temp_sendiri / "kalbar-ekspor-lain"
    masih_ditulis.mkdir()
    (masih_ditulis / "baris").write_text("export of another window, still running")
    _tua(masih_ditulis, 5 * 60)

    with sdb.terbuka(db_path) as db:
        ekspor.ekspor(db, ekspor.OpsiEkspor(tmp_path / "prov2.xlsx", dengan_nama=True,
                                            nik_penuh=True, alasan="Musdes"), BUDI)

    assert not sisa.exists()
    assert masih_ditulis.exists()
    assert sorted(p.name for p in temp_sendiri.iterdir()) == ["kalbar-ekspor-lain"]


def test_ekspor_jejak_audit_dan_awal_aplikasi_menghapus_sisa(tmp_path, temp_sendiri):
    db_path = _basis_data(tmp_path)
    tua = []
    for prefiks in sisa_sementara.PREFIKS:
        folder = temp_sendiri / f"{prefiks}dibunuh"
        folder.mkdir()
        (folder / "tmpbaris").write_text("<row><c><is><t>6172015505900007</t></is></c></row>")
        _tua(folder, 2 * 60 * 60)
        tua.append(folder)
    bukan_milik_kita = temp_sendiri / "kalbar-lain-lama"
    bukan_milik_kita.mkdir()
    _tua(bukan_milik_kita, 2 * 60 * 60)

    with sdb.terbuka(db_path) as db:
        ekspor_audit.ekspor(db, audit.SaringAudit(), tmp_path / "audit.xlsx", BUDI)
    assert not any(p.exists() for p in tua)
    assert bukan_milik_kita.exists()

    lagi = temp_sendiri / "kalbar-koreksi-dibunuh"
    lagi.mkdir()
    _tua(lagi, 2 * 60 * 60)
    assert sisa_sementara.hapus_sisa() == 1 and not lagi.exists()
