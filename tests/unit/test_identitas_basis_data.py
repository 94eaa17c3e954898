"""Each database has its own random id (migration 0011, ``identitas_basis_data``): made when the
database is created or upgraded, kept by a backup and a restore (the same database), different
between two databases made the same way (an empty audit trail, or identical first audit rows),
which the reconnect therefore tells apart; ``check`` calls a database whose id row was removed
or changed with an outside tool RUSAK."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.storage import audit, cadangan, periksa
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import sidik as ssidik

SKEMA = Path(__file__).resolve().parents[1] / "data" / "skema"


def _uuid(path: Path) -> str:
    """The id as an outside tool reads it."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT uuid FROM identitas_basis_data").fetchone()[0]
    finally:
        conn.close()


def _check(path: Path):
    return CliRunner().invoke(main, ["--db", str(path), "check"])


def test_basis_data_baru_mendapat_uuid4_sendiri(tmp_path):
    with sdb.terbuka(tmp_path / "a.db") as a, sdb.terbuka(tmp_path / "b.db") as b:
        ida, idb = ssidik.identitas(a), ssidik.identitas(b)
    assert ida != idb
    for teks in (ida, idb):
        assert str(uuid.UUID(teks)) == teks and uuid.UUID(teks).version == 4


def test_dua_basis_data_kosong_yang_dibuat_sama_bukan_basis_data_yang_sama(tmp_path):
    a, b = tmp_path / "kantor.db", tmp_path / "laptop.db"
    with sdb.terbuka(a) as db:
        dikenal = ssidik.baca(db)
    sdb.buka(b).close()
    assert dikenal.audit_pertama is None  # nothing told them apart before
    assert ssidik.periksa(b, dikenal) == "basis data lain (kode identitasnya berbeda)"
    assert ssidik.periksa(a, dikenal) is None


def test_catatan_audit_pertama_yang_sama_tidak_membuat_basis_data_sama(tmp_path):
    a, b = tmp_path / "kantor.db", tmp_path / "kembar.db"
    with sdb.terbuka(a) as db, db.atomic():
        audit.tulis(db, [audit.Catatan("UJI_PERTAMA", pengguna="Ani")])
    sdb.buka(b).close()
    conn = sqlite3.connect(b)  # the same first row, as two databases set up alike get
    conn.execute("ATTACH DATABASE ? AS a", [str(a)])
    conn.execute("INSERT INTO main.audit_log SELECT * FROM a.audit_log")
    conn.commit()
    conn.close()
    with sdb.terbuka(a, baca_saja=True) as db:
        dikenal = ssidik.baca(db)
    with sdb.terbuka(b, baca_saja=True) as db:
        assert ssidik.baca(db).audit_pertama == dikenal.audit_pertama
        assert ssidik.baca(db).audit_terakhir == dikenal.audit_terakhir
    assert ssidik.periksa(b, dikenal) == "basis data lain (kode identitasnya berbeda)"


def test_cadangan_dan_pemulihan_menyimpan_identitas_yang_sama(tmp_path):
    path = tmp_path / "kab.db"
    with sdb.terbuka(path) as db:
        asli = ssidik.identitas(db)
        salinan = cadangan.cadangkan(db, tmp_path / "cadangan.db")
    assert _uuid(salinan) == asli
    lain = tmp_path / "lain.db"
    sdb.buka(lain).close()
    cadangan.pulihkan(path, lain)  # another office's backup restored on purpose: its id
    assert _uuid(path) == _uuid(lain) != asli
    cadangan.pulihkan(path, salinan)
    assert _uuid(path) == asli


def test_cadangan_lama_basis_data_yang_sama_tetap_dikenali_dari_jejak_audit(tmp_path):
    path = tmp_path / "kab.db"
    with sdb.terbuka(path) as db:
        pagi = cadangan.cadangkan(db, tmp_path / "pagi.db")
        with db.atomic():
            audit.tulis(db, [audit.Catatan("UJI_SIANG", pengguna="Ani")])
        dikenal = ssidik.baca(db)
    assert _uuid(pagi) == dikenal.identitas
    assert ssidik.periksa(pagi, dikenal).startswith("salinan yang lebih lama (misalnya cadangan)")


