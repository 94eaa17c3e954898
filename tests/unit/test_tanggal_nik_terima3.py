"""A small desa file whose every birth date reads two ways (``3/10/1985``: day and month both
at most 12): the NIKs of those rows tell the order (task terima3, part 1). Files are written
the way other programs write them (openpyxl, the csv module with ``;`` and a BOM, a number
cell NIK), never with the project's demo generator."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

from kalbar_desktop.cli import main
from kalbar_desktop.domain.tanggal import BuktiUrutan, kode_nik, putusan_nik
from kalbar_desktop.exchange import impor_p3ke
from tests import masukan_luar as ml
from tests.conftest import cuplikan

H = ml.INDIVIDU_2023
K = ml.KEPALA_2023


def _orang(n: int = 20) -> list[tuple[str, str, str, dt.date, str, str]]:
    """``n`` people of one desa (4 to a family) whose birth dates all read two ways; each NIK
    carries the true birth date (women: day + 40)."""
    hasil = []
    for i in range(n):
        hari = 1 + i % 12
        bulan = 1 + (i * 5 + 3) % 12
        if bulan == hari:
            bulan = bulan % 12 + 1
        lahir = dt.date(1950 + 2 * i, bulan, hari)
        kelamin = "Perempuan" if i % 2 else "Laki-laki"
        dd = hari + 40 if kelamin == "Perempuan" else hari
        nik = f"617201{dd:02d}{bulan:02d}{lahir.year % 100:02d}{i + 1:04d}"
        idk = f"00617200{i // 4 + 1:02d}"
        hub = "Kepala Keluarga" if i % 4 == 0 else "Anak"
        hasil.append((idk, f"{idk}{i % 4 + 1:02d}", nik, lahir, kelamin, hub))
    return hasil


def _baris(orang, tulis, nik=lambda n: n) -> list[list]:
    return [[idk, 2023, "6172011001", 1, 12, "Jl. Merdeka", idi, "NORMAL", f"Warga {j}",
             nik(n), tulis(lahir), "PADAN", jk, hub, "Kawin", "Petani", "Berusaha Sendiri",
             "Tamat SD/Sederajat", 40, "USIA 19 - 59 TAHUN", "Ya", "Tidak", "Tidak", "Ya", "Ya",
             "Tidak", "Tidak"]
            for j, (idk, idi, n, lahir, jk, hub) in enumerate(orang)]


def _amerika(t: dt.date) -> str:
    return f"{t.month}/{t.day}/{t.year}"


def _indonesia(t: dt.date) -> str:
    return f"{t.day:02d}/{t.month:02d}/{t.year}"


def _lahir(db) -> dict[str, str]:
    return dict(db.execute("SELECT id_individu, tanggal_lahir FROM anggota").fetchall())


def _benar(orang) -> dict[str, str]:
    return {idi: lahir.isoformat() for _, idi, _, lahir, _, _ in orang}


def _nik_tgl(db) -> list:
    return db.execute("SELECT id_individu FROM temuan WHERE aturan = 'NIK_TGL_LAHIR'"
                      ).fetchall()


def test_putusan_nik_ambang():
    assert putusan_nik(0, 3) == "bulan"
    assert putusan_nik(0, 2) is None  # too few NIKs to decide
    assert putusan_nik(1, 4) == "bulan" and putusan_nik(2, 7) is None  # 80 % majority
    assert putusan_nik(5, 0) == "hari"
    assert putusan_nik(10, 10) is None
    assert kode_nik("1985-03-10") == ("100385", "500385")
    b = BuktiUrutan()
    b.catat("3/10/1985")
    assert b.perlu_nik and b.keputusan == "belum_pasti"  # never silent
    b.nik_bulan = 3
    assert b.keputusan == "nik_bulan"
    b.catat("25/12/1980")  # a date that can only be day first decides without the NIKs
    assert not b.perlu_nik and b.keputusan is None


@pytest.mark.parametrize("cara", ["xlsx", "csv"])
def test_desa_kecil_amerika_semua_dua_cara_dibaca_bulan_dulu_dari_nik(db, tmp_path, cara):
    orang = _orang()
    rows = _baris(orang, _amerika)
    if cara == "xlsx":  # openpyxl, NIKs as number cells as Excel keeps them
        path = ml.xlsx(tmp_path / "desa.xlsx", H, _baris(orang, _amerika, int), lembar="Individu")
        lembar = "Individu"
    else:
        path = ml.csv_berkas(tmp_path / "desa.csv", H, rows)
        lembar = "desa.csv"
    pratinjau = impor_p3ke.pratinjau([path])[0].lembar[0].peringatan
    assert any("Semua tanggal di kolom K (Tanggal Lahir), berkas " in p
               and "NIK menunjukkan bulan dulu seperti di Amerika (20 NIK cocok "
               "bila dibaca bulan dulu, 0 bila dibaca hari dulu)" in p for p in pratinjau), \
        pratinjau
    hasil = impor_p3ke.impor(db, [path])
    assert _lahir(db) == _benar(orang)
    assert _nik_tgl(db) == []
    n_ambigu = sum(1 for o in orang if o[3].day != o[3].month)
    assert (f"Semua tanggal di kolom K (Tanggal Lahir), berkas {path.name}, lembar '{lembar}' "
            "bisa dibaca dua cara, dan NIK menunjukkan bulan dulu seperti di Amerika (20 NIK "
            f"cocok bila dibaca bulan dulu, 0 bila dibaca hari dulu): {n_ambigu} tanggal itu "
            "dibaca bulan dulu (mis. 4/1/1950 dibaca 1 April 1950).") in hasil.pesan()
    (u,) = hasil.urutan_tanggal
    assert (u.alasan, u.bulan_dulu, u.nik_bulan, u.nik_hari) == ("nik", True, 20, 0)


def test_desa_kecil_hari_dulu_semua_dua_cara_tetap_hari_dulu(db, tmp_path):
    orang = _orang()
    path = ml.csv_berkas(tmp_path / "desa.csv", H, _baris(orang, _indonesia))
    hasil = impor_p3ke.impor(db, [path])
    assert _lahir(db) == _benar(orang)
    assert hasil.urutan_tanggal == []  # the NIKs confirm the Indonesian order
    assert "dua cara" not in hasil.pesan()
    assert impor_p3ke.pratinjau([path])[0].lembar[0].peringatan == []


def test_tanpa_bukti_nik_tetap_hari_dulu_tapi_disebut(db, tmp_path):
    orang = _orang(8)
    # the NIKs were issued with another date (or are missing): nothing decides
    rows = _baris(orang, _amerika, lambda n: n[:6] + "010170" + n[12:])
    rows[0][H.index("NIK")] = ""
    path = ml.xlsx(tmp_path / "desa.xlsx", H, rows, lembar="Individu")
    pratinjau = impor_p3ke.pratinjau([path])[0].lembar[0].peringatan
    assert any("tanggal di kolom K (Tanggal Lahir), berkas desa.xlsx, lembar "
               "'Individu' bisa dibaca dua cara dan akan dibaca hari dulu" in p
               for p in pratinjau), pratinjau
    hasil = impor_p3ke.impor(db, [path])
    lahir = _lahir(db)
    assert lahir["006172000101"] == "1950-01-04"  # 4/1/1950 read day first, as before
    assert ("8 tanggal di kolom K (Tanggal Lahir), berkas desa.xlsx, lembar 'Individu' bisa "
            "dibaca dua cara dan dibaca hari dulu (mis. 4/1/1950 dibaca 4 Januari 1950), tanpa "
            "bukti: tidak ada NIK di baris itu yang cocok dengan salah satu cara baca (NIK "
            "kosong, rusak, atau bertanggal lain). Bila berkas ini ditulis bulan dulu seperti di "
            "Amerika, tanggal itu salah baca: periksa tanggal-tanggal itu.") in hasil.pesan()


def test_dua_urutan_campur_semua_dua_cara_tidak_diputuskan(db, tmp_path):
    orang = _orang(12)
    rows = _baris(orang[:6], _amerika) + _baris(orang[6:], _indonesia)
    path = ml.csv_berkas(tmp_path / "desa.csv", H, rows, pemisah=",", encoding="utf-8")
    hasil = impor_p3ke.impor(db, [path])
    (u,) = hasil.urutan_tanggal
    assert (u.alasan, u.bulan_dulu, u.nik_bulan, u.nik_hari) == ("belum_pasti", False, 6, 6)
    assert "NIK tidak memastikan urutannya (6 NIK cocok bila dibaca hari dulu, 6 bila " \
        "dibaca bulan dulu): periksa tanggal-tanggal itu." in hasil.pesan()
    # day first kept: the US-written rows disagree with their NIK and are findings
    assert len(_nik_tgl(db)) == 6


def test_sebagian_kecil_nik_lain_tetap_bulan_dulu_dan_ditandai(db, tmp_path):
    orang = _orang(10)
    rows = _baris(orang, _amerika)
    rows[1][H.index("NIK")] = orang[1][2][:6] + "441250" + orang[1][2][12:]  # another date
    path = ml.csv_berkas(tmp_path / "desa.csv", H, rows)
    hasil = impor_p3ke.impor(db, [path])
    assert hasil.urutan_tanggal[0].alasan == "nik"
    assert _lahir(db) == _benar(orang)
    assert _nik_tgl(db) == [(orang[1][1],)]  # the one NIK that disagrees is reported


def test_kepala_keluarga_amerika_dari_nik_kepala(db, tmp_path):
    orang = [o for o in _orang(24) if o[5] == "Kepala Keluarga"]
    rows = [[idk, 2023, "6172011001", 1, 12, "Jl. Merdeka", "NORMAL", f"Kepala {j}", nik,
             "PADAN", jk, _amerika(lahir)] + [""] * (len(K) - 12)
            for j, (idk, _, nik, lahir, jk, _) in enumerate(orang)]
    path = ml.xlsx(tmp_path / "kepala.xlsx", K, rows, lembar="Kepala Keluarga")
    hasil = impor_p3ke.impor(db, [path])
    assert [u.alasan for u in hasil.urutan_tanggal] == ["nik"]
    assert dict(db.execute("SELECT id_keluarga, tanggal_lahir FROM keluarga").fetchall()) == {
        idk: lahir.isoformat() for idk, _, _, lahir, _, _ in orang}


def test_impor_gagal_basis_data_tetap_dan_cli_menyebut_tempat(db, db_path, tmp_path):
    orang = _orang()
    rows = _baris(orang, _amerika)
    rows[7][0] = ""  # a row without ID Keluarga: the whole import is refused
    path = ml.csv_berkas(tmp_path / "desa.csv", H, rows)
    sebelum = cuplikan(db)
    with pytest.raises(impor_p3ke.KesalahanImpor, match="ID Keluarga kosong"):
        impor_p3ke.impor(db, [path])
    assert cuplikan(db) == sebelum
    r = CliRunner().invoke(main, ["--db", str(db_path), "import", str(path)])
    assert r.exit_code != 0 and "baris 9" in r.output and "Traceback" not in r.output
    assert cuplikan(db) == sebelum
    rows[7][0] = orang[7][0]
    ml.csv_berkas(path, H, rows)
    r = CliRunner().invoke(main, ["--db", str(db_path), "import", str(path)])
    assert r.exit_code == 0, r.output
    assert "NIK menunjukkan bulan dulu seperti di Amerika" in r.output
