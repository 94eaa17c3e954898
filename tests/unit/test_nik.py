import datetime as dt

import pytest

from kalbar_desktop.domain import nik

HARI_INI = dt.date(2026, 11, 23)


def test_nik_sah_laki_laki():
    info = nik.urai_nik("6172011708900003", HARI_INI)
    assert info.sah
    assert info.kode_wilayah == "617201"
    assert info.tanggal == dt.date(1990, 8, 17)
    assert info.jenis_kelamin == "Laki-laki"
    assert info.nomor_urut == "0003"


def test_nik_perempuan_tanggal_ditambah_40():
    info = nik.urai_nik("6172015708900001", HARI_INI)
    assert info.sah
    assert info.tanggal == dt.date(1990, 8, 17)
    assert info.jenis_kelamin == "Perempuan"


def test_tahun_dua_digit_tidak_di_masa_depan():
    assert nik.urai_nik("6172010101250001", HARI_INI).tanggal == dt.date(2025, 1, 1)
    assert nik.urai_nik("6172010101300001", HARI_INI).tanggal == dt.date(1930, 1, 1)


@pytest.mark.parametrize(("nilai", "kode"), [
    ("617201170890003", nik.PANJANG),  # 15 digits
    ("61720117089000031", nik.PANJANG),  # 17 digits
    ("61720117089O0003", nik.BUKAN_ANGKA),  # letter O
    ("", nik.KOSONG),
    (None, nik.KOSONG),
    ("6172013208900003", nik.TANGGAL),  # day 32
    ("6172017208900003", nik.TANGGAL),  # day 72 (women go to 71)
    ("6172011713900003", nik.TANGGAL),  # month 13
    ("6172013102900003", nik.TANGGAL),  # 31 February
    ("6172011708900000", nik.URUT_NOL),
    ("0972011708900003", nik.PROVINSI),
    ("6.17201E+15", nik.ILMIAH),
])
def test_nik_bermasalah_memberi_temuan_terstruktur(nilai, kode):
    info = nik.urai_nik(nilai, HARI_INI)
    assert not info.sah
    assert info.punya(kode), info.masalah
    assert all(m.pesan for m in info.masalah)


def test_nik_dibersihkan_dari_apostrof_spasi_dan_titik():
    assert nik.urai_nik("'6172 0117.0890 0003", HARI_INI).teks == "6172011708900003"


def test_nik_dibersihkan_dari_tanda_hubung_antar_kelompok_angka():
    # written in groups to be read aloud, with a hyphen or the en dash Word/WhatsApp makes of it
    assert nik.urai_nik("6172-0117-0890-0003", HARI_INI).teks == "6172011708900003"
    assert nik.urai_nik("617201\u2013170890\u20130003", HARI_INI).sah
    assert nik.bersihkan("61-72-01-1001") == "6172011001"
    # anything else with a hyphen stays as written (and is reported by the rules)
    for nilai in ("-6172011708900003", "6172011708900003-", "P3KE-0001", "6172--0117"):
        assert nik.bersihkan(nilai) == nilai


def test_teks_identitas_menandai_angka_dan_notasi_ilmiah():
    assert nik.teks_identitas("6172011708900003") == ("6172011708900003", nik.BENTUK_TEKS)
    assert nik.teks_identitas(6172011708900003) == ("6172011708900003", nik.BENTUK_ANGKA)
    assert nik.teks_identitas(6172011708900000.0) == ("6172011708900000", nik.BENTUK_ANGKA)
    assert nik.teks_identitas("6.17201E+15") == ("6.17201E+15", nik.BENTUK_ILMIAH)
    assert nik.teks_identitas("'0012345") == ("0012345", nik.BENTUK_TEKS)


def test_no_kk():
    assert nik.urai_no_kk("6172010203150007", HARI_INI).sah
    kk = nik.urai_no_kk("6172014403150007", HARI_INI)  # no +40 rule for KK: day 44 invalid
    assert kk.punya(nik.TANGGAL)


def test_samarkan_nik():
    assert nik.samarkan_nik("6172011708900001") == "617201******0001"
    assert nik.samarkan_nik("") == ""


@pytest.mark.parametrize(("nilai", "teks"), [
    ("6172011708\u200b900003", "6172011708900003"),  # zero-width space
    ("\ufeff6172011708900003", "6172011708900003"),  # a BOM pasted into the cell
    ("6172011708900003\u2060", "6172011708900003"),  # word joiner
    ("61720117\u00ad08900003", "6172011708900003"),  # soft hyphen
    ("".join(chr(0xFF10 + int(c)) for c in "6172011708900003"), "6172011708900003"),  # full-width
    ("".join(chr(0x0660 + int(c)) for c in "6172011708900003"), "6172011708900003"),  # Arabic
    ("6,172,011,708,900,003", "6172011708900003"),  # English thousands separators
    ("6.172.011.708.900.003", "6172011708900003"),
    ("6172011708900003,6172011708900004", "6172011708900003,6172011708900004"),  # two NIKs
])
def test_identitas_yang_tampak_sama_menjadi_teks_yang_sama(nilai, teks):
    assert nik.teks_identitas(nilai) == (teks, nik.BENTUK_TEKS)


def test_identitas_dalam_rumus_teks_csv():
    # ="..." is how portals write a long number into a CSV so that Excel shows it as text
    assert nik.teks_identitas('="6172011708900003"') == ("6172011708900003", nik.BENTUK_TEKS)
    assert nik.teks_identitas(' = "0061720001" ') == ("0061720001", nik.BENTUK_TEKS)
    assert nik.urai_nik("6172011708900003\u200b", HARI_INI).sah
