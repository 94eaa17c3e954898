"""The masking promise checked from outside (closing note 23, "Personal data"): on a database
with accounts whose notes hold NIKs, a No KK and bank numbers, every file the console writes in
normal use is searched for an unmasked 16-digit number (``grep -rEo '[0-9]{16}'``: workbooks
unzipped, PDFs through pdftotext): the log file, the settings, the lock file, the provincial
workbook without names and the one with masked NIKs, the admin's findings report, the berita
acara and visit list, ``check-data`` (text, JSON), ``stats``, ``users list``. Full NIKs are in
the database and its backups only (docs/security.md, "Which files hold full NIKs"). Runs
the real console in its own processes with its own home folder."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as spengguna
from tests.lapangan import DESA, ID_KELUARGA, NIK_ANAK, OPERATOR_B, db_desa, nik_kepala
from tests.unit.test_dua_laptop import _simpan

SANDI = "Sandi-Kuat-123"
REKENING = ("0123-01-012345-50-1", "012301012345501", "0123456789")
_ENAM_BELAS = re.compile(r"(?<![0-9])[0-9]{16}(?![0-9])")


def _teks(berkas: Path) -> str:
    data = berkas.read_bytes()
    if data[:2] == b"PK":
        with zipfile.ZipFile(berkas) as z:
            return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    if data[:4] == b"%PDF":
        return subprocess.run(["pdftotext", str(berkas), "-"], capture_output=True, text=True,
                              check=True).stdout
    return data.decode("utf-8", "replace")


def test_tidak_ada_nik_utuh_di_berkas_yang_ditulis(tmp_path):
    rumah, keluar = tmp_path / "rumah", tmp_path / "keluar"
    (rumah / "data").mkdir(parents=True)
    keluar.mkdir()
    path = db_desa(tmp_path)
    k1, k2 = ID_KELUARGA[:2]
    _simpan(path, k1, OPERATOR_B,
            catatan=f"NIK baru {nik_kepala(1)}, anak {NIK_ANAK}; rek BRI {REKENING[0]}")
    _simpan(path, k2, OPERATOR_B, catatan=f"rekening {REKENING[1]}, BNI {REKENING[2]}, "
            "No KK 6172011203150009")
    db_path = rumah / "data" / "kab.db"
    path.rename(db_path)
    with sdb.terbuka(db_path) as db:
        spengguna.tambah(db, "adm", "admin", SANDI, oleh="uji")
        spengguna.tambah(db, "Rina", "verifikator", SANDI, oleh="uji")
        spengguna.tambah(db, "Ani", "operator", SANDI, wilayah=[DESA], oleh="uji")
        nik = {r[0] for r in db.execute("SELECT nik FROM anggota UNION SELECT nik_kepala FROM "
                                        "keluarga UNION SELECT no_kk FROM keluarga") if r[0]}
    assert nik_kepala(1) in nik and NIK_ANAK in nik
    env = {**os.environ, "KALBAR_DESKTOP_HOME": str(rumah), "LANG": "C.UTF-8"}

    def konsol(*arg: str, keluaran: str | None = None) -> None:
        hasil = subprocess.run([sys.executable, "-m", "kalbar_desktop", "--db", str(db_path),
                                *arg], input=SANDI + "\n", capture_output=True, text=True,
                               env=env, timeout=120)
        assert hasil.returncode == 0, (arg, hasil.stdout, hasil.stderr)
        if keluaran:
            (keluar / keluaran).write_text(hasil.stdout + hasil.stderr, encoding="utf-8")

    konsol("export", "--user", "Rina", "--alasan", "kirim", str(keluar / "rekap.xlsx"))
    konsol("export", "--user", "Rina", "--dengan-nama", "--alasan", "kirim",
           str(keluar / "nama-samar.xlsx"))
    konsol("report-temuan", "--user", "adm", str(keluar / "temuan-admin.xlsx"))
    konsol("document", "berita-acara", str(keluar / "ba.pdf"), "--desa", DESA, "--user", "Rina")
    konsol("document", "daftar-kunjungan", str(keluar / "kunjungan.pdf"), "--desa", DESA,
           "--semua", "--user", "Ani")
    konsol("check-data", keluaran="check-data.txt")
    konsol("check-data", "--json", keluaran="check-data.json")
    konsol("check-data", "--user", "Ani", keluaran="check-data-ani.txt")
    konsol("stats", keluaran="stats.txt")
    konsol("users", "list", keluaran="users.txt")
    konsol("settings", keluaran="settings.txt")
    konsol("backup", str(keluar / "salinan.db"))  # remembers its folder in the settings
    berkas = [b for b in sorted([*rumah.rglob("*"), *keluar.rglob("*")]) if b.is_file()
              and b.suffix != ".db" and not b.name.endswith(("-wal", "-shm"))]
    nama = {b.name for b in berkas}
    assert {"kalbar_desktop.log", "kab.db-kunci", "pengaturan.json", "nama-samar.xlsx", "ba.pdf",
            "kunjungan.pdf", "temuan-admin.xlsx"} <= nama, nama
    bocor = {}
    for b in berkas:
        teks = _teks(b)
        utuh = [n for n in _ENAM_BELAS.findall(teks) if n in nik]
        utuh += [r for r in REKENING if r in teks]
        if utuh:
            bocor[str(b.relative_to(tmp_path))] = utuh
    assert bocor == {}
    # the notes are there, masked (not left out)
    samar = _teks(keluar / "nama-samar.xlsx")
    assert "NIK baru 617201******0001" in samar and "rek BRI ****-**-*****5-50-1" in samar
    assert "rekening ***********5501, BNI ******6789" in samar
    # the database itself holds them whole (the check would find them)
    assert any(n in nik for n in _ENAM_BELAS.findall(db_path.read_bytes().decode("latin-1")))
