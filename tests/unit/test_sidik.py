"""Who a database file is (storage/sidik): a copy of the same database, with or without entries
made since on another computer, is the same; an older copy (a backup), a database made apart,
one of another schema version and an SQLite file of another program are not, each with an
Indonesian reason; a half-written file is not readable yet. The guarded connection keeps the
latest audit row it wrote."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kalbar_desktop.storage import audit
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import sidik as ssidik


def _catat(db, aksi: str) -> None:
    with db.atomic():
        audit.tulis(db, [audit.Catatan(aksi, pengguna="Ani")])


def _salin(path: Path, tujuan: Path) -> Path:
    sumber = sqlite3.connect(path)
    salinan = sqlite3.connect(tujuan)
    sumber.backup(salinan)
    salinan.close()
    sumber.close()
    return tujuan


@pytest.fixture
def db_jaga(tmp_path):
    db = sdb.buka(tmp_path / "kab.db")
    _catat(db, "UJI_PERTAMA")
    db.jaga_berkas = True
    db.ingat_sidik()
    yield db
    db.close()


def test_salinan_sama_dan_yang_bertambah_di_tempat_lain_dianggap_sama(db_jaga, tmp_path):
    dikenal = db_jaga.sidik
    assert dikenal.audit_pertama and dikenal.audit_terakhir is not None
    salinan = _salin(db_jaga.path, tmp_path / "salinan.db")
    assert ssidik.periksa(salinan, dikenal) is None
    with sdb.terbuka(salinan) as lain:  # a colleague's laptop adds entries
        _catat(lain, "UJI_DI_LAPTOP_LAIN")
    assert ssidik.periksa(salinan, dikenal) is None


def test_penjaga_mengingat_catatan_audit_terakhir_yang_ditulisnya(db_jaga, tmp_path):
    pagi = _salin(db_jaga.path, tmp_path / "cadangan-pagi.db")
    sebelum = db_jaga.sidik.audit_terakhir
    _catat(db_jaga, "UJI_SIANG")
    assert db_jaga.sidik.audit_terakhir[0] == sebelum[0] + 1
    beda = ssidik.periksa(pagi, db_jaga.sidik)
    assert beda == (f"salinan yang lebih lama (misalnya cadangan); catatan jejak audit nomor "
                    f"{sebelum[0] + 1} yang tadi sudah ada tidak ada di dalamnya, jadi "
                    "perubahan terakhir tidak ada di sana")


def test_basis_data_lain_skema_lain_dan_berkas_program_lain(db_jaga, tmp_path):
    lain = tmp_path / "kantor-lain.db"
    with sdb.terbuka(lain) as db:
        _catat(db, "UJI_KANTOR_LAIN")
    assert ssidik.periksa(lain, db_jaga.sidik) == "basis data lain (kode identitasnya berbeda)"
    versi_lain = _salin(db_jaga.path, tmp_path / "versi.db")
    with sqlite3.connect(versi_lain) as conn:
        conn.execute(f"PRAGMA user_version = {db_jaga.sidik.versi - 1}")
    assert ssidik.periksa(versi_lain, db_jaga.sidik) == (
        f"skemanya versi {db_jaga.sidik.versi - 1}, bukan versi {db_jaga.sidik.versi}")
    program_lain = tmp_path / "program-lain.db"
    with sqlite3.connect(program_lain) as conn:
        conn.execute("CREATE TABLE resep (nama TEXT)")
    assert ssidik.periksa(program_lain, db_jaga.sidik) == (
        "berkas itu bukan basis data Kalbar Desktop")


def test_berkas_belum_ada_kosong_atau_setengah_tersalin_belum_bisa_dibaca(db_jaga, tmp_path):
    dikenal = db_jaga.sidik
    with pytest.raises(sdb.BasisDataTerputus, match="tidak ada lagi"):
        ssidik.periksa(tmp_path / "USB" / "kab.db", dikenal)
    kosong = tmp_path / "kosong.db"
    kosong.write_bytes(b"")
    with pytest.raises(sdb.BasisDataTerputus, match="berkasnya kosong"):
        ssidik.periksa(kosong, dikenal)
    utuh = _salin(db_jaga.path, tmp_path / "utuh.db")
    separuh = tmp_path / "separuh.db"
    with open(utuh, "rb") as f:
        separuh.write_bytes(f.read(4096 + 100))  # the copy was still running
    with pytest.raises(sdb.KesalahanPenyimpanan):
        ssidik.periksa(separuh, dikenal)
    shutil.copyfile(utuh, separuh)  # now complete
    assert ssidik.periksa(separuh, dikenal) is None
