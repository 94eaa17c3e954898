"""Acceptance (issues 5 and 6) on the console, as an outside tester drives it: accounts made
with ``users add`` (password on standard input), files written with openpyxl, the real
commands. Messages must say what is wrong in the user's terms."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.storage import db as sdb
from tests import masukan_luar
from tests.conftest import cuplikan

SANDI = "Rahasia#2026ok"


def _jalan(*args: str, masukan: str | None = None):
    return CliRunner().invoke(main, list(args), input=masukan, catch_exceptions=False)


def _kantor(tmp_path: Path) -> Path:
    db_path = tmp_path / "kantor.db"
    berkas = masukan_luar.pasangan_2023(tmp_path)
    assert _jalan("--db", str(db_path), "import", *map(str, berkas)).exit_code == 0
    for nama, peran in (("admin1", "admin"), ("ver1", "verifikator"), ("op1", "operator")):
        hasil = _jalan("--db", str(db_path), "users", "add", nama, "--role", peran,
                       *(["--wilayah", "6172011001"] if peran == "operator" else []),
                       masukan=SANDI + "\n")
        assert hasil.exit_code == 0, hasil.output
    return db_path


def test_ekspor_nama_oleh_peran_yang_tidak_boleh_menyebut_peran(tmp_path):
    """An admin (no region limit) was told the kecamatan was 'outside the region assigned';
    the reason is the role: only a verifikator exports names."""
    db_path = _kantor(tmp_path)
    for nama, tambahan in (("admin1", []), ("op1", ["--desa", "6172011001"])):
        keluar = tmp_path / f"{nama}.xlsx"
        hasil = _jalan("--db", str(db_path), "export", str(keluar), "--dengan-nama",
                       "--alasan", "Permintaan provinsi", "--user", nama, *tambahan,
                       masukan=SANDI + "\n")
        assert hasil.exit_code == 1
        assert (f"{nama} ({'admin' if nama == 'admin1' else 'operator'}) tidak berwenang "
                "mengekspor daftar nama: hanya peran verifikator yang boleh.") in hasil.output
        assert "di luar wilayah" not in hasil.output
        assert not keluar.exists()
    with sdb.terbuka(db_path) as db:
        assert db.execute("SELECT count(*) FROM audit_log WHERE aksi LIKE 'EKSPOR%'"
                          ).fetchone()[0] == 0
    # The verifikator may, and the operator may still export the recap of its desa.
    assert _jalan("--db", str(db_path), "export", str(tmp_path / "v.xlsx"), "--dengan-nama",
                  "--alasan", "Permintaan provinsi", "--user", "ver1",
                  masukan=SANDI + "\n").exit_code == 0
    assert _jalan("--db", str(db_path), "export", str(tmp_path / "o.xlsx"), "--desa",
                  "6172011001", "--user", "op1", masukan=SANDI + "\n").exit_code == 0


def test_pulihkan_dari_cadangan_rusak_tidak_menyebut_basis_data_rusak(tmp_path):
    """Restoring from a damaged backup said 'RUSAK: basis data ...  Jangan lanjutkan bekerja
    di basis data ini', as if the database in use were damaged."""
    db_path = _kantor(tmp_path)
    cadangan = tmp_path / "cadangan.db"
    assert _jalan("--db", str(db_path), "backup", str(cadangan)).exit_code == 0
    rusak = tmp_path / "setengah.db"
    rusak.write_bytes(cadangan.read_bytes()[:30000])
    with sdb.terbuka(db_path) as db:
        sebelum = cuplikan(db)
    hasil = _jalan("--db", str(db_path), "restore", str(rusak))
    assert hasil.exit_code == 1
    assert "Berkas setengah.db tidak bisa dipakai untuk pemulihan" in hasil.output
    assert "RUSAK: cadangan setengah.db" in hasil.output
    assert "Pilih cadangan lain" in hasil.output
    assert "Jangan lanjutkan bekerja" not in hasil.output
    with sdb.terbuka(db_path) as db:
        assert cuplikan(db) == sebelum
    # The current database itself still passes the check.
    sehat = _jalan("--db", str(db_path), "check")
    assert sehat.exit_code == 0 and sehat.output.startswith("SEHAT: basis data")


def test_rekap_kode_wilayah_teks_di_setiap_baris(tmp_path):
    """Every identifier is a text cell with the '@' format: also the Kode Kecamatan of the
    kecamatan subtotal rows (written with the bold style only, 'General')."""
    db_path = _kantor(tmp_path)
    keluar = tmp_path / "rekap.xlsx"
    assert _jalan("--db", str(db_path), "export", str(keluar), "--user", "ver1",
                  masukan=SANDI + "\n").exit_code == 0
    ws = openpyxl.load_workbook(keluar)["Rekap"]
    kode = [ws.cell(r, c) for r in range(2, ws.max_row + 1) for c in (2, 4)
            if ws.cell(r, c).value]
    tingkat = {ws.cell(r, 1).value for r in range(2, ws.max_row + 1) if ws.cell(r, 2).value}
    assert {"Kecamatan", "Desa/Kelurahan"} <= tingkat
    assert kode and all(c.data_type == "s" and c.number_format == "@" for c in kode), [
        (c.coordinate, c.value, c.number_format) for c in kode if c.number_format != "@"]


def test_hanya_disetujui_tanpa_persetujuan_pesan_jelas(tmp_path):
    db_path = _kantor(tmp_path)
    keluar = tmp_path / "disetujui.xlsx"
    hasil = _jalan("--db", str(db_path), "export", str(keluar), "--hanya-disetujui", "--user",
                   "ver1", masukan=SANDI + "\n")
    assert hasil.exit_code == 1 and not keluar.exists()
    assert ("Tidak ada keluarga yang sudah disetujui dalam seluruh basis data; tidak ada yang "
            "diekspor.") in hasil.output


