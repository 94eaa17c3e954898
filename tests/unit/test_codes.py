import pytest

from kalbar_desktop.domain import codes


@pytest.mark.parametrize(("daftar", "masukan", "hasil"), [
    (codes.PENDIDIKAN, "Tdk Tamat SD/Sederajat", "Tidak Tamat SD/Sederajat"),
    (codes.PENDIDIKAN, "TIDAK TAMAT SD / SEDERAJAT", "Tidak Tamat SD/Sederajat"),
    (codes.PENDIDIKAN, "tamat sltp/sederajat", "Tamat SLTP/Sederajat"),
    (codes.PENDIDIKAN, "4", "Tamat SD/Sederajat"),
    (codes.PENDIDIKAN, "Tdk Tamat SD", "Tidak Tamat SD/Sederajat"),
    (codes.PENDIDIKAN, "tidak tamat sd", "Tidak Tamat SD/Sederajat"),
    (codes.PENDIDIKAN, "MASIH SMP", "Masih SLTP/Sederajat"),
    (codes.YA_TIDAK, "YA", "Ya"),
    (codes.YA_TIDAK, " tidak ", "Tidak"),
    (codes.DESIL, "01", "1"),
    (codes.DESIL, 1, "1"),
    (codes.DESIL, 1.0, "1"),
    (codes.DESIL, "1.0", "1"),
    (codes.DESIL, "D1", "1"),
    (codes.DESIL, "d 4", "4"),
    (codes.JENIS_KELAMIN, "LAKI-LAKI", "Laki-laki"),
    (codes.JENIS_KELAMIN, "laki laki", "Laki-laki"),
    (codes.JENIS_KELAMIN, "P", "Perempuan"),
    (codes.HUBUNGAN, "ISTRI", "Istri/Suami"),
    (codes.HUBUNGAN, "Anak Kandung", "Anak"),
    (codes.HUBUNGAN, "ANAK ANGKAT", "Anak"),
    (codes.HUBUNGAN, "cucu", "Lainnya"),
    (codes.HUBUNGAN, "Orang Tua", "Lainnya"),
    (codes.HUBUNGAN, "MENANTU", "Lainnya"),
    (codes.HUBUNGAN, "Mertua", "Lainnya"),
    (codes.SUMBER_PENERANGAN, "listrik pln meteran", "Listrik PLN meteran"),
    (codes.DAYA_LISTRIK, "=<900 watt", "=< 900 WATT"),
    (codes.SUMBER_AIR_MINUM, "AIR PERMUKAAN (SUNGAI, DANAU, DLL)",
     "Air Permukaan (Sungai, Danau, dll)"),
])
def test_alias_dan_ejaan_dikenali(daftar, masukan, hasil):
    assert daftar.cocokkan(masukan) == hasil


@pytest.mark.parametrize(("daftar", "masukan"), [
    (codes.DESIL, "5"),
    (codes.DESIL, "0"),
    (codes.YA_TIDAK, "Mungkin"),
    (codes.PENDIDIKAN, "S3"),
    (codes.JENIS_KELAMIN, ""),
    (codes.JENIS_KELAMIN, None),
    (codes.HUBUNGAN, "Kepala RT"),  # head of the household, not always of the family
])
def test_nilai_di_luar_daftar_tidak_diganti(daftar, masukan):
    assert daftar.cocokkan(masukan) is None
    assert masukan not in daftar


def test_setiap_kolom_kode_menunjuk_daftar_yang_ada():
    from kalbar_desktop.domain.kolom import INDIVIDU, KELUARGA, Jenis

    for k in (*KELUARGA, *INDIVIDU):
        if k.jenis == Jenis.KODE:
            assert k.kode in codes.SEMUA, k.field


def test_alias_ke_label_yang_tidak_ada_ditolak():
    with pytest.raises(ValueError):
        codes.DaftarKode("x", ("A",), {"b": "B"})
