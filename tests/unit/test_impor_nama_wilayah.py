"""A 2023 P3KE file carries only the Kode Kemdagri: the import says how to get region names."""

from kalbar_desktop.exchange import impor_p3ke, wilayah_csv
from kalbar_desktop.storage import wilayah as swilayah
from tests.conftest import WILAYAH_61


def test_impor_2023_tanpa_referensi_menyarankan_impor_wilayah(db, berkas_demo_2023):
    hasil = impor_p3ke.impor(db, berkas_demo_2023)
    n = swilayah.jumlah_tanpa_nama(db)
    assert n > 0 and hasil.desa_tanpa_nama == n
    assert f"{n} desa/kelurahan hanya dikenal dari kodenya" in hasil.pesan()
    assert "import-wilayah" in hasil.pesan()


def test_impor_2022_atau_dengan_referensi_tanpa_saran(db, berkas_demo_2022, berkas_demo_2023,
                                                       tmp_path):
    assert impor_p3ke.impor(db, berkas_demo_2022).desa_tanpa_nama == 0
    wilayah_csv.impor(db, WILAYAH_61)
    assert swilayah.jumlah_tanpa_nama(db) == 0
    hasil = impor_p3ke.impor(db, berkas_demo_2023)
    assert hasil.desa_tanpa_nama == 0
    assert "kodenya" not in hasil.pesan()
