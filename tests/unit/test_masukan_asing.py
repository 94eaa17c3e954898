"""Inputs outside testers bring that our own files never have (task tersandung2), each written
the way the other program writes it: openpyxl, the csv module, hand-edited workbook XML."""

from __future__ import annotations

import json
import re
import shutil
import zipfile

import pytest
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import db as sdb
from tests import masukan_luar as ml
from tests.conftest import cuplikan

H = ml.INDIVIDU_2023


def _baris(ubah: list[tuple[int, str, object]]) -> list[list]:
    rows = ml.baris_individu()
    for i, kolom, nilai in ubah:
        rows[i][H.index(kolom)] = nilai
    return rows


def _anggota(db) -> dict[str, dict]:
    return {r["id_individu"]: r for r in db.query("SELECT * FROM anggota")}


def test_identitas_dengan_karakter_tak_tampak_angka_lebar_dan_koma_ribuan(db, tmp_path):
    # Copied from a web page or a chat: a zero-width space after an ID Keluarga, a BOM in
    # front of a NIK, full-width digits from an Asian input method, English thousands commas.
    rows = _baris([(0, "ID Keluarga P3KE", "0061720001\u200b"),
                   (1, "NIK", "\ufeff6172015003850002"),
                   (2, "ID Individu", "".join(chr(0xFF10 + int(c)) for c in "006172000201")),
                   (3, "NIK", "6,172,010,505,950,004"),
                   (4, "NIK", "6172022002\u2060600001")])
    path = ml.xlsx(tmp_path / "individu.xlsx", H, rows, lembar="Individu")
    hasil = impor_p3ke.impor(db, [path])
    # one family 0061720001, not a second one whose ID ends in an invisible character
    assert hasil.ringkasan.jumlah_keluarga == 3
    anggota = _anggota(db)
    assert set(anggota) == {"006172000101", "006172000102", "006172000201", "006172000202",
                            "006172000301"}
    assert anggota["006172000101"]["id_keluarga"] == "0061720001"
    assert anggota["006172000102"]["nik"] == "6172015003850002"
    assert anggota["006172000202"]["nik"] == "6172010505950004"
    assert anggota["006172000301"]["nik"] == "6172022002600001"
    assert db.execute("SELECT count(*) FROM temuan").fetchone()[0] == 0
    # what the file held is kept beside the stored value
    assert json.loads(anggota["006172000202"]["sumber_json"])["NIK"] == "6,172,010,505,950,004"


def test_csv_nik_dalam_rumus_teks_seperti_ekspor_portal(db, tmp_path):
    rows = ml.baris_individu(tanggal=lambda d: d.strftime("%d-%m-%Y"))
    for r in rows:
        for kolom in ("NIK", "ID Individu", "ID Keluarga P3KE"):
            r[H.index(kolom)] = f'="{r[H.index(kolom)]}"'
    path = ml.csv_berkas(tmp_path / "individu.csv", H, rows, pemisah=",")
    impor_p3ke.impor(db, [path])
    anggota = _anggota(db)
    assert anggota["006172000101"]["id_keluarga"] == "0061720001"
    assert anggota["006172000101"]["nik"] == "6172011508800001"
    assert anggota["006172000101"]["nik_bentuk"] == "teks"
    assert db.execute("SELECT count(*) FROM temuan").fetchone()[0] == 0
    sebelum = cuplikan(db)
    # the same file again changes nothing
    assert impor_p3ke.impor(db, [path]).sudah_pernah
    assert cuplikan(db) == sebelum


@pytest.mark.parametrize("keadaan", ["hidden", "veryHidden"])
def test_lembar_tersembunyi_di_samping_data_tidak_diimpor_dan_disebut(db, tmp_path, keadaan):
    path = ml.xlsx_dengan_lembar_tersembunyi(tmp_path / "individu.xlsx", keadaan)
    pb = impor_p3ke.pratinjau([path])[0]
    assert [lb.lembar for lb in pb.lembar] == ["Individu"]
    assert pb.diabaikan == ["Lama (tersembunyi)"]
    hasil = impor_p3ke.impor(db, [path])
    assert set(_anggota(db)) == {"006172000101", "006172000102", "006172000201",
                                 "006172000202", "006172000301"}
    assert "Lembar tersembunyi berisi data P3KE tidak diimpor: individu.xlsx 'Lama'" \
        in hasil.pesan()


