"""An Excel error cell in the P3KE import (closing note 20, section 8): files written by openpyxl
(an error cell ``t="e"``), the csv module (the text Excel writes for it) and LibreOffice (a real
VLOOKUP that finds nothing, calculated). Every reader sees such a cell empty; the import keeps
the error as the cell's text, so the findings name it (SEL_GALAT_EXCEL) with file, sheet, row
and column instead of NIK_KOSONG, and an ID Keluarga holding one refuses the import like an
empty one."""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import Workbook, load_workbook

from kalbar_desktop.exchange import xlsx_potong
from kalbar_desktop.storage import db as sdb
from tests import masukan_luar as ml
from tests.berkas_uji import libreoffice_simpan_ulang
from tests.temuan_uji import cli, temuan_json, temuan_semua_cara

KOL_K = ml.KEPALA_2023.index
KOL_I = ml.INDIVIDU_2023.index
GALAT = "SEL_GALAT_EXCEL"


def _ubah(path: Path, isi: dict[tuple[int, str], object], header: list[str]) -> Path:
    """Cells of the one sheet set by openpyxl: ``(row, header) -> value``; a text starting with
    ``#`` that is an Excel error becomes an error cell (openpyxl writes ``t="e"``)."""
    wb = load_workbook(path)
    ws = wb.active
    for (baris, judul), nilai in isi.items():
        ws.cell(baris, header.index(judul) + 1).value = nilai
    wb.save(path)
    return path


def _sel_galat_di_xml(path: Path) -> int:
    with zipfile.ZipFile(path) as z:
        return z.read("xl/worksheets/sheet1.xml").count(b't="e"')


def _impor(tmp_path: Path, kepala: Path, individu: Path) -> tuple[Path, str]:
    db = tmp_path / "a.db"
    hasil = cli(db, "import", kepala, individu)
    assert hasil.exit_code == 0, hasil.output
    return db, hasil.output


def _temuan(db: Path, aturan: str) -> list[dict]:
    return [t for t in temuan_json(db) if t["rule"] == aturan]


def test_nik_dan_kode_berisi_galat_excel_jadi_temuan_dengan_tempatnya(tmp_path):
    kepala, individu = ml.pasangan_2023(tmp_path)
    _ubah(individu, {(3, "NIK"): "#N/A", (4, "Pekerjaan"): "#REF!",
                     (5, "Tanggal Lahir"): "#VALUE!"}, ml.INDIVIDU_2023)
    assert _sel_galat_di_xml(individu) == 3
    db, keluaran = _impor(tmp_path, kepala, individu)

    temuan = {(t["sheet"], t["row"], t["column"]): t for t in _temuan(db, GALAT)}
    assert set(temuan) == {("Individu", 3, "nik"), ("Individu", 4, "pekerjaan"),
                           ("Individu", 5, "tanggal_lahir")}
    nik = temuan[("Individu", 3, "nik")]
    assert nik["file"] == "individu.xlsx" and nik["value"] == "#N/A"
    assert nik["message"].startswith("NIK: sel berisi galat Excel #N/A di berkas sumber")
    assert "perbaiki rumusnya di Excel atau minta berkas yang bersih" in nik["message"]
    assert temuan[("Individu", 4, "pekerjaan")]["message"].startswith(
        "Pekerjaan: sel berisi galat Excel #REF!")
    # not read as empty any more, nor as a code outside its list or a wrong date
    aturan_lain = {(t["rule"], t["row"]) for t in temuan_json(db) if t["rule"] != GALAT}
    assert not {a for a, baris in aturan_lain if baris in (3, 4, 5)} & {
        "NIK_KOSONG", "KODE_TIDAK_DIKENAL", "TANGGAL_TIDAK_VALID"}, aturan_lain
    assert ("3 sel berisi galat Excel seperti #N/A (berkas individu.xlsx, lembar 'Individu', "
            "sel J3, P4, K5)") in keluaran
    # the whole-database check (with and without its filter) and a family's re-check agree
    semua = temuan_semua_cara(db)
    assert sorted((t["aturan"], t["baris"]) for t in semua if t["aturan"] == GALAT) == [
        (GALAT, 3), (GALAT, 4), (GALAT, 5)]
    with sdb.terbuka(db) as d:
        assert d.execute("SELECT nik FROM anggota WHERE id_individu = '006172000102'"
                         ).fetchone()[0] == "#N/A"


def test_lembar_besar_dibaca_bertahap_menemukan_galat_yang_sama(tmp_path, monkeypatch):
    """A district's sheet is cut into pieces (xlsx_potong): the cut finds the error cells on the
    way, without another pass over the XML."""
    monkeypatch.setattr(xlsx_potong, "UKURAN_MIN", 1)
    monkeypatch.setattr(xlsx_potong, "UKURAN_POTONGAN", 3000)
    kepala, individu = ml.pasangan_2023(tmp_path)
    _ubah(individu, {(3, "NIK"): "#N/A", (6, "Status Kawin"): "#NAME?"}, ml.INDIVIDU_2023)
    _ubah(kepala, {(3, "NIK Kepala Keluarga"): "#N/A"}, ml.KEPALA_2023)
    db, _ = _impor(tmp_path, kepala, individu)
    temuan = sorted((t["sheet"], t["row"], t["column"], t["value"]) for t in _temuan(db, GALAT))
    assert temuan == [("Individu", 3, "nik", "#N/A"), ("Individu", 6, "status_kawin", "#NAME?"),
                      ("Kepala Keluarga", 3, "nik_kepala", "#N/A")]
    kepala_baris = next(t for t in _temuan(db, GALAT) if t["column"] == "nik_kepala")
    assert kepala_baris["message"].startswith("NIK Kepala Keluarga di baris keluarga")


