"""Acceptance round terima4 (issue 6, region scope and audit): an operator who re-imports a
provincial workbook with a change to a family outside her desa is refused (database unchanged),
and the audit row of that re-import says so: how many rows were not applied and which family
she had no right to. Before, the row said 0 applied and 0 failed, nothing else."""

from __future__ import annotations

import json

import openpyxl
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.storage import db as sdb
from tests.conftest import cuplikan
from tests.masukan_luar import pasangan_2023

SANDI = "Sungai-Kapuas-77"


def _cli(db_path, *args, sandi=SANDI):
    hasil = CliRunner().invoke(main, ["--db", str(db_path), *map(str, args)], input=sandi + "\n")
    return hasil


def test_operator_di_luar_desanya_ditolak_dan_tercatat(tmp_path):
    db_path = tmp_path / "kab.db"
    assert _cli(db_path, "import", *pasangan_2023(tmp_path), "--user", "Budi").exit_code == 0
    assert _cli(db_path, "users", "add", "adm", "--role", "admin").exit_code == 0
    assert _cli(db_path, "users", "add", "Ani", "--role", "operator",
                "--wilayah", "6172011001").exit_code == 0
    assert _cli(db_path, "users", "add", "Rina", "--role", "verifikator").exit_code == 0
    prov = tmp_path / "prov.xlsx"
    hasil = _cli(db_path, "export", prov, "--dengan-nama", "--alasan", "uji terima empat",
                 "--user", "Rina")
    assert hasil.exit_code == 0, hasil.output
    wb = openpyxl.load_workbook(prov)
    ws = wb["Data Keluarga"]
    judul = [c.value for c in ws[1]]
    for baris in ws.iter_rows(min_row=2):
        if baris[0].value == "0061720002":  # desa 6172011002, not Ani's
            baris[judul.index("Catatan")].value = "diubah dari desa lain"
    koreksi = tmp_path / "koreksi.xlsx"
    wb.save(koreksi)
    with sdb.terbuka(db_path, baca_saja=True) as db:
        sebelum = cuplikan(db)["verifikasi_keluarga"]
    hasil = _cli(db_path, "reimport", koreksi, "--user", "Ani", "--apply")
    assert hasil.exit_code == 0, hasil.output
    assert "tidak berwenang mengubah keluarga di wilayah 6172011002" in hasil.output
    with sdb.terbuka(db_path, baca_saja=True) as db:
        assert cuplikan(db)["verifikasi_keluarga"] == sebelum
        pengguna, ket = db.execute("SELECT pengguna, keterangan FROM audit_log "
                                   "WHERE aksi = 'IMPOR_KOREKSI'").fetchone()
    catatan = json.loads(ket)
    assert pengguna == "Ani" and catatan["diterapkan"] == 0
    assert catatan["baris_bermasalah"] == 1
    assert catatan["tidak_berwenang"] == ["0061720002"]
