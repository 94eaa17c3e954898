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


def test_daftar_desa_tidak_ada_dua_yang_terbaca_sama(db, tmp_path):
    """The desa list of a new family (desaCombo) never shows two entries alike: the same desa
    and kecamatan names in two kabupaten get the kabupaten, still alike the code."""
    import csv

    from kalbar_desktop.exchange import wilayah_csv
    from kalbar_desktop.storage import wilayah as swilayah

    path = tmp_path / "wilayah.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows([
            ("code", "name", "parent_code", "level"),
            ("61", "KALIMANTAN BARAT", "", "1"),
            ("6101", "KAB. SAMBAS", "61", "2"), ("6102", "KAB. BENGKAYANG", "61", "2"),
            ("610101", "Sejangkung", "6101", "3"), ("610201", "Sejangkung", "6102", "3"),
            ("6101012001", "Sungai Bulan", "610101", "4"),
            ("6102012001", "Sungai Bulan", "610201", "4"),
            ("6102012002", "Sungai Bulan", "610201", "4"),
            ("6102012003", "Teluk Keramat", "610201", "4"),
        ])
    wilayah_csv.impor(db, path)
    assert swilayah.daftar_desa(db) == [
        ("6101012001", "Sungai Bulan, Sejangkung, KAB. SAMBAS"),
        ("6102012001", "Sungai Bulan, Sejangkung, KAB. BENGKAYANG (6102012001)"),
        ("6102012002", "Sungai Bulan, Sejangkung, KAB. BENGKAYANG (6102012002)"),
        ("6102012003", "Teluk Keramat, Sejangkung"),
    ]


def test_kode_di_luar_referensi_tidak_menyarankan_impor_wilayah(db, tmp_path):
    """A desa code missing from the loaded reference (acceptance round terima9): the summary
    advised importing the region reference, which was already loaded; the code gets
    WILAYAH_TIDAK_DIKENAL instead, and the summary says nothing about names."""
    from kalbar_desktop.storage import temuan as stemuan
    from tests import masukan_luar as ml

    wilayah_csv.impor(db, WILAYAH_61)
    baris = ml.baris_individu()
    for r in baris:
        if r[0] == "0061720003":
            r[2] = "6172029999"
    hasil = impor_p3ke.impor(db, [ml.xlsx(tmp_path / "individu.xlsx", ml.INDIVIDU_2023, baris)])
    assert hasil.desa_tanpa_nama == 0
    assert "kodenya" not in hasil.pesan() and "import-wilayah" not in hasil.pesan()
    assert [(t["aturan"], t["id_keluarga"]) for t in stemuan.semua_temuan(db)
            if t["aturan"] == "WILAYAH_TIDAK_DIKENAL"] == [("WILAYAH_TIDAK_DIKENAL", "0061720003")]
