"""The import report (xlsx) and the command line around the import: every finding with its
source file, sheet and row; identifiers as text cells with the '@' format; errors in Indonesian
with a non-zero exit status and the database unchanged."""

from __future__ import annotations

import openpyxl
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.exchange import laporan_temuan
from kalbar_desktop.storage import db as sdb
from tests.berkas_uji import HEADER_INDIVIDU, baris_individu, tulis_csv, tulis_xlsx
from tests.conftest import cuplikan


def _cacat(tmp_path):
    # a CSV, so that a value starting with '=' reaches the database as text
    return tulis_csv(tmp_path / "cacat.csv", HEADER_INDIVIDU, baris_individu({
        0: {"NIK": "6.17201E+15"}, 2: {"NIK": "617201010110003"},
        4: {"Pendidikan": "=1+1 bukan rumus"}}))


def test_import_dengan_laporan_lalu_report_temuan(db_path, tmp_path):
    r = CliRunner().invoke(main, ["--db", str(db_path), "import", str(_cacat(tmp_path)),
                                  "--laporan", str(tmp_path / "laporan.xlsx")])
    assert r.exit_code == 0, r.output
    assert "Impor selesai" in r.output and "Laporan temuan (3 temuan)" in r.output

    wb = openpyxl.load_workbook(tmp_path / "laporan.xlsx")
    assert wb.sheetnames == ["Ringkasan", "Temuan"]
    ws = wb["Temuan"]
    header = [c.value for c in ws[1]]
    assert header == [k[0] for k in laporan_temuan.KOLOM]
    baris = [[c for c in row] for row in ws.iter_rows(min_row=2)]
    assert len(baris) == 3
    nilai = [[c.value for c in b] for b in baris]
    assert [(v[0], v[2], v[9], v[10], v[11]) for v in nilai] == [
        ("NIK_RUSAK_EXCEL", "P3KE00101", "cacat.csv", "cacat.csv", 2),
        ("NIK_FORMAT", "P3KE00103", "cacat.csv", "cacat.csv", 4),
        ("KODE_TIDAK_DIKENAL", "P3KE00202", "cacat.csv", "cacat.csv", 6)]
    for b in baris:
        for i in (1, 2, 4, 7):  # ID Keluarga, ID Individu, Kode Kemdagri, value
            assert b[i].data_type == "s" and b[i].number_format == "@", (i, b[i].value)
    assert nilai[0][7] == "6.17201E+15" and nilai[0][3] == "Ahmad"
    assert nilai[1][7] == "617201010110003"
    assert nilai[2][7] == "=1+1 bukan rumus" and baris[2][7].data_type == "s"  # no formula
    ringkasan = {r[0]: r[1] for r in wb["Ringkasan"].iter_rows(min_row=5, values_only=True)}
    assert ringkasan["NIK_RUSAK_EXCEL"] == 1 and ringkasan["NIK_GANDA"] == 0

    r = CliRunner().invoke(main, ["--db", str(db_path), "report-temuan",
                                  str(tmp_path / "lagi")])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "lagi.xlsx").exists()


def test_laporan_ke_folder_yang_tidak_ada(db_path, tmp_path):
    r = CliRunner().invoke(main, ["--db", str(db_path), "report-temuan",
                                  str(tmp_path / "tidak_ada" / "l.xlsx")])
    assert r.exit_code != 0
    assert "tidak ada" in r.output


def test_import_gagal_keluar_bukan_nol_dengan_pesan_dan_db_tetap(db_path, tmp_path):
    CliRunner().invoke(main, ["--db", str(db_path), "import", str(_cacat(tmp_path))])
    with sdb.terbuka(db_path) as db:
        sebelum = cuplikan(db)
    rusak = tulis_xlsx(tmp_path / "rusak.xlsx", [("Individu", HEADER_INDIVIDU, baris_individu({
        3: {"ID Keluarga P3KE": None}}))])
    r = CliRunner().invoke(main, ["--db", str(db_path), "import", str(rusak)])
    assert r.exit_code == 1
    assert "Gagal:" in r.output
    assert "berkas rusak.xlsx, lembar 'Individu', baris 5, kolom A (ID Keluarga P3KE)" in r.output
    with sdb.terbuka(db_path) as db:
        assert cuplikan(db) == sebelum


def test_import_berkas_sama_dua_kali_mengatakannya(db_path, tmp_path):
    berkas = str(_cacat(tmp_path))
    CliRunner().invoke(main, ["--db", str(db_path), "import", berkas])
    r = CliRunner().invoke(main, ["--db", str(db_path), "import", berkas])
    assert r.exit_code == 0
    assert "sudah pernah diimpor" in r.output


def test_laporan_sendiri_tidak_diimpor_sebagai_p3ke(db_path, tmp_path):
    from kalbar_desktop.exchange import impor_p3ke

    CliRunner().invoke(main, ["--db", str(db_path), "import", str(_cacat(tmp_path)),
                              "--laporan", str(tmp_path / "laporan.xlsx")])
    assert [k[0] for k in laporan_temuan.KOLOM] == list(impor_p3ke.HEADER_LAPORAN)
    r = CliRunner().invoke(main, ["--db", str(db_path), "import", str(tmp_path / "laporan.xlsx")])
    assert r.exit_code == 1
    assert "laporan.xlsx adalah laporan temuan Kalbar Desktop, bukan berkas P3KE" in r.output
