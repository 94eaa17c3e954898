"""First import checks (the import issue adds the full matrix of inputs and rules)."""

import pytest

from kalbar_desktop.exchange import impor_p3ke
from kalbar_desktop.storage import statistik
from tests.conftest import cuplikan


def test_impor_2023_menyimpan_keluarga_dan_anggota(db, berkas_demo_2023):
    hasil = impor_p3ke.impor(db, berkas_demo_2023, pengguna="uji")
    k, a = statistik.jumlah(db)
    assert k == 120 and a > 120
    assert hasil.ringkasan.keluarga_baru == 120
    assert hasil.tata_letak == "2023"
    ids = db.execute("SELECT typeof(id_keluarga), typeof(nik), count(*) FROM anggota "
                     "GROUP BY 1, 2").fetchall()
    assert [(t1, t2) for t1, t2, _ in ids] == [("text", "text")]
    # every family got its verification row, and it starts as 'Belum'
    assert db.execute("SELECT count(*) FROM verifikasi_keluarga "
                      "WHERE status_verifikasi = 'BELUM'").fetchone()[0] == 120


def test_impor_2022_dengan_nama_wilayah(db, berkas_demo_2022):
    impor_p3ke.impor(db, berkas_demo_2022)
    assert db.execute("SELECT nama FROM wilayah WHERE kode = '617201'").fetchone()[0] == \
        "Singkawang Tengah"
    assert db.execute("SELECT count(*) FROM temuan").fetchone()[0] == 0  # clean demo data


def test_berkas_yang_sama_dua_kali_tidak_mengubah_apa_pun(db, berkas_demo_2023):
    impor_p3ke.impor(db, berkas_demo_2023)
    sebelum = cuplikan(db)
    hasil = impor_p3ke.impor(db, berkas_demo_2023)
    assert hasil.sudah_pernah
    assert "sudah pernah diimpor" in hasil.pesan()
    assert cuplikan(db) == sebelum


def test_impor_gagal_tidak_mengubah_basis_data(db, berkas_demo_2022, tmp_path):
    impor_p3ke.impor(db, berkas_demo_2022)
    sebelum = cuplikan(db)
    rusak = tmp_path / "rusak.xlsx"
    rusak.write_bytes(b"PK\x03\x04 bukan zip yang utuh")
    with pytest.raises(impor_p3ke.KesalahanImpor, match=r"rusak\.xlsx"):
        impor_p3ke.impor(db, [rusak])
    assert cuplikan(db) == sebelum


def test_impor_dibatalkan_tidak_menulis_apa_pun(db, berkas_demo_2023):
    sebelum = cuplikan(db)
    with pytest.raises(impor_p3ke.Dibatalkan):
        impor_p3ke.impor(db, berkas_demo_2023, batal=lambda: True)
    assert cuplikan(db) == sebelum
