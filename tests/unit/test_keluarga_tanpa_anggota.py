"""A family in the Kepala Keluarga workbook with no member in the Individu workbook imported
with it was imported with 0 members without a word (found by the acceptance round terima3).
The summary now says how many and names the first; files written with openpyxl and the csv
module, never by the project's generator."""

from __future__ import annotations

from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.exchange import impor_p3ke
from tests import masukan_luar as ml


def test_keluarga_tanpa_anggota_disebut_di_ringkasan(db, db_path, tmp_path):
    kepala = ml.xlsx(tmp_path / "kepala.xlsx", ml.KEPALA_2023, ml.baris_kepala(),
                     lembar="Kepala Keluarga")
    # Bong Kim Fui's family (0061720003, the third row of the Kepala Keluarga sheet) has no
    # row in this Individu file.
    individu = ml.csv_berkas(tmp_path / "individu.csv", ml.INDIVIDU_2023,
                             [r for r in ml.baris_individu() if r[0] != "0061720003"])
    r = CliRunner().invoke(main, ["--db", str(db_path), "import", str(kepala), str(individu)])
    assert r.exit_code == 0, r.output
    assert ("1 keluarga tidak punya satu pun anggota di berkas Individu yang diimpor bersamanya "
            "(mis. ID Keluarga 0061720003, berkas kepala.xlsx, lembar 'Kepala Keluarga', "
            "baris 4); keluarga itu diimpor tanpa anggota. Periksa apakah berkas Individu-nya "
            "lengkap.") in " ".join(r.output.split())
    assert db.execute("SELECT count(*) FROM keluarga").fetchone()[0] == 3


def test_tanpa_catatan_bila_lengkap_atau_hanya_berkas_kepala(db, tmp_path):
    kepala, individu = ml.pasangan_2023(tmp_path)
    hasil = impor_p3ke.impor(db, [kepala, individu])
    assert hasil.keluarga_tanpa_anggota == (0, None)
    assert "tanpa anggota" not in hasil.pesan()
    # a family-only import brings no members at all: nothing to say about each family
    hasil = impor_p3ke.impor(db, [ml.xlsx(tmp_path / "k2.xlsx", ml.KEPALA_2023,
                                          ml.baris_kepala()[:2], lembar="Kepala Keluarga")])
    assert hasil.keluarga_tanpa_anggota == (0, None)
