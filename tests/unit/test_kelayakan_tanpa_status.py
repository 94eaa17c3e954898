"""Migration 0012: a family still 'Belum diverifikasi' that an older version saved with a
kelayakan (and its reasons) counted as judged on the dashboard and in the Rekap until it was
saved again. Upgrading a kept old-schema file, seeded with such rows by an outside SQLite tool,
empties them, writes each removed value to the audit trail (action UBAH, the reason in the
note), and leaves every other family as it was; the file stays healthy."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kalbar_desktop.storage import audit, dasbor, periksa
from kalbar_desktop.storage import db as sdb

SKEMA = Path(__file__).resolve().parents[1] / "data" / "skema"


def _tanam(path: Path) -> tuple[str, str, str, dict]:
    """Three families 'Belum diverifikasi' with a kelayakan (status BELUM, BELUM with a reason,
    an empty status), as older versions saved them; returns their IDs and every other family's
    verification row."""
    conn = sqlite3.connect(path)
    ids = [r[0] for r in conn.execute(
        "SELECT id_keluarga FROM verifikasi_keluarga WHERE status_verifikasi = 'BELUM' "
        "ORDER BY id_keluarga LIMIT 3")]
    conn.execute("UPDATE verifikasi_keluarga SET kelayakan = 'LAYAK' WHERE id_keluarga = ?",
                 [ids[0]])
    conn.execute("UPDATE verifikasi_keluarga SET kelayakan = 'TIDAK_LAYAK', alasan = 'LAINNYA', "
                 "alasan_lainnya = 'rumah permanen' WHERE id_keluarga = ?", [ids[1]])
    conn.execute("UPDATE verifikasi_keluarga SET status_verifikasi = '', kelayakan = 'LAYAK' "
                 "WHERE id_keluarga = ?", [ids[2]])
    conn.commit()
    lain = {r[0]: r for r in conn.execute(
        "SELECT * FROM verifikasi_keluarga WHERE id_keluarga NOT IN (?, ?, ?)", ids)}
    conn.close()
    return ids[0], ids[1], ids[2], lain


@pytest.mark.parametrize("versi", ["0010", "0011"])
def test_kelayakan_keluarga_belum_diverifikasi_dikosongkan_dan_dicatat(versi, tmp_path):
    path = tmp_path / "lama.db"
    shutil.copyfile(SKEMA / f"skema_{versi}.db", path)
    layak, tidak_layak, tanpa_status, lain = _tanam(path)
    assert any(r[2] == "LAYAK" for r in lain.values())  # judged families stay judged
    conn = sqlite3.connect(path)
    audit_awal = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    conn.close()
    with sdb.terbuka(path) as db:
        for idk in (layak, tidak_layak, tanpa_status):
            assert db.execute(
                "SELECT kelayakan, alasan, alasan_lainnya FROM verifikasi_keluarga "
                "WHERE id_keluarga = ?", [idk]).fetchone() == (None, None, None)
        sekarang = {r[0]: r for r in db.execute(
            "SELECT * FROM verifikasi_keluarga WHERE id_keluarga NOT IN (?, ?, ?)",
            [layak, tidak_layak, tanpa_status])}
        assert {k: tuple(v) for k, v in sekarang.items()} == {
            k: tuple(v) for k, v in lain.items()}
        baru = db.execute("SELECT aksi, pengguna, tabel, id_keluarga, kolom, nilai_lama, "
                          "nilai_baru, keterangan FROM audit_log WHERE id > ? ORDER BY id",
                          [audit_awal or 0]).fetchall()
        assert sorted((r[3], r[4], r[5]) for r in baru) == sorted([
            (layak, "kelayakan", "LAYAK"), (tidak_layak, "kelayakan", "TIDAK_LAYAK"),
            (tidak_layak, "alasan", "LAINNYA"), (tidak_layak, "alasan_lainnya", "rumah permanen"),
            (tanpa_status, "kelayakan", "LAYAK")])
        for aksi, pengguna, tabel, _idk, _kolom, _lama, nilai_baru, keterangan in baru:
            assert (aksi, pengguna, tabel, nilai_baru) == ("UBAH", None, "verifikasi_keluarga",
                                                           None)
            assert keterangan.startswith("Pembaruan struktur basis data (migrasi 0012)")
        assert audit.riwayat_keluarga(db, layak)[-1]["nilai_lama"] == "LAYAK"
        assert audit.periksa_jejak(db) == []
        assert periksa.periksa(db).sehat
        # The dashboard counts them with the families without a kelayakan.
        hasil = dasbor.hitung(db)
        layak_kini = next(k.keluarga for k in hasil.kelayakan if k.kunci == "LAYAK")
        assert layak_kini == sum(1 for r in lain.values() if r[2] == "LAYAK")
        assert db.execute("SELECT count(*) FROM verifikasi_keluarga WHERE "
                          "COALESCE(status_verifikasi, '') IN ('', 'BELUM') "
                          "AND kelayakan IS NOT NULL").fetchone()[0] == 0


def test_tanpa_baris_seperti_itu_tidak_ada_catatan_audit(tmp_path):
    path = tmp_path / "lama.db"
    shutil.copyfile(SKEMA / "skema_0011.db", path)
    conn = sqlite3.connect(path)
    jumlah = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    conn.close()
    with sdb.terbuka(path) as db:
        assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == jumlah
