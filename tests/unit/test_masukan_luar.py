"""Black-box checks through the public command line, with P3KE files written from outside
(tests/masukan_luar.py: openpyxl and the csv module, not the demo generator)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.storage import db as sdb
from tests import masukan_luar as ml
from tests.conftest import cuplikan


def _cli(db_path: Path, *args: str):
    return CliRunner().invoke(main, ["--db", str(db_path), *map(str, args)],
                              catch_exceptions=False)


def _keluarga(db_path: Path) -> dict[str, dict]:
    with sdb.terbuka(db_path) as db:
        return {r["id_keluarga"]: r for r in db.query("SELECT * FROM keluarga")}


def test_impor_ulang_individu_saja_tidak_menghapus_data_rumah(db_path, tmp_path):
    kepala, individu = ml.pasangan_2023(tmp_path)
    assert _cli(db_path, "import", kepala, individu).exit_code == 0
    sebelum = _keluarga(db_path)
    assert sebelum["0061720001"]["kepemilikan_rumah"] == "Milik Sendiri"
    # A newer Individu file alone (one person renamed): the housing, assets and aid of the
    # families come only with the Kepala Keluarga file and must stay.
    rows = ml.baris_individu()
    rows[1][ml.INDIVIDU_2023.index("Nama")] = "Siti Aminah Binti Umar"
    baru = ml.xlsx(tmp_path / "individu_baru.xlsx", ml.INDIVIDU_2023, rows, lembar="Individu")
    hasil = _cli(db_path, "import", baru)
    assert hasil.exit_code == 0, hasil.output
    assert "Keluarga baru 0, berubah 0" in hasil.output
    assert "anggota baru 0, berubah 1" in hasil.output
    sesudah = _keluarga(db_path)
    for idk, k in sebelum.items():
        for kolom in ("kepemilikan_rumah", "jenis_atap", "kualitas_lantai", "sumber_air_minum",
                      "penerima_pkh", "penerima_kur", "prioritas_verval", "nik_kepala"):
            assert sesudah[idk][kolom] == k[kolom], (idk, kolom)


def test_stats_json_tepat_kunci_yang_dijanjikan(db_path, tmp_path):
    assert _cli(db_path, "import", *ml.pasangan_2023(tmp_path)).exit_code == 0
    hasil = _cli(db_path, "stats", "--json")
    assert hasil.exit_code == 0
    data = json.loads(hasil.stdout)
    assert set(data) == {"keluarga", "anggota", "status_verifikasi", "kelayakan",
                         "persetujuan", "desil"}
    assert (data["keluarga"], data["anggota"]) == (3, 5)
    assert data["desil"] == {"1": 1, "2": 1, "3": 1}
    assert data["status_verifikasi"] == {"Belum diverifikasi": 3}


def test_header_ganda_ditolak_dengan_nama_kolom(db_path, tmp_path):
    assert _cli(db_path, "import", *ml.pasangan_2023(tmp_path)).exit_code == 0
    with sdb.terbuka(db_path) as db:
        sebelum = cuplikan(db)
    rows = [[*r, "6172019999990001"] for r in ml.baris_individu()]
    berkas = ml.xlsx(tmp_path / "nik_dua.xlsx", [*ml.INDIVIDU_2023, "NIK"], rows,
                     lembar="Individu")
    hasil = _cli(db_path, "import", berkas)
    assert hasil.exit_code != 0
    assert ("Judul kolom 'NIK' muncul 2 kali (kolom J dan AB) di berkas nik_dua.xlsx, lembar "
            "'Individu', baris 1") in hasil.output
    with sdb.terbuka(db_path) as db:
        assert cuplikan(db) == sebelum


def test_export_dengan_nama_tanpa_alasan_seperti_di_isu(db_path, tmp_path):
    assert _cli(db_path, "import", *ml.pasangan_2023(tmp_path)).exit_code == 0
    keluar = tmp_path / "provinsi.xlsx"
    hasil = _cli(db_path, "export", keluar, "--dengan-nama", "--nik-penuh")
    assert hasil.exit_code == 0, hasil.output
    wb = openpyxl.load_workbook(keluar)
    ws = wb["Data Anggota"]
    kolom = {c.value: c.column for c in ws[1]}
    sel = ws.cell(2, kolom["NIK"])
    assert (sel.value, sel.data_type, sel.number_format) == ("6172011508800001", "s", "@")
    assert ws.cell(2, kolom["ID Individu"]).value == "006172000101"
    with sdb.terbuka(db_path) as db:
        alasan = db.execute("SELECT alasan FROM audit_log WHERE aksi LIKE 'EKSPOR%' "
                            "ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert "tanpa --alasan" in alasan


def test_restore_tanpa_ya_dari_skrip(db_path, tmp_path):
    assert _cli(db_path, "import", *ml.pasangan_2023(tmp_path)).exit_code == 0
    cadangan = tmp_path / "cadangan.db"
    assert _cli(db_path, "backup", cadangan).exit_code == 0
    with sdb.terbuka(db_path) as db:
        sebelum = {r[0] for r in db.execute("SELECT id_keluarga FROM keluarga")}
    rows = ml.baris_individu()
    rows[0][0] = rows[1][0] = "0061720099"
    assert _cli(db_path, "import", ml.xlsx(tmp_path / "lain.xlsx", ml.INDIVIDU_2023, rows,
                                           lembar="Individu")).exit_code == 0
    hasil = _cli(db_path, "restore", cadangan)
    assert hasil.exit_code == 0, hasil.output
    assert "Salinan basis data sebelumnya disimpan di" in hasil.output
    with sdb.terbuka(db_path) as db:
        assert {r[0] for r in db.execute("SELECT id_keluarga FROM keluarga")} == sebelum


def test_csv_tanggal_berbagai_bentuk_dan_nik_desimal(db_path, tmp_path):
    """A semicolon CSV with BOM and CRLF (Excel, Indonesian locale), dates in the forms offices
    write them, one Excel serial written out as text, and a NIK a program wrote as a float."""
    bentuk = [lambda d: d.strftime("%d/%m/%Y"), lambda d: d.isoformat(),
              lambda d: d.strftime("%Y/%m/%d"),
              lambda d: str((d - dt.date(1899, 12, 30)).days),
              lambda d: d.strftime("%d-%m-%Y")]
    rows = ml.baris_individu()
    i_tgl, i_nik = ml.INDIVIDU_2023.index("Tanggal Lahir"), ml.INDIVIDU_2023.index("NIK")
    lahir = [m[3] for _, _, _, anggota in ml.KELUARGA for m in anggota]
    for r, f, d in zip(rows, bentuk, lahir, strict=True):
        r[i_tgl] = f(d)
    rows[4][i_nik] = rows[4][i_nik] + ".0"
    berkas = ml.csv_berkas(tmp_path / "individu.csv", ml.INDIVIDU_2023, rows)
    assert _cli(db_path, "import", berkas).exit_code == 0
    with sdb.terbuka(db_path) as db:
        disimpan = dict(db.execute("SELECT id_individu, tanggal_lahir FROM anggota"))
        nik = db.execute("SELECT nik FROM anggota WHERE id_individu = '006172000301'").fetchone()
    assert sorted(disimpan.values()) == sorted(d.isoformat() for d in lahir)
    assert nik[0] == "6172022002600001"
    temuan = json.loads(_cli(db_path, "check-data", "--json").stdout)
    assert [(t["rule"], t["id_individu"]) for t in temuan] == [
        ("NIK_RUSAK_EXCEL", "006172000301")]


def test_db_salah_ketik_bukan_basis_data_kosong(tmp_path):
    salah = tmp_path / "kab_salah_ketik.db"
    for args in (["stats", "--json"], ["check-data", "--json"], ["users", "list"],
                 ["export", str(tmp_path / "rekap.xlsx")],
                 ["report-temuan", str(tmp_path / "t.xlsx")],
                 ["users", "disable", "budi"]):
        hasil = CliRunner().invoke(main, ["--db", str(salah), *args])
        assert hasil.exit_code != 0, args
        assert "tidak ada" in hasil.output and "kab_salah_ketik.db" in hasil.output, args
        assert not salah.exists(), args  # nothing created under the mistyped name
    assert not (tmp_path / "rekap.xlsx").exists()