def test_id_keluarga_berisi_galat_menolak_impor_seperti_sel_kosong(tmp_path):
    kepala, individu = ml.pasangan_2023(tmp_path)
    _ubah(individu, {(3, "ID Keluarga P3KE"): "#N/A"}, ml.INDIVIDU_2023)
    with sdb.terbuka(tmp_path / "a.db"):
        pass
    with sdb.terbuka(tmp_path / "a.db") as db:
        ml.tolak_impor(db, [kepala, individu],
                       "Sel A3 berisi galat Excel #N/A (berkas individu.xlsx, lembar "
                       "'Individu', baris 3, kolom A (ID Keluarga P3KE)): ID Keluarga tidak "
                       "terbaca", "minta berkas yang bersih")


def test_kode_kemdagri_dan_id_individu_berisi_galat(tmp_path):
    """Kode Kemdagri: kept as the error's text and named (no region reference is loaded, so
    no WILAYAH_TIDAK_DIKENAL would have said anything); ID Individu: like an empty cell, an ID
    made up for the member (ID_INDIVIDU_KOSONG), and the summary names the cell."""
    kepala, individu = ml.pasangan_2023(tmp_path)
    _ubah(kepala, {(3, "Kode Kemdagri"): "#N/A"}, ml.KEPALA_2023)
    _ubah(individu, {(2, "ID Individu"): "#REF!"}, ml.INDIVIDU_2023)
    db, keluaran = _impor(tmp_path, kepala, individu)
    kode = _temuan(db, GALAT)
    assert [(t["id_keluarga"], t["column"], t["sheet"], t["row"]) for t in kode] == [
        ("0061720002", "kode_kemdagri", "Kepala Keluarga", 3)]
    assert kode[0]["message"].startswith("Kode Kemdagri: sel berisi galat Excel #N/A")
    kosong = _temuan(db, "ID_INDIVIDU_KOSONG")
    assert [(t["id_keluarga"], t["row"]) for t in kosong] == [("0061720001", 2)]
    assert "lembar 'Individu', sel G2)" in keluaran
    assert "lembar 'Kepala Keluarga', sel C3)" in keluaran
    assert sorted(t["aturan"] for t in temuan_semua_cara(db)) == sorted(
        t["rule"] for t in temuan_json(db))


def test_csv_dengan_teks_galat_di_kolom_nik(tmp_path):
    """A CSV saved from Excel writes an error cell as its text: the same finding. ``N/A``
    typed by a person stays a placeholder (NIK_KOSONG)."""
    baris = ml.baris_individu()
    baris[1][KOL_I("NIK")] = "#N/A"
    baris[2][KOL_I("NIK")] = "N/A"
    individu = ml.csv_berkas(tmp_path / "individu.csv", ml.INDIVIDU_2023, baris)
    kepala = ml.csv_berkas(tmp_path / "kepala.csv", ml.KEPALA_2023, ml.baris_kepala())
    db, _ = _impor(tmp_path, kepala, individu)
    assert [(t["row"], t["value"]) for t in _temuan(db, GALAT)] == [(3, "#N/A")]
    assert [(t["row"], t["message"]) for t in _temuan(db, "NIK_KOSONG")] == [
        (4, "NIK kosong (tertulis 'N/A' di berkas sumber)")]


def test_vlookup_gagal_dihitung_libreoffice(tmp_path):
    """A NIK column filled by a VLOOKUP into a second sheet, one name missing there: LibreOffice
    calculates it to #N/A when the office saves the workbook."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Individu"
    ws.append(ml.INDIVIDU_2023)
    rujukan = wb.create_sheet("Rujukan")
    for nomor, r in enumerate(ml.baris_individu(), start=2):
        nik_asli = r[KOL_I("NIK")]
        if r[KOL_I("Nama")] != "Siti Aminah":
            rujukan.append([r[KOL_I("Nama")], nik_asli])
        r[KOL_I("NIK")] = f"=VLOOKUP(I{nomor},Rujukan!A:B,2,FALSE)"
        ws.append(r)
    asal = tmp_path / "asal"
    asal.mkdir()
    wb.save(asal / "individu.xlsx")
    individu = libreoffice_simpan_ulang(asal / "individu.xlsx", tmp_path)
    kepala = ml.xlsx(tmp_path / "kepala.xlsx", ml.KEPALA_2023, ml.baris_kepala(),
                     lembar="Kepala Keluarga")
    db, _ = _impor(tmp_path, kepala, individu)
    galat = _temuan(db, GALAT)
    assert [(t["id_individu"], t["row"], t["value"]) for t in galat] == [
        ("006172000102", 3, "#N/A")]
    assert not _temuan(db, "NIK_KOSONG")
