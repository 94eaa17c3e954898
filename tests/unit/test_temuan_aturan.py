"""Every rule code of issue 3 on seeded defects, in files written with openpyxl and the csv
module; each finding names the rule, the record, the source file, sheet and row, in Indonesian;
``check-data --json`` prints them all."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.exchange import impor_p3ke, wilayah_csv
from tests.berkas_uji import HEADER_INDIVIDU, baris_individu, tulis_csv, tulis_xlsx
from tests.conftest import WILAYAH_61


def _temuan(db, aturan: str) -> list[dict]:
    return list(db.query(
        "SELECT aturan, id_keluarga, id_individu, kolom, nilai, pesan, file, lembar, baris "
        "FROM temuan WHERE aturan = ? ORDER BY id_keluarga, id_individu", [aturan]))


def _impor_xlsx(db, tmp_path, ubah=None, rows=None, nama="cacat.xlsx"):
    path = tulis_xlsx(tmp_path / nama, [("Individu", HEADER_INDIVIDU,
                                         rows if rows is not None else baris_individu(ubah))])
    impor_p3ke.impor(db, [path])
    return path


def test_bersih_tanpa_temuan(db, tmp_path):
    _impor_xlsx(db, tmp_path)
    assert db.execute("SELECT count(*) FROM temuan").fetchone()[0] == 0


@pytest.mark.parametrize(("nik", "kata"), [
    ("617201150880001", "harus 16 digit, tertulis 15 digit"),
    ("61720115088000011", "harus 16 digit, tertulis 17 digit"),
    ("6172011508800000", "Nomor urut NIK tidak boleh 0000"),
    ("0072011508800001", "Kode provinsi NIK tidak dikenal"),
    ("6172013513800001", "tidak mungkin"),
    ("61720115O8800001", "selain angka"),
])
def test_nik_format(db, tmp_path, nik, kata):
    _impor_xlsx(db, tmp_path, {0: {"NIK": nik}})
    t = _temuan(db, "NIK_FORMAT")
    assert len(t) == 1
    assert t[0]["id_keluarga"] == "P3KE001" and t[0]["id_individu"] == "P3KE00101"
    assert (t[0]["file"], t[0]["lembar"], t[0]["baris"]) == ("cacat.xlsx", "Individu", 2)
    assert kata in t[0]["pesan"]
    assert t[0]["nilai"] == nik  # stored as written


def test_nik_rusak_excel_angka_dan_notasi_ilmiah(db, tmp_path):
    _impor_xlsx(db, tmp_path, {0: {"NIK": 6172011508800001}, 3: {"NIK": "6,17201E+15"},
                               5: {"NIK": "6.17202E+15"}})
    t = _temuan(db, "NIK_RUSAK_EXCEL")
    assert [(x["id_individu"], x["baris"]) for x in t] == [
        ("P3KE00101", 2), ("P3KE00201", 5), ("P3KE00301", 7)]
    assert "tersimpan sebagai angka" in t[0]["pesan"]
    assert "notasi ilmiah" in t[1]["pesan"]
    # a damaged NIK is not also reported as a wrong format, nor used for duplicates
    assert _temuan(db, "NIK_FORMAT") == []


def test_nik_ganda_dalam_keluarga_dan_antar_keluarga(db, tmp_path):
    _impor_xlsx(db, tmp_path, {
        2: {"NIK": "6172015003850002", "Tanggal Lahir": "1985-03-10",
            "Jenis Kelamin": "Perempuan"},  # same family as row 1
        4: {"NIK": "6172011508800001", "Tanggal Lahir": "1980-08-15"},  # other family
    })
    t = _temuan(db, "NIK_GANDA")
    assert {(x["id_keluarga"], x["id_individu"]) for x in t} == {
        ("P3KE001", "P3KE00102"), ("P3KE001", "P3KE00103"),
        ("P3KE001", "P3KE00101"), ("P3KE002", "P3KE00202")}
    pesan = {x["id_individu"]: x["pesan"] for x in t}
    assert pesan["P3KE00202"] == "NIK 6172011508800001 juga dipakai oleh P3KE001/P3KE00101"
    assert {x["baris"] for x in t} == {2, 3, 4, 6}


def test_nik_ganda_antar_impor(db, tmp_path):
    _impor_xlsx(db, tmp_path)
    rows = [["P3KE900", "6172011003", 1, "Jl. Baru", "P3KE90001", "Orang Lain",
             "6172014412700001", "1970-12-04", "Perempuan", "Kepala Keluarga", "Kawin",
             "Tamat SD/Sederajat"]]
    path = tulis_csv(tmp_path / "lain.csv", HEADER_INDIVIDU, rows)
    impor_p3ke.impor(db, [path])
    t = _temuan(db, "NIK_GANDA")
    assert {(x["id_individu"], x["file"]) for x in t} == {
        ("P3KE00201", "cacat.xlsx"), ("P3KE90001", "lain.csv")}


def test_nik_tanggal_lahir_dan_jenis_kelamin(db, tmp_path):
    _impor_xlsx(db, tmp_path, {
        0: {"Tanggal Lahir": "1980-08-16"},
        1: {"Jenis Kelamin": "Laki-laki"},
        3: {"Tanggal Lahir": "04/12/1971", "Jenis Kelamin": "L"},
    })
    tgl = _temuan(db, "NIK_TGL_LAHIR")
    assert [x["id_individu"] for x in tgl] == ["P3KE00101", "P3KE00201"]
    assert tgl[0]["pesan"] == ("Tanggal lahir di NIK (15-08-80) berbeda dengan Tanggal Lahir "
                               "(16-08-1980)")
    jk = _temuan(db, "NIK_JENIS_KELAMIN")
    assert [x["id_individu"] for x in jk] == ["P3KE00102", "P3KE00201"]
    assert jk[0]["pesan"] == "NIK menunjukkan Perempuan, tertulis Laki-laki"
    assert jk[0]["baris"] == 3


def test_nik_kosong(db, tmp_path):
    _impor_xlsx(db, tmp_path, {2: {"NIK": None}, 4: {"NIK": "  "}})
    t = _temuan(db, "NIK_KOSONG")
    assert [(x["id_individu"], x["baris"], x["pesan"]) for x in t] == [
        ("P3KE00103", 4, "NIK kosong"), ("P3KE00202", 6, "NIK kosong")]


def test_keluarga_tanpa_kepala_dan_kepala_ganda(db, tmp_path):
    _impor_xlsx(db, tmp_path, {
        0: {"Hubungan dengan Kepala Keluarga": "Anak"},  # P3KE001 without a head
        4: {"Hubungan dengan Kepala Keluarga": "KEPALA KELUARGA"},  # P3KE002: two heads
    })
    tanpa = _temuan(db, "KK_TANPA_KEPALA")
    assert [(x["id_keluarga"], x["id_individu"]) for x in tanpa] == [("P3KE001", None)]
    assert tanpa[0]["pesan"] == "Keluarga tidak punya anggota dengan hubungan Kepala Keluarga"
    assert tanpa[0]["file"] == "cacat.xlsx"
    ganda = _temuan(db, "KK_KEPALA_GANDA")
    assert [(x["id_keluarga"], x["pesan"]) for x in ganda] == [
        ("P3KE002", "Keluarga punya 2 Kepala Keluarga")]


def test_wilayah_tidak_dikenal_hanya_setelah_referensi_dimuat(db, tmp_path):
    _impor_xlsx(db, tmp_path, {5: {"Kode Kemdagri": "6172029999"},
                               6: {"Kode Kemdagri": "6172029999"}})
    assert _temuan(db, "WILAYAH_TIDAK_DIKENAL") == []  # no reference loaded yet
    wilayah_csv.impor(db, WILAYAH_61)
    t = _temuan(db, "WILAYAH_TIDAK_DIKENAL")
    assert [(x["id_keluarga"], x["nilai"]) for x in t] == [("P3KE003", "6172029999")]
    assert t[0]["pesan"] == "Kode Kemdagri 6172029999 tidak ada di referensi wilayah"
    assert (t[0]["file"], t[0]["baris"]) == ("cacat.xlsx", 7)
    # and an import after the reference is loaded checks at once
    rows = [["P3KE900", "6199999999", 1, "Jl. Baru", "P3KE90001", "Orang Lain",
             "6172014412700009", "1970-12-04", "Perempuan", "Kepala Keluarga", "Kawin",
             "Tamat SD/Sederajat"]]
    impor_p3ke.impor(db, [tulis_csv(tmp_path / "baru.csv", HEADER_INDIVIDU, rows)])
    assert {x["id_keluarga"] for x in _temuan(db, "WILAYAH_TIDAK_DIKENAL")} == {
        "P3KE003", "P3KE900"}


def test_kode_tidak_dikenal_disimpan_apa_adanya(db, tmp_path):
    _impor_xlsx(db, tmp_path, {1: {"Status Kawin": "Nikah Siri"},
                               3: {"Desil Kesejahteraan": 7}})
    t = _temuan(db, "KODE_TIDAK_DIKENAL")
    assert [(x["id_keluarga"], x["id_individu"], x["kolom"], x["nilai"]) for x in t] == [
        ("P3KE001", "P3KE00102", "status_kawin", "Nikah Siri"),
        ("P3KE002", None, "desil", "7")]
    assert db.execute("SELECT status_kawin FROM anggota WHERE id_individu='P3KE00102'"
                      ).fetchone()[0] == "Nikah Siri"
    assert db.execute("SELECT desil FROM keluarga WHERE id_keluarga='P3KE002'"
                      ).fetchone()[0] == "7"


@pytest.mark.parametrize(("tanggal", "disimpan"), [
    ("31/02/1980", "31/02/1980"),
    ("kemarin", "kemarin"),
    ("2099-01-01", "2099-01-01"),
    ("1850-05-05", "1850-05-05"),
])
def test_tanggal_tidak_valid(db, tmp_path, tanggal, disimpan):
    _impor_xlsx(db, tmp_path, {2: {"Tanggal Lahir": tanggal}})
    t = _temuan(db, "TANGGAL_TIDAK_VALID")
    assert [(x["id_individu"], x["nilai"], x["baris"]) for x in t] == [
        ("P3KE00103", disimpan, 4)]
    assert "Tanggal Lahir: tanggal tidak valid" in t[0]["pesan"]


def test_tanggal_dalam_berbagai_bentuk_dibaca(db, tmp_path):
    import datetime as dt

    _impor_xlsx(db, tmp_path, {0: {"Tanggal Lahir": dt.datetime(1980, 8, 15)},
                               1: {"Tanggal Lahir": "10-03-1985"},
                               2: {"Tanggal Lahir": "1 Januari 2010"},
                               3: {"Tanggal Lahir": "04.12.1970"}})
    tgl = dict(db.execute("SELECT id_individu, tanggal_lahir FROM anggota").fetchall())
    assert tgl["P3KE00101"] == "1980-08-15" and tgl["P3KE00102"] == "1985-03-10"
    assert tgl["P3KE00103"] == "2010-01-01" and tgl["P3KE00201"] == "1970-12-04"
    assert db.execute("SELECT count(*) FROM temuan").fetchone()[0] == 0


def test_check_data_json_mencetak_semua_temuan(db_path, tmp_path):
    from kalbar_desktop.storage import db as sdb

    with sdb.terbuka(db_path) as db:
        _impor_xlsx(db, tmp_path, {0: {"NIK": "617201150880001"}, 1: {"Pendidikan": "S3"},
                                   3: {"Hubungan dengan Kepala Keluarga": "Anak"}})
        jumlah = db.execute("SELECT count(*) FROM temuan").fetchone()[0]
    hasil = CliRunner().invoke(main, ["--db", str(db_path), "check-data", "--json"])
    assert hasil.exit_code == 0, hasil.output
    data = json.loads(hasil.output)
    assert len(data) == jumlah == 3
    for t in data:
        assert {"rule", "id_keluarga", "id_individu", "message", "file", "sheet", "row",
                "column", "value"} <= set(t)
        assert t["file"] == "cacat.xlsx" and t["sheet"] == "Individu" and t["row"] >= 2
    assert {t["rule"] for t in data} == {"NIK_FORMAT", "KODE_TIDAK_DIKENAL", "KK_TANPA_KEPALA"}
    nik = next(t for t in data if t["rule"] == "NIK_FORMAT")
    assert (nik["id_keluarga"], nik["id_individu"], nik["row"]) == ("P3KE001", "P3KE00101", 2)
