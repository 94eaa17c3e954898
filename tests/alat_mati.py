"""Child process for the crash tests: runs one operation and kills itself with SIGKILL at a
chosen point (``TITIK_MATI=N``: at the N-th step). Steps are counted deterministically: every
call of a Python or C function made from the application's or sqlite-utils' code, and every
5,000 SQLite virtual-machine instructions (so a kill can land inside a long statement).

Without ``TITIK_MATI`` it runs to the end and prints, as JSON, the number of steps and the steps
at which it was about to begin/commit a transaction, rename a file (``os.replace``) or copy a
database (backup API), so the parent can kill right before and right after each of them.

Usage: python tests/alat_mati.py OPERASI DB [ARG...]
"""

from __future__ import annotations

import gc
import json
import os
import signal
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TITIK = int(os.environ.get("TITIK_MATI", "0") or 0)
_langkah = 0
_khusus: list[tuple[int, str]] = []


def _maju() -> None:
    global _langkah
    _langkah += 1
    if TITIK and _langkah >= TITIK:
        os.kill(os.getpid(), signal.SIGKILL)


def _profil(frame, event, arg) -> None:
    if event not in ("call", "c_call"):
        return
    nama_berkas = frame.f_code.co_filename
    if "kalbar_desktop" not in nama_berkas and "sqlite_utils" not in nama_berkas:
        return
    if event == "c_call" and not TITIK:
        nama = getattr(arg, "__name__", "")
        if nama == "replace" and getattr(arg, "__module__", "") in ("posix", "nt", "os"):
            _khusus.append((_langkah + 1, "os.replace"))
        elif nama == "backup":
            _khusus.append((_langkah + 1, "backup"))
        elif nama == "execute" and frame.f_code.co_name == "atomic":
            _khusus.append((_langkah + 1, "transaksi"))
    _maju()


def _progres() -> int:
    _maju()
    return 0


def main() -> None:
    operasi, db_path, *args = sys.argv[1:]
    # The cyclic garbage collector runs when allocations (of every thread, the background parse
    # of a sheet included) pass a threshold, so the finalisers it runs (a generator's close,
    # a counted step) can fall at other steps from run to run. A killed run on a loaded machine
    # once found the commit one step later than the dry run (not reproduced since): without
    # the collector that cannot come from here.
    gc.disable()
    # A temporary folder of the run's own (TEMP_MATI, else one beside the database): an export
    # first removes the working folders killed runs left in the temporary folder
    # (sisa_sementara), so in the system's one its steps would depend on what other programs
    # and earlier runs keep there, and a kill point of the dry run could be missed.
    sementara = Path(os.environ.get("TEMP_MATI") or f"{db_path}-temp")
    sementara.mkdir(exist_ok=True)
    tempfile.tempdir = str(sementara)
    from kalbar_desktop.domain.akses import Pengguna, Peran
    from kalbar_desktop.storage import db as sdb

    db = sdb.buka(db_path)
    db.conn.set_progress_handler(_progres, 5000)
    sys.setprofile(_profil)
    try:
        if operasi == "impor":
            from kalbar_desktop.exchange import impor_p3ke

            impor_p3ke.impor(db, args, pengguna="penguji")
        elif operasi == "simpan":
            from kalbar_desktop.domain.status import Verifikasi
            from kalbar_desktop.storage import verifikasi as sv

            idk = args[0]
            data = sv.muat(db, idk)
            anggota = data.anggota[0]["id_individu"]
            sv.simpan(db, idk, Pengguna("ani", Peran.VERIFIKATOR), Verifikasi(
                status_verifikasi="DITEMUKAN", kelayakan="TIDAK_LAYAK", alasan="MAMPU",
                tanggal_kunjungan="2026-11-20", nama_verifikator="Ani",
                catatan="Rumah permanen, punya mobil"), data.versi,
                koreksi={"alamat": "Jl. Kapuas 9"},
                anggota=[sv.PerubahanAnggota(anggota, status_anggota="MENINGGAL",
                                             catatan="Akta kematian 2026")])
        elif operasi == "ekspor_audit":
            from kalbar_desktop.exchange import ekspor_audit
            from kalbar_desktop.storage import audit

            ekspor_audit.ekspor(db, audit.SaringAudit(), Path(args[0]),
                                Pengguna("budi", Peran.VERIFIKATOR))
        elif operasi in ("ekspor", "ekspor_sandi"):
            from kalbar_desktop.exchange import ekspor

            ekspor.ekspor(db, ekspor.OpsiEkspor(
                Path(args[0]), dengan_nama=True, nik_penuh=True, alasan="Musdes uji",
                kata_sandi="Kapuas-Rahasia-1" if operasi == "ekspor_sandi" else None),
                Pengguna("budi", Peran.VERIFIKATOR))
        elif operasi == "pulihkan":
            from kalbar_desktop.storage import cadangan

            db.conn.set_progress_handler(None, 0)
            db.close()  # a restore replaces the file: this process's connection must be closed
            cadangan.pulihkan(db_path, args[0], pengguna="adm")
        elif operasi == "cadangan":
            from kalbar_desktop.storage import cadangan

            cadangan._HALAMAN_PER_LANGKAH = 4  # many steps, so that a kill lands inside the copy
            cadangan.cadangkan(db, Path(args[0]))
        elif operasi == "ajukan":
            from kalbar_desktop.domain.status import AksiPersetujuan
            from kalbar_desktop.storage import verifikasi as sv

            idk = args[0]
            sv.ubah_persetujuan(db, idk, Pengguna("budi", Peran.VERIFIKATOR),
                                AksiPersetujuan.AJUKAN, sv.muat(db, idk).versi)
        elif operasi == "laporan_temuan":
            from kalbar_desktop.exchange import laporan_temuan

            laporan_temuan.tulis(db, Path(args[0]))
        else:
            raise SystemExit(f"operasi tidak dikenal: {operasi}")
        _maju()  # one step after the operation returned: "killed right after it finished"
    finally:
        sys.setprofile(None)
    db.close()
    print(json.dumps({"langkah": _langkah, "khusus": _khusus}))


if __name__ == "__main__":
    main()