def test_data_hanya_di_lembar_tersembunyi_tetap_diimpor(db, tmp_path):
    path = ml.xlsx_dengan_lembar_tersembunyi(tmp_path / "individu.xlsx", "hidden",
                                           sembunyikan_data=True)
    hasil = impor_p3ke.impor(db, [path])
    assert len(_anggota(db)) == 5
    assert "tersembunyi" not in hasil.pesan()


def test_salinan_berkas_yang_sama_ditolak_dengan_nama_keduanya(db_path, tmp_path):
    _, individu = ml.pasangan_2023(tmp_path)
    salinan = tmp_path / "individu (1).xlsx"
    shutil.copy(individu, salinan)
    with sdb.terbuka(db_path) as db:
        sebelum = cuplikan(db)
    hasil = CliRunner().invoke(main, ["--db", str(db_path), "import", str(individu),
                                      str(salinan)])
    assert hasil.exit_code != 0
    assert ("Berkas individu (1).xlsx isinya sama persis dengan individu.xlsx"
            in hasil.output)
    with sdb.terbuka(db_path) as db:
        assert cuplikan(db) == sebelum
    # the same path twice (a typo on the command line) is read once
    hasil = CliRunner().invoke(main, ["--db", str(db_path), "import", str(individu),
                                      str(individu)])
    assert hasil.exit_code == 0, hasil.output
    assert "anggota baru 5" in hasil.output


@pytest.mark.parametrize("akhiran", [".xls", ".xlsx"])
def test_unduhan_portal_html_xml2003_atau_csv_bernama_excel(db_demo, tmp_path, akhiran):
    rows = ml.baris_individu(tanggal=lambda d: d.isoformat())
    html = ("<html><head><meta charset='utf-8'></head><body><table><tr>"
            + "".join(f"<th>{h}</th>" for h in H) + "</tr>"
            + "".join("<tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>" for r in rows)
            + "</table></body></html>")
    portal = tmp_path / f"portal{akhiran}"
    portal.write_text(html, encoding="utf-8")
    ml.tolak_impor(db_demo, [portal], f"Berkas portal{akhiran} bukan workbook Excel ({akhiran})",
           "isinya halaman web (HTML)", "Simpan Sebagai > Buku Kerja Excel (.xlsx)")
    xml = ('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"'
           ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Data">'
           "<Table>" + "".join("<Row>" + "".join(f'<Cell><Data ss:Type="String">{v}</Data>'
                                                 "</Cell>" for v in r) + "</Row>"
                               for r in [H, *rows]) + "</Table></Worksheet></Workbook>")
    lama = tmp_path / f"xml2003{akhiran}"
    lama.write_text(xml, encoding="utf-8")
    ml.tolak_impor(db_demo, [lama], "isinya XML Spreadsheet 2003")
    teks = ml.csv_berkas(tmp_path / f"teks{akhiran}", H, rows)
    ml.tolak_impor(db_demo, [teks], "isinya teks (CSV)",
                   "Ganti akhiran nama berkasnya menjadi .csv")
    # the import dialog's preview says the same instead of failing
    assert "isinya halaman web (HTML)" in impor_p3ke.pratinjau([portal])[0].galat


def _rumus_nik(path, simpan_nilai: bool):
    """NIKs as formulas the way a script writes them with openpyxl (no result stored);
    with ``simpan_nilai`` the results are written into the XML as Excel stores them."""
    rows = ml.baris_individu()
    for r in rows:
        r[H.index("NIK")] = f'="{r[H.index("NIK")]}"'
    ml.xlsx(path, H, rows, lembar="Individu")
    if simpan_nilai:
        sumber = path.with_suffix(".tmp")
        path.rename(sumber)
        with zipfile.ZipFile(sumber) as zin, zipfile.ZipFile(path, "w") as zout:
            for info in zin.infolist():
                isi = zin.read(info)
                if info.filename == "xl/worksheets/sheet1.xml":
                    isi = re.sub(rb'(<c r="J\d+")><f>"(\d+)"</f><v\s*/>',
                                 rb'\1 t="str"><f>"\2"</f><v>\2</v>', isi)
                zout.writestr(info, isi)
        sumber.unlink()
    return path


