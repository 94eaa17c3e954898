"""The audit trail can be trusted: rows edited or removed with an outside SQLite tool (after
dropping the protecting triggers) are found by ``kalbar-desktop check``, which names the row,
including rows cut from the end of the log. The log can be filtered and exported."""

import sqlite3
import subprocess
import sys

import openpyxl
import pytest

from kalbar_desktop.domain import jejak
from kalbar_desktop.domain.akses import Pengguna, Peran
from kalbar_desktop.exchange import ekspor_audit
from kalbar_desktop.storage import audit, periksa
from kalbar_desktop.storage import db as sdb

TRIGGER = {
    "audit_log_tanpa_ubah": "CREATE TRIGGER audit_log_tanpa_ubah BEFORE UPDATE ON audit_log "
                            "BEGIN SELECT RAISE(ABORT, 'x'); END",
    "audit_log_tanpa_hapus": "CREATE TRIGGER audit_log_tanpa_hapus BEFORE DELETE ON audit_log "
                             "BEGIN SELECT RAISE(ABORT, 'x'); END",
}


def _isi(db_path, n=10):
    with sdb.terbuka(db_path) as db:
        audit.tulis(db, [audit.Catatan(
            aksi="UBAH", pengguna=f"petugas{i % 3}", tabel="verifikasi_keluarga",
            id_keluarga=f"K{i}", kolom="status_verifikasi", nilai_lama="BELUM",
            nilai_baru="DITEMUKAN") for i in range(1, n + 1)])


