"""A failed sign-in under a name that is no account leaves the typed text nowhere: not in the
audit trail, not in its xlsx export, not in the application's log file. An operator who types
her password into the name field must not find it in the audit log (UU 27/2022). A name that
is an account (in any case) is still recorded under the account's own spelling. A name a typing
slip away from an account is recorded as near that account, with its length, so an admin can
tell a mistyped name from a password; a text like no account name leaves nothing of itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from kalbar_desktop.domain.akses import Peran
from kalbar_desktop.exchange import ekspor_audit
from kalbar_desktop.storage import audit
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import pengguna as sp

AKAR = Path(__file__).resolve().parents[2]
SANDI = "Sungai-Kapuas-77"
TERKETIK = "Rahasia-Ani-2026"
"""The password, typed into the name field by mistake."""


def _teks_jejak(db) -> str:
    """Every audit row, every column, as one text."""
    return "\n".join(" | ".join(str(v) for v in baris)
                     for baris in db.execute("SELECT * FROM audit_log ORDER BY id"))


@pytest.fixture
def db_akun(db):
    sp.tambah(db, "adm", Peran.ADMIN, SANDI, oleh="uji")
    sp.tambah(db, "Ani", Peran.OPERATOR, SANDI, ["6172011001"], oleh="adm")
    return db


def test_nama_tak_dikenal_tidak_dicatat(db_akun, tmp_path):
    with pytest.raises(sp.GagalMasuk):
        sp.periksa(db_akun, TERKETIK, "apa saja", keterangan="jendela masuk")
    baris = db_akun.execute("SELECT pengguna, keterangan FROM audit_log "
                            "WHERE aksi = 'MASUK_GAGAL'").fetchall()
    assert baris == [(None, "jendela masuk; nama tidak dikenal (tidak mirip nama akun mana pun)")]
    assert TERKETIK.casefold() not in _teks_jejak(db_akun).casefold()
    assert audit.periksa_jejak(db_akun) == []
    # nor in the audit export an admin hands on
    tujuan = tmp_path / "jejak.xlsx"
    adm = sp.periksa(db_akun, "adm", SANDI)
    ekspor_audit.ekspor(db_akun, audit.SaringAudit(), tujuan, adm)
    wb = openpyxl.load_workbook(tujuan, read_only=True)
    sel = [str(v) for ws in wb.worksheets for r in ws.iter_rows(values_only=True) for v in r
           if v is not None]
    wb.close()
    assert any("nama tidak dikenal" in s for s in sel)
    assert not any(TERKETIK.casefold() in s.casefold() for s in sel)


def test_nama_akun_beda_huruf_dicatat_dengan_ejaan_akun(db_akun):
    with pytest.raises(sp.GagalMasuk):
        sp.periksa(db_akun, "  aNI ", "bukan-sandinya-1")
    sp.nonaktifkan(db_akun, "ani", oleh="adm")
    with pytest.raises(sp.GagalMasuk):
        sp.periksa(db_akun, "ANI", SANDI, keterangan="konsol: import")
    assert db_akun.execute("SELECT pengguna, keterangan FROM audit_log "
                           "WHERE aksi = 'MASUK_GAGAL' ORDER BY id").fetchall() == [
        ("Ani", None), ("Ani", "konsol: import; akun nonaktif")]


def test_konsol_user_tak_dikenal(db_akun, db_path, berkas_demo_2023, tmp_path):
    """``import --user <password>`` with the password on standard input: refused, the typed
    name neither in the audit trail nor in the log file (the subprocess writes it into the
    folder ``KALBAR_DESKTOP_HOME`` names)."""
    db_akun.close()
    rumah = tmp_path / "rumah"
    hasil = subprocess.run(
        [sys.executable, "-m", "kalbar_desktop", "--db", str(db_path), "import",
         *map(str, berkas_demo_2023), "--user", TERKETIK], input=(SANDI + "\n").encode(),
        capture_output=True, timeout=120,
        env=dict(os.environ, PYTHONPATH=str(AKAR), KALBAR_DESKTOP_HOME=str(rumah)))
    assert hasil.returncode == 1
    assert "Nama pengguna atau kata sandi salah" in hasil.stderr.decode()
    with sdb.terbuka(db_path, baca_saja=True) as db:
        assert db.execute("SELECT pengguna, keterangan FROM audit_log "
                          "WHERE aksi = 'MASUK_GAGAL'").fetchall() == [
            (None, "konsol: import; nama tidak dikenal (tidak mirip nama akun mana pun)")]
        assert TERKETIK.casefold() not in _teks_jejak(db).casefold()
    log = list((rumah / "log").glob("kalbar_desktop.log*"))
    assert log, "the console run writes its log file"
    assert not any(TERKETIK.casefold() in b.read_text(encoding="utf-8").casefold() for b in log)


@pytest.mark.parametrize(("terketik", "uraian"), [
    ("Anni", "nama tidak dikenal, mirip akun 'Ani' (4 karakter)"),
    ("an", "nama tidak dikenal, mirip akun 'Ani' (2 karakter)"),
    (" bdui ", "nama tidak dikenal, mirip akun 'budi' (4 karakter)"),
    ("andreas.wijya", "nama tidak dikenal, mirip akun 'andreas.wijaya' (13 karakter)"),
    ("andraes.wijaia", "nama tidak dikenal, mirip akun 'andreas.wijaya' (14 karakter)"),
    (TERKETIK, "nama tidak dikenal (tidak mirip nama akun mana pun)"),
    ("Sungai-Kapuas-77", "nama tidak dikenal (tidak mirip nama akun mana pun)"),
    ("xyz", "nama tidak dikenal (tidak mirip nama akun mana pun)"),
    ("andreas", "nama tidak dikenal (tidak mirip nama akun mana pun)"),
])
def test_nama_salah_ketik_dicatat_mirip_akun(db_akun, terketik, uraian):
    sp.tambah(db_akun, "budi", Peran.OPERATOR, SANDI, ["6172011001"], oleh="adm")
    sp.tambah(db_akun, "andreas.wijaya", Peran.VERIFIKATOR, SANDI, oleh="adm")
    with pytest.raises(sp.GagalMasuk):
        sp.periksa(db_akun, terketik, SANDI, keterangan="jendela masuk")
    assert db_akun.execute("SELECT pengguna, keterangan FROM audit_log "
                           "WHERE aksi = 'MASUK_GAGAL'").fetchall() == [
        (None, f"jendela masuk; {uraian}")]
    if len(terketik.strip()) > 3:  # the text itself is not recorded
        assert terketik.strip().casefold() not in uraian.casefold()
    if "tidak mirip" in uraian:  # nothing of the text: not even its length
        assert not any(c.isdigit() for c in uraian)


def test_konsol_nama_salah_ketik(db_akun, db_path, berkas_demo_2023):
    """``import --user Anni`` (a typing slip of Ani): recorded as near the account Ani."""
    db_akun.close()
    hasil = subprocess.run(
        [sys.executable, "-m", "kalbar_desktop", "--db", str(db_path), "import",
         *map(str, berkas_demo_2023), "--user", "Anni"], input=(SANDI + "\n").encode(),
        capture_output=True, timeout=120, env=dict(os.environ, PYTHONPATH=str(AKAR)))
    assert hasil.returncode == 1
    with sdb.terbuka(db_path, baca_saja=True) as db:
        assert db.execute("SELECT pengguna, keterangan FROM audit_log "
                          "WHERE aksi = 'MASUK_GAGAL'").fetchall() == [
            (None, "konsol: import; nama tidak dikenal, mirip akun 'Ani' (4 karakter)")]