def test_impor_di_basis_data_berakun_meminta_akun_yang_berwenang(tmp_path):
    """With accounts, ``import --user NAME`` recorded any name in the audit trail without a
    password, and let an operator (no import right) replace the source data."""
    db_path = _kantor(tmp_path)
    baru = tmp_path / "baru"
    baru.mkdir()
    kepala, individu = masukan_luar.pasangan_2023(baru)
    wb = openpyxl.load_workbook(kepala)
    wb.active["F2"] = "Jl. Kebun Sayur 7"  # Alamat of the first family: a newer file
    wb.save(kepala)
    perintah = ["--db", str(db_path), "import", str(kepala), str(individu)]
    with sdb.terbuka(db_path) as db:
        sebelum = {t: v for t, v in cuplikan(db).items()
                   if t not in ("audit_log", "audit_segel", "pengguna")}
    for nama, sandi, pesan in (
            ("op1", SANDI, "op1 (operator) tidak berwenang mengimpor berkas P3KE"),
            ("siapa", SANDI, "Nama pengguna atau kata sandi salah"),
            ("ver1", "salah-sandi", "Nama pengguna atau kata sandi salah")):
        hasil = _jalan(*perintah, "--user", nama, masukan=sandi + "\n")
        assert hasil.exit_code == 1 and pesan in hasil.output, hasil.output
        with sdb.terbuka(db_path) as db:
            sesudah = {t: v for t, v in cuplikan(db).items()
                       if t not in ("audit_log", "audit_segel", "pengguna")}
            assert sesudah == sebelum
            assert db.execute("SELECT count(*) FROM audit_log WHERE aksi = 'IMPOR'"
                              ).fetchone()[0] == 1  # the first import only
    hasil = _jalan(*perintah, "--user", "ver1", masukan=SANDI + "\n")
    assert hasil.exit_code == 0 and "berubah 1" in hasil.output, hasil.output
    with sdb.terbuka(db_path) as db:
        [c] = db.query("SELECT pengguna FROM audit_log WHERE aksi = 'IMPOR' ORDER BY id DESC "
                       "LIMIT 1")
        assert c["pengguna"] == "ver1"
        assert db.execute("SELECT alamat FROM keluarga WHERE id_keluarga = ?",
                          [masukan_luar.KELUARGA[0][0]]).fetchone()[0] == "Jl. Kebun Sayur 7"


def test_laporan_temuan_berisi_nama_dan_nik_dicatat_di_jejak_audit(tmp_path):
    """The findings report lists names and NIK values; like every by-name export it is now
    written by a signed-in account and recorded (it was neither)."""
    db_path = _kantor(tmp_path)
    keluar = tmp_path / "temuan.xlsx"
    salah = _jalan("--db", str(db_path), "report-temuan", str(keluar), "--user", "ver1",
                   masukan="salah-sandi\n")
    assert salah.exit_code == 1 and not keluar.exists()
    hasil = _jalan("--db", str(db_path), "report-temuan", str(keluar), "--user", "ver1",
                   masukan=SANDI + "\n")
    assert hasil.exit_code == 0, hasil.output
    ws = openpyxl.load_workbook(keluar)["Temuan"]
    assert [c.value for c in ws[1]][3] == "Nama"
    with sdb.terbuka(db_path) as db:
        [c] = db.query("SELECT * FROM audit_log WHERE aksi = 'EKSPOR'")
    assert c["pengguna"] == "ver1" and c["id_rekaman"] == "temuan.xlsx"
    assert "Dukcapil" in c["alasan"] and "nama dan NIK" in c["keterangan"]


def test_pesan_berkas_salah_tanpa_teks_inggris(tmp_path):
    """`check` on a file that is no database and `export-check` on files that are no provincial
    workbook said 'file is not a database', 'File is not a zip file', or printed an empty
    digest before failing."""
    acak = tmp_path / "acak.db"
    acak.write_bytes(bytes(range(256)) * 40)
    hasil = _jalan("--db", str(acak), "check")
    assert hasil.exit_code == 1
    assert "bukan berkas basis data SQLite" in hasil.output
    assert "file is not a database" not in hasil.output

    kosong = tmp_path / "kosong.xlsx"
    kosong.write_bytes(b"")
    hasil = _jalan("export-check", str(kosong))
    assert hasil.exit_code == 1 and "zip" not in hasil.output.lower()
    assert "Berkas kosong.xlsx bukan workbook .xlsx yang bisa dibaca" in hasil.output

    kepala, _individu = masukan_luar.pasangan_2023(tmp_path)  # a P3KE file, not our export
    hasil = _jalan("export-check", str(kepala))
    assert hasil.exit_code == 1 and "Dihitung" not in hasil.output
    assert "bukan workbook provinsi dari Kalbar Desktop" in hasil.output


def test_wilayah_kerja_tanpa_keluarga_diingatkan(tmp_path):
    """A mistyped work region (no region reference loaded, so it cannot be refused) gave an
    operator an empty table without a word; the console now says so."""
    db_path = _kantor(tmp_path)
    hasil = _jalan("--db", str(db_path), "users", "add", "op2", "--role", "operator",
                   "--wilayah", "617299", "--wilayah", "6172011001", masukan=SANDI + "\n")
    assert hasil.exit_code == 0, hasil.output
    assert "Catatan: belum ada satu keluarga pun di wilayah 617299;" in hasil.output
    assert "users set op2 --wilayah KODE" in hasil.output
    assert "6172011001;" not in hasil.output
    hasil = _jalan("--db", str(db_path), "users", "set", "op2", "--wilayah", "617201")
    assert hasil.exit_code == 0 and "Catatan" not in hasil.output, hasil.output
