"""Files an operator's LibreOffice wrote: a CSV opened and saved as xlsx. LibreOffice, like
Excel, turns 16-digit NIKs into numbers and keeps 15 significant digits, so the last digit is
lost; the importer keeps what the file holds and says so."""

from __future__ import annotations

from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import statistik
from tests.berkas_uji import HEADER_INDIVIDU, INDIVIDU, libreoffice_ke_xlsx, tulis_csv


def test_csv_dikonversi_libreoffice_ke_xlsx(db, tmp_path):
    csv_path = tulis_csv(tmp_path / "individu_lo.csv", HEADER_INDIVIDU, INDIVIDU)
    xlsx = libreoffice_ke_xlsx(csv_path, tmp_path)
    hasil = impor_p3ke.impor(db, [xlsx])
    assert statistik.jumlah(db) == (3, 7)
    assert hasil.tata_letak == "lain"
    a = db.execute("SELECT nik, nik_bentuk, tanggal_lahir, typeof(nik) FROM anggota "
                   "WHERE id_individu = 'P3KE00101'").fetchone()
    # LibreOffice kept 15 significant digits: ...0001 became ...0000; nothing is guessed back
    assert a == ("6172011508800000", "angka", "1980-08-15", "text")
    assert db.execute("SELECT kode_kemdagri FROM keluarga WHERE id_keluarga = 'P3KE003'"
                      ).fetchone()[0] == "6172021001"
    rusak = db.execute("SELECT count(*) FROM temuan WHERE aturan = 'NIK_RUSAK_EXCEL'"
                       ).fetchone()[0]
    assert rusak == 7
    pesan = db.execute("SELECT pesan FROM temuan WHERE aturan = 'NIK_FORMAT' "
                       "AND id_individu = 'P3KE00101'").fetchone()[0]
    assert "Nomor urut NIK tidak boleh 0000" in pesan
    assert db.execute("SELECT file, lembar, baris FROM temuan WHERE aturan = 'NIK_RUSAK_EXCEL' "
                      "AND id_individu = 'P3KE00302'").fetchone() == (
        "individu_lo.xlsx", "individu_lo", 8)