def test_nik_rumus_tanpa_nilai_tersimpan_ditolak_dengan_sel(db_demo, tmp_path):
    path = _rumus_nik(tmp_path / "rumus.xlsx", simpan_nilai=False)
    ml.tolak_impor(db_demo, [path], "Sel J2 berisi rumus yang belum pernah dihitung",
           "berkas rumus.xlsx, lembar 'Individu', baris 2, kolom J (NIK)", "simpan ulang")


def test_nik_rumus_dengan_nilai_tersimpan_diimpor(db, tmp_path):
    impor_p3ke.impor(db, [_rumus_nik(tmp_path / "rumus.xlsx", simpan_nilai=True)])
    anggota = _anggota(db)
    assert anggota["006172000101"]["nik"] == "6172011508800001"
    assert db.execute("SELECT count(*) FROM temuan").fetchone()[0] == 0


def test_tanggal_teks_tahun_dua_digit_dan_nama_hari(db, tmp_path):
    # Dates typed as text the ways offices type them, written with the csv module.
    tertulis = ["15/8/80", "10.03.85", "Jumat, 04 Desember 1970", "05 - 05 - 1995",
                "20-Feb-60"]
    rows = ml.baris_individu()
    for r, t in zip(rows, tertulis, strict=True):
        r[H.index("Tanggal Lahir")] = t
    impor_p3ke.impor(db, [ml.csv_berkas(tmp_path / "individu.csv", H, rows)])
    lahir = {k: v["tanggal_lahir"] for k, v in _anggota(db).items()}
    assert lahir == {"006172000101": "1980-08-15", "006172000102": "1985-03-10",
                     "006172000201": "1970-12-04", "006172000202": "1995-05-05",
                     "006172000301": "1960-02-20"}
    # the dates agree with the NIKs: no finding
    assert db.execute("SELECT count(*) FROM temuan").fetchone()[0] == 0
    # what the file held is kept
    sumber = json.loads(_anggota(db)["006172000101"]["sumber_json"])
    assert sumber["Tanggal Lahir"] == "15/8/80"


def test_hubungan_menurut_kartu_keluarga(db, tmp_path):
    """Relationship values copied from the family card (Anak Kandung, Cucu, Orang Tua...) are
    the P3KE categories (Anak, Lainnya) with no finding; the value as written stays in the
    source JSON. 'Kepala RT' (head of a household, not always of the family) stays a finding."""
    hub = "Hubungan dengan Kepala Keluarga"
    rows = _baris([(1, hub, "ISTRI"), (2, hub, "Anak Kandung"), (4, hub, "Cucu")])
    path = ml.xlsx(tmp_path / "individu.xlsx", H, rows, lembar="Individu")
    impor_p3ke.impor(db, [path])
    anggota = _anggota(db)
    nilai = {i: (a["hubungan"], json.loads(a["sumber_json"] or "{}").get(hub))
             for i, a in anggota.items()}
    assert ("Anak", "Anak Kandung") in nilai.values()
    assert ("Lainnya", "Cucu") in nilai.values()
    assert db.execute("SELECT count(*) FROM temuan WHERE aturan = 'KODE_TIDAK_DIKENAL'"
                      ).fetchone()[0] == 0

    rows = _baris([(2, hub, "Kepala RT")])
    path = ml.xlsx(tmp_path / "individu2.xlsx", H, rows, lembar="Individu")
    impor_p3ke.impor(db, [path])
    assert db.execute("SELECT count(*) FROM temuan WHERE aturan = 'KODE_TIDAK_DIKENAL'"
                      ).fetchone()[0] == 1


def test_nik_dan_no_kk_ditulis_berkelompok_dengan_tanda_hubung(db, tmp_path):
    # Typed for reading aloud ("6172-0150-0385-0002"), an en dash where Word or WhatsApp
    # turned the hyphen into one; a CSV written by the csv module, as a form tool exports it.
    rows = _baris([(1, "NIK", "6172-0150-0385-0002"),
                   (3, "NIK", "6172\u20130105\u20130595\u20130004")])
    path = ml.csv_berkas(tmp_path / "individu.csv", H, rows)
    impor_p3ke.impor(db, [path])
    anggota = _anggota(db)
    assert anggota["006172000102"]["nik"] == "6172015003850002"
    assert anggota["006172000202"]["nik"] == "6172010505950004"
    assert db.execute("SELECT count(*) FROM temuan WHERE aturan LIKE 'NIK%'").fetchone()[0] == 0
    assert json.loads(anggota["006172000102"]["sumber_json"])["NIK"] == "6172-0150-0385-0002"
