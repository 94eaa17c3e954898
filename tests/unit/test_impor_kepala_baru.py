"""Closing note 20, import leftovers about the head of a family, with files written by openpyxl
and the csv module, imported through the console and the library:

- a later Individu file naming another head (the wife, after the husband died) replaces the
  family row's head when the earlier files agreed: legitimate, but now visible: the summary
  says how many families got a new head and names the first, the findings report written with
  that import lists them on the sheet "Kepala baru";
- NIK_KEPALA_BERBEDA after an Individu-only import named the Individu file's row; it now
  names the Keluarga file's row, where the NIK Kepala Keluarga is, and its message names the
  head's row in the Individu file as well.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from kalbar_desktop.exchange import impor_p3ke, laporan_temuan
from kalbar_desktop.storage import db as sdb
from tests import masukan_luar as ml
from tests.temuan_uji import cli, temuan_json, temuan_semua_cara

KOL_I = ml.INDIVIDU_2023.index
KOL_K = ml.KEPALA_2023.index
NIK_LAIN = "6172011508800002"
NIK_AHMAD = "6172011508800001"


def _impor(db_path: Path, *berkas) -> str:
    hasil = cli(db_path, "import", *berkas)
    assert hasil.exit_code == 0, hasil.output
    return " ".join(hasil.output.split())


def _kepala(tmp_path: Path, nama: str, nik_keluarga1: str | None = None) -> Path:
    baris = ml.baris_kepala()
    if nik_keluarga1 is not None:
        baris[0][KOL_K("NIK Kepala Keluarga")] = nik_keluarga1
    return ml.xlsx(tmp_path / f"{nama}.xlsx", ml.KEPALA_2023, baris, lembar="Kepala Keluarga")


def _individu(tmp_path: Path, nama: str, baris: list[list] | None = None) -> Path:
    return ml.csv_berkas(tmp_path / f"{nama}.csv", ml.INDIVIDU_2023,
                         ml.baris_individu() if baris is None else baris)


def _siti_kepala() -> list[list]:
    """The Individu rows after Ahmad Yani died: his row gone, Siti Aminah the head."""
    baris = [r for r in ml.baris_individu() if r[KOL_I("ID Individu")] != "006172000101"]
    siti = next(r for r in baris if r[KOL_I("ID Individu")] == "006172000102")
    siti[KOL_I("Hubungan dengan Kepala Keluarga")] = "Kepala Keluarga"
    return baris


def test_kepala_baru_dari_berkas_individu_disebut_dan_didaftar(db_path, tmp_path):
    keluar = _impor(db_path, _kepala(tmp_path, "kepala"), _individu(tmp_path, "individu"))
    assert "Kepala Keluarga" not in keluar.split("Temuan kualitas data")[1]
    with sdb.terbuka(db_path) as db:
        hasil = impor_p3ke.impor(db, [_individu(tmp_path, "individu2", _siti_kepala())])
        assert hasil.ringkasan.kepala_baru == [("0061720001", "Ahmad Yani", "Siti Aminah")]
        pesan = " ".join(hasil.pesan().split())
        assert ("1 keluarga berganti Kepala Keluarga menurut berkas ini (mis. ID Keluarga "
                "0061720001: Ahmad Yani menjadi Siti Aminah)") in pesan, pesan
        assert "laporan temuan mendaftar semuanya di lembar Kepala baru" in pesan
        assert db.execute("SELECT nama_kepala, nik_kepala FROM keluarga "
                          "WHERE id_keluarga = '0061720001'").fetchone() == (
            "Siti Aminah", "6172015003850002")
        laporan = tmp_path / "laporan.xlsx"
        laporan_temuan.tulis(db, laporan, keluarga_tetap=hasil.ringkasan.id_keluarga_tetap,
                             kepala_baru=hasil.ringkasan.kepala_baru)
    wb = load_workbook(laporan, read_only=True)
    assert wb.sheetnames == ["Ringkasan", "Temuan", "Kepala baru"]
    baris = list(wb["Kepala baru"].iter_rows(values_only=True))
    assert baris[0][:5] == ("ID Keluarga", "Kepala Keluarga lama", "Kepala Keluarga baru",
                            "Kode Kemdagri", "Desa/Kelurahan")
    assert [b[:4] for b in baris[1:]] == [
        ("0061720001", "Ahmad Yani", "Siti Aminah", "6172011001")]
    assert "meninggal" in baris[1][5]
    assert "lembar Kepala baru" in str(next(wb["Ringkasan"].iter_rows(values_only=True,
                                                                       min_row=3, max_row=3))[0])
    wb.close()


def test_nik_sama_nama_sama_bukan_kepala_baru(db_path, tmp_path):
    """The same file again, or a name spelled the same with its NIK unchanged: nothing said."""
    _impor(db_path, _kepala(tmp_path, "kepala"), _individu(tmp_path, "individu"))
    baris = ml.baris_individu()
    baris[0][KOL_I("Alamat")] = "Jl. Pahlawan"
    keluar = _impor(db_path, _individu(tmp_path, "individu2", baris))
    assert "berganti Kepala Keluarga" not in keluar


def test_nik_kepala_berbeda_menunjuk_baris_berkas_keluarga(db_path, tmp_path):
    _impor(db_path, _kepala(tmp_path, "kepala", nik_keluarga1=NIK_LAIN),
           _individu(tmp_path, "individu"))
    # the same release's Individu file again, alone: the head's row stays the one first read
    _impor(db_path, _individu(tmp_path, "individu2"))
    temuan = [t for t in temuan_json(db_path) if t["rule"] == "NIK_KEPALA_BERBEDA"]
    assert [(t["id_keluarga"], t["value"], t["file"], t["sheet"], t["row"]) for t in temuan] == [
        ("0061720001", NIK_LAIN, "kepala.xlsx", "Kepala Keluarga", 2)]
    assert temuan[0]["message"] == (
        f"NIK Kepala Keluarga di berkas keluarga ({NIK_LAIN}) tidak sama dengan NIK kepala di "
        f"berkas individu ({NIK_AHMAD}; berkas individu.csv, lembar 'individu.csv', baris 2)")
    assert [(t["file"], t["baris"]) for t in temuan_semua_cara(db_path)
            if t["aturan"] == "NIK_KEPALA_BERBEDA"] == [("kepala.xlsx", 2)]


def test_impor_konsol_dengan_laporan_mendaftar_kepala_baru(db_path, tmp_path):
    """``import --laporan`` on the console wrote the report without the sheet "Kepala baru"
    although its summary pointed to it."""
    _impor(db_path, _kepala(tmp_path, "kepala"), _individu(tmp_path, "individu"))
    laporan = tmp_path / "laporan_konsol.xlsx"
    keluar = _impor(db_path, _individu(tmp_path, "individu2", _siti_kepala()),
                    "--laporan", laporan)
    assert "lembar Kepala baru" in keluar
    wb = load_workbook(laporan, read_only=True)
    assert "Kepala baru" in wb.sheetnames
    assert [b[:3] for b in list(wb["Kepala baru"].iter_rows(values_only=True))[1:]] == [
        ("0061720001", "Ahmad Yani", "Siti Aminah")]
    wb.close()