def test_skema_lama_tanpa_identitas_dibedakan_dari_jejak_audit(tmp_path):
    path = tmp_path / "lama.db"
    shutil.copyfile(SKEMA / "skema_0010.db", path)
    with sdb.terbuka(path, baca_saja=True, migrasi=False) as db:
        dikenal = ssidik.baca(db)
    assert dikenal.versi == 10 and dikenal.identitas is None and dikenal.audit_pertama
    assert ssidik.periksa(path, dikenal) is None
    lain = ssidik.Sidik(10, None, "0" * 64, None)
    assert ssidik.periksa(path, lain) == (
        "basis data lain (jejak auditnya tidak berawal dari catatan yang sama)")


@pytest.mark.parametrize("asal", sorted(SKEMA.glob("skema_*.db")), ids=lambda p: p.stem)
def test_naik_skema_memberi_identitas_dan_tetap_sehat(asal, tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    shutil.copyfile(asal, a)
    shutil.copyfile(asal, b)
    sdb.buka(a).close()
    sdb.buka(b).close()
    assert uuid.UUID(_uuid(a)).version == 4
    if int(asal.stem.split("_")[1]) < 11:  # two copies of one old file upgraded apart
        assert _uuid(a) != _uuid(b)
    else:  # a file that has its id keeps it
        assert _uuid(a) == _uuid(b) == _uuid(asal)
    hasil = _check(a)
    assert hasil.exit_code == 0 and "SEHAT" in hasil.output, hasil.output


def _ubah_dari_luar(path: Path, *sql: str) -> None:
    conn = sqlite3.connect(path)
    for s in sql:
        conn.execute(s)
    conn.commit()
    conn.close()


def test_aplikasi_menolak_mengubah_atau_menghapus_identitas(tmp_path):
    path = tmp_path / "kab.db"
    with sdb.terbuka(path) as db:
        for sql in ("UPDATE identitas_basis_data SET uuid = 'x'",
                    "DELETE FROM identitas_basis_data",
                    "INSERT INTO identitas_basis_data (id, uuid) VALUES (2, 'y')"):
            with pytest.raises(sqlite3.IntegrityError), db.atomic():
                db.execute(sql)
        assert periksa.periksa(db).sehat


@pytest.mark.parametrize("sql, pesan", [
    (("DROP TRIGGER identitas_basis_data_tanpa_hapus", "DELETE FROM identitas_basis_data"),
     "identitas basis data (tabel identitas_basis_data) dihapus atau diubah"),
    (("DROP TRIGGER identitas_basis_data_tanpa_ubah",
      "UPDATE identitas_basis_data SET uuid = 'kantor-kabupaten-1'",
      "CREATE TRIGGER identitas_basis_data_tanpa_ubah BEFORE UPDATE ON identitas_basis_data "
      "BEGIN SELECT RAISE(ABORT, 'x'); END"),
     "identitas basis data (tabel identitas_basis_data) dihapus atau diubah"),
    (("DROP TRIGGER identitas_basis_data_tanpa_ubah",),
     "pelindung identitas basis data dihapus dengan alat di luar aplikasi (trigger "
     "identitas_basis_data_tanpa_ubah)"),
    (("DROP TABLE identitas_basis_data",), "tabel identitas_basis_data hilang"),
])
def test_identitas_dihapus_atau_diubah_dari_luar_rusak(sql, pesan, tmp_path):
    path = tmp_path / "kab.db"
    sdb.buka(path).close()
    assert _check(path).exit_code == 0
    _ubah_dari_luar(path, *sql)
    hasil = _check(path)
    assert hasil.exit_code == 1, hasil.output
    assert "RUSAK" in hasil.output and pesan in hasil.output, hasil.output

