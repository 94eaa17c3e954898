"""Acceptance round of issues 3-5 from outside (task terima3): the console driven as a user
drives it (click's CliRunner on the real command group), on files written by hand (zip
module, raw bytes), never by the project's generator."""

from __future__ import annotations

import zipfile

import pytest
from click.testing import CliRunner

from kalbar_desktop.cli import main
from tests import masukan_luar as ml
from tests.conftest import cuplikan


@pytest.mark.parametrize("nama, isi", [
    ("bukan_workbook.xlsx", None),  # a zip holding something else
    ("lama.xls", bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 600),  # broken OLE container
])
def test_berkas_bukan_workbook_pesan_menyebut_cara_memperbaiki(db, db_path, tmp_path, nama,
                                                               isi):
    path = tmp_path / nama
    if isi is None:
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("catatan.txt", "bukan workbook")
    else:
        path.write_bytes(isi)
    baik = ml.csv_berkas(tmp_path / "individu.csv", ml.INDIVIDU_2023, ml.baris_individu())
    sebelum = cuplikan(db)
    r = CliRunner().invoke(main, ["--db", str(db_path), "import", str(baik), str(path)])
    assert r.exit_code == 1 and "Traceback" not in r.output
    # what is wrong, with the file's name, then what to do, in Indonesian; the library's own
    # words only as a technical detail at the end
    assert f"Berkas {nama} bukan workbook Excel yang bisa dibaca" in r.output
    assert ("Buka berkas itu di Excel atau LibreOffice, simpan sebagai Buku Kerja Excel "
            "(.xlsx), lalu impor lagi. (Rincian teknis: ") in r.output
    assert cuplikan(db) == sebelum


def test_pratinjau_lembar_tanpa_baris_data_sudah_memperingatkan(db, db_path, tmp_path):
    """An office's empty template (openpyxl: the header and nothing under it) was shown as
    '1 lembar data P3KE dikenali ... tekan Impor'; only the import then refused it."""
    from kalbar_desktop.exchange import impor_p3ke

    path = ml.xlsx(tmp_path / "templat.xlsx", ml.INDIVIDU_2023, [], lembar="Individu",
                   judul=["DATA P3KE DESA", ""])
    (lembar,) = impor_p3ke.pratinjau([path])[0].lembar
    assert ("Lembar ini hanya berisi judul kolom (baris 3) tanpa baris data di bawahnya: "
            "impor akan ditolak. Pilih berkas yang berisi datanya.") in lembar.peringatan
    # empty but formatted rows under the header: the preview cannot see the whole sheet
    from openpyxl import load_workbook
    from openpyxl.styles import PatternFill

    wb = load_workbook(path)
    for baris in range(4, 80):
        wb.active.cell(baris, 1).fill = PatternFill("solid", fgColor="FFFF00")
    berwarna = tmp_path / "templat_berwarna.xlsx"
    wb.save(berwarna)
    (lembar,) = impor_p3ke.pratinjau([berwarna])[0].lembar
    assert any(p.startswith("Tidak ada baris data di bawah judul kolom (baris 3) sampai baris ")
               for p in lembar.peringatan), lembar.peringatan
    sebelum = cuplikan(db)
    r = CliRunner().invoke(main, ["--db", str(db_path), "import", str(path)])
    assert r.exit_code == 1 and "hanya berisi judul kolom (baris 3)" in r.output
    assert cuplikan(db) == sebelum
    # a sheet with data has no such warning
    isi = ml.xlsx(tmp_path / "isi.xlsx", ml.INDIVIDU_2023, ml.baris_individu(), lembar="Individu")
    assert not any("baris data" in p
                   for p in impor_p3ke.pratinjau([isi])[0].lembar[0].peringatan)


def test_anggota_dengan_kode_kemdagri_lain_disebut_bukan_dibuang_diam_diam(db, db_path,
                                                                          tmp_path):
    """An Individu sheet repeats the family's Kode Kemdagri on every member's row. A member
    whose row names another desa (the csv module, Siti's row 6172011009) was imported under
    the head's code and her code dropped without a word."""
    from kalbar_desktop.exchange import impor_p3ke

    H = ml.INDIVIDU_2023
    rows = ml.baris_individu()
    rows[1][H.index("Kode Kemdagri")] = "6172011009"
    path = ml.csv_berkas(tmp_path / "individu.csv", H, rows)
    r = CliRunner().invoke(main, ["--db", str(db_path), "import", str(path)])
    assert r.exit_code == 0, r.output
    assert ("1 baris anggota menulis Kode Kemdagri yang berbeda dari keluarganya (mis. ID "
            "Individu 006172000102, berkas individu.csv, lembar 'individu.csv', baris 3: "
            "6172011009, sedangkan keluarga 0061720001: 6172011001); yang dipakai kode keluarga "
            "(dari baris kepala keluarga). Periksa apakah ID Keluarga di baris itu benar.") \
        in r.output
    assert db.execute("SELECT kode_kemdagri FROM keluarga WHERE id_keluarga = '0061720001'"
                      ).fetchone()[0] == "6172011001"
    # the same file without the difference says nothing of the kind
    hasil = impor_p3ke.impor(db, [ml.csv_berkas(tmp_path / "b.csv", H, ml.baris_individu())])
    assert hasil.kode_anggota_beda == (0, None) and "berbeda dari keluarganya" not in \
        hasil.pesan()
