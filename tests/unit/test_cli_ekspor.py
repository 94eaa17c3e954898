"""The console commands export, export-check and reimport."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.storage import cadangan as scadangan
from kalbar_desktop.storage import db as sdb
from kalbar_desktop.storage import verifikasi as sv
from tests.unit.ekspor_data import salin


@pytest.fixture
def db_path(templat_ekspor, tmp_path):
    return salin(templat_ekspor[0], tmp_path / "kantor.db")


def _jalan(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_export_bawaan_rekap_saja(db_path, tmp_path):
    keluar = tmp_path / "rekap.xlsx"
    hasil = _jalan("--db", str(db_path), "export", str(keluar), "--user", "Budi")
    assert hasil.exit_code == 0, hasil.output
    assert "Workbook ditulis ke" in hasil.output and "SHA-256 data:" in hasil.output
    assert openpyxl.load_workbook(keluar).sheetnames == ["Rekap", "Keterangan"]
    cek = _jalan("export-check", str(keluar))
    assert cek.exit_code == 0 and "Sama" in cek.output


def test_export_dengan_nama_terenkripsi_per_desa(db_path, tmp_path, templat_ekspor):
    sandi = tmp_path / "sandi.txt"
    sandi.write_text("rahasia-Prov1\n", encoding="utf-8")
    keluar = tmp_path / "desa.xlsx"
    with sdb.terbuka(db_path) as db:
        kode = db.execute("SELECT kode_kemdagri FROM keluarga WHERE id_keluarga = ?",
                          [templat_ekspor[1]["pertama"]]).fetchone()[0]
    hasil = _jalan("export", str(keluar), "--db", str(db_path), "--desa", kode, "--dengan-nama",
                   "--nik-penuh", "--alasan", "Musyawarah desa", "--password-file", str(sandi),
                   "--user", "Budi")
    assert hasil.exit_code == 0, hasil.output
    assert "terenkripsi" in hasil.output
    assert _jalan("export-check", str(keluar)).exit_code == 1
    cek = _jalan("export-check", str(keluar), "--password-file", str(sandi))
    assert cek.exit_code == 0, cek.output
    with sdb.terbuka(db_path) as db:
        [c] = db.query("SELECT * FROM audit_log WHERE aksi = 'EKSPOR_NAMA'")
    assert c["alasan"] == "Musyawarah desa" and c["pengguna"] == "Budi"


@pytest.mark.parametrize("args, pesan", [
    (["--dengan-nama", "--alasan", "abc"], "Alasan ekspor daftar nama wajib"),
    (["--kecamatan", "617201", "--desa", "6172011001"], "salah satu"),
    (["--nik-penuh"], "NIK lengkap hanya"),
])
def test_export_ditolak(db_path, tmp_path, args, pesan):
    keluar = tmp_path / "x.xlsx"
    hasil = _jalan("--db", str(db_path), "export", str(keluar), "--user", "Budi", *args)
    assert hasil.exit_code == 1
    assert pesan in hasil.output
    assert not keluar.exists()


def test_reimport_pratinjau_lalu_terapkan(db_path, tmp_path, templat_ekspor):
    keluar = tmp_path / "provinsi.xlsx"
    assert _jalan("--db", str(db_path), "export", str(keluar), "--dengan-nama", "--alasan",
                  "Koreksi provinsi", "--user", "Budi").exit_code == 0
    idk = templat_ekspor[1]["belum"]
    wb = openpyxl.load_workbook(keluar)
    ws = wb["Data Keluarga"]
    kolom = {c.value: c.column for c in ws[1]}
    baris = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == idk)
    ws.cell(baris, kolom["Nama verifikator"]).value = "Siti"
    wb.save(keluar)

    pratinjau = _jalan("--db", str(db_path), "reimport", str(keluar), "--user", "Budi")
    assert pratinjau.exit_code == 0, pratinjau.output
    assert f"{idk} (baris {baris}) Nama verifikator: - -> Siti" in pratinjau.output
    assert "--apply" in pratinjau.output
    with sdb.terbuka(db_path) as db:
        assert sv.muat(db, idk).verifikasi.nama_verifikator is None
    sebagai_json = json.loads(_jalan("--db", str(db_path), "reimport", str(keluar), "--json",
                                     "--user", "Budi").stdout)
    assert sebagai_json["perubahan"] == [{"lembar": "Data Keluarga", "baris": baris,
                                          "id_keluarga": idk, "id_individu": None,
                                          "kolom": "Nama verifikator", "lama": None,
                                          "baru": "Siti"}]
    diterapkan = _jalan("--db", str(db_path), "reimport", str(keluar), "--apply", "--user",
                        "Budi")
    assert diterapkan.exit_code == 0, diterapkan.output
    assert "1 keluarga diperbarui" in diterapkan.output
    cadangan = Path(diterapkan.output.split("Cadangan sebelum impor: ")[1].strip().rstrip("."))
    assert cadangan.is_file() and cadangan.parent == scadangan.folder_cadangan(db_path)
    with sdb.terbuka(cadangan) as salinan:  # the backup holds the state before the re-import
        assert sv.muat(salinan, idk).verifikasi.nama_verifikator is None
    with sdb.terbuka(db_path) as db:
        assert sv.muat(db, idk).verifikasi.nama_verifikator == "Siti"


def test_reimport_berkas_salah(db_path, tmp_path):
    salah = tmp_path / "salah.xlsx"
    salah.write_bytes(b"bukan workbook")
    hasil = _jalan("--db", str(db_path), "reimport", str(salah), "--user", "Budi")
    assert hasil.exit_code == 1 and "salah.xlsx" in hasil.output


def test_dengan_akun_kata_sandi_diminta(db_path, tmp_path):
    from kalbar_desktop.storage import pengguna as spengguna

    with sdb.terbuka(db_path) as db:
        spengguna.tambah(db, "Budi", "verifikator", "Sandi-Kuat-123", oleh="uji", admin_dulu=False)
    keluar = tmp_path / "prov.xlsx"
    args = ["--db", str(db_path), "export", str(keluar), "--dengan-nama", "--alasan",
            "SK Bupati", "--user", "Budi"]
    salah = CliRunner().invoke(main, args, input="salah-sandi\n")
    assert salah.exit_code == 1 and "kata sandi salah" in salah.output.lower()
    assert not keluar.exists()
    benar = CliRunner().invoke(main, args, input="Sandi-Kuat-123\n")
    assert benar.exit_code == 0, benar.output
    asing = CliRunner().invoke(main, [*args[:-1], "Siapa"], input="apa-saja\n")
    assert asing.exit_code == 1
    with sdb.terbuka(db_path) as db:
        aksi = [r[0] for r in db.execute("SELECT aksi FROM audit_log WHERE pengguna IN "
                                         "('Budi', 'Siapa') ORDER BY id")]
    assert "EKSPOR_NAMA" in aksi and aksi.count("EKSPOR_NAMA") == 1
