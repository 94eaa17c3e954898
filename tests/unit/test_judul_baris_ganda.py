"""Headers typed with line breaks (Alt+Enter in a narrow column) and non-breaking spaces, in an
office's workbook (title block, data sheet third of four): the columns are recognised, and the
messages name such a column on one line, as the header reads in Excel (before, the line break
stayed in the message: "kolom A (ID\\nKELUARGA P3KE)"; found by the acceptance round terima6).
Files written with openpyxl."""

from __future__ import annotations

from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.exchange import impor_p3ke
from tests import masukan_luar as ml


def test_judul_dengan_ganti_baris_dikenali_dan_disebut_satu_baris(db, db_path, tmp_path):
    kepala = ml.xlsx_kantor(tmp_path / "kepala.xlsx", ml.KEPALA_2023, ml.baris_kepala())
    rows = ml.baris_individu()
    rows[2][0] = None  # ID Keluarga of the third person left empty
    individu = ml.xlsx_kantor(tmp_path / "individu.xlsx", ml.INDIVIDU_2023, rows)

    pratinjau = [lb for pb in impor_p3ke.pratinjau([kepala, individu]) for lb in pb.lembar]
    assert [(p.jenis, p.tata_letak, p.lembar, p.baris_header) for p in pratinjau] == [
        ("keluarga", "2023", "Data", 12), ("individu", "2023", "Data", 12)]
    assert [k.header for k in pratinjau[1].kolom[:3]] == [
        "ID KELUARGA P3KE", "DIMUKTAKHIRKAN TAHUN", "KODE KEMDAGRI"]
    assert all(k.field for p in pratinjau for k in p.kolom)

    r = CliRunner().invoke(main, ["--db", str(db_path), "import", str(kepala), str(individu)])
    assert r.exit_code == 1
    assert ("ID Keluarga kosong (berkas individu.xlsx, lembar 'Data', baris 15, kolom A "
            "(ID KELUARGA P3KE))") in r.output, r.output
    assert db.execute("SELECT count(*) FROM keluarga").fetchone()[0] == 0

    rows[2][0] = "0061720002"
    ml.xlsx_kantor(individu, ml.INDIVIDU_2023, rows)
    hasil = impor_p3ke.impor(db, [kepala, individu])
    assert (hasil.ringkasan.jumlah_keluarga, hasil.ringkasan.jumlah_anggota) == (3, 5)
    assert hasil.jumlah_temuan == 0
    assert db.execute("SELECT id_individu, nik FROM anggota ORDER BY 1 LIMIT 1").fetchone() == (
        "006172000101", "6172011508800001")
