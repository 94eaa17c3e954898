"""A workbook with a visible empty template sheet (a P3KE header, no data row) beside the
visible sheet with the data (acceptance round terima9): the whole import was refused ("Lembar
'Contoh' ... hanya berisi judul kolom ... tanpa satu pun baris data"). The right sheet is found
by its headers and its data: the template is left aside and named, in the preview and in the
summary. A template alone is still refused, and a sheet that only looks empty in the rows
the preview reads is not left aside. Workbooks written with openpyxl."""

from __future__ import annotations

from openpyxl import Workbook

from kalbar_desktop.exchange import impor_p3ke
from tests import masukan_luar as ml
from tests.conftest import cuplikan

H = ml.INDIVIDU_2023


def _workbook(path, lembar):
    wb = Workbook()
    wb.remove(wb.active)
    for nama, baris in lembar:
        ws = wb.create_sheet(nama)
        for r in baris:
            ws.append(r)
    wb.save(path)
    return path


def test_templat_kosong_di_samping_lembar_data_dilewati(db, tmp_path):
    path = _workbook(tmp_path / "individu.xlsx", [
        ("Contoh", [["Format isian P3KE"], H]), ("Data", [H, *ml.baris_individu()])])
    pb = impor_p3ke.pratinjau([path])[0]
    assert pb.galat is None
    assert [lb.lembar for lb in pb.lembar] == ["Data"]
    assert pb.diabaikan == ["Contoh (hanya judul kolom, tanpa baris data; datanya di lembar "
                            "'Data')"]
    hasil = impor_p3ke.impor(db, [path])
    assert db.execute("SELECT count(*) FROM anggota").fetchone()[0] == 5
    assert ("Lembar 'Contoh' di berkas individu.xlsx hanya berisi judul kolom tanpa baris data "
            "dan tidak diimpor; yang diimpor lembar 'Data'.") in hasil.pesan()


def test_templat_sendirian_tetap_ditolak(db_demo, tmp_path):
    path = _workbook(tmp_path / "templat.xlsx", [("Contoh", [H]), ("Catatan", [["Isi", "x"]])])
    ml.tolak_impor(db_demo, [path], "Lembar 'Contoh' di berkas templat.xlsx hanya berisi "
                   "judul kolom (baris 1) tanpa satu pun baris data di bawahnya.")


def test_lembar_dengan_data_di_bawah_baris_yang_dibaca_tidak_dilewati(db, tmp_path):
    """Rows far below the header (past the rows the preview reads) are data, not a template:
    both sheets are imported."""
    jauh = [H] + [[None]] * 60 + [r for r in ml.baris_individu() if r[0] == "0061720003"]
    path = _workbook(tmp_path / "individu.xlsx", [
        ("Data", [H, *[r for r in ml.baris_individu() if r[0] != "0061720003"]]),
        ("Lanjutan", jauh)])
    sebelum = cuplikan(db)
    impor_p3ke.impor(db, [path])
    assert cuplikan(db) != sebelum
    assert db.execute("SELECT count(*) FROM anggota").fetchone()[0] == 5