def _alat_luar(db_path, *sql, pulihkan_trigger=True):
    """Tamper like someone with an outside SQLite tool: drop the triggers, change the log, and
    (the careful way) put the triggers back."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    for nama in TRIGGER:
        conn.execute(f"DROP TRIGGER {nama}")
    for s in sql:
        conn.execute(s)
    if pulihkan_trigger:
        for buat in TRIGGER.values():
            conn.execute(buat)
    conn.close()


def _check(db_path):
    return subprocess.run([sys.executable, "-m", "kalbar_desktop", "--db", str(db_path), "check"],
                          capture_output=True, text=True, timeout=60)


def test_basis_data_utuh_lolos_check(db_path):
    _isi(db_path)
    hasil = _check(db_path)
    assert hasil.returncode == 0, hasil.stdout + hasil.stderr
    assert "SEHAT" in hasil.stdout


def test_trigger_menolak_ubah_dan_hapus_termasuk_segel(db_path):
    _isi(db_path)
    with sdb.terbuka(db_path) as db:
        for sql in ("UPDATE audit_log SET pengguna = 'x'", "DELETE FROM audit_log WHERE id = 10",
                    "UPDATE audit_segel SET jumlah = 3", "DELETE FROM audit_segel"):
            with pytest.raises(sqlite3.DatabaseError):
                db.execute(sql)


def test_baris_yang_diubah_ditemukan_dan_disebut(db_path):
    _isi(db_path)
    _alat_luar(db_path, "UPDATE audit_log SET nilai_baru = 'TIDAK_DITEMUKAN' WHERE id = 4")
    hasil = _check(db_path)
    assert hasil.returncode == 1
    assert "RUSAK" in hasil.stdout and "#4 diubah" in hasil.stdout


def test_baris_tengah_yang_dihapus_ditemukan(db_path):
    _isi(db_path)
    _alat_luar(db_path, "DELETE FROM audit_log WHERE id = 6")
    hasil = _check(db_path)
    assert hasil.returncode == 1
    assert "baris audit #6 hilang (dihapus): nomor melompat dari #5 ke #7" in hasil.stdout


def test_baris_terakhir_yang_dihapus_ditemukan_lewat_segel(db_path):
    _isi(db_path)
    _alat_luar(db_path, "DELETE FROM audit_log WHERE id > 7")
    with sdb.terbuka(db_path, baca_saja=True) as db:
        assert audit.periksa_rantai(db) == []  # the chain alone cannot see it
    hasil = _check(db_path)
    assert hasil.returncode == 1
    assert "log berakhir di #7, segel mencatat sampai #10 (3 baris terakhir dihapus)" \
        in hasil.stdout


def test_trigger_yang_dihapus_ditemukan(db_path):
    _isi(db_path)
    _alat_luar(db_path, pulihkan_trigger=False)
    hasil = _check(db_path)
    assert hasil.returncode == 1
    assert "pelindung jejak audit dihapus" in hasil.stdout
    assert "audit_log_tanpa_ubah" in hasil.stdout


def test_segel_yang_dihapus_ditemukan(db_path):
    _isi(db_path)
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("DROP TABLE audit_segel")
    conn.close()
    hasil = _check(db_path)
    assert hasil.returncode == 1 and "audit_segel" in hasil.stdout


def test_pemeriksaan_cepat_melihat_ekor_yang_hilang(db_path):
    _isi(db_path)
    _alat_luar(db_path, "DELETE FROM audit_log WHERE id = 10")
    assert not periksa.periksa_berkas(db_path, cepat=True).sehat


def test_saringan_log(db_path):
    _isi(db_path, 9)
    with sdb.terbuka(db_path) as db:
        semua = audit.hitung(db, audit.SaringAudit())
        assert semua == 9
        assert audit.hitung(db, audit.SaringAudit(pengguna="petugas1")) == 3
        assert audit.hitung(db, audit.SaringAudit(id_keluarga="K5")) == 1
        assert audit.hitung(db, audit.SaringAudit(aksi="IMPOR")) == 0
        hari_ini = db.execute("SELECT substr(waktu, 1, 10) FROM audit_log").fetchone()[0]
        assert audit.hitung(db, audit.SaringAudit(dari=hari_ini, sampai=hari_ini)) == 9
        assert audit.hitung(db, audit.SaringAudit(sampai="2000-01-01")) == 0
        terbaru = audit.cari(db, audit.SaringAudit(), batas=2)
        assert [b[0] for b in terbaru] == [9, 8]
        assert audit.nilai_berbeda(db, "pengguna") == ["petugas0", "petugas1", "petugas2"]


def test_ekspor_log_ke_xlsx(db_path, tmp_path):
    nik = "6172014107850001"
    with sdb.terbuka(db_path) as db:
        audit.tulis(db, [
            audit.Catatan(aksi="UBAH", pengguna="ani", id_keluarga="K1", kolom="nik_perbaikan",
                          nilai_lama=None, nilai_baru=nik),
            audit.Catatan(aksi="UBAH", pengguna="ani", id_keluarga="K2", kolom="catatan",
                          nilai_baru="=HYPERLINK(\"http://x\",\"klik\")"),
        ])
        tujuan = tmp_path / "jejak.xlsx"
        admin = Pengguna("adm", Peran.ADMIN)
        n = ekspor_audit.ekspor(db, audit.SaringAudit(pengguna="ani"), tujuan, admin)
        assert n == 2
        assert not (tmp_path / "jejak.xlsx.sementara").exists()
        wb = openpyxl.load_workbook(tujuan)
        ws = wb["Jejak audit"]
        assert [c.value for c in ws[1]][:4] == ["No", "Waktu", "Pengguna", "Tindakan"]
        nilai = [c.value for c in ws[2]]
        assert "617201******0001" in nilai and nik not in nilai  # admin: NIK masked
        judul = [c.value for c in ws[1]]
        assert judul == list(ekspor_audit.JUDUL_EKSPOR)
        sel = ws.cell(row=3, column=judul.index("Nilai baru") + 1)
        assert sel.value.startswith("=HYPERLINK") and sel.data_type == "s"
        assert "saringan" in wb["Keterangan"]["A3"].value.lower()
        terakhir = db.execute("SELECT aksi, pengguna, keterangan FROM audit_log "
                              "ORDER BY id DESC LIMIT 1").fetchone()
        assert terakhir[:2] == ("EKSPOR_AUDIT", "adm") and "jejak.xlsx" in terakhir[2]
        verifikator = Pengguna("vv", Peran.VERIFIKATOR)
        ekspor_audit.ekspor(db, audit.SaringAudit(id_keluarga="K1"), tujuan, verifikator)
        ws = openpyxl.load_workbook(tujuan)["Jejak audit"]
        assert nik in [c.value for c in ws[2]]
        with pytest.raises(ekspor_audit.KesalahanEkspor, match="tidak berwenang"):
            ekspor_audit.ekspor(db, audit.SaringAudit(), tujuan,
                                Pengguna("op", Peran.OPERATOR, ("617201",)))


def test_catat_ekspor_dengan_alasan(db):
    audit.catat_ekspor(db, "budi", "BNBA_617201.xlsx", 412, alasan="Musdes Desa Sungai Bulan",
                       keterangan="daftar nama desil 1-4")
    baris = db.execute("SELECT aksi, pengguna, id_rekaman, alasan, keterangan FROM audit_log"
                       ).fetchall()
    assert baris == [("EKSPOR", "budi", "BNBA_617201.xlsx", "Musdes Desa Sungai Bulan",
                      "412 baris ke BNBA_617201.xlsx; daftar nama desil 1-4")]
    assert audit.periksa_jejak(db) == []


def test_ekspor_log_menyebut_tabel_dengan_kata_pengguna(db_path, tmp_path):
    """The exported log names what a row changed as the log window does (Akun pengguna,
    Verifikasi keluarga...), the stored table name in its own column; an unknown name (a
    later version's table) is kept as it is."""
    with sdb.terbuka(db_path) as db:
        audit.tulis(db, [
            audit.Catatan(aksi="UBAH", pengguna="ani", tabel="verifikasi_keluarga",
                          id_keluarga="K1", kolom="status_verifikasi", nilai_baru="SELESAI"),
            audit.Catatan(aksi=jejak.AKUN_DIBUAT, pengguna="ani", tabel="pengguna",
                          id_rekaman="budi"),
            audit.Catatan(aksi="UBAH", pengguna="ani", tabel="tabel_baru", id_rekaman="x"),
            audit.Catatan(aksi=jejak.MASUK, pengguna="ani"),
        ])
        tujuan = tmp_path / "jejak.xlsx"
        ekspor_audit.ekspor(db, audit.SaringAudit(pengguna="ani"), tujuan,
                            Pengguna("adm", Peran.ADMIN))
    ws = openpyxl.load_workbook(tujuan)["Jejak audit"]
    judul = [c.value for c in ws[1]]
    i, j = judul.index("Tabel"), judul.index("Kode tabel")
    assert j == i + 1
    tabel = sorted((r[i], r[j]) for r in ws.iter_rows(min_row=2, values_only=True) if r[j])
    assert tabel == [("Akun pengguna", "pengguna"), ("Verifikasi keluarga",
                                                      "verifikasi_keluarga"),
                     ("tabel_baru", "tabel_baru")]
    # a row about no table has both cells empty
    assert any(r[i] is None and r[j] is None
               for r in ws.iter_rows(min_row=2, values_only=True))


def test_ekspor_log_menyebut_kolom_dengan_kata_pengguna(db_path, tmp_path):
    """The exported log names the changed column in the users' words (the verification field's
    label, a member's or an account's field, the form's name of a corrected source value), the
    stored name in 'Kode kolom' beside it; an unknown name is kept."""
    with sdb.terbuka(db_path) as db:
        audit.tulis(db, [
            audit.Catatan(aksi="UBAH", pengguna="ani", tabel="verifikasi_keluarga",
                          id_keluarga="K1", kolom="tanggal_kunjungan", nilai_baru="2026-11-20"),
            audit.Catatan(aksi="UBAH", pengguna="ani", tabel="verifikasi_anggota",
                          id_keluarga="K1", kolom="nik_perbaikan", nilai_baru="6172011508800001"),
            audit.Catatan(aksi="KOREKSI", pengguna="ani", tabel="keluarga", id_keluarga="K1",
                          kolom="nama_kepala", nilai_lama="Budi", nilai_baru="Budiman"),
            audit.Catatan(aksi=jejak.AKUN_DIUBAH, pengguna="ani", tabel="pengguna",
                          id_rekaman="budi", kolom="wilayah", nilai_baru="617201"),
            audit.Catatan(aksi=jejak.PENGATURAN, pengguna="ani", tabel="pengaturan",
                          kolom="kunci_baru_x", nilai_baru="5"),
        ])
        tujuan = tmp_path / "jejak.xlsx"
        ekspor_audit.ekspor(db, audit.SaringAudit(pengguna="ani"), tujuan,
                            Pengguna("vv", Peran.VERIFIKATOR))
    ws = openpyxl.load_workbook(tujuan)["Jejak audit"]
    judul = [c.value for c in ws[1]]
    i, j = judul.index("Kolom"), judul.index("Kode kolom")
    assert j == i + 1 and judul[i + 2] == "Nilai lama"
    kolom = sorted((r[i], r[j]) for r in ws.iter_rows(min_row=2, values_only=True) if r[j])
    assert kolom == [("NIK perbaikan", "nik_perbaikan"),
                     ("Nama kepala keluarga", "nama_kepala"),
                     ("Tanggal kunjungan", "tanggal_kunjungan"),
                     ("Wilayah kerja", "wilayah"),
                     ("kunci_baru_x", "kunci_baru_x")]
    baris = {r[j]: r for r in ws.iter_rows(min_row=2, values_only=True) if r[j]}
    assert baris["nama_kepala"][judul.index("Nilai baru")] == "Budiman"
