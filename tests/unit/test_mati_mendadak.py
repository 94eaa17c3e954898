"""Crash safety: the process is killed with SIGKILL at many points during an import (a re-import
over a database holding verification work), a save of a family, a submission for approval, a
backup, a restore and exports (the audit log and the findings report), then:

- the database passes the check (``kalbar-desktop check``, full form),
- it holds the state before or after the operation and nothing in between,
- the verification saved before the operation is still there,
- no half-written export or backup file exists under its final name,
- the next program can open the database for writing (the dead process's lock is gone).

The child process (``tests/alat_mati.py``) counts its steps deterministically; a dry run tells
where it begins and commits transactions and renames files, so kill points land right before
and right after each of those moments as well as spread over the whole operation.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import openpyxl
import pytest

from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.domain.status import Verifikasi
from kalbar_desktop.exchange import demo, impor_p3ke
from kalbar_desktop.storage import cadangan, periksa
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv

pytestmark = pytest.mark.slow

ALAT = Path(__file__).resolve().parents[1] / "alat_mati.py"
AKAR = Path(__file__).resolve().parents[2]
BERUBAH_WAKTU = {"waktu", "dibuat_pada", "diperbarui_pada", "diubah_pada", "hash",
                 "hash_sebelumnya", "hash_terakhir", "terakhir_masuk", "mesin"}
TABEL = ("keluarga", "anggota", "verifikasi_keluarga", "verifikasi_anggota", "temuan", "impor",
         "impor_file", "audit_log", "audit_segel", "pengguna", "wilayah", "pengaturan")


def _isi(path: Path) -> dict[str, list[tuple]]:
    """The content of the data tables without the columns that hold the time of writing."""
    with sdb.terbuka(path, baca_saja=True, migrasi=False) as db:
        hasil = {}
        for t in TABEL:
            kolom = [r[1] for r in db.execute(f"PRAGMA table_info({t})")
                     if r[1] not in BERUBAH_WAKTU]
            hasil[t] = db.execute(f"SELECT {', '.join(kolom)} FROM {t} ORDER BY 1").fetchall()
        # A restore records the paths of its files (different for every run): compare without.
        # So do exports (file names, the file's SHA-256 that changes with the time written).
        hasil["audit_log"] = [(*r[:-1], None) if r[2] == "PULIHKAN" or r[2].startswith("EKSPOR")
                              else r for r in hasil["audit_log"]]
        return hasil


def _anak(operasi: str, db_path: Path, *args, titik: int = 0) -> subprocess.CompletedProcess:
    env = dict(os.environ, TITIK_MATI=str(titik), PYTHONPATH=str(AKAR))
    return subprocess.run([sys.executable, str(ALAT), operasi, str(db_path), *map(str, args)],
                          capture_output=True, text=True, timeout=120, env=env)


def _titik(langkah: int, khusus: list, merata: int, dari_awal: bool = False) -> list[int]:
    """Kill points: before and after each special moment of the writing part, and ``merata``
    more spread between the first write (or the start, for exports, which write a file from
    their first step) and the end, plus two while reading."""
    pertama = 1 if dari_awal else min((k for k, _ in khusus), default=1)
    hasil = {max(1, pertama // 3), max(1, 2 * pertama // 3)}
    for k, _nama in khusus:
        hasil.update({k, k + 1})
    for i in range(1, merata + 1):
        hasil.add(pertama + (langkah - pertama) * i // (merata + 1))
    return sorted(t for t in hasil if 1 <= t <= langkah)


def _siapkan(tmp: Path, berkas_v1) -> tuple[Path, str]:
    """A database with the first import and a committed verification, as one closed file (and
    a backup from between the two, for the restore)."""
    path = tmp / "awal.db"
    with sdb.terbuka(path) as db:
        impor_p3ke.impor(db, berkas_v1, pengguna="penguji")
        cadangan.cadangkan(db, tmp / "cadangan-lama.db")
        idk = db.execute("SELECT id_keluarga FROM keluarga ORDER BY id_keluarga LIMIT 1"
                         ).fetchone()[0]
        sv.simpan(db, idk, Pengguna("budi", Peran.VERIFIKATOR), Verifikasi(
            status_verifikasi="DITEMUKAN", kelayakan="LAYAK", tanggal_kunjungan="2026-11-19",
            nama_verifikator="Budi", catatan="sudah disimpan sebelumnya"), 0)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.rmtree(cadangan.folder_cadangan(path), ignore_errors=True)
    return path, idk


def _folder(path: Path) -> Path:
    path.mkdir(exist_ok=True)
    return path


def _salin(asal: Path, tujuan: Path) -> Path:
    shutil.copyfile(asal, tujuan)
    return tujuan


def _ada_simpanan(path: Path, idk: str) -> bool:
    """The verification committed before the operation is in the database at ``path``."""
    with sdb.terbuka(path, baca_saja=True, migrasi=False) as db:
        return (sv.muat(db, idk).verifikasi.nama_verifikator in ("Budi", "Ani")
                and db.execute("SELECT count(*) FROM audit_log WHERE kolom = 'catatan' AND "
                               "nilai_baru = 'sudah disimpan sebelumnya'").fetchone()[0] == 1)


def _periksa_sesudah(path: Path, sebelum, sesudah, idk: str) -> str:
    hasil = periksa.periksa_berkas(path)  # what `kalbar-desktop check` runs
    assert hasil.sehat, hasil.ringkasan()
    isi = _isi(path)
    keadaan = "sebelum" if isi == sebelum else "sesudah" if isi == sesudah else None
    assert keadaan is not None, "keadaan di antara sebelum dan sesudah"
    with sdb.terbuka(path):  # the dead writer's lock is gone
        pass
    if isi["audit_log"][-1][2] == "PULIHKAN":
        # A restore goes back on purpose; the work is in the copy it kept.
        salinan = [c for c in cadangan.daftar(path) if c.alasan == "sebelum-pulih"]
        assert len(salinan) == 1 and _ada_simpanan(salinan[0].path, idk)
    else:
        assert _ada_simpanan(path, idk)
    for c in cadangan.daftar(path):  # a backup is complete or absent
        assert periksa.periksa_berkas(c.path, cepat=True).sehat, c.path
    return keadaan


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("mati")
    v1 = demo.tulis(tmp / "v1", demo.OpsiDemo(keluarga=15, seed=11, cacat=0.05))
    v2 = demo.tulis(tmp / "v2", demo.OpsiDemo(keluarga=18, seed=12, cacat=0.05))
    awal, idk = _siapkan(tmp, v1)
    return tmp, awal, idk, v2


def _jalankan_titik(tmp: Path, awal: Path, operasi: str, args, merata: int,
                    nama_keluaran: str | None = None, mengubah_db: bool = True):
    """Dry run for 'after' and the step map, then one killed run per kill point."""
    kering = _salin(awal, tmp / f"{operasi}-kering.db")
    keluaran = [_folder(tmp / f"{operasi}-kering") / nama_keluaran] if nama_keluaran else []
    hasil = _anak(operasi, kering, *args, *keluaran)
    assert hasil.returncode == 0, hasil.stderr
    peta = json.loads(hasil.stdout)
    sebelum, sesudah = _isi(awal), _isi(kering)
    assert (sebelum != sesudah) is mengubah_db
    titik = _titik(peta["langkah"], peta["khusus"], merata, dari_awal=nama_keluaran is not None)
    print(f"{operasi}: {len(titik)} titik mati dari {peta['langkah']} langkah: {titik}")
    def satu(t: int):
        path = _salin(awal, tmp / f"{operasi}-{t}.db")
        keluaran = [_folder(tmp / f"{operasi}-{t}") / nama_keluaran] if nama_keluaran else []
        hasil = _anak(operasi, path, *args, *keluaran, titik=t)
        assert hasil.returncode == -signal.SIGKILL, (t, hasil.returncode, hasil.stderr)
        return t, path, keluaran

    # Two children at a time (the machine has two cores); each works on its own copy.
    with ThreadPoolExecutor(max_workers=2) as pool:
        keadaan = list(pool.map(satu, titik))
    return titik, peta, sebelum, sesudah, keadaan


def test_mati_saat_impor_ulang(data):
    tmp, awal, idk, v2 = data
    titik, peta, sebelum, sesudah, hasil = _jalankan_titik(tmp, awal, "impor", v2, merata=3)
    assert len(titik) >= 10
    dilihat = [_periksa_sesudah(path, sebelum, sesudah, idk) for _t, path, _k in hasil]
    commit = max(k for k, n in peta["khusus"] if n == "transaksi")
    assert dict(zip(titik, dilihat, strict=True))[commit] == "sebelum"
    assert dict(zip(titik, dilihat, strict=True))[commit + 1] == "sesudah"
    # The CLI verdict on a database killed in the middle of writing.
    tengah = hasil[len(hasil) // 2][1]
    cek = subprocess.run([sys.executable, "-m", "kalbar_desktop", "--db", str(tengah), "check"],
                         capture_output=True, text=True, timeout=60)
    assert cek.returncode == 0 and cek.stdout.startswith("SEHAT"), cek.stdout


def test_mati_saat_impor_pertama(tmp_path):
    """The first import into an empty database takes the large-import path (secondary indexes
    dropped and built again inside the transaction): a kill anywhere leaves the empty database
    or the whole import, with every index."""
    berkas = demo.tulis(tmp_path / "v", demo.OpsiDemo(keluarga=15, seed=11, cacat=0.05))
    awal = tmp_path / "kosong.db"
    with sdb.terbuka(awal) as db:
        indeks = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                            "ORDER BY name").fetchall()
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    titik, peta, sebelum, sesudah, hasil = _jalankan_titik(tmp_path, awal, "impor", berkas,
                                                           merata=4)
    assert len(titik) >= 10
    dilihat = {}
    for t, path, _k in hasil:
        cek = periksa.periksa_berkas(path)
        assert cek.sehat, cek.ringkasan()
        isi = _isi(path)
        dilihat[t] = "sebelum" if isi == sebelum else "sesudah" if isi == sesudah else None
        assert dilihat[t] is not None, (t, "keadaan di antara sebelum dan sesudah")
        with sdb.terbuka(path) as db:  # the dead writer's lock is gone
            assert db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                              "ORDER BY name").fetchall() == indeks
        for c in cadangan.daftar(path):
            assert periksa.periksa_berkas(c.path, cepat=True).sehat, c.path
    commit = max(k for k, n in peta["khusus"] if n == "transaksi")
    assert dilihat[commit] == "sebelum" and dilihat[commit + 1] == "sesudah"


def test_mati_saat_menyimpan_keluarga(data):
    tmp, awal, idk, _v2 = data
    with sdb.terbuka(awal, baca_saja=True) as db:
        lain = db.execute("SELECT id_keluarga FROM keluarga WHERE id_keluarga != ? "
                          "ORDER BY id_keluarga LIMIT 1", [idk]).fetchone()[0]
    titik, _peta, sebelum, sesudah, hasil = _jalankan_titik(tmp, awal, "simpan", [lain],
                                                           merata=2)
    assert len(titik) >= 6
    dilihat = [_periksa_sesudah(path, sebelum, sesudah, idk) for _t, path, _k in hasil]
    assert {"sebelum", "sesudah"} <= set(dilihat)


def test_mati_saat_memulihkan_cadangan(data):
    tmp, awal, idk, _v2 = data
    titik, peta, sebelum, sesudah, hasil = _jalankan_titik(
        tmp, awal, "pulihkan", [tmp / "cadangan-lama.db"], merata=2)
    assert any(n == "os.replace" for _k, n in peta["khusus"]) and len(titik) >= 5
    dilihat = [_periksa_sesudah(path, sebelum, sesudah, idk) for _t, path, _k in hasil]
    assert {"sebelum", "sesudah"} <= set(dilihat)
    for _t, path, _k in hasil:  # nothing half-done is left under a final name
        assert not path.with_name(path.name + ".pulih-sementara").exists() or \
            _isi(path) == sebelum


@pytest.mark.parametrize("operasi", ["ekspor", "ekspor_sandi", "ekspor_audit",
                                     "laporan_temuan"])
def test_mati_saat_ekspor(data, operasi):
    tmp, awal, idk, _v2 = data
    # The provincial workbook, the audit export and the findings report (names and NIKs)
    # record themselves in the audit trail.
    titik, peta, sebelum, sesudah, hasil = _jalankan_titik(
        tmp, awal, operasi, [], merata=3, nama_keluaran="hasil.xlsx", mengubah_db=True)
    assert any(n == "os.replace" for _k, n in peta["khusus"])
    assert len(titik) >= 5
    lembar_utuh = _lembar(tmp / f"{operasi}-kering" / "hasil.xlsx", operasi)
    for _t, path, (keluaran,) in hasil:
        _periksa_sesudah(path, sebelum, sesudah, idk)
        if keluaran.exists():  # under its final name only when complete
            assert _lembar(keluaran, operasi) == lembar_utuh
        sisa = [p.name for p in keluaran.parent.iterdir() if p.name != "hasil.xlsx"]
        # Leftovers of a killed export carry temporary names (hidden or ".sementara").
        assert all(n.startswith(".") or "sementara" in n for n in sisa), sisa


def _lembar(path: Path, operasi: str) -> dict[str, int]:
    """Sheet -> number of rows of a complete workbook (decrypted first when encrypted)."""
    if operasi == "ekspor_sandi":
        import io

        import msoffcrypto

        polos = io.BytesIO()
        with open(path, "rb") as f:
            berkas = msoffcrypto.OfficeFile(f)
            berkas.load_key(password="Kapuas-Rahasia-1")
            berkas.decrypt(polos)
        polos.seek(0)
        wb = openpyxl.load_workbook(polos, read_only=True)
    else:
        wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return {ws.title: ws.max_row for ws in wb.worksheets}
    finally:
        wb.close()


def test_mati_saat_mengajukan_persetujuan(data):
    tmp, awal, idk, _v2 = data
    titik, _peta, sebelum, sesudah, hasil = _jalankan_titik(tmp, awal, "ajukan", [idk],
                                                           merata=2)
    assert len(titik) >= 5
    dilihat = [_periksa_sesudah(path, sebelum, sesudah, idk) for _t, path, _k in hasil]
    assert {"sebelum", "sesudah"} <= set(dilihat)


def test_mati_saat_cadangan(data):
    """A backup killed at any point: the database is untouched; under the chosen name there is
    a complete backup or nothing; what the kill left under a temporary name is refused by the
    restore with a message naming it a leftover, the database unchanged (removing it at the
    next backup or start: tests/unit/test_sisa_cadangan.py)."""
    tmp, awal, idk, _v2 = data
    titik, peta, sebelum, sesudah, hasil = _jalankan_titik(
        tmp, awal, "cadangan", [], merata=4, nama_keluaran="salinan.db", mengubah_db=False)
    assert any(n == "backup" for _k, n in peta["khusus"]) and len(titik) >= 6
    sisa_rusak = 0
    for _t, path, (keluaran,) in hasil:
        _periksa_sesudah(path, sebelum, sesudah, idk)
        if keluaran.exists():  # under its final name only when complete
            assert periksa.periksa_berkas(keluaran).sehat and _isi(keluaran) == sebelum
        for sisa in keluaran.parent.iterdir():
            if sisa.name == keluaran.name:
                continue
            assert "sementara" in sisa.name, sisa.name
            if not sisa.name.endswith(".sementara"):
                continue  # SQLite's side file of the temporary copy
            if periksa.periksa_berkas(sisa).sehat:
                assert _isi(sisa) == sebelum
                continue
            sisa_rusak += 1
            with pytest.raises(cadangan.KesalahanCadangan, match="sisa cadangan yang terhenti"):
                cadangan.pulihkan(path, sisa)
            assert _isi(path) == sebelum
    assert sisa_rusak >= 1  # a kill inside the copy was among them
